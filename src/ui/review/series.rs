//! A series on screen: attendance per café by role, first visits against returning people,
//! languages over time, the tags and themes that recur, and every action of the series, which
//! the host can mark done (the shell saves it to the café it came from).

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, Line, PlotPoints};

use super::{BODY, ExportWhat, HEADING, ReviewRequest, slot_chart_ui, solid_bars};
use crate::export::Format;
use crate::review::series::SeriesSummary;
use crate::ui::theme::{chart_colour, role_colour};

/// What the series screen keeps between frames.
pub struct SeriesScreen {
    summary: SeriesSummary,
    exports_dir: std::path::PathBuf,
    names: bool,
}

impl SeriesScreen {
    pub fn new(summary: SeriesSummary, exports_dir: std::path::PathBuf) -> Self {
        Self {
            summary,
            exports_dir,
            names: false,
        }
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
        let mut request = None;
        let s = &self.summary;
        ui.label(
            RichText::new(format!("Series: {}", s.name))
                .size(HEADING)
                .strong(),
        );
        ui.horizontal(|ui| {
            ui.checkbox(&mut self.names, RichText::new("Include names").size(BODY));
            for (label, format) in [
                ("Export summary (Markdown)", Format::Markdown),
                ("Export summary (web page)", Format::Html),
            ] {
                if ui.button(RichText::new(label).size(BODY)).clicked() {
                    let slug = crate::model::session::slug(&self.summary.name);
                    request = Some(ReviewRequest::Export {
                        what: ExportWhat::Series(self.summary.name.clone()),
                        format,
                        names: self.names,
                        output: self
                            .exports_dir
                            .join(format!("{slug}-series.{}", format.extension())),
                    });
                }
            }
        });
        egui::ScrollArea::vertical()
            .id_salt("review-series")
            .auto_shrink(false)
            .show(ui, |ui| {
                charts_ui(ui, &self.summary);
                ui.label(RichText::new("Themes that recur").size(BODY + 4.0).strong());
                for (theme, n) in self.summary.themes.iter().take(8) {
                    ui.label(
                        RichText::new(format!(
                            "{theme} — {n} café{}",
                            if *n == 1 { "" } else { "s" }
                        ))
                        .size(BODY),
                    );
                }
                ui.label(
                    RichText::new("Most frequent tags")
                        .size(BODY + 4.0)
                        .strong(),
                );
                let tags: Vec<String> = self
                    .summary
                    .tags
                    .iter()
                    .map(|(t, n)| format!("{} {n}", t.label()))
                    .collect();
                ui.label(RichText::new(tags.join(" · ")).size(BODY));
                ui.add_space(8.0);
                ui.label(RichText::new("Actions").size(BODY + 4.0).strong());
                for a in &self.summary.actions {
                    let mut done = a.done;
                    let label = format!("{} — {} (from {}, {})", a.text, a.owner, a.cafe, a.date);
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
            });
        request
    }
}

fn charts_ui(ui: &mut Ui, s: &SeriesSummary) {
    let dates: Vec<String> = s
        .cafes
        .iter()
        .map(|c| c.date.format("%-d %b").to_string())
        .collect();
    ui.label(
        RichText::new("People at each café, by role")
            .size(BODY + 4.0)
            .strong(),
    );
    let mut charts: Vec<BarChart> = Vec::new();
    for (role, counts) in &s.roles {
        let bars = counts
            .iter()
            .enumerate()
            .map(|(i, n)| Bar::new(i as f64, f64::from(*n)).width(0.6))
            .collect();
        let chart = solid_bars(role.label(), bars, role_colour(*role));
        let below: Vec<&BarChart> = charts.iter().collect();
        let chart = chart.stack_on(&below);
        charts.push(chart);
    }
    let roles: Vec<&str> = s.roles.keys().map(|r| r.label()).collect();
    slot_chart_ui(ui, "series-roles", 220.0, dates.clone(), &roles, |plot| {
        for c in charts {
            plot.bar_chart(c);
        }
    });
    ui.label(
        RichText::new("First visits and returning people")
            .size(BODY + 4.0)
            .strong(),
    );
    let first: Vec<Bar> = s
        .cafes
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.counts_only)
        .map(|(i, c)| Bar::new(i as f64 - 0.2, f64::from(c.figures.first_timers)).width(0.4))
        .collect();
    let back: Vec<Bar> = s
        .cafes
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            c.returning
                .map(|r| Bar::new(i as f64 + 0.2, f64::from(r)).width(0.4))
        })
        .collect();
    let (first_name, back_name) = ("First visit", "Returning");
    slot_chart_ui(
        ui,
        "series-visits",
        180.0,
        dates.clone(),
        &[first_name, back_name],
        |plot| {
            plot.bar_chart(solid_bars(first_name, first, chart_colour(0)));
            plot.bar_chart(solid_bars(back_name, back, chart_colour(1)));
        },
    );
    ui.label(
        RichText::new("Languages over time")
            .size(BODY + 4.0)
            .strong(),
    );
    let languages: Vec<&str> = s.languages.keys().map(String::as_str).collect();
    slot_chart_ui(ui, "series-languages", 180.0, dates, &languages, |plot| {
        for (k, (lang, counts)) in s.languages.iter().enumerate() {
            let points: PlotPoints<'_> = counts
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
