//! Search across every café's notes, themes and commitments, accents and case ignored as in the
//! sign-in search: each query word must start a word of the text. Private and deleted notes are
//! never searched. The text is held in memory once read, folded ahead of time, so a search over
//! a thousand cafés is a scan of memory rather than of files.

use std::ops::Range;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::model::Session;
use crate::model::session::fold_accent;
use crate::store::people::fold;

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

fn fold_text(text: &str) -> String {
    text.chars()
        .map(fold_accent)
        .flat_map(char::to_lowercase)
        .collect()
}

/// One café's searchable items, with their folded text.
#[derive(Debug, Clone)]
struct CafeText {
    path: PathBuf,
    items: Vec<SearchItem>,
    folded: Vec<String>,
}

/// The searchable text of many cafés, held in memory.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    cafes: Vec<CafeText>,
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
    pub hits: Vec<SearchHit>,
}

impl Corpus {
    pub fn new(cafes: Vec<(PathBuf, Vec<SearchItem>)>) -> Self {
        Self {
            cafes: cafes
                .into_iter()
                .map(|(path, items)| CafeText {
                    path,
                    folded: items.iter().map(|i| fold_text(&i.text)).collect(),
                    items,
                })
                .collect(),
        }
    }

    /// How many items can be searched.
    pub fn len(&self) -> usize {
        self.cafes.iter().map(|c| c.items.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every item in which each word of `query` starts a word, grouped by café in corpus
    /// order, at most `limit` items in all. An empty query finds nothing.
    pub fn search(&self, query: &str, limit: usize) -> Vec<CafeHits> {
        let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let finders: Vec<memchr::memmem::Finder<'_>> = words
            .iter()
            .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
            .collect();
        let mut out = Vec::new();
        let mut found = 0;
        for cafe in &self.cafes {
            let mut hits = Vec::new();
            for (item, folded) in cafe.items.iter().zip(&cafe.folded) {
                if found >= limit {
                    break;
                }
                let Some(ranges) = word_starts(folded, &finders) else {
                    continue;
                };
                found += 1;
                hits.push(SearchHit {
                    item: item.clone(),
                    highlights: to_original(&item.text, ranges),
                });
            }
            if !hits.is_empty() {
                out.push(CafeHits {
                    path: cafe.path.clone(),
                    hits,
                });
            }
        }
        out
    }
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

    fn corpus(texts: &[&str]) -> Corpus {
        let items = texts
            .iter()
            .map(|t| SearchItem {
                id: Uuid::new_v4(),
                text: (*t).to_owned(),
                origin: Origin::Commitment { done: false },
            })
            .collect();
        Corpus::new(vec![(PathBuf::from("a.ron"), items)])
    }

    #[test]
    fn finds_word_starts_ignoring_accents_and_case_and_highlights_the_original() {
        let c = corpus(&[
            "Más INFORMACIÓN en español, por favor",
            "informal chat",
            "disinformation is not a match",
        ]);
        let hits = c.search("informacion espa", 10);
        assert_eq!(hits.len(), 1);
        let hit = &hits[0].hits[0];
        let text = &hit.item.text;
        let shown: Vec<&str> = hit.highlights.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(shown, ["INFORMACIÓN", "espa"]);
        assert_eq!(c.search("inform", 10)[0].hits.len(), 2, "not mid-word");
        assert!(c.search("   ", 10).is_empty());
        assert!(c.search("zzz", 10).is_empty());
    }
}
