//! A series summary to share: attendance per café by role, first visits against returning
//! people, languages over time, the tags and themes that recur, and the actions (open first).
//! It holds counts and themes only, each group under the one rule (fewer than five people is
//! never a number); action owners appear only when names are included.

use maud::html;

use super::Privacy;
use super::cafe::{due, owner};
use super::page::{Kind, page};
use super::svg::{self, Row};
use super::words::{Words, md, user};
use crate::model::groups::{Shown, ShownPeople};
use crate::review::series::{SeriesCafe, SeriesSummary};

/// The sentence at the top of every series summary, saying what it holds.
pub fn contains_line(s: &SeriesSummary, privacy: Privacy, w: Words) -> String {
    let names = w.t(if privacy.names {
        "series-with-names"
    } else {
        "series-without-names"
    });
    w.a(
        "series-contains",
        &[("cafes", s.cafes.len().into()), ("names", names.into())],
    )
}

/// A café as a chart names it: "1 Dec 2026", or "1 Dec 2026 18:30" when another café of the
/// series was on the same day.
fn chart_label(s: &SeriesSummary, i: usize, c: &SeriesCafe, w: Words) -> String {
    with_time(s, i, w.short_date(c.date))
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

fn returning(r: Option<u32>, w: Words) -> String {
    r.map_or_else(|| w.t("not-known"), |n| w.group(n))
}

/// The summary as Markdown.
pub fn markdown(s: &SeriesSummary, privacy: Privacy, w: Words) -> String {
    let mut o = String::new();
    let mut line = |text: String| {
        o.push_str(&text);
        o.push('\n');
    };
    line(format!("# {}\n", Kind::Series.title(w, &md(&s.name))));
    line(format!("> {}\n", contains_line(s, privacy, w)));
    line(format!("## {}\n", w.t("who-came-each")));
    line(format!(
        "| {} | {} | {} | {} | {} | {} | {} |",
        w.t("date"),
        w.t("cafe"),
        w.t("people-column"),
        w.t("first-visits-column"),
        w.t("returning"),
        w.t("interpreter-needed"),
        w.t("childcare")
    ));
    line("|---|---|---:|---:|---:|---:|---:|".to_owned());
    for c in &s.cafes {
        line(format!(
            "| {} | {} | {} | {} | {} | {} | {} |",
            c.date,
            md(&c.title),
            c.figures.total,
            w.people_cell(c.figures.first_timers),
            returning(c.returning, w),
            w.people_cell(c.figures.interpreter_needed),
            w.people_cell(c.figures.children_in_childcare)
        ));
    }
    line(format!("\n## {}\n", w.t("people-by-role")));
    line(counts_table_md(
        s,
        w,
        s.roles.iter().map(|(r, v)| (w.role(*r), v)),
    ));
    line(format!("## {}\n", w.t("languages")));
    line(counts_table_md(
        s,
        w,
        s.languages.iter().map(|(l, v)| (md(l), v)),
    ));
    line(format!("## {}\n", w.t("tags-frequent")));
    if s.tags.is_empty() {
        line(w.t("no-tags"));
    }
    for (tag, n) in &s.tags {
        line(format!("- {}: {n}", w.tag(*tag)));
    }
    line(format!("\n## {}\n", w.t("themes-by-cafes")));
    if s.themes.is_empty() {
        line(w.t("no-themes"));
    }
    for (theme, n) in &s.themes {
        line(format!(
            "- {}",
            w.a(
                "theme-cafes",
                &[("theme", md(theme).into()), ("count", (*n).into())]
            )
        ));
    }
    line(format!("\n## {}\n", w.t("actions")));
    if s.actions.is_empty() {
        line(w.t("no-actions"));
    }
    for a in &s.actions {
        line(format!(
            "- [{}] {}",
            if a.done { "x" } else { " " },
            w.a(
                "action-from",
                &[
                    ("action", md(&a.text).into()),
                    ("who", md(&owner(&a.owner, privacy, w)).into()),
                    ("due", due(a.due, w).into()),
                    ("date", a.date.to_string().into()),
                ]
            )
        ));
    }
    o
}

fn counts_table_md<'a>(
    s: &SeriesSummary,
    w: Words,
    rows: impl Iterator<Item = (String, &'a Vec<u32>)>,
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
            "| {label} | {} |\n",
            counts
                .iter()
                .map(|n| w.group(*n))
                .collect::<Vec<_>>()
                .join(" | ")
        ));
    }
    t
}

