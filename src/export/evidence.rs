//! The school's evidence pack: one printable page per café (A4 or Letter) holding what
//! family-engagement documentation asks for: when and where, the languages offered and the
//! interpreters present, how families were invited, the agenda planned against actual,
//! attendance by role, language and first visit, what families said by theme, the actions
//! (with those still open from earlier cafés of the series), the goodbye check and to whom
//! the summary was sent. Every group count goes through the one small-group rule; names only
//! when the host includes them.

use std::path::PathBuf;

use chrono::{DateTime, TimeZone, Utc};
use maud::{Markup, html};

use super::Privacy;
use super::cafe::{actions_table, due, owner};
use super::page::{Kind, page};
use super::words::{Words, user};
use crate::model::goodbye::{Again, FACES};
use crate::model::{PeopleCount, Role, Session, Step};
use crate::review::report::{ActionView, CafeReport};
use crate::review::series::{SeriesAction, SeriesSummary};

/// The words of the five faces, the saddest first.
const FACE_KEYS: [&str; FACES] = [
    "evidence-face-1",
    "evidence-face-2",
    "evidence-face-3",
    "evidence-face-4",
    "evidence-face-5",
];

/// The actions of earlier cafés of `session`'s series (dated before it) that are still open,
/// oldest café first, from `cafes` (any folder's cafés; other series are skipped).
pub fn open_earlier(session: &Session, cafes: &[(PathBuf, Session)]) -> Vec<SeriesAction> {
    SeriesSummary::of(session.series_name(), cafes)
        .actions
        .into_iter()
        .filter(|a| !a.done && a.date < session.details.date)
        .collect()
}

/// A moment of the café on the clock where it took place.
fn clock<Tz: TimeZone>(at: DateTime<Utc>, tz: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    at.with_timezone(tz).format("%H:%M").to_string()
}

/// The evidence pack as one HTML page in `w`'s language, its clock times in `tz` (the
/// café's own time zone).
pub fn html<Tz: TimeZone>(
    session: &Session,
    earlier: &[SeriesAction],
    privacy: Privacy,
    w: Words,
    tz: &Tz,
) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let r = CafeReport::of(session);
    let d = &session.details;
    let names = w.t(if privacy.names {
        "evidence-with-names"
    } else {
        "evidence-without-names"
    });
    let not_recorded = w.t("evidence-not-recorded");
    let or_not_recorded = |text: &str| -> Markup {
        if text.trim().is_empty() {
            html! { (not_recorded) }
        } else {
            user(text)
        }
    };
    let times = match (session.timeline.first(), session.timeline.last()) {
        (Some(first), Some(last)) => w.a(
            "evidence-start-end-value",
            &[
                ("start", clock(first.at, tz).into()),
                ("end", clock(last.at, tz).into()),
            ],
        ),
        _ => not_recorded.clone(),
    };
    let languages: Vec<String> = session
        .guide
        .languages
        .iter()
        .map(|code| crate::model::guide::language_name(code))
        .collect();
    let interpreters = r
        .figures
        .by_role
        .get(&Role::Interpreter)
        .copied()
        .unwrap_or(0);
    let earlier_views: Vec<(String, ActionView)> = earlier
        .iter()
        .map(|a| {
            (
                a.date.to_string(),
                ActionView {
                    id: a.id,
                    text: a.text.clone(),
                    owner: a.owner.clone(),
                    due: a.due,
                    done: a.done,
                },
            )
        })
        .collect();
    let body = html! {
        p class="contains" { (w.a("evidence-contains", &[("names", names.into())])) }
        h1 { (Kind::Evidence.prefix(w)) (user(&d.title)) }
        table class="evidence" {
            // Year-month-day first, as in every table of the exports, then in words.
            tr { th scope="row" { (w.t("evidence-date")) } td { (d.date) " (" (w.long_date(d.date)) ")" } }
            tr { th scope="row" { (w.t("evidence-start-end")) } td { (times) } }
            tr { th scope="row" { (w.t("evidence-place")) } td { (or_not_recorded(&d.venue)) } }
            tr { th scope="row" { (w.t("evidence-languages")) } td { (w.list(&languages)) } }
            tr { th scope="row" { (w.t("evidence-interpreters")) } td { (w.group(interpreters)) } }
            tr { th scope="row" { (w.t("evidence-invited")) } td { (or_not_recorded(&session.outreach.invited)) } }
            tr { th scope="row" { (w.t("evidence-sent-to")) } td { (or_not_recorded(&session.outreach.summary_sent_to)) } }
        }
        h2 { (w.t("evidence-agenda")) }
        (agenda(session, &r, w, tz))
        h2 { (w.t("evidence-attendance")) }
        p { (w.a("evidence-total", &[("people", w.a("people", &[("count", r.figures.total.into())]).into())])) }
        (counts_table(w, &w.t("evidence-by-role"), r.figures.total, r.figures.by_role.iter().map(|(role, n)| (w.role(*role), *n))))
        (counts_table(w, &w.t("evidence-by-language"), r.figures.total, r.figures.by_language.iter().map(|(l, n)| (l.clone(), *n))))
        (first_visits(w, r.figures.first_timers, r.figures.total))
        h2 { (w.t("evidence-said")) }
        (said(session, w))
        h2 { (w.t("evidence-actions")) }
        (actions_table(&r.actions, privacy, w))
        h3 { (w.t("evidence-earlier-actions")) }
        @if earlier_views.is_empty() { p { (w.t("evidence-no-earlier")) } } @else {
            table {
                tr { th { (w.t("action")) } th { (w.t("who")) } th { (w.t("by")) } th { (w.t("cafe")) } }
                @for (date, a) in &earlier_views {
                    tr {
                        td { (user(&a.text)) } td { (user(&owner(&a.owner, privacy, w))) }
                        td { (due(a.due, w)) } td { (date) }
                    }
                }
            }
        }
        h2 { (w.t("evidence-goodbye")) }
        (goodbye(session, w))
    };
    page(Kind::Evidence, &d.title, w, body)
}

