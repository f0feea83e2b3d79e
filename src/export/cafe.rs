//! One café's report to share with the school: Markdown, or one self-contained HTML file, in
//! the reader's language. Private notes never appear; names (the facilitator, table hosts, who
//! took on each action) only when the host includes them; a group of fewer than five people is
//! never a number.

use maud::{Markup, html};

use super::Privacy;
use super::page::{Kind, page};
use super::svg::{self, Row};
use super::words::{Words, md, user};
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
pub fn contains_line(report: &CafeReport, privacy: Privacy, w: Words) -> String {
    let names = w.t(if privacy.names {
        "report-with-names"
    } else {
        "report-without-names"
    });
    w.a(
        "report-contains",
        &[
            ("private", report.private_notes.into()),
            ("names", names.into()),
        ],
    )
}

/// The date, place, facilitator (with names), series and length, each part passed through
/// `text` when it is a person's own words.
fn when_where(r: &CafeReport, privacy: Privacy, w: Words, text: fn(&str) -> String) -> String {
    let mut parts = vec![w.long_date(r.date)];
    if !r.venue.trim().is_empty() {
        parts.push(text(&r.venue));
    }
    if privacy.names && !r.facilitator.trim().is_empty() {
        parts.push(w.a("facilitated-by", &[("name", text(&r.facilitator).into())]));
    }
    parts.push(w.a("series-is", &[("name", text(&r.series).into())]));
    if r.minutes > 0 {
        parts.push(w.a("minutes", &[("count", r.minutes.into())]));
    }
    parts.join(" · ")
}

fn table_heading(t: &TableNotes, privacy: Privacy, w: Words) -> String {
    let label = if t.table == u32::MAX {
        w.t("another-table")
    } else {
        t.label.clone()
    };
    if privacy.names && !t.host.trim().is_empty() {
        w.a(
            "table-host",
            &[("table", label.into()), ("host", t.host.as_str().into())],
        )
    } else {
        label
    }
}

/// Who took on an action as an export may show it: the name only when names are included.
pub(crate) fn owner(owner: &str, privacy: Privacy, w: Words) -> String {
    if owner.trim().is_empty() {
        w.t("not-named")
    } else if privacy.names {
        owner.to_owned()
    } else {
        w.t("name-left-out")
    }
}

pub(crate) fn due(due: Option<chrono::NaiveDate>, w: Words) -> String {
    due.map_or_else(|| w.t("no-date"), |d| d.to_string())
}

