//! One writer per session file: an advisory lock on `<file>.lock`, held while the session is
//! open for writing. The operating system drops the lock when the process dies, so a lock left
//! by a killed app on this computer never blocks anyone; the holder's details in the file say
//! who has it. A lock naming another computer (a shared or synced folder, where the other
//! computer's lock cannot be seen) is never broken without the person's say-so, and a lock file
//! Café Host cannot make sense of is never taken as "no lock".

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};

use super::reason::OsReason;

/// Who holds (or last held) a session's lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub host: String,
    pub pid: u32,
    pub since: Option<DateTime<Local>>,
}

impl Holder {
    fn me() -> Self {
        Self {
            host: host_name(),
            pid: std::process::id(),
            since: Some(Local::now()),
        }
    }

    fn to_text(&self) -> String {
        let since = self.since.map(|s| s.to_rfc3339()).unwrap_or_default();
        format!("host={}\npid={}\nsince={since}\n", self.host, self.pid)
    }

    fn parse(text: &str) -> Option<Self> {
        let mut host = None;
        let mut pid = None;
        let mut since = None;
        for line in text.lines() {
            match line.split_once('=') {
                Some(("host", v)) => host = Some(v.to_owned()),
                Some(("pid", v)) => pid = v.trim().parse().ok(),
                Some(("since", v)) => {
                    since = DateTime::parse_from_rfc3339(v.trim())
                        .ok()
                        .map(|d| d.with_timezone(&Local));
                }
                _ => {}
            }
        }
        Some(Self {
            host: host?,
            pid: pid?,
            since,
        })
    }

    /// "Café Host on lab-laptop (process 4121) since 19:02".
    pub fn describe(&self) -> String {
        let since = self
            .since
            .map(|s| format!(" since {}", s.format("%a %-d %b %H:%M")))
            .unwrap_or_default();
        format!("Café Host on {} (process {}){since}", self.host, self.pid)
    }

    /// Whether the holder is this computer (so the operating system's lock can be trusted).
    pub fn is_this_host(&self) -> bool {
        self.host == host_name()
    }
}

/// Why the lock could not be taken. Every case means "do not write this café here": the
/// caller opens it read-only and shows the message (`Display`) to the person.
///
/// Kept to two variants so that callers matching on it stay valid; what blocks the lock is
/// told apart in [`Blocked`].
#[derive(Debug)]
pub enum LockError {
    /// Something stands in the way of writing; see [`Blocked`].
    Held(Blocked),
    /// The lock file could not be made or read (a read-only folder, a missing folder). The
    /// café must not be written without a lock either: open read-only and show this.
    Io(io::Error),
}

/// What stands in the way of taking a session's lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocked {
    /// Another running Café Host on this computer holds it (its details, when readable).
    Running(Option<Holder>),
    /// The lock names another computer: the folder is shared or synced, and that computer may
    /// be writing right now. Only [`SessionLock::take_over`], after the person confirms, breaks it.
    OtherHost(Holder),
    /// The lock file is not one Café Host wrote (garbage, a folder, unreadable): the reason.
    Unusable(Unusable),
}

/// Why a lock file cannot be used, with the lock file's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    /// This user may not read or write it.
    NoAccess(String),
    /// It holds something Café Host did not write.
    NotOurs(String),
    /// It is a folder.
    Folder(String),
    /// It is a pipe, a device or a link.
    NotRegular(String),
}

impl std::fmt::Display for Unusable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unusable::NoAccess(name) => write!(f, "{name} cannot be read or written"),
            Unusable::NotOurs(name) => write!(f, "{name} holds something Café Host did not write"),
            Unusable::Folder(name) => write!(f, "{name} is a folder, not a lock file"),
            Unusable::NotRegular(name) => write!(f, "{name} is not a regular file"),
        }
    }
}

