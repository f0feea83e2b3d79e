//! The words for what went wrong below the interface: the store hands over facts, and every
//! screen (and the command line) that tells them words them here, in the person's language.

use std::path::Path;

use crate::i18n::{FluentValue, Lang, tr, tr_args};
use crate::model::MergeError;
use crate::session::{ImportError, OpenError};
use crate::store::exports::{OsReason, WriteError};
use crate::store::format::MAX_FILE_BYTES;
use crate::store::read::{Round, megabytes};
use crate::store::{FileError, FileProblem};

fn path_arg(path: &Path) -> FluentValue<'static> {
    path.display().to_string().into()
}

/// Why the system refused: "the disk is full", or its own words after a worded fallback.
pub fn os_reason(lang: Lang, reason: &OsReason) -> String {
    match reason {
        OsReason::Full => tr(lang, "os-reason-full"),
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
        OpenError::NotTakenOver(error) => tr_args(
            lang,
            "open-error-not-taken-over",
            &[("error", error.clone().into())],
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

/// Why an export was not written, as one or two sentences.
pub fn export_write(lang: Lang, e: &WriteError) -> String {
    match e {
        WriteError::Link(p) => tr_args(lang, "export-error-link", &[("path", path_arg(p))]),
        WriteError::NotAFile(p) => {
            tr_args(lang, "export-error-not-a-file", &[("path", path_arg(p))])
        }
        WriteError::CafeFile(p) => {
            tr_args(lang, "export-error-cafe-file", &[("path", path_arg(p))])
        }
        WriteError::NotAnExport(p) => {
            tr_args(lang, "export-error-not-an-export", &[("path", path_arg(p))])
        }
        WriteError::Io(p, e) => tr_args(
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
        let full = WriteError::Io(
            "/media/stick/report.md".into(),
            Error::from(ErrorKind::StorageFull),
        );
        assert_eq!(
            export_write(es, &full),
            "/media/stick/report.md no se pudo escribir (el disco está lleno); no se exportó nada."
        );
    }
}
