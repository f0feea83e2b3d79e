//! Never lose a word: a save killed at any moment leaves a whole file (the last reported save or
//! a newer one), any session survives a save and load unchanged, and a full disk or a read-only
//! folder is reported in plain words while nothing in memory is lost.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use cafe_host::model::{Session, StepShown, Wording};
use cafe_host::store::atomic::{backup_path, write_atomic};
use cafe_host::store::format::parse_session;
use cafe_host::store::{load_session, to_ron};

use crate::common::{XorShift, example_session_source};

/// Set in the child process: the folder its save loop writes to.
const SAVE_LOOP_DIR: &str = "CAFE_HOST_SAVE_LOOP_DIR";
/// How many times to kill the saving child (default [`DEFAULT_KILL_ROUNDS`]).
const KILL_ROUNDS: &str = "CAFE_HOST_KILL_ROUNDS";
/// Repeat a failed kill run: the seed it printed.
const KILL_SEED: &str = "CAFE_HOST_KILL_SEED";
const DEFAULT_KILL_ROUNDS: u64 = 300;
/// The session file inside the child's folder.
const SESSION_FILE: &str = "session.ron";
/// Save number `n` is written into the title as `<SAVE_TITLE><n>`.
const SAVE_TITLE: &str = "Kill test, save ";
/// Longest the child keeps saving, should its parent vanish without killing it.
const CHILD_LIFETIME: Duration = Duration::from_secs(60);

fn example() -> Session {
    load_session(&example_session_source())
        .expect("the example session loads")
        .session
}

fn ron_of(session: &Session) -> String {
    to_ron(session).expect("a session serializes")
}

/// Make save number `n` of `session`: a step shown, a new discussion point (with quotes and
/// right-to-left text) and its tick, the step made current, and `n` in the title.
fn grow(session: &mut Session, n: usize) {
    session.details.title = format!("{SAVE_TITLE}{n}");
    let agenda = session.agenda();
    let step = agenda[n % agenda.len()];
    let seconds = i64::try_from(n).expect("few saves");
    session.timeline.push(StepShown {
        step,
        at: session.created + chrono::Duration::seconds(seconds),
    });
    session.current = step;
    let q = n % session.guide.questions.len();
    let points = &mut session.guide.questions[q].points;
    points.push(Wording::plain(format!(
        "Point {n}: \u{201c}curly\u{201d}, \"straight\", back\\slash, مرحبا, שלום"
    )));
    let newest = points.len() - 1;
    session.ticked.entry(q).or_default().insert(newest);
}

/// Save number `n` of the kill test, exactly as the child made it.
fn save(n: usize) -> Session {
    let mut session = example();
    for i in 1..=n {
        grow(&mut session, i);
    }
    session
}

/// The save number a file written by [`grow`] holds.
fn save_number(session: &Session) -> usize {
    session
        .details
        .title
        .strip_prefix(SAVE_TITLE)
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("not a kill-test save: {:?}", session.details.title))
}

/// The body of the child process that [`killed_at_any_moment_the_file_is_whole`] starts and
/// kills: it saves an ever-growing session in a loop and reports each finished save on stdout.
/// In a normal test run (no `CAFE_HOST_SAVE_LOOP_DIR`) it returns at once.
#[test]
fn save_loop_child() {
    let Some(dir) = std::env::var_os(SAVE_LOOP_DIR) else {
        return;
    };
    let path = Path::new(&dir).join(SESSION_FILE);
    let mut session = example();
    let started = Instant::now();
    let mut out = std::io::stdout().lock();
    for n in 1.. {
        grow(&mut session, n);
        write_atomic(&path, ron_of(&session).as_bytes()).expect("save");
        writeln!(out, "saved {n}").expect("report the save");
        out.flush().expect("report the save");
        if started.elapsed() > CHILD_LIFETIME {
            break;
        }
    }
}

/// Kills its child when dropped, so a failing assertion never leaves a saver running.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn kill_rounds() -> u64 {
    std::env::var(KILL_ROUNDS).map_or(DEFAULT_KILL_ROUNDS, |v| {
        v.trim()
            .parse()
            .unwrap_or_else(|_| panic!("{KILL_ROUNDS} must be a number of rounds, not {v:?}"))
    })
}

