//! The editor's middle: the chosen step with one column per language of the guide, the main
//! language first. A question has its text, discussion points, notes, resources and minutes;
//! the agreements are a list; the other steps have their minutes.

use crate::ui::say::{Hint, Say, said, said_line};
use egui::{RichText, Ui};

use super::{Cell, change, guide_text_ui, languages_of, problem_ui};
use crate::authoring::{Edit, Text};
use crate::model::guide::language_name;
use crate::model::{Guide, GuideProblem, Step};
use crate::ui::command::Commands;
use crate::ui::text::{t, ta};

/// The width of the column that names each row.
const LABEL_WIDTH: f32 = 170.0;

pub(super) fn ui(
    ui: &mut Ui,
    guide: &Guide,
    step: Step,
    problems: &[GuideProblem],
    commands: &mut Commands,
) {
    let lang = crate::ui::text::language(ui.ctx());
    let here: Vec<&GuideProblem> = problems.iter().filter(|p| p.step() == Some(step)).collect();
    ui.horizontal(|ui| {
        let name = match step {
            Step::Question(i) => ta(
                ui,
                "editor-question-of",
                &[
                    ("number", (i + 1).into()),
                    ("total", guide.questions.len().into()),
                ],
            ),
            _ => crate::ui::presenter::step_label(lang, step),
        };
        ui.say(RichText::new(name).strong().size(22.0));
        ui.add_space(16.0);
        minutes_ui(ui, guide, step, commands);
    });
    for p in here
        .iter()
        .filter(|p| matches!(p, GuideProblem::Minutes { .. }))
    {
        problem_ui(ui, p);
    }
    ui.add_space(6.0);
    match step {
        Step::Question(q) => question_ui(ui, guide, q, &here, commands),
        Step::Agreements => agreements_ui(ui, guide, commands),
        Step::Welcome | Step::YouSaid | Step::Harvest | Step::Closing => {
            let key = match step {
                Step::Welcome => "editor-welcome-hint",
                Step::YouSaid => "editor-you-said-hint",
                Step::Harvest => "editor-harvest-hint",
                _ => "editor-closing-hint",
            };
            ui.say(t(ui, key));
        }
    }
}

fn minutes_ui(ui: &mut Ui, guide: &Guide, step: Step, commands: &mut Commands) {
    let label = ui.say(t(ui, "editor-minutes"));
    let mut minutes = guide.minutes_of(step);
    let response = ui
        .add(egui::DragValue::new(&mut minutes).range(0..=999).speed(0.2))
        .labelled_by(label.id);
    if response.changed() {
        change(commands, Edit::SetMinutes(step, minutes));
    }
}

/// How wide each language's column is, to fill the page (never narrower than is useful).
fn column_width(ui: &Ui, languages: usize) -> f32 {
    let free = ui.available_width() - LABEL_WIDTH - 24.0;
    (free / languages.max(1) as f32 - 12.0).max(170.0)
}

/// The row of language names over the columns.
fn header_row(ui: &mut Ui, guide: &Guide, width: f32) {
    ui.say("");
    for (i, code) in languages_of(guide).iter().enumerate() {
        let mut name = language_name(code);
        if i == 0 {
            name = ta(ui, "editor-main-language", &[("language", name.into())]);
        }
        ui.add_sized(
            [width, 20.0],
            egui::Label::new(said(ui, RichText::new(name).strong())),
        );
    }
    ui.end_row();
}

/// One text of the guide across every language: its name, then a box per language.
fn text_row(
    ui: &mut Ui,
    guide: &Guide,
    text: Text,
    name: &str,
    width: f32,
    rows: usize,
    commands: &mut Commands,
) {
    ui.say(name);
    for code in languages_of(guide) {
        let field = format!("{name} ({})", language_name(&code));
        let cell = Cell {
            text,
            language: &code,
            name: &field,
            width,
            rows,
        };
        guide_text_ui(ui, guide, &cell, commands);
    }
    ui.end_row();
}