/// The summary as one HTML file with inline charts.
pub fn html(s: &SeriesSummary, privacy: Privacy, w: Words) -> String {
    let visits: Vec<Row> = s
        .cafes
        .iter()
        .enumerate()
        .map(|(i, c)| Row {
            label: chart_label(s, i, c, w),
            values: vec![
                ShownPeople::of(c.figures.first_timers).bar(),
                c.returning.and_then(|n| Shown::of(n).bar()),
            ],
        })
        .collect();
    let people: Vec<Row> = s
        .cafes
        .iter()
        .enumerate()
        .map(|(i, c)| Row {
            label: chart_label(s, i, c, w),
            values: vec![Some(f64::from(c.figures.total))],
        })
        .collect();
    let (people_word, first, back) = (w.t("people-column"), w.t("first-visit"), w.t("returning"));
    let body = html! {
        p class="contains" { (contains_line(s, privacy, w)) }
        h1 { (Kind::Series.prefix(w)) (user(&s.name)) }
        h2 { (w.t("who-came-each")) }
        (svg::bars(&w.t("chart-people-each"), &[people_word.as_str()], &people, ""))
        (svg::bars(&w.t("chart-first-returning"), &[first.as_str(), back.as_str()], &visits, ""))
        table {
            tr {
                th { (w.t("date")) } th { (w.t("cafe")) } th class="n" { (people_word) } th class="n" { (w.t("first-visits-column")) }
                th class="n" { (back) } th class="n" { (w.t("interpreter-needed")) } th class="n" { (w.t("childcare")) }
            }
            @for c in &s.cafes {
                tr {
                    td { (c.date) } td { (user(&c.title)) } td class="n" { (c.figures.total) }
                    td class="n" { (w.people_cell(c.figures.first_timers)) } td class="n" { (returning(c.returning, w)) }
                    td class="n" { (w.people_cell(c.figures.interpreter_needed)) } td class="n" { (w.people_cell(c.figures.children_in_childcare)) }
                }
            }
        }
        h2 { (w.t("people-by-role")) }
        (counts_table_html(s, w, s.roles.iter().map(|(r, v)| (w.role(*r), v))))
        h2 { (w.t("languages")) }
        (counts_table_html(s, w, s.languages.iter().map(|(l, v)| (l.clone(), v))))
        h2 { (w.t("tags-frequent")) }
        @if s.tags.is_empty() { p { (w.t("no-tags")) } }
        ul { @for (tag, n) in &s.tags { li { (w.tag(*tag)) ": " (n) } } }
        h2 { (w.t("themes-by-cafes")) }
        @if s.themes.is_empty() { p { (w.t("no-themes")) } }
        ul { @for (theme, n) in &s.themes { li { (user(theme)) " — " (w.a("cafes-count", &[("count", (*n).into())])) } } }
        h2 { (w.t("actions")) }
        @if s.actions.is_empty() { p { (w.t("no-actions")) } } @else {
            table {
                tr { th { (w.t("action")) } th { (w.t("who")) } th { (w.t("by")) } th { (w.t("cafe")) } th { (w.t("status")) } }
                @for a in &s.actions {
                    tr {
                        td { (user(&a.text)) } td { (user(&owner(&a.owner, privacy, w))) }
                        td { (due(a.due, w)) }
                        td { (a.date) } td { (w.done(a.done)) }
                    }
                }
            }
        }
    };
    page(Kind::Series, &s.name, w, body)
}

fn counts_table_html<'a>(
    s: &SeriesSummary,
    w: Words,
    rows: impl Iterator<Item = (String, &'a Vec<u32>)>,
) -> maud::Markup {
    html! {
        table {
            tr { th { } @for (i, c) in s.cafes.iter().enumerate() { th class="n" { (cafe_heading(s, i, c)) } } }
            @for (label, counts) in rows {
                tr { td { (user(&label)) } @for n in counts { td class="n" { (w.group(*n)) } } }
            }
        }
    }
}
