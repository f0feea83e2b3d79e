//! The egui application: screens, the projector window, key handling and saving.
//! Screens only draw and report [`Intent`]s; [`CafeApp::apply`] carries them out.

pub mod actions;
pub mod attendance;
pub mod audience;
pub mod harvest;
pub mod help;
pub mod home;
pub mod presenter;
pub mod tables;
pub mod theme;
pub mod widgets;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::live::{Command, LiveState};
use crate::model::{Guide, Session, SessionDetails};
use crate::store::drafts;
use crate::store::lock::{LockError, SessionLock};
use crate::store::recovery::{self, PendingRecovery};
use crate::store::saver::{SaveStatus, Saver};
use crate::store::{DataDir, load_session};
use actions::Action;

/// Where the app gets the time; tests pass a clock they control.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// The real clock.
pub fn system_clock() -> Clock {
    Arc::new(Utc::now)
}

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
}

/// Something a screen asks the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// A change to the running café.
    Command(Command),
    /// A keyboard action that is not a session command (projector, help, fullscreen).
    Action(Action),
    Start {
        guide: Box<Guide>,
        details: SessionDetails,
    },
    Open(PathBuf),
    GoHome,
    /// Put the projector fullscreen on this monitor (by index), or leave fullscreen.
    Fullscreen(Option<usize>),
    /// What to do with a recovery copy (by its place in the list).
    Recover(usize, RecoverChoice),
    RefreshMonitors,
    DismissNotice(usize),
    /// Bring in the notes of another copy of this café.
    Import(PathBuf),
    /// Open a session file in table mode for this table number.
    OpenTable(PathBuf, u32),
    /// Save the attendance to `<data>/exports` (HTML sign-in sheet or CSV; names or not).
    ExportAttendance {
        html: bool,
        names: bool,
    },
}

/// The three answers to "this café has a newer copy than its file".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoverChoice {
    /// Open the newer copy and save it to the session file.
    Recover,
    /// Open the session file as it is and let the copy go.
    LastSaved,
    /// Look at the newer copy without changing anything.
    ReadOnly,
}

/// The screens of an open café.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LiveView {
    #[default]
    Presenter,
    Tables,
    Harvest,
    Attendance,
}

/// A session open in the presenter, with its file and saver.
pub struct OpenSession {
    pub live: LiveState,
    pub path: PathBuf,
    /// Why this copy must not be written, if it must not.
    pub read_only: Option<String>,
    saver: Saver,
    sent_revision: Option<u64>,
    /// Held while this app may write the file; `None` when read-only.
    lock: Option<SessionLock>,
    /// Half-typed notes: their file, their own saver, and what was last handed to it.
    drafts: DraftsFile,
}

/// Where half-typed notes are kept while a café is open.
struct DraftsFile {
    path: PathBuf,
    saver: Saver,
    sent: drafts::Drafts,
    revision: u64,
    /// The drafts as last looked at, and when they last changed: saving waits for a pause.
    seen: drafts::Drafts,
    last_change: std::time::Instant,
    /// When the drafts first differed from what was sent.
    first_unsent: Option<std::time::Instant>,
}

/// Drafts are written after this long without typing, or at the latest after [`DRAFTS_MAX_WAIT`].
const DRAFTS_PAUSE: Duration = Duration::from_millis(400);
const DRAFTS_MAX_WAIT: Duration = Duration::from_secs(2);

/// The projector window's state.
#[derive(Default)]
pub struct Projector {
    pub open: bool,
    pub fullscreen: bool,
    /// Monitor names, as the system lists them.
    pub monitors: Vec<String>,
    fit: audience::FitCache,
}

/// The whole application.
pub struct CafeApp {
    data: DataDir,
    clock: Clock,
    ctx: egui::Context,
    home: home::HomeState,
    open: Option<OpenSession>,
    projector: Projector,
    notices: Vec<String>,
    recoveries: Vec<PendingRecovery>,
    view: LiveView,
    tables: tables::TablesState,
    harvest: harvest::HarvestState,
    attendance: attendance::AttendanceState,
    import: (widgets::FilePicker, String),
    /// Table mode's table number.
    table_mode: Option<u32>,
    help: bool,
    refresh_monitors: bool,
}

/// The file in the data folder naming the session that was open when the app last stopped.
const LAST_OPEN_FILE: &str = "last-open-session.txt";

