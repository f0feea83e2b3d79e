//! One café's report on screen, read-only: the timing chart, who came, each question with its
//! points and the notes of each table, the themes and the actions. Opened from the library or
//! from a search result, in which case it scrolls to that note and marks it.

use std::path::PathBuf;

use egui::{Color32, RichText, Ui};
use egui_plot::{Bar, BarChart};
use uuid::Uuid;

use super::{BODY, ExportWhat, HEADING, ReviewRequest, slot_chart_ui, solid_bars};
use crate::export::Format;
use crate::model::Session;
use crate::review::report::{CafeReport, TableNotes};
use crate::ui::theme::{chart_colour, role_colour};

/// What the report screen keeps between frames.
pub struct ReportScreen {
    pub path: PathBuf,
    report: CafeReport,
    exports_dir: PathBuf,
    /// The note to scroll to (once) and mark.
    target: Option<Uuid>,
    scrolled: bool,
    names: bool,
}

impl ReportScreen {
    /// The report of `session`, read from `path`; exports are offered into `exports_dir`.
    pub fn new(path: PathBuf, session: &Session, exports_dir: PathBuf, note: Option<Uuid>) -> Self {
        Self {
            path,
            report: CafeReport::of(session),
            exports_dir,
            target: note,
            scrolled: false,
            names: false,
        }
    }

    pub fn report(&self) -> &CafeReport {
        &self.report
    }

    fn export(&self, format: Format) -> ReviewRequest {
        let stem = self
            .path
            .file_stem()
            .map_or_else(|| "cafe".to_owned(), |s| s.to_string_lossy().into_owned());
        let kind = match format {
            Format::Markdown | Format::Html => "report",
            Format::Csv => "attendance",
            Format::SignInSheet => "blank-sign-in-sheet",
        };
        ReviewRequest::Export {
            what: ExportWhat::Cafe(self.path.clone()),
            format,
            names: self.names,
            output: self
                .exports_dir
                .join(format!("{stem}-{kind}.{}", format.extension())),
        }
    }

    pub fn ui(&mut self, ui: &mut Ui) -> Option<ReviewRequest> {
        let mut request = None;
        let r = &self.report;
        ui.label(RichText::new(&r.title).size(HEADING).strong());
        ui.label(
            RichText::new(format!(
                "{} · {} · series: {} · {} minutes",
                r.date.format("%A %-d %B %Y"),
                r.venue,
                r.series,
                r.minutes
            ))
            .size(BODY),
        );
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(RichText::new("Reopen this café").size(BODY))
                .clicked()
            {
                request = Some(ReviewRequest::Reopen {
                    path: self.path.clone(),
                });
            }
            ui.separator();
            ui.checkbox(&mut self.names, RichText::new("Include names").size(BODY));
            for (label, format) in [
                ("Export report (Markdown)", Format::Markdown),
                ("Export report (web page)", Format::Html),
                ("Export attendance (CSV)", Format::Csv),
                ("Blank sign-in sheet", Format::SignInSheet),
            ] {
                if ui.button(RichText::new(label).size(BODY)).clicked() {
                    request = Some(self.export(format));
                }
            }
        });
        ui.separator();
        let target = self.target;
        let mut scrolled = self.scrolled;
        egui::ScrollArea::vertical()
            .id_salt("review-report")
            .auto_shrink(false)
            .show(ui, |ui| {
                figures_ui(ui, &self.report);
                timing_ui(ui, &self.report);
                for q in &self.report.questions {
                    if q.actual_minutes.is_none() && q.tables.is_empty() {
                        continue;
                    }
                    ui.add_space(12.0);
                    ui.label(
                        RichText::new(format!("Question {}: {}", q.index + 1, q.text))
                            .size(BODY + 4.0)
                            .strong(),
                    );
                    for (point, came) in &q.points {
                        if *came {
                            ui.label(RichText::new(format!("Came up: {point}")).size(BODY));
                        }
                    }
                    notes_ui(ui, &q.tables, target, &mut scrolled);
                }
                if !self.report.other_notes.is_empty() {
                    ui.label(RichText::new("Other notes").size(BODY + 4.0).strong());
                    notes_ui(ui, &self.report.other_notes, target, &mut scrolled);
                }
                ui.add_space(12.0);
                ui.label(RichText::new("Themes").size(BODY + 4.0).strong());
                for t in &self.report.themes {
                    ui.label(
                        RichText::new(format!(
                            "{} — raised by {} table{}",
                            t.title,
                            t.tables,
                            if t.tables == 1 { "" } else { "s" }
                        ))
                        .size(BODY),
                    );
                }
                ui.add_space(12.0);
                ui.label(RichText::new("Actions").size(BODY + 4.0).strong());
                for a in &self.report.actions {
                    let due = a
                        .due
                        .map_or_else(|| "no date".to_owned(), |d| d.to_string());
                    let status = if a.done { "done" } else { "open" };
                    ui.label(
                        RichText::new(format!("{} — {}, by {due} ({status})", a.text, a.owner))
                            .size(BODY),
                    );
                }
            });
        self.scrolled = scrolled;
        request
    }
}

