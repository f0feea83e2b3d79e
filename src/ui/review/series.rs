//! A series on screen: attendance per café by role, first visits against returning people,
//! languages over time, the tags and themes that recur, and every action of the series, which
//! the host can mark done (the shell saves it to the café it came from).

use egui::{Color32, RichText, Ui};
use egui_plot::{Bar, BarChart, Line, PlotPoints};

use super::{BODY, ExportWhat, HEADING, ReviewRequest, fixed_plot, label_at};
use crate::export::Format;
use crate::review::series::SeriesSummary;

/// What the series screen keeps between frames.
pub struct SeriesScreen {
    summary: SeriesSummary,
    exports_dir: std::path::PathBuf,
    names: bool,
}

const COLORS: [Color32; 6] = [
    Color32::from_rgb(0x1f, 0x5f, 0xa8),
    Color32::from_rgb(0xe0, 0xa0, 0x20),
    Color32::from_rgb(0x3c, 0x8d, 0x3c),
    Color32::from_rgb(0xb0, 0x30, 0x60),
    Color32::from_rgb(0x60, 0x40, 0xa0),
    Color32::from_rgb(0x80, 0x80, 0x80),
];

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
    let at = |dates: Vec<String>| {
        move |mark: egui_plot::GridMark, _: &std::ops::RangeInclusive<f64>| {
            label_at(&dates, mark.value)
        }
    };
    ui.label(
        RichText::new("People at each café, by role")
            .size(BODY + 4.0)
            .strong(),
    );
    let mut charts: Vec<BarChart> = Vec::new();
    for (k, (role, counts)) in s.roles.iter().enumerate() {
        let bars = counts
            .iter()
            .enumerate()
            .map(|(i, n)| Bar::new(i as f64, f64::from(*n)).width(0.6))
            .collect();
        let chart = BarChart::new(role.label(), bars).color(COLORS[k % COLORS.len()]);
        let below: Vec<&BarChart> = charts.iter().collect();
        let chart = chart.stack_on(&below);
        charts.push(chart);
    }
    fixed_plot("series-roles", 220.0)
        .x_axis_formatter(at(dates.clone()))
        .show(ui, |plot| {
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
    fixed_plot("series-visits", 180.0)
        .x_axis_formatter(at(dates.clone()))
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new("First visit", first).color(COLORS[0]));
            plot.bar_chart(BarChart::new("Returning", back).color(COLORS[1]));
        });
    ui.label(
        RichText::new("Languages over time")
            .size(BODY + 4.0)
            .strong(),
    );
    fixed_plot("series-languages", 180.0)
        .x_axis_formatter(at(dates))
        .show(ui, |plot| {
            for (k, (lang, counts)) in s.languages.iter().enumerate() {
                let points: PlotPoints<'_> = counts
                    .iter()
                    .enumerate()
                    .map(|(i, n)| [i as f64, f64::from(*n)])
                    .collect();
                plot.line(
                    Line::new(lang.clone(), points)
                        .color(COLORS[k % COLORS.len()])
                        .width(2.5),
                );
            }
        });
}
