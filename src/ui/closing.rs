//! When the window is closed while something is not saved, say what, as it is now, and offer
//! the choices that can work: the café's last changes not in its file yet (keep trying, save a
//! copy elsewhere, or quit), saving stopped for good after a lost lock (save a copy, or close
//! with the newest work in the recovery copy), or only half-typed notes not kept (the café is
//! saved). It is a panel, not a blocking dialog; the app closes by itself once all is saved.

use std::path::{Path, PathBuf};

use egui::RichText;

use super::command::{CloseChoice, Commands, Request};
use super::text::{t, ta};
use super::trouble;
use super::widgets::{FilePicker, PickMode, path_picker_ui};
use crate::session::Unsaved;

/// The choices being shown, and what the person typed.
pub struct ClosingState {
    unsaved: Unsaved,
    /// The café's file.
    file: PathBuf,
    /// Where a copy would go by default: the home folder, or beside the café's file.
    folder: PathBuf,
    typed: String,
    picker: FilePicker,
    copy_error: Option<String>,
}

impl ClosingState {
    pub fn new(unsaved: Unsaved, session: &Path) -> Self {
        let folder = directories::UserDirs::new()
            .map(|d| d.home_dir().to_owned())
            .or_else(|| session.parent().map(Path::to_owned))
            .unwrap_or_default();
        let name = session.file_name().map_or_else(
            || "cafe.ron".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        Self {
            unsaved,
            file: session.to_owned(),
            typed: folder.join(name).display().to_string(),
            folder,
            picker: FilePicker::default(),
            copy_error: None,
        }
    }

    /// What is not saved now (it changes while the panel is shown).
    pub fn update(&mut self, unsaved: Unsaved) {
        self.unsaved = unsaved;
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
                let say = |ui: &mut egui::Ui, text: String| {
                    ui.label(RichText::new(text).color(ink));
                };
                let lang = super::text::language(ui.ctx());
                let (heading, recovery) = match &self.unsaved {
                    Unsaved::Drafts { .. } => ("closing-heading-drafts", None),
                    Unsaved::Retrying { recovery, .. } => ("closing-heading", recovery.as_ref()),
                    Unsaved::Stopped { recovery, .. } => {
                        ("closing-heading-stopped", recovery.as_ref())
                    }
                };
                ui.label(RichText::new(t(ui, heading)).size(22.0).strong().color(ink));
                let why = trouble::unsaved(lang, &self.unsaved, &self.file);
                say(ui, why);
                let drafts_only = matches!(self.unsaved, Unsaved::Drafts { .. });
                let stopped = matches!(self.unsaved, Unsaved::Stopped { .. });
                if drafts_only {
                    say(ui, t(ui, "closing-drafts-explain"));
                }
                if stopped {
                    say(ui, t(ui, "closing-stopped-explain"));
                }
                if let Some(copy) = recovery.filter(|_| !drafts_only) {
                    let copy = copy.display().to_string();
                    say(ui, ta(ui, "closing-kept-in-copy", &[("copy", copy.into())]));
                }
                ui.horizontal_wrapped(|ui| {
                    // After a lost lock, trying again can never save to the file.
                    if !stopped && ui.button(t(ui, "closing-keep-trying")).clicked() {
                        commands.push(Request::Closing(CloseChoice::KeepTrying));
                    }
                    let quit = if drafts_only {
                        "closing-quit-drafts"
                    } else if recovery.is_some() {
                        "closing-close-kept"
                    } else {
                        "closing-quit-anyway"
                    };
                    if ui.button(t(ui, quit)).clicked() {
                        commands.push(Request::Closing(CloseChoice::QuitAnyway));
                    }
                });
                if drafts_only {
                    return;
                }
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
