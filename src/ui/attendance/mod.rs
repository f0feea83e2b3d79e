//! The sign-in desk: a keyboard-first form, returning people found as you type, a balanced
//! table for each arrival, live figures, private exports and erasing personal data.

use crate::ui::say::{Say, said_line};
use std::sync::mpsc::Receiver;

use chrono::{DateTime, Utc};
use egui::{Color32, RichText, Ui};
use uuid::Uuid;

use super::command::{AppCommand, Commands, Request};
use super::text::{role_name, role_text, t, ta, tn};
use crate::i18n::Lang;
use crate::live::{Command, LiveState, RecordCommand};
use crate::model::attendance::{TABLE_LIMIT, suggest_table, table_counts};
use crate::model::{Attendee, Contact, Figures, Role};
use crate::store::people::{PeopleIndex, Person, fold};

const RED: Color32 = crate::ui::theme::palette::ALERT;

/// The form being filled in.
#[derive(Clone, Default)]
struct Form {
    /// Set when an existing entry is being edited.
    editing: Option<Uuid>,
    name: String,
    role: Option<Role>,
    household: String,
    children: u32,
    language: String,
    /// "Other…" is chosen for the language: the words are typed.
    language_other: bool,
    interpreter: bool,
    returning: bool,
    consent_contact: bool,
    phone: String,
    email: String,
    consent_photos: bool,
    table: u32,
    /// The host chose the table: the suggestion no longer fills it in.
    table_chosen: bool,
    /// What was typed in the role key box (a number or a letter picks a role).
    role_key: String,
}

/// What the Attendance screen remembers between frames.
#[derive(Default)]
pub struct AttendanceState {
    form: Form,
    find: String,
    highlighted: usize,
    people: Option<PeopleIndex>,
    loading: Option<Receiver<PeopleIndex>>,
    tally_language: String,
    include_names: bool,
    confirm_erase_all: bool,
    /// "Delete these files" was pressed: ask before deleting the exports with names.
    confirm_delete_files: bool,
    /// A person whose personal data is about to be erased, waiting for "yes".
    confirm_erase: Option<Uuid>,
    focus_name: bool,
    /// People from earlier cafés matching the name typed, as shown this frame.
    suggestions: Vec<Person>,
    /// Earlier cafés that could not be read for the suggestions.
    unreadable: usize,
    /// Export files in the exports folder that hold names, when last looked.
    named_exports:
        Option<Result<Vec<crate::store::exports::NamedExport>, crate::store::reason::OsReason>>,
}

/// The name box's id, so focus can return to it after each check-in.
fn name_id() -> egui::Id {
    egui::Id::unique("sign-in-name")
}

/// The role a key typed in the role box picks: 1 to 9 by number (shown on the buttons, the
/// same in every language), or a letter, which moves to the next role whose name in `lang`
/// starts with it, accents aside (so "o" goes round the three "Other …" roles in English,
/// and "a" between "Abuela o abuelo" and "Aliado comunitario" in Spanish).
pub fn role_for_key(key: char, current: Option<Role>, lang: Lang) -> Option<Role> {
    if let Some(n) = key.to_digit(10) {
        return usize::try_from(n)
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| Role::ALL.get(i).copied());
    }
    let key = fold(&key.to_string());
    if key.is_empty() {
        return None;
    }
    let starts = |r: &Role| fold(&role_name(lang, *r)).starts_with(&key);
    let after = current
        .and_then(|c| Role::ALL.iter().position(|r| *r == c))
        .map_or(0, |i| i + 1);
    Role::ALL[after..]
        .iter()
        .chain(&Role::ALL[..after])
        .find(|r| starts(r))
        .copied()
}

mod erase;
mod language;
mod side;

impl AttendanceState {
    /// Start reading earlier cafés' people from the review index in the background (once per
    /// open café).
    pub fn load_people(&mut self, ctx: &egui::Context, data: &crate::store::DataDir, skip: Uuid) {
        if self.people.is_some() || self.loading.is_some() {
            return;
        }
        let sessions_dir = data.sessions();
        let index_dir = crate::review::cache::index_dir(data);
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("people-index".into())
            .spawn(move || {
                // The window may have moved on; then nobody waits for the list.
                let people = crate::review::index::people(&sessions_dir, &index_dir, skip);
                if tx.send(people).is_ok() {
                    ctx.request_repaint();
                }
            });
        if spawned.is_ok() {
            self.loading = Some(rx);
        }
        self.focus_name = true;
    }

