//! One note's row (its text, question, tags and buttons) and the change of a note.

use crate::ui::say::{Hint, Say, said_line};
use chrono::Local;
use egui::{RichText, Ui};

use super::{Edit, ROW_HEIGHT, TablesState, note_edit_id, table_text};
use crate::live::{Command, LiveState, RecordCommand};
use crate::model::{Note, Step, Tag};
use crate::ui::command::{AppCommand, Commands, Request};
use crate::ui::text::tag_text;
use crate::ui::text::{t, ta};

fn wrapped_id() -> egui::Id {
    egui::Id::unique("tables: a note's buttons wrap")
}

/// The height of every note's row: its text and a line of buttons, or two lines of buttons when
/// they wrapped in the last frame (a narrow page).
pub(super) fn row_height(ui: &Ui) -> f32 {
    let wrapped = ui.ctx().data(|d| d.get_temp::<bool>(wrapped_id()));
    if wrapped == Some(true) {
        ROW_HEIGHT + ui.spacing().interact_size.y + ui.spacing().item_spacing.y
    } else {
        ROW_HEIGHT
    }
}

impl TablesState {
    /// Two lines per note: its text across the full width, then the question it answered, its
    /// time, tags and buttons.
    pub(super) fn note_row_ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        note: &Note,
        came_from: Option<String>,
        commands: &mut Commands,
    ) {
        let record = |c: RecordCommand| Request::Cafe(Command::Record(c));
        let editing = self.editing.as_ref().is_some_and(|e| e.id == note.id);
        let row = row_height(ui);
        ui.allocate_ui(egui::vec2(ui.available_width(), row), |ui| {
            ui.set_height(row - ui.spacing().item_spacing.y);
            ui.horizontal(|ui| {
                if editing {
                    self.edit_ui(ui, live, commands);
                } else {
                    let first_line = note.text.lines().next().unwrap_or_default();
                    let line = RichText::new(first_line).size(19.0);
                    crate::ui::widgets::cut_label(ui, line, &note.text);
                }
            });
            // Wrapped on a narrow page (a small window, longer Spanish words), never cut off
            // at the side: then every row is one line taller (see `row_height`).
            let controls = ui.horizontal_wrapped(|ui| {
                let time = (
                    "time",
                    note.created
                        .with_timezone(&Local)
                        .format("%H:%M")
                        .to_string()
                        .into(),
                );
                let when = match note.question {
                    Some(q) => ta(
                        ui,
                        "tables-note-question",
                        &[("number", (q + 1).into()), time],
                    ),
                    None => ta(ui, "tables-note-outside", &[time]),
                };
                let about = question_text(ui, live, note.question);
                ui.say(RichText::new(when).small()).hint(about);
                if let Some(computer) = came_from {
                    came_from_ui(ui, &computer);
                }
                for tag in Tag::ALL {
                    let on = note.tags.contains(&tag);
                    if ui
                        .add(crate::ui::widgets::toggle(
                            ui,
                            on,
                            RichText::new(tag_text(ui, tag)).small(),
                        ))
                        .clicked()
                    {
                        commands.push(record(RecordCommand::ToggleTag { id: note.id, tag }));
                    }
                }
                ui.separator();
                let mut share = note.share;
                if ui
                    .checkbox(&mut share, said_line(ui, t(ui, "tables-share")))
                    .hint(t(ui, "tables-share-tooltip"))
                    .changed()
                {
                    commands.push(record(RecordCommand::SetShare { id: note.id, share }));
                }
                let mut private = note.private;
                if ui
                    .checkbox(&mut private, said_line(ui, t(ui, "tables-private")))
                    .hint(t(ui, "tables-private-tooltip"))
                    .changed()
                {
                    commands.push(record(RecordCommand::SetPrivate {
                        id: note.id,
                        private,
                    }));
                }
                if !editing
                    && ui
                        .small_button(t(ui, "tables-edit"))
                        .hint(t(ui, "tables-edit-tooltip"))
                        .clicked()
                {
                    if let Some(saved) = self.finish_edit(true) {
                        commands.push(Request::Cafe(saved));
                    }
                    self.editing = Some(Edit {
                        id: note.id,
                        text: note.text.clone(),
                        table: note.table,
                    });
                    ui.ctx().memory_mut(|m| m.request_focus(note_edit_id()));
                }
                if ui.small_button(t(ui, "tables-delete")).clicked() {
                    commands.push(record(RecordCommand::DeleteNote { id: note.id }));
                }
            });
            let wrapped = controls.response.rect.height() > ui.spacing().interact_size.y * 1.6;
            ui.ctx().data_mut(|d| d.insert_temp(wrapped_id(), wrapped));
        });
    }
    /// The note being changed: Enter saves, Esc cancels, clicking elsewhere saves.
    pub(super) fn edit_ui(&mut self, ui: &mut Ui, live: &LiveState, commands: &mut Commands) {
        let Some(edit) = &mut self.editing else {
            return;
        };
        let label = ui.say(t(ui, "tables-change-note"));
        let width = ui.available_width() - 260.0;
        let response =
            crate::ui::bidi_edit::singleline(ui, note_edit_id(), &mut edit.text, |e, _| {
                // Esc cancels the change (a command), rather than only leaving the box.
                e.event_filter(egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    escape: true,
                    ..Default::default()
                })
                .desired_width(width)
            })
            .response
            .response
            .labelled_by(label.id);
        let current = live
            .session
            .table(edit.table)
            .map(|table| table_text(ui, table));
        egui::ComboBox::from_id_salt("move-note")
            .selected_text(said_line(ui, current.unwrap_or_default()))
            .show_ui(ui, |ui| {
                for table in &live.session.tables {
                    let text = table_text(ui, table);
                    ui.selectable_value(&mut edit.table, table.id, said_line(ui, text));
                }
            })
            .response
            .hint(t(ui, "tables-move-tooltip"));
        if ui
            .small_button(AppCommand::SaveNoteEdit.button_text(crate::ui::text::language(ui.ctx())))
            .clicked()
        {
            commands.push(AppCommand::SaveNoteEdit);
        } else if ui
            .small_button(
                AppCommand::CancelNoteEdit.button_text(crate::ui::text::language(ui.ctx())),
            )
            .clicked()
        {
            commands.push(AppCommand::CancelNoteEdit);
        } else if response.lost_focus() && !egui::Popup::is_any_open(ui.ctx()) {
            // Clicked elsewhere: keep what was typed.
            commands.push(AppCommand::SaveNoteEdit);
        }
    }
}

