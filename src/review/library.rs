//! The library: one row per session file in the data folder and in any folder the host added,
//! sortable and filterable. A broken file is a row with its error; it never hides the others.
//! Reading a thousand files takes seconds, so rows come from the review index when a file is
//! unchanged, and a [`LibraryLoader`] does the reading on a background thread with progress.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::cache::{self, Entry, Stamp};
use super::search::{Corpus, SearchItem};
use crate::model::{Figures, PeopleCount, Session};
use crate::store::DataDir;
use crate::store::people::fold;

/// What the library shows about one café.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct CafeSummary {
    pub id: Uuid,
    pub date: NaiveDate,
    pub title: String,
    /// The guide's title.
    pub guide: String,
    /// The series name as shown (the guide's title when the host named none).
    pub series: String,
    pub people: u32,
    pub first_visits: PeopleCount,
    pub tables: u32,
    /// Notes that may be shown (deleted and private notes are not counted).
    pub notes: u32,
    pub themes: u32,
    pub open_actions: u32,
    /// From the first step shown to the last, to the nearest minute.
    pub minutes: u32,
}

impl CafeSummary {
    pub fn of(session: &Session) -> Self {
        let figures = Figures::of(&session.attendees, &session.tallies);
        Self {
            id: session.id,
            date: session.details.date,
            title: session.details.title.clone(),
            guide: session.guide.title.clone(),
            series: session.series_name().to_owned(),
            people: figures.total,
            first_visits: figures.first_timers,
            tables: u32::try_from(session.tables.len()).unwrap_or(u32::MAX),
            notes: count(session.live_notes().filter(|n| !n.private)),
            themes: count(session.themes.iter().filter(|t| !t.deleted)),
            open_actions: count(session.commitments.iter().filter(|c| !c.deleted && !c.done)),
            minutes: session.length_minutes(),
        }
    }
}

fn count<T>(items: impl Iterator<Item = T>) -> u32 {
    u32::try_from(items.count()).unwrap_or(u32::MAX)
}

/// One session file in the library: its summary, or why it could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CafeRow {
    pub path: PathBuf,
    pub summary: Result<CafeSummary, String>,
}

/// How far a scan has got, shared with the screen that shows it.
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
}

