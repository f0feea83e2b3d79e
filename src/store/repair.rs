//! Putting right what a hand-edited session file may hold: two records sharing an id, and
//! numbers past what the app can count with. Every repair keeps every record and is told to
//! the person in plain words.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::model::Session;
use crate::model::timer::TimerRepair;

/// The most people one tally line may count.
pub const MAX_TALLY: u32 = 100_000;
/// The most children one person may leave in the childcare room.
pub const MAX_CHILDREN: u32 = 100;
/// Round lengths a question may plan, in minutes.
pub const ROUND_MINUTES: std::ops::RangeInclusive<u32> = crate::model::guide::STEP_MINUTES;

/// One kind of repair made while loading, as facts for the interface to word
/// (`ui::trouble::repair`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Repair {
    /// The round timer held impossible values.
    Timer(TimerRepair),
    /// Question `question` (counted from 1) planned `was` minutes; it is set to `now`.
    RoundMinutes { question: usize, was: u32, now: u32 },
    /// This many head-count lines counted more than [`MAX_TALLY`] people.
    Tallies { count: usize },
    /// This many sign-ins left more than [`MAX_CHILDREN`] children in childcare.
    Children { count: usize },
    /// This many records of one kind shared an id with another; each now has its own.
    SharedIds { kind: Record, count: usize },
}

/// The kinds of record a session file holds that carry an id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Record {
    Note,
    Table,
    Theme,
    Commitment,
    SignIn,
    HeadCount,
}

impl Record {
    /// The English name, one and many, for logs and the file's English problem.
    fn english(self) -> (&'static str, &'static str) {
        match self {
            Record::Note => ("note", "notes"),
            Record::Table => ("table", "tables"),
            Record::Theme => ("theme", "themes"),
            Record::Commitment => ("commitment", "commitments"),
            Record::SignIn => ("sign-in", "sign-ins"),
            Record::HeadCount => ("head-count line", "head-count lines"),
        }
    }
}

impl std::fmt::Display for Repair {
    /// English, for logs and a file's English problem.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::model::count_of;
        use crate::model::timer::format_secs;
        match self {
            Repair::Timer(t) => write!(
                f,
                "The round timer held impossible values ({} s planned, {} ms run); it was set to {} planned and {} run.",
                t.planned_secs,
                t.elapsed_ms,
                format_secs(t.now_planned_secs),
                format_secs(t.now_elapsed_secs)
            ),
            Repair::RoundMinutes { question, was, now } => write!(
                f,
                "Question {question} planned {was} minutes; it is set to {now}."
            ),
            Repair::Tallies { count } => write!(
                f,
                "{} counted more than {MAX_TALLY} people; set to {MAX_TALLY}.",
                count_of(*count, "head-count line", "head-count lines")
            ),
            Repair::Children { count } => write!(
                f,
                "{} left more than {MAX_CHILDREN} children in childcare; set to {MAX_CHILDREN}.",
                count_of(*count, "sign-in", "sign-ins")
            ),
            Repair::SharedIds { kind, count } => {
                let (one, many) = kind.english();
                write!(
                    f,
                    "{} shared an id with another {one} (the file was edited by hand); each now has its own, and nothing was removed.",
                    count_of(*count, one, many)
                )
            }
        }
    }
}

/// Repair `session` in place; one repair per kind made (none when it was fine).
pub fn repair_session(session: &mut Session) -> Vec<Repair> {
    let mut repairs = Vec::new();
    repairs.extend(session.timer.clamp_loaded().map(Repair::Timer));
    for (i, q) in session.guide.questions.iter_mut().enumerate() {
        if !ROUND_MINUTES.contains(&q.minutes) {
            let was = q.minutes;
            q.minutes = q
                .minutes
                .clamp(*ROUND_MINUTES.start(), *ROUND_MINUTES.end());
            repairs.push(Repair::RoundMinutes {
                question: i + 1,
                was,
                now: q.minutes,
            });
        }
    }
    let tallies = clamp_all(session.tallies.iter_mut().map(|t| &mut t.count), MAX_TALLY);
    if tallies > 0 {
        repairs.push(Repair::Tallies { count: tallies });
    }
    let children = clamp_all(
        session
            .attendees
            .iter_mut()
            .map(|a| &mut a.children_in_childcare),
        MAX_CHILDREN,
    );
    if children > 0 {
        repairs.push(Repair::Children { count: children });
    }
    let fresh = [
        (
            Record::Note,
            fresh_ids(session.notes.iter_mut().map(|n| &mut n.id)),
        ),
        (
            Record::Table,
            fresh_ids(session.tables.iter_mut().map(|t| &mut t.id)),
        ),
        (
            Record::Theme,
            fresh_ids(session.themes.iter_mut().map(|t| &mut t.id)),
        ),
        (
            Record::Commitment,
            fresh_ids(session.commitments.iter_mut().map(|c| &mut c.id)),
        ),
        (
            Record::SignIn,
            fresh_ids(session.attendees.iter_mut().map(|a| &mut a.id)),
        ),
        (
            Record::HeadCount,
            fresh_ids(session.tallies.iter_mut().map(|t| &mut t.id)),
        ),
    ];
    for (kind, count) in fresh {
        if count > 0 {
            repairs.push(Repair::SharedIds { kind, count });
        }
    }
    repairs
}

/// Clamp every value to `max`; how many were too big.
fn clamp_all<'a>(values: impl Iterator<Item = &'a mut u32>, max: u32) -> usize {
    values.filter(|v| **v > max).map(|v| *v = max).count()
}

/// Give every id seen before a fresh one (the first keeps it); how many were changed.
fn fresh_ids<'a>(ids: impl Iterator<Item = &'a mut Uuid>) -> usize {
    let mut seen = HashSet::new();
    let mut changed = 0;
    for id in ids {
        if !seen.insert(*id) {
            *id = Uuid::new_v4();
            seen.insert(*id);
            changed += 1;
        }
    }
    changed
}
