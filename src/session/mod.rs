//! An open café: the live state together with its file, lock, background saver, half-typed
//! notes and the read-only gate. No egui here: the window asks, this module does, and every
//! operation that can fail returns a `Result` whose error is the facts of what went wrong,
//! which the interface words in the person's language (`ui::trouble`).

mod clock;
mod drafts;
mod edit;
pub mod follow;
mod merge;
mod notices;
mod sharing;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::live::{Command, LiveState};
use crate::model::{Guide, MergeReport, Session, SessionDetails};
use crate::store::lock::{Blocked, LockError, LockProblem, SessionLock};
use crate::store::reason::OsReason;
use crate::store::recovery::{self, PendingRecovery};
use crate::store::saver::{SaveError, SaveStatus, Saver, WriteError};
use crate::store::{DataDir, load_session};

pub use clock::{Clock, system_clock};
pub use drafts::{Draft, Drafts};
pub use edit::{EditError, EditWhy, edit_file, set_action_done};
pub use merge::{
    ImportError, Prepared, import_copy, merge_copy, merge_files, prepare_merge, take_prepared,
};
pub use notices::{NotRecovered, NotRecoveredWhy, OpenNotice, ReadOnly, ReadOnlyWhy};
pub use sharing::{JoinError, ShareError, SharedNews, Sharing};

/// The file in the data folder naming the session that was open when the app last stopped.
const LAST_OPEN_FILE: &str = "last-open-session.txt";

/// Called by the saver's thread after each attempt, so the window can show the new state.
pub type Notify = std::sync::Arc<dyn Fn() + Send + Sync>;

/// One café open in the app.
pub struct OpenCafe {
    live: LiveState,
    path: PathBuf,
    data: DataDir,
    /// Why this copy must not be written, if it must not.
    read_only: Option<ReadOnlyWhy>,
    saver: Saver,
    /// The revision last handed to the saver.
    sent_revision: Option<u64>,
    /// Held while this app may write the file; `None` when read-only.
    lock: Option<SessionLock>,
    drafts: drafts::DraftsKeeper,
    /// The lock names another computer: the person may take it over.
    other_host: bool,
    /// Added to the computer's clock for this café: when the clock was set back before the
    /// café was opened again, its times go on from the latest one on file rather than start
    /// over before it (see [`OpenCafe::settle_clock`]).
    clock_offset: chrono::Duration,
    /// The revision that took words out of what the review may show; once it is saved, the
    /// review's copies of the old words must go ([`OpenCafe::review_text_is_stale`]).
    hid_words_at: Option<u64>,
    /// The café's shared folder, while it is shared with other laptops.
    sharing: Option<Sharing>,
    notify: Notify,
}

/// What is not on disk yet, when something is not: what the window says before it closes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unsaved {
    /// Every confirmed change is saved; only half-typed notes cannot be kept on disk (why,
    /// when a write failed; none while they are still being written).
    Drafts { error: Option<SaveError> },
    /// The café's last changes are not in its file yet; saving is retried.
    Retrying {
        /// Why the last save failed; none while the changes are still being written.
        error: Option<SaveError>,
        /// The recovery copy, when it holds the newest changes.
        recovery: Option<PathBuf>,
    },
    /// Saving to the café's file has stopped for good (its lock was lost): retrying cannot
    /// help.
    Stopped {
        error: Option<SaveError>,
        /// The recovery copy, when it holds the newest changes.
        recovery: Option<PathBuf>,
    },
}

impl std::fmt::Display for Unsaved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unsaved::Drafts { error: Some(e) } => {
                write!(f, "half-typed notes cannot be kept on disk: {e}")
            }
            Unsaved::Drafts { error: None } => {
                write!(f, "the half-typed notes are still being written")
            }
            Unsaved::Retrying { error: Some(e), .. } | Unsaved::Stopped { error: Some(e), .. } => {
                e.fmt(f)
            }
            Unsaved::Retrying { error: None, .. } | Unsaved::Stopped { error: None, .. } => {
                write!(f, "the last changes are still being written")
            }
        }
    }
}

