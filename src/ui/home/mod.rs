//! The Home screen: start a café from a guide, resume one in progress, or open a session file.
//! The guides themselves are made and kept in `guide_list`; going back to a café (the recent
//! ones, a file, a shared café) is in `resume`.

mod guide_list;
mod next_in_series;
mod resume;

use resume::RecentCafes;
mod series_plan;

use crate::ui::say::{Hint, Say, said_line};
use std::path::PathBuf;

use chrono::NaiveDate;
use egui::{Color32, RichText, Ui};

use super::command::{AppCommand, Commands, RecoverChoice, Request};
use super::guides::GuideRequest;
use super::text::{t, ta, tn};
use super::widgets::FilePicker;
use crate::model::SessionDetails;
use crate::model::session::MAX_TABLES;
use crate::store::DataDir;
use crate::store::catalog::{GuideEntry, list_guides};
use crate::store::recovery::{PendingRecovery, Why};

/// What the Home screen remembers between frames.
pub struct HomeState {
    guides: Vec<GuideEntry>,
    recent: RecentCafes,
    sessions_dir: PathBuf,
    selected: Option<usize>,
    title: String,
    title_edited: bool,
    date: String,
    venue: String,
    facilitator: String,
    /// The series this café belongs to (empty: the guide's title).
    series: String,
    /// The guide the facilitator and series were typed for: choosing another guide clears
    /// them, so the last café's series is never carried into a different guide's café.
    typed_for: Option<crate::store::catalog::GuideSource>,
    tables: u32,
    /// The table a laptop in table mode takes notes for.
    table_mode_number: u32,
    path: String,
    picker: FilePicker,
    /// Joining a café shared in a folder, as a table laptop.
    join: super::join::JoinState,
    guides_dir: PathBuf,
    drafts_dir: PathBuf,
    /// Guides with unsaved changes kept from an editor that did not close.
    guide_drafts: Vec<crate::store::guide_drafts::GuideDraft>,
    /// The last deleted guide, which can be brought back.
    deleted: Option<crate::store::guides::Deleted>,
    tools: guide_list::GuideTools,
    /// The guide whose problems the start bar has already warned about: the next press starts.
    warned: Option<PathBuf>,
    /// The series plans, and what comes next in each.
    plans: series_plan::Planner,
    /// The day a café started now is dated.
    today: NaiveDate,
}

const RED: Color32 = super::theme::palette::ALERT;

impl HomeState {
    /// The words Home shows that come from files: the guides' titles and questions, so a
    /// script no font here can show is named on Home, before a café starts.
    pub fn file_texts(&self) -> Vec<&str> {
        let mut texts = Vec::new();
        for guide in self.guides.iter().filter_map(|g| g.guide.as_ref().ok()) {
            texts.push(guide.title.as_str());
            texts.extend(guide.questions.iter().map(|q| q.text.as_str()));
        }
        texts
    }

    pub fn new(data: &DataDir, today: NaiveDate, ctx: &egui::Context) -> Self {
        let mut state = Self {
            guides: Vec::new(),
            recent: RecentCafes::new(crate::review::cache::index_dir(data), ctx),
            sessions_dir: data.sessions(),
            selected: None,
            title: String::new(),
            title_edited: false,
            date: today.format("%Y-%m-%d").to_string(),
            venue: String::new(),
            facilitator: String::new(),
            series: String::new(),
            typed_for: None,
            tables: 6,
            table_mode_number: 1,
            path: String::new(),
            picker: FilePicker::default(),
            join: super::join::JoinState::default(),
            guides_dir: data.guides(),
            drafts_dir: data.drafts(),
            guide_drafts: Vec::new(),
            deleted: None,
            tools: guide_list::GuideTools::default(),
            warned: None,
            plans: series_plan::Planner::new(data),
            today,
        };
        state.refresh(data);
        state
    }

    /// Read the guides and sessions again after a café closes, and set the form for a new café
    /// dated `today` (never the last café's title and date).
    pub fn refresh_for(&mut self, data: &DataDir, today: NaiveDate) {
        self.today = today;
        self.date = today.format("%Y-%m-%d").to_string();
        self.title_edited = false;
        self.venue.clear();
        self.refresh(data);
        self.select(self.selected);
    }

