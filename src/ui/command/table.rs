//! The table itself: each command's keys and where they work. Its words are in the message
//! catalogue, under the command's [`AppCommand::catalogue_key`].

use egui::{Key, Modifiers};

use super::{AppCommand, Chord, Meta, Places, Typing, always, chord, plain};

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

/// Ctrl+`key`, at any time (switching tables while typing a note).
const fn ctrl(key: Key) -> Chord {
    chord(Modifiers::COMMAND, key, Typing::Always)
}

/// Alt+`key`, at any time (tagging while typing a note).
const fn alt(key: Key) -> Chord {
    chord(Modifiers::ALT, key, Typing::Always)
}

impl AppCommand {
    /// The command's keys and where they work.
    pub fn meta(self) -> &'static Meta {
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
            C::SelectTable1 => meta!(&[ctrl(Key::Num1)], Places::TABLES),
            C::SelectTable2 => meta!(&[ctrl(Key::Num2)], Places::TABLES),
            C::SelectTable3 => meta!(&[ctrl(Key::Num3)], Places::TABLES),
            C::SelectTable4 => meta!(&[ctrl(Key::Num4)], Places::TABLES),
            C::SelectTable5 => meta!(&[ctrl(Key::Num5)], Places::TABLES),
            C::SelectTable6 => meta!(&[ctrl(Key::Num6)], Places::TABLES),
            C::SelectTable7 => meta!(&[ctrl(Key::Num7)], Places::TABLES),
            C::SelectTable8 => meta!(&[ctrl(Key::Num8)], Places::TABLES),
            C::SelectTable9 => meta!(&[ctrl(Key::Num9)], Places::TABLES),
            C::TagIdea => meta!(&[alt(Key::Num1)], Places::NOTES),
            C::TagConcern => meta!(&[alt(Key::Num2)], Places::NOTES),
            C::TagQuestion => meta!(&[alt(Key::Num3)], Places::NOTES),
            C::TagAction => meta!(&[alt(Key::Num4)], Places::NOTES),
            C::TagQuote => meta!(&[alt(Key::Num5)], Places::NOTES),
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
            C::Help => meta!(&[always(Key::F1), plain(Key::Questionmark)], Places::ALL),
            C::Escape => meta!(&[plain(Key::Escape)], Places::ALL),
            C::Quit => meta!(
                &[chord(Modifiers::COMMAND, Key::Q, Typing::Always)],
                Places::ALL
            ),
            C::GoHome => meta!(&[], Places::ALL),
            C::RefreshMonitors => meta!(&[], Places::CAFE),
            C::DeleteNamedExports => meta!(&[], Places::SIGN_IN),
        }
    }
}
