//! Files that are not files, wherever the app reads one: a named pipe (which never answers) or
//! a link to `/dev/zero` (which never ends) as the preferences, the review index, the café last
//! open, half-typed notes, a recovery copy or the file it names, a guide or a session. Every
//! file is looked at before it is opened, so the window opens, the library finishes, the café
//! opens, and the person is told in words.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use cafe_host::session::OpenCafe;
use cafe_host::store::{DataDir, recovery};
use egui_kittest::kittest::Queryable;

use crate::common::{TestClock, example_session, harness};

#[derive(Clone, Copy, Debug)]
enum Odd {
    Pipe,
    EndlessDevice,
}

fn make(path: &Path, odd: Odd) {
    std::fs::create_dir_all(path.parent().expect("folder")).expect("folder");
    match odd {
        Odd::Pipe => {
            let made = std::process::Command::new("mkfifo")
                .arg(path)
                .status()
                .expect("mkfifo");
            assert!(made.success(), "mkfifo {}", path.display());
        }
        Odd::EndlessDevice => std::os::unix::fs::symlink(endless_device(path), path).expect("link"),
    }
}

/// A device that never ends, like `/dev/zero`: a node of our own where the tests may make one
/// (as root), so that even a broken save replacing what a link points to cannot touch the
/// system's; `/dev/zero` itself otherwise (which only root could replace).
fn endless_device(beside: &Path) -> PathBuf {
    let mut name = beside.file_name().expect("name").to_os_string();
    name.push(".zero");
    let own = beside.with_file_name(name);
    let made = std::process::Command::new("mknod")
        .arg(&own)
        .args(["c", "1", "5"])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if made {
        own
    } else {
        PathBuf::from("/dev/zero")
    }
}

/// Panics unless `path` is still the odd thing it was made as: nothing was written over it.
fn still_odd(path: &Path) {
    use std::os::unix::fs::FileTypeExt;
    let kind = std::fs::metadata(path).expect("there").file_type();
    assert!(
        kind.is_fifo() || kind.is_char_device(),
        "{} was replaced",
        path.display()
    );
}

/// Run `f` on its own thread; fail when it has not finished within `limit` (it hung).
fn within(limit: Duration, what: &str, f: impl FnOnce() + Send + 'static) {
    let (tx, rx) = std::sync::mpsc::channel();
    let worker = std::thread::spawn(move || {
        f();
        let _ = tx.send(());
    });
    match rx.recv_timeout(limit) {
        Ok(()) => worker.join().expect("no panic"),
        // The thread panicked: show its panic.
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            if let Err(panic) = worker.join() {
                std::panic::resume_unwind(panic);
            }
        }
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
            panic!("{what} did not finish within {limit:?}: a file that never ends was read")
        }
    }
}

/// A data folder with the example café, and an odd file at every place the app reads one.
fn odd_data_folder(data: &Path, odd: Odd) -> (PathBuf, Vec<PathBuf>) {
    let cafe = example_session(data);
    let recovery = data.join("recovery");
    std::fs::create_dir_all(&recovery).expect("recovery");
    // A recovery copy that is a café, naming its file through an odd file.
    std::fs::copy(&cafe, recovery.join("copy.ron")).expect("copy");
    let places = [
        "preferences.ron",
        "last-open-session.txt",
        "index/cafes.bin",
        "index/people.bin",
        "index/search.bin",
        "drafts/5e1f2a9c7b3d4c1e9a2f0d6b8e4c3a17.ron",
        "recovery/copy.ron.from",
        "recovery/odd.ron",
        "guides/odd.ron",
        "sessions/odd.ron",
    ]
    .map(|place| data.join(place));
    for place in &places {
        make(place, odd);
    }
    (cafe, places.to_vec())
}

fn every_reader_copes_with(odd: Odd) {
    let data = tempfile::tempdir().expect("temp dir");
    let (cafe, places) = odd_data_folder(data.path(), odd);
    let root = data.path().to_owned();
    within(Duration::from_secs(60), "starting the app", move || {
        let clock = TestClock::new();
        let mut h = harness(&root, None, &clock);
        h.run();
        let notices = h.state().notices().join("\n");
        assert!(
            notices.contains("preferences.ron") && notices.contains("not a regular file"),
            "the preferences are said to be unreadable: {notices}"
        );
        assert!(h.state().recoveries().is_empty(), "nothing to offer");
        crate::common::wait_for_label(&mut h, "Our Children, Our School");

        // The library finishes, the odd session listed with its reason.
        h.key_press(egui::Key::F7);
        let mut listed = false;
        for _ in 0..500 {
            h.step();
            listed = h
                .query_all_by_label_contains("not a regular file")
                .next()
                .is_some()
                && h.query_all_by_label_contains("Our Children")
                    .next()
                    .is_some();
            if listed {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(listed, "the library finished reading");
        drop(h);

        // The café opens; its half-typed notes are said to be unreadable and set aside.
        let data = DataDir::new(&root);
        let (open, notices) = OpenCafe::open(&data, &cafe, Arc::new(|| {})).expect("opens");
        let notices: Vec<String> = notices.iter().map(ToString::to_string).collect();
        let notices = notices.join("\n");
        assert!(
            notices.contains("Half-typed notes") && notices.contains("not a regular file"),
            "{notices}"
        );
        open.close(Duration::from_secs(5))
            .map_err(|(_, e)| e)
            .expect("closed");
        assert!(recovery::pending(&data.recovery()).is_empty());
    });
    // Refused to be read, and never written over either (the review index, which is the
    // app's to rebuild, is replaced; the half-typed notes are set aside): above all, never
    // the device a link points to.
    for place in &places {
        let name = place.to_string_lossy();
        if !(name.contains("index") || name.contains("drafts")) {
            still_odd(place);
        }
        if let Ok(device) = std::fs::read_link(place) {
            still_odd(&device);
        }
    }
    if matches!(odd, Odd::EndlessDevice) {
        still_odd(Path::new("/dev/zero"));
    }
}

#[test]
fn every_file_the_app_reads_may_be_a_pipe() {
    every_reader_copes_with(Odd::Pipe);
}

#[test]
fn every_file_the_app_reads_may_be_a_link_to_dev_zero() {
    every_reader_copes_with(Odd::EndlessDevice);
}
