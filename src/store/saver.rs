//! Saving off the UI thread: the UI hands over the newest text of the session and carries on;
//! a writer thread puts it on disk durably, coalescing bursts, and retries after errors.
//! With a lock guard, it checks before every write that the session's lock is still ours and
//! stops writing the file for good the moment it is not.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chrono::{DateTime, Local};

use super::atomic::write_atomic_checked;
use super::format::to_ron;
use super::lock::{LockLost, LockToken, LockTrouble};
use super::reason::OsReason;
use super::recovery;
use crate::model::Session;

/// How long the writer waits before trying a failed save again.
pub const RETRY_AFTER: Duration = Duration::from_secs(2);

/// How often a laptop's copy in a shared folder is written again when nothing changed, so the
/// other laptops know this one is still there.
pub const SHARED_EVERY: Duration = Duration::from_secs(30);

/// What the window shows about saving.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SaveStatus {
    /// The newest revision known to be on disk.
    pub saved_revision: Option<u64>,
    pub saved_at: Option<DateTime<Local>>,
    /// What went wrong at the last save; cleared by the next success.
    pub error: Option<SaveError>,
    /// Saving to the file has stopped for good because the session's lock was lost (another
    /// copy of the app may be writing it); the newest text goes to the recovery copy only.
    pub stopped: bool,
    /// The recovery copy holding what could not be saved to the file, and its revision.
    pub recovery: Option<(PathBuf, u64)>,
    /// This laptop's copy in a shared folder, while the café is shared.
    pub shared: Option<SharedStatus>,
}

/// How writing this laptop's copy in a shared folder goes. Its failure never makes the café
/// unsaved: the café's own file is what counts, the shared copy is tried again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedStatus {
    pub path: PathBuf,
    /// When it was last written.
    pub written_at: Option<DateTime<Local>>,
    /// Why the last write failed.
    pub error: Option<SaveError>,
}

/// This laptop's copy of the café in a shared folder, written after every save of the café
/// and every [`SHARED_EVERY`] besides: the facilitator's without anything private, a table
/// laptop's with its notes. No `.bak` and no lock beside it: nobody else writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mirror {
    pub path: PathBuf,
    pub role: super::shared::Role,
}

struct Job {
    path: PathBuf,
    revision: u64,
    content: Content,
    /// Remove the `.bak` copy after this save (personal data was erased).
    scrub_backup: bool,
}

/// What to write: ready text, or a session the writer turns into text itself, so that the
/// UI thread never pays for formatting a large session.
enum Content {
    Text(String),
    Session(Arc<Session>),
}

/// Where the writer keeps a copy when the session file cannot be written.
type RecoveryDir = Option<PathBuf>;

type Notify = Box<dyn Fn() + Send>;

struct Shared {
    status: Mutex<SaveStatus>,
    changed: Condvar,
    /// Checked on the writer thread before every write of the session file.
    guard: Mutex<Option<LockToken>>,
    /// Where this laptop's copy for a shared folder goes, if the café is shared.
    mirror: Mutex<Option<Mirror>>,
}

impl Shared {
    fn status(&self) -> std::sync::MutexGuard<'_, SaveStatus> {
        self.status.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// `Ok(true)` when the lock was just taken again, its folder back after being away.
    fn check_guard(&self) -> Result<bool, LockTrouble> {
        self.guard
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
            .map_or(Ok(false), LockToken::check)
    }
}

