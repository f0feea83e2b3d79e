//! A shared folder kept by a sync program (Syncthing, Nextcloud, OneDrive, a network share):
//! where each laptop's copy of a café lives in it, which files in it are copies at all, and
//! the cafés found in one.
//!
//! Each café has a folder of its own, `<shared>/<café>/`, and each laptop writes one file in
//! it and no other: `facilitator-<computer>.ron` or `table-<N>-<computer>.ron`. Nobody writes
//! another laptop's file, so the sync program never has to settle a conflict and no lock is
//! needed across computers. What the sync programs leave while a file is on its way (their
//! temporary files), hidden files and the app's own temporary files, `.bak` copies and locks
//! are never copies; a conflict copy (`….sync-conflict-….ron`, `… (conflicted copy …).ron`)
//! is one like any other.

use std::path::{Path, PathBuf};

use crate::model::Session;
use crate::model::session::slug;

/// Who writes a file in a café's shared folder.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Role {
    /// The facilitator's laptop: the step on screen, nothing private.
    Facilitator,
    /// The laptop of this table (by number): its notes.
    Table(u32),
}

/// A laptop's file in a café's shared folder, as its name tells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LaptopFile {
    /// `None` for a copy whose name is none of ours (put there by hand).
    pub role: Option<Role>,
    /// The computer's name as the file name gives it.
    pub computer: String,
    /// A conflict copy the sync program made.
    pub conflict: bool,
}

/// The folder of the café `session` inside the shared folder `shared`.
pub fn cafe_folder(shared: &Path, session: &Session) -> PathBuf {
    let name = session.file_name();
    shared.join(name.strip_suffix(".ron").unwrap_or(&name))
}

/// This computer's name as it goes in a file name: lowercase letters, digits and dashes.
pub fn computer_name() -> String {
    slug(&super::lock::host_name())
}

/// The file `role` writes on `computer` in a café's shared folder `folder`.
pub fn laptop_path(folder: &Path, role: Role, computer: &str) -> PathBuf {
    folder.join(match role {
        Role::Facilitator => format!("facilitator-{computer}.ron"),
        Role::Table(n) => format!("table-{n}-{computer}.ron"),
    })
}

/// Whether a file of this name is never a copy of a café: a file still on its way (the
/// temporary files of Syncthing, Nextcloud, OneDrive, Dropbox, Resilio, browsers), a hidden
/// file (the app's own temporary files are hidden too), a `.bak` copy, a lock, anything that
/// is not a `.ron` file.
pub fn skipped(name: &str) -> bool {
    const ON_THE_WAY: [&str; 8] = [
        ".tmp",
        ".temp",
        ".part",
        ".partial",
        ".crdownload",
        ".download",
        ".!sync",
        ".~tmp",
    ];
    let lower = name.to_lowercase();
    lower.starts_with('.')
        || lower.starts_with('~')
        || ON_THE_WAY.iter().any(|end| lower.ends_with(end))
        || !lower.ends_with(".ron")
}

/// What the name of a copy in a café's shared folder tells (`None` for a skipped name).
pub fn laptop_file(name: &str) -> Option<LaptopFile> {
    if skipped(name) {
        return None;
    }
    let stem = name.get(..name.len() - ".ron".len())?;
    // Syncthing: `NAME.sync-conflict-DATE-TIME-DEVICE`; Nextcloud, ownCloud and Dropbox:
    // `NAME (conflicted copy DATE)` or `NAME (Ana's conflicted copy DATE)`.
    let (base, conflict) = match stem.find(".sync-conflict-").or_else(|| {
        stem.find(" (")
            .filter(|_| stem.to_lowercase().contains("conflicted copy"))
    }) {
        Some(at) => (&stem[..at], true),
        None => (stem, false),
    };
    let (role, computer) = if let Some(computer) = base.strip_prefix("facilitator-") {
        (Some(Role::Facilitator), computer)
    } else if let Some((number, computer)) = base
        .strip_prefix("table-")
        .and_then(|rest| rest.split_once('-'))
        .and_then(|(n, c)| n.parse::<u32>().ok().map(|n| (n, c)))
    {
        (Some(Role::Table(number)), computer)
    } else {
        (None, base)
    };
    Some(LaptopFile {
        role,
        computer: computer.to_owned(),
        conflict,
    })
}

/// A café found in a shared folder, from its facilitator's copy.
#[derive(Clone, Debug)]
pub struct FoundCafe {
    /// The café's folder in the shared folder.
    pub folder: PathBuf,
    /// The facilitator's copy, the newest when the café was run from more than one laptop.
    pub session: Session,
    /// The computer of that copy.
    pub computer: String,
}

