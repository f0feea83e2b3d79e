//! One café's report to share with the school: Markdown, or one self-contained HTML file.
//! Private notes never appear; names (the facilitator, table hosts, who took on each action)
//! only when the host includes them.

use maud::{Markup, html};

use super::isolate::{self, Line};
use super::page::{Kind, page};
use super::svg::{self, Row};
use super::{CHILDCARE, FIRST_VISITS, INTERPRETER, Privacy, counted, people};
use crate::model::Session;
use crate::review::report::{CafeReport, TableNotes};

/// Add one line (formatted like `format!`) to a Markdown text.
macro_rules! put {
    ($o:expr, $($arg:tt)*) => {{
        $o.push_str(&format!($($arg)*));
        $o.push('\n');
    }};
}

/// The sentence at the top of every café report, saying what it holds and what it leaves out.
pub fn contains_line(report: &CafeReport, privacy: Privacy) -> String {
    let names = if privacy.names {
        "It includes names: the facilitator, the table hosts and who took on each action."
    } else {
        "It holds no one's name: the facilitator, table hosts and who took on each action are left out."
    };
    format!(
        "This report contains the questions, the notes each table took, the themes, the actions and attendance counts of one café. {} private note{} left out. {names}",
        report.private_notes,
        if report.private_notes == 1 {
            " was"
        } else {
            "s were"
        },
    )
}

fn when_where(r: &CafeReport, privacy: Privacy) -> Line<'_> {
    let mut line = Line::ours(r.date.format("%A %-d %B %Y").to_string());
    if !r.venue.trim().is_empty() {
        line = line.and(" · ").typed(&r.venue);
    }
    if privacy.names && !r.facilitator.trim().is_empty() {
        line = line.and(" · facilitated by ").typed(&r.facilitator);
    }
    line = line.and(" · series: ").typed(&r.series);
    if r.minutes > 0 {
        line = line.and(format!(" · {} minutes", r.minutes));
    }
    line
}

/// A table's label (its number and the name it was given) and, with names, its host.
fn table_heading(t: &TableNotes, privacy: Privacy) -> Line<'_> {
    let line = Line::default().typed(&t.label);
    if privacy.names && !t.host.trim().is_empty() {
        line.and(" (host: ").typed(&t.host).and(")")
    } else {
        line
    }
}

fn owner(owner: &str, privacy: Privacy) -> Line<'_> {
    if owner.trim().is_empty() {
        Line::ours("not named")
    } else if privacy.names {
        Line::default().typed(owner)
    } else {
        Line::ours("name left out")
    }
}

fn status(done: bool) -> &'static str {
    if done { "done" } else { "open" }
}

fn figures_lines(r: &CafeReport) -> Vec<Line<'_>> {
    let f = &r.figures;
    let mut out = vec![Line::ours(format!(
        "{} came{}: {}; {}; {}.",
        counted(f.total, "person", "people"),
        if r.counts_only {
            " (counted at the door, no names taken)"
        } else {
            ""
        },
        people(f.first_timers, &FIRST_VISITS),
        people(f.interpreter_needed, &INTERPRETER),
        people(f.children_in_childcare, &CHILDCARE)
    ))];
    out.push(Line::ours(format!(
        "By role: {}.",
        f.by_role
            .iter()
            .map(|(role, n)| format!("{} {n}", role.label()))
            .collect::<Vec<_>>()
            .join(", ")
    )));
    let mut languages = Line::ours("By language: ");
    for (i, (lang, n)) in f.by_language.iter().enumerate() {
        let comma = if i == 0 { "" } else { ", " };
        languages = languages.and(comma).typed(lang).and(format!(" {n}"));
    }
    out.push(languages.and("."));
    out
}

/// The report as Markdown.
pub fn markdown(session: &Session, privacy: Privacy) -> String {
    let r = CafeReport::of(session);
    let mut o = String::new();
    put!(o, "# {}{}\n", Kind::Report.prefix(), isolate::md(&r.title));
    put!(o, "> {}\n", contains_line(&r, privacy));
    put!(o, "{}\n", when_where(&r, privacy).md());
    put!(
        o,
        "Guide: {}. {}\n",
        isolate::md(&r.guide),
        isolate::md(&r.purpose)
    );
    put!(o, "## Who came\n");
    for line in figures_lines(&r) {
        put!(o, "- {}", line.md());
    }
    put!(o, "\n## Time: planned and actual\n");
    put!(
        o,
        "| Step | Planned minutes | Actual minutes |\n|---|---:|---:|"
    );
    for s in &r.steps {
        put!(
            o,
            "| {} | {} | {} |",
            super::md(&s.label),
            s.planned.map_or_else(|| "–".to_owned(), |p| p.to_string()),
            s.actual
                .map_or_else(|| "until the end".to_owned(), svg::number)
        );
    }
    if !r.skipped.is_empty() {
        put!(o, "\n{}", skipped_line(&r));
    }
    for q in &r.questions {
        put!(
            o,
            "\n## Question {}: {}\n",
            q.index + 1,
            isolate::md(&q.text)
        );
        let came: Vec<&str> = q
            .points
            .iter()
            .filter(|p| p.1)
            .map(|p| p.0.as_str())
            .collect();
        if !came.is_empty() {
            put!(o, "Points that came up:\n");
            for p in came {
                put!(o, "- {}", isolate::md(p));
            }
            o.push('\n');
        }
        notes_md(&mut o, &q.tables, privacy);
    }
    if !r.other_notes.is_empty() {
        put!(o, "\n## Other notes\n");
        notes_md(&mut o, &r.other_notes, privacy);
    }
    put!(o, "\n## Themes\n");
    if r.themes.is_empty() {
        put!(o, "No themes were gathered.");
    }
    for t in &r.themes {
        put!(
            o,
            "- {} — raised by {} table{} ({} note{})",
            isolate::md(&t.title),
            t.tables,
            plural(t.tables),
            t.notes,
            plural(t.notes)
        );
    }
    put!(o, "\n## Actions\n");
    if r.actions.is_empty() {
        put!(o, "No actions were recorded.");
    }
    for a in &r.actions {
        put!(
            o,
            "- [{}] {} — who: {}; by: {}",
            if a.done { "x" } else { " " },
            isolate::md(&a.text),
            owner(&a.owner, privacy).md(),
            a.due
                .map_or_else(|| "no date".to_owned(), |d| d.to_string())
        );
    }
    o
}

