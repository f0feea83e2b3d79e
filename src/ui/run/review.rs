//! What the review screens and the exports ask of the app: reopening a café, marking its
//! actions done, saving and deleting exports.

use std::path::Path;
use std::time::Duration;

use crate::i18n::tr_args;
use crate::ui::CafeApp;
use crate::ui::command::{AttendanceExport, Request};

impl CafeApp {
    /// What a review screen asked for: reopening a café leaves the review for it. An action
    /// of the café open in this window is marked done through the open café, which owns its
    /// file (its lock would refuse any other writer).
    pub(super) fn review(&mut self, request: crate::ui::review::ReviewRequest) {
        use crate::ui::review::ReviewRequest;
        if let ReviewRequest::Reopen { path } = request {
            self.past = None;
            self.run(Request::Open(path));
            return;
        }
        if let ReviewRequest::SetActionDone {
            path,
            commitment,
            done,
        } = &request
            && self
                .cafe
                .as_ref()
                .is_some_and(|c| same_file(c.path(), path))
        {
            self.mark_open_action(path, *commitment, *done);
            return;
        }
        let Some(past) = &mut self.past else { return };
        match past.handle(request) {
            Ok(Some(message)) => self.notices.info(message),
            Ok(None) => {}
            Err(e) => self.notices.error(e),
        }
    }

    /// Mark an action of the open café done (or open again) and wait briefly for the save,
    /// so the review reads it back from the file.
    fn mark_open_action(&mut self, path: &Path, id: uuid::Uuid, done: bool) {
        let now = self.now();
        let Some(cafe) = &mut self.cafe else { return };
        let change = crate::live::Command::Record(crate::live::RecordCommand::SetCommitmentDone {
            id,
            done,
        });
        match cafe.apply(change, now) {
            Ok(_) => {
                if let Err(unsaved) = cafe.flush(Duration::from_secs(2)) {
                    let error = crate::ui::trouble::unsaved(self.lang, &unsaved, cafe.path());
                    self.notices.error(error);
                    return;
                }
                if let Some(past) = &mut self.past {
                    let message = past.action_marked(id, done, path);
                    self.notices.info(message);
                }
            }
            Err(refused) => self
                .notices
                .error(crate::ui::trouble::refused(self.lang, &refused.0)),
        }
    }

    pub(super) fn delete_named_exports(&mut self) {
        let folder = self.data.exports();
        match crate::store::exports::with_names(&folder) {
            Ok(files) => {
                let deleted = crate::store::exports::delete(&files);
                let words = crate::ui::trouble::deleted_exports(self.lang, &deleted);
                if deleted.failed.is_empty() {
                    self.notices.info(words);
                } else {
                    self.notices.error(words);
                }
            }
            Err(reason) => self.notices.error(crate::ui::trouble::exports_unreadable(
                self.lang, &folder, &reason,
            )),
        }
        self.attendance.recheck_exports();
    }

    /// Save the attendance report (HTML or CSV, names or not) or a blank sheet to sign, to the
    /// exports folder, named for what it is.
    pub(super) fn export_attendance(&mut self, kind: AttendanceExport, names: bool) {
        use crate::export::attendance::{
            BLANK_SHEET_ROWS, Privacy, attendance_html, blank_sign_in_sheet_html, csv,
        };
        use crate::export::{Holds, Subject};
        let Some(cafe) = &self.cafe else { return };
        let session = &cafe.live().session;
        let privacy = Privacy { names };
        let w = crate::export::Words(self.lang);
        let text = match kind {
            AttendanceExport::Report => Ok(attendance_html(session, privacy, w)),
            AttendanceExport::Csv => csv(session, privacy, w),
            AttendanceExport::BlankSheet => {
                Ok(blank_sign_in_sheet_html(session, BLANK_SHEET_ROWS, w))
            }
        };
        let text = match text {
            Ok(text) => text,
            Err(e) => {
                let error = [("error", e.into())];
                self.notices
                    .error(tr_args(self.lang, "notice-not-exported", &error));
                return;
            }
        };
        let (holds, extension) = match kind {
            AttendanceExport::Report => (Holds::Attendance, "html"),
            AttendanceExport::Csv => (Holds::Attendance, "csv"),
            AttendanceExport::BlankSheet => (Holds::BlankSignInSheet, "html"),
        };
        let name = Subject::Cafe(cafe.path()).file_name(holds, names, extension);
        let dir = self.data.exports();
        let path = dir.join(name);
        let result = crate::store::atomic::ensure_private_dir(&dir)
            .map_err(|e| crate::ui::trouble::export_folder(self.lang, &dir, &e))
            .and_then(|()| {
                crate::export::write_export(&path, &text)
                    .map_err(|e| crate::ui::trouble::export_write(self.lang, &e))
            });
        match result {
            Ok(()) => {
                let saved = [("path", path.display().to_string().into())];
                self.notices
                    .info(tr_args(self.lang, "notice-export-saved", &saved));
                self.attendance.recheck_exports();
            }
            Err(e) => {
                let error = [("error", e.into())];
                self.notices
                    .error(tr_args(self.lang, "notice-not-saved", &error));
            }
        }
    }
}

/// Whether two paths name the same file (a relative path, a link, `..` in it).
fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || matches!(
            (std::fs::canonicalize(a), std::fs::canonicalize(b)),
            (Ok(a), Ok(b)) if a == b
        )
}
