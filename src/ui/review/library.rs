//! The library screen: every café on file as a table that can be sorted and filtered. It
//! reads the files on a background thread and shows how far it has got, so the window never
//! freezes, even on a thousand cafés.

use crate::ui::say::{Hint, Say, said_line};
use std::path::PathBuf;

use chrono::NaiveDate;
use egui::{RichText, Ui};

use super::{BODY, HEADING, ReviewRequest, empty_ui, file_label, labelled_text};
use crate::review::library::{CafeRow, Filter, LibraryLoader, SortKey, choices, view};
use crate::ui::text::{people_count, t, ta};

/// What the library screen keeps between frames.
pub struct LibraryScreen {
    folders: Vec<PathBuf>,
    index_dir: PathBuf,
    loader: Option<LibraryLoader>,
    rows: Vec<CafeRow>,
    /// A problem saving the index, shown once under the table.
    index_problem: Option<String>,
    text: String,
    from: String,
    to: String,
    guide: String,
    series: String,
    sort: SortKey,
    descending: bool,
    /// The rows shown, worked out again only when the rows, filter or order change.
    shown: Vec<usize>,
    shown_for: Option<(Filter, SortKey, bool)>,
}

impl LibraryScreen {
    /// Start listing `folders` (the data folder's sessions first, then added folders) with the
    /// index kept in `index_dir`; `wake` asks for a repaint when the listing is ready.
    pub fn new(
        folders: Vec<PathBuf>,
        index_dir: PathBuf,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let mut screen = Self {
            folders,
            index_dir,
            loader: None,
            rows: Vec::new(),
            index_problem: None,
            text: String::new(),
            from: String::new(),
            to: String::new(),
            guide: String::new(),
            series: String::new(),
            sort: SortKey::Date,
            descending: true,
            shown: Vec::new(),
            shown_for: None,
        };
        screen.refresh(wake);
        screen
    }

    /// List the folders again (after a café was saved or a folder added).
    pub fn refresh(&mut self, wake: impl Fn() + Send + 'static) {
        self.loader = Some(LibraryLoader::start(
            self.folders.clone(),
            self.index_dir.clone(),
            wake,
        ));
    }

    /// Add a folder of session files and list again.
    pub fn add_folder(&mut self, folder: PathBuf, wake: impl Fn() + Send + 'static) {
        if !self.folders.contains(&folder) {
            self.folders.push(folder);
        }
        self.refresh(wake);
    }

    /// The rows listed so far.
    pub fn rows(&self) -> &[CafeRow] {
        &self.rows
    }

    /// Whether the files are still being read.
    pub fn is_loading(&self) -> bool {
        self.loader.is_some()
    }

    fn filter(&self) -> Filter {
        Filter {
            text: self.text.clone(),
            from: NaiveDate::parse_from_str(self.from.trim(), "%Y-%m-%d").ok(),
            to: NaiveDate::parse_from_str(self.to.trim(), "%Y-%m-%d").ok(),
            guide: self.guide.clone(),
            series: self.series.clone(),
        }
    }

    pub fn ui(&mut self, ui: &mut Ui) -> Option<ReviewRequest> {
        let mut request = None;
        if let Some(scan) = self.loader.as_ref().and_then(LibraryLoader::poll) {
            self.rows = scan.rows;
            self.index_problem = scan.index_problem;
            if !scan.partial {
                self.loader = None;
            }
            self.shown_for = None;
        }
        ui.horizontal(|ui| {
            ui.say(
                RichText::new(t(ui, "review-past-cafes"))
                    .size(HEADING)
                    .strong(),
            );
            if ui
                .say_button(RichText::new(t(ui, "library-add-folder")).size(BODY))
                .clicked()
            {
                request = Some(ReviewRequest::AddFolder);
            }
        });
        if let Some(loader) = &self.loader {
            let (done, total) = loader.progress.get();
            let fraction = if total == 0 {
                0.0
            } else {
                done as f32 / total as f32
            };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .text(ta(
                        ui,
                        "review-reading",
                        &[("done", done.into()), ("total", total.into())],
                    ))
                    .desired_width(480.0),
            );
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
        }
        self.filters_ui(ui);
        let key = (self.filter(), self.sort, self.descending);
        if self.shown_for.as_ref() != Some(&key) {
            self.shown = view(&self.rows, &key.0, key.1, key.2);
            self.shown_for = Some(key);
        }
        let shown = std::mem::take(&mut self.shown);
        let count = ta(
            ui,
            "library-shown",
            &[
                ("shown", shown.len().into()),
                ("total", self.rows.len().into()),
            ],
        );
        ui.say(RichText::new(count).size(BODY));
        if let Some(problem) = &self.index_problem {
            ui.say_colored(crate::ui::theme::palette::ALERT, problem);
        }
        if self.rows.is_empty() && self.loader.is_none() {
            empty_ui(ui, "library-empty");
        }
        self.table_ui(ui, &shown, &mut request);
        self.shown = shown;
        request
    }

    fn filters_ui(&mut self, ui: &mut Ui) {
        let (guides, series) = choices(&self.rows);
        ui.horizontal_wrapped(|ui| {
            labelled_text(ui, &t(ui, "library-find"), &mut self.text, 220.0);
            labelled_text(ui, &t(ui, "library-from"), &mut self.from, 110.0);
            labelled_text(ui, &t(ui, "library-to"), &mut self.to, 110.0);
            choice_ui(ui, "library-guide", &mut self.guide, &guides);
            choice_ui(ui, "library-series", &mut self.series, &series);
        });
    }

    fn table_ui(&mut self, ui: &mut Ui, shown: &[usize], request: &mut Option<ReviewRequest>) {
        let row_height = BODY + 10.0;
        // A window narrower than the table gets a solid scroll bar right under the rows,
        // shown even before the pointer comes near, so no column is silently cut off.
        let scroll = &mut ui.spacing_mut().scroll;
        *scroll = egui::style::ScrollStyle::solid();
        scroll.bar_width = 12.0;
        // The handle in the ink colour: the theme's control colour is the track's own white.
        scroll.foreground_color = true;
        crate::ui::steady::Scroll::both()
            .id_salt("review-library")
            .auto_shrink([false, true])
            .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::VisibleWhenNeeded)
            .show_rows(ui, row_height, shown.len() + 1, |ui, range| {
                egui::Grid::new("library")
                    .striped(true)
                    .spacing([10.0, 6.0])
                    .show(ui, |ui| {
                        for key in SortKey::ALL {
                            let column = column_name(ui, key);
                            let heading = match (self.sort == key, self.descending) {
                                (true, true) => ta(
                                    ui,
                                    "library-sorted-high-first",
                                    &[("column", column.into())],
                                ),
                                (true, false) => {
                                    ta(ui, "library-sorted-low-first", &[("column", column.into())])
                                }
                                _ => column,
                            };
                            let hint = t(ui, "library-sort-hint");
                            if ui
                                .say_button(RichText::new(heading).size(BODY).strong())
                                .hint(hint)
                                .clicked()
                            {
                                if self.sort == key {
                                    self.descending = !self.descending;
                                } else {
                                    self.sort = key;
                                    self.descending = false;
                                }
                            }
                        }
                        ui.end_row();
                        for &i in shown
                            .iter()
                            .skip(range.start.saturating_sub(1))
                            .take(range.len())
                        {
                            row_ui(ui, &self.rows[i], request);
                            ui.end_row();
                        }
                    });
            });
    }
}

