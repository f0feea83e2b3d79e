//! The Home screen: start a café from a guide, resume one in progress, or open a session file.

use std::path::PathBuf;

use chrono::NaiveDate;
use egui::{Color32, RichText, Ui};

use super::widgets::{FilePicker, path_picker_ui};
use super::{Intent, RecoverChoice};
use crate::model::SessionDetails;
use crate::model::session::MAX_TABLES;
use crate::store::DataDir;
use crate::store::catalog::{GuideEntry, SessionSummary, list_guides, list_sessions};
use crate::store::recovery::PendingRecovery;

/// What the Home screen remembers between frames.
pub struct HomeState {
    guides: Vec<GuideEntry>,
    sessions: Vec<SessionSummary>,
    sessions_dir: PathBuf,
    selected: Option<usize>,
    title: String,
    title_edited: bool,
    date: String,
    venue: String,
    facilitator: String,
    tables: u32,
    /// The table a laptop in table mode takes notes for.
    table_mode_number: u32,
    path: String,
    picker: FilePicker,
}

const RED: Color32 = Color32::from_rgb(0xB0, 0x00, 0x20);

impl HomeState {
    pub fn new(data: &DataDir, today: NaiveDate) -> Self {
        let mut state = Self {
            guides: Vec::new(),
            sessions: Vec::new(),
            sessions_dir: data.sessions(),
            selected: None,
            title: String::new(),
            title_edited: false,
            date: today.format("%Y-%m-%d").to_string(),
            venue: String::new(),
            facilitator: String::new(),
            tables: 6,
            table_mode_number: 1,
            path: String::new(),
            picker: FilePicker::default(),
        };
        state.refresh(data);
        state
    }

    /// Read the guides and sessions again (after a café closes, or on request).
    pub fn refresh(&mut self, data: &DataDir) {
        self.guides = list_guides(&data.guides());
        self.sessions = list_sessions(&data.sessions());
        self.sessions_dir = data.sessions();
        if self
            .selected
            .is_none_or(|i| self.guides.get(i).is_none_or(|g| g.guide.is_err()))
        {
            let first = self.guides.iter().position(|g| g.guide.is_ok());
            self.select(first);
        }
    }

    fn select(&mut self, index: Option<usize>) {
        self.selected = index;
        if !self.title_edited
            && let Some(Ok(guide)) = index.and_then(|i| self.guides.get(i)).map(|g| &g.guide)
        {
            self.title = guide.title.clone();
        }
    }

