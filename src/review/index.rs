//! The one index of past cafés, read by everything that lists them: Home's recent cafés, the
//! library, a series, the sign-in desk's returning people and search. Each café file is read
//! once when it is new or has changed (by size and modification time) and what every screen
//! needs of it is kept in the data folder's `index/`:
//!
//! - `cafes.bin`: one [`CafeSummary`] per café (its title, figures, themes and actions), or
//!   why it could not be read — Home, the library and a series;
//! - `people.bin`: the people who signed in at each café — the sign-in desk;
//! - `search.bin`: the searchable text of each café — search, read an entry at a time
//!   ([`super::search`]).
//!
//! All of it is done on a background thread ([`Loader`]); the screens show what they have and
//! fill in as the index arrives. Any part can be deleted: it is rebuilt from the cafés.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::cache::{self, Entry, Stamp};
use super::library::{CafeRow, CafeSummary};
use super::series::SeriesFacts;
use crate::model::{Attendee, Session};
use crate::store::people::PeopleIndex;
use crate::store::read::MAX_INDEX_BYTES;
use crate::store::{DataDir, FileError};

/// The index's facts about each café (summaries, figures, themes, actions).
pub fn cafes_file(index_dir: &Path) -> PathBuf {
    index_dir.join("cafes.bin")
}

/// The index's facts of each café that a series needs (figures, tags, themes, actions).
pub fn series_file(index_dir: &Path) -> PathBuf {
    index_dir.join("series.bin")
}

/// The index's people of each café.
pub fn people_file(index_dir: &Path) -> PathBuf {
    index_dir.join("people.bin")
}

/// The index's searchable text of every café (notes, themes and actions).
pub fn search_file(index_dir: &Path) -> PathBuf {
    index_dir.join("search.bin")
}

/// How far a reading has got, shared with the screen that shows it.
#[derive(Debug, Default)]
pub struct Progress {
    pub done: AtomicUsize,
    pub total: AtomicUsize,
}

impl Progress {
    /// (files read, files to read).
    pub fn get(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    pub(crate) fn start(&self, total: usize) {
        self.total.store(total, Ordering::Relaxed);
        self.done.store(0, Ordering::Relaxed);
    }
}

/// Everything a listing found.
#[derive(Debug, Default)]
pub struct Scan {
    /// One row per file, in the order of the folders and then by file name.
    pub rows: Vec<CafeRow>,
    /// How many files were read because the index did not know them as they are now.
    pub read: usize,
    /// A problem saving the index, in plain words (the rows are still right).
    pub index_problem: Option<String>,
    /// Only the cafés known so far (from the index, then as they are read), while the others
    /// are still being read.
    pub partial: bool,
}

/// `*.ron` session files directly in each folder (hidden files skipped), without repeats.
pub fn session_files(folders: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(folder) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .filter(|e| {
                let name = e.file_name();
                let name = name.to_string_lossy();
                name.ends_with(".ron")
                    && !name.starts_with('.')
                    // The directory entry's type needs no extra look at the disk; a link is
                    // followed to see what it points to.
                    && e.file_type().is_ok_and(|t| {
                        t.is_file() || (t.is_symlink() && e.path().is_file())
                    })
            })
            .map(|e| e.path())
            .collect();
        files.sort();
        for f in files {
            if seen.insert(f.clone()) {
                out.push(f);
            }
        }
    }
    out
}

/// The folders a library lists: the data folder's sessions, then the extra folders.
pub fn folders(data: &DataDir, extra: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = vec![data.sessions()];
    out.extend(extra.iter().cloned());
    out
}

/// The session files of `folders` (as [`session_files`] lists them) with their stamps, as they
/// are now. Looking at ten thousand files takes a while: it is shared among the cores.
pub(crate) fn files_with_stamps(folders: &[PathBuf]) -> Vec<(PathBuf, Option<Stamp>)> {
    let files = session_files(folders);
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let stamps = read_parallel(&paths, &|p: &Path| Stamp::of(p), &Progress::default());
    files.into_iter().zip(stamps).collect()
}

/// Whether an index entry still tells the truth about a file stamped `now`.
fn fresh<T>(entry: Option<&Entry<T>>, now: Option<Stamp>) -> bool {
    now.is_some() && entry.map(|e| e.stamp) == now
}

/// The entries of one part of the index, by the path of their café file.
pub(crate) type Entries<T> = HashMap<std::ffi::OsString, Entry<T>>;

/// How many times at most a long reading hands on what it has so far.
const SHOWN_BATCHES: usize = 10;
/// Fewer files than this are read in one go, shown when all are done.
const MIN_BATCH: usize = 200;

