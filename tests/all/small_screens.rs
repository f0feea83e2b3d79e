//! A small laptop: the window fits its screen (1366×768, and 1280×720 at 125 %), remembers
//! where it was, and the presenter keeps the question beside all its points.

use cafe_host::store::DataDir;
use cafe_host::store::preferences::Preferences;
use cafe_host::ui::CafeApp;
use egui::{ViewportCommand, ViewportId, ViewportInfo};
use egui_kittest::Harness;

use crate::common::{TestClock, example_session, harness};

/// Tell the app its window is `inner` (with a title bar) on a screen of `screen` points.
fn window_on_screen(h: &mut Harness<'_, CafeApp>, inner: egui::Vec2, screen: egui::Vec2) {
    let info = h.input_mut().viewports.entry(ViewportId::ROOT).or_default();
    *info = ViewportInfo {
        monitor_size: Some(screen),
        inner_rect: Some(egui::Rect::from_min_size(egui::pos2(0.0, 30.0), inner)),
        outer_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            inner + egui::vec2(0.0, 30.0),
        )),
        maximized: Some(false),
        fullscreen: Some(false),
        ..info.clone()
    };
}

fn root_commands(h: &Harness<'_, CafeApp>) -> Vec<ViewportCommand> {
    h.output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}

#[test]
fn the_window_fits_a_1280_by_720_screen_at_125_percent_and_is_remembered() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    // 1280×720 pixels at 125 % is 1024×576 points; the window asked for more.
    let screen = egui::vec2(1024.0, 576.0);
    window_on_screen(&mut h, egui::vec2(1280.0, 700.0), screen);
    h.step();
    let size = root_commands(&h)
        .into_iter()
        .find_map(|c| match c {
            ViewportCommand::InnerSize(size) => Some(size),
            _ => None,
        })
        .expect("the window is made smaller");
    assert!(
        size.y + 30.0 <= screen.y,
        "{size:?} fits, title bar and all"
    );
    assert!(size.x <= screen.x, "{size:?}");
    // The system resized it; closing remembers where it was.
    window_on_screen(&mut h, size, screen);
    h.step();
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
    drop(h);
    let (prefs, problem) = Preferences::load(&DataDir::new(data.path()));
    assert_eq!(problem, None);
    let place = prefs.window.expect("the window's place is remembered");
    assert_eq!((place.width, place.height), (size.x, size.y));
    assert_eq!((place.x, place.y), (0.0, 0.0));
    assert!(!place.maximized);
    let again = cafe_host::ui::window::viewport(Some(&place));
    assert_eq!(again.inner_size, Some(size), "it opens that size next time");
}
