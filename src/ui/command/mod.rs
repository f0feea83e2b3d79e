//! The one table of everything a person can do: each command's label, tooltip, keys and where
//! the keys work. Buttons, the key list (F1), the README's key table and the key handling all
//! read it, so they cannot disagree. No screen reads raw keys for a command.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::{Lang, tr, tr_args};
use crate::live::{Command, ProjectorScreen};

mod table;
mod words;

use crate::model::{Guide, SessionDetails, Tag};
pub use words::{
    KeyRow, chord_text, either, key_rows, key_table_markdown, places_text, typing_text,
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
}

/// A set of [`Place`]s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Places(u8);

impl Places {
    const fn of(places: &[Place]) -> Self {
        let mut bits = 0;
        let mut i = 0;
        while i < places.len() {
            bits |= 1 << places[i] as u8;
            i += 1;
        }
        Self(bits)
    }

    pub fn contains(self, place: Place) -> bool {
        self.0 & (1 << place as u8) != 0
    }

    /// Where the facilitator's keys work: every screen of an open café but table mode.
    pub const CAFE: Places = Places::of(&[
        Place::Presenter,
        Place::Tables,
        Place::Harvest,
        Place::SignIn,
    ]);
    /// Everywhere.
    pub const ALL: Places = Places::of(&[
        Place::Home,
        Place::Presenter,
        Place::Tables,
        Place::Harvest,
        Place::SignIn,
        Place::TableMode,
        Place::PastCafes,
        Place::GuideEditor,
    ]);
    const NOTES: Places = Places::of(&[Place::Tables, Place::TableMode]);
    const EDITING: Places = Places::of(&[
        Place::Presenter,
        Place::Tables,
        Place::Harvest,
        Place::SignIn,
        Place::TableMode,
    ]);
    const TABLES: Places = Places::of(&[Place::Tables]);
    const SIGN_IN: Places = Places::of(&[Place::SignIn]);
    const GUIDE_EDITOR: Places = Places::of(&[Place::GuideEditor]);
    const HOME_AND_EDITOR: Places = Places::of(&[Place::Home, Place::GuideEditor]);
    const NONE: Places = Places(0);
}

/// Which text box has the keyboard, as far as the keys care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Focus {
    /// No text box: letters are free for commands.
    #[default]
    Free,
    /// The table note box, and whether it is empty.
    NoteBox { empty: bool },
    /// The box editing a note already taken.
    NoteEdit,
    /// The sign-in name box while earlier visitors are listed under it.
    NameSuggestions,
    /// Any other text box.
    Text,
}

/// Whether a key works while a text box has the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Typing {
    /// Only when no text box has the keyboard (letters, Space, arrows belong to the text).
    NotWhileTyping,
    /// Always (function keys, the clicker's Page Up/Down, Ctrl and Alt chords).
    Always,
    /// Only in the note box.
    InNoteBox,
    /// When no text box has the keyboard, or the note box is empty (Ctrl+Z undoes notes there).
    EmptyNoteBox,
    /// Only while editing a note.
    InNoteEdit,
    /// Only in the name box while earlier visitors are listed.
    InNameSuggestions,
}

impl Typing {
    fn allows(self, focus: Focus) -> bool {
        matches!(
            (self, focus),
            (Typing::Always, _)
                | (Typing::NotWhileTyping | Typing::EmptyNoteBox, Focus::Free)
                | (Typing::InNoteBox, Focus::NoteBox { .. })
                | (Typing::EmptyNoteBox, Focus::NoteBox { empty: true })
                | (Typing::InNoteEdit, Focus::NoteEdit)
                | (Typing::InNameSuggestions, Focus::NameSuggestions)
        )
    }
}

/// One way to trigger a command from the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chord {
    pub shortcut: KeyboardShortcut,
    pub typing: Typing,
}

const fn chord(modifiers: Modifiers, key: Key, typing: Typing) -> Chord {
    Chord {
        shortcut: KeyboardShortcut::new(modifiers, key),
        typing,
    }
}

const fn plain(key: Key) -> Chord {
    chord(Modifiers::NONE, key, Typing::NotWhileTyping)
}

const fn always(key: Key) -> Chord {
    chord(Modifiers::NONE, key, Typing::Always)
}

