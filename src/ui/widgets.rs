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

/// A file chooser that runs on its own thread: a slow or missing system dialog never freezes
/// the app, and when there is no dialog at all it simply returns nothing, like Cancel.
#[derive(Default)]
pub struct FilePicker {
    waiting: Option<std::sync::mpsc::Receiver<Option<std::path::PathBuf>>>,
}

impl FilePicker {
    pub fn is_waiting(&self) -> bool {
        self.waiting.is_some()
    }

    /// Show the chooser for café files, starting in `dir`.
    pub fn open(&mut self, ctx: &egui::Context, title: &str, dir: std::path::PathBuf) {
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        let title = title.to_owned();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let picked = rfd::FileDialog::new()
                    .set_title(title)
                    .add_filter("Café session", &["ron"])
                    .set_directory(dir)
                    .pick_file();
                let _ = tx.send(picked);
                ctx.request_repaint();
            });
        if spawned.is_ok() {
            self.waiting = Some(rx);
        }
    }

    /// The chosen file, once the chooser has closed with one.
    pub fn poll(&mut self) -> Option<std::path::PathBuf> {
        let rx = self.waiting.as_ref()?;
        match rx.try_recv() {
            Ok(picked) => {
                self.waiting = None;
                picked
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.waiting = None;
                None
            }
        }
    }
}

/// "Choose a file…" plus a typed-path box and a button; returns the path to use, if any.
pub fn path_picker_ui(
    ui: &mut Ui,
    picker: &mut FilePicker,
    typed: &mut String,
    title: &str,
    dir: &std::path::Path,
    action: &str,
) -> Option<std::path::PathBuf> {
    let mut chosen = picker.poll();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(!picker.is_waiting(), egui::Button::new("Choose a file…"))
            .clicked()
        {
            picker.open(ui.ctx(), title, dir.to_owned());
        }
        if picker.is_waiting() {
            ui.label("Waiting for the file chooser…");
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("or type its path:");
        let edit = ui
            .add(
                egui::TextEdit::singleline(typed)
                    .hint_text("/path/to/session.ron")
                    .desired_width(240.0),
            )
            .labelled_by(label.id);
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let clicked = ui
            .add_enabled(!typed.trim().is_empty(), egui::Button::new(action))
            .clicked();
        if (clicked || enter) && !typed.trim().is_empty() {
            chosen = Some(std::path::PathBuf::from(typed.trim()));
        }
    });
    chosen
}
