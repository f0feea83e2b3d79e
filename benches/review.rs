//! Reviewing past cafés at scale: 1,000 cafés of realistic size (about 40 sign-ins and 150
//! notes each) in a temporary data folder. Measured: listing the library warm (index present)
//! and cold (no index), re-indexing after one café changed, searching every note for a word
//! (beside `rg -i` over the same files, timed in the same run), and opening one report.
//! Targets: warm ≤ 100 ms, cold ≤ 3 s, one changed file ≤ 50 ms, search ≤ 200 ms and no
//! slower than ripgrep, a report ≤ 100 ms.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration as StdDuration, Instant};

use cafe_host::model::{Attendee, Commitment, Note, Role, Session, Step, StepShown, Tag, Theme};
use cafe_host::review::library::{Progress, scan};
use cafe_host::review::report::CafeReport;
use cafe_host::store::{load_session, to_ron};
use chrono::{Duration, NaiveDate};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use uuid::Uuid;

const CAFES: usize = 1000;
const PEOPLE: usize = 40;
const NOTES: usize = 150;
const WORD: &str = "interpreter";

const WORDS: [&str; 24] = [
    "grandma",
    "bus",
    "snow",
    "reading",
    "recipe",
    "teacher",
    "phone",
    "newsletter",
    "after",
    "lunch",
    "homework",
    "library",
    "Spanish",
    "Somali",
    "meeting",
    "shifts",
    "principal",
    "stories",
    "dinner",
    "trust",
    "welcome",
    "childcare",
    "class",
    "weekend",
];

fn sentence(seed: usize, words: usize) -> String {
    let mut out: Vec<&str> = (0..words)
        .map(|i| WORDS[(seed.wrapping_mul(31) + i * 7 + i * i) % WORDS.len()])
        .collect();
    // One note in fifty needs an interpreter: the word searched for.
    if seed % 50 == 7 {
        out.insert(words / 2, "Interpreter");
    }
    let mut s = out.join(" ");
    s.push('.');
    s
}

fn example() -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions/2026-11-12_our-children-our-school_5e1f2a9c.ron");
    load_session(&path).map_or_else(|e| panic!("{e}"), |l| l.session)
}

/// A café of realistic size, different for each `n`.
fn cafe(base: &Session, n: usize, notes: usize) -> Session {
    let mut s = base.clone();
    s.id = Uuid::from_u128(0xcafe_0000_0000_0000 + n as u128);
    s.details.title = format!("Family café {n}");
    s.details.series = format!("Series {}", n / 6);
    s.details.date =
        NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default() + Duration::days(n as i64 * 3);
    s.tables.clear();
    s.details.tables = 6;
    s.ensure_tables();
    let start = s.created;
    s.timeline = [
        Step::Welcome,
        Step::Agreements,
        Step::Question(0),
        Step::Question(1),
        Step::Question(2),
        Step::Harvest,
        Step::Closing,
    ]
    .iter()
    .enumerate()
    .map(|(i, step)| StepShown {
        step: *step,
        at: start + Duration::minutes(i as i64 * 18),
    })
    .collect();
    s.attendees = (0..PEOPLE)
        .map(|i| Attendee {
            id: Uuid::from_u128((n * 1000 + i) as u128 + (1 << 100)),
            name: format!("Person {} {}", WORDS[i % WORDS.len()], i + n),
            role: Role::ALL[i % Role::ALL.len()],
            household: format!("Household {}", i / 3),
            children_in_childcare: (i % 3) as u32,
            language: ["English", "Spanish", "Vietnamese", "Somali"][i % 4].into(),
            interpreter: i % 4 != 0,
            first_visit: i % 5 == 0,
            contact: None,
            consent_contact: false,
            consent_photos: i % 2 == 0,
            table: Some((i % 6) as u32 + 1),
            checked_in: start,
            edited: start,
            deleted: false,
            erased: false,
        })
        .collect();
    let tables: Vec<Uuid> = s.tables.iter().map(|t| t.id).collect();
    s.notes = (0..notes)
        .map(|i| Note {
            id: Uuid::from_u128((n * 1000 + i) as u128 + (2 << 100)),
            table: tables[i % tables.len()],
            question: Some(i % 3),
            round: (i % 3) as u32 + 1,
            text: sentence(n * 7 + i, 8 + i % 12),
            tags: [Tag::ALL[i % 5]].into(),
            share: i % 3 == 0,
            private: i % 40 == 0,
            created: start,
            edited: start,
            deleted: false,
        })
        .collect();
    s.themes = (0..5)
        .map(|i| Theme {
            id: Uuid::from_u128((n * 10 + i) as u128 + (3 << 100)),
            title: sentence(n + i, 3),
            notes: s.notes.iter().skip(i).step_by(9).map(|x| x.id).collect(),
            edited: start,
            deleted: false,
        })
        .collect();
    s.commitments = (0..4)
        .map(|i| Commitment {
            id: Uuid::from_u128((n * 10 + i) as u128 + (4 << 100)),
            text: sentence(n + i * 3, 9),
            owner: "Parent group".into(),
            due: None,
            done: i % 2 == 0,
            done_at: None,
            edited: start,
            deleted: false,
        })
        .collect();
    s
}

