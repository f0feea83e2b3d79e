//! Why the system refused to read or write a file, as a fact the interface words in the
//! person's language (`ui::trouble::os_reason`, `ui::trouble::write_cause`). The one place that
//! turns the system's error into a reason: saving, exports, reading files and opening folders
//! all go through [`OsReason::of`].

use serde::{Deserialize, Serialize};

/// Why the system refused, in the few ways a person can act on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OsReason {
    /// The disk (or the person's quota on it) is full.
    Full,
    /// What should be a folder is a file (the folder was replaced by a file).
    NotAFolder,
    /// The folder or file may not be written (or read) by this user.
    Permission,
    /// The folder (or file) does not exist (removed, unplugged).
    NotFound,
    /// The disk is mounted read-only.
    ReadOnly,
    /// Anything else: the system's own words, which the interface adds in parentheses.
    Other(String),
}

impl OsReason {
    /// The reason behind an error from the system.
    pub fn of(e: &std::io::Error) -> Self {
        use std::io::ErrorKind;
        match e.kind() {
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded | ErrorKind::FileTooLarge => {
                OsReason::Full
            }
            ErrorKind::NotADirectory => OsReason::NotAFolder,
            ErrorKind::PermissionDenied => OsReason::Permission,
            ErrorKind::NotFound => OsReason::NotFound,
            ErrorKind::ReadOnlyFilesystem => OsReason::ReadOnly,
            _ => OsReason::Other(e.to_string()),
        }
    }
}

impl std::fmt::Display for OsReason {
    /// English, for the command line and logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OsReason::Full => f.write_str("the disk is full"),
            OsReason::NotAFolder => f.write_str("a file stands where that folder should be"),
            OsReason::Permission => f.write_str("permission denied"),
            OsReason::NotFound => f.write_str("that folder does not exist"),
            OsReason::ReadOnly => f.write_str("the disk is read-only"),
            OsReason::Other(e) => f.write_str(e),
        }
    }
}