/// Bring the index part in `part` up to date for `files`: unchanged files keep their entry,
/// the others are read with `read` (on every core). Entries of files in folders that were not
/// looked at are kept; those of files gone from `folders` are dropped. Returns the entries by
/// path, how many files were read and a problem saving the part.
fn refresh<T>(
    files: &[(PathBuf, Option<Stamp>)],
    folders: &[PathBuf],
    part: &Path,
    progress: &Progress,
    read: impl Fn(&Path) -> T + Sync,
    known: &mut dyn FnMut(&Entries<T>),
) -> (Entries<T>, usize, Option<String>)
where
    T: Serialize + DeserializeOwned + Send,
{
    let mut entries: Entries<T> = cache::load(part, MAX_INDEX_BYTES);
    let stale: Vec<usize> = (0..files.len())
        .filter(|&i| !fresh(entries.get(files[i].0.as_os_str()), files[i].1))
        .collect();
    progress.start(stale.len());
    if !stale.is_empty() {
        known(&entries);
    }
    let listed: HashSet<&std::ffi::OsStr> = files.iter().map(|(f, _)| f.as_os_str()).collect();
    let looked_at = |p: &Path| {
        p.parent()
            .is_some_and(|dir| folders.iter().any(|f| f.as_path() == dir))
    };
    let before = entries.len();
    entries.retain(|path, _| listed.contains(path.as_os_str()) || !looked_at(Path::new(path)));
    let dropped = entries.len() != before;
    // Read in batches, each handed on as it is done, so that a first reading of thousands of
    // cafés shows them as they come rather than all at the end.
    let batch = (stale.len() / SHOWN_BATCHES).max(MIN_BATCH);
    let batches = stale.chunks(batch);
    let last = batches.len().saturating_sub(1);
    for (n, part) in batches.enumerate() {
        let paths: Vec<&Path> = part.iter().map(|&i| files[i].0.as_path()).collect();
        for (i, value) in part.iter().zip(read_parallel(&paths, &read, progress)) {
            let (path, stamp) = &files[*i];
            entries.insert(
                path.clone().into_os_string(),
                Entry {
                    path: path.clone(),
                    stamp: stamp.unwrap_or_default(),
                    value,
                },
            );
        }
        if n < last {
            known(&entries);
        }
    }
    let problem = if stale.is_empty() && !dropped {
        None
    } else {
        cache::store(part, entries.values()).err()
    };
    (entries, stale.len(), problem)
}

/// `read` each of `paths` on up to as many threads as the machine has cores, in order.
pub(crate) fn read_parallel<T: Send>(
    paths: &[&Path],
    read: &(impl Fn(&Path) -> T + Sync),
    progress: &Progress,
) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, 8);
    let chunk = paths.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = paths
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|p| {
                            let value = read(p);
                            progress.done.fetch_add(1, Ordering::Relaxed);
                            value
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|_| Vec::new()))
            .collect()
    })
}

/// A café file read for the index: its summary, or why it could not be read.
fn summary_of(path: &Path) -> Result<CafeSummary, FileError> {
    crate::store::load_session(path).map(|loaded| CafeSummary::of(&loaded.session))
}

/// One row per session file in `folders`, from the index for unchanged files (the others are
/// read, and the index updated).
pub fn scan(folders: &[PathBuf], index_dir: &Path, progress: &Progress) -> Scan {
    scan_showing(folders, index_dir, progress, &mut |_| {})
}

/// [`scan`], handing `known` the rows the index already knows as they are now before any file
/// is read (only when some must be read), and then those known so far after each batch of a
/// long reading, so a screen can show them meanwhile.
pub fn scan_showing(
    folders: &[PathBuf],
    index_dir: &Path,
    progress: &Progress,
    known: &mut dyn FnMut(Scan),
) -> Scan {
    let files = files_with_stamps(folders);
    let (entries, read, index_problem) = refresh(
        &files,
        folders,
        &cafes_file(index_dir),
        progress,
        summary_of,
        &mut |entries| {
            let rows: Vec<CafeRow> = files
                .iter()
                .filter_map(|(path, stamp)| {
                    let entry = entries
                        .get(path.as_os_str())
                        .filter(|e| fresh(Some(*e), *stamp))?;
                    Some(CafeRow {
                        modified: stamp.map(|s| s.modified()),
                        path: path.clone(),
                        summary: entry.value.clone(),
                    })
                })
                .collect();
            if !rows.is_empty() {
                known(Scan {
                    rows,
                    partial: true,
                    ..Scan::default()
                });
            }
        },
    );
    Scan {
        rows: rows_of(files, entries),
        read,
        index_problem,
        partial: false,
    }
}

