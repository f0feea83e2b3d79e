use std::sync::Arc;
use std::time::Duration;

use chrono::{TimeZone, Utc};

use super::*;
use crate::live::{Command, RecordCommand};
use crate::store::lock::lock_path;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 18, 30, 0)
        .single()
        .unwrap_or_default()
}

fn quiet() -> Notify {
    Arc::new(|| {})
}

fn guide() -> Guide {
    let (_, text) = crate::store::catalog::BUNDLED_GUIDES[0];
    crate::store::format::parse_guide(Path::new("g.ron"), text).expect("bundled guide")
}

fn details() -> SessionDetails {
    SessionDetails {
        title: "Test café".into(),
        date: now().date_naive(),
        venue: String::new(),
        facilitator: String::new(),
        tables: 3,
        series: String::new(),
    }
}

fn started(dir: &Path) -> OpenCafe {
    let data = DataDir::new(dir);
    let (cafe, notices) =
        OpenCafe::start(&data, guide(), details(), now(), quiet()).expect("start");
    assert!(notices.is_empty(), "{notices:?}");
    cafe
}

fn add_note(cafe: &mut OpenCafe, text: &str) {
    let table = cafe.live().session.tables[0].id;
    cafe.apply(
        Command::Record(RecordCommand::AddNote {
            id: uuid::Uuid::new_v4(),
            table,
            text: text.into(),
            tags: Vec::new(),
            at: None,
        }),
        now(),
    )
    .expect("writable");
}

#[test]
fn a_clean_close_saves_releases_the_lock_and_the_next_open_reports_no_crash() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut cafe = started(dir.path());
    add_note(&mut cafe, "reading together at bedtime");
    let path = cafe.path().to_owned();
    assert!(lock_path(&path).exists(), "held while open");
    cafe.close(Duration::from_secs(5))
        .map_err(|(_, e)| e)
        .expect("close");
    assert!(
        !lock_path(&path).exists(),
        "a clean close leaves no lock file"
    );
    assert_eq!(
        last_open(&DataDir::new(dir.path())).as_deref(),
        Some(path.as_path()),
        "quitting mid-café resumes it at the next start"
    );
    forget_last_open(&DataDir::new(dir.path())).expect("forget");
    assert!(last_open(&DataDir::new(dir.path())).is_none());
    let saved = crate::store::load_session(&path).expect("saved");
    assert_eq!(saved.session.notes.len(), 1);
    let (again, notices) =
        OpenCafe::open(&DataDir::new(dir.path()), &path, quiet()).expect("reopen");
    assert!(again.read_only().is_none());
    assert!(
        notices
            .iter()
            .all(|n| !matches!(n, OpenNotice::NotClosedProperly { .. })),
        "{notices:?}"
    );
}

#[test]
fn a_second_copy_is_read_only_and_refuses_every_change_in_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut first = started(dir.path());
    add_note(&mut first, "first laptop");
    first.flush(Duration::from_secs(5)).expect("saved");
    let path = first.path().to_owned();
    let (mut second, notices) =
        OpenCafe::open(&DataDir::new(dir.path()), &path, quiet()).expect("open");
    let reason = second.read_only().expect("read-only").to_owned();
    assert!(
        matches!(reason, ReadOnlyWhy::Locked(Blocked::Running(_))),
        "{reason}"
    );
    assert!(reason.to_string().contains("open in"), "{reason}");
    assert!(
        notices.contains(&OpenNotice::ReadOnly(reason.clone())),
        "{notices:?}"
    );
    let table = second.live().session.tables[0].id;
    let refused = second.apply(
        Command::Record(RecordCommand::AddNote {
            id: uuid::Uuid::new_v4(),
            table,
            text: "typed in the wrong window".into(),
            tags: Vec::new(),
            at: None,
        }),
        now(),
    );
    let refused = refused.expect_err("refused");
    assert!(refused.to_string().starts_with("Nothing was changed"));
    assert_eq!(second.live().session.notes.len(), 1, "not shown either");
    assert!(second.apply(Command::Next, now()).is_err());
    // What only the projector shows is not an edit.
    assert!(second.apply(Command::ToggleFreeze, now()).is_ok());
    assert!(second.import(&path).is_err());
}

#[test]
fn an_unusable_lock_opens_read_only_with_the_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cafe = started(dir.path());
    let path = cafe.path().to_owned();
    cafe.close(Duration::from_secs(5))
        .map_err(|(_, e)| e)
        .expect("close");
    std::fs::create_dir(lock_path(&path)).expect("a folder where the lock goes");
    let (cafe, _) = OpenCafe::open(&DataDir::new(dir.path()), &path, quiet()).expect("open");
    let reason = cafe.read_only().expect("read-only without a lock");
    assert!(
        matches!(reason, ReadOnlyWhy::Locked(Blocked::Unusable(_))),
        "{reason}"
    );
}

