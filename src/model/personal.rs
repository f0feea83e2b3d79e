//! Personal data in a session file: every field that can hold a person's name or how to reach
//! them, listed in one place ([`PersonalField::ALL`]), and erasing all of them at once, or one
//! person's name wherever it is written. A test walks every text field of a session file and
//! fails on one that is neither listed here nor known to hold something else, so a new field
//! for a name cannot be forgotten.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::notes::Mergeable;
use super::{Attendee, Commitment, Session, SessionDetails, Table};

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

/// A record of a session file that has [`PersonalField`]s.
#[derive(Clone, Copy, Debug)]
pub enum Holder<'a> {
    Details(&'a SessionDetails),
    Table(&'a Table),
    Commitment(&'a Commitment),
    Attendee(&'a Attendee),
}

impl Holder<'_> {
    /// Whether any personal field of this record holds `name`.
    pub fn names(self, name: &PersonName) -> bool {
        PersonalField::ALL
            .iter()
            .any(|f| f.text_in(self).is_some_and(|text| name.is(text)))
    }
}

/// A person's name as erasing compares it: trimmed, case folded. Two fields hold the same name
/// when they read the same after that ("Hodan Warsame" and " hodan warsame").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    /// The name to look for; none for a blank one (a blank field names no one).
    pub fn new(name: &str) -> Option<Self> {
        let folded = fold(name);
        (!folded.is_empty()).then_some(Self(folded))
    }

    /// Whether `text` is this name.
    pub fn is(&self, text: &str) -> bool {
        fold(text) == self.0
    }
}

fn fold(text: &str) -> String {
    text.trim().chars().flat_map(char::to_lowercase).collect()
}

/// Where a name is written, besides the sign-in being erased: which field of which record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub field: PersonalField,
    pub place: Place,
}

/// The record a [`Mention`] is in, told the way the screens show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The café's details (its facilitator).
    Cafe,
    /// A table, by its number and the name the room uses.
    Table { number: u32, name: String },
    /// An action, by what will be done.
    Action { text: String },
    /// Another sign-in, by its name and when it was made.
    SignIn {
        name: String,
        checked_in: DateTime<Utc>,
    },
}

impl Place {
    fn of(holder: Holder<'_>) -> Self {
        match holder {
            Holder::Details(_) => Place::Cafe,
            Holder::Table(t) => Place::Table {
                number: t.number,
                name: t.name.clone(),
            },
            Holder::Commitment(c) => Place::Action {
                text: c.text.clone(),
            },
            Holder::Attendee(a) => Place::SignIn {
                name: a.name.clone(),
                checked_in: a.checked_in,
            },
        }
    }
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

    /// This field's text in `holder`, when that kind of record has this field.
    pub fn text_in(self, holder: Holder<'_>) -> Option<&str> {
        use PersonalField as F;
        match (self, holder) {
            (F::Facilitator, Holder::Details(d)) => Some(&d.facilitator),
            (F::TableHost, Holder::Table(t)) => Some(&t.host),
            (F::ActionOwner, Holder::Commitment(c)) => Some(&c.owner),
            (F::AttendeeName, Holder::Attendee(a)) => Some(&a.name),
            (F::Household, Holder::Attendee(a)) => Some(&a.household),
            (F::Phone, Holder::Attendee(a)) => a.contact.as_ref().map(|c| c.phone.as_str()),
            (F::Email, Holder::Attendee(a)) => a.contact.as_ref().map(|c| c.email.as_str()),
            (
                F::Facilitator
                | F::TableHost
                | F::ActionOwner
                | F::AttendeeName
                | F::Household
                | F::Phone
                | F::Email,
                _,
            ) => None,
        }
    }

