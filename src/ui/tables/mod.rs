//! Note-taking per table: the table list, the selected table's notes for a question, and a
//! note box where Enter adds the note. In table mode only one table is shown.
//!
//! Each table has its own note box (its own cursor and half-typed text). While this page is
//! shown, the keyboard goes back to the note box whenever no other box has it, so typing always
//! lands in a note and never acts as a presenter key.

use crate::ui::say::{Hint, Say, said, said_line};
use std::collections::{BTreeSet, HashMap};

use egui::{RichText, Ui};
use uuid::Uuid;

use super::command::{AppCommand, Commands, Focus, Request};
use super::text::{t, ta, tag_text, tn};
use crate::live::{Command, LiveState, RecordCommand};
use crate::model::{Note, Step, Table, Tag};
use crate::session::{Draft, Drafts};

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

/// How the page is shown.
#[derive(Clone, Copy, Debug, Default)]
pub struct Mode {
    /// The one table of table mode.
    pub locked: Option<Uuid>,
    /// False for a read-only copy.
    pub writable: bool,
    /// A table laptop of a shared café: how it follows the facilitator's laptop.
    pub follows: Option<Follows>,
}

/// How a table laptop follows the step the facilitator's laptop is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Follows {
    /// Heard from it lately (at this time): the question shown is the room's.
    Heard(chrono::DateTime<chrono::Utc>),
    /// Not heard from it for a while (last at this time, if ever): the note-taker may have
    /// to move the question by hand.
    Quiet(Option<chrono::DateTime<chrono::Utc>>),
}

/// Which laptop a note arrived from (its computer's name), when another laptop's copy
/// brought it.
pub type CameFrom<'a> = dyn Fn(Uuid) -> Option<String> + 'a;

/// A note being changed.
struct Edit {
    id: Uuid,
    text: String,
    /// The table to move it to (the note's own table unless changed).
    table: Uuid,
}

/// What the Tables page remembers between frames.
#[derive(Default)]
pub struct TablesState {
    pub selected: Option<Uuid>,
    /// Half-typed notes, per table, kept when switching tables.
    drafts: HashMap<Uuid, Draft>,
    /// Tags for the note being typed.
    pub tags: BTreeSet<Tag>,
    pub filter: NoteFilter,
    editing: Option<Edit>,
    rename: Option<(Uuid, String, String)>,
    focus_box: bool,
    /// Put the cursor at the end of the note box's text when it is next drawn.
    cursor_to_end: bool,
}

/// The note box of `table`: one per table, so each keeps its own cursor.
pub fn note_box_id(table: Uuid) -> egui::Id {
    egui::Id::unique(("note-box", table))
}

/// The box for changing a note.
pub fn note_edit_id() -> egui::Id {
    egui::Id::unique("note-edit")
}

const ROW_HEIGHT: f32 = 64.0;

mod notes;

pub(crate) use notes::came_from_ui;

impl TablesState {
    /// A fresh page with half-typed notes brought back from last time.
    pub fn with_drafts(kept: &Drafts) -> Self {
        Self {
            drafts: kept.iter().map(|(k, v)| (*k, v.clone())).collect(),
            focus_box: true,
            cursor_to_end: true,
            ..Self::default()
        }
    }

    /// The half-typed notes, for keeping on disk.
    pub fn drafts(&self) -> Drafts {
        self.drafts
            .iter()
            .filter(|(_, d)| !d.is_blank())
            .map(|(k, v)| (*k, v.clone()))
            .collect()
    }

    /// The half-typed note of `table`.
    pub fn draft(&self, table: Uuid) -> &str {
        self.drafts.get(&table).map_or("", |d| d.text.as_str())
    }

    /// Ask for the note box to take the keyboard next frame.
    pub fn focus_note_box(&mut self) {
        self.focus_box = true;
        self.cursor_to_end = true;
    }

    /// Give the keyboard to the note box now if it was asked for, so the keys of the next
    /// frame already go to the right table.
    pub fn apply_focus(&mut self, ctx: &egui::Context) {
        if let (true, None, Some(table)) = (self.focus_box, &self.editing, self.selected) {
            ctx.memory_mut(|m| m.request_focus(note_box_id(table)));
        }
    }

    /// What the keyboard focus `id` means on this page, if it is one of its boxes.
    pub fn focus_of(&self, id: egui::Id) -> Option<Focus> {
        if self.editing.is_some() && id == note_edit_id() {
            return Some(Focus::NoteEdit);
        }
        let table = self.selected?;
        (id == note_box_id(table)).then(|| Focus::NoteBox {
            empty: self.draft(table).is_empty(),
        })
    }

