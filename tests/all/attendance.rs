//! The sign-in desk, driven by keyboard through the real app; privacy of exports; erasing.

use std::time::Duration;

use cafe_host::export::Words;
use cafe_host::export::attendance::{Privacy, attendance_html, csv};

const EN: Words = Words(cafe_host::i18n::Lang::ENGLISH);
use cafe_host::live::{Command, LiveState, RecordCommand};
use cafe_host::model::{Attendee, Contact, Role, Session};
use cafe_host::store::{load_session, to_ron};
use cafe_host::ui::{CafeApp, Request};
use chrono::{TimeZone, Utc};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use proptest::prelude::*;
use uuid::Uuid;

use crate::common::{TestClock, example_session, example_session_source, harness};

/// Someone signed in with contact details and consent, for tests.
pub fn person(name: &str, role: Role, table: Option<u32>) -> Attendee {
    let now = Utc
        .with_ymd_and_hms(2026, 10, 1, 18, 0, 0)
        .single()
        .expect("time");
    Attendee {
        id: Uuid::new_v4(),
        name: name.into(),
        role,
        household: String::new(),
        children_in_childcare: 0,
        language: "Spanish".into(),
        interpreter: false,
        first_visit: true,
        contact: Some(Contact {
            phone: "555-0101".into(),
            email: "ana@example.org".into(),
        }),
        consent_contact: true,
        consent_photos: false,
        table,
        checked_in: now,
        edited: now,
        deleted: false,
        erased: false,
    }
}

/// An earlier café in the data folder where Ana María Díaz signed in.
pub fn earlier_cafe(data: &std::path::Path) {
    let mut earlier = load_session(&example_session_source())
        .expect("example")
        .session;
    earlier.id = Uuid::new_v4();
    earlier.details.date = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).expect("date");
    earlier
        .attendees
        .push(person("Ana María Díaz", Role::Grandparent, Some(1)));
    let dir = data.join("sessions");
    std::fs::create_dir_all(&dir).expect("folder");
    std::fs::write(
        dir.join(earlier.file_name()),
        to_ron(&earlier).expect("ron"),
    )
    .expect("write");
}

/// Open the sign-in desk and wait until the earlier cafés' people are read.
pub fn open_desk_with_earlier_cafes(h: &mut Harness<'_, CafeApp>) {
    h.key_press(Key::F6);
    h.run();
    let start = std::time::Instant::now();
    while h.state().attendance().people().is_none() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "earlier cafés not read"
        );
        std::thread::sleep(Duration::from_millis(10));
        h.run();
    }
}

fn type_name(h: &mut Harness<'_, CafeApp>, name: &str) {
    h.get_by_label("Name").focus();
    h.run();
    h.get_by_label("Name").type_text(name);
    h.run();
}

fn here(h: &Harness<'_, CafeApp>) -> u32 {
    let s = &h.state().live().expect("open").session;
    cafe_host::model::Figures::of(&s.attendees, &s.tallies).total
}