    /// The index of earlier cafés' people, once read.
    pub fn people(&self) -> Option<&PeopleIndex> {
        self.people.as_ref()
    }

    fn poll(&mut self) {
        if let Some(rx) = &self.loading
            && let Ok(index) = rx.try_recv()
        {
            self.unreadable = index.unreadable().len();
            self.people = Some(index);
            self.loading = None;
        }
    }

    /// Whether `id` is the name box while earlier visitors are listed under it (the arrow
    /// keys and Enter then choose among them).
    pub fn is_name_box_with_suggestions(&self, id: egui::Id) -> bool {
        id == name_id() && !self.suggestions.is_empty()
    }

    /// Move the highlight in the list of earlier visitors.
    pub fn move_suggestion(&mut self, by: isize) {
        let last = self.suggestions.len().saturating_sub(1);
        self.highlighted = self.highlighted.saturating_add_signed(by).min(last);
    }

    /// Fill the form from the highlighted earlier visitor.
    pub fn pick_suggestion(&mut self, live: &LiveState) {
        if let Some(person) = self.suggestions.get(self.highlighted).cloned() {
            self.fill_from(&person, live);
            self.suggestions.clear();
        }
    }

    /// The check-in (or the changed entry) in the form, if it is complete; the form is emptied.
    pub fn submit(&mut self, live: &LiveState, now: DateTime<Utc>) -> Option<Command> {
        if live.session.counts_only || form_problem(&self.form).is_some() {
            return None;
        }
        let command = self.entry(now);
        self.form = Form::default();
        self.suggestions.clear();
        self.focus_name = true;
        Some(Command::Record(command))
    }

