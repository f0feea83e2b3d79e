//! Every keyboard action of the live screens, with its keys and label in one place,
//! so buttons, the help overlay and key handling always agree.

use egui::{Key, Modifiers};

use crate::live::{Command, Screen};

/// Something the facilitator can do with one key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Next,
    Previous,
    First,
    Last,
    Black,
    White,
    Freeze,
    MoveTables,
    ToggleTimer,
    ResetTimer,
    AddMinute,
    RemoveMinute,
    Themes,
    Projector,
    ShowPresenter,
    ShowTables,
    ShowHarvest,
    ShowAttendance,
    Undo,
    Redo,
    Help,
    LeaveFullscreen,
}

impl Action {
    pub const ALL: [Action; 22] = [
        Action::Next,
        Action::Previous,
        Action::First,
        Action::Last,
        Action::Black,
        Action::White,
        Action::Freeze,
        Action::MoveTables,
        Action::ToggleTimer,
        Action::ResetTimer,
        Action::AddMinute,
        Action::RemoveMinute,
        Action::Themes,
        Action::Projector,
        Action::ShowPresenter,
        Action::ShowTables,
        Action::ShowHarvest,
        Action::ShowAttendance,
        Action::Undo,
        Action::Redo,
        Action::Help,
        Action::LeaveFullscreen,
    ];

    /// The keys that trigger this action (any one of them).
    pub fn keys(self) -> &'static [Key] {
        match self {
            Action::Next => &[Key::PageDown, Key::ArrowRight, Key::Space],
            Action::Previous => &[Key::PageUp, Key::ArrowLeft],
            Action::First => &[Key::Home],
            Action::Last => &[Key::End],
            Action::Black => &[Key::B, Key::Period],
            Action::White => &[Key::W, Key::Comma],
            Action::Freeze => &[Key::F],
            Action::MoveTables => &[Key::M],
            Action::ToggleTimer => &[Key::T],
            Action::ResetTimer => &[Key::R],
            Action::AddMinute => &[Key::Plus, Key::Equals],
            Action::RemoveMinute => &[Key::Minus],
            Action::Themes => &[Key::H],
            Action::Projector => &[Key::F5],
            Action::ShowPresenter => &[Key::F2],
            Action::ShowTables => &[Key::F3],
            Action::ShowHarvest => &[Key::F4],
            Action::ShowAttendance => &[Key::F6],
            Action::Undo => &[Key::Z],
            Action::Redo => &[Key::Y],
            Action::Help => &[Key::F1, Key::Questionmark],
            Action::LeaveFullscreen => &[Key::Escape],
        }
    }

    /// The keys as a person reads them.
    pub fn key_text(self) -> &'static str {
        match self {
            Action::Next => "Page Down, Right arrow, Space",
            Action::Previous => "Page Up, Left arrow",
            Action::First => "Home",
            Action::Last => "End",
            Action::Black => "B or .",
            Action::White => "W or ,",
            Action::Freeze => "F",
            Action::MoveTables => "M",
            Action::ToggleTimer => "T",
            Action::ResetTimer => "R",
            Action::AddMinute => "+",
            Action::RemoveMinute => "-",
            Action::Themes => "H",
            Action::Projector => "F5",
            Action::ShowPresenter => "F2",
            Action::ShowTables => "F3",
            Action::ShowHarvest => "F4",
            Action::ShowAttendance => "F6",
            Action::Undo => "Ctrl+Z",
            Action::Redo => "Ctrl+Y or Ctrl+Shift+Z",
            Action::Help => "F1 or ?",
            Action::LeaveFullscreen => "Esc",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Action::Next => "Next step",
            Action::Previous => "Previous step",
            Action::First => "First step",
            Action::Last => "Last step",
            Action::Black => "Black screen (again to show)",
            Action::White => "White screen (again to show)",
            Action::Freeze => "Freeze what the room sees while you look ahead",
            Action::MoveTables => "Please move to a new table",
            Action::ToggleTimer => "Start or pause the round timer",
            Action::ResetTimer => "Reset the timer for this question",
            Action::AddMinute => "One more minute",
            Action::RemoveMinute => "One minute less",
            Action::Themes => "Show the harvest themes to the room (again to go back)",
            Action::Projector => "Open or close the projector window",
            Action::ShowPresenter => "The presenter console",
            Action::ShowTables => "Table notes",
            Action::ShowHarvest => "The harvest: themes and commitments",
            Action::ShowAttendance => "The sign-in desk",
            Action::Undo => "Undo the last change to notes, themes or commitments",
            Action::Redo => "Redo",
            Action::Help => "Show or hide this list of keys",
            Action::LeaveFullscreen => "Leave fullscreen; close this list",
        }
    }

    /// The command this action sends to the live session, if it is a session action.
    pub fn command(self) -> Option<Command> {
        Some(match self {
            Action::Next => Command::Next,
            Action::Previous => Command::Previous,
            Action::First => Command::First,
            Action::Last => Command::Last,
            Action::Black => Command::ToggleScreen(Screen::Black),
            Action::White => Command::ToggleScreen(Screen::White),
            Action::Freeze => Command::ToggleFreeze,
            Action::MoveTables => Command::ToggleScreen(Screen::MoveTables),
            Action::ToggleTimer => Command::ToggleTimer,
            Action::ResetTimer => Command::ResetTimer,
            Action::AddMinute => Command::AdjustTimer { minutes: 1 },
            Action::RemoveMinute => Command::AdjustTimer { minutes: -1 },
            Action::Themes => Command::ToggleScreen(Screen::Themes),
            Action::Undo => Command::Undo,
            Action::Redo => Command::Redo,
            Action::Projector
            | Action::ShowPresenter
            | Action::ShowTables
            | Action::ShowHarvest
            | Action::ShowAttendance
            | Action::Help
            | Action::LeaveFullscreen => return None,
        })
    }

    /// A button label with the key in brackets, e.g. "Black (B)".
    pub fn button_text(self, text: &str) -> String {
        let first = self.key_text().split(", ").next().unwrap_or_default();
        let key = first.split(" or ").next().unwrap_or_default();
        format!("{text} ({key})")
    }
}

