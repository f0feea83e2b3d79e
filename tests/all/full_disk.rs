//! A disk that fills up in the middle of the evening: every save fails with the system's "no
//! space left on device" (ENOSPC), the save-failure bar says so in plain words in the person's
//! language, nothing typed is lost, and all of it is saved once the disk has room again.

use std::io;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use cafe_host::i18n::{Lang, tr, tr_args};
use cafe_host::store::disk::{Disk, DiskFile, RealDisk, use_for_this_thread};
use egui_kittest::kittest::Queryable;

use crate::common::{TestClock, harness, labels, spanish};

/// The real disk, until it is full: then every write answers as Linux does when no block is
/// left (`ENOSPC`, error 28) — every write, or only those to files whose name holds `only`.
#[derive(Clone, Default)]
struct FillingDisk {
    full: Arc<AtomicBool>,
    only: Option<&'static str>,
}

impl FillingDisk {
    fn is_full_for(&self, path: &Path) -> bool {
        self.full.load(Ordering::SeqCst)
            && self.only.is_none_or(|only| {
                path.file_name()
                    .is_some_and(|n| n.to_string_lossy().contains(only))
            })
    }
}

/// What Linux answers a write on a full disk.
fn no_space() -> io::Error {
    io::Error::from_raw_os_error(28)
}

struct FillingFile {
    file: Box<dyn DiskFile>,
    full: bool,
}

impl DiskFile for FillingFile {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        if self.full {
            return Err(no_space());
        }
        self.file.write_all(bytes)
    }

    fn sync(&mut self) -> io::Result<()> {
        self.file.sync()
    }
}

impl Disk for FillingDisk {
    fn create(&self, path: &Path) -> io::Result<Box<dyn DiskFile>> {
        let file = RealDisk.create(path)?;
        Ok(Box::new(FillingFile {
            file,
            full: self.is_full_for(path),
        }))
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        RealDisk.rename(from, to)
    }

    fn hard_link(&self, original: &Path, link: &Path) -> io::Result<()> {
        RealDisk.hard_link(original, link)
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        RealDisk.remove_file(path)
    }

    fn create_dir(&self, path: &Path) -> io::Result<()> {
        if self.is_full_for(path) {
            return Err(no_space());
        }
        RealDisk.create_dir(path)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        RealDisk.sync_dir(dir)
    }
}

/// Step the app until `done` holds; fail after `within`.
fn until(
    h: &mut egui_kittest::Harness<'_, cafe_host::ui::CafeApp>,
    within: Duration,
    what: &str,
    mut done: impl FnMut(&egui_kittest::Harness<'_, cafe_host::ui::CafeApp>) -> bool,
) {
    let deadline = Instant::now() + within;
    while !done(h) {
        assert!(Instant::now() < deadline, "{what}: {:?}", labels(h));
        h.run();
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_full_disk_is_told_in_spanish_and_loses_nothing_typed() {
    let disk = FillingDisk::default();
    let _disk = use_for_this_thread(Arc::new(disk.clone()));
    let data = tempfile::tempdir().expect("temp dir");
    spanish(data.path());
    let path = crate::common::example_session(data.path());
    let clock = TestClock::new();
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    let (en, es) = (Lang::default(), Lang::from_code("es").expect("Spanish"));
    assert_eq!(h.state().language(), es);
    h.key_press(egui::Key::F3);
    h.run();
    let note_box = tr(es, "tables-note-box");

    disk.full.store(true, Ordering::SeqCst);
    // One note added, and one still being typed when the disk is full.
    h.get_by_label(&note_box).focus();
    h.run();
    h.get_by_label(&note_box)
        .type_text("Anotada con el disco lleno");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label(&note_box).type_text("A medio escribir");
    h.run();

    let full = tr_args(
        es,
        "save-error-write",
        &[("cause", tr(es, "save-cause-full").into())],
    );
    until(
        &mut h,
        Duration::from_secs(10),
        "the save-failure bar",
        |h| labels(h).iter().any(|l| l.contains(&full)),
    );
    let shown = labels(&h);
    for english in [
        tr(en, "save-cause-full"),
        "Not saved".to_owned(),
        "No space left on device".to_owned(),
        "os error".to_owned(),
    ] {
        let left: Vec<&String> = shown.iter().filter(|l| l.contains(&english)).collect();
        assert!(
            left.is_empty(),
            "English or the system's words left: {left:?}"
        );
    }
    let on_disk = std::fs::read_to_string(&path).expect("the café's file");
    assert!(
        !on_disk.contains("Anotada con el disco lleno"),
        "the disk is full: nothing new reached the file"
    );
    assert!(
        h.state()
            .live()
            .expect("open")
            .session
            .notes
            .iter()
            .any(|n| n.text == "Anotada con el disco lleno"),
        "the note is kept in the app"
    );
    assert!(
        shown.iter().any(|l| l == "A medio escribir"),
        "the half-typed note is still in its box: {shown:?}"
    );

    // Room again: the next try saves the note and the half-typed one, and the bar goes.
    disk.full.store(false, Ordering::SeqCst);
    let retried = cafe_host::store::saver::RETRY_AFTER * 4;
    until(&mut h, retried, "saved once the disk has room", |_| {
        std::fs::read_to_string(&path).is_ok_and(|t| t.contains("Anotada con el disco lleno"))
    });
    let id = h.state().live().expect("open").session.id;
    let drafts = cafe_host::store::drafts::path(&data.path().join("drafts"), id, &path);
    until(&mut h, retried, "the half-typed note on disk", |_| {
        cafe_host::store::drafts::load(&drafts)
            .values()
            .any(|d| d.text == "A medio escribir")
    });
    until(&mut h, retried, "the bar gone", |h| {
        !labels(h).iter().any(|l| l.contains(&full))
    });
    assert!(cafe_host::store::load_session(&path).is_ok());
}

#[test]
fn a_cafe_that_cannot_be_remembered_for_the_next_start_is_told_in_spanish() {
    let disk = FillingDisk {
        only: Some("last-open-session"),
        ..FillingDisk::default()
    };
    disk.full.store(true, Ordering::SeqCst);
    let _disk = use_for_this_thread(Arc::new(disk));
    let data = tempfile::tempdir().expect("temp dir");
    spanish(data.path());
    let path = crate::common::example_session(data.path());
    let clock = TestClock::new();
    let h = harness(data.path(), Some(path), &clock);
    let es = Lang::from_code("es").expect("Spanish");
    let file = data.path().join("last-open-session.txt");
    let spanish = tr_args(
        es,
        "notice-not-remembered",
        &[
            ("file", file.display().to_string().into()),
            ("cause", tr(es, "save-cause-full").into()),
        ],
    );
    let said = h.state().notices().join(" | ");
    assert!(said.contains(&spanish), "no \"{spanish}\" in {said}");
    for english in ["will not reopen", "the disk is full", "os error"] {
        assert!(!said.contains(english), "English left: {said}");
    }
}
