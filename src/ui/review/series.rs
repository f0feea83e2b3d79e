//! A series on screen: attendance per café by role, first visits against returning people,
//! languages over time, the tags and themes that recur, and every action of the series, which
//! the host can mark done (the shell saves it to the café it came from).

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, Line, PlotPoints};

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
            let heading = ta(
                ui,
                "review-series-name",
                &[("name", s.name.as_str().into())],
            );
            ui.label(RichText::new(heading).size(HEADING).strong());
            let (done, total) = loader.progress.get();
            let words = if total > 0 {
                ta(
                    ui,
                    "review-reading",
                    &[("done", done.into()), ("total", total.into())],
                )
            } else {
                t(ui, "series-summing-up")
            };
            ui.label(RichText::new(words).size(BODY).weak());
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
            return None;
        }
        let heading = ta(
            ui,
            "review-series-name",
            &[("name", s.name.as_str().into())],
        );
        ui.label(RichText::new(heading).size(HEADING).strong());
        ui.horizontal(|ui| {
            let include = t(ui, "review-include-names");
            ui.checkbox(&mut self.names, RichText::new(include).size(BODY));
            for (key, format) in [
                ("series-export-markdown", Format::Markdown),
                ("series-export-html", Format::Html),
            ] {
                if ui.button(RichText::new(t(ui, key)).size(BODY)).clicked() {
                    let privacy = crate::export::Privacy { names: self.names };
                    let name = Subject::Series(&self.summary.name).export_name(format, privacy);
                    request = Some(ReviewRequest::Export {
                        what: ExportWhat::Series(self.summary.name.clone()),
                        format,
                        names: self.names,
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
                    ui.label(RichText::new(line).size(BODY));
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
                ui.label(RichText::new(tags.join(" · ")).size(BODY));
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
                        .checkbox(&mut done, RichText::new(label).size(BODY))
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
                    ui.label(RichText::new(words).size(BODY).italics());
                }
            });
        request
    }
}

/// A heading inside the series page, from the message `key`.
fn subheading_ui(ui: &mut Ui, key: &str) {
    ui.label(RichText::new(t(ui, key)).size(BODY + 4.0).strong());
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
        ui.label(RichText::new(words).size(BODY).italics());
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
    let mut charts: Vec<BarChart> = Vec::new();
    for (role, counts) in &s.roles {
        let bars = counts[from..]
            .iter()
            .enumerate()
            .map(|(i, n)| Bar::new(i as f64, f64::from(*n)).width(0.6))
            .collect();
        let chart = solid_bars(&role_text(ui, *role), bars, role_colour(*role));
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
    subheading_ui(ui, "series-visits");
    let first: Vec<Bar> = cafes
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            c.figures
                .first_timers
                .known()
                .map(|n| Bar::new(i as f64 - 0.2, f64::from(n)).width(0.4))
        })
        .collect();
    let back: Vec<Bar> = cafes
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            c.returning
                .map(|r| Bar::new(i as f64 + 0.2, f64::from(r)).width(0.4))
        })
        .collect();
    let (first_name, back_name) = (t(ui, "series-first-visit"), t(ui, "series-returning"));
    slot_chart_ui(
        ui,
        "series-visits",
        180.0,
        dates.clone(),
        &[&first_name, &back_name],
        |plot| {
            plot.bar_chart(solid_bars(&first_name, first, chart_colour(0)));
            plot.bar_chart(solid_bars(&back_name, back, chart_colour(1)));
        },
    );
    subheading_ui(ui, "series-languages");
    let languages: Vec<&str> = s.languages.keys().map(String::as_str).collect();
    slot_chart_ui(ui, "series-languages", 180.0, dates, &languages, |plot| {
        for (k, (lang, counts)) in s.languages.iter().enumerate() {
            let points: PlotPoints<'_> = counts[from..]
                .iter()
                .enumerate()
                .map(|(i, n)| [i as f64, f64::from(*n)])
                .collect();
            plot.line(
                Line::new(lang.clone(), points)
                    .color(chart_colour(k))
                    .width(2.5),
            );
        }
    });
}