/// What the kill rounds saw, so a run shows it really hit the interesting moments.
#[derive(Default, Debug)]
struct KillStats {
    /// The file held a save the child finished but had not reported yet.
    newer_than_reported: u64,
    /// A temp file of the interrupted save was left in the folder.
    temp_left: u64,
    /// A `.bak` was present (and parsed).
    backups: u64,
    /// The `.bak` held the same save as the file (killed between backup and rename).
    backup_same_as_file: u64,
}

#[test]
fn killed_at_any_moment_the_file_is_whole() {
    let rounds = kill_rounds();
    let seed = std::env::var(KILL_SEED)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or_else(XorShift::seed_from_time);
    let mut rng = XorShift::new(seed);
    let exe = std::env::current_exe().expect("the test binary");
    let started = Instant::now();
    let mut stats = KillStats::default();
    let mut total_saves = 0;
    for round in 0..rounds {
        let context = format!("round {round} (repeat with {KILL_SEED}={seed})");
        let dir = tempfile::tempdir().expect("temp dir");
        let mut child = Killed(
            Command::new(&exe)
                .args([
                    "durability::save_loop_child",
                    "--exact",
                    "--nocapture",
                    "--test-threads=1",
                ])
                .env(SAVE_LOOP_DIR, dir.path())
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .expect("start the saving child"),
        );
        let stdout = child.0.stdout.take().expect("piped stdout");
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                let n = line.strip_prefix("saved ").and_then(|n| n.parse().ok());
                if let Some(n) = n
                    && tx.send(n).is_err()
                {
                    break;
                }
            }
        });
        // Start the clock once the child is in its loop, so every kill lands among saves.
        let first: usize = rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|e| panic!("{context}: the child never reported a save ({e})"));
        std::thread::sleep(Duration::from_micros(rng.below(30_001)));
        child.0.kill().expect("kill the child");
        child.0.wait().expect("reap the child");
        reader.join().expect("stdout reader");
        let reported = rx.try_iter().fold(first, usize::max);
        total_saves += reported;
        check_after_kill(dir.path(), reported, &context, &mut stats);
    }
    eprintln!(
        "{rounds} kill rounds in {:.1} s, {total_saves} reported saves, seed {seed}: {stats:?}",
        started.elapsed().as_secs_f64()
    );
}

/// The file parses and holds the last reported save or the one after it; so does the
/// backup, when there is one.
fn check_after_kill(dir: &Path, reported: usize, context: &str, stats: &mut KillStats) {
    let path = dir.join(SESSION_FILE);
    let loaded = load_session(&path)
        .unwrap_or_else(|e| panic!("{context}: the file does not load after a kill: {e}"));
    assert!(loaded.read_only.is_none(), "{context}");
    let on_disk = save_number(&loaded.session);
    assert!(
        on_disk == reported || on_disk == reported + 1,
        "{context}: save {reported} was reported but the file holds save {on_disk}"
    );
    assert!(
        loaded.session == save(on_disk),
        "{context}: the file holds a mix of saves, not save {on_disk} as it was made"
    );
    stats.newer_than_reported += u64::from(on_disk > reported);

    let bak = backup_path(&path);
    if bak.exists() {
        let backup = load_session(&bak)
            .unwrap_or_else(|e| panic!("{context}: the backup does not load after a kill: {e}"));
        let in_backup = save_number(&backup.session);
        assert!(
            in_backup + 1 == on_disk || in_backup == on_disk,
            "{context}: the file holds save {on_disk} but its backup save {in_backup}"
        );
        stats.backups += 1;
        stats.backup_same_as_file += u64::from(in_backup == on_disk);
    }
    let temp_left = std::fs::read_dir(dir)
        .expect("list the folder")
        .filter_map(Result::ok)
        .any(|e| e.file_name().to_string_lossy().ends_with(".tmp"));
    stats.temp_left += u64::from(temp_left);
}

mod round_trip {
    //! Any valid session, however odd its text and times, loads back exactly as it was saved.

    use std::collections::BTreeMap;
    use std::path::Path;

