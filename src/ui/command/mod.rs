//! The one table of everything a person can do: each command's label, tooltip, keys and where
//! the keys work. Buttons, the key list (F1), the README's key table and the key handling all
//! read it, so they cannot disagree. No screen reads raw keys for a command.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::{Lang, tr, tr_args};
use crate::live::{Command, ProjectorScreen};
use crate::model::Tag;

mod request;
mod table;
mod words;

pub use request::{
    AttendanceExport, CloseChoice, Commands, Intent, RecoverChoice, Request, SharedRequest,
};
pub use words::{
    KeyRow, chord_text, either, key_rows, key_table_markdown, places_text, typing_text, where_text,
};

/// Where the app is, for deciding which keys mean something.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Home,
    Presenter,
    Tables,
    Harvest,
    SignIn,
    /// A laptop dedicated to one table: only its notes, no presenter keys.
    TableMode,
    /// Reviewing past cafés.
    PastCafes,
    /// Editing a guide.
    GuideEditor,
    /// The goodbye check, turned to the families at the door: only its answers and the
    /// facilitator's key to leave.
    Goodbye,
}

impl Place {
    /// Every place.
    pub const ALL: [Place; 9] = [
        Place::Home,
        Place::Presenter,
        Place::Tables,
        Place::Harvest,
        Place::SignIn,
        Place::TableMode,
        Place::PastCafes,
        Place::GuideEditor,
        Place::Goodbye,
    ];
}

/// A set of [`Place`]s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Places(u16);

impl Places {
    const fn of(places: &[Place]) -> Self {
        let mut bits = 0;
        let mut i = 0;
        while i < places.len() {
            bits |= 1 << places[i] as u16;
            i += 1;
        }
        Self(bits)
    }

    pub fn contains(self, place: Place) -> bool {
        self.0 & (1 << place as u16) != 0
    }

    /// Where the facilitator's keys work: every screen of an open café but table mode.
    pub const CAFE: Places = Places::of(&[
        Place::Presenter,
        Place::Tables,
        Place::Harvest,
        Place::SignIn,
    ]);
    /// Everywhere.
    pub const ALL: Places = Places::of(&Place::ALL);
    /// Everywhere but the goodbye check, which families use: no key of theirs leaves it.
    pub const BUT_THE_DOOR: Places = Places::of(&[
        Place::Home,
        Place::Presenter,
        Place::Tables,
        Place::Harvest,
        Place::SignIn,
        Place::TableMode,
        Place::PastCafes,
        Place::GuideEditor,
    ]);
    /// The goodbye check only.
    const DOOR: Places = Places::of(&[Place::Goodbye]);
    /// The goodbye check, and the café's pages it is opened from.
    const TO_THE_DOOR: Places = Places::of(&[
        Place::Presenter,
        Place::Tables,
        Place::Harvest,
        Place::SignIn,
        Place::Goodbye,
    ]);
    const NOTES: Places = Places::of(&[Place::Tables, Place::TableMode]);
    const EDITING: Places = Places::of(&[
        Place::Presenter,
        Place::Tables,
        Place::Harvest,
        Place::SignIn,
        Place::TableMode,
    ]);
    /// The presenter only: letters, Space and the arrows, which people type on every other
    /// page.
    pub const PRESENTER: Places = Places::of(&[Place::Presenter]);
    const TABLES: Places = Places::of(&[Place::Tables]);
    const SIGN_IN: Places = Places::of(&[Place::SignIn]);
    const GUIDE_EDITOR: Places = Places::of(&[Place::GuideEditor]);
}

/// What has the keyboard, as far as the keys care: a key goes to what has the keyboard first,
/// and only keys nothing on screen wants become commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Focus {
    /// Nothing: every key is free for commands.
    #[default]
    Free,
    /// A button, tick box or list row has the keyboard: Space and Enter press it, the arrows
    /// and Tab move between controls.
    Control,
    /// A menu or drop-down list is open: Esc closes it, Space, Enter and the arrows choose in it.
    Popup,
    /// The table note box, and whether it is empty.
    NoteBox { empty: bool },
    /// The box editing a note already taken.
    NoteEdit,
    /// The sign-in name box while earlier visitors are listed under it.
    NameSuggestions,
    /// Any other text box.
    Text,
}

