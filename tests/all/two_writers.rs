//! Two copies of the app writing one café file, under every lock mishap: the lock deleted
//! while held, a garbage lock, a folder where the lock should be, a lock naming another
//! computer, and a stale lock of this computer. Each copy is a separate process using the
//! store as the app does (lock, then a saver guarded by the lock). No note either side was
//! told is saved may be lost, and a side that lost its lock stops writing the file.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use cafe_host::store::lock::{SessionLock, host_name, lock_path};
use cafe_host::store::recovery::copy_path;
use cafe_host::store::saver::Saver;
use cafe_host::store::{load_session, to_ron};

use crate::common::{example_session_source, plain_note};

const SESSION: &str = "CAFE_HOST_TEST_TWO_WRITERS_SESSION";
const RECOVERY: &str = "CAFE_HOST_TEST_TWO_WRITERS_RECOVERY";
const LABEL: &str = "CAFE_HOST_TEST_TWO_WRITERS_LABEL";
const NOTES: &str = "CAFE_HOST_TEST_TWO_WRITERS_NOTES";

/// Runs only as a child of the tests below: one copy of the app adding notes, one save each.
/// Prints (after `@@ `) `locked` or `refused: …`, then `saved TEXT` for every note confirmed on disk, and
/// `stopped: …` when saving stopped.
#[test]
fn two_writers_child() {
    let (Some(session), Some(recovery), Some(label)) = (
        std::env::var_os(SESSION),
        std::env::var_os(RECOVERY),
        std::env::var(LABEL).ok(),
    ) else {
        return;
    };
    let notes: usize = std::env::var(NOTES)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10);
    let path = PathBuf::from(session);
    let lock = match SessionLock::acquire(&path) {
        Ok(lock) => lock,
        Err(e) => {
            println!("@@ refused: {e}");
            return;
        }
    };
    println!("@@ locked");
    let mut session = load_session(&path).expect("child loads").session;
    let saver = Saver::with_recovery(Some(PathBuf::from(recovery)), || {});
    saver.set_guard(Some(lock.token()));
    let table = session.tables[0].id;
    for i in 0..notes {
        let text = format!("{label}-{i}");
        session.notes.push(plain_note(table, &text));
        let revision = i as u64 + 1;
        saver.save_session(
            path.clone(),
            revision,
            std::sync::Arc::new(session.clone()),
            false,
        );
        if saver.wait_for(revision, Duration::from_secs(10)) {
            println!("@@ saved {text}");
        } else {
            let status = saver.status();
            if status.stopped {
                let error = status.error.map(|e| e.to_string()).unwrap_or_default();
                println!("@@ stopped: {error}");
                break;
            }
            println!("@@ unsaved {text}: {:?}", status.error);
        }
        std::thread::sleep(Duration::from_millis(15));
    }
    drop(saver);
    lock.release();
    println!("@@ done");
}

/// One running copy and the lines it prints, collected as they come.
struct Writer {
    child: Child,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
}