    use cafe_host::model::session::agenda;
    use cafe_host::model::timer::{MAX_ELAPSED_MS, MAX_ROUND_SECS, MIN_ROUND_SECS};
    use cafe_host::model::{
        Commitment, Guide, Note, ProjectorSettings, Question, Resource, RoomPalette, RoundTimer,
        Session, SessionDetails, Step, StepShown, Table, Tag, Theme, Wording,
    };
    use cafe_host::store::format::parse_session;
    use cafe_host::store::to_ron;
    use chrono::{DateTime, Datelike, NaiveDate, Utc};
    use proptest::collection::{btree_map, btree_set, vec};
    use proptest::prelude::*;
    use proptest::sample::Index;
    use uuid::Uuid;

    /// Pieces that have broken text formats before: quoting, escapes, line ends, emoji,
    /// right-to-left scripts, direction marks, byte-order marks and RON's own syntax.
    const AWKWARD: &[&str] = &[
        "",
        "\"",
        "\\",
        "\\\"",
        "\\u{41}",
        "\n",
        "\r\n",
        "\r",
        "\t",
        "\0",
        "'",
        "😀",
        "👩\u{200d}👧\u{200d}👦",
        "🇲🇽",
        "مرحبا بالعائلات",
        "שלום לכולם",
        "\u{202e}",
        "\u{200f}",
        "\u{feff}",
        "\u{7f}",
        "é",
        "e\u{301}",
        "None",
        "Some",
        "Some(",
        "Session(",
        "Guide(",
        ")",
        "(",
        "]",
        "[",
        "{",
        "}",
        ",",
        ":",
        "//",
        "/*",
        "*/",
        "r#\"",
        "\"#",
        "b\"",
        "schema_version: 99",
        "true",
        "1e9",
        "-",
    ];

