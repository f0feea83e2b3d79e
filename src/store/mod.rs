//! Files on disk: where they live, how they are read, and how they are saved safely.

pub mod atomic;
pub mod catalog;
pub mod drafts;
pub mod format;
pub mod lock;
pub mod people;
pub mod recovery;
pub mod saver;

use std::path::{Path, PathBuf};

pub use format::{
    FileError, FileKind, LoadedSession, check_file, load_guide, load_session, to_ron,
};

/// The user's private data folder: `sessions/` and `guides/` live inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    pub root: PathBuf,
}

/// The environment variable that overrides the data folder.
pub const DATA_ENV: &str = "CAFE_HOST_DATA";

impl DataDir {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
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

    /// Newer copies of sessions that could not be saved to their own files.
    pub fn recovery(&self) -> PathBuf {
        self.root.join("recovery")
    }

    /// Create the folders (private to the user) if they are missing.
    pub fn ensure(&self) -> std::io::Result<()> {
        atomic::ensure_private_dir(&self.root)?;
        atomic::ensure_private_dir(&self.sessions())?;
        atomic::ensure_private_dir(&self.drafts())?;
        atomic::ensure_private_dir(&self.guides())
    }
}
