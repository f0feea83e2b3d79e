//! Files on disk: where they live, how they are read, and how they are saved safely.

pub mod atomic;
pub mod catalog;
pub mod disk;
pub mod drafts;
pub mod exports;
pub mod format;
pub mod guide_drafts;
pub mod guide_file;
pub mod guides;
pub mod lock;
pub mod people;
pub mod pointer;
pub mod preferences;
pub mod read;
pub mod reason;
pub mod recovery;
pub mod repair;
pub mod saver;
pub mod series_plans;
pub mod shared;

use std::path::{Path, PathBuf};

pub use format::{
    FileError, FileKind, FileProblem, KeptAsRead, LoadedSession, check_file, check_file_all,
    load_guide, load_session, to_ron,
};
pub use guide_file::{Finding, GuideFile, GuideFormat, load_guide_file, read_guide};

/// The user's private data folder: `sessions/` and `guides/` live inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    pub root: PathBuf,
}

/// The environment variable that overrides the data folder.
pub const DATA_ENV: &str = "CAFE_HOST_DATA";

impl DataDir {
    /// The data folder at `root`, named by its full name (from `/`, without `..` or links,
    /// as far as it exists yet), so that what is kept about its files (the review index, the
    /// last café open) names them the same way whichever folder the app is started from and
    /// however the folder is written (`--data-dir ../cafes`).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        let root = root.into();
        let whole = std::path::absolute(&root).unwrap_or(root);
        let root = whole
            .ancestors()
            .find_map(|known| {
                let real = std::fs::canonicalize(known).ok()?;
                let rest = whole.strip_prefix(known).ok()?;
                Some(if rest.as_os_str().is_empty() {
                    real
                } else {
                    real.join(rest)
                })
            })
            .unwrap_or(whole);
        Self { root }
    }

    /// `--data-dir` if given, else `CAFE_HOST_DATA`, else the platform's per-user data folder.
    pub fn resolve(flag: Option<&Path>) -> Option<Self> {
        if let Some(dir) = flag {
            return Some(Self::new(dir));
        }
        if let Some(dir) = std::env::var_os(DATA_ENV).filter(|v| !v.is_empty()) {
            return Some(Self::new(dir));
        }
        directories::ProjectDirs::from("org", "Cafe Host", "cafe-host")
            .map(|dirs| Self::new(dirs.data_dir()))
    }

    pub fn sessions(&self) -> PathBuf {
        self.root.join("sessions")
    }

    pub fn guides(&self) -> PathBuf {
        self.root.join("guides")
    }

    /// Half-typed notes, one file per café.
    pub fn drafts(&self) -> PathBuf {
        self.root.join("drafts")
    }

    /// Attendance and notes exports (some hold names; see [`exports::with_names`]).
    pub fn exports(&self) -> PathBuf {
        self.root.join("exports")
    }

    /// Newer copies of sessions that could not be saved to their own files.
    pub fn recovery(&self) -> PathBuf {
        self.root.join("recovery")
    }

    /// Fonts of the person's own, used besides the computer's (for a laptop where installing
    /// a font needs rights the facilitator does not have).
    pub fn fonts(&self) -> PathBuf {
        self.root.join("fonts")
    }

    /// Create the folders (private to the user) if they are missing. The error says in plain
    /// words which folder is the problem (e.g. a file stands where the data folder should be),
    /// so the caller can refuse to start a café that could never be saved.
    pub fn ensure(&self) -> std::io::Result<()> {
        for dir in [
            self.root.clone(),
            self.sessions(),
            self.drafts(),
            self.guides(),
        ] {
            atomic::ensure_private_dir(&dir).map_err(|e| plain_folder_error(&dir, &e))?;
        }
        Ok(())
    }
}

/// Why a data folder cannot be used, in words a facilitator can act on.
fn plain_folder_error(dir: &Path, e: &std::io::Error) -> std::io::Error {
    use std::io::ErrorKind;
    let blocker = dir
        .ancestors()
        .find(|p| std::fs::symlink_metadata(p).is_ok_and(|m| !m.is_dir()));
    let what = match (blocker, e.kind()) {
        (Some(file), _) => format!(
            "{} is a file, not a folder; move it away or choose another data folder",
            file.display()
        ),
        (None, ErrorKind::PermissionDenied) => format!(
            "you do not have permission to create or use the folder {}",
            dir.display()
        ),
        (None, ErrorKind::ReadOnlyFilesystem) => {
            format!("the folder {} is on a read-only disk", dir.display())
        }
        (None, ErrorKind::StorageFull | ErrorKind::QuotaExceeded) => "the disk is full".to_owned(),
        (None, _) => format!("the folder {} could not be made ({e})", dir.display()),
    };
    std::io::Error::new(e.kind(), what)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_data_folder_that_is_a_file_is_said_in_plain_words() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().join("data");
        std::fs::write(&root, b"not a folder").expect("write");
        let message = DataDir::new(&root)
            .ensure()
            .expect_err("a file")
            .to_string();
        assert!(
            message.contains("is a file, not a folder") && message.contains("data"),
            "{message}"
        );
        let inner = dir.path().join("data2");
        std::fs::create_dir(&inner).expect("dir");
        std::fs::write(inner.join("sessions"), b"").expect("write");
        let message = DataDir::new(&inner)
            .ensure()
            .expect_err("a file")
            .to_string();
        assert!(message.contains("sessions is a file"), "{message}");
    }
}
