//! Two note-takers' copies of one café come together: no duplicates, idempotent,
//! newest edit wins, deletions stay, and a different café is refused.

use std::path::Path;
use std::process::Command as Process;

use cafe_host::live::{Command, LiveState, RecordCommand as R};
use cafe_host::model::{Session, Tag};
use cafe_host::store::{load_session, to_ron};
use chrono::{DateTime, Duration, TimeZone, Utc};
use uuid::Uuid;

use crate::common::example_session_source;

fn t(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 12, 19, 0, 0)
        .single()
        .expect("time")
        + Duration::minutes(minutes)
}

fn example() -> LiveState {
    LiveState::new(
        load_session(&example_session_source())
            .expect("example")
            .session,
    )
}

fn note(live: &mut LiveState, table: usize, text: &str, at: i64) -> Uuid {
    let id = Uuid::new_v4();
    let table = live.session.tables[table].id;
    assert!(live.apply(
        Command::Record(R::AddNote {
            id,
            table,
            text: text.into(),
            tags: vec![],
            at: None,
        }),
        t(at)
    ));
    id
}

fn texts(session: &Session) -> Vec<String> {
    let mut out: Vec<String> = session.live_notes().map(|n| n.text.clone()).collect();
    out.sort();
    out
}

/// Two copies that started from the same file: shared notes, then each laptop's own work.
fn two_copies() -> (LiveState, LiveState, Uuid, Uuid) {
    let mut base = example();
    let shared = note(&mut base, 0, "shared before the split", 1);
    let to_delete = note(&mut base, 1, "deleted on laptop B", 2);
    let mut a = LiveState::new(base.session.clone());
    let mut b = LiveState::new(base.session);
    note(&mut a, 0, "only on A", 5);
    note(&mut b, 2, "only on B", 6);
    a.apply(
        Command::Record(R::EditNote {
            id: shared,
            text: "edited on A, later".into(),
            table: None,
        }),
        t(9),
    );
    b.apply(
        Command::Record(R::EditNote {
            id: shared,
            text: "edited on B, earlier".into(),
            table: None,
        }),
        t(8),
    );
    b.apply(Command::Record(R::DeleteNote { id: to_delete }), t(7));
    b.apply(
        Command::Record(R::ToggleTag {
            id: shared,
            tag: Tag::Idea,
        }),
        t(3),
    );
    (a, b, shared, to_delete)
}

#[test]
fn copies_merge_to_the_expected_union_and_merging_twice_changes_nothing() {
    let (mut a, b, shared, deleted) = two_copies();
    let report = a.session.merge(&b.session).expect("same café");
    assert!(report.notes >= 2);
    assert_eq!(
        texts(&a.session),
        ["edited on A, later", "only on A", "only on B"]
    );
    assert!(
        a.session.notes.iter().any(|n| n.id == deleted && n.deleted),
        "the deletion stays"
    );
    assert_eq!(
        a.session.notes.iter().filter(|n| n.id == shared).count(),
        1,
        "no duplicates"
    );

    let once = a.session.clone();
    let again = a.session.merge(&b.session).expect("same café");
    assert_eq!(again.total(), 0);
    assert_eq!(a.session, once, "idempotent");

    // The other direction reaches the same notes.
    let (a2, mut b2, ..) = two_copies();
    b2.session.merge(&a2.session).expect("same café");
    assert_eq!(
        texts(&b2.session),
        ["edited on A, later", "only on A", "only on B"]
    );
}

#[test]
fn a_different_café_is_refused() {
    let (mut a, ..) = two_copies();
    let mut other = example().session;
    other.id = Uuid::new_v4();
    other.details.title = "Another evening".into();
    let before = a.session.clone();
    let err = a.session.merge(&other).expect_err("refused");
    assert!(err.to_string().contains("two different cafés"), "{err}");
    assert_eq!(a.session, before);
}

fn write(dir: &Path, name: &str, session: &Session) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, to_ron(session).expect("ron")).expect("write");
    path
}

fn cafe_host() -> Process {
    Process::new(env!("CARGO_BIN_EXE_cafe-host"))
}

