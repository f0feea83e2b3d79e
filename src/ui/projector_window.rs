//! The projector's native window: which screen it goes to, fullscreen, and remembering both
//! with the café so a resumed café puts the projector back where it was. The window draws on
//! its own (a deferred viewport): only when what the room sees changes, or the round's clock
//! on it ticks, never because the console repainted.

use std::sync::{Arc, Mutex, PoisonError};

use egui::{KeyboardShortcut, ViewportClass, ViewportId};

use super::command::{AppCommand, Commands, Focus, Place};
use super::keys::KeyRouter;
use crate::live::{LiveState, Slide};
use crate::model::timer::RoundTimer;
use crate::session::Clock;

/// A screen the system knows about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Monitor {
    pub name: String,
    pub width: u32,
    pub height: u32,
    /// The presenter's window is on this screen.
    pub has_presenter: bool,
    /// The system gave the screen no name: `name` is "Screen N" and menus say it in the
    /// person's language.
    pub unnamed: Option<usize>,
}

impl Monitor {
    /// "HDMI-1 (1024×768)", for menus, in `lang`.
    pub fn label(&self, lang: crate::i18n::Lang) -> String {
        let name = match self.unnamed {
            Some(number) => {
                crate::i18n::tr_args(lang, "projector-screen", &[("number", number.into())])
            }
            None => self.name.clone(),
        };
        format!("{name} ({}×{})", self.width, self.height)
    }
}

/// The projector window's state.
#[derive(Default)]
pub struct Projector {
    pub open: bool,
    /// The screen (by index) the projector fills, when fullscreen.
    pub fullscreen: Option<usize>,
    /// The screens, as the system lists them (empty until looked up).
    pub monitors: Vec<Monitor>,
    /// The screen to fill once the screens are known (remembered with the café).
    pub wanted: Option<String>,
    /// The window is opening for the first time this evening, or F5 asked for it back:
    /// choose its screen.
    pub placing: bool,
    /// The screen it last filled, so F5 puts it back there after it left fullscreen.
    pub last_screen: Option<String>,
}

impl Projector {
    /// The names of the screens, for menus, in `lang`.
    pub fn monitor_labels(&self, lang: crate::i18n::Lang) -> Vec<String> {
        self.monitors.iter().map(|m| m.label(lang)).collect()
    }

    /// Where the projector goes: the remembered screen if it is there; on a first opening
    /// with two or more screens, one the presenter is not on; otherwise a window.
    pub fn choose_screen(&self) -> Option<usize> {
        if let Some(name) = &self.wanted {
            return self.monitors.iter().position(|m| &m.name == name);
        }
        if !self.placing || self.monitors.len() < 2 {
            return None;
        }
        self.monitors.iter().position(|m| !m.has_presenter)
    }

    /// The screen name to remember with the café.
    pub fn fullscreen_name(&self) -> Option<String> {
        self.fullscreen
            .and_then(|i| self.monitors.get(i))
            .map(|m| m.name.clone())
    }
}

/// What the room sees, as the console last worked it out.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomView {
    pub slide: Slide,
    /// The room's languages, main first.
    pub codes: Vec<String>,
    /// The round's timer, when the room sees it.
    pub timer: Option<RoundTimer>,
    /// How far the café's time is ahead of the computer's clock.
    pub offset: chrono::Duration,
    /// Light text on dark, or dark text on white for a room that cannot be darkened.
    pub palette: crate::model::RoomPalette,
}

impl RoomView {
    pub fn of(live: &LiveState, offset: chrono::Duration) -> Self {
        let mut codes = vec![live.session.guide.main_language().to_owned()];
        codes.extend(live.session.projector.translation.clone());
        Self {
            slide: live.projector_slide(),
            codes,
            timer: live
                .projector_shows_timer()
                .then(|| live.session.timer.clone()),
            offset,
            palette: live.session.projector.palette,
        }
    }
}

