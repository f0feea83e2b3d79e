//! Who came: the sign-in desk's records. Personal data stays on this machine; exports share
//! counts unless the host asks for names, and contact details only with consent.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// More people than this at one table is too many (the host included).
pub const TABLE_LIMIT: usize = 5;

/// How a person takes part.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Parent,
    Grandparent,
    OtherCaregiver,
    Teacher,
    OtherStaff,
    CommunityPartner,
    Interpreter,
    ChildcareVolunteer,
    Other,
}

impl Role {
    pub const ALL: [Role; 9] = [
        Role::Parent,
        Role::Grandparent,
        Role::OtherCaregiver,
        Role::Teacher,
        Role::OtherStaff,
        Role::CommunityPartner,
        Role::Interpreter,
        Role::ChildcareVolunteer,
        Role::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Role::Parent => "Parent",
            Role::Grandparent => "Grandparent",
            Role::OtherCaregiver => "Other caregiver",
            Role::Teacher => "Teacher",
            Role::OtherStaff => "Other school staff",
            Role::CommunityPartner => "Community partner",
            Role::Interpreter => "Interpreter",
            Role::ChildcareVolunteer => "Childcare volunteer",
            Role::Other => "Other",
        }
    }
}

/// How to reach someone who agreed to be contacted.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
pub struct Contact {
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
}

/// One person signed in at the desk.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Attendee {
    pub id: Uuid,
    pub name: String,
    pub role: Role,
    /// People who came together share a household label (e.g. a family name).
    #[serde(default)]
    pub household: String,
    /// Children this person left in the childcare room.
    #[serde(default, deserialize_with = "crate::model::guide::saturating_u32")]
    pub children_in_childcare: u32,
    /// Preferred language (a plain name, e.g. "Spanish").
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub interpreter: bool,
    /// First café of the series for this person.
    #[serde(default)]
    pub first_visit: bool,
    /// Kept only while `consent_contact` is true.
    #[serde(default)]
    pub contact: Option<Contact>,
    #[serde(default)]
    pub consent_contact: bool,
    /// Agreed to appear in photos and to be quoted.
    #[serde(default)]
    pub consent_photos: bool,
    #[serde(default)]
    pub table: Option<u32>,
    pub checked_in: DateTime<Utc>,
    pub edited: DateTime<Utc>,
    /// Check-in undone or entry removed (kept as a marker so merges agree).
    #[serde(default)]
    pub deleted: bool,
    /// Personal data erased at the host's request; the counts remain.
    #[serde(default)]
    pub erased: bool,
}

impl Attendee {
    /// Remove everything that identifies the person, keeping what the counts need.
    pub fn erase(&mut self, now: DateTime<Utc>) {
        self.name = String::new();
        self.household = String::new();
        self.contact = None;
        self.consent_contact = false;
        self.consent_photos = false;
        self.erased = true;
        self.edited = now;
    }

    /// Drop contact details the person did not agree to share.
    pub fn respect_consent(&mut self) {
        if !self.consent_contact {
            self.contact = None;
        }
    }
}

/// A head-count line for cafés that take no names.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub id: Uuid,
    pub role: Role,
    #[serde(default)]
    pub language: String,
    #[serde(deserialize_with = "crate::model::guide::saturating_u32")]
    pub count: u32,
    pub edited: DateTime<Utc>,
    #[serde(default)]
    pub deleted: bool,
}

/// A figure that only a sign-in by name can tell (first visits, interpreter and childcare
/// needs). People counted at the door without names may have been first-timers or needed an
/// interpreter: for them it is not known, and a screen or an export must say so rather than
/// show a 0.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PeopleCount {
    /// Nobody was signed in by name, so nothing is known (sorts below every count).
    NotKnown,
    /// Some people were only counted: at least this many.
    AtLeast(u32),
    /// Everyone was signed in by name.
    Known(u32),
}

impl Default for PeopleCount {
    fn default() -> Self {
        PeopleCount::Known(0)
    }
}

impl PeopleCount {
    /// The count, when it is exactly known.
    pub fn known(self) -> Option<u32> {
        match self {
            PeopleCount::Known(n) => Some(n),
            _ => None,
        }
    }

    /// The count so far (0 when not known): what a chart can draw.
    pub fn at_least(self) -> u32 {
        match self {
            PeopleCount::Known(n) | PeopleCount::AtLeast(n) => n,
            PeopleCount::NotKnown => 0,
        }
    }

    /// `n` counted among the people signed in by name, with `unnamed` more only counted.
    fn of(n: u32, named: u32, unnamed: u32) -> Self {
        match (named, unnamed) {
            (_, 0) => PeopleCount::Known(n),
            (0, _) => PeopleCount::NotKnown,
            _ => PeopleCount::AtLeast(n),
        }
    }
}

/// The live figures for the desk and the presenter's head-count.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    pub total: u32,
    pub by_role: BTreeMap<Role, u32>,
    pub by_language: BTreeMap<String, u32>,
    pub first_timers: PeopleCount,
    pub interpreter_needed: PeopleCount,
    pub children_in_childcare: PeopleCount,
}