impl Focus {
    /// Every kind of focus.
    pub const ALL: [Focus; 8] = [
        Focus::Free,
        Focus::Control,
        Focus::Popup,
        Focus::NoteBox { empty: true },
        Focus::NoteBox { empty: false },
        Focus::NoteEdit,
        Focus::NameSuggestions,
        Focus::Text,
    ];

    /// Whether what has the keyboard wants `key` for itself.
    pub fn wants(self, key: Key) -> bool {
        let moves_or_presses = matches!(
            key,
            Key::Space
                | Key::Enter
                | Key::Tab
                | Key::ArrowUp
                | Key::ArrowDown
                | Key::ArrowLeft
                | Key::ArrowRight
        );
        match self {
            Focus::Free => false,
            Focus::Control => moves_or_presses,
            Focus::Popup => moves_or_presses || key == Key::Escape,
            Focus::NoteBox { .. } | Focus::NoteEdit | Focus::NameSuggestions | Focus::Text => true,
        }
    }
}

/// Whether a key works while a text box or another control has the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Typing {
    /// Only when nothing on screen wants the key: no text box has the keyboard (letters, Space
    /// and arrows belong to the text), and no button, tick box or menu that Space, Enter, the
    /// arrows or Esc would press, move or close.
    NotWhileTyping,
    /// Always (function keys, the clicker's Page Up/Down, Ctrl and Alt chords).
    Always,
    /// Only in the note box.
    InNoteBox,
    /// When nothing wants the key, or the note box is empty (Ctrl+Z undoes notes there).
    EmptyNoteBox,
    /// Only while editing a note.
    InNoteEdit,
    /// Only in the name box while earlier visitors are listed.
    InNameSuggestions,
}

impl Typing {
    /// Whether `key` pressed with `focus` on the keyboard means the command.
    pub fn allows(self, focus: Focus, key: Key) -> bool {
        let free = !focus.wants(key);
        match self {
            Typing::Always => true,
            Typing::NotWhileTyping => free,
            Typing::InNoteBox => matches!(focus, Focus::NoteBox { .. }),
            Typing::EmptyNoteBox => free || focus == Focus::NoteBox { empty: true },
            Typing::InNoteEdit => focus == Focus::NoteEdit,
            Typing::InNameSuggestions => focus == Focus::NameSuggestions,
        }
    }
}

/// One way to trigger a command from the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chord {
    pub shortcut: KeyboardShortcut,
    pub typing: Typing,
    /// Where this key works when that is narrower than the command's places (the clicker's
    /// Page Down works on every page, the Right arrow and Space only on the presenter).
    pub only: Option<Places>,
}

impl Chord {
    /// Where this key works, for a command that works at `places`.
    pub fn places(self, places: Places) -> Places {
        self.only.unwrap_or(places)
    }

    /// Whether a press of `key` with `modifiers` is this chord. Shift and Alt must match, so
    /// Shift+Enter is not Enter; only for keys that some keyboards need Shift to type
    /// (`?`, `+`) is Shift let through.
    pub fn is_pressed(self, key: Key, modifiers: Modifiers) -> bool {
        let shifted_symbol = matches!(
            key,
            Key::Questionmark | Key::Plus | Key::Equals | Key::Minus | Key::Period | Key::Comma
        );
        self.shortcut.logical_key == key
            && if shifted_symbol {
                modifiers.matches_logically(self.shortcut.modifiers)
            } else {
                modifiers.matches_exact(self.shortcut.modifiers)
            }
    }
}

const fn chord(modifiers: Modifiers, key: Key, typing: Typing) -> Chord {
    Chord {
        shortcut: KeyboardShortcut::new(modifiers, key),
        typing,
        only: None,
    }
}

const fn plain(key: Key) -> Chord {
    chord(Modifiers::NONE, key, Typing::NotWhileTyping)
}

const fn always(key: Key) -> Chord {
    chord(Modifiers::NONE, key, Typing::Always)
}

/// A key for the presenter only, where nobody types all evening: on every other page it is
/// left to the boxes and controls.
const fn on_presenter(key: Key) -> Chord {
    Chord {
        only: Some(Places::PRESENTER),
        ..plain(key)
    }
}

