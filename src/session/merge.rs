//! Bringing another copy of a café into this one: one merge, with one size limit, for the
//! app's "Import notes", for recovering a newer copy, and for `cafe-host merge`.

use std::path::{Path, PathBuf};

use super::edit::{EditError, EditWhy};
use crate::model::{MergeError, MergeReport, Session};
use crate::store::format::MAX_FILE_BYTES;
use crate::store::read::{Round, megabytes};
use crate::store::{FileError, load_session, to_ron};

/// Why another copy could not be brought in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The other file could not be read.
    File(FileError),
    /// The other file is a different café.
    Different(MergeError),
    /// The café is open read-only: nothing can come in.
    ReadOnly,
    /// The file named is this café's own.
    OwnFile,
    /// Together the copies would be `bytes` long, more than the app can open
    /// ([`MAX_FILE_BYTES`]); nothing was changed.
    TooLarge { bytes: u64 },
}

/// "67.2 MB, more than Café Host can open (67.1 MB)".
fn too_large(bytes: u64) -> String {
    format!(
        "together they would be {}, more than Café Host can open ({})",
        megabytes(bytes, Round::Up),
        megabytes(MAX_FILE_BYTES, Round::Down)
    )
}

impl ImportError {
    /// A sentence for the window, naming files by their short names.
    pub fn plain(&self) -> String {
        match self {
            ImportError::File(e) => format!("Could not import. {}", e.plain()),
            ImportError::Different(e) => format!("Not imported: {e}."),
            ImportError::ReadOnly => {
                "This café is open read-only, so nothing was imported.".to_owned()
            }
            ImportError::OwnFile => {
                "That is this café's own file; choose the other laptop's copy.".to_owned()
            }
            ImportError::TooLarge { bytes } => format!(
                "Not imported: {}, so nothing was changed. Import a copy with fewer notes, or remove notes that are not needed.",
                too_large(*bytes)
            ),
        }
    }
}

impl std::fmt::Display for ImportError {
    /// The command line's form: `FILE:LINE:COL: message` for a file that cannot be read.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::File(e) => write!(f, "{e}"),
            ImportError::Different(e) => write!(f, "{e}"),
            ImportError::ReadOnly | ImportError::OwnFile => write!(f, "{}", self.plain()),
            ImportError::TooLarge { bytes } => write!(f, "{}", too_large(*bytes)),
        }
    }
}

/// Merge the copy at `other` into `session` (which must be the same café).
pub fn import_copy(session: &mut Session, other: &Path) -> Result<MergeReport, ImportError> {
    let loaded = load_session(other).map_err(ImportError::File)?;
    merge_copy(session, &loaded.session)
}

/// Bring `other` (another copy of the same café) into `session` by the merge rules of
/// [`Session::merge`], unless the result would be larger than the app can open: then
/// `session` is left as it was. Every merge of the app and the command line goes through here.
pub fn merge_copy(session: &mut Session, other: &Session) -> Result<MergeReport, ImportError> {
    let mut merged = session.clone();
    let report = merged.merge(other).map_err(ImportError::Different)?;
    if report.total() == 0 {
        return Ok(report);
    }
    // Never make a café the app would refuse to open.
    let bytes = to_ron(&merged).map_or(u64::MAX, |text| text.len() as u64);
    if bytes > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes });
    }
    *session = merged;
    Ok(report)
}

/// Another copy's merge worked out away from the window against a recent copy of the café:
/// only the records it brings, checked against the size limit. Taking it in is quick
/// however large the café ([`take_prepared`]).
#[derive(Clone, Debug)]
pub struct Prepared {
    delta: Session,
    /// What it brought to the copy it was worked out against.
    pub report: MergeReport,
}

/// Work out what the copy `theirs` brings to `ours` (which must be the same café), as
/// [`merge_copy`] would merge it, size limit included; `ours` is left as it is.
pub fn prepare_merge(ours: &Session, theirs: &Session) -> Result<Prepared, ImportError> {
    let delta = theirs.changed_since(ours);
    let mut merged = ours.clone();
    let report = merge_copy(&mut merged, &delta)?;
    Ok(Prepared { delta, report })
}

/// Take a prepared merge into `session` (the café it was worked out against, or newer).
/// Returns what it brought now.
pub fn take_prepared(session: &mut Session, prepared: &Prepared) -> MergeReport {
    match session.merge(&prepared.delta) {
        Ok(report) => report,
        // Prepared against this café: it cannot be another one.
        Err(e) => {
            log::error!("{e}");
            MergeReport::default()
        }
    }
}

/// Merge the copies `from` into the file `into` under its lock, writing it (through the
/// store's writer, as an open café is saved) only if every copy merged cleanly and something
/// changed. Returns what came in, over every copy.
pub fn merge_files(into: &Path, from: &[PathBuf]) -> Result<MergeReport, EditError> {
    if std::fs::metadata(into).is_ok_and(|meta| meta.permissions().readonly()) {
        // A file whose permissions forbid writing was made so on purpose: leave it as it is.
        return Err(EditError {
            path: into.to_owned(),
            why: EditWhy::PermissionsForbid,
        });
    }
    super::edit::edit_file(into, |live| {
        let erased = live.session.erased_everyone;
        let mut total = MergeReport::default();
        for path in from {
            let report = import_copy(&mut live.session, path).map_err(|error| EditWhy::Import {
                from: path.clone(),
                error: Box::new(error),
            })?;
            total.add(&report);
        }
        live.merged(erased);
        Ok((total, total.total() > 0))
    })
}
