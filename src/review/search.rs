//! Search across every café's notes, themes and commitments, accents and case ignored as in the
//! sign-in search: each query word must start a word of the text. Private and deleted notes are
//! never searched. The text comes from the review index's `search.bin`, read an entry at a
//! time and searched where it was read (no text is held twice, and none is kept once looked
//! at), so the first matches show at once and memory stays small with ten thousand cafés.

use std::collections::HashSet;
use std::ffi::OsString;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::cache::{Entry, Reader, Stamp, Writer, decode, encode};
use super::index::{Progress, read_parallel, search_file, session_files};
use crate::model::Session;
use crate::model::session::fold_accent;
use crate::store::people::fold;
use crate::store::read::MAX_TEXT_INDEX_BYTES;

/// What kind of record a search item is.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Note,
    Theme,
    Commitment,
}

/// What a search item is and where it came from, as facts rather than words, so the screen
/// can say them in the interface's language ("Mesa 1 · Pregunta 6").
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A note, at table `table` (its number and the name the room gave it, `None` when the
    /// table is no longer in the café) about question `question` (counted from 0; `None`
    /// outside the rounds).
    Note {
        table: Option<(u32, String)>,
        question: Option<usize>,
    },
    /// A theme gathered from `notes` notes.
    Theme { notes: usize },
    /// A commitment, done or still open.
    Commitment { done: bool },
}

impl Origin {
    /// The kind of record this is.
    pub fn kind(&self) -> ItemKind {
        match self {
            Origin::Note { .. } => ItemKind::Note,
            Origin::Theme { .. } => ItemKind::Theme,
            Origin::Commitment { .. } => ItemKind::Commitment,
        }
    }
}

/// A piece of a café that can be found: a note, a theme's title or a commitment.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct SearchItem {
    /// The note, theme or commitment id, so a result can open the report at it.
    pub id: Uuid,
    /// The words searched; the only text matching looks at. A commitment's owner is part of
    /// it ("Start a phone tree — Rosa"), so a search for who took an action on finds it.
    pub text: String,
    /// What it is and where it was said.
    pub origin: Origin,
}

impl SearchItem {
    /// The kind of record this item is.
    pub fn kind(&self) -> ItemKind {
        self.origin.kind()
    }

    /// Everything searchable in `session` (private and deleted records left out).
    pub fn all_of(session: &Session) -> Vec<Self> {
        let mut out = Vec::new();
        for n in session.live_notes().filter(|n| !n.private) {
            let table = session
                .table(n.table)
                .map(|t| (t.number, t.name.trim().to_owned()));
            out.push(Self {
                id: n.id,
                text: n.text.clone(),
                origin: Origin::Note {
                    table,
                    question: n.question,
                },
            });
        }
        for t in session.themes.iter().filter(|t| !t.deleted) {
            out.push(Self {
                id: t.id,
                text: t.title.clone(),
                origin: Origin::Theme {
                    notes: t.notes.len(),
                },
            });
        }
        for c in session.commitments.iter().filter(|c| !c.deleted) {
            let text = match c.owner.trim() {
                "" => c.text.clone(),
                owner => format!("{} — {owner}", c.text),
            };
            out.push(Self {
                id: c.id,
                text,
                origin: Origin::Commitment { done: c.done },
            });
        }
        out
    }
}

/// The folded form of `text` and, for each byte of it, the byte of `text` it came from, so a
/// match in the folded text can be highlighted in the original.
pub fn fold_with_offsets(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut from = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        for lower in fold_accent(c).to_lowercase() {
            let before = folded.len();
            folded.push(lower);
            from.extend(std::iter::repeat_n(at, folded.len() - before));
        }
    }
    (folded, from)
}

/// The searchable text of one café, as the index keeps it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct CafeText {
    pub title: String,
    pub date: NaiveDate,
    pub items: Vec<SearchItem>,
}

impl CafeText {
    pub fn of(session: &Session) -> Self {
        Self {
            title: session.details.title.clone(),
            date: session.details.date,
            items: SearchItem::all_of(session),
        }
    }
}

/// [`CafeText`] read from the index without copying its words: they stay where they were read.
#[derive(Deserialize)]
struct CafeTextRef<'a> {
    #[serde(borrow)]
    title: &'a str,
    date: NaiveDate,
    #[serde(borrow)]
    items: Vec<ItemRef<'a>>,
}