/// Each step: its planned start and minutes, and when it actually began and how long it ran.
fn agenda<Tz: TimeZone>(session: &Session, r: &CafeReport, w: Words, tz: &Tz) -> Markup
where
    Tz::Offset: std::fmt::Display,
{
    let planned = session.guide.timed_agenda();
    let actual_start = |step: Step| {
        session
            .timeline
            .iter()
            .find(|s| s.step == step)
            .map(|s| clock(s.at, tz))
    };
    let dash = "–".to_owned();
    html! {
        table {
            tr {
                th { (w.t("step")) } th { (w.t("evidence-planned-start")) } th class="n" { (w.t("planned-minutes")) }
                th { (w.t("evidence-actual-start")) } th class="n" { (w.t("actual-minutes")) }
            }
            @for step in session.agenda() {
                @let plan = planned.iter().find(|t| t.step == step);
                @let actual = r.steps.iter().find(|s| s.step == Some(step));
                tr {
                    td { (w.step(step)) }
                    td { (plan.and_then(|p| p.starts).map_or_else(|| dash.clone(), |t| t.to_string())) }
                    td class="n" { (plan.map_or_else(|| dash.clone(), |p| p.minutes.to_string())) }
                    td { (actual_start(step).unwrap_or_else(|| dash.clone())) }
                    td class="n" {
                        (actual.map_or_else(|| dash.clone(), |a| a.actual.map_or_else(|| w.t("until-the-end"), super::svg::number)))
                    }
                }
            }
        }
    }
}

/// A table of groups and their counts, each under the one small-group rule.
fn counts_table(
    w: Words,
    heading: &str,
    whole: u32,
    rows: impl Iterator<Item = (String, u32)>,
) -> Markup {
    let (labels, counts): (Vec<String>, Vec<u32>) = rows.unzip();
    html! {
        table {
            tr { th { (heading) } th class="n" { (w.t("evidence-count")) } }
            @for (label, n) in labels.iter().zip(w.parts(whole, &counts)) {
                tr { td { (user(label)) } td class="n" { (n) } }
            }
        }
    }
}

/// First café against came before, when that is known of everyone.
fn first_visits(w: Words, first: PeopleCount, total: u32) -> Markup {
    let rows: Vec<(String, String)> = match first {
        PeopleCount::Known(n) => {
            // With the total beside them, one exact count would give the other away: the
            // larger group then says only "at least".
            let shown = w.parts(total, &[n, total.saturating_sub(n)]);
            let [first, before] = [0, 1].map(|i| shown[i].clone());
            vec![
                (w.t("evidence-first-visit-yes"), first),
                (w.t("evidence-first-visit-no"), before),
            ]
        }
        other => vec![(w.t("evidence-first-visit-yes"), w.people_cell(other))],
    };
    html! {
        table {
            tr { th { (w.t("evidence-first-visit")) } th class="n" { (w.t("evidence-count")) } }
            @for (label, n) in rows { tr { td { (label) } td class="n" { (n) } } }
        }
    }
}

/// Each theme and the shared words of the notes put in it (private and deleted notes never).
fn said(session: &Session, w: Words) -> Markup {
    let themes: Vec<_> = session.themes.iter().filter(|t| !t.deleted).collect();
    html! {
        @if themes.is_empty() { p { (w.t("no-themes")) } }
        @for theme in themes {
            h3 { (user(&theme.title)) }
            ul {
                @for note in session.live_notes().filter(|n| !n.private && theme.notes.contains(&n.id)) {
                    li { (user(&note.text)) }
                }
            }
        }
    }
}

/// The goodbye check's counts: each face and each answer to "Will you come again?", under
/// the one small-group rule, with how many answered.
fn goodbye(session: &Session, w: Words) -> Markup {
    let counts = session.goodbye_counts();
    if counts.is_empty() {
        return html! { p { (w.t("evidence-goodbye-none")) } };
    }
    let again = [
        (Again::Yes, "evidence-again-yes"),
        (Again::Maybe, "evidence-again-maybe"),
        (Again::No, "evidence-again-no"),
    ];
    // Each answer under the one rule beside how many answered.
    let welcome = w.parts(counts.answered(), &counts.welcome);
    let again_counts: Vec<u32> = again.iter().map(|(a, _)| counts.again_count(*a)).collect();
    let again_shown = w.parts(counts.answered_again(), &again_counts);
    html! {
        table {
            tr {
                th { (w.t("evidence-welcome")) " (" (w.a("evidence-goodbye-answered", &[("count", counts.answered().into())])) ")" }
                th class="n" { (w.t("evidence-count")) }
            }
            @for face in (0..FACES).rev() {
                tr { td { (w.t(FACE_KEYS[face])) } td class="n" { (welcome[face]) } }
            }
        }
        @if counts.answered_again() > 0 {
            table {
                tr {
                    th { (w.t("evidence-again")) " (" (w.a("evidence-goodbye-answered", &[("count", counts.answered_again().into())])) ")" }
                    th class="n" { (w.t("evidence-count")) }
                }
                @for ((_, key), n) in again.iter().zip(&again_shown) {
                    tr { td { (w.t(key)) } td class="n" { (n) } }
                }
            }
        }
    }
}
