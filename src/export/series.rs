//! A series summary to share: attendance per café by role, first visits against returning
//! people, languages over time, the tags and themes that recur, and the actions (open first).
//! It holds counts and themes only; action owners appear only when names are included.

use maud::html;

use super::isolate::{self, Line};
use super::page::{Kind, page};
use super::svg::{self, Row};
use super::{Privacy, people_cell};
use crate::review::series::{SeriesCafe, SeriesSummary};

/// The sentence at the top of every series summary, saying what it holds.
pub fn contains_line(s: &SeriesSummary, privacy: Privacy) -> String {
    format!(
        "This summary contains attendance counts, recurring tags and themes, and the actions of the {} café{} in this series. It holds no notes and {}.",
        s.cafes.len(),
        if s.cafes.len() == 1 { "" } else { "s" },
        if privacy.names {
            "names only as who took on each action"
        } else {
            "no one's name"
        }
    )
}

fn owner(owner: &str, privacy: Privacy) -> Line<'_> {
    match (owner.trim().is_empty(), privacy.names) {
        (true, _) => Line::ours("not named"),
        (false, true) => Line::default().typed(owner),
        (false, false) => Line::ours("name left out"),
    }
}

/// A café as a chart names it: "1 Dec 2026", or "1 Dec 2026 18:30" when another café of the
/// series was on the same day.
fn chart_label(s: &SeriesSummary, i: usize, c: &SeriesCafe) -> String {
    with_time(s, i, c.date.format("%-d %b %Y").to_string())
}

/// A café as a table's column names it: its date, and its time when the date is shared.
fn cafe_heading(s: &SeriesSummary, i: usize, c: &SeriesCafe) -> String {
    with_time(s, i, c.date.to_string())
}

fn with_time(s: &SeriesSummary, i: usize, date: String) -> String {
    match s.time_if_same_day(i) {
        Some(time) => format!("{date} {time}"),
        None => date,
    }
}

fn returning(r: Option<u32>) -> String {
    r.map_or_else(|| "not known".to_owned(), |n| n.to_string())
}

/// The summary as Markdown.
pub fn markdown(s: &SeriesSummary, privacy: Privacy) -> String {
    let mut o = String::new();
    let mut line = |text: String| {
        o.push_str(&text);
        o.push('\n');
    };
    line(format!(
        "# {}{}\n",
        Kind::Series.prefix(),
        isolate::md(&s.name)
    ));
    line(format!("> {}\n", contains_line(s, privacy)));
    line("## Who came to each café\n".to_owned());
    line(
        "| Date | Café | People | First visits | Returning | Interpreter needed | Childcare |"
            .to_owned(),
    );
    line("|---|---|---:|---:|---:|---:|---:|".to_owned());
    for c in &s.cafes {
        line(format!(
            "| {} | {} | {} | {} | {} | {} | {} |",
            c.date,
            isolate::md(&c.title),
            c.figures.total,
            people_cell(c.figures.first_timers),
            returning(c.returning),
            people_cell(c.figures.interpreter_needed),
            people_cell(c.figures.children_in_childcare)
        ));
    }
    line("\n## People by role\n".to_owned());
    line(counts_table_md(
        s,
        s.roles.iter().map(|(r, v)| (Line::ours(r.label()), v)),
    ));
    line("## Languages\n".to_owned());
    line(counts_table_md(
        s,
        s.languages
            .iter()
            .map(|(l, v)| (Line::default().typed(l), v)),
    ));
    line("## Tags on notes, most frequent first\n".to_owned());
    if s.tags.is_empty() {
        line("No notes were tagged.".to_owned());
    }
    for (tag, n) in &s.tags {
        line(format!("- {}: {n}", tag.label()));
    }
    line("\n## Themes, by the number of cafés that raised them\n".to_owned());
    if s.themes.is_empty() {
        line("No themes were gathered.".to_owned());
    }
    for (theme, n) in &s.themes {
        line(format!(
            "- {} — {n} café{}",
            isolate::md(theme),
            if *n == 1 { "" } else { "s" }
        ));
    }
    line("\n## Actions\n".to_owned());
    if s.actions.is_empty() {
        line("No actions were recorded.".to_owned());
    }
    for a in &s.actions {
        line(format!(
            "- [{}] {} — who: {}; by: {}; from the café of {}",
            if a.done { "x" } else { " " },
            isolate::md(&a.text),
            owner(&a.owner, privacy).md(),
            a.due
                .map_or_else(|| "no date".to_owned(), |d| d.to_string()),
            a.date
        ));
    }
    o
}