#[test]
fn sign_in_three_by_keyboard_undo_one_and_see_the_table_warning() {
    let data = tempfile::tempdir().expect("temp dir");
    earlier_cafe(data.path());
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    open_desk_with_earlier_cafes(&mut h);
    h.get_by_label("0 here");

    // 1. A returning grandparent, found by typing part of her name, picked with Enter.
    type_name(&mut h, "ana d");
    h.get_by_label_contains("Ana María Díaz · Grandparent · Spanish");
    h.key_press(Key::Enter);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    // 2 and 3. New people: name, one Tab to the role box, the role's number or first letter,
    // then Ctrl+Enter. Tab never walks through the nine role buttons.
    for (name, role_key) in [("Sam Lee", "1"), ("Kim Tran", "t")] {
        type_name(&mut h, name);
        h.key_press(Key::Tab);
        h.run();
        h.event(egui::Event::Text(role_key.to_owned()));
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
        h.run();
    }
    let session = &h.state().live().expect("open").session;
    let people: Vec<_> = session.attendees.iter().filter(|a| !a.deleted).collect();
    assert_eq!(people.len(), 3, "{people:#?}");
    assert_eq!(
        (
            people[0].name.as_str(),
            people[0].role,
            people[0].first_visit
        ),
        ("Ana María Díaz", Role::Grandparent, false)
    );
    assert_eq!(
        people[0].contact.as_ref().map(|c| c.phone.as_str()),
        Some("555-0101")
    );
    assert_eq!(
        (
            people[1].name.as_str(),
            people[1].role,
            people[1].first_visit
        ),
        ("Sam Lee", Role::Parent, true)
    );
    assert_eq!(
        (people[2].name.as_str(), people[2].role),
        ("Kim Tran", Role::Teacher)
    );
    let tables: Vec<_> = people.iter().map(|a| a.table).collect();
    assert_eq!(
        tables,
        [Some(1), Some(2), Some(3)],
        "arrivals spread over the tables"
    );
    h.get_by_label("3 here");
    h.get_by_label_contains("2 first visit");

    // Undo Sam's check-in: the counts change.
    h.get_all_by_label("Undo check-in")
        .nth(1)
        .expect("Sam's row")
        .click();
    h.run();
    h.get_by_label("2 here");
    assert!(
        h.state()
            .live()
            .expect("open")
            .session
            .attendees
            .iter()
            .any(|a| a.name == "Sam Lee" && a.deleted)
    );

    // Six at one table: the desk warns.
    for n in 0..5 {
        h.state_mut()
            .run(Request::Cafe(Command::Record(RecordCommand::CheckIn(
                Box::new(person(&format!("Guest {n}"), Role::Parent, Some(4))),
            ))));
    }
    h.run();
    assert!(h.query_by_label_contains("Table 4 has").is_none());
    h.state_mut()
        .run(Request::Cafe(Command::Record(RecordCommand::CheckIn(
            Box::new(person("Guest 6", Role::Parent, Some(4))),
        ))));
    h.run();
    h.get_by_label("Table 4 has 6 people: too many");
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    let saved = load_session(&path).expect("loads").session;
    assert_eq!(saved.attendees.iter().filter(|a| !a.deleted).count(), 8);
}

#[test]
fn erasing_leaves_no_trace_of_the_person_and_keeps_the_counts() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    let ana = person("Ana Zelinski-Quoss", Role::Parent, Some(1));
    let bo = person("Bo Wexford-Ump", Role::Teacher, Some(2));
    let ana_id = ana.id;
    for p in [ana, bo] {
        h.state_mut()
            .run(Request::Cafe(Command::Record(RecordCommand::CheckIn(
                Box::new(p),
            ))));
    }
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    let before = load_session(&path).expect("loads").session;
    let counts = cafe_host::model::Figures::of(&before.attendees, &before.tallies);

    h.state_mut().run(Request::Cafe(Command::Record(
        RecordCommand::EraseAttendee { id: ana_id },
    )));
    // Undo cannot bring an erased name back (it takes back Bo's check-in instead; redo restores it).
    h.state_mut().run(Request::Cafe(Command::Undo));
    h.state_mut().run(Request::Cafe(Command::Undo));
    h.state_mut().run(Request::Cafe(Command::Redo));
    h.state_mut().run(Request::Cafe(Command::Redo));
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(!text.contains("Zelinski"), "the name is gone");
    assert!(text.contains("Wexford"), "others are kept");
    let bak = cafe_host::store::atomic::backup_path(&path);
    assert!(
        !bak.exists()
            || !std::fs::read_to_string(&bak)
                .expect("bak")
                .contains("Zelinski"),
        "no old copy"
    );

    h.state_mut()
        .run(Request::Cafe(Command::EraseAllPersonalData));
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    let text = std::fs::read_to_string(&path).expect("read");
    for trace in ["Zelinski", "Wexford", "555-0101", "ana@example.org"] {
        assert!(!text.contains(trace), "{trace} left in the file");
        assert!(!bak.exists() || !std::fs::read_to_string(&bak).expect("bak").contains(trace));
    }
    let after = load_session(&path).expect("loads").session;
    assert_eq!(
        cafe_host::model::Figures::of(&after.attendees, &after.tallies),
        counts
    );
    assert_eq!(here(&h), 2);
}

