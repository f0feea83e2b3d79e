//! One café's report on screen, read-only: the timing chart, who came, each question with its
//! points and the notes of each table, the themes and the actions. Opened from the library or
//! from a search result, in which case it scrolls to that note and marks it.

use std::collections::HashMap;
use std::path::PathBuf;

use egui::{Color32, RichText, Ui};
use egui_plot::Bar;
use uuid::Uuid;

use super::{
    BODY, ExportWhat, HEADING, ReviewRequest, empty_ui, long_date, slot_chart_ui, solid_bars,
    table_words,
};
use crate::export::{Format, Subject};
use crate::model::{Session, Step};
use crate::review::report::{CafeReport, TableNotes};
use crate::ui::text::{people_figures, role_text, t, ta, tag_text};
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
    /// The agenda step of each of the report's steps, so its name can be said in the
    /// interface's language.
    steps: Vec<Option<Step>>,
    /// The names the tables were given, by number.
    table_names: HashMap<u32, String>,
}

impl ReportScreen {
    /// The report of `session`, read from `path`; exports are offered into `exports_dir`.
    pub fn new(path: PathBuf, session: &Session, exports_dir: PathBuf, note: Option<Uuid>) -> Self {
        let report = CafeReport::of(session);
        let agenda = session.agenda();
        let steps = report
            .steps
            .iter()
            .map(|s| agenda.iter().copied().find(|step| step.label() == s.label))
            .collect();
        let table_names = session
            .tables
            .iter()
            .map(|t| (t.number, t.name.trim().to_owned()))
            .collect();
        Self {
            path,
            report,
            exports_dir,
            target: note,
            scrolled: false,
            names: false,
            steps,
            table_names,
        }
    }

    pub fn report(&self) -> &CafeReport {
        &self.report
    }

    fn export(&self, format: Format) -> ReviewRequest {
        let privacy = crate::export::Privacy { names: self.names };
        let name = Subject::Cafe(&self.path).export_name(format, privacy);
        ReviewRequest::Export {
            what: ExportWhat::Cafe(self.path.clone()),
            format,
            names: self.names,
            output: self.exports_dir.join(name),
        }
    }

    pub fn ui(&mut self, ui: &mut Ui) -> Option<ReviewRequest> {
        let mut request = None;
        let r = &self.report;
        ui.label(RichText::new(&r.title).size(HEADING).strong());
        let subtitle = ta(
            ui,
            "report-subtitle",
            &[
                ("date", long_date(ui, r.date).into()),
                ("venue", r.venue.as_str().into()),
                ("series", r.series.as_str().into()),
                ("minutes", r.minutes.into()),
            ],
        );
        ui.label(RichText::new(subtitle).size(BODY));
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(RichText::new(t(ui, "report-reopen")).size(BODY))
                .clicked()
            {
                request = Some(ReviewRequest::Reopen {
                    path: self.path.clone(),
                });
            }
            ui.separator();
            let include = t(ui, "review-include-names");
            ui.checkbox(&mut self.names, RichText::new(include).size(BODY));
            for (key, format) in [
                ("report-export-markdown", Format::Markdown),
                ("report-export-html", Format::Html),
                ("report-export-csv", Format::Csv),
                ("report-sign-in-sheet", Format::SignInSheet),
            ] {
                if ui.button(RichText::new(t(ui, key)).size(BODY)).clicked() {
                    request = Some(self.export(format));
                }
            }
        });
        ui.separator();
        let target = self.target;
        let mut scrolled = self.scrolled;
        crate::ui::steady::Scroll::vertical()
            .id_salt("review-report")
            .auto_shrink(false)
            .show(ui, |ui| {
                figures_ui(ui, &self.report);
                timing_ui(ui, &self.report, &self.steps);
                for q in &self.report.questions {
                    if q.actual_minutes.is_none() && q.tables.is_empty() {
                        continue;
                    }
                    ui.add_space(12.0);
                    let heading = ta(
                        ui,
                        "report-question",
                        &[
                            ("number", (q.index + 1).into()),
                            ("text", q.text.as_str().into()),
                        ],
                    );
                    ui.label(RichText::new(heading).size(BODY + 4.0).strong());
                    for (point, came) in &q.points {
                        if *came {
                            let line =
                                ta(ui, "report-came-up", &[("point", point.as_str().into())]);
                            ui.label(RichText::new(line).size(BODY));
                        }
                    }
                    notes_ui(ui, &q.tables, &self.table_names, target, &mut scrolled);
                }
                if !self.report.other_notes.is_empty() {
                    let heading = t(ui, "report-other-notes");
                    ui.label(RichText::new(heading).size(BODY + 4.0).strong());
                    let notes = &self.report.other_notes;
                    notes_ui(ui, notes, &self.table_names, target, &mut scrolled);
                }
                ui.add_space(12.0);
                let heading = t(ui, "review-themes");
                ui.label(RichText::new(heading).size(BODY + 4.0).strong());
                if self.report.themes.is_empty() {
                    empty_ui(ui, "report-no-themes");
                }
                for theme in &self.report.themes {
                    let line = ta(
                        ui,
                        "report-theme",
                        &[
                            ("title", theme.title.as_str().into()),
                            ("tables", theme.tables.into()),
                        ],
                    );
                    ui.label(RichText::new(line).size(BODY));
                }
                ui.add_space(12.0);
                let heading = t(ui, "review-actions");
                ui.label(RichText::new(heading).size(BODY + 4.0).strong());
                if self.report.actions.is_empty() {
                    empty_ui(ui, "report-no-actions");
                }
                for a in &self.report.actions {
                    let mut args = vec![
                        ("text", a.text.as_str().into()),
                        ("owner", a.owner.as_str().into()),
                        ("done", if a.done { "yes" } else { "no" }.into()),
                    ];
                    let key = match a.due {
                        Some(due) => {
                            args.push(("due", due.to_string().into()));
                            "report-action-due"
                        }
                        None => "report-action-no-date",
                    };
                    ui.label(RichText::new(ta(ui, key, &args)).size(BODY));
                }
            });
        self.scrolled = scrolled;
        request
    }
}

