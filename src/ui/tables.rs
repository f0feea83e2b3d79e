//! Note-taking per table: the table list, the selected table's notes for a question, and a
//! note box where Enter adds the note. In table mode only one table is shown.

use std::collections::{BTreeSet, HashMap};

use chrono::Local;
use egui::{Color32, Key, Modifiers, RichText, Ui};
use uuid::Uuid;

use super::Intent;
use super::actions::{Action, undo_redo_pressed};
use crate::live::{Command, LiveState, RecordCommand};
use crate::model::{Note, Step, Tag};

/// Which notes the list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum NoteFilter {
    /// The question on screen now.
    #[default]
    Current,
    Question(usize),
    /// Notes taken outside the rounds (welcome, harvest, closing).
    Outside,
    All,
}

/// What the Tables screen remembers between frames.
#[derive(Default)]
pub struct TablesState {
    pub selected: Option<Uuid>,
    /// Half-typed notes, per table, kept when switching tables.
    pub drafts: HashMap<Uuid, String>,
    /// Tags for the note being typed.
    pub tags: BTreeSet<Tag>,
    pub filter: NoteFilter,
    editing: Option<(Uuid, String)>,
    rename: Option<(Uuid, String, String)>,
    focus_box: bool,
}

/// The note box's id, so tests and key handling can find it.
pub fn note_box_id() -> egui::Id {
    egui::Id::unique("note-box")
}

const ROW_HEIGHT: f32 = 64.0;

impl TablesState {
    /// Ask for the note box to take the keyboard next frame.
    pub fn focus_note_box(&mut self) {
        self.focus_box = true;
    }

    /// Switch to a table, ready to type its next note.
    fn select(&mut self, table: Uuid) {
        self.selected = Some(table);
        self.editing = None;
        self.focus_box = true;
    }

    /// The selected table, falling back to the first.
    fn table(&mut self, live: &LiveState, locked: Option<Uuid>) -> Option<Uuid> {
        if let Some(id) = locked {
            self.selected = Some(id);
        }
        let valid = self.selected.filter(|id| live.session.table(*id).is_some());
        let id = valid.or_else(|| live.session.tables.first().map(|t| t.id));
        if id != self.selected {
            self.selected = id;
            self.editing = None;
        }
        id
    }

