//! Carrying out commands: the one place where the window's state and the café change.

use std::path::Path;
use std::time::Duration;

use super::command::{AppCommand, AttendanceExport, CloseChoice, RecoverChoice};
use super::editor::{EditorKey, Leaving};
use super::notices::Topic;
use super::{CafeApp, Page, attendance, closing, tables};
use crate::i18n::tr_args;
use crate::model::{Guide, SessionDetails};
use crate::session::{Notify, OpenCafe, Opened};

impl CafeApp {
    /// Carry out one command.
    pub fn run(&mut self, command: AppCommand) {
        if let Some(change) = command.cafe_command() {
            let erasing = matches!(change, crate::live::Command::EraseAllPersonalData);
            self.change_cafe(change);
            if erasing {
                // Exports written earlier still hold the names: the list under the button says so.
                self.attendance.recheck_exports();
            }
            return;
        }
        match command {
            AppCommand::ToggleProjector => self.toggle_projector(),
            AppCommand::ShowPresenter => self.show_page(Page::Presenter),
            AppCommand::ShowTables => self.show_page(Page::Tables),
            AppCommand::ShowHarvest => self.show_page(Page::Harvest),
            AppCommand::ShowSignIn => self.show_page(Page::SignIn),
            AppCommand::SelectTable(n) => {
                let Some(live) = self.cafe.as_ref().map(OpenCafe::live) else {
                    return;
                };
                let tables = &live.session.tables;
                if !tables.iter().any(|t| t.number == u32::from(n)) {
                    // Ctrl+7 at a café of six tables: say so rather than do nothing.
                    let message = tr_args(
                        self.lang,
                        "notice-no-such-table",
                        &[("number", n.into()), ("count", tables.len().into())],
                    );
                    self.notices.info(message);
                    return;
                }
                if let Some(edit) = self.tables.select_number(live, u32::from(n)) {
                    self.change_cafe(edit);
                }
            }
            AppCommand::TagNextNote(tag) => self.tables.toggle_next_tag(tag),
            AppCommand::AddNote => {
                if let Some(command) = self
                    .cafe
                    .as_ref()
                    .and_then(|c| self.tables.take_note(c.live()))
                {
                    self.change_cafe(command);
                }
            }
            AppCommand::SaveNoteEdit => {
                if let Some(command) = self.tables.finish_edit(true) {
                    self.change_cafe(command);
                }
            }
            AppCommand::CancelNoteEdit => self.tables.cancel_edit(),
            AppCommand::CheckIn => {
                if let Some(cafe) = &self.cafe
                    && let Some(command) = self.attendance.submit(cafe.live(), self.now())
                {
                    self.change_cafe(command);
                }
            }
            AppCommand::SuggestionDown => self.attendance.move_suggestion(1),
            AppCommand::SuggestionUp => self.attendance.move_suggestion(-1),
            AppCommand::PickSuggestion => {
                if let Some(cafe) = &self.cafe {
                    self.attendance.pick_suggestion(cafe.live());
                }
            }
            AppCommand::Help => self.help = !self.help,
            AppCommand::Escape => {
                if self.help {
                    self.help = false;
                } else if self.projector.fullscreen.is_some() {
                    self.run(AppCommand::Fullscreen(None));
                }
            }
            AppCommand::Quit => self.ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            AppCommand::GoHome => self.close_cafe(),
            AppCommand::Start { guide, details } => self.start(*guide, details),
            AppCommand::Open(path) => {
                self.table_mode = None;
                self.open(&path);
            }
            AppCommand::OpenTable(path, number) => self.open_table(&path, number),
            AppCommand::Import(path) => self.import(&path),
            AppCommand::TakeOver(path) => {
                self.close_cafe();
                if self.cafe.is_none() {
                    let opened = OpenCafe::take_over(&self.data, &path, self.notify());
                    self.install(opened);
                }
            }
            AppCommand::Recover(index, choice) => self.recover(index, choice),
            AppCommand::Fullscreen(monitor) => self.fullscreen(monitor),
            AppCommand::RefreshMonitors => self.refresh_monitors = true,
            AppCommand::DismissNotice(index) => self.notices.dismiss(index),
            AppCommand::ExportAttendance { kind, names } => self.export_attendance(kind, names),
            AppCommand::Closing(choice) => self.closing_choice(choice),
            AppCommand::DeleteNamedExports => self.delete_named_exports(),
            AppCommand::SetLanguage(lang) => {
                self.lang = lang;
                self.prefs.language = Some(lang.code().to_owned());
                self.remember_preferences();
            }
            AppCommand::ShowPastCafes => {
                self.past = match self.past.take() {
                    Some(_) => None,
                    None if self.table_mode.is_some() => None,
                    None => Some(super::past_cafes::PastCafes::new(
                        &self.data,
                        &self.prefs.review_folders,
                        &self.ctx,
                    )),
                };
            }
            AppCommand::Review(request) => self.review(*request),
            AppCommand::Shared(request) => self.shared(request),
            AppCommand::Guides(request) => self.guides(*request),
            AppCommand::UndoEdit => self.editor_key(EditorKey::Undo),
            AppCommand::RedoEdit => self.editor_key(EditorKey::Redo),
            AppCommand::SaveGuide => self.editor_key(EditorKey::Save),
            AppCommand::MoveStepUp => self.editor_key(EditorKey::MoveUp),
            AppCommand::MoveStepDown => self.editor_key(EditorKey::MoveDown),
            AppCommand::AddPastFolder(folder) => {
                if let Some(past) = &mut self.past {
                    past.add_folder(folder.clone());
                }
                if !self.prefs.review_folders.contains(&folder) {
                    self.prefs.review_folders.push(folder);
                    self.remember_preferences();
                }
            }
            // Changes to the café were handled above.
            _ => {}
        }
    }