impl std::fmt::Display for Blocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Blocked::Running(Some(holder)) => {
                write!(f, "this café is open in {}", holder.describe())
            }
            Blocked::Running(None) => write!(f, "this café is open in another copy of Café Host"),
            Blocked::OtherHost(holder) => write!(
                f,
                "this café is open on {}{} (the folder is shared with that computer); if it is really closed there, choose to take it over",
                holder.host,
                holder
                    .since
                    .map(|s| format!(" since {}", s.format("%H:%M")))
                    .unwrap_or_default()
            ),
            Blocked::Unusable(reason) => write!(
                f,
                "the lock that keeps two copies from writing this café at once is unusable ({reason})"
            ),
        }
    }
}

/// Why a lock could not be had, as facts a screen words (`ui::trouble::lock_problem`): what
/// holds it, or the system's reason it could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockProblem {
    Held(Blocked),
    NotMade(OsReason),
}

impl LockError {
    /// The facts of this error, to keep and to word.
    pub fn problem(&self) -> LockProblem {
        match self {
            LockError::Held(blocked) => LockProblem::Held(blocked.clone()),
            LockError::Io(e) => LockProblem::NotMade(OsReason::of(e)),
        }
    }
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LockError::Held(blocked) => blocked.fmt(f),
            LockError::Io(e) => write!(
                f,
                "the lock that keeps two copies from writing this café at once could not be made ({e})"
            ),
        }
    }
}

impl std::error::Error for LockError {}

impl LockError {
    /// Who holds the lock, when that is known.
    pub fn holder(&self) -> Option<&Holder> {
        match self {
            LockError::Held(Blocked::Running(holder)) => holder.as_ref(),
            LockError::Held(Blocked::OtherHost(holder)) => Some(holder),
            _ => None,
        }
    }
}

/// The lock was lost while the café was open: the lock file was deleted, replaced or
/// rewritten by someone else, so another copy may be writing the same file. How it was lost
/// is kept as facts, for the interface to word; `Display` gives English for logs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockLost {
    /// The folder of the café cannot be reached, at a write that needed the lock.
    FolderAway(PathBuf),
    /// The lock file was deleted.
    Deleted,
    /// The lock file was replaced by another file.
    Replaced,
    /// The lock file now names another copy of the app.
    NowNames(Holder),
    /// The lock file was overwritten with something else.
    Overwritten,
    /// The folder came back, but the lock file could not be made again (the system's reason).
    NotMadeAgain(String),
    /// Another copy locked it while the folder was away.
    TakenWhileAway,
    /// The folder came back, but the lock file could not be locked again.
    NotLockedAgain(String),
    /// The folder came back, but the lock file cannot be read.
    Unreadable(String),
    /// The lock file names someone else since the folder came back.
    OtherSinceBack,
    /// The folder came back, but the lock file could not be written again.
    NotWrittenAgain(String),
    /// The café's file was changed by someone else while its folder was away.
    FileChangedWhileAway,
}

impl LockLost {
    /// How the lock was lost, in English ("its lock file was deleted").
    fn how(&self) -> String {
        match self {
            LockLost::FolderAway(folder) => {
                format!("the folder {} cannot be reached", folder.display())
            }
            LockLost::Deleted => "its lock file was deleted".into(),
            LockLost::Replaced => "its lock file was replaced".into(),
            LockLost::NowNames(holder) => format!("its lock now names {}", holder.describe()),
            LockLost::Overwritten => "its lock file was overwritten".into(),
            LockLost::NotMadeAgain(e) => format!("its lock file could not be made again: {e}"),
            LockLost::TakenWhileAway => "another copy locked it while its folder was away".into(),
            LockLost::NotLockedAgain(e) => format!("its lock file could not be locked again: {e}"),
            LockLost::Unreadable(e) => format!("its lock file cannot be read: {e}"),
            LockLost::OtherSinceBack => {
                "its lock file names someone else since its folder came back".into()
            }
            LockLost::NotWrittenAgain(e) => {
                format!("its lock file could not be written again: {e}")
            }
            LockLost::FileChangedWhileAway => {
                "its file was changed while its folder was away".into()
            }
        }
    }
}

