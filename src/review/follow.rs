//! How a series followed through, café by café: how many of each café's actions were done by
//! the time of the following café, how many people came back, and what the goodbye check heard
//! (the answers, and how many answered of those who came). Every figure about people is given
//! as [`crate::model::groups`] allows it, beside its n, so the screen and every export show
//! the same thing and no small group is told, not even by subtraction from a whole shown.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::series::{ActionFacts, SeriesCafe, SeriesSummary};
use crate::model::goodbye::{Again, FACES};
use crate::model::groups::{Shown, parts, share};

/// What came of one café's actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FollowThrough {
    /// How many actions the café agreed (the n).
    pub actions: u32,
    /// How many were done by the time the following café began: marked done before it, or
    /// reported done on its "you said, we did" slide. `None` for the latest café, which has
    /// no following café yet.
    pub done_by_next: Option<u32>,
    /// How many are still open today.
    pub open: u32,
}

impl FollowThrough {
    /// What came of `actions` by the start of the following café, `next` (when it began and
    /// the actions its slide reported done), if there is one.
    pub fn of(actions: &[ActionFacts], next: Option<(DateTime<Utc>, &[Uuid])>) -> Self {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let done_by_next = next.map(|(began, reported)| {
            count(
                actions
                    .iter()
                    .filter(|a| {
                        (a.done && a.done_at.is_some_and(|at| at <= began))
                            || reported.contains(&a.id)
                    })
                    .count(),
            )
        });
        Self {
            actions: count(actions.len()),
            done_by_next,
            open: count(actions.iter().filter(|a| !a.done).count()),
        }
    }
}

/// First visits and returning people at one café, as they may be shown beside its total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visits {
    /// Everyone counted at the café (the n).
    pub people: u32,
    pub first: Shown,
    pub returning: Shown,
}

/// The goodbye check of one café, as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DoorFigures {
    /// How many answered "How welcome did you feel?" (the n of `welcome`), itself a group
    /// of people under the rule.
    pub answered: Shown,
    /// Each face, the saddest first.
    pub welcome: [Shown; FACES],
    /// How many answered "Will you come again?" (the n of `again`).
    pub answered_again: Shown,
    /// Yes, maybe and no.
    pub again: [Shown; 3],
    /// The answers in whole per cent of the people counted at the café (the response rate),
    /// when the answers may be shown as a number and somebody was counted.
    pub rate: Option<u32>,
}

impl SeriesCafe {
    /// First visits and returning people, when everyone was signed in by name (a café that
    /// took counts only cannot tell them apart).
    pub fn visits(&self) -> Option<Visits> {
        let first = self.figures.first_timers.known()?;
        let returning = self.returning?;
        let shown = parts(self.figures.total, &[first, returning]);
        Some(Visits {
            people: self.figures.total,
            first: shown[0],
            returning: shown[1],
        })
    }

    /// The goodbye check's figures, `None` when nobody answered it.
    pub fn door(&self) -> Option<DoorFigures> {
        let g = &self.goodbye;
        if g.is_empty() {
            return None;
        }
        let mut welcome = [Shown::Count(0); FACES];
        welcome.copy_from_slice(&parts(g.answered(), &g.welcome));
        let again_counts = Again::ALL.map(|a| g.again_count(a));
        let mut again = [Shown::Count(0); 3];
        again.copy_from_slice(&parts(g.answered_again(), &again_counts));
        Some(DoorFigures {
            answered: Shown::of(g.answered()),
            welcome,
            answered_again: Shown::of(g.answered_again()),
            again,
            rate: share(g.answered(), self.figures.total),
        })
    }
}

impl SeriesSummary {
    /// The people by role of each café, as they may be shown beside its total.
    pub fn roles_shown(&self) -> Vec<(crate::model::Role, Vec<Shown>)> {
        self.columns_shown(&self.roles)
    }

    /// The people by language of each café, as they may be shown beside its total.
    pub fn languages_shown(&self) -> Vec<(String, Vec<Shown>)> {
        self.columns_shown(&self.languages)
    }

    /// Each café's column of `rows` (a partition of its people) under [`parts`].
    fn columns_shown<K: Clone + Ord>(&self, rows: &BTreeMap<K, Vec<u32>>) -> Vec<(K, Vec<Shown>)> {
        let mut out: Vec<(K, Vec<Shown>)> = rows
            .keys()
            .map(|k| (k.clone(), Vec::with_capacity(self.cafes.len())))
            .collect();
        for (i, cafe) in self.cafes.iter().enumerate() {
            let column: Vec<u32> = rows
                .values()
                .map(|v| v.get(i).copied().unwrap_or(0))
                .collect();
            for (row, shown) in out.iter_mut().zip(parts(cafe.figures.total, &column)) {
                row.1.push(shown);
            }
        }
        out
    }

    /// Whether any café heard from the goodbye check.
    pub fn has_goodbye(&self) -> bool {
        self.cafes.iter().any(|c| !c.goodbye.is_empty())
    }
}

#[cfg(test)]
mod tests;