    /// Save the remembered choices; when that fails, say so (the choice still applies now).
    pub(super) fn remember_preferences(&mut self) {
        if let Err(p) = self.prefs.save(&self.data) {
            self.notices.error(crate::i18n::tr_args(
                self.lang,
                "notice-preferences-not-saved",
                &[
                    ("file", p.file.display().to_string().into()),
                    ("error", p.why.into()),
                ],
            ));
        }
    }

    /// Apply a change to the open café; a read-only copy refuses it in plain words.
    fn change_cafe(&mut self, change: crate::live::Command) {
        let now = self.now();
        let Some(cafe) = &mut self.cafe else { return };
        if let Err(refused) = cafe.apply(change, now) {
            self.notices
                .error(super::trouble::refused(self.lang, &refused.0));
        }
        if cafe.take_refused_undo() {
            self.notices
                .info(crate::i18n::tr(self.lang, "notice-undo-newer-elsewhere"));
        }
    }

    fn show_page(&mut self, page: Page) {
        if self.cafe.is_none() || (self.table_mode.is_some() && page != Page::Tables) {
            return;
        }
        self.page = page;
        match page {
            Page::Tables => self.tables.focus_note_box(),
            Page::SignIn => {
                self.attendance.recheck_exports();
                if let Some(cafe) = &self.cafe {
                    let id = cafe.live().session.id;
                    self.attendance.load_people(&self.ctx, &self.data, id);
                }
            }
            Page::Presenter | Page::Harvest => {}
        }
    }

    fn toggle_projector(&mut self) {
        if self.cafe.is_none() || self.table_mode.is_some() {
            return;
        }
        self.projector.open = !self.projector.open;
        if self.projector.open {
            self.projector.placing = true;
            self.refresh_monitors = true;
        } else {
            self.projector.fullscreen = None;
        }
        self.remember_projector();
    }

    fn fullscreen(&mut self, monitor: Option<usize>) {
        let id = super::projector::viewport_id();
        self.projector.open = true;
        match monitor {
            Some(index) => {
                self.ctx
                    .send_viewport_cmd_to(id, egui::ViewportCommand::SetMonitor(index));
                self.projector.fullscreen = Some(index);
            }
            None => {
                self.projector.fullscreen = None;
                self.ctx
                    .send_viewport_cmd_to(id, egui::ViewportCommand::Fullscreen(false));
            }
        }
        self.remember_projector();
    }