/// Everything a scan found.
#[derive(Debug, Default)]
pub struct Scan {
    /// One row per file, in the order of the folders and then by file name.
    pub rows: Vec<CafeRow>,
    /// The searchable text of every café (only when asked for).
    pub corpus: Option<Corpus>,
    /// How many files were read because the index did not know them as they are now.
    pub read: usize,
    /// A problem saving the index, in plain words (the rows are still right).
    pub index_problem: Option<String>,
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

type Read = (Result<CafeSummary, String>, Vec<SearchItem>);

fn read_one(path: &Path, search: bool) -> Read {
    match crate::store::load_session(path) {
        Ok(loaded) => (
            Ok(CafeSummary::of(&loaded.session)),
            if search {
                SearchItem::all_of(&loaded.session)
            } else {
                Vec::new()
            },
        ),
        Err(e) => (Err(e.plain()), Vec::new()),
    }
}

/// List every session file in `folders`, using the index in `index_dir` for unchanged files
/// and updating it. With `search`, the searchable text of every café is gathered too.
pub fn scan(folders: &[PathBuf], index_dir: &Path, search: bool, progress: &Progress) -> Scan {
    let files = session_files(folders);
    let rows_file = index_dir.join("library.ron");
    let text_file = cache::search_file(index_dir);
    let mut rows_cache: HashMap<PathBuf, Entry<Result<CafeSummary, String>>> =
        cache::load(&rows_file);
    let mut text_cache: HashMap<PathBuf, Entry<Vec<SearchItem>>> = if search {
        cache::load(&text_file)
    } else {
        HashMap::new()
    };
    let stamps: Vec<Option<Stamp>> = files.iter().map(|f| Stamp::of(f)).collect();
    let stale: Vec<usize> = (0..files.len())
        .filter(|&i| {
            let fresh = |stamp: Option<Stamp>| stamps[i].is_some() && stamp == stamps[i];
            !fresh(rows_cache.get(&files[i]).map(|e| e.stamp))
                || (search && !fresh(text_cache.get(&files[i]).map(|e| e.stamp)))
        })
        .collect();
    progress.total.store(stale.len(), Ordering::Relaxed);
    progress.done.store(0, Ordering::Relaxed);
    let read = read_parallel(&files, &stale, search, progress);
    let changed = !read.is_empty() || rows_cache.len() != files.len();
    for (i, (summary, items)) in read {
        let (path, stamp) = (
            files[i].clone(),
            stamps[i].unwrap_or(Stamp {
                size: 0,
                modified_secs: 0,
                modified_nanos: 0,
            }),
        );
        rows_cache.insert(
            path.clone(),
            Entry {
                path: path.clone(),
                stamp,
                value: summary,
            },
        );
        if search {
            text_cache.insert(
                path.clone(),
                Entry {
                    path,
                    stamp,
                    value: items,
                },
            );
        }
    }
    let rows: Vec<CafeRow> = files
        .iter()
        .map(|f| CafeRow {
            path: f.clone(),
            summary: rows_cache.get(f).map_or_else(
                || Err("the file could not be read".to_owned()),
                |e| e.value.clone(),
            ),
        })
        .collect();
    let corpus = search.then(|| {
        Corpus::new(
            files
                .iter()
                .filter_map(|f| text_cache.get(f).map(|e| (f.clone(), e.value.clone())))
                .collect(),
        )
    });
    let mut index_problem = None;
    if changed {
        let listed: HashSet<&PathBuf> = files.iter().collect();
        let keep = |f: &PathBuf| listed.contains(f);
        let rows_entries: Vec<_> = rows_cache.into_values().filter(|e| keep(&e.path)).collect();
        index_problem = cache::store(&rows_file, rows_entries).err();
        if search {
            let text_entries: Vec<_> = text_cache.into_values().filter(|e| keep(&e.path)).collect();
            index_problem = index_problem.or(cache::store(&text_file, text_entries).err());
        }
    }
    Scan {
        rows,
        corpus,
        read: stale.len(),
        index_problem,
    }
}

/// Read the files at `which` on up to as many threads as the machine has cores.
fn read_parallel(
    files: &[PathBuf],
    which: &[usize],
    search: bool,
    progress: &Progress,
) -> Vec<(usize, Read)> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, 8);
    let chunk = which.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = which
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|&i| {
                            let read = read_one(&files[i], search);
                            progress.done.fetch_add(1, Ordering::Relaxed);
                            (i, read)
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

/// A scan running on a background thread, so the window never freezes while files are read.
pub struct LibraryLoader {
    pub progress: Arc<Progress>,
    receiver: mpsc::Receiver<Scan>,
    finished: Arc<AtomicBool>,
}

impl LibraryLoader {
    /// Start scanning; `wake` is called when the scan is done (e.g. to ask for a repaint).
    pub fn start(
        folders: Vec<PathBuf>,
        index_dir: PathBuf,
        search: bool,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let progress = Arc::new(Progress::default());
        let finished = Arc::new(AtomicBool::new(false));
        let (sender, receiver) = mpsc::channel();
        let (p, f) = (Arc::clone(&progress), Arc::clone(&finished));
        std::thread::spawn(move || {
            let result = scan(&folders, &index_dir, search, &p);
            // The screen may have been closed meanwhile; then nobody needs the result.
            if sender.send(result).is_ok() {
                f.store(true, Ordering::Relaxed);
                wake();
            }
        });
        Self {
            progress,
            receiver,
            finished,
        }
    }

    /// The scan, once it has finished (only once).
    pub fn poll(&self) -> Option<Scan> {
        self.receiver.try_recv().ok()
    }

    /// Whether the scan has finished (its result may already have been taken).
    pub fn is_finished(&self) -> bool {
        self.finished.load(Ordering::Relaxed)
    }
}

/// The columns a library can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Date,
    Title,
    Guide,
    Series,
    People,
    FirstVisits,
    Tables,
    Notes,
    Themes,
    OpenActions,
    Length,
}

impl SortKey {
    pub const ALL: [SortKey; 11] = [
        SortKey::Date,
        SortKey::Title,
        SortKey::Guide,
        SortKey::Series,
        SortKey::People,
        SortKey::FirstVisits,
        SortKey::Tables,
        SortKey::Notes,
        SortKey::Themes,
        SortKey::OpenActions,
        SortKey::Length,
    ];

