//! The café's files while it is open: starting, opening and closing a café, the lock, the
//! background saves of the session and of half-typed notes, recovery copies, imports and exports.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::{CafeApp, LAST_OPEN_FILE, LiveView, RecoverChoice, attendance, tables};
use crate::live::LiveState;
use crate::model::{Guide, Session, SessionDetails};
use crate::store::drafts;
use crate::store::load_session;
use crate::store::lock::{LockError, SessionLock};
use crate::store::recovery;
use crate::store::saver::Saver;

/// A session open in the presenter, with its file and saver.
pub struct OpenSession {
    pub live: LiveState,
    pub path: PathBuf,
    /// Why this copy must not be written, if it must not.
    pub read_only: Option<String>,
    pub(super) saver: Saver,
    pub(super) sent_revision: Option<u64>,
    /// Held while this app may write the file; `None` when read-only.
    pub(super) lock: Option<SessionLock>,
    /// Half-typed notes: their file, their own saver, and what was last handed to it.
    pub(super) drafts: DraftsFile,
}

/// Where half-typed notes are kept while a café is open.
pub(super) struct DraftsFile {
    pub(super) path: PathBuf,
    pub(super) saver: Saver,
    pub(super) sent: drafts::Drafts,
    pub(super) revision: u64,
    /// The drafts as last looked at, and when they last changed: saving waits for a pause.
    pub(super) seen: drafts::Drafts,
    pub(super) last_change: std::time::Instant,
    /// When the drafts first differed from what was sent.
    pub(super) first_unsent: Option<std::time::Instant>,
}

/// Drafts are written after this long without typing, or at the latest after [`DRAFTS_MAX_WAIT`].
const DRAFTS_PAUSE: Duration = Duration::from_millis(400);
const DRAFTS_MAX_WAIT: Duration = Duration::from_secs(2);

impl CafeApp {
    pub(super) fn export_attendance(&mut self, html: bool, names: bool) {
        use crate::export::attendance::{Privacy, attendance_html, csv};
        let Some(open) = &self.open else { return };
        let privacy = Privacy { names };
        let (text, ext) = if html {
            (attendance_html(&open.live.session, privacy), "html")
        } else {
            match csv(&open.live.session, privacy) {
                Ok(text) => (text, "csv"),
                Err(e) => {
                    self.notices.push(format!("Not exported: {e}"));
                    return;
                }
            }
        };
        let stem = open
            .path
            .file_stem()
            .map_or_else(|| "cafe".into(), |s| s.to_string_lossy().into_owned());
        let kind = if names { "with-names" } else { "counts" };
        let dir = self.data.root.join("exports");
        let path = dir.join(format!("{stem}-attendance-{kind}.{ext}"));
        let result = crate::store::atomic::ensure_private_dir(&dir)
            .map_err(|e| crate::store::saver::plain_save_error(&path, &e))
            .and_then(|()| crate::export::write_export(&path, &text));
        self.notices.push(match result {
            Ok(()) => format!("Saved {}", path.display()),
            Err(e) => format!("Not saved: {e}"),
        });
    }

    pub(super) fn import(&mut self, path: &Path) {
        let Some(open) = &mut self.open else { return };
        if path == open.path {
            self.notices
                .push("That is this café's own file; choose the other laptop's copy.".to_owned());
            return;
        }
        let message = match load_session(path) {
            Ok(other) => match open.live.merge(&other.session) {
                Ok(report) if report.total() == 0 => {
                    "Nothing new: every note in that copy is already here.".to_owned()
                }
                Ok(report) => format!(
                    "Imported {} notes, {} themes and {} commitments (new or newer) from {}.",
                    report.notes,
                    report.themes,
                    report.commitments,
                    path.display()
                ),
                Err(e) => format!("Not imported: {e}."),
            },
            Err(e) => format!("Could not import. {}", e.plain()),
        };
        self.notices.push(message);
    }

    pub(super) fn recover(&mut self, index: usize, choice: RecoverChoice) {
        if index >= self.recoveries.len() {
            return;
        }
        let pending = self.recoveries.remove(index);
        match choice {
            RecoverChoice::Recover => {
                let loaded = pending.loaded;
                self.install(loaded.session, pending.original.clone(), loaded.read_only);
                if let Some(open) = &mut self.open {
                    open.sent_revision = None;
                }
                if self.flush(Duration::from_secs(5)) {
                    recovery::discard(&pending.copy);
                }
            }
            RecoverChoice::LastSaved => {
                recovery::discard(&pending.copy);
                self.open_file(&pending.original);
            }
            RecoverChoice::ReadOnly => {
                let reason = format!(
                    "This is the recovery copy of {}, open read-only. Go Home to recover it or let it go.",
                    pending.original.display()
                );
                self.install(
                    pending.loaded.session.clone(),
                    pending.copy.clone(),
                    Some(reason),
                );
                self.recoveries.insert(index, pending);
            }
        }
    }

    pub(super) fn start(&mut self, guide: Guide, details: SessionDetails, now: DateTime<Utc>) {
        let session = Session::new(guide, details, now);
        let path = self.data.sessions().join(session.file_name());
        if let Err(e) = self.data.ensure() {
            self.notices.push(format!(
                "The sessions folder {} could not be created ({e}). The café runs, but is not saved yet.",
                self.data.sessions().display()
            ));
        }
        self.install(session, path, None);
    }

    pub(super) fn open_file(&mut self, path: &Path) {
        if self.open.as_ref().is_some_and(|o| o.path == path) {
            return;
        }
        match load_session(path) {
            Ok(loaded) => self.install(loaded.session, path.to_owned(), loaded.read_only),
            Err(e) => {
                log::warn!("{e}");
                self.notices
                    .push(format!("Could not open the session. {}", e.plain()));
            }
        }
    }

