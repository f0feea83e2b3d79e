//! The series planner on Home: a host names a series and adds, reorders, edits and removes
//! its cafés (what comes next in each is `next_in_series`).

use crate::ui::say::{Say, said_line};

use chrono::NaiveDate;
use egui::{RichText, Ui};
use uuid::Uuid;

use super::{HomeState, RED, labelled_edit};
use crate::model::ClockTime;
use crate::model::series_plan::{PlannedCafe, SeriesPlan, SeriesPlans};
use crate::store::DataDir;
use crate::store::series_plans::{self, NotWritten};
use crate::ui::text::{t, ta};

/// The plans and the planner's own state.
pub(super) struct Planner {
    data: DataDir,
    plans: SeriesPlans,
    /// The plans file could not be read: nothing is saved over it, and the planner only
    /// offers to set it aside.
    unreadable: Option<crate::store::FileError>,
    /// Why the last change could not be saved, or where an unreadable file was moved.
    said: Option<Said>,
    /// The name typed for a new series.
    new_name: String,
    /// The series being changed, and its form.
    open: Option<Open>,
    /// The series whose removal waits for a second press.
    removing: Option<Uuid>,
}

/// What the planner last said about its file.
enum Said {
    NotSaved(NotWritten),
    SetAside(std::path::PathBuf),
}

/// A series open for changes: its name as typed and the form for one café.
struct Open {
    series: Uuid,
    name: String,
    form: CafeForm,
}

/// The form that adds a café to a series, or changes one of its cafés.
#[derive(Default)]
struct CafeForm {
    /// The café being changed (none: a new one is added).
    editing: Option<Uuid>,
    /// The guide's file name and title.
    guide: Option<(String, String)>,
    date: String,
    venue: String,
    starts_at: String,
    title: String,
}

impl CafeForm {
    fn of(cafe: &PlannedCafe) -> Self {
        Self {
            editing: Some(cafe.id),
            guide: Some((cafe.guide_file.clone(), cafe.guide_title.clone())),
            date: cafe.date.format("%Y-%m-%d").to_string(),
            venue: cafe.venue.clone(),
            starts_at: cafe.starts_at.map(|t| t.to_string()).unwrap_or_default(),
            title: cafe.title.clone(),
        }
    }

    /// The café as filled in, or what is still wrong with it in words.
    fn cafe(&self, ui: &Ui) -> Result<PlannedCafe, Vec<String>> {
        let mut problems = Vec::new();
        if self.guide.is_none() {
            problems.push(t(ui, "home-problem-guide"));
        }
        let date = NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d");
        if date.is_err() {
            problems.push(t(ui, "home-problem-date"));
        }
        let starts_at = ClockTime::parse(&self.starts_at);
        if starts_at.is_none() && !self.starts_at.trim().is_empty() {
            problems.push(t(ui, "home-plan-problem-time"));
        }
        match (&self.guide, date) {
            (Some((file, title)), Ok(date)) if problems.is_empty() => Ok(PlannedCafe {
                id: self.editing.unwrap_or_else(Uuid::new_v4),
                guide_file: file.clone(),
                guide_title: title.clone(),
                date,
                venue: self.venue.trim().to_owned(),
                starts_at,
                title: self.title.trim().to_owned(),
            }),
            _ => Err(problems),
        }
    }
}

impl Planner {
    /// The series planned, in the order they were made.
    pub(super) fn series(&self) -> &[SeriesPlan] {
        &self.plans.series
    }

    pub(super) fn new(data: &DataDir) -> Self {
        let (plans, unreadable) = match series_plans::load(data) {
            Ok(plans) => (plans, None),
            Err(e) => {
                log::warn!("{e}");
                (SeriesPlans::default(), Some(e))
            }
        };
        Self {
            data: data.clone(),
            plans,
            unreadable,
            said: None,
            new_name: String::new(),
            open: None,
            removing: None,
        }
    }

    /// Keep the plans as they are now.
    fn save(&mut self) {
        if self.unreadable.is_some() {
            return;
        }
        self.said = series_plans::save(&self.data, &self.plans)
            .map_err(|e| {
                log::warn!("{e}");
                Said::NotSaved(e)
            })
            .err();
    }

