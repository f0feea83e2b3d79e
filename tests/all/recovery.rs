//! When a café cannot be saved to its file, its newest state is kept in a recovery copy,
//! and the next start offers it back; nothing is deleted before the user chooses.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use cafe_host::model::Step;
use cafe_host::store::atomic::write_atomic;
use cafe_host::store::lock::{SessionLock, lock_path};
use cafe_host::store::recovery::Why;
use cafe_host::store::saver::SaveStatus;
use cafe_host::store::{load_session, to_ron};
use cafe_host::ui::CafeApp;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{TestClock, add_note, example_session_source, harness, plain_note};

/// Open the example from a folder that then disappears (an unplugged stick), move two steps on,
/// and stop the app without it ever saving to its file. Returns the session file's path.
fn café_left_in_a_recovery_copy(data: &Path, stick: &Path, clock: &TestClock) -> PathBuf {
    std::fs::create_dir_all(stick).expect("stick");
    let file = stick.join(example_session_source().file_name().expect("name"));
    std::fs::copy(example_session_source(), &file).expect("copy");
    let mut h = harness(data, Some(file.clone()), clock);
    assert_eq!(current(&h), Step::Question(1));
    std::fs::remove_dir_all(stick).expect("unplug");
    h.key_press(Key::PageDown);
    h.key_press(Key::PageDown);
    h.run();
    let deadline = Instant::now() + Duration::from_secs(5);
    while h.state().save_status().and_then(|s| s.error).is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run();
    h.get_by_label_contains("Not saved:");
    assert_eq!(current(&h), Step::Question(3));
    drop(h);
    // The stick comes back with the old version on it.
    std::fs::create_dir_all(stick).expect("stick back");
    std::fs::copy(example_session_source(), &file).expect("old copy");
    file
}

fn current(h: &Harness<'_, CafeApp>) -> Step {
    h.state().live().expect("a café is open").session.current
}

#[test]
fn recover_the_newer_copy_saves_it_to_the_file() {
    let data = tempfile::tempdir().expect("data");
    let stick = tempfile::tempdir().expect("stick");
    let clock = TestClock::new();
    let file = café_left_in_a_recovery_copy(data.path(), &stick.path().join("usb"), &clock);

    let mut h = harness(data.path(), None, &clock);
    assert!(
        h.state().live().is_none(),
        "nothing opens before the choice"
    );
    h.get_by_label_contains("A newer copy of");
    h.get_by_label("Recover the newer copy").click();
    h.run();
    assert_eq!(current(&h), Step::Question(3));
    assert_eq!(
        load_session(&file).expect("loads").session.current,
        Step::Question(3)
    );
    assert!(h.state().recoveries().is_empty());
    let left: Vec<_> = std::fs::read_dir(data.path().join("recovery"))
        .expect("recovery folder")
        .filter_map(Result::ok)
        .collect();
    assert!(left.is_empty(), "the copy is let go once saved: {left:?}");
}

#[test]
fn the_copy_is_kept_until_the_user_chooses() {
    let data = tempfile::tempdir().expect("data");
    let stick = tempfile::tempdir().expect("stick");
    let clock = TestClock::new();
    let file = café_left_in_a_recovery_copy(data.path(), &stick.path().join("usb"), &clock);

    // Starting twice without choosing keeps the offer.
    drop(harness(data.path(), None, &clock));
    let mut h = harness(data.path(), None, &clock);
    assert_eq!(h.state().recoveries().len(), 1);

    h.get_by_label("Look at the copy read-only").click();
    h.run();
    assert_eq!(current(&h), Step::Question(3));
    assert!(h.state().read_only_reason().is_some());
    assert_eq!(
        load_session(&file).expect("loads").session.current,
        Step::Question(1)
    );
    assert!(
        h.state()
            .notices()
            .iter()
            .any(|n| n.starts_with("Opened read-only: this is the recovery copy"))
    );
    h.get_by_label("Home").click();
    h.run();
    assert!(
        h.state()
            .notices()
            .iter()
            .all(|n| !n.contains("Opened read-only")),
        "what opening the copy said goes with it: {:?}",
        h.state().notices()
    );

    h.get_by_label("Open the last saved version").click();
    h.run();
    assert_eq!(current(&h), Step::Question(1));
    assert!(h.state().read_only_reason().is_none());
    assert!(h.state().recoveries().is_empty());
}