    /// The column heading.
    pub fn label(self) -> &'static str {
        match self {
            SortKey::Date => "Date",
            SortKey::Title => "Title",
            SortKey::Guide => "Guide",
            SortKey::Series => "Series",
            SortKey::People => "People",
            SortKey::FirstVisits => "First visits",
            SortKey::Tables => "Tables",
            SortKey::Notes => "Notes",
            SortKey::Themes => "Themes",
            SortKey::OpenActions => "Open actions",
            SortKey::Length => "Length",
        }
    }
}

/// Which rows to show. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words that must each start a word of the title, guide, series or file name.
    pub text: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub guide: String,
    pub series: String,
}

impl Filter {
    /// Whether `row` passes. Broken files pass when no field other than the text is set, so a
    /// problem is never hidden by default.
    pub fn matches(&self, row: &CafeRow) -> bool {
        let words: Vec<String> = fold(&self.text)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let file = row
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        match &row.summary {
            Err(e) => {
                self.from.is_none()
                    && self.to.is_none()
                    && self.guide.is_empty()
                    && self.series.is_empty()
                    && crate::store::people::matches_words(&fold(&format!("{file} {e}")), &words)
            }
            Ok(s) => {
                let haystack = fold(&format!("{} {} {} {file}", s.title, s.guide, s.series));
                crate::store::people::matches_words(&haystack, &words)
                    && self.from.is_none_or(|d| s.date >= d)
                    && self.to.is_none_or(|d| s.date <= d)
                    && (self.guide.is_empty() || s.guide == self.guide)
                    && (self.series.is_empty() || s.series == self.series)
            }
        }
    }
}

/// The indexes of the rows that pass `filter`, sorted by `key` (broken files last).
pub fn view(rows: &[CafeRow], filter: &Filter, key: SortKey, descending: bool) -> Vec<usize> {
    let mut shown: Vec<usize> = (0..rows.len())
        .filter(|&i| filter.matches(&rows[i]))
        .collect();
    shown.sort_by(|&a, &b| {
        let order = match (&rows[a].summary, &rows[b].summary) {
            (Ok(x), Ok(y)) => {
                let o = compare(x, y, key);
                if descending { o.reverse() } else { o }
            }
            (Ok(_), Err(_)) => std::cmp::Ordering::Less,
            (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
            (Err(_), Err(_)) => std::cmp::Ordering::Equal,
        };
        order.then_with(|| rows[a].path.cmp(&rows[b].path))
    });
    shown
}

fn compare(x: &CafeSummary, y: &CafeSummary, key: SortKey) -> std::cmp::Ordering {
    match key {
        SortKey::Date => x.date.cmp(&y.date),
        SortKey::Title => fold(&x.title).cmp(&fold(&y.title)),
        SortKey::Guide => fold(&x.guide).cmp(&fold(&y.guide)),
        SortKey::Series => fold(&x.series).cmp(&fold(&y.series)),
        SortKey::People => x.people.cmp(&y.people),
        SortKey::FirstVisits => x.first_visits.cmp(&y.first_visits),
        SortKey::Tables => x.tables.cmp(&y.tables),
        SortKey::Notes => x.notes.cmp(&y.notes),
        SortKey::Themes => x.themes.cmp(&y.themes),
        SortKey::OpenActions => x.open_actions.cmp(&y.open_actions),
        SortKey::Length => x.minutes.cmp(&y.minutes),
    }
    .then_with(|| x.date.cmp(&y.date))
}

/// The different guides and series among the rows, sorted, for the filter menus.
pub fn choices(rows: &[CafeRow]) -> (Vec<String>, Vec<String>) {
    let mut guides: Vec<String> = Vec::new();
    let mut series: Vec<String> = Vec::new();
    for s in rows.iter().filter_map(|r| r.summary.as_ref().ok()) {
        if !guides.contains(&s.guide) {
            guides.push(s.guide.clone());
        }
        if !series.contains(&s.series) {
            series.push(s.series.clone());
        }
    }
    guides.sort();
    series.sort();
    (guides, series)
}
