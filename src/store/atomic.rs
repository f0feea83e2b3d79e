//! Durable, atomic file replacement: a reader sees the old file or the new one, never half of one.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The previous version of `path`, kept beside it.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Replace `path` with `bytes`: temp file in the same folder, write, fsync, keep the old
/// version as `<file>.bak`, rename over the target, fsync the folder. The file and its backup
/// are private to the user (0600 on Unix). When `path` is a symbolic link, the file it points
/// to is replaced and the link stays a link. Temp files left by killed saves of this file are
/// cleared first.
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
    let path = resolve_link(path);
    let path = path.as_path();
    let (dir, file_name) = folder_and_name(path)?;
    remove_stale_temps(path);
    let tmp = dir.join(temp_name(file_name, std::process::id()));

    let result = write_then_rename(path, &tmp, dir, bytes, check);
    if result.is_err()
        && let Err(e) = fs::remove_file(&tmp)
        && e.kind() != io::ErrorKind::NotFound
    {
        log::warn!("could not remove {}: {e}", tmp.display());
    }
    result
}

/// The folder a file is in (`.` for a bare name) and the file's name.
fn folder_and_name(path: &Path) -> io::Result<(&Path, &std::ffi::OsStr)> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    Ok((dir, file_name))
}

/// Write a new file at `path` with `bytes`, durably and privately, never replacing a file that
/// is already there (that is an `AlreadyExists` error): a new guide never overwrites another
/// made at the same moment under the same name.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (dir, file_name) = folder_and_name(path)?;
    let tmp = dir.join(temp_name(file_name, std::process::id()));
    let result = (|| {
        {
            let mut file = create_private(&tmp)?;
            make_private(&file)?;
            file.write_all(bytes)?;
            file.sync_all()?;
        }
        // A hard link is made only where no file is: the name is taken atomically. Where the
        // file system has no links (a FAT stick), look first and rename.
        match fs::hard_link(&tmp, path) {
            Ok(()) => fs::remove_file(&tmp),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
            Err(_) if path.exists() => Err(io::Error::from(io::ErrorKind::AlreadyExists)),
            Err(_) => rename_with_retry(&tmp, path),
        }
    })();
    if let Err(e) = fs::remove_file(&tmp)
        && e.kind() != io::ErrorKind::NotFound
    {
        log::warn!("could not remove {}: {e}", tmp.display());
    }
    result?;
    if let Err(e) = sync_dir(dir) {
        log::warn!("could not sync the folder {}: {e}", dir.display());
    }
    Ok(())
}

/// Writes of rebuildable files so far in this process, numbering their temp files.
static REBUILDABLE_WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Replace `path` with `bytes` for a file that can always be rebuilt (the review index): a
/// private temp file renamed over it, so a reader never sees half a file, but no sync to disk
/// and no `.bak` copy. After a power cut the file may be empty or old; its reader then rebuilds
/// it. Saving costs a few milliseconds instead of waiting for the disk.
pub fn write_rebuildable(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (dir, file_name) = folder_and_name(path)?;
    remove_stale_temps(path);
    // Two scans of one app may write the same index at once: each write has its own temp.
    let n = REBUILDABLE_WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut name = std::ffi::OsString::from(".");
    name.push(file_name);
    name.push(format!(".{}.{n}.tmp", std::process::id()));
    let tmp = dir.join(name);
    let result = (|| {
        let mut file = create_private(&tmp)?;
        make_private(&file)?;
        file.write_all(bytes)?;
        drop(file);
        rename_with_retry(&tmp, path)
    })();
    if result.is_err()
        && let Err(e) = fs::remove_file(&tmp)
        && e.kind() != io::ErrorKind::NotFound
    {
        log::warn!("could not remove {}: {e}", tmp.display());
    }
    result
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
    path: &Path,
    tmp: &Path,
    dir: &Path,
    bytes: &[u8],
    check: impl FnOnce() -> io::Result<()>,
) -> io::Result<()> {
    {
        let mut file = create_private(tmp)?;
        make_private(&file)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    check()?;
    if path.exists() {
        keep_backup(path)?;
    }
    rename_with_retry(tmp, path)?;
    // The new file is in place. Some file systems (network shares) cannot sync a folder;
    // that is no reason to report the save as failed.
    if let Err(e) = sync_dir(dir) {
        log::warn!("could not sync the folder {}: {e}", dir.display());
    }
    Ok(())
}

fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Keep the current version as `.bak`, private to the user: a hard link where the file system
/// allows and the file is already private, a private copy otherwise (a link shares the
/// original's permissions, and a hand-copied file may be readable by everyone).
fn keep_backup(path: &Path) -> io::Result<()> {
    let bak = backup_path(path);
    match fs::remove_file(&bak) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    if is_private(path) && fs::hard_link(path, &bak).is_ok() {
        return Ok(());
    }
    // Copy beside it, then rename, so a crash mid-copy never leaves a cut-off backup.
    let mut name = bak.file_name().unwrap_or_default().to_os_string();
    name.push(".tmp");
    let partial = bak.with_file_name(name);
    {
        let mut from = File::open(path)?;
        let mut to = create_private(&partial)?;
        io::copy(&mut from, &mut to)?;
        make_private(&to)?;
        to.sync_all()?;
    }
    fs::rename(&partial, &bak)
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

/// 0600 even when the file existed before with wider permissions.
#[cfg(unix)]
fn make_private(file: &File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn make_private(_file: &File) -> io::Result<()> {
    Ok(())
}

/// Remove temporary files that killed saves of `path` left beside it (`.NAME.PID.tmp` of a
/// process that is gone). A live writer's temp file is never touched.
pub fn remove_stale_temps(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
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
            && let Err(e) = fs::remove_file(entry.path())
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
fn rename_with_retry(from: &Path, to: &Path) -> io::Result<()> {
    let mut attempt = 0;
    loop {
        match fs::rename(from, to) {
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

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

/// Create `dir` (and parents) if missing, private to the user (0700 on Unix).
pub fn ensure_private_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
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