    fn series_mut(&mut self, id: Uuid) -> Option<&mut SeriesPlan> {
        self.plans.series.iter_mut().find(|s| s.id == id)
    }

    /// Whether a series other than `except` already has this name.
    fn name_taken(&self, name: &str, except: Option<Uuid>) -> bool {
        let name = name.trim().to_lowercase();
        self.plans
            .series
            .iter()
            .any(|s| Some(s.id) != except && s.name.trim().to_lowercase() == name)
    }
}

pub(super) fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

impl HomeState {
    /// The planner: every planned series, the one open for changes, and a new one.
    pub(super) fn series_plans_ui(&mut self, ui: &mut Ui) {
        let header = said_line(ui, RichText::new(t(ui, "home-plan-heading")).strong());
        egui::CollapsingHeader::new(header)
            .id_salt("series plans")
            .default_open(!self.plans.plans.series.is_empty() || self.plans.unreadable.is_some())
            .show(ui, |ui| {
                ui.say(RichText::new(t(ui, "home-plan-intro")).small());
                self.plans_said_ui(ui);
                if self.plans.unreadable.is_some() {
                    return;
                }
                let ids: Vec<Uuid> = self.plans.plans.series.iter().map(|s| s.id).collect();
                for id in ids {
                    self.series_ui(ui, id);
                }
                ui.horizontal_wrapped(|ui| {
                    labelled_edit(ui, &t(ui, "home-plan-new-name"), &mut self.plans.new_name);
                    let name = self.plans.new_name.trim().to_owned();
                    let fine = !name.is_empty() && !self.plans.name_taken(&name, None);
                    if ui
                        .add_enabled(
                            fine,
                            egui::Button::new(said_line(ui, t(ui, "home-plan-new"))),
                        )
                        .clicked()
                    {
                        let plan = SeriesPlan::new(&name);
                        self.plans.open = Some(Open {
                            series: plan.id,
                            name: plan.name.clone(),
                            form: CafeForm::default(),
                        });
                        self.plans.plans.series.push(plan);
                        self.plans.new_name.clear();
                        self.plans.save();
                    }
                    if !name.is_empty() && !fine {
                        ui.say(RichText::new(t(ui, "home-plan-problem-name")).color(RED));
                    }
                });
            });
    }

    /// What the planner has to say about its file: unreadable (with the way out), not
    /// saved, or set aside.
    fn plans_said_ui(&mut self, ui: &mut Ui) {
        let lang = crate::ui::text::language(ui.ctx());
        if let Some(e) = &self.plans.unreadable {
            let error = crate::ui::trouble::file_error(lang, e);
            ui.say(
                RichText::new(ta(ui, "home-plan-unreadable", &[("error", error.into())]))
                    .color(RED),
            );
            if ui.say_button(t(ui, "home-plan-set-aside")).clicked() {
                match series_plans::set_aside(&self.plans.data) {
                    Ok(aside) => {
                        self.plans.unreadable = None;
                        self.plans.plans = SeriesPlans::default();
                        self.plans.said = Some(Said::SetAside(aside));
                    }
                    Err(e) => self.plans.said = Some(Said::NotSaved(e)),
                }
            }
        }
        match &self.plans.said {
            Some(Said::NotSaved(e)) => {
                let error =
                    crate::ui::trouble::not_written(crate::ui::text::language(ui.ctx()), &e.why);
                ui.say(
                    RichText::new(ta(ui, "home-plan-not-saved", &[("error", error.into())]))
                        .color(RED),
                );
            }
            Some(Said::SetAside(file)) => {
                let file = file.display().to_string();
                ui.say(ta(ui, "home-plan-set-aside-done", &[("file", file.into())]));
            }
            None => {}
        }
    }

