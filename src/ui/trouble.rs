//! The words for what went wrong below the interface: the store and the session hand over
//! facts (a file's problem, the system's reason, [`SaveError`], [`LockLost`], [`ReadOnlyWhy`],
//! [`OpenNotice`], an import's or an export's refusal), and every screen (and the command line)
//! that tells them words them here, in the person's language.

use std::path::Path;

use crate::i18n::{FluentValue, Lang, tr, tr_args};
use crate::model::MergeError;
use crate::session::{ImportError, JoinError, OpenError, OpenNotice, ReadOnlyWhy, Unsaved};
use crate::store::exports::WriteError as ExportWriteError;
use crate::store::format::MAX_FILE_BYTES;
use crate::store::lock::{Blocked, Holder, LockLost, LockProblem, Unusable};
use crate::store::read::{Round, megabytes};
use crate::store::reason::OsReason;
use crate::store::saver::{SaveError, WriteError};
use crate::store::{FileError, FileProblem};

fn path_arg(path: &Path) -> FluentValue<'static> {
    path.display().to_string().into()
}

/// Why a write failed: "the folder /media/stick is missing".
pub fn write_cause(lang: Lang, e: &WriteError) -> String {
    let key = match &e.cause {
        OsReason::Full => "save-cause-full",
        OsReason::NotAFolder => "save-cause-not-a-folder",
        OsReason::Permission => "save-cause-no-permission",
        OsReason::ReadOnly => "save-cause-read-only-disk",
        OsReason::NotFound => "save-cause-missing",
        OsReason::Other(_) => "save-cause-other",
    };
    let error = match &e.cause {
        OsReason::Other(error) => error.clone(),
        _ => String::new(),
    };
    tr_args(
        lang,
        key,
        &[("folder", path_arg(&e.folder)), ("error", error.into())],
    )
}

/// What went wrong at the last save, as one or two sentences ("Not saved: the disk is full.
/// Your work is kept in the app and saving is retried.").
pub fn save_error(lang: Lang, e: &SaveError) -> String {
    match e {
        SaveError::Write(w) => tr_args(
            lang,
            "save-error-write",
            &[("cause", write_cause(lang, w).into())],
        ),
        SaveError::Stopped(lost) => tr_args(
            lang,
            "save-error-stopped",
            &[("lost", lock_lost(lang, lost).into())],
        ),
        SaveError::AsText(error) => tr_args(
            lang,
            "save-error-as-text",
            &[("error", error.clone().into())],
        ),
        SaveError::NotRunning => tr(lang, "save-error-not-running"),
        SaveError::BackupKept { bak, why } => tr_args(
            lang,
            "save-error-backup-kept",
            &[("file", path_arg(bak)), ("error", why.clone().into())],
        ),
    }
}

/// The save error with where the newest work waits, when a recovery copy holds it.
pub fn save_error_with_copy(lang: Lang, e: &SaveError, copy: Option<&Path>) -> String {
    let mut text = save_error(lang, e);
    if let Some(copy) = copy {
        text.push(' ');
        text.push_str(&tr_args(
            lang,
            "save-recovery-kept",
            &[("copy", path_arg(copy))],
        ));
    }
    text
}

/// Why something besides the café's own save was not written (half-typed notes, a copy, the
/// shared folder's copy): the disk's trouble, without what saving the café does about it.
pub fn write_trouble(lang: Lang, e: &SaveError) -> String {
    match e {
        SaveError::Write(w) => write_cause(lang, w),
        other => save_error(lang, other),
    }
}

