//! A café shared through a folder, as the facilitator's laptop sees it:
//!
//! - merging one table laptop's copy that arrived into a 5,000-note café, on the follower's
//!   thread (`prepare`), and what is left for the window's thread (`take`);
//! - how long a note takes from arriving in the shared folder to being in the café, with 10
//!   table laptops writing 200 notes each (the median and the 95th percentile are printed);
//! - the CPU the app spends following a shared folder where nothing changes, over 20 seconds
//!   (printed: it must be close to nothing, the watcher never polls the disk hard).

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use cafe_host::live::{Command, LiveState, RecordCommand};
use cafe_host::model::{Guide, Note, Session, SessionDetails, Step};
use cafe_host::session::follow::Pace;
use cafe_host::session::{OpenCafe, prepare_merge, system_clock, take_prepared};
use cafe_host::store::shared::{self, Role};
use cafe_host::store::{DataDir, load_guide, to_ron};
use chrono::{NaiveDate, Utc};
use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use uuid::Uuid;

const TABLES: u32 = 10;
const NOTES_PER_TABLE: usize = 200;

fn guide() -> Guide {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/guides");
    let first = std::fs::read_dir(dir)
        .expect("guides")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .min()
        .expect("a guide");
    load_guide(&first).expect("bundled guide")
}

fn details() -> SessionDetails {
    SessionDetails {
        title: "Bench café".into(),
        date: NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"),
        venue: "Gym".into(),
        facilitator: "Sam".into(),
        tables: TABLES,
        series: String::new(),
    }
}

fn note(table: Uuid, text: String) -> Note {
    let now = Utc::now();
    Note {
        id: Uuid::new_v4(),
        table,
        question: Some(0),
        round: 1,
        text,
        tags: Default::default(),
        share: false,
        private: false,
        created: now,
        edited: now,
        deleted: false,
    }
}

/// A café of `count` notes over its tables.
fn cafe_with_notes(count: usize) -> Session {
    let mut live = LiveState::new(Session::new(guide(), details(), Utc::now()));
    live.apply(Command::GoTo(Step::Question(0)), Utc::now());
    let tables: Vec<Uuid> = live.session.tables.iter().map(|t| t.id).collect();
    for i in 0..count {
        live.apply(
            Command::Record(RecordCommand::AddNote {
                id: Uuid::new_v4(),
                table: tables[i % tables.len()],
                text: format!("Note {i}: families want to hear from the school before a problem, in their own language"),
                tags: vec![],
                at: None,
            }),
            Utc::now(),
        );
    }
    live.session
}

fn merge_into_a_big_cafe(c: &mut Criterion) {
    let ours = cafe_with_notes(5_000);
    // Table 3's laptop: its 200 notes, all but the newest already in the café.
    let table = ours.tables[2].id;
    let mut theirs = ours.clone();
    theirs.notes.retain(|n| n.table == table);
    theirs.notes.truncate(NOTES_PER_TABLE - 1);
    theirs
        .notes
        .push(note(table, "Just typed at table 3".into()));
    theirs.attendees.clear();
    let mut group = c.benchmark_group("shared folder");
    group.bench_function("prepare: one arrived copy into a 5,000-note café", |b| {
        b.iter(|| prepare_merge(&ours, &theirs).expect("merges"));
    });
    let prepared = prepare_merge(&ours, &theirs).expect("merges");
    group.bench_function("take: the prepared merge, on the window's thread", |b| {
        b.iter_batched(
            || ours.clone(),
            |mut cafe| take_prepared(&mut cafe, &prepared),
            criterion::BatchSize::LargeInput,
        );
    });
    group.finish();
}

/// Write table `number`'s copy into the café's folder as a sync program does: a temporary
/// name, then its own.
fn write_copy(folder: &Path, number: u32, session: &Session) {
    let file = shared::laptop_path(folder, Role::Table(number), &format!("laptop-{number}"));
    let tmp = folder.join(format!(
        ".syncthing.{}.tmp",
        file.file_name().expect("name").to_string_lossy()
    ));
    std::fs::write(&tmp, to_ron(session).expect("text")).expect("written");
    std::fs::rename(&tmp, &file).expect("in place");
}

/// The facilitator's café, shared in a fresh folder, with the table laptops' copies.
struct Room {
    _dirs: (tempfile::TempDir, tempfile::TempDir),
    cafe: OpenCafe,
    folder: std::path::PathBuf,
    copies: Vec<Session>,
}