/// The modifiers an action's keys need: Ctrl (Cmd on a Mac) for undo and redo, none otherwise.
fn modifiers(action: Action) -> Modifiers {
    match action {
        Action::Undo | Action::Redo => Modifiers::COMMAND,
        _ => Modifiers::NONE,
    }
}

/// Whether the action's keys also work while a text box has the keyboard (function keys do;
/// letters, Space and the arrows belong to the text).
fn works_while_typing(action: Action) -> bool {
    action
        .keys()
        .iter()
        .all(|k| matches!(k, Key::F1 | Key::F2 | Key::F3 | Key::F4 | Key::F5 | Key::F6))
}

/// The actions whose keys were pressed this frame in `ctx`'s current window.
/// While a text box has the keyboard only function keys count; undo and redo are left to a
/// text box that has text in it (see [`undo_redo_pressed`]).
pub fn pressed(ctx: &egui::Context) -> Vec<Action> {
    let typing = ctx.egui_wants_keyboard_input();
    ctx.input_mut(|input| {
        let mut out = Vec::new();
        // Ctrl+Shift+Z is redo: check it before Ctrl+Z, which would also match it.
        if !typing && input.consume_key(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z) {
            out.push(Action::Redo);
        }
        for action in Action::ALL {
            if typing && !works_while_typing(action) {
                continue;
            }
            for key in action.keys() {
                while input.consume_key(modifiers(action), *key) {
                    out.push(action);
                }
            }
        }
        out
    })
}

/// Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) pressed this frame, consumed: for an empty note box,
/// where they undo and redo notes rather than typing.
pub fn undo_redo_pressed(ctx: &egui::Context) -> Option<Action> {
    ctx.input_mut(|input| {
        if input.consume_key(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)
            || input.consume_key(Modifiers::COMMAND, Key::Y)
        {
            Some(Action::Redo)
        } else if input.consume_key(Modifiers::COMMAND, Key::Z) {
            Some(Action::Undo)
        } else {
            None
        }
    })
}
