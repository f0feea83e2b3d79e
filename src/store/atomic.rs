//! Durable, atomic file replacement: a reader sees the old file or the new one, never half of one,
//! and once a save returns `Ok` it survives a power cut. Every change goes through
//! [`super::disk::Disk`], so a test can check what a power cut at any moment would leave.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::disk::{self, Disk};

/// The previous version of `path`, kept beside it.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Replace `path` with `bytes`: temp file in the same folder, write, fsync, keep the old
/// version as `<file>.bak`, rename over the target, fsync the folder. `Ok` only once all of it
/// reached the disk: a folder that could not be flushed is a failed save. The file and its
/// backup are private to the user (0600 on Unix). When `path` is a symbolic link, the file it
/// points to is replaced and the link stays a link. Temp files left by killed saves of this
/// file are cleared first.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_checked(path, bytes, || Ok(()))
}

/// [`write_atomic`], calling `check` once the new text is safely in its temp file and just
/// before it replaces the file; when `check` fails, the file is left as it was and that error
/// is returned. The saver checks its lock here, so the moment between the last look at the
/// lock and the replacement is as short as it can be.
pub fn write_atomic_checked(
    path: &Path,
    bytes: &[u8],
    check: impl FnOnce() -> io::Result<()>,
) -> io::Result<()> {
    replace(&resolve_link(path), bytes, check, Backup::Keep)
}

/// Replace the file at `path` itself with `bytes` as [`write_atomic`] does (temp file, sync,
/// rename, folder sync), but keep no `.bak` copy and follow no link: a link at `path` is
/// replaced by the new file, never written through. For exports, whose earlier versions are
/// not worth keeping and whose neighbours are not theirs to touch.
pub fn write_atomic_without_backup(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(path, bytes, || Ok(()), Backup::None)
}

/// Whether a replacement keeps the previous version as `.bak`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Backup {
    Keep,
    None,
}

/// Replace the file at `path` (no link is followed here) through a temp file beside it.
fn replace(
    path: &Path,
    bytes: &[u8],
    check: impl FnOnce() -> io::Result<()>,
    backup: Backup,
) -> io::Result<()> {
    let disk = disk::current();
    refuse_odd_target(path)?;
    let dir = folder_of(path);
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    remove_stale_temps(path);
    let tmp = dir.join(temp_name(file_name, std::process::id()));

    let result = write_then_rename(&disk, path, &tmp, dir, bytes, check, backup);
    if result.is_err() {
        remove_quietly(&disk, &tmp);
    }
    result
}

/// Only a regular file (or nothing) is ever replaced: never a device a link points to (as root,
/// `/dev/zero` itself), a pipe, a socket or a folder.
fn refuse_odd_target(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(meta) if !meta.is_file() => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "{} is not a regular file (it is a folder, a device, a pipe or a socket), so it was not replaced",
                path.display()
            ),
        )),
        _ => Ok(()),
    }
}

/// Write a new file at `path` with `bytes`, durably and privately, never replacing a file that
/// is already there (that is an `AlreadyExists` error): a new guide never overwrites another
/// made at the same moment under the same name.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let disk = disk::current();
    let dir = folder_of(path);
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    let tmp = dir.join(temp_name(file_name, std::process::id()));
    let result = (|| {
        {
            let mut file = disk.create(&tmp)?;
            file.write_all(bytes)?;
            file.sync()?;
        }
        // A hard link is made only where no file is: the name is taken atomically. Where the
        // file system has no links (a FAT stick), look first and rename.
        match disk.hard_link(&tmp, path) {
            Ok(()) => disk.remove_file(&tmp),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
            Err(_) if path.exists() => Err(io::Error::from(io::ErrorKind::AlreadyExists)),
            Err(_) => rename_with_retry(&disk, &tmp, path),
        }
    })();
    remove_quietly(&disk, &tmp);
    result?;
    sync_dir(&disk, dir)
}

/// Writes of rebuildable files so far in this process, numbering their temp files.
static REBUILDABLE_WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Replace `path` with `bytes` for a file that can always be rebuilt (the review index): a
/// private temp file renamed over it, so a reader never sees half a file, but no sync to disk
/// and no `.bak` copy. After a power cut the file may be empty or old; its reader then rebuilds
/// it. Saving costs a few milliseconds instead of waiting for the disk.
pub fn write_rebuildable(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_rebuildable_with(path, |file| file.write_all(bytes))
}

