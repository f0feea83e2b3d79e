//! Attendance exports.

use crate::model::{Attendee, Figures, Session};

/// What an export may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Privacy {
    /// Include names and households (the host asked for them).
    pub names: bool,
}

fn people(session: &Session) -> impl Iterator<Item = &Attendee> {
    session.attendees.iter().filter(|a| !a.deleted)
}

/// One CSV field, quoted when it needs to be, and defused so a spreadsheet never runs it.
fn csv_field(text: &str) -> String {
    let mut text = text.replace(['\r', '\n'], " ");
    if text.starts_with(['=', '+', '-', '@']) {
        text.insert(0, '\'');
    }
    if text.contains([',', '"']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// Attendance as CSV, one row per person signed in.
pub fn csv(session: &Session, privacy: Privacy) -> String {
    let mut header = vec![
        "checked in",
        "role",
        "language",
        "interpreter needed",
        "first visit",
        "children in childcare",
        "table",
    ];
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
    let mut out = header.join(",");
    out.push('\n');
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
            let contact = a.contact.as_ref().filter(|_| a.consent_contact);
            row.extend([
                a.name.clone(),
                a.household.clone(),
                yes(a.consent_contact).to_owned(),
                contact.map(|c| c.phone.clone()).unwrap_or_default(),
                contact.map(|c| c.email.clone()).unwrap_or_default(),
                yes(a.consent_photos).to_owned(),
            ]);
        }
        out.push_str(
            &row.iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push('\n');
    }
    out
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// A printable sign-in sheet: the counts, then one line per person.
pub fn sign_in_sheet_html(session: &Session, privacy: Privacy) -> String {
    let f = Figures::of(&session.attendees, &session.tallies);
    let d = &session.details;
    let mut h = String::new();
    h.push_str("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
    h.push_str(&format!(
        "<title>Sign-in sheet: {}</title>\n",
        html_escape(&d.title)
    ));
    h.push_str("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px 8px;text-align:left}@media print{body{margin:0}}</style>\n</head><body>\n");
    h.push_str(&format!(
        "<h1>{}</h1>\n<p>{}{}</p>\n",
        html_escape(&d.title),
        d.date.format("%A %-d %B %Y"),
        if d.venue.is_empty() {
            String::new()
        } else {
            format!(" · {}", html_escape(&d.venue))
        }
    ));
    h.push_str(&format!(
        "<h2>Who came</h2>\n<p>{} people · {} first visit · {} needed an interpreter · {} children in childcare</p>\n<ul>\n",
        f.total, f.first_timers, f.interpreter_needed, f.children_in_childcare
    ));
    for (role, n) in &f.by_role {
        h.push_str(&format!("<li>{}: {n}</li>\n", role.label()));
    }
    h.push_str("</ul>\n<ul>\n");
    for (language, n) in &f.by_language {
        h.push_str(&format!("<li>{}: {n}</li>\n", html_escape(language)));
    }
    h.push_str("</ul>\n<h2>Sign-ins</h2>\n<table>\n<tr><th>Time</th><th>Role</th><th>Language</th><th>Table</th>");
    if privacy.names {
        h.push_str("<th>Name</th><th>Household</th><th>Contact (with consent)</th>");
    }
    h.push_str("</tr>\n");
    for a in people(session) {
        h.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
            a.checked_in.format("%H:%M"),
            a.role.label(),
            html_escape(&a.language),
            a.table.map(|t| t.to_string()).unwrap_or_default()
        ));
        if privacy.names {
            let contact = a
                .contact
                .as_ref()
                .filter(|_| a.consent_contact)
                .map(|c| {
                    [c.phone.as_str(), c.email.as_str()]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join(" · ")
                })
                .unwrap_or_default();
            h.push_str(&format!(
                "<td>{}</td><td>{}</td><td>{}</td>",
                html_escape(&a.name),
                html_escape(&a.household),
                html_escape(&contact)
            ));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</table>\n</body></html>\n");
    h
}