fn figures_ui(ui: &mut Ui, r: &CafeReport) {
    let f = &r.figures;
    ui.label(
        RichText::new(t(ui, "report-who-came"))
            .size(BODY + 4.0)
            .strong(),
    );
    let [first, interpreter, children] = people_figures(ui, "report-figure", f);
    let figures = ta(
        ui,
        "report-figures",
        &[("total", f.total.into()), first, interpreter, children],
    );
    ui.label(RichText::new(figures).size(BODY));
    // One bar per role in the role's colour, named with its count in the legend beside the
    // chart: names under the bars would hide each other once they grow longer than a bar.
    let names: Vec<String> = f
        .by_role
        .iter()
        .map(|(role, n)| {
            let role = role_text(ui, *role);
            ta(
                ui,
                "report-role-count",
                &[("role", role.into()), ("count", (*n).into())],
            )
        })
        .collect();
    let legend: Vec<&str> = names.iter().map(String::as_str).collect();
    let slots = vec![String::new(); names.len()];
    slot_chart_ui(ui, "report-roles", 160.0, slots, &legend, |plot| {
        for (i, ((role, n), name)) in f.by_role.iter().zip(&names).enumerate() {
            let bar = Bar::new(i as f64, f64::from(*n)).width(0.6);
            plot.bar_chart(solid_bars(name, vec![bar], role_colour(*role)));
        }
    });
}

/// The name of a step of the agenda in the interface's language (the report's own words when
/// the step is not known).
fn step_name(ui: &Ui, step: Option<Step>, fallback: &str) -> String {
    match step {
        Some(Step::Welcome) => t(ui, "report-step-welcome"),
        Some(Step::YouSaid) => t(ui, "report-step-you-said"),
        Some(Step::Agreements) => t(ui, "report-step-agreements"),
        Some(Step::Question(i)) => ta(ui, "report-step-question", &[("number", (i + 1).into())]),
        Some(Step::Harvest) => t(ui, "report-step-harvest"),
        Some(Step::Closing) => t(ui, "report-step-closing"),
        None => fallback.to_owned(),
    }
}

fn timing_ui(ui: &mut Ui, r: &CafeReport, steps: &[Option<Step>]) {
    ui.label(
        RichText::new(t(ui, "report-timing"))
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
    let names: Vec<String> = r
        .steps
        .iter()
        .zip(steps)
        .map(|(s, step)| step_name(ui, *step, &s.label))
        .collect();
    let (planned_name, actual_name) = (t(ui, "report-planned"), t(ui, "report-actual"));
    slot_chart_ui(
        ui,
        "report-timing",
        200.0,
        names.clone(),
        &[&planned_name, &actual_name],
        |plot| {
            plot.bar_chart(solid_bars(&planned_name, planned, chart_colour(0)));
            plot.bar_chart(solid_bars(&actual_name, actual, chart_colour(1)));
        },
    );
    for (s, name) in r.steps.iter().zip(names) {
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        let line = ta(
            ui,
            "report-step",
            &[
                ("step", name.into()),
                ("ended", yes_no(s.actual.is_some()).into()),
                (
                    "actual",
                    format!("{:.0}", s.actual.unwrap_or_default()).into(),
                ),
                ("has-plan", yes_no(s.planned.is_some()).into()),
                ("planned", s.planned.unwrap_or_default().into()),
            ],
        );
        ui.label(RichText::new(line).size(BODY));
    }
}

/// The heading of a table's notes: its number and the name it was given.
fn table_heading(ui: &Ui, t: &TableNotes, names: &HashMap<u32, String>) -> String {
    let name = names.get(&t.table).map_or("", String::as_str);
    table_words(ui, (t.table != u32::MAX).then_some((t.table, name)))
}

fn notes_ui(
    ui: &mut Ui,
    tables: &[TableNotes],
    names: &HashMap<u32, String>,
    target: Option<Uuid>,
    scrolled: &mut bool,
) {
    for table in tables {
        let heading = table_heading(ui, table, names);
        ui.label(RichText::new(heading).size(BODY).strong());
        for n in &table.notes {
            let tags: Vec<String> = n.tags.iter().map(|tag| tag_text(ui, *tag)).collect();
            let text = if tags.is_empty() {
                format!("• {}", n.text)
            } else {
                format!("• {} ({})", n.text, tags.join(", "))
            };
            let found = target == Some(n.id);
            let mut rich = RichText::new(text).size(BODY);
            if found {
                rich = rich
                    .background_color(crate::ui::theme::palette::MARK)
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
