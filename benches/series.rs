//! Opening a series, warm (its review index present): the series view of 7 cafés (a usual
//! series) and of 100, from the index on disk to its first frame drawn. Target: ≤ 100 ms each.
//! The cafés are generated (see `support`), each with a goodbye check and actions done, and
//! written once under `target/bench-cafes`.

use std::hint::black_box;
use std::path::PathBuf;

use cafe_host::review::Progress;
use cafe_host::review::series::SeriesSummary;
use cafe_host::store::to_ron;
use cafe_host::ui::review::SeriesScreen;
use chrono::Duration;
use criterion::{Criterion, criterion_group, criterion_main};
use uuid::Uuid;

mod support;
use support::{GENERATION, NOTES, cafe, example, kept_folder};

/// The series sizes measured.
const SIZES: [usize; 2] = [7, 100];

/// A data folder whose `sessions` hold one series of each of [`SIZES`] cafés ("Series of 7"
/// holds 7), each café with a goodbye check and its done actions done a day after it.
fn series_folder() -> PathBuf {
    kept_folder(&format!("series-v{GENERATION}"), |sessions| {
        let base = example();
        let mut n = 0;
        for size in SIZES {
            for _ in 0..size {
                let mut s = cafe(&base, n, NOTES);
                s.details.series = format!("Series of {size}");
                let mut door = cafe_host::model::DoorCounts::new(Uuid::from_u128(n as u128));
                door.welcome = [1, 2, 6, 12, 15];
                door.again = [25, 6, 2];
                s.goodbye = vec![door];
                let began = s.started_at();
                for c in s.commitments.iter_mut().filter(|c| c.done) {
                    c.done_at = Some(began + Duration::days(1));
                }
                let text = to_ron(&s).unwrap_or_else(|e| panic!("{e}"));
                std::fs::write(sessions.join(s.file_name()), text)
                    .unwrap_or_else(|e| panic!("{e}"));
                n += 1;
            }
        }
    })
}

/// One frame of `screen` on a 1366×768 laptop, tessellated as the window would be.
fn frame(ctx: &egui::Context, screen: &mut SeriesScreen) -> usize {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1366.0, 768.0),
        )),
        ..Default::default()
    };
    let mut out = ctx.run_ui(input, |ui| {
        black_box(screen.ui(ui));
    });
    out.textures_delta.clear();
    ctx.tessellate(out.shapes, out.pixels_per_point).len()
}

fn series_bench(c: &mut Criterion) {
    let root = series_folder();
    let folders = vec![root.join("sessions")];
    let index = root.join("index");
    // Warm: the index is built once, before any measurement.
    SeriesSummary::from_index("Series of 7", &folders, &index, &Progress::default());
    let mut group = c.benchmark_group("series");
    group.sample_size(20);
    for size in SIZES {
        let name = format!("Series of {size}");
        group.bench_function(format!("summary from the index, {size} cafés"), |b| {
            b.iter(|| {
                let s = SeriesSummary::from_index(&name, &folders, &index, &Progress::default());
                assert_eq!(s.cafes.len(), size);
                black_box(s.cafes.len())
            });
        });
        group.bench_function(
            format!("view opened to its first frame, {size} cafés"),
            |b| {
                let ctx = egui::Context::default();
                b.iter(|| {
                    let s =
                        SeriesSummary::from_index(&name, &folders, &index, &Progress::default());
                    let mut screen = SeriesScreen::new(s, root.join("exports"));
                    black_box(frame(&ctx, &mut screen))
                });
            },
        );
    }
    group.finish();
}

criterion_group!(benches, series_bench);
criterion_main!(benches);
