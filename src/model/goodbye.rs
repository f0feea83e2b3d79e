//! The goodbye check at the door: how welcome families felt tonight, and whether they will come
//! again. Only counts are kept: never a time, a table, an order or a person. Each laptop at
//! the door keeps its own counts under an id of its own, so copies of a café merge without
//! counting an answer twice, in any order and any number of times.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// How many faces the first question offers, from the saddest (1) to the happiest (5).
pub const FACES: usize = 5;

/// The answers to "Will you come again?".
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Again {
    Yes,
    Maybe,
    No,
}

impl Again {
    pub const ALL: [Again; 3] = [Again::Yes, Again::Maybe, Again::No];

    fn slot(self) -> usize {
        match self {
            Again::Yes => 0,
            Again::Maybe => 1,
            Again::No => 2,
        }
    }
}

/// One answer at the door.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// A face, 1 (not welcome at all) to 5 (very welcome).
    Welcome(u8),
    Again(Again),
}

/// What one laptop at the door counted.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct DoorCounts {
    /// Tells one laptop's counts from another's when copies are merged; says nothing about
    /// anyone.
    pub id: Uuid,
    /// How many chose each face, the saddest first.
    #[serde(default)]
    pub welcome: [u32; FACES],
    /// How many said yes, maybe and no.
    #[serde(default)]
    pub again: [u32; 3],
}

impl DoorCounts {
    pub fn new(id: Uuid) -> Self {
        Self {
            id,
            welcome: [0; FACES],
            again: [0; 3],
        }
    }

    /// Count one answer; false for a face that does not exist.
    pub fn count(&mut self, answer: Answer) -> bool {
        let slot = match answer {
            Answer::Welcome(face @ 1..=5) => &mut self.welcome[usize::from(face) - 1],
            Answer::Welcome(_) => return false,
            Answer::Again(again) => &mut self.again[again.slot()],
        };
        *slot = slot.saturating_add(1);
        true
    }
}

/// The goodbye check of one café: every laptop's counts added up.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GoodbyeCounts {
    pub welcome: [u32; FACES],
    pub again: [u32; 3],
}

impl GoodbyeCounts {
    pub fn of(doors: &[DoorCounts]) -> Self {
        let mut total = Self::default();
        for door in doors {
            for (sum, n) in total.welcome.iter_mut().zip(door.welcome) {
                *sum = sum.saturating_add(n);
            }
            for (sum, n) in total.again.iter_mut().zip(door.again) {
                *sum = sum.saturating_add(n);
            }
        }
        total
    }

    /// How many answered the first question: the people the check heard from.
    pub fn answered(&self) -> u32 {
        self.welcome.iter().fold(0, |a, n| a.saturating_add(*n))
    }

    /// How many answered the second question.
    pub fn answered_again(&self) -> u32 {
        self.again.iter().fold(0, |a, n| a.saturating_add(*n))
    }

    /// How many gave this answer to "Will you come again?".
    pub fn again_count(&self, again: Again) -> u32 {
        self.again[again.slot()]
    }

    /// Whether nobody answered anything.
    pub fn is_empty(&self) -> bool {
        self.answered() == 0 && self.answered_again() == 0
    }
}

/// Bring `from`'s door counts into `into`. A laptop's counts only ever grow, so the larger of
/// two copies of each count is the newer: merging gives the same in any order, and merging
/// the same copy twice changes nothing. Returns how many laptops' counts changed. The list is
/// kept in the order of the ids (random), so it says nothing about which laptop came first.
pub fn merge_doors(into: &mut Vec<DoorCounts>, from: &[DoorCounts]) -> usize {
    let mut changed = 0;
    for theirs in from {
        match into.iter_mut().find(|d| d.id == theirs.id) {
            Some(ours) => {
                let before = ours.clone();
                for (a, b) in ours.welcome.iter_mut().zip(theirs.welcome) {
                    *a = (*a).max(b);
                }
                for (a, b) in ours.again.iter_mut().zip(theirs.again) {
                    *a = (*a).max(b);
                }
                changed += usize::from(*ours != before);
            }
            None => {
                into.push(theirs.clone());
                changed += 1;
            }
        }
    }
    into.sort_by_key(|d| d.id);
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_add_up_across_laptops_and_merging_twice_changes_nothing() {
        let mut a = DoorCounts::new(Uuid::from_u128(2));
        assert!(a.count(Answer::Welcome(5)));
        assert!(a.count(Answer::Welcome(5)));
        assert!(a.count(Answer::Again(Again::Maybe)));
        assert!(!a.count(Answer::Welcome(0)));
        assert!(!a.count(Answer::Welcome(6)));
        let mut b = DoorCounts::new(Uuid::from_u128(1));
        b.count(Answer::Welcome(1));
        let mut ours = vec![a.clone()];
        assert_eq!(merge_doors(&mut ours, &[b.clone()]), 1);
        assert_eq!(merge_doors(&mut ours, &[b.clone(), a.clone()]), 0);
        let total = GoodbyeCounts::of(&ours);
        assert_eq!(total.welcome, [1, 0, 0, 0, 2]);
        assert_eq!(total.answered(), 3);
        assert_eq!(total.again_count(Again::Maybe), 1);
        assert_eq!(
            ours[0].id,
            Uuid::from_u128(1),
            "kept in the order of the ids"
        );
        // A newer copy of a laptop's counts wins, whichever way round.
        a.count(Answer::Welcome(3));
        let mut theirs = vec![a.clone(), b];
        merge_doors(&mut theirs, &ours);
        merge_doors(&mut ours, &[a]);
        assert_eq!(ours, theirs);
    }
}
