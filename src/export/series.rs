//! A series summary to share: attendance per café by role, first visits against returning
//! people, languages over time, what came of each café's actions by the next one, the goodbye
//! check at each café, the tags and themes that recur, and the actions (open first). It holds
//! counts and themes only, each group under the one rule (fewer than five people is never a
//! number, nor told by subtraction from a figure beside it, see
//! [`crate::review::follow`]); action owners appear only when names are included. Its tables
//! are built once ([`Table`]) and written as Markdown, HTML or CSV.

use maud::html;

use super::Privacy;
use super::cafe::{due, owner};
use super::page::{Kind, page};
use super::svg::{self, Row};
use super::table::{Cell, Table};
use super::words::{Words, md, user};
use crate::model::goodbye::FACES;
use crate::model::groups::Shown;
use crate::review::series::{SeriesCafe, SeriesSummary};

/// The words of the five faces, the happiest first (as a table lists them).
const FACES_HAPPIEST_FIRST: [&str; FACES] = [
    "evidence-face-5",
    "evidence-face-4",
    "evidence-face-3",
    "evidence-face-2",
    "evidence-face-1",
];

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

/// A table of one row per café (those `figures` gives figures for): its date, its title,
/// then its figures, under the message keys `keys` (the date's and title's first).
fn cafe_table(
    s: &SeriesSummary,
    w: Words,
    keys: &[&str],
    figures: impl Fn(&SeriesCafe) -> Option<Vec<String>>,
) -> Table {
    let rows = s
        .cafes
        .iter()
        .filter_map(|c| {
            let mut row = vec![
                Cell::Ours(c.date.to_string()),
                Cell::Theirs(c.title.clone()),
            ];
            row.extend(figures(c)?.into_iter().map(Cell::Ours));
            Some(row)
        })
        .collect();
    Table {
        header: keys.iter().map(|k| w.t(k)).collect(),
        rows,
        figures_from: 2,
    }
}

/// Who came to each café: the people (the n), first visits and returning people (told apart
/// only when everyone was signed in by name), interpreter and childcare needs.
pub fn who_came(s: &SeriesSummary, w: Words) -> Table {
    let keys = [
        "date",
        "cafe",
        "people-column",
        "first-visits-column",
        "returning",
        "interpreter-needed",
        "childcare",
    ];
    cafe_table(s, w, &keys, |c| {
        let (first, returning) = c.visits().map_or_else(
            || (w.people_cell(c.figures.first_timers), w.t("not-known")),
            |v| (w.shown(v.first), w.shown(v.returning)),
        );
        Some(vec![
            c.figures.total.to_string(),
            first,
            returning,
            w.people_cell(c.figures.interpreter_needed),
            w.people_cell(c.figures.children_in_childcare),
        ])
    })
}

/// A count per café for each of `rows` (a role, a language), one column per café.
fn per_cafe(s: &SeriesSummary, w: Words, rows: Vec<(Cell, Vec<Shown>)>) -> Table {
    let mut header = vec![String::new()];
    header.extend(
        s.cafes
            .iter()
            .enumerate()
            .map(|(i, c)| cafe_heading(s, i, c)),
    );
    Table {
        header,
        rows: rows
            .into_iter()
            .map(|(label, shown)| {
                let mut row = vec![label];
                row.extend(shown.into_iter().map(|n| Cell::Ours(w.shown(n))));
                row
            })
            .collect(),
        figures_from: 1,
    }
}

fn roles(s: &SeriesSummary, w: Words) -> Vec<(Cell, Vec<Shown>)> {
    s.roles_shown()
        .into_iter()
        .map(|(r, v)| (Cell::Ours(w.role(r)), v))
        .collect()
}

fn languages(s: &SeriesSummary) -> Vec<(Cell, Vec<Shown>)> {
    s.languages_shown()
        .into_iter()
        .map(|(l, v)| (Cell::Theirs(l), v))
        .collect()
}

/// What came of each café's actions: how many it agreed (the n), how many were done by the
/// time of the following café, and how many are still open.
pub fn follow_through(s: &SeriesSummary, w: Words) -> Table {
    let keys = [
        "date",
        "cafe",
        "actions-agreed",
        "done-by-next",
        "still-open",
    ];
    cafe_table(s, w, &keys, |c| {
        let f = c.follow;
        Some(vec![
            f.actions.to_string(),
            f.done_by_next
                .map_or_else(|| w.t("no-next-cafe"), |n| n.to_string()),
            f.open.to_string(),
        ])
    })
}

