//! Reviewing past cafés at scale. Generated cafés of realistic size (about 40 sign-ins and 150
//! notes each, see `support`) are written once under `target/bench-cafes` and reused.
//!
//! At 1,000 cafés: listing the library warm (index present) and cold (no index), re-indexing
//! after one café changed, searching every note for a word, and opening one report. Targets:
//! warm ≤ 100 ms, cold ≤ 3 s, one changed file ≤ 50 ms, a report ≤ 100 ms.
//!
//! At 1,000 and 10,000 cafés (`scale`), what a person waits for: Home's first frame (beside
//! Home with no café at all, and then started in turn with none, 1,000 and 10,000 cafés and
//! compared by median, as one start varies by half its time), the library warm, search's first result and a series opened,
//! each from the index on disk; and `rg -il` over the same folder in the same run, warm and
//! (when run as root, which may drop the page cache) after dropping caches. Targets with
//! 10,000 cafés: Home's first frame ≤ 1.2 × with none, library ≤ 100 ms, search's first result
//! ≤ `rg -il`, a series ≤ 200 ms.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration as StdDuration, Instant};

use cafe_host::review::library::{Progress, scan};
use cafe_host::review::report::CafeReport;
use cafe_host::review::search::Search;
use cafe_host::review::series::SeriesSummary;
use cafe_host::store::{DataDir, load_session, to_ron};
use cafe_host::ui::{AppOptions, CafeApp};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

#[path = "support/folders.rs"]
mod folders;
mod support;
use folders::WORD;
use support::{NOTES, cafe, example};

const CAFES: usize = 1000;

/// Mean wall time of `runs` runs of `rg -il WORD` over `dir` (`None` if ripgrep is missing),
/// each after `before` (e.g. dropping the page cache).
fn ripgrep(dir: &Path, runs: u32, before: impl Fn()) -> Option<StdDuration> {
    let mut total = StdDuration::ZERO;
    for _ in 0..runs {
        before();
        let t = Instant::now();
        let out = std::process::Command::new("rg")
            .args(["-il", WORD])
            .arg(dir)
            .output()
            .ok()?;
        total += t.elapsed();
        black_box(out.stdout.len());
    }
    Some(total / runs)
}

/// Drop the page cache (as root only): `true` when it was dropped.
fn drop_caches() -> bool {
    let synced = std::process::Command::new("sync").status().is_ok();
    synced && std::fs::write("/proc/sys/vm/drop_caches", "3").is_ok()
}

/// Search `folders` for `query` with the index in `index`: the time to the first result, or
/// to the end with `all` (then the number of items found too).
fn search(folders: &[PathBuf], index: &Path, query: &str, all: bool) -> (StdDuration, usize) {
    let (progress, cancel) = (Progress::default(), AtomicBool::new(false));
    let search = Search {
        folders,
        index_dir: index,
        query,
        limit: usize::MAX,
        progress: &progress,
        cancel: &cancel,
    };
    let t = Instant::now();
    let mut first = None;
    let mut found = 0;
    search.run(&mut |hits| {
        first.get_or_insert_with(|| t.elapsed());
        found += hits.hits.len();
        if !all {
            cancel.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    });
    let elapsed = if all {
        t.elapsed()
    } else {
        first.unwrap_or_else(|| t.elapsed())
    };
    (elapsed, found)
}

/// The time from starting the app on Home with `root` as its data folder to its first frame
/// drawn. What the app reads in the background (Home's list, the system's fonts) is then let
/// finish (untimed), so that each start is timed alone, as a person starts the app.
fn home_first_frame(root: &Path) -> StdDuration {
    let t = Instant::now();
    let ctx = egui::Context::default();
    let now = chrono::Utc::now();
    let mut app = CafeApp::new(
        &ctx,
        AppOptions {
            data: DataDir::new(root),
            open: None,
            projector: false,
            table: None,
            shared: None,
            clock: Arc::new(move || now),
            stop: Arc::default(),
        },
    );
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1600.0, 900.0),
        )),
        ..Default::default()
    };
    let mut out = ctx.run_ui(input.clone(), |ui| app.show(ui));
    out.textures_delta.clear();
    black_box(ctx.tessellate(out.shapes, out.pixels_per_point).len());
    let first = t.elapsed();
    while app.home_is_reading() {
        std::thread::sleep(StdDuration::from_millis(5));
        black_box(ctx.run_ui(input.clone(), |ui| app.show(ui)).shapes.len());
    }
    black_box(app.system_fonts_found());
    first
}

/// Home's first frame with each of `roots`, started in turn `rounds` times (so a busy moment
/// of the computer falls on all of them alike): the median time for each.
fn home_first_frames_in_turn(roots: &[&Path], rounds: usize) -> Vec<StdDuration> {
    let mut times = vec![Vec::with_capacity(rounds); roots.len()];
    for _ in 0..rounds {
        for (root, times) in roots.iter().zip(&mut times) {
            times.push(home_first_frame(root));
        }
    }
    times
        .into_iter()
        .map(|mut t| {
            t.sort();
            t[t.len() / 2]
        })
        .collect()
}

/// Criterion's measure of Home's first frame with `root` as the data folder.
fn bench_home(b: &mut criterion::Bencher<'_>, root: &Path) {
    b.iter_custom(|iters| (0..iters).map(|_| home_first_frame(root)).sum());
}