impl std::fmt::Display for LockLost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "another copy of Café Host may be writing this café ({}); saving to the file has stopped so neither copy overwrites the other",
            self.how()
        )
    }
}

impl std::error::Error for LockLost {}

/// Why the lock could not be confirmed before a write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockTrouble {
    /// The folder holding the café and its lock cannot be reached (removed or unplugged, or
    /// a disk or network share that stopped answering): nothing can be written there now,
    /// and nobody else can be writing there either. Saving goes on once it is back.
    Away(PathBuf),
    /// The lock is gone for good (see [`LockLost`]).
    Lost(LockLost),
}

/// A cheap, clonable proof of holding a session's lock, checked before each write.
#[derive(Debug, Clone)]
pub struct LockToken {
    path: PathBuf,
    /// What we wrote into the lock file.
    text: String,
    /// The lock file we hold open and locked, shared by every clone.
    held: std::sync::Arc<std::sync::Mutex<Held>>,
}

/// The open, locked lock file behind a [`LockToken`].
#[derive(Debug)]
struct Held {
    file: File,
    /// Device and inode of the lock file we locked (Unix), to notice a replaced file.
    identity: Option<(u64, u64)>,
    /// The folder was found away: once it is back, the lock is taken again if nobody else
    /// took it meanwhile.
    away: bool,
}

impl PartialEq for LockToken {
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path && self.text == other.text
    }
}

impl Eq for LockToken {}

impl LockToken {
    fn held(&self) -> std::sync::MutexGuard<'_, Held> {
        self.held
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// `Ok` while the lock file is still the one we locked and still names us.
    pub fn verify(&self) -> Result<(), LockLost> {
        match self.check() {
            Ok(_) => Ok(()),
            Err(LockTrouble::Lost(lost)) => Err(lost),
            Err(LockTrouble::Away(folder)) => Err(LockLost::FolderAway(folder)),
        }
    }

    /// Like [`LockToken::verify`], telling a folder that is away (removed or unplugged) from
    /// a lock taken by someone else. After the folder was away, the lock is taken again once
    /// it is back, if the lock file is gone or still names us: `Ok(true)` then says so.
    pub fn check(&self) -> Result<bool, LockTrouble> {
        let mut held = self.held();
        let folder = self
            .path
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_owned);
        let away = |held: &mut Held| {
            held.away = true;
            LockTrouble::Away(folder.clone())
        };
        let meta = match std::fs::symlink_metadata(&self.path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                if std::fs::metadata(&folder).is_err() {
                    return Err(away(&mut held));
                }
                if held.away {
                    return self.take_again(&mut held);
                }
                return Err(LockTrouble::Lost(LockLost::Deleted));
            }
            // A disk that stopped answering (an unplugged stick, a network share gone).
            Err(_) => return Err(away(&mut held)),
        };
        if held.identity.is_some() && identity_of(&meta) != held.identity {
            if held.away {
                return self.take_again(&mut held);
            }
            return Err(LockTrouble::Lost(LockLost::Replaced));
        }
        let text = match std::fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::InvalidData => String::new(),
            Err(_) => return Err(away(&mut held)),
        };
        if text != self.text {
            return Err(LockTrouble::Lost(match Holder::parse(&text) {
                Some(holder) => LockLost::NowNames(holder),
                None => LockLost::Overwritten,
            }));
        }
        held.away = false;
        Ok(false)
    }

    /// The folder is back after being away: lock the lock file again (made anew if it is
    /// gone), unless another copy holds it now.
    fn take_again(&self, held: &mut Held) -> Result<bool, LockTrouble> {
        let lost =
            |how: fn(String) -> LockLost, e: io::Error| LockTrouble::Lost(how(e.to_string()));
        let mut file = open_lock_file(&self.path).map_err(|e| lost(LockLost::NotMadeAgain, e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(LockTrouble::Lost(LockLost::TakenWhileAway));
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(lost(LockLost::NotLockedAgain, e));
            }
        }
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)
            .map_err(|e| lost(LockLost::Unreadable, e))?;
        if !bytes.is_empty() && bytes != self.text.as_bytes() {
            return Err(LockTrouble::Lost(LockLost::OtherSinceBack));
        }
        let written = file
            .set_len(0)
            .and_then(|()| file.seek(SeekFrom::Start(0)).map(|_| ()))
            .and_then(|()| file.write_all(self.text.as_bytes()))
            .and_then(|()| file.sync_all());
        written.map_err(|e| lost(LockLost::NotWrittenAgain, e))?;
        held.identity = file.metadata().ok().and_then(|m| identity_of(&m));
        held.file = file;
        held.away = false;
        Ok(true)
    }
}