    pub fn text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => "[a-zA-Z0-9 ,.?]{0,12}",
            4 => prop::sample::select(AWKWARD).prop_map(str::to_owned),
            2 => any::<char>().prop_map(String::from),
            1 => "\\PC{0,8}",
        ];
        vec(piece, 0..8).prop_map(|pieces| pieces.concat())
    }

    /// Text that is not blank, for the fields a guide requires.
    fn filled_text() -> impl Strategy<Value = String> {
        text().prop_map(|t| if t.trim().is_empty() { t + "Q" } else { t })
    }

    fn translations() -> impl Strategy<Value = BTreeMap<String, String>> {
        btree_map(prop_oneof!["[a-z]{2}", text()], text(), 0..3)
    }

    /// Any moment chrono can represent, from the far past to the far future, to the nanosecond.
    pub fn time() -> impl Strategy<Value = DateTime<Utc>> {
        let (min, max) = (
            DateTime::<Utc>::MIN_UTC.timestamp(),
            DateTime::<Utc>::MAX_UTC.timestamp(),
        );
        prop_oneof![
            (min..=max, 0u32..1_000_000_000),
            (-5_000_000_000i64..5_000_000_000, 0u32..1_000_000_000),
            (0i64..4_000_000_000, Just(0u32)),
            prop_oneof![Just(min), Just(max), Just(0), Just(-1)].prop_map(|s| (s, 0)),
            // A leap second: chrono keeps it as nanoseconds past 1e9 in the 59th second.
            (
                (min..max).prop_map(|s| s - s.rem_euclid(60) + 59),
                1_000_000_000u32..2_000_000_000
            ),
        ]
        .prop_filter_map("a moment chrono accepts", |(secs, nanos)| {
            DateTime::from_timestamp(secs, nanos)
        })
    }

    fn date() -> impl Strategy<Value = NaiveDate> {
        prop_oneof![
            any::<i32>(),
            700_000i32..800_000,
            prop_oneof![
                Just(NaiveDate::MIN.num_days_from_ce()),
                Just(NaiveDate::MAX.num_days_from_ce())
            ],
        ]
        .prop_filter_map(
            "a date chrono accepts",
            NaiveDate::from_num_days_from_ce_opt,
        )
    }

    fn index() -> impl Strategy<Value = usize> {
        prop_oneof![0usize..40, any::<usize>()]
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            Just(Step::Welcome),
            Just(Step::Agreements),
            index().prop_map(Step::Question),
            Just(Step::Harvest),
            Just(Step::Closing),
        ]
    }

    fn question() -> impl Strategy<Value = Question> {
        (
            filled_text(),
            translations(),
            vec(text(), 0..7),
            text(),
            1u32..=240,
            vec((text(), text()), 0..3),
        )
            .prop_map(
                |(text, translations, points, notes, minutes, resources)| Question {
                    text,
                    translations,
                    points: points.into_iter().map(Wording::plain).collect(),
                    notes: Wording::plain(notes),
                    minutes,
                    resources: resources
                        .into_iter()
                        .map(|(title, detail)| Resource {
                            title: Wording::plain(title),
                            detail: Wording::plain(detail),
                        })
                        .collect(),
                },
            )
    }

    fn guide() -> impl Strategy<Value = Guide> {
        (
            filled_text(),
            text(),
            vec(text(), 0..3),
            vec((text(), translations()), 0..3),
            vec(question(), 1..4),
        )
            .prop_map(|(title, purpose, languages, agreements, questions)| {
                let mut guide = Guide {
                    schema_version: 1,
                    title,
                    purpose,
                    languages,
                    agreements: agreements
                        .into_iter()
                        .map(|(text, translations)| Wording { text, translations })
                        .collect(),
                    questions,
                    plan: Default::default(),
                    goodbye: Default::default(),
                };
                // As every guide in the app is once read: brought up to this version.
                guide.migrate();
                guide
            })
    }

    fn details() -> impl Strategy<Value = SessionDetails> {
        (text(), date(), text(), text(), 1u32..=99).prop_map(
            |(title, date, venue, facilitator, tables)| SessionDetails {
                title,
                date,
                venue,
                facilitator,
                tables,
                series: String::new(),
            },
        )
    }

    fn timer() -> impl Strategy<Value = RoundTimer> {
        // Any timer the app can hold: a file with values outside these is clamped on load
        // (see the hand-edited tests).
        (
            MIN_ROUND_SECS..=MAX_ROUND_SECS,
            0..=MAX_ELAPSED_MS,
            prop::option::of(time()),
            prop::option::of(0usize..40),
        )
            .prop_map(
                |(planned_secs, elapsed_ms, running_since, question)| RoundTimer {
                    planned_secs,
                    elapsed_ms,
                    running_since,
                    question,
                },
            )
    }

    fn id() -> impl Strategy<Value = Uuid> {
        any::<u128>().prop_map(Uuid::from_u128)
    }

    fn tables() -> impl Strategy<Value = Vec<Table>> {
        vec((id(), 0u32..120, text(), text(), time()), 0..4).prop_map(|tables| {
            tables
                .into_iter()
                .map(|(id, number, name, host, edited)| Table {
                    id,
                    number,
                    name,
                    host,
                    edited,
                })
                .collect()
        })
    }

    fn note() -> impl Strategy<Value = Note> {
        (
            (id(), id(), prop::option::of(index()), any::<u32>()),
            text(),
            btree_set(prop::sample::select(Tag::ALL.to_vec()), 0..3),
            (any::<bool>(), any::<bool>(), any::<bool>()),
            (time(), time()),
        )
            .prop_map(
                |((id, table, question, round), text, tags, flags, (created, edited))| Note {
                    id,
                    table,
                    question,
                    round,
                    text,
                    tags,
                    share: flags.0,
                    private: flags.1,
                    created,
                    edited,
                    deleted: flags.2,
                },
            )
    }

    fn theme() -> impl Strategy<Value = Theme> {
        (id(), text(), btree_set(id(), 0..3), time(), any::<bool>()).prop_map(
            |(id, title, notes, edited, deleted)| Theme {
                id,
                title,
                notes,
                edited,
                deleted,
            },
        )
    }

    fn commitment() -> impl Strategy<Value = Commitment> {
        (
            id(),
            text(),
            text(),
            prop::option::of(date()),
            time(),
            any::<bool>(),
        )
            .prop_map(|(id, text, owner, due, edited, deleted)| Commitment {
                id,
                text,
                owner,
                due,
                done: false,
                under_way: false,
                done_at: None,
                edited,
                deleted,
            })
    }

    /// Keep the first record of each id.
    fn unique_ids<T>(records: &mut Vec<T>, id: impl Fn(&T) -> Uuid) {
        let mut seen = std::collections::HashSet::new();
        records.retain(|r| seen.insert(id(r)));
    }

    pub fn session() -> impl Strategy<Value = Session> {
        (
            id(),
            details(),
            guide(),
            time(),
            any::<Index>(),
            btree_map(index(), btree_set(index(), 0..5), 0..4),
            vec((step(), time()), 0..6),
            timer(),
            (prop::option::of(text()), any::<bool>()),
            (
                tables(),
                vec(note(), 0..4),
                vec(theme(), 0..3),
                vec(commitment(), 0..3),
            ),
        )
            .prop_map(
                |(
                    id,
                    details,
                    guide,
                    created,
                    current,
                    ticked,
                    timeline,
                    timer,
                    projector,
                    records,
                )| {
                    let steps = agenda(&guide);
                    let (tables, mut notes, mut themes, mut commitments) = records;
                    // Ids are unique in every session the app writes.
                    unique_ids(&mut notes, |n| n.id);
                    unique_ids(&mut themes, |t| t.id);
                    unique_ids(&mut commitments, |c| c.id);
                    let mut session = Session {
                        schema_version: cafe_host::model::session::SESSION_SCHEMA_VERSION,
                        id,
                        details,
                        created,
                        current: steps[current.index(steps.len())],
                        guide,
                        ticked,
                        timeline: timeline
                            .into_iter()
                            .map(|(step, at)| StepShown { step, at })
                            .collect(),
                        timer,
                        projector: ProjectorSettings {
                            fullscreen_on: projector.0.as_ref().map(|l| format!("HDMI-{l}")),
                            translation: projector.0,
                            show_timer: projector.1,
                            open: projector.1,
                            palette: if projector.1 {
                                RoomPalette::Bright
                            } else {
                                RoomPalette::Dark
                            },
                        },
                        tables,
                        notes,
                        themes,
                        commitments,
                        attendees: Vec::new(),
                        tallies: Vec::new(),
                        counts_only: false,
                        erased_everyone: None,
                        shared_at: None,
                        goodbye: Vec::new(),
                        you_said: None,
                        outreach: Default::default(),
                    };
                    // As every session in the app is: a table for each number in use.
                    session.ensure_tables();
                    session
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 192,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn any_session_survives_a_save_and_load(session in session()) {
            prop_assert!(session.problems().is_empty(), "{:?}", session.problems());
            let text = to_ron(&session).expect("a session serializes");
            let loaded = parse_session(Path::new("x.ron"), &text)
                .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
            prop_assert!(loaded.read_only.is_none());
            prop_assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
            prop_assert_eq!(&loaded.session, &session, "{}", text);
        }
    }
}

/// A file written with `write_atomic` is what `parse_session` reads back, byte for byte.
#[test]
fn an_awkward_session_on_disk_reads_back_the_same() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("s.ron");
    let mut session = example();
    session.details.title = "\"Session(\" None Some) \\ \n مرحبا שלום 👩‍👧‍👦 \u{202e}".into();
    session.details.venue = String::new();
    write_atomic(&path, ron_of(&session).as_bytes()).expect("save");
    let text = std::fs::read_to_string(&path).expect("read");
    let loaded = parse_session(Path::new("x.ron"), &text).expect("loads");
    assert_eq!(loaded.session, session);
}

