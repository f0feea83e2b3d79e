//! The key list in words: for the F1 overlay (in the person's language) and the README (in
//! English). The words come from the message catalogue.

use egui::{Key, KeyboardShortcut};

use super::{AppCommand, Chord, Place, Places, Typing};
use crate::i18n::{Lang, tr, tr_args};

/// A key chord as a person reads it in `lang`: "Ctrl+Z", "Page Down", "?".
pub fn chord_text(lang: Lang, shortcut: KeyboardShortcut) -> String {
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
        out.push_str(&tr(lang, "help-key-shift"));
        out.push('+');
    }
    let named = |message: &str| tr(lang, message);
    let key = match shortcut.logical_key {
        Key::PageDown => named("help-key-page-down"),
        Key::PageUp => named("help-key-page-up"),
        Key::ArrowRight => named("help-key-right"),
        Key::ArrowLeft => named("help-key-left"),
        Key::ArrowUp => named("help-key-up"),
        Key::ArrowDown => named("help-key-down"),
        Key::Space => named("help-key-space"),
        Key::Enter => named("help-key-enter"),
        Key::Home => named("help-key-home"),
        Key::End => named("help-key-end"),
        Key::Escape => "Esc".to_owned(),
        Key::Plus => "+".to_owned(),
        Key::Equals => "=".to_owned(),
        Key::Minus => "-".to_owned(),
        Key::Period => ".".to_owned(),
        Key::Comma => ",".to_owned(),
        Key::Questionmark => "?".to_owned(),
        other => other.name().to_owned(),
    };
    out.push_str(&key);
    out
}

/// Alternatives as one phrase in `lang`: "B or .", "Page Down or Right arrow or Space".
pub fn either(lang: Lang, items: &[String]) -> String {
    let mut iter = items.iter();
    let first = iter.next().cloned().unwrap_or_default();
    iter.fold(first, |acc, next| {
        tr_args(
            lang,
            "help-either",
            &[("first", acc.into()), ("second", next.clone().into())],
        )
    })
}

/// One row of the key list: commands that differ only in their number (Ctrl+1 … Ctrl+9)
/// share a row.
pub struct KeyRow {
    pub keys: String,
    pub command: AppCommand,
}

/// The key list, in the order shown, with the keys named in `lang`.
pub fn key_rows(lang: Lang) -> Vec<KeyRow> {
    let mut rows: Vec<(AppCommand, Vec<String>)> = Vec::new();
    for command in AppCommand::keyed() {
        let keys = command.keys_text(lang);
        match rows.last_mut() {
            Some((last, all)) if last.catalogue_key() == command.catalogue_key() => all.push(keys),
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

/// The key list as a Markdown table, in English: the README's copy is compared with this in a
/// test.
pub fn key_table_markdown() -> String {
    let lang = Lang::ENGLISH;
    let mut out = String::from(
        "| Keys | What they do | Where | While typing in a box |\n|---|---|---|---|\n",
    );
    for row in key_rows(lang) {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            row.keys.replace('|', "\\|"),
            row.command.tooltip(lang),
            where_text(lang, row.command),
            typing_text(lang, row.command)
        ));
    }
    out
}

/// Where a command's keys work, in words.
pub fn places_text(lang: Lang, places: Places) -> String {
    if places == Places::ALL {
        return tr(lang, "help-where-everywhere");
    }
    if places == Places::BUT_THE_DOOR {
        return tr(lang, "help-where-but-the-door");
    }
    if places == Places::CAFE {
        return tr(lang, "help-where-cafe");
    }
    let names: Vec<String> = [
        (Place::Presenter, "help-where-presenter"),
        (Place::Tables, "help-where-tables"),
        (Place::Harvest, "help-where-harvest"),
        (Place::SignIn, "help-where-sign-in"),
        (Place::TableMode, "help-where-table-mode"),
        (Place::PastCafes, "help-where-past-cafes"),
        (Place::GuideEditor, "help-where-guide-editor"),
        (Place::Goodbye, "help-where-goodbye"),
    ]
    .iter()
    .filter(|(p, _)| places.contains(*p))
    .map(|(_, key)| tr(lang, key))
    .collect();
    names.join(", ")
}

/// Where a command's keys work, in words, with the keys that work in fewer places named:
/// "an open café (not table mode); Right arrow or Space: presenter only".
pub fn where_text(lang: Lang, command: AppCommand) -> String {
    let meta = command.meta();
    let mut text = places_text(lang, meta.places);
    let narrower: Vec<&Chord> = meta
        .chords
        .iter()
        .filter(|c| c.places(meta.places) != meta.places)
        .collect();
    if let Some(first) = narrower.first() {
        let keys: Vec<String> = narrower
            .iter()
            .map(|c| chord_text(lang, c.shortcut))
            .collect();
        text = tr_args(
            lang,
            "help-where-keys-only",
            &[
                ("where", text.into()),
                ("keys", either(lang, &keys).into()),
                ("only", places_text(lang, first.places(meta.places)).into()),
            ],
        );
    }
    text
}

/// Which of a command's keys still work while a text box has the keyboard, in words.
pub fn typing_text(lang: Lang, command: AppCommand) -> String {
    let chords = command.meta().chords;
    let words = |t: Typing| match t {
        Typing::NotWhileTyping => None,
        Typing::Always => Some("help-typing-yes"),
        Typing::InNoteBox => Some("help-typing-note-box"),
        Typing::EmptyNoteBox => Some("help-typing-empty-note-box"),
        Typing::InNoteEdit => Some("help-typing-note-edit"),
        Typing::InNameSuggestions => Some("help-typing-name-suggestions"),
    };
    let working: Vec<&Chord> = chords
        .iter()
        .filter(|c| words(c.typing).is_some())
        .collect();
    match working.first().and_then(|c| words(c.typing)) {
        None => tr(lang, "help-typing-no"),
        Some(key) if working.len() == chords.len() => tr(lang, key),
        Some(_) => {
            let keys: Vec<String> = working
                .iter()
                .map(|c| chord_text(lang, c.shortcut))
                .collect();
            tr_args(
                lang,
                "help-typing-only",
                &[("keys", keys.join(", ").into())],
            )
        }
    }
}
