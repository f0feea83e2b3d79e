//! The screens for reviewing past cafés: the library, one café's report, search across every
//! café, and a series. Each keeps its own state and returns what the app shell must do as a
//! [`ReviewRequest`]; the shell owns files, saving and locks.

mod follow;
pub mod library;
pub mod report;
pub mod search;
pub mod series;

use crate::ui::say::Say;
use std::path::PathBuf;

use chrono::{Datelike, NaiveDate};
use egui::{Response, RichText, Ui};
use egui_plot::BarChart;
use uuid::Uuid;

use crate::ui::text::{t, ta};

pub use library::LibraryScreen;
pub use report::ReportScreen;
pub use search::SearchScreen;
pub use series::SeriesScreen;

/// What a review screen asks the app shell to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewRequest {
    /// Show the report of the café in `path`, scrolled to `note` when given.
    OpenReport { path: PathBuf, note: Option<Uuid> },
    /// Open the café in `path` for editing again (it is read-only in its report).
    Reopen { path: PathBuf },
    /// Show the series view of `name`.
    OpenSeries { name: String },
    /// Mark a commitment of the café in `path` done or open, saved to that café's file
    /// (through its live state if it is open in this window, else `session::set_action_done`).
    SetActionDone {
        path: PathBuf,
        commitment: Uuid,
        done: bool,
    },
    /// Write an export (see `export::write_export`).
    Export {
        what: ExportWhat,
        format: crate::export::Format,
        /// Include names (the host ticked *Include names*).
        names: bool,
        output: PathBuf,
    },
    /// Ask the host for another folder of session files to list.
    AddFolder,
}

/// What an export is of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportWhat {
    Cafe(PathBuf),
    Series(String),
}

/// A table in words: "Table 2", "Table 2 · The window table", or "Another table" when the
/// café no longer has it.
pub(crate) fn table_words(ui: &Ui, table: Option<(u32, &str)>) -> String {
    match table {
        None => t(ui, "report-another-table"),
        Some((number, name)) if name.trim().is_empty() => {
            ta(ui, "report-table", &[("number", number.into())])
        }
        Some((number, name)) => ta(
            ui,
            "report-table-named",
            &[("number", number.into()), ("name", name.trim().into())],
        ),
    }
}

/// A date in words ("Thursday 19 November 2026"), in the interface's language.
pub(crate) fn long_date(ui: &Ui, date: NaiveDate) -> String {
    ta(
        ui,
        "review-date-long",
        &[
            ("weekday", date.weekday().number_from_monday().into()),
            ("day", date.day().to_string().into()),
            ("month", date.month().into()),
            ("year", date.year().to_string().into()),
        ],
    )
}

/// A short date for a chart's axis ("19 Nov"), in the interface's language.
pub(crate) fn short_date(ui: &Ui, date: NaiveDate) -> String {
    ta(
        ui,
        "review-date-short",
        &[
            ("day", date.day().to_string().into()),
            ("month", date.month().into()),
        ],
    )
}

/// A quiet line saying a list is empty, from the message `key`.
/// How far a reading of the cafés has come ("Reading cafés: 40 of 200"), or the words of
/// `before` while their number is not known yet.
pub(crate) fn reading_words(ui: &Ui, (done, total): (usize, usize), before: &str) -> String {
    if total > 0 {
        ta(
            ui,
            "review-reading",
            &[("done", done.into()), ("total", total.into())],
        )
    } else {
        t(ui, before)
    }
}

pub(crate) fn empty_ui(ui: &mut Ui, key: &str) {
    ui.say(RichText::new(t(ui, key)).size(BODY).weak());
}

/// Text large enough to read from a step back.
pub(crate) const BODY: f32 = 18.0;
pub(crate) const HEADING: f32 = 26.0;

/// A one-line text box with a visible label that screen readers announce as its name.
pub(crate) fn labelled_text(ui: &mut Ui, label: &str, text: &mut String, width: f32) -> Response {
    ui.horizontal(|ui| {
        let name = ui.say(RichText::new(label).size(BODY));
        crate::ui::bidi_edit::singleline(ui, None, text, |e, _| e.desired_width(width))
            .response
            .response
            .labelled_by(name.id)
    })
    .inner
}

