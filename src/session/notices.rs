//! What an open café has to tell the person, as facts for the interface to word: what opening
//! it found ([`OpenNotice`]), why it is read-only ([`ReadOnlyWhy`]), and why a recovery was
//! refused ([`NotRecovered`]). `Display` gives English, for logs.

use std::path::PathBuf;

use super::{ImportError, Unsaved};
use crate::store::lock::Blocked;
use crate::store::reason::OsReason;
use crate::store::repair::Repair;
use crate::store::saver::WriteError;
use crate::store::{FileError, KeptAsRead};

/// A command refused because this copy of the café must not change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOnly(pub ReadOnlyWhy);

impl std::fmt::Display for ReadOnly {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Nothing was changed: {}", self.0)
    }
}

/// Why a café is open read-only, as facts for the interface to word. `Display` gives
/// English, for logs and errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadOnlyWhy {
    /// Its lock is held: another running copy of the app, another computer, or a lock file
    /// Café Host did not write.
    Locked(Blocked),
    /// Its lock could not be made (the system's reason).
    NoLock(OsReason),
    /// This is the recovery copy of the café's file, being looked at.
    RecoveryCopy(PathBuf),
    /// The file itself must not be rewritten (a newer format, fields this version does not
    /// know).
    File(KeptAsRead),
}

impl std::fmt::Display for ReadOnlyWhy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadOnlyWhy::Locked(blocked @ Blocked::Running(_)) => {
                write!(f, "{blocked}. Close it there to make changes here")
            }
            ReadOnlyWhy::Locked(blocked @ Blocked::OtherHost(_)) => write!(
                f,
                "{blocked}. If it is closed there, choose \"Take over\" to make changes here"
            ),
            ReadOnlyWhy::Locked(blocked) => write!(
                f,
                "{blocked}, so this copy is open read-only to keep two copies from overwriting each other"
            ),
            ReadOnlyWhy::NoLock(e) => write!(
                f,
                "the lock that keeps two copies from writing this café at once could not be made ({e}), so this copy is open read-only to keep two copies from overwriting each other"
            ),
            ReadOnlyWhy::RecoveryCopy(original) => write!(
                f,
                "this is the recovery copy of {}, open read-only. Go Home to recover it or let it go",
                original.display()
            ),
            ReadOnlyWhy::File(reason) => write!(f, "{reason}"),
        }
    }
}

/// Something opening a café has to tell the person, as facts for the interface to word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenNotice {
    /// Café Host was not closed properly the last time this café was open.
    NotClosedProperly { title: String },
    /// Opened read-only, and why.
    ReadOnly(ReadOnlyWhy),
    /// The newer copy was recovered and saved to the café's file.
    Recovered { title: String, file: PathBuf },
    /// Half-typed notes from last time are back in their note boxes.
    DraftsBack { count: usize },
    /// Notes this laptop wrote to the shared folder before came back from there.
    SharedNotesBack { count: usize },
    /// This laptop's copy in the shared folder could not be brought back in.
    NotBroughtBack(ImportError),
    /// Something in the file was put right while reading it.
    Repaired(Repair),
    /// The half-typed notes from last time could not be read; the file was set aside under
    /// the name `aside`, or could not be (the system's reason), so half-typed notes are not
    /// kept this time.
    DraftsUnreadable {
        error: FileError,
        aside: Result<PathBuf, OsReason>,
    },
    /// The café will not reopen by itself at the next start: the file naming it was not
    /// written.
    NotRemembered { file: PathBuf, error: WriteError },
}

impl std::fmt::Display for OpenNotice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenNotice::NotClosedProperly { title } => write!(
                f,
                "Café Host was not closed properly last time \"{title}\" was open. It has been reopened as last saved; every change you confirmed was saved within a second."
            ),
            OpenNotice::ReadOnly(why) => write!(f, "Opened read-only: {why}."),
            OpenNotice::Recovered { title, file } => {
                write!(
                    f,
                    "Recovered \"{title}\" and saved it to {}.",
                    file.display()
                )
            }
            OpenNotice::DraftsBack { count: 1 } => write!(
                f,
                "A half-typed note from last time is back in its table's note box."
            ),
            OpenNotice::DraftsBack { count } => write!(
                f,
                "{count} half-typed notes from last time are back in their tables' note boxes."
            ),
            OpenNotice::SharedNotesBack { count } => write!(
                f,
                "{} from this laptop's copy in the shared folder came back.",
                crate::model::count_of(*count, "note", "notes")
            ),
            OpenNotice::NotBroughtBack(e) => write!(
                f,
                "This laptop's copy in the shared folder was not brought back. {}",
                e.plain()
            ),
            OpenNotice::Repaired(repair) => write!(f, "{repair}"),
            OpenNotice::DraftsUnreadable { error, aside } => {
                write!(
                    f,
                    "Half-typed notes from last time could not be read ({}). ",
                    error.plain()
                )?;
                match aside {
                    Ok(aside) => write!(f, "The file was kept as {}.", aside.display()),
                    Err(reason) => write!(
                        f,
                        "It could not be set aside either ({reason}), so half-typed notes are not kept this time."
                    ),
                }
            }
            OpenNotice::NotRemembered { file, error } => write!(
                f,
                "This café will not reopen by itself at the next start: {} could not be written ({error}).",
                file.display()
            ),
        }
    }
}

/// Why the newer copy kept in the recovery folder was not recovered into the café's `file`,
/// as facts the interface words (`ui::trouble::not_recovered`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotRecovered {
    pub file: PathBuf,
    pub why: NotRecoveredWhy,
}

/// What stood in the way of a recovery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotRecoveredWhy {
    /// The café's file cannot be changed here.
    ReadOnly(ReadOnlyWhy),
    /// What the file holds could not be merged with the copy.
    NotMerged(Box<ImportError>),
    /// The two together could not be saved.
    NotSaved(Unsaved),
}
