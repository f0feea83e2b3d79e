//! A guide open in the editor: the document with its undo history, its file, the lock that
//! keeps a second window read-only, the background saver, and the draft on disk that keeps
//! every unsaved edit through a crash. No egui here: the editor page asks, this module does.

mod document;
pub mod edit;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};

pub use document::Document;
pub use edit::{Edit, Text, text_of};

use crate::model::Guide;
use crate::store::guide_drafts::{self, DraftKeeper};
use crate::store::guides::{GuideFileError, GuideSaver};
use crate::store::lock::{Blocked, Holder, LockError, SessionLock, Unusable};
use crate::store::reason::OsReason;
use crate::store::saver::SaveStatus;
use crate::store::{DataDir, FileError, Finding, load_guide_file};

/// Why a guide opened for reading only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadOnly {
    /// Another window (or another copy of the app) is editing it: who, when its lock says.
    EditedElsewhere(Option<Holder>),
    /// The lock file that keeps two windows from writing it cannot be used: why.
    LockUnusable(Unusable),
    /// That lock could not be made: the system's reason.
    NoLock(OsReason),
}

/// Why a guide could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    Unreadable(FileError),
}

/// A guide open in the editor.
pub struct OpenGuide {
    doc: Document,
    path: PathBuf,
    read_only: Option<ReadOnly>,
    lock: Option<SessionLock>,
    saver: Option<GuideSaver>,
    drafts: DraftKeeper,
    /// The guide as it is in the file (or will be once the saver has written it).
    on_disk: Guide,
    /// The save handed to the saver (its number) and the guide it held.
    sending: Option<(u64, Guide)>,
    /// Saves handed over so far.
    saves: u64,
    /// Whether the document differs from the file, for the revision it was last worked out.
    dirty: (u64, bool),
    /// Fields in the file this version does not know: saving drops them.
    unknown_fields: Vec<String>,
    /// When the unsaved changes brought back on opening were kept.
    restored: Option<DateTime<Utc>>,
}

impl OpenGuide {
    /// Open the guide file at `path`: writable when its lock can be taken, read-only otherwise.
    /// Unsaved changes kept from last time are put back as one edit (undo returns to the
    /// file as saved). `notify` is called when a save finishes.
    pub fn open(
        data: &DataDir,
        path: &Path,
        notify: impl Fn() + Send + 'static,
    ) -> Result<Self, OpenError> {
        let drafts_dir = data.drafts();
        let draft = guide_drafts::load_for(&drafts_dir, path);
        let (guide, unknown_fields) = match load_guide_file(path) {
            Ok(file) => {
                let unknown = file
                    .findings
                    .iter()
                    .filter_map(|p| match &p.finding {
                        Finding::UnknownField { path, .. } => Some(path.clone()),
                        Finding::Problem(_) => None,
                    })
                    .collect();
                (file.guide, unknown)
            }
            // The file went (deleted, moved) but its unsaved changes were kept: they are
            // the guide, and saving writes the file again.
            Err(_) if !path.exists() && draft.is_some() => {
                let blank = Guide::blank("", "en");
                (blank, Vec::new())
            }
            Err(mut errors) => return Err(OpenError::Unreadable(errors.remove(0))),
        };
        let (lock, read_only) = match SessionLock::acquire(path) {
            Ok(lock) => (Some(lock), None),
            Err(e) => (None, Some(read_only_because(&e))),
        };
        let saver = lock
            .as_ref()
            .map(|lock| GuideSaver::new(path, lock.token(), notify));
        let mut open = Self {
            doc: Document::new(guide.clone()),
            path: path.to_owned(),
            drafts: DraftKeeper::new(&drafts_dir, path),
            read_only,
            lock,
            saver,
            on_disk: guide,
            sending: None,
            saves: 0,
            dirty: (0, false),
            unknown_fields,
            restored: None,
        };
        if open.read_only.is_none()
            && let Some(draft) = draft
            && draft.guide != *open.doc.guide()
        {
            open.doc.apply(Edit::Replace(Box::new(draft.guide)));
            open.doc.seal();
            open.restored = Some(draft.kept);
        }
        Ok(open)
    }

