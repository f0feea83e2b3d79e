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
    Projector,
    Help,
    LeaveFullscreen,
}

impl Action {
    pub const ALL: [Action; 15] = [
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
        Action::Projector,
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
            Action::Projector => &[Key::F5],
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
            Action::Projector => "F5",
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
            Action::Projector => "Open or close the projector window",
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
            Action::Projector | Action::Help | Action::LeaveFullscreen => return None,
        })
    }

    /// A button label with the key in brackets, e.g. "Black (B)".
    pub fn button_text(self, text: &str) -> String {
        let first = self.key_text().split(", ").next().unwrap_or_default();
        let key = first.split(" or ").next().unwrap_or_default();
        format!("{text} ({key})")
    }
}

/// The actions whose keys were pressed this frame in `ctx`'s current window.
/// Does nothing while a text field has the keyboard.
pub fn pressed(ctx: &egui::Context) -> Vec<Action> {
    if ctx.egui_wants_keyboard_input() {
        return Vec::new();
    }
    ctx.input_mut(|input| {
        let mut out = Vec::new();
        for action in Action::ALL {
            for key in action.keys() {
                while input.consume_key(Modifiers::NONE, *key) {
                    out.push(action);
                }
            }
        }
        out
    })
}