#[test]
fn command_line_merge_writes_the_union_and_refuses_with_a_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b, ..) = two_copies();
    let into = write(dir.path(), "a.ron", &a.session);
    let from = write(dir.path(), "b.ron", &b.session);
    let out = cafe_host()
        .arg("merge")
        .arg(&into)
        .arg(&from)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let merged = load_session(&into).expect("loads").session;
    assert_eq!(
        texts(&merged),
        ["edited on A, later", "only on A", "only on B"]
    );
    let bytes = std::fs::read(&into).expect("read");
    let out = cafe_host()
        .arg("merge")
        .arg(&into)
        .arg(&from)
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert_eq!(
        std::fs::read(&into).expect("read"),
        bytes,
        "merging twice rewrites nothing"
    );

    let mut other = b.session.clone();
    other.id = Uuid::new_v4();
    let other = write(dir.path(), "other.ron", &other);
    let out = cafe_host()
        .arg("merge")
        .arg(&into)
        .arg(&other)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("two different cafés"));
    assert_eq!(
        std::fs::read(&into).expect("read"),
        bytes,
        "nothing written on refusal"
    );

    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Session(").expect("write");
    let out = cafe_host()
        .arg("merge")
        .arg(&into)
        .arg(&broken)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("broken.ron:1:"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Merge `b` into `a` and `a` into `b`: both results, which must agree.
fn both_ways(a: &Session, b: &Session) -> Session {
    let mut ab = a.clone();
    ab.merge(b).expect("same café");
    let mut ba = b.clone();
    ba.merge(a).expect("same café");
    assert_eq!(
        (&ab.notes, &ab.attendees),
        (&ba.notes, &ba.attendees),
        "merge is commutative"
    );
    let mut again = ab.clone();
    assert_eq!(again.merge(b).expect("same café").total(), 0, "idempotent");
    assert_eq!(again.merge(a).expect("same café").total(), 0, "idempotent");
    ab
}

#[test]
fn an_erased_sign_in_never_gets_its_name_back_whatever_the_edit_times() {
    let mut base = example();
    let ana = crate::attendance::person("Ana Díaz", cafe_host::model::Role::Parent, Some(1));
    let id = ana.id;
    assert!(base.apply(Command::Record(R::CheckIn(Box::new(ana.clone()))), t(1)));
    let mut a = LiveState::new(base.session.clone());
    let mut b = LiveState::new(base.session);
    assert!(a.apply(Command::Record(R::EraseAttendee { id }), t(5)));
    // Laptop B, not knowing, corrects her name and table later.
    let mut edited = ana;
    edited.name = "Ana María Díaz".into();
    edited.table = Some(2);
    assert!(b.apply(Command::Record(R::EditAttendee(Box::new(edited))), t(9)));
    let merged = both_ways(&a.session, &b.session);
    let person = merged
        .attendees
        .iter()
        .find(|p| p.id == id)
        .expect("still counted");
    assert!(person.erased, "erasure wins");
    assert!(
        person.name.is_empty() && person.contact.is_none(),
        "{person:?}"
    );
    assert_eq!(person.table, Some(2), "the newer counts are kept");
}

#[test]
fn a_deleted_note_stays_deleted_but_an_undo_brings_it_back() {
    let mut base = example();
    let id = note(&mut base, 0, "said at table 1", 1);
    let mut a = LiveState::new(base.session.clone());
    let mut b = LiveState::new(base.session);
    assert!(a.apply(Command::Record(R::DeleteNote { id }), t(7)));
    // Laptop B, not knowing, edits the note later: the deletion still stands.
    assert!(b.apply(
        Command::Record(R::EditNote {
            id,
            text: "said at table 1, and more".into(),
            table: None,
        }),
        t(9),
    ));
    let merged = both_ways(&a.session, &b.session);
    let found = merged
        .notes
        .iter()
        .find(|n| n.id == id)
        .expect("kept as marker");
    assert!(
        found.deleted,
        "an edit elsewhere does not undelete: {found:?}"
    );

    // Laptop A undoes the deletion later: that explicit restore wins over the deletion
    // that laptop C got from A before the undo.
    let c = LiveState::new(a.session.clone());
    assert!(a.apply(Command::Undo, t(10)));
    let merged = both_ways(&a.session, &c.session);
    let found = merged.notes.iter().find(|n| n.id == id).expect("kept");
    assert!(!found.deleted, "the undo wins: {found:?}");
    assert_eq!(found.text, "said at table 1");
}

/// The example café with `count` notes of a megabyte each, written to `dir/name`.
fn big_copy(dir: &Path, name: &str, count: usize) -> std::path::PathBuf {
    let mut copy = load_session(&crate::common::example_session_source())
        .expect("example")
        .session;
    let table = copy.tables[2].id;
    let words = "x".repeat(1024 * 1024);
    for i in 0..count {
        copy.notes.push(crate::common::plain_note(
            table,
            &format!("{name} {i} {words}"),
        ));
    }
    write(dir, name, &copy)
}

#[test]
fn importing_notes_in_the_app_never_makes_a_cafe_too_big_to_open() {
    use cafe_host::ui::Request;
    let data = tempfile::tempdir().expect("data");
    let clock = crate::common::TestClock::new();
    let file = crate::common::example_session(data.path());
    let first = big_copy(data.path(), "first.ron", 33);
    let second = big_copy(data.path(), "second.ron", 33);
    let mut h = crate::common::harness(data.path(), Some(file.clone()), &clock);
    h.state_mut().run(Request::Import(first));
    h.run();
    assert!(h.state_mut().flush(std::time::Duration::from_secs(30)));
    let notes_before = h.state().live().expect("open").session.notes.len();
    h.state_mut().run(Request::Import(second));
    h.run();
    let said = h.state().notices().join("\n");
    assert!(
        said.contains("Not imported") && said.contains("more than Café Host can open"),
        "{said}"
    );
    assert_eq!(
        h.state().live().expect("open").session.notes.len(),
        notes_before,
        "nothing was brought in"
    );
    assert!(h.state_mut().flush(std::time::Duration::from_secs(30)));
    let size = std::fs::metadata(&file).expect("saved").len();
    assert!(size <= cafe_host::store::format::MAX_FILE_BYTES, "{size}");
    assert!(load_session(&file).is_ok(), "the café still opens");
}