impl Figures {
    /// Count the signed-in people and the tally lines.
    pub fn of(attendees: &[Attendee], tallies: &[Tally]) -> Self {
        // Sums saturate: a hand-edited file may hold counts that would overflow.
        fn add(to: &mut u32, n: u32) {
            *to = to.saturating_add(n);
        }
        let mut f = Figures::default();
        let (mut first, mut interpreter, mut children) = (0, 0, 0);
        let (mut named, mut unnamed) = (0, 0);
        for a in attendees.iter().filter(|a| !a.deleted) {
            add(&mut named, 1);
            add(f.by_role.entry(a.role).or_default(), 1);
            add(
                f.by_language.entry(language_key(&a.language)).or_default(),
                1,
            );
            add(&mut first, u32::from(a.first_visit));
            add(&mut interpreter, u32::from(a.interpreter));
            add(&mut children, a.children_in_childcare);
        }
        for t in tallies.iter().filter(|t| !t.deleted) {
            add(&mut unnamed, t.count);
            add(f.by_role.entry(t.role).or_default(), t.count);
            add(
                f.by_language.entry(language_key(&t.language)).or_default(),
                t.count,
            );
        }
        f.total = named.saturating_add(unnamed);
        f.first_timers = PeopleCount::of(first, named, unnamed);
        f.interpreter_needed = PeopleCount::of(interpreter, named, unnamed);
        f.children_in_childcare = PeopleCount::of(children, named, unnamed);
        f
    }
}

fn language_key(language: &str) -> String {
    let trimmed = language.trim();
    if trimmed.is_empty() {
        "Not given".to_owned()
    } else {
        let mut chars = trimmed.chars();
        chars.next().map_or_else(String::new, |c| {
            c.to_uppercase().collect::<String>() + chars.as_str()
        })
    }
}

/// People seated at each table (1-based numbers) among those signed in.
pub fn table_counts(attendees: &[Attendee], tables: u32) -> BTreeMap<u32, usize> {
    let mut counts: BTreeMap<u32, usize> = (1..=tables).map(|t| (t, 0)).collect();
    for a in attendees.iter().filter(|a| !a.deleted) {
        if let Some(t) = a.table {
            *counts.entry(t).or_default() += 1;
        }
    }
    counts
}

/// The table a new arrival should take: the emptiest, lowest number first; a household
/// that is already seated stays together.
pub fn suggest_table(attendees: &[Attendee], tables: u32, household: &str) -> Option<u32> {
    let household = household.trim();
    if !household.is_empty()
        && let Some(t) = attendees
            .iter()
            .filter(|a| !a.deleted && a.household.trim().eq_ignore_ascii_case(household))
            .find_map(|a| a.table)
    {
        return Some(t);
    }
    table_counts(attendees, tables)
        .into_iter()
        .filter(|(t, _)| *t <= tables)
        .min_by_key(|(t, n)| (*n, *t))
        .map(|(t, _)| t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(table: Option<u32>, household: &str) -> Attendee {
        let now = Utc::now();
        Attendee {
            id: Uuid::new_v4(),
            name: "A".into(),
            role: Role::Parent,
            household: household.into(),
            children_in_childcare: 1,
            language: "spanish".into(),
            interpreter: true,
            first_visit: true,
            contact: None,
            consent_contact: false,
            consent_photos: false,
            table,
            checked_in: now,
            edited: now,
            deleted: false,
            erased: false,
        }
    }

    fn tally(role: Role, language: &str, count: u32) -> Tally {
        Tally {
            id: Uuid::new_v4(),
            role,
            language: language.into(),
            count,
            edited: Utc::now(),
            deleted: false,
        }
    }

    #[test]
    fn suggestions_balance_tables_and_keep_households_together() {
        let people = vec![
            person(Some(1), "Diaz"),
            person(Some(1), ""),
            person(Some(2), ""),
        ];
        assert_eq!(suggest_table(&people, 3, ""), Some(3));
        assert_eq!(suggest_table(&people, 3, "diaz"), Some(1));
        assert_eq!(suggest_table(&[], 0, ""), None);
    }

    #[test]
    fn figures_count_people_and_tallies_but_not_undone_check_ins() {
        let mut gone = person(None, "");
        gone.deleted = true;
        let tally = tally(Role::Teacher, "English", 3);
        let f = Figures::of(&[person(None, ""), gone], &[tally]);
        assert_eq!(f.total, 4);
        assert_eq!(f.by_role.get(&Role::Teacher), Some(&3));
        assert_eq!(f.by_language.get("Spanish"), Some(&1));
        assert_eq!(
            (
                f.first_timers,
                f.interpreter_needed,
                f.children_in_childcare
            ),
            (
                PeopleCount::AtLeast(1),
                PeopleCount::AtLeast(1),
                PeopleCount::AtLeast(1)
            ),
            "three teachers were only counted: at least one of each"
        );
        let named = Figures::of(&[person(None, "")], &[]);
        assert_eq!(named.first_timers, PeopleCount::Known(1));
        assert_eq!(named.first_timers.known(), Some(1));
    }

    #[test]
    fn a_cafe_counted_at_the_door_does_not_know_first_visits_or_needs() {
        let f = Figures::of(&[], &[tally(Role::Parent, "Spanish", 12)]);
        assert_eq!(f.total, 12);
        for figure in [
            f.first_timers,
            f.interpreter_needed,
            f.children_in_childcare,
        ] {
            assert_eq!(figure, PeopleCount::NotKnown);
            assert_eq!(figure.known(), None);
            assert_eq!(figure.at_least(), 0);
        }
        // Nobody at all: nothing unknown either.
        assert_eq!(Figures::of(&[], &[]).first_timers, PeopleCount::Known(0));
    }

    #[test]
    fn huge_counts_saturate_instead_of_overflowing() {
        let tally = |count| tally(Role::Parent, "", count);
        let mut big = person(None, "");
        big.children_in_childcare = u32::MAX;
        let f = Figures::of(&[big.clone(), big], &[tally(u32::MAX), tally(u32::MAX)]);
        assert_eq!(f.total, u32::MAX);
        assert_eq!(f.children_in_childcare, PeopleCount::AtLeast(u32::MAX));
        assert_eq!(f.by_role.get(&Role::Parent), Some(&u32::MAX));
    }
}
