//! The right side of the sign-in desk: live figures, today's list, counting without names,
//! exports and erasing personal data.

use crate::ui::say::{Hint, Say, said_line};
use egui::{RichText, Ui};

use super::{AttendanceState, Form, RED};
use crate::live::{Command, LiveState, RecordCommand};
use crate::model::{Attendee, Figures, Role};
use crate::store::people::{fold, matches_words};
use crate::ui::command::{AppCommand, AttendanceExport, Commands, Request};
use crate::ui::steady;
use crate::ui::text::role_text;
use crate::ui::text::{people_figures, t, ta, tn};

impl AttendanceState {
    pub(super) fn list_ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        writable: bool,
        commands: &mut Commands,
    ) {
        let session = &live.session;
        ui.say(RichText::new(t(ui, "signin-signed-in")).size(20.0).strong());
        let label = ui.say(t(ui, "signin-find"));
        crate::ui::bidi_edit::singleline(ui, None, &mut self.find, |e, _| e.desired_width(240.0))
            .response
            .response
            .labelled_by(label.id);
        let words: Vec<String> = fold(&self.find)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let record = |c: RecordCommand| Request::Cafe(Command::Record(c));
        for a in session.attendees.iter().rev().filter(|a| !a.deleted) {
            if !words.is_empty() && !matches_words(&fold(&a.name), &words) {
                continue;
            }
            ui.horizontal_wrapped(|ui| {
                let name = if a.erased {
                    t(ui, "signin-name-erased")
                } else {
                    a.name.clone()
                };
                ui.say(RichText::new(name).strong());
                let role = ("role", role_text(ui, a.role).into());
                let time = a.checked_in.with_timezone(&chrono::Local).format("%H:%M");
                let time = ("time", time.to_string().into());
                let details = match a.table {
                    Some(table) => ta(
                        ui,
                        "signin-entry-at-table",
                        &[role, ("table", table.into()), time],
                    ),
                    None => ta(ui, "signin-entry", &[role, time]),
                };
                ui.say(RichText::new(details).small());
                if !writable {
                    return;
                }
                if ui.small_button(t(ui, "signin-undo-check-in")).clicked() {
                    commands.push(record(RecordCommand::RemoveAttendee { id: a.id }));
                }
                if !a.erased && ui.small_button(t(ui, "signin-change")).clicked() {
                    self.edit(a);
                }
                if a.erased || self.confirm_erase == Some(a.id) {
                    return;
                }
                if ui
                    .small_button(t(ui, "signin-erase"))
                    .hint(t(ui, "signin-erase-tooltip"))
                    .clicked()
                {
                    self.confirm_erase = Some(a.id);
                }
            });
            if writable && !a.erased && self.confirm_erase == Some(a.id) {
                self.confirm_erase_ui(ui, session, a, commands);
            }
        }
    }
    pub(super) fn edit(&mut self, a: &Attendee) {
        self.form = Form {
            editing: Some(a.id),
            name: a.name.clone(),
            role: Some(a.role),
            household: a.household.clone(),
            children: a.children_in_childcare,
            language: a.language.clone(),
            language_other: false,
            interpreter: a.interpreter,
            returning: !a.first_visit,
            consent_contact: a.consent_contact,
            phone: a
                .contact
                .as_ref()
                .map(|c| c.phone.clone())
                .unwrap_or_default(),
            email: a
                .contact
                .as_ref()
                .map(|c| c.email.clone())
                .unwrap_or_default(),
            consent_photos: a.consent_photos,
            table: a.table.unwrap_or(1),
            table_chosen: true,
            role_key: String::new(),
        };
    }
    pub(super) fn tally_ui(&mut self, ui: &mut Ui, live: &LiveState, commands: &mut Commands) {
        ui.say(
            RichText::new(t(ui, "signin-count-heading"))
                .size(26.0)
                .strong(),
        );
        ui.say(t(ui, "signin-count-intro"));
        ui.horizontal(|ui| {
            let label = ui.say(t(ui, "signin-count-language"));
            crate::ui::bidi_edit::singleline(ui, None, &mut self.tally_language, |e, _| {
                e.desired_width(160.0)
            })
            .response
            .response
            .labelled_by(label.id);
        });
        egui::Grid::new("tally")
            .num_columns(4)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                for role in Role::ALL {
                    let count: u32 = live
                        .session
                        .tallies
                        .iter()
                        .filter(|t| !t.deleted && t.role == role)
                        .map(|t| t.count)
                        .sum();
                    let name = role_text(ui, role);
                    ui.say(&name);
                    let mut tally = |delta| {
                        commands.push(Request::Cafe(Command::Record(RecordCommand::Tally {
                            role,
                            language: self.tally_language.clone(),
                            delta,
                        })));
                    };
                    if ui.say_button(format!("+ {name}")).clicked() {
                        tally(1);
                    }
                    if ui.say_button(format!("- {name}")).clicked() {
                        tally(-1);
                    }
                    ui.say(RichText::new(count.to_string()).strong());
                    ui.end_row();
                }
            });
    }
    pub(super) fn privacy_ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        exports: &std::path::Path,
        writable: bool,
        commands: &mut Commands,
    ) {
        ui.say(
            RichText::new(t(ui, "signin-share-heading"))
                .size(20.0)
                .strong(),
        );
        ui.checkbox(
            &mut self.include_names,
            said_line(ui, t(ui, "signin-include-names")),
        );
        ui.horizontal_wrapped(|ui| {
            let choices = [
                (AttendanceExport::Report, "signin-export-report"),
                (AttendanceExport::Csv, "signin-export-csv"),
                (AttendanceExport::BlankSheet, "signin-export-sheet"),
            ];
            for (kind, key) in choices {
                if ui.say_button(t(ui, key)).clicked() {
                    commands.push(Request::ExportAttendance {
                        kind,
                        names: self.include_names,
                    });
                }
            }
        });
        let folder = exports.display().to_string();
        ui.say(RichText::new(ta(ui, "signin-saved-in", &[("folder", folder.into())])).small());
        let people = live
            .session
            .attendees
            .iter()
            .filter(|a| !a.erased && !a.name.is_empty())
            .count();
        if live.session.holds_personal_data() && writable {
            if self.confirm_erase_all {
                ui.say(RichText::new(tn(ui, "signin-erase-all-confirm", people)).color(RED));
                ui.horizontal(|ui| {
                    if ui.say_button(t(ui, "signin-erase-all-yes")).clicked() {
                        commands.push(Request::Cafe(Command::EraseAllPersonalData));
                        self.confirm_erase_all = false;
                    }
                    if ui.say_button(t(ui, "signin-erase-all-no")).clicked() {
                        self.confirm_erase_all = false;
                    }
                });
            } else if ui.say_button(t(ui, "signin-erase-all")).clicked() {
                self.confirm_erase_all = true;
            }
        }
        self.named_exports_ui(ui, exports, commands);
    }
    /// Export files that hold names: erasing the café does not reach them, so list them and
    /// offer to delete them. Looked up when the page opens and after each export or erasure.
    pub(super) fn named_exports_ui(
        &mut self,
        ui: &mut Ui,
        exports: &std::path::Path,
        commands: &mut Commands,
    ) {
        if self.named_exports.is_none() {
            self.named_exports = Some(crate::store::exports::with_names(exports));
        }
        match &self.named_exports {
            Some(Ok(files)) if !files.is_empty() => {
                ui.say(RichText::new(tn(ui, "signin-named-exports", files.len())).color(RED));
                for file in files {
                    ui.say(RichText::new(named_export(ui, file)).small());
                }
                let count = files.len();
                if !self.confirm_delete_files {
                    self.confirm_delete_files =
                        ui.say_button(t(ui, "signin-delete-files")).clicked();
                    return;
                }
                ui.say(RichText::new(tn(ui, "signin-delete-files-confirm", count)).color(RED));
                ui.horizontal(|ui| {
                    if ui
                        .say_button(tn(ui, "signin-delete-files-yes", count))
                        .clicked()
                    {
                        commands.push(AppCommand::DeleteNamedExports);
                        self.confirm_delete_files = false;
                    }
                    if ui.say_button(t(ui, "signin-delete-files-no")).clicked() {
                        self.confirm_delete_files = false;
                    }
                });
            }
            Some(Err(reason)) => {
                let lang = crate::ui::text::language(ui.ctx());
                let words = crate::ui::trouble::exports_unreadable(lang, exports, reason);
                ui.say(RichText::new(words).color(RED).small());
            }
            _ => {}
        }
    }
    /// Look for export files with names again (after an export, an erasure or a deletion).
    pub fn recheck_exports(&mut self) {
        self.named_exports = None;
    }
}