    /// Switch to table number `number` (Ctrl+1 … Ctrl+9); returns the note edit to save.
    #[must_use]
    pub fn select_number(&mut self, live: &LiveState, number: u32) -> Option<Command> {
        let id = live.session.tables.iter().find(|t| t.number == number)?.id;
        self.select(id)
    }

    /// Switch to a table, ready to type its next note. A note being changed is saved first.
    #[must_use]
    fn select(&mut self, table: Uuid) -> Option<Command> {
        let saved = self.finish_edit(true);
        self.selected = Some(table);
        self.focus_note_box();
        saved
    }

    /// Tag (or untag) the next note.
    pub fn toggle_next_tag(&mut self, tag: Tag) {
        if !self.tags.remove(&tag) {
            self.tags.insert(tag);
        }
        self.focus_box = true;
    }

    /// The note typed in the selected table's box, as a command; the box is emptied.
    pub fn take_note(&mut self, live: &LiveState) -> Option<Command> {
        let table = self
            .selected
            .filter(|id| live.session.table(*id).is_some())?;
        let draft = self.drafts.get_mut(&table)?;
        if draft.is_blank() {
            return None;
        }
        let Draft { text, at } = std::mem::take(draft);
        self.focus_box = true;
        Some(Command::Record(RecordCommand::AddNote {
            id: Uuid::new_v4(),
            table,
            text,
            tags: std::mem::take(&mut self.tags).into_iter().collect(),
            // Filed under the question on screen when typing began, not the one now.
            at: at.or_else(|| Some(live.session.note_at())),
        }))
    }

    /// End the change of a note: with `save`, the changed text (and table) as a command.
    #[must_use]
    pub fn finish_edit(&mut self, save: bool) -> Option<Command> {
        let edit = self.editing.take()?;
        self.focus_box = true;
        save.then_some(Command::Record(RecordCommand::EditNote {
            id: edit.id,
            text: edit.text,
            table: Some(edit.table),
        }))
    }

