//! The guide editor: the evening's agenda on the left, the chosen step in the middle with one
//! column per language, and on the right the projector's own drawing of that step in each
//! language. Edits are [`GuideRequest::Change`]s carried out in one place; the keys (undo,
//! redo, save, move a question) are in the command table.

mod agenda;
mod details;
mod preview;
mod step;

use crate::ui::say::{Say, said};
use egui::{Id, RichText, Ui};

use super::command::{AppCommand, Commands, Request};
use super::guides::{GuideRequest, LeaveChoice};
use super::projector::FitCache;
use super::text::{t, ta};
use crate::authoring::{Edit, OpenGuide, Text};
use crate::i18n::Lang;
use crate::model::{Guide, GuideProblem, Step};
use crate::store::guides::GuideFileError;

/// Why the editor is asking before it goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaving {
    /// Back to Home.
    Home,
    /// The window is closing.
    Quit,
}

/// The editor's own keys, from the command table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorKey {
    Undo,
    Redo,
    Save,
    MoveUp,
    MoveDown,
}

/// The editor page: the open guide and what only the page needs.
pub struct Editor {
    pub(super) open: OpenGuide,
    /// The step shown in the middle (`None`: the guide's own details).
    selected: Option<Step>,
    /// One projector drawing cache per language preview.
    previews: Vec<FitCache>,
    /// The guide's problems, for the revision they were found in.
    problems: (u64, Vec<GuideProblem>),
    pub(super) leaving: Option<Leaving>,
    /// What is typed in the "café starts at" and "café ends by" boxes.
    times: [String; 2],
    /// A language code typed to add a column.
    new_language: String,
    /// The text box that takes the keyboard next: the one just added, so a person types on.
    focus_next: Option<Id>,
}

fn send(commands: &mut Commands, request: GuideRequest) {
    commands.push(Request::Guides(Box::new(request)));
}

fn change(commands: &mut Commands, edit: Edit) {
    send(commands, GuideRequest::Change(edit));
}

impl Editor {
    pub fn new(open: OpenGuide) -> Self {
        let selected = if open.guide().questions.is_empty() {
            None
        } else {
            Some(Step::Question(0))
        };
        let plan = &open.guide().plan;
        let times =
            [plan.starts_at, plan.ends_by].map(|t| t.map(|t| t.to_string()).unwrap_or_default());
        Self {
            open,
            selected,
            previews: Vec::new(),
            problems: (u64::MAX, Vec::new()),
            leaving: None,
            times,
            new_language: String::new(),
            focus_next: None,
        }
    }

    pub fn guide(&self) -> &Guide {
        self.open.guide()
    }

    /// The step in the middle of the page (`None`: the guide's details).
    pub fn selected(&self) -> Option<Step> {
        self.selected
    }

    pub fn open_guide(&self) -> &OpenGuide {
        &self.open
    }

    /// Whether the editor is asking what to do with unsaved changes.
    pub fn is_asking(&self) -> bool {
        self.leaving.is_some()
    }

    /// Make an edit; the chosen step follows a question that moves, is added or goes.
    pub(super) fn change(&mut self, edit: Edit) {
        let len = self.guide().questions.len();
        let follow = match &edit {
            Edit::AddQuestion { after } => Some(after.map_or(len, |i| (i + 1).min(len))),
            Edit::DuplicateQuestion(i) => Some(i + 1),
            Edit::MoveQuestion { from, to } if self.selected == Some(Step::Question(*from)) => {
                Some(*to)
            }
            _ => None,
        };
        let added = match &edit {
            Edit::AddQuestion { .. } => follow.map(Text::Question),
            Edit::AddPoint(q) => Some(Text::Point(
                *q,
                self.guide().questions.get(*q).map_or(0, |x| x.points.len()),
            )),
            Edit::AddResource(q) => Some(Text::ResourceTitle(
                *q,
                self.guide()
                    .questions
                    .get(*q)
                    .map_or(0, |x| x.resources.len()),
            )),
            Edit::AddAgreement => Some(Text::Agreement(self.guide().agreements.len())),
            _ => None,
        };
        if self.open.apply(edit) {
            if let Some(i) = follow {
                self.selected = Some(Step::Question(i));
            }
            self.keep_selection_in_range();
            let main = self.guide().main_language().to_owned();
            self.focus_next = added.map(|text| text_id(text, &main));
        }
    }