fn counts_table_md<'a>(
    s: &SeriesSummary,
    rows: impl Iterator<Item = (Line<'a>, &'a Vec<u32>)>,
) -> String {
    let mut t = format!(
        "| | {} |\n|---|{}\n",
        s.cafes
            .iter()
            .enumerate()
            .map(|(i, c)| cafe_heading(s, i, c))
            .collect::<Vec<_>>()
            .join(" | "),
        "---:|".repeat(s.cafes.len())
    );
    for (label, counts) in rows {
        t.push_str(&format!(
            "| {} | {} |\n",
            label.md(),
            counts
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(" | ")
        ));
    }
    t
}

/// The summary as one HTML file with inline charts.
pub fn html(s: &SeriesSummary, privacy: Privacy) -> String {
    let visits: Vec<Row> = s
        .cafes
        .iter()
        .enumerate()
        .map(|(i, c)| Row {
            label: chart_label(s, i, c),
            values: vec![
                c.figures.first_timers.known().map(f64::from),
                c.returning.map(f64::from),
            ],
        })
        .collect();
    let people: Vec<Row> = s
        .cafes
        .iter()
        .enumerate()
        .map(|(i, c)| Row {
            label: chart_label(s, i, c),
            values: vec![Some(f64::from(c.figures.total))],
        })
        .collect();
    let body = html! {
        p class="contains" { (contains_line(s, privacy)) }
        h1 { "Series summary: " (isolate::html(&s.name)) }
        h2 { "Who came to each café" }
        (svg::bars("People at each café", &["People"], &people, ""))
        (svg::bars("First visits and returning people", &["First visit", "Returning"], &visits, ""))
        table {
            tr {
                th { "Date" } th { "Café" } th class="n" { "People" } th class="n" { "First visits" }
                th class="n" { "Returning" } th class="n" { "Interpreter needed" } th class="n" { "Childcare" }
            }
            @for c in &s.cafes {
                tr {
                    td { (c.date) } td { (isolate::html(&c.title)) } td class="n" { (c.figures.total) }
                    td class="n" { (people_cell(c.figures.first_timers)) } td class="n" { (returning(c.returning)) }
                    td class="n" { (people_cell(c.figures.interpreter_needed)) } td class="n" { (people_cell(c.figures.children_in_childcare)) }
                }
            }
        }
        h2 { "People by role" }
        (counts_table_html(s, s.roles.iter().map(|(r, v)| (Line::ours(r.label()), v))))
        h2 { "Languages" }
        (counts_table_html(s, s.languages.iter().map(|(l, v)| (Line::default().typed(l), v))))
        h2 { "Tags on notes, most frequent first" }
        @if s.tags.is_empty() { p { "No notes were tagged." } }
        ul { @for (tag, n) in &s.tags { li { (tag.label()) ": " (n) } } }
        h2 { "Themes, by the number of cafés that raised them" }
        @if s.themes.is_empty() { p { "No themes were gathered." } }
        ul { @for (theme, n) in &s.themes { li { (isolate::html(theme)) " — " (n) " café" @if *n != 1 { "s" } } } }
        h2 { "Actions" }
        @if s.actions.is_empty() { p { "No actions were recorded." } } @else {
            table {
                tr { th { "Action" } th { "Who" } th { "By" } th { "Café" } th { "Status" } }
                @for a in &s.actions {
                    tr {
                        td { (isolate::html(&a.text)) } td { (owner(&a.owner, privacy)) }
                        td { (a.due.map_or_else(|| "no date".to_owned(), |d| d.to_string())) }
                        td { (a.date) } td { @if a.done { "done" } @else { "open" } }
                    }
                }
            }
        }
    };
    page(Kind::Series, &s.name, body)
}

fn counts_table_html<'a>(
    s: &SeriesSummary,
    rows: impl Iterator<Item = (Line<'a>, &'a Vec<u32>)>,
) -> maud::Markup {
    html! {
        table {
            tr { th { } @for (i, c) in s.cafes.iter().enumerate() { th class="n" { (cafe_heading(s, i, c)) } } }
            @for (label, counts) in rows {
                tr { td { (label) } @for n in counts { td class="n" { (n) } } }
            }
        }
    }
}
