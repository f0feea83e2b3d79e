//! Changing a café that is not open in this window (the review marking an action done,
//! `cafe-host merge`): under the café's lock, through the store's one writer, as an open café
//! is saved. A café open in this window takes the same change through its own live state.

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::live::{Command, LiveState, records::RecordCommand};
use crate::store::lock::{Blocked, LockError, SessionLock};
use crate::store::saver::Saver;

/// How long a change waits for its save before saying it failed.
const SAVE_WAIT: Duration = Duration::from_secs(10);

/// Why a file that is locked cannot be changed from here.
pub(super) fn locked(path: &Path, e: &LockError) -> String {
    let name = path.display();
    match e {
        LockError::Held(Blocked::Running(_)) => format!("{name} is open for writing: {e}"),
        LockError::Held(Blocked::OtherHost(holder)) => format!(
            "{name} is open on {}{}, and its lock is never taken over from here. Close it there (or open it in the app here and take it over) first; nothing was changed.",
            holder.host,
            holder
                .since
                .map(|s| format!(" since {}", s.format("%H:%M")))
                .unwrap_or_default()
        ),
        LockError::Held(Blocked::Unusable(_)) | LockError::Io(_) => {
            format!("{name}: {e}; nothing was changed.")
        }
    }
}

/// Change the café saved in `path` with `edit` under its lock, and save it (when `edit` says
/// something changed) through the store's writer, as an open café is saved. `edit` gets the
/// café as its file holds it and says whether it changed it, or why it will not.
pub fn edit_file<T>(
    path: &Path,
    edit: impl FnOnce(&mut LiveState) -> Result<(T, bool), String>,
) -> Result<T, String> {
    let lock = SessionLock::acquire(path).map_err(|e| locked(path, &e))?;
    let result = (|| {
        let loaded = crate::store::load_session(path).map_err(|e| e.to_string())?;
        if let Some(reason) = loaded.read_only {
            return Err(format!("{}: {reason}", path.display()));
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
                let why = saver.status().error.map_or_else(
                    || "it could not be saved in time".to_owned(),
                    |e| match e {
                        // This edit is not retried: say only what went wrong.
                        crate::store::saver::SaveError::Write(write) => {
                            format!("Not saved: {write}.")
                        }
                        other => other.to_string(),
                    },
                );
                return Err(format!("{} is unchanged. {why}", path.display()));
            }
        }
        Ok(answer)
    })();
    lock.release();
    result
}

/// Mark the commitment `id` of the café saved in `path` done (or open again), for a café not
/// open in this window. Returns whether anything changed.
pub fn set_action_done(
    path: &Path,
    id: Uuid,
    done: bool,
    now: DateTime<Utc>,
) -> Result<bool, String> {
    edit_file(path, |live| {
        if !live
            .session
            .commitments
            .iter()
            .any(|c| c.id == id && !c.deleted)
        {
            return Err(format!("that action is no longer in {}", path.display()));
        }
        let changed = live.apply(
            Command::Record(RecordCommand::SetCommitmentDone { id, done }),
            now,
        );
        Ok((changed, changed))
    })
    .map_err(|e| {
        if e.contains("is open for writing") {
            format!("{e}. Mark the action done in that window, or close the café there first")
        } else {
            e
        }
    })
}