/// The library's rows of `folders` with what a series needs of each café, from the index (files
/// new or changed since are read, and the index updated).
pub fn series_listing(
    folders: &[PathBuf],
    index_dir: &Path,
    progress: &Progress,
) -> (Vec<CafeRow>, Entries<Result<SeriesFacts, FileError>>) {
    let files = files_with_stamps(folders);
    let (entries, _, problem) = refresh(
        &files,
        folders,
        &cafes_file(index_dir),
        progress,
        summary_of,
        &mut |_| {},
    );
    let (facts, _, facts_problem) = refresh(
        &files,
        folders,
        &series_file(index_dir),
        progress,
        |path| {
            crate::store::load_session(path).map(|loaded| {
                let s = &loaded.session;
                SeriesFacts::of(s, crate::model::Figures::of(&s.attendees, &s.tallies))
            })
        },
        &mut |_| {},
    );
    if let Some(problem) = problem.or(facts_problem) {
        log::warn!("{problem}");
    }
    (rows_of(files, entries), facts)
}

/// Why a file the index has no entry for is listed without its summary.
fn not_read(path: &Path) -> FileError {
    FileError::of(
        path,
        None,
        crate::store::FileProblem::NotRead,
        "the file could not be read",
    )
}

/// One row per file of `files`, from `entries`.
fn rows_of(
    files: Vec<(PathBuf, Option<Stamp>)>,
    mut entries: Entries<Result<CafeSummary, FileError>>,
) -> Vec<CafeRow> {
    files
        .into_iter()
        .map(|(path, stamp)| {
            let summary = entries
                .remove(path.as_os_str())
                .map_or_else(|| Err(not_read(&path)), |e| e.value);
            CafeRow {
                modified: stamp.map(|s| s.modified()),
                path,
                summary,
            }
        })
        .collect()
}

/// The people who signed in at one café, as the index keeps them: only what the sign-in desk
/// offers (no deleted or erased sign-ins, and contact details only with consent).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct PeopleFacts {
    pub id: Uuid,
    pub date: NaiveDate,
    pub people: Vec<Attendee>,
}

impl PeopleFacts {
    pub fn of(session: &Session) -> Self {
        let people = session
            .attendees
            .iter()
            .filter(|a| !a.deleted && !a.erased)
            .map(|a| {
                let mut a = a.clone();
                if !a.consent_contact {
                    a.contact = None;
                }
                a
            })
            .collect();
        Self {
            id: session.id,
            date: session.details.date,
            people,
        }
    }
}

/// Everyone who came to a café in `sessions_dir` other than the café `skip`, from the index
/// kept in `index_dir` (files new or changed since are read, and the index updated). Files that
/// cannot be read are listed in [`PeopleIndex::unreadable`].
pub fn people(sessions_dir: &Path, index_dir: &Path, skip: Uuid) -> PeopleIndex {
    let folders = [sessions_dir.to_owned()];
    if let Err(e) = std::fs::read_dir(sessions_dir) {
        let mut index = PeopleIndex::default();
        if e.kind() != std::io::ErrorKind::NotFound {
            index.unreadable_folder(sessions_dir, &e);
        }
        return index;
    }
    let files = files_with_stamps(&folders);
    let (entries, _, problem) = refresh(
        &files,
        &folders,
        &people_file(index_dir),
        &Progress::default(),
        |path| {
            crate::store::load_session(path)
                .map(|loaded| PeopleFacts::of(&loaded.session))
                .map_err(|e| e.message)
        },
        &mut |_| {},
    );
    if let Some(problem) = problem {
        log::warn!("{problem}");
    }
    let cafes = files.iter().filter_map(|(f, _)| entries.get(f.as_os_str()));
    PeopleIndex::from_cafes(cafes.map(|e| {
        (
            e.path.as_path(),
            e.value.as_ref().map(|facts| {
                let people = if facts.id == skip {
                    &[][..]
                } else {
                    &facts.people[..]
                };
                (facts.date, people)
            }),
        )
    }))
}

/// Forget what the index keeps of the cafés' words and people (after words were taken out of a
/// café: a note made private, names erased). It is rebuilt the next time it is needed. A
/// failure says which file still holds the old words.
pub fn forget_words(index_dir: &Path) -> Result<(), String> {
    for file in [
        search_file(index_dir),
        people_file(index_dir),
        series_file(index_dir),
        cafes_file(index_dir),
    ] {
        match std::fs::remove_file(&file) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(format!("{} ({e})", file.display())),
        }
    }
    Ok(())
}