    /// Draw the screen. `locked` is the one table of table mode; `foot` draws under the
    /// table list (the import controls).
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        locked: Option<Uuid>,
        intents: &mut Vec<Intent>,
        foot: impl FnOnce(&mut Ui, &mut Vec<Intent>),
    ) {
        self.switch_by_keys(ui, live, locked);
        let Some(table_id) = self.table(live, locked) else {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.label("This café has no tables.");
            });
            return;
        };
        if locked.is_none() {
            egui::Panel::left("table_list")
                .default_size(220.0)
                .min_size(170.0)
                .show(ui, |ui| {
                    egui::Panel::bottom("table_list_foot").show(ui, |ui| foot(ui, intents));
                    self.list_ui(ui, live);
                });
        }
        egui::Panel::bottom("note_entry")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(8.0))
            .show(ui, |ui| {
                self.entry_ui(ui, live, table_id, locked.is_some(), intents)
            });
        egui::CentralPanel::default().show(ui, |ui| {
            self.header_ui(ui, live, table_id, locked.is_some(), intents);
            ui.separator();
            self.notes_ui(ui, live, table_id, intents);
        });
    }

    fn switch_by_keys(&mut self, ui: &Ui, live: &LiveState, locked: Option<Uuid>) {
        if locked.is_some() {
            return;
        }
        const NUMBERS: [Key; 9] = [
            Key::Num1,
            Key::Num2,
            Key::Num3,
            Key::Num4,
            Key::Num5,
            Key::Num6,
            Key::Num7,
            Key::Num8,
            Key::Num9,
        ];
        for (i, key) in NUMBERS.iter().enumerate() {
            if ui.input_mut(|inp| inp.consume_key(Modifiers::COMMAND, *key))
                && let Some(table) = live.session.tables.get(i)
            {
                self.select(table.id);
            }
        }
    }

    fn list_ui(&mut self, ui: &mut Ui, live: &LiveState) {
        ui.add_space(6.0);
        ui.heading("Tables");
        ui.label(RichText::new("Ctrl+1 to Ctrl+9 switch tables").small());
        let mut counts: HashMap<Uuid, usize> = HashMap::new();
        for note in live.session.live_notes() {
            *counts.entry(note.table).or_default() += 1;
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            for table in &live.session.tables {
                let on = self.selected == Some(table.id);
                let mut text = table.label();
                if !table.host.is_empty() {
                    text = format!("{text}\n{}", table.host);
                }
                let n = counts.get(&table.id).copied().unwrap_or(0);
                let label = RichText::new(format!("{text}\n{n} notes"));
                if ui
                    .add_sized(
                        [ui.available_width(), 0.0],
                        egui::Button::selectable(on, label),
                    )
                    .clicked()
                {
                    self.select(table.id);
                }
            }
        });
    }

    fn header_ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        table_id: Uuid,
        table_mode: bool,
        intents: &mut Vec<Intent>,
    ) {
        let Some(table) = live.session.table(table_id) else {
            return;
        };
        ui.horizontal(|ui| {
            ui.label(RichText::new(table.label()).size(26.0).strong());
            if self.rename.as_ref().is_none_or(|(id, ..)| *id != table_id) {
                self.rename = Some((table_id, table.name.clone(), table.host.clone()));
            }
            if let Some((_, name, host)) = &mut self.rename {
                let label = ui.label("Name");
                let a = ui
                    .add(egui::TextEdit::singleline(name).desired_width(160.0))
                    .labelled_by(label.id);
                let label = ui.label("Table host");
                let b = ui
                    .add(egui::TextEdit::singleline(host).desired_width(160.0))
                    .labelled_by(label.id);
                if (a.lost_focus() || b.lost_focus())
                    && (*name != table.name || *host != table.host)
                {
                    intents.push(Intent::Command(Command::Record(
                        RecordCommand::RenameTable {
                            id: table_id,
                            name: name.clone(),
                            host: host.clone(),
                        },
                    )));
                }
            }
        });
        let session = &live.session;
        if table_mode {
            question_stepper_ui(ui, live, intents);
        }
        match session.current {
            Step::Question(i) => {
                if let Some(q) = session.guide.questions.get(i) {
                    ui.label(RichText::new(format!("On screen now: Question {}", i + 1)).small());
                    ui.add(
                        egui::Label::new(RichText::new(&q.text).size(if table_mode {
                            28.0
                        } else {
                            21.0
                        }))
                        .wrap(),
                    );
                }
            }
            step => {
                ui.label(format!("On screen now: {}", step.label()));
            }
        }
        ui.horizontal(|ui| {
            let shown = filter_label(self.filter, live);
            egui::ComboBox::from_label("Notes shown")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    let mut options = vec![NoteFilter::Current];
                    options.extend((0..session.guide.questions.len()).map(NoteFilter::Question));
                    options.push(NoteFilter::Outside);
                    options.push(NoteFilter::All);
                    for option in options {
                        ui.selectable_value(&mut self.filter, option, filter_label(option, live));
                    }
                });
        });
    }

    fn notes_ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        table_id: Uuid,
        intents: &mut Vec<Intent>,
    ) {
        let question = match self.filter {
            NoteFilter::Current => Some(match live.session.current {
                Step::Question(i) => Some(i),
                _ => None,
            }),
            NoteFilter::Question(i) => Some(Some(i)),
            NoteFilter::Outside => Some(None),
            NoteFilter::All => None,
        };
        let notes: Vec<&Note> = live
            .session
            .live_notes()
            .filter(|n| n.table == table_id && question.is_none_or(|q| n.question == q))
            .collect();
        if notes.is_empty() {
            ui.label(
                RichText::new("No notes here yet. Type in the box below and press Enter.")
                    .italics(),
            );
            return;
        }
        // Only the rows in view are drawn, so a long evening stays quick.
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .stick_to_bottom(true)
            .show_rows(ui, ROW_HEIGHT, notes.len(), |ui, rows| {
                for note in &notes[rows] {
                    self.note_row_ui(ui, note, intents);
                }
            });
    }

    /// Two lines per note: its text across the full width, then its time, tags and buttons.
    fn note_row_ui(&mut self, ui: &mut Ui, note: &Note, intents: &mut Vec<Intent>) {
        let record = |c: RecordCommand| Intent::Command(Command::Record(c));
        let editing = matches!(&self.editing, Some((id, _)) if *id == note.id);
        ui.allocate_ui(egui::vec2(ui.available_width(), ROW_HEIGHT), |ui| {
            ui.set_height(ROW_HEIGHT - ui.spacing().item_spacing.y);
            ui.horizontal(|ui| {
                if editing {
                    self.edit_ui(ui, note.id, intents);
                } else {
                    let first_line = note.text.lines().next().unwrap_or_default();
                    ui.add(egui::Label::new(RichText::new(first_line).size(19.0)).truncate())
                        .on_hover_text(&note.text);
                }
            });
            ui.horizontal(|ui| {
                let time = note.created.with_timezone(&Local).format("%H:%M");
                ui.label(
                    RichText::new(time.to_string())
                        .small()
                        .color(Color32::from_gray(80)),
                );
                for tag in Tag::ALL {
                    let on = note.tags.contains(&tag);
                    if ui
                        .add(egui::Button::selectable(
                            on,
                            RichText::new(tag.label()).small(),
                        ))
                        .clicked()
                    {
                        intents.push(record(RecordCommand::ToggleTag { id: note.id, tag }));
                    }
                }
                ui.separator();
                let mut share = note.share;
                if ui
                    .checkbox(&mut share, "Share")
                    .on_hover_text("Share in the harvest")
                    .changed()
                {
                    intents.push(record(RecordCommand::SetShare { id: note.id, share }));
                }
                let mut private = note.private;
                if ui
                    .checkbox(&mut private, "Private")
                    .on_hover_text("Never exported or shown to the room")
                    .changed()
                {
                    intents.push(record(RecordCommand::SetPrivate {
                        id: note.id,
                        private,
                    }));
                }
                if !editing && ui.small_button("Edit").clicked() {
                    self.editing = Some((note.id, note.text.clone()));
                }
                if ui.small_button("Delete").clicked() {
                    intents.push(record(RecordCommand::DeleteNote { id: note.id }));
                }
            });
        });
    }

    fn edit_ui(&mut self, ui: &mut Ui, id: Uuid, intents: &mut Vec<Intent>) {
        let Some((_, text)) = &mut self.editing else {
            return;
        };
        let label = ui.label("Edit note");
        let edit = ui
            .add(egui::TextEdit::singleline(text).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        edit.request_focus();
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        let escape = ui.input(|i| i.key_pressed(Key::Escape));
        if enter {
            intents.push(Intent::Command(Command::Record(RecordCommand::EditNote {
                id,
                text: text.clone(),
            })));
        }
        if enter || escape {
            self.editing = None;
            self.focus_box = true;
        }
    }

    fn entry_ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        table_id: Uuid,
        table_mode: bool,
        intents: &mut Vec<Intent>,
    ) {
        let id = note_box_id();
        let has_focus = ui.memory(|m| m.has_focus(id));
        let draft_empty = self.drafts.get(&table_id).is_none_or(|d| d.is_empty());
        // In an empty box Ctrl+Z undoes notes; with text in it, it undoes typing.
        if (draft_empty || !has_focus)
            && let Some(action) = undo_redo_pressed(ui.ctx())
        {
            intents.push(Intent::Action(action));
        }
        let submit = has_focus
            && ui.input_mut(|i| !i.modifiers.shift && i.consume_key(Modifiers::NONE, Key::Enter));
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Tags for the next note:").small());
            for (n, tag) in Tag::ALL.iter().enumerate() {
                let on = self.tags.contains(tag);
                let text = format!("{} (Alt+{})", tag.label(), n + 1);
                let pressed = ui.input_mut(|i| i.consume_key(Modifiers::ALT, number_key(n)));
                if ui.add(egui::Button::selectable(on, text)).clicked() || pressed {
                    if !self.tags.remove(tag) {
                        self.tags.insert(*tag);
                    }
                    self.focus_box = true;
                }
            }
        });
        let draft = self.drafts.entry(table_id).or_default();
        let size = if table_mode { 24.0 } else { 19.0 };
        let label = ui.label("New note (Enter adds it, Shift+Enter starts a new line)");
        let edit = ui.add(
            egui::TextEdit::multiline(draft)
                .id(id)
                .font(egui::FontId::proportional(size))
                .desired_rows(if table_mode { 4 } else { 2 })
                .desired_width(f32::INFINITY)
                .hint_text("What is the table saying?"),
        );
        let edit = edit.labelled_by(label.id);
        if std::mem::take(&mut self.focus_box) {
            edit.request_focus();
        }
        let add = ui
            .horizontal(|ui| {
                let add = ui.button("Add note (Enter)").clicked();
                if ui
                    .add_enabled(live.can_undo(), egui::Button::new("Undo (Ctrl+Z)"))
                    .clicked()
                {
                    intents.push(Intent::Action(Action::Undo));
                }
                if ui
                    .add_enabled(live.can_redo(), egui::Button::new("Redo (Ctrl+Y)"))
                    .clicked()
                {
                    intents.push(Intent::Action(Action::Redo));
                }
                add
            })
            .inner;
        if (submit || add) && !draft.trim().is_empty() {
            intents.push(Intent::Command(Command::Record(RecordCommand::AddNote {
                id: Uuid::new_v4(),
                table: table_id,
                text: std::mem::take(draft),
                tags: self.tags.iter().copied().collect(),
            })));
            self.tags.clear();
            self.focus_box = true;
        }
    }
}