/// [`write_rebuildable`] for a file written a piece at a time by `write`, so a large index is
/// never held whole in memory.
pub fn write_rebuildable_with(
    path: &Path,
    write: impl FnOnce(&mut dyn disk::DiskFile) -> io::Result<()>,
) -> io::Result<()> {
    let disk = disk::current();
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    let dir = folder_of(path);
    remove_stale_temps(path);
    // Two scans of one app may write the same index at once: each write has its own temp.
    let n = REBUILDABLE_WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut name = std::ffi::OsString::from(".");
    name.push(file_name);
    name.push(format!(".{}.{n}.tmp", std::process::id()));
    let tmp = dir.join(name);
    let result = (|| {
        write(disk.create(&tmp)?.as_mut())?;
        rename_with_retry(&disk, &tmp, path)
    })();
    if result.is_err() {
        remove_quietly(&disk, &tmp);
    }
    result
}

/// Remove the `.bak` copy [`write_atomic`] keeps, for files that must not leave one behind.
pub fn remove_backup(file: &Path) -> Result<(), String> {
    match remove_durably(&[backup_path(file)]) {
        Ok(()) => Ok(()),
        Err(e) => Err(format!(
            "the old copy {} could not be removed ({e})",
            backup_path(file).display()
        )),
    }
}

/// Remove `paths` (a missing one is no error) so that they stay removed after a power cut:
/// their folders are flushed to the disk before this returns `Ok`.
pub fn remove_durably(paths: &[PathBuf]) -> io::Result<()> {
    let disk = disk::current();
    let mut folders: Vec<&Path> = Vec::new();
    for path in paths {
        match disk.remove_file(path) {
            Ok(()) => {
                let folder = folder_of(path);
                if !folders.contains(&folder) {
                    folders.push(folder);
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    folders
        .into_iter()
        .try_for_each(|folder| sync_dir(&disk, folder))
}

/// Rename `from` to `to` (in the same folder) so that it stays renamed after a power cut.
pub fn rename_durably(from: &Path, to: &Path) -> io::Result<()> {
    let disk = disk::current();
    rename_with_retry(&disk, from, to)?;
    sync_dir(&disk, folder_of(to))
}

/// The folder a file is in (`.` for a bare file name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Remove a temp file after a failed write; failing to is only worth a line in the log (the
/// next save of the file clears it).
fn remove_quietly(disk: &Arc<dyn Disk>, tmp: &Path) {
    if let Err(e) = disk.remove_file(tmp)
        && e.kind() != io::ErrorKind::NotFound
    {
        log::warn!("could not remove {}: {e}", tmp.display());
    }
}

/// `.NAME.PID.tmp`: the temp file process `pid` writes before renaming it over `NAME`.
fn temp_name(file_name: &std::ffi::OsStr, pid: u32) -> std::ffi::OsString {
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(file_name);
    tmp_name.push(format!(".{pid}.tmp"));
    tmp_name
}

/// The file a symbolic link points to (following every link), or `path` itself when it is no
/// link. A dangling link resolves to where it points, so the first save creates the target.
pub fn resolve_link(path: &Path) -> PathBuf {
    let mut current = path.to_owned();
    // A loop of links is left as it is; opening it then fails with a plain error.
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => match fs::read_link(&current) {
                Ok(target) if target.is_absolute() => current = target,
                Ok(target) => {
                    current = current
                        .parent()
                        .map_or_else(|| target.clone(), |dir| dir.join(&target));
                }
                Err(_) => return current,
            },
            _ => return current,
        }
    }
    current
}

fn write_then_rename(
    disk: &Arc<dyn Disk>,
    path: &Path,
    tmp: &Path,
    dir: &Path,
    bytes: &[u8],
    check: impl FnOnce() -> io::Result<()>,
    backup: Backup,
) -> io::Result<()> {
    {
        let mut file = disk.create(tmp)?;
        file.write_all(bytes)?;
        file.sync()?;
    }
    check()?;
    if backup == Backup::Keep && path.exists() {
        keep_backup(disk, path)?;
    }
    rename_with_retry(disk, tmp, path)?;
    // Until the folder is flushed, a power cut can undo the rename: only then is it saved.
    sync_dir(disk, dir)
}

/// Flush `dir` to the disk, saying which folder could not be.
fn sync_dir(disk: &Arc<dyn Disk>, dir: &Path) -> io::Result<()> {
    disk.sync_dir(dir).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!(
                "the folder {} could not be flushed to the disk: {e}",
                dir.display()
            ),
        )
    })
}

