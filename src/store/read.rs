//! The one way the app reads a file: whatever the file is (a session, a guide, half-typed
//! notes, the preferences, the review index, a recovery copy, the name of the café last open),
//! it is looked at before it is opened. A folder, a device, a named pipe or a socket is refused
//! unopened, so a pipe never hangs the app and `/dev/zero` never fills its memory; a regular
//! file larger than its kind may be is refused unread; opening never blocks.

use std::io::Read;
use std::path::Path;

use super::format::{FileError, FileProblem, position_of};

/// Café files (sessions, guides, recovery copies, half-typed notes) bigger than this are refused
/// before reading: no real café comes close.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The review index's facts about every café on file (read whole: titles, figures, people).
pub const MAX_INDEX_BYTES: u64 = 256 * 1024 * 1024;

/// The review index's searchable text of every café on file. It is read a piece at a time,
/// never whole, so it may be larger than what is read at once; each piece is a café's and is
/// never larger than a café file.
pub const MAX_TEXT_INDEX_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// A small file of settings or of a file's name (preferences, the café last open).
pub const MAX_SMALL_BYTES: u64 = 1024 * 1024;

/// The bytes of the regular file at `path`, refusing anything else and anything bigger than
/// `limit` with a plain message.
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    let file = open_checked(path, limit)?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(path, &e))?;
    if bytes.len() as u64 > limit {
        return Err(too_big(path, bytes.len() as u64, limit));
    }
    Ok(bytes)
}

/// The regular file at `path`, opened for reading a piece at a time: anything else, and a file
/// bigger than `limit`, is refused with a plain message before it is read.
pub fn open_checked(path: &Path, limit: u64) -> Result<std::fs::File, FileError> {
    let meta = std::fs::metadata(path).map_err(|e| io_error(path, &e))?;
    refuse_odd_file(path, &meta, limit)?;
    let file = open_nonblocking(path).map_err(|e| io_error(path, &e))?;
    // What was opened may not be what was looked at a moment ago.
    let meta = file.metadata().map_err(|e| io_error(path, &e))?;
    refuse_odd_file(path, &meta, limit)?;
    Ok(file)
}

/// [`read_bytes`] as text (a UTF-8 byte order mark, left by some Windows editors, is dropped).
pub fn read_text_up_to(path: &Path, limit: u64) -> Result<String, FileError> {
    let mut bytes = read_bytes(path, limit)?;
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let (line, col) = position_of(&e.as_bytes()[..e.utf8_error().valid_up_to()]);
        FileError::of(
            path,
            Some((line, col)),
            FileProblem::NotText,
            "the file is not text (it may be damaged, or not a café file)",
        )
    })
}

/// A café file (session, guide, recovery copy, half-typed notes) as text.
pub fn read_text(path: &Path) -> Result<String, FileError> {
    read_text_up_to(path, MAX_FILE_BYTES)
}

/// [`read_text_up_to`] for a file that may not be there yet: `None` when nothing is at `path`
/// (not even a broken link).
pub fn read_optional(path: &Path, limit: u64) -> Result<Option<String>, FileError> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        _ => read_text_up_to(path, limit).map(Some),
    }
}

/// Only regular files of a sensible size are opened.
fn refuse_odd_file(path: &Path, meta: &std::fs::Metadata, limit: u64) -> Result<(), FileError> {
    if meta.is_dir() {
        return Err(FileError::of(
            path,
            None,
            FileProblem::Folder,
            "this is a folder, not a file",
        ));
    }
    if !meta.is_file() {
        return Err(FileError::of(
            path,
            None,
            FileProblem::NotRegular,
            "this is not a regular file (it is a device, a pipe or a socket); it was not opened",
        ));
    }
    if meta.len() > limit {
        return Err(too_big(path, meta.len(), limit));
    }
    Ok(())
}

fn too_big(path: &Path, len: u64, limit: u64) -> FileError {
    FileError::of(
        path,
        None,
        FileProblem::TooLarge { bytes: len, limit },
        format!(
            "the file is {}, larger than Café Host can open ({}); it was not opened",
            megabytes(len, Round::Up),
            megabytes(limit, Round::Down)
        ),
    )
}

/// Which way a size is rounded for showing.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Round {
    Up,
    Down,
}

/// "67.2 MB": bytes in megabytes (millions of bytes) with one decimal. A size over a limit is
/// rounded up and the limit down, so the two never read the same.
pub fn megabytes(bytes: u64, round: Round) -> String {
    let tenths = match round {
        Round::Up => bytes.div_ceil(100_000),
        Round::Down => bytes / 100_000,
    };
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// A plain-words message for a failed file operation.
pub fn io_error(path: &Path, e: &std::io::Error) -> FileError {
    use std::io::ErrorKind;
    let (problem, message) = match e.kind() {
        ErrorKind::NotFound => (
            FileProblem::Missing,
            "the file does not exist (it may have been moved or deleted)".to_owned(),
        ),
        ErrorKind::PermissionDenied => (
            FileProblem::NoPermission,
            "you do not have permission to read this file".to_owned(),
        ),
        _ => (
            FileProblem::Unreadable(super::reason::OsReason::of(e)),
            format!("the file could not be read ({e})"),
        ),
    };
    FileError::of(path, None, problem, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_size_over_a_limit_never_reads_as_the_limit() {
        let limit = MAX_FILE_BYTES;
        assert_eq!(megabytes(limit, Round::Down), "67.1 MB");
        assert_eq!(megabytes(limit + 1, Round::Up), "67.2 MB");
        assert_eq!(megabytes(limit + 500_000, Round::Up), "67.7 MB");
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("big.ron");
        let file = std::fs::File::create(&path).expect("create");
        file.set_len(limit + 1).expect("grow");
        let message = read_text(&path).expect_err("too big").message;
        assert!(
            message.contains("is 67.2 MB, larger than Café Host can open (67.1 MB)"),
            "{message}"
        );
    }
}