    pub fn ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        exports: &std::path::Path,
        writable: bool,
        commands: &mut Commands,
    ) {
        self.poll();
        let session = &live.session;
        let figures = Figures::of(&session.attendees, &session.tallies);
        let full: Vec<(u32, usize)> = table_counts(&session.attendees, session.details.tables)
            .into_iter()
            .filter(|(_, n)| *n > TABLE_LIMIT)
            .collect();
        // A share of the window, so the form keeps its room on a small laptop.
        let side = (ui.available_width() * 0.36).clamp(320.0, 460.0);
        egui::Panel::right("attendance_side")
            .exact_size(side)
            .resizable(false)
            .show(ui, |ui| {
                side::figures_ui(ui, &figures, &full);
                ui.separator();
                crate::ui::steady::Scroll::vertical().show(ui, |ui| {
                    self.list_ui(ui, live, writable, commands);
                    ui.separator();
                    self.privacy_ui(ui, live, exports, writable, commands);
                });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            crate::ui::steady::Scroll::vertical().show(ui, |ui| {
                ui.add_enabled_ui(writable, |ui| {
                    let mut counts_only = session.counts_only;
                    if ui
                        .checkbox(&mut counts_only, said_line(ui, t(ui, "signin-counts-only")))
                        .changed()
                    {
                        commands.push(Request::Cafe(Command::SetCountsOnly(counts_only)));
                    }
                    if session.counts_only {
                        self.tally_ui(ui, live, commands);
                    } else {
                        self.form_ui(ui, live, commands);
                    }
                });
            });
        });
    }

    fn form_ui(&mut self, ui: &mut Ui, live: &LiveState, commands: &mut Commands) {
        let session = &live.session;
        let heading = if self.form.editing.is_some() {
            t(ui, "signin-heading-change")
        } else {
            t(ui, "signin-heading")
        };
        ui.say(RichText::new(heading).size(26.0).strong());
        let suggestion = self.tables_suggestion(live);
        // The suggested table fills the field until the host chooses another.
        if !self.form.table_chosen {
            self.form.table = suggestion.unwrap_or(1);
        }
        self.suggestions = match (&self.people, self.form.editing) {
            (Some(index), None) if !self.form.returning => index
                .search(&self.form.name, 6)
                .into_iter()
                .cloned()
                .collect(),
            _ => Vec::new(),
        };
        self.highlighted = self
            .highlighted
            .min(self.suggestions.len().saturating_sub(1));
        let mut picked = None;
        egui::Grid::new("sign_in")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                self.name_rows_ui(ui, &mut picked);
                self.role_row_ui(ui);
                self.details_rows_ui(ui, &live.session.guide.languages);
                self.table_row_ui(ui, live, suggestion);
            });
        if let Some(person) = picked {
            self.fill_from(&person, live);
        }
        let problem = form_problem(&self.form);
        // The button first, then what keeps it from working, each in room of its own: the
        // words come and go as the form is filled in, and the button never moves.
        ui.horizontal(|ui| {
            let text = if self.form.editing.is_some() {
                AppCommand::CheckIn.button_text_as(
                    crate::ui::text::language(ui.ctx()),
                    &t(ui, "signin-save-changes"),
                )
            } else {
                AppCommand::CheckIn.button_text(crate::ui::text::language(ui.ctx()))
            };
            if ui
                .add_enabled(
                    problem.is_none(),
                    egui::Button::new(said_line(ui, RichText::new(text).size(20.0))),
                )
                .clicked()
            {
                commands.push(AppCommand::CheckIn);
            }
            if self.form.editing.is_some() && ui.say_button(t(ui, "signin-cancel")).clicked() {
                self.form = Form::default();
            }
        });
        let problem = problem.map(|p| t(ui, p)).unwrap_or_default();
        let ink = ui.visuals().text_color();
        crate::ui::steady::lines(ui, &problem, 1, ink);
        let seated = table_counts(&session.attendees, session.details.tables)
            .get(&self.form.table)
            .copied()
            .unwrap_or(0);
        let joining = usize::from(self.form.editing.is_none());
        let too_full = if seated + joining > TABLE_LIMIT {
            ta(
                ui,
                "signin-table-too-full",
                &[
                    ("table", self.form.table.into()),
                    ("count", (seated + joining).into()),
                    ("limit", TABLE_LIMIT.into()),
                ],
            )
        } else {
            String::new()
        };
        crate::ui::steady::lines(ui, &too_full, 1, RED);
    }

    /// The name box, and under it the people from earlier cafés whose names match.
    fn name_rows_ui(&mut self, ui: &mut Ui, picked: &mut Option<Person>) {
        let label = ui.say(t(ui, "signin-name"));
        let edit = crate::ui::bidi_edit::singleline(ui, name_id(), &mut self.form.name, |e, _| {
            e.desired_width(300.0)
        })
        .response
        .response
        .labelled_by(label.id);
        if edit.changed() {
            self.highlighted = 0;
            self.form.returning = false;
        }
        if std::mem::take(&mut self.focus_name) {
            edit.request_focus();
        }
        ui.end_row();
        if !self.suggestions.is_empty() {
            ui.say(RichText::new(t(ui, "signin-came-before")).small());
            ui.vertical(|ui| {
                for (i, p) in self.suggestions.iter().enumerate() {
                    let language = if p.language.is_empty() {
                        t(ui, "signin-language-not-given")
                    } else {
                        p.language.clone()
                    };
                    let text = ta(
                        ui,
                        "signin-came-before-person",
                        &[
                            ("name", p.name.as_str().into()),
                            ("role", role_text(ui, p.role).into()),
                            ("language", language.into()),
                            ("date", p.last_seen.format("%Y-%m-%d").to_string().into()),
                        ],
                    );
                    if ui
                        .add(egui::Button::selectable(
                            i == self.highlighted,
                            said_line(ui, text),
                        ))
                        .clicked()
                    {
                        *picked = Some(p.clone());
                    }
                }
                let keys = ta(
                    ui,
                    "signin-pick-keys",
                    &[
                        (
                            "move",
                            AppCommand::SuggestionDown
                                .keys_text(crate::ui::text::language(ui.ctx()))
                                .into(),
                        ),
                        (
                            "pick",
                            AppCommand::PickSuggestion
                                .keys_text(crate::ui::text::language(ui.ctx()))
                                .into(),
                        ),
                    ],
                );
                ui.say(RichText::new(keys).small());
            });
            ui.end_row();
        }
        if self.unreadable > 0 {
            ui.say("");
            ui.say(
                RichText::new(tn(ui, "signin-unreadable", self.unreadable))
                    .color(RED)
                    .small(),
            );
            ui.end_row();
        }
    }

    /// Household, children, language, needs and consent, and contact details when agreed.
    fn details_rows_ui(&mut self, ui: &mut Ui, guide_languages: &[String]) {
        let label = ui.say(t(ui, "signin-household"));
        crate::ui::bidi_edit::singleline(ui, None, &mut self.form.household, |e, ui| {
            e.desired_width(300.0)
                .hint_text(t(ui, "signin-household-hint"))
        })
        .response
        .response
        .labelled_by(label.id);
        ui.end_row();
        let label = ui.say(t(ui, "signin-children"));
        ui.add(egui::DragValue::new(&mut self.form.children).range(0..=20))
            .labelled_by(label.id);
        ui.end_row();
        let label = ui.say(t(ui, "signin-language"));
        language::picker_ui(
            ui,
            &mut self.form.language,
            &mut self.form.language_other,
            guide_languages,
            label.id,
        );
        ui.end_row();
        ui.say("");
        ui.vertical(|ui| {
            ui.checkbox(
                &mut self.form.interpreter,
                said_line(ui, t(ui, "signin-interpreter")),
            );
            ui.checkbox(
                &mut self.form.returning,
                said_line(ui, t(ui, "signin-returning")),
            );
            ui.checkbox(
                &mut self.form.consent_photos,
                said_line(ui, t(ui, "signin-photos")),
            );
            ui.checkbox(
                &mut self.form.consent_contact,
                said_line(ui, t(ui, "signin-contact")),
            );
        });
        ui.end_row();
        if self.form.consent_contact {
            let label = ui.say(t(ui, "signin-phone"));
            crate::ui::bidi_edit::singleline(ui, None, &mut self.form.phone, |e, _| {
                e.desired_width(200.0)
            })
            .response
            .response
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.say(t(ui, "signin-email"));
            crate::ui::bidi_edit::singleline(ui, None, &mut self.form.email, |e, _| {
                e.desired_width(260.0)
            })
            .response
            .response
            .labelled_by(label.id);
            ui.end_row();
        }
    }

    /// The table, filled in with the suggestion until the host chooses another.
    fn table_row_ui(&mut self, ui: &mut Ui, live: &LiveState, suggestion: Option<u32>) {
        let session = &live.session;
        let label = ui.say(t(ui, "signin-table"));
        ui.horizontal(|ui| {
            let table = ui
                .add(
                    egui::DragValue::new(&mut self.form.table)
                        .range(1..=session.details.tables.max(1)),
                )
                .labelled_by(label.id);
            if table.changed() {
                self.form.table_chosen = true;
            }
            if let Some(s) = suggestion {
                let text = if self.form.table_chosen && s != self.form.table {
                    ta(ui, "signin-suggested-table", &[("table", s.into())])
                } else {
                    t(ui, "signin-suggested")
                };
                ui.say(RichText::new(text).small());
            }
        });
        ui.end_row();
    }

    /// The role: one box that takes the keyboard (a number or a first letter picks), and
    /// buttons for the mouse that Tab skips, so the keyboard never walks through nine buttons.
    fn role_row_ui(&mut self, ui: &mut Ui) {
        let label = ui.say(t(ui, "signin-role"));
        ui.vertical(|ui| {
            let hint = match self.form.role {
                Some(role) => role_text(ui, role),
                None => t(ui, "signin-role-hint"),
            };
            let key_box =
                crate::ui::bidi_edit::singleline(ui, None, &mut self.form.role_key, |e, _| {
                    e.desired_width(300.0).hint_text(hint)
                })
                .response
                .response
                .labelled_by(label.id);
            if key_box.changed() {
                if let Some(c) = self.form.role_key.chars().last()
                    && let Some(role) =
                        role_for_key(c, self.form.role, super::text::language(ui.ctx()))
                {
                    self.form.role = Some(role);
                }
                self.form.role_key.clear();
            }
            // One flow of buttons, so longer names in other languages take no more rows
            // than they need.
            ui.horizontal_wrapped(|ui| {
                for (i, role) in Role::ALL.into_iter().enumerate() {
                    let on = self.form.role == Some(role);
                    let text = format!("{} {}", i + 1, role_text(ui, role));
                    let button = crate::ui::widgets::toggle(ui, on, text).sense(egui::Sense::CLICK);
                    if ui.add(button).clicked() {
                        self.form.role = Some(role);
                    }
                }
            });
        });
        ui.end_row();
    }

    fn tables_suggestion(&self, live: &LiveState) -> Option<u32> {
        let s = &live.session;
        suggest_table(&s.attendees, s.details.tables, &self.form.household)
    }

    fn fill_from(&mut self, p: &Person, live: &LiveState) {
        self.form.name = p.name.clone();
        self.form.role = Some(p.role);
        self.form.household = p.household.clone();
        self.form.language = p.language.clone();
        self.form.language_other = false;
        self.form.interpreter = p.interpreter;
        self.form.returning = true;
        self.form.consent_contact = p.consent_contact;
        self.form.consent_photos = p.consent_photos;
        if let Some(c) = &p.contact {
            self.form.phone = c.phone.clone();
            self.form.email = c.email.clone();
        }
        if !self.form.table_chosen {
            self.form.table = self.tables_suggestion(live).unwrap_or(1);
        }
    }

    fn entry(&self, now: DateTime<Utc>) -> RecordCommand {
        let f = &self.form;
        let contact = (f.consent_contact
            && !(f.phone.trim().is_empty() && f.email.trim().is_empty()))
        .then(|| Contact {
            phone: f.phone.trim().to_owned(),
            email: f.email.trim().to_owned(),
        });
        let attendee = Attendee {
            id: f.editing.unwrap_or_else(Uuid::new_v4),
            name: f.name.clone(),
            role: f.role.unwrap_or(Role::Other),
            household: f.household.clone(),
            children_in_childcare: f.children,
            language: f.language.clone(),
            interpreter: f.interpreter,
            first_visit: !f.returning,
            contact,
            consent_contact: f.consent_contact,
            consent_photos: f.consent_photos,
            table: Some(f.table),
            checked_in: now,
            edited: now,
            deleted: false,
            erased: false,
        };
        if f.editing.is_some() {
            RecordCommand::EditAttendee(Box::new(attendee))
        } else {
            RecordCommand::CheckIn(Box::new(attendee))
        }
    }
}

