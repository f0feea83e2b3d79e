//! Session files edited by hand: duplicate ids, fields this version does not know, a newer
//! format, and numbers past what the app can count with. Loading repairs and explains, or
//! opens read-only; `cafe-host check` reports each.

use std::collections::BTreeSet;
use std::path::Path;

use cafe_host::model::{Attendee, Commitment, Role, Session, Tally, Theme};
use cafe_host::store::{check_file, load_session, to_ron};
use chrono::Utc;
use uuid::Uuid;

use crate::common::{example_session_source, plain_note};

fn example() -> Session {
    load_session(&example_session_source())
        .expect("example")
        .session
}

fn attendee(name: &str) -> Attendee {
    crate::attendance::person(name, Role::Parent, None)
}

fn tally(count: u32) -> Tally {
    Tally {
        id: Uuid::new_v4(),
        role: Role::Parent,
        language: String::new(),
        count,
        edited: Utc::now(),
        deleted: false,
    }
}

/// A session where every kind of record appears twice with the same id, as a copy-paste does.
fn with_duplicates() -> Session {
    let mut session = example();
    let now = Utc::now();
    let table = session.tables[0].id;
    let first = plain_note(table, "first");
    let mut copy = plain_note(table, "pasted twice");
    copy.id = first.id;
    session.notes.extend([first, copy]);
    let theme = Theme {
        id: Uuid::new_v4(),
        title: "Homework".into(),
        notes: BTreeSet::new(),
        edited: now,
        deleted: false,
    };
    session.themes.extend([theme.clone(), theme]);
    let commitment = Commitment {
        id: Uuid::new_v4(),
        text: "Call the library".into(),
        owner: String::new(),
        due: None,
        done: false,
        under_way: false,
        done_at: None,
        edited: now,
        deleted: false,
    };
    session.commitments.extend([commitment.clone(), commitment]);
    let ana = attendee("Ana");
    let mut ben = attendee("Ben");
    ben.id = ana.id;
    session.attendees.extend([ana, ben]);
    let line = tally(3);
    session.tallies.extend([line.clone(), line]);
    let mut table_copy = session.tables[1].clone();
    table_copy.id = session.tables[0].id;
    session.tables[1] = table_copy;
    session
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

fn unique<T>(items: &[T], id: impl Fn(&T) -> Uuid) -> bool {
    let ids: BTreeSet<Uuid> = items.iter().map(id).collect();
    ids.len() == items.len()
}

#[test]
fn duplicate_ids_are_repaired_on_load_keeping_every_record_and_reported_by_check() {
    let dir = tempfile::tempdir().expect("temp dir");
    let original = with_duplicates();
    let path = write(dir.path(), "dup.ron", &to_ron(&original).expect("text"));
    let loaded = load_session(&path).expect("loads");
    let s = &loaded.session;
    assert_eq!(s.notes.len(), original.notes.len(), "every note is kept");
    assert!(s.notes.iter().any(|n| n.text == "pasted twice"));
    assert_eq!(s.attendees.len(), 2);
    assert!(unique(&s.notes, |n| n.id));
    assert!(unique(&s.tables, |t| t.id));
    assert!(unique(&s.themes, |t| t.id));
    assert!(unique(&s.commitments, |c| c.id));
    assert!(unique(&s.attendees, |a| a.id));
    assert!(unique(&s.tallies, |t| t.id));
    assert_eq!(loaded.notices.len(), 6, "{:?}", loaded.notices);
    assert!(
        loaded
            .notices
            .iter()
            .map(ToString::to_string)
            .all(|n| n.contains("shared an id") && n.contains("nothing was removed")),
        "{:?}",
        loaded.notices
    );
    let err = check_file(&path).expect_err("check reports duplicates");
    assert!(
        err.message.contains("1 note shared an id"),
        "{}",
        err.message
    );
    assert!(
        err.message.contains("1 sign-in shared an id"),
        "{}",
        err.message
    );
}

#[test]
fn unknown_fields_open_read_only_and_check_names_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = to_ron(&example())
        .expect("text")
        .replacen(
            "schema_version:",
            "mood: \"sunny\",\n    schema_version:",
            1,
        )
        .replacen("RoundTimer(", "RoundTimer(\n        beeps: true,", 1);
    let path = write(dir.path(), "unknown.ron", &text);
    let loaded = load_session(&path).expect("loads");
    let reason = loaded.read_only.expect("read-only").to_string();
    assert!(
        reason.contains("`mood`") && reason.contains("beeps"),
        "{reason}"
    );
    assert!(reason.contains("not lost at the next save"), "{reason}");
    assert!(
        loaded.unknown_fields.len() == 2,
        "{:?}",
        loaded.unknown_fields
    );
    let err = check_file(&path).expect_err("check reports them");
    assert!(
        err.message.contains("does not know") && err.message.contains("mood"),
        "{}",
        err.message
    );
    // A plain file stays writable.
    let plain = write(dir.path(), "plain.ron", &to_ron(&example()).expect("text"));
    assert!(load_session(&plain).expect("loads").read_only.is_none());
    assert!(check_file(&plain).is_ok());
}

#[test]
fn check_reports_a_file_from_a_newer_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text =
        to_ron(&example())
            .expect("text")
            .replacen("schema_version: 2,", "schema_version: 999,", 1);
    let path = write(dir.path(), "newer.ron", &text);
    assert!(load_session(&path).expect("loads").read_only.is_some());
    let err = check_file(&path).expect_err("reported");
    assert!(
        err.message.contains("newer version") && err.message.contains("999"),
        "{}",
        err.message
    );
}

#[test]
fn impossible_numbers_are_clamped_on_load_and_explained() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut session = example();
    session.tallies.push(tally(7));
    session.attendees.push(attendee("Ana"));
    let max = i64::MAX.to_string();
    let text = to_ron(&session)
        .expect("text")
        .replacen("planned_secs: 1200", &format!("planned_secs: {max}"), 1)
        .replacen("elapsed_ms: 0", &format!("elapsed_ms: {max}"), 1)
        .replacen("minutes: 20", &format!("minutes: {max}"), 1)
        .replacen("minutes: 15", "minutes: -3", 1)
        .replacen("count: 7", "count: 99999999999", 1)
        .replacen(
            "children_in_childcare: 0",
            "children_in_childcare: 4294967295",
            1,
        );
    let path = write(dir.path(), "huge.ron", &text);
    let loaded = load_session(&path).expect("loads, never panics");
    let s = &loaded.session;
    assert_eq!(
        s.timer.planned_secs,
        cafe_host::model::timer::MAX_ROUND_SECS
    );
    assert_eq!(s.timer.elapsed_ms, cafe_host::model::timer::MAX_ELAPSED_MS);
    assert_eq!(s.guide.questions[0].minutes, 240);
    assert!(
        s.guide
            .questions
            .iter()
            .all(|q| (1..=240).contains(&q.minutes))
    );
    assert_eq!(s.tallies[0].count, cafe_host::store::repair::MAX_TALLY);
    assert_eq!(
        s.attendees[0].children_in_childcare,
        cafe_host::store::repair::MAX_CHILDREN
    );
    let figures = cafe_host::model::Figures::of(&s.attendees, &s.tallies);
    assert_eq!(figures.total, cafe_host::store::repair::MAX_TALLY + 1);
    let said = loaded
        .notices
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        "round timer",
        "Question 1 planned",
        "head-count",
        "childcare",
    ] {
        assert!(said.contains(expected), "{expected} missing from: {said}");
    }
    assert!(
        s.timer.remaining_secs(Utc::now()) < 0,
        "overtime, computed without overflow"
    );
}
