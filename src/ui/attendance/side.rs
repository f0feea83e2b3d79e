//! The right side of the sign-in desk: live figures, today's list, counting without names,
//! exports and erasing personal data.

use egui::{RichText, Ui};

use super::{AttendanceState, Form, RED};
use crate::live::{Command, LiveState, RecordCommand};
use crate::model::attendance::{TABLE_LIMIT, table_counts};
use crate::model::{Attendee, Figures, Role};
use crate::store::people::{fold, matches_words};
use crate::ui::command::{AppCommand, AttendanceExport};

impl AttendanceState {
    pub(super) fn list_ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        writable: bool,
        commands: &mut Vec<AppCommand>,
    ) {
        let session = &live.session;
        ui.label(RichText::new("Signed in").size(20.0).strong());
        let label = ui.label("Find someone");
        ui.add(egui::TextEdit::singleline(&mut self.find).desired_width(240.0))
            .labelled_by(label.id);
        let words: Vec<String> = fold(&self.find)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        for (table, n) in table_counts(&session.attendees, session.details.tables) {
            if n > TABLE_LIMIT {
                ui.label(
                    RichText::new(format!("Table {table} has {n} people: too many"))
                        .color(RED)
                        .strong(),
                );
            }
        }
        let record = |c: RecordCommand| AppCommand::Cafe(Command::Record(c));
        for a in session.attendees.iter().rev().filter(|a| !a.deleted) {
            if !words.is_empty() && !matches_words(&fold(&a.name), &words) {
                continue;
            }
            ui.horizontal_wrapped(|ui| {
                let name = if a.erased {
                    "(name erased)".to_owned()
                } else {
                    a.name.clone()
                };
                ui.label(RichText::new(name).strong());
                let table = a.table.map(|t| format!(" · table {t}")).unwrap_or_default();
                ui.label(
                    RichText::new(format!(
                        "{}{table} · {}",
                        a.role.label(),
                        a.checked_in.with_timezone(&chrono::Local).format("%H:%M")
                    ))
                    .small(),
                );
                if !writable {
                    return;
                }
                if ui.small_button("Undo check-in").clicked() {
                    commands.push(record(RecordCommand::RemoveAttendee { id: a.id }));
                }
                if !a.erased && ui.small_button("Change").clicked() {
                    self.edit(a);
                }
                if a.erased {
                    return;
                }
                if self.confirm_erase == Some(a.id) {
                    ui.label(
                        RichText::new(format!(
                            "Erase {}'s name and contact details for good? This cannot be undone; the counts stay.",
                            a.name
                        ))
                        .color(RED),
                    );
                    if ui.small_button(format!("Yes, erase {}", a.name)).clicked() {
                        commands.push(record(RecordCommand::EraseAttendee { id: a.id }));
                        self.confirm_erase = None;
                    }
                    if ui.small_button("No, keep").clicked() {
                        self.confirm_erase = None;
                    }
                } else if ui
                    .small_button("Erase personal data…")
                    .on_hover_text("Removes the name and contact details; the counts stay")
                    .clicked()
                {
                    self.confirm_erase = Some(a.id);
                }
            });
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
    pub(super) fn tally_ui(
        &mut self,
        ui: &mut Ui,
        live: &LiveState,
        commands: &mut Vec<AppCommand>,
    ) {
        ui.label(RichText::new("Count people").size(26.0).strong());
        ui.label("No names are kept. Press + as each person arrives.");
        ui.horizontal(|ui| {
            let label = ui.label("Language (optional)");
            ui.add(egui::TextEdit::singleline(&mut self.tally_language).desired_width(160.0))
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
                    ui.label(role.label());
                    let mut tally = |delta| {
                        commands.push(AppCommand::Cafe(Command::Record(RecordCommand::Tally {
                            role,
                            language: self.tally_language.clone(),
                            delta,
                        })));
                    };
                    if ui.button(format!("+ {}", role.label())).clicked() {
                        tally(1);
                    }
                    if ui.button(format!("- {}", role.label())).clicked() {
                        tally(-1);
                    }
                    ui.label(RichText::new(count.to_string()).strong());
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
        commands: &mut Vec<AppCommand>,
    ) {
        ui.label(RichText::new("Share and erase").size(20.0).strong());
        ui.checkbox(
            &mut self.include_names,
            "Include names (contact details only for people who agreed)",
        );
        ui.horizontal_wrapped(|ui| {
            let choices = [
                (
                    AttendanceExport::Report,
                    "Save the attendance report (to print)",
                ),
                (AttendanceExport::Csv, "Save the attendance as CSV"),
                (
                    AttendanceExport::BlankSheet,
                    "Save a blank sign-in sheet (to sign by hand)",
                ),
            ];
            for (kind, text) in choices {
                if ui.button(text).clicked() {
                    commands.push(AppCommand::ExportAttendance {
                        kind,
                        names: self.include_names,
                    });
                }
            }
        });
        ui.label(RichText::new(format!("Saved in {}", exports.display())).small());
        let people = live
            .session
            .attendees
            .iter()
            .filter(|a| !a.erased && !a.name.is_empty())
            .count();
        if people > 0 && writable {
            if self.confirm_erase_all {
                ui.label(RichText::new(format!("Erase the names and contact details of all {people} people? The counts stay.")).color(RED));
                ui.horizontal(|ui| {
                    if ui.button("Yes, erase them").clicked() {
                        commands.push(AppCommand::Cafe(Command::EraseAllPersonalData));
                        self.confirm_erase_all = false;
                    }
                    if ui.button("No").clicked() {
                        self.confirm_erase_all = false;
                    }
                });
            } else if ui
                .button("Erase everyone's personal data from this café")
                .clicked()
            {
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
        commands: &mut Vec<AppCommand>,
    ) {
        if self.named_exports.is_none() {
            self.named_exports = Some(crate::store::exports::with_names(exports));
        }
        match &self.named_exports {
            Some(Ok(files)) if !files.is_empty() => {
                ui.label(
                    RichText::new(format!(
                        "{} saved export file(s) hold names (erasing here does not change them):",
                        files.len()
                    ))
                    .color(RED),
                );
                for file in files {
                    ui.label(RichText::new(file.describe()).small());
                }
                if ui.button("Delete these files").clicked() {
                    commands.push(AppCommand::DeleteNamedExports);
                }
            }
            Some(Err(e)) => {
                ui.label(RichText::new(e).color(RED).small());
            }
            _ => {}
        }
    }
    /// Look for export files with names again (after an export, an erasure or a deletion).
    pub fn recheck_exports(&mut self) {
        self.named_exports = None;
    }
}

pub(super) fn figures_ui(ui: &mut Ui, f: &Figures) {
    ui.label(
        RichText::new(format!("{} here", f.total))
            .size(28.0)
            .strong(),
    );
    ui.label(format!(
        "{} first visit · {} need an interpreter · {} children in childcare",
        f.first_timers, f.interpreter_needed, f.children_in_childcare
    ));
    let roles: Vec<String> = f
        .by_role
        .iter()
        .map(|(r, n)| format!("{}: {n}", r.label()))
        .collect();
    if !roles.is_empty() {
        ui.label(roles.join(" · "));
    }
    let languages: Vec<String> = f
        .by_language
        .iter()
        .map(|(l, n)| format!("{l}: {n}"))
        .collect();
    if !languages.is_empty() {
        ui.label(languages.join(" · "));
    }
}