    pub(super) fn install(
        &mut self,
        session: Session,
        path: PathBuf,
        mut read_only: Option<String>,
    ) {
        self.close_session();
        let mut lock = None;
        if read_only.is_none() {
            match SessionLock::acquire(&path) {
                Ok(taken) => {
                    if taken.unclean.is_some() {
                        self.notices.push(format!(
                            "Café Host was not closed properly last time \"{}\" was open. It has been reopened as last saved; every change you confirmed was saved within a second.",
                            session.details.title
                        ));
                    }
                    crate::store::atomic::remove_stale_temps(&path);
                    lock = Some(taken);
                }
                Err(held @ LockError::Held(_)) => {
                    read_only = Some(format!(
                        "Opened read-only: {held}. Close it there to make changes here."
                    ));
                }
                Err(LockError::Io(e)) => {
                    log::warn!("no lock for {}: {e}", path.display());
                }
            }
        }
        if let Some(reason) = &read_only {
            self.notices.push(reason.clone());
        }
        let ctx = self.ctx.clone();
        let saver = Saver::with_recovery(Some(self.data.recovery()), move || ctx.request_repaint());
        let fresh = !path.exists();
        if !fresh {
            let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
            saver.mark_saved(0, modified.map(chrono::DateTime::<chrono::Local>::from));
        }
        let drafts_path = drafts::path(&self.data.drafts(), session.id);
        let kept = drafts::load(&drafts_path);
        if !kept.is_empty() {
            self.notices.push(format!(
                "{} half-typed note(s) from last time are back in their tables' note boxes.",
                kept.len()
            ));
        }
        self.tables = tables::TablesState::default();
        self.tables.drafts = kept.iter().map(|(k, v)| (*k, v.clone())).collect();
        let drafts = DraftsFile {
            path: drafts_path,
            saver: Saver::new(|| {}),
            seen: kept.clone(),
            sent: kept,
            revision: 0,
            last_change: std::time::Instant::now(),
            first_unsent: None,
        };
        self.open = Some(OpenSession {
            drafts,
            live: LiveState::new(session),
            sent_revision: if fresh { None } else { Some(0) },
            path,
            read_only,
            saver,
            lock,
        });
        self.remember_open();
    }

    pub(super) fn close_session(&mut self) {
        if self.open.is_some() {
            self.flush(Duration::from_secs(5));
            if let Some(mut open) = self.open.take() {
                let status = open.saver.status();
                if let Some(error) = status.error
                    && status.saved_revision != Some(open.live.revision)
                {
                    self.notices.push(format!(
                        "The last changes to {} may not be saved: {error}",
                        open.path.display()
                    ));
                }
                if let Some(lock) = open.lock.take() {
                    lock.release();
                }
            }
            let _ = std::fs::remove_file(self.data.root.join(LAST_OPEN_FILE));
            self.projector.open = false;
            self.projector.fullscreen = false;
            self.view = LiveView::Presenter;
            self.table_mode = None;
            self.tables = tables::TablesState::default();
            self.attendance = attendance::AttendanceState::default();
            self.home.refresh(&self.data);
        }
    }

    pub(super) fn remember_open(&self) {
        if let Some(open) = self.open.as_ref().filter(|o| o.read_only.is_none()) {
            let text = open.path.to_string_lossy().into_owned();
            let file = self.data.root.join(LAST_OPEN_FILE);
            if let Err(e) = crate::store::atomic::write_atomic(&file, text.as_bytes()) {
                log::warn!("could not note the open session in {}: {e}", file.display());
            }
        }
    }

    pub(super) fn last_open(&self) -> Option<PathBuf> {
        let text = std::fs::read_to_string(self.data.root.join(LAST_OPEN_FILE)).ok()?;
        let path = PathBuf::from(text.trim());
        path.is_file().then_some(path)
    }

    /// Give the saver the newest text of the session if it changed since last time.
    pub(super) fn queue_save(&mut self) {
        let Some(open) = &mut self.open else { return };
        if open.read_only.is_some() || open.sent_revision == Some(open.live.revision) {
            return;
        }
        // A copy is quick; formatting it as text happens on the saver's thread.
        let copy = Box::new(open.live.session.clone());
        let scrub = std::mem::take(&mut open.live.erased_since_save);
        open.saver
            .save_session(open.path.clone(), open.live.revision, copy, scrub);
        open.sent_revision = Some(open.live.revision);
    }

    /// Keep half-typed notes on disk, after a pause in typing (or `now_too`: at once).
    pub(super) fn save_drafts(&mut self, now_too: bool) {
        let Some(open) = &mut self.open else { return };
        if open.read_only.is_some() {
            return;
        }
        let current: drafts::Drafts = self
            .tables
            .drafts
            .iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(k, v)| (*k, v.clone()))
            .collect();
        let file = &mut open.drafts;
        if current != file.seen {
            file.seen = current.clone();
            file.last_change = std::time::Instant::now();
        }
        if current == file.sent {
            file.first_unsent = None;
            return;
        }
        let first = *file
            .first_unsent
            .get_or_insert_with(std::time::Instant::now);
        let typing = file.last_change.elapsed() < DRAFTS_PAUSE;
        if !now_too && typing && first.elapsed() < DRAFTS_MAX_WAIT {
            self.ctx.request_repaint_after(DRAFTS_PAUSE);
            return;
        }
        match drafts::to_text(&current) {
            Ok(text) => {
                file.revision += 1;
                file.saver.save(file.path.clone(), file.revision, text);
                file.sent = current;
                file.first_unsent = None;
            }
            Err(e) => log::error!("could not write the drafts as text: {e}"),
        }
    }
}