const NUMBER_KEYS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// Everything a person can do in the app.
#[derive(Clone, Debug, PartialEq)]
pub enum AppCommand {
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
    ToggleProjector,
    ShowPresenter,
    ShowTables,
    ShowHarvest,
    ShowSignIn,
    /// Open the review of past cafés (or go back from it).
    ShowPastCafes,
    /// Switch the Tables screen to table N (1 to 9).
    SelectTable(u8),
    /// Tag the next note (or untag).
    TagNextNote(Tag),
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
    Help,
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
    /// Close the key list, or leave fullscreen.
    Escape,
    Quit,
    GoHome,
    /// A change to the café that comes from a control (a tick, a note's tag, a theme…).
    Cafe(Command),
    Start {
        guide: Box<Guide>,
        details: SessionDetails,
    },
    Open(PathBuf),
    /// Open a session file in table mode for this table number.
    OpenTable(PathBuf, u32),
    /// Bring in the notes of another copy of this café.
    Import(PathBuf),
    /// Take over a café whose lock names another computer (after the person confirmed).
    TakeOver(PathBuf),
    /// What to do with a recovery copy (by its place in the list).
    Recover(usize, RecoverChoice),
    /// Put the projector fullscreen on this monitor (by index), or leave fullscreen.
    Fullscreen(Option<usize>),
    RefreshMonitors,
    /// Close the notice with this number.
    DismissNotice(usize),
    /// Save the attendance (a report or CSV; names or not) or a blank sign-in sheet to
    /// `<data>/exports`.
    ExportAttendance {
        kind: AttendanceExport,
        names: bool,
    },
    /// What a review screen asked for.
    Review(Box<super::review::ReviewRequest>),
    /// Making, changing or removing a guide, from Home or the guide editor.
    Guides(Box<super::guides::GuideRequest>),
    /// List another folder of café files in the review.
    AddPastFolder(PathBuf),
    /// Delete the export files that hold names.
    DeleteNamedExports,
    /// Speak this language in the interface.
    SetLanguage(crate::i18n::Lang),
    /// The window is closing with unsaved work: what the person chose.
    Closing(CloseChoice),
}

/// What the sign-in desk saves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttendanceExport {
    /// Who came, as a page to print or share.
    Report,
    /// Who came, as a spreadsheet.
    Csv,
    /// An empty sheet to print and sign by hand at the door.
    BlankSheet,
}

/// The three answers to "this café has a newer copy than its file".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoverChoice {
    /// Open the newer copy and save it to the session file.
    Recover,
    /// Open the session file as it is and let the copy go.
    LastSaved,
    /// Look at the newer copy without changing anything.
    ReadOnly,
}

/// The answers to "the last changes are not saved" when closing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CloseChoice {
    /// Stay open and keep trying to save.
    KeepTrying,
    /// Write the café to this file instead, then close.
    SaveCopy(PathBuf),
    /// Close and lose the unsaved changes.
    QuitAnyway,
}

/// A command's keys and where they work. Its words (label and tooltip) are in the message
/// catalogue, so every screen shows them in the person's language.
pub struct Meta {
    pub chords: &'static [Chord],
    pub places: Places,
}

impl AppCommand {
    /// Every command that has keys, in the order the key list shows them.
    pub fn keyed() -> Vec<AppCommand> {
        let mut all = vec![
            AppCommand::NextStep,
            AppCommand::PreviousStep,
            AppCommand::FirstStep,
            AppCommand::LastStep,
            AppCommand::Black,
            AppCommand::White,
            AppCommand::Freeze,
            AppCommand::MoveTables,
            AppCommand::ToggleTimer,
            AppCommand::ResetTimer,
            AppCommand::AddMinute,
            AppCommand::RemoveMinute,
            AppCommand::ShowThemes,
            AppCommand::ToggleProjector,
            AppCommand::ShowPresenter,
            AppCommand::ShowTables,
            AppCommand::ShowHarvest,
            AppCommand::ShowSignIn,
            AppCommand::ShowPastCafes,
        ];
        all.extend((1..=9).map(AppCommand::SelectTable));
        all.extend(Tag::ALL.into_iter().map(AppCommand::TagNextNote));
        all.extend([
            AppCommand::AddNote,
            AppCommand::SaveNoteEdit,
            AppCommand::CancelNoteEdit,
            AppCommand::CheckIn,
            AppCommand::SuggestionDown,
            AppCommand::SuggestionUp,
            AppCommand::PickSuggestion,
            AppCommand::Undo,
            AppCommand::Redo,
            AppCommand::UndoEdit,
            AppCommand::RedoEdit,
            AppCommand::SaveGuide,
            AppCommand::MoveStepUp,
            AppCommand::MoveStepDown,
            AppCommand::Help,
            AppCommand::Escape,
            AppCommand::Quit,
        ]);
        all
    }