/// Defines [`AppCommand`] and [`AppCommand::ALL`] from one list, so the list of every command
/// cannot miss one.
macro_rules! app_commands {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// Everything a person can do with a key, a button or a menu, as a plain name: no data
        /// rides along, so a command can be copied, compared, listed and given keys. What a
        /// screen asks for with data (a file to open, a café change from a control) is a
        /// [`Request`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum AppCommand {
            $($(#[doc = $doc])* $name,)*
        }

        impl AppCommand {
            /// Every command, in the order the key list shows them.
            pub const ALL: &'static [AppCommand] = &[$(AppCommand::$name,)*];
        }
    };
}

/// The pattern of the nine table commands, Ctrl+1 … Ctrl+9.
macro_rules! select_table {
    () => {
        AppCommand::SelectTable1
            | AppCommand::SelectTable2
            | AppCommand::SelectTable3
            | AppCommand::SelectTable4
            | AppCommand::SelectTable5
            | AppCommand::SelectTable6
            | AppCommand::SelectTable7
            | AppCommand::SelectTable8
            | AppCommand::SelectTable9
    };
}
pub(crate) use select_table;

/// The pattern of the five commands that tag the next note, Alt+1 … Alt+5.
macro_rules! tag_next_note {
    () => {
        AppCommand::TagIdea
            | AppCommand::TagConcern
            | AppCommand::TagQuestion
            | AppCommand::TagAction
            | AppCommand::TagQuote
    };
}
pub(crate) use tag_next_note;

/// The pattern of the goodbye check's five answer keys, 1 … 5.
macro_rules! goodbye_answer {
    () => {
        AppCommand::GoodbyeAnswer1
            | AppCommand::GoodbyeAnswer2
            | AppCommand::GoodbyeAnswer3
            | AppCommand::GoodbyeAnswer4
            | AppCommand::GoodbyeAnswer5
    };
}
pub(crate) use goodbye_answer;

app_commands! {
    NextStep,
    PreviousStep,
    FirstStep,
    LastStep,
    Black,
    White,
    Freeze,
    MoveTables,
    ToggleTimer,
    ResetTimer,
    AddMinute,
    RemoveMinute,
    ShowThemes,
    /// Open the projector window, or put it back fullscreen on its screen: never closes it,
    /// so a clicker's F5 is safe mid-café.
    ShowProjector,
    ShowPresenter,
    ShowTables,
    ShowHarvest,
    ShowSignIn,
    /// Open the review of past cafés (or go back from it).
    ShowPastCafes,
    /// Switch the Tables screen to table 1 (and so on to 9).
    SelectTable1,
    SelectTable2,
    SelectTable3,
    SelectTable4,
    SelectTable5,
    SelectTable6,
    SelectTable7,
    SelectTable8,
    SelectTable9,
    /// Tag the next note as an idea (or untag); the same for the other tags.
    TagIdea,
    TagConcern,
    TagQuestion,
    TagAction,
    TagQuote,
    /// Add the note typed in the note box.
    AddNote,
    SaveNoteEdit,
    CancelNoteEdit,
    /// Sign in the person in the form (or save the changes to an entry).
    CheckIn,
    SuggestionDown,
    SuggestionUp,
    PickSuggestion,
    Undo,
    Redo,
    /// Undo the last change to the guide being edited.
    UndoEdit,
    /// Redo the change to the guide that was undone.
    RedoEdit,
    /// Save the guide being edited.
    SaveGuide,
    /// Move the chosen question up the agenda.
    MoveStepUp,
    /// Move the chosen question down the agenda.
    MoveStepDown,
    Help,
    /// Close the key list; nothing else (a clicker sends Esc too).
    Escape,
    Quit,
    GoHome,
    /// Close the projector window (a button only: no key closes the room's screen).
    CloseProjector,
    /// Take the projector out of fullscreen, into a window (a button only).
    LeaveFullscreen,
    /// Show or hide the panel that shows which key each button of a clicker sends.
    TestClicker,
    /// Look for screens again (after plugging in a projector).
    RefreshMonitors,
    /// Delete the export files that hold names.
    DeleteNamedExports,
    /// Open the goodbye check at the door, or (the facilitator's key) leave it.
    GoodbyeCheck,
    /// Answer the goodbye check with the face under this number (or yes, maybe, no: 1 to 3).
    GoodbyeAnswer1,
    GoodbyeAnswer2,
    GoodbyeAnswer3,
    GoodbyeAnswer4,
    GoodbyeAnswer5,
}

/// A command's keys and where they work. Its words (label and tooltip) are in the message
/// catalogue, so every screen shows them in the person's language.
pub struct Meta {
    pub chords: &'static [Chord],
    pub places: Places,
}