/// "from ana-laptop": the laptop a note arrived from through the shared folder.
pub(crate) fn came_from_ui(ui: &mut Ui, computer: &str) {
    ui.say(
        RichText::new(ta(ui, "tables-came-from", &[("computer", computer.into())]))
            .small()
            .color(crate::ui::theme::palette::ACCENT),
    )
    .hint(t(ui, "tables-came-from-tooltip"));
}

/// A table laptop following the facilitator's: says so, or that it has not heard from it for
/// a while. Returns whether the question must be moved by hand.
pub(super) fn follows_ui(ui: &mut Ui, follows: super::Follows) -> bool {
    let time =
        |at: chrono::DateTime<chrono::Utc>| at.with_timezone(&Local).format("%H:%M").to_string();
    match follows {
        super::Follows::Heard(at) => {
            ui.say(RichText::new(ta(ui, "tables-following", &[("time", time(at).into())])).small());
            false
        }
        super::Follows::Quiet(heard) => {
            let words = match heard {
                Some(at) => ta(ui, "tables-facilitator-quiet", &[("time", time(at).into())]),
                None => t(ui, "tables-facilitator-not-heard"),
            };
            ui.say(
                RichText::new(words)
                    .strong()
                    .color(crate::ui::theme::ERROR_TEXT),
            );
            true
        }
    }
}

/// The question a note answered, in full, for its tooltip.
fn question_text(ui: &Ui, live: &LiveState, question: Option<usize>) -> String {
    match question.and_then(|q| live.session.guide.questions.get(q).map(|t| (q, t))) {
        Some((q, question)) => ta(
            ui,
            "tables-question",
            &[
                ("number", (q + 1).into()),
                ("text", question.text.as_str().into()),
            ],
        ),
        None => t(ui, "tables-outside-tooltip"),
    }
}
/// In table mode the note-taker follows the room's questions with these buttons. They move
/// between the guide's questions only: never past the last one, never round to the first.
pub(super) fn question_stepper_ui(
    ui: &mut Ui,
    live: &LiveState,
    writable: bool,
    commands: &mut Commands,
) {
    let count = live.session.guide.questions.len();
    let (previous, next) = match live.session.current {
        Step::Question(i) => (i.checked_sub(1), Some(i + 1).filter(|n| *n < count)),
        Step::Welcome | Step::YouSaid | Step::Agreements => (None, (count > 0).then_some(0)),
        Step::Harvest | Step::Closing => (count.checked_sub(1), None),
    };
    ui.horizontal(|ui| {
        ui.say(t(ui, "tables-room-on"));
        if ui
            .add_enabled(
                writable && previous.is_some(),
                egui::Button::new(said_line(ui, t(ui, "tables-previous-question"))),
            )
            .clicked()
            && let Some(p) = previous
        {
            commands.push(Request::Cafe(Command::GoTo(Step::Question(p))));
        }
        if ui
            .add_enabled(
                writable && next.is_some(),
                egui::Button::new(said_line(ui, t(ui, "tables-next-question"))),
            )
            .clicked()
            && let Some(n) = next
        {
            commands.push(Request::Cafe(Command::GoTo(Step::Question(n))));
        }
    });
}