/// [`SearchItem`] read without copying its words.
#[derive(Deserialize)]
struct ItemRef<'a> {
    id: Uuid,
    #[serde(borrow)]
    text: &'a str,
    origin: Origin,
}

/// The words of a search, ready to be looked for in many texts (accents and case ignored;
/// each word must start a word of the text).
pub struct Query {
    finders: Vec<memchr::memmem::Finder<'static>>,
    /// The text being looked at, folded (kept to spare an allocation per text).
    folded: String,
}

impl Query {
    /// `None` when `query` has no words (it finds nothing).
    pub fn new(query: &str) -> Option<Self> {
        let finders: Vec<_> = fold(query)
            .split_whitespace()
            .map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
            .collect();
        (!finders.is_empty()).then(|| Self {
            finders,
            folded: String::new(),
        })
    }

    /// Where in `text` to highlight, when every word starts one of its words.
    pub fn find(&mut self, text: &str) -> Option<Vec<Range<usize>>> {
        self.folded.clear();
        if text.is_ascii() {
            self.folded.push_str(text);
            self.folded.make_ascii_lowercase();
        } else {
            self.folded
                .extend(text.chars().map(fold_accent).flat_map(char::to_lowercase));
        }
        let ranges = word_starts(&self.folded, &self.finders)?;
        Some(to_original(text, ranges))
    }
}

/// One item that matched, with the byte ranges of `item.text` to highlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub item: SearchItem,
    pub highlights: Vec<Range<usize>>,
}

/// The matches in one café.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CafeHits {
    pub path: PathBuf,
    pub title: String,
    pub date: NaiveDate,
    pub hits: Vec<SearchHit>,
}

/// How a search ended.
#[derive(Debug, Default)]
pub struct Searched {
    /// Every café was searched (not stopped at the limit, nor given up for a newer search).
    pub complete: bool,
    /// How many café files were read because the index did not know them as they are now.
    pub read: usize,
    /// A problem saving the index, in plain words (the results are still right).
    pub index_problem: Option<String>,
}

/// What a search is to do and where.
pub struct Search<'a> {
    pub folders: &'a [PathBuf],
    pub index_dir: &'a Path,
    pub query: &'a str,
    /// At most this many items are found in all.
    pub limit: usize,
    pub progress: &'a Progress,
    /// Set when the search is no longer wanted (a newer one started): it stops soon after.
    pub cancel: &'a AtomicBool,
}

/// How many café files are read (and searched) between looks at `cancel`.
const BATCH: usize = 32;