/// Wait (a few seconds at most) until the open café's saver says `what`.
pub fn wait_for_status(h: &mut Harness<'_, CafeApp>, what: impl Fn(&SaveStatus) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !h.state().save_status().is_some_and(|s| what(&s)) {
        assert!(Instant::now() < deadline, "{:?}", h.state().save_status());
        std::thread::sleep(Duration::from_millis(20));
        h.run();
    }
}

#[test]
fn recovering_after_a_lost_lock_keeps_the_notes_the_other_copy_wrote() {
    let data = tempfile::tempdir().expect("data");
    let clock = TestClock::new();
    let file = crate::common::example_session(data.path());
    let mut h = harness(data.path(), Some(file.clone()), &clock);
    h.key_press(Key::F3);
    h.run();
    add_note(&mut h, "saved before the lock went");
    wait_for_status(&mut h, |s| {
        s.error.is_none() && s.saved_revision.is_some_and(|r| r > 0)
    });
    // The lock is deleted and another copy takes the café and writes two notes of its own.
    std::fs::remove_file(lock_path(&file)).expect("delete the lock");
    let other = SessionLock::acquire(&file).expect("the other copy locks it");
    let mut theirs = load_session(&file).expect("loads").session;
    let table = theirs.tables[1].id;
    for text in ["other copy one", "other copy two"] {
        theirs.notes.push(plain_note(table, text));
    }
    write_atomic(&file, to_ron(&theirs).expect("text").as_bytes()).expect("write");
    other.release();
    // This copy goes on: its note reaches only its recovery copy.
    add_note(&mut h, "typed after the lock went");
    wait_for_status(&mut h, |s| s.stopped);
    drop(h);

    let mut h = harness(data.path(), None, &clock);
    assert_eq!(h.state().recoveries().len(), 1);
    assert_eq!(
        h.state().recoveries()[0].why,
        Why::ChangedElsewhere { changes: 2 }
    );
    h.get_by_label_contains("also holds 2 changes made by another copy");
    h.get_by_label("Recover the newer copy").click();
    h.run();
    let notes: Vec<String> = load_session(&file)
        .expect("loads")
        .session
        .live_notes()
        .map(|n| n.text.clone())
        .collect();
    for text in [
        "saved before the lock went",
        "typed after the lock went",
        "other copy one",
        "other copy two",
    ] {
        assert!(notes.iter().any(|n| n == text), "{text} is kept: {notes:?}");
    }
    assert!(h.state().recoveries().is_empty());
    h.get_by_label_contains("also held 2 changes this copy did not have");
}

#[test]
fn an_unplugged_folder_is_said_as_it_is_and_saving_goes_on_when_it_is_back() {
    let mut c = crate::common::OnAStick::open();
    let file = c.file();
    // The stick is pulled out (its folder goes, the lock with it) and put back.
    c.pull_out();
    add_note(&mut c.h, "typed while the stick was out");
    wait_for_status(&mut c.h, |s| s.error.is_some());
    let status = c.h.state().save_status().expect("open");
    let error = status
        .error
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(!status.stopped, "saving has not stopped for good: {error}");
    assert!(
        error.contains("missing") && !error.contains("another copy"),
        "{error}"
    );
    c.put_back();
    wait_for_status(&mut c.h, |s| s.error.is_none() && !s.stopped);
    assert!(c.h.state_mut().flush(Duration::from_secs(10)));
    let notes: Vec<String> = load_session(&file)
        .expect("loads")
        .session
        .live_notes()
        .map(|n| n.text.clone())
        .collect();
    assert!(
        notes.iter().any(|n| n == "typed while the stick was out"),
        "{notes:?}"
    );
    // Saving goes on as before.
    add_note(&mut c.h, "after it came back");
    assert!(c.h.state_mut().flush(Duration::from_secs(10)));
    assert!(
        load_session(&file)
            .expect("loads")
            .session
            .live_notes()
            .any(|n| n.text == "after it came back")
    );
}

