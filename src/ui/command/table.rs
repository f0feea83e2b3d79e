//! The table itself: each command's keys and where they work. Its words are in the message
//! catalogue, under the command's [`AppCommand::catalogue_key`].

use egui::{Key, Modifiers};

use super::{AppCommand, Chord, Meta, Places, Typing, always, chord, on_presenter, plain};

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

/// Ctrl+Shift+`key`, at any time.
const fn ctrl_shift(key: Key) -> Chord {
    chord(
        Modifiers::COMMAND.plus(Modifiers::SHIFT),
        key,
        Typing::Always,
    )
}

/// `key` in the sign-in name box while earlier visitors are listed under it.
const fn in_suggestions(key: Key) -> Chord {
    chord(Modifiers::NONE, key, Typing::InNameSuggestions)
}

/// Alt+`key`, at any time (tagging while typing a note).
const fn alt(key: Key) -> Chord {
    chord(Modifiers::ALT, key, Typing::Always)
}

impl AppCommand {
    /// The command's keys and where they work.
    pub fn meta(self) -> &'static Meta {
        use AppCommand as C;
        match self {
            C::NextStep => meta!(
                &[
                    always(Key::PageDown),
                    on_presenter(Key::ArrowRight),
                    on_presenter(Key::Space),
                ],
                Places::CAFE
            ),
            C::PreviousStep => meta!(
                &[always(Key::PageUp), on_presenter(Key::ArrowLeft)],
                Places::CAFE
            ),
            C::FirstStep => meta!(&[plain(Key::Home)], Places::PRESENTER),
            C::LastStep => meta!(&[plain(Key::End)], Places::PRESENTER),
            C::Black => meta!(&[plain(Key::B), plain(Key::Period)], Places::PRESENTER),
            C::White => meta!(&[plain(Key::W), plain(Key::Comma)], Places::PRESENTER),
            C::Freeze => meta!(&[plain(Key::F)], Places::PRESENTER),
            C::MoveTables => meta!(&[plain(Key::M)], Places::PRESENTER),
            C::ToggleTimer => meta!(&[plain(Key::T)], Places::PRESENTER),
            C::ResetTimer => meta!(&[plain(Key::R)], Places::PRESENTER),
            C::AddMinute => meta!(&[plain(Key::Plus), plain(Key::Equals)], Places::PRESENTER),
            C::RemoveMinute => meta!(&[plain(Key::Minus)], Places::PRESENTER),
            C::ShowThemes => meta!(&[plain(Key::H)], Places::PRESENTER),
            // A clicker's "slideshow" button sends F5 (or Shift+F5) and Esc in turn: F5 only
            // ever opens the projector or puts it back fullscreen, and Esc never touches it.
            C::ShowProjector => meta!(
                &[
                    always(Key::F5),
                    chord(Modifiers::SHIFT, Key::F5, Typing::Always)
                ],
                Places::CAFE
            ),
            C::ShowPresenter => meta!(&[always(Key::F2)], Places::CAFE),
            C::ShowTables => meta!(&[always(Key::F3)], Places::CAFE),
            C::ShowHarvest => meta!(&[always(Key::F4)], Places::CAFE),
            C::ShowSignIn => meta!(&[always(Key::F6)], Places::CAFE),
            C::ShowPastCafes => meta!(&[always(Key::F7)], Places::BUT_THE_DOOR),
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
            C::CheckIn => meta!(&[ctrl(Key::Enter)], Places::SIGN_IN),
            C::SuggestionDown => meta!(&[in_suggestions(Key::ArrowDown)], Places::SIGN_IN),
            C::SuggestionUp => meta!(&[in_suggestions(Key::ArrowUp)], Places::SIGN_IN),
            C::PickSuggestion => meta!(&[in_suggestions(Key::Enter)], Places::SIGN_IN),
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
            C::UndoEdit => meta!(&[ctrl(Key::Z)], Places::GUIDE_EDITOR),
            C::RedoEdit => meta!(&[ctrl(Key::Y), ctrl_shift(Key::Z)], Places::GUIDE_EDITOR),
            C::SaveGuide => meta!(&[ctrl(Key::S)], Places::GUIDE_EDITOR),
            C::MoveStepUp => meta!(&[alt(Key::ArrowUp)], Places::GUIDE_EDITOR),
            C::MoveStepDown => meta!(&[alt(Key::ArrowDown)], Places::GUIDE_EDITOR),
            C::Help => meta!(
                &[always(Key::F1), plain(Key::Questionmark)],
                Places::BUT_THE_DOOR
            ),
            C::Escape => meta!(&[plain(Key::Escape)], Places::ALL),
            C::Quit => meta!(&[ctrl(Key::Q)], Places::BUT_THE_DOOR),
            C::GoHome => meta!(&[], Places::BUT_THE_DOOR),
            C::CloseProjector => meta!(&[], Places::CAFE),
            C::LeaveFullscreen => meta!(&[], Places::CAFE),
            C::TestClicker => meta!(&[], Places::CAFE),
            C::RefreshMonitors => meta!(&[], Places::CAFE),
            C::DeleteNamedExports => meta!(&[], Places::SIGN_IN),
            // A chord no family at the door presses by chance: their taps and the number keys
            // answer, and only this leaves.
            C::GoodbyeCheck => meta!(&[ctrl_shift(Key::G)], Places::TO_THE_DOOR),
            C::GoodbyeAnswer1 => meta!(&[plain(Key::Num1)], Places::DOOR),
            C::GoodbyeAnswer2 => meta!(&[plain(Key::Num2)], Places::DOOR),
            C::GoodbyeAnswer3 => meta!(&[plain(Key::Num3)], Places::DOOR),
            C::GoodbyeAnswer4 => meta!(&[plain(Key::Num4)], Places::DOOR),
            C::GoodbyeAnswer5 => meta!(&[plain(Key::Num5)], Places::DOOR),
        }
    }
}
