//! One writer per session: a second app is read-only and told who holds the café;
//! a killed holder never blocks anyone.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use cafe_host::store::load_session;
use cafe_host::store::lock::{Blocked, LockError, SessionLock};
use egui::Key;
use egui_kittest::kittest::Queryable;

use crate::common::{TestClock, example_session, harness};

const CHILD_ENV: &str = "CAFE_HOST_TEST_LOCK_HOLDER";

#[test]
fn a_second_app_on_the_same_café_is_read_only_and_says_who_holds_it() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let first = harness(data.path(), Some(path.clone()), &clock);
    assert!(first.state().read_only_reason().is_none());

    let mut second = harness(data.path(), Some(path.clone()), &clock);
    let reason = second.state().read_only_reason().expect("read-only");
    assert!(
        reason.contains(&format!("process {}", std::process::id())),
        "{reason}"
    );
    second.get_by_label_contains("Opened read-only");
    let before = std::fs::read(&path).expect("read");
    second.key_press(Key::PageDown);
    second.run();
    assert!(
        second
            .state_mut()
            .flush(std::time::Duration::from_millis(300))
    );
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the read-only copy never writes"
    );
    drop(second);

    // The first app goes away without closing the café, as a killed app would.
    drop(first);
    let mut third = harness(data.path(), Some(path.clone()), &clock);
    assert!(
        third.state().read_only_reason().is_none(),
        "the lock was freed"
    );
    third.get_by_label_contains("was not closed properly");
    third.key_press(Key::PageDown);
    third.run();
    assert!(third.state_mut().flush(std::time::Duration::from_secs(5)));
    assert_ne!(
        std::fs::read(&path).expect("read"),
        before,
        "the new holder saves"
    );
    assert!(load_session(&path).is_ok());
}

/// Runs only as a child of the test below: takes the lock, says so, and waits to be killed.
#[test]
fn lock_holder_child() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let _lock = SessionLock::acquire(std::path::Path::new(&path)).expect("child takes the lock");
    println!("locked");
    std::thread::sleep(std::time::Duration::from_secs(60));
}

#[test]
fn killing_the_holder_frees_the_lock() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = dir.path().join("s.ron");
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "lock::lock_holder_child",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, &session)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn child");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    assert!(
        lines.any(|l| l.is_ok_and(|l| l.trim_end().ends_with("locked"))),
        "the child took the lock"
    );
    match SessionLock::acquire(&session) {
        Err(LockError::Held(Blocked::Running(Some(holder)))) => assert_eq!(holder.pid, child.id()),
        other => panic!("expected the child to hold the lock, got {other:?}"),
    }
    child.kill().expect("kill -9");
    child.wait().expect("reaped");
    let lock = SessionLock::acquire(&session).expect("free after the kill");
    assert_eq!(
        lock.unclean.map(|h| h.pid),
        Some(child.id()),
        "the unclean stop is noticed"
    );
}
