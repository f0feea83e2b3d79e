//! The loaders against hostile files: cut off, corrupted, empty, binary, huge and deeply nested.
//! `load_session`, `load_guide` and `check_file` never panic (a panic fails the test), always
//! say what is wrong in words, and point at the line and column of a mistake in the text.

use std::fs;
use std::path::{Path, PathBuf};

use cafe_host::model::{Guide, Session};
use cafe_host::store::format::{FileError, schema_version_of};
use cafe_host::store::{check_file, load_guide, load_session};
use tempfile::TempDir;

use crate::common::{XorShift, example_session_source};

/// Every `STRIDE`-th prefix of each file is tried as a cut-off file.
const STRIDE: usize = 5;
/// Corrupted copies of the example session, and of each bundled guide.
const SESSION_MUTANTS: usize = 3000;
const GUIDE_MUTANTS: usize = 700;
/// Fixed, so a failure can be repeated exactly.
const MUTATION_SEED: u64 = 0x00C0_FFEE_CAFE_5EED;
/// Longest message we consider readable on screen.
const LONGEST_MESSAGE: usize = 600;

fn read(path: &Path) -> Vec<u8> {
    fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

fn guide_sources() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/guides");
    let mut guides: Vec<PathBuf> = fs::read_dir(dir)
        .expect("the bundled guides")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    guides.sort();
    assert!(!guides.is_empty(), "no bundled guides");
    guides
}

/// Which loader to try.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Loader {
    Session,
    Guide,
    Check,
}

const LOADERS: [Loader; 3] = [Loader::Session, Loader::Guide, Loader::Check];

/// What a loader said about one file.
#[derive(Debug)]
enum Answer {
    Loaded,
    Refused(FileError),
}

/// A scratch file that hostile bytes are written to, then loaded with every loader.
struct Probe {
    _dir: TempDir,
    path: PathBuf,
}

impl Probe {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("hostile.ron");
        Self { _dir: dir, path }
    }

    /// Write `bytes` and run `loader` on them, checking whatever error comes back.
    fn try_one(&self, loader: Loader, bytes: &[u8], what: &str) -> Answer {
        fs::write(&self.path, bytes).expect("write the probe file");
        self.load(loader, Some(bytes), what)
    }

    /// Every loader on `bytes`.
    fn try_all(&self, bytes: &[u8], what: &str) -> [Answer; 3] {
        fs::write(&self.path, bytes).expect("write the probe file");
        LOADERS.map(|loader| self.load(loader, Some(bytes), what))
    }

    /// Run `loader` on the file as it is; `bytes` are its contents when the test knows them.
    fn load(&self, loader: Loader, bytes: Option<&[u8]>, what: &str) -> Answer {
        let result = match loader {
            Loader::Session => load_session(&self.path).map(|_| ()),
            Loader::Guide => load_guide(&self.path).map(|_| ()),
            Loader::Check => check_file(&self.path).map(|_| ()),
        };
        match result {
            Ok(()) => Answer::Loaded,
            Err(e) => {
                check_error(&e, loader, bytes, &format!("{what}, {loader:?}"));
                Answer::Refused(e)
            }
        }
    }
}

/// A refusal must say what is wrong in words, and give the place of a mistake in the text:
/// an error without a place is only allowed when the text itself is well-formed (a rule of
/// the app was broken, or the file is from a newer version).
fn check_error(e: &FileError, loader: Loader, bytes: Option<&[u8]>, what: &str) {
    let message = e.message.trim();
    assert!(!message.is_empty(), "{what}: an empty message");
    assert!(
        message.chars().count() <= LONGEST_MESSAGE,
        "{what}: a message too long to read ({} characters): {message}",
        message.chars().count()
    );
    assert!(!message.contains("panicked"), "{what}: {message}");
    assert!(e.plain().contains(message), "{what}: {}", e.plain());
    let Some(bytes) = bytes else { return };
    match (e.position, std::str::from_utf8(bytes)) {
        (Some((line, col)), text) => {
            assert!(line >= 1 && col >= 1, "{what}: position {line}:{col}");
            if let Ok(text) = text {
                let lines = text.split('\n').count();
                assert!(
                    line <= lines,
                    "{what}: line {line} of a {lines}-line file: {message}"
                );
            }
        }
        (None, Ok(text)) => assert!(
            well_formed(loader, text),
            "{what}: a mistake in the text without its place: {message}"
        ),
        (None, Err(_)) => panic!("{what}: a file that is not text, refused without a place"),
    }
}

