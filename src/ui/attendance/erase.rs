//! Erasing one person's personal data: the question, where else the café writes their name
//! (erased there too), and the two answers.

use egui::{RichText, Ui};

use super::{AttendanceState, RED};
use crate::live::{Command, RecordCommand};
use crate::model::{Attendee, Mention, PersonName, PersonalField, Place, Session};
use crate::ui::command::{Commands, Request};
use crate::ui::text::{t, ta};

/// Longest piece of an action's text quoted to say which action it is.
const ACTION_CHARS: usize = 48;

impl AttendanceState {
    /// Under a person's entry: erase them for good? Says every other place their name is
    /// written, since erasing clears it there too.
    pub(super) fn confirm_erase_ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        a: &Attendee,
        commands: &mut Commands,
    ) {
        let name = [("name", a.name.as_str().into())];
        ui.label(RichText::new(ta(ui, "signin-erase-confirm", &name)).color(RED));
        let mentions = PersonName::new(&a.name)
            .map(|n| session.mentions(&n, a.id))
            .unwrap_or_default();
        if !mentions.is_empty() {
            let places: Vec<String> = mentions.iter().map(|m| mention_text(ui, m)).collect();
            let also = ta(
                ui,
                "signin-erase-also",
                &[
                    ("name", a.name.as_str().into()),
                    ("places", places.join("; ").into()),
                ],
            );
            ui.label(RichText::new(also).color(RED));
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(ta(ui, "signin-erase-yes", &name)).clicked() {
                let erase = RecordCommand::EraseAttendee { id: a.id };
                commands.push(Request::Cafe(Command::Record(erase)));
                self.confirm_erase = None;
            }
            if ui.button(t(ui, "signin-erase-no")).clicked() {
                self.confirm_erase = None;
            }
        });
    }
}

/// "table host of Table 3", "facilitator", "who took on “Call the office”".
fn mention_text(ui: &Ui, mention: &Mention) -> String {
    let key = match mention.field {
        PersonalField::Facilitator => "signin-erase-also-facilitator",
        PersonalField::TableHost => "signin-erase-also-table-host",
        PersonalField::ActionOwner => "signin-erase-also-action-owner",
        PersonalField::AttendeeName => "signin-erase-also-sign-in",
        PersonalField::Household => "signin-erase-also-household",
        PersonalField::Phone => "signin-erase-also-phone",
        PersonalField::Email => "signin-erase-also-email",
    };
    let args = match &mention.place {
        Place::Cafe => vec![],
        Place::Table { number, name } => {
            let table = if name.trim().is_empty() {
                ta(ui, "tables-table", &[("number", (*number).into())])
            } else {
                let args = [("number", (*number).into()), ("name", name.as_str().into())];
                ta(ui, "tables-table-named", &args)
            };
            vec![("table", table.into())]
        }
        Place::Action { text } => vec![("action", cut(text).into())],
        Place::SignIn { name, checked_in } => {
            let time = checked_in.with_timezone(&chrono::Local).format("%H:%M");
            vec![
                ("name", name.as_str().into()),
                ("time", time.to_string().into()),
            ]
        }
    };
    ta(ui, key, &args)
}

/// The first words of a long text, enough to know it again.
fn cut(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(ACTION_CHARS) {
        Some((end, _)) => format!("{}…", text[..end].trim_end()),
        None => text.to_owned(),
    }
}
