//! The table itself: each command's keys and where they work. Its words are in the message
//! catalogue, under the command's [`AppCommand::catalogue_key`].

use egui::{Key, Modifiers};

use super::{AppCommand, Meta, NUMBER_KEYS, Places, Typing, always, chord, plain};

/// A command's keys and places, built at compile time.
macro_rules! meta {
    ($chords:expr, $places:expr) => {
        &const {
            Meta {
                chords: $chords,
                places: $places,
            }
        }
    };
}

const SELECT_TABLE: [Meta; 9] = [
    Meta {
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[0], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[1], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[2], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[3], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[4], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[5], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[6], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[7], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[8], Typing::Always)],
        places: Places::TABLES,
    },
];

const TAGS: [Meta; 5] = [
    Meta {
        chords: &[chord(Modifiers::ALT, NUMBER_KEYS[0], Typing::Always)],
        places: Places::NOTES,
    },
    Meta {
        chords: &[chord(Modifiers::ALT, NUMBER_KEYS[1], Typing::Always)],
        places: Places::NOTES,
    },
    Meta {
        chords: &[chord(Modifiers::ALT, NUMBER_KEYS[2], Typing::Always)],
        places: Places::NOTES,
    },
    Meta {
        chords: &[chord(Modifiers::ALT, NUMBER_KEYS[3], Typing::Always)],
        places: Places::NOTES,
    },
    Meta {
        chords: &[chord(Modifiers::ALT, NUMBER_KEYS[4], Typing::Always)],
        places: Places::NOTES,
    },
];

const NO_KEYS: Meta = Meta {
    chords: &[],
    places: Places::NONE,
};

