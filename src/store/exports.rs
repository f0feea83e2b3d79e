//! Export files: the one place that names them, the one place that writes them, and the ones
//! that hold people's names, so a host can see and remove those once they are no longer
//! needed (the session itself can erase names, but a CSV handed to a spreadsheet cannot be
//! reached from there).

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};

use super::reason::OsReason;

/// The part of an export's file name that marks it as holding names
/// (`<café>-attendance-with-names.csv`); attendance without names says `counts`.
pub const WITH_NAMES_MARK: &str = "-with-names.";

/// What an export holds, which is what its file is named for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holds {
    /// One café's report.
    Report,
    /// One café's attendance (CSV or the printable list).
    Attendance,
    /// A blank sheet to sign by hand: never anyone's name.
    BlankSignInSheet,
    /// A series summary.
    Series,
    /// The school's evidence pack of one café.
    EvidencePack,
}

impl Holds {
    fn word(self) -> &'static str {
        match self {
            Holds::Report => "report",
            Holds::Attendance => "attendance",
            Holds::BlankSignInSheet => "blank-sign-in-sheet",
            Holds::Series => "series",
            Holds::EvidencePack => "evidence-pack",
        }
    }
}

/// The name of an export file: `<of>-<what it holds>[-with-names].<extension>`, with
/// `-with-names` whenever it holds names (so [`with_names`] finds it) and `-counts` for
/// attendance without them. Every screen and the command line name exports here.
pub fn file_name(of: &str, holds: Holds, names: bool, extension: &str) -> String {
    let mark = match (holds, names) {
        (Holds::BlankSignInSheet, _) => "",
        (_, true) => &WITH_NAMES_MARK[..WITH_NAMES_MARK.len() - 1],
        (Holds::Attendance, false) => "-counts",
        (_, false) => "",
    };
    format!("{of}-{}{mark}.{extension}", holds.word())
}

/// Why an export was not written. Nothing was changed in each case.
#[derive(Debug)]
pub enum WriteError {
    /// `path` is a symbolic link: an export never writes through one.
    Link(PathBuf),
    /// `path` is a folder, a device, a pipe or a socket.
    NotAFile(PathBuf),
    /// `path` is a Café Host session or guide.
    CafeFile(PathBuf),
    /// `path` is a file, but not an export Café Host made.
    NotAnExport(PathBuf),
    /// The disk refused.
    Io(PathBuf, std::io::Error),
}

/// How much of an existing file is read to tell whether it is an earlier export.
const HEAD_BYTES: u64 = 4096;

/// Write an export to `path`: a temporary file swapped in, private to the user, no `.bak`
/// left beside it. Only a new file or an earlier export (its first bytes pass `is_export`)
/// is replaced: never a café, a guide, a link, a device, a pipe or anyone's other file.
pub fn write(
    path: &Path,
    bytes: &[u8],
    is_export: impl Fn(&[u8]) -> bool,
) -> Result<(), WriteError> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(WriteError::Io(path.to_owned(), e)),
        Ok(meta) if meta.file_type().is_symlink() => return Err(WriteError::Link(path.to_owned())),
        Ok(meta) if !meta.is_file() => return Err(WriteError::NotAFile(path.to_owned())),
        Ok(_) => {
            let head = read_head(path)?;
            if super::format::kind_of(&String::from_utf8_lossy(&head)).is_some() {
                return Err(WriteError::CafeFile(path.to_owned()));
            }
            if !is_export(&head) {
                return Err(WriteError::NotAnExport(path.to_owned()));
            }
        }
    }
    super::atomic::write_atomic_without_backup(path, bytes)
        .map_err(|e| WriteError::Io(path.to_owned(), e))
}

/// The first bytes of the regular file at `path`, opened without following a link or
/// waiting on a pipe put there a moment ago.
fn read_head(path: &Path) -> Result<Vec<u8>, WriteError> {
    let io = |e| WriteError::Io(path.to_owned(), e);
    let file = open_for_a_look(path).map_err(io)?;
    if !file.metadata().map_err(io)?.is_file() {
        return Err(WriteError::NotAFile(path.to_owned()));
    }
    let mut head = Vec::new();
    file.take(HEAD_BYTES).read_to_end(&mut head).map_err(io)?;
    Ok(head)
}