impl CafeApp {
    pub fn new(ctx: &egui::Context, options: AppOptions) -> Self {
        theme::apply(ctx);
        let mut notices = Vec::new();
        if let Err(e) = options.data.ensure() {
            notices.push(format!(
                "The data folder {} could not be created ({e}). Sessions cannot be saved until this is fixed.",
                options.data.root.display()
            ));
        }
        let today = (options.clock)().with_timezone(&chrono::Local).date_naive();
        let mut app = Self {
            home: home::HomeState::new(&options.data, today),
            recoveries: recovery::pending(&options.data.recovery()),
            data: options.data,
            clock: options.clock,
            ctx: ctx.clone(),
            open: None,
            projector: Projector::default(),
            notices,
            view: LiveView::default(),
            tables: tables::TablesState::default(),
            harvest: harvest::HarvestState::default(),
            attendance: attendance::AttendanceState::default(),
            import: Default::default(),
            table_mode: None,
            help: false,
            refresh_monitors: false,
        };
        if app.recoveries.is_empty() {
            let resume = options.open.or_else(|| app.last_open());
            match (resume, options.table) {
                (Some(path), Some(table)) => app.apply(Intent::OpenTable(path, table)),
                (Some(path), None) => app.apply(Intent::Open(path)),
                (None, _) => {}
            }
        } else {
            // Never open an older version silently while a newer copy waits for a decision.
            app.notices.push(
                "Some of your work was kept in a recovery copy because it could not be saved to its file. Choose what to do with it below.".to_owned(),
            );
        }
        if options.projector && app.open.is_some() {
            app.apply(Intent::Action(Action::Projector));
        }
        app
    }

    /// The running café, if one is open.
    pub fn live(&self) -> Option<&LiveState> {
        self.open.as_ref().map(|o| &o.live)
    }

    pub fn session_path(&self) -> Option<&Path> {
        self.open.as_ref().map(|o| o.path.as_path())
    }

    pub fn read_only_reason(&self) -> Option<&str> {
        self.open.as_ref().and_then(|o| o.read_only.as_deref())
    }

    /// Messages shown in the banner, oldest first.
    pub fn notices(&self) -> &[String] {
        &self.notices
    }

    /// Recovery copies waiting for the user's decision.
    pub fn recoveries(&self) -> &[PendingRecovery] {
        &self.recoveries
    }

    pub fn view(&self) -> LiveView {
        self.view
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
        self.open.as_ref().map(|o| o.saver.status())
    }

    pub fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    /// Hand any unsaved change to the saver and wait up to `timeout` for it to reach the disk.
    pub fn flush(&mut self, timeout: Duration) -> bool {
        self.queue_save();
        self.save_drafts(true);
        if let Some(open) = self.open.as_ref().filter(|o| o.drafts.revision > 0) {
            open.drafts.saver.wait_for(open.drafts.revision, timeout);
        }
        match &self.open {
            Some(open) if open.read_only.is_none() => {
                open.saver.wait_for(open.live.revision, timeout)
            }
            _ => true,
        }
    }

    /// Carry out one intent. This is the only place the app's state changes.
    pub fn apply(&mut self, intent: Intent) {
        let now = self.now();
        match intent {
            Intent::Command(command) => {
                if let Some(open) = &mut self.open {
                    open.live.apply(command, now);
                }
            }
            Intent::Action(action) => self.action(action),
            Intent::Start { guide, details } => self.start(*guide, details, now),
            Intent::Open(path) => {
                self.table_mode = None;
                self.open_file(&path);
            }
            Intent::OpenTable(path, number) => {
                self.open_file(&path);
                if let Some(open) = &self.open {
                    if open.live.session.tables.iter().any(|t| t.number == number) {
                        self.table_mode = Some(number);
                        self.view = LiveView::Tables;
                        self.tables.focus_note_box();
                    } else {
                        self.notices.push(format!(
                            "This café has no table {number}; it has tables 1 to {}.",
                            open.live.session.tables.len()
                        ));
                    }
                }
            }
            Intent::Import(path) => self.import(&path),
            Intent::ExportAttendance { html, names } => self.export_attendance(html, names),
            Intent::GoHome => self.close_session(),
            Intent::Fullscreen(monitor) => {
                let id = audience::viewport_id();
                self.projector.open = true;
                match monitor {
                    Some(index) => {
                        self.ctx
                            .send_viewport_cmd_to(id, egui::ViewportCommand::SetMonitor(index));
                        self.projector.fullscreen = true;
                    }
                    None => {
                        self.projector.fullscreen = false;
                        self.ctx
                            .send_viewport_cmd_to(id, egui::ViewportCommand::Fullscreen(false));
                    }
                }
            }
            Intent::RefreshMonitors => self.refresh_monitors = true,
            Intent::Recover(index, choice) => self.recover(index, choice),
            Intent::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
        }
        self.queue_save();
    }

