//! Personal data in a session file: every field that can hold a person's name or how to reach
//! them, listed in one place ([`PersonalField::ALL`]), and erasing all of them at once. A
//! test walks every text field of a session file and fails on one that is neither listed
//! here nor known to hold something else, so a new field for a name cannot be forgotten.

use chrono::{DateTime, Utc};

use super::Session;
use super::notes::Mergeable;

/// A field of the session file that can hold a person's name or contact details.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonalField {
    /// The facilitator named on Home.
    Facilitator,
    /// Each table's host.
    TableHost,
    /// Who took on each action at the closing.
    ActionOwner,
    /// A signed-in person's name.
    AttendeeName,
    /// A signed-in person's household (often a family name).
    Household,
    /// A signed-in person's phone number.
    Phone,
    /// A signed-in person's email address.
    Email,
}

impl PersonalField {
    /// Every field of a session file that can hold a person's name or contact details.
    pub const ALL: [PersonalField; 7] = [
        PersonalField::Facilitator,
        PersonalField::TableHost,
        PersonalField::ActionOwner,
        PersonalField::AttendeeName,
        PersonalField::Household,
        PersonalField::Phone,
        PersonalField::Email,
    ];

    /// Where the field is in the session file: `details.facilitator`, `tables[].host`.
    pub fn path(self) -> &'static str {
        match self {
            PersonalField::Facilitator => "details.facilitator",
            PersonalField::TableHost => "tables[].host",
            PersonalField::ActionOwner => "commitments[].owner",
            PersonalField::AttendeeName => "attendees[].name",
            PersonalField::Household => "attendees[].household",
            PersonalField::Phone => "attendees[].contact.phone",
            PersonalField::Email => "attendees[].contact.email",
        }
    }

    /// Whether this field holds something anywhere in `session`.
    fn is_filled(self, session: &Session) -> bool {
        let attendees = || session.attendees.iter().filter(|a| !a.erased);
        let contact = |a: &crate::model::Attendee, pick: fn(&crate::model::Contact) -> &str| {
            a.contact.as_ref().is_some_and(|c| !pick(c).is_empty())
        };
        match self {
            PersonalField::Facilitator => !session.details.facilitator.is_empty(),
            PersonalField::TableHost => session.tables.iter().any(|t| !t.host.is_empty()),
            PersonalField::ActionOwner => session.commitments.iter().any(|c| !c.owner.is_empty()),
            PersonalField::AttendeeName => attendees().any(|a| !a.name.is_empty()),
            PersonalField::Household => attendees().any(|a| !a.household.is_empty()),
            PersonalField::Phone => attendees().any(|a| contact(a, |c| &c.phone)),
            PersonalField::Email => attendees().any(|a| contact(a, |c| &c.email)),
        }
    }

    /// Clear this field in every record last changed at or before `before` (records changed
    /// later keep theirs), stamping each record changed with `at`. Returns whether anything
    /// changed.
    fn clear(self, session: &mut Session, before: DateTime<Utc>, at: DateTime<Utc>) -> bool {
        match self {
            PersonalField::Facilitator => clear_text(&mut session.details.facilitator),
            PersonalField::TableHost => clear_in(&mut session.tables, |t| &mut t.host, before, at),
            PersonalField::ActionOwner => {
                clear_in(&mut session.commitments, |c| &mut c.owner, before, at)
            }
            // A sign-in is erased whole: its name, household and contact details together.
            PersonalField::AttendeeName
            | PersonalField::Household
            | PersonalField::Phone
            | PersonalField::Email => session
                .attendees
                .iter_mut()
                .filter(|a| !a.erased && a.edited <= before)
                .fold(false, |_, a| {
                    a.erase(at);
                    true
                }),
        }
    }
}

/// Clear the text `field` of every record last changed at or before `before`, stamping each
/// record changed with `at`.
fn clear_in<T: Mergeable>(
    records: &mut [T],
    field: fn(&mut T) -> &mut String,
    before: DateTime<Utc>,
    at: DateTime<Utc>,
) -> bool {
    let mut changed = false;
    for record in records.iter_mut().filter(|r| r.edited() <= before) {
        if clear_text(field(record)) {
            let edited = stamp(record.edited(), at);
            record.set_edited(edited);
            changed = true;
        }
    }
    changed
}

/// The edit time of a record erased at `at`: newer than its last edit even when that came
/// from a laptop whose clock runs ahead, so the erased record wins every later merge.
fn stamp(edited: DateTime<Utc>, at: DateTime<Utc>) -> DateTime<Utc> {
    at.max(edited + chrono::Duration::milliseconds(1))
}

fn clear_text(text: &mut String) -> bool {
    let had = !text.is_empty();
    text.clear();
    had
}

impl Session {
    /// Whether any field of this café holds a person's name or contact details.
    pub fn holds_personal_data(&self) -> bool {
        PersonalField::ALL.iter().any(|f| f.is_filled(self))
    }

