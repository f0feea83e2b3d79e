//! The console's own window: it opens no larger than its screen (a small laptop at 125 %
//! included), and its size and place are remembered for the next start.

use egui::{Vec2, ViewportBuilder, ViewportCommand};

use crate::store::preferences::WindowPlace;

/// The smallest window the console is laid out for.
pub const MIN_SIZE: [f32; 2] = [760.0, 480.0];

/// The size of a first window, before the system maximizes it: it fits a 1366×768 laptop.
const FIRST_SIZE: [f32; 2] = [1200.0, 640.0];

/// How the console's window opens: where it was when it last closed, or (the first time)
/// filling its screen.
pub fn viewport(remembered: Option<&WindowPlace>) -> ViewportBuilder {
    let builder = ViewportBuilder::default()
        .with_title(super::identity::APP_NAME)
        .with_min_inner_size(MIN_SIZE);
    match remembered {
        Some(place) => builder
            .with_inner_size([place.width.max(MIN_SIZE[0]), place.height.max(MIN_SIZE[1])])
            .with_position([place.x, place.y])
            .with_maximized(place.maximized),
        None => builder.with_inner_size(FIRST_SIZE).with_maximized(true),
    }
}

/// Room left for a title bar when the system does not say how tall the window's frame is.
const TITLE_BAR: f32 = 32.0;

/// The inner size that makes a window fit a screen of `screen` points, when its frame
/// (`outer`, around an inside of `inner`) does not fit; `None` when it fits already.
pub fn fitted(inner: Vec2, outer: Vec2, screen: Vec2) -> Option<Vec2> {
    let mut frame = (outer - inner).max(Vec2::ZERO);
    if frame.y < 1.0 {
        // The system reports no frame (X11 often does not): allow for a title bar.
        frame.y = TITLE_BAR;
    }
    let whole = inner + frame;
    if whole.x <= screen.x + 0.5 && whole.y <= screen.y + 0.5 {
        return None;
    }
    let room = (screen - frame).max(Vec2::from(MIN_SIZE));
    Some(inner.min(room))
}

/// Watches the console's window: fits it to its screen once the screen is known, and keeps
/// its last size and place (not while maximized or fullscreen) to remember at closing.
#[derive(Default)]
pub struct WindowWatch {
    /// The window was to open filling its screen (the first time, or as it was left).
    wants_maximized: bool,
    checked: bool,
    place: Option<WindowPlace>,
    maximized: bool,
}

impl WindowWatch {
    /// Watch a window opened from `remembered` (see [`viewport`]).
    pub fn new(remembered: Option<&WindowPlace>) -> Self {
        Self {
            wants_maximized: remembered.is_none_or(|place| place.maximized),
            ..Self::default()
        }
    }

    /// Look at the window this frame.
    pub fn watch(&mut self, ctx: &egui::Context) {
        let (inner, outer, screen, maximized, fullscreen) = ctx.input(|i| {
            let v = i.viewport();
            (
                v.inner_rect,
                v.outer_rect,
                v.monitor_size,
                v.maximized.unwrap_or(false),
                v.fullscreen.unwrap_or(false),
            )
        });
        let (Some(inner), Some(outer)) = (inner, outer) else {
            return;
        };
        if fullscreen {
            return;
        }
        self.maximized = maximized;
        if !self.checked
            && let Some(screen) = screen
        {
            self.checked = true;
            if let Some(size) = fitted(inner.size(), outer.size(), screen) {
                ctx.send_viewport_cmd(ViewportCommand::InnerSize(size));
                let top = outer.min.max(egui::Pos2::ZERO);
                ctx.send_viewport_cmd(ViewportCommand::OuterPosition(top));
            }
            if self.wants_maximized && !maximized {
                // Some window managers let a new window ask for this only once it is shown.
                ctx.send_viewport_cmd(ViewportCommand::Maximized(true));
            }
        }
        if !maximized {
            let place = &mut self.place.get_or_insert_with(WindowPlace::default);
            place.x = outer.min.x;
            place.y = outer.min.y;
            place.width = inner.width();
            place.height = inner.height();
        }
    }

    /// Where the window is, to remember: its last size and place as a window, and whether it
    /// fills its screen now.
    pub fn place(&self) -> Option<WindowPlace> {
        self.place.map(|place| WindowPlace {
            maximized: self.maximized,
            ..place
        })
    }
}

/// A window remembered on a screen that is no longer there opens on the first screen
/// instead (nothing to do without a native window, as in tests).
pub fn keep_on_a_screen(frame: &eframe::Frame) {
    let Some(window) = frame.winit_window() else {
        return;
    };
    let Ok(corner) = window.outer_position() else {
        return;
    };
    let on_a_screen = window.available_monitors().any(|m| {
        let (at, size) = (m.position(), m.size());
        let inside = |v: i32, from: i32, len: u32| {
            v >= from && i64::from(v) < i64::from(from) + i64::from(len)
        };
        // The title bar's left end is on the screen: the window can be reached and moved.
        inside(corner.x + 40, at.x, size.width) && inside(corner.y + 10, at.y, size.height)
    });
    if !on_a_screen && let Some(first) = window.available_monitors().next() {
        window.set_outer_position(first.position());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_taller_than_a_small_laptop_at_125_percent_is_made_to_fit() {
        // 1280×720 pixels at 125 % is 1024×576 points.
        let screen = egui::vec2(1024.0, 576.0);
        let inner = egui::vec2(1280.0, 700.0);
        let outer = inner + egui::vec2(0.0, 30.0);
        let size = fitted(inner, outer, screen).expect("too tall");
        assert!(
            size.x + 0.0 <= screen.x && size.y + 30.0 <= screen.y,
            "{size:?}"
        );
        assert!(size.y >= MIN_SIZE[1]);
        assert_eq!(
            fitted(egui::vec2(1000.0, 500.0), egui::vec2(1000.0, 530.0), screen),
            None
        );
    }

    #[test]
    fn the_remembered_place_opens_the_window_there() {
        let place = WindowPlace {
            x: 1400.0,
            y: 20.0,
            width: 900.0,
            height: 600.0,
            maximized: false,
        };
        let builder = viewport(Some(&place));
        assert_eq!(builder.position, Some(egui::pos2(1400.0, 20.0)));
        assert_eq!(builder.inner_size, Some(egui::vec2(900.0, 600.0)));
        assert_eq!(builder.maximized, Some(false));
        let first = viewport(None);
        assert_eq!(first.maximized, Some(true));
        let size = first.inner_size.expect("a size");
        assert!(
            size.x <= 1366.0 && size.y + 40.0 <= 768.0,
            "fits a small laptop"
        );
    }
}
