//! A series on screen: attendance per café by role, first visits against returning people,
//! languages over time, the tags and themes that recur, and every action of the series, which
//! the host can mark done (the shell saves it to the café it came from).

use crate::ui::say::{Say, said_line};
use egui::{RichText, Ui};
use egui_plot::{BarChart, Line, PlotPoints};

use super::follow::{self, shown_bar};
use super::{
    BODY, ExportWhat, HEADING, ReviewRequest, empty_ui, short_date, slot_chart_ui, solid_bars,
};
use crate::export::{Format, Subject};
use crate::review::index::Loader;
use crate::review::series::SeriesSummary;
use crate::ui::text::{role_text, t, ta, tag_text};
use crate::ui::theme::{chart_colour, role_colour};

/// What the series screen keeps between frames.
pub struct SeriesScreen {
    summary: SeriesSummary,
    /// The summary being worked out on another thread, until it is ready.
    loader: Option<Loader<SeriesSummary>>,
    exports_dir: std::path::PathBuf,
    names: bool,
}

/// The charts show at most this many cafés (the latest), so a series of thousands stays
/// readable and quick to draw.
pub const CHART_CAFES: usize = 60;

/// The actions listed at most; the exported summary has them all.
pub const LISTED_ACTIONS: usize = 500;

impl SeriesScreen {
    pub fn new(summary: SeriesSummary, exports_dir: std::path::PathBuf) -> Self {
        Self {
            summary,
            loader: None,
            exports_dir,
            names: false,
        }
    }

    /// The series `name`, shown once `loader` has summed it up (the screen says so meanwhile).
    pub fn loading(
        name: &str,
        loader: Loader<SeriesSummary>,
        exports_dir: std::path::PathBuf,
    ) -> Self {
        Self {
            loader: Some(loader),
            ..Self::new(SeriesSummary::empty(name), exports_dir)
        }
    }

    /// Whether the series is still being summed up.
    pub fn is_loading(&self) -> bool {
        self.loader.is_some()
    }

    pub fn summary(&self) -> &SeriesSummary {
        &self.summary
    }

    /// Show an action as done or open once the shell has saved it.
    pub fn set_done(&mut self, commitment: uuid::Uuid, done: bool) {
        if let Some(a) = self.summary.actions.iter_mut().find(|a| a.id == commitment) {
            a.done = done;
        }
    }

    pub fn ui(&mut self, ui: &mut Ui) -> Option<ReviewRequest> {
        if let Some(summary) = self.loader.as_ref().and_then(Loader::poll) {
            self.summary = summary;
            self.loader = None;
        }
        let mut request = None;
        let s = &self.summary;
        if let Some(loader) = &self.loader {
            heading_ui(ui, &s.name);
            let words = super::reading_words(ui, loader.progress.get(), "series-summing-up");
            ui.say(RichText::new(words).size(BODY).weak());
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
            return None;
        }
        heading_ui(ui, &s.name);
        ui.horizontal(|ui| {
            let include = t(ui, "review-include-names");
            ui.checkbox(
                &mut self.names,
                said_line(ui, RichText::new(include).size(BODY)),
            );
            for (key, format) in [
                ("series-export-markdown", Format::Markdown),
                ("series-export-html", Format::Html),
                ("series-export-csv", Format::Csv),
            ] {
                if ui
                    .say_button(RichText::new(t(ui, key)).size(BODY))
                    .clicked()
                {
                    // The table café by café names no one, so it is never named as if it did.
                    let names = self.names && format != Format::Csv;
                    let privacy = crate::export::Privacy { names };
                    let name = Subject::Series(&self.summary.name).export_name(format, privacy);
                    request = Some(ReviewRequest::Export {
                        what: ExportWhat::Series(self.summary.name.clone()),
                        format,
                        names,
                        output: self.exports_dir.join(name),
                    });
                }
            }
        });
        crate::ui::steady::Scroll::vertical()
            .id_salt("review-series")
            .auto_shrink(false)
            .show(ui, |ui| {
                charts_ui(ui, &self.summary);
                subheading_ui(ui, "series-recurring-themes");
                for (theme, n) in self.summary.themes.iter().take(8) {
                    let line = ta(
                        ui,
                        "series-theme",
                        &[("theme", theme.as_str().into()), ("cafes", (*n).into())],
                    );
                    ui.say(RichText::new(line).size(BODY));
                }
                subheading_ui(ui, "series-frequent-tags");
                let tags: Vec<String> = self
                    .summary
                    .tags
                    .iter()
                    .map(|(tag, n)| {
                        let name = tag_text(ui, *tag);
                        ta(
                            ui,
                            "series-tag",
                            &[("tag", name.into()), ("count", (*n).into())],
                        )
                    })
                    .collect();
                ui.say(RichText::new(tags.join(" · ")).size(BODY));
                ui.add_space(8.0);
                subheading_ui(ui, "review-actions");
                if self.summary.actions.is_empty() {
                    empty_ui(ui, "series-no-actions");
                }
                for a in self.summary.actions.iter().take(LISTED_ACTIONS) {
                    let mut done = a.done;
                    let label = ta(
                        ui,
                        "series-action",
                        &[
                            ("text", a.text.as_str().into()),
                            ("owner", a.owner.as_str().into()),
                            ("cafe", a.cafe.as_str().into()),
                            ("date", a.date.to_string().into()),
                        ],
                    );
                    if ui
                        .checkbox(&mut done, said_line(ui, RichText::new(label).size(BODY)))
                        .changed()
                    {
                        request = Some(ReviewRequest::SetActionDone {
                            path: a.path.clone(),
                            commitment: a.id,
                            done,
                        });
                    }
                }
                let more = self.summary.actions.len().saturating_sub(LISTED_ACTIONS);
                if more > 0 {
                    let words = ta(ui, "series-more-actions", &[("count", more.into())]);
                    ui.say(RichText::new(words).size(BODY).italics());
                }
            });
        request
    }
}

