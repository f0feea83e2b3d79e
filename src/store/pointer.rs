//! Files that name another file: the café open when the app last stopped, and the café a
//! recovery copy belongs to. The name is kept whole and absolute, so the café is found again
//! whatever folder the app is started from next time and whatever bytes its name holds (a
//! name that is not UTF-8 included).

use std::io;
use std::path::{Path, PathBuf};

use super::format::FileError;
use super::read::{MAX_SMALL_BYTES, read_bytes};

/// Write `file` so that it names `target` (made absolute), safely replacing it.
pub fn write(file: &Path, target: &Path) -> io::Result<()> {
    let target = std::path::absolute(target).unwrap_or_else(|_| target.to_owned());
    super::atomic::write_atomic(file, &to_bytes(&target))
}

/// The file `file` names; `None` when there is no such `file`.
pub fn read(file: &Path) -> Result<Option<PathBuf>, FileError> {
    if std::fs::symlink_metadata(file).is_err_and(|e| e.kind() == io::ErrorKind::NotFound) {
        return Ok(None);
    }
    let bytes = read_bytes(file, MAX_SMALL_BYTES)?;
    // A line end added by an editor is no part of the name.
    let end = bytes
        .iter()
        .rposition(|b| !matches!(b, b'\n' | b'\r'))
        .map_or(0, |i| i + 1);
    let bytes = &bytes[..end];
    if bytes.is_empty() {
        return Err(FileError::new(file, None, "the file names no café file"));
    }
    Ok(Some(from_bytes(bytes)))
}

/// A path as the bytes the system names it with.
#[cfg(unix)]
pub fn to_bytes(path: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    path.as_os_str().as_bytes().to_vec()
}

/// The path named by `bytes` (as [`to_bytes`] gives them).
#[cfg(unix)]
pub fn from_bytes(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

/// Windows names are Unicode; one that is not (never made by Explorer) loses its odd part.
#[cfg(not(unix))]
pub fn to_bytes(path: &Path) -> Vec<u8> {
    path.to_string_lossy().into_owned().into_bytes()
}

#[cfg(not(unix))]
pub fn from_bytes(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}
