//! The harvest: notes the tables chose to share, gathered into themes for the room,
//! and the commitments and actions named at the closing.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use egui::{Color32, RichText, Ui};
use uuid::Uuid;

use super::command::AppCommand;
use crate::live::{Command, LiveState, ProjectorScreen, RecordCommand};

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

fn record(command: RecordCommand) -> AppCommand {
    AppCommand::Cafe(Command::Record(command))
}

impl HarvestState {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        writable: bool,
        commands: &mut Vec<AppCommand>,
    ) {
        let themes: Vec<_> = live.session.themes.iter().filter(|t| !t.deleted).collect();
        if self
            .selected_theme
            .is_none_or(|id| !themes.iter().any(|t| t.id == id))
        {
            self.selected_theme = themes.last().map(|t| t.id);
        }
        egui::Panel::right("themes")
            .default_size(420.0)
            .min_size(300.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui.add_enabled_ui(writable, |ui| {
                        self.themes_ui(ui, live, commands);
                        ui.separator();
                        self.commitments_ui(ui, live, commands);
                    });
                });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label(RichText::new("Shared by the tables").size(24.0).strong());
            ui.label("Notes marked \"Share\" at the tables. Choose a theme on the right, then add notes to it.");
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.add_enabled_ui(writable, |ui| self.shared_ui(ui, live, commands));
                });
        });
    }

    fn shared_ui(&mut self, ui: &mut Ui, live: &LiveState, commands: &mut Vec<AppCommand>) {
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
                Some((i, q)) => format!("Question {}: {}", i + 1, q.text),
                None => "Outside the rounds".to_owned(),
            };
            ui.add_space(8.0);
            ui.label(RichText::new(heading).strong().size(18.0));
            for note in notes {
                ui.horizontal(|ui| {
                    if let Some(theme) = theme {
                        let inside = theme.notes.contains(&note.id);
                        let text = if inside {
                            "Take out of theme"
                        } else {
                            "Add to theme"
                        };
                        if ui.add(egui::Button::selectable(inside, text)).clicked() {
                            commands.push(record(RecordCommand::ToggleThemeNote {
                                theme: theme.id,
                                note: note.id,
                            }));
                        }
                    }
                    let table = session
                        .table(note.table)
                        .map_or_else(String::new, crate::model::Table::label);
                    ui.label(
                        RichText::new(table)
                            .small()
                            .color(super::theme::palette::MUTED),
                    );
                    ui.add(egui::Label::new(RichText::new(&note.text).size(18.0)).wrap());
                });
            }
        }
        if !any {
            ui.label(RichText::new("No notes are marked to share yet.").italics());
        }
    }

    fn themes_ui(&mut self, ui: &mut Ui, live: &LiveState, commands: &mut Vec<AppCommand>) {
        let session = &live.session;
        ui.horizontal(|ui| {
            ui.label(RichText::new("Themes").size(24.0).strong());
            let on = live.screen == ProjectorScreen::Themes;
            let command = AppCommand::ShowThemes;
            let text = command.button_text_as(
                crate::ui::text::language(ui.ctx()),
                if on {
                    "Showing on projector"
                } else {
                    "Show on projector"
                },
            );
            if ui
                .add(super::widgets::toggle(on, text))
                .on_hover_text(command.tooltip(crate::ui::text::language(ui.ctx())))
                .clicked()
            {
                commands.push(command);
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label("New theme");
            let edit = ui
                .add(egui::TextEdit::singleline(&mut self.new_theme).desired_width(220.0))
                .labelled_by(label.id);
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button("Add theme").clicked() || enter) && !self.new_theme.trim().is_empty() {
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
            ui.horizontal(|ui| {
                let text = format!(
                    "{}  ·  {}, {}",
                    theme.title,
                    plural(tables.len(), "table"),
                    plural(theme.notes.len(), "note")
                );
                if ui
                    .add(egui::Button::selectable(on, RichText::new(text).size(18.0)))
                    .clicked()
                {
                    self.selected_theme = Some(theme.id);
                }
                if ui.small_button("Rename").clicked() {
                    self.renaming = Some((theme.id, theme.title.clone()));
                }
                if ui.small_button("Delete theme").clicked() {
                    commands.push(record(RecordCommand::DeleteTheme { id: theme.id }));
                }
            });
            if let Some((id, title)) = self.renaming.as_mut().filter(|(id, _)| *id == theme.id) {
                let id = *id;
                let mut done = false;
                ui.horizontal(|ui| {
                    let label = ui.label("New title");
                    let edit = ui
                        .add(egui::TextEdit::singleline(title).desired_width(240.0))
                        .labelled_by(label.id);
                    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if ui.button("Save").clicked() || enter {
                        commands.push(record(RecordCommand::RenameTheme {
                            id,
                            title: title.clone(),
                        }));
                        done = true;
                    }
                    if ui.button("Cancel").clicked() {
                        done = true;
                    }
                });
                if done {
                    self.renaming = None;
                }
            }
        }
    }

    fn commitments_ui(&mut self, ui: &mut Ui, live: &LiveState, commands: &mut Vec<AppCommand>) {
        ui.label(RichText::new("Commitments and actions").size(22.0).strong());
        ui.label(RichText::new("What people and the school will do before the next café.").small());
        let due = self.due.trim();
        let due_date = (!due.is_empty()).then(|| NaiveDate::parse_from_str(due, "%Y-%m-%d"));
        egui::Grid::new("commitment").num_columns(2).show(ui, |ui| {
            let label = ui.label("What");
            ui.add(egui::TextEdit::singleline(&mut self.commitment).desired_width(260.0))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label("Who (optional)");
            ui.add(egui::TextEdit::singleline(&mut self.owner).desired_width(260.0))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label("By (YYYY-MM-DD, optional)");
            ui.add(egui::TextEdit::singleline(&mut self.due).desired_width(120.0))
                .labelled_by(label.id);
            ui.end_row();
        });
        let bad_date = matches!(due_date, Some(Err(_)));
        if bad_date {
            ui.label(
                RichText::new("Write the date as year-month-day, for example 2026-12-10.")
                    .color(Color32::from_rgb(0xB0, 0, 0x20)),
            );
        }
        if ui
            .add_enabled(
                !bad_date && !self.commitment.trim().is_empty(),
                egui::Button::new("Add commitment"),
            )
            .clicked()
        {
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
                if ui.small_button("Remove").clicked() {
                    commands.push(record(RecordCommand::DeleteCommitment { id: c.id }));
                }
                let mut line = c.text.clone();
                if !c.owner.is_empty() {
                    line = format!("{line} — {}", c.owner);
                }
                if let Some(due) = c.due {
                    line = format!("{line} (by {})", due.format("%-d %b %Y"));
                }
                ui.label(line);
            });
        }
    }
}

/// "1 table", "3 tables".
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