/// What opening a café has to tell the person, besides the café itself.
pub type Opened = (OpenCafe, Vec<OpenNotice>);

/// Why a café did not open, as facts the interface words (`ui::trouble::open_error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// Its file cannot be used.
    File(crate::store::FileError),
    /// The data folder's café folder cannot be made or used, for this reason.
    Folder { folder: PathBuf, reason: OsReason },
    /// Its lock could not be taken over, and why.
    NotTakenOver(LockProblem),
}

impl OpenCafe {
    /// Start a new café from `guide`, saved in the data folder's sessions.
    pub fn start(
        data: &DataDir,
        guide: Guide,
        details: SessionDetails,
        now: DateTime<Utc>,
        notify: Notify,
    ) -> Result<Opened, OpenError> {
        data.ensure().map_err(|e| OpenError::Folder {
            folder: data.sessions(),
            reason: OsReason::of(&e),
        })?;
        let session = Session::new(guide, details, now);
        let path = data.sessions().join(session.file_name());
        let (mut cafe, notices) = Self::install(data, session, path, None, notify);
        // On disk at once, not at the first change: a café killed before anything happened
        // in it still has its details (and the top bar does not say "Saving…" meanwhile).
        cafe.queue_save();
        Ok((cafe, notices))
    }

    /// Open a session file, writable if its lock can be taken, read-only otherwise.
    pub fn open(data: &DataDir, path: &Path, notify: Notify) -> Result<Opened, OpenError> {
        let loaded = load_session(path).map_err(OpenError::File)?;
        let (cafe, mut notices) = Self::install(
            data,
            loaded.session,
            path.to_owned(),
            loaded.read_only.map(ReadOnlyWhy::File),
            notify,
        );
        notices.splice(0..0, loaded.notices.into_iter().map(OpenNotice::Repaired));
        Ok((cafe, notices))
    }

    /// Open a café whose lock names another computer, taking the lock over. Only after the
    /// person confirmed the café is closed there: two computers writing one file lose notes.
    pub fn take_over(data: &DataDir, path: &Path, notify: Notify) -> Result<Opened, OpenError> {
        let lock =
            SessionLock::take_over(path).map_err(|e| OpenError::NotTakenOver(e.problem()))?;
        // Released at once: `open` takes it again, now that it names this computer.
        lock.release();
        Self::open(data, path, notify)
    }

    /// Open the newer copy kept in the recovery folder and save it to the café's own file,
    /// together with whatever that file holds which the copy lacks (notes another copy of the
    /// app wrote after this one lost its lock): a recovery never replaces a file with one
    /// missing its notes. The copy is let go only once both are saved together. Also returns
    /// what the file held that the copy lacked.
    pub fn recover(
        data: &DataDir,
        pending: &PendingRecovery,
        notify: Notify,
    ) -> Result<(Opened, MergeReport), NotRecovered> {
        let (mut cafe, mut notices) = Self::install(
            data,
            pending.loaded.session.clone(),
            pending.original.clone(),
            pending.loaded.read_only.clone().map(ReadOnlyWhy::File),
            notify,
        );
        let not_recovered = |cafe: Self, why: NotRecoveredWhy| {
            cafe.abandon();
            Err(NotRecovered {
                file: pending.original.clone(),
                why,
            })
        };
        if let Some(reason) = cafe.read_only.clone() {
            return not_recovered(cafe, NotRecoveredWhy::ReadOnly(reason));
        }
        // Under the café's lock now: what the file holds is read as it is.
        let brought = match load_session(&pending.original) {
            Ok(file) => {
                if let Some(reason) = file.read_only {
                    return not_recovered(
                        cafe,
                        NotRecoveredWhy::ReadOnly(ReadOnlyWhy::File(reason)),
                    );
                }
                match merge_copy(&mut cafe.live.session, &file.session) {
                    Ok(report) => report,
                    Err(e) => return not_recovered(cafe, NotRecoveredWhy::NotMerged(Box::new(e))),
                }
            }
            // A missing or unreadable file has nothing to keep (an unreadable one stays as the
            // `.bak` copy once the recovered café is saved).
            Err(_) => MergeReport::default(),
        };
        // The file on disk holds an older version: count the recovered state as a change, so
        // the flush below waits for it to be written (and the copy is only let go after that).
        cafe.live.touch();
        cafe.flush(Duration::from_secs(5))
            .map_err(|unsaved| NotRecovered {
                file: pending.original.clone(),
                why: NotRecoveredWhy::NotSaved(unsaved),
            })?;
        recovery::discard(&pending.copy);
        notices.push(OpenNotice::Recovered {
            title: cafe.live.session.details.title.clone(),
            file: pending.original.clone(),
        });
        Ok(((cafe, notices), brought))
    }