impl AppCommand {
    /// Every command that has keys, in the order the key list shows them.
    pub fn keyed() -> impl Iterator<Item = AppCommand> {
        Self::ALL
            .iter()
            .copied()
            .filter(|c| !c.meta().chords.is_empty())
    }

    /// Switch to table `number` (1 to 9), the command of Ctrl+`number`.
    pub fn select_table(number: u32) -> Option<AppCommand> {
        let index = usize::try_from(number.checked_sub(1)?).ok()?;
        SELECT_TABLE.get(index).copied()
    }

    /// The table number this command switches to, when it is one of [`Self::select_table`].
    pub fn table_number(self) -> Option<u32> {
        let index = SELECT_TABLE.iter().position(|c| *c == self)?;
        u32::try_from(index + 1).ok()
    }

    /// Tag (or untag) the next note with `tag`.
    pub fn tag_next_note(tag: Tag) -> AppCommand {
        match tag {
            Tag::Idea => AppCommand::TagIdea,
            Tag::Concern => AppCommand::TagConcern,
            Tag::Question => AppCommand::TagQuestion,
            Tag::Action => AppCommand::TagAction,
            Tag::Quote => AppCommand::TagQuote,
        }
    }

    /// The tag this command puts on the next note, when it is one of [`Self::tag_next_note`].
    pub fn tag(self) -> Option<Tag> {
        Tag::ALL
            .into_iter()
            .find(|tag| Self::tag_next_note(*tag) == self)
    }