    /// One planned series: its name and count, and while open its cafés and the form.
    fn series_ui(&mut self, ui: &mut Ui, id: Uuid) {
        let Some(series) = self.plans.plans.series.iter().find(|s| s.id == id) else {
            return;
        };
        let held = series.held(&self.recent.on_file);
        let summary = ta(
            ui,
            "home-plan-summary",
            &[
                ("count", series.cafes.len().into()),
                ("held", held.iter().filter(|h| **h).count().into()),
            ],
        );
        let name = series.name.clone();
        let is_open = self.plans.open.as_ref().is_some_and(|o| o.series == id);
        ui.group(|ui| {
            ui.horizontal_wrapped(|ui| {
                ui.say(RichText::new(&name).strong().size(17.0));
                ui.say(RichText::new(summary).small());
                let toggle = if is_open {
                    "home-plan-done"
                } else {
                    "home-plan-change"
                };
                if ui.say_button(t(ui, toggle)).clicked() {
                    self.plans.open = (!is_open).then(|| Open {
                        series: id,
                        name: name.clone(),
                        form: CafeForm::default(),
                    });
                }
                if ui.say_button(t(ui, "home-plan-remove-series")).clicked() {
                    self.plans.removing = Some(id);
                }
            });
            if self.plans.removing == Some(id) {
                self.remove_series_ui(ui, id, &name);
            }
            if is_open {
                self.open_series_ui(ui, id, &held);
            }
        });
    }

    fn remove_series_ui(&mut self, ui: &mut Ui, id: Uuid, name: &str) {
        ui.horizontal_wrapped(|ui| {
            ui.say(ta(ui, "home-plan-remove-ask", &[("name", name.into())]));
            if ui.say_button(t(ui, "home-plan-remove-action")).clicked() {
                self.plans.plans.series.retain(|s| s.id != id);
                self.plans.removing = None;
                if self.plans.open.as_ref().is_some_and(|o| o.series == id) {
                    self.plans.open = None;
                }
                self.plans.save();
            }
            if ui.say_button(t(ui, "home-cancel")).clicked() {
                self.plans.removing = None;
            }
        });
    }

