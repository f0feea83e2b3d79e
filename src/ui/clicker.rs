//! "Test your clicker": a panel that shows which key each button of a presentation clicker
//! sends and what that key does on the presenter. While it is open the keys are only shown,
//! so testing a clicker never moves the café or the room's screen.

use egui::{Event, Key, KeyboardShortcut, Modifiers, RichText};

use super::command::{AppCommand, Commands, Focus, Place, chord_text};
use crate::i18n::{Lang, tr};

/// The keys common presentation clickers send, with the button that sends each: Next and
/// Back send Page Down and Page Up, the slideshow button sends F5 (or Shift+F5) and then Esc,
/// and the blank-screen button sends "." or B.
const COMMON: [(&str, Modifiers, Key); 7] = [
    ("clicker-button-next", Modifiers::NONE, Key::PageDown),
    ("clicker-button-back", Modifiers::NONE, Key::PageUp),
    ("clicker-button-start", Modifiers::NONE, Key::F5),
    ("clicker-button-start", Modifiers::SHIFT, Key::F5),
    ("clicker-button-stop", Modifiers::NONE, Key::Escape),
    ("clicker-button-blank", Modifiers::NONE, Key::Period),
    ("clicker-button-blank", Modifiers::NONE, Key::B),
];

/// How many of the last keys pressed the panel lists.
const LAST: usize = 8;

/// The keys pressed while the panel is open, newest first.
#[derive(Default)]
pub struct ClickerTest {
    seen: Vec<KeyboardShortcut>,
}

/// What `shortcut` does on the presenter, in `lang`: the command's words, or that it does
/// nothing there.
fn meaning(lang: Lang, shortcut: KeyboardShortcut) -> String {
    AppCommand::for_key(
        shortcut.logical_key,
        shortcut.modifiers,
        Place::Presenter,
        Focus::Free,
    )
    .map_or_else(|| tr(lang, "clicker-nothing"), |c| c.tooltip(lang))
}

impl ClickerTest {
    /// Take this frame's keys out of `ctx`'s input and keep the presses to show.
    pub fn capture(&mut self, ctx: &egui::Context) {
        let mut pressed = Vec::new();
        ctx.input_mut(|input| {
            input.events.retain(|event| match event {
                Event::Key {
                    key,
                    modifiers,
                    pressed: true,
                    ..
                } => {
                    pressed.push(KeyboardShortcut::new(*modifiers, *key));
                    false
                }
                Event::Key { .. } | Event::Text(_) | Event::Ime(_) => false,
                _ => true,
            });
        });
        for shortcut in pressed {
            self.seen.insert(0, shortcut);
        }
        self.seen.truncate(LAST);
    }

    fn was_pressed(&self, modifiers: Modifiers, key: Key) -> bool {
        self.seen
            .iter()
            .any(|s| s.logical_key == key && s.modifiers.matches_exact(modifiers))
    }

    /// Draw the panel over the screen.
    pub fn ui(&self, ctx: &egui::Context, lang: Lang, commands: &mut Commands) {
        let screen = ctx.content_rect();
        let width = (screen.width() - 40.0).clamp(300.0, 760.0);
        egui::Window::new(tr(lang, "clicker-title"))
            .id(egui::Id::unique("clicker test"))
            .collapsible(false)
            .resizable(false)
            .default_width(width)
            .max_height((screen.height() - 80.0).max(200.0))
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                ui.horizontal_wrapped(|ui| {
                    let close = AppCommand::TestClicker;
                    if ui.button(tr(lang, "clicker-close")).clicked() {
                        commands.push(close);
                    }
                    ui.label(tr(lang, "clicker-intro"));
                });
                ui.separator();
                crate::ui::steady::Scroll::vertical().show(ui, |ui| self.tables_ui(ui, lang));
            });
    }

    fn tables_ui(&self, ui: &mut egui::Ui, lang: Lang) {
        ui.label(RichText::new(tr(lang, "clicker-common")).strong());
        egui::Grid::new("clicker keys")
            .striped(true)
            .num_columns(4)
            .show(ui, |ui| {
                for head in [
                    "clicker-head-button",
                    "clicker-head-key",
                    "clicker-head-what",
                    "clicker-head-seen",
                ] {
                    ui.label(RichText::new(tr(lang, head)).strong());
                }
                ui.end_row();
                for (button, modifiers, key) in COMMON {
                    let shortcut = KeyboardShortcut::new(modifiers, key);
                    ui.label(tr(lang, button));
                    ui.label(RichText::new(chord_text(lang, shortcut)).strong());
                    ui.add(egui::Label::new(meaning(lang, shortcut)).wrap());
                    let seen = if self.was_pressed(modifiers, key) {
                        tr(lang, "clicker-seen")
                    } else {
                        String::new()
                    };
                    ui.label(seen);
                    ui.end_row();
                }
            });
        ui.add_space(8.0);
        ui.label(RichText::new(tr(lang, "clicker-last")).strong());
        if self.seen.is_empty() {
            ui.label(RichText::new(tr(lang, "clicker-none-yet")).italics());
        }
        for shortcut in &self.seen {
            ui.label(format!(
                "{}: {}",
                chord_text(lang, *shortcut),
                meaning(lang, *shortcut)
            ));
        }
    }
}