fn attendee_strategy() -> impl Strategy<Value = Attendee> {
    (
        "[a-z]{6,10}",
        "[0-9]{7,9}",
        any::<bool>(),
        any::<bool>(),
        prop::sample::select(Role::ALL.to_vec()),
        0u32..4,
        prop::option::of(1u32..6),
    )
        .prop_map(|(name, phone, consent, photos, role, children, table)| {
            let mut a = person(&format!("Nm{name}"), role, table);
            a.contact = Some(Contact {
                phone: format!("+9{phone}"),
                email: format!("m{name}@mail.test"),
            });
            a.consent_contact = consent;
            a.consent_photos = photos;
            a.children_in_childcare = children;
            a.household = format!("Hh{name}");
            a
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn exports_share_names_only_when_asked_and_contacts_only_with_consent(
        people in prop::collection::vec(attendee_strategy(), 0..12)
    ) {
        let mut session: Session = load_session(&example_session_source()).expect("example").session;
        session.attendees = people.clone();
        for privacy in [Privacy::default(), Privacy { names: true }] {
            for text in [csv(&session, privacy, EN).expect("csv"), attendance_html(&session, privacy, EN)] {
                for a in &people {
                    let contact = a.contact.as_ref().expect("generated");
                    let shown = |s: &str| text.contains(s);
                    if privacy.names {
                        prop_assert!(shown(&a.name));
                        prop_assert_eq!(shown(&contact.phone), a.consent_contact);
                        prop_assert_eq!(shown(&contact.email), a.consent_contact);
                    } else {
                        prop_assert!(!shown(&a.name) && !shown(&a.household));
                        prop_assert!(!shown(&contact.phone) && !shown(&contact.email));
                    }
                }
            }
        }
    }
}

#[test]
fn counts_only_mode_tallies_by_role_and_language() {
    let mut live = LiveState::new(
        load_session(&example_session_source())
            .expect("example")
            .session,
    );
    let now = Utc::now();
    live.apply(Command::SetCountsOnly(true), now);
    for (role, language) in [
        (Role::Parent, "Spanish"),
        (Role::Parent, "spanish"),
        (Role::Teacher, ""),
    ] {
        live.apply(
            Command::Record(RecordCommand::Tally {
                role,
                language: language.into(),
                delta: 1,
            }),
            now,
        );
    }
    live.apply(
        Command::Record(RecordCommand::Tally {
            role: Role::Teacher,
            language: String::new(),
            delta: -1,
        }),
        now,
    );
    let f = cafe_host::model::Figures::of(&live.session.attendees, &live.session.tallies);
    assert_eq!(f.total, 2);
    assert_eq!(f.by_role.get(&Role::Parent), Some(&2));
    assert_eq!(f.by_language.get("Spanish"), Some(&2));
    assert!(live.session.attendees.is_empty(), "no names kept");
}

/// Names the example café holds in every kind of field: sign-ins, the facilitator, table
/// hosts and action owners.
const HEARD_NAMES: [&str; 7] = [
    "María Díaz",
    "Linh Nguyen",
    "Rosa Martínez",
    "Hodan Warsame",
    "Ms. Ruiz",
    "Grace Okafor",
    "Karen Johnson",
];

#[test]
fn erasing_everyones_data_leaves_no_name_in_any_field() {
    use crate::past_cafes::{HEARD, example_cafes};
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_cafes(data.path()).join(HEARD);
    // Its "you said, we did" slide names two of them in passing, in English and in Spanish.
    let mut cafe = load_session(&path).expect("loads").session;
    let mut said = cafe_host::model::YouSaid::after(&cafe, chrono::Utc::now());
    said.themes = vec![cafe_host::model::Wording::plain(
        "Hodan Warsame asked for a later bus",
    )];
    said.themes[0]
        .translations
        .insert("es".into(), "ms. ruiz habló con la directora".into());
    cafe.you_said = Some(said);
    std::fs::write(&path, to_ron(&cafe).expect("text")).expect("write");
    let before = std::fs::read_to_string(&path).expect("read");
    for name in HEARD_NAMES {
        assert!(before.contains(name), "the example names {name}");
    }
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    h.state_mut()
        .run(Request::Cafe(Command::EraseAllPersonalData));
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    let bak = cafe_host::store::atomic::backup_path(&path);
    for file in [&path, &bak] {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        for name in HEARD_NAMES {
            assert!(!text.contains(name), "{name} is left in {}", file.display());
        }
    }
    let after = load_session(&path).expect("loads").session;
    assert!(
        after.live_notes().count() > 0 && after.commitments.iter().all(|c| !c.text.is_empty()),
        "what was said and what will be done are kept"
    );
    let theme = &after.you_said.as_ref().expect("the slide is kept").themes[0];
    assert_eq!(theme.text, "… asked for a later bus");
    assert_eq!(theme.translations["es"], "… habló con la directora");
    // Undo cannot bring a table host back either.
    h.state_mut().run(Request::Cafe(Command::Undo));
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(!text.contains("Hodan Warsame"), "undo brought a name back");
}

#[test]
fn erasing_one_person_clears_their_name_wherever_the_cafe_writes_it() {
    use crate::past_cafes::{HEARD, example_cafes};
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_cafes(data.path()).join(HEARD);
    // Rosa Martínez signed in, facilitates, hosts table 5 and, written her own way, took on
    // an action.
    let mut cafe = load_session(&path).expect("loads").session;
    let action = cafe.commitments[0].text.clone();
    cafe.commitments[0].owner = "  ROSA MARTÍNEZ ".into();
    std::fs::write(&path, to_ron(&cafe).expect("text")).expect("write");
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    h.key_press(Key::F6);
    h.run();
    h.get_by_label("Find someone").focus();
    h.run();
    h.get_by_label("Find someone").type_text("Rosa Mar");
    h.run();
    h.get_by_label("Erase personal data…").click();
    h.run();
    let node = h.get_by_label_contains("Rosa Martínez is also written elsewhere");
    let also = node.value().unwrap_or_default();
    for place in ["facilitator", "table host of Table 5", &action[..20]] {
        assert!(also.contains(place), "{place} is not said: {also}");
    }
    assert!(!also.contains("Hodan"), "only her name: {also}");
    h.get_by_label("Yes, erase Rosa Martínez").click();
    h.run();
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    let bak = cafe_host::store::atomic::backup_path(&path);
    for file in [&path, &bak] {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        assert!(
            !text.to_lowercase().contains("rosa martínez"),
            "her name is left in {}",
            file.display()
        );
        assert!(text.contains("Hodan Warsame"), "others keep theirs");
    }
    let after = load_session(&path).expect("loads").session;
    assert_eq!(after.commitments[0].text, action, "the action is kept");
    assert_eq!(
        after.tables.iter().filter(|t| t.host.is_empty()).count(),
        1,
        "only her table lost its host"
    );
    // Undo brings none of it back.
    h.state_mut().run(Request::Cafe(Command::Undo));
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(
        !text.to_lowercase().contains("rosa martínez"),
        "undo brought her back"
    );
}

#[test]
fn a_note_made_private_leaves_the_search_index_once_saved() {
    use crate::past_cafes::{HEARD, example_cafes};
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let sessions = example_cafes(data.path());
    let path = sessions.join(HEARD);
    let index = cafe_host::review::cache::index_dir(&cafe_host::store::DataDir::new(data.path()));
    let search = cafe_host::review::index::search_file(&index);
    // The review's search has read every café once.
    crate::past_cafes::search_all(std::slice::from_ref(&sessions), &index, "", 10);
    let holds = |text: &str| {
        let bytes = std::fs::read(&search).unwrap_or_default();
        memchr::memmem::find(&bytes, text.as_bytes()).is_some()
    };
    let note = load_session(&path)
        .expect("loads")
        .session
        .live_notes()
        .find(|n| !n.private && n.text.len() > 20)
        .cloned()
        .expect("a note");
    assert!(holds(&note.text));
    let mut h = harness(data.path(), Some(path), &clock);
    h.state_mut()
        .run(Request::Cafe(Command::Record(RecordCommand::SetPrivate {
            id: note.id,
            private: true,
        })));
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    h.run();
    assert!(!holds(&note.text), "the private note is still in the index");
    // The search is rebuilt without it.
    let (_, rebuilt) =
        crate::past_cafes::search_all(std::slice::from_ref(&sessions), &index, "", 10);
    assert_eq!(rebuilt.read, 5, "every café read again");
    assert!(!holds(&note.text) && holds("neighbour"));
}