    /// The open series: its name, its cafés in order with their buttons, and the café form.
    fn open_series_ui(&mut self, ui: &mut Ui, id: Uuid, held: &[bool]) {
        let Some(open) = self.plans.open.as_mut() else {
            return;
        };
        ui.horizontal_wrapped(|ui| {
            labelled_edit(ui, &t(ui, "home-plan-name"), &mut open.name);
        });
        let typed = open.name.trim().to_owned();
        let current = self
            .plans
            .plans
            .series
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.name.clone())
            .unwrap_or_default();
        if typed != current {
            let fine = !typed.is_empty() && !self.plans.name_taken(&typed, Some(id));
            ui.horizontal_wrapped(|ui| {
                if ui
                    .add_enabled(
                        fine,
                        egui::Button::new(said_line(ui, t(ui, "home-plan-rename"))),
                    )
                    .clicked()
                    && let Some(series) = self.plans.series_mut(id)
                {
                    series.name = typed;
                    self.plans.save();
                }
                if !fine {
                    ui.say(RichText::new(t(ui, "home-plan-problem-name")).color(RED));
                }
            });
        }
        self.planned_cafes_ui(ui, id, held);
        ui.separator();
        self.cafe_form_ui(ui, id);
    }

    /// The cafés of a series in order: each with its place, whether it was held, and the
    /// buttons that move, edit and remove it.
    fn planned_cafes_ui(&mut self, ui: &mut Ui, id: Uuid, held: &[bool]) {
        let Some(series) = self.plans.plans.series.iter().find(|s| s.id == id) else {
            return;
        };
        let count = series.cafes.len();
        let mut change: Option<(usize, Change)> = None;
        for (i, cafe) in series.cafes.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                let mut line = ta(
                    ui,
                    "home-plan-row",
                    &[
                        ("number", (i + 1).into()),
                        ("guide", cafe.guide_title.clone().into()),
                        ("date", day(cafe.date).into()),
                    ],
                );
                for part in [
                    cafe.venue.clone(),
                    cafe.starts_at.map(|t| t.to_string()).unwrap_or_default(),
                    cafe.title.clone(),
                ] {
                    if !part.is_empty() {
                        line = format!("{line} · {part}");
                    }
                }
                // The buttons first, so they line up however long the line is.
                let buttons = [
                    ("home-plan-earlier", i > 0, Change::Earlier),
                    ("home-plan-later", i + 1 < count, Change::Later),
                    ("home-plan-edit", true, Change::Edit),
                    ("home-plan-remove", true, Change::Remove),
                ];
                for (key, enabled, what) in buttons {
                    if ui
                        .add_enabled(enabled, egui::Button::new(said_line(ui, t(ui, key))))
                        .clicked()
                    {
                        change = Some((i, what));
                    }
                }
                ui.say(line);
                if held.get(i).copied().unwrap_or(false) {
                    ui.say(
                        RichText::new(t(ui, "home-plan-held"))
                            .color(crate::ui::theme::palette::SAVED)
                            .strong(),
                    );
                }
            });
        }
        let Some((i, what)) = change else { return };
        let Some(series) = self.plans.series_mut(id) else {
            return;
        };
        match what {
            Change::Earlier | Change::Later => series.shift(i, what == Change::Earlier),
            Change::Remove => {
                series.cafes.remove(i);
            }
            Change::Edit => {
                let form = series.cafes.get(i).map(CafeForm::of);
                if let (Some(open), Some(form)) = (self.plans.open.as_mut(), form) {
                    open.form = form;
                }
                return;
            }
        }
        self.plans.save();
    }

    /// The form for one café of the open series: a new one, or the one being edited.
    fn cafe_form_ui(&mut self, ui: &mut Ui, id: Uuid) {
        let guides: Vec<(String, String)> = self
            .guides
            .iter()
            .filter_map(|e| {
                e.guide
                    .as_ref()
                    .ok()
                    .map(|g| (e.file_name(), g.title.clone()))
            })
            .collect();
        let Some(open) = self.plans.open.as_mut() else {
            return;
        };
        let form = &mut open.form;
        egui::Grid::new("planned cafe")
            .num_columns(2)
            .spacing([10.0, 6.0])
            .show(ui, |ui| {
                let label = ui.say(t(ui, "home-plan-guide"));
                let shown = form.guide.as_ref().map_or_else(
                    || t(ui, "home-plan-choose-guide"),
                    |(_, title)| title.clone(),
                );
                egui::ComboBox::from_id_salt("planned guide")
                    .selected_text(said_line(ui, shown))
                    .width(280.0)
                    .show_ui(ui, |ui| {
                        for guide in &guides {
                            let on = form.guide.as_ref() == Some(guide);
                            if ui.say_selectable(on, guide.1.clone()).clicked() {
                                form.guide = Some(guide.clone());
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
                labelled_edit(ui, &t(ui, "home-plan-date"), &mut form.date);
                ui.end_row();
                labelled_edit(ui, &t(ui, "home-plan-venue"), &mut form.venue);
                ui.end_row();
                labelled_edit(ui, &t(ui, "home-plan-time"), &mut form.starts_at);
                ui.end_row();
                labelled_edit(ui, &t(ui, "home-plan-title"), &mut form.title);
                ui.end_row();
            });
        let cafe = form.cafe(ui);
        let editing = form.editing;
        let mut done = false;
        ui.horizontal_wrapped(|ui| {
            let key = if editing.is_some() {
                "home-plan-save"
            } else {
                "home-plan-add"
            };
            let button = egui::Button::new(said_line(ui, t(ui, key)));
            if ui.add_enabled(cafe.is_ok(), button).clicked() {
                done = true;
            }
            if editing.is_some() && ui.say_button(t(ui, "home-cancel")).clicked() {
                open.form = CafeForm::default();
            }
            // Until something is typed, the form has nothing to say about what is missing.
            if let Err(problems) = &cafe
                && (open.form.guide.is_some() || !open.form.date.trim().is_empty())
            {
                for p in problems {
                    ui.say(RichText::new(p).color(RED));
                }
            }
        });
        if let (true, Ok(cafe)) = (done, cafe) {
            // The next café of a series is often at the same place.
            let venue = cafe.venue.clone();
            open.form = CafeForm {
                venue,
                ..CafeForm::default()
            };
            if let Some(series) = self.plans.series_mut(id) {
                match series.cafes.iter_mut().find(|c| c.id == cafe.id) {
                    Some(old) => *old = cafe,
                    None => series.cafes.push(cafe),
                }
            }
            self.plans.save();
        }
    }
}

/// A press on one planned café's buttons.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Change {
    Earlier,
    Later,
    Edit,
    Remove,
}