    /// Show another step (typing there starts a new step to undo).
    pub(super) fn choose(&mut self, step: Option<Step>) {
        self.open.seal();
        self.selected = step;
        self.keep_selection_in_range();
    }

    fn keep_selection_in_range(&mut self) {
        let len = self.guide().questions.len();
        if let Some(Step::Question(i)) = self.selected
            && i >= len
        {
            self.selected = Some(len.checked_sub(1).map_or(Step::Agreements, Step::Question));
        }
    }

    pub(super) fn key(&mut self, key: EditorKey) -> Result<(), GuideFileError> {
        match key {
            EditorKey::Undo => {
                self.open.undo();
            }
            EditorKey::Redo => {
                self.open.redo();
            }
            EditorKey::Save => {
                self.open.seal();
                self.open.save()?;
            }
            EditorKey::MoveUp | EditorKey::MoveDown => {
                let len = self.guide().questions.len();
                if let Some(Step::Question(i)) = self.selected {
                    let to = if key == EditorKey::MoveUp {
                        i.checked_sub(1)
                    } else {
                        Some(i + 1).filter(|to| *to < len)
                    };
                    if let Some(to) = to {
                        self.change(Edit::MoveQuestion { from: i, to });
                    }
                }
            }
        }
        self.keep_selection_in_range();
        Ok(())
    }

    /// The guide's problems, worked out again only when it changed.
    fn problems(&mut self) -> &[GuideProblem] {
        let revision = self.open.document().revision();
        if self.problems.0 != revision {
            self.problems = (revision, self.open.guide().problems());
        }
        &self.problems.1
    }