    /// Clear this field where `pick` says so, in every record last changed at or before
    /// `before` (records changed later keep theirs), stamping each record changed with `at`.
    /// A sign-in whose name is cleared is erased whole: its name, household and contact
    /// details together. Returns whether anything changed.
    fn clear(
        self,
        session: &mut Session,
        pick: &dyn Fn(&str) -> bool,
        before: DateTime<Utc>,
        at: DateTime<Utc>,
    ) -> bool {
        let attendees = &mut session.attendees;
        match self {
            PersonalField::Facilitator => {
                pick(&session.details.facilitator) && clear_text(&mut session.details.facilitator)
            }
            PersonalField::TableHost => {
                clear_in(&mut session.tables, |t| Some(&mut t.host), pick, before, at)
            }
            PersonalField::ActionOwner => clear_in(
                &mut session.commitments,
                |c| Some(&mut c.owner),
                pick,
                before,
                at,
            ),
            PersonalField::AttendeeName => attendees
                .iter_mut()
                .filter(|a| !a.erased && a.edited <= before && pick(&a.name))
                .fold(false, |_, a| {
                    a.erase(at);
                    true
                }),
            PersonalField::Household => {
                clear_in(attendees, |a| Some(&mut a.household), pick, before, at)
            }
            PersonalField::Phone => clear_in(
                attendees,
                |a| a.contact.as_mut().map(|c| &mut c.phone),
                pick,
                before,
                at,
            ),
            PersonalField::Email => clear_in(
                attendees,
                |a| a.contact.as_mut().map(|c| &mut c.email),
                pick,
                before,
                at,
            ),
        }
    }
}