/// A background writer for one session file.
pub struct Saver {
    tx: Option<Sender<Job>>,
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Saver {
    /// Start the writer; `notify` is called after every attempt (e.g. to repaint the window).
    pub fn new(notify: impl Fn() + Send + 'static) -> Self {
        Self::with_recovery(None, notify)
    }

    /// Like [`Saver::new`], and when the session file cannot be written, keep the newest text
    /// as a recovery copy in `recovery_dir` (removed again once the file is saved).
    pub fn with_recovery(recovery_dir: RecoveryDir, notify: impl Fn() + Send + 'static) -> Self {
        let (tx, rx) = mpsc::channel();
        let shared = Arc::new(Shared {
            status: Mutex::new(SaveStatus::default()),
            changed: Condvar::new(),
            guard: Mutex::new(None),
            mirror: Mutex::new(None),
        });
        let thread_shared = Arc::clone(&shared);
        let notify: Notify = Box::new(notify);
        // The writer writes through the disk of the thread that made it.
        let disk = super::disk::current();
        let thread = std::thread::Builder::new()
            .name("session-saver".into())
            .spawn(move || {
                let _disk = super::disk::use_for_this_thread(disk);
                writer_loop(&rx, &thread_shared, &notify, recovery_dir.as_deref());
            })
            .ok();
        Self {
            tx: Some(tx),
            shared,
            thread,
        }
    }

    /// Queue `text` as revision `revision` of the file at `path`. Never blocks on the disk.
    pub fn save(&self, path: PathBuf, revision: u64, text: String) {
        self.send(Job {
            path,
            revision,
            content: Content::Text(text),
            scrub_backup: false,
        });
    }

    /// Queue a copy of `session` as revision `revision`; it is formatted on the writer thread.
    /// With `scrub_backup`, the previous version kept as `.bak` is removed once this is saved
    /// (so erased personal data leaves no copy behind).
    pub fn save_session(
        &self,
        path: PathBuf,
        revision: u64,
        session: Arc<Session>,
        scrub_backup: bool,
    ) {
        self.send(Job {
            path,
            revision,
            content: Content::Session(session),
            scrub_backup,
        });
    }

    fn send(&self, job: Job) {
        let sent = self.tx.as_ref().map(|tx| tx.send(job));
        if self.thread.is_none() || !matches!(sent, Some(Ok(()))) {
            self.lock().error = Some(SaveError::NotRunning);
        }
    }

    /// Check `token` (the session's lock) before every write from now on. When it fails,
    /// nothing more is written to the session file: the newest text goes to the recovery copy
    /// and the status says that another copy may be writing the café and saving has stopped.
    pub fn set_guard(&self, token: Option<LockToken>) {
        *self
            .shared
            .guard
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = token;
    }

    /// Write this laptop's copy for a shared folder too from now on (or stop, with `None`).
    /// `session` is the café as it is now: with a mirror it is saved at once, so the copy is
    /// there without waiting for the next change.
    pub fn set_mirror(
        &self,
        mirror: Option<Mirror>,
        path: PathBuf,
        revision: u64,
        session: Arc<Session>,
    ) {
        {
            let mut status = self.lock();
            status.shared = mirror.as_ref().map(|m| SharedStatus {
                path: m.path.clone(),
                written_at: None,
                error: None,
            });
        }
        let on = mirror.is_some();
        *self
            .shared
            .mirror
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = mirror;
        if on {
            self.save_session(path, revision, session, false);
        }
    }

    /// Record that `revision` is already on disk (a session just opened from its file).
    pub fn mark_saved(&self, revision: u64, at: Option<DateTime<Local>>) {
        let mut status = self.lock();
        status.saved_revision = Some(revision);
        status.saved_at = at;
    }

    pub fn status(&self) -> SaveStatus {
        self.lock().clone()
    }

    /// Wait until `revision` (or newer) is on disk, up to `timeout`. True if it is.
    pub fn wait_for(&self, revision: u64, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        let mut status = self.lock();
        loop {
            if status.saved_revision.is_some_and(|r| r >= revision) {
                return true;
            }
            if status.stopped {
                return false;
            }
            let now = Instant::now();
            if now >= deadline {
                return false;
            }
            status = self
                .shared
                .changed
                .wait_timeout(status, deadline - now)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, SaveStatus> {
        self.shared.status()
    }
}

impl Drop for Saver {
    /// Let the writer finish what it was given before the app goes away.
    fn drop(&mut self) {
        self.tx.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Tell the status what writing `job` came to; returns whether a `.bak` holding erased
/// personal data is still to be removed (`owed`: whether one was before).
fn report_write(
    shared: &Shared,
    job: &Job,
    result: &std::io::Result<()>,
    recovery_copy: Option<&Path>,
    owed: bool,
) -> bool {
    let mut status = shared.status();
    match result {
        Ok(()) => {
            status.saved_revision = Some(job.revision);
            status.saved_at = Some(Local::now());
            status.error = None;
            status.recovery = None;
            if job.scrub_backup
                && let Err(message) = scrub_backup(&job.path)
            {
                status.error = Some(message);
                return true;
            }
            false
        }
        Err(e) => {
            status.recovery = recovery_copy.map(|c| (c.to_path_buf(), job.revision));
            status.error = Some(SaveError::Write(WriteError::of(&job.path, e)));
            // A failed write leaves what was owed as it was.
            owed
        }
    }
}

/// Turn a job's café into the text to write (writing the shared copy on the way, when
/// `mirror`), keeping the café as the last saved; false when it cannot be written as text
/// (the status says so).
fn into_text(
    job: &mut Job,
    shared: &Shared,
    notify: &Notify,
    mirror: bool,
    last_session: &mut Option<Arc<Session>>,
) -> bool {
    let Content::Session(session) = &job.content else {
        return true;
    };
    match to_ron(&**session) {
        Ok(text) => {
            if mirror {
                write_mirror(shared, session, notify);
            }
            if let Content::Session(session) =
                std::mem::replace(&mut job.content, Content::Text(text))
            {
                *last_session = Some(session);
            }
            true
        }
        Err(e) => {
            log::error!("could not write the session as text: {e}");
            shared.status().error = Some(SaveError::AsText(e.to_string()));
            notify();
            false
        }
    }
}

fn writer_loop(rx: &Receiver<Job>, shared: &Shared, notify: &Notify, recovery_dir: Option<&Path>) {
    let mut pending: Option<Job> = None;
    let mut recovery_copy: Option<PathBuf> = None;
    let mut disconnected = false;
    // Once the lock is lost, the file is never written again by this saver.
    let mut lost: Option<LockLost> = None;
    // A `.bak` holding erased personal data that could not be removed yet.
    let mut scrub_owed = false;
    // The file as this saver last wrote it, to notice another writer while its folder was away.
    let mut last_written = None;
    // The café as last saved, for writing the shared copy again while nothing changes.
    let mut last_session: Option<Arc<Session>> = None;
    loop {
        // Wait for work: block when idle (waking to write the shared copy again, when there is
        // one), or until the retry time after a failure.
        if pending.is_none() {
            let job = if shared.mirror().is_some() && lost.is_none() {
                match rx.recv_timeout(SHARED_EVERY) {
                    Ok(job) => Some(job),
                    Err(RecvTimeoutError::Timeout) => {
                        if let Some(session) = &last_session {
                            write_mirror(shared, session, notify);
                        }
                        continue;
                    }
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            } else {
                rx.recv().ok()
            };
            match job {
                Some(job) => pending = Some(job),
                None => return,
            }
        }
        // Coalesce: only the newest text matters.
        while let Ok(mut job) = rx.try_recv() {
            job.scrub_backup |= pending.as_ref().is_some_and(|p| p.scrub_backup);
            pending = Some(job);
        }
        let Some(mut job) = pending.take() else {
            continue;
        };
        job.scrub_backup |= scrub_owed;
        if !into_text(&mut job, shared, notify, lost.is_none(), &mut last_session) {
            continue;
        }
        let Content::Text(text) = &job.content else {
            continue;
        };
        // A folder that is away (removed, unplugged) is a failed save, retried until it is
        // back; a lock taken by someone else stops saving to the file for good.
        if lost.is_none() {
            match shared.check_guard() {
                Err(LockTrouble::Lost(e)) => {
                    log::error!("{}: {e}", job.path.display());
                    lost = Some(e);
                }
                // Back with a file this saver did not write: another copy may have.
                Ok(true) if stamp_of(&job.path).is_some_and(|now| Some(now) != last_written) => {
                    lost = Some(LockLost::FileChangedWhileAway);
                }
                Ok(_) | Err(LockTrouble::Away(_)) => {}
            }
        }
        if let Some(why) = &lost {
            keep_in_recovery(recovery_dir, &job.path, text, &mut recovery_copy);
            {
                let mut status = shared.status();
                status.stopped = true;
                status.recovery = recovery_copy.clone().map(|c| (c, job.revision));
                status.error = Some(SaveError::Stopped(why.clone()));
            }
            notify();
            shared.changed.notify_all();
            continue;
        }
        let result =
            write_atomic_checked(&job.path, text.as_bytes(), || match shared.check_guard() {
                Ok(_) => Ok(()),
                Err(LockTrouble::Lost(lost)) => Err(std::io::Error::other(lost)),
                Err(LockTrouble::Away(folder)) => Err(std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    format!("{} cannot be reached", folder.display()),
                )),
            });
        if let Err(e) = &result
            && let Some(why) = e.get_ref().and_then(|e| e.downcast_ref::<LockLost>())
        {
            // The lock went while the text was being written: go round again to stop.
            lost = Some(why.clone());
            pending = Some(job);
            continue;
        }
        match &result {
            Ok(()) => {
                last_written = stamp_of(&job.path);
                if let Some(copy) = recovery_copy.take() {
                    recovery::discard(&copy);
                }
            }
            Err(_) => keep_in_recovery(recovery_dir, &job.path, text, &mut recovery_copy),
        }
        scrub_owed = report_write(shared, &job, &result, recovery_copy.as_deref(), scrub_owed);
        // Repaint first, so whoever waits for this save sees the window already told.
        notify();
        shared.changed.notify_all();
        if let Err(e) = result {
            log::warn!("saving {} failed: {e}", job.path.display());
            if disconnected {
                return;
            }
            pending = Some(job);
            match rx.recv_timeout(RETRY_AFTER) {
                Ok(newer) => pending = Some(newer),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => disconnected = true,
            }
        }
    }
}

impl Shared {
    fn mirror(&self) -> Option<Mirror> {
        self.mirror
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// Write this laptop's copy of `session` for the shared folder, if the café is shared, and
/// say how it went in the status.
fn write_mirror(shared: &Shared, session: &Session, notify: &Notify) {
    let Some(mirror) = shared.mirror() else {
        return;
    };
    let mut view = match mirror.role {
        super::shared::Role::Facilitator => session.facilitator_view(),
        super::shared::Role::Table(_) => session.table_view(),
    };
    view.shared_at = Some(chrono::Utc::now());
    let result = to_ron(&view)
        .map_err(|e| SaveError::AsText(e.to_string()))
        .and_then(|text| {
            super::atomic::write_atomic_without_backup(&mirror.path, text.as_bytes())
                .map_err(|e| SaveError::Write(WriteError::of(&mirror.path, &e)))
        });
    if let Err(e) = &result {
        log::warn!("{}: {e}", mirror.path.display());
    }
    {
        let mut status = shared.status();
        if let Some(shared) = status.shared.as_mut().filter(|s| s.path == mirror.path) {
            match result {
                Ok(()) => {
                    shared.written_at = Some(Local::now());
                    shared.error = None;
                }
                Err(e) => shared.error = Some(e),
            }
        }
    }
    notify();
}

/// The size and modification time of the file `path` stands for (`None` when it is not there).
fn stamp_of(path: &Path) -> Option<(u64, std::time::SystemTime)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

/// Keep `text` as the recovery copy of `path` when there is a recovery folder.
fn keep_in_recovery(
    recovery_dir: Option<&Path>,
    path: &Path,
    text: &str,
    recovery_copy: &mut Option<PathBuf>,
) {
    let Some(dir) = recovery_dir else {
        return;
    };
    match recovery::write_copy(dir, path, text) {
        Ok(copy) => *recovery_copy = Some(copy),
        Err(e) => {
            *recovery_copy = None;
            log::error!("the recovery copy could not be written either: {e}");
        }
    }
}

/// Remove the `.bak` of `path` after personal data was erased; what stands in the way if it
/// cannot be removed.
fn scrub_backup(path: &Path) -> Result<(), SaveError> {
    let bak = super::atomic::backup_path(&super::atomic::resolve_link(path));
    super::atomic::remove_durably(std::slice::from_ref(&bak)).map_err(|e| SaveError::BackupKept {
        bak,
        why: e.to_string(),
    })
}

/// What went wrong at a save, as facts for the interface to word. `Display` gives English,
/// for logs and the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The file could not be written; saving is retried.
    Write(WriteError),
    /// The café's lock was lost: saving to its file has stopped for good.
    Stopped(LockLost),
    /// The session could not be turned into text (the reason).
    AsText(String),
    /// The thread that saves is not running.
    NotRunning,
    /// Saved, but the previous copy `bak` still holds personal data that was erased and
    /// could not be removed (the system's reason); removing it is tried at the next save.
    BackupKept { bak: PathBuf, why: String },
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Write(e) => write!(
                f,
                "Not saved: {e}. Your work is kept in the app and saving is retried."
            ),
            SaveError::Stopped(lost) => write!(f, "Not saved: {lost}."),
            SaveError::AsText(e) => {
                write!(
                    f,
                    "Not saved: the session could not be written as text ({e})."
                )
            }
            SaveError::NotRunning => write!(
                f,
                "the background saver is not running; restart the app to save"
            ),
            SaveError::BackupKept { bak, why } => write!(
                f,
                "Saved, but the previous copy {} still holds the personal data you erased and could not be removed ({why}). Delete it by hand; removing it is tried again at the next save.",
                bak.display()
            ),
        }
    }
}

/// A failed write: the folder written to, and what the disk said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteError {
    pub folder: PathBuf,
    pub cause: OsReason,
}

impl WriteError {
    /// The failure writing `path` with `e`.
    pub fn of(path: &Path, e: &std::io::Error) -> Self {
        let cause = OsReason::of(e);
        Self {
            folder: path.parent().map(Path::to_owned).unwrap_or_default(),
            cause,
        }
    }
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let folder = self.folder.display();
        match &self.cause {
            OsReason::Full => write!(f, "the disk is full"),
            OsReason::NotAFolder => write!(f, "the folder {folder} is not a folder any more"),
            OsReason::Permission => write!(f, "the folder {folder} cannot be written to"),
            OsReason::ReadOnly => write!(f, "the disk is read-only"),
            OsReason::NotFound => write!(f, "the folder {folder} is missing"),
            OsReason::Other(e) => write!(f, "the disk could not be written ({e})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_the_newest_text_and_reports_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s.ron");
        let saver = Saver::new(|| {});
        for revision in 1..=20 {
            saver.save(path.clone(), revision, format!("revision {revision}"));
        }
        assert!(saver.wait_for(20, Duration::from_secs(10)));
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "revision 20");
        assert!(saver.status().error.is_none());
    }

    #[test]
    fn a_missing_folder_is_reported_and_retried() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("later");
        let path = folder.join("s.ron");
        let saver = Saver::new(|| {});
        saver.save(path.clone(), 1, "kept".into());
        assert!(!saver.wait_for(1, Duration::from_millis(300)));
        let error = saver.status().error.expect("error shown");
        assert!(
            matches!(&error, SaveError::Write(w) if w.cause == OsReason::NotFound),
            "{error}"
        );
        std::fs::create_dir(&folder).expect("make folder");
        assert!(
            saver.wait_for(1, RETRY_AFTER * 3),
            "retried after the folder came back"
        );
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "kept");
    }