    /// Leave the note being changed as it was.
    pub fn cancel_edit(&mut self) {
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
            self.focus_note_box();
        }
        id
    }

    /// Draw the page. `foot` draws under the table list (the import and share controls).
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        mode: Mode,
        came_from: &CameFrom<'_>,
        commands: &mut Commands,
        foot: impl FnOnce(&mut Ui, &mut Commands),
    ) {
        let Some(table_id) = self.table(live, mode.locked) else {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.say(t(ui, "tables-none"));
            });
            return;
        };
        if mode.locked.is_none() {
            egui::Panel::left("table_list")
                .default_size(220.0)
                .min_size(170.0)
                .show(ui, |ui| {
                    egui::Panel::bottom("table_list_foot").show(ui, |ui| foot(ui, commands));
                    self.list_ui(ui, live, commands);
                });
        }
        egui::Panel::bottom("note_entry")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(8.0))
            .show(ui, |ui| {
                ui.add_enabled_ui(mode.writable, |ui| {
                    self.entry_ui(ui, live, table_id, mode.locked.is_some(), commands);
                });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            self.header_ui(ui, live, table_id, mode, commands);
            ui.separator();
            ui.add_enabled_ui(mode.writable, |ui| {
                self.notes_ui(ui, live, table_id, came_from, commands);
            });
        });
    }

    fn list_ui(&mut self, ui: &mut Ui, live: &LiveState, commands: &mut Commands) {
        ui.add_space(6.0);
        ui.say_heading(t(ui, "tables-heading"));
        ui.say(RichText::new(t(ui, "tables-switch-hint")).small());
        let mut counts: HashMap<Uuid, usize> = HashMap::new();
        for note in live.session.live_notes() {
            *counts.entry(note.table).or_default() += 1;
        }
        crate::ui::steady::Scroll::vertical().show(ui, |ui| {
            for table in &live.session.tables {
                let on = self.selected == Some(table.id);
                let mut lines = vec![table_text(ui, table)];
                if !table.host.is_empty() {
                    lines.push(table.host.clone());
                }
                let n = counts.get(&table.id).copied().unwrap_or(0);
                lines.push(tn(ui, "notes-count", n));
                let label = RichText::new(lines.join("\n"));
                if ui
                    .add_sized(
                        [ui.available_width(), 0.0],
                        egui::Button::selectable(on, said_line(ui, label)),
                    )
                    .clicked()
                    && let Some(saved) = self.select(table.id)
                {
                    commands.push(Request::Cafe(saved));
                }
            }
        });
    }

    fn header_ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        table_id: Uuid,
        mode: Mode,
        commands: &mut Commands,
    ) {
        let Some(table) = live.session.table(table_id) else {
            return;
        };
        let table_mode = mode.locked.is_some();
        ui.horizontal_wrapped(|ui| {
            ui.say(RichText::new(table_text(ui, table)).size(26.0).strong());
            if self.rename.as_ref().is_none_or(|(id, ..)| *id != table_id) {
                self.rename = Some((table_id, table.name.clone(), table.host.clone()));
            }
            if let Some((_, name, host)) = &mut self.rename {
                ui.add_enabled_ui(mode.writable, |ui| {
                    let label = ui.say(t(ui, "tables-name"));
                    let a = crate::ui::bidi_edit::singleline(ui, None, name, |e, _| {
                        e.desired_width(160.0)
                    })
                    .response
                    .response
                    .labelled_by(label.id);
                    let label = ui.say(t(ui, "tables-host"));
                    let b = crate::ui::bidi_edit::singleline(ui, None, host, |e, _| {
                        e.desired_width(160.0)
                    })
                    .response
                    .response
                    .labelled_by(label.id);
                    if (a.lost_focus() || b.lost_focus())
                        && (*name != table.name || *host != table.host)
                    {
                        commands.push(Request::Cafe(Command::Record(RecordCommand::RenameTable {
                            id: table_id,
                            name: name.clone(),
                            host: host.clone(),
                        })));
                    }
                });
            }
        });
        let session = &live.session;
        if table_mode {
            let by_hand = match mode.follows {
                None => true,
                Some(follows) => notes::follows_ui(ui, follows),
            };
            if by_hand {
                notes::question_stepper_ui(ui, live, mode.writable, commands);
            }
        }
        match session.current {
            Step::Question(i) => {
                if let Some(q) = session.guide.questions.get(i) {
                    let on_screen = ta(
                        ui,
                        "tables-on-screen",
                        &[("step", step_text(ui, session.current).into())],
                    );
                    ui.say(RichText::new(on_screen).small());
                    ui.add(
                        egui::Label::new(said(
                            ui,
                            RichText::new(&q.text).size(if table_mode { 28.0 } else { 21.0 }),
                        ))
                        .wrap(),
                    );
                }
            }
            step => {
                ui.say(ta(
                    ui,
                    "tables-on-screen",
                    &[("step", step_text(ui, step).into())],
                ));
            }
        }
        ui.horizontal(|ui| {
            let shown = filter_label(ui, self.filter, live);
            egui::ComboBox::from_label(t(ui, "tables-notes-shown"))
                .selected_text(said_line(ui, shown))
                .show_ui(ui, |ui| {
                    let mut options = vec![NoteFilter::Current];
                    options.extend((0..session.guide.questions.len()).map(NoteFilter::Question));
                    options.push(NoteFilter::Outside);
                    options.push(NoteFilter::All);
                    for option in options {
                        let text = filter_label(ui, option, live);
                        ui.selectable_value(&mut self.filter, option, said_line(ui, text));
                    }
                });
        });
    }

    fn notes_ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        table_id: Uuid,
        came_from: &CameFrom<'_>,
        commands: &mut Commands,
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
            ui.say(RichText::new(t(ui, "tables-empty")).italics());
            return;
        }
        // Only the rows in view are drawn, so a long evening stays quick.
        crate::ui::steady::Scroll::vertical()
            .auto_shrink([false, false])
            .stick_to_bottom(true)
            .show_rows(ui, notes::row_height(ui), notes.len(), |ui, rows| {
                for note in &notes[rows] {
                    self.note_row_ui(ui, live, note, came_from(note.id), commands);
                }
            });
    }

    fn entry_ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        table_id: Uuid,
        table_mode: bool,
        commands: &mut Commands,
    ) {
        ui.horizontal_wrapped(|ui| {
            ui.say(RichText::new(t(ui, "tables-next-tags")).small());
            for tag in Tag::ALL {
                let command = AppCommand::tag_next_note(tag);
                let on = self.tags.contains(&tag);
                if ui
                    .add(crate::ui::widgets::toggle(
                        ui,
                        on,
                        command.button_text_as(
                            crate::ui::text::language(ui.ctx()),
                            &tag_text(ui, tag),
                        ),
                    ))
                    .clicked()
                {
                    commands.push(command);
                }
            }
        });
        let id = note_box_id(table_id);
        let draft = self.drafts.entry(table_id).or_default();
        let now = live.session.note_at();
        if let Some(began) = draft
            .at
            .filter(|at| at.question != now.question && !draft.is_blank())
        {
            let words = match began.question {
                Some(i) => ta(
                    ui,
                    "tables-draft-goes-with",
                    &[("step", step_text(ui, Step::Question(i)).into())],
                ),
                None => t(ui, "tables-draft-goes-outside"),
            };
            ui.say(RichText::new(words).small().strong());
        }
        if std::mem::take(&mut self.cursor_to_end) {
            let mut state = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
            let end = egui::text::CCursor::new(draft.text.chars().count());
            state
                .cursor
                .set_char_range(Some(egui::text::CCursorRange::one(end)));
            state.store(ui.ctx(), id);
        }
        if self.editing.is_none() && std::mem::take(&mut self.focus_box) {
            ui.ctx().memory_mut(|m| m.request_focus(id));
        }
        let size = if table_mode { 24.0 } else { 19.0 };
        let label = ui.say(t(ui, "tables-note-box"));
        let hint = t(ui, "tables-note-hint");
        ui.scope(|ui| {
            let font = egui::FontId::proportional(size);
            ui.style_mut().override_font_id = Some(font.clone());
            crate::ui::bidi_edit::multiline(ui, id, &mut draft.text, |e, _| {
                e.font(font)
                    .desired_rows(if table_mode { 4 } else { 2 })
                    .desired_width(f32::INFINITY)
                    .hint_text(hint)
            })
            .response
            .response
        })
        .inner
        .labelled_by(label.id);
        // The note belongs where the café was when its first letter was typed.
        if draft.is_blank() {
            draft.at = None;
        } else if draft.at.is_none() {
            draft.at = Some(now);
        }
        ui.horizontal(|ui| {
            if ui
                .say_button(AppCommand::AddNote.button_text(crate::ui::text::language(ui.ctx())))
                .clicked()
            {
                commands.push(AppCommand::AddNote);
            }
            for (command, enabled) in [
                (AppCommand::Undo, live.can_undo()),
                (AppCommand::Redo, live.can_redo()),
            ] {
                if ui
                    .add_enabled(
                        enabled,
                        egui::Button::new(said_line(
                            ui,
                            command.button_text(crate::ui::text::language(ui.ctx())),
                        )),
                    )
                    .hint(command.tooltip(crate::ui::text::language(ui.ctx())))
                    .clicked()
                {
                    commands.push(command);
                }
            }
        });
    }
}