/// What is not on disk yet, and why: the café's last changes (of `file`), or only its
/// half-typed notes.
pub fn unsaved(lang: Lang, unsaved: &Unsaved, file: &Path) -> String {
    match unsaved {
        Unsaved::Drafts { error: Some(e) } => tr_args(
            lang,
            "closing-drafts-why",
            &[("cause", write_trouble(lang, e).into())],
        ),
        Unsaved::Drafts { error: None } => tr(lang, "closing-drafts-still-writing"),
        Unsaved::Retrying { error: Some(e), .. } | Unsaved::Stopped { error: Some(e), .. } => {
            save_error(lang, e)
        }
        Unsaved::Retrying { error: None, .. } | Unsaved::Stopped { error: None, .. } => {
            tr_args(lang, "closing-still-writing", &[("file", path_arg(file))])
        }
    }
}

/// "another copy of Café Host may be writing this café (its lock file was deleted); saving
/// to the file has stopped so neither copy overwrites the other".
pub fn lock_lost(lang: Lang, lost: &LockLost) -> String {
    let (key, args): (&str, Vec<(&str, FluentValue<'_>)>) = match lost {
        LockLost::FolderAway(folder) => {
            ("lock-lost-folder-away", vec![("folder", path_arg(folder))])
        }
        LockLost::Deleted => ("lock-lost-deleted", vec![]),
        LockLost::Replaced => ("lock-lost-replaced", vec![]),
        LockLost::NowNames(h) => (
            "lock-lost-now-names",
            vec![("holder", holder(lang, h).into())],
        ),
        LockLost::Overwritten => ("lock-lost-overwritten", vec![]),
        LockLost::NotMadeAgain(e) => (
            "lock-lost-not-made-again",
            vec![("error", e.clone().into())],
        ),
        LockLost::TakenWhileAway => ("lock-lost-taken-while-away", vec![]),
        LockLost::NotLockedAgain(e) => (
            "lock-lost-not-locked-again",
            vec![("error", e.clone().into())],
        ),
        LockLost::Unreadable(e) => ("lock-lost-unreadable", vec![("error", e.clone().into())]),
        LockLost::OtherSinceBack => ("lock-lost-other-since-back", vec![]),
        LockLost::NotWrittenAgain(e) => (
            "lock-lost-not-written-again",
            vec![("error", e.clone().into())],
        ),
        LockLost::FileChangedWhileAway => ("lock-lost-file-changed", vec![]),
    };
    let how = tr_args(lang, key, &args);
    tr_args(lang, "lock-lost", &[("how", how.into())])
}

/// "Café Host on lab-laptop (process 4121) since 2026-11-19 18:02".
fn holder(lang: Lang, h: &Holder) -> String {
    let mut args = vec![
        ("host", h.host.clone().into()),
        ("pid", h.pid.to_string().into()),
    ];
    let key = match h.since {
        Some(since) => {
            args.push(("since", since.format("%Y-%m-%d %H:%M").to_string().into()));
            "lock-holder-since"
        }
        None => "lock-holder",
    };
    tr_args(lang, key, &args)
}

/// Why this copy cannot be changed, to end "nothing here can be changed, because …".
pub fn read_only(lang: Lang, why: &ReadOnlyWhy) -> String {
    match why {
        ReadOnlyWhy::Locked(Blocked::Running(Some(h))) => tr_args(
            lang,
            "read-only-open-elsewhere",
            &[("holder", holder(lang, h).into())],
        ),
        ReadOnlyWhy::Locked(Blocked::Running(None)) => tr(lang, "read-only-open-in-another-copy"),
        ReadOnlyWhy::Locked(Blocked::OtherHost(h)) => {
            let mut args = vec![("host", h.host.clone().into())];
            let key = match h.since {
                Some(since) => {
                    args.push(("since", since.format("%H:%M").to_string().into()));
                    "read-only-other-computer-since"
                }
                None => "read-only-other-computer",
            };
            tr_args(lang, key, &args)
        }
        ReadOnlyWhy::Locked(Blocked::Unusable(reason)) => tr_args(
            lang,
            "read-only-lock-unusable",
            &[("error", unusable(lang, reason).into())],
        ),
        ReadOnlyWhy::NoLock(reason) => tr_args(
            lang,
            "read-only-no-lock",
            &[("error", os_reason(lang, reason).into())],
        ),
        ReadOnlyWhy::RecoveryCopy(original) => tr_args(
            lang,
            "read-only-recovery-copy",
            &[("file", path_arg(original))],
        ),
        ReadOnlyWhy::File(reason) => reason.clone(),
    }
}

/// Why a lock file cannot be used: "café.ron.lock is a folder, not a lock file".
pub fn unusable(lang: Lang, why: &Unusable) -> String {
    let (key, name) = match why {
        Unusable::NoAccess(name) => ("lock-unusable-no-access", name),
        Unusable::NotOurs(name) => ("lock-unusable-not-ours", name),
        Unusable::Folder(name) => ("lock-unusable-folder", name),
        Unusable::NotRegular(name) => ("lock-unusable-not-regular", name),
    };
    tr_args(lang, key, &[("name", name.clone().into())])
}

/// Why a café's lock could not be had (to follow "could not be taken over: ").
pub fn lock_problem(lang: Lang, problem: &LockProblem) -> String {
    match problem {
        LockProblem::Held(Blocked::Running(Some(h)) | Blocked::OtherHost(h)) => tr_args(
            lang,
            "lock-problem-open-in",
            &[("holder", holder(lang, h).into())],
        ),
        LockProblem::Held(Blocked::Running(None)) => tr(lang, "lock-problem-open-elsewhere"),
        LockProblem::Held(Blocked::Unusable(why)) => tr_args(
            lang,
            "lock-problem-unusable",
            &[("error", unusable(lang, why).into())],
        ),
        LockProblem::NotMade(reason) => tr_args(
            lang,
            "lock-problem-not-made",
            &[("error", os_reason(lang, reason).into())],
        ),
    }
}

/// A change refused because this copy cannot be changed.
pub fn refused(lang: Lang, why: &ReadOnlyWhy) -> String {
    tr_args(
        lang,
        "notice-nothing-changed",
        &[("reason", read_only(lang, why).into())],
    )
}

/// What opening a café has to say.
pub fn open_notice(lang: Lang, notice: &OpenNotice) -> String {
    match notice {
        OpenNotice::NotClosedProperly { title } => tr_args(
            lang,
            "notice-not-closed-properly",
            &[("title", title.clone().into())],
        ),
        OpenNotice::ReadOnly(why) => tr_args(
            lang,
            "notice-opened-read-only",
            &[("reason", read_only(lang, why).into())],
        ),
        OpenNotice::Recovered { title, file } => tr_args(
            lang,
            "notice-recovered",
            &[("title", title.clone().into()), ("file", path_arg(file))],
        ),
        OpenNotice::DraftsBack { count } => crate::i18n::count(lang, "notice-drafts-back", *count),
        OpenNotice::SharedNotesBack { count } => {
            crate::i18n::count(lang, "notice-shared-notes-back", *count)
        }
        OpenNotice::NotBroughtBack(e) => tr_args(
            lang,
            "notice-own-copy-not-back",
            &[("error", import_error(lang, e).into())],
        ),
        OpenNotice::Said(text) => text.clone(),
    }
}

/// Why this laptop did not join a shared café, to follow "Could not join: ".
pub fn join_error(lang: Lang, e: &JoinError) -> String {
    match e {
        JoinError::NothingShared(folder) => tr_args(
            lang,
            "join-error-nothing-shared",
            &[("folder", path_arg(folder))],
        ),
        JoinError::NoTable {
            title,
            table,
            tables,
        } => tr_args(
            lang,
            "join-error-no-table",
            &[
                ("title", title.clone().into()),
                ("table", (*table).into()),
                ("tables", (*tables).into()),
            ],
        ),
        JoinError::Folder { folder, reason } => tr_args(
            lang,
            "join-error-folder",
            &[
                ("folder", path_arg(folder)),
                ("reason", os_reason(lang, reason).into()),
            ],
        ),
        JoinError::Open(OpenError::File(e)) => file_error(lang, e),
        JoinError::Open(e) => open_error(lang, e),
        JoinError::ReadOnly(why) => read_only(lang, why),
        JoinError::Shared(error) => error.clone(),
    }
}

/// Why the system refused: "the disk is full", or its own words after a worded fallback.
pub fn os_reason(lang: Lang, reason: &OsReason) -> String {
    match reason {
        OsReason::Full => tr(lang, "os-reason-full"),
        OsReason::NotAFolder => tr(lang, "os-reason-not-a-folder"),
        OsReason::Permission => tr(lang, "os-reason-permission"),
        OsReason::NotFound => tr(lang, "os-reason-not-found"),
        OsReason::ReadOnly => tr(lang, "os-reason-read-only"),
        OsReason::Other(error) => {
            tr_args(lang, "os-reason-other", &[("error", error.clone().into())])
        }
    }
}

/// What is wrong with a file: "notes.ron, line 3, column 7: the file ends too early".
pub fn file_error(lang: Lang, e: &FileError) -> String {
    let name = e.path.file_name().map_or_else(
        || e.path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let problem = file_problem(lang, &e.problem);
    match e.position {
        Some((line, column)) => tr_args(
            lang,
            "file-problem-at",
            &[
                ("name", name.into()),
                ("line", line.to_string().into()),
                ("column", column.to_string().into()),
                ("problem", problem.into()),
            ],
        ),
        None => tr_args(
            lang,
            "file-problem-in",
            &[("name", name.into()), ("problem", problem.into())],
        ),
    }
}

/// The problem alone: "the file is empty".
pub fn file_problem(lang: Lang, problem: &FileProblem) -> String {
    let key = match problem {
        FileProblem::Missing => "file-problem-missing",
        FileProblem::NoPermission => "file-problem-no-permission",
        FileProblem::NotRead => "file-problem-not-read",
        FileProblem::Folder => "file-problem-folder",
        FileProblem::NotRegular => "file-problem-not-regular",
        FileProblem::NotText => "file-problem-not-text",
        FileProblem::Empty => "file-problem-empty",
        FileProblem::GuideNotSession => "file-problem-guide-not-session",
        FileProblem::SessionNotGuide => "file-problem-session-not-guide",
        FileProblem::NotCafeFile => "file-problem-not-cafe-file",
        FileProblem::Unreadable(reason) => {
            let reason = os_reason(lang, reason);
            return tr_args(
                lang,
                "file-problem-unreadable",
                &[("reason", reason.into())],
            );
        }
        FileProblem::TooLarge { bytes, limit } => {
            let size = megabytes(*bytes, Round::Up);
            let limit = megabytes(*limit, Round::Down);
            let args = [("size", size.into()), ("limit", limit.into())];
            return tr_args(lang, "file-problem-too-large", &args);
        }
        FileProblem::Newer(format) => {
            let args = [("format", format.to_string().into())];
            return tr_args(lang, "file-problem-newer", &args);
        }
        FileProblem::Text(detail) => {
            let args = [("detail", detail.clone().into())];
            return tr_args(lang, "file-problem-text", &args);
        }
    };
    tr(lang, key)
}

/// Why a café did not open (or start, or was not taken over).
pub fn open_error(lang: Lang, e: &OpenError) -> String {
    match e {
        OpenError::File(e) => {
            let problem = file_error(lang, e);
            tr_args(lang, "open-error-file", &[("problem", problem.into())])
        }
        OpenError::Folder { folder, reason } => tr_args(
            lang,
            "open-error-folder",
            &[
                ("folder", path_arg(folder)),
                ("reason", os_reason(lang, reason).into()),
            ],
        ),
        OpenError::NotTakenOver(problem) => tr_args(
            lang,
            "open-error-not-taken-over",
            &[("error", lock_problem(lang, problem).into())],
        ),
    }
}

/// Why another copy of the café was not brought in.
pub fn import_error(lang: Lang, e: &ImportError) -> String {
    match e {
        ImportError::File(e) => {
            let problem = file_error(lang, e);
            tr_args(lang, "import-error-file", &[("problem", problem.into())])
        }
        ImportError::Different(MergeError::DifferentSession { ours, theirs }) => tr_args(
            lang,
            "import-error-different",
            &[
                ("ours", ours.clone().into()),
                ("theirs", theirs.clone().into()),
            ],
        ),
        ImportError::TooLarge { bytes } => tr_args(
            lang,
            "import-error-too-large",
            &[
                ("size", megabytes(*bytes, Round::Up).into()),
                ("limit", megabytes(MAX_FILE_BYTES, Round::Down).into()),
            ],
        ),
        ImportError::ReadOnly => tr(lang, "import-error-read-only"),
        ImportError::OwnFile => tr(lang, "import-error-own-file"),
    }
}

/// Why the folder an export goes in could not be made.
pub fn export_folder(lang: Lang, folder: &Path, e: &std::io::Error) -> String {
    tr_args(
        lang,
        "export-error-folder",
        &[
            ("folder", path_arg(folder)),
            ("reason", os_reason(lang, &OsReason::of(e)).into()),
        ],
    )
}

/// Why an export was not written, as one or two sentences.
pub fn export_write(lang: Lang, e: &ExportWriteError) -> String {
    match e {
        ExportWriteError::Link(p) => tr_args(lang, "export-error-link", &[("path", path_arg(p))]),
        ExportWriteError::NotAFile(p) => {
            tr_args(lang, "export-error-not-a-file", &[("path", path_arg(p))])
        }
        ExportWriteError::CafeFile(p) => {
            tr_args(lang, "export-error-cafe-file", &[("path", path_arg(p))])
        }
        ExportWriteError::NotAnExport(p) => {
            tr_args(lang, "export-error-not-an-export", &[("path", path_arg(p))])
        }
        ExportWriteError::Io(p, e) => tr_args(
            lang,
            "export-error-io",
            &[
                ("path", path_arg(p)),
                ("reason", os_reason(lang, &OsReason::of(e)).into()),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Error, ErrorKind};

    use super::*;

    #[test]
    fn every_reason_the_system_gives_is_worded_in_each_language() {
        let kinds = [
            (ErrorKind::StorageFull, OsReason::Full),
            (ErrorKind::QuotaExceeded, OsReason::Full),
            (ErrorKind::PermissionDenied, OsReason::Permission),
            (ErrorKind::NotFound, OsReason::NotFound),
            (ErrorKind::ReadOnlyFilesystem, OsReason::ReadOnly),
        ];
        for (kind, reason) in kinds {
            assert_eq!(OsReason::of(&Error::from(kind)), reason);
        }
        let other = OsReason::of(&Error::other("Input/output error (os error 5)"));
        assert_eq!(
            other,
            OsReason::Other("Input/output error (os error 5)".into())
        );
        let (en, es) = (Lang::default(), Lang::from_code("es").expect("Spanish"));
        assert_eq!(os_reason(es, &OsReason::Full), "el disco está lleno");
        assert_eq!(
            os_reason(es, &other),
            "el sistema lo rechazó: Input/output error (os error 5)"
        );
        for reason in [
            OsReason::Full,
            OsReason::Permission,
            OsReason::NotFound,
            OsReason::ReadOnly,
        ] {
            let (en, es) = (os_reason(en, &reason), os_reason(es, &reason));
            assert!(
                !en.is_empty() && !es.is_empty() && en != es,
                "{reason:?}: {en} / {es}"
            );
        }
        let full = ExportWriteError::Io(
            "/media/stick/report.md".into(),
            Error::from(ErrorKind::StorageFull),
        );
        assert_eq!(
            export_write(es, &full),
            "/media/stick/report.md no se pudo escribir (el disco está lleno); no se exportó nada."
        );
    }
}
