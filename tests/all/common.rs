//! Helpers shared by the integration tests: a controllable clock, temp data folders, harnesses.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

use cafe_host::model::Note;
use cafe_host::store::DataDir;
use cafe_host::ui::{AppOptions, CafeApp, Clock};
use chrono::{DateTime, Duration, TimeZone, Utc};
use egui_kittest::Harness;

/// A clock the test moves by hand.
#[derive(Clone)]
pub struct TestClock(Arc<Mutex<DateTime<Utc>>>);

impl TestClock {
    pub fn new() -> Self {
        let start = Utc
            .with_ymd_and_hms(2026, 11, 24, 18, 30, 0)
            .single()
            .expect("valid time");
        Self(Arc::new(Mutex::new(start)))
    }

    pub fn advance(&self, by: Duration) {
        *self.0.lock().expect("clock") += by;
    }

    pub fn clock(&self) -> Clock {
        let inner = Arc::clone(&self.0);
        Arc::new(move || *inner.lock().expect("clock"))
    }
}

/// The repository's example session, copied into a fresh data folder.
pub fn example_session(data: &Path) -> PathBuf {
    let sessions = data.join("sessions");
    std::fs::create_dir_all(&sessions).expect("sessions folder");
    let source = example_session_source();
    let target = sessions.join(source.file_name().expect("file name"));
    std::fs::copy(&source, &target).expect("copy example");
    target
}

pub fn harness(data: &Path, open: Option<PathBuf>, clock: &TestClock) -> Harness<'static, CafeApp> {
    harness_with_stop(data, open, clock).0
}

/// A harness and the flag the operating system's "please stop" sets.
pub fn harness_with_stop(
    data: &Path,
    open: Option<PathBuf>,
    clock: &TestClock,
) -> (Harness<'static, CafeApp>, Arc<AtomicBool>) {
    let stop = Arc::new(AtomicBool::new(false));
    let options = AppOptions {
        data: DataDir::new(data),
        open,
        projector: false,
        table: None,
        clock: clock.clock(),
        stop: Arc::clone(&stop),
        shared: None,
    };
    (build(options), stop)
}

/// The app in table mode for `table` of the café at `path`.
pub fn table_mode_harness(
    data: &Path,
    path: PathBuf,
    table: u32,
    clock: &TestClock,
) -> Harness<'static, CafeApp> {
    build(AppOptions {
        data: DataDir::new(data),
        open: Some(path),
        projector: false,
        table: Some(table),
        clock: clock.clock(),
        stop: Arc::default(),
        shared: None,
    })
}

/// The app in a window of `size` points.
pub fn harness_sized(
    data: &Path,
    open: Option<PathBuf>,
    clock: &TestClock,
    size: [f32; 2],
) -> Harness<'static, CafeApp> {
    harness_scaled(data, open, clock, size, 1.0)
}

/// The app in a window of `size` points on a screen that shows `pixels_per_point` pixels to
/// a point (1.25 at 125 %).
pub fn harness_scaled(
    data: &Path,
    open: Option<PathBuf>,
    clock: &TestClock,
    size: [f32; 2],
    pixels_per_point: f32,
) -> Harness<'static, CafeApp> {
    build_at(
        AppOptions {
            data: DataDir::new(data),
            open,
            projector: false,
            table: None,
            clock: clock.clock(),
            stop: Arc::default(),
            shared: None,
        },
        size,
        pixels_per_point,
    )
}

/// The app on Home with `data`, one frame drawn and no more (nothing waited for).
pub fn harness_first_frame(data: &Path, clock: &TestClock) -> Harness<'static, CafeApp> {
    let options = AppOptions {
        data: DataDir::new(data),
        open: None,
        projector: false,
        table: None,
        shared: None,
        clock: clock.clock(),
        stop: Arc::new(AtomicBool::new(false)),
    };
    let mut harness = Harness::builder()
        .with_size([1600.0, 900.0])
        .with_max_steps(24)
        .build_eframe(move |cc| CafeApp::new(&cc.egui_ctx, options));
    harness.step();
    harness
}

