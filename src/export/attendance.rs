//! Attendance exports: who came as CSV or as a printable report, private by default, and a
//! blank sign-in sheet to print for a desk without a laptop.

use maud::html;

use super::isolate;
use super::page::{Kind, page};
use super::words::{Words, user};
use crate::i18n::Lang;
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
pub(crate) fn cell(text: &str) -> String {
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

/// The contact details a person agreed to share, as (phone, email).
fn consented_contact(a: &Attendee) -> (String, String) {
    a.contact
        .as_ref()
        .filter(|_| a.consent_contact)
        .map_or_else(Default::default, |c| (c.phone.clone(), c.email.clone()))
}

/// The columns every attendance CSV begins with: what can be counted, never who (their
/// words' keys in the export catalogues).
const COUNT_COLUMNS: [&str; 7] = [
    "csv-checked-in",
    "csv-role",
    "csv-language",
    "csv-interpreter",
    "csv-first-visit",
    "csv-childcare",
    "csv-table",
];

/// The columns added when names are included.
const NAME_COLUMNS: [&str; 6] = [
    "csv-name",
    "csv-household",
    "csv-consent-contact",
    "csv-phone",
    "csv-email",
    "csv-consent-photos",
];

/// Whether `head`, the first bytes of a file, is the start of an attendance CSV export, in
/// any language.
pub fn is_csv(head: &str) -> bool {
    Lang::all().into_iter().any(|lang| {
        let w = Words(lang);
        let words: Vec<String> = COUNT_COLUMNS.iter().map(|k| w.t(k)).collect();
        let mut writer = ::csv::Writer::from_writer(Vec::new());
        writer.write_record(&words).is_ok()
            && writer
                .into_inner()
                .is_ok_and(|line| head.as_bytes().starts_with(line.trim_ascii_end()))
    })
}

/// Attendance as CSV, one row per person signed in, its headers and answers in `w`'s
/// language. Without names it holds only non-identifying fields.
pub fn csv(session: &Session, privacy: Privacy, w: Words) -> Result<String, String> {
    let mut header: Vec<String> = COUNT_COLUMNS.iter().map(|k| w.t(k)).collect();
    if privacy.names {
        header.extend(NAME_COLUMNS.iter().map(|k| w.t(k)));
    }
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    let problem = |e: ::csv::Error| e.to_string();
    writer.write_record(&header).map_err(problem)?;
    for a in people(session) {
        let mut row = vec![
            a.checked_in.format("%Y-%m-%d %H:%M").to_string(),
            w.role(a.role),
            a.language.clone(),
            w.yes(a.interpreter),
            w.yes(a.first_visit),
            a.children_in_childcare.to_string(),
            a.table.map(|t| t.to_string()).unwrap_or_default(),
        ];
        if privacy.names {
            let (phone, email) = consented_contact(a);
            row.extend([
                a.name.clone(),
                a.household.clone(),
                w.yes(a.consent_contact),
                phone,
                email,
                w.yes(a.consent_photos),
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

fn when_where(session: &Session, w: Words) -> maud::Markup {
    let d = &session.details;
    html! {
        (w.long_date(d.date))
        @if !d.venue.trim().is_empty() { " · " (user(&d.venue)) }
    }
}

/// Who came, as a printable page: the counts (each group under the one rule), then one line
/// per person (names only when asked).
pub fn attendance_html(session: &Session, privacy: Privacy, w: Words) -> String {
    let f = Figures::of(&session.attendees, &session.tallies);
    // Each group under the one rule beside the total.
    let roles = w.parts(f.total, &f.by_role.values().copied().collect::<Vec<_>>());
    let languages = w.parts(
        f.total,
        &f.by_language.values().copied().collect::<Vec<_>>(),
    );
    let d = &session.details;
    let contains = w.t(if privacy.names {
        "attendance-contains-names"
    } else {
        "attendance-contains"
    });
    let body = html! {
        p class="contains" { (contains) }
        h1 { (Kind::Attendance.prefix(w)) (user(&d.title)) }
        p class="meta" { (when_where(session, w)) }
        h2 { (w.t("who-came")) }
        p {
            (w.a("people", &[("count", f.total.into())])) " · "
            (w.people(f.first_timers, "first-visits", "first-visits-not-known")) " · "
            (w.people(f.interpreter_needed, "interpreter-needed-count", "interpreter-not-known")) " · "
            (w.people(f.children_in_childcare, "childcare-count", "childcare-not-known"))
        }
        ul { @for (role, n) in f.by_role.keys().zip(&roles) { li { (w.role(*role)) ": " (n) } } }
        ul { @for (language, n) in f.by_language.keys().zip(&languages) { li { (user(language)) ": " (n) } } }
        h2 { (w.t("sign-ins")) }
        table {
            tr {
                th { (w.t("time")) } th { (w.t("role")) } th { (w.t("language")) } th { (w.t("table")) }
                @if privacy.names {
                    th { (w.t("name")) } th { (w.t("household")) } th { (w.t("contact-with-consent")) }
                    th { (w.t("photos-ok")) }
                }
            }
            @for a in people(session) {
                tr {
                    td { (a.checked_in.format("%H:%M")) }
                    td { (w.role(a.role)) }
                    td { (user(&a.language)) }
                    td { (a.table.map(|t| t.to_string()).unwrap_or_default()) }
                    @if privacy.names {
                        @let (phone, email) = consented_contact(a);
                        td { (user(&a.name)) }
                        td { (user(&a.household)) }
                        td class="wrap" { (user(&join_present(&[&phone, &email]))) }
                        td { (w.yes(a.consent_photos)) }
                    }
                }
            }
        }
    };
    page(Kind::Attendance, &d.title, w, body)
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

/// The columns of a blank sign-in sheet (their words' keys): the time each person arrives
/// first and their signature last.
const SHEET_COLUMNS: [&str; 10] = [
    "sheet-time",
    "sheet-name",
    "sheet-role",
    "sheet-language",
    "sheet-interpreter",
    "sheet-first",
    "sheet-childcare",
    "sheet-contact",
    "sheet-photos",
    "sheet-signature",
];

/// A blank sign-in sheet to print: the café's name and date, then `rows` empty lines for people
/// to fill in by hand, with the time they came and their signature. It holds no one's details.
pub fn blank_sign_in_sheet_html(session: &Session, rows: usize, w: Words) -> String {
    let d = &session.details;
    let rows = rows.clamp(1, 500);
    let body = html! {
        p class="contains" { (w.t("sheet-contains")) }
        h1 { (w.a("sheet-heading", &[("name", "".into())])) (user(&d.title)) }
        p class="meta" { (when_where(session, w)) }
        p { (w.t("sheet-roles")) }
        table class="sheet" {
            tr { @for key in SHEET_COLUMNS { th { (w.t(key)) } } }
            @for _ in 0..rows {
                tr { @for _ in SHEET_COLUMNS { td {} } }
            }
        }
    };
    page(Kind::SignInSheet, &d.title, w, body)
}