/// "Not asked at this café: questions 2, 3 and 4."
fn skipped_line(r: &CafeReport) -> String {
    let numbers: Vec<String> = r.skipped.iter().map(|i| (i + 1).to_string()).collect();
    let list = match numbers.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("s {} and {last}", rest.join(", ")),
        Some((last, _)) => format!(" {last}"),
        None => String::new(),
    };
    format!("Not asked at this café: question{list}.")
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn notes_md(o: &mut String, tables: &[TableNotes], privacy: Privacy) {
    if tables.is_empty() {
        put!(o, "No notes.");
    }
    for t in tables {
        put!(o, "### {}\n", table_heading(t, privacy).md());
        for n in &t.notes {
            let tags: Vec<&str> = n.tags.iter().map(|t| t.label()).collect();
            put!(
                o,
                "- {}{}",
                isolate::md(&n.text),
                if tags.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", tags.join(", "))
                }
            );
        }
        o.push('\n');
    }
}

/// The report as one HTML file: styles and charts inside, no scripts, prints on A4 or Letter.
pub fn html(session: &Session, privacy: Privacy) -> String {
    let r = CafeReport::of(session);
    let steps: Vec<Row> = r
        .steps
        .iter()
        .map(|s| Row {
            label: s.label.clone(),
            values: vec![s.planned.map(f64::from), s.actual],
        })
        .collect();
    let roles: Vec<Row> = r
        .figures
        .by_role
        .iter()
        .map(|(role, n)| Row {
            label: role.label().to_owned(),
            values: vec![Some(f64::from(*n))],
        })
        .collect();
    let body = html! {
        p class="contains" { (contains_line(&r, privacy)) }
        h1 { "Café report: " (isolate::html(&r.title)) }
        p class="meta" { (when_where(&r, privacy)) }
        p { "Guide: " (isolate::html(&r.guide)) ". " (isolate::html(&r.purpose)) }
        h2 { "Who came" }
        ul { @for line in figures_lines(&r) { li { (line) } } }
        @if !roles.is_empty() {
            (svg::bars("People by role", &["People"], &roles, ""))
        }
        h2 { "Time: planned and actual" }
        (svg::bars("Minutes per step, planned and actual", &["Planned", "Actual"], &steps, "min"))
        @if !r.skipped.is_empty() { p { (skipped_line(&r)) } }
        @for q in &r.questions {
            h2 { "Question " (q.index + 1) ": " (isolate::html(&q.text)) }
            @let came: Vec<&str> = q.points.iter().filter(|p| p.1).map(|p| p.0.as_str()).collect();
            @if !came.is_empty() {
                h3 { "Points that came up" }
                ul { @for p in came { li { (isolate::html(p)) } } }
            }
            (notes_html(&q.tables, privacy))
        }
        @if !r.other_notes.is_empty() {
            h2 { "Other notes" }
            (notes_html(&r.other_notes, privacy))
        }
        h2 { "Themes" }
        @if r.themes.is_empty() { p { "No themes were gathered." } } @else {
            table {
                tr { th { "Theme" } th class="n" { "Tables" } th class="n" { "Notes" } }
                @for t in &r.themes {
                    tr { td { (isolate::html(&t.title)) } td class="n" { (t.tables) } td class="n" { (t.notes) } }
                }
            }
        }
        h2 { "Actions" }
        @if r.actions.is_empty() { p { "No actions were recorded." } } @else {
            table {
                tr { th { "Action" } th { "Who" } th { "By" } th { "Status" } }
                @for a in &r.actions {
                    tr {
                        td { (isolate::html(&a.text)) }
                        td { (owner(&a.owner, privacy)) }
                        td { (a.due.map_or_else(|| "no date".to_owned(), |d| d.to_string())) }
                        td { (status(a.done)) }
                    }
                }
            }
        }
    };
    page(Kind::Report, &r.title, body)
}

fn notes_html(tables: &[TableNotes], privacy: Privacy) -> Markup {
    html! {
        @if tables.is_empty() { p { "No notes." } }
        @for t in tables {
            h4 { (table_heading(t, privacy)) }
            ul {
                @for n in &t.notes {
                    li {
                        (isolate::html(&n.text))
                        @for tag in &n.tags { span class="tag" { (tag.label()) } }
                    }
                }
            }
        }
    }
}