/// The heading of a column in the interface's language.
fn column_name(ui: &Ui, key: SortKey) -> String {
    t(
        ui,
        match key {
            SortKey::Date => "library-col-date",
            SortKey::Title => "library-col-title",
            SortKey::Guide => "library-col-guide",
            SortKey::Series => "library-col-series",
            SortKey::People => "library-col-people",
            SortKey::FirstVisits => "library-col-first-visits",
            SortKey::Tables => "library-col-tables",
            SortKey::Notes => "library-col-notes",
            SortKey::Themes => "library-col-themes",
            SortKey::OpenActions => "library-col-open-actions",
            SortKey::Length => "library-col-length",
        },
    )
}

/// A choice among `options` or all of them, named by the message `key` (also its id).
fn choice_ui(ui: &mut Ui, key: &str, value: &mut String, options: &[String]) {
    let name = ui.say(RichText::new(t(ui, key)).size(BODY));
    let all = t(ui, "library-all");
    let shown = if value.is_empty() {
        all.clone()
    } else {
        value.clone()
    };
    egui::ComboBox::from_id_salt(key)
        .selected_text(said_line(ui, shown))
        .show_ui(ui, |ui| {
            ui.selectable_value(value, String::new(), said_line(ui, all));
            for option in options {
                ui.selectable_value(value, option.clone(), said_line(ui, option));
            }
        })
        .response
        .labelled_by(name.id);
}

fn row_ui(ui: &mut Ui, row: &CafeRow, request: &mut Option<ReviewRequest>) {
    let text = |ui: &mut Ui, t: String| {
        ui.say(RichText::new(t).size(BODY));
    };
    match &row.summary {
        Ok(s) => {
            text(ui, s.date.format("%Y-%m-%d").to_string());
            if ui
                .say_link(RichText::new(&s.title).size(BODY))
                .hint(t(ui, "library-open-report"))
                .clicked()
            {
                *request = Some(ReviewRequest::OpenReport {
                    path: row.path.clone(),
                    note: None,
                });
            }
            text(ui, s.guide.clone());
            if ui
                .say_link(RichText::new(&s.series).size(BODY))
                .hint(t(ui, "library-open-series"))
                .clicked()
            {
                *request = Some(ReviewRequest::OpenSeries {
                    name: s.series.clone(),
                });
            }
            text(ui, s.people.to_string());
            text(ui, people_count(ui, "figure-cell", s.first_visits));
            for n in [s.tables, s.notes, s.themes, s.open_actions] {
                text(ui, n.to_string());
            }
            let minutes = ta(ui, "library-minutes", &[("minutes", s.minutes.into())]);
            text(ui, minutes);
        }
        Err(e) => {
            let e = crate::ui::trouble::file_error(crate::ui::text::language(ui.ctx()), e);
            text(ui, "—".to_owned());
            ui.say_colored(
                crate::ui::theme::palette::ALERT,
                RichText::new(ta(
                    ui,
                    "library-cannot-read",
                    &[("file", file_label(&row.path).into())],
                ))
                .size(BODY),
            )
            .hint(&e);
            ui.say(RichText::new(e).size(BODY * 0.8));
        }
    }
}