    #[test]
    fn a_lost_lock_stops_saving_and_keeps_the_newest_text_in_recovery() {
        use crate::store::lock::{SessionLock, lock_path};
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s.ron");
        let recovery_dir = dir.path().join("recovery");
        let lock = SessionLock::acquire(&path).expect("lock");
        let saver = Saver::with_recovery(Some(recovery_dir.clone()), || {});
        saver.set_guard(Some(lock.token()));
        saver.save(path.clone(), 1, "revision 1".into());
        assert!(saver.wait_for(1, Duration::from_secs(10)));

        // Someone deletes the lock and another copy takes a new one.
        std::fs::remove_file(lock_path(&path)).expect("delete lock");
        let other = SessionLock::acquire(&path).expect("another copy");
        saver.save(path.clone(), 2, "revision 2".into());
        assert!(!saver.wait_for(2, Duration::from_secs(10)), "never saved");
        let status = saver.status();
        assert!(status.stopped);
        let error = status.error.expect("said");
        assert!(matches!(error, SaveError::Stopped(_)), "{error}");
        assert!(
            error
                .to_string()
                .contains("another copy of Café Host may be writing"),
            "{error}"
        );
        saver.save(path.clone(), 3, "revision 3".into());
        drop(saver);
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "revision 1");
        let copy = recovery::copy_path(&recovery_dir, &path);
        assert_eq!(std::fs::read_to_string(copy).expect("copy"), "revision 3");
        assert!(
            other.token().verify().is_ok(),
            "the other copy's lock is untouched"
        );
    }

    #[test]
    fn a_backup_that_cannot_be_scrubbed_is_reported() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s.ron");
        let bak = crate::store::atomic::backup_path(&path);
        std::fs::create_dir(&bak).expect("dir");
        std::fs::write(bak.join("inside"), b"x").expect("write");
        let problem = scrub_backup(&path).expect_err("cannot remove");
        assert!(matches!(&problem, SaveError::BackupKept { bak: b, .. } if *b == bak));
        assert!(problem.to_string().contains("personal data you erased"));
        std::fs::remove_dir_all(&bak).expect("clean");
        assert!(scrub_backup(&path).is_ok(), "no backup is nothing to scrub");
    }
}
