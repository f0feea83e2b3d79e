//! The egui application: screens, the projector window and the key list. The window holds only
//! what it shows (which page, which table, what is half-typed); the café itself, its file, lock
//! and saves belong to [`crate::session::OpenCafe`]. Screens draw and report [`AppCommand`]s
//! (plain commands, with keys) and [`Request`]s (which carry data) into [`Commands`];
//! [`CafeApp::run`] carries them out, in one place.

pub mod attendance;
pub mod bidi;
pub mod bidi_edit;
pub mod chooser;
mod clicker;
mod closing;
pub mod command;
pub mod editor;
pub mod fonts;
pub mod frames;
pub mod goodbye;
pub mod guides;
pub mod harvest;
pub mod help;
pub mod home;
pub mod identity;
mod join;
mod keys;
mod nav;
mod notices;
mod past_cafes;
pub mod presenter;
pub mod projector;
mod projector_window;
pub mod review;
mod run;
pub mod say;
mod sharing;
mod steady;
pub mod tables;
pub mod text;
pub mod theme;
pub mod trouble;
pub mod widgets;
pub mod window;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::{DateTime, Utc};

pub use crate::session::{Clock, system_clock};
pub use command::{
    AppCommand, AttendanceExport, CloseChoice, Commands, Intent, RecoverChoice, Request,
    SharedRequest,
};

use crate::live::LiveState;
use crate::session::OpenCafe;
use crate::store::DataDir;
use crate::store::recovery::{self, PendingRecovery};
use crate::store::saver::SaveStatus;
use command::{Focus, Place};
use keys::KeyRouter;
use notices::Notices;

/// How the app starts.
pub struct AppOptions {
    pub data: DataDir,
    /// A session file to open straight into the presenter.
    pub open: Option<PathBuf>,
    /// Open the projector window as soon as a café is open.
    pub projector: bool,
    /// Table mode: show only this table (by number), for a laptop dedicated to one table.
    pub table: Option<u32>,
    pub clock: Clock,
    /// Set by the operating system's "please stop" (logout, shutdown, `kill`): the app then
    /// saves, unlocks and closes as if the window were closed.
    pub stop: Arc<AtomicBool>,
    /// Share the café opened with table laptops in a folder, or join one shared there.
    pub shared: Option<SharedRequest>,
}

/// The pages of an open café.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Page {
    #[default]
    Presenter,
    Tables,
    Harvest,
    SignIn,
    /// The goodbye check, turned to the families at the door.
    Goodbye,
}

pub use projector_window::{Monitor, Projector, RoomView};

/// The whole application.
pub struct CafeApp {
    data: DataDir,
    clock: Clock,
    ctx: egui::Context,
    home: home::HomeState,
    cafe: Option<OpenCafe>,
    projector: Projector,
    /// What the projector window shows, shared with its own frames.
    room: projector_window::SharedRoom,
    notices: Notices,
    recoveries: Vec<PendingRecovery>,
    page: Page,
    tables: tables::TablesState,
    harvest: harvest::HarvestState,
    attendance: attendance::AttendanceState,
    goodbye: goodbye::GoodbyeState,
    import: (widgets::FilePicker, String),
    /// Sharing the café with table laptops: the folder chooser.
    share: sharing::ShareState,
    /// Table mode's table number.
    table_mode: Option<u32>,
    help: bool,
    /// The console window's size and place, fitted to its screen and remembered.
    window: window::WindowWatch,
    /// The window was checked to be on a screen (once, at the start).
    placed_window: bool,
    /// The "Test your clicker" panel, while it is open.
    clicker: Option<clicker::ClickerTest>,
    refresh_monitors: bool,
    keys: KeyRouter,
    /// The window was asked to close but the last changes are not saved: the choices shown.
    closing: Option<closing::ClosingState>,
    /// The language of the interface.
    lang: crate::i18n::Lang,
    /// What this computer remembers between runs (the language, the review's folders).
    prefs: crate::store::preferences::Preferences,
    /// Fonts for scripts the bundled fonts lack, found on this computer.
    fonts: fonts::FontSupport,
    /// The review of past cafés, while it is shown (over Home or the open café).
    past: Option<past_cafes::PastCafes>,
    /// The guide editor, while it is open (instead of Home).
    editor: Option<editor::Editor>,
    stop: Arc<AtomicBool>,
    blink: frames::CursorBlink,
    /// A hover's settling passes, once the window system's repaints go through it.
    settle: Option<frames::Settle>,
    /// The operating system asked the app to stop: close without asking, keeping unsaved
    /// guide changes for next time.
    stopping: bool,
}