/// A reading running on a background thread, so the window never freezes while files are read.
pub struct Loader<T> {
    pub progress: Arc<Progress>,
    receiver: mpsc::Receiver<T>,
    finished: Arc<AtomicBool>,
}

impl<T: Send + 'static> Loader<T> {
    /// Start `job` on its own thread; `wake` is called when it is done (e.g. to ask for a
    /// repaint).
    pub fn run(
        job: impl FnOnce(&Progress) -> T + Send + 'static,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        Self::run_showing(move |p, _| job(p), wake)
    }

    /// [`Loader::run`] for a job that may hand on what it has so far (through its second
    /// argument) before its result; [`Loader::poll`] gives each in turn.
    pub fn run_showing(
        job: impl FnOnce(&Progress, &mut dyn FnMut(T)) -> T + Send + 'static,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let progress = Arc::new(Progress::default());
        let finished = Arc::new(AtomicBool::new(false));
        let (sender, receiver) = mpsc::channel();
        let (p, f) = (Arc::clone(&progress), Arc::clone(&finished));
        let spawned = std::thread::Builder::new()
            .name("review-index".into())
            .spawn(move || {
                let result = job(&p, &mut |so_far| {
                    if sender.send(so_far).is_ok() {
                        wake();
                    }
                });
                // The screen may have been closed meanwhile; then nobody needs the result.
                if sender.send(result).is_ok() {
                    f.store(true, Ordering::Relaxed);
                    wake();
                }
            });
        if let Err(e) = spawned {
            log::error!("the cafés could not be read in the background: {e}");
        }
        Self {
            progress,
            receiver,
            finished,
        }
    }

    /// What the job has handed on since the last look, or its result once it has finished
    /// (only once).
    pub fn poll(&self) -> Option<T> {
        // The newest only: each hands on all that came before it, and the result comes last.
        self.receiver.try_iter().last()
    }

    /// Whether the job has finished (its result may already have been taken).
    pub fn is_finished(&self) -> bool {
        self.finished.load(Ordering::Relaxed)
    }
}

/// The library's listing of `folders`, read in the background: first the cafés the index knows
/// ([`Scan::partial`]) when others must be read, more as they are read, then all of them.
pub type LibraryLoader = Loader<Scan>;

impl Loader<Scan> {
    /// Start listing `folders` with the index in `index_dir`.
    pub fn start(
        folders: Vec<PathBuf>,
        index_dir: PathBuf,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        Self::run_showing(
            move |p, known| scan_showing(&folders, &index_dir, p, &mut |s| known(s)),
            wake,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_come_from_the_index_and_unreadable_cafes_are_counted_and_named() {
        let dir = tempfile::tempdir().expect("temp dir");
        let sessions = dir.path().join("sessions");
        let index = dir.path().join("index");
        std::fs::create_dir(&sessions).expect("folder");
        let good = crate::store::load_session(Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/sessions/2026-11-19_being-heard-at-school_6c1e0000.ron"
        )))
        .expect("example")
        .session;
        std::fs::write(
            sessions.join("good.ron"),
            crate::store::to_ron(&good).expect("text"),
        )
        .expect("write");
        std::fs::write(sessions.join("cut.ron"), "Session(schema_version: 1,").expect("write");
        std::fs::write(sessions.join("other.txt"), "not a session, not read").expect("write");
        let found = people(&sessions, &index, Uuid::new_v4());
        assert_eq!(found.unreadable().len(), 1, "{:?}", found.unreadable());
        let summary = found.unreadable_summary().expect("said");
        assert!(
            summary.starts_with("1 earlier café could not be read"),
            "{summary}"
        );
        assert!(summary.contains("cut.ron"), "{summary}");
        let known = found.len();
        assert!(known > 5, "{known} people");
        std::fs::remove_file(sessions.join("cut.ron")).expect("remove");
        let again = people(&sessions, &index, Uuid::new_v4());
        assert!(again.unreadable_summary().is_none());
        assert_eq!(again.len(), known, "the same people, from the index");
        assert!(people_file(&index).is_file());
        let tonight = people(&sessions, &index, good.id);
        assert_eq!(tonight.len(), 0, "tonight's own café is skipped");
        assert!(
            people(&dir.path().join("missing"), &index, good.id).is_empty(),
            "no folder, no one"
        );
    }
}
