//! The one place that writes guide files. A person's guides live in `<data>/guides/`, as RON
//! or Markdown; every write is atomic and durable, private to the user, keeps the previous
//! version as `.bak`, and respects the lock a guide editor holds (like a café's), so two
//! windows never write one guide.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::atomic::{
    backup_path, ensure_private_dir, remove_durably, rename_durably, write_atomic, write_new,
};
use super::guide_file::{GuideFormat, load_guide_file};
use super::lock::{Holder, LockError, LockToken, SessionLock};
use super::reason::OsReason;
use super::saver::{SaveStatus, Saver};
use crate::model::Guide;
use crate::model::session::slug;

/// The hidden folder beside the guides that keeps the last deleted one, for undo.
const DELETED: &str = ".deleted";

/// Why a guide file could not be made, changed or removed: the facts, for the interface to
/// word in the person's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GuideFileError {
    /// The guide is open in an editor, in this or another window (who has it, when its lock
    /// says).
    InUse(Option<Holder>),
    /// The file could not be read; the first mistake in it.
    Unreadable(super::FileError),
    /// The file was not written: which file, and why.
    NotWritten { path: PathBuf, why: NotWritten },
    /// There is no deleted guide to bring back.
    NothingDeleted,
    /// An export would replace a file that is not a guide (a café, a link, anything else).
    NotAGuide(PathBuf),
}

/// Why a guide file was not written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotWritten {
    /// The disk refused (the system's reason).
    Disk(OsReason),
    /// The guide could not be written out as text (the writer's own words).
    AsText(String),
    /// Every free file name in the folder was taken a moment ago.
    NoFreeName,
    /// The folder to write in does not exist.
    NoFolder(PathBuf),
}

impl std::fmt::Display for NotWritten {
    /// English, for logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotWritten::Disk(reason) => write!(f, "{reason}"),
            NotWritten::AsText(e) => write!(f, "the guide could not be written out ({e})"),
            NotWritten::NoFreeName => f.write_str("no free file name was found"),
            NotWritten::NoFolder(dir) => write!(f, "the folder {} does not exist", dir.display()),
        }
    }
}

impl std::fmt::Display for GuideFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GuideFileError::InUse(Some(who)) => {
                write!(f, "the guide is being edited in {}", who.describe())
            }
            GuideFileError::InUse(None) => {
                f.write_str("the guide is being edited in another window")
            }
            GuideFileError::Unreadable(e) => write!(f, "{}", e.plain()),
            GuideFileError::NotWritten { path, why } => {
                write!(f, "{} could not be written: {why}", path.display())
            }
            GuideFileError::NothingDeleted => f.write_str("no guide was deleted"),
            GuideFileError::NotAGuide(path) => write!(
                f,
                "{} is not a guide file, so it was left as it is; choose another name",
                path.display()
            ),
        }
    }
}

fn not_written(path: &Path, e: &std::io::Error) -> GuideFileError {
    GuideFileError::NotWritten {
        path: path.to_owned(),
        why: NotWritten::Disk(OsReason::of(e)),
    }
}

/// Take a guide's lock for a moment (a rename or a delete), refusing when an editor has it.
fn hold(path: &Path) -> Result<SessionLock, GuideFileError> {
    SessionLock::acquire(path).map_err(|e| match &e {
        LockError::Held(_) => GuideFileError::InUse(e.holder().cloned()),
        LockError::Io(io) => not_written(path, io),
    })
}

/// A free file name in `dir` for a guide titled `title`: `<slug>.<ext>`, or `<slug>-2.<ext>`
/// and so on when that is taken.
pub fn free_name(dir: &Path, title: &str, format: GuideFormat) -> PathBuf {
    let stem = slug(title);
    let ext = format.extension();
    let mut n = 1;
    loop {
        let name = if n == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}-{n}.{ext}")
        };
        let path = dir.join(name);
        if !path.exists() && !backup_path(&path).exists() {
            return path;
        }
        n += 1;
    }
}

/// The text of `guide` for a file at `path` (its format by its name).
fn text_for(path: &Path, guide: &Guide) -> Result<String, GuideFileError> {
    GuideFormat::of(path)
        .write(guide)
        .map_err(|e| GuideFileError::NotWritten {
            path: path.to_owned(),
            why: NotWritten::AsText(e),
        })
}

/// Write `guide` as a new RON file in `dir`, named for its title; returns its path.
pub fn create(dir: &Path, guide: &Guide) -> Result<PathBuf, GuideFileError> {
    ensure_private_dir(dir).map_err(|e| not_written(dir, &e))?;
    for _ in 0..100 {
        let path = free_name(dir, &guide.title, GuideFormat::Ron);
        let text = text_for(&path, guide)?;
        match write_new(&path, text.as_bytes()) {
            Ok(()) => return Ok(path),
            // Taken a moment ago by another window: try the next free name.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(not_written(&path, &e)),
        }
    }
    Err(GuideFileError::NotWritten {
        path: dir.to_owned(),
        why: NotWritten::NoFreeName,
    })
}

/// Give the guide at `path` a new title; its file is renamed to match (its `.bak` too).
/// Returns the new path.
pub fn rename(path: &Path, title: &str) -> Result<PathBuf, GuideFileError> {
    let lock = hold(path)?;
    let result = rename_held(path, title);
    lock.release();
    result
}

