//! When the window is closed while the café's last changes cannot be saved (the folder became
//! read-only, the stick was pulled out), say so and offer the three honest choices: keep trying,
//! save a copy somewhere else, or quit and lose them. It is a panel, not a blocking dialog.

use std::path::{Path, PathBuf};

use egui::RichText;

use super::command::{CloseChoice, Commands, Request};
use super::text::t;
use super::widgets::{FilePicker, PickMode, path_picker_ui};

/// The choices being shown, and what the person typed.
pub struct ClosingState {
    error: String,
    /// Where a copy would go by default: the home folder, or beside the café's file.
    folder: PathBuf,
    typed: String,
    picker: FilePicker,
    copy_error: Option<String>,
}

impl ClosingState {
    pub fn new(error: String, session: &Path) -> Self {
        let folder = directories::UserDirs::new()
            .map(|d| d.home_dir().to_owned())
            .or_else(|| session.parent().map(Path::to_owned))
            .unwrap_or_default();
        let name = session.file_name().map_or_else(
            || "cafe.ron".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        Self {
            error,
            typed: folder.join(name).display().to_string(),
            folder,
            picker: FilePicker::default(),
            copy_error: None,
        }
    }

    /// Saving the copy failed: say why and let the person try another place.
    pub fn failed(&mut self, error: String) {
        self.copy_error = Some(error);
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, commands: &mut Commands) {
        egui::Panel::top("closing")
            .frame(
                egui::Frame::default()
                    .fill(super::theme::ERROR_BG)
                    .inner_margin(12.0),
            )
            .show(ui, |ui| {
                let ink = super::theme::ERROR_TEXT;
                ui.label(
                    RichText::new(t(ui, "closing-heading"))
                        .size(22.0)
                        .strong()
                        .color(ink),
                );
                ui.label(RichText::new(&self.error).color(ink));
                ui.horizontal_wrapped(|ui| {
                    if ui.button(t(ui, "closing-keep-trying")).clicked() {
                        commands.push(Request::Closing(CloseChoice::KeepTrying));
                    }
                    if ui.button(t(ui, "closing-quit-anyway")).clicked() {
                        commands.push(Request::Closing(CloseChoice::QuitAnyway));
                    }
                });
                ui.label(t(ui, "closing-save-copy-intro"));
                if let Some(path) = path_picker_ui(
                    ui,
                    &mut self.picker,
                    &mut self.typed,
                    &t(ui, "closing-save-copy-title"),
                    &self.folder,
                    &t(ui, "closing-save-copy"),
                    PickMode::Save,
                ) {
                    commands.push(Request::Closing(CloseChoice::SaveCopy(path)));
                }
                if let Some(e) = &self.copy_error {
                    ui.label(RichText::new(e).color(ink).strong());
                }
            });
    }
}