    pub fn guide(&self) -> &Guide {
        self.doc.guide()
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn read_only(&self) -> Option<&ReadOnly> {
        self.read_only.as_ref()
    }

    /// When the unsaved changes put back on opening had been kept.
    pub fn restored(&self) -> Option<DateTime<Utc>> {
        self.restored
    }

    /// Fields of the file this version does not know (their content is not shown, and saving
    /// drops it).
    pub fn unknown_fields(&self) -> &[String] {
        &self.unknown_fields
    }

    /// Make an edit (refused for a read-only guide); true when the guide changed.
    pub fn apply(&mut self, edit: Edit) -> bool {
        self.read_only.is_none() && self.doc.apply(edit)
    }

    pub fn seal(&mut self) {
        self.doc.seal();
    }

    pub fn undo(&mut self) -> bool {
        self.read_only.is_none() && self.doc.undo()
    }

    pub fn redo(&mut self) -> bool {
        self.read_only.is_none() && self.doc.redo()
    }

    /// Whether the editor holds changes the file does not have yet.
    pub fn is_dirty(&mut self) -> bool {
        self.settle();
        let revision = self.doc.revision();
        if self.dirty.0 != revision {
            let differs = *self.doc.guide() != self.on_disk
                && self
                    .sending
                    .as_ref()
                    .is_none_or(|(_, sent)| sent != self.doc.guide());
            self.dirty = (revision, differs);
        }
        self.dirty.1
    }

    /// Whether everything handed to the saver is on disk and nothing is left unsaved.
    pub fn all_saved(&mut self) -> bool {
        self.settle();
        self.sending.is_none() && !self.is_dirty()
    }

    /// Take note of saves that finished.
    fn settle(&mut self) {
        let done = match (&self.sending, &self.saver) {
            (Some((revision, _)), Some(saver)) => saver
                .status()
                .saved_revision
                .is_some_and(|r| r >= *revision),
            _ => false,
        };
        if done && let Some((_, guide)) = self.sending.take() {
            self.on_disk = guide;
            self.dirty.0 = u64::MAX;
        }
    }

    /// Save the guide to its file, in the background.
    pub fn save(&mut self) -> Result<(), GuideFileError> {
        let Some(saver) = &self.saver else {
            return Ok(());
        };
        let number = self.saves + 1;
        saver.save(number, self.doc.guide())?;
        self.saves = number;
        self.sending = Some((number, self.doc.guide().clone()));
        self.unknown_fields.clear();
        self.dirty.0 = u64::MAX;
        Ok(())
    }

    /// The saver's state, for "Saved 19:04" or the reason it is not.
    pub fn save_status(&self) -> Option<SaveStatus> {
        self.saver.as_ref().map(GuideSaver::status)
    }

    /// Keep unsaved changes on disk after a pause in editing (or now, with `at_once`), and let
    /// the kept copy go once the guide is saved. Returns how soon to look again.
    pub fn keep_draft(&mut self, now: DateTime<Utc>, at_once: bool) -> Option<Duration> {
        if self.read_only.is_some() {
            return None;
        }
        if self.is_dirty() {
            let revision = self.doc.revision();
            return self.drafts.keep(self.doc.guide(), revision, now, at_once);
        }
        if self.sending.is_none()
            && self.drafts.is_kept()
            && let Err((path, reason)) = self.drafts.clear()
        {
            log::warn!("{} could not be removed: {reason}", path.display());
        }
        None
    }

    /// Why unsaved changes cannot be kept on disk, if they cannot.
    pub fn draft_error(&self) -> Option<crate::store::saver::SaveError> {
        self.drafts.error()
    }

    /// Wait up to `timeout` for the last save to reach the disk.
    pub fn flush(&mut self, timeout: Duration) -> bool {
        let done = match (&self.sending, &self.saver) {
            (Some((revision, _)), Some(saver)) => saver.wait_for(*revision, timeout),
            _ => true,
        };
        self.settle();
        done
    }

    /// Close the editor: with `keep_changes`, unsaved changes stay on disk to be offered next
    /// time (the app is stopping); without, they are let go. The lock is released.
    pub fn close(mut self, keep_changes: bool, now: DateTime<Utc>) {
        self.flush(Duration::from_secs(5));
        if keep_changes && self.is_dirty() {
            self.keep_draft(now, true);
            self.drafts.flush(Duration::from_secs(5));
        } else if self.read_only.is_none()
            && let Err((path, reason)) = self.drafts.clear()
        {
            log::warn!("{} could not be removed: {reason}", path.display());
        }
        if let Some(lock) = self.lock.take() {
            lock.release();
        }
    }
}

/// The reason a guide whose lock could not be taken opens read-only.
fn read_only_because(e: &LockError) -> ReadOnly {
    match e {
        LockError::Held(Blocked::Unusable(why)) => ReadOnly::LockUnusable(why.clone()),
        LockError::Held(_) => ReadOnly::EditedElsewhere(e.holder().cloned()),
        LockError::Io(io) => ReadOnly::NoLock(OsReason::of(io)),
    }
}

#[cfg(test)]
mod tests;
