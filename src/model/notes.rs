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
    pub edited: DateTime<Utc>,
    #[serde(default)]
    pub deleted: bool,
}

/// A record that can be merged: it has an identity and a last-edit time.
pub trait Mergeable: Clone + PartialEq {
    fn id(&self) -> Uuid;
    fn edited(&self) -> DateTime<Utc>;
    fn deleted(&self) -> bool;
    /// Stamp the record as changed at `now`.
    fn set_edited(&mut self, now: DateTime<Utc>);
}

macro_rules! mergeable {
    ($ty:ty) => {
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
        }
    };
}
mergeable!(Note);
mergeable!(Theme);
mergeable!(Commitment);
mergeable!(super::attendance::Attendee);
mergeable!(super::attendance::Tally);

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

/// Union `from` into `into` by id: the newest edit of each record wins (a deletion is an edit,
/// and wins a tie). Merging the same copy twice changes nothing. Returns how many records changed.
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
                if wins(theirs, &into[i]) {
                    into[i] = theirs.clone();
                    changed += 1;
                }
            }
        }
    }
    changed
}

/// Whether `a` should replace `b`: newer edit; on a tie, the deleted one; then a fixed order
/// on the text form so both directions of a merge agree.
fn wins<T: Mergeable + std::fmt::Debug>(a: &T, b: &T) -> bool {
    if a == b {
        return false;
    }
    (a.edited(), a.deleted(), format!("{a:?}")) > (b.edited(), b.deleted(), format!("{b:?}"))
}
