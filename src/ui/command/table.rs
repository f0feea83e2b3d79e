//! The table itself: each command's words, keys and where they work.

use egui::{Key, Modifiers};

use super::{AppCommand, Meta, NUMBER_KEYS, Places, Typing, always, chord, plain};

/// A command's words and keys, built at compile time.
macro_rules! meta {
    ($label:expr, $tooltip:expr, $chords:expr, $places:expr) => {
        &const {
            Meta {
                label: $label,
                tooltip: $tooltip,
                chords: $chords,
                places: $places,
            }
        }
    };
}

const SELECT_TABLE: [Meta; 9] = [
    Meta {
        label: "Switch to table",
        tooltip: "Show this table's notes and type the next one",
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[0], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        label: "Switch to table",
        tooltip: "Show this table's notes and type the next one",
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[1], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        label: "Switch to table",
        tooltip: "Show this table's notes and type the next one",
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[2], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        label: "Switch to table",
        tooltip: "Show this table's notes and type the next one",
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[3], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        label: "Switch to table",
        tooltip: "Show this table's notes and type the next one",
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[4], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        label: "Switch to table",
        tooltip: "Show this table's notes and type the next one",
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[5], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        label: "Switch to table",
        tooltip: "Show this table's notes and type the next one",
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[6], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        label: "Switch to table",
        tooltip: "Show this table's notes and type the next one",
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[7], Typing::Always)],
        places: Places::TABLES,
    },
    Meta {
        label: "Switch to table",
        tooltip: "Show this table's notes and type the next one",
        chords: &[chord(Modifiers::COMMAND, NUMBER_KEYS[8], Typing::Always)],
        places: Places::TABLES,
    },
];

const TAGS: [Meta; 5] = [
    Meta {
        label: "Tag: idea",
        tooltip: "Tag the next note: 1 idea, 2 concern, 3 question, 4 action, 5 quote (again to untag)",
        chords: &[chord(Modifiers::ALT, NUMBER_KEYS[0], Typing::Always)],
        places: Places::NOTES,
    },
    Meta {
        label: "Tag: concern",
        tooltip: "Tag the next note: 1 idea, 2 concern, 3 question, 4 action, 5 quote (again to untag)",
        chords: &[chord(Modifiers::ALT, NUMBER_KEYS[1], Typing::Always)],
        places: Places::NOTES,
    },
    Meta {
        label: "Tag: question",
        tooltip: "Tag the next note: 1 idea, 2 concern, 3 question, 4 action, 5 quote (again to untag)",
        chords: &[chord(Modifiers::ALT, NUMBER_KEYS[2], Typing::Always)],
        places: Places::NOTES,
    },
    Meta {
        label: "Tag: action",
        tooltip: "Tag the next note: 1 idea, 2 concern, 3 question, 4 action, 5 quote (again to untag)",
        chords: &[chord(Modifiers::ALT, NUMBER_KEYS[3], Typing::Always)],
        places: Places::NOTES,
    },
    Meta {
        label: "Tag: quote",
        tooltip: "Tag the next note: 1 idea, 2 concern, 3 question, 4 action, 5 quote (again to untag)",
        chords: &[chord(Modifiers::ALT, NUMBER_KEYS[4], Typing::Always)],
        places: Places::NOTES,
    },
];

const NO_KEYS: Meta = Meta {
    label: "",
    tooltip: "",
    chords: &[],
    places: Places::NONE,
};

