//! The Home screen: start a café from a guide, resume one in progress, or open a session file.

use std::path::PathBuf;

use chrono::NaiveDate;
use egui::{Color32, RichText, Ui};

use super::command::{AppCommand, RecoverChoice};
use super::widgets::{FilePicker, path_picker_ui};
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
    /// The series this café belongs to (empty: the guide's title).
    series: String,
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
            series: String::new(),
            tables: 6,
            table_mode_number: 1,
            path: String::new(),
            picker: FilePicker::default(),
        };
        state.refresh(data);
        state
    }

    /// Read the guides and sessions again after a café closes, and set the form for a new café
    /// dated `today` (never the last café's title and date).
    pub fn refresh_for(&mut self, data: &DataDir, today: NaiveDate) {
        self.date = today.format("%Y-%m-%d").to_string();
        self.title_edited = false;
        self.venue.clear();
        self.refresh(data);
        self.select(self.selected);
    }

    /// Read the guides and sessions again.
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

    pub fn ui(
        &mut self,
        ui: &mut Ui,
        recoveries: &[PendingRecovery],
        lang: crate::i18n::Lang,
        commands: &mut Vec<AppCommand>,
    ) {
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                ui.heading(RichText::new("Café Host").size(34.0).strong());
                ui.label("Run a Parent Café: the questions on the projector, your notes beside them, and everything saved as you go.");
                language_ui(ui, lang, commands);
                let past = AppCommand::ShowPastCafes;
                if ui
                    .button(RichText::new(past.button_text_as("Review past cafés")).size(18.0))
                    .on_hover_text(past.tooltip())
                    .clicked()
                {
                    commands.push(past);
                }
                ui.add_space(12.0);
                recoveries_ui(ui, recoveries, commands);
                ui.columns(2, |cols| {
                    let left = egui::Layout::top_down(egui::Align::Min);
                    cols[0].with_layout(left, |ui| self.start_ui(ui, commands));
                    cols[1].with_layout(left, |ui| self.resume_ui(ui, commands));
                });
            });
        });
    }

    fn start_ui(&mut self, ui: &mut Ui, commands: &mut Vec<AppCommand>) {
        ui.label(RichText::new("Start a new café").size(24.0).strong());
        ui.label(RichText::new("1. Choose a guide").strong());
        let mut clicked = None;
        for (i, entry) in self.guides.iter().enumerate() {
            match &entry.guide {
                Ok(guide) => {
                    let on = self.selected == Some(i);
                    let text = format!(
                        "{}  ·  {}",
                        guide.title,
                        crate::i18n::count(
                            crate::i18n::Lang::ENGLISH,
                            "questions-count",
                            guide.questions.len()
                        )
                    );
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
                labelled_edit(ui, "Series (empty: the guide)", &mut self.series);
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
            commands.push(AppCommand::Start {
                guide: Box::new(guide.clone()),
                details: SessionDetails {
                    title: self.title.trim().to_owned(),
                    date,
                    venue: self.venue.trim().to_owned(),
                    facilitator: self.facilitator.trim().to_owned(),
                    tables: self.tables.clamp(1, MAX_TABLES),
                    series: self.series.trim().to_owned(),
                },
            });
        }
    }

    fn resume_ui(&mut self, ui: &mut Ui, commands: &mut Vec<AppCommand>) {
        ui.label(RichText::new("Recent cafés").size(24.0).strong());
        if self.sessions.is_empty() {
            ui.label(RichText::new("No cafés yet: start one on the left.").italics());
        } else {
            ui.horizontal(|ui| {
                let label = ui.label("A laptop for one table? Table number:");
                ui.add(egui::DragValue::new(&mut self.table_mode_number).range(1..=MAX_TABLES))
                    .labelled_by(label.id);
            });
        }
        let shown = self.sessions.len().min(RECENT);
        egui::ScrollArea::vertical()
            .id_salt("recent")
            .max_height(ui.available_height() * 0.6)
            .show(ui, |ui| {
                for summary in &self.sessions[..shown] {
                    self.recent_ui(ui, summary, commands);
                }
            });
        if self.sessions.len() > shown {
            ui.label(
                RichText::new(format!(
                    "and {} older café(s) in {}",
                    self.sessions.len() - shown,
                    self.sessions_dir.display()
                ))
                .small(),
            );
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
            super::widgets::PickMode::Open,
        ) {
            commands.push(AppCommand::Open(path));
        }
    }
}

impl HomeState {
    /// One café in the recent list: in progress (resume, or one table) or finished (open).
    fn recent_ui(&self, ui: &mut Ui, summary: &SessionSummary, commands: &mut Vec<AppCommand>) {
        ui.group(|ui| match &summary.info {
            Ok(info) => {
                ui.horizontal_wrapped(|ui| {
                    let open = if info.finished { "Open" } else { "Resume" };
                    if ui.button(open).clicked() {
                        commands.push(AppCommand::Open(summary.path.clone()));
                    }
                    if !info.finished {
                        let table_mode = format!("Table {} only", self.table_mode_number);
                        if ui
                            .button(table_mode)
                            .on_hover_text(AppCommand::OpenTable(PathBuf::new(), 0).tooltip())
                            .clicked()
                        {
                            commands.push(AppCommand::OpenTable(
                                summary.path.clone(),
                                self.table_mode_number,
                            ));
                        }
                    }
                    ui.label(RichText::new(&info.title).strong().size(18.0));
                });
                let state = if info.finished {
                    "finished".to_owned()
                } else {
                    format!("in progress, at {}", info.step_label)
                };
                let mut line = format!("{} · {state}", info.date.format("%a %-d %b %Y"));
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
}

/// Choose the language of the app's words.
fn language_ui(ui: &mut Ui, lang: crate::i18n::Lang, commands: &mut Vec<AppCommand>) {
    let about = AppCommand::SetLanguage(lang);
    egui::ComboBox::from_label(about.label())
        .selected_text(lang.name())
        .show_ui(ui, |ui| {
            for other in crate::i18n::Lang::all() {
                if ui.selectable_label(other == lang, other.name()).clicked() {
                    commands.push(AppCommand::SetLanguage(other));
                }
            }
        })
        .response
        .on_hover_text(about.tooltip());
}

/// How many recent cafés Home lists.
const RECENT: usize = 12;

fn labelled_edit(ui: &mut Ui, label: &str, text: &mut String) -> egui::Response {
    let label = ui.label(label);
    ui.add(egui::TextEdit::singleline(text).desired_width(280.0))
        .labelled_by(label.id)
}

/// One box per recovery copy, with the three choices. Nothing is removed until one is picked.
fn recoveries_ui(ui: &mut Ui, recoveries: &[PendingRecovery], commands: &mut Vec<AppCommand>) {
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
                            commands.push(AppCommand::Recover(i, choice));
                        }
                    }
                });
            });
        ui.add_space(8.0);
    }
}
