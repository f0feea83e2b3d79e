//! What tables said: tables, notes, harvest themes and commitments. Every record carries a
//! UUID and an edit time so two copies of a session (two note-takers' laptops) can be merged.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One table in the room.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub id: Uuid,
    /// The number on the table card (1, 2, …).
    pub number: u32,
    /// A name the room uses, if any ("The window table").
    #[serde(default)]
    pub name: String,
    /// The table host's name.
    #[serde(default)]
    pub host: String,
    pub edited: DateTime<Utc>,
}

impl Table {
    /// Table `number` of the session `session`: its id is derived from both, so every copy
    /// of a session agrees on its tables without having to share them first.
    pub fn numbered(session: Uuid, number: u32, now: DateTime<Utc>) -> Self {
        Self {
            id: Uuid::from_u128(session.as_u128().wrapping_add(u128::from(number))),
            number,
            name: String::new(),
            host: String::new(),
            edited: now,
        }
    }

    /// "Table 3" or "Table 3 · The window table".
    pub fn label(&self) -> String {
        if self.name.trim().is_empty() {
            format!("Table {}", self.number)
        } else {
            format!("Table {} · {}", self.number, self.name.trim())
        }
    }
}

/// The kind of thing a note records.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tag {
    Idea,
    Concern,
    Question,
    Action,
    Quote,
}

impl Tag {
    pub const ALL: [Tag; 5] = [
        Tag::Idea,
        Tag::Concern,
        Tag::Question,
        Tag::Action,
        Tag::Quote,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Tag::Idea => "Idea",
            Tag::Concern => "Concern",
            Tag::Question => "Question",
            Tag::Action => "Action",
            Tag::Quote => "Quote",
        }
    }
}

/// Something a table said, attached to the question on screen and the round when it was typed.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub id: Uuid,
    pub table: Uuid,
    /// The guide question on screen when the note was taken (`None` outside the rounds).
    pub question: Option<usize>,
    /// Which round of table talk (1-based; 0 before the first round).
    pub round: u32,
    pub text: String,
    #[serde(default)]
    pub tags: BTreeSet<Tag>,
    /// To be shared with the room at the harvest.
    #[serde(default)]
    pub share: bool,
    /// Never exported or shown beyond this app.
    #[serde(default)]
    pub private: bool,
    pub created: DateTime<Utc>,
    pub edited: DateTime<Utc>,
    /// Deleted notes are kept as markers so a merge never brings them back.
    #[serde(default)]
    pub deleted: bool,
}

/// Where in the evening a note belongs: the question on screen and the round when its
/// note-taker began typing it (the facilitator may have moved on before it was added).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NoteAt {
    /// The guide question on screen (`None` outside the rounds).
    pub question: Option<usize>,
    /// Which round of table talk (1-based; 0 before the first round).
    pub round: u32,
}

/// A theme the facilitator gathered from the tables' notes at the harvest.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    pub id: Uuid,
    pub title: String,
    #[serde(default)]
    pub notes: BTreeSet<Uuid>,
    pub edited: DateTime<Utc>,
    #[serde(default)]
    pub deleted: bool,
}

/// Something a person or the group will do, recorded at the closing.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Commitment {
    pub id: Uuid,
    pub text: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// Done: followed up, usually at a later café of the series.
    #[serde(default)]
    pub done: bool,
    /// When it was marked done (kept so a series shows how long actions stayed open).
    #[serde(default)]
    pub done_at: Option<DateTime<Utc>>,
    /// Begun but not done yet (meaningless once done).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub under_way: bool,
    pub edited: DateTime<Utc>,
    #[serde(default)]
    pub deleted: bool,
}

impl Commitment {
    /// How far it has got: done, under way or not yet.
    pub fn state(&self) -> crate::model::ActionState {
        use crate::model::ActionState;
        match (self.done, self.under_way) {
            (true, _) => ActionState::Done,
            (false, true) => ActionState::UnderWay,
            (false, false) => ActionState::NotYet,
        }
    }

    /// Mark it done (or not) at `now`; either way it is no longer "under way".
    pub fn mark_done(&mut self, done: bool, now: DateTime<Utc>) {
        if self.done != done {
            self.done = done;
            self.done_at = done.then_some(now);
            self.under_way = false;
        }
    }

    /// Set how far it has got at `now` (the moment it is done is kept).
    pub fn set_state(&mut self, state: crate::model::ActionState, now: DateTime<Utc>) {
        use crate::model::ActionState;
        let done = state == ActionState::Done;
        if self.done != done {
            self.done = done;
            self.done_at = done.then_some(now);
        }
        self.under_way = state == ActionState::UnderWay;
    }
}