#[cfg(unix)]
fn identity_of(meta: &std::fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn identity_of(_meta: &std::fs::Metadata) -> Option<(u64, u64)> {
    None
}

/// The held lock; dropping it (or [`SessionLock::release`]) lets others write.
#[derive(Debug)]
pub struct SessionLock {
    token: LockToken,
    /// Set when the previous holder stopped without closing the session (it was killed,
    /// crashed, the machine lost power, or — after [`SessionLock::take_over`] — the holder the
    /// person chose to override).
    pub unclean: Option<Holder>,
}

/// The lock file beside a session file (beside the real file when `session` is a symlink).
pub fn lock_path(session: &Path) -> PathBuf {
    let session = super::atomic::resolve_link(session);
    let mut name = session.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    session.with_file_name(name)
}

/// How far [`SessionLock`] may go past what it finds in the lock file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Only a free lock, or one left by a process of this computer that is gone.
    Normal,
    /// Also a lock naming another computer, or garbage: the person confirmed.
    TakeOver,
}

impl SessionLock {
    /// Take the lock for `session`, or say what stands in the way.
    pub fn acquire(session: &Path) -> Result<Self, LockError> {
        Self::take(session, Mode::Normal)
    }

    /// Take the lock even though it names another computer or is garbage — only after the
    /// person confirmed the café is closed everywhere else. A lock held by a running Café Host
    /// on this computer is still refused, and a lock that is not a file is still unusable.
    pub fn take_over(session: &Path) -> Result<Self, LockError> {
        Self::take(session, Mode::TakeOver)
    }

