//! Changes to a café that is not open in the app: made under its lock, through its live
//! state, and saved safely, as any change to a café is (the review of past cafés marks an
//! action done this way; the review itself never writes a café file).

use uuid::Uuid;

/// Mark the commitment `id` of the café saved in `path` done (or open again), saving the file
/// safely under its lock, as any change to a café is saved. Use this for a café that is not
/// open in the app; an open café takes the same change through its live state. Returns whether
/// anything changed.
pub fn set_action_done(
    path: &std::path::Path,
    id: Uuid,
    done: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool, String> {
    use crate::live::{Command, LiveState, records::RecordCommand};
    use crate::store::lock::{LockError, SessionLock};
    let name = path.display();
    let lock = SessionLock::acquire(path).map_err(|e| match e {
        LockError::Held(_) => format!(
            "{name} is open for writing ({e}); mark the action done in that window, or close the café there first"
        ),
        LockError::Io(_) => format!("{name}: {e}"),
    })?;
    let result = (|| {
        let loaded = crate::store::load_session(path).map_err(|e| e.plain())?;
        if let Some(reason) = loaded.read_only {
            return Err(reason);
        }
        let mut live = LiveState::new(loaded.session);
        if !live
            .session
            .commitments
            .iter()
            .any(|c| c.id == id && !c.deleted)
        {
            return Err(format!("that action is no longer in {name}"));
        }
        let changed = live.apply(
            Command::Record(RecordCommand::SetCommitmentDone { id, done }),
            now,
        );
        if changed {
            let text = crate::store::to_ron(&live.session)
                .map_err(|e| format!("the café could not be written as text: {e}"))?;
            crate::store::atomic::write_atomic(path, text.as_bytes()).map_err(|e| {
                format!("{name} could not be saved ({e}); the action is not marked done")
            })?;
        }
        Ok(changed)
    })();
    lock.release();
    result
}