    /// Erase everyone's personal data at `now`: every [`PersonalField`] of every record,
    /// keeping what the counts need. Remembered in the file, so a merge with a copy that
    /// still holds the names never brings them back. Returns whether anything changed.
    pub fn erase_everyone(&mut self, now: DateTime<Utc>) -> bool {
        let first = self.erased_everyone.is_none_or(|at| at < now);
        if first {
            self.erased_everyone = Some(now);
        }
        // Every record, even one stamped later by a laptop whose clock runs ahead.
        self.clear_personal(DateTime::<Utc>::MAX_UTC, now) || first
    }

    /// Clear every personal field filled in at or before `at` (what a copy that erased
    /// everyone's data at `at` no longer holds).
    pub(super) fn erase_before(&mut self, at: DateTime<Utc>) -> bool {
        self.clear_personal(at, at)
    }

    fn clear_personal(&mut self, before: DateTime<Utc>, at: DateTime<Utc>) -> bool {
        PersonalField::ALL.iter().fold(false, |changed, field| {
            field.clear(self, before, at) | changed
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use chrono::{NaiveDate, TimeZone};
    use uuid::Uuid;

    use super::*;
    use crate::model::{
        Attendee, Commitment, Contact, Guide, Note, ProjectorSettings, Question, Resource, Role,
        RoundTimer, SessionDetails, Step, StepShown, Table, Tag, Tally, Theme, Wording,
    };

    /// Text fields that hold no one's name, each with why: the guide's words, what tables
    /// said, labels and settings. A new text field must be added here or to
    /// [`PersonalField::ALL`] for the test below to pass.
    const NOT_PERSONAL: [&str; 24] = [
        "details.title",           // the café's title
        "details.venue",           // a place
        "details.series",          // the series' name
        "guide.title",             // the guide as written
        "guide.purpose",           // the guide as written
        "guide.languages[]",       // language codes
        "guide.agreements[].text", // the guide as written
        "guide.agreements[].translations.es",
        "guide.questions[].text",
        "guide.questions[].translations.es",
        "guide.questions[].points[].text",
        "guide.questions[].points[].translations.es",
        "guide.questions[].notes.text",
        "guide.questions[].notes.translations.es",
        "guide.questions[].resources[].title.text", // the guide's contacts and reading
        "guide.questions[].resources[].title.translations.es",
        "guide.questions[].resources[].detail.text",
        "guide.questions[].resources[].detail.translations.es",
        "projector.translation",   // a language code
        "projector.fullscreen_on", // a screen's name
        "tables[].name",           // what the room calls a table
        "notes[].text",            // what a table said, typed as said (never parsed for names)
        "themes[].title",          // the harvest's words
        "commitments[].text",      // what will be done
    ];
    /// Text fields of sign-ins that are counted, not names: a language.
    const COUNTED: [&str; 2] = ["attendees[].language", "tallies[].language"];

    const MARK: &str = "MARKED";

    fn at(minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 12, 18, minute, 0)
            .single()
            .expect("time")
    }

    fn marked(what: &str) -> String {
        format!("{MARK} {what}")
    }

    fn wording() -> Wording {
        translated("agreement")
    }

    /// A text of the guide and its Spanish, both marked.
    fn translated(what: &str) -> Wording {
        Wording {
            text: marked(what),
            translations: BTreeMap::from([("es".to_owned(), marked(&format!("{what} (es)")))]),
        }
    }

    /// A guide with every field filled in, every text field marked.
    fn every_guide_field_filled() -> Guide {
        Guide {
            schema_version: 2,
            title: marked("guide"),
            purpose: marked("purpose"),
            languages: vec![marked("en")],
            agreements: vec![wording()],
            questions: vec![Question {
                text: marked("question"),
                translations: BTreeMap::from([("es".to_owned(), marked("pregunta"))]),
                points: vec![translated("point")],
                notes: translated("background"),
                minutes: 20,
                resources: vec![Resource {
                    title: translated("library"),
                    detail: translated("open late"),
                }],
            }],
            plan: crate::model::Plan {
                starts_at: crate::model::ClockTime::new(18, 0),
                ends_by: crate::model::ClockTime::new(20, 0),
                ..crate::model::Plan::default()
            },
        }
    }

    /// A session with every field filled in (written out field by field, so a new field
    /// cannot be left out without the compiler saying so), every text field marked.
    fn every_field_filled() -> Session {
        let id = Uuid::from_u128(7);
        let table = Table {
            id: Uuid::from_u128(8),
            number: 1,
            name: marked("window table"),
            host: marked("Ana Host"),
            edited: at(1),
        };
        Session {
            schema_version: 1,
            id,
            details: SessionDetails {
                title: marked("title"),
                date: NaiveDate::from_ymd_opt(2026, 11, 12).expect("date"),
                venue: marked("gym"),
                facilitator: marked("Rosa Facilitator"),
                tables: 1,
                series: marked("series"),
            },
            guide: every_guide_field_filled(),
            created: at(0),
            current: Step::Question(0),
            ticked: BTreeMap::from([(0, BTreeSet::from([0]))]),
            timeline: vec![StepShown {
                step: Step::Welcome,
                at: at(0),
            }],
            timer: RoundTimer {
                planned_secs: 1200,
                elapsed_ms: 5,
                running_since: Some(at(2)),
                question: Some(0),
            },
            projector: ProjectorSettings {
                translation: Some(marked("es")),
                show_timer: true,
                open: true,
                fullscreen_on: Some(marked("HDMI-1")),
                palette: crate::model::RoomPalette::Bright,
            },
            notes: vec![Note {
                id: Uuid::from_u128(9),
                table: table.id,
                question: Some(0),
                round: 1,
                text: marked("a note"),
                tags: BTreeSet::from([Tag::Idea]),
                share: true,
                private: false,
                created: at(3),
                edited: at(3),
                deleted: false,
            }],
            tables: vec![table],
            themes: vec![Theme {
                id: Uuid::from_u128(10),
                title: marked("theme"),
                notes: BTreeSet::from([Uuid::from_u128(9)]),
                edited: at(4),
                deleted: false,
            }],
            commitments: vec![Commitment {
                id: Uuid::from_u128(11),
                text: marked("call the office"),
                owner: marked("Grace Owner"),
                due: NaiveDate::from_ymd_opt(2026, 12, 1),
                done: true,
                done_at: Some(at(5)),
                edited: at(5),
                deleted: false,
            }],
            attendees: vec![Attendee {
                id: Uuid::from_u128(12),
                name: marked("María Person"),
                role: Role::Parent,
                household: marked("Díaz"),
                children_in_childcare: 1,
                language: marked("Spanish"),
                interpreter: true,
                first_visit: true,
                contact: Some(Contact {
                    phone: marked("555-0101"),
                    email: marked("maria@example.org"),
                }),
                consent_contact: true,
                consent_photos: true,
                table: Some(1),
                checked_in: at(1),
                edited: at(1),
                deleted: false,
                erased: false,
            }],
            tallies: vec![Tally {
                id: Uuid::from_u128(13),
                role: Role::Teacher,
                language: marked("English"),
                count: 2,
                edited: at(1),
                deleted: false,
            }],
            counts_only: false,
            erased_everyone: None,
        }
    }

    /// The path of every text field of `value` holding the mark (`tables[].host`).
    fn marked_paths(value: &serde_json::Value, path: &str, out: &mut BTreeSet<String>) {
        match value {
            serde_json::Value::String(text) if text.contains(MARK) => {
                out.insert(path.to_owned());
            }
            serde_json::Value::Array(items) => {
                for item in items {
                    marked_paths(item, &format!("{path}[]"), out);
                }
            }
            serde_json::Value::Object(fields) => {
                for (name, item) in fields {
                    let inner = if path.is_empty() {
                        name.clone()
                    } else {
                        format!("{path}.{name}")
                    };
                    marked_paths(item, &inner, out);
                }
            }
            _ => {}
        }
    }

    fn paths_of(session: &Session) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        marked_paths(
            &serde_json::to_value(session).expect("a value"),
            "",
            &mut out,
        );
        out
    }

    #[test]
    fn every_text_field_is_known_to_name_someone_or_not() {
        let found = paths_of(&every_field_filled());
        let known: BTreeSet<String> = PersonalField::ALL
            .iter()
            .map(|f| f.path().to_owned())
            .chain(NOT_PERSONAL.iter().chain(&COUNTED).map(|p| (*p).to_owned()))
            .collect();
        assert_eq!(
            found, known,
            "a text field is new (list it in PersonalField::ALL if it can hold a name, else in NOT_PERSONAL), or a listed one is gone"
        );
    }

    #[test]
    fn erasing_everyone_clears_every_personal_field_and_nothing_else() {
        let mut session = every_field_filled();
        assert!(session.erase_everyone(at(30)));
        let left = paths_of(&session);
        for field in PersonalField::ALL {
            assert!(!left.contains(field.path()), "{} is kept", field.path());
        }
        for kept in NOT_PERSONAL.iter().chain(&COUNTED) {
            assert!(left.contains(*kept), "{kept} was erased too");
        }
        assert!(
            !session.erase_everyone(at(30)),
            "erasing twice changes nothing"
        );
        assert!(!session.holds_personal_data());
        assert!(every_field_filled().holds_personal_data());
    }

    #[test]
    fn a_copy_that_still_holds_the_names_never_brings_them_back() {
        let kept = every_field_filled();
        let mut erased = kept.clone();
        erased.erase_everyone(at(30));
        for (mut into, from) in [
            (erased.clone(), kept.clone()),
            (kept.clone(), erased.clone()),
        ] {
            let had_names = into.erased_everyone.is_none();
            let report = into.merge(&from).expect("same café");
            assert_eq!(report.total() > 0, had_names, "{report:?}");
            let left = paths_of(&into);
            for field in PersonalField::ALL {
                assert!(!left.contains(field.path()), "{} came back", field.path());
            }
            assert_eq!(into.merge(&from).expect("same").total(), 0, "merging again");
        }
        // A host named after the erasure, on a copy that saw it, is kept.
        let mut later = erased.clone();
        later.tables[0].host = "New Host".to_owned();
        later.tables[0].edited = at(40);
        let mut into = erased.clone();
        into.merge(&later).expect("same café");
        assert_eq!(into.tables[0].host, "New Host");
    }
}
