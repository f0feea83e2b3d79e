//! Generated cafés for the review benchmarks: realistic cafés (about 40 sign-ins and 150 notes
//! each, six cafés to a series). The folders of them, written once under `target/` and reused
//! by every later run (so a benchmark never spends its time writing ten thousand files), are
//! made by each benchmark from these.

use std::path::{Path, PathBuf};

use cafe_host::model::{Attendee, Commitment, Note, Role, Session, Step, StepShown, Tag, Theme};
use cafe_host::store::load_session;
use chrono::{Duration, NaiveDate};
use uuid::Uuid;

/// Sign-ins per café.
pub const PEOPLE: usize = 40;
/// Notes per café.
pub const NOTES: usize = 150;
/// Bumped when what is generated changes, so an older cached folder is written again.
pub const GENERATION: u32 = 1;

/// The words notes are made of.
pub const WORDS: [&str; 24] = [
    "grandma",
    "bus",
    "snow",
    "reading",
    "recipe",
    "teacher",
    "phone",
    "newsletter",
    "after",
    "lunch",
    "homework",
    "library",
    "Spanish",
    "Somali",
    "meeting",
    "shifts",
    "principal",
    "stories",
    "dinner",
    "trust",
    "welcome",
    "childcare",
    "class",
    "weekend",
];

/// A sentence of `words` words, different for each `seed`.
pub fn sentence(seed: usize, words: usize) -> String {
    let mut out: Vec<&str> = (0..words)
        .map(|i| WORDS[(seed.wrapping_mul(31) + i * 7 + i * i) % WORDS.len()])
        .collect();
    // One note in fifty needs an interpreter: the word searched for.
    if seed % 50 == 7 {
        out.insert(words / 2, "Interpreter");
    }
    let mut s = out.join(" ");
    s.push('.');
    s
}

/// A data folder `target/bench-cafes/NAME` whose `sessions` folder `fill` writes on first use,
/// reused by every later run (a `complete` mark says the writing finished).
pub fn kept_folder(name: &str, fill: impl FnOnce(&Path)) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/bench-cafes")
        .join(name);
    let sessions = root.join("sessions");
    let done = root.join("complete");
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&sessions).unwrap_or_else(|e| panic!("{e}"));
        fill(&sessions);
        std::fs::write(&done, "complete").unwrap_or_else(|e| panic!("{e}"));
    }
    root
}

/// The repository's example café, the model every generated one is made from.
pub fn example() -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions/2026-11-12_our-children-our-school_5e1f2a9c.ron");
    load_session(&path).map_or_else(|e| panic!("{e}"), |l| l.session)
}

/// A café of realistic size, different for each `n`.
pub fn cafe(base: &Session, n: usize, notes: usize) -> Session {
    let mut s = base.clone();
    s.id = Uuid::from_u128(0xcafe_0000_0000_0000 + n as u128);
    s.details.title = format!("Family café {n}");
    s.details.series = format!("Series {}", n / 6);
    s.details.date =
        NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default() + Duration::days(n as i64 * 3);
    s.tables.clear();
    s.details.tables = 6;
    s.ensure_tables();
    let start = s.created;
    s.timeline = [
        Step::Welcome,
        Step::Agreements,
        Step::Question(0),
        Step::Question(1),
        Step::Question(2),
        Step::Harvest,
        Step::Closing,
    ]
    .iter()
    .enumerate()
    .map(|(i, step)| StepShown {
        step: *step,
        at: start + Duration::minutes(i as i64 * 18),
    })
    .collect();
    s.attendees = (0..PEOPLE)
        .map(|i| Attendee {
            id: Uuid::from_u128((n * 1000 + i) as u128 + (1 << 100)),
            name: format!("Person {} {}", WORDS[i % WORDS.len()], i + n),
            role: Role::ALL[i % Role::ALL.len()],
            household: format!("Household {}", i / 3),
            children_in_childcare: (i % 3) as u32,
            language: ["English", "Spanish", "Vietnamese", "Somali"][i % 4].into(),
            interpreter: i % 4 != 0,
            first_visit: i % 5 == 0,
            contact: None,
            consent_contact: false,
            consent_photos: i % 2 == 0,
            table: Some((i % 6) as u32 + 1),
            checked_in: start,
            edited: start,
            deleted: false,
            erased: false,
        })
        .collect();
    let tables: Vec<Uuid> = s.tables.iter().map(|t| t.id).collect();
    s.notes = (0..notes)
        .map(|i| Note {
            id: Uuid::from_u128((n * 1000 + i) as u128 + (2 << 100)),
            table: tables[i % tables.len()],
            question: Some(i % 3),
            round: (i % 3) as u32 + 1,
            text: sentence(n * 7 + i, 8 + i % 12),
            tags: [Tag::ALL[i % 5]].into(),
            share: i % 3 == 0,
            private: i % 40 == 0,
            created: start,
            edited: start,
            deleted: false,
        })
        .collect();
    s.themes = (0..5)
        .map(|i| Theme {
            id: Uuid::from_u128((n * 10 + i) as u128 + (3 << 100)),
            title: sentence(n + i, 3),
            notes: s.notes.iter().skip(i).step_by(9).map(|x| x.id).collect(),
            edited: start,
            deleted: false,
        })
        .collect();
    s.commitments = (0..4)
        .map(|i| Commitment {
            id: Uuid::from_u128((n * 10 + i) as u128 + (4 << 100)),
            text: sentence(n + i * 3, 9),
            owner: "Parent group".into(),
            due: None,
            done: i % 2 == 0,
            under_way: false,
            done_at: None,
            edited: start,
            deleted: false,
        })
        .collect();
    s
}
