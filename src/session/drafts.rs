//! Half-typed notes kept on disk while a café is open: written after a pause in typing (or at
//! the latest after a few seconds), so a crash or a flat battery never loses what a note-taker
//! was in the middle of typing.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use uuid::Uuid;

use super::OpenNotice;
use crate::store::drafts;
use crate::store::saver::{SaveError, Saver};

/// Unfinished notes per table.
pub type Drafts = drafts::Drafts;
/// One table's unfinished note.
pub type Draft = drafts::Draft;

/// Drafts are written after this long without typing, or at the latest after [`MAX_WAIT`].
const PAUSE: Duration = Duration::from_millis(400);
const MAX_WAIT: Duration = Duration::from_secs(2);

/// The drafts file of one café, its own saver, and what was last handed to it.
pub(super) struct DraftsKeeper {
    path: PathBuf,
    saver: Saver,
    /// What came back from the file when the café was opened.
    kept: Drafts,
    sent: Drafts,
    revision: u64,
    /// The drafts as last looked at, and when they last changed: saving waits for a pause.
    seen: Drafts,
    last_change: Instant,
    /// When the drafts first differed from what was sent.
    first_unsent: Option<Instant>,
}

impl DraftsKeeper {
    /// Open the drafts of café `session` kept in the file `cafe`, with a notice saying what
    /// came back (or what failed). Drafts kept before each copy had its own file are taken
    /// over by the first copy opened.
    pub(super) fn open(
        drafts_dir: &Path,
        session: Uuid,
        cafe: &Path,
    ) -> (Self, Option<OpenNotice>) {
        let path = drafts::path(drafts_dir, session, cafe);
        let shared = drafts::shared_path(drafts_dir, session);
        if !path.exists()
            && shared.exists()
            && let Err(e) = std::fs::rename(&shared, &path)
        {
            log::warn!("could not take over {}: {e}", shared.display());
        }
        let (kept, notice) = match drafts::try_load(&path) {
            Ok(kept) => {
                let notice =
                    (!kept.is_empty()).then_some(OpenNotice::DraftsBack { count: kept.len() });
                (kept, notice)
            }
            // Keep the unreadable file under another name, so new drafts never overwrite it.
            Err(error) => {
                let aside = path.with_extension("ron.unreadable");
                let aside = crate::store::atomic::rename_durably(&path, &aside)
                    .map(|()| aside)
                    .map_err(|e| crate::store::reason::OsReason::of(&e));
                let notice = OpenNotice::DraftsUnreadable { error, aside };
                (Drafts::new(), Some(notice))
            }
        };
        (Self::with(path, kept), notice)
    }

    /// Drafts that are never read or written: a read-only copy's (its half-typed notes belong
    /// to the copy that writes the café).
    pub(super) fn none() -> Self {
        Self::with(PathBuf::new(), Drafts::new())
    }

    fn with(path: PathBuf, kept: Drafts) -> Self {
        Self {
            path,
            saver: Saver::new(|| {}),
            seen: kept.clone(),
            sent: kept.clone(),
            kept,
            revision: 0,
            last_change: Instant::now(),
            first_unsent: None,
        }
    }

    pub(super) fn kept(&self) -> &Drafts {
        &self.kept
    }

    /// Note the current drafts; write them after a pause in typing, or now with `at_once`.
    /// Returns how soon to look again while waiting for the pause.
    pub(super) fn keep(&mut self, current: &Drafts, at_once: bool) -> Option<Duration> {
        let current: Drafts = current
            .iter()
            .filter(|(_, d)| !d.is_blank())
            .map(|(k, v)| (*k, v.clone()))
            .collect();
        if current != self.seen {
            self.seen.clone_from(&current);
            self.last_change = Instant::now();
        }
        if current == self.sent {
            self.first_unsent = None;
            return None;
        }
        let first = *self.first_unsent.get_or_insert_with(Instant::now);
        let typing = self.last_change.elapsed() < PAUSE;
        if !at_once && typing && first.elapsed() < MAX_WAIT {
            return Some(PAUSE);
        }
        match drafts::to_text(&current) {
            Ok(text) => {
                self.revision += 1;
                self.saver.save(self.path.clone(), self.revision, text);
                self.sent = current;
                self.first_unsent = None;
            }
            Err(e) => log::error!("could not write the drafts as text: {e}"),
        }
        None
    }

    /// Wait up to `timeout` for the drafts handed over so far to reach the disk; whether they
    /// did.
    pub(super) fn wait(&self, timeout: Duration) -> bool {
        self.revision == 0 || self.saver.wait_for(self.revision, timeout)
    }

    /// Whether the drafts handed over are not on disk yet, and why when a save failed (none
    /// while they are still being written).
    pub(super) fn unsaved(&self) -> Option<Option<SaveError>> {
        let status = self.saver.status();
        if self.revision == 0 || status.saved_revision.is_some_and(|r| r >= self.revision) {
            return None;
        }
        Some(status.error)
    }

    /// What the window shows when drafts cannot be written.
    pub(super) fn error(&self) -> Option<SaveError> {
        self.saver.status().error
    }
}
