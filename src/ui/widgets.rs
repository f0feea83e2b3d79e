//! Small pieces shared by the screens.

use egui::{Color32, RichText, Ui};

use super::Intent;
use crate::store::saver::SaveStatus;

/// Dismissible messages at the top of the window, where the user is looking.
pub fn notices_ui(ui: &mut Ui, notices: &[String], intents: &mut Vec<Intent>) {
    if notices.is_empty() {
        return;
    }
    egui::Panel::top("notices")
        .frame(
            egui::Frame::default()
                .fill(Color32::from_rgb(0xFF, 0xF4, 0xD6))
                .inner_margin(8.0),
        )
        .show(ui, |ui| {
            for (i, text) in notices.iter().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    if ui.button("Dismiss").clicked() {
                        intents.push(Intent::DismissNotice(i));
                    }
                    ui.label(RichText::new(text).color(Color32::from_rgb(0x5A, 0x36, 0x00)));
                });
            }
        });
}

/// "Saved 19:04:12", "Saving…", or the error in plain words.
pub fn save_status_ui(ui: &mut Ui, status: &SaveStatus, revision: u64, read_only: Option<&str>) {
    if let Some(reason) = read_only {
        ui.label(
            RichText::new("Read-only")
                .strong()
                .color(Color32::from_rgb(0x8A, 0x4B, 0x00)),
        )
        .on_hover_text(reason);
        return;
    }
    if let Some(error) = &status.error {
        ui.label(
            RichText::new(error)
                .strong()
                .color(Color32::from_rgb(0xB0, 0x00, 0x20)),
        );
        return;
    }
    match (status.saved_revision, status.saved_at) {
        (Some(saved), Some(at)) if saved >= revision => {
            let same_day = at.date_naive() == chrono::Local::now().date_naive();
            let when = if same_day {
                at.format("%H:%M:%S")
            } else {
                at.format("%-d %b %H:%M")
            };
            ui.label(
                RichText::new(format!("Saved {when}")).color(Color32::from_rgb(0x1E, 0x5E, 0x20)),
            );
        }
        (Some(_), None) => {
            ui.label("No changes yet");
        }
        _ => {
            ui.label("Saving…");
        }
    }
}