    /// Look at a recovery copy without changing anything.
    pub fn look_at_recovery(data: &DataDir, pending: &PendingRecovery, notify: Notify) -> Opened {
        Self::install(
            data,
            pending.loaded.session.clone(),
            pending.copy.clone(),
            Some(ReadOnlyWhy::RecoveryCopy(pending.original.clone())),
            notify,
        )
    }

    fn install(
        data: &DataDir,
        session: Session,
        path: PathBuf,
        mut read_only: Option<ReadOnlyWhy>,
        notify: Notify,
    ) -> Opened {
        let mut notices = Vec::new();
        let mut lock = None;
        let mut other_host = false;
        if read_only.is_none() {
            match SessionLock::acquire(&path) {
                Ok(taken) => {
                    if taken.unclean.is_some() {
                        notices.push(OpenNotice::NotClosedProperly {
                            title: session.details.title.clone(),
                        });
                    }
                    crate::store::atomic::remove_stale_temps(&path);
                    lock = Some(taken);
                }
                Err(LockError::Held(blocked)) => {
                    other_host = matches!(blocked, Blocked::OtherHost(_));
                    read_only = Some(ReadOnlyWhy::Locked(blocked));
                }
                Err(LockError::Io(e)) => read_only = Some(ReadOnlyWhy::NoLock(OsReason::of(&e))),
            }
        }
        if let Some(reason) = &read_only {
            notices.push(OpenNotice::ReadOnly(reason.clone()));
        }
        let saver = {
            let notify = std::sync::Arc::clone(&notify);
            Saver::with_recovery(Some(data.recovery()), move || notify())
        };
        let notify = std::sync::Arc::clone(&notify);
        // Before every write the saver checks that the lock is still ours.
        saver.set_guard(lock.as_ref().map(SessionLock::token));
        let fresh = !path.exists();
        if !fresh {
            let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
            saver.mark_saved(0, modified.map(DateTime::<chrono::Local>::from));
        }
        let drafts = if read_only.is_some() {
            drafts::DraftsKeeper::none()
        } else {
            let (drafts, notice) = drafts::DraftsKeeper::open(&data.drafts(), session.id, &path);
            notices.extend(notice);
            drafts
        };
        let cafe = Self {
            live: LiveState::new(session),
            sent_revision: if fresh { None } else { Some(0) },
            data: data.clone(),
            path,
            read_only,
            saver,
            lock,
            drafts,
            other_host,
            hid_words_at: None,
            clock_offset: chrono::Duration::zero(),
            sharing: None,
            notify,
        };
        notices.extend(cafe.remember_open());
        (cafe, notices)
    }

    /// Set this café's clock against the computer's at `wall`, just after opening: when the
    /// computer's clock says an earlier time than the latest the café recorded (its clock was
    /// set back before a restart), the café's time goes on from that latest moment, so a
    /// running round keeps counting and new notes come after the old ones. A gap of more than
    /// two days is not taken for a clock set back (a file from another computer, or damaged),
    /// and is left alone.
    pub fn settle_clock(&mut self, wall: DateTime<Utc>) {
        let behind = self.live.session.last_recorded() - wall;
        self.clock_offset = if behind > chrono::Duration::zero()
            && behind <= chrono::Duration::days(2)
        {
            log::warn!(
                "the computer's clock is {} s behind the café's latest time; the café goes on from that time",
                behind.num_seconds()
            );
            behind
        } else {
            chrono::Duration::zero()
        };
    }

