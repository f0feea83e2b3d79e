//! How the review index is kept in the data folder, so the library, Home, the sign-in desk, a
//! series and search open at once with ten thousand cafés: files of entries, each entry keyed
//! by the session file's path, size and modification time, in a compact binary form (postcard).
//!
//! A file is a header (what it is and the version of its entries) and then its entries one
//! after another, each preceded by its length, so a large file is read an entry at a time and
//! never held whole. The index can always be rebuilt from the cafés: a missing, damaged,
//! foreign, older or too large file, or an entry that does not decode, is never trusted; the
//! cafés it would have spared are simply read again. Every file is opened through the checked
//! read of [`crate::store::read`].

use std::collections::HashMap;
use std::ffi::OsString;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::store::DataDir;
use crate::store::atomic::{ensure_private_dir, write_rebuildable_with};
use crate::store::read::{MAX_FILE_BYTES, open_checked};

/// What every index file starts with, so another file in its place is never read as one.
const MAGIC: &[u8; 8] = b"CAFEIDX\n";

/// Bumped when the entries change shape: an older index is then rebuilt. Version 4 is the
/// binary index, with one file of facts per café shared by every screen that lists cafés (a
/// café's first visits as a figure that may be not known, its length rounded to the nearest
/// minute, and a commitment's owner in its searched text). Version 5 keeps why a café could not
/// be read as facts, which each screen words in the person's language. Version 6 keeps, for a
/// series, each café's goodbye-check counts, when each action was marked done and which
/// actions its "you said, we did" slide reported done. Version 7 leaves a café's pauses of
/// more than three hours (put away, taken up another day) out of its length.
pub const INDEX_VERSION: u32 = 7;

/// The folder of the review index inside the data folder.
pub fn index_dir(data: &DataDir) -> PathBuf {
    data.root.join("index")
}

/// Size and modification time of a file: when both are unchanged, its cached entry is reused.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Stamp {
    pub size: u64,
    pub modified_secs: u64,
    pub modified_nanos: u32,
}

impl Stamp {
    /// The stamp of the file at `path`, or `None` if it cannot be read.
    pub fn of(path: &Path) -> Option<Self> {
        std::fs::metadata(path)
            .ok()
            .map(|meta| Self::from_meta(&meta))
    }

    /// The stamp of a file from what the system said of it.
    pub fn from_meta(meta: &std::fs::Metadata) -> Self {
        let modified = meta
            .modified()
            .ok()
            .and_then(|m| m.duration_since(SystemTime::UNIX_EPOCH).ok())
            .unwrap_or_default();
        Self {
            size: meta.len(),
            modified_secs: modified.as_secs(),
            modified_nanos: modified.subsec_nanos(),
        }
    }

    /// When the file was last changed, as the stamp says.
    pub fn modified(&self) -> SystemTime {
        SystemTime::UNIX_EPOCH
            + std::time::Duration::new(self.modified_secs, self.modified_nanos.min(999_999_999))
    }
}

/// One cached entry: what was read from `path` when it had `stamp`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Entry<T> {
    pub path: PathBuf,
    pub stamp: Stamp,
    pub value: T,
}

/// An index file read an entry at a time.
pub struct Reader {
    file: BufReader<std::fs::File>,
    buf: Vec<u8>,
    name: PathBuf,
}

impl Reader {
    /// Open the index file `file` (at most `limit` bytes). `None` when there is none yet, or
    /// when it is not an index of this version (it is then rebuilt; the reason is logged).
    pub fn open(file: &Path, limit: u64) -> Option<Self> {
        if std::fs::symlink_metadata(file).is_err() {
            return None;
        }
        let opened = match open_checked(file, limit) {
            Ok(opened) => opened,
            Err(e) => {
                log::warn!("the review index is rebuilt: {e}");
                return None;
            }
        };
        let mut reader = Self {
            file: BufReader::with_capacity(256 * 1024, opened),
            buf: Vec::new(),
            name: file.to_owned(),
        };
        let mut header = [0u8; 12];
        let ours = reader.file.read_exact(&mut header).is_ok()
            && header[..8] == MAGIC[..]
            && header[8..] == INDEX_VERSION.to_le_bytes();
        if !ours {
            log::info!(
                "{} is not a review index of this version; it is rebuilt",
                file.display()
            );
            return None;
        }
        Some(reader)
    }