    /// Keep the projector's window and screen with the café (not for a read-only copy, which
    /// may still use the projector).
    fn remember_projector(&mut self) {
        let now = self.now();
        let (open, fullscreen_on) = (self.projector.open, self.projector.fullscreen_name());
        if let Some(cafe) = self.cafe.as_mut().filter(|c| c.read_only().is_none())
            && let Err(refused) = cafe.apply(
                crate::live::Command::SetProjectorWindow {
                    open,
                    fullscreen_on,
                },
                now,
            )
        {
            self.notices
                .error(super::trouble::refused(self.lang, &refused.0));
        }
    }

    pub(super) fn notify(&self) -> Notify {
        let ctx = self.ctx.clone();
        std::sync::Arc::new(move || ctx.request_repaint())
    }

    /// Show a newly opened café (closing the one before).
    pub(super) fn install(&mut self, opened: Result<Opened, String>) {
        match opened {
            Ok((mut cafe, notices)) => {
                cafe.settle_clock((self.clock)());
                for notice in notices {
                    let text = super::trouble::open_notice(self.lang, &notice);
                    self.notices.info_about(Topic::OpenCafe, text);
                }
                self.tables = tables::TablesState::with_drafts(cafe.kept_drafts());
                let settings = &cafe.live().session.projector;
                if settings.open && self.table_mode.is_none() {
                    self.projector.open = true;
                    self.projector.wanted.clone_from(&settings.fullscreen_on);
                    self.refresh_monitors = true;
                }
                self.cafe = Some(cafe);
                self.share_again();
            }
            Err(e) => self.notices.error(e),
        }
    }

    fn start(&mut self, guide: Guide, details: SessionDetails) {
        self.close_editor(true);
        self.close_cafe();
        if self.cafe.is_some() {
            return;
        }
        let opened = OpenCafe::start(&self.data, guide, details, self.now(), self.notify());
        self.install(opened);
        self.report_on_last_cafe();
    }

    /// A café of a series opens, after the welcome, with what came of the last one.
    fn report_on_last_cafe(&mut self) {
        let Some(cafe) = &self.cafe else { return };
        let session = &cafe.live().session;
        let Some(last) =
            crate::review::series::last_of(&self.data.sessions(), session.series_name(), session)
        else {
            return;
        };
        let said = crate::model::YouSaid::after(&last, self.now());
        self.change_cafe(crate::live::Command::SetYouSaid(Some(Box::new(said))));
    }

    fn open(&mut self, path: &Path) {
        if self.cafe.as_ref().is_some_and(|c| c.path() == path) {
            return;
        }
        // A guide being edited keeps its unsaved changes on disk; Home offers them back.
        self.close_editor(true);
        self.close_cafe();
        if self.cafe.is_some() {
            return;
        }
        let opened = OpenCafe::open(&self.data, path, self.notify());
        self.install(opened);
    }

    fn open_table(&mut self, path: &Path, number: u32) {
        self.open(path);
        let Some(cafe) = &self.cafe else { return };
        let tables = &cafe.live().session.tables;
        if tables.iter().any(|t| t.number == number) {
            self.table_mode = Some(number);
            self.page = Page::Tables;
            self.tables.focus_note_box();
        } else {
            let message = tr_args(
                self.lang,
                "notice-no-such-table",
                &[("number", number.into()), ("count", tables.len().into())],
            );
            self.close_cafe();
            self.notices.error(message);
        }
    }

    fn import(&mut self, path: &Path) {
        let Some(cafe) = &mut self.cafe else { return };
        match cafe.import(path) {
            Ok(report) if report.total() == 0 => self
                .notices
                .info(crate::i18n::tr(self.lang, "nav-imported-nothing")),
            Ok(report) => self.notices.info(crate::i18n::tr_args(
                self.lang,
                "nav-imported",
                &[
                    (
                        "counts",
                        crate::i18n::merge_counts(self.lang, &report).into(),
                    ),
                    ("file", path.display().to_string().into()),
                ],
            )),
            Err(message) => self.notices.error(message),
        }
    }