    pub fn ui(&mut self, ui: &mut Ui, recoveries: &[PendingRecovery], intents: &mut Vec<Intent>) {
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                ui.heading(RichText::new("Café Host").size(34.0).strong());
                ui.label("Run a Parent Café: the questions on the projector, your notes beside them, and everything saved as you go.");
                ui.add_space(12.0);
                recoveries_ui(ui, recoveries, intents);
                ui.columns(2, |cols| {
                    self.start_ui(&mut cols[0], intents);
                    self.resume_ui(&mut cols[1], intents);
                });
            });
        });
    }

    fn start_ui(&mut self, ui: &mut Ui, intents: &mut Vec<Intent>) {
        ui.label(RichText::new("Start a new café").size(24.0).strong());
        ui.label(RichText::new("1. Choose a guide").strong());
        let mut clicked = None;
        for (i, entry) in self.guides.iter().enumerate() {
            match &entry.guide {
                Ok(guide) => {
                    let on = self.selected == Some(i);
                    let text = format!("{}  ·  {} questions", guide.title, guide.questions.len());
                    if ui
                        .add(egui::Button::selectable(on, RichText::new(text).size(18.0)))
                        .on_hover_text(&guide.purpose)
                        .clicked()
                    {
                        clicked = Some(i);
                    }
                }
                Err(e) => {
                    ui.label(
                        RichText::new(format!("{} cannot be used", entry.name()))
                            .color(RED)
                            .strong(),
                    );
                    ui.label(RichText::new(e.plain()).color(RED).small());
                }
            }
        }
        if let Some(i) = clicked {
            self.select(Some(i));
        }
        if let Some(Ok(guide)) = self
            .selected
            .and_then(|i| self.guides.get(i))
            .map(|g| &g.guide)
        {
            ui.label(RichText::new(&guide.purpose).italics());
        }
        ui.add_space(8.0);
        ui.label(RichText::new("2. About this café").strong());
        let mut problems = Vec::new();
        egui::Grid::new("details")
            .num_columns(2)
            .spacing([10.0, 8.0])
            .show(ui, |ui| {
                if labelled_edit(ui, "Title", &mut self.title).changed() {
                    self.title_edited = true;
                }
                ui.end_row();
                labelled_edit(ui, "Date (YYYY-MM-DD)", &mut self.date);
                ui.end_row();
                labelled_edit(ui, "Venue", &mut self.venue);
                ui.end_row();
                labelled_edit(ui, "Facilitator", &mut self.facilitator);
                ui.end_row();
                let label = ui.label("Number of tables");
                ui.add(egui::DragValue::new(&mut self.tables).range(1..=MAX_TABLES))
                    .labelled_by(label.id);
                ui.end_row();
            });
        let date = NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d");
        if date.is_err() {
            problems.push("Write the date as year-month-day, for example 2026-11-24.");
        }
        if self.title.trim().is_empty() {
            problems.push("Give the café a title.");
        }
        let guide = self
            .selected
            .and_then(|i| self.guides.get(i))
            .and_then(|g| g.guide.as_ref().ok());
        if guide.is_none() {
            problems.push("Choose a guide.");
        }
        for p in &problems {
            ui.label(RichText::new(*p).color(RED));
        }
        ui.add_space(6.0);
        let start = ui.add_enabled(
            problems.is_empty(),
            egui::Button::new(RichText::new("Start the café").size(22.0).strong()),
        );
        if start.clicked()
            && let (Some(guide), Ok(date)) = (guide, date)
        {
            intents.push(Intent::Start {
                guide: Box::new(guide.clone()),
                details: SessionDetails {
                    title: self.title.trim().to_owned(),
                    date,
                    venue: self.venue.trim().to_owned(),
                    facilitator: self.facilitator.trim().to_owned(),
                    tables: self.tables.clamp(1, MAX_TABLES),
                    series: String::new(),
                },
            });
        }
    }

    fn resume_ui(&mut self, ui: &mut Ui, intents: &mut Vec<Intent>) {
        ui.label(RichText::new("Carry on").size(24.0).strong());
        let in_progress: Vec<&SessionSummary> = self
            .sessions
            .iter()
            .filter(|s| s.info.as_ref().map_or(true, |i| !i.finished))
            .collect();
        if in_progress.is_empty() {
            ui.label(RichText::new("No cafés in progress.").italics());
        } else {
            ui.horizontal(|ui| {
                let label = ui.label("A laptop for one table? Table number:");
                ui.add(egui::DragValue::new(&mut self.table_mode_number).range(1..=MAX_TABLES))
                    .labelled_by(label.id);
            });
        }
        for summary in in_progress {
            ui.group(|ui| match &summary.info {
                Ok(info) => {
                    ui.horizontal(|ui| {
                        if ui.button("Resume").clicked() {
                            intents.push(Intent::Open(summary.path.clone()));
                        }
                        let table_mode = format!("Table {} only", self.table_mode_number);
                        if ui
                            .button(table_mode)
                            .on_hover_text("Table mode: only this table's notes and a big note box")
                            .clicked()
                        {
                            intents.push(Intent::OpenTable(
                                summary.path.clone(),
                                self.table_mode_number,
                            ));
                        }
                        ui.label(RichText::new(&info.title).strong().size(18.0));
                    });
                    let mut line = format!(
                        "{} · at {}",
                        info.date.format("%a %-d %b %Y"),
                        info.step_label
                    );
                    if !info.venue.is_empty() {
                        line = format!("{line} · {}", info.venue);
                    }
                    ui.label(line);
                }
                Err(e) => {
                    ui.label(
                        RichText::new("This session file cannot be opened")
                            .color(RED)
                            .strong(),
                    );
                    ui.label(RichText::new(e.plain()).color(RED).small());
                }
            });
        }
        ui.add_space(12.0);
        ui.label(RichText::new("Open a session file").strong());
        let dir = self.sessions_dir.clone();
        if let Some(path) = path_picker_ui(
            ui,
            &mut self.picker,
            &mut self.path,
            "Open a café",
            &dir,
            "Open",
        ) {
            intents.push(Intent::Open(path));
        }
    }
}

fn labelled_edit(ui: &mut Ui, label: &str, text: &mut String) -> egui::Response {
    let label = ui.label(label);
    ui.add(egui::TextEdit::singleline(text).desired_width(280.0))
        .labelled_by(label.id)
}

/// One box per recovery copy, with the three choices. Nothing is removed until one is picked.
fn recoveries_ui(ui: &mut Ui, recoveries: &[PendingRecovery], intents: &mut Vec<Intent>) {
    for (i, pending) in recoveries.iter().enumerate() {
        egui::Frame::default()
            .fill(Color32::from_rgb(0xFF, 0xF4, 0xD6))
            .inner_margin(10.0)
            .corner_radius(6.0)
            .show(ui, |ui| {
                let details = &pending.loaded.session.details;
                ui.label(
                    RichText::new(format!("A newer copy of \"{}\" is waiting", details.title))
                        .size(20.0)
                        .strong(),
                );
                let when = pending
                    .written
                    .map(|w| format!(" It was kept at {}.", w.format("%a %-d %b %H:%M:%S")))
                    .unwrap_or_default();
                ui.label(format!(
                    "This café could not be saved to {} ({}).{when} It is at step: {}.",
                    pending.original.display(),
                    pending.why,
                    pending.loaded.session.current.label()
                ));
                ui.horizontal_wrapped(|ui| {
                    let choices = [
                        (
                            RecoverChoice::Recover,
                            "Recover the newer copy",
                            "Open it and save it to the café's file",
                        ),
                        (
                            RecoverChoice::LastSaved,
                            "Open the last saved version",
                            "Open the café's file as it is; the newer copy is let go",
                        ),
                        (
                            RecoverChoice::ReadOnly,
                            "Look at the copy read-only",
                            "Change nothing yet; you can choose later",
                        ),
                    ];
                    for (choice, text, hint) in choices {
                        if ui.button(text).on_hover_text(hint).clicked() {
                            intents.push(Intent::Recover(i, choice));
                        }
                    }
                });
            });
        ui.add_space(8.0);
    }
}