impl CafeApp {
    pub fn new(ctx: &egui::Context, options: AppOptions) -> Self {
        theme::apply(ctx);
        fonts::install(ctx);
        let fonts = fonts::FontSupport::start(ctx, vec![options.data.fonts()]);
        let mut notices = Notices::default();
        let (prefs, problem) = crate::store::preferences::Preferences::load(&options.data);
        let lang = prefs
            .language
            .as_deref()
            .and_then(crate::i18n::Lang::from_code)
            .unwrap_or_else(crate::i18n::Lang::from_system);
        if let Some(p) = problem {
            notices.error(crate::i18n::tr_args(
                lang,
                "notice-preferences-unreadable",
                &[
                    ("file", p.file.display().to_string().into()),
                    ("error", p.why.into()),
                ],
            ));
        }
        if let Err(e) = options.data.ensure() {
            notices.error(crate::i18n::tr_args(
                lang,
                "notice-data-folder-unusable",
                &[
                    ("folder", options.data.root.display().to_string().into()),
                    ("error", e.to_string().into()),
                ],
            ));
        }
        let today = (options.clock)().with_timezone(&chrono::Local).date_naive();
        let room = projector_window::SharedRoom::new(Arc::clone(&options.clock));
        let mut app = Self {
            room,
            home: home::HomeState::new(&options.data, today, ctx),
            recoveries: recovery::pending(&options.data.recovery()),
            data: options.data,
            clock: options.clock,
            ctx: ctx.clone(),
            cafe: None,
            projector: Projector::default(),
            notices,
            page: Page::default(),
            tables: tables::TablesState::default(),
            harvest: harvest::HarvestState::default(),
            attendance: attendance::AttendanceState::default(),
            goodbye: goodbye::GoodbyeState::default(),
            import: Default::default(),
            share: sharing::ShareState::default(),
            table_mode: None,
            help: false,
            clicker: None,
            window: window::WindowWatch::new(prefs.window.as_ref()),
            placed_window: false,
            refresh_monitors: false,
            keys: KeyRouter::default(),
            closing: None,
            past: None,
            editor: None,
            lang,
            prefs,
            fonts,
            stop: options.stop,
            blink: frames::CursorBlink::default(),
            settle: None,
            stopping: false,
        };
        if app.recoveries.is_empty() {
            let resume = options
                .open
                .or_else(|| crate::session::last_open(&app.data));
            match (resume, options.table) {
                (Some(path), Some(table)) => app.run(Request::OpenTable(path, table)),
                (Some(path), None) => app.run(Request::Open(path)),
                (None, _) => {}
            }
        } else {
            // Never open an older version silently while a newer copy waits for a decision.
            app.notices.info_about(
                notices::Topic::Recovery,
                crate::i18n::tr(app.lang, "notice-recovery-waiting"),
            );
        }
        if let Some(request) = options.shared {
            app.run(Request::Shared(request));
        }
        if options.projector && app.cafe.is_some() {
            app.run(AppCommand::ShowProjector);
        }
        app
    }

    /// The running café, if one is open.
    pub fn live(&self) -> Option<&LiveState> {
        self.cafe.as_ref().map(OpenCafe::live)
    }

    pub fn session_path(&self) -> Option<&Path> {
        self.cafe.as_ref().map(OpenCafe::path)
    }

    /// Why the open café cannot be changed, in the interface's words, if it cannot.
    pub fn read_only_reason(&self) -> Option<String> {
        let why = self.cafe.as_ref().and_then(OpenCafe::read_only)?;
        Some(trouble::read_only(self.lang, why))
    }

    /// Messages shown to the person, oldest first.
    pub fn notices(&self) -> Vec<&str> {
        self.notices.texts()
    }

    /// Whether Home is still reading its list of recent cafés in the background.
    pub fn home_is_reading(&self) -> bool {
        self.home.is_reading()
    }