/// True when `text` is well-formed for `loader`: the typed file parses (so only a rule of the
/// app can be broken), or it names a newer format than this build reads.
fn well_formed(loader: Loader, text: &str) -> bool {
    let parses_as_session = || {
        ron::Options::default()
            .with_recursion_limit(64)
            .from_str::<Session>(text)
            .is_ok()
    };
    let parses_as_guide = || {
        ron::Options::default()
            .with_recursion_limit(64)
            .from_str::<Guide>(text)
            .is_ok()
    };
    let newer = || schema_version_of(text).is_some_and(|v| v > 1);
    match loader {
        Loader::Session => parses_as_session(),
        Loader::Guide => parses_as_guide() || newer(),
        Loader::Check => parses_as_session() || parses_as_guide() || newer(),
    }
}

/// Every `STRIDE`-th prefix of `bytes` (and the last few), as cut-off files: each is refused,
/// with its place, until the file is whole.
fn cut_offs(probe: &Probe, name: &str, bytes: &[u8], loader: Loader) -> usize {
    let whole = bytes.trim_ascii_end().len();
    let lengths = (0..bytes.len())
        .step_by(STRIDE)
        .chain(whole.saturating_sub(3)..=bytes.len());
    let mut refused = 0;
    let mine = LOADERS
        .iter()
        .position(|l| *l == loader)
        .expect("a known loader");
    for len in lengths {
        let what = format!("{name} cut to {len} of {} bytes", bytes.len());
        let answers = probe.try_all(&bytes[..len], &what);
        match &answers[mine] {
            Answer::Refused(e) => {
                assert!(e.position.is_some(), "{what}: no place given: {e}");
                refused += 1;
            }
            Answer::Loaded => assert!(len >= whole, "{what}: a cut-off file loaded"),
        }
    }
    refused
}

#[test]
fn cut_off_files_are_refused_with_the_place_of_the_cut() {
    let probe = Probe::new();
    let session = read(&example_session_source());
    let mut refused = cut_offs(&probe, "example session", &session, Loader::Session);
    for guide in guide_sources() {
        let name = guide.display().to_string();
        refused += cut_offs(&probe, &name, &read(&guide), Loader::Guide);
    }
    assert!(refused > 1000, "only {refused} cut-off files were tried");
}

/// Bytes that mean something in RON, for mutations that break its structure.
const SYNTAX: &[&[u8]] = &[
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b",",
    b":",
    b"\"",
    b"\\",
    b"'",
    b"//",
    b"/*",
    b"*/",
    b"r#\"",
    b"\"#",
    b"Some(",
    b"None",
    b"-",
    b"1e999",
    b"0x",
    b"\n",
    b"\0",
    b"\xff",
    b"\xc3",
    b"\xf0\x9f",
    b"\xe2\x80\xae",
    b"#![enable(implicit_some)]",
];

/// Damage `bytes` in one to four places: flipped bits, bytes replaced, inserted, deleted,
/// spans repeated or swapped, RON syntax dropped in.
fn mutate(rng: &mut XorShift, bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for _ in 0..=rng.below(4) {
        let len = out.len() as u64;
        let at = usize::try_from(rng.below(len + 1)).expect("small");
        let span = usize::try_from(rng.below(64) + 1).expect("small");
        let end = (at + span).min(out.len());
        match rng.below(8) {
            0 if at < out.len() => out[at] ^= 1 << rng.below(8),
            1 if at < out.len() => out[at] = rng.below(256) as u8,
            2 => out.insert(at, rng.below(256) as u8),
            3 if at < out.len() => {
                out.remove(at);
            }
            4 => {
                out.drain(at..end);
            }
            5 => {
                let copy = out[at..end].to_vec();
                out.splice(at..at, copy);
            }
            6 => {
                let token = SYNTAX[usize::try_from(rng.below(SYNTAX.len() as u64)).expect("small")];
                out.splice(at..at, token.iter().copied());
            }
            _ => {
                let other = usize::try_from(rng.below(len + 1)).expect("small");
                let (a, b) = (at.min(other), at.max(other));
                if a < b && b < out.len() {
                    out.swap(a, b);
                }
            }
        }
    }
    out
}