    pub fn ui(&mut self, ui: &mut Ui, commands: &mut Commands) {
        self.problems();
        let writable = self.open.read_only().is_none();
        egui::Panel::top("editor_top")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(8.0))
            .show(ui, |ui| self.top_ui(ui, commands));
        let wide = ui.available_width();
        egui::Panel::left("editor_agenda")
            .default_size((wide * 0.2).clamp(280.0, 420.0))
            .min_size(230.0)
            .show(ui, |ui| {
                agenda::ui(
                    ui,
                    self.open.guide(),
                    self.selected,
                    &self.problems.1,
                    writable,
                    commands,
                );
            });
        egui::Panel::right("editor_preview")
            .default_size((wide * 0.22).clamp(300.0, 480.0))
            .min_size(220.0)
            .show(ui, |ui| {
                let step = self.selected.unwrap_or(Step::Welcome);
                preview::ui(ui, self.open.guide(), step, &mut self.previews);
            });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("editor_step")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.add_enabled_ui(writable, |ui| match self.selected {
                        None => details::ui(
                            ui,
                            self.open.guide(),
                            &self.problems.1,
                            &mut self.times,
                            &mut self.new_language,
                            commands,
                        ),
                        Some(step) => {
                            step::ui(ui, self.open.guide(), step, &self.problems.1, commands);
                        }
                    });
                });
        });
        if let Some(why) = self.leaving {
            self.leaving_ui(ui, why, commands);
        }
        if let Some(id) = self.focus_next.take() {
            ui.ctx().memory_mut(|m| m.request_focus(id));
        }
    }

    fn top_ui(&mut self, ui: &mut Ui, commands: &mut Commands) {
        let dirty = self.open.is_dirty();
        ui.horizontal(|ui| {
            if ui.say_button(t(ui, "editor-back")).clicked() {
                send(commands, GuideRequest::Leave);
            }
            ui.add_space(8.0);
            let title = self.guide().title.clone();
            let shown = if title.trim().is_empty() {
                t(ui, "editor-untitled")
            } else {
                title
            };
            ui.add(egui::Label::new(said(ui, RichText::new(shown).strong().size(22.0))).truncate());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let writable = self.open.read_only().is_none();
                for (command, enabled) in [
                    (AppCommand::SaveGuide, writable),
                    (
                        AppCommand::RedoEdit,
                        writable && self.open.document().can_redo(),
                    ),
                    (
                        AppCommand::UndoEdit,
                        writable && self.open.document().can_undo(),
                    ),
                ] {
                    super::widgets::command_button(ui, command, enabled, commands);
                }
                self.save_state_ui(ui, dirty);
            });
        });
        let file = self.open.path().display().to_string();
        ui.say(RichText::new(ta(ui, "editor-file", &[("file", file.into())])).small());
        if let Some(why) = self.open.read_only() {
            let lang = super::text::language(ui.ctx());
            warning(ui, &super::trouble::guide_read_only(lang, why));
        }
        if !self.open.unknown_fields().is_empty() {
            let fields = self.open.unknown_fields().join(", ");
            warning(
                ui,
                &ta(ui, "editor-unknown-fields", &[("fields", fields.into())]),
            );
        }
        if let Some(e) = self.open.draft_error() {
            let lang = super::text::language(ui.ctx());
            let error = super::trouble::write_trouble(lang, &e);
            warning(
                ui,
                &ta(ui, "editor-draft-not-kept", &[("error", error.into())]),
            );
        }
    }

    fn save_state_ui(&self, ui: &mut Ui, dirty: bool) {
        let Some(status) = self.open.save_status() else {
            return;
        };
        if let Some(error) = &status.error {
            let lang = super::text::language(ui.ctx());
            super::widgets::error_line_ui(ui, &super::trouble::save_error(lang, error));
        } else if dirty {
            ui.say(RichText::new(t(ui, "editor-unsaved")).color(super::theme::NOTICE_TEXT));
        } else if let Some(at) = status.saved_at {
            let time = at.format("%H:%M:%S").to_string();
            ui.say(ta(ui, "widget-saved-at", &[("time", time.into())]));
        } else {
            ui.say(t(ui, "widget-no-changes"));
        }
    }

    /// "Save the changes first?" with its three answers.
    fn leaving_ui(&self, ui: &mut Ui, why: Leaving, commands: &mut Commands) {
        let title = self.guide().title.clone();
        egui::Modal::new(Id::unique("editor_leaving")).show(ui.ctx(), |ui| {
            ui.set_max_width(460.0);
            ui.say(
                RichText::new(ta(ui, "editor-leave-heading", &[("title", title.into())]))
                    .strong()
                    .size(20.0),
            );
            ui.say(t(ui, "editor-leave-hint"));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let save = if why == Leaving::Quit {
                    "editor-leave-save-quit"
                } else {
                    "editor-leave-save"
                };
                let choices = [
                    (LeaveChoice::Save, save),
                    (LeaveChoice::Discard, "editor-leave-discard"),
                    (LeaveChoice::Stay, "editor-leave-stay"),
                ];
                for (choice, key) in choices {
                    let button = ui.say_button(t(ui, key));
                    if choice == LeaveChoice::Save && !ui.ctx().memory(|m| m.focused().is_some()) {
                        button.request_focus();
                    }
                    if button.clicked() {
                        send(commands, GuideRequest::Leaving(choice));
                    }
                }
            });
        });
    }
}

fn warning(ui: &mut Ui, text: &str) {
    ui.say(RichText::new(text).color(super::theme::NOTICE_TEXT));
}

