//! Home's right-hand side, for going back to a café: the recent ones (read from the review
//! index in the background), a session file chosen or typed, or a café shared by the
//! facilitator's laptop.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::HomeState;
use super::RED;
use crate::model::session::MAX_TABLES;
use crate::review::CafeRow;
use crate::review::index::{LibraryLoader, Scan};
use crate::ui::command::{Commands, Request};
use crate::ui::say::{Hint, Say};
use crate::ui::text::{t, ta};
use crate::ui::widgets::path_picker_ui;

/// How many recent cafés Home lists.
const RECENT: usize = 12;

/// The cafés in the data folder, newest change first, as the review index knows them: read in
/// the background once Home is shown, so Home opens as fast with ten thousand cafés as with
/// none, and shows what it has meanwhile.
pub(super) struct RecentCafes {
    index_dir: PathBuf,
    ctx: egui::Context,
    loader: Option<LibraryLoader>,
    /// The list is to be read (again) on the next frame.
    wanted: bool,
    /// Read at least once.
    pub(super) read: bool,
    /// A frame has been drawn: the first is drawn before anything is read.
    drawn: bool,
    /// The newest [`RECENT`] cafés.
    rows: Vec<CafeRow>,
    /// How many cafés there are in all.
    total: usize,
    /// Every café listed, as the series plans compare them.
    pub(super) on_file: Vec<crate::model::series_plan::CafeOnFile>,
}

impl RecentCafes {
    /// The list, to be read with the index in `index_dir` once Home is first drawn.
    pub(super) fn new(index_dir: PathBuf, ctx: &egui::Context) -> Self {
        Self {
            index_dir,
            ctx: ctx.clone(),
            loader: None,
            wanted: true,
            read: false,
            drawn: false,
            rows: Vec::new(),
            total: 0,
            on_file: Vec::new(),
        }
    }

    /// Whether the list is being read (or is still to be read).
    pub(super) fn is_reading(&self) -> bool {
        self.wanted || self.loader.is_some()
    }

    /// Read the list again once Home is next drawn.
    pub(super) fn read_again(&mut self) {
        self.wanted = true;
    }

    /// Start reading the list if it is wanted, and take what has been read.
    pub(super) fn update(&mut self, sessions_dir: &std::path::Path) {
        self.start_if_wanted(sessions_dir);
        self.poll();
    }

    /// Start reading the list if it is wanted and not being read already.
    fn start_if_wanted(&mut self, sessions_dir: &std::path::Path) {
        if !self.wanted || self.loader.is_some() {
            return;
        }
        if !self.drawn {
            // Home's first pixels come before any reading starts; the next frame starts it.
            self.drawn = true;
            self.ctx.request_repaint();
            return;
        }
        self.wanted = false;
        let ctx = self.ctx.clone();
        self.loader = Some(LibraryLoader::start(
            vec![sessions_dir.to_owned()],
            self.index_dir.clone(),
            move || ctx.request_repaint(),
        ));
    }

    /// Take the list once it has been read.
    fn poll(&mut self) {
        if let Some(scan) = self.loader.as_ref().and_then(LibraryLoader::poll) {
            if !scan.partial {
                self.loader = None;
            }
            self.take(scan);
        }
    }

    /// Show the newest of the cafés listed (all of them, or those known so far).
    fn take(&mut self, scan: Scan) {
        let mut rows = scan.rows;
        rows.sort_by_key(|r| std::cmp::Reverse(r.modified));
        self.total = rows.len();
        self.on_file = super::next_in_series::on_file(&rows);
        rows.truncate(RECENT);
        self.rows = rows;
        self.read = !scan.partial;
    }
}

