//! Closing a café and the window: saving first, and asking the person when saving fails.

use std::time::Duration;

use crate::i18n::tr_args;
use crate::ui::command::CloseChoice;
use crate::ui::editor::Leaving;
use crate::ui::notices::Topic;
use crate::ui::{CafeApp, Page, attendance, closing, tables};

impl CafeApp {
    /// Close the open café: save, unlock, and go back to Home. If its last changes cannot be
    /// saved, it stays open and the person is told (nothing is lost by going Home).
    pub(in crate::ui) fn close_cafe(&mut self) {
        self.keep_drafts(true);
        self.save_before_closing(Duration::from_secs(5));
        let Some(cafe) = self.cafe.take() else { return };
        if let Err((cafe, unsaved)) = cafe.close(Duration::from_secs(5)) {
            let error = crate::ui::trouble::unsaved(self.lang, &unsaved, cafe.path());
            self.cafe = Some(*cafe);
            self.notices.error_about(
                Topic::Saving,
                tr_args(
                    self.lang,
                    "notice-cafe-stays-open",
                    &[("error", error.into())],
                ),
            );
            return;
        }
        self.notices.clear(Topic::OpenCafe);
        if let Err(reason) = crate::session::forget_last_open(&self.data) {
            self.notices.error(tr_args(
                self.lang,
                "notice-may-reopen",
                &[(
                    "error",
                    crate::ui::trouble::os_reason(self.lang, &reason).into(),
                )],
            ));
        }
        self.projector = crate::ui::Projector::default();
        self.page = Page::Presenter;
        self.table_mode = None;
        self.tables = tables::TablesState::default();
        self.attendance = attendance::AttendanceState::default();
        let today = self.now().with_timezone(&chrono::Local).date_naive();
        self.home.refresh_for(&self.data, today);
    }

    /// Save the café's last changes before it closes, so the review forgets words taken out
    /// of it before the café is let go.
    fn save_before_closing(&mut self, timeout: Duration) {
        if let Some(cafe) = &mut self.cafe
            && cafe.hid_words()
            && cafe.flush(timeout).is_ok()
        {
            self.forget_stale_review_text();
        }
    }

    /// The window is closing: save and unlock; keep trying briefly if the disk is slow. A
    /// guide's unsaved changes stay on disk, to be offered back at the next start.
    pub(in crate::ui) fn close_for_exit(&mut self) {
        self.keep_drafts(true);
        if let Some(editor) = self.editor.take() {
            editor.open.close(true, self.now());
        }
        if let Some(place) = self.window.place()
            && self.prefs.window != Some(place)
        {
            self.prefs.window = Some(place);
            // The window is going: nobody is left to read a notice.
            if let Err(p) = self.prefs.save(&self.data) {
                log::warn!(
                    "where the window was is not remembered: {}: {}",
                    p.file.display(),
                    p.why
                );
            }
        }
        self.save_before_closing(Duration::from_secs(10));
        if let Some(cafe) = self.cafe.take()
            && let Err((cafe, error)) = cafe.close(Duration::from_secs(10))
        {
            log::error!("the café's last changes could not be saved before closing: {error}");
            // Its recovery copy holds them; the lock is left for the next start to notice.
            drop(cafe);
        }
    }

    /// The window was asked to close: close at once when everything is saved, otherwise keep
    /// the window and ask what to do.
    pub(in crate::ui) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) {
            return;
        }
        self.keep_drafts(true);
        if let Some(editor) = &mut self.editor
            && !self.stopping
            && editor.open.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.leave_editor(Leaving::Quit);
            return;
        }
        let Some(cafe) = &mut self.cafe else {
            self.close_for_exit();
            return;
        };
        // Waits up to two seconds for the last changes; what is still not saved is told.
        let flushed = cafe.flush(Duration::from_secs(2));
        match cafe.unsaved() {
            None => self.close_for_exit(),
            Some(unsaved) => {
                if let Err(e) = flushed {
                    log::warn!("closing: {e}");
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.closing = Some(closing::ClosingState::new(unsaved, cafe.path()));
            }
        }
    }

    /// Messages about saving and recovery go once what they told of no longer holds.
    pub(in crate::ui) fn clear_stale_notices(&mut self) {
        if self.cafe.as_ref().is_some_and(|c| c.unsaved().is_none()) {
            self.notices.clear(Topic::Saving);
        }
        if self.recoveries.is_empty() {
            self.notices.clear(Topic::Recovery);
        }
    }

    /// While the closing panel is shown, it tells what is not saved now; once everything is,
    /// the window closes as it was asked to.
    pub(in crate::ui) fn follow_closing(&mut self, ctx: &egui::Context) {
        let Some(closing) = &mut self.closing else {
            return;
        };
        match self
            .cafe
            .as_ref()
            .and_then(crate::session::OpenCafe::unsaved)
        {
            Some(unsaved) => closing.update(unsaved),
            None => {
                self.closing = None;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    pub(super) fn closing_choice(&mut self, choice: CloseChoice) {
        match choice {
            CloseChoice::KeepTrying => self.closing = None,
            CloseChoice::SaveCopy(target) => {
                let Some(cafe) = &self.cafe else { return };
                match cafe.save_copy_as(&target) {
                    Ok(()) => {
                        self.notices.info(tr_args(
                            self.lang,
                            "notice-copy-saved",
                            &[("path", target.display().to_string().into())],
                        ));
                        if let Some(cafe) = self.cafe.take() {
                            cafe.abandon();
                        }
                        self.closing = None;
                        self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                    }
                    Err(e) => {
                        if let Some(closing) = &mut self.closing {
                            closing.failed(tr_args(
                                self.lang,
                                "closing-copy-not-saved",
                                &[(
                                    "cause",
                                    crate::ui::trouble::write_trouble(self.lang, &e).into(),
                                )],
                            ));
                        }
                    }
                }
            }
            CloseChoice::QuitAnyway => {
                if let Some(cafe) = self.cafe.take() {
                    cafe.abandon();
                }
                self.closing = None;
                self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}