    /// The bytes of the next entry, `Ok(None)` at the end, or why the file cannot be trusted
    /// from here on (cut short, or an entry larger than any café).
    pub fn next_raw(&mut self) -> Result<Option<&[u8]>, String> {
        let mut len = [0u8; 4];
        match self.file.read_exact(&mut len) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
            Err(e) => return Err(format!("{} could not be read ({e})", self.name.display())),
        }
        let len = u64::from(u32::from_le_bytes(len));
        if len > MAX_FILE_BYTES {
            return Err(format!(
                "{} holds an entry larger than any café",
                self.name.display()
            ));
        }
        self.buf.clear();
        let got = (&mut self.file)
            .take(len)
            .read_to_end(&mut self.buf)
            .map_err(|e| format!("{} could not be read ({e})", self.name.display()))?;
        if got as u64 != len {
            return Err(format!("{} is cut short", self.name.display()));
        }
        Ok(Some(&self.buf))
    }

    /// The next entry decoded, `Ok(None)` at the end, or why the file cannot be trusted.
    pub fn next_entry<T: DeserializeOwned>(&mut self) -> Result<Option<Entry<T>>, String> {
        let name = self.name.clone();
        match self.next_raw()? {
            None => Ok(None),
            Some(bytes) => decode(bytes)
                .map(Some)
                .map_err(|e| format!("{}: {e}", name.display())),
        }
    }
}

/// One entry from its bytes; its strings may borrow from them.
pub fn decode<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<Entry<T>, String> {
    let damaged = |why: String| format!("an entry of the review index is damaged ({why})");
    match postcard::take_from_bytes(bytes) {
        Ok((entry, [])) => Ok(entry),
        Ok((_, rest)) => Err(damaged(format!("{} bytes left over", rest.len()))),
        Err(e) => Err(damaged(e.to_string())),
    }
}

/// An index file being written an entry at a time, in memory a piece at a time.
pub struct Writer {
    pending: Vec<u8>,
    entries: usize,
}

/// How much is gathered before it is handed to the disk.
const CHUNK: usize = 1024 * 1024;

impl Writer {
    /// Write the index file `file` with what `fill` adds, replacing it whole once it is all
    /// written (a reader sees the old file or the new one). Private to the user; the folder is
    /// made if missing.
    pub fn write(
        file: &Path,
        fill: impl FnOnce(&mut dyn FnMut(&[u8]) -> std::io::Result<()>) -> std::io::Result<()>,
    ) -> Result<(), String> {
        if let Some(dir) = file.parent() {
            ensure_private_dir(dir).map_err(|e| plain(file, &e))?;
        }
        write_rebuildable_with(file, |out| {
            let mut header = MAGIC.to_vec();
            header.extend_from_slice(&INDEX_VERSION.to_le_bytes());
            out.write_all(&header)?;
            let mut writer = Self {
                pending: Vec::with_capacity(CHUNK),
                entries: 0,
            };
            fill(&mut |bytes: &[u8]| {
                writer.push(bytes);
                if writer.pending.len() >= CHUNK {
                    out.write_all(&writer.pending)?;
                    writer.pending.clear();
                }
                Ok(())
            })?;
            log::debug!("{} entries written to {}", writer.entries, file.display());
            out.write_all(&writer.pending)
        })
        .map_err(|e| plain(file, &e))
    }

    fn push(&mut self, entry: &[u8]) {
        let len = u32::try_from(entry.len()).unwrap_or(u32::MAX);
        self.pending.extend_from_slice(&len.to_le_bytes());
        self.pending.extend_from_slice(entry);
        self.entries += 1;
    }
}

/// The bytes of one entry, or `None` for an entry that cannot be kept (a file name that is not
/// text: that café is simply read each time).
pub fn encode<T: Serialize>(entry: &Entry<T>) -> Option<Vec<u8>> {
    entry.path.to_str()?;
    postcard::to_allocvec(entry).ok()
}