fn ms(d: StdDuration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn scale_bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("scale");
    group.sample_size(10);
    let empty = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    group.bench_function("home first frame, no cafés", |b| {
        bench_home(b, empty.path());
    });
    for n in [1000, 10_000] {
        let root = folders::data_folder(n);
        let sessions = root.join("sessions");
        let folders = vec![sessions.clone()];
        let index = root.join("index");
        println!(
            "{n} cafés, {} MB of session files",
            folders::folder_bytes(&sessions) / 1_000_000
        );
        if !index.exists() {
            let t = Instant::now();
            scan(&folders, &index, &Progress::default());
            let listed = t.elapsed();
            let (built, _) = search(&folders, &index, "", true);
            println!(
                "{n} cafés, the index built from the cafés alone: library {:.0} ms, search text {:.0} ms ({} MB)",
                ms(listed),
                ms(built),
                folders::folder_bytes(&index) / 1_000_000
            );
        }
        group.bench_function(format!("home first frame, {n} cafés"), |b| {
            bench_home(b, &root);
        });
        group.bench_function(format!("library warm, {n} cafés"), |b| {
            b.iter(|| black_box(scan(&folders, &index, &Progress::default()).rows.len()));
        });
        group.bench_function(format!("search first result, {n} cafés"), |b| {
            b.iter_custom(|iters| {
                (0..iters)
                    .map(|_| search(&folders, &index, WORD, false).0)
                    .sum()
            });
        });
        let series = format!("Series {}", n / 12);
        group.bench_function(format!("series opened, {n} cafés"), |b| {
            b.iter(|| {
                let s = SeriesSummary::from_index(&series, &folders, &index, &Progress::default());
                assert_eq!(s.cafes.len(), 6);
                black_box(s.actions.len())
            });
        });
        let (first, _) = search(&folders, &index, WORD, false);
        let (whole, found) = search(&folders, &index, WORD, true);
        let rg = ripgrep(&sessions, 5, || {});
        println!(
            "{n} cafés, warm: search \"{WORD}\" first result {:.1} ms, all {found} in {:.0} ms | rg -il {}",
            ms(first),
            ms(whole),
            rg.map_or_else(
                || "not installed".to_owned(),
                |d| format!("{:.1} ms", ms(d))
            )
        );
        if drop_caches() {
            let cold: Vec<StdDuration> = (0..3)
                .map(|_| {
                    drop_caches();
                    search(&folders, &index, WORD, false).0
                })
                .collect();
            let cold = cold.iter().sum::<StdDuration>() / 3;
            let rg = ripgrep(&sessions, 3, || {
                drop_caches();
            });
            println!(
                "{n} cafés, after dropping caches: search first result {:.1} ms | rg -il {}",
                ms(cold),
                rg.map_or_else(
                    || "not installed".to_owned(),
                    |d| format!("{:.1} ms", ms(d))
                )
            );
        } else {
            println!("{n} cafés: not root, so no figures after dropping caches");
        }
    }
    group.finish();
    let (thousand, ten_thousand) = (folders::data_folder(1000), folders::data_folder(10_000));
    let roots = [empty.path(), thousand.as_path(), ten_thousand.as_path()];
    if let [none, one, ten] = home_first_frames_in_turn(&roots, 100)[..] {
        println!(
            "Home's first frame, started in turn 100 times (medians): no cafés {:.1} ms, 1000 \
             cafés {:.1} ms ({:.2}×), 10000 cafés {:.1} ms ({:.2}×)",
            ms(none),
            ms(one),
            one.as_secs_f64() / none.as_secs_f64(),
            ms(ten),
            ten.as_secs_f64() / none.as_secs_f64()
        );
    }
}

fn review_bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sessions = folders::data_folder(CAFES).join("sessions");
    let folders = vec![sessions.clone()];
    let index = dir.path().join("index");
    let progress = Progress::default();

    let mut group = c.benchmark_group("review");
    group.sample_size(10);
    group.measurement_time(StdDuration::from_secs(20));
    group.bench_function("library cold (no index), 1000 cafés", |b| {
        b.iter_batched(
            || {
                let _ = std::fs::remove_dir_all(&index);
            },
            |()| black_box(scan(&folders, &index, &progress).rows.len()),
            BatchSize::PerIteration,
        );
    });
    group.finish();

    let mut group = c.benchmark_group("review");
    group.sample_size(20);
    scan(&folders, &index, &progress);
    group.bench_function("library warm, 1000 cafés", |b| {
        b.iter(|| black_box(scan(&folders, &index, &progress).rows.len()));
    });
    let base = example();
    let changed = sessions.join(cafe(&base, 500, NOTES).file_name());
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
                let s = scan(&folders, &index, &progress);
                assert_eq!(s.read, 1);
                black_box(s.rows.len())
            },
            BatchSize::PerIteration,
        );
    });
    // The generated folder is left as it was made.
    std::fs::write(
        &changed,
        to_ron(&cafe(&base, 500, NOTES)).unwrap_or_default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    search(&folders, &index, "", true);
    group.bench_function("search one word, every result, 1000 cafés", |b| {
        b.iter(|| black_box(search(&folders, &index, WORD, true).1));
    });
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

criterion_group!(benches, review_bench, scale_bench);
criterion_main!(benches);
