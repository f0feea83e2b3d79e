//! The editor's left side: the evening's agenda with each step's minutes and clock time, the
//! total against the planned end, and the buttons (and drag) that add, copy, remove and move
//! questions.

use crate::ui::say::{Hint, Say, said_line};
use egui::{RichText, Ui};

use super::{change, send};
use crate::authoring::Edit;
use crate::model::{Guide, GuideProblem, Step};
use crate::ui::command::{AppCommand, Commands};
use crate::ui::guides::GuideRequest;
use crate::ui::text::{t, ta};

/// A question being dragged to another place, by its index.
struct Dragged(usize);

pub(super) fn ui(
    ui: &mut Ui,
    guide: &Guide,
    selected: Option<Step>,
    problems: &[GuideProblem],
    writable: bool,
    commands: &mut Commands,
) {
    let lang = crate::ui::text::language(ui.ctx());
    ui.add_space(6.0);
    ui.say_heading(t(ui, "editor-agenda"));
    let details =
        egui::Button::selectable(selected.is_none(), said_line(ui, t(ui, "editor-details")))
            .min_size(egui::vec2(ui.available_width(), 26.0));
    let mut details = ui.add(details);
    if problems
        .iter()
        .any(|p| p.step().is_none() && !matches!(p, GuideProblem::NoQuestions))
    {
        details = details.hint(t(ui, "editor-step-to-fix"));
    }
    if details.clicked() {
        send(commands, GuideRequest::Choose(None));
    }
    let bottom = 200.0;
    egui::ScrollArea::vertical()
        .id_salt("editor_agenda_rows")
        .max_height((ui.available_height() - bottom).max(120.0))
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for timed in guide.timed_agenda() {
                let step = timed.step;
                let mut name = crate::ui::presenter::step_label(lang, step);
                if let Step::Question(i) = step
                    && let Some(q) = guide.questions.get(i)
                {
                    let text: String = q.text.chars().take(60).collect();
                    name = format!("{}. {text}", i + 1);
                }
                let to_fix = problems.iter().filter(|p| p.step() == Some(step)).count();
                let mut right = ta(
                    ui,
                    "editor-minutes-short",
                    &[("minutes", timed.minutes.into())],
                );
                if let Some(at) = timed.starts {
                    right = format!("{right}  {at}");
                }
                if to_fix > 0 {
                    right = format!("⚠ {right}");
                }
                let row = ui.horizontal(|ui| {
                    match step {
                        Step::Question(i) if writable => handle_ui(ui, i),
                        _ => {
                            ui.add_space(18.0);
                        }
                    }
                    let button =
                        egui::Button::selectable(selected == Some(step), said_line(ui, name))
                            .right_text(right)
                            .truncate()
                            .min_size(egui::vec2(ui.available_width(), 26.0));
                    let mut response = ui.add(button);
                    if let Step::Question(i) = step
                        && let Some(q) = guide.questions.get(i)
                    {
                        response = response.hint(&q.text);
                    }
                    if to_fix > 0 {
                        response =
                            response.hint(crate::ui::text::tn(ui, "editor-things-to-fix", to_fix));
                    }
                    if response.clicked() {
                        send(commands, GuideRequest::Choose(Some(step)));
                    }
                });
                if let Step::Question(to) = step {
                    drop_ui(ui, &row.response, to, commands);
                }
            }
        });
    ui.separator();
    total_ui(ui, guide, problems);
    ui.add_space(4.0);
    ui.add_enabled_ui(writable, |ui| buttons_ui(ui, guide, selected, commands));
}

/// The grip a question is dragged by.
fn handle_ui(ui: &mut Ui, index: usize) {
    let id = egui::Id::unique(("editor-drag", index));
    ui.dnd_drag_source(id, Dragged(index), |ui| {
        let (rect, response) = ui.allocate_exact_size(egui::vec2(14.0, 22.0), egui::Sense::hover());
        let stroke = egui::Stroke::new(2.0, crate::ui::theme::palette::EDGE);
        for k in 0..3 {
            let y = rect.top() + 6.0 + 5.0 * k as f32;
            ui.painter().line_segment(
                [
                    egui::pos2(rect.left() + 2.0, y),
                    egui::pos2(rect.right() - 2.0, y),
                ],
                stroke,
            );
        }
        let hint = crate::ui::text::t(ui, "editor-drag-hint");
        response.hint(hint);
    });
}

/// Where a dragged question lands: a line shows the place, and letting go moves it there.
fn drop_ui(ui: &mut Ui, row: &egui::Response, to: usize, commands: &mut Commands) {
    if let Some(dragged) = row.dnd_hover_payload::<Dragged>()
        && dragged.0 != to
    {
        let y = if dragged.0 < to {
            row.rect.bottom()
        } else {
            row.rect.top()
        };
        let stroke = egui::Stroke::new(3.0, crate::ui::theme::palette::ACCENT);
        ui.painter().hline(row.rect.x_range(), y, stroke);
    }
    if let Some(dragged) = row.dnd_release_payload::<Dragged>()
        && dragged.0 != to
    {
        change(
            commands,
            Edit::MoveQuestion {
                from: dragged.0,
                to,
            },
        );
    }
}

/// The evening's length, and how it sits with the planned end.
fn total_ui(ui: &mut Ui, guide: &Guide, problems: &[GuideProblem]) {
    let total = guide.total_minutes();
    let length = ta(
        ui,
        "editor-total",
        &[
            ("hours", (total / 60).into()),
            ("minutes", (total % 60).into()),
        ],
    );
    ui.say(RichText::new(length).strong());
    if let Some(start) = guide.plan.starts_at {
        let end = start.plus(total).to_string();
        let mut line = ta(ui, "editor-ends-at", &[("time", end.into())]);
        if let Some(by) = guide.plan.ends_by {
            line = ta(
                ui,
                "editor-ends-at-planned",
                &[("line", line.into()), ("planned", by.to_string().into())],
            );
        }
        ui.say(line);
    }
    for p in problems.iter().filter(|p| {
        matches!(
            p,
            GuideProblem::OverPlannedEnd { .. } | GuideProblem::NoQuestions
        )
    }) {
        super::problem_ui(ui, p);
    }
}

fn buttons_ui(ui: &mut Ui, guide: &Guide, selected: Option<Step>, commands: &mut Commands) {
    let chosen = match selected {
        Some(Step::Question(i)) => Some(i),
        _ => None,
    };
    let len = guide.questions.len();
    ui.horizontal_wrapped(|ui| {
        if ui.say_button(t(ui, "editor-add-question")).clicked() {
            change(commands, Edit::AddQuestion { after: chosen });
        }
        if let Some(i) = chosen {
            if ui.say_button(t(ui, "editor-duplicate-question")).clicked() {
                change(commands, Edit::DuplicateQuestion(i));
            }
            if ui.say_button(t(ui, "editor-delete-question")).clicked() {
                change(commands, Edit::DeleteQuestion(i));
            }
            for (command, enabled) in [
                (AppCommand::MoveStepUp, i > 0),
                (AppCommand::MoveStepDown, i + 1 < len),
            ] {
                crate::ui::widgets::command_button(ui, command, enabled, commands);
            }
        }
    });
}