/// The page's heading: the series' name.
fn heading_ui(ui: &mut Ui, name: &str) {
    let heading = ta(ui, "review-series-name", &[("name", name.into())]);
    ui.say(RichText::new(heading).size(HEADING).strong());
}

/// A heading inside the series page, from the message `key`.
fn subheading_ui(ui: &mut Ui, key: &str) {
    ui.say(RichText::new(t(ui, key)).size(BODY + 4.0).strong());
}

fn charts_ui(ui: &mut Ui, s: &SeriesSummary) {
    // The latest cafés only, when there are more than a chart can show.
    let from = s.cafes.len().saturating_sub(CHART_CAFES);
    if from > 0 {
        let words = ta(
            ui,
            "series-charts-latest",
            &[
                ("shown", CHART_CAFES.into()),
                ("total", s.cafes.len().into()),
            ],
        );
        ui.say(RichText::new(words).size(BODY).italics());
    }
    let cafes = &s.cafes[from..];
    // Two cafés on one day are told apart by the time each began.
    let dates: Vec<String> = (from..s.cafes.len())
        .map(|i| {
            let date = short_date(ui, s.cafes[i].date);
            match s.time_if_same_day(i) {
                Some(time) => format!("{date} {time}"),
                None => date,
            }
        })
        .collect();
    subheading_ui(ui, "series-by-role");
    // Only groups that may be a number have a bar: a small group is left out of its stack.
    let mut charts: Vec<BarChart> = Vec::new();
    for (role, shown) in s.roles_shown() {
        let bars = shown[from..]
            .iter()
            .enumerate()
            .filter_map(|(i, n)| shown_bar(i as f64, 0.6, *n))
            .collect();
        let chart = solid_bars(&role_text(ui, role), bars, role_colour(role));
        let below: Vec<&BarChart> = charts.iter().collect();
        let chart = chart.stack_on(&below);
        charts.push(chart);
    }
    let roles: Vec<String> = s.roles.keys().map(|r| role_text(ui, *r)).collect();
    let roles: Vec<&str> = roles.iter().map(String::as_str).collect();
    slot_chart_ui(ui, "series-roles", 220.0, dates.clone(), &roles, |plot| {
        for c in charts {
            plot.bar_chart(c);
        }
    });
    ui.say(
        RichText::new(t(ui, "series-small-groups"))
            .size(BODY)
            .weak(),
    );
    follow::roles_table_ui(ui, s, from, &dates);
    follow::visits_ui(ui, cafes, &dates);
    follow::follow_through_ui(ui, cafes, &dates);
    follow::goodbye_ui(ui, s, cafes, &dates);
    subheading_ui(ui, "series-languages");
    let languages: Vec<&str> = s.languages.keys().map(String::as_str).collect();
    slot_chart_ui(ui, "series-languages", 180.0, dates, &languages, |plot| {
        for (k, (lang, shown)) in s.languages_shown().into_iter().enumerate() {
            // A line joins only the cafés where the language may be a number: a small group
            // breaks it.
            let mut run: Vec<[f64; 2]> = Vec::new();
            let flush = |run: &mut Vec<[f64; 2]>, plot: &mut egui_plot::PlotUi<'_>| {
                if !run.is_empty() {
                    let points: PlotPoints<'_> = std::mem::take(run).into_iter().collect();
                    plot.line(
                        Line::new(lang.clone(), points)
                            .color(chart_colour(k))
                            .width(2.5),
                    );
                }
            };
            for (i, n) in shown[from..].iter().enumerate() {
                match n.bar() {
                    Some(v) => run.push([i as f64, v]),
                    None => flush(&mut run, plot),
                }
            }
            flush(&mut run, plot);
        }
    });
}