    /// How many font faces the search of the system's fonts found, waiting for that search
    /// (started in the background when the app starts) to finish.
    pub fn system_fonts_found(&self) -> usize {
        self.fonts.face_count()
    }

    /// Recovery copies waiting for the person's decision.
    pub fn recoveries(&self) -> &[PendingRecovery] {
        &self.recoveries
    }

    pub fn page(&self) -> Page {
        self.page
    }

    /// The interface language.
    pub fn language(&self) -> crate::i18n::Lang {
        self.lang
    }

    /// The guide editor, while it is open.
    pub fn editor(&self) -> Option<&editor::Editor> {
        self.editor.as_ref()
    }

    /// Whether the review of past cafés is shown.
    pub fn is_reviewing(&self) -> bool {
        self.past.is_some()
    }

    pub fn attendance(&self) -> &attendance::AttendanceState {
        &self.attendance
    }

    pub fn table_mode(&self) -> Option<u32> {
        self.table_mode
    }

    pub fn projector(&self) -> &Projector {
        &self.projector
    }

    pub fn save_status(&self) -> Option<SaveStatus> {
        self.cafe.as_ref().map(OpenCafe::save_status)
    }

    /// Whether the window is waiting for the person to decide about unsaved changes.
    pub fn is_asking_before_closing(&self) -> bool {
        self.closing.is_some()
    }

    /// The time for the open café: the computer's clock, moved on to the café's latest
    /// recorded time when the clock was set back before the café was opened again.
    pub fn now(&self) -> DateTime<Utc> {
        let wall = (self.clock)();
        self.cafe.as_ref().map_or(wall, |cafe| cafe.time(wall))
    }

    /// Hand every change to the saver and wait up to `timeout` for it to reach the disk.
    pub fn flush(&mut self, timeout: Duration) -> bool {
        self.keep_drafts(true);
        if let Some(editor) = &mut self.editor
            && !editor.open.flush(timeout)
        {
            return false;
        }
        self.cafe
            .as_mut()
            .is_none_or(|cafe| cafe.flush(timeout).is_ok())
    }

    /// Where the app is, for the keys.
    fn place(&self) -> Place {
        if self.past.is_some() {
            return Place::PastCafes;
        }
        match (&self.cafe, self.table_mode, self.page) {
            (None, ..) if self.editor.is_some() => Place::GuideEditor,
            (None, ..) => Place::Home,
            (Some(_), Some(_), _) => Place::TableMode,
            (Some(_), None, Page::Presenter) => Place::Presenter,
            (Some(_), None, Page::Tables) => Place::Tables,
            (Some(_), None, Page::Harvest) => Place::Harvest,
            (Some(_), None, Page::SignIn) => Place::SignIn,
            (Some(_), None, Page::Goodbye) => Place::Goodbye,
        }
    }

    /// What has the keyboard, as the keys see it: an open menu, a text box, another control,
    /// or nothing.
    fn focus(&self, ctx: &egui::Context) -> Focus {
        if egui::Popup::is_any_open(ctx) {
            return Focus::Popup;
        }
        let Some(id) = ctx.memory(egui::Memory::focused) else {
            return Focus::Free;
        };
        if let Some(focus) = self.tables.focus_of(id) {
            return focus;
        }
        if self.page == Page::SignIn && self.attendance.is_name_box_with_suggestions(id) {
            return Focus::NameSuggestions;
        }
        if ctx.text_edit_focused() {
            Focus::Text
        } else {
            Focus::Control
        }
    }

    /// Let a hover draw one frame (see [`frames::Settle`]): the app takes part in the passes of
    /// each frame the console draws.
    pub fn settle_hovers(&mut self, settle: frames::Settle) {
        self.settle = Some(settle);
    }