fn rename_held(path: &Path, title: &str) -> Result<PathBuf, GuideFileError> {
    let mut guide = load_guide_file(path)
        .map_err(|mut e| GuideFileError::Unreadable(e.remove(0)))?
        .guide;
    guide.title = title.trim().to_owned();
    let format = GuideFormat::of(path);
    let dir = path.parent().unwrap_or(Path::new("."));
    let same_name = path.file_stem().and_then(|s| s.to_str()) == Some(slug(title).as_str());
    if same_name {
        let text = text_for(path, &guide)?;
        write_atomic(path, text.as_bytes()).map_err(|e| not_written(path, &e))?;
        return Ok(path.to_owned());
    }
    let target = free_name(dir, title, format);
    let text = text_for(&target, &guide)?;
    write_new(&target, text.as_bytes()).map_err(|e| not_written(&target, &e))?;
    let old_backup = backup_path(path);
    if old_backup.exists()
        && let Err(e) = rename_durably(&old_backup, &backup_path(&target))
    {
        log::warn!("could not move {}: {e}", old_backup.display());
    }
    remove_durably(&[path.to_owned()]).map_err(|e| not_written(path, &e))?;
    Ok(target)
}

/// A guide moved aside by [`delete`], that [`undo_delete`] can bring back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deleted {
    /// Where it is kept now.
    pub kept: PathBuf,
    /// Its title, for "Undo: bring back …".
    pub title: String,
}

/// Delete the guide at `path`: it is moved aside (with its `.bak`) so the last delete can be
/// undone; whatever an earlier delete kept is let go.
pub fn delete(path: &Path) -> Result<Deleted, GuideFileError> {
    let lock = hold(path)?;
    let result = delete_held(path);
    lock.release();
    result
}

fn delete_held(path: &Path) -> Result<Deleted, GuideFileError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let trash = dir.join(DELETED);
    ensure_private_dir(&trash).map_err(|e| not_written(&trash, &e))?;
    let earlier: Vec<PathBuf> = std::fs::read_dir(&trash)
        .map_err(|e| not_written(&trash, &e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    remove_durably(&earlier).map_err(|e| not_written(&trash, &e))?;
    let title = load_guide_file(path).map_or_else(
        |_| {
            path.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        },
        |f| f.guide.title,
    );
    let kept = trash.join(path.file_name().unwrap_or_default());
    rename_durably(path, &kept).map_err(|e| not_written(path, &e))?;
    let backup = backup_path(path);
    if backup.exists()
        && let Err(e) = rename_durably(&backup, &backup_path(&kept))
    {
        log::warn!("could not move {}: {e}", backup.display());
    }
    Ok(Deleted { kept, title })
}

/// The guide the last delete in `dir` moved aside, if any.
pub fn last_deleted(dir: &Path) -> Option<Deleted> {
    let entries = std::fs::read_dir(dir.join(DELETED)).ok()?;
    let kept = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "ron" || e == "md"))?;
    let title = load_guide_file(&kept).map_or_else(
        |_| {
            kept.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        },
        |f| f.guide.title,
    );
    Some(Deleted { kept, title })
}

/// Bring back the guide the last delete in `dir` moved aside; returns where it is now.
pub fn undo_delete(dir: &Path) -> Result<PathBuf, GuideFileError> {
    let deleted = last_deleted(dir).ok_or(GuideFileError::NothingDeleted)?;
    let name = deleted.kept.file_name().unwrap_or_default();
    let mut target = dir.join(name);
    if target.exists() {
        target = free_name(dir, &deleted.title, GuideFormat::of(&deleted.kept));
    }
    rename_durably(&deleted.kept, &target).map_err(|e| not_written(&target, &e))?;
    let backup = backup_path(&deleted.kept);
    if backup.exists()
        && let Err(e) = rename_durably(&backup, &backup_path(&target))
    {
        log::warn!("could not move {}: {e}", backup.display());
    }
    Ok(target)
}

/// Write `guide` to `target` (outside the data folder, or in it), as Markdown when the name
/// ends in `.md`, else RON. Only a new file or another guide is replaced: never a café, a
/// link, a folder or anyone's other file.
pub fn export(guide: &Guide, target: &Path) -> Result<(), GuideFileError> {
    match std::fs::symlink_metadata(target) {
        Ok(meta) if !meta.is_file() => return Err(GuideFileError::NotAGuide(target.to_owned())),
        Ok(_) => {
            let text = super::format::read_text(target).unwrap_or_default();
            let guide_file = super::guide_file::is_guide_text(&text)
                || super::guide_file::looks_like_markdown_guide(&text);
            if !guide_file {
                return Err(GuideFileError::NotAGuide(target.to_owned()));
            }
        }
        Err(_) => {}
    }
    let text = text_for(target, guide)?;
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.exists()
    {
        return Err(GuideFileError::NotWritten {
            path: target.to_owned(),
            why: NotWritten::NoFolder(dir.to_owned()),
        });
    }
    write_atomic(target, text.as_bytes()).map_err(|e| not_written(target, &e))
}

/// Saves one guide file in the background, checking the editor's lock before every write.
pub struct GuideSaver {
    path: PathBuf,
    saver: Saver,
}

impl GuideSaver {
    /// A saver for the guide at `path`, guarded by `lock`; `notify` is called after each save.
    pub fn new(path: &Path, lock: LockToken, notify: impl Fn() + Send + 'static) -> Self {
        let saver = Saver::new(notify);
        saver.set_guard(Some(lock));
        saver.mark_saved(0, None);
        Self {
            path: path.to_owned(),
            saver,
        }
    }

    /// Hand over `guide` as revision `revision`; written in the file's own format.
    pub fn save(&self, revision: u64, guide: &Guide) -> Result<(), GuideFileError> {
        let text = text_for(&self.path, guide)?;
        self.saver.save(self.path.clone(), revision, text);
        Ok(())
    }

    pub fn status(&self) -> SaveStatus {
        self.saver.status()
    }

    /// Wait up to `timeout` for `revision` to be on disk.
    pub fn wait_for(&self, revision: u64, timeout: Duration) -> bool {
        self.saver.wait_for(revision, timeout)
    }
}