#[test]
fn corrupted_files_never_panic_and_always_explain() {
    let probe = Probe::new();
    let mut rng = XorShift::new(MUTATION_SEED);
    let mut sources = vec![(example_session_source(), SESSION_MUTANTS)];
    sources.extend(guide_sources().into_iter().map(|g| (g, GUIDE_MUTANTS)));
    let (mut loaded, mut refused) = (0, 0);
    for (source, mutants) in sources {
        let bytes = read(&source);
        for i in 0..mutants {
            let mutant = mutate(&mut rng, &bytes);
            let what = format!("mutant {i} of {}", source.display());
            for answer in probe.try_all(&mutant, &what) {
                match answer {
                    Answer::Loaded => loaded += 1,
                    Answer::Refused(_) => refused += 1,
                }
            }
        }
    }
    eprintln!("corrupted files: {loaded} loads, {refused} refusals");
    assert!(refused > loaded, "the mutations hardly damaged anything");
}

#[test]
fn empty_and_blank_files_are_refused_plainly() {
    let probe = Probe::new();
    for blank in [
        "",
        " ",
        "\n\n\t\r\n",
        "// only a comment\n",
        "/* never closed",
    ] {
        let what = format!("blank file {blank:?}");
        for answer in probe.try_all(blank.as_bytes(), &what) {
            assert!(matches!(answer, Answer::Refused(_)), "{what}: loaded");
        }
    }
    for blank in ["", " ", "\n\n\t\r\n"] {
        let what = format!("blank file {blank:?}");
        let Answer::Refused(e) = probe.try_one(Loader::Check, blank.as_bytes(), &what) else {
            panic!("{what}: passed the check");
        };
        assert!(e.message.contains("empty"), "{what}: {}", e.message);
    }
}

