//! Recovery copies: when a session cannot be saved to its own file (a full disk, a removed USB
//! stick, a folder that became read-only), the newest state is written to the private data
//! folder instead. The next start offers it back, and nothing is deleted before the user chooses.

use std::path::{Path, PathBuf};

use super::format::{LoadedSession, load_session, read_text};

/// A newer copy of a session than its own file holds.
#[derive(Debug, Clone)]
pub struct PendingRecovery {
    /// The recovery copy (a normal session file).
    pub copy: PathBuf,
    /// The session file it belongs to.
    pub original: PathBuf,
    pub loaded: LoadedSession,
    /// When the copy was written.
    pub written: Option<chrono::DateTime<chrono::Local>>,
    /// Why the original is not enough.
    pub why: Why,
}

/// Why a café's own file is not enough, so its recovery copy waits for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// The file holds an older version: everything in it is in the copy too.
    Older,
    /// The file also holds `changes` records the copy lacks (another copy of the app wrote
    /// it after this one could not): recovering keeps both.
    ChangedElsewhere { changes: usize },
    /// The file now holds another café.
    OtherCafe,
    /// The file cannot be read, for this reason.
    Unreadable(String),
}

/// Where the recovery copy of `original` goes inside `recovery_dir`.
pub fn copy_path(recovery_dir: &Path, original: &Path) -> PathBuf {
    let name = original
        .file_name()
        .map_or_else(|| "session.ron".into(), std::ffi::OsStr::to_os_string);
    recovery_dir.join(name)
}

/// The small file beside a copy that names the session file it belongs to.
fn origin_path(copy: &Path) -> PathBuf {
    let mut name = copy.file_name().unwrap_or_default().to_os_string();
    name.push(".from");
    copy.with_file_name(name)
}

/// Write the recovery copy of `original`, holding `text`.
pub fn write_copy(recovery_dir: &Path, original: &Path, text: &str) -> std::io::Result<PathBuf> {
    super::atomic::ensure_private_dir(recovery_dir)?;
    let copy = copy_path(recovery_dir, original);
    super::pointer::write(&origin_path(&copy), original)?;
    super::atomic::write_atomic(&copy, text.as_bytes())?;
    Ok(copy)
}

/// Remove a recovery copy (after its state reached the session file, or the user chose).
pub fn discard(copy: &Path) {
    let origin = origin_path(copy);
    // The copy goes first and for good: one that came back after a power cut would be offered
    // as newer than its file.
    let files = [
        copy.to_owned(),
        super::atomic::backup_path(copy),
        super::atomic::backup_path(&origin),
        origin,
    ];
    if let Err(e) = super::atomic::remove_durably(&files) {
        log::warn!(
            "the recovery copy {} could not be removed: {e}",
            copy.display()
        );
    }
}

/// Recovery copies in `recovery_dir` that hold something the session files do not.
/// Copies that match their file exactly are stale and removed.
pub fn pending(recovery_dir: &Path) -> Vec<PendingRecovery> {
    let Ok(entries) = std::fs::read_dir(recovery_dir) else {
        return Vec::new();
    };
    let mut copies: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron") && p.is_file())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    copies.sort();
    let mut out = Vec::new();
    for copy in copies {
        let Ok(Some(original)) = super::pointer::read(&origin_path(&copy)) else {
            continue;
        };
        let Ok(loaded) = load_session(&copy) else {
            log::warn!(
                "recovery copy {} cannot be read; left in place",
                copy.display()
            );
            continue;
        };
        let why = match read_text(&original) {
            Ok(text) if read_text(&copy).ok().as_deref() == Some(text.as_str()) => {
                discard(&copy);
                continue;
            }
            Ok(_) => match load_session(&original) {
                Ok(file) => match loaded.session.clone().merge(&file.session) {
                    Ok(brought) if brought.total() > 0 => Why::ChangedElsewhere {
                        changes: brought.total(),
                    },
                    Ok(_) => Why::Older,
                    Err(_) => Why::OtherCafe,
                },
                Err(e) => Why::Unreadable(e.message),
            },
            Err(e) => Why::Unreadable(e.message),
        };
        let written = std::fs::metadata(&copy)
            .and_then(|m| m.modified())
            .ok()
            .map(chrono::DateTime::<chrono::Local>::from);
        out.push(PendingRecovery {
            copy,
            original,
            loaded,
            written,
            why,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_newer_than_its_file_is_pending_and_a_matching_one_is_cleared() {
        let dir = tempfile::tempdir().expect("temp dir");
        let example = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/sessions/2026-11-12_our-children-our-school_5e1f2a9c.ron"
        ))
        .expect("example");
        let original = dir.path().join("s.ron");
        std::fs::write(&original, &example).expect("write");
        let recovery = dir.path().join("recovery");
        let newer = example.replace("current: Question(1)", "current: Question(2)");
        let copy = write_copy(&recovery, &original, &newer).expect("copy");
        let found = pending(&recovery);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].original, original);
        assert_eq!(found[0].why, Why::Older);

        std::fs::write(&original, &newer).expect("write");
        assert!(pending(&recovery).is_empty());
        assert!(!copy.exists(), "a copy equal to its file is cleared");
    }
}