/// "Parent 12, Teacher fewer than 5": each group of the `whole` people under the one rule.
fn groups<'a>(w: Words, whole: u32, items: impl Iterator<Item = (String, &'a u32)>) -> String {
    let (labels, counts): (Vec<String>, Vec<u32>) = items.map(|(l, n)| (l, *n)).unzip();
    labels
        .iter()
        .zip(w.parts(whole, &counts))
        .map(|(label, n)| format!("{label} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn figures_lines(r: &CafeReport, w: Words, text: fn(&str) -> String) -> Vec<String> {
    let f = &r.figures;
    let key = if r.counts_only {
        "came-counted"
    } else {
        "came"
    };
    vec![
        w.a(
            key,
            &[
                ("people", w.a("people", &[("count", f.total.into())]).into()),
                (
                    "first",
                    w.people(f.first_timers, "first-visits", "first-visits-not-known")
                        .into(),
                ),
                (
                    "interpreter",
                    w.people(
                        f.interpreter_needed,
                        "interpreter-needed-count",
                        "interpreter-not-known",
                    )
                    .into(),
                ),
                (
                    "childcare",
                    w.people(
                        f.children_in_childcare,
                        "childcare-count",
                        "childcare-not-known",
                    )
                    .into(),
                ),
            ],
        ),
        w.a(
            "by-role",
            &[(
                "list",
                groups(w, f.total, f.by_role.iter().map(|(r, n)| (w.role(*r), n))).into(),
            )],
        ),
        w.a(
            "by-language",
            &[(
                "list",
                groups(w, f.total, f.by_language.iter().map(|(l, n)| (text(l), n))).into(),
            )],
        ),
    ]
}

fn plain(text: &str) -> String {
    super::isolate::plain(text).into_owned()
}

fn step_name(s: &crate::review::report::StepTime, w: Words) -> String {
    s.step.map_or_else(|| s.label.clone(), |step| w.step(step))
}

/// The report as Markdown.
pub fn markdown(session: &Session, privacy: Privacy, w: Words) -> String {
    let r = CafeReport::of(session);
    let mut o = String::new();
    put!(o, "# {}\n", Kind::Report.title(w, &md(&r.title)));
    put!(o, "> {}\n", contains_line(&r, privacy, w));
    put!(o, "{}\n", when_where(&r, privacy, w, md));
    put!(
        o,
        "{}\n",
        w.a(
            "guide-line",
            &[
                ("guide", md(&r.guide).into()),
                ("purpose", md(&r.purpose).into())
            ]
        )
    );
    put!(o, "## {}\n", w.t("who-came"));
    for line in figures_lines(&r, w, md) {
        put!(o, "- {line}");
    }
    put!(o, "\n## {}\n", w.t("time-planned-actual"));
    put!(
        o,
        "| {} | {} | {} |\n|---|---:|---:|",
        w.t("step"),
        w.t("planned-minutes"),
        w.t("actual-minutes")
    );
    for s in &r.steps {
        put!(
            o,
            "| {} | {} | {} |",
            md(&step_name(s, w)),
            s.planned.map_or_else(|| "–".to_owned(), |p| p.to_string()),
            s.actual.map_or_else(|| w.t("until-the-end"), svg::number)
        );
    }
    if !r.skipped.is_empty() {
        put!(o, "\n{}", skipped_line(&r, w));
    }
    for q in &r.questions {
        put!(
            o,
            "\n## {}\n",
            w.a(
                "question-heading",
                &[
                    ("number", (q.index + 1).into()),
                    ("text", md(&q.text).into())
                ]
            )
        );
        let came: Vec<&str> = q
            .points
            .iter()
            .filter(|p| p.1)
            .map(|p| p.0.as_str())
            .collect();
        if !came.is_empty() {
            put!(o, "{}:\n", w.t("points-came-up"));
            for p in came {
                put!(o, "- {}", md(p));
            }
            o.push('\n');
        }
        notes_md(&mut o, &q.tables, privacy, w);
    }
    if !r.other_notes.is_empty() {
        put!(o, "\n## {}\n", w.t("other-notes"));
        notes_md(&mut o, &r.other_notes, privacy, w);
    }
    put!(o, "\n## {}\n", w.t("themes"));
    if r.themes.is_empty() {
        put!(o, "{}", w.t("no-themes"));
    }
    for t in &r.themes {
        put!(
            o,
            "- {}",
            w.a(
                "theme-raised",
                &[
                    ("theme", md(&t.title).into()),
                    ("tables", t.tables.into()),
                    ("notes", t.notes.into())
                ]
            )
        );
    }
    put!(o, "\n## {}\n", w.t("actions"));
    if r.actions.is_empty() {
        put!(o, "{}", w.t("no-actions"));
    }
    for a in &r.actions {
        put!(
            o,
            "- [{}] {}",
            if a.done { "x" } else { " " },
            w.a(
                "action-line",
                &[
                    ("action", md(&a.text).into()),
                    ("who", md(&owner(&a.owner, privacy, w)).into()),
                    ("due", due(a.due, w).into())
                ]
            )
        );
    }
    o
}

/// "Not asked at this café: questions 2, 3 and 4."
fn skipped_line(r: &CafeReport, w: Words) -> String {
    let numbers: Vec<String> = r.skipped.iter().map(|i| (i + 1).to_string()).collect();
    w.a(
        "skipped",
        &[
            ("count", numbers.len().into()),
            ("list", w.list(&numbers).into()),
        ],
    )
}

fn notes_md(o: &mut String, tables: &[TableNotes], privacy: Privacy, w: Words) {
    if tables.is_empty() {
        put!(o, "{}", w.t("no-notes"));
    }
    for t in tables {
        put!(o, "### {}\n", md(&table_heading(t, privacy, w)));
        for n in &t.notes {
            let tags: Vec<String> = n.tags.iter().map(|t| w.tag(*t)).collect();
            put!(
                o,
                "- {}{}",
                md(&n.text),
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
pub fn html(session: &Session, privacy: Privacy, w: Words) -> String {
    let r = CafeReport::of(session);
    let steps: Vec<Row> = r
        .steps
        .iter()
        .map(|s| Row {
            label: step_name(s, w),
            values: vec![
                s.planned.map(f64::from).ok_or_else(|| w.t("no-figure")),
                s.actual.ok_or_else(|| w.t("no-figure")),
            ],
        })
        .collect();
    let counts: Vec<u32> = r.figures.by_role.values().copied().collect();
    let roles: Vec<Row> = r
        .figures
        .by_role
        .keys()
        .zip(crate::model::groups::parts(r.figures.total, &counts))
        .map(|(role, shown)| Row {
            label: w.role(*role),
            values: vec![w.bar(shown)],
        })
        .collect();
    let people = w.t("people-column");
    let body = html! {
        p class="contains" { (contains_line(&r, privacy, w)) }
        h1 { (Kind::Report.prefix(w)) (user(&r.title)) }
        p class="meta" { (when_where(&r, privacy, w, plain)) }
        p { (w.a("guide-line", &[("guide", r.guide.as_str().into()), ("purpose", r.purpose.as_str().into())])) }
        h2 { (w.t("who-came")) }
        ul { @for line in figures_lines(&r, w, plain) { li { (line) } } }
        @if !roles.is_empty() {
            (svg::bars(&w.t("chart-people-by-role"), &[people.as_str()], &roles, ""))
        }
        h2 { (w.t("time-planned-actual")) }
        (svg::bars(&w.t("chart-minutes"), &[w.t("planned").as_str(), w.t("actual").as_str()], &steps, &w.t("min")))
        @if !r.skipped.is_empty() { p { (skipped_line(&r, w)) } }
        @for q in &r.questions {
            h2 { (w.a("question-heading", &[("number", (q.index + 1).into()), ("text", q.text.as_str().into())])) }
            @let came: Vec<&str> = q.points.iter().filter(|p| p.1).map(|p| p.0.as_str()).collect();
            @if !came.is_empty() {
                h3 { (w.t("points-came-up")) }
                ul { @for p in came { li { (user(p)) } } }
            }
            (notes_html(&q.tables, privacy, w))
        }
        @if !r.other_notes.is_empty() {
            h2 { (w.t("other-notes")) }
            (notes_html(&r.other_notes, privacy, w))
        }
        h2 { (w.t("themes")) }
        @if r.themes.is_empty() { p { (w.t("no-themes")) } } @else {
            table {
                tr { th { (w.t("theme")) } th class="n" { (w.t("tables")) } th class="n" { (w.t("notes")) } }
                @for t in &r.themes {
                    tr { td { (user(&t.title)) } td class="n" { (t.tables) } td class="n" { (t.notes) } }
                }
            }
        }
        h2 { (w.t("actions")) }
        (actions_table(&r.actions, privacy, w))
    };
    page(Kind::Report, &r.title, w, body)
}

/// A table of actions: what, who (a name only when names are included), by when, and whether
/// it is done.
pub(crate) fn actions_table(
    actions: &[crate::review::report::ActionView],
    privacy: Privacy,
    w: Words,
) -> Markup {
    html! {
        @if actions.is_empty() { p { (w.t("no-actions")) } } @else {
            table {
                tr { th { (w.t("action")) } th { (w.t("who")) } th { (w.t("by")) } th { (w.t("status")) } }
                @for a in actions {
                    tr {
                        td { (user(&a.text)) }
                        td { (user(&owner(&a.owner, privacy, w))) }
                        td { (due(a.due, w)) }
                        td { (w.done(a.done)) }
                    }
                }
            }
        }
    }
}

fn notes_html(tables: &[TableNotes], privacy: Privacy, w: Words) -> Markup {
    html! {
        @if tables.is_empty() { p { (w.t("no-notes")) } }
        @for t in tables {
            h4 { (user(&table_heading(t, privacy, w))) }
            ul {
                @for n in &t.notes {
                    li {
                        (user(&n.text))
                        @for tag in &n.tags { span class="tag" { (w.tag(*tag)) } }
                    }
                }
            }
        }
    }
}