/// "our-school-attendance-with-names.csv (2 KB, 2026-11-12 20:15)".
fn named_export(ui: &Ui, file: &crate::store::exports::NamedExport) -> String {
    let kb = file.bytes.div_ceil(1024);
    match file.modified {
        Some(when) => ta(
            ui,
            "signin-named-export-when",
            &[
                ("name", file.name().into()),
                ("kb", kb.to_string().into()),
                ("when", when.format("%Y-%m-%d %H:%M").to_string().into()),
            ],
        ),
        None => ta(
            ui,
            "signin-named-export",
            &[("name", file.name().into()), ("kb", kb.to_string().into())],
        ),
    }
}

/// What the model counts people who gave no language under (the figures' own English words).
const NOT_GIVEN: &str = "Not given";

/// The live figures, in room kept for each line however many roles and languages come in,
/// so the search box and the list under them never move while people arrive.
pub(super) fn figures_ui(ui: &mut Ui, f: &Figures, full: &[(u32, usize)]) {
    ui.say(
        RichText::new(ta(ui, "signin-here", &[("count", f.total.into())]))
            .size(28.0)
            .strong(),
    );
    let ink = ui.visuals().text_color();
    let needs = ta(
        ui,
        "signin-figures",
        &people_figures(ui, "signin-figure", f),
    );
    steady::lines(ui, &needs, 2, ink);
    let roles: Vec<String> = f
        .by_role
        .iter()
        .map(|(r, n)| format!("{}: {n}", role_text(ui, *r)))
        .collect();
    steady::lines(ui, &roles.join(" · "), 2, ink);
    // The model counts people who gave no language under its own English words.
    let not_given = t(ui, "signin-language-not-given-count");
    let languages: Vec<String> = f
        .by_language
        .iter()
        .map(|(l, n)| {
            let l = if l == NOT_GIVEN {
                not_given.as_str()
            } else {
                l
            };
            format!("{l}: {n}")
        })
        .collect();
    steady::lines(ui, &languages.join(" · "), 2, ink);
    let warnings: Vec<String> = full
        .iter()
        .map(|(table, n)| {
            ta(
                ui,
                "signin-table-full",
                &[("table", (*table).into()), ("count", (*n).into())],
            )
        })
        .collect();
    steady::lines(ui, &warnings.join(" · "), 1, RED);
}