/// The short name of a session file, for lists.
pub(crate) fn file_label(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// A chart of one bar group (or point) per slot at x = 0, 1, 2, …, with `ticks` written under
/// the slots. It stays put (no zoom, drag or scroll), so the page scrolls past it. Its legend,
/// `legend` in the order drawn, sits at the top right in room kept free to the right of the
/// last slot, so it never covers a bar or a line. `id` is the chart's own (one chart per id
/// on screen).
pub(crate) fn slot_chart_ui(
    ui: &mut Ui,
    id: &str,
    height: f32,
    ticks: Vec<String>,
    legend: &[&str],
    draw: impl FnOnce(&mut egui_plot::PlotUi<'_>),
) {
    let slots = ticks.len();
    let mut plot = egui_plot::Plot::new(id);
    let (legend_width, legend_height) = if legend.is_empty() {
        (0.0, 0.0)
    } else {
        plot = plot.legend(egui_plot::Legend::default().follow_insertion_order(true));
        legend_size(ui, legend)
    };
    plot.id(egui::Id::unique(id))
        // Tall enough for the whole legend above the axis.
        .height(height.max(legend_height + 40.0))
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .x_axis_formatter(move |mark, _| label_at(&ticks, mark.value))
        .show(ui, |plot| {
            let frame_width = plot.response().rect.width();
            plot.set_plot_bounds_x(-0.5..=x_end_leaving_room(slots, frame_width, legend_width));
            draw(plot);
        });
}

/// Bars filled with `colour` itself (3:1 or more against the chart, unlike a pale tint), each
/// edged by a thin line of the chart's background so that stacked bars stay apart.
pub(crate) fn solid_bars(name: &str, bars: Vec<egui_plot::Bar>, colour: egui::Color32) -> BarChart {
    let edge = egui::Stroke::new(1.0, crate::ui::theme::palette::CARD);
    let bars = bars
        .into_iter()
        .map(|b| b.fill(colour).stroke(edge))
        .collect();
    BarChart::new(name, bars).color(colour)
}

/// The size on screen of a chart legend holding `names` (the words, the coloured dot before
/// each, the legend's frame and its distance from the chart's edge), with a little air.
fn legend_size(ui: &Ui, names: &[&str]) -> (f32, f32) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let sizes = names.iter().map(|name| {
        ui.painter()
            .layout_no_wrap((*name).to_owned(), font.clone(), egui::Color32::BLACK)
            .size()
    });
    let widest = sizes.fold(egui::Vec2::ZERO, egui::Vec2::max);
    // The dot is as wide as a line is high, plus a fifth of that before the words; the frame
    // has 8 points inside on each side and 4 above and below; the legend keeps 4 points from
    // the chart's edge.
    let width = widest.x + widest.y * 1.2 + 2.0 * 8.0 + 2.0 + 4.0 + 12.0;
    let rows = names.len() as f32;
    let height = rows * widest.y + (rows - 1.0) * ui.spacing().item_spacing.y + 2.0 * 4.0 + 8.0;
    (width, height)
}

/// Where the x axis of a chart of `slots` slots (each one wide, centred on 0, 1, …) must end
/// so that the slots fill the chart's `frame_width` points except the `legend_width` points
/// at its right. Past a point the legend is allowed to take no more than half of the chart.
pub(crate) fn x_end_leaving_room(slots: usize, frame_width: f32, legend_width: f32) -> f64 {
    let data = slots.max(1) as f64;
    let free = f64::from(1.0 - (legend_width / frame_width.max(1.0)).clamp(0.0, 0.5));
    -0.5 + data / free
}

/// The label of the bar at whole number `x` of the axis (empty between bars).
pub(crate) fn label_at(labels: &[String], x: f64) -> String {
    let i = x.round();
    if (x - i).abs() > 0.01 || i < 0.0 {
        return String::new();
    }
    labels.get(i as usize).cloned().unwrap_or_default()
}