/// Clear the text `field` where `pick` says so, in every record last changed at or before
/// `before`, stamping each record changed with `at`.
fn clear_in<T: Mergeable>(
    records: &mut [T],
    field: fn(&mut T) -> Option<&mut String>,
    pick: &dyn Fn(&str) -> bool,
    before: DateTime<Utc>,
    at: DateTime<Utc>,
) -> bool {
    let mut changed = false;
    for record in records.iter_mut().filter(|r| r.edited() <= before) {
        let Some(text) = field(record).filter(|t| pick(t)) else {
            continue;
        };
        if clear_text(text) {
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
    /// Every record that can hold a name: the details, tables, actions and sign-ins not
    /// erased.
    fn holders(&self) -> impl Iterator<Item = Holder<'_>> {
        std::iter::once(Holder::Details(&self.details))
            .chain(self.tables.iter().map(Holder::Table))
            .chain(self.commitments.iter().map(Holder::Commitment))
            .chain(
                self.attendees
                    .iter()
                    .filter(|a| !a.erased)
                    .map(Holder::Attendee),
            )
    }

    /// Whether any field of this café holds a person's name or contact details.
    pub fn holds_personal_data(&self) -> bool {
        self.holders().any(|holder| {
            PersonalField::ALL
                .iter()
                .any(|f| f.text_in(holder).is_some_and(|text| !text.is_empty()))
        })
    }

    /// Every other place `name` is written in this café, besides the sign-in `except`:
    /// what erasing that sign-in also clears (see [`Session::erase_name`]).
    pub fn mentions(&self, name: &PersonName, except: Uuid) -> Vec<Mention> {
        let others = self.holders().filter(|h| match h {
            Holder::Attendee(a) => a.id != except && !a.deleted,
            Holder::Commitment(c) => !c.deleted,
            Holder::Details(_) | Holder::Table(_) => true,
        });
        others
            .flat_map(|holder| {
                PersonalField::ALL
                    .iter()
                    .filter(move |f| f.text_in(holder).is_some_and(|text| name.is(text)))
                    .map(move |&field| Mention {
                        field,
                        place: Place::of(holder),
                    })
            })
            .collect()
    }

    /// Clear `name` from every [`PersonalField`] that holds it, at `now`: a sign-in by that
    /// name is erased whole, any other field is emptied. Returns whether anything changed.
    pub fn erase_name(&mut self, name: &PersonName, now: DateTime<Utc>) -> bool {
        let pick = |text: &str| name.is(text);
        let said = blank_you_said(
            self,
            std::slice::from_ref(&name.0),
            DateTime::<Utc>::MAX_UTC,
            now,
        );
        PersonalField::ALL.iter().fold(said, |changed, field| {
            // Every record, even one stamped later by a laptop whose clock runs ahead.
            field.clear(self, &pick, DateTime::<Utc>::MAX_UTC, now) | changed
        })
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

    /// Clear every personal field, and the names they held wherever the "you said, we did"
    /// slide writes them.
    fn clear_personal(&mut self, before: DateTime<Utc>, at: DateTime<Utc>) -> bool {
        let names = self.written_names();
        let said = blank_you_said(self, &names, before, at);
        PersonalField::ALL.iter().fold(said, |changed, field| {
            field.clear(self, &|_| true, before, at) | changed
        })
    }

    /// Every name (and contact detail) the personal fields hold.
    fn written_names(&self) -> Vec<String> {
        self.holders()
            .flat_map(|h| PersonalField::ALL.iter().filter_map(move |f| f.text_in(h)))
            .filter(|t| !t.trim().is_empty())
            .map(str::to_owned)
            .collect()
    }
}

/// Blank `names` inside the texts of the café's "you said, we did" slide (the room reads
/// them again, so a name typed into them in passing goes with the erasure), when the slide
/// was last changed at or before `before`; stamped with `at` when anything changed.
fn blank_you_said(
    session: &mut Session,
    names: &[String],
    before: DateTime<Utc>,
    at: DateTime<Utc>,
) -> bool {
    let Some(said) = session.you_said.as_mut().filter(|s| s.edited <= before) else {
        return false;
    };
    let mut changed = false;
    for wording in said.wordings_mut() {
        for text in std::iter::once(&mut wording.text).chain(wording.translations.values_mut()) {
            if let Some(blanked) = super::name_in_text::without_names(text, names) {
                *text = blanked;
                changed = true;
            }
        }
    }
    if changed {
        said.edited = stamp(said.edited, at);
    }
    changed
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
    const NOT_PERSONAL: [&str; 36] = [
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
        "projector.translation",      // a language code
        "projector.fullscreen_on",    // a screen's name
        "tables[].name",              // what the room calls a table
        "notes[].text",               // what a table said, typed as said (never parsed for names)
        "themes[].title",             // the harvest's words
        "commitments[].text",         // what will be done
        "guide.goodbye.welcome.text", // the goodbye check's questions, as the guide words them
        "guide.goodbye.welcome.translations.es",
        "guide.goodbye.again.text",
        "guide.goodbye.again.translations.es",
        "you_said.from.title",     // the earlier café's title
        "you_said.actions[].cafe", // the title of the earlier café that promised an action
        "you_said.themes[].text",  // the earlier café's themes, as the room is told them
        "you_said.themes[].translations.es",
        "you_said.actions[].text.text", // what was done
        "you_said.actions[].text.translations.es",
        "outreach.invited",         // how families were invited
        "outreach.summary_sent_to", // to whom the summary went (an office or a role)
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
            goodbye: crate::model::guide::GoodbyeQuestions {
                welcome: translated("how welcome"),
                again: Some(translated("again")),
            },
        }
    }

    fn every_you_said_field_filled() -> crate::model::follow_up::YouSaid {
        crate::model::follow_up::YouSaid {
            from: crate::model::follow_up::EarlierCafe {
                id: Uuid::from_u128(15),
                title: marked("last café"),
                date: NaiveDate::from_ymd_opt(2026, 10, 12).expect("date"),
            },
            themes: vec![translated("heard")],
            actions: vec![crate::model::follow_up::FollowUp {
                id: Uuid::from_u128(11),
                text: translated("did"),
                state: crate::model::ActionState::UnderWay,
                cafe: Some(marked("earlier café")),
            }],
            told: true,
            edited: at(6),
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
                under_way: false,
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
            shared_at: None,
            goodbye: vec![crate::model::goodbye::DoorCounts::new(Uuid::from_u128(14))],
            you_said: Some(every_you_said_field_filled()),
            outreach: crate::model::Outreach {
                invited: marked("flyers home"),
                summary_sent_to: marked("the principal's office"),
                edited: Some(at(7)),
            },
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
    fn every_personal_field_is_read_from_its_record() {
        let session = every_field_filled();
        for field in PersonalField::ALL {
            assert!(
                session
                    .holders()
                    .any(|h| field.text_in(h).is_some_and(|t| t.contains(MARK))),
                "{} is never read",
                field.path()
            );
        }
    }

    #[test]
    fn erasing_a_name_clears_it_in_every_field_and_nothing_else() {
        let mut session = every_field_filled();
        let person = session.attendees[0].clone();
        // The same name, written as people write it, in every other field that names someone.
        let same = format!("  {}  ", person.name.to_uppercase());
        session.details.facilitator = same.clone();
        session.tables[0].host = same.clone();
        session.commitments[0].owner = person.name.to_lowercase();
        let mut twice = person.clone();
        twice.id = Uuid::from_u128(20);
        let mut child = person.clone();
        child.id = Uuid::from_u128(21);
        child.name = marked("Child");
        child.household = same.clone();
        // Not the same name: kept.
        let mut other = person.clone();
        other.id = Uuid::from_u128(22);
        other.name = format!("{} Jr.", person.name);
        session.attendees.extend([twice, child, other]);
        let name = PersonName::new(&person.name).expect("a name");
        let fields: Vec<PersonalField> = session
            .mentions(&name, person.id)
            .iter()
            .map(|m| m.field)
            .collect();
        assert_eq!(
            fields,
            [
                PersonalField::Facilitator,
                PersonalField::TableHost,
                PersonalField::ActionOwner,
                PersonalField::AttendeeName,
                PersonalField::Household,
            ]
        );
        assert!(session.erase_name(&name, at(30)));
        assert!(session.details.facilitator.is_empty());
        assert!(session.tables[0].host.is_empty());
        assert!(
            session.tables[0].edited > at(1),
            "a merge keeps the erasure"
        );
        assert!(session.commitments[0].owner.is_empty());
        let erased: Vec<bool> = session.attendees.iter().map(|a| a.erased).collect();
        assert_eq!(erased, [true, true, false, false]);
        assert!(session.attendees[2].household.is_empty());
        assert_eq!(session.attendees[2].name, marked("Child"));
        assert_eq!(session.attendees[3].name, format!("{} Jr.", person.name));
        assert!(session.mentions(&name, person.id).is_empty());
        assert!(!session.erase_name(&name, at(31)), "nothing left to erase");
        assert!(PersonName::new("  ").is_none(), "a blank names no one");
    }

    #[test]
    fn erasing_takes_the_names_out_of_the_you_said_slide_and_leaves_its_other_words() {
        let mut session = every_field_filled();
        let person = session.attendees[0].name.clone();
        let host = session.tables[0].host.clone();
        let said = session.you_said.as_mut().expect("a slide");
        said.themes[0].text = format!("{person} asked for more time");
        said.themes[0].translations.insert(
            "es".into(),
            format!("{} pidió más tiempo", person.to_uppercase()),
        );
        said.actions[0].text.text = format!("{host} spoke to the principal");
        let mut one = session.clone();
        assert!(one.erase_name(&PersonName::new(&person).expect("a name"), at(30)));
        let said = one.you_said.as_ref().expect("kept");
        assert_eq!(said.themes[0].text, "… asked for more time");
        assert_eq!(said.themes[0].translations["es"], "… pidió más tiempo");
        assert_eq!(
            said.actions[0].text.text,
            format!("{host} spoke to the principal")
        );
        assert!(said.edited > at(6), "a merge keeps the erasure");

        assert!(session.erase_everyone(at(30)));
        let said = session.you_said.as_ref().expect("kept");
        assert_eq!(said.themes[0].text, "… asked for more time");
        assert_eq!(said.actions[0].text.text, "… spoke to the principal");
        assert!(!session.erase_everyone(at(30)), "nothing left to erase");
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