    /// Draw one frame. Split from [`eframe::App::ui`] so benchmarks can run it headless.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        if let Some(settle) = &self.settle {
            settle.pass_begins(ui.ctx());
        }
        self.show_pass(ui);
        if let Some(settle) = &self.settle {
            settle.pass_ends(ui.ctx());
        }
    }

    fn show_pass(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.window.watch(&ctx);
        self.blink.frame(&ctx);
        let mut commands = Commands::default();
        let place = self.place();
        // On the Tables page typing always lands in a box: when none has the keyboard (a
        // button was clicked), the note box takes it before any key is read.
        let writable = self.cafe.as_ref().is_some_and(|c| c.read_only().is_none());
        if writable && self.page == Page::Tables && ctx.memory(egui::Memory::focused).is_none() {
            self.tables.focus_note_box();
            self.tables.apply_focus(&ctx);
        }
        text::set_language(&ctx, self.lang);
        if self.cafe.is_none() {
            self.clicker = None;
        }
        if let Some(clicker) = &mut self.clicker {
            // While the clicker is tested its keys are only shown: the café does not move.
            clicker.capture(&ctx);
        } else if let Some(command) = self.keys.route(&ctx, place, self.focus(&ctx)) {
            commands.push(command);
        }
        if self.stop.swap(false, Ordering::SeqCst) {
            self.stopping = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.follow_shared();
        let now = self.now();
        self.handle_close_request(&ctx);
        self.follow_closing(&ctx);
        self.clear_stale_notices();
        // The messages' strip first: it is the foot of every screen, under the page's own bars.
        self.notices.ui(ui, &mut commands);
        if let Some(closing) = &mut self.closing {
            closing.ui(ui, &mut commands);
        }
        if let Some(past) = &mut self.past {
            past.ui(ui, self.cafe.is_some(), &mut commands);
        } else if let Some(cafe) = &self.cafe
            && self.page == Page::Goodbye
        {
            // No navigation at the door: only the facilitator's key leaves.
            let view = (cafe.live(), now, cafe.read_only().is_none());
            egui::CentralPanel::default().show(ui, |ui| {
                goodbye::ui(ui, &mut self.goodbye, view, &mut commands);
            });
        } else if let Some(cafe) = &self.cafe {
            nav::nav_ui(ui, cafe, self.page, self.table_mode, &mut commands);
            let writable = cafe.read_only().is_none();
            let live = cafe.live();
            let locked = self
                .table_mode
                .and_then(|n| live.session.tables.iter().find(|t| t.number == n))
                .map(|t| t.id);
            match self.page {
                Page::Presenter => {
                    let view = presenter::View {
                        live,
                        now,
                        projector: &self.projector,
                        writable,
                    };
                    presenter::ui(ui, &view, &mut commands);
                }
                Page::Tables => {
                    if self.table_mode.is_none() {
                        let share = &mut self.share;
                        egui::Panel::right("laptops")
                            .default_size(250.0)
                            .min_size(200.0)
                            .show(ui, |ui| {
                                sharing::laptops_ui(ui, share, cafe, now, &mut commands);
                            });
                    }
                    let import = &mut self.import;
                    let path = cafe.path();
                    let mode = tables::Mode {
                        locked,
                        writable,
                        follows: sharing::follows(cafe, now),
                    };
                    let came_from = |id| cafe.came_from(id).map(str::to_owned);
                    self.tables
                        .ui(ui, live, mode, &came_from, &mut commands, |ui, commands| {
                            nav::import_ui(ui, path, import, writable, commands);
                        });
                }
                Page::Harvest => {
                    let came_from = |id| cafe.came_from(id).map(str::to_owned);
                    self.harvest
                        .ui(ui, live, writable, &came_from, &mut commands);
                }
                Page::SignIn => {
                    let exports = self.data.root.join("exports");
                    self.attendance
                        .ui(ui, live, &exports, writable, &mut commands);
                }
                Page::Goodbye => {}
            }
        } else if let Some(editor) = &mut self.editor {
            editor.ui(ui, &mut commands);
        } else {
            self.home.ui(ui, &self.recoveries, self.lang, &mut commands);
        }
        self.check_fonts(&ctx);
        if self.help {
            help::ui(&ctx, place, self.lang, &mut commands);
        }
        if let Some(clicker) = &self.clicker {
            clicker.ui(&ctx, self.lang, &mut commands);
        }
        self.projector_ui(&ctx, &mut commands);
        for command in commands {
            self.run(command);
        }
        if self.cafe.is_some() && self.page == Page::Tables {
            self.tables.apply_focus(&ctx);
        }
        self.keep_drafts(false);
        self.forget_stale_review_text();
        steady::finish_frame(&ctx);
        self.schedule_repaint(&ctx, now);
    }

    /// Say once, in words, when the text on screen uses a script no font here can show.
    fn check_fonts(&mut self, ctx: &egui::Context) {
        let Some(cafe) = &self.cafe else {
            // Home: the guides it lists, in every script they are written in.
            for text in self.home.file_texts() {
                if let Some(missing) = self.fonts.ensure_covers(ctx, text) {
                    self.notices.error(missing.message(self.lang));
                }
            }
            return;
        };
        let live = cafe.live();
        let session = &live.session;
        let mut texts = vec![session.details.title.as_str()];
        if let crate::model::Step::Question(i) = session.current
            && let Some(q) = session.guide.questions.get(i)
        {
            texts.push(&q.text);
            texts.extend(q.translations.values().map(String::as_str));
        }
        for text in texts {
            if let Some(missing) = self.fonts.ensure_covers(ctx, text) {
                self.notices.error(missing.message(self.lang));
            }
        }
    }

    /// Once words taken out of the open café are saved, the review's search index forgets its
    /// copy of them.
    fn forget_stale_review_text(&mut self) {
        if !self
            .cafe
            .as_mut()
            .is_some_and(OpenCafe::review_text_is_stale)
        {
            return;
        }
        let index = crate::review::cache::index_dir(&self.data);
        if let Err(file) = crate::review::index::forget_words(&index) {
            self.notices.error(crate::i18n::tr_args(
                self.lang,
                "notice-search-index-kept",
                &[("file", file.into())],
            ));
        }
    }

    /// Keep half-typed notes, and a guide's unsaved changes, on disk after a pause in typing
    /// (or at once).
    fn keep_drafts(&mut self, at_once: bool) {
        let now = self.now();
        if let Some(editor) = &mut self.editor
            && let Some(again) = editor.open.keep_draft(now, at_once)
        {
            self.ctx.request_repaint_after(again);
        }
        let Some(cafe) = &mut self.cafe else { return };
        if let Some(again) = cafe.keep_drafts(&self.tables.drafts(), at_once) {
            self.ctx.request_repaint_after(again);
        }
    }

    /// Sleep until something visible changes: the timer's next second, the clock's next
    /// minute, or the next minute of the time since the café began (counted from its start,
    /// not the clock's minute, while the presenter shows it).
    fn schedule_repaint(&self, ctx: &egui::Context, now: DateTime<Utc>) {
        let Some(cafe) = &self.cafe else { return };
        let session = &cafe.live().session;
        let to_minute =
            60_000 - i64::from(now.timestamp_subsec_millis()) - (now.timestamp() % 60) * 1000;
        let since = (now - session.started_at()).num_milliseconds();
        let to_running = (0..presenter::RUNNING_SHOWN_MS)
            .contains(&since)
            .then(|| 60_000 - since.rem_euclid(60_000));
        let ms = [session.timer.ms_to_next_tick(now), to_running]
            .into_iter()
            .flatten()
            .fold(to_minute, i64::min);
        let after = Duration::from_millis(u64::try_from(ms.max(1)).unwrap_or(1000));
        // Only this window: the projector wakes for its own clock (see `projector_window`).
        ctx.request_repaint_after(after);
    }

    fn update_monitors(&mut self, frame: &eframe::Frame) {
        if !std::mem::replace(&mut self.placed_window, true) {
            window::keep_on_a_screen(frame);
        }
        if !std::mem::take(&mut self.refresh_monitors) {
            return;
        }
        if let Some(monitors) = projector_window::monitors_of(frame) {
            self.screens_found(monitors);
        }
    }

    /// The screens the system lists, for placing the projector (looked up when the projector
    /// opens and when asked to look again).
    pub fn screens_found(&mut self, monitors: Vec<Monitor>) {
        self.projector.monitors = monitors;
    }
}

impl eframe::App for CafeApp {
    /// Also called while the window is hidden or minimized (when `ui` is not): what the table
    /// laptops' copies bring is taken in (and so saved) even then.
    fn logic(&mut self, _ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.follow_shared();
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        frames::log(ui.ctx(), "console");
        self.update_monitors(frame);
        self.show(ui);
    }

    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        if let Some(settle) = &self.settle {
            settle.frame_starts(ctx, raw_input);
        }
    }

    fn clear_color(&self, _visuals: &egui::Visuals) -> [f32; 4] {
        theme::window_colour()
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.close_for_exit();
    }
}
