//! The screens for reviewing past cafés: the library, one café's report, search across every
//! café, and a series. Each keeps its own state and returns what the app shell must do as a
//! [`ReviewRequest`]; the shell owns files, saving and locks.

pub mod library;
pub mod report;
pub mod search;
pub mod series;

use std::path::PathBuf;

use egui::{Response, RichText, Ui};
use uuid::Uuid;

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
    /// (through its live state if it is open, else `review::series::set_action_done`).
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

/// Text large enough to read from a step back.
pub(crate) const BODY: f32 = 18.0;
pub(crate) const HEADING: f32 = 26.0;

/// A one-line text box with a visible label that screen readers announce as its name.
pub(crate) fn labelled_text(ui: &mut Ui, label: &str, text: &mut String, width: f32) -> Response {
    ui.horizontal(|ui| {
        let name = ui.label(RichText::new(label).size(BODY));
        ui.add(egui::TextEdit::singleline(text).desired_width(width))
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

/// A chart that stays put: no zoom, drag or scroll, so the page scrolls past it.
pub(crate) fn fixed_plot(id: &str, height: f32) -> egui_plot::Plot<'_> {
    egui_plot::Plot::new(id)
        .height(height)
        .legend(egui_plot::Legend::default())
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
}

/// The label of the bar at whole number `x` of the axis (empty between bars).
pub(crate) fn label_at(labels: &[String], x: f64) -> String {
    let i = x.round();
    if (x - i).abs() > 0.01 || i < 0.0 {
        return String::new();
    }
    labels.get(i as usize).cloned().unwrap_or_default()
}
