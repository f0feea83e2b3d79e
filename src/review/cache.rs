//! The review index kept in the data folder, so the library opens at once with a thousand
//! cafés: one small file of summaries and one of searchable text, each entry keyed by the
//! session file's path, size and modification time.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::store::DataDir;
use crate::store::atomic::{ensure_private_dir, write_rebuildable};
use crate::store::read::{MAX_INDEX_BYTES, read_optional};

/// Bumped when the cached entries change shape: an older index is then rebuilt. Version 2
/// keeps what a search item is and where it came from as facts, not English words; version 3
/// keeps a café's first visits as a figure that may be not known, and its length rounded to
/// the nearest minute, and a commitment's owner in its searched text.
pub const INDEX_VERSION: u32 = 3;

/// The folder of the review index inside the data folder.
pub fn index_dir(data: &DataDir) -> PathBuf {
    data.root.join("index")
}

/// The index's searchable text of every café (notes, themes and actions).
pub fn search_file(index_dir: &Path) -> PathBuf {
    index_dir.join("search.ron")
}

/// Forget the searchable text of every café, after words were taken out of one (a note made
/// private, names erased): the index keeps no copy of them. It is rebuilt the next time
/// the search is opened. A failure says which file still holds the old words.
pub fn forget_search_text(index_dir: &Path) -> Result<(), String> {
    let file = search_file(index_dir);
    match std::fs::remove_file(&file) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("{} ({e})", file.display())),
    }
}

/// Size and modification time of a file: when both are unchanged, its cached entry is reused.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Stamp {
    pub size: u64,
    pub modified_secs: u64,
    pub modified_nanos: u32,
}

impl Stamp {
    /// The stamp of the file at `path`, or `None` if it cannot be read.
    pub fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        let modified = meta
            .modified()
            .ok()
            .and_then(|m| m.duration_since(SystemTime::UNIX_EPOCH).ok())
            .unwrap_or_default();
        Some(Self {
            size: meta.len(),
            modified_secs: modified.as_secs(),
            modified_nanos: modified.subsec_nanos(),
        })
    }
}

/// One cached entry: what was read from `path` when it had `stamp`.
#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct Entry<T> {
    pub path: PathBuf,
    pub stamp: Stamp,
    pub value: T,
}

#[derive(Serialize, Deserialize)]
struct CacheFile<T> {
    version: u32,
    entries: Vec<Entry<T>>,
}

/// Entries of a cache file by path. A missing, damaged or older file gives an empty map, so the
/// index is simply rebuilt.
pub fn load<T: DeserializeOwned>(file: &Path) -> HashMap<PathBuf, Entry<T>> {
    let text = match read_optional(file, MAX_INDEX_BYTES) {
        Ok(Some(text)) => text,
        Ok(None) => return HashMap::new(),
        Err(e) => {
            log::warn!("the review index is rebuilt: {e}");
            return HashMap::new();
        }
    };
    match ron::from_str::<CacheFile<T>>(&text) {
        Ok(cache) if cache.version == INDEX_VERSION => cache
            .entries
            .into_iter()
            .map(|e| (e.path.clone(), e))
            .collect(),
        _ => HashMap::new(),
    }
}

/// Write a cache file (private to the user). The index can always be rebuilt, so it is
/// neither synced to disk nor kept as a backup copy: a damaged file is simply rebuilt.
pub fn store<T: Serialize>(file: &Path, entries: Vec<Entry<T>>) -> Result<(), String> {
    let cache = CacheFile {
        version: INDEX_VERSION,
        entries,
    };
    let text = ron::to_string(&cache)
        .map_err(|e| format!("the review index could not be written as text: {e}"))?;
    if let Some(dir) = file.parent() {
        ensure_private_dir(dir).map_err(|e| plain(file, &e))?;
    }
    write_rebuildable(file, text.as_bytes()).map_err(|e| plain(file, &e))
}

fn plain(file: &Path, e: &std::io::Error) -> String {
    format!(
        "the review index {} could not be saved ({e}); the library still works, but the cafés will be read again next time",
        file.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::search::{Origin, SearchItem};

    #[test]
    fn an_index_of_search_text_in_english_words_is_rebuilt_and_the_new_one_is_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("search.ron");
        // What version 1 stored: the place already worded in English.
        std::fs::write(
            &file,
            "(version:1,entries:[(path:\"a.ron\",stamp:(size:1,modified_secs:2,modified_nanos:3),\
             value:[(kind:Note,id:\"6c1e0000-0000-4000-8000-000000000001\",text:\"hi\",\
             context:\"Table 1 · Question 6\")])])",
        )
        .expect("write");
        assert!(load::<Vec<SearchItem>>(&file).is_empty());
        let item = SearchItem {
            id: uuid::Uuid::from_u128(1),
            text: "hi".to_owned(),
            origin: Origin::Note {
                table: Some((1, String::new())),
                question: Some(5),
            },
        };
        let entry = Entry {
            path: PathBuf::from("a.ron"),
            stamp: Stamp {
                size: 1,
                modified_secs: 2,
                modified_nanos: 3,
            },
            value: vec![item.clone()],
        };
        store(&file, vec![entry]).expect("stored");
        let loaded = load::<Vec<SearchItem>>(&file);
        assert_eq!(loaded[Path::new("a.ron")].value, [item]);
    }
}