fn build(options: AppOptions) -> Harness<'static, CafeApp> {
    build_at(options, [1600.0, 900.0], 1.0)
}

fn build_at(
    options: AppOptions,
    size: [f32; 2],
    pixels_per_point: f32,
) -> Harness<'static, CafeApp> {
    // Every script a test shows is drawn from the repository's fonts, never the computer's
    // (a missing letter stops the test).
    bring_test_fonts(&options.data.root);
    let mut harness = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(pixels_per_point)
        // Each save finishing asks for one more frame (to show "Saved"), so allow a few extra steps.
        .with_max_steps(24)
        .build_eframe(move |cc| CafeApp::new(&cc.egui_ctx, options));
    harness.run();
    harness
}

/// The small fonts the tests bring (`tests/fonts`: Arabic, Hebrew, Chinese, Devanagari, Thai,
/// Ethiopic, Khmer and emoji, cut down to the letters the tests draw), so no test depends on
/// the fonts installed on the computer.
pub fn test_fonts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fonts")
}

/// Put the test fonts in `data`'s own fonts folder, where the app looks besides the system's.
pub fn bring_test_fonts(data: &Path) {
    let fonts = data.join("fonts");
    std::fs::create_dir_all(&fonts).expect("fonts folder");
    for entry in std::fs::read_dir(test_fonts()).expect("test fonts") {
        let from = entry.expect("entry").path();
        if let Some(name) = from.file_name() {
            std::fs::copy(&from, fonts.join(name)).expect("copy a font");
        }
    }
}

/// `path` written relative to the folder the tests run in.
pub fn relative_to_here(path: &Path) -> PathBuf {
    let here = std::env::current_dir().expect("current folder");
    let mut relative = PathBuf::new();
    for _ in here.components().skip(1) {
        relative.push("..");
    }
    relative.join(path.strip_prefix("/").unwrap_or(path))
}

/// The repository's example session file, read only: tests copy it before changing anything.
pub fn example_session_source() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions/2026-11-12_our-children-our-school_5e1f2a9c.ron")
}

/// A small, fast, seedable random source (xorshift64): enough to pick kill moments and
/// mutations, and every run can be repeated from its printed seed.
pub struct XorShift(u64);

impl XorShift {
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    /// A seed from the clock, so every run explores different moments.
    pub fn seed_from_time() -> u64 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0x9E37_79B9_7F4A_7C15, |d| d.as_nanos());
        (nanos as u64) ^ u64::from(std::process::id()).rotate_left(32)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
}

/// A plain note at table `table`, written now: for tests that build sessions without the app.
pub fn plain_note(table: uuid::Uuid, text: &str) -> Note {
    let now = Utc::now();
    Note {
        id: uuid::Uuid::new_v4(),
        table,
        question: None,
        round: 0,
        text: text.to_owned(),
        tags: std::collections::BTreeSet::new(),
        share: false,
        private: false,
        created: now,
        edited: now,
        deleted: false,
    }
}

/// Choose the interface language `code` on Home, the way a person does, and check it took.
pub fn choose_language_on_home(h: &mut Harness<'_, CafeApp>, code: &str) -> cafe_host::i18n::Lang {
    use egui_kittest::kittest::Queryable;
    let lang = cafe_host::i18n::Lang::from_code(code).expect("a language with a catalogue");
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label(&lang.name()).click();
    h.run();
    assert_eq!(h.state().language(), lang);
    lang
}

/// A laptop (the presenter's screen) and a projector, as the system lists them.
pub fn two_screens() -> Vec<cafe_host::ui::Monitor> {
    use cafe_host::ui::Monitor;
    vec![
        Monitor {
            name: "eDP-1".into(),
            width: 1366,
            height: 768,
            has_presenter: true,
            unnamed: None,
        },
        Monitor {
            name: "HDMI-1".into(),
            width: 1024,
            height: 768,
            has_presenter: false,
            unnamed: None,
        },
    ]
}

