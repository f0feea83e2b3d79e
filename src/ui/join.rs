//! *Join a shared café…* on Home, for a table laptop: choose the folder the sync program
//! shares with the facilitator's laptop, see the cafés found in it, pick a table, and the
//! laptop opens in table mode, writing its own copy there and keeping one of its own.

use std::path::PathBuf;
use std::sync::mpsc::Receiver;

use crate::ui::say::{Say, said_line};
use egui::{RichText, Ui};

use super::command::{Commands, Request, SharedRequest};
use super::text::{t, ta, tn};
use super::widgets::{FilePicker, PickMode, path_picker_ui};
use crate::model::session::MAX_TABLES;
use crate::store::shared::{Found, find_cafes};

/// What looking in a folder found, or why it could not look.
type Looked = Result<Found, String>;

/// The join box's state between frames.
pub struct JoinState {
    picker: FilePicker,
    typed: String,
    /// The folder looked in, and what was found (or is being looked for).
    folder: Option<PathBuf>,
    looking: Option<Receiver<Looked>>,
    found: Option<Looked>,
    table: u32,
}

impl Default for JoinState {
    fn default() -> Self {
        Self {
            picker: FilePicker::default(),
            typed: String::new(),
            folder: None,
            looking: None,
            found: None,
            table: 1,
        }
    }
}

impl JoinState {
    /// Look for cafés in `folder` on a thread of its own (a network share can be slow).
    fn look(&mut self, ctx: &egui::Context, folder: PathBuf) {
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        let looked = folder.clone();
        let spawned = std::thread::Builder::new()
            .name("find-shared-cafes".into())
            .spawn(move || {
                if tx.send(find_cafes(&looked)).is_ok() {
                    ctx.request_repaint();
                }
            });
        self.folder = Some(folder);
        match spawned {
            Ok(_) => {
                self.looking = Some(rx);
                self.found = None;
            }
            Err(e) => self.found = Some(Err(e.to_string())),
        }
    }

    /// Draw the join box.
    pub fn ui(&mut self, ui: &mut Ui, commands: &mut Commands) {
        if let Some(rx) = &self.looking
            && let Ok(looked) = rx.try_recv()
        {
            self.found = Some(looked);
            self.looking = None;
        }
        egui::CollapsingHeader::new(RichText::new(t(ui, "join-heading")).strong())
            .id_salt("join a shared café")
            .show(ui, |ui| {
                ui.say(t(ui, "join-intro"));
                let home = directories::UserDirs::new()
                    .map(|d| d.home_dir().to_owned())
                    .unwrap_or_default();
                if let Some(folder) = path_picker_ui(
                    ui,
                    &mut self.picker,
                    &mut self.typed,
                    &t(ui, "join-choose-title"),
                    &home,
                    &t(ui, "join-look"),
                    PickMode::Folder,
                ) {
                    self.look(ui.ctx(), folder);
                }
                if self.looking.is_some() {
                    ui.say(t(ui, "join-looking"));
                }
                self.found_ui(ui, commands);
            });
    }

    fn found_ui(&mut self, ui: &mut Ui, commands: &mut Commands) {
        let folder = self
            .folder
            .as_ref()
            .map_or_else(String::new, |f| f.display().to_string());
        match &self.found {
            None => {}
            Some(Err(e)) => {
                ui.say(
                    RichText::new(ta(ui, "join-cannot-look", &[("error", e.as_str().into())]))
                        .color(super::theme::ERROR_TEXT),
                );
            }
            Some(Ok(found)) => {
                if found.cafes.is_empty() {
                    ui.say(
                        RichText::new(ta(ui, "join-none", &[("folder", folder.into())])).italics(),
                    );
                }
                for problem in &found.problems {
                    let lang = super::text::language(ui.ctx());
                    let error = super::trouble::file_error(lang, problem);
                    ui.say(
                        RichText::new(ta(ui, "join-unreadable", &[("error", error.into())]))
                            .small(),
                    );
                }
                if !found.cafes.is_empty() {
                    ui.horizontal(|ui| {
                        let label = ui.say(t(ui, "join-table-number"));
                        ui.add(egui::DragValue::new(&mut self.table).range(1..=MAX_TABLES))
                            .labelled_by(label.id);
                    });
                }
                for cafe in &found.cafes {
                    let session = &cafe.session;
                    ui.group(|ui| {
                        ui.say(RichText::new(&session.details.title).strong().size(18.0));
                        let date = session.details.date.format("%Y-%m-%d").to_string();
                        ui.say(ta(
                            ui,
                            "join-cafe-line",
                            &[
                                ("date", date.into()),
                                ("computer", cafe.computer.as_str().into()),
                                (
                                    "tables",
                                    tn(ui, "tables-count", session.tables.len()).into(),
                                ),
                            ],
                        ));
                        let has_table = session.tables.iter().any(|t| t.number == self.table);
                        let join = ta(ui, "join-as-table", &[("number", self.table.into())]);
                        if ui
                            .add_enabled(has_table, egui::Button::new(said_line(ui, join)))
                            .clicked()
                        {
                            commands.push(Request::Shared(SharedRequest::Join {
                                folder: cafe.folder.clone(),
                                table: self.table,
                            }));
                        }
                        if !has_table {
                            ui.say(
                                RichText::new(ta(
                                    ui,
                                    "join-no-such-table",
                                    &[("number", self.table.into())],
                                ))
                                .small(),
                            );
                        }
                    });
                }
            }
        }
    }
}
