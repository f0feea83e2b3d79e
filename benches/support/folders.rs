//! Folders of generated cafés for the review benchmarks at scale, written once into a folder
//! kept under `target/` and reused by every later run.

use std::path::{Path, PathBuf};

use cafe_host::store::to_ron;

use super::support::{GENERATION, NOTES, cafe, example, kept_folder};

/// The word searched for: one note in fifty holds it.
pub const WORD: &str = "interpreter";

/// A data folder holding `count` generated cafés in its `sessions` folder, written on first use
/// under `target/bench-cafes` and reused afterwards, with the review index the last run left
/// there. Written on as many threads as there are cores.
pub fn data_folder(count: usize) -> PathBuf {
    kept_folder(&format!("{count}-v{GENERATION}"), |sessions| {
        let base = example();
        let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        std::thread::scope(|scope| {
            for t in 0..threads {
                let base = &base;
                scope.spawn(move || {
                    for n in (t..count).step_by(threads) {
                        let s = cafe(base, n, NOTES);
                        let text = to_ron(&s).unwrap_or_else(|e| panic!("{e}"));
                        std::fs::write(sessions.join(s.file_name()), text)
                            .unwrap_or_else(|e| panic!("{e}"));
                    }
                });
            }
        });
    })
}

/// The total size of the files in `dir`, in bytes.
pub fn folder_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir).map_or(0, |d| {
        d.filter_map(Result::ok)
            .filter_map(|e| e.metadata().ok())
            .map(|m| m.len())
            .sum()
    })
}
