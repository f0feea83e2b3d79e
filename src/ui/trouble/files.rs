//! The words for what is wrong with a file, what the system said, what reading a file put
//! right, and why an export was not made: the facts of the store and the exports, worded in
//! the person's language.

use std::path::Path;

use super::path_arg;
use crate::export::ExportError;
use crate::i18n::{Lang, tr, tr_args};
use crate::model::session::SESSION_SCHEMA_VERSION;
use crate::model::timer::format_secs;
use crate::store::exports::{Deleted, WriteError as ExportWriteError};
use crate::store::format::FIELDS_SHOWN;
use crate::store::guides::NotWritten;
use crate::store::read::{Round, megabytes};
use crate::store::reason::OsReason;
use crate::store::repair::{MAX_CHILDREN, MAX_TALLY, Record, Repair};
use crate::store::{FileError, FileProblem, KeptAsRead};

/// Why a guide file was not written.
pub fn not_written(lang: Lang, why: &NotWritten) -> String {
    match why {
        NotWritten::Disk(reason) => os_reason(lang, reason),
        NotWritten::AsText(error) => tr_args(
            lang,
            "guides-not-written-as-text",
            &[("error", error.clone().into())],
        ),
        NotWritten::NoFreeName => tr(lang, "guides-not-written-no-name"),
        NotWritten::NoFolder(folder) => tr_args(
            lang,
            "guides-not-written-no-folder",
            &[("folder", path_arg(folder))],
        ),
    }
}

/// Why a café file that loaded is open read-only: a newer format, or fields this version
/// does not know.
pub fn kept_as_read(lang: Lang, kept: &KeptAsRead) -> String {
    match kept {
        KeptAsRead::Newer(format) => tr_args(
            lang,
            "read-only-newer",
            &[("format", format.to_string().into())],
        ),
        KeptAsRead::UnknownFields(fields) => tr_args(
            lang,
            "read-only-unknown-fields",
            &[("fields", field_names(lang, fields).into())],
        ),
    }
}

/// "`notes.3.mood`, `mood`, 2 more": the first few fields named, and how many more.
fn field_names(lang: Lang, fields: &[String]) -> String {
    let mut names: Vec<String> = fields
        .iter()
        .take(FIELDS_SHOWN)
        .map(|f| format!("`{f}`"))
        .collect();
    if fields.len() > FIELDS_SHOWN {
        names.push(crate::i18n::count(
            lang,
            "fields-more",
            fields.len() - FIELDS_SHOWN,
        ));
    }
    names.join(", ")
}

/// What was put right in a file while reading it.
pub fn repair(lang: Lang, repair: &Repair) -> String {
    match repair {
        Repair::Timer(t) => tr_args(
            lang,
            "repair-timer",
            &[
                ("planned", t.planned_secs.to_string().into()),
                ("run", t.elapsed_ms.to_string().into()),
                ("now-planned", format_secs(t.now_planned_secs).into()),
                ("now-run", format_secs(t.now_elapsed_secs).into()),
            ],
        ),
        Repair::RoundMinutes { question, was, now } => tr_args(
            lang,
            "repair-round-minutes",
            &[
                ("question", (*question).into()),
                ("was", (*was).into()),
                ("now", (*now).into()),
            ],
        ),
        Repair::Tallies { count } => tr_args(
            lang,
            "repair-tallies",
            &[("count", (*count).into()), ("max", MAX_TALLY.into())],
        ),
        Repair::Children { count } => tr_args(
            lang,
            "repair-children",
            &[("count", (*count).into()), ("max", MAX_CHILDREN.into())],
        ),
        Repair::SharedIds { kind, count } => {
            let key = match kind {
                Record::Note => "repair-shared-note",
                Record::Table => "repair-shared-table",
                Record::Theme => "repair-shared-theme",
                Record::Commitment => "repair-shared-commitment",
                Record::SignIn => "repair-shared-sign-in",
                Record::HeadCount => "repair-shared-head-count",
            };
            let records = crate::i18n::count(lang, key, *count);
            tr_args(lang, "repair-shared-ids", &[("records", records.into())])
        }
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
        FileProblem::OpensReadOnly(KeptAsRead::Newer(format)) => {
            let args = [
                ("format", format.to_string().into()),
                ("reads", SESSION_SCHEMA_VERSION.to_string().into()),
            ];
            return tr_args(lang, "check-newer", &args);
        }
        FileProblem::OpensReadOnly(KeptAsRead::UnknownFields(fields))
        | FileProblem::UnknownFields(fields) => {
            let args = [("fields", field_names(lang, fields).into())];
            return tr_args(lang, "check-unknown-fields", &args);
        }
        FileProblem::Repaired(r) => return repair(lang, r),
        FileProblem::Guide(finding) => return crate::ui::text::finding_words(lang, finding),
        FileProblem::Text(detail) => {
            let args = [("detail", detail.clone().into())];
            return tr_args(lang, "file-problem-text", &args);
        }
    };
    tr(lang, key)
}

/// Why an export's text could not be made.
pub fn export_error(lang: Lang, e: &ExportError) -> String {
    match e {
        ExportError::File(e) => file_error(lang, e),
        ExportError::NoSuchSeries { name, folders } => {
            let places: Vec<String> = folders.iter().map(|f| f.display().to_string()).collect();
            tr_args(
                lang,
                "export-error-no-series",
                &[
                    ("name", name.clone().into()),
                    ("folders", places.join(", ").into()),
                ],
            )
        }
        ExportError::NotForSeries => tr(lang, "export-error-not-for-series"),
        ExportError::Csv(error) => {
            tr_args(lang, "export-error-csv", &[("error", error.clone().into())])
        }
    }
}

/// What deleting the exports with names did: "3 exports with names were deleted.", and a
/// sentence for each file that could not be.
pub fn deleted_exports(lang: Lang, deleted: &Deleted) -> String {
    let mut text = crate::i18n::count(lang, "exports-deleted", deleted.removed.len());
    for (path, reason) in &deleted.failed {
        text.push(' ');
        text.push_str(&tr_args(
            lang,
            "exports-not-deleted",
            &[
                ("path", path_arg(path)),
                ("reason", os_reason(lang, reason).into()),
            ],
        ));
    }
    text
}

/// Why the exports folder could not be looked through.
pub fn exports_unreadable(lang: Lang, folder: &Path, reason: &OsReason) -> String {
    tr_args(
        lang,
        "exports-unreadable",
        &[
            ("folder", path_arg(folder)),
            ("reason", os_reason(lang, reason).into()),
        ],
    )
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