    /// The key of this command's tooltip in the message catalogue: `command-next-step`. Its
    /// label is the same key with `-label` after it. Commands that differ only in their
    /// number (Ctrl+1 … Ctrl+9) or tag share one.
    pub fn catalogue_key(self) -> &'static str {
        use AppCommand as C;
        match self {
            C::NextStep => "command-next-step",
            C::PreviousStep => "command-previous-step",
            C::FirstStep => "command-first-step",
            C::LastStep => "command-last-step",
            C::Black => "command-black",
            C::White => "command-white",
            C::Freeze => "command-freeze",
            C::MoveTables => "command-move-tables",
            C::ToggleTimer => "command-toggle-timer",
            C::ResetTimer => "command-reset-timer",
            C::AddMinute => "command-add-minute",
            C::RemoveMinute => "command-remove-minute",
            C::ShowThemes => "command-show-themes",
            C::ShowProjector => "command-show-projector",
            C::ShowPresenter => "command-show-presenter",
            C::ShowTables => "command-show-tables",
            C::ShowHarvest => "command-show-harvest",
            C::ShowSignIn => "command-show-sign-in",
            C::ShowPastCafes => "command-show-past-cafes",
            select_table!() => "command-select-table",
            tag_next_note!() => "command-tag-next-note",
            C::AddNote => "command-add-note",
            C::SaveNoteEdit => "command-save-note-edit",
            C::CancelNoteEdit => "command-cancel-note-edit",
            C::CheckIn => "command-check-in",
            C::SuggestionDown => "command-suggestion-down",
            C::SuggestionUp => "command-suggestion-up",
            C::PickSuggestion => "command-pick-suggestion",
            C::Undo => "command-undo",
            C::Redo => "command-redo",
            C::Help => "command-help",
            C::UndoEdit => "command-undo-edit",
            C::RedoEdit => "command-redo-edit",
            C::SaveGuide => "command-save-guide",
            C::MoveStepUp => "command-move-step-up",
            C::MoveStepDown => "command-move-step-down",
            C::Escape => "command-escape",
            C::Quit => "command-quit",
            C::GoHome => "command-go-home",
            C::CloseProjector => "command-close-projector",
            C::LeaveFullscreen => "command-leave-fullscreen",
            C::TestClicker => "command-test-clicker",
            C::RefreshMonitors => "command-refresh-monitors",
            C::DeleteNamedExports => "command-delete-named-exports",
            C::GoodbyeCheck => "command-goodbye-check",
            goodbye_answer!() => "command-goodbye-answer",
        }
    }

    /// The command's name on a button or menu, in `lang`: "Next step".
    pub fn label(self, lang: Lang) -> String {
        let key = format!("{}-label", self.catalogue_key());
        match self.tag() {
            Some(tag) => tr_args(lang, &key, &[("tag", tag_id(tag).into())]),
            None => tr(lang, &key),
        }
    }

    /// What the command does, in `lang`, for its tooltip and the key list.
    pub fn tooltip(self, lang: Lang) -> String {
        tr(lang, self.catalogue_key())
    }

    /// The keys as a person reads them in `lang`: "Page Down or Right arrow or Space".
    pub fn keys_text(self, lang: Lang) -> String {
        let keys: Vec<String> = self
            .meta()
            .chords
            .iter()
            .map(|c| chord_text(lang, c.shortcut))
            .collect();
        words::either(lang, &keys)
    }

    /// A button's text with its first key, in `lang`: "Black (B)".
    pub fn button_text(self, lang: Lang) -> String {
        self.button_text_as(lang, &self.label(lang))
    }

    /// A button's own words (already in `lang`) with the command's first key: "Resume (T)".
    pub fn button_text_as(self, lang: Lang, text: &str) -> String {
        match self.meta().chords.first() {
            Some(c) => format!("{text} ({})", chord_text(lang, c.shortcut)),
            None => text.to_owned(),
        }
    }

    /// The change to the café this command stands for, when it is one.
    pub fn cafe_command(self) -> Option<Command> {
        use AppCommand as C;
        Some(match self {
            C::NextStep => Command::Next,
            C::PreviousStep => Command::Previous,
            C::FirstStep => Command::First,
            C::LastStep => Command::Last,
            C::Black => Command::ToggleScreen(ProjectorScreen::Black),
            C::White => Command::ToggleScreen(ProjectorScreen::White),
            C::Freeze => Command::ToggleFreeze,
            C::MoveTables => Command::ToggleScreen(ProjectorScreen::MoveTables),
            C::ToggleTimer => Command::ToggleTimer,
            C::ResetTimer => Command::ResetTimer,
            C::AddMinute => Command::AdjustTimer { minutes: 1 },
            C::RemoveMinute => Command::AdjustTimer { minutes: -1 },
            C::ShowThemes => Command::ToggleScreen(ProjectorScreen::Themes),
            C::Undo => Command::Undo,
            C::Redo => Command::Redo,
            C::ShowProjector
            | C::ShowPresenter
            | C::ShowTables
            | C::ShowHarvest
            | C::ShowSignIn
            | C::ShowPastCafes
            | C::AddNote
            | C::SaveNoteEdit
            | C::CancelNoteEdit
            | C::CheckIn
            | C::SuggestionDown
            | C::SuggestionUp
            | C::PickSuggestion
            | C::Help
            | C::UndoEdit
            | C::RedoEdit
            | C::SaveGuide
            | C::MoveStepUp
            | C::MoveStepDown
            | C::Escape
            | C::Quit
            | C::GoHome
            | C::CloseProjector
            | C::LeaveFullscreen
            | C::TestClicker
            | C::RefreshMonitors
            | C::DeleteNamedExports
            | C::GoodbyeCheck => return None,
            goodbye_answer!() => return None,
            select_table!() => return None,
            tag_next_note!() => return None,
        })
    }

    /// The command a key press means at `place` with `focus`, if any.
    pub fn for_key(
        key: Key,
        modifiers: Modifiers,
        place: Place,
        focus: Focus,
    ) -> Option<AppCommand> {
        Self::keyed().find(|command| {
            let meta = command.meta();
            meta.chords.iter().any(|c| {
                c.places(meta.places).contains(place)
                    && c.is_pressed(key, modifiers)
                    && c.typing.allows(focus, key)
            })
        })
    }
}

/// Ctrl+1 … Ctrl+9, in order.
const SELECT_TABLE: [AppCommand; 9] = [
    AppCommand::SelectTable1,
    AppCommand::SelectTable2,
    AppCommand::SelectTable3,
    AppCommand::SelectTable4,
    AppCommand::SelectTable5,
    AppCommand::SelectTable6,
    AppCommand::SelectTable7,
    AppCommand::SelectTable8,
    AppCommand::SelectTable9,
];

/// A tag's name in the catalogue's selectors: `idea`, `concern`, …
fn tag_id(tag: Tag) -> &'static str {
    match tag {
        Tag::Idea => "idea",
        Tag::Concern => "concern",
        Tag::Question => "question",
        Tag::Action => "action",
        Tag::Quote => "quote",
    }
}

#[cfg(test)]
mod tests;