fn figures_ui(ui: &mut Ui, r: &CafeReport) {
    let f = &r.figures;
    ui.label(RichText::new("Who came").size(BODY + 4.0).strong());
    ui.label(
        RichText::new(format!(
            "{} people, {} for the first time, {} needed an interpreter, {} children in childcare",
            f.total, f.first_timers, f.interpreter_needed, f.children_in_childcare
        ))
        .size(BODY),
    );
    let bars: Vec<Bar> = f
        .by_role
        .iter()
        .enumerate()
        .map(|(i, (role, n))| {
            Bar::new(i as f64, f64::from(*n))
                .name(role.label())
                .fill(role_colour(*role))
                .stroke(egui::Stroke::new(1.0, role_colour(*role)))
        })
        .collect();
    let labels: Vec<String> = f.by_role.keys().map(|r| r.label().to_owned()).collect();
    // The roles are written under their bars: no legend needed.
    slot_chart_ui(ui, "report-roles", 160.0, labels, &[], |plot| {
        plot.bar_chart(BarChart::new("People by role", bars));
    });
}

fn timing_ui(ui: &mut Ui, r: &CafeReport) {
    ui.label(
        RichText::new("Minutes per step: planned and actual")
            .size(BODY + 4.0)
            .strong(),
    );
    let planned: Vec<Bar> = r
        .steps
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            s.planned
                .map(|p| Bar::new(i as f64 - 0.2, f64::from(p)).width(0.4))
        })
        .collect();
    let actual: Vec<Bar> = r
        .steps
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.actual.map(|a| Bar::new(i as f64 + 0.2, a).width(0.4)))
        .collect();
    let labels: Vec<String> = r.steps.iter().map(|s| s.label.clone()).collect();
    let (planned_name, actual_name) = ("Planned", "Actual");
    slot_chart_ui(
        ui,
        "report-timing",
        200.0,
        labels,
        &[planned_name, actual_name],
        |plot| {
            plot.bar_chart(solid_bars(planned_name, planned, chart_colour(0)));
            plot.bar_chart(solid_bars(actual_name, actual, chart_colour(1)));
        },
    );
    for s in &r.steps {
        let planned = s
            .planned
            .map_or_else(|| "no plan".to_owned(), |p| format!("{p} min planned"));
        let actual = s
            .actual
            .map_or_else(|| "until the end".to_owned(), |a| format!("{a:.0} min"));
        ui.label(RichText::new(format!("{}: {actual} ({planned})", s.label)).size(BODY));
    }
}

fn notes_ui(ui: &mut Ui, tables: &[TableNotes], target: Option<Uuid>, scrolled: &mut bool) {
    for t in tables {
        ui.label(RichText::new(&t.label).size(BODY).strong());
        for n in &t.notes {
            let tags: Vec<&str> = n.tags.iter().map(|t| t.label()).collect();
            let text = if tags.is_empty() {
                format!("• {}", n.text)
            } else {
                format!("• {} ({})", n.text, tags.join(", "))
            };
            let found = target == Some(n.id);
            let mut rich = RichText::new(text).size(BODY);
            if found {
                rich = rich
                    .background_color(Color32::from_rgb(0xFF, 0xE8, 0x80))
                    .color(Color32::BLACK);
            }
            let response = ui.label(rich);
            if found && !*scrolled {
                response.scroll_to_me(Some(egui::Align::Center));
                *scrolled = true;
            }
        }
    }
}