#[cfg(unix)]
mod failing_disk {
    //! Saving into a folder that cannot take the file: the error is shown in words, the old
    //! file stays as it was, and the newest text is saved once the problem goes away.

    use std::ffi::OsStr;
    use std::fs::{self, File};
    use std::io::Write;
    use std::os::unix::fs::PermissionsExt;
    use std::path::{Path, PathBuf};
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    use cafe_host::store::atomic::write_atomic;
    use cafe_host::store::load_session;
    use cafe_host::store::saver::{RETRY_AFTER, SaveError, Saver, WriteError};

    use super::{example, grow, ron_of};

    /// Run an administration command quietly; true if it worked.
    fn run(program: &str, args: &[&OsStr]) -> bool {
        Command::new(program)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    /// A small tmpfs mounted over a folder, unmounted when dropped. Needs root (as in CI).
    struct Tmpfs(PathBuf);

    impl Tmpfs {
        fn mount(dir: &Path, size: &str) -> Option<Self> {
            let options = format!("size={size},mode=0700");
            let mounted = run(
                "mount",
                &[
                    "-t".as_ref(),
                    "tmpfs".as_ref(),
                    "-o".as_ref(),
                    options.as_ref(),
                    "tmpfs".as_ref(),
                    dir.as_os_str(),
                ],
            );
            mounted.then(|| Self(dir.to_owned()))
        }

        fn remount(&self, mode: &str) {
            let options = format!("remount,{mode}");
            assert!(
                run(
                    "mount",
                    &["-o".as_ref(), options.as_ref(), self.0.as_os_str()]
                ),
                "remount {mode}"
            );
        }
    }

    impl Drop for Tmpfs {
        fn drop(&mut self) {
            if !run("umount", &[self.0.as_os_str()]) {
                run("umount", &["-l".as_ref(), self.0.as_os_str()]);
            }
        }
    }

    /// Marks a folder immutable (`chattr +i`), which binds even root; undone when dropped.
    struct Immutable(PathBuf);

    impl Immutable {
        fn set(&self, on: bool) -> bool {
            let flag = if on { "+i" } else { "-i" };
            run("chattr", &[flag.as_ref(), self.0.as_os_str()])
        }
    }

    impl Drop for Immutable {
        fn drop(&mut self) {
            self.set(false);
        }
    }

    fn chmod(dir: &Path, mode: u32) {
        fs::set_permissions(dir, fs::Permissions::from_mode(mode)).expect("chmod");
    }

    /// True when a file cannot be made in `dir` (probed, then undone).
    fn refuses_new_files(dir: &Path) -> bool {
        let probe = dir.join("probe");
        match File::create(&probe) {
            Ok(_) => {
                fs::remove_file(&probe).expect("remove probe");
                false
            }
            Err(_) => true,
        }
    }

    fn temp_files_in(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .expect("list the folder")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".tmp"))
            .collect()
    }

    /// Save revision 1, `block`, check that saving revisions 2 and 3 fails safely and says so in
    /// `words`, `unblock`, and check that revision 3 is then saved. `path` is what the app
    /// saves to; `real` is where that file really lives (they differ when a link is broken).
    /// With no `words`, only the frame of the message is checked (the cause is the system's).
    fn fails_then_recovers(
        path: &Path,
        real: &Path,
        words: &[&str],
        block: impl FnOnce(),
        unblock: impl FnOnce(),
    ) {
        let mut session = example();
        let saver = Saver::new(|| {});
        saver.save(path.to_owned(), 1, ron_of(&session));
        assert!(
            saver.wait_for(1, Duration::from_secs(10)),
            "first save: {:?}",
            saver.status()
        );
        let before = fs::read(real).expect("the first save");

        block();
        grow(&mut session, 1);
        let err = write_atomic(path, ron_of(&session).as_bytes())
            .expect_err("writing must fail while the folder is blocked");
        let direct = cafe_host::ui::trouble::save_error(
            cafe_host::i18n::Lang::default(),
            &SaveError::Write(WriteError::of(path, &err)),
        );
        for word in words {
            assert!(direct.contains(word), "{direct:?} lacks {word:?} ({err:?})");
        }
        assert_eq!(
            fs::read(real).expect("old file"),
            before,
            "old file changed"
        );
        // The writer is idle now, so a temp file here would be one left behind.
        let folder = real.parent().expect("a folder");
        assert_eq!(
            temp_files_in(folder),
            Vec::<String>::new(),
            "temp file left"
        );

        saver.save(path.to_owned(), 2, ron_of(&session));
        grow(&mut session, 2);
        let newest = ron_of(&session);
        saver.save(path.to_owned(), 3, newest.clone());
        let deadline = Instant::now() + Duration::from_secs(10);
        let error = loop {
            if let Some(error) = saver.status().error {
                break error.to_string();
            }
            assert!(
                Instant::now() < deadline,
                "the failed save was not reported"
            );
            std::thread::sleep(Duration::from_millis(10));
        };
        assert!(
            error.starts_with("Not saved: ") && error.contains("retried"),
            "{error}"
        );
        for word in words {
            assert!(error.contains(word), "{error:?} lacks {word:?}");
        }
        if !words.is_empty() {
            assert!(!error.contains("os error"), "not plain words: {error}");
        }
        assert_eq!(saver.status().saved_revision, Some(1));
        assert_eq!(
            fs::read(real).expect("old file"),
            before,
            "old file changed"
        );

        unblock();
        assert!(
            saver.wait_for(3, RETRY_AFTER * 4),
            "not saved after the problem went away: {:?}",
            saver.status()
        );
        assert_eq!(saver.status().error, None);
        assert_eq!(fs::read_to_string(real).expect("saved"), newest);
        assert_eq!(
            temp_files_in(folder),
            Vec::<String>::new(),
            "temp file left"
        );
        let loaded = load_session(path).expect("the saved file loads");
        assert_eq!(loaded.session, session, "the newest revision, whole");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_full_disk_is_reported_and_nothing_is_lost() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let folder = tmp.path().join("sessions");
        fs::create_dir(&folder).expect("folder");
        let Some(_mount) = Tmpfs::mount(&folder, "64k") else {
            eprintln!("note: full-disk test skipped: cannot mount a small tmpfs here (needs root)");
            return;
        };
        let path = folder.join("s.ron");
        let filler = folder.join("filler");
        fails_then_recovers(
            &path,
            &path,
            &["the disk is full"],
            || {
                let mut file = File::create(&filler).expect("filler");
                let chunk = [b'x'; 4096];
                while file.write_all(&chunk).is_ok() {}
            },
            || fs::remove_file(&filler).expect("free the disk"),
        );
    }

    #[test]
    fn a_read_only_folder_is_reported_and_nothing_is_lost() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let folder = tmp.path().join("sessions");
        fs::create_dir(&folder).expect("folder");
        chmod(&folder, 0o500);
        let bits_bind = refuses_new_files(&folder);
        chmod(&folder, 0o700);
        let mut tried = Vec::new();
        if bits_bind {
            let path = folder.join("s.ron");
            fails_then_recovers(
                &path,
                &path,
                &["cannot be written to"],
                || chmod(&folder, 0o500),
                || chmod(&folder, 0o700),
            );
            tried.push("permission bits");
        }
        // Root ignores permission bits: make the folder read-only in ways that bind root too.
        #[cfg(target_os = "linux")]
        {
            let mounted = tmp.path().join("read-only-disk");
            fs::create_dir(&mounted).expect("folder");
            if let Some(mount) = Tmpfs::mount(&mounted, "1m") {
                let path = mounted.join("s.ron");
                fails_then_recovers(
                    &path,
                    &path,
                    &["the disk is read-only"],
                    || mount.remount("ro"),
                    || mount.remount("rw"),
                );
                tried.push("read-only file system");
            }
        }
        let immutable = Immutable(tmp.path().join("immutable"));
        fs::create_dir(&immutable.0).expect("folder");
        let binds = immutable.set(true) && refuses_new_files(&immutable.0);
        immutable.set(false);
        if binds {
            let path = immutable.0.join("s.ron");
            fails_then_recovers(
                &path,
                &path,
                &["cannot be written to"],
                || assert!(immutable.set(true), "chattr +i"),
                || assert!(immutable.set(false), "chattr -i"),
            );
            tried.push("immutable folder");
        }
        if tried.is_empty() {
            eprintln!(
                "note: read-only folder test skipped: permission bits do not bind (root), \
                 and neither a tmpfs remount nor chattr +i is available"
            );
        } else {
            eprintln!("read-only folder tested as: {}", tried.join(", "));
        }
    }

    /// Works anywhere, as root too: the session folder's link now points at a file, so every
    /// step of the save meets a real I/O error from the file system.
    #[test]
    fn a_folder_that_became_a_file_is_reported_and_nothing_is_lost() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let real_folder = tmp.path().join("real");
        fs::create_dir(&real_folder).expect("folder");
        let not_a_folder = tmp.path().join("not-a-folder");
        fs::write(&not_a_folder, "a file").expect("file");
        let link = tmp.path().join("sessions");
        let point_link_at = |target: &Path| {
            match fs::remove_file(&link) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => panic!("remove link: {e}"),
            }
            std::os::unix::fs::symlink(target, &link).expect("link");
        };
        point_link_at(&real_folder);
        fails_then_recovers(
            &link.join("s.ron"),
            &real_folder.join("s.ron"),
            &[],
            || point_link_at(&not_a_folder),
            || point_link_at(&real_folder),
        );
    }
}
