//! The key list overlay (F1 or ?). It never blocks the session: keys keep working under it.

use super::Intent;
use super::actions::Action;

pub fn ui(ctx: &egui::Context, intents: &mut Vec<Intent>) {
    egui::Window::new("Keys")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label("These keys work whenever you are not typing in a box.");
            egui::Grid::new("keys")
                .striped(true)
                .num_columns(2)
                .show(ui, |ui| {
                    for action in Action::ALL {
                        ui.label(egui::RichText::new(action.key_text()).strong());
                        ui.label(action.label());
                        ui.end_row();
                    }
                });
            if ui.button("Close (Esc)").clicked() {
                intents.push(Intent::Action(Action::Help));
            }
        });
}
