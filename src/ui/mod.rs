//! The egui application: screens, the projector window, key handling and saving.
//! Screens only draw and report [`Intent`]s; [`CafeApp::apply`] carries them out.

pub mod actions;
pub mod attendance;
pub mod audience;
pub mod bidi;
pub mod fonts;
pub mod harvest;
pub mod help;
pub mod home;
mod nav;
pub mod presenter;
mod session_file;
pub mod tables;
pub mod theme;
pub mod widgets;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::live::{Command, LiveState};
use crate::model::{Guide, SessionDetails};
use crate::store::DataDir;
use crate::store::recovery::{self, PendingRecovery};
use crate::store::saver::SaveStatus;
use actions::Action;
use nav::{import_ui, nav_ui};
use session_file::OpenSession;

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
