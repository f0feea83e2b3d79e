//! The harvest: notes the tables chose to share, gathered into themes for the room,
//! and the commitments and actions named at the closing.

use crate::ui::say::{Hint, Say, said, said_line};
use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use egui::{RichText, Ui};
use uuid::Uuid;

use super::command::{AppCommand, Commands, Request};
use super::tables::table_text;
use super::text::{t, ta};
use crate::i18n::FluentValue;
use crate::live::{Command, LiveState, ProjectorScreen, RecordCommand};
use crate::model::Commitment;

/// What the Harvest screen remembers between frames.
#[derive(Default)]
pub struct HarvestState {
    selected_theme: Option<Uuid>,
    new_theme: String,
    /// A theme whose title is being changed, with the new title so far.
    renaming: Option<(Uuid, String)>,
    commitment: String,
    owner: String,
    due: String,
}

fn record(command: RecordCommand) -> Request {
    Request::Cafe(Command::Record(command))
}

impl HarvestState {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        writable: bool,
        came_from: &super::tables::CameFrom<'_>,
        commands: &mut Commands,
    ) {
        let themes: Vec<_> = live.session.themes.iter().filter(|t| !t.deleted).collect();
        if self
            .selected_theme
            .is_none_or(|id| !themes.iter().any(|t| t.id == id))
        {
            self.selected_theme = themes.last().map(|t| t.id);
        }
        // A share of the window that no theme's title can widen: the notes beside it stay put
        // as themes are added.
        let side = (ui.available_width() * 0.38).clamp(300.0, 480.0);
        egui::Panel::right("themes")
            .exact_size(side)
            .resizable(false)
            .show(ui, |ui| {
                crate::ui::steady::Scroll::vertical().show(ui, |ui| {
                    ui.add_enabled_ui(writable, |ui| {
                        self.themes_ui(ui, live, commands);
                        ui.separator();
                        self.commitments_ui(ui, live, commands);
                    });
                });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            ui.say(
                RichText::new(t(ui, "harvest-shared-heading"))
                    .size(24.0)
                    .strong(),
            );
            ui.say(t(ui, "harvest-shared-intro"));
            crate::ui::steady::Scroll::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.add_enabled_ui(writable, |ui| {
                        self.shared_ui(ui, live, came_from, commands);
                    });
                });
        });
    }

    fn shared_ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        came_from: &super::tables::CameFrom<'_>,
        commands: &mut Commands,
    ) {
        let session = &live.session;
        let theme = self
            .selected_theme
            .and_then(|id| session.themes.iter().find(|t| t.id == id));
        let mut any = false;
        let mut groups: Vec<Option<usize>> = (0..session.guide.questions.len()).map(Some).collect();
        groups.push(None);
        for group in groups {
            let notes: Vec<_> = session
                .live_notes()
                .filter(|n| n.share && !n.private && n.question == group)
                .collect();
            if notes.is_empty() {
                continue;
            }
            any = true;
            let heading = match group.and_then(|i| session.guide.questions.get(i).map(|q| (i, q))) {
                Some((i, q)) => ta(
                    ui,
                    "tables-question",
                    &[("number", (i + 1).into()), ("text", q.text.as_str().into())],
                ),
                None => t(ui, "tables-outside"),
            };
            ui.add_space(8.0);
            ui.say(RichText::new(heading).strong().size(18.0));
            for note in notes {
                ui.horizontal(|ui| {
                    if let Some(theme) = theme {
                        let inside = theme.notes.contains(&note.id);
                        let texts = [t(ui, "harvest-add-to"), t(ui, "harvest-take-out")];
                        // As wide as its longer words, so the notes beside it never shift.
                        let width = crate::ui::steady::widest(ui, &texts);
                        let text = texts[usize::from(inside)].clone();
                        let button = egui::Button::selectable(inside, said_line(ui, text))
                            .min_size(egui::vec2(width, 0.0));
                        if ui.add(button).clicked() {
                            commands.push(record(RecordCommand::ToggleThemeNote {
                                theme: theme.id,
                                note: note.id,
                            }));
                        }
                    }
                    let table = session
                        .table(note.table)
                        .map_or_else(String::new, |table| table_text(ui, table));
                    ui.say(
                        RichText::new(table)
                            .small()
                            .color(super::theme::palette::MUTED),
                    );
                    if let Some(computer) = came_from(note.id) {
                        super::tables::came_from_ui(ui, &computer);
                    }
                    ui.add(egui::Label::new(said(ui, RichText::new(&note.text).size(18.0))).wrap());
                });
            }
        }
        if !any {
            ui.say(RichText::new(t(ui, "harvest-none-shared")).italics());
        }
    }

    fn themes_ui(&mut self, ui: &mut Ui, live: &LiveState, commands: &mut Commands) {
        let session = &live.session;
        ui.horizontal(|ui| {
            ui.say(RichText::new(t(ui, "harvest-themes")).size(24.0).strong());
            let on = live.screen == ProjectorScreen::Themes;
            let command = AppCommand::ShowThemes;
            // Its key (H) works on the presenter only: here people type.
            let text = t(
                ui,
                if on {
                    "harvest-showing"
                } else {
                    "harvest-show"
                },
            );
            if ui
                .add(super::widgets::toggle(ui, on, text))
                .hint(command.tooltip(crate::ui::text::language(ui.ctx())))
                .clicked()
            {
                commands.push(command);
            }
        });
        ui.horizontal(|ui| {
            let label = ui.say(t(ui, "harvest-new-theme"));
            let width = room_beside(ui, &[t(ui, "harvest-add-theme")]);
            let edit = crate::ui::bidi_edit::singleline(ui, None, &mut self.new_theme, |e, _| {
                e.desired_width(width)
            })
            .response
            .response
            .labelled_by(label.id);
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.say_button(t(ui, "harvest-add-theme")).clicked() || enter)
                && !self.new_theme.trim().is_empty()
            {
                let id = Uuid::new_v4();
                commands.push(record(RecordCommand::AddTheme {
                    id,
                    title: std::mem::take(&mut self.new_theme),
                }));
                self.selected_theme = Some(id);
            }
        });
        let table_of: HashMap<Uuid, Uuid> = session.live_notes().map(|n| (n.id, n.table)).collect();
        for theme in session.themes.iter().filter(|t| !t.deleted) {
            let tables: BTreeSet<_> = theme.notes.iter().filter_map(|n| table_of.get(n)).collect();
            let on = self.selected_theme == Some(theme.id);
            let text = ta(
                ui,
                "harvest-theme-line",
                &[
                    ("title", theme.title.as_str().into()),
                    ("tables", tables.len().into()),
                    ("notes", theme.notes.len().into()),
                ],
            );
            // The whole width, cut short with "…" (all of it under the pointer): a long title
            // never widens the panel.
            let button =
                egui::Button::selectable(on, said_line(ui, RichText::new(&text).size(18.0)))
                    .truncate()
                    .min_size(egui::vec2(ui.available_width(), 0.0));
            if ui.add(button).hint(&text).clicked() {
                self.selected_theme = Some(theme.id);
            }
            if let Some((id, title)) = self.renaming.as_mut().filter(|(id, _)| *id == theme.id) {
                let id = *id;
                let mut done = false;
                ui.horizontal(|ui| {
                    let label = ui.say(t(ui, "harvest-new-title"));
                    let buttons = [t(ui, "harvest-save"), t(ui, "harvest-cancel")];
                    let width = room_beside(ui, &buttons);
                    let edit = crate::ui::bidi_edit::singleline(ui, None, title, |e, _| {
                        e.desired_width(width)
                    })
                    .response
                    .response
                    .labelled_by(label.id);
                    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if ui.say_button(t(ui, "harvest-save")).clicked() || enter {
                        commands.push(record(RecordCommand::RenameTheme {
                            id,
                            title: title.clone(),
                        }));
                        done = true;
                    }
                    if ui.say_button(t(ui, "harvest-cancel")).clicked() {
                        done = true;
                    }
                });
                if done {
                    self.renaming = None;
                }
            }
        }
        // What can be done to the chosen theme, under the list.
        if let Some(theme) = self
            .selected_theme
            .and_then(|id| session.themes.iter().find(|t| t.id == id && !t.deleted))
            && self.renaming.is_none()
        {
            ui.horizontal(|ui| {
                if ui.small_button(t(ui, "harvest-rename")).clicked() {
                    self.renaming = Some((theme.id, theme.title.clone()));
                }
                if ui.small_button(t(ui, "harvest-delete-theme")).clicked() {
                    commands.push(record(RecordCommand::DeleteTheme { id: theme.id }));
                }
            });
        }
    }

    fn commitments_ui(&mut self, ui: &mut Ui, live: &LiveState, commands: &mut Commands) {
        ui.say(
            RichText::new(t(ui, "harvest-commitments"))
                .size(22.0)
                .strong(),
        );
        ui.say(RichText::new(t(ui, "harvest-commitments-intro")).small());
        let due = self.due.trim();
        let due_date = (!due.is_empty()).then(|| NaiveDate::parse_from_str(due, "%Y-%m-%d"));
        let what_id = egui::Id::unique("commitment-what");
        let mut submitted = false;
        egui::Grid::new("commitment").num_columns(2).show(ui, |ui| {
            let label = ui.say(t(ui, "harvest-what"));
            let what =
                crate::ui::bidi_edit::singleline(ui, what_id, &mut self.commitment, |e, ui| {
                    e.desired_width(ui.available_width().min(260.0))
                })
                .response
                .response
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.say(t(ui, "harvest-who"));
            let who = crate::ui::bidi_edit::singleline(ui, None, &mut self.owner, |e, ui| {
                e.desired_width(ui.available_width().min(260.0))
            })
            .response
            .response
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.say(t(ui, "harvest-due"));
            let by = crate::ui::bidi_edit::singleline(ui, None, &mut self.due, |e, _| {
                e.desired_width(120.0)
            })
            .response
            .response
            .labelled_by(label.id);
            ui.end_row();
            // Enter in any of the three boxes adds the commitment, as the button does.
            submitted = [what, who, by].iter().any(egui::Response::lost_focus)
                && ui.input(|i| i.key_pressed(egui::Key::Enter));
        });
        let bad_date = matches!(due_date, Some(Err(_)));
        if bad_date {
            ui.say(RichText::new(t(ui, "harvest-bad-date")).color(super::theme::palette::ALERT));
        }
        let ready = !bad_date && !self.commitment.trim().is_empty();
        let clicked = ui
            .add_enabled(
                ready,
                egui::Button::new(said_line(ui, t(ui, "harvest-add-commitment"))),
            )
            .clicked();
        if ready && (clicked || submitted) {
            // Ready for the next person's commitment.
            ui.memory_mut(|m| m.request_focus(what_id));
            commands.push(record(RecordCommand::AddCommitment {
                id: Uuid::new_v4(),
                text: std::mem::take(&mut self.commitment),
                owner: std::mem::take(&mut self.owner),
                due: due_date.and_then(Result::ok),
            }));
            self.due.clear();
        }
        for c in live.session.commitments.iter().filter(|c| !c.deleted) {
            ui.horizontal_wrapped(|ui| {
                if ui.small_button(t(ui, "harvest-remove")).clicked() {
                    commands.push(record(RecordCommand::DeleteCommitment { id: c.id }));
                }
                ui.say(commitment_line(ui, c));
            });
        }
    }
}

/// The width left for a text box in a row that still has `buttons` to its right.
fn room_beside(ui: &Ui, buttons: &[String]) -> f32 {
    let spacing = ui.spacing().item_spacing.x;
    let taken: f32 = buttons
        .iter()
        .map(|b| crate::ui::steady::widest(ui, std::slice::from_ref(b)) + spacing)
        .sum();
    (ui.available_width() - taken - spacing).max(80.0)
}

/// A commitment as the list shows it: its words, who, and by when (the date in the form it is
/// typed, the same in every language).
fn commitment_line(ui: &Ui, c: &Commitment) -> String {
    let text = ("text", c.text.as_str().into());
    let owner = ("owner", c.owner.as_str().into());
    match (c.owner.is_empty(), c.due) {
        (true, None) => c.text.clone(),
        (false, None) => ta(ui, "harvest-commitment-owner", &[text, owner]),
        (true, Some(due)) => ta(ui, "harvest-commitment-due", &[text, date(due)]),
        (false, Some(due)) => ta(
            ui,
            "harvest-commitment-owner-due",
            &[text, owner, date(due)],
        ),
    }
}

fn date(due: NaiveDate) -> (&'static str, FluentValue<'static>) {
    ("date", due.format("%Y-%m-%d").to_string().into())
}