impl AppCommand {
    /// The command's words, keys and where they work.
    pub fn meta(&self) -> &'static Meta {
        use AppCommand as C;
        const N: Typing = Typing::NotWhileTyping;
        match self {
            C::NextStep => meta!(
                "Next step",
                "Put the next step on the projector",
                &[
                    always(Key::PageDown),
                    chord(Modifiers::NONE, Key::ArrowRight, N),
                    chord(Modifiers::NONE, Key::Space, N),
                ],
                Places::CAFE
            ),
            C::PreviousStep => meta!(
                "Previous step",
                "Go back one step",
                &[always(Key::PageUp), plain(Key::ArrowLeft)],
                Places::CAFE
            ),
            C::FirstStep => meta!(
                "First step",
                "Back to the welcome",
                &[plain(Key::Home)],
                Places::CAFE
            ),
            C::LastStep => meta!(
                "Last step",
                "On to the closing",
                &[plain(Key::End)],
                Places::CAFE
            ),
            C::Black => meta!(
                "Black",
                "Black screen for the room (again to show)",
                &[plain(Key::B), plain(Key::Period)],
                Places::CAFE
            ),
            C::White => meta!(
                "White",
                "White screen for the room (again to show)",
                &[plain(Key::W), plain(Key::Comma)],
                Places::CAFE
            ),
            C::Freeze => meta!(
                "Freeze",
                "Freeze what the room sees while you look ahead",
                &[plain(Key::F)],
                Places::CAFE
            ),
            C::MoveTables => meta!(
                "Move tables",
                "Ask the room to move to a new table (again to go back)",
                &[plain(Key::M)],
                Places::CAFE
            ),
            C::ToggleTimer => meta!(
                "Start or pause",
                "Start or pause the round timer",
                &[plain(Key::T)],
                Places::CAFE
            ),
            C::ResetTimer => meta!(
                "Reset",
                "Reset the timer for this question",
                &[plain(Key::R)],
                Places::CAFE
            ),
            C::AddMinute => meta!(
                "+1 min",
                "One more minute for this round",
                &[plain(Key::Plus), plain(Key::Equals)],
                Places::CAFE
            ),
            C::RemoveMinute => meta!(
                "−1 min",
                "One minute less for this round",
                &[plain(Key::Minus)],
                Places::CAFE
            ),
            C::ShowThemes => meta!(
                "Themes on screen",
                "Show the harvest themes to the room (again to go back)",
                &[plain(Key::H)],
                Places::CAFE
            ),
            C::ToggleProjector => meta!(
                "Projector",
                "Open or close the projector window",
                &[always(Key::F5)],
                Places::CAFE
            ),
            C::ShowPresenter => meta!(
                "Presenter",
                "The presenter console",
                &[always(Key::F2)],
                Places::CAFE
            ),
            C::ShowTables => meta!("Tables", "Table notes", &[always(Key::F3)], Places::CAFE),
            C::ShowHarvest => meta!(
                "Harvest",
                "The harvest: themes and commitments",
                &[always(Key::F4)],
                Places::CAFE
            ),
            C::ShowSignIn => meta!(
                "Sign-in",
                "The sign-in desk",
                &[always(Key::F6)],
                Places::CAFE
            ),
            C::ShowPastCafes => meta!(
                "Past cafés",
                "Review past cafés: the library, reports, search and series (again to go back)",
                &[always(Key::F7)],
                Places::ALL
            ),
            C::Review(_) => meta!("Review", "", &[], Places::ALL),
            C::AddPastFolder(_) => meta!(
                "Add this folder",
                "List the café files of another folder too",
                &[],
                Places::ALL
            ),
            C::SelectTable(n) => SELECT_TABLE
                .get(usize::from(n.saturating_sub(1)))
                .unwrap_or(&NO_KEYS),
            C::TagNextNote(tag) => &TAGS[*tag as usize],
            C::AddNote => meta!(
                "Add note",
                "Add the note to this table (Shift+Enter starts a new line)",
                &[chord(Modifiers::NONE, Key::Enter, Typing::InNoteBox)],
                Places::NOTES
            ),
            C::SaveNoteEdit => meta!(
                "Save",
                "Save the changed note (clicking elsewhere saves too)",
                &[chord(Modifiers::NONE, Key::Enter, Typing::InNoteEdit)],
                Places::NOTES
            ),
            C::CancelNoteEdit => meta!(
                "Cancel",
                "Leave the note as it was",
                &[chord(Modifiers::NONE, Key::Escape, Typing::InNoteEdit)],
                Places::NOTES
            ),
            C::CheckIn => meta!(
                "Check in",
                "Sign in the person in the form",
                &[chord(Modifiers::COMMAND, Key::Enter, Typing::Always)],
                Places::SIGN_IN
            ),
            C::SuggestionDown => meta!(
                "Next suggestion",
                "Move down the list of people who came before",
                &[chord(
                    Modifiers::NONE,
                    Key::ArrowDown,
                    Typing::InNameSuggestions,
                )],
                Places::SIGN_IN
            ),
            C::SuggestionUp => meta!(
                "Previous suggestion",
                "Move up the list of people who came before",
                &[chord(
                    Modifiers::NONE,
                    Key::ArrowUp,
                    Typing::InNameSuggestions,
                )],
                Places::SIGN_IN
            ),
            C::PickSuggestion => meta!(
                "Pick",
                "Fill the form from the person who came before",
                &[chord(
                    Modifiers::NONE,
                    Key::Enter,
                    Typing::InNameSuggestions,
                )],
                Places::SIGN_IN
            ),
            C::Undo => meta!(
                "Undo",
                "Undo the last change to notes, themes, commitments or sign-ins",
                &[chord(Modifiers::COMMAND, Key::Z, Typing::EmptyNoteBox)],
                Places::EDITING
            ),
            C::Redo => meta!(
                "Redo",
                "Redo what was undone",
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
            C::Help => meta!(
                "Keys",
                "Show or hide the list of keys",
                &[always(Key::F1), plain(Key::Questionmark)],
                Places::ALL
            ),
            C::Escape => meta!(
                "Leave fullscreen",
                "Close the key list, or take the projector out of fullscreen",
                &[plain(Key::Escape)],
                Places::ALL
            ),
            C::Quit => meta!(
                "Quit",
                "Save everything and close Café Host",
                &[chord(Modifiers::COMMAND, Key::Q, Typing::Always)],
                Places::ALL
            ),
            C::GoHome => meta!(
                "Home",
                "Back to the Home screen; the café is saved",
                &[],
                Places::ALL
            ),
            C::Cafe(_) => meta!("Change the café", "", &[], Places::EDITING),
            C::Start { .. } => meta!(
                "Start the café",
                "Start a new café from the chosen guide",
                &[],
                Places::ALL
            ),
            C::Open(_) => meta!(
                "Open",
                "Open a café from its session file",
                &[],
                Places::ALL
            ),
            C::OpenTable(..) => meta!(
                "Table only",
                "Table mode: only this table's notes and a big note box",
                &[],
                Places::ALL
            ),
            C::Import(_) => meta!(
                "Import",
                "Bring in the notes of another laptop's copy of this café",
                &[],
                Places::NOTES
            ),
            C::TakeOver(_) => meta!(
                "Yes, it is closed there: take over",
                "Make changes here; only when the café is closed on the other computer",
                &[],
                Places::CAFE
            ),
            C::Recover(..) => meta!(
                "Recover",
                "Decide what happens to a newer copy of a café",
                &[],
                Places::ALL
            ),
            C::Fullscreen(_) => meta!(
                "Fullscreen on…",
                "Put the projector window fullscreen on a screen",
                &[],
                Places::CAFE
            ),
            C::RefreshMonitors => meta!(
                "Look for screens again",
                "After plugging in a projector",
                &[],
                Places::CAFE
            ),
            C::DismissNotice(_) => meta!("Dismiss", "Hide this message", &[], Places::ALL),
            C::ExportAttendance { .. } => meta!(
                "Save attendance",
                "Save the attendance to the exports folder",
                &[],
                Places::SIGN_IN
            ),
            C::SetLanguage(_) => meta!(
                "Language",
                "The language of the app's words (the room's slides follow the guide's languages)",
                &[],
                Places::ALL
            ),
            C::DeleteNamedExports => meta!(
                "Delete these files",
                "Delete the saved exports that hold names",
                &[],
                Places::SIGN_IN
            ),
            C::Closing(_) => meta!(
                "Close",
                "What to do with changes that could not be saved",
                &[],
                Places::ALL
            ),
        }
    }
}