/// A record that can be merged: it has an identity and a last-edit time.
pub trait Mergeable: Clone + PartialEq {
    fn id(&self) -> Uuid;
    fn edited(&self) -> DateTime<Utc>;
    fn deleted(&self) -> bool;
    /// Stamp the record as changed at `now`.
    fn set_edited(&mut self, now: DateTime<Utc>);
    /// Mark the record deleted or not (records that cannot be deleted ignore this).
    fn set_deleted(&mut self, _deleted: bool) {}
    /// Whether personal data in the record was erased (erasure is final).
    fn erased(&self) -> bool {
        false
    }
    /// The same record with its personal data erased, keeping its edit time.
    fn erased_copy(&self) -> Self {
        self.clone()
    }
}

macro_rules! mergeable {
    ($ty:ty $(, $extra:item)*) => {
        impl Mergeable for $ty {
            fn id(&self) -> Uuid {
                self.id
            }
            fn edited(&self) -> DateTime<Utc> {
                self.edited
            }
            fn deleted(&self) -> bool {
                self.deleted
            }
            fn set_edited(&mut self, now: DateTime<Utc>) {
                self.edited = now;
            }
            fn set_deleted(&mut self, deleted: bool) {
                self.deleted = deleted;
            }
            $($extra)*
        }
    };
}
mergeable!(Note);
mergeable!(Theme);
mergeable!(Commitment);
mergeable!(super::attendance::Tally);
mergeable!(
    super::attendance::Attendee,
    fn erased(&self) -> bool {
        self.erased
    },
    fn erased_copy(&self) -> Self {
        let mut copy = self.clone();
        copy.erase(self.edited);
        copy
    }
);

impl Mergeable for Table {
    fn id(&self) -> Uuid {
        self.id
    }
    fn edited(&self) -> DateTime<Utc> {
        self.edited
    }
    fn deleted(&self) -> bool {
        false
    }
    fn set_edited(&mut self, now: DateTime<Utc>) {
        self.edited = now;
    }
}

/// Union `from` into `into` by id. Returns how many records changed. The rules, in order:
///
/// 1. Erasure always wins: when either copy of a sign-in is erased, the result is erased,
///    whatever the edit times (the newer copy's counts are kept, never a name or contact).
/// 2. A deletion stays: a live copy beats a deleted one only when it is newer *and* is the
///    deleted record put back as it was (what undo does). An edit made on another laptop
///    that never saw the deletion does not bring the record back.
/// 3. Otherwise the newest edit wins, with a fixed order on the text form for ties.
///
/// Each rule reads both copies the same way round, so merging A into B gives what B into A
/// gives, and merging the same copy twice changes nothing.
pub fn merge_records<T: Mergeable + std::fmt::Debug>(into: &mut Vec<T>, from: &[T]) -> usize {
    let mut index: std::collections::HashMap<Uuid, usize> =
        into.iter().enumerate().map(|(i, r)| (r.id(), i)).collect();
    let mut changed = 0;
    for theirs in from {
        match index.get(&theirs.id()) {
            None => {
                index.insert(theirs.id(), into.len());
                into.push(theirs.clone());
                changed += 1;
            }
            Some(&i) => {
                if let Some(result) = merge_pair(&into[i], theirs) {
                    into[i] = result;
                    changed += 1;
                }
            }
        }
    }
    changed
}

/// The merge of two copies of one record, when it differs from `ours`.
fn merge_pair<T: Mergeable + std::fmt::Debug>(ours: &T, theirs: &T) -> Option<T> {
    if ours.erased() || theirs.erased() {
        let (a, b) = (ours.erased_copy(), theirs.erased_copy());
        let result = if wins(&b, &a) { b } else { a };
        return (result != *ours).then_some(result);
    }
    wins(theirs, ours).then(|| theirs.clone())
}

/// Whether `a` should replace `b` (rules 2 and 3 of [`merge_records`]).
fn wins<T: Mergeable + std::fmt::Debug>(a: &T, b: &T) -> bool {
    if a == b {
        return false;
    }
    match (a.deleted(), b.deleted()) {
        (false, true) => a.edited() > b.edited() && put_back(a, b),
        (true, false) => !(b.edited() > a.edited() && put_back(b, a)),
        _ => (a.edited(), format!("{a:?}")) > (b.edited(), format!("{b:?}")),
    }
}

/// Whether `live` is `deleted` put back unchanged (all but the edit time and the mark).
fn put_back<T: Mergeable>(live: &T, deleted: &T) -> bool {
    let mut undeleted = deleted.clone();
    undeleted.set_deleted(false);
    undeleted.set_edited(live.edited());
    undeleted == *live
}