/// Small buttons that move (when `movable`) or remove an item of a list.
fn item_buttons(
    ui: &mut Ui,
    at: usize,
    len: usize,
    what: &str,
    movable: bool,
) -> Option<ItemAction> {
    let mut action = None;
    ui.horizontal(|ui| {
        let lang = crate::ui::text::language(ui.ctx());
        let name = |key: &str| crate::i18n::tr_args(lang, key, &[("item", what.into())]);
        if movable {
            let up = ui
                .add_enabled(
                    at > 0,
                    egui::Button::new(said_line(ui, t(ui, "editor-up"))).small(),
                )
                .accessible_name(name("editor-move-up-named"))
                .hint(name("editor-move-up-named"));
            if up.clicked() {
                action = Some(ItemAction::Move(at - 1));
            }
            let down = ui
                .add_enabled(
                    at + 1 < len,
                    egui::Button::new(said_line(ui, t(ui, "editor-down"))).small(),
                )
                .accessible_name(name("editor-move-down-named"))
                .hint(name("editor-move-down-named"));
            if down.clicked() {
                action = Some(ItemAction::Move(at + 1));
            }
        }
        let remove = ui
            .add(egui::Button::new(said_line(ui, t(ui, "editor-remove"))).small())
            .accessible_name(name("editor-remove-named"));
        if remove.clicked() {
            action = Some(ItemAction::Remove);
        }
    });
    action
}

enum ItemAction {
    Move(usize),
    Remove,
}

fn question_ui(
    ui: &mut Ui,
    guide: &Guide,
    q: usize,
    problems: &[&GuideProblem],
    commands: &mut Commands,
) {
    let Some(question) = guide.questions.get(q) else {
        return;
    };
    let columns = languages_of(guide).len();
    let width = column_width(ui, columns);
    // One grid for the whole question, so every language's column lines up from the question
    // down to the resources.
    let problem_row = |ui: &mut Ui, pick: fn(&GuideProblem) -> bool| {
        for p in problems.iter().filter(|p| pick(p)) {
            ui.say("");
            problem_ui(ui, p);
            ui.end_row();
        }
    };
    egui::ScrollArea::horizontal()
        .id_salt("editor_question")
        .show(ui, |ui| {
            egui::Grid::new(("editor_question_grid", q))
                .num_columns(1 + columns)
                .spacing([12.0, 8.0])
                .min_col_width(LABEL_WIDTH)
                .show(ui, |ui| {
                    header_row(ui, guide, width);
                    text_row(
                        ui,
                        guide,
                        Text::Question(q),
                        &t(ui, "editor-question"),
                        width,
                        2,
                        commands,
                    );
                    problem_row(ui, |p| {
                        matches!(p, GuideProblem::QuestionWithoutText { .. })
                    });
                    section_row(ui, "editor-points", "editor-points-hint");
                    problem_row(ui, |p| {
                        matches!(p, GuideProblem::QuestionWithoutPoints { .. })
                    });
                    let len = question.points.len();
                    for p in 0..len {
                        let name = ta(ui, "editor-point", &[("number", (p + 1).into())]);
                        match item_label_ui(ui, &name, p, len, true) {
                            Some(ItemAction::Move(to)) => {
                                change(commands, Edit::MovePoint(q, p, to));
                            }
                            Some(ItemAction::Remove) => change(commands, Edit::RemovePoint(q, p)),
                            None => {}
                        }
                        cells(ui, guide, Text::Point(q, p), &name, width, commands);
                    }
                    if add_button_ui(ui, "editor-add-point") {
                        change(commands, Edit::AddPoint(q));
                    }
                    ui.end_row();
                    section_row(ui, "editor-notes", "editor-notes-hint");
                    text_row(
                        ui,
                        guide,
                        Text::Notes(q),
                        &t(ui, "editor-notes"),
                        width,
                        4,
                        commands,
                    );
                    section_row(ui, "editor-resources", "editor-resources-hint");
                    for r in 0..question.resources.len() {
                        let name = ta(ui, "editor-resource", &[("number", (r + 1).into())]);
                        if let Some(ItemAction::Remove) = item_label_ui(ui, &name, r, 1, false) {
                            change(commands, Edit::RemoveResource(q, r));
                        }
                        let title = ta(ui, "editor-resource-title", &[("number", (r + 1).into())]);
                        cells(
                            ui,
                            guide,
                            Text::ResourceTitle(q, r),
                            &title,
                            width,
                            commands,
                        );
                        let detail =
                            ta(ui, "editor-resource-detail", &[("number", (r + 1).into())]);
                        text_row(
                            ui,
                            guide,
                            Text::ResourceDetail(q, r),
                            &detail,
                            width,
                            2,
                            commands,
                        );
                    }
                    if add_button_ui(ui, "editor-add-resource") {
                        change(commands, Edit::AddResource(q));
                    }
                    ui.end_row();
                });
        });
}