/// Entries of an index file read whole, by path (as it is written: comparing the bytes of a
/// path is much quicker than comparing it part by part). A missing, damaged, foreign or older
/// file gives an empty map, so the index is simply rebuilt.
pub fn load<T: DeserializeOwned>(file: &Path, limit: u64) -> HashMap<OsString, Entry<T>> {
    let Some(mut reader) = Reader::open(file, limit) else {
        return HashMap::new();
    };
    let mut out = HashMap::new();
    loop {
        match reader.next_entry::<T>() {
            Ok(Some(entry)) => {
                out.insert(entry.path.clone().into_os_string(), entry);
            }
            Ok(None) => return out,
            Err(e) => {
                log::warn!("the review index is rebuilt: {e}");
                return HashMap::new();
            }
        }
    }
}

/// Write an index file of `entries` (private to the user). The index can always be rebuilt,
/// so it is neither synced to disk nor kept as a backup copy: a damaged file is rebuilt.
pub fn store<'a, T: Serialize + 'a>(
    file: &Path,
    entries: impl IntoIterator<Item = &'a Entry<T>>,
) -> Result<(), String> {
    Writer::write(file, |add| {
        for entry in entries {
            if let Some(bytes) = encode(entry) {
                add(&bytes)?;
            }
        }
        Ok(())
    })
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
    use crate::store::read::MAX_INDEX_BYTES;

    fn entry(path: &str, text: &str) -> Entry<Vec<SearchItem>> {
        Entry {
            path: PathBuf::from(path),
            stamp: Stamp {
                size: 1,
                modified_secs: 2,
                modified_nanos: 3,
            },
            value: vec![SearchItem {
                id: uuid::Uuid::from_u128(1),
                text: text.to_owned(),
                origin: Origin::Note {
                    table: Some((1, String::new())),
                    question: Some(5),
                },
            }],
        }
    }

    #[test]
    fn an_index_round_trips_and_an_older_damaged_or_foreign_one_is_rebuilt() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("search.bin");
        let entries = [entry("a.ron", "hi"), entry("b.ron", "ho")];
        store(&file, &entries).expect("stored");
        let loaded = load::<Vec<SearchItem>>(&file, MAX_INDEX_BYTES);
        assert_eq!(loaded[Path::new("a.ron").as_os_str()], entries[0]);
        assert_eq!(loaded[Path::new("b.ron").as_os_str()], entries[1]);

        let bytes = std::fs::read(&file).expect("read");
        // Cut short in the middle of the last entry.
        std::fs::write(&file, &bytes[..bytes.len() - 2]).expect("write");
        assert!(load::<Vec<SearchItem>>(&file, MAX_INDEX_BYTES).is_empty());
        // The text index of the previous version, in English words.
        std::fs::write(
            &file,
            "(version:1,entries:[(path:\"a.ron\",stamp:(size:1,modified_secs:2,modified_nanos:3),\
             value:[(kind:Note,id:\"6c1e0000-0000-4000-8000-000000000001\",text:\"hi\",\
             context:\"Table 1 · Question 6\")])])",
        )
        .expect("write");
        assert!(load::<Vec<SearchItem>>(&file, MAX_INDEX_BYTES).is_empty());
        // An older version of this format.
        let mut older = bytes.clone();
        older[8..12].copy_from_slice(&2u32.to_le_bytes());
        std::fs::write(&file, &older).expect("write");
        assert!(load::<Vec<SearchItem>>(&file, MAX_INDEX_BYTES).is_empty());
        // Entries of another shape under the right header.
        std::fs::write(&file, &bytes).expect("write");
        assert!(load::<Vec<Stamp>>(&file, MAX_INDEX_BYTES).is_empty());
        // Too large for its kind: refused unread.
        assert!(load::<Vec<SearchItem>>(&file, 4).is_empty());
        // A length past any café.
        let mut huge = bytes[..12].to_vec();
        huge.extend_from_slice(&u32::MAX.to_le_bytes());
        std::fs::write(&file, &huge).expect("write");
        assert!(load::<Vec<SearchItem>>(&file, MAX_INDEX_BYTES).is_empty());
    }
}
