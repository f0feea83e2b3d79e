//! The words for what went wrong below the interface: the store and the session hand over
//! facts (a file's problem, the system's reason, [`SaveError`], [`LockLost`], [`ReadOnlyWhy`],
//! [`OpenNotice`], an import's or an export's refusal), and every screen (and the command line)
//! that tells them words them here, in the person's language.

mod files;

use std::path::Path;

use crate::authoring::ReadOnly as GuideReadOnly;
use crate::i18n::{FluentValue, Lang, tr, tr_args};
use crate::model::MergeError;
use crate::session::{
    EditError, EditWhy, ImportError, JoinError, NotRecovered, NotRecoveredWhy, OpenError,
    OpenNotice, ReadOnlyWhy, ShareError, Unsaved,
};
use crate::store::format::MAX_FILE_BYTES;
use crate::store::lock::{Blocked, Holder, LockLost, LockProblem, Unusable};
use crate::store::read::{Round, megabytes};
use crate::store::reason::OsReason;
use crate::store::saver::{SaveError, WriteError};

pub use files::{
    deleted_exports, export_error, export_folder, export_write, exports_unreadable, file_error,
    file_problem, kept_as_read, not_written, os_reason, repair,
};

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

/// Why the guide open in the editor cannot be changed, as the editor's warning.
pub fn guide_read_only(lang: Lang, why: &GuideReadOnly) -> String {
    match why {
        GuideReadOnly::EditedElsewhere(who) => tr_args(
            lang,
            "editor-read-only-elsewhere",
            &[("who", holder_or_another(lang, who.as_ref()).into())],
        ),
        GuideReadOnly::LockUnusable(reason) => tr_args(
            lang,
            "editor-read-only-lock",
            &[("why", unusable(lang, reason).into())],
        ),
        GuideReadOnly::NoLock(reason) => tr_args(
            lang,
            "editor-read-only-lock",
            &[("why", os_reason(lang, reason).into())],
        ),
    }
}

/// The holder of a lock, or "another copy of Café Host" when the lock does not say.
pub fn holder_or_another(lang: Lang, who: Option<&Holder>) -> String {
    who.map_or_else(|| tr(lang, "lock-holder-unknown"), |h| holder(lang, h))
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
        ReadOnlyWhy::File(kept) => kept_as_read(lang, kept),
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
        OpenNotice::Repaired(r) => repair(lang, r),
        OpenNotice::DraftsUnreadable { error, aside } => {
            let mut text = tr_args(
                lang,
                "notice-drafts-unreadable",
                &[("problem", file_error(lang, error).into())],
            );
            text.push(' ');
            text.push_str(&match aside {
                Ok(file) => tr_args(lang, "notice-drafts-set-aside", &[("file", path_arg(file))]),
                Err(reason) => tr_args(
                    lang,
                    "notice-drafts-not-set-aside",
                    &[("reason", os_reason(lang, reason).into())],
                ),
            });
            text
        }
        OpenNotice::NotRemembered { file, error } => tr_args(
            lang,
            "notice-not-remembered",
            &[
                ("file", path_arg(file)),
                ("cause", write_cause(lang, error).into()),
            ],
        ),
    }
}

/// Why the newer copy in the recovery folder was not recovered.
pub fn not_recovered(lang: Lang, e: &NotRecovered) -> String {
    let reason = match &e.why {
        NotRecoveredWhy::ReadOnly(why) => read_only(lang, why),
        NotRecoveredWhy::NotMerged(error) => import_error(lang, error),
        NotRecoveredWhy::NotSaved(not_saved) => unsaved(lang, not_saved, &e.file),
    };
    tr_args(
        lang,
        "recovery-not-recovered",
        &[("file", path_arg(&e.file)), ("reason", reason.into())],
    )
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
        JoinError::Share(e) => share_error(lang, e),
        JoinError::Shared(error) => file_error(lang, error),
    }
}

/// Why a café was not shared in a folder, to follow "The café is not shared: ".
pub fn share_error(lang: Lang, e: &ShareError) -> String {
    match e {
        ShareError::ReadOnly(why) => read_only(lang, why),
        ShareError::NotAFolder(folder) => tr_args(
            lang,
            "share-error-not-a-folder",
            &[("folder", path_arg(folder))],
        ),
        ShareError::Missing(folder) => {
            tr_args(lang, "share-error-missing", &[("folder", path_arg(folder))])
        }
        ShareError::Folder { folder, reason } => tr_args(
            lang,
            "share-error-folder",
            &[
                ("folder", path_arg(folder)),
                ("reason", os_reason(lang, reason).into()),
            ],
        ),
    }
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

/// Why a café file was not changed from outside its window (`cafe-host merge`, an action
/// marked done in the review), with what to do when the café is open in another window:
/// `open_hint` is that advice's message.
pub fn edit_error(lang: Lang, e: &EditError, open_hint: &str) -> String {
    let file = || ("file", path_arg(&e.path));
    let mut text = match &e.why {
        EditWhy::Locked(LockProblem::Held(Blocked::OtherHost(h))) => tr_args(
            lang,
            "edit-error-other-computer",
            &[file(), ("host", h.host.clone().into())],
        ),
        EditWhy::Locked(problem) => tr_args(
            lang,
            "edit-error-locked",
            &[file(), ("lock", lock_problem(lang, problem).into())],
        ),
        EditWhy::File(error) => file_error(lang, error),
        EditWhy::KeptAsRead(kept) => tr_args(
            lang,
            "edit-error-kept-as-read",
            &[file(), ("reason", kept_as_read(lang, kept).into())],
        ),
        EditWhy::NotSaved(Some(error)) => tr_args(
            lang,
            "edit-error-not-saved",
            &[file(), ("why", write_trouble(lang, error).into())],
        ),
        EditWhy::NotSaved(None) => tr_args(lang, "edit-error-not-saved-in-time", &[file()]),
        EditWhy::NoSuchAction => tr_args(lang, "edit-error-no-such-action", &[file()]),
        EditWhy::Import { from, error } => tr_args(
            lang,
            "edit-error-import",
            &[
                file(),
                ("from", path_arg(from)),
                ("error", import_error(lang, error).into()),
            ],
        ),
        EditWhy::PermissionsForbid => tr_args(lang, "edit-error-permissions", &[file()]),
    };
    if e.is_open_here() {
        text.push(' ');
        text.push_str(&tr(lang, open_hint));
    }
    text
}
