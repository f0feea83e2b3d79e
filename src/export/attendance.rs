//! Attendance exports: who came as CSV or as a printable report, private by default, and a
//! blank sign-in sheet to print for a desk without a laptop.

use maud::html;

use super::isolate::{self, Line};
use super::page::{Kind, page};
use super::{CHILDCARE, FIRST_VISITS, INTERPRETER, counted, people as people_figure};
use crate::model::{Attendee, Figures, Session};

/// What an export may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Privacy {
    /// Include names (and, with consent, contact details), as the host asked.
    pub names: bool,
}

fn people(session: &Session) -> impl Iterator<Item = &Attendee> {
    session.attendees.iter().filter(|a| !a.deleted)
}

/// What a spreadsheet may take as the start of a formula: the ASCII signs, their full-width
/// and small forms (typed by some keyboards, and read as formulas by some spreadsheets), and a
/// tab or line break before anything else.
const FORMULA_STARTS: &[char] = &[
    '=', '+', '-', '@', '\t', '\r', '\n', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
    '\u{FE66}', '\u{FE62}', '\u{FE63}', '\u{FE6B}',
];

/// One CSV field, on one line, defused so a spreadsheet never runs it as a formula: a field
/// whose first character, or first after blanks, may start one begins with `'`. Right-to-left
/// text is isolated (see [`isolate::plain`]) so the row around it keeps its order.
fn cell(text: &str) -> String {
    isolate::plain(&defuse(text)).into_owned()
}

fn defuse(text: &str) -> String {
    let risky = text.starts_with(FORMULA_STARTS)
        || text
            .trim_start()
            .starts_with(|c: char| FORMULA_STARTS.contains(&c));
    let one_line = text.replace(['\r', '\n'], " ");
    if risky {
        format!("'{one_line}")
    } else {
        one_line
    }
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// The contact details a person agreed to share, as (phone, email).
fn consented_contact(a: &Attendee) -> (String, String) {
    a.contact
        .as_ref()
        .filter(|_| a.consent_contact)
        .map_or_else(Default::default, |c| (c.phone.clone(), c.email.clone()))
}

/// The columns every attendance CSV begins with: what can be counted, never who.
const COUNT_COLUMNS: [&str; 7] = [
    "checked in",
    "role",
    "language",
    "interpreter needed",
    "first visit",
    "children in childcare",
    "table",
];

/// Whether `head`, the first bytes of a file, is the start of an attendance CSV export.
pub fn is_csv(head: &str) -> bool {
    head.starts_with(&COUNT_COLUMNS.join(","))
}

/// Attendance as CSV, one row per person signed in. Without names it holds only
/// non-identifying fields.
pub fn csv(session: &Session, privacy: Privacy) -> Result<String, String> {
    let mut header = COUNT_COLUMNS.to_vec();
    if privacy.names {
        header.extend([
            "name",
            "household",
            "agreed to contact",
            "phone",
            "email",
            "agreed to photos and quotes",
        ]);
    }
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    let problem = |e: ::csv::Error| format!("the attendance could not be written as CSV: {e}");
    writer.write_record(&header).map_err(problem)?;
    for a in people(session) {
        let mut row = vec![
            a.checked_in.format("%Y-%m-%d %H:%M").to_string(),
            a.role.label().to_owned(),
            a.language.clone(),
            yes(a.interpreter).to_owned(),
            yes(a.first_visit).to_owned(),
            a.children_in_childcare.to_string(),
            a.table.map(|t| t.to_string()).unwrap_or_default(),
        ];
        if privacy.names {
            let (phone, email) = consented_contact(a);
            row.extend([
                a.name.clone(),
                a.household.clone(),
                yes(a.consent_contact).to_owned(),
                phone,
                email,
                yes(a.consent_photos).to_owned(),
            ]);
        }
        writer
            .write_record(row.iter().map(|f| cell(f)))
            .map_err(problem)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| format!("the attendance could not be written as CSV: {e}"))?;
    String::from_utf8(bytes).map_err(|e| format!("the attendance is not valid text: {e}"))
}

fn when_where(session: &Session) -> Line<'_> {
    let d = &session.details;
    let line = Line::ours(d.date.format("%A %-d %B %Y").to_string());
    if d.venue.trim().is_empty() {
        line
    } else {
        line.and(" · ").typed(&d.venue)
    }
}

