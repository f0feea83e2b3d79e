//! Carrying out commands: the one place where the window's state and the café change.
//! Closing a café and the window is in [`leaving`]; what the review screens and the exports
//! ask for is in [`review`].

mod leaving;
mod review;

use std::path::Path;

use super::command::{AppCommand, Intent, RecoverChoice, Request, select_table, tag_next_note};
use super::editor::EditorKey;
use super::notices::Topic;
use super::{CafeApp, Page, tables};
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
}
