//! Putting right what a hand-edited session file may hold: two records sharing an id, and
//! numbers past what the app can count with. Every repair keeps every record and is told to
//! the person in plain words.

use std::collections::HashSet;

use uuid::Uuid;

use crate::model::Session;

/// The most people one tally line may count.
pub const MAX_TALLY: u32 = 100_000;
/// The most children one person may leave in the childcare room.
pub const MAX_CHILDREN: u32 = 100;
/// Round lengths a question may plan, in minutes.
pub const ROUND_MINUTES: std::ops::RangeInclusive<u32> = crate::model::guide::STEP_MINUTES;

/// Repair `session` in place; one sentence per kind of repair made (none when it was fine).
pub fn repair_session(session: &mut Session) -> Vec<String> {
    let mut notices = Vec::new();
    notices.extend(session.timer.clamp_loaded());
    for (i, q) in session.guide.questions.iter_mut().enumerate() {
        if !ROUND_MINUTES.contains(&q.minutes) {
            let was = q.minutes;
            q.minutes = q
                .minutes
                .clamp(*ROUND_MINUTES.start(), *ROUND_MINUTES.end());
            notices.push(format!(
                "Question {} planned {was} minutes; it is set to {}.",
                i + 1,
                q.minutes
            ));
        }
    }
    let tallies = clamp_all(session.tallies.iter_mut().map(|t| &mut t.count), MAX_TALLY);
    if tallies > 0 {
        notices.push(format!(
            "{} counted more than {MAX_TALLY} people; set to {MAX_TALLY}.",
            crate::model::count_of(tallies, "head-count line", "head-count lines")
        ));
    }
    let children = clamp_all(
        session
            .attendees
            .iter_mut()
            .map(|a| &mut a.children_in_childcare),
        MAX_CHILDREN,
    );
    if children > 0 {
        notices.push(format!(
            "{} left more than {MAX_CHILDREN} children in childcare; set to {MAX_CHILDREN}.",
            crate::model::count_of(children, "sign-in", "sign-ins")
        ));
    }
    let fresh = [
        (
            "note",
            fresh_ids(session.notes.iter_mut().map(|n| &mut n.id)),
        ),
        (
            "table",
            fresh_ids(session.tables.iter_mut().map(|t| &mut t.id)),
        ),
        (
            "theme",
            fresh_ids(session.themes.iter_mut().map(|t| &mut t.id)),
        ),
        (
            "commitment",
            fresh_ids(session.commitments.iter_mut().map(|c| &mut c.id)),
        ),
        (
            "sign-in",
            fresh_ids(session.attendees.iter_mut().map(|a| &mut a.id)),
        ),
        (
            "head-count line",
            fresh_ids(session.tallies.iter_mut().map(|t| &mut t.id)),
        ),
    ];
    for (kind, count) in fresh {
        if count > 0 {
            notices.push(format!(
                "{} shared an id with another {kind} (the file was edited by hand); each now has its own, and nothing was removed.",
                crate::model::count_of(count, kind, &format!("{kind}s"))
            ));
        }
    }
    notices
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