#[test]
fn import_and_merge_share_one_rule_and_refuse_another_cafe() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ours = started(dir.path());
    ours.flush(Duration::from_secs(5)).expect("saved");
    let other_path = dir.path().join("other-laptop.ron");
    let mut theirs = ours.live().session.clone();
    let table = theirs.tables[1].id;
    let mut live = crate::live::LiveState::new(theirs.clone());
    live.apply(
        Command::Record(RecordCommand::AddNote {
            id: uuid::Uuid::new_v4(),
            table,
            text: "from the other laptop".into(),
            tags: Vec::new(),
            at: None,
        }),
        now(),
    );
    theirs = live.session;
    std::fs::write(&other_path, crate::store::to_ron(&theirs).expect("ron")).expect("write");
    let report = ours.import(&other_path).expect("imported");
    assert_eq!((report.notes, report.total()), (1, 1));
    assert_eq!(ours.live().session.notes.len(), 1);
    assert_eq!(ours.import(&other_path).expect("again").total(), 0);
    assert!(ours.import(ours.path().to_owned().as_path()).is_err());

    let mut stranger = theirs.clone();
    stranger.id = uuid::Uuid::new_v4();
    let stranger_path = dir.path().join("stranger.ron");
    std::fs::write(
        &stranger_path,
        crate::store::to_ron(&stranger).expect("ron"),
    )
    .expect("write");
    let refused = ours.import(&stranger_path).expect_err("different café");
    assert!(
        matches!(refused, super::ImportError::Different(_)),
        "{refused:?}"
    );
}

#[test]
fn drafts_come_back_after_the_cafe_is_dropped_without_closing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut cafe = started(dir.path());
    let table = cafe.live().session.tables[0].id;
    let mut drafts = Drafts::new();
    drafts.insert(table, Draft::new("half a thought", None));
    assert!(cafe.keep_drafts(&drafts, true).is_none());
    cafe.flush(Duration::from_secs(5)).expect("flushed");
    let path = cafe.path().to_owned();
    drop(cafe);
    let (again, notices) =
        OpenCafe::open(&DataDir::new(dir.path()), &path, quiet()).expect("reopen");
    assert_eq!(
        again.kept_drafts().get(&table).map(|d| d.text.as_str()),
        Some("half a thought")
    );
    assert!(
        notices.contains(&OpenNotice::DraftsBack { count: 1 }),
        "{notices:?}"
    );
    assert!(
        notices
            .iter()
            .any(|n| matches!(n, OpenNotice::NotClosedProperly { .. })),
        "dropping without closing is what a crash leaves: {notices:?}"
    );
}

#[test]
fn a_cafe_that_cannot_be_saved_stays_open_on_close_and_can_be_saved_elsewhere() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path().join("data"));
    let (mut cafe, _) = OpenCafe::start(&data, guide(), details(), now(), quiet()).expect("start");
    // The sessions folder turns into a file: nothing can be written there any more.
    std::fs::remove_dir_all(data.sessions()).expect("remove");
    std::fs::write(data.sessions(), b"not a folder").expect("write");
    add_note(&mut cafe, "must not be lost");
    let (cafe, error) = cafe
        .close(Duration::from_millis(300))
        .expect_err("not closed");
    assert!(
        matches!(
            error,
            Unsaved::Retrying {
                error: Some(SaveError::Write(_)),
                ..
            }
        ),
        "{error}"
    );
    assert!(!cafe.all_saved());
    let elsewhere = dir.path().join("copy.ron");
    cafe.save_copy_as(&elsewhere).expect("copy");
    let copy = crate::store::load_session(&elsewhere).expect("readable copy");
    assert_eq!(copy.session.notes[0].text, "must not be lost");
    cafe.abandon();
}

#[test]
fn starting_in_a_data_folder_that_is_a_file_is_refused_in_plain_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("data");
    std::fs::write(&file, b"oops").expect("write");
    let refused = OpenCafe::start(&DataDir::new(&file), guide(), details(), now(), quiet())
        .map(|_| ())
        .expect_err("refused");
    assert!(
        matches!(&refused, OpenError::Folder { folder, .. } if folder.starts_with(&file)),
        "{refused:?}"
    );
}

#[test]
fn a_cafe_just_started_is_on_disk_before_its_first_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cafe = started(dir.path());
    let path = cafe.path().to_owned();
    // No change at all, no flush: the saver alone puts the café on disk, at once.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while !cafe.all_saved() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        cafe.all_saved(),
        "the top bar would say \"Saving…\" forever"
    );
    assert!(cafe.save_status().saved_at.is_some());
    // Killed now (nothing more runs: no close, no flush), the café is there with its details.
    std::mem::forget(cafe);
    let saved = crate::store::load_session(&path).expect("on disk").session;
    assert_eq!(saved.details, details());
}