    fn take(session: &Path, mode: Mode) -> Result<Self, LockError> {
        let path = lock_path(session);
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        for _ in 0..3 {
            refuse_odd_lock_file(&path, &name)?;
            let mut file = open_lock_file(&path).map_err(|e| match e.kind() {
                io::ErrorKind::PermissionDenied if path.exists() => {
                    LockError::Held(Blocked::Unusable(Unusable::NoAccess(name.clone())))
                }
                _ => LockError::Io(e),
            })?;
            match file.try_lock() {
                Ok(()) => {}
                Err(std::fs::TryLockError::WouldBlock) => {
                    let mut bytes = Vec::new();
                    // Unreadable details only mean we cannot say who holds it.
                    if file.read_to_end(&mut bytes).is_err() {
                        bytes.clear();
                    }
                    let text = String::from_utf8_lossy(&bytes);
                    // Held only for a moment by another opener looking at a lock that is not
                    // ours to read: it is unusable either way, and says so the same each time.
                    if !text.trim().is_empty()
                        && Holder::parse(&text).is_none()
                        && mode == Mode::Normal
                    {
                        return Err(LockError::Held(Blocked::Unusable(Unusable::NotOurs(
                            name.clone(),
                        ))));
                    }
                    // A lock naming another computer is held here only by an opener looking
                    // at it: say what it names, as that opener will.
                    return Err(LockError::Held(match Holder::parse(&text) {
                        Some(holder) if !holder.is_this_host() && mode == Mode::Normal => {
                            Blocked::OtherHost(holder)
                        }
                        holder => Blocked::Running(holder),
                    }));
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(LockError::Io(e)),
            }
            // The holder may have removed the file between our open and our lock: start again.
            if !same_file(&file, &path) {
                continue;
            }
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).map_err(LockError::Io)?;
            let previous = String::from_utf8(bytes).ok().filter(|t| t.len() < 4096);
            let unclean = match previous.as_deref() {
                Some(text) if text.trim().is_empty() => None,
                Some(text) => match Holder::parse(text) {
                    Some(holder) if holder.is_this_host() || mode == Mode::TakeOver => Some(holder),
                    Some(holder) => return Err(LockError::Held(Blocked::OtherHost(holder))),
                    None if mode == Mode::TakeOver => None,
                    None => {
                        return Err(LockError::Held(Blocked::Unusable(Unusable::NotOurs(
                            name.clone(),
                        ))));
                    }
                },
                None if mode == Mode::TakeOver => None,
                None => {
                    return Err(LockError::Held(Blocked::Unusable(Unusable::NotOurs(
                        name.clone(),
                    ))));
                }
            };
            let text = Holder::me().to_text();
            file.set_len(0).map_err(LockError::Io)?;
            file.seek(SeekFrom::Start(0)).map_err(LockError::Io)?;
            file.write_all(text.as_bytes()).map_err(LockError::Io)?;
            file.sync_all().map_err(LockError::Io)?;
            let identity = file.metadata().ok().and_then(|m| identity_of(&m));
            return Ok(Self {
                token: LockToken {
                    path,
                    text,
                    held: std::sync::Arc::new(std::sync::Mutex::new(Held {
                        file,
                        identity,
                        away: false,
                    })),
                },
                unclean,
            });
        }
        Err(LockError::Held(Blocked::Running(None)))
    }

    /// A proof of holding this lock, for the saver to check before each write.
    pub fn token(&self) -> LockToken {
        self.token.clone()
    }

    /// Who holds the lock on `session` right now, if anyone: a running Café Host here, or
    /// the computer a lock names.
    pub fn holder(session: &Path) -> Option<Holder> {
        match Self::acquire(session) {
            Ok(lock) => {
                // Nobody held it; put back what was there so an unclean stop is still noticed.
                let unclean = lock.unclean.clone();
                lock.keep_as(unclean);
                None
            }
            Err(LockError::Held(Blocked::Running(holder))) => holder.or(Some(Holder {
                host: "another program".into(),
                pid: 0,
                since: None,
            })),
            Err(LockError::Held(Blocked::OtherHost(holder))) => Some(holder),
            Err(LockError::Held(Blocked::Unusable(_)) | LockError::Io(_)) => None,
        }
    }

    fn keep_as(self, holder: Option<Holder>) {
        let text = holder.map(|h| h.to_text()).unwrap_or_default();
        let restored = {
            let file = &mut self.token.held().file;
            file.set_len(0)
                .and_then(|()| file.seek(SeekFrom::Start(0)))
                .and_then(|_| file.write_all(text.as_bytes()))
        };
        if let Err(e) = restored {
            log::warn!("could not restore {}: {e}", self.token.path.display());
        }
        if text.is_empty() {
            self.remove_file_if_ours();
        }
    }

    /// Close cleanly: remove the lock file (only if it is still ours), then let go of the lock.
    pub fn release(self) {
        if self.token.verify().is_ok() {
            self.remove_file_if_ours();
        }
    }

    fn remove_file_if_ours(&self) {
        if same_file(&self.token.held().file, &self.token.path)
            && let Err(e) = std::fs::remove_file(&self.token.path)
            && e.kind() != io::ErrorKind::NotFound
        {
            log::warn!("could not remove {}: {e}", self.token.path.display());
        }
    }
}