fn number_key(n: usize) -> Key {
    [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5][n.min(4)]
}

fn filter_label(filter: NoteFilter, live: &LiveState) -> String {
    match filter {
        NoteFilter::Current => "The question on screen now".to_owned(),
        NoteFilter::Question(i) => {
            let text = live
                .session
                .guide
                .questions
                .get(i)
                .map_or("", |q| q.text.as_str());
            let short: String = text.chars().take(40).collect();
            format!("Question {}: {short}…", i + 1)
        }
        NoteFilter::Outside => "Outside the rounds".to_owned(),
        NoteFilter::All => "All notes of this table".to_owned(),
    }
}

/// In table mode the note-taker follows the room's questions with these buttons.
fn question_stepper_ui(ui: &mut Ui, live: &LiveState, intents: &mut Vec<Intent>) {
    let count = live.session.guide.questions.len();
    let current = match live.session.current {
        Step::Question(i) => Some(i),
        _ => None,
    };
    ui.horizontal(|ui| {
        ui.label("The room is on:");
        let previous = current.and_then(|i| i.checked_sub(1));
        if ui
            .add_enabled(previous.is_some(), egui::Button::new("Previous question"))
            .clicked()
            && let Some(p) = previous
        {
            intents.push(Intent::Command(Command::GoTo(Step::Question(p))));
        }
        let next = current.map_or(0, |i| i + 1);
        if ui
            .add_enabled(next < count, egui::Button::new("Next question"))
            .clicked()
        {
            intents.push(Intent::Command(Command::GoTo(Step::Question(next))));
        }
    });
}