    /// Whether the recent cafés are being read (or are still to be read).
    pub fn is_reading(&self) -> bool {
        self.recent.is_reading()
    }

    /// Read the guides and the kept guide changes again, and the recent cafés once Home is
    /// shown.
    pub fn refresh(&mut self, data: &DataDir) {
        let chosen = self
            .selected
            .and_then(|i| self.guides.get(i))
            .map(|g| g.source.clone());
        self.guides = list_guides(&data.guides());
        self.recent.read_again();
        self.sessions_dir = data.sessions();
        self.guides_dir = data.guides();
        self.drafts_dir = data.drafts();
        self.guide_drafts = crate::store::guide_drafts::pending(&data.drafts());
        self.deleted = crate::store::guides::last_deleted(&data.guides());
        self.selected = chosen.and_then(|c| self.guides.iter().position(|g| g.source == c));
        if self.selected.is_none() {
            let first = self.guides.iter().position(|g| g.guide.is_ok());
            self.select(first);
        }
    }

    /// Choose the guide kept in the file at `path` (just made, renamed or brought back).
    pub fn select_file(&mut self, path: &std::path::Path) {
        let found = self.guides.iter().position(|g| g.file() == Some(path));
        if found.is_some() {
            self.select(found);
        }
    }

    fn select(&mut self, index: Option<usize>) {
        self.selected = index;
        let source = self.selected_source();
        if self.typed_for.is_some() && self.typed_for != source {
            self.facilitator.clear();
            self.series.clear();
            self.typed_for = None;
        }
        if !self.title_edited
            && let Some(Ok(guide)) = index.and_then(|i| self.guides.get(i)).map(|g| &g.guide)
        {
            self.title = guide.title.clone();
        }
    }

    /// Where the selected guide comes from (what stays the same when the guides are read
    /// again).
    fn selected_source(&self) -> Option<crate::store::catalog::GuideSource> {
        self.selected
            .and_then(|i| self.guides.get(i))
            .map(|g| g.source.clone())
    }

