//! Every change the store makes to the disk goes through one small interface, [`Disk`]: create
//! a file, write it, flush it to the disk, rename, link, remove, make a folder, flush a folder.
//! The app uses the real disk ([`RealDisk`]). A test can put another [`Disk`] in its place for
//! one thread with [`use_for_this_thread`] — one that records every operation and works out
//! what a power cut at any moment would leave on the disk — and the background savers made on
//! that thread write through it too.
//!
//! Reading needs no such interface: what is read is whatever the operations above made.

use std::cell::RefCell;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;
use std::sync::Arc;

/// The operations that change files, each done at once (no caching): what a save is made of.
pub trait Disk: Send + Sync {
    /// Create `path` (or empty it, when it exists) for writing, private to the user (0600 on
    /// Unix, even when the file was there before with wider permissions).
    fn create(&self, path: &Path) -> io::Result<Box<dyn DiskFile>>;
    /// Rename `from` to `to`, replacing `to` when it exists.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// A second name, `link`, for the file `original`.
    fn hard_link(&self, original: &Path, link: &Path) -> io::Result<()>;
    fn remove_file(&self, path: &Path) -> io::Result<()>;
    /// Make one folder (its parent exists), private to the user (0700 on Unix).
    fn create_dir(&self, path: &Path) -> io::Result<()>;
    /// Flush the folder's list of names to the disk, so a file created, renamed, linked or
    /// removed in it stays so after a power cut. A file system that cannot flush folders at
    /// all (some network shares) answers `Ok`: there is nothing more to wait for there.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
}

/// A file opened by [`Disk::create`].
pub trait DiskFile: Send {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()>;
    /// Flush what was written to the disk itself (`fsync`): it survives a power cut.
    fn sync(&mut self) -> io::Result<()>;
}

/// The computer's own file system.
#[derive(Debug, Clone, Copy, Default)]
pub struct RealDisk;

impl Disk for RealDisk {
    fn create(&self, path: &Path) -> io::Result<Box<dyn DiskFile>> {
        let mut options = OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(path)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(fs::Permissions::from_mode(0o600))?;
        }
        Ok(Box::new(RealFile(file)))
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }

    fn hard_link(&self, original: &Path, link: &Path) -> io::Result<()> {
        fs::hard_link(original, link)
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        fs::remove_file(path)
    }

    fn create_dir(&self, path: &Path) -> io::Result<()> {
        let mut builder = fs::DirBuilder::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(path)
    }

    #[cfg(unix)]
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        match File::open(dir)?.sync_all() {
            // The file system has no way to flush a folder (EINVAL, as some network shares).
            Err(e) if e.raw_os_error() == Some(libc::EINVAL) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::Unsupported => Ok(()),
            other => other,
        }
    }

    /// Windows makes a folder's names durable with the file itself; there is no folder to open.
    #[cfg(not(unix))]
    fn sync_dir(&self, _dir: &Path) -> io::Result<()> {
        Ok(())
    }
}

struct RealFile(File);

impl DiskFile for RealFile {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.0.write_all(bytes)
    }

    fn sync(&mut self) -> io::Result<()> {
        self.0.sync_all()
    }
}

thread_local! {
    /// The disk this thread writes through, when it is not the real one.
    static CURRENT: RefCell<Option<Arc<dyn Disk>>> = const { RefCell::new(None) };
}

/// The disk this thread writes through: the real one, unless a test put another in its place.
pub fn current() -> Arc<dyn Disk> {
    CURRENT
        .with(|current| current.borrow().clone())
        .unwrap_or_else(|| Arc::new(RealDisk))
}

/// Write through `disk` on this thread until the returned guard is dropped (then the disk
/// used before comes back). Threads started meanwhile by the store's savers write through it
/// too.
pub fn use_for_this_thread(disk: Arc<dyn Disk>) -> InUse {
    let previous = CURRENT.with(|current| current.borrow_mut().replace(disk));
    InUse { previous }
}

/// While alive, this thread writes through the disk given to [`use_for_this_thread`].
#[must_use = "the disk is used only while this guard lives"]
pub struct InUse {
    previous: Option<Arc<dyn Disk>>,
}

impl Drop for InUse {
    fn drop(&mut self) {
        let previous = self.previous.take();
        CURRENT.with(|current| *current.borrow_mut() = previous);
    }
}