impl Search<'_> {
    /// Search every café in `folders`, handing each café's matches to `found` as soon as they
    /// are known: first the cafés the index knows as they are now (read from it an entry at a
    /// time, never whole), then those new or changed since, read from their files and added
    /// to the index. An empty query finds nothing but still brings the index up to date.
    pub fn run(&self, found: &mut dyn FnMut(CafeHits)) -> Searched {
        let mut hits = Finder {
            query: Query::new(self.query),
            left: self.limit,
            found,
        };
        let looked_at = |p: &Path| {
            p.parent()
                .is_some_and(|dir| self.folders.iter().any(|f| f.as_path() == dir))
        };
        let part = search_file(self.index_dir);
        // The cafés the index knew as they are now, by path (the folders are listed only
        // after these are searched, so the first matches show at once).
        let mut covered: HashSet<OsString> = HashSet::new();
        // Entries of the index (by their place in it) still true, to be kept when it is written.
        let mut keep = Vec::new();
        let mut dropped = false;
        if let Some(mut reader) = Reader::open(&part, MAX_TEXT_INDEX_BYTES) {
            let mut n = 0usize;
            loop {
                if self.cancel.load(Ordering::Relaxed) || hits.full() {
                    return Searched::default();
                }
                let bytes = match reader.next_raw() {
                    Ok(Some(bytes)) => bytes,
                    Ok(None) => break,
                    Err(e) => {
                        log::warn!("the review index is rebuilt from here: {e}");
                        dropped = true;
                        break;
                    }
                };
                let entry = match decode::<CafeTextRef<'_>>(bytes) {
                    Ok(entry) => entry,
                    Err(e) => {
                        log::warn!("the review index is rebuilt from here: {e}");
                        dropped = true;
                        break;
                    }
                };
                let at = n;
                n += 1;
                if !looked_at(&entry.path) {
                    // A café of a folder not searched now: kept for when it is.
                    keep.push(at);
                    continue;
                }
                if Stamp::of(&entry.path) != Some(entry.stamp)
                    || !covered.insert(entry.path.as_os_str().to_owned())
                {
                    dropped = true;
                    continue;
                }
                keep.push(at);
                let text = &entry.value;
                let items = text.items.iter().map(|i| (i.id, i.text, &i.origin));
                hits.cafe(&entry.path, text.title, text.date, items);
            }
        }
        let files = session_files(self.folders);
        let stale: Vec<&Path> = files
            .iter()
            .filter(|f| !covered.contains(f.as_os_str()))
            .map(PathBuf::as_path)
            .collect();
        // An entry for a file no longer listed (removed, hidden, no longer a café file).
        dropped |= covered.len() + stale.len() != files.len();
        self.progress.start(stale.len());
        let mut added = Vec::new();
        let mut complete = true;
        for batch in stale.chunks(BATCH) {
            if self.cancel.load(Ordering::Relaxed) {
                complete = false;
                break;
            }
            let read = read_parallel(batch, &text_of, self.progress);
            for (path, (stamp, text)) in batch.iter().zip(read) {
                let Some(text) = text else { continue };
                let items = text
                    .items
                    .iter()
                    .map(|i| (i.id, i.text.as_str(), &i.origin));
                hits.cafe(path, &text.title, text.date, items);
                added.push(Entry {
                    path: path.to_path_buf(),
                    stamp,
                    value: text,
                });
            }
        }
        let index_problem = if added.is_empty() && !dropped {
            None
        } else {
            rewrite(&part, &keep, &added).err()
        };
        Searched {
            complete: complete && !hits.full(),
            read: added.len(),
            index_problem,
        }
    }
}

/// What a search running in the background tells the screen.
#[derive(Debug)]
pub enum SearchEvent {
    /// The matches in one more café.
    Found(CafeHits),
    /// The search is over.
    Done(Searched),
}

/// A search running on its own thread: the screen takes what it has found each frame, and a
/// newer search stops it ([`Searching::stop`], or dropping it).
pub struct Searching {
    pub progress: Arc<Progress>,
    events: mpsc::Receiver<SearchEvent>,
    cancel: Arc<AtomicBool>,
}

impl Searching {
    /// Search for `query` in the cafés of `folders` (index in `index_dir`), at most `limit`
    /// items; `wake` is called whenever there is something new to show.
    pub fn start(
        folders: Vec<PathBuf>,
        index_dir: PathBuf,
        query: String,
        limit: usize,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let progress = Arc::new(Progress::default());
        let cancel = Arc::new(AtomicBool::new(false));
        let (sender, events) = mpsc::channel();
        let (p, c) = (Arc::clone(&progress), Arc::clone(&cancel));
        let spawned = std::thread::Builder::new()
            .name("search".into())
            .spawn(move || {
                let search = Search {
                    folders: &folders,
                    index_dir: &index_dir,
                    query: &query,
                    limit,
                    progress: &p,
                    cancel: &c,
                };
                let done = search.run(&mut |hits| {
                    if sender.send(SearchEvent::Found(hits)).is_ok() {
                        wake();
                    }
                });
                if sender.send(SearchEvent::Done(done)).is_ok() {
                    wake();
                }
            });
        if let Err(e) = spawned {
            log::error!("the search could not be started: {e}");
        }
        Self {
            progress,
            events,
            cancel,
        }
    }