fn filter_label(ui: &Ui, filter: NoteFilter, live: &LiveState) -> String {
    match filter {
        NoteFilter::Current => t(ui, "tables-filter-current"),
        NoteFilter::Question(i) => {
            let text = live
                .session
                .guide
                .questions
                .get(i)
                .map_or("", |q| q.text.as_str());
            let short: String = text.chars().take(40).collect();
            ta(
                ui,
                "tables-filter-question",
                &[("number", (i + 1).into()), ("text", short.into())],
            )
        }
        NoteFilter::Outside => t(ui, "tables-outside"),
        NoteFilter::All => t(ui, "tables-filter-all"),
    }
}

/// A table's name as the note-takers read it: "Table 2" or "Table 2 · By the window". The
/// model's own label stays English for the files and exports.
pub(crate) fn table_text(ui: &Ui, table: &Table) -> String {
    let number = ("number", table.number.into());
    match table.name.trim() {
        "" => ta(ui, "tables-table", &[number]),
        name => ta(ui, "tables-table-named", &[number, ("name", name.into())]),
    }
}

/// A step of the evening in the interface's language: "Welcome", "Question 2".
fn step_text(ui: &Ui, step: Step) -> String {
    match step {
        Step::Welcome => t(ui, "tables-step-welcome"),
        Step::YouSaid => t(ui, "tables-step-you-said"),
        Step::Agreements => t(ui, "tables-step-agreements"),
        Step::Question(i) => ta(ui, "tables-step-question", &[("number", (i + 1).into())]),
        Step::Harvest => t(ui, "tables-step-harvest"),
        Step::Closing => t(ui, "tables-step-closing"),
    }
}