/// Choose Spanish for the app that opens on the data folder `data`.
pub fn spanish(data: &Path) {
    std::fs::write(
        data.join("preferences.ron"),
        "Preferences(language: Some(\"es\"))",
    )
    .expect("preferences");
}

/// The note box's label on the Tables page and in table mode (English).
pub const NOTE_BOX: &str = "New note (Enter adds it, Shift+Enter starts a new line)";

/// Type `text` into the note box and press Enter, as a note-taker does.
pub fn add_note(h: &mut Harness<'_, CafeApp>, text: &str) {
    use egui_kittest::kittest::Queryable;
    h.get_by_label(NOTE_BOX).focus();
    h.run();
    h.get_by_label(NOTE_BOX).type_text(text);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
}

/// Step the app until a label holding `text` shows (what is read in the background, such as
/// Home's recent cafés, comes in a moment after the first frame); fail after ten seconds.
pub fn wait_for_label(h: &mut Harness<'_, CafeApp>, text: &str) {
    use egui_kittest::kittest::Queryable;
    for _ in 0..500 {
        h.step();
        if h.query_all_by_label_contains(text).next().is_some() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("\"{text}\" never showed");
}

/// The window's close button (or the system asking the window to close), for the next frame.
pub fn push_close(h: &mut Harness<'_, CafeApp>) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
}

/// A café opened from a stick: the example copied to `places/usb/cafe.ron`, open on the
/// Tables page; the data folder, the folder of places, the app and its stop flag.
pub struct OnAStick {
    pub data: tempfile::TempDir,
    pub places: tempfile::TempDir,
    pub h: Harness<'static, CafeApp>,
    pub stop: Arc<AtomicBool>,
}

impl OnAStick {
    pub fn open() -> Self {
        use egui_kittest::kittest::Queryable as _;
        let data = tempfile::tempdir().expect("data");
        let places = tempfile::tempdir().expect("places");
        let stick = places.path().join("usb");
        std::fs::create_dir(&stick).expect("stick");
        let file = stick.join("cafe.ron");
        std::fs::copy(example_session_source(), &file).expect("copy");
        let (mut h, stop) = harness_with_stop(data.path(), Some(file), &TestClock::new());
        h.key_press(egui::Key::F3);
        h.run();
        assert!(h.query_by_label(NOTE_BOX).is_some(), "the Tables page");
        Self {
            data,
            places,
            h,
            stop,
        }
    }

    /// The stick's folder.
    pub fn stick(&self) -> PathBuf {
        self.places.path().join("usb")
    }

    /// The café's file on the stick.
    pub fn file(&self) -> PathBuf {
        self.stick().join("cafe.ron")
    }

    /// The stick is pulled out: its folder (and the café's lock in it) goes.
    pub fn pull_out(&self) {
        std::fs::rename(self.stick(), self.places.path().join("away")).expect("unplug");
    }

    /// The stick is put back as it was.
    pub fn put_back(&self) {
        std::fs::rename(self.places.path().join("away"), self.stick()).expect("plug in");
    }
}

/// Every label on screen: the names of widgets and their values (plain text and the choice
/// shown in a drop-down keep their words there).
pub fn labels<S>(h: &Harness<'_, S>) -> Vec<String> {
    use egui_kittest::kittest::{NodeT, Queryable};
    h.query_all(egui_kittest::kittest::by().predicate(|_| true))
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .collect()
}

/// The left and right edges of the page between the window's side panels, found by the panels'
/// resize handles: from the leftmost handle's right edge to the rightmost handle's left edge.
pub fn page_between_side_panels(h: &Harness<'_, CafeApp>) -> (f32, f32) {
    use egui_kittest::kittest::Queryable;
    let handles: Vec<egui::Rect> = h
        .query_all_by_label("Resize panel")
        .map(|n| n.rect())
        .collect();
    let left = handles
        .iter()
        .map(egui::Rect::right)
        .fold(f32::INFINITY, f32::min);
    let right = handles
        .iter()
        .map(egui::Rect::left)
        .fold(f32::NEG_INFINITY, f32::max);
    (left, right)
}