    fn action(&mut self, action: Action) {
        if let Some(command) = action.command() {
            self.apply(Intent::Command(command));
            return;
        }
        match action {
            Action::Projector if self.open.is_some() => {
                self.projector.open = !self.projector.open;
                if self.projector.open {
                    self.refresh_monitors = true;
                } else {
                    self.projector.fullscreen = false;
                }
            }
            Action::Help => self.help = !self.help,
            Action::ShowPresenter if self.table_mode.is_none() => self.view = LiveView::Presenter,
            Action::ShowTables => {
                self.view = LiveView::Tables;
                self.tables.focus_note_box();
            }
            Action::ShowHarvest if self.table_mode.is_none() => self.view = LiveView::Harvest,
            Action::ShowAttendance if self.table_mode.is_none() => {
                self.view = LiveView::Attendance;
                if let Some(open) = &self.open {
                    let id = open.live.session.id;
                    self.attendance
                        .load_people(&self.ctx, self.data.sessions(), id);
                }
            }
            Action::LeaveFullscreen => {
                if self.help {
                    self.help = false;
                } else if self.projector.fullscreen {
                    self.apply(Intent::Fullscreen(None));
                }
            }
            _ => {}
        }
    }

    fn export_attendance(&mut self, html: bool, names: bool) {
        use crate::export::attendance::{Privacy, csv, sign_in_sheet_html};
        let Some(open) = &self.open else { return };
        let privacy = Privacy { names };
        let (text, ext) = if html {
            (sign_in_sheet_html(&open.live.session, privacy), "html")
        } else {
            (csv(&open.live.session, privacy), "csv")
        };
        let stem = open
            .path
            .file_stem()
            .map_or_else(|| "cafe".into(), |s| s.to_string_lossy().into_owned());
        let kind = if names { "with-names" } else { "counts" };
        let dir = self.data.root.join("exports");
        let path = dir.join(format!("{stem}-attendance-{kind}.{ext}"));
        let result = crate::store::atomic::ensure_private_dir(&dir)
            .and_then(|()| crate::store::atomic::write_atomic(&path, text.as_bytes()));
        self.notices.push(match result {
            Ok(()) => format!("Saved {}", path.display()),
            Err(e) => format!(
                "Not saved: {}",
                crate::store::saver::plain_save_error(&path, &e)
            ),
        });
    }