/// Who came, as a printable page: the counts, then one line per person (names only when asked).
pub fn attendance_html(session: &Session, privacy: Privacy) -> String {
    let f = Figures::of(&session.attendees, &session.tallies);
    let d = &session.details;
    let contains = if privacy.names {
        "This attendance report contains the counts and one line per person, with names, and contact details only for people who agreed to be contacted."
    } else {
        "This attendance report contains the counts and one line per person without names or contact details."
    };
    let body = html! {
        p class="contains" { (contains) }
        h1 { "Attendance: " (isolate::html(&d.title)) }
        p class="meta" { (when_where(session)) }
        h2 { "Who came" }
        p {
            (counted(f.total, "person", "people")) " · " (people_figure(f.first_timers, &FIRST_VISITS)) " · "
            (people_figure(f.interpreter_needed, &INTERPRETER)) " · " (people_figure(f.children_in_childcare, &CHILDCARE))
        }
        ul { @for (role, n) in &f.by_role { li { (role.label()) ": " (n) } } }
        ul { @for (language, n) in &f.by_language { li { (isolate::html(language)) ": " (n) } } }
        h2 { "Sign-ins" }
        table {
            tr {
                th { "Time" } th { "Role" } th { "Language" } th { "Table" }
                @if privacy.names {
                    th { "Name" } th { "Household" } th { "Contact (with consent)" }
                    th { "Photos and quotes OK?" }
                }
            }
            @for a in people(session) {
                tr {
                    td { (a.checked_in.format("%H:%M")) }
                    td { (a.role.label()) }
                    td { (isolate::html(&a.language)) }
                    td { (a.table.map(|t| t.to_string()).unwrap_or_default()) }
                    @if privacy.names {
                        @let (phone, email) = consented_contact(a);
                        td { (isolate::html(&a.name)) }
                        td { (isolate::html(&a.household)) }
                        td class="wrap" { (isolate::html(&join_present(&[&phone, &email]))) }
                        td { (yes(a.consent_photos)) }
                    }
                }
            }
        }
    };
    page(Kind::Attendance, &d.title, body)
}

fn join_present(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Rows on a blank sign-in sheet when the café does not say how many people to expect.
pub const BLANK_SHEET_ROWS: usize = 20;

/// A blank sign-in sheet to print: the café's name and date, then `rows` empty lines for people
/// to fill in by hand. It holds no one's details.
pub fn blank_sign_in_sheet_html(session: &Session, rows: usize) -> String {
    let d = &session.details;
    let rows = rows.clamp(1, 500);
    let body = html! {
        p class="contains" {
            "A blank sign-in sheet to fill in by hand. It holds no one's details until people write them; keep filled sheets somewhere safe and private."
        }
        h1 { "Sign in, please: " (isolate::html(&d.title)) }
        p class="meta" { (when_where(session)) }
        p {
            "Role: parent, grandparent, other caregiver, teacher, other school staff, community partner or other. "
            "Contact details only if you would like us to contact you."
        }
        table class="sheet" {
            tr {
                th { "Name" } th { "Role" } th { "Home language" } th { "Interpreter?" }
                th { "First café?" } th { "Children in childcare" } th { "May we contact you? Phone or email" }
                th { "Photos and quotes OK?" }
            }
            @for _ in 0..rows {
                tr { td {} td {} td {} td {} td {} td {} td {} td {} }
            }
        }
    };
    page(Kind::SignInSheet, &d.title, body)
}