impl Writer {
    fn start(path: &Path, recovery: &Path, label: &str, notes: usize) -> Self {
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .args([
                "two_writers::two_writers_child",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(SESSION, path)
            .env(RECOVERY, recovery)
            .env(LABEL, label)
            .env(NOTES, notes.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn child");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            // The test harness may print its own words before a line: keep only ours.
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let Some((_, ours)) = line.split_once("@@ ") else {
                    continue;
                };
                if tx.send(ours.to_owned()).is_err() {
                    return;
                }
            }
        });
        Self {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// Wait (at most 60 s) until a line satisfies `want`.
    fn wait_for(&mut self, want: impl Fn(&str) -> bool) -> bool {
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        loop {
            if self.seen.iter().any(|l| want(l)) {
                return true;
            }
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => self.seen.push(line),
                Err(_) => return false,
            }
        }
    }

    /// Wait for the child to end and return every line it printed.
    fn finish(mut self) -> Vec<String> {
        let ended = self.wait_for(|l| l == "done" || l.starts_with("refused"));
        if !ended {
            let _ = self.child.kill();
        }
        let status = self.child.wait().expect("reaped");
        assert!(ended && status.success(), "child failed: {:?}", self.seen);
        while let Ok(line) = self.lines.recv_timeout(Duration::from_millis(200)) {
            self.seen.push(line);
        }
        self.seen
    }
}

fn saved(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .filter_map(|l| l.strip_prefix("saved ").map(|t| t.trim().to_owned()))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Note texts in a session file (nothing when there is no such file).
fn notes_in(path: &Path) -> BTreeSet<String> {
    if !path.exists() {
        return BTreeSet::new();
    }
    load_session(path)
        .expect("every file written loads")
        .session
        .notes
        .iter()
        .map(|n| n.text.clone())
        .collect()
}

struct Setup {
    _dir: tempfile::TempDir,
    session: PathBuf,
    recovery_a: PathBuf,
    recovery_b: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = dir.path().join("cafe.ron");
    let text = to_ron(
        &load_session(&example_session_source())
            .expect("example")
            .session,
    )
    .expect("text");
    std::fs::write(&session, text).expect("write");
    Setup {
        recovery_a: dir.path().join("recovery-a"),
        recovery_b: dir.path().join("recovery-b"),
        session,
        _dir: dir,
    }
}

/// Every note a side was told is saved is in the file or in that side's recovery copy.
fn assert_nothing_lost(setup: &Setup, a: &[String], b: &[String]) {
    let file = notes_in(&setup.session);
    let copy_a = notes_in(&copy_path(&setup.recovery_a, &setup.session));
    let copy_b = notes_in(&copy_path(&setup.recovery_b, &setup.session));
    for note in saved(a) {
        assert!(
            file.contains(&note) || copy_a.contains(&note),
            "{note} was reported saved by A and is lost\nA: {a:?}\nB: {b:?}"
        );
    }
    for note in saved(b) {
        assert!(
            file.contains(&note) || copy_b.contains(&note),
            "{note} was reported saved by B and is lost\nA: {a:?}\nB: {b:?}"
        );
    }
}

#[test]
fn a_lock_deleted_while_held_stops_the_first_writer_and_loses_nothing() {
    let setup = setup();
    let mut a = Writer::start(&setup.session, &setup.recovery_a, "A", 400);
    assert!(a.wait_for(|l| l == "saved A-3"), "A saves: {:?}", a.seen);
    std::fs::remove_file(lock_path(&setup.session)).expect("delete the lock");
    let b = Writer::start(&setup.session, &setup.recovery_b, "B", 20);
    let b = b.finish();
    let a = a.finish();
    assert!(
        b.iter().any(|l| l == "locked"),
        "B took the new lock: {b:?}"
    );
    assert_eq!(saved(&b).len(), 20, "B saved every note: {b:?}");
    let stopped = a
        .iter()
        .find(|l| l.starts_with("stopped"))
        .unwrap_or_else(|| panic!("A never noticed it lost the lock: {a:?}"));
    assert!(stopped.contains("another copy"), "{stopped}");
    assert!(saved(&a).len() < 400, "A stopped writing: {a:?}");
    // After B's last save the file is B's: A wrote nothing more once its lock was gone.
    let file = notes_in(&setup.session);
    for i in 0..20 {
        assert!(file.contains(&format!("B-{i}")), "B-{i} is in the file");
    }
    assert_nothing_lost(&setup, &a, &b);
    // A's newest notes, never written to the file, wait in its recovery copy.
    let copy_a = notes_in(&copy_path(&setup.recovery_a, &setup.session));
    assert!(copy_a.len() > saved(&a).len(), "A's unsaved note is kept");
}

/// Both copies are refused by what sits in the lock's place, and the file is untouched.
fn both_refused(setup: &Setup, says: &str) {
    let before = std::fs::read(&setup.session).expect("read");
    let a = Writer::start(&setup.session, &setup.recovery_a, "A", 5);
    let b = Writer::start(&setup.session, &setup.recovery_b, "B", 5);
    let (a, b) = (a.finish(), b.finish());
    for side in [&a, &b] {
        let refused = side
            .iter()
            .find(|l| l.starts_with("refused"))
            .unwrap_or_else(|| panic!("a side wrote despite the lock: {side:?}"));
        assert!(refused.contains(says), "{refused}");
    }
    assert_eq!(std::fs::read(&setup.session).expect("read"), before);
    assert_nothing_lost(setup, &a, &b);
}

#[test]
fn a_garbage_lock_refuses_both_writers() {
    let setup = setup();
    std::fs::write(lock_path(&setup.session), b"\x7fELF\x00\x01 garbage").expect("write");
    both_refused(&setup, "unusable");
}

#[test]
fn a_folder_in_place_of_the_lock_refuses_both_writers() {
    let setup = setup();
    std::fs::create_dir(lock_path(&setup.session)).expect("dir");
    both_refused(&setup, "is a folder");
}

#[test]
fn a_lock_of_another_computer_refuses_both_writers() {
    let setup = setup();
    std::fs::write(
        lock_path(&setup.session),
        "host=LAPTOP-2\npid=4121\nsince=2026-11-25T19:04:00+00:00\n",
    )
    .expect("write");
    both_refused(&setup, "open on LAPTOP-2 since");
}

#[test]
fn a_stale_lock_of_this_computer_is_taken_by_one_writer_only() {
    let setup = setup();
    let mut gone = Command::new("true").spawn().expect("spawn");
    let gone_pid = gone.id();
    gone.wait().expect("reaped");
    std::fs::write(
        lock_path(&setup.session),
        format!("host={}\npid={gone_pid}\nsince=\n", host_name()),
    )
    .expect("write");
    let mut a = Writer::start(&setup.session, &setup.recovery_a, "A", 60);
    assert!(a.wait_for(|l| l == "locked"), "A takes the stale lock");
    let b = Writer::start(&setup.session, &setup.recovery_b, "B", 5).finish();
    let a = a.finish();
    assert!(
        b.iter()
            .any(|l| l.starts_with("refused") && l.contains("is open in")),
        "B is refused while A writes: {b:?}"
    );
    assert_eq!(saved(&a).len(), 60, "A saved every note: {a:?}");
    let file = notes_in(&setup.session);
    assert!((0..60).all(|i| file.contains(&format!("A-{i}"))));
    assert_nothing_lost(&setup, &a, &b);
}