/// A button that adds a row above itself (its words are the catalogue's `key`); it has its
/// own id, so the keyboard stays on it as the rows grow.
fn add_button_ui(ui: &mut Ui, key: &str) -> bool {
    ui.push_id(key, |ui| ui.say_button(t(ui, key)))
        .inner
        .clicked()
}

/// A heading row inside the grid: the part's name, and what it is for, in the first column.
fn section_row(ui: &mut Ui, name: &str, hint: &str) {
    ui.vertical(|ui| {
        ui.set_max_width(LABEL_WIDTH);
        ui.add_space(6.0);
        ui.say(RichText::new(t(ui, name)).strong().size(18.0));
        ui.add(egui::Label::new(said(ui, RichText::new(t(ui, hint)).small())).wrap());
    });
    ui.end_row();
}

/// The boxes of one text in every language, ending the grid's row.
fn cells(ui: &mut Ui, guide: &Guide, text: Text, name: &str, width: f32, commands: &mut Commands) {
    for code in languages_of(guide) {
        let field = format!("{name} ({})", language_name(&code));
        let cell = Cell {
            text,
            language: &code,
            name: &field,
            width,
            rows: 1,
        };
        guide_text_ui(ui, guide, &cell, commands);
    }
    ui.end_row();
}

/// A list item's name with its buttons (move when `movable`, remove), in the grid's first
/// column.
fn item_label_ui(
    ui: &mut Ui,
    name: &str,
    at: usize,
    len: usize,
    movable: bool,
) -> Option<ItemAction> {
    ui.vertical(|ui| {
        ui.say(name);
        item_buttons(ui, at, len, name, movable)
    })
    .inner
}

fn agreements_ui(ui: &mut Ui, guide: &Guide, commands: &mut Commands) {
    ui.say(t(ui, "editor-agreements-hint"));
    let width = column_width(ui, languages_of(guide).len());
    egui::ScrollArea::horizontal()
        .id_salt("editor_agreements")
        .show(ui, |ui| {
            egui::Grid::new("editor_agreements_grid")
                .num_columns(1 + languages_of(guide).len())
                .spacing([12.0, 6.0])
                .min_col_width(LABEL_WIDTH)
                .show(ui, |ui| {
                    header_row(ui, guide, width);
                    let len = guide.agreements.len();
                    for a in 0..len {
                        let name = ta(ui, "editor-agreement", &[("number", (a + 1).into())]);
                        match item_label_ui(ui, &name, a, len, true) {
                            Some(ItemAction::Move(to)) => {
                                change(commands, Edit::MoveAgreement { from: a, to });
                            }
                            Some(ItemAction::Remove) => change(commands, Edit::RemoveAgreement(a)),
                            None => {}
                        }
                        cells(ui, guide, Text::Agreement(a), &name, width, commands);
                    }
                });
            if add_button_ui(ui, "editor-add-agreement") {
                change(commands, Edit::AddAgreement);
            }
        });
}