fn room() -> Room {
    let data = tempfile::tempdir().expect("data");
    let sync = tempfile::tempdir().expect("sync");
    let (mut cafe, _) = OpenCafe::start(
        &DataDir::new(data.path()),
        guide(),
        details(),
        Utc::now(),
        Arc::new(|| {}),
    )
    .expect("started");
    let folder = shared::cafe_folder(sync.path(), &cafe.live().session);
    cafe.share_in(
        folder.clone(),
        Role::Facilitator,
        system_clock(),
        Pace::default(),
    )
    .expect("shared");
    let copies = (0..TABLES).map(|_| cafe.live().session.clone()).collect();
    Room {
        _dirs: (data, sync),
        cafe,
        folder,
        copies,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[at.min(sorted.len() - 1)]
}

fn arrival_to_merged(c: &mut Criterion) {
    let mut room = room();
    let mut latencies = Vec::new();
    let mut round = 0;
    let mut group = c.benchmark_group("shared folder");
    group.sampling_mode(SamplingMode::Flat).sample_size(10);
    group.measurement_time(Duration::from_secs(60));
    group.bench_function("arrival to merged: 10 laptops, one note each", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                // Every laptop's copy grows by one note and arrives.
                let mut waiting = Vec::new();
                for (i, copy) in room.copies.iter_mut().enumerate() {
                    let table = copy.tables[i].id;
                    let n = note(table, format!("Table {} note {round}", i + 1));
                    waiting.push((n.id, Instant::now()));
                    copy.notes.push(n);
                    if copy.notes.len() > NOTES_PER_TABLE {
                        copy.notes.remove(0);
                    }
                    write_copy(&room.folder, u32::try_from(i + 1).expect("small"), copy);
                }
                round += 1;
                let started = Instant::now();
                while !waiting.is_empty() {
                    room.cafe.take_shared();
                    let notes = &room.cafe.live().session.notes;
                    waiting.retain(|(id, at)| {
                        let merged = notes.iter().rev().take(64).any(|n| n.id == *id);
                        if merged {
                            latencies.push(at.elapsed());
                        }
                        !merged
                    });
                    assert!(started.elapsed() < Duration::from_secs(30), "never merged");
                    std::thread::sleep(Duration::from_millis(2));
                }
                total += started.elapsed();
            }
            total
        });
    });
    group.finish();
    latencies.sort_unstable();
    if !latencies.is_empty() {
        println!(
            "arrival to merged over {} notes from {TABLES} laptops: median {:?}, 95th percentile {:?}, slowest {:?}",
            latencies.len(),
            percentile(&latencies, 0.5),
            percentile(&latencies, 0.95),
            latencies[latencies.len() - 1]
        );
    }
}

/// CPU time used so far by every thread of this process, in nanoseconds (Linux).
fn cpu_nanos() -> Option<u64> {
    let mut total = 0;
    for task in std::fs::read_dir("/proc/self/task").ok()? {
        let stat = std::fs::read_to_string(task.ok()?.path().join("schedstat")).ok()?;
        total += stat.split_whitespace().next()?.parse::<u64>().ok()?;
    }
    Some(total)
}

/// How long the idle folder is watched for its CPU figure.
const IDLE_FOR: Duration = Duration::from_secs(20);

fn idle_shared_folder(_: &mut Criterion) {
    if cpu_nanos().is_none() {
        println!("idle CPU: not measured (this system has no /proc)");
        return;
    }
    let room = room();
    for (i, copy) in room.copies.iter().enumerate() {
        write_copy(&room.folder, u32::try_from(i + 1).expect("small"), copy);
    }
    let mut cafe = room.cafe;
    std::thread::sleep(Duration::from_secs(2));
    cafe.take_shared();
    // Nothing changes from now on: only the watcher and the look every few seconds run.
    let before = cpu_nanos().unwrap_or(0);
    std::thread::sleep(IDLE_FOR);
    let used = Duration::from_nanos(cpu_nanos().unwrap_or(0).saturating_sub(before));
    println!(
        "idle shared folder ({TABLES} laptops' copies, nothing changing): {used:?} of CPU in {IDLE_FOR:?}, {:.4}% of one core",
        used.as_secs_f64() / IDLE_FOR.as_secs_f64() * 100.0
    );
    drop(cafe);
}

criterion_group!(
    benches,
    merge_into_a_big_cafe,
    arrival_to_merged,
    idle_shared_folder
);
criterion_main!(benches);