/// What looking for cafés in a shared folder found.
#[derive(Clone, Debug, Default)]
pub struct Found {
    pub cafes: Vec<FoundCafe>,
    /// Facilitator copies that could not be read (they may still be on their way: the sync
    /// program may not have finished them yet).
    pub problems: Vec<super::FileError>,
}

/// The cafés in `folder`: a shared folder holding one folder per café, or the folder of one
/// café itself. Newest first.
pub fn find_cafes(folder: &Path) -> Result<Found, String> {
    let meta = std::fs::metadata(folder).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("the folder {} does not exist", folder.display()),
        _ => format!("the folder {} cannot be read ({e})", folder.display()),
    })?;
    if !meta.is_dir() {
        return Err(format!("{} is not a folder", folder.display()));
    }
    let mut found = Found::default();
    let mut folders = vec![folder.to_owned()];
    if let Ok(entries) = std::fs::read_dir(folder) {
        folders.extend(
            entries
                .filter_map(Result::ok)
                .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                .map(|e| e.path()),
        );
    }
    for cafe in folders {
        match newest_facilitator_copy(&cafe) {
            Ok(Some((session, computer))) => found.cafes.push(FoundCafe {
                folder: cafe,
                session,
                computer,
            }),
            Ok(None) => {}
            Err(problem) => found.problems.push(problem),
        }
    }
    found
        .cafes
        .sort_by_key(|c| std::cmp::Reverse(c.session.shared_at.unwrap_or(c.session.created)));
    Ok(found)
}

/// The newest facilitator's copy in a café's folder, and its computer.
pub fn newest_facilitator_copy(
    folder: &Path,
) -> Result<Option<(Session, String)>, super::FileError> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Ok(None);
    };
    let mut newest: Option<(Session, String)> = None;
    let mut problem = None;
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(file) = laptop_file(&name).filter(|f| f.role == Some(Role::Facilitator)) else {
            continue;
        };
        match super::load_session(&entry.path()) {
            Ok(loaded) => {
                let stamp = |s: &Session| s.shared_at.unwrap_or(s.created);
                if newest
                    .as_ref()
                    .is_none_or(|(s, _)| stamp(&loaded.session) > stamp(s))
                {
                    newest = Some((loaded.session, file.computer));
                }
            }
            Err(e) => problem = Some(e),
        }
    }
    match (newest, problem) {
        (Some(found), _) => Ok(Some(found)),
        (None, Some(problem)) => Err(problem),
        (None, None) => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_sync_programs_leave_on_the_way_is_never_a_copy() {
        for name in [
            ".syncthing.table-1-ana.ron.tmp",
            "~syncthing~table-1-ana.ron.tmp",
            ".table-1-ana.ron.~1a2b3c",
            ".table-1-ana.ron.4242.tmp",
            "table-1-ana.ron.bak",
            "table-1-ana.ron.lock",
            "table-1-ana.ron.part",
            "table-1-ana.ron.partial",
            "~$table-1-ana.ron",
            ".hidden.ron",
            "notes.txt",
            "table-1-ana.ron.nextcloud",
        ] {
            assert!(skipped(name), "{name}");
            assert_eq!(laptop_file(name), None, "{name}");
        }
    }

    #[test]
    fn names_tell_the_laptop_and_conflict_copies_are_copies() {
        let table = |n, c: &str, conflict| LaptopFile {
            role: Some(Role::Table(n)),
            computer: c.into(),
            conflict,
        };
        assert_eq!(
            laptop_file("table-3-ana-pc.ron"),
            Some(table(3, "ana-pc", false))
        );
        assert_eq!(
            laptop_file("table-3-ana-pc.sync-conflict-20261124-183000-ABCDEFG.ron"),
            Some(table(3, "ana-pc", true))
        );
        assert_eq!(
            laptop_file("table-3-ana-pc (conflicted copy 2026-11-24 183000).ron"),
            Some(table(3, "ana-pc", true))
        );
        assert_eq!(
            laptop_file("facilitator-gym.ron"),
            Some(LaptopFile {
                role: Some(Role::Facilitator),
                computer: "gym".into(),
                conflict: false,
            })
        );
        assert_eq!(
            laptop_file("cafe.ron"),
            Some(LaptopFile {
                role: None,
                computer: "cafe".into(),
                conflict: false,
            })
        );
        let folder = Path::new("/shared/cafe");
        assert_eq!(
            laptop_path(folder, Role::Table(12), "ana-pc"),
            folder.join("table-12-ana-pc.ron")
        );
        let name = laptop_path(folder, Role::Facilitator, "gym");
        assert_eq!(
            laptop_file(&name.file_name().expect("name").to_string_lossy()).and_then(|f| f.role),
            Some(Role::Facilitator)
        );
    }
}