/// One text box of the editor, described.
pub struct TextField<'a> {
    pub id: Id,
    /// Its name for screen readers and tests ("Point 2 (Español)").
    pub name: &'a str,
    pub value: &'a str,
    /// Shown while it is empty ("missing in Español").
    pub hint: &'a str,
    /// Lines it shows at first (it grows with its text); 0 for a one-line box.
    pub rows: usize,
    pub width: f32,
    /// The language is written right to left: the text lines up on the right.
    pub right_to_left: bool,
}

/// Every text a person types in the editor is drawn here, so one change here (a box that
/// writes right to left, say) reaches every field of the editor. Returns the new text when it
/// changed.
pub fn text_field(ui: &mut Ui, field: &TextField<'_>) -> Option<String> {
    let mut text = field.value.to_owned();
    // Right-to-left text finds its own side in the box (see `bidi_edit`); an empty box of a
    // right-to-left language starts on the right.
    let start_right = field.right_to_left && field.value.is_empty();
    let output = if field.rows > 0 {
        super::bidi_edit::multiline(ui, field.id, &mut text, |e, _| {
            set_up(e.desired_rows(field.rows), field, start_right)
        })
    } else {
        super::bidi_edit::singleline(ui, field.id, &mut text, |e, _| {
            set_up(e, field, start_right)
        })
    };
    let response = output.response.response.accessible_name(field.name);
    response.changed().then_some(text)
}

/// The hint and width of `field`'s box; an empty box of a right-to-left language starts on the
/// right (typed right-to-left text finds its own side, see `bidi_edit`).
fn set_up<'a>(
    e: egui::TextEdit<'a>,
    field: &TextField<'_>,
    start_right: bool,
) -> egui::TextEdit<'a> {
    let e = e
        .hint_text(field.hint.to_owned())
        .desired_width(field.width);
    if start_right {
        e.align(egui::Align2::RIGHT_TOP)
    } else {
        e
    }
}

/// One language's box of a text of the guide.
struct Cell<'a> {
    text: Text,
    language: &'a str,
    /// Its name for screen readers and tests.
    name: &'a str,
    width: f32,
    /// Lines shown at first (0: one line).
    rows: usize,
}

/// A text box for a text of the guide in one language, sending the change as an edit.
fn guide_text_ui(ui: &mut Ui, guide: &Guide, cell: &Cell<'_>, commands: &mut Commands) {
    let lang = super::text::language(ui.ctx());
    let value = crate::authoring::text_of(guide, cell.text, cell.language);
    let hint = if guide.main_language() == cell.language {
        String::new()
    } else {
        missing_in(lang, cell.language)
    };
    let field = TextField {
        id: text_id(cell.text, cell.language),
        name: cell.name,
        value,
        hint: &hint,
        rows: cell.rows,
        width: cell.width,
        right_to_left: crate::model::guide::is_right_to_left(cell.language),
    };
    if let Some(value) = text_field(ui, &field) {
        change(
            commands,
            Edit::SetText {
                text: cell.text,
                language: cell.language.to_owned(),
                value,
            },
        );
    }
}

/// The text box of a text of the guide in one language.
fn text_id(text: Text, language: &str) -> Id {
    Id::unique(("guide-text", text, language))
}

/// "missing in Español", in the interface's language.
fn missing_in(lang: Lang, code: &str) -> String {
    crate::i18n::tr_args(
        lang,
        "editor-missing-in",
        &[("language", crate::model::guide::language_name(code).into())],
    )
}

/// The guide's languages, main first (English for a guide that names none).
fn languages_of(guide: &Guide) -> Vec<String> {
    if guide.languages.is_empty() {
        vec!["en".to_owned()]
    } else {
        guide.languages.clone()
    }
}

/// A problem of the guide in the person's words, red unless it is a missing translation.
fn problem_ui(ui: &mut Ui, problem: &GuideProblem) {
    let lang = super::text::language(ui.ctx());
    let colour = if problem.is_missing_translation() {
        super::theme::NOTICE_TEXT
    } else {
        super::theme::ERROR_TEXT
    };
    ui.say(RichText::new(super::text::problem_text(lang, problem)).color(colour));
}