#[cfg(unix)]
fn open_for_a_look(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW)
        .open(path)
}

#[cfg(not(unix))]
fn open_for_a_look(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// An export file in the exports folder that holds names (including the previous version
/// kept as `.bak` when an export was written again).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedExport {
    pub path: PathBuf,
    pub bytes: u64,
    pub modified: Option<DateTime<Local>>,
}

impl NamedExport {
    /// The file's name alone ("our-school-attendance-with-names.csv").
    pub fn name(&self) -> String {
        self.path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    }
}

/// Every export in `exports_dir` that holds names, oldest first. A missing folder holds none.
/// When the folder cannot be read, the error is the system's reason.
pub fn with_names(exports_dir: &Path) -> Result<Vec<NamedExport>, OsReason> {
    let entries = match std::fs::read_dir(exports_dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(OsReason::of(&e)),
    };
    let mut found: Vec<NamedExport> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(WITH_NAMES_MARK))
        .filter_map(|e| {
            let meta = e.metadata().ok().filter(std::fs::Metadata::is_file)?;
            Some(NamedExport {
                path: e.path(),
                bytes: meta.len(),
                modified: meta.modified().ok().map(DateTime::<Local>::from),
            })
        })
        .collect();
    found.sort_by(|a, b| (a.modified, &a.path).cmp(&(b.modified, &b.path)));
    Ok(found)
}

/// What deleting exports did, as facts the interface words (`ui::trouble::deleted_exports`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Deleted {
    pub removed: Vec<PathBuf>,
    /// Files that could not be removed, each with the system's reason.
    pub failed: Vec<(PathBuf, OsReason)>,
}

/// Delete `files` (as listed by [`with_names`]); a file already gone counts as deleted.
pub fn delete(files: &[NamedExport]) -> Deleted {
    let mut done = Deleted::default();
    for file in files {
        // Each for good: a file of names that came back after a power cut was never deleted.
        match super::atomic::remove_durably(std::slice::from_ref(&file.path)) {
            Ok(()) => done.removed.push(file.path.clone()),
            Err(e) => done.failed.push((file.path.clone(), OsReason::of(&e))),
        }
    }
    done
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_deletes_only_exports_with_names() {
        let dir = tempfile::tempdir().expect("temp dir");
        let exports = dir.path().join("exports");
        assert!(with_names(&exports).expect("no folder").is_empty());
        std::fs::create_dir(&exports).expect("dir");
        let named = [
            "2026-11-12-our-school-attendance-with-names.csv",
            "2026-11-12-our-school-attendance-with-names.html",
            "2026-11-12-our-school-attendance-with-names.csv.bak",
        ];
        let kept = ["2026-11-12-our-school-attendance-counts.csv", "notes.txt"];
        for name in named.iter().chain(&kept) {
            crate::store::atomic::write_atomic(&exports.join(name), b"Ana,Parent\n")
                .expect("write");
        }
        let listed = with_names(&exports).expect("listed");
        let mut names: Vec<String> = listed
            .iter()
            .map(|f| {
                f.path
                    .file_name()
                    .expect("name")
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        let mut expected: Vec<String> = named.iter().map(|n| (*n).to_owned()).collect();
        expected.sort();
        assert_eq!(names, expected);
        assert!(listed[0].name().contains(WITH_NAMES_MARK));

        let done = delete(&listed);
        assert_eq!((done.removed.len(), done.failed.len()), (3, 0));
        assert!(with_names(&exports).expect("listed").is_empty());
        for name in kept {
            assert!(exports.join(name).exists(), "{name} is kept");
        }
    }

    #[test]
    fn a_file_that_cannot_be_deleted_is_named_with_the_reason() {
        let dir = tempfile::tempdir().expect("temp dir");
        let stuck = NamedExport {
            // A folder cannot be removed as a file: it stands for any file that cannot go.
            path: dir.path().to_owned(),
            bytes: 0,
            modified: None,
        };
        let done = delete(&[stuck]);
        assert!(done.removed.is_empty());
        assert_eq!(done.failed.len(), 1);
        assert_eq!(done.failed[0].0, dir.path());
    }
}