/// A lock "file" that is a folder, a pipe, a device or a link is never used, nor opened.
fn refuse_odd_lock_file(path: &Path, name: &str) -> Result<(), LockError> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => Err(LockError::Held(Blocked::Unusable(Unusable::Folder(
            name.to_owned(),
        )))),
        Ok(meta) if !meta.is_file() => Err(LockError::Held(Blocked::Unusable(
            Unusable::NotRegular(name.to_owned()),
        ))),
        _ => Ok(()),
    }
}

fn open_lock_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.ino() == b.ino() && a.dev() == b.dev(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

/// This computer's name, for telling people where a café is open and for knowing whether a
/// lock was left by this computer. It must not depend on how the app was started, so the
/// operating system is asked first; an exported `HOSTNAME` may differ from it.
pub fn host_name() -> String {
    system_host_name()
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "this computer".to_owned())
}

/// The name the operating system gives this computer (Linux, macOS and Windows alike).
fn system_host_name() -> Option<String> {
    gethostname::gethostname().into_string().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_taker_is_told_who_holds_it_and_a_clean_release_frees_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let session = dir.path().join("s.ron");
        let first = SessionLock::acquire(&session).expect("first");
        assert!(first.unclean.is_none());
        match SessionLock::acquire(&session) {
            Err(LockError::Held(Blocked::Running(Some(holder)))) => {
                assert_eq!(holder.pid, std::process::id());
                assert!(holder.describe().contains("process"));
            }
            other => panic!("expected held, got {other:?}"),
        }
        assert!(SessionLock::holder(&session).is_some());
        first.release();
        assert!(!lock_path(&session).exists());
        let again = SessionLock::acquire(&session).expect("free again");
        assert!(again.unclean.is_none(), "a clean release leaves no trace");
    }

    #[test]
    fn a_lock_left_behind_is_taken_over_and_reported_as_unclean() {
        let dir = tempfile::tempdir().expect("temp dir");
        let session = dir.path().join("s.ron");
        let lock = SessionLock::acquire(&session).expect("first");
        // Dropping without release is what a killed process leaves: the file, no lock.
        drop(lock);
        assert!(SessionLock::holder(&session).is_none());
        let next = SessionLock::acquire(&session).expect("taken over");
        assert_eq!(next.unclean.map(|h| h.pid), Some(std::process::id()));
    }

    fn other_host_text() -> String {
        "host=LAPTOP-2\npid=4121\nsince=2026-11-25T19:04:00+00:00\n".to_owned()
    }

    #[test]
    fn a_lock_naming_another_computer_is_never_broken_without_a_take_over() {
        let dir = tempfile::tempdir().expect("temp dir");
        let session = dir.path().join("s.ron");
        std::fs::write(lock_path(&session), other_host_text()).expect("write");
        let err = SessionLock::acquire(&session).expect_err("other host");
        assert!(
            matches!(&err, LockError::Held(Blocked::OtherHost(h)) if h.host == "LAPTOP-2"),
            "{err:?}"
        );
        assert!(err.to_string().contains("open on LAPTOP-2 since"), "{err}");
        assert_eq!(
            SessionLock::holder(&session).map(|h| h.host),
            Some("LAPTOP-2".into())
        );
        assert_eq!(
            std::fs::read_to_string(lock_path(&session)).expect("read"),
            other_host_text(),
            "the other computer's lock is untouched"
        );
        let taken = SessionLock::take_over(&session).expect("the person confirmed");
        assert_eq!(
            taken.unclean.clone().map(|h| h.host),
            Some("LAPTOP-2".into())
        );
        assert!(taken.token().verify().is_ok());
    }

    #[test]
    fn garbage_a_folder_or_an_unreadable_lock_is_unusable_never_no_lock() {
        let dir = tempfile::tempdir().expect("temp dir");
        let garbage = dir.path().join("g.ron");
        std::fs::write(lock_path(&garbage), b"\x00\xff\x13 not a lock").expect("write");
        let err = SessionLock::acquire(&garbage).expect_err("garbage");
        assert!(
            matches!(err, LockError::Held(Blocked::Unusable(_))),
            "{err:?}"
        );
        assert!(err.to_string().contains("unusable"), "{err}");

        let folder = dir.path().join("d.ron");
        std::fs::create_dir(lock_path(&folder)).expect("dir");
        let err = SessionLock::acquire(&folder).expect_err("folder");
        assert!(err.to_string().contains("is a folder"), "{err}");
        assert!(
            SessionLock::take_over(&folder).is_err(),
            "a folder is never a lock"
        );

        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let locked_out = dir.path().join("u.ron");
            std::fs::write(lock_path(&locked_out), b"").expect("write");
            std::fs::set_permissions(
                lock_path(&locked_out),
                std::fs::Permissions::from_mode(0o000),
            )
            .expect("chmod");
            // Root reads anything; the check only means something for a normal user.
            if std::fs::read(lock_path(&locked_out)).is_err() {
                let err = SessionLock::acquire(&locked_out).expect_err("unreadable");
                assert!(
                    matches!(err, LockError::Held(Blocked::Unusable(_))),
                    "{err:?}"
                );
            }
        }
    }

    #[test]
    fn the_token_notices_a_deleted_replaced_or_rewritten_lock() {
        let dir = tempfile::tempdir().expect("temp dir");
        let session = dir.path().join("s.ron");
        let lock = SessionLock::acquire(&session).expect("taken");
        let token = lock.token();
        assert!(token.verify().is_ok());

        std::fs::write(lock_path(&session), other_host_text()).expect("rewrite");
        let lost = token.verify().expect_err("rewritten");
        assert!(
            matches!(&lost, LockLost::NowNames(h) if h.host == "LAPTOP-2"),
            "{lost}"
        );

        std::fs::remove_file(lock_path(&session)).expect("delete");
        assert_eq!(token.verify().expect_err("deleted"), LockLost::Deleted);

        let second = SessionLock::acquire(&session).expect("a second copy takes the new file");
        let lost = token.verify().expect_err("replaced");
        assert!(
            lost.to_string().contains("saving to the file has stopped"),
            "{lost}"
        );
        // Closing the copy that lost its lock leaves the other copy's lock alone.
        lock.release();
        assert!(second.token().verify().is_ok());
        assert!(lock_path(&session).exists());
    }

    #[test]
    fn a_folder_away_is_not_a_lost_lock_and_the_lock_is_taken_again_when_it_is_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("usb");
        std::fs::create_dir(&folder).expect("dir");
        let session = folder.join("s.ron");
        let lock = SessionLock::acquire(&session).expect("taken");
        let token = lock.token();
        let pulled = dir.path().join("pulled");
        std::fs::rename(&folder, &pulled).expect("away");
        assert_eq!(token.check(), Err(LockTrouble::Away(folder.clone())));
        std::fs::rename(&pulled, &folder).expect("back");
        assert_eq!(token.check(), Ok(false), "the same lock file, still ours");
        // Away again, and back without its lock file: it is made and locked anew.
        std::fs::rename(&folder, &pulled).expect("away");
        assert!(matches!(token.check(), Err(LockTrouble::Away(_))));
        std::fs::remove_file(pulled.join("s.ron.lock")).expect("lock gone");
        std::fs::rename(&pulled, &folder).expect("back");
        assert_eq!(token.check(), Ok(true));
        assert!(SessionLock::acquire(&session).is_err(), "held again");
        // Deleted while the folder is there is still a lost lock.
        std::fs::remove_file(lock_path(&session)).expect("delete");
        assert!(matches!(token.check(), Err(LockTrouble::Lost(_))));
        lock.release();
    }
}