/// What still keeps the form from being checked in: the catalogue key of its words.
fn form_problem(form: &Form) -> Option<&'static str> {
    if form.name.trim().is_empty() {
        Some("signin-need-name")
    } else if form.role.is_none() {
        Some("signin-need-role")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_letter_picks_the_role_by_the_name_the_person_reads() {
        let es = Lang::from_code("es").expect("Spanish");
        // English: "o" goes round the three "Other …" roles.
        assert_eq!(
            role_for_key('o', None, Lang::ENGLISH),
            Some(Role::OtherCaregiver)
        );
        assert_eq!(
            role_for_key('O', Some(Role::OtherCaregiver), Lang::ENGLISH),
            Some(Role::OtherStaff)
        );
        assert_eq!(role_for_key('p', None, Lang::ENGLISH), Some(Role::Parent));
        // Spanish: "m" is "Madre o padre", "d" is "Docente", "a" goes between
        // "Abuela o abuelo" and "Aliado comunitario", and "í" finds "Intérprete".
        assert_eq!(role_for_key('m', None, es), Some(Role::Parent));
        assert_eq!(role_for_key('d', None, es), Some(Role::Teacher));
        assert_eq!(role_for_key('a', None, es), Some(Role::Grandparent));
        assert_eq!(
            role_for_key('a', Some(Role::Grandparent), es),
            Some(Role::CommunityPartner)
        );
        assert_eq!(role_for_key('í', None, es), Some(Role::Interpreter));
        assert_eq!(role_for_key('p', None, es), None);
        // Numbers are the same in every language.
        assert_eq!(role_for_key('4', None, es), Some(Role::Teacher));
        assert_eq!(role_for_key('0', None, es), None);
    }

    #[test]
    fn every_role_has_its_own_name_in_each_language() {
        for lang in Lang::all() {
            let names: std::collections::BTreeSet<String> =
                Role::ALL.iter().map(|r| role_name(lang, *r)).collect();
            assert_eq!(names.len(), Role::ALL.len(), "{}", lang.code());
        }
        assert_eq!(
            role_name(Lang::ENGLISH, Role::OtherStaff),
            Role::OtherStaff.label()
        );
    }
}