    pub fn ui(
        &mut self,
        ui: &mut Ui,
        recoveries: &[PendingRecovery],
        lang: crate::i18n::Lang,
        commands: &mut Commands,
    ) {
        self.recent.update(&self.sessions_dir);
        // The start button and what stops it sit in a bar at the foot of the window, so
        // they are in view on a small laptop however long the list of guides grows.
        egui::Panel::bottom("home_start")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(8.0))
            .show(ui, |ui| self.start_bar_ui(ui, commands));
        egui::CentralPanel::default().show(ui, |ui| {
            crate::ui::steady::Scroll::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.say_heading(RichText::new("Café Host").size(34.0).strong());
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            let past = AppCommand::ShowPastCafes;
                            if ui
                                .say_button(
                                    RichText::new(
                                        past.button_text_as(lang, &t(ui, "home-review-past")),
                                    )
                                    .size(18.0),
                                )
                                .hint(past.tooltip(lang))
                                .clicked()
                            {
                                commands.push(past);
                            }
                            ui.add_space(12.0);
                            language_ui(ui, lang, commands);
                        });
                    });
                    ui.say(t(ui, "home-intro"));
                    ui.add_space(12.0);
                    recoveries_ui(ui, recoveries, commands);
                    self.guide_drafts_ui(ui, commands);
                    self.next_in_series_ui(ui, commands);
                    ui.columns(2, |cols| {
                        let left = egui::Layout::top_down(egui::Align::Min);
                        cols[0].with_layout(left, |ui| self.start_ui(ui, commands));
                        cols[1].with_layout(left, |ui| self.resume_ui(ui, commands));
                    });
                });
        });
    }

    fn start_ui(&mut self, ui: &mut Ui, commands: &mut Commands) {
        ui.say(
            RichText::new(t(ui, "home-start-heading"))
                .size(24.0)
                .strong(),
        );
        self.guide_list_ui(ui, commands);
        ui.add_space(8.0);
        ui.say(RichText::new(t(ui, "home-about-heading")).strong());
        egui::Grid::new("details")
            .num_columns(2)
            .spacing([10.0, 8.0])
            .show(ui, |ui| {
                if labelled_edit(ui, &t(ui, "home-title"), &mut self.title).changed() {
                    self.title_edited = true;
                }
                ui.end_row();
                labelled_edit(ui, &t(ui, "home-date"), &mut self.date);
                ui.end_row();
                labelled_edit(ui, &t(ui, "home-venue"), &mut self.venue);
                ui.end_row();
                let facilitator =
                    labelled_edit(ui, &t(ui, "home-facilitator"), &mut self.facilitator);
                ui.end_row();
                let series = labelled_edit(ui, &t(ui, "home-series"), &mut self.series);
                ui.end_row();
                if facilitator.changed() || series.changed() {
                    self.typed_for = self.selected_source();
                }
                let label = ui.say(t(ui, "home-tables"));
                ui.add(egui::DragValue::new(&mut self.tables).range(1..=MAX_TABLES))
                    .labelled_by(label.id);
                ui.end_row();
            });
        ui.add_space(8.0);
        self.series_plans_ui(ui);
    }

    /// The start button, and in words what still stops it.
    fn start_bar_ui(&mut self, ui: &mut Ui, commands: &mut Commands) {
        let mut problems = Vec::new();
        let date = NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d");
        if date.is_err() {
            problems.push(t(ui, "home-problem-date"));
        }
        if self.title.trim().is_empty() {
            problems.push(t(ui, "home-problem-title"));
        }
        let entry = self.selected.and_then(|i| self.guides.get(i));
        let guide = entry.and_then(|g| g.guide.as_ref().ok());
        if guide.is_none() {
            problems.push(t(ui, "home-problem-guide"));
        }
        // A guide with something to fix can be run: the first press says so in words, the
        // next one starts.
        let to_fix = entry.map_or(0, |e| e.findings.len());
        let source = entry.map(GuideEntry::file_name).map(PathBuf::from);
        let warned = to_fix > 0 && self.warned.is_some() && self.warned == source;
        ui.horizontal_wrapped(|ui| {
            // The page's one main action, in the accent colour once it can be used.
            let ready = problems.is_empty();
            let key = if warned {
                "home-start-anyway"
            } else {
                "command-start-label"
            };
            let mut text = RichText::new(t(ui, key)).size(22.0);
            let mut button = egui::Button::new(said_line(ui, text.clone()));
            if ready {
                text = text.color(super::theme::palette::ON_ACCENT);
                button = egui::Button::new(said_line(ui, text)).fill(super::theme::palette::ACCENT);
            }
            let start = ui.add_enabled(ready, button);
            for p in &problems {
                ui.say(RichText::new(p).color(RED));
            }
            if warned {
                let warning = tn(ui, "home-start-warning", to_fix);
                ui.say(
                    RichText::new(warning)
                        .color(super::theme::NOTICE_TEXT)
                        .strong(),
                );
            }
            if start.clicked() {
                self.press_start(commands);
            }
        });
    }

    /// What the start button does with the form as it is: a guide with something to fix is
    /// warned about on the first press and started on the next; a form that is not ready
    /// starts nothing.
    fn press_start(&mut self, commands: &mut Commands) {
        let Some(entry) = self.selected.and_then(|i| self.guides.get(i)) else {
            return;
        };
        let (Ok(guide), Ok(date)) = (
            &entry.guide,
            NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d"),
        ) else {
            return;
        };
        if self.title.trim().is_empty() {
            return;
        }
        let source = Some(PathBuf::from(entry.file_name()));
        if !entry.findings.is_empty() && self.warned != source {
            self.warned = source;
            return;
        }
        self.warned = None;
        commands.push(Request::Start {
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
/// Choose the language of the app's words.
fn language_ui(ui: &mut Ui, lang: crate::i18n::Lang, commands: &mut Commands) {
    let about = Request::SetLanguage(lang);
    egui::ComboBox::from_label(about.label(lang))
        .selected_text(said_line(ui, lang.name()))
        .show_ui(ui, |ui| {
            for other in crate::i18n::Lang::all() {
                if ui.say_selectable(other == lang, other.name()).clicked() {
                    commands.push(Request::SetLanguage(other));
                }
            }
        })
        .response
        .hint(about.tooltip(lang));
}

fn labelled_edit(ui: &mut Ui, label: &str, text: &mut String) -> egui::Response {
    let label = ui.say(label);
    crate::ui::bidi_edit::singleline(ui, None, text, |e, _| e.desired_width(280.0))
        .response
        .response
        .labelled_by(label.id)
}

impl HomeState {
    /// One box per guide with unsaved changes kept from an editor that did not close.
    fn guide_drafts_ui(&self, ui: &mut Ui, commands: &mut Commands) {
        for draft in &self.guide_drafts {
            egui::Frame::default()
                .fill(super::theme::NOTICE_BG)
                .inner_margin(10.0)
                .corner_radius(6.0)
                .show(ui, |ui| {
                    let kept = draft
                        .kept
                        .with_timezone(&chrono::Local)
                        .format("%Y-%m-%d %H:%M")
                        .to_string();
                    let title = if draft.guide.title.trim().is_empty() {
                        draft.file.display().to_string()
                    } else {
                        draft.guide.title.clone()
                    };
                    ui.say(
                        RichText::new(ta(
                            ui,
                            "home-guide-draft-heading",
                            &[("title", title.into()), ("kept", kept.into())],
                        ))
                        .strong()
                        .color(super::theme::NOTICE_TEXT),
                    );
                    ui.horizontal(|ui| {
                        let request = |r| Request::Guides(Box::new(r));
                        if ui.say_button(t(ui, "home-guide-draft-edit")).clicked() {
                            commands.push(request(GuideRequest::Edit(draft.file.clone())));
                        }
                        if ui.say_button(t(ui, "home-guide-draft-discard")).clicked() {
                            commands.push(request(GuideRequest::DiscardDraft(draft.file.clone())));
                        }
                    });
                });
            ui.add_space(8.0);
        }
    }
}

/// One box per recovery copy, with the three choices. Nothing is removed until one is picked.
fn recoveries_ui(ui: &mut Ui, recoveries: &[PendingRecovery], commands: &mut Commands) {
    for (i, pending) in recoveries.iter().enumerate() {
        egui::Frame::default()
            .fill(super::theme::NOTICE_BG)
            .inner_margin(10.0)
            .corner_radius(6.0)
            .show(ui, |ui| {
                let details = &pending.loaded.session.details;
                ui.say(
                    RichText::new(ta(
                        ui,
                        "home-recovery-heading",
                        &[("title", details.title.clone().into())],
                    ))
                    .size(20.0)
                    .strong(),
                );
                let lang = super::text::language(ui.ctx());
                let step = super::presenter::step_label(lang, pending.loaded.session.current);
                let why = match &pending.why {
                    Why::Older => t(ui, "home-recovery-older"),
                    Why::ChangedElsewhere { changes } => {
                        tn(ui, "home-recovery-changed-elsewhere", *changes)
                    }
                    Why::OtherCafe => t(ui, "home-recovery-other-cafe"),
                    Why::Unreadable(error) => ta(
                        ui,
                        "home-recovery-unreadable",
                        &[("error", error.clone().into())],
                    ),
                };
                let mut args = vec![
                    ("file", pending.original.display().to_string().into()),
                    ("why", why.into()),
                    ("step", step.into()),
                ];
                let key = match pending.written {
                    Some(w) => {
                        args.push(("date", w.format("%Y-%m-%d").to_string().into()));
                        args.push(("time", w.format("%H:%M:%S").to_string().into()));
                        "home-recovery-why-kept"
                    }
                    None => "home-recovery-why",
                };
                ui.say(ta(ui, key, &args));
                ui.horizontal_wrapped(|ui| {
                    let choices = [
                        (RecoverChoice::Recover, "home-recover-newer"),
                        (RecoverChoice::LastSaved, "home-recover-last-saved"),
                        (RecoverChoice::ReadOnly, "home-recover-read-only"),
                    ];
                    for (choice, key) in choices {
                        let hint = t(ui, &format!("{key}-hint"));
                        if ui.say_button(t(ui, key)).hint(hint).clicked() {
                            commands.push(Request::Recover(i, choice));
                        }
                    }
                });
            });
        ui.add_space(8.0);
    }
}
