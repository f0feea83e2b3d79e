//! One writer per session file: an advisory lock on `<file>.lock`, held while the session is
//! open for writing. The operating system drops the lock when the process dies, so a lock left
//! by a killed app never blocks anyone; the holder's details in the file say who has it.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};

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
}

/// Why the lock could not be taken.
#[derive(Debug)]
pub enum LockError {
    /// Another running app holds it (its details, when readable).
    Held(Option<Holder>),
    Io(io::Error),
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LockError::Held(Some(holder)) => {
                write!(f, "this café is open in {}", holder.describe())
            }
            LockError::Held(None) => write!(f, "this café is open in another copy of Café Host"),
            LockError::Io(e) => write!(f, "the lock file could not be used ({e})"),
        }
    }
}

/// The held lock; dropping it (or [`SessionLock::release`]) lets others write.
#[derive(Debug)]
pub struct SessionLock {
    file: File,
    path: PathBuf,
    /// Set when the previous holder stopped without closing the session (it was killed,
    /// crashed, or the machine lost power).
    pub unclean: Option<Holder>,
}

/// The lock file beside a session file.
pub fn lock_path(session: &Path) -> PathBuf {
    let mut name = session.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    session.with_file_name(name)
}

impl SessionLock {
    /// Take the lock for `session`, or say who holds it.
    pub fn acquire(session: &Path) -> Result<Self, LockError> {
        let path = lock_path(session);
        for _ in 0..3 {
            let mut file = open_lock_file(&path).map_err(LockError::Io)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(std::fs::TryLockError::WouldBlock) => {
                    let mut text = String::new();
                    let _ = file.read_to_string(&mut text);
                    return Err(LockError::Held(Holder::parse(&text)));
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(LockError::Io(e)),
            }
            // The holder may have removed the file between our open and our lock: start again.
            if !same_file(&file, &path) {
                continue;
            }
            let mut previous = String::new();
            file.read_to_string(&mut previous).map_err(LockError::Io)?;
            let unclean = Holder::parse(&previous);
            file.set_len(0).map_err(LockError::Io)?;
            file.seek(SeekFrom::Start(0)).map_err(LockError::Io)?;
            file.write_all(Holder::me().to_text().as_bytes())
                .map_err(LockError::Io)?;
            file.sync_all().map_err(LockError::Io)?;
            return Ok(Self {
                file,
                path,
                unclean,
            });
        }
        Err(LockError::Held(None))
    }

    /// Who holds the lock on `session` right now, if anyone.
    pub fn holder(session: &Path) -> Option<Holder> {
        match Self::acquire(session) {
            Ok(lock) => {
                // Nobody held it; put back what was there so an unclean stop is still noticed.
                let unclean = lock.unclean.clone();
                lock.keep_as(unclean);
                None
            }
            Err(LockError::Held(holder)) => holder.or(Some(Holder {
                host: "another program".into(),
                pid: 0,
                since: None,
            })),
            Err(LockError::Io(_)) => None,
        }
    }

    fn keep_as(mut self, holder: Option<Holder>) {
        let text = holder.map(|h| h.to_text()).unwrap_or_default();
        let _ = self.file.set_len(0);
        let _ = self.file.seek(SeekFrom::Start(0));
        let _ = self.file.write_all(text.as_bytes());
        if text.is_empty() {
            let _ = std::fs::remove_file(&self.path);
        }
        let _ = self.file.unlock();
    }

    /// Close cleanly: remove the lock file, then let go of the lock.
    pub fn release(self) {
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
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

/// This computer's name, for telling people where a café is open.
pub fn host_name() -> String {
    let from_env = std::env::var("HOSTNAME")
        .or_else(|_| std::env::var("COMPUTERNAME"))
        .ok();
    from_env
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "this computer".to_owned())
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
            Err(LockError::Held(Some(holder))) => {
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
}