fn write_cafes(dir: &Path) -> PathBuf {
    let sessions = dir.join("sessions");
    std::fs::create_dir_all(&sessions).unwrap_or_else(|e| panic!("{e}"));
    let base = example();
    for n in 0..CAFES {
        let s = cafe(&base, n, NOTES);
        let text = to_ron(&s).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(sessions.join(s.file_name()), text).unwrap_or_else(|e| panic!("{e}"));
    }
    sessions
}

/// Mean wall time of `runs` runs of `rg -i WORD` over `dir` (`None` if ripgrep is missing).
fn ripgrep(dir: &Path, runs: u32) -> Option<StdDuration> {
    let mut total = StdDuration::ZERO;
    for _ in 0..runs {
        let t = Instant::now();
        let out = std::process::Command::new("rg")
            .args(["-i", "-c", WORD])
            .arg(dir)
            .output()
            .ok()?;
        total += t.elapsed();
        black_box(out.stdout.len());
    }
    Some(total / runs)
}

fn review_bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sessions = write_cafes(dir.path());
    let folders = vec![sessions.clone()];
    let index = dir.path().join("index");
    let progress = Progress::default();
    let size: u64 = std::fs::read_dir(&sessions).map_or(0, |d| {
        d.filter_map(Result::ok)
            .filter_map(|e| e.metadata().ok())
            .map(|m| m.len())
            .sum()
    });
    println!("{CAFES} cafés, {} MB of session files", size / 1_000_000);

    let mut group = c.benchmark_group("review");
    group.sample_size(10);
    group.measurement_time(StdDuration::from_secs(20));
    group.bench_function("library cold (no index), 1000 cafés", |b| {
        b.iter_batched(
            || {
                let _ = std::fs::remove_dir_all(&index);
            },
            |()| black_box(scan(&folders, &index, false, &progress).rows.len()),
            BatchSize::PerIteration,
        );
    });
    group.finish();

    let mut group = c.benchmark_group("review");
    group.sample_size(20);
    scan(&folders, &index, true, &progress);
    group.bench_function("library warm, 1000 cafés", |b| {
        b.iter(|| black_box(scan(&folders, &index, false, &progress).rows.len()));
    });
    let changed = sessions.join(cafe(&example(), 500, NOTES).file_name());
    let base = example();
    let mut flip = 0usize;
    group.bench_function("library after one café changed, 1000 cafés", |b| {
        b.iter_batched(
            || {
                flip += 1;
                let s = cafe(&base, 500, NOTES + flip % 2);
                std::fs::write(&changed, to_ron(&s).unwrap_or_default())
                    .unwrap_or_else(|e| panic!("{e}"));
            },
            |()| {
                let s = scan(&folders, &index, false, &progress);
                assert_eq!(s.read, 1);
                black_box(s.rows.len())
            },
            BatchSize::PerIteration,
        );
    });
    let corpus = scan(&folders, &index, true, &progress)
        .corpus
        .unwrap_or_default();
    let found: usize = corpus
        .search(WORD, usize::MAX)
        .iter()
        .map(|c| c.hits.len())
        .sum();
    group.bench_function("search one word, 1000 cafés", |b| {
        b.iter(|| black_box(corpus.search(WORD, usize::MAX).len()));
    });
    let t = Instant::now();
    let runs = 20;
    for _ in 0..runs {
        black_box(corpus.search(WORD, usize::MAX).len());
    }
    let ours = t.elapsed() / runs;
    match ripgrep(&sessions, 10) {
        Some(rg) => println!(
            "search \"{WORD}\" over {CAFES} cafés: Café Host {:.1} ms ({found} notes, themes or actions) | rg -i {:.1} ms | ratio {:.2}",
            ours.as_secs_f64() * 1000.0,
            rg.as_secs_f64() * 1000.0,
            ours.as_secs_f64() / rg.as_secs_f64()
        ),
        None => println!(
            "search: Café Host {:.1} ms; ripgrep (rg) is not installed, so no comparison",
            ours.as_secs_f64() * 1000.0
        ),
    }
    let one = sessions.join(cafe(&base, 10, NOTES).file_name());
    group.bench_function("open one report (read + build), 150 notes", |b| {
        b.iter(|| {
            let s = load_session(&one).unwrap_or_else(|e| panic!("{e}")).session;
            black_box(CafeReport::of(&s).note_count())
        });
    });
    let big = cafe(&base, 11, 500);
    group.bench_function("build a report, 500 notes", |b| {
        b.iter(|| black_box(CafeReport::of(&big).note_count()));
    });
    let ctx = egui::Context::default();
    let mut screen = cafe_host::ui::review::ReportScreen::new(
        one.clone(),
        &big,
        dir.path().join("exports"),
        None,
    );
    group.bench_function("report screen frame, 500 notes", |b| {
        b.iter(|| {
            let input = egui::RawInput {
                screen_rect: Some(egui::Rect::from_min_size(
                    egui::Pos2::ZERO,
                    egui::vec2(1600.0, 900.0),
                )),
                ..Default::default()
            };
            let mut out = ctx.run_ui(input, |ui| {
                black_box(screen.ui(ui));
            });
            out.textures_delta.clear();
            black_box(ctx.tessellate(out.shapes, out.pixels_per_point).len())
        });
    });
    group.finish();
}

criterion_group!(benches, review_bench);
criterion_main!(benches);