#[test]
fn a_folder_back_with_a_file_this_copy_did_not_write_stops_saving_to_it() {
    let c = crate::common::OnAStick::open();
    let (stick, file, mut h) = (c.stick(), c.file(), c.h);
    add_note(&mut h, "saved first");
    assert!(h.state_mut().flush(Duration::from_secs(10)));
    let saved = std::fs::read(&file).expect("read");
    // The folder goes, and comes back holding the café as saved but no lock.
    std::fs::remove_dir_all(&stick).expect("gone");
    add_note(&mut h, "typed while away");
    wait_for_status(&mut h, |s| s.error.is_some());
    std::fs::create_dir(&stick).expect("back");
    std::fs::write(&file, &saved).expect("as it was");
    // Its modification time is new: the file is not the one this copy wrote, so another copy
    // may have written it; saving to it stops and the newest work waits in the recovery copy.
    wait_for_status(&mut h, |s| s.stopped);
    let error = h
        .state()
        .save_status()
        .and_then(|s| s.error)
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(error.contains("while its folder was away"), "{error}");
}

#[test]
fn a_cafe_opened_by_a_relative_path_is_resumed_from_any_folder() {
    use cafe_host::session::{OpenCafe, last_open};
    let dir = tempfile::tempdir().expect("temp dir");
    let data = cafe_host::store::DataDir::new(dir.path());
    let file = crate::common::example_session(dir.path());
    let relative = crate::common::relative_to_here(&file);
    assert!(relative.is_relative() && relative.is_file());
    let (cafe, _) = OpenCafe::open(&data, &relative, std::sync::Arc::new(|| {})).expect("opens");
    // The app stops without closing (a crash): the next start resumes the café.
    drop(cafe);
    let resumed = last_open(&data).expect("resumed");
    assert!(resumed.is_absolute(), "{}", resumed.display());
    assert_eq!(
        resumed.canonicalize().expect("there"),
        file.canonicalize().expect("there")
    );
}

#[cfg(unix)]
#[test]
fn a_cafe_in_a_folder_whose_name_is_not_utf8_is_resumed_and_recovered() {
    use std::os::unix::ffi::OsStrExt;

    use cafe_host::session::{OpenCafe, last_open};
    use cafe_host::store::recovery;
    let dir = tempfile::tempdir().expect("temp dir");
    let data = cafe_host::store::DataDir::new(dir.path().join("data"));
    data.ensure().expect("data folder");
    // "cafés" in Latin-1, as an old USB stick may name it.
    let stick = dir.path().join(std::ffi::OsStr::from_bytes(b"caf\xe9s"));
    std::fs::create_dir_all(&stick).expect("folder");
    let file = stick.join("evening.ron");
    std::fs::copy(example_session_source(), &file).expect("copy");
    let (cafe, _) = OpenCafe::open(&data, &file, std::sync::Arc::new(|| {})).expect("opens");
    drop(cafe);
    assert_eq!(last_open(&data).as_deref(), Some(file.as_path()));

    let newer = std::fs::read_to_string(&file)
        .expect("read")
        .replace("current: Question(1)", "current: Question(2)");
    recovery::write_copy(&data.recovery(), &file, &newer).expect("copy kept");
    let offered = recovery::pending(&data.recovery());
    assert_eq!(offered.len(), 1);
    assert_eq!(offered[0].original, file, "the copy names its café exactly");
    assert_eq!(offered[0].why, Why::Older);
}
