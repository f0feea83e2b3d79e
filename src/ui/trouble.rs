//! The words for what went wrong with saving, with a café's lock, and what opening a café has
//! to say: the store and the session hand over facts ([`SaveError`], [`LockLost`],
//! [`ReadOnlyWhy`], [`OpenNotice`]), and every screen that tells them words them here, in the
//! interface's language.

use std::path::Path;

use crate::i18n::{FluentValue, Lang, tr, tr_args};
use crate::session::{OpenNotice, ReadOnlyWhy, Unsaved};
use crate::store::lock::{Blocked, Holder, LockLost};
use crate::store::saver::{SaveError, WriteCause, WriteError};

fn path_arg(path: &Path) -> FluentValue<'static> {
    path.display().to_string().into()
}

/// Why a write failed: "the folder /media/stick is missing".
pub fn write_cause(lang: Lang, e: &WriteError) -> String {
    let key = match &e.cause {
        WriteCause::Full => "save-cause-full",
        WriteCause::NotAFolder => "save-cause-not-a-folder",
        WriteCause::NoPermission => "save-cause-no-permission",
        WriteCause::ReadOnlyDisk => "save-cause-read-only-disk",
        WriteCause::Missing => "save-cause-missing",
        WriteCause::Other(_) => "save-cause-other",
    };
    let error = match &e.cause {
        WriteCause::Other(error) => error.clone(),
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

/// Why half-typed notes are not kept on disk: the disk's trouble, without what saving the
/// café does about it (the café itself may be saved).
pub fn drafts_error(lang: Lang, e: &SaveError) -> String {
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
            &[("cause", drafts_error(lang, e).into())],
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
            &[("error", reason.clone().into())],
        ),
        ReadOnlyWhy::NoLock(error) => tr_args(
            lang,
            "read-only-no-lock",
            &[("error", error.clone().into())],
        ),
        ReadOnlyWhy::RecoveryCopy(original) => tr_args(
            lang,
            "read-only-recovery-copy",
            &[("file", path_arg(original))],
        ),
        ReadOnlyWhy::File(reason) => reason.clone(),
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
        OpenNotice::Said(text) => text.clone(),
    }
}
