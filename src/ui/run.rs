//! Carrying out commands: the one place where the window's state and the café change.

use std::path::Path;
use std::time::Duration;

use super::command::{
    AppCommand, AttendanceExport, CloseChoice, Intent, RecoverChoice, Request, select_table,
    tag_next_note,
};
use super::editor::{EditorKey, Leaving};
use super::notices::Topic;
use super::{CafeApp, Page, attendance, closing, tables};
use crate::i18n::tr_args;
use crate::model::{Guide, SessionDetails};
use crate::session::{Notify, OpenCafe, Opened};

impl CafeApp {
    /// Carry out one command or request.
    pub fn run(&mut self, intent: impl Into<Intent>) {
        match intent.into() {
            Intent::Command(command) => self.run_command(command),
            Intent::Request(request) => self.handle(request),
        }
    }

    fn run_command(&mut self, command: AppCommand) {
        use AppCommand as C;
        match command {
            C::NextStep
            | C::PreviousStep
            | C::FirstStep
            | C::LastStep
            | C::Black
            | C::White
            | C::Freeze
            | C::MoveTables
            | C::ToggleTimer
            | C::ResetTimer
            | C::AddMinute
            | C::RemoveMinute
            | C::ShowThemes
            | C::Undo
            | C::Redo => {
                if let Some(change) = command.cafe_command() {
                    self.change_cafe(change);
                }
            }
            C::ShowProjector => self.show_projector(),
            C::CloseProjector => self.close_projector(),
            C::LeaveFullscreen => self.leave_fullscreen(),
            C::TestClicker => {
                self.clicker = match self.clicker.take() {
                    Some(_) => None,
                    None => Some(super::clicker::ClickerTest::default()),
                };
            }
            C::ShowPresenter => self.show_page(Page::Presenter),
            C::ShowTables => self.show_page(Page::Tables),
            C::ShowHarvest => self.show_page(Page::Harvest),
            C::ShowSignIn => self.show_page(Page::SignIn),
            select_table!() => {
                let (Some(live), Some(n)) = (
                    self.cafe.as_ref().map(OpenCafe::live),
                    command.table_number(),
                ) else {
                    return;
                };
                let tables = &live.session.tables;
                if !tables.iter().any(|t| t.number == n) {
                    // Ctrl+7 at a café of six tables: say so rather than do nothing.
                    let message = tr_args(
                        self.lang,
                        "notice-no-such-table",
                        &[("number", n.into()), ("count", tables.len().into())],
                    );
                    self.notices.info(message);
                    return;
                }
                if let Some(edit) = self.tables.select_number(live, n) {
                    self.change_cafe(edit);
                }
            }
            tag_next_note!() => {
                if let Some(tag) = command.tag() {
                    self.tables.toggle_next_tag(tag);
                }
            }
            C::AddNote => {
                if let Some(command) = self
                    .cafe
                    .as_ref()
                    .and_then(|c| self.tables.take_note(c.live()))
                {
                    self.change_cafe(command);
                }
            }
            C::SaveNoteEdit => {
                if let Some(command) = self.tables.finish_edit(true) {
                    self.change_cafe(command);
                }
            }
            C::CancelNoteEdit => self.tables.cancel_edit(),
            C::CheckIn => {
                if let Some(cafe) = &self.cafe
                    && let Some(command) = self.attendance.submit(cafe.live(), self.now())
                {
                    self.change_cafe(command);
                }
            }
            C::SuggestionDown => self.attendance.move_suggestion(1),
            C::SuggestionUp => self.attendance.move_suggestion(-1),
            C::PickSuggestion => {
                if let Some(cafe) = &self.cafe {
                    self.attendance.pick_suggestion(cafe.live());
                }
            }
            C::Help => self.help = !self.help,
            // Esc closes the key list and does nothing else: a clicker sends it too.
            C::Escape => self.help = false,
            C::Quit => self.ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            C::GoHome => self.close_cafe(),
            C::RefreshMonitors => self.refresh_monitors = true,
            C::DeleteNamedExports => self.delete_named_exports(),
            C::GoodbyeCheck => self.toggle_goodbye(),
            super::command::goodbye_answer!() => self.answer_goodbye(command),
            C::UndoEdit => self.editor_key(EditorKey::Undo),
            C::RedoEdit => self.editor_key(EditorKey::Redo),
            C::SaveGuide => self.editor_key(EditorKey::Save),
            C::MoveStepUp => self.editor_key(EditorKey::MoveUp),
            C::MoveStepDown => self.editor_key(EditorKey::MoveDown),
            C::ShowPastCafes => {
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
        }
    }

    fn handle(&mut self, request: Request) {
        match request {
            Request::Cafe(change) => {
                let erasing = matches!(change, crate::live::Command::EraseAllPersonalData);
                self.change_cafe(change);
                if erasing {
                    // Exports written earlier still hold the names: the list under the button
                    // says so.
                    self.attendance.recheck_exports();
                }
            }
            Request::Start { guide, details } => self.start(*guide, details),
            Request::Open(path) => {
                self.table_mode = None;
                self.open(&path);
            }
            Request::OpenTable(path, number) => self.open_table(&path, number),
            Request::Import(path) => self.import(&path),
            Request::TakeOver(path) => {
                self.close_cafe();
                if self.cafe.is_none() {
                    let opened = OpenCafe::take_over(&self.data, &path, self.notify());
                    self.install(opened.map_err(|e| super::trouble::open_error(self.lang, &e)));
                }
            }
            Request::Recover(index, choice) => self.recover(index, choice),
            Request::Fullscreen(monitor) => self.fullscreen(monitor),
            Request::DismissNotice(index) => self.notices.dismiss(index),
            Request::ExportAttendance { kind, names } => self.export_attendance(kind, names),
            Request::Closing(choice) => self.closing_choice(choice),
            Request::SetLanguage(lang) => {
                self.lang = lang;
                self.prefs.language = Some(lang.code().to_owned());
                self.remember_preferences();
            }
            Request::Review(request) => self.review(*request),
            Request::Shared(request) => self.shared(request),
            Request::Guides(request) => self.guides(*request),
            Request::AddPastFolder(folder) => {
                if let Some(past) = &mut self.past {
                    past.add_folder(folder.clone());
                }
                if !self.prefs.review_folders.contains(&folder) {
                    self.prefs.review_folders.push(folder);
                    self.remember_preferences();
                }
            }
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

    /// Open the goodbye check at the door, or leave it for the presenter (the facilitator's
    /// key: nothing a family can tap does this).
    fn toggle_goodbye(&mut self) {
        if self.cafe.is_none() || self.table_mode.is_some() {
            return;
        }
        self.goodbye.reset();
        self.page = if self.page == Page::Goodbye {
            Page::Presenter
        } else {
            Page::Goodbye
        };
    }

    /// Count a family's answer at the door, unless the page is thanking the last family.
    fn answer_goodbye(&mut self, command: AppCommand) {
        let now = self.now();
        let Some(cafe) = &self.cafe else { return };
        if self.page != Page::Goodbye || cafe.read_only().is_some() {
            return;
        }
        let asks_again = cafe.live().session.guide.goodbye.again.is_some();
        let answer = super::goodbye::answer_number(command)
            .and_then(|n| self.goodbye.answer(n, asks_again, now));
        if let Some(answer) = answer {
            self.change_cafe(crate::live::Command::Goodbye(answer));
        }
    }

    fn show_page(&mut self, page: Page) {
        // Only the facilitator's key leaves the goodbye check.
        if self.cafe.is_none()
            || (self.table_mode.is_some() && page != Page::Tables)
            || self.page == Page::Goodbye
        {
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
            Page::Presenter | Page::Harvest | Page::Goodbye => {}
        }
    }

    /// Open the projector window; when it is open, put it back fullscreen on its screen (the
    /// one it last filled, or on a first opening the screen the console is not on). Never
    /// closes it.
    fn show_projector(&mut self) {
        if self.cafe.is_none() || self.table_mode.is_some() {
            return;
        }
        if self.projector.open {
            self.projector.wanted = self
                .projector
                .fullscreen_name()
                .or_else(|| self.projector.last_screen.clone());
        }
        self.projector.open = true;
        self.projector.placing = true;
        self.refresh_monitors = true;
        self.remember_projector();
    }

    fn close_projector(&mut self) {
        if !self.projector.open {
            return;
        }
        self.projector.open = false;
        self.projector.fullscreen = None;
        self.remember_projector();
    }

    /// Put the projector fullscreen on the screen numbered `monitor`.
    fn fullscreen(&mut self, monitor: usize) {
        let id = super::projector::viewport_id();
        self.projector.open = true;
        self.ctx
            .send_viewport_cmd_to(id, egui::ViewportCommand::SetMonitor(monitor));
        self.projector.fullscreen = Some(monitor);
        if let Some(name) = self.projector.fullscreen_name() {
            self.projector.last_screen = Some(name);
        }
        self.remember_projector();
    }

    /// Take the projector out of fullscreen, into a window (F5 puts it back).
    fn leave_fullscreen(&mut self) {
        if self.projector.fullscreen.take().is_none() {
            return;
        }
        let id = super::projector::viewport_id();
        self.ctx
            .send_viewport_cmd_to(id, egui::ViewportCommand::Fullscreen(false));
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
                // The projector comes back with its café, on the same screen; a read-only
                // second copy leaves it to the copy that runs the café.
                let settings = &cafe.live().session.projector;
                if settings.open && cafe.read_only().is_none() {
                    self.projector.open = true;
                    self.projector.wanted.clone_from(&settings.fullscreen_on);
                    self.projector
                        .last_screen
                        .clone_from(&settings.fullscreen_on);
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
        self.install(opened.map_err(|e| super::trouble::open_error(self.lang, &e)));
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
        self.install(opened.map_err(|e| super::trouble::open_error(self.lang, &e)));
    }

    fn open_table(&mut self, path: &Path, number: u32) {
        self.open(path);
        let Some(cafe) = &self.cafe else { return };
        let tables = &cafe.live().session.tables;
        if tables.iter().any(|t| t.number == number) {
            self.table_mode = Some(number);
            self.page = Page::Tables;
            self.tables.focus_note_box();
            // A table's laptop never shows the room's screen.
            self.projector = super::Projector::default();
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
            Err(e) => self
                .notices
                .error(super::trouble::import_error(self.lang, &e)),
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
                        let words = super::trouble::not_recovered(self.lang, &e);
                        self.notices.error_about(Topic::Recovery, words);
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
        if let Err(reason) = crate::session::forget_last_open(&self.data) {
            self.notices.error(tr_args(
                self.lang,
                "notice-may-reopen",
                &[(
                    "error",
                    super::trouble::os_reason(self.lang, &reason).into(),
                )],
            ));
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
                            closing.failed(tr_args(
                                self.lang,
                                "closing-copy-not-saved",
                                &[("cause", super::trouble::write_trouble(self.lang, &e).into())],
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

    /// What a review screen asked for: reopening a café leaves the review for it. An action
    /// of the café open in this window is marked done through the open café, which owns its
    /// file (its lock would refuse any other writer).
    fn review(&mut self, request: super::review::ReviewRequest) {
        use super::review::ReviewRequest;
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
        let folder = self.data.exports();
        match crate::store::exports::with_names(&folder) {
            Ok(files) => {
                let deleted = crate::store::exports::delete(&files);
                let words = super::trouble::deleted_exports(self.lang, &deleted);
                if deleted.failed.is_empty() {
                    self.notices.info(words);
                } else {
                    self.notices.error(words);
                }
            }
            Err(reason) => self.notices.error(super::trouble::exports_unreadable(
                self.lang, &folder, &reason,
            )),
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
            .map_err(|e| super::trouble::export_folder(self.lang, &dir, &e))
            .and_then(|()| {
                crate::export::write_export(&path, &text)
                    .map_err(|e| super::trouble::export_write(self.lang, &e))
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