    /// This café's time when the computer's clock says `wall` (see [`OpenCafe::settle_clock`]).
    pub fn time(&self, wall: DateTime<Utc>) -> DateTime<Utc> {
        wall + self.clock_offset
    }

    /// How far this café's time is ahead of the computer's clock.
    pub fn clock_offset(&self) -> chrono::Duration {
        self.clock_offset
    }

    /// The running café.
    pub fn live(&self) -> &LiveState {
        &self.live
    }

    /// The session file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why this copy cannot be changed, if it cannot.
    pub fn read_only(&self) -> Option<&ReadOnlyWhy> {
        self.read_only.as_ref()
    }

    /// What the window shows about saving.
    pub fn save_status(&self) -> SaveStatus {
        self.saver.status()
    }

    /// Whether this copy is read-only because another computer's lock names it (and so may
    /// be taken over once the person is sure it is closed there).
    pub fn can_take_over(&self) -> bool {
        self.other_host
    }

    /// Why half-typed notes cannot be kept on disk right now, if they cannot.
    pub fn write_trouble(&self) -> Option<SaveError> {
        self.drafts.error()
    }

    /// Half-typed notes kept from last time, per table.
    pub fn kept_drafts(&self) -> &Drafts {
        self.drafts.kept()
    }

    /// Apply one change and hand the result to the saver. A read-only copy refuses every
    /// change to the document in plain words (what only the projector shows is still allowed).
    pub fn apply(&mut self, command: Command, now: DateTime<Utc>) -> Result<bool, ReadOnly> {
        if let Some(reason) = &self.read_only
            && command.changes_document()
        {
            return Err(ReadOnly(reason.clone()));
        }
        let hides = command.may_hide_words();
        let changed = self.live.apply(command, now);
        if changed && hides {
            self.hid_words_at = Some(self.live.revision);
        }
        self.queue_save();
        Ok(changed)
    }

    /// Whether the last undo or redo was refused because another laptop's copy changed the
    /// record since (told once).
    pub fn take_refused_undo(&mut self) -> bool {
        self.live.take_refused()
    }

    /// Whether words were taken out of this café (a note made private, names erased…) that
    /// the review's search index may still hold.
    pub fn hid_words(&self) -> bool {
        self.hid_words_at.is_some()
    }

    /// Whether words were taken out of this café (a note made private, names erased…) and
    /// are now saved without them, so the review's search index must forget its copy of the
    /// old words. True once per such change.
    pub fn review_text_is_stale(&mut self) -> bool {
        let saved = self.saver.status().saved_revision;
        match self.hid_words_at {
            Some(at) if saved.is_some_and(|s| s >= at) => {
                self.hid_words_at = None;
                true
            }
            _ => false,
        }
    }

    /// Bring in the notes of another copy of this café (another laptop's file); says what
    /// came in, new or newer.
    pub fn import(&mut self, other: &Path) -> Result<MergeReport, ImportError> {
        if self.read_only.is_some() {
            return Err(ImportError::ReadOnly);
        }
        if other == self.path {
            return Err(ImportError::OwnFile);
        }
        let report = import_copy(&mut self.live.session, other)?;
        if report.total() > 0 {
            self.live.touch();
        }
        self.queue_save();
        Ok(report)
    }

    /// Give the saver the newest state of the session if it changed since last time.
    fn queue_save(&mut self) {
        if self.read_only.is_some() || self.sent_revision == Some(self.live.revision) {
            return;
        }
        // A copy is quick; formatting it as text happens on the saver's thread, and what
        // arrives in a shared folder is worked out against the same copy.
        let copy = std::sync::Arc::new(self.live.session.clone());
        let scrub = std::mem::take(&mut self.live.erased_since_save);
        if let Some(sharing) = &self.sharing {
            sharing.follower.set_snapshot(std::sync::Arc::clone(&copy));
        }
        self.saver
            .save_session(self.path.clone(), self.live.revision, copy, scrub);
        self.sent_revision = Some(self.live.revision);
    }