    /// The key of this command's tooltip in the message catalogue: `command-next-step`. Its
    /// label is the same key with `-label` after it.
    pub fn catalogue_key(&self) -> String {
        let debug = format!("{self:?}");
        let name = debug.split(['(', ' ', '{']).next().unwrap_or_default();
        let mut key = String::from("command");
        for c in name.chars() {
            if c.is_uppercase() {
                key.push('-');
            }
            key.push(c.to_ascii_lowercase());
        }
        key
    }

    /// The command's name on a button or menu, in `lang`: "Next step".
    pub fn label(&self, lang: Lang) -> String {
        let key = format!("{}-label", self.catalogue_key());
        match self {
            AppCommand::TagNextNote(tag) => tr_args(lang, &key, &[("tag", tag_id(*tag).into())]),
            _ => tr(lang, &key),
        }
    }

    /// What the command does, in `lang`, for its tooltip and the key list.
    pub fn tooltip(&self, lang: Lang) -> String {
        tr(lang, &self.catalogue_key())
    }

    /// The keys as a person reads them in `lang`: "Page Down or Right arrow or Space".
    pub fn keys_text(&self, lang: Lang) -> String {
        let keys: Vec<String> = self
            .meta()
            .chords
            .iter()
            .map(|c| chord_text(lang, c.shortcut))
            .collect();
        words::either(lang, &keys)
    }

    /// A button's text with its first key, in `lang`: "Black (B)".
    pub fn button_text(&self, lang: Lang) -> String {
        self.button_text_as(lang, &self.label(lang))
    }

    /// A button's own words (already in `lang`) with the command's first key: "Resume (T)".
    pub fn button_text_as(&self, lang: Lang, text: &str) -> String {
        match self.meta().chords.first() {
            Some(c) => format!("{text} ({})", chord_text(lang, c.shortcut)),
            None => text.to_owned(),
        }
    }

    /// The change to the café this command stands for, when it is one.
    pub fn cafe_command(&self) -> Option<Command> {
        Some(match self {
            AppCommand::NextStep => Command::Next,
            AppCommand::PreviousStep => Command::Previous,
            AppCommand::FirstStep => Command::First,
            AppCommand::LastStep => Command::Last,
            AppCommand::Black => Command::ToggleScreen(ProjectorScreen::Black),
            AppCommand::White => Command::ToggleScreen(ProjectorScreen::White),
            AppCommand::Freeze => Command::ToggleFreeze,
            AppCommand::MoveTables => Command::ToggleScreen(ProjectorScreen::MoveTables),
            AppCommand::ToggleTimer => Command::ToggleTimer,
            AppCommand::ResetTimer => Command::ResetTimer,
            AppCommand::AddMinute => Command::AdjustTimer { minutes: 1 },
            AppCommand::RemoveMinute => Command::AdjustTimer { minutes: -1 },
            AppCommand::ShowThemes => Command::ToggleScreen(ProjectorScreen::Themes),
            AppCommand::Undo => Command::Undo,
            AppCommand::Redo => Command::Redo,
            AppCommand::Cafe(command) => command.clone(),
            _ => return None,
        })
    }

    /// The command a key press means at `place` with `focus`, if any.
    pub fn for_key(
        key: Key,
        modifiers: Modifiers,
        place: Place,
        focus: Focus,
    ) -> Option<AppCommand> {
        // Most specific first: Ctrl+Shift+Z is redo before Ctrl+Z is undo.
        let mut best: Option<(AppCommand, u32)> = None;
        for command in Self::keyed() {
            let meta = command.meta();
            if !meta.places.contains(place) {
                continue;
            }
            for c in meta.chords {
                if c.shortcut.logical_key == key
                    && modifiers.matches_logically(c.shortcut.modifiers)
                    && c.typing.allows(focus)
                {
                    let weight = modifier_count(c.shortcut.modifiers);
                    if best.as_ref().is_none_or(|(_, w)| weight > *w) {
                        best = Some((command.clone(), weight));
                    }
                }
            }
        }
        best.map(|(command, _)| command)
    }
}

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

fn modifier_count(m: Modifiers) -> u32 {
    u32::from(m.alt) + u32::from(m.ctrl || m.command || m.mac_cmd) + u32::from(m.shift)
}

#[cfg(test)]
mod tests;
