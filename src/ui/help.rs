//! The key list (F1 or ?), read from the command table. It never blocks the café: keys keep
//! working under it, and it fits and scrolls in any window size.

use egui::RichText;

use crate::i18n::tr;

use super::command::{AppCommand, Commands, Place, key_rows, typing_text, where_text};

/// The mark before the keys that work on the page shown (the list's intro names it); the
/// bundled emoji font has it, so it shows on a computer with no fonts of its own.
const HERE: &str = "✔";

pub fn ui(ctx: &egui::Context, place: Place, lang: crate::i18n::Lang, commands: &mut Commands) {
    let screen = ctx.content_rect();
    let size = egui::vec2(
        (screen.width() - 40.0).clamp(300.0, 1000.0),
        (screen.height() - 90.0).max(200.0),
    );
    egui::Window::new(tr(lang, "help-title"))
        .id(egui::Id::unique("key list"))
        .collapsible(false)
        .resizable(false)
        .fixed_size(size)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.horizontal_wrapped(|ui| {
                if ui
                    .button(AppCommand::Help.button_text_as(lang, &tr(lang, "help-close")))
                    .clicked()
                {
                    commands.push(AppCommand::Help);
                }
                ui.label(tr(lang, "help-intro"));
            });
            ui.separator();
            let column = (size.x - 40.0) / 4.0;
            crate::ui::steady::Scroll::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    egui::Grid::new("keys")
                        .striped(true)
                        .num_columns(4)
                        .min_col_width(column * 0.6)
                        .max_col_width(column * 1.15)
                        .show(ui, |ui| {
                            for head in [
                                "help-head-keys",
                                "help-head-what",
                                "help-head-where",
                                "help-head-typing",
                            ] {
                                ui.label(RichText::new(tr(lang, head)).strong());
                            }
                            ui.end_row();
                            for row in key_rows(lang) {
                                let command = row.command;
                                let meta = command.meta();
                                // Marked, not only brighter: the default fonts have no bold,
                                // and colour must never be the only sign.
                                let keys = if meta.places.contains(place) {
                                    RichText::new(format!("{HERE} {}", row.keys)).strong()
                                } else {
                                    RichText::new(&row.keys).weak()
                                };
                                ui.add(egui::Label::new(keys).wrap());
                                ui.add(egui::Label::new(command.tooltip(lang)).wrap());
                                ui.add(egui::Label::new(where_text(lang, command)).wrap());
                                ui.add(egui::Label::new(typing_text(lang, command)).wrap());
                                ui.end_row();
                            }
                        });
                });
        });
}