impl AppCommand {
    /// The command's keys and where they work.
    pub fn meta(&self) -> &'static Meta {
        use AppCommand as C;
        const N: Typing = Typing::NotWhileTyping;
        match self {
            C::NextStep => meta!(
                &[
                    always(Key::PageDown),
                    chord(Modifiers::NONE, Key::ArrowRight, N),
                    chord(Modifiers::NONE, Key::Space, N),
                ],
                Places::CAFE
            ),
            C::PreviousStep => meta!(&[always(Key::PageUp), plain(Key::ArrowLeft)], Places::CAFE),
            C::FirstStep => meta!(&[plain(Key::Home)], Places::CAFE),
            C::LastStep => meta!(&[plain(Key::End)], Places::CAFE),
            C::Black => meta!(&[plain(Key::B), plain(Key::Period)], Places::CAFE),
            C::White => meta!(&[plain(Key::W), plain(Key::Comma)], Places::CAFE),
            C::Freeze => meta!(&[plain(Key::F)], Places::CAFE),
            C::MoveTables => meta!(&[plain(Key::M)], Places::CAFE),
            C::ToggleTimer => meta!(&[plain(Key::T)], Places::CAFE),
            C::ResetTimer => meta!(&[plain(Key::R)], Places::CAFE),
            C::AddMinute => meta!(&[plain(Key::Plus), plain(Key::Equals)], Places::CAFE),
            C::RemoveMinute => meta!(&[plain(Key::Minus)], Places::CAFE),
            C::ShowThemes => meta!(&[plain(Key::H)], Places::CAFE),
            C::ToggleProjector => meta!(&[always(Key::F5)], Places::CAFE),
            C::ShowPresenter => meta!(&[always(Key::F2)], Places::CAFE),
            C::ShowTables => meta!(&[always(Key::F3)], Places::CAFE),
            C::ShowHarvest => meta!(&[always(Key::F4)], Places::CAFE),
            C::ShowSignIn => meta!(&[always(Key::F6)], Places::CAFE),
            C::ShowPastCafes => meta!(&[always(Key::F7)], Places::ALL),
            C::Review(_) => meta!(&[], Places::ALL),
            C::AddPastFolder(_) => meta!(&[], Places::ALL),
            C::SelectTable(n) => SELECT_TABLE
                .get(usize::from(n.saturating_sub(1)))
                .unwrap_or(&NO_KEYS),
            C::TagNextNote(tag) => &TAGS[*tag as usize],
            C::AddNote => meta!(
                &[chord(Modifiers::NONE, Key::Enter, Typing::InNoteBox)],
                Places::NOTES
            ),
            C::SaveNoteEdit => meta!(
                &[chord(Modifiers::NONE, Key::Enter, Typing::InNoteEdit)],
                Places::NOTES
            ),
            C::CancelNoteEdit => meta!(
                &[chord(Modifiers::NONE, Key::Escape, Typing::InNoteEdit)],
                Places::NOTES
            ),
            C::CheckIn => meta!(
                &[chord(Modifiers::COMMAND, Key::Enter, Typing::Always)],
                Places::SIGN_IN
            ),
            C::SuggestionDown => meta!(
                &[chord(
                    Modifiers::NONE,
                    Key::ArrowDown,
                    Typing::InNameSuggestions,
                )],
                Places::SIGN_IN
            ),
            C::SuggestionUp => meta!(
                &[chord(
                    Modifiers::NONE,
                    Key::ArrowUp,
                    Typing::InNameSuggestions,
                )],
                Places::SIGN_IN
            ),
            C::PickSuggestion => meta!(
                &[chord(
                    Modifiers::NONE,
                    Key::Enter,
                    Typing::InNameSuggestions,
                )],
                Places::SIGN_IN
            ),
            C::Undo => meta!(
                &[chord(Modifiers::COMMAND, Key::Z, Typing::EmptyNoteBox)],
                Places::EDITING
            ),
            C::Redo => meta!(
                &[
                    chord(Modifiers::COMMAND, Key::Y, Typing::EmptyNoteBox),
                    chord(
                        Modifiers::COMMAND.plus(Modifiers::SHIFT),
                        Key::Z,
                        Typing::EmptyNoteBox,
                    ),
                ],
                Places::EDITING
            ),
            C::UndoEdit => meta!(
                &[chord(Modifiers::COMMAND, Key::Z, Typing::Always)],
                Places::GUIDE_EDITOR
            ),
            C::RedoEdit => meta!(
                &[
                    chord(Modifiers::COMMAND, Key::Y, Typing::Always),
                    chord(
                        Modifiers::COMMAND.plus(Modifiers::SHIFT),
                        Key::Z,
                        Typing::Always,
                    ),
                ],
                Places::GUIDE_EDITOR
            ),
            C::SaveGuide => meta!(
                &[chord(Modifiers::COMMAND, Key::S, Typing::Always)],
                Places::GUIDE_EDITOR
            ),
            C::MoveStepUp => meta!(
                &[chord(Modifiers::ALT, Key::ArrowUp, Typing::Always)],
                Places::GUIDE_EDITOR
            ),
            C::MoveStepDown => meta!(
                &[chord(Modifiers::ALT, Key::ArrowDown, Typing::Always)],
                Places::GUIDE_EDITOR
            ),
            C::Guides(_) => meta!(&[], Places::HOME_AND_EDITOR),
            C::Help => meta!(&[always(Key::F1), plain(Key::Questionmark)], Places::ALL),
            C::Escape => meta!(&[plain(Key::Escape)], Places::ALL),
            C::Quit => meta!(
                &[chord(Modifiers::COMMAND, Key::Q, Typing::Always)],
                Places::ALL
            ),
            C::GoHome => meta!(&[], Places::ALL),
            C::Cafe(_) => meta!(&[], Places::EDITING),
            C::Start { .. } => meta!(&[], Places::ALL),
            C::Open(_) => meta!(&[], Places::ALL),
            C::OpenTable(..) => meta!(&[], Places::ALL),
            C::Import(_) => meta!(&[], Places::NOTES),
            C::TakeOver(_) => meta!(&[], Places::CAFE),
            C::Recover(..) => meta!(&[], Places::ALL),
            C::Fullscreen(_) => meta!(&[], Places::CAFE),
            C::RefreshMonitors => meta!(&[], Places::CAFE),
            C::DismissNotice(_) => meta!(&[], Places::ALL),
            C::ExportAttendance { .. } => meta!(&[], Places::SIGN_IN),
            C::SetLanguage(_) => meta!(&[], Places::ALL),
            C::DeleteNamedExports => meta!(&[], Places::SIGN_IN),
            C::Closing(_) => meta!(&[], Places::ALL),
        }
    }
}