/// What the projector window did that the console carries out (through `CafeApp::run`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FromRoom {
    /// A key pressed while the projector had the keyboard.
    Command(AppCommand),
    /// A key pressed while the clicker is tested: only shown.
    Pressed(KeyboardShortcut),
    /// The window's close button.
    Close,
}

/// The projector window's own state, shared between the console's frames and the
/// projector's.
pub struct Room {
    view: Option<RoomView>,
    fit: super::projector::FitCache,
    keys: KeyRouter,
    /// Where the keys pressed on the projector act.
    place: Place,
    /// The clicker test is open: keys are shown, not obeyed.
    testing_clicker: bool,
    clock: Clock,
    outbox: Vec<FromRoom>,
}

/// The [`Room`], as both windows hold it.
#[derive(Clone)]
pub struct SharedRoom(Arc<Mutex<Room>>);

impl SharedRoom {
    pub fn new(clock: Clock) -> Self {
        Self(Arc::new(Mutex::new(Room {
            view: None,
            fit: super::projector::FitCache::default(),
            keys: KeyRouter::default(),
            place: Place::Presenter,
            testing_clicker: false,
            clock,
            outbox: Vec::new(),
        })))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Room> {
        // The room's state stays whole even if a frame panicked while holding it.
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// From the console's frame: give the room what it should see now (asking the projector
    /// to draw again only if that changed) and take what the projector window did since.
    pub fn exchange(
        &self,
        ctx: &egui::Context,
        view: RoomView,
        place: Place,
        testing_clicker: bool,
    ) -> Vec<FromRoom> {
        let mut room = self.lock();
        room.place = place;
        room.testing_clicker = testing_clicker;
        if room.view.as_ref() != Some(&view) {
            room.view = Some(view);
            ctx.request_repaint_of(super::projector::viewport_id());
        }
        std::mem::take(&mut room.outbox)
    }

    /// Show the projector window (each console frame while it is open): it draws from the
    /// room's state whenever it needs to, on its own.
    pub fn show(&self, ctx: &egui::Context, builder: egui::ViewportBuilder) {
        let shared = self.clone();
        ctx.show_viewport_deferred(
            super::projector::viewport_id(),
            builder,
            move |ui, class| shared.lock().ui(ui, class),
        );
    }
}

impl Room {
    fn ui(&mut self, ui: &mut egui::Ui, class: ViewportClass) {
        let ctx = ui.ctx().clone();
        let embedded = class == ViewportClass::EmbeddedWindow;
        if !embedded {
            super::frames::log(&ctx, "projector");
            let before = self.outbox.len();
            if self.testing_clicker {
                let pressed = super::clicker::take_presses(&ctx);
                self.outbox
                    .extend(pressed.into_iter().map(FromRoom::Pressed));
            } else if let Some(command) = self.keys.route(&ctx, self.place, Focus::Free) {
                self.outbox.push(FromRoom::Command(command));
            }
            if ui.input(|i| i.viewport().close_requested()) {
                self.outbox.push(FromRoom::Close);
            }
            if self.outbox.len() > before {
                ctx.request_repaint_of(ViewportId::ROOT);
            }
        }
        let Some(view) = &self.view else { return };
        let now = (self.clock)() + view.offset;
        super::projector::ui(ui, view, now, &mut self.fit, embedded);
        // The room's clock shows whole minutes, then seconds in the last minute: wake when
        // what it shows changes, not sooner.
        if let Some(ms) = view.timer.as_ref().and_then(|t| t.ms_to_room_change(now)) {
            let ms = u64::try_from(ms.max(1)).unwrap_or(1000);
            ctx.request_repaint_after(std::time::Duration::from_millis(ms));
        }
    }
}

impl super::CafeApp {
    /// Keep the projector window shown while it is open, give it what the room should see,
    /// and carry out what was done on it.
    pub(super) fn projector_ui(&mut self, ctx: &egui::Context, commands: &mut Commands) {
        let Some(cafe) = &self.cafe else { return };
        if !self.projector.open {
            return;
        }
        // The first frame with the screens known decides where the window goes.
        if (self.projector.placing || self.projector.wanted.is_some())
            && !self.projector.monitors.is_empty()
        {
            if let Some(index) = self.projector.choose_screen() {
                commands.push(super::Request::Fullscreen(index));
            }
            self.projector.placing = false;
            self.projector.wanted = None;
        }
        let live = cafe.live();
        // Keys pressed while the projector window has the keyboard act as on the presenter.
        let place = if self.table_mode.is_some() {
            Place::TableMode
        } else {
            Place::Presenter
        };
        let view = RoomView::of(live, cafe.clock_offset());
        let done = self.room.exchange(ctx, view, place, self.clicker.is_some());
        self.room.show(
            ctx,
            super::projector::viewport_builder(self.lang, &live.session.details.title),
        );
        for event in done {
            match event {
                FromRoom::Command(command) => commands.push(command),
                FromRoom::Pressed(key) => {
                    if let Some(clicker) = &mut self.clicker {
                        clicker.record(vec![key]);
                    }
                }
                FromRoom::Close => commands.push(AppCommand::CloseProjector),
            }
        }
    }
}

/// The screens as the system reports them, marking the one the presenter's window is on
/// (`None` without a native window, as in tests).
pub fn monitors_of(frame: &eframe::Frame) -> Option<Vec<Monitor>> {
    let window = frame.winit_window()?;
    let current = window.current_monitor().and_then(|m| m.name());
    let monitors = window
        .available_monitors()
        .enumerate()
        .map(|(i, m)| {
            let size = m.size();
            // The fallback name is remembered with the café, so it stays the same in every
            // language; menus translate it.
            let unnamed = m.name().is_none().then_some(i + 1);
            let name = m.name().unwrap_or_else(|| format!("Screen {}", i + 1));
            Monitor {
                unnamed,
                has_presenter: current.as_deref() == Some(name.as_str()),
                name,
                width: size.width,
                height: size.height,
            }
        })
        .collect();
    Some(monitors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen(name: &str, presenter: bool) -> Monitor {
        Monitor {
            name: name.into(),
            width: 1024,
            height: 768,
            has_presenter: presenter,
            unnamed: None,
        }
    }

    #[test]
    fn the_first_opening_goes_to_the_screen_the_presenter_is_not_on() {
        let mut p = Projector {
            placing: true,
            monitors: vec![screen("eDP-1", true), screen("HDMI-1", false)],
            ..Projector::default()
        };
        assert_eq!(p.choose_screen(), Some(1));
        p.monitors = vec![screen("HDMI-1", false), screen("eDP-1", true)];
        assert_eq!(p.choose_screen(), Some(0));
        p.monitors.truncate(1);
        assert_eq!(
            p.choose_screen(),
            None,
            "one screen: a window, not fullscreen"
        );
        p.placing = false;
        p.monitors = vec![screen("eDP-1", true), screen("HDMI-1", false)];
        assert_eq!(p.choose_screen(), None, "reopened by hand: a window");
    }

    #[test]
    fn a_remembered_screen_is_found_by_name_and_a_missing_one_means_a_window() {
        let p = Projector {
            wanted: Some("HDMI-1".into()),
            monitors: vec![screen("HDMI-1", false), screen("eDP-1", true)],
            ..Projector::default()
        };
        assert_eq!(p.choose_screen(), Some(0));
        let gone = Projector {
            wanted: Some("DP-3".into()),
            monitors: vec![screen("eDP-1", true)],
            ..Projector::default()
        };
        assert_eq!(gone.choose_screen(), None);
    }

    #[test]
    fn a_screen_without_a_name_is_named_in_the_persons_language() {
        let es = crate::i18n::Lang::from_code("es").expect("Spanish");
        let mut m = screen("Screen 2", false);
        m.unnamed = Some(2);
        assert_eq!(m.label(crate::i18n::Lang::ENGLISH), "Screen 2 (1024×768)");
        assert_eq!(m.label(es), "Pantalla 2 (1024×768)");
        assert_eq!(screen("HDMI-1", false).label(es), "HDMI-1 (1024×768)");
    }
}
