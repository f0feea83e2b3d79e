//! What a guide editor holds that is not saved yet, kept on disk so a crash, a kill or a flat
//! battery never loses an edit: one small file per guide in `<data>/drafts/guides/`, written
//! in the background after a pause in typing, removed once the guide is saved or the person
//! lets the changes go, and offered back on the next start.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::format::{read_text, to_ron};
use super::reason::OsReason;
use super::saver::Saver;
use crate::model::Guide;

/// Drafts are written after this long without an edit, or at the latest after [`MAX_WAIT`].
const PAUSE: Duration = Duration::from_millis(400);
const MAX_WAIT: Duration = Duration::from_secs(2);

/// An editor's unsaved guide.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct GuideDraft {
    /// The guide file these changes belong to.
    pub file: PathBuf,
    /// When the changes were kept.
    pub kept: DateTime<Utc>,
    pub guide: Guide,
}

/// The folder of guide drafts in the drafts folder.
pub fn folder(drafts_dir: &Path) -> PathBuf {
    drafts_dir.join("guides")
}

/// Where the draft of the guide file `file` is kept.
pub fn path_for(drafts_dir: &Path, file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".ron");
    folder(drafts_dir).join(name)
}

/// The draft kept for `file`, if there is one that can be read.
pub fn load_for(drafts_dir: &Path, file: &Path) -> Option<GuideDraft> {
    read(&path_for(drafts_dir, file))
}

fn read(path: &Path) -> Option<GuideDraft> {
    let text = read_text(path).ok()?;
    match ron::from_str::<GuideDraft>(&text) {
        Ok(mut draft) => {
            draft.guide.migrate();
            Some(draft)
        }
        Err(e) => {
            log::warn!("the guide draft {} cannot be read: {e}", path.display());
            None
        }
    }
}

/// Every draft waiting in the drafts folder, oldest first.
pub fn pending(drafts_dir: &Path) -> Vec<GuideDraft> {
    let Ok(entries) = std::fs::read_dir(folder(drafts_dir)) else {
        return Vec::new();
    };
    let mut drafts: Vec<GuideDraft> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .filter_map(|p| read(&p))
        .collect();
    drafts.sort_by_key(|d| d.kept);
    drafts
}

/// Remove the draft of `file` (its changes were saved, or let go), and the earlier draft its
/// writer kept beside it.
/// When they cannot be removed, the error names the draft's file and the system's reason.
pub fn discard(drafts_dir: &Path, file: &Path) -> Result<(), (PathBuf, OsReason)> {
    let path = path_for(drafts_dir, file);
    super::atomic::remove_durably(&[super::atomic::backup_path(&path), path.clone()])
        .map_err(|e| (path, OsReason::of(&e)))
}

/// Keeps one editor's draft on disk: hands the newest unsaved guide to a background writer
/// after a pause in editing.
pub struct DraftKeeper {
    drafts_dir: PathBuf,
    file: PathBuf,
    saver: Saver,
    /// The editor's revision last handed over, and how many writes so far.
    sent: Option<u64>,
    writes: u64,
    /// The revision last seen, and when it changed.
    seen: u64,
    last_change: Instant,
    first_unsent: Option<Instant>,
    /// Whether a draft of this guide is on disk (or on its way there).
    kept: bool,
}

impl DraftKeeper {
    pub fn new(drafts_dir: &Path, file: &Path) -> Self {
        Self {
            drafts_dir: drafts_dir.to_owned(),
            file: file.to_owned(),
            saver: Saver::new(|| {}),
            sent: None,
            writes: 0,
            seen: 0,
            last_change: Instant::now(),
            first_unsent: None,
            kept: path_for(drafts_dir, file).exists(),
        }
    }

    /// Whether unsaved changes of this guide are kept on disk.
    pub fn is_kept(&self) -> bool {
        self.kept
    }

    /// Note that the editor holds `guide` at `revision`, not saved; write it after a pause in
    /// editing, or now with `at_once`. Returns how soon to look again while waiting.
    pub fn keep(
        &mut self,
        guide: &Guide,
        revision: u64,
        now: DateTime<Utc>,
        at_once: bool,
    ) -> Option<Duration> {
        if revision != self.seen {
            self.seen = revision;
            self.last_change = Instant::now();
        }
        if self.sent == Some(revision) {
            self.first_unsent = None;
            return None;
        }
        let first = *self.first_unsent.get_or_insert_with(Instant::now);
        if !at_once && self.last_change.elapsed() < PAUSE && first.elapsed() < MAX_WAIT {
            return Some(PAUSE);
        }
        let draft = GuideDraft {
            file: self.file.clone(),
            kept: now,
            guide: guide.clone(),
        };
        match to_ron(&draft) {
            Ok(text) => {
                if let Err(e) = super::atomic::ensure_private_dir(&folder(&self.drafts_dir)) {
                    log::warn!("the guide drafts folder cannot be made: {e}");
                }
                self.writes += 1;
                self.saver
                    .save(path_for(&self.drafts_dir, &self.file), self.writes, text);
                self.sent = Some(revision);
                self.first_unsent = None;
                self.kept = true;
            }
            Err(e) => log::error!("could not write the guide draft as text: {e}"),
        }
        None
    }

    /// Why the draft cannot be written, if it cannot.
    pub fn error(&self) -> Option<super::saver::SaveError> {
        self.saver.status().error
    }

    /// Wait for what was handed over to be on disk.
    pub fn flush(&self, timeout: Duration) -> bool {
        self.writes == 0 || self.saver.wait_for(self.writes, timeout)
    }

    /// The guide is saved (or its changes let go): wait for any write in flight, then remove
    /// the draft. The next edit starts a new one.
    pub fn clear(&mut self) -> Result<(), (PathBuf, OsReason)> {
        self.flush(Duration::from_secs(2));
        self.sent = None;
        self.first_unsent = None;
        self.kept = false;
        discard(&self.drafts_dir, &self.file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_is_kept_after_a_pause_offered_back_and_cleared() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("guides/our-cafe.ron");
        let mut keeper = DraftKeeper::new(dir.path(), &file);
        let mut guide = Guide::blank("Our café", "en");
        assert_eq!(
            keeper.keep(&guide, 1, Utc::now(), false),
            Some(PAUSE),
            "waits for a pause"
        );
        guide.title = "Our café, kept".into();
        assert_eq!(keeper.keep(&guide, 2, Utc::now(), true), None);
        assert!(keeper.flush(Duration::from_secs(5)));
        let back = load_for(dir.path(), &file).expect("kept");
        assert_eq!(back.guide.title, "Our café, kept");
        assert_eq!(pending(dir.path()).len(), 1);
        guide.title = "Our café, kept again".into();
        keeper.keep(&guide, 3, Utc::now(), true);
        assert!(keeper.flush(Duration::from_secs(5)));
        assert_eq!(pending(dir.path()).len(), 1, "one draft per guide");
        keeper.clear().expect("cleared");
        assert!(load_for(dir.path(), &file).is_none());
        let left = std::fs::read_dir(folder(dir.path()))
            .expect("folder")
            .count();
        assert_eq!(left, 0, "no draft and no copy of an older one is left");
        assert!(pending(dir.path()).is_empty());
    }
}