/// The goodbye check at each café that heard from it: the people who came, how many answered
/// (the n) and what share of the people that is, each face, and the answers to "Will you come
/// again?".
pub fn goodbye(s: &SeriesSummary, w: Words) -> Table {
    let mut keys = vec!["date", "cafe", "people-column", "answered", "response-rate"];
    keys.extend(FACES_HAPPIEST_FIRST);
    keys.extend([
        "answered-again",
        "evidence-again-yes",
        "evidence-again-maybe",
        "evidence-again-no",
    ]);
    cafe_table(s, w, &keys, |c| {
        let d = c.door()?;
        let mut row = vec![
            c.figures.total.to_string(),
            w.shown(d.answered),
            d.rate.map_or_else(
                || w.t("no-figure"),
                |r| w.a("per-cent", &[("count", r.into())]),
            ),
        ];
        row.extend(d.welcome.iter().rev().map(|n| w.shown(*n)));
        row.push(w.shown(d.answered_again));
        row.extend(d.again.iter().map(|n| w.shown(*n)));
        Some(row)
    })
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
    line(who_came(s, w).md());
    line(format!("## {}\n", w.t("people-by-role")));
    line(per_cafe(s, w, roles(s, w)).md());
    line(format!("## {}\n", w.t("languages")));
    line(per_cafe(s, w, languages(s)).md());
    line(format!("## {}\n", w.t("follow-through")));
    line(follow_through(s, w).md());
    line(format!("## {}\n", w.t("goodbye-each")));
    if s.has_goodbye() {
        line(format!("{}\n", w.t("goodbye-each-about")));
        line(goodbye(s, w).md());
    } else {
        line(format!("{}\n", w.t("goodbye-none")));
    }
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

/// The summary as CSV: one row per café with every figure of the summary (who came, each role
/// and language, what came of its actions, the goodbye check), for a spreadsheet.
pub fn csv(s: &SeriesSummary, w: Words) -> Result<String, String> {
    let who = who_came(s, w);
    let follow = follow_through(s, w);
    let door = goodbye(s, w);
    let by_role = per_cafe(s, w, roles(s, w));
    let by_language = per_cafe(s, w, languages(s));
    let mut header = who.header.clone();
    for (table, key) in [(&by_role, "people-by-role"), (&by_language, "languages")] {
        header.extend(table.rows.iter().map(|row| {
            w.a(
                "column-of",
                &[("group", w.t(key).into()), ("name", row[0].text().into())],
            )
        }));
    }
    header.extend(follow.header[2..].iter().cloned());
    header.extend(door.header[3..].iter().cloned());
    let mut heard = door.rows.iter();
    let rows = s
        .cafes
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut row = who.rows[i].clone();
            for table in [&by_role, &by_language] {
                row.extend(table.rows.iter().map(|r| r[i + 1].clone()));
            }
            row.extend(follow.rows[i][2..].iter().cloned());
            if c.door().is_some() {
                row.extend(heard.next().map_or(&[][..], |r| &r[3..]).iter().cloned());
            } else {
                row.extend((3..door.header.len()).map(|_| Cell::Ours(String::new())));
            }
            row
        })
        .collect();
    Table {
        header,
        rows,
        figures_from: 2,
    }
    .csv()
}

/// The summary as one HTML file with inline charts.
pub fn html(s: &SeriesSummary, privacy: Privacy, w: Words) -> String {
    let label = |i: usize, c: &SeriesCafe| chart_label(s, i, c, w);
    let visits: Vec<Row> = s
        .cafes
        .iter()
        .enumerate()
        .map(|(i, c)| Row {
            label: label(i, c),
            values: match c.visits() {
                Some(v) => vec![w.bar(v.first), w.bar(v.returning)],
                None => vec![Err(w.t("not-known")), Err(w.t("not-known"))],
            },
        })
        .collect();
    let people: Vec<Row> = s
        .cafes
        .iter()
        .enumerate()
        .map(|(i, c)| Row {
            label: label(i, c),
            values: vec![Ok(f64::from(c.figures.total))],
        })
        .collect();
    let follow: Vec<Row> = s
        .cafes
        .iter()
        .enumerate()
        .map(|(i, c)| Row {
            label: label(i, c),
            values: vec![
                Ok(f64::from(c.follow.actions)),
                c.follow
                    .done_by_next
                    .map(f64::from)
                    .ok_or_else(|| w.t("no-next-cafe")),
            ],
        })
        .collect();
    let door: Vec<Row> = s
        .cafes
        .iter()
        .enumerate()
        .filter_map(|(i, c)| c.door().map(|d| (i, c, d)))
        .map(|(i, c, d)| Row {
            label: label(i, c),
            values: vec![Ok(f64::from(c.figures.total)), w.bar(d.answered)],
        })
        .collect();
    let (people_word, first, back) = (w.t("people-column"), w.t("first-visit"), w.t("returning"));
    let (agreed, done_by_next, answered) =
        (w.t("actions-agreed"), w.t("done-by-next"), w.t("answered"));
    let body = html! {
        p class="contains" { (contains_line(s, privacy, w)) }
        h1 { (Kind::Series.prefix(w)) (user(&s.name)) }
        h2 { (w.t("who-came-each")) }
        (svg::bars(&w.t("chart-people-each"), &[people_word.as_str()], &people, ""))
        (svg::bars(&w.t("chart-first-returning"), &[first.as_str(), back.as_str()], &visits, ""))
        (who_came(s, w).html())
        h2 { (w.t("people-by-role")) }
        (per_cafe(s, w, roles(s, w)).html())
        h2 { (w.t("languages")) }
        (per_cafe(s, w, languages(s)).html())
        h2 { (w.t("follow-through")) }
        (svg::bars(&w.t("follow-through"), &[agreed.as_str(), done_by_next.as_str()], &follow, ""))
        (follow_through(s, w).html())
        h2 { (w.t("goodbye-each")) }
        @if s.has_goodbye() {
            p { (w.t("goodbye-each-about")) }
            (svg::bars(&w.t("goodbye-each"), &[people_word.as_str(), answered.as_str()], &door, ""))
            (goodbye(s, w).html())
        } @else {
            p { (w.t("goodbye-none")) }
        }
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
