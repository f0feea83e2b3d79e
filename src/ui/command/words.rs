//! The key list in words: for the F1 overlay and the README.

use egui::{Key, KeyboardShortcut};

use super::{AppCommand, Chord, Place, Places, Typing};

/// A key chord as a person reads it: "Ctrl+Z", "Page Down", "?".
pub fn chord_text(shortcut: KeyboardShortcut) -> String {
    let mut out = String::new();
    let m = shortcut.modifiers;
    if m.command || m.ctrl || m.mac_cmd {
        out.push_str(if cfg!(target_os = "macos") {
            "Cmd+"
        } else {
            "Ctrl+"
        });
    }
    if m.alt {
        out.push_str("Alt+");
    }
    if m.shift {
        out.push_str("Shift+");
    }
    let key = match shortcut.logical_key {
        Key::PageDown => "Page Down",
        Key::PageUp => "Page Up",
        Key::ArrowRight => "Right arrow",
        Key::ArrowLeft => "Left arrow",
        Key::ArrowUp => "Up arrow",
        Key::ArrowDown => "Down arrow",
        Key::Space => "Space",
        Key::Escape => "Esc",
        Key::Enter => "Enter",
        Key::Plus => "+",
        Key::Equals => "=",
        Key::Minus => "-",
        Key::Period => ".",
        Key::Comma => ",",
        Key::Questionmark => "?",
        other => other.name(),
    };
    out.push_str(key);
    out
}

/// One row of the key list: commands that differ only in their number (Ctrl+1 … Ctrl+9)
/// share a row.
pub struct KeyRow {
    pub keys: String,
    pub command: AppCommand,
}

/// The key list, in the order shown.
pub fn key_rows() -> Vec<KeyRow> {
    let mut rows: Vec<(AppCommand, Vec<String>)> = Vec::new();
    for command in AppCommand::keyed() {
        let keys = command.keys_text();
        match rows.last_mut() {
            Some((last, all)) if last.tooltip() == command.tooltip() => all.push(keys),
            _ => rows.push((command, vec![keys])),
        }
    }
    rows.into_iter()
        .map(|(command, keys)| {
            let keys = match keys.as_slice() {
                [one] => one.clone(),
                [first, .., last] => format!("{first} … {last}"),
                [] => String::new(),
            };
            KeyRow { keys, command }
        })
        .collect()
}

/// The key list as a Markdown table: the README's copy is compared with this in a test.
pub fn key_table_markdown() -> String {
    let mut out = String::from(
        "| Keys | What they do | Where | While typing in a box |\n|---|---|---|---|\n",
    );
    for row in key_rows() {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            row.keys.replace('|', "\\|"),
            row.command.tooltip(),
            places_text(row.command.meta().places),
            typing_text(&row.command)
        ));
    }
    out
}

/// Where a command's keys work, in words.
pub fn places_text(places: Places) -> String {
    if places == Places::ALL {
        return "everywhere".to_owned();
    }
    if places == Places::CAFE {
        return "an open café (not table mode)".to_owned();
    }
    [
        (Place::Presenter, "presenter"),
        (Place::Tables, "tables"),
        (Place::Harvest, "harvest"),
        (Place::SignIn, "sign-in"),
        (Place::TableMode, "table mode"),
        (Place::PastCafes, "past cafés"),
    ]
    .iter()
    .filter(|(p, _)| places.contains(*p))
    .map(|(_, name)| *name)
    .collect::<Vec<_>>()
    .join(", ")
}

/// Which of a command's keys still work while a text box has the keyboard, in words.
pub fn typing_text(command: &AppCommand) -> String {
    let chords = command.meta().chords;
    let words = |t: Typing| match t {
        Typing::NotWhileTyping => None,
        Typing::Always => Some("yes"),
        Typing::InNoteBox => Some("in the note box"),
        Typing::EmptyNoteBox => Some("in an empty note box"),
        Typing::InNoteEdit => Some("while editing a note"),
        Typing::InNameSuggestions => Some("in the name box, people listed"),
    };
    let working: Vec<&Chord> = chords
        .iter()
        .filter(|c| words(c.typing).is_some())
        .collect();
    if working.is_empty() {
        return "no".to_owned();
    }
    if working.len() == chords.len() {
        return words(working[0].typing).unwrap_or("no").to_owned();
    }
    let keys: Vec<String> = working.iter().map(|c| chord_text(c.shortcut)).collect();
    format!("{} only", keys.join(", "))
}