#[test]
fn binary_files_are_refused_plainly() {
    let probe = Probe::new();
    let mut rng = XorShift::new(MUTATION_SEED ^ 0xB1);
    let mut files: Vec<(String, Vec<u8>)> = (0..64)
        .map(|i| {
            let len = rng.below(4096) + 1;
            let bytes = (0..len).map(|_| rng.below(256) as u8).collect();
            (format!("random bytes #{i}"), bytes)
        })
        .collect();
    files.extend([
        ("one NUL byte".to_owned(), vec![0]),
        ("NUL bytes".to_owned(), vec![0; 1000]),
        ("a lone 0xff".to_owned(), vec![0xff]),
        ("an overlong NUL".to_owned(), b"Session(\xc0\x80)".to_vec()),
        (
            "a lone continuation byte".to_owned(),
            b"Guide(\x80".to_vec(),
        ),
        (
            "a surrogate".to_owned(),
            b"Guide(title: \"\xed\xa0\x80\")".to_vec(),
        ),
        (
            "a cut-off emoji".to_owned(),
            b"Guide(title: \"\xf0\x9f\x98".to_vec(),
        ),
        (
            "a PNG header".to_owned(),
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
        ),
        (
            "a zip header".to_owned(),
            b"PK\x03\x04\x14\0\0\0\x08\0".to_vec(),
        ),
    ]);
    let session = String::from_utf8(read(&example_session_source())).expect("text");
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(session.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    files.push(("the example session in UTF-16".to_owned(), utf16));
    for (what, bytes) in &files {
        for answer in probe.try_all(bytes, what) {
            assert!(matches!(answer, Answer::Refused(_)), "{what}: loaded");
        }
    }

    // A bad byte at the start of line 10 of a real session is pointed at exactly.
    let mut lines: Vec<&str> = session.split_inclusive('\n').collect();
    let tail = lines.split_off(9);
    let mut damaged = lines.concat().into_bytes();
    damaged.push(0xff);
    damaged.extend(tail.concat().into_bytes());
    for answer in probe.try_all(&damaged, "a session with a bad byte on line 10") {
        let Answer::Refused(e) = answer else {
            panic!("a session with a bad byte loaded");
        };
        assert_eq!(e.position, Some((10, 1)), "{e}");
        assert!(e.message.contains("not text"), "{e}");
    }
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    let probe = Probe::new();
    let file = fs::File::create(&probe.path).expect("create");
    // Sparse: 100 MiB (104.9 MB) long, nothing written, so the test is quick and takes no disk.
    file.set_len(100 * 1024 * 1024).expect("set length");
    drop(file);
    for loader in LOADERS {
        let Answer::Refused(e) = probe.load(loader, None, "a 100 MB file") else {
            panic!("a 100 MB file loaded");
        };
        assert_eq!(e.position, None, "{e}");
        assert!(e.message.contains("104.9 MB"), "{e}");
    }
}

#[test]
fn deeply_nested_files_are_refused_without_a_crash() {
    let probe = Probe::new();
    let depth = 100_000;
    let openers = [
        ("", "["),
        ("", "("),
        ("", "{"),
        ("", "Some("),
        ("", "[{"),
        ("", "{1:"),
        ("Guide(title: ", "["),
        ("Guide(unknown: ", "["),
        ("Guide(unknown: ", "("),
        ("Guide(unknown: ", "{\"k\":"),
        ("Guide(unknown: ", "Some("),
        ("Session(schema_version: 1, extra: ", "A("),
        (
            "Session(schema_version: 1, projector: ProjectorSettings(translation: ",
            "Some(",
        ),
    ];
    for (start, opener) in openers {
        let text = format!("{start}{}", opener.repeat(depth));
        let what = format!("{start}{opener} × {depth}");
        for answer in probe.try_all(text.as_bytes(), &what) {
            let Answer::Refused(e) = answer else {
                panic!("{what}: loaded");
            };
            assert!(e.position.is_some(), "{what}: no place given: {e}");
        }
    }
    // Where nesting is allowed at all (a field from a newer version, skipped unread), the
    // depth is what gets refused, in words.
    let deep = format!("Guide(unknown: {}", "[".repeat(depth));
    let Answer::Refused(e) = probe.try_one(Loader::Guide, deep.as_bytes(), "deep field") else {
        panic!("a deeply nested field loaded");
    };
    assert!(e.message.contains("nested"), "{e}");
}

#[test]
fn a_session_from_a_newer_version_opens_read_only() {
    let probe = Probe::new();
    let text = String::from_utf8(read(&example_session_source())).expect("text");
    assert!(text.contains("schema_version: 1,"), "the example changed");
    let newer = text.replacen("schema_version: 1,", "schema_version: 99,", 1);
    fs::write(&probe.path, &newer).expect("write");
    let loaded = load_session(&probe.path).expect("a newer session still opens");
    let why = loaded.read_only.expect("opened read-only").to_string();
    assert!(why.contains("newer") && why.contains("99"), "{why}");
    let mut expected = load_session(&example_session_source())
        .expect("the example loads")
        .session;
    expected.schema_version = 99;
    assert_eq!(loaded.session, expected, "everything in it was read");
    // `check` tells that this build cannot write it back.
    let reported = check_file(&probe.path).expect_err("reported by check");
    assert!(reported.message.contains("newer version"), "{reported}");

    let guide = String::from_utf8(read(&guide_sources()[0])).expect("text");
    let newer = guide.replacen("schema_version: 1,", "schema_version: 99,", 1);
    for loader in [Loader::Guide, Loader::Check] {
        let Answer::Refused(e) = probe.try_one(loader, newer.as_bytes(), "a newer guide") else {
            panic!("a guide from a newer version loaded");
        };
        assert!(e.message.contains("newer"), "{e}");
    }
}

#[test]
fn missing_files_and_folders_are_refused_plainly() {
    let probe = Probe::new();
    let missing = probe.load(Loader::Session, None, "a missing file");
    let Answer::Refused(e) = missing else {
        panic!("a missing file loaded");
    };
    assert!(e.message.contains("does not exist"), "{e}");
    fs::create_dir(&probe.path).expect("a folder where the file should be");
    for loader in LOADERS {
        let Answer::Refused(e) = probe.load(loader, None, "a folder") else {
            panic!("a folder loaded");
        };
        assert!(e.message.contains("folder"), "{e}");
    }
}