impl HomeState {
    pub(super) fn resume_ui(&mut self, ui: &mut Ui, commands: &mut Commands) {
        let lang = crate::ui::text::language(ui.ctx());
        ui.say(
            RichText::new(t(ui, "home-recent-heading"))
                .size(24.0)
                .strong(),
        );
        if !self.recent.read {
            // Still being read: what is known so far shows below, and Home says so.
            let progress = self
                .recent
                .loader
                .as_ref()
                .map_or((0, 0), |l| l.progress.get());
            let words = crate::ui::review::reading_words(ui, progress, "home-recent-looking");
            ui.say(RichText::new(words).italics());
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
        }
        if self.recent.read && self.recent.rows.is_empty() {
            ui.say(RichText::new(t(ui, "home-no-cafes")).italics());
        } else if !self.recent.rows.is_empty() {
            ui.horizontal(|ui| {
                let label = ui.say(t(ui, "home-table-mode-number"));
                ui.add(egui::DragValue::new(&mut self.table_mode_number).range(1..=MAX_TABLES))
                    .labelled_by(label.id);
            });
        }
        let shown = self.recent.rows.len();
        crate::ui::steady::Scroll::vertical()
            .id_salt("recent")
            .max_height(ui.available_height() * 0.6)
            .show(ui, |ui| {
                for row in &self.recent.rows {
                    self.recent_ui(ui, row, commands);
                }
            });
        if self.recent.total > shown {
            ui.say(
                RichText::new(ta(
                    ui,
                    "home-older-cafes",
                    &[
                        ("count", (self.recent.total - shown).into()),
                        ("folder", self.sessions_dir.display().to_string().into()),
                    ],
                ))
                .small(),
            );
        }
        ui.add_space(12.0);
        ui.say(RichText::new(t(ui, "home-open-file")).strong());
        let dir = self.sessions_dir.clone();
        if let Some(path) = path_picker_ui(
            ui,
            &mut self.picker,
            &mut self.path,
            &t(ui, "home-open-title"),
            &dir,
            &Request::Open(PathBuf::new()).label(lang),
            crate::ui::widgets::PickMode::Open,
        ) {
            commands.push(Request::Open(path));
        }
        ui.add_space(12.0);
        self.join.ui(ui, commands);
    }
    /// One café in the recent list: in progress (resume, or one table) or finished (open).
    fn recent_ui(&self, ui: &mut Ui, row: &CafeRow, commands: &mut Commands) {
        let lang = crate::ui::text::language(ui.ctx());
        ui.group(|ui| match &row.summary {
            Ok(info) => {
                let finished = info.finished();
                ui.horizontal_wrapped(|ui| {
                    let open = if finished {
                        Request::Open(PathBuf::new()).label(lang)
                    } else {
                        t(ui, "home-resume")
                    };
                    if ui.say_button(open).clicked() {
                        commands.push(Request::Open(row.path.clone()));
                    }
                    if !finished {
                        let table_mode = ta(
                            ui,
                            "home-table-only",
                            &[("number", self.table_mode_number.into())],
                        );
                        if ui
                            .say_button(table_mode)
                            .hint(Request::OpenTable(PathBuf::new(), 0).tooltip(lang))
                            .clicked()
                        {
                            commands
                                .push(Request::OpenTable(row.path.clone(), self.table_mode_number));
                        }
                    }
                    ui.say(RichText::new(&info.title).strong().size(18.0));
                });
                let date = info.date.format("%Y-%m-%d").to_string();
                let line = if finished {
                    ta(ui, "home-recent-finished", &[("date", date.into())])
                } else {
                    let step = crate::ui::presenter::step_label(lang, info.step);
                    ta(
                        ui,
                        "home-recent-in-progress",
                        &[("date", date.into()), ("step", step.into())],
                    )
                };
                if info.venue.is_empty() {
                    ui.say(line);
                } else {
                    ui.say(format!("{line} · {}", info.venue));
                }
            }
            Err(e) => {
                ui.say(
                    RichText::new(t(ui, "home-file-unusable"))
                        .color(RED)
                        .strong(),
                );
                ui.say(
                    RichText::new(crate::ui::trouble::file_error(
                        crate::ui::text::language(ui.ctx()),
                        e,
                    ))
                    .color(RED)
                    .small(),
                );
            }
        });
    }
}