/// Keep the current version as `.bak`, private to the user: a hard link where the file system
/// allows and the file is already private, a private copy otherwise (a link shares the
/// original's permissions, and a hand-copied file may be readable by everyone).
fn keep_backup(disk: &Arc<dyn Disk>, path: &Path) -> io::Result<()> {
    let bak = backup_path(path);
    match disk.remove_file(&bak) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    if is_private(path) && disk.hard_link(path, &bak).is_ok() {
        return Ok(());
    }
    // Copy beside it, then rename, so a crash mid-copy never leaves a cut-off backup.
    let mut name = bak.file_name().unwrap_or_default().to_os_string();
    name.push(".tmp");
    let partial = bak.with_file_name(name);
    {
        let old = super::read::read_bytes(path, super::read::MAX_FILE_BYTES)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.message))?;
        let mut to = disk.create(&partial)?;
        to.write_all(&old)?;
        to.sync()?;
    }
    disk.rename(&partial, &bak)
}

#[cfg(unix)]
fn is_private(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 == 0)
}

#[cfg(not(unix))]
fn is_private(_path: &Path) -> bool {
    true
}

/// Remove temporary files that killed saves of `path` left beside it (`.NAME.PID.tmp` of a
/// process that is gone). A live writer's temp file is never touched.
pub fn remove_stale_temps(path: &Path) {
    let (Some(_), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = folder_of(path);
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let disk = disk::current();
    for entry in entries.filter_map(Result::ok) {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = file
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
            // `.NAME.PID.tmp`, or `.NAME.PID.N.tmp` for a file that can be rebuilt.
            .and_then(|rest| rest.split('.').next())
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id()
            && !process_alive(pid, &entry.path())
            && let Err(e) = disk.remove_file(&entry.path())
            && e.kind() != io::ErrorKind::NotFound
        {
            log::warn!("could not remove the stale {}: {e}", entry.path().display());
        }
    }
}

/// Whether process `pid` may still be writing `temp`.
#[cfg(target_os = "linux")]
fn process_alive(pid: u32, _temp: &Path) -> bool {
    Path::new("/proc").join(pid.to_string()).exists()
}

/// Without a process table to ask, a temp file untouched for ten minutes is taken as stale:
/// no save takes that long.
#[cfg(not(target_os = "linux"))]
fn process_alive(_pid: u32, temp: &Path) -> bool {
    fs::metadata(temp)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_none_or(|age| age < std::time::Duration::from_secs(600))
}

/// On Windows another program (a virus scanner, a sync client) may hold the target for a moment.
fn rename_with_retry(disk: &Arc<dyn Disk>, from: &Path, to: &Path) -> io::Result<()> {
    let mut attempt = 0;
    loop {
        match disk.rename(from, to) {
            Ok(()) => return Ok(()),
            Err(e)
                if cfg!(windows) && attempt < 5 && e.kind() == io::ErrorKind::PermissionDenied =>
            {
                attempt += 1;
                std::thread::sleep(std::time::Duration::from_millis(50 * attempt));
            }
            Err(e) => return Err(e),
        }
    }
}

/// Create `dir` (and parents) if missing, private to the user (0700 on Unix). Each folder made
/// is flushed into its parent, so it (and every file saved in it) is still there after a
/// power cut.
pub fn ensure_private_dir(dir: &Path) -> io::Result<()> {
    let disk = disk::current();
    let missing: Vec<&Path> = dir
        .ancestors()
        .filter(|p| !p.as_os_str().is_empty())
        .take_while(|p| fs::symlink_metadata(p).is_err())
        .collect();
    for folder in missing.into_iter().rev() {
        match disk.create_dir(folder) {
            Ok(()) => sync_dir(&disk, folder_of(folder))?,
            // Made by someone else meanwhile: theirs to flush, and a folder all the same.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && folder.is_dir() => {}
            Err(e) => return Err(e),
        }
    }
    if !dir.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotADirectory,
            format!("{} is not a folder", dir.display()),
        ));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(dir)?.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_keeps_a_backup_and_is_private() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s.ron");
        write_atomic(&path, b"one").expect("first write");
        write_atomic(&path, b"two").expect("second write");
        assert_eq!(fs::read(&path).expect("read"), b"two");
        assert_eq!(fs::read(backup_path(&path)).expect("read bak"), b"one");
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .expect("list")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "temp files left behind");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[cfg(unix)]
    fn mode_of(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).expect("meta").permissions().mode() & 0o777
    }

    #[test]
    fn temp_files_of_gone_processes_are_cleared_and_live_ones_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s.ron");
        let mut gone = std::process::Command::new("true").spawn().expect("spawn");
        let gone_pid = gone.id();
        gone.wait().expect("reaped");
        let mut live = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .expect("spawn");
        let stale = dir.path().join(format!(".s.ron.{gone_pid}.tmp"));
        let writing = dir.path().join(format!(".s.ron.{}.tmp", live.id()));
        let other = dir.path().join(format!(".t.ron.{gone_pid}.tmp"));
        for file in [&stale, &writing, &other] {
            fs::write(file, b"half").expect("write");
        }
        // Every save of the file clears what killed saves left, never a live writer's file.
        write_atomic(&path, b"whole").expect("write");
        live.kill().expect("kill");
        live.wait().expect("reaped");
        assert!(!stale.exists(), "a killed save's temp file is cleared");
        assert!(writing.exists(), "a live writer's temp file is kept");
        assert!(other.exists(), "another file's temp file is kept");
    }

    #[test]
    fn a_rebuildable_file_clears_killed_writes_and_leaves_no_temp_or_backup() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("library.ron");
        let mut gone = std::process::Command::new("true").spawn().expect("spawn");
        let gone_pid = gone.id();
        gone.wait().expect("reaped");
        let killed = dir.path().join(format!(".library.ron.{gone_pid}.3.tmp"));
        fs::write(&killed, b"half").expect("write");
        write_rebuildable(&path, b"one").expect("write");
        write_rebuildable(&path, b"two").expect("write");
        assert_eq!(fs::read(&path).expect("read"), b"two");
        let left: Vec<_> = fs::read_dir(dir.path())
            .expect("list")
            .filter_map(Result::ok)
            .map(|e| e.file_name())
            .collect();
        assert_eq!(left, ["library.ron"], "no temp files, no backup");
    }

    #[cfg(unix)]
    #[test]
    fn the_first_backup_of_a_shared_file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s.ron");
        fs::write(&path, b"copied by hand").expect("write");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("chmod");
        write_atomic(&path, b"saved").expect("write");
        assert_eq!(mode_of(&backup_path(&path)), 0o600);
        assert_eq!(mode_of(&path), 0o600);
        assert_eq!(
            fs::read(backup_path(&path)).expect("bak"),
            b"copied by hand"
        );
    }

    #[cfg(unix)]
    #[test]
    fn what_is_not_a_regular_file_is_never_replaced_even_through_a_link() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let pipe = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .expect("mkfifo");
        assert!(made.success());
        let link = dir.path().join("s.ron");
        std::os::unix::fs::symlink(&pipe, &link).expect("link");
        for path in [&pipe, &link] {
            let e = write_atomic(path, b"text").expect_err("refused");
            assert!(e.to_string().contains("not a regular file"), "{e}");
        }
        let kind = fs::metadata(&pipe).expect("there").file_type();
        assert!(kind.is_fifo(), "the pipe is still a pipe");
        assert!(!backup_path(&pipe).exists());
    }

    #[cfg(unix)]
    #[test]
    fn saving_through_a_link_updates_the_target_and_keeps_the_link() {
        let dir = tempfile::tempdir().expect("temp dir");
        let real = dir.path().join("real");
        fs::create_dir(&real).expect("dir");
        let target = real.join("s.ron");
        fs::write(&target, b"one").expect("write");
        let link = dir.path().join("s.ron");
        std::os::unix::fs::symlink(&target, &link).expect("link");
        write_atomic(&link, b"two").expect("write");
        assert!(
            fs::symlink_metadata(&link)
                .expect("meta")
                .file_type()
                .is_symlink(),
            "the link stays a link"
        );
        assert_eq!(fs::read(&target).expect("read"), b"two");
        assert_eq!(fs::read(backup_path(&target)).expect("bak"), b"one");
        assert!(
            !backup_path(&link).exists(),
            "the backup is beside the real file"
        );
        assert_eq!(
            crate::store::lock::lock_path(&link),
            real.join("s.ron.lock"),
            "the lock belongs beside the real file"
        );
    }
}
