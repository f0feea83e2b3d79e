//! Changing a café that is not open in this window (the review marking an action done,
//! `cafe-host merge`): under the café's lock, through the store's one writer, as an open café
//! is saved. A café open in this window takes the same change through its own live state.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::ImportError;
use crate::live::{Command, LiveState, records::RecordCommand};
use crate::store::lock::{Blocked, LockProblem, SessionLock};
use crate::store::saver::{SaveError, Saver};
use crate::store::{FileError, KeptAsRead};

/// How long a change waits for its save before saying it failed.
const SAVE_WAIT: Duration = Duration::from_secs(10);

/// Why a café file was not changed from outside its window, as facts the interface (and the
/// command line) words in the person's language (`ui::trouble::edit_error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditError {
    /// The café file that was not changed.
    pub path: PathBuf,
    pub why: EditWhy,
}

/// What stood in the way of changing a café file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditWhy {
    /// Its lock is held (another copy of the app, another computer) or cannot be had.
    Locked(LockProblem),
    /// The file could not be read.
    File(Box<FileError>),
    /// The file must be kept as it was read (a newer format, unknown fields).
    KeptAsRead(KeptAsRead),
    /// The change could not be saved (the save's error, when it said one before the wait
    /// ended).
    NotSaved(Option<Box<SaveError>>),
    /// The action to mark is no longer in the café.
    NoSuchAction,
    /// A copy could not be merged in: which, and why.
    Import {
        from: PathBuf,
        error: Box<ImportError>,
    },
    /// The file's permissions forbid writing (made so on purpose).
    PermissionsForbid,
}

impl EditError {
    /// Whether another copy of Café Host on this computer has the café open for writing.
    pub fn is_open_here(&self) -> bool {
        matches!(
            self.why,
            EditWhy::Locked(LockProblem::Held(Blocked::Running(_)))
        )
    }
}

impl std::fmt::Display for EditError {
    /// English, for logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = self.path.display();
        match &self.why {
            EditWhy::Locked(LockProblem::Held(blocked)) => {
                write!(f, "{name} was not changed: {blocked}")
            }
            EditWhy::Locked(LockProblem::NotMade(reason)) => write!(
                f,
                "{name} was not changed: its lock could not be made ({reason})"
            ),
            EditWhy::File(e) => write!(f, "{e}"),
            EditWhy::KeptAsRead(kept) => write!(f, "{name}: {kept}"),
            EditWhy::NotSaved(Some(e)) => write!(f, "{name} is unchanged. {e}"),
            EditWhy::NotSaved(None) => {
                write!(f, "{name} is unchanged: it could not be saved in time")
            }
            EditWhy::NoSuchAction => write!(f, "that action is no longer in {name}"),
            EditWhy::Import { from, error } => {
                write!(
                    f,
                    "{} was not merged into {name}: {}",
                    from.display(),
                    error.plain()
                )
            }
            EditWhy::PermissionsForbid => write!(
                f,
                "{name} is read-only (its permissions forbid writing), so it was not changed"
            ),
        }
    }
}

impl std::error::Error for EditError {}

/// Change the café saved in `path` with `edit` under its lock, and save it (when `edit` says
/// something changed) through the store's writer, as an open café is saved. `edit` gets the
/// café as its file holds it and says whether it changed it, or why it will not.
pub fn edit_file<T>(
    path: &Path,
    edit: impl FnOnce(&mut LiveState) -> Result<(T, bool), EditWhy>,
) -> Result<T, EditError> {
    let failed = |why| EditError {
        path: path.to_owned(),
        why,
    };
    let lock = SessionLock::acquire(path).map_err(|e| failed(EditWhy::Locked(e.problem())))?;
    let result = (|| {
        let loaded = crate::store::load_session(path).map_err(|e| EditWhy::File(Box::new(e)))?;
        if let Some(reason) = loaded.read_only {
            return Err(EditWhy::KeptAsRead(reason));
        }
        let mut live = LiveState::new(loaded.session);
        let (answer, changed) = edit(&mut live)?;
        if changed {
            let saver = Saver::new(|| {});
            saver.set_guard(Some(lock.token()));
            saver.save_session(
                path.to_owned(),
                1,
                std::sync::Arc::new(live.session),
                std::mem::take(&mut live.erased_since_save),
            );
            if !saver.wait_for(1, SAVE_WAIT) {
                return Err(EditWhy::NotSaved(saver.status().error.map(Box::new)));
            }
        }
        Ok(answer)
    })();
    lock.release();
    result.map_err(failed)
}

/// Mark the commitment `id` of the café saved in `path` done (or open again), for a café not
/// open in this window. Returns whether anything changed.
pub fn set_action_done(
    path: &Path,
    id: Uuid,
    done: bool,
    now: DateTime<Utc>,
) -> Result<bool, EditError> {
    edit_file(path, |live| {
        if !live
            .session
            .commitments
            .iter()
            .any(|c| c.id == id && !c.deleted)
        {
            return Err(EditWhy::NoSuchAction);
        }
        let changed = live.apply(
            Command::Record(RecordCommand::SetCommitmentDone { id, done }),
            now,
        );
        Ok((changed, changed))
    })
}
