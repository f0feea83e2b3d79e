//! The key list (F1 or ?), read from the command table. It never blocks the café: keys keep
//! working under it, and it scrolls when the window is small.

use egui::RichText;

use super::command::{AppCommand, Place, key_rows, places_text, typing_text};

pub fn ui(ctx: &egui::Context, place: Place, commands: &mut Vec<AppCommand>) {
    let screen = ctx.content_rect();
    egui::Window::new("Keys")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .max_height(screen.height() - 80.0)
        .max_width((screen.width() - 60.0).min(980.0))
        .show(ctx, |ui| {
            ui.label("Keys that work here are in bold. Letters and Space never act while you type in a box.");
            egui::ScrollArea::vertical()
                .max_height(screen.height() - 200.0)
                .show(ui, |ui| {
                    egui::Grid::new("keys")
                        .striped(true)
                        .num_columns(4)
                        .show(ui, |ui| {
                            ui.label(RichText::new("Keys").strong());
                            ui.label(RichText::new("What they do").strong());
                            ui.label(RichText::new("Where").strong());
                            ui.label(RichText::new("While typing").strong());
                            ui.end_row();
                            for row in key_rows() {
                                let command = &row.command;
                                let meta = command.meta();
                                let here = meta.places.contains(place);
                                let keys = RichText::new(&row.keys);
                                ui.label(if here { keys.strong() } else { keys.weak() });
                                ui.label(meta.tooltip);
                                ui.label(places_text(meta.places));
                                ui.label(typing_text(command));
                                ui.end_row();
                            }
                        });
                });
            if ui.button(AppCommand::Help.button_text_as("Close")).clicked() {
                commands.push(AppCommand::Help);
            }
        });
}