    fn recover(&mut self, index: usize, choice: RecoverChoice) {
        if index >= self.recoveries.len() {
            return;
        }
        self.close_cafe();
        if self.cafe.is_some() {
            return;
        }
        match choice {
            RecoverChoice::Recover => {
                let pending = self.recoveries.remove(index);
                match OpenCafe::recover(&self.data, &pending, self.notify()) {
                    Ok((opened, brought)) => {
                        self.install(Ok(opened));
                        if brought.total() > 0 {
                            self.notices.info(crate::i18n::count(
                                self.lang,
                                "notice-recovered-both",
                                brought.total(),
                            ));
                        }
                    }
                    Err(e) => {
                        self.recoveries.insert(index, pending);
                        self.notices.error_about(Topic::Recovery, e);
                    }
                }
            }
            RecoverChoice::LastSaved => {
                let pending = self.recoveries.remove(index);
                crate::store::recovery::discard(&pending.copy);
                self.open(&pending.original);
            }
            RecoverChoice::ReadOnly => {
                let opened =
                    OpenCafe::look_at_recovery(&self.data, &self.recoveries[index], self.notify());
                self.install(Ok(opened));
            }
        }
    }

    /// Close the open café: save, unlock, and go back to Home. If its last changes cannot be
    /// saved, it stays open and the person is told (nothing is lost by going Home).
    pub(super) fn close_cafe(&mut self) {
        self.keep_drafts(true);
        self.save_before_closing(Duration::from_secs(5));
        let Some(cafe) = self.cafe.take() else { return };
        if let Err((cafe, unsaved)) = cafe.close(Duration::from_secs(5)) {
            let error = super::trouble::unsaved(self.lang, &unsaved, cafe.path());
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
        if let Err(e) = crate::session::forget_last_open(&self.data) {
            self.notices.error(e);
        }
        self.projector = super::Projector::default();
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
    pub(super) fn close_for_exit(&mut self) {
        self.keep_drafts(true);
        if let Some(editor) = self.editor.take() {
            editor.open.close(true, self.now());
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
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
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
    pub(super) fn clear_stale_notices(&mut self) {
        if self.cafe.as_ref().is_some_and(|c| c.unsaved().is_none()) {
            self.notices.clear(Topic::Saving);
        }
        if self.recoveries.is_empty() {
            self.notices.clear(Topic::Recovery);
        }
    }

    /// While the closing panel is shown, it tells what is not saved now; once everything is,
    /// the window closes as it was asked to.
    pub(super) fn follow_closing(&mut self, ctx: &egui::Context) {
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

    fn closing_choice(&mut self, choice: CloseChoice) {
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
                            closing.failed(e);
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

    /// What a review screen asked for: reopening a café leaves the review for it. An action
    /// of the café open in this window is marked done through the open café, which owns its
    /// file (its lock would refuse any other writer).
    fn review(&mut self, request: super::review::ReviewRequest) {
        use super::review::ReviewRequest;
        if let ReviewRequest::Reopen { path } = request {
            self.past = None;
            self.run(AppCommand::Open(path));
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
                    let error = super::trouble::unsaved(self.lang, &unsaved, cafe.path());
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
                .error(super::trouble::refused(self.lang, &refused.0)),
        }
    }

    fn delete_named_exports(&mut self) {
        match crate::store::exports::with_names(&self.data.exports()) {
            Ok(files) => {
                let deleted = crate::store::exports::delete(&files);
                self.notices.info(deleted.summary());
            }
            Err(e) => self.notices.error(e),
        }
        self.attendance.recheck_exports();
    }

    /// Save the attendance report (HTML or CSV, names or not) or a blank sheet to sign, to the
    /// exports folder, named for what it is.
    fn export_attendance(&mut self, kind: AttendanceExport, names: bool) {
        use crate::export::attendance::{
            BLANK_SHEET_ROWS, Privacy, attendance_html, blank_sign_in_sheet_html, csv,
        };
        use crate::export::{Holds, Subject};
        let Some(cafe) = &self.cafe else { return };
        let session = &cafe.live().session;
        let privacy = Privacy { names };
        let text = match kind {
            AttendanceExport::Report => Ok(attendance_html(session, privacy)),
            AttendanceExport::Csv => csv(session, privacy),
            AttendanceExport::BlankSheet => Ok(blank_sign_in_sheet_html(session, BLANK_SHEET_ROWS)),
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
            .map_err(|e| crate::store::saver::plain_save_error(&path, &e))
            .and_then(|()| crate::export::write_export(&path, &text).map_err(|e| e.to_string()));
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