    fn import(&mut self, path: &Path) {
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

    fn recover(&mut self, index: usize, choice: RecoverChoice) {
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

    fn start(&mut self, guide: Guide, details: SessionDetails, now: DateTime<Utc>) {
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

    fn open_file(&mut self, path: &Path) {
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

    fn install(&mut self, session: Session, path: PathBuf, mut read_only: Option<String>) {
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

    fn close_session(&mut self) {
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

    fn remember_open(&self) {
        if let Some(open) = self.open.as_ref().filter(|o| o.read_only.is_none()) {
            let text = open.path.to_string_lossy().into_owned();
            let file = self.data.root.join(LAST_OPEN_FILE);
            if let Err(e) = crate::store::atomic::write_atomic(&file, text.as_bytes()) {
                log::warn!("could not note the open session in {}: {e}", file.display());
            }
        }
    }

    fn last_open(&self) -> Option<PathBuf> {
        let text = std::fs::read_to_string(self.data.root.join(LAST_OPEN_FILE)).ok()?;
        let path = PathBuf::from(text.trim());
        path.is_file().then_some(path)
    }

    /// Give the saver the newest text of the session if it changed since last time.
    fn queue_save(&mut self) {
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
    fn save_drafts(&mut self, now_too: bool) {
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

    /// Draw one frame. Split from [`eframe::App::ui`] so benchmarks can run it headless.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let mut intents: Vec<Intent> = actions::pressed(ui.ctx())
            .into_iter()
            .map(Intent::Action)
            .collect();
        let now = self.now();
        widgets::notices_ui(ui, &self.notices, &mut intents);
        if let Some(open) = &self.open {
            nav_ui(ui, open, self.view, self.table_mode, &mut intents);
            let locked = self
                .table_mode
                .and_then(|n| open.live.session.tables.iter().find(|t| t.number == n))
                .map(|t| t.id);
            match self.view {
                LiveView::Presenter => {
                    let view = presenter::View {
                        live: &open.live,
                        now,
                        projector: &self.projector,
                    };
                    presenter::ui(ui, &view, &mut intents);
                }
                LiveView::Tables => {
                    let import = &mut self.import;
                    let path = &open.path;
                    self.tables
                        .ui(ui, &open.live, locked, &mut intents, |ui, intents| {
                            import_ui(ui, path, import, intents);
                        });
                }
                LiveView::Harvest => self.harvest.ui(ui, &open.live, &mut intents),
                LiveView::Attendance => {
                    let exports = self.data.root.join("exports");
                    self.attendance.ui(ui, &open.live, &exports, &mut intents);
                }
            }
        } else {
            self.home.ui(ui, &self.recoveries, &mut intents);
        }
        if self.help {
            help::ui(ui.ctx(), &mut intents);
        }
        intents.extend(self.projector_ui(ui.ctx(), now));
        for intent in intents {
            self.apply(intent);
        }
        self.save_drafts(false);
        self.schedule_repaint(ui.ctx(), now);
    }

    fn projector_ui(&mut self, ctx: &egui::Context, now: DateTime<Utc>) -> Vec<Intent> {
        let Some(open) = &self.open else {
            return Vec::new();
        };
        if !self.projector.open {
            return Vec::new();
        }
        let live = &open.live;
        let fit = &mut self.projector.fit;
        let builder = audience::viewport_builder(&live.session.details.title);
        let (mut intents, close) =
            ctx.show_viewport_immediate(audience::viewport_id(), builder, |ui, class| {
                audience::ui(
                    ui,
                    live,
                    now,
                    fit,
                    class == egui::ViewportClass::EmbeddedWindow,
                );
                let close = ui.input(|i| i.viewport().close_requested());
                let intents: Vec<Intent> = actions::pressed(ui.ctx())
                    .into_iter()
                    .map(Intent::Action)
                    .collect();
                (intents, close)
            });
        if close {
            intents.push(Intent::Action(Action::Projector));
        }
        intents
    }

    /// Sleep until something visible changes: the timer's next second, or the clock's next minute.
    fn schedule_repaint(&self, ctx: &egui::Context, now: DateTime<Utc>) {
        let Some(open) = &self.open else { return };
        let to_minute =
            60_000 - i64::from(now.timestamp_subsec_millis()) - (now.timestamp() % 60) * 1000;
        let ms = open
            .live
            .session
            .timer
            .ms_to_next_tick(now)
            .map_or(to_minute, |tick| tick.min(to_minute));
        let after = Duration::from_millis(u64::try_from(ms.max(1)).unwrap_or(1000));
        // The projector is an immediate viewport: it repaints together with this window.
        ctx.request_repaint_after(after);
    }

    fn update_monitors(&mut self, frame: &eframe::Frame) {
        if !std::mem::take(&mut self.refresh_monitors) {
            return;
        }
        if let Some(window) = frame.winit_window() {
            self.projector.monitors = window
                .available_monitors()
                .enumerate()
                .map(|(i, m)| {
                    let size = m.size();
                    let name = m.name().unwrap_or_else(|| format!("Screen {}", i + 1));
                    format!("{name} ({}×{})", size.width, size.height)
                })
                .collect();
        }
    }
}

impl eframe::App for CafeApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.update_monitors(frame);
        self.show(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if !self.flush(Duration::from_secs(10)) {
            log::error!("the session's last changes could not be saved before closing");
        }
    }
}

/// The bar above every screen of an open café: Home, the screens, and the save state.
fn nav_ui(
    ui: &mut egui::Ui,
    open: &OpenSession,
    view: LiveView,
    table_mode: Option<u32>,
    intents: &mut Vec<Intent>,
) {
    egui::Panel::top("nav")
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(8, 4)))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui
                    .button("Home")
                    .on_hover_text("Back to the Home screen; the café is saved")
                    .clicked()
                {
                    intents.push(Intent::GoHome);
                }
                ui.separator();
                if let Some(number) = table_mode {
                    ui.label(egui::RichText::new(format!("Table mode · Table {number}")).strong());
                } else {
                    let tabs = [
                        (LiveView::Presenter, Action::ShowPresenter, "Presenter"),
                        (LiveView::Tables, Action::ShowTables, "Tables"),
                        (LiveView::Harvest, Action::ShowHarvest, "Harvest"),
                        (LiveView::Attendance, Action::ShowAttendance, "Sign-in"),
                    ];
                    for (tab, action, text) in tabs {
                        if ui
                            .add(egui::Button::selectable(
                                view == tab,
                                action.button_text(text),
                            ))
                            .clicked()
                        {
                            intents.push(Intent::Action(action));
                        }
                    }
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    widgets::save_status_ui(
                        ui,
                        &open.saver.status(),
                        open.live.revision,
                        open.read_only.as_deref(),
                    );
                });
            });
        });
}

/// Bring in another laptop's copy of this café (the foot of the Tables screen's list).
fn import_ui(
    ui: &mut egui::Ui,
    own: &Path,
    import: &mut (widgets::FilePicker, String),
    intents: &mut Vec<Intent>,
) {
    let dir = own.parent().map(Path::to_path_buf).unwrap_or_default();
    let (picker, typed) = import;
    egui::CollapsingHeader::new("Import notes…").show(ui, |ui| {
        ui.label("Bring in the notes from another laptop's copy of this café.");
        if let Some(path) =
            widgets::path_picker_ui(ui, picker, typed, "Import notes", &dir, "Import")
        {
            intents.push(Intent::Import(path));
        }
    });
}