    /// Keep half-typed notes on disk after a pause in typing (or at once with `at_once`).
    /// Returns how soon to look again when the drafts wait for the pause.
    pub fn keep_drafts(&mut self, current: &Drafts, at_once: bool) -> Option<Duration> {
        if self.read_only.is_some() {
            return None;
        }
        self.drafts.keep(current, at_once)
    }

    /// Hand every change to the saver and wait up to `timeout` for it to reach the disk;
    /// what is still not there, if anything.
    pub fn flush(&mut self, timeout: Duration) -> Result<(), Unsaved> {
        self.queue_save();
        let drafts = self.drafts.wait(timeout);
        let file = self.read_only.is_some() || self.saver.wait_for(self.live.revision, timeout);
        if drafts && file {
            return Ok(());
        }
        // Saved meanwhile, perhaps: what holds now is what counts.
        self.unsaved().map_or(Ok(()), Err)
    }

    /// Whether every change is on disk (always true for a read-only copy).
    pub fn all_saved(&self) -> bool {
        self.read_only.is_some()
            || self
                .saver
                .status()
                .saved_revision
                .is_some_and(|r| r >= self.live.revision)
    }

    /// What is not on disk yet, if anything (never anything for a read-only copy).
    pub fn unsaved(&self) -> Option<Unsaved> {
        if self.read_only.is_some() {
            return None;
        }
        let status = self.saver.status();
        let recovery = status
            .recovery
            .filter(|(_, revision)| *revision >= self.live.revision)
            .map(|(copy, _)| copy);
        let error = status.error;
        if status.stopped {
            return Some(Unsaved::Stopped { error, recovery });
        }
        if !self.all_saved() {
            return Some(Unsaved::Retrying { error, recovery });
        }
        self.drafts.unsaved().map(|error| Unsaved::Drafts { error })
    }

    /// Close cleanly: save what is left and release the lock, so the next start reports no
    /// crash (it still reopens this café, unless [`forget_last_open`] is called). On a failed
    /// save the café stays open.
    pub fn close(mut self, timeout: Duration) -> Result<(), (Box<Self>, Unsaved)> {
        if let Err(e) = self.flush(timeout) {
            return Err((Box::new(self), e));
        }
        self.release();
        Ok(())
    }

    /// Close without the last changes (the person chose to lose them).
    pub fn abandon(mut self) {
        self.release();
    }

    /// Write the session to another file (when its own folder cannot be written).
    pub fn save_copy_as(&self, target: &Path) -> Result<(), SaveError> {
        let text = crate::store::to_ron(&self.live.session)
            .map_err(|e| SaveError::AsText(e.to_string()))?;
        crate::store::atomic::write_atomic(target, text.as_bytes())
            .map_err(|e| SaveError::Write(crate::store::saver::WriteError::of(target, &e)))
    }

    fn release(&mut self) {
        if let Some(lock) = self.lock.take() {
            lock.release();
        }
    }

    /// Name this café as the one to reopen at the next start; the notice when that failed.
    fn remember_open(&self) -> Option<OpenNotice> {
        if self.read_only.is_some() {
            return None;
        }
        let file = self.data.root.join(LAST_OPEN_FILE);
        let written = crate::store::pointer::write(&file, &self.path);
        written.err().map(|e| OpenNotice::NotRemembered {
            error: WriteError::of(&file, &e),
            file,
        })
    }
}

/// The café that was open when the app last stopped without closing it, if its file exists.
pub fn last_open(data: &DataDir) -> Option<PathBuf> {
    let file = data.root.join(LAST_OPEN_FILE);
    let path = crate::store::pointer::read(&file).unwrap_or_else(|e| {
        log::warn!("{e}");
        None
    })?;
    path.is_file().then_some(path)
}

/// Do not reopen a café at the next start (the person went back to Home).
/// When the file naming it cannot be removed, the café may open again at the next start:
/// the error says why.
pub fn forget_last_open(data: &DataDir) -> Result<(), OsReason> {
    crate::store::atomic::remove_durably(&[data.root.join(LAST_OPEN_FILE)])
        .map_err(|e| OsReason::of(&e))
}

#[cfg(test)]
mod tests;