    /// What was found since the last look.
    pub fn poll(&self) -> impl Iterator<Item = SearchEvent> + '_ {
        self.events.try_iter()
    }

    /// Stop looking: a newer search is wanted.
    pub fn stop(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

impl Drop for Searching {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Matches found so far, handed on café by café.
struct Finder<'f> {
    query: Option<Query>,
    left: usize,
    found: &'f mut dyn FnMut(CafeHits),
}

impl Finder<'_> {
    /// The limit is reached: nothing more is looked for.
    fn full(&self) -> bool {
        self.query.is_some() && self.left == 0
    }

    /// Look through one café's items and hand on its matches.
    fn cafe<'t>(
        &mut self,
        path: &Path,
        title: &str,
        date: NaiveDate,
        items: impl Iterator<Item = (Uuid, &'t str, &'t Origin)>,
    ) {
        let Some(query) = self.query.as_mut() else {
            return;
        };
        let mut hits = Vec::new();
        for (id, text, origin) in items {
            if self.left == 0 {
                break;
            }
            if let Some(highlights) = query.find(text) {
                self.left -= 1;
                hits.push(SearchHit {
                    item: SearchItem {
                        id,
                        text: text.to_owned(),
                        origin: origin.clone(),
                    },
                    highlights,
                });
            }
        }
        if !hits.is_empty() {
            (self.found)(CafeHits {
                path: path.to_owned(),
                title: title.to_owned(),
                date,
                hits,
            });
        }
    }
}

/// A café file read for the search index, with its stamp as it was read (`None` for a file
/// that does not load: the library says why).
fn text_of(path: &Path) -> (Stamp, Option<CafeText>) {
    let stamp = Stamp::of(path).unwrap_or_default();
    let text = crate::store::load_session(path)
        .ok()
        .map(|loaded| CafeText::of(&loaded.session));
    (stamp, text)
}

/// Write the search index again: the entries at `keep` of the one there now, then `added`.
fn rewrite(part: &Path, keep: &[usize], added: &[Entry<CafeText>]) -> Result<(), String> {
    let old = Reader::open(part, MAX_TEXT_INDEX_BYTES);
    Writer::write(part, |add| {
        if let Some(mut old) = old {
            let mut wanted = keep.iter().copied().peekable();
            let mut n = 0usize;
            while wanted.peek().is_some() {
                let Ok(Some(bytes)) = old.next_raw() else {
                    break;
                };
                if wanted.peek() == Some(&n) {
                    wanted.next();
                    add(bytes)?;
                }
                n += 1;
            }
        }
        for entry in added {
            if let Some(bytes) = encode(entry) {
                add(&bytes)?;
            }
        }
        Ok(())
    })
}

/// Where each word of the query starts a word of `folded`, or `None` if one of them never does.
fn word_starts(folded: &str, finders: &[memchr::memmem::Finder<'_>]) -> Option<Vec<Range<usize>>> {
    let bytes = folded.as_bytes();
    let mut ranges = Vec::new();
    for finder in finders {
        let len = finder.needle().len();
        let before = ranges.len();
        for at in finder.find_iter(bytes) {
            let starts_word = folded[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            if starts_word {
                ranges.push(at..at + len);
            }
        }
        if ranges.len() == before {
            return None;
        }
    }
    ranges.sort_by_key(|r| r.start);
    Some(ranges)
}

/// Map byte ranges of the folded text back to byte ranges of `text`.
fn to_original(text: &str, ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let (_, from) = fold_with_offsets(text);
    let end_of = |folded_end: usize| -> usize {
        // The original character holding the last folded byte ends the range.
        from.get(folded_end.saturating_sub(1))
            .map_or(text.len(), |&start| {
                start + text[start..].chars().next().map_or(0, char::len_utf8)
            })
    };
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        let start = from.get(r.start).copied().unwrap_or(text.len());
        let end = end_of(r.end);
        match out.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(end),
            _ => out.push(start..end),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `query` finds among `texts`, highlighted words only.
    fn found<'t>(query: &str, texts: &[&'t str]) -> Vec<Vec<&'t str>> {
        let Some(mut query) = Query::new(query) else {
            return Vec::new();
        };
        texts
            .iter()
            .filter_map(|text| {
                let ranges = query.find(text)?;
                Some(ranges.into_iter().map(|r| &text[r]).collect())
            })
            .collect()
    }

    #[test]
    fn finds_word_starts_ignoring_accents_and_case_and_highlights_the_original() {
        let texts = [
            "Más INFORMACIÓN en español, por favor",
            "informal chat",
            "disinformation is not a match",
        ];
        assert_eq!(found("informacion espa", &texts), [["INFORMACIÓN", "espa"]]);
        assert_eq!(found("inform", &texts).len(), 2, "not mid-word");
        assert_eq!(found("INFORMAL", &texts), [["informal"]]);
        assert!(found("   ", &texts).is_empty());
        assert!(found("zzz", &texts).is_empty());
    }
}
