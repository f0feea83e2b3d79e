//! The app sleeps while nothing changes, and wakes about once a second while the timer runs.
//! Measured from what egui is asked: the repaint delay each frame ends with. (The projector is
//! left closed here: without native windows egui embeds it and repaints embedded windows every
//! frame, which the real two-window app does not do.)

use std::time::Duration;

use cafe_host::store::DataDir;
use cafe_host::ui::{AppCommand, AppOptions, CafeApp};
use egui::ViewportId;

use crate::common::{TestClock, example_session};

fn repaint_delay(ctx: &egui::Context, app: &mut CafeApp) -> Duration {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    let mut out = ctx.run_ui(input, |ui| app.show(ui));
    out.textures_delta.clear();
    out.viewport_output[&ViewportId::ROOT].repaint_delay
}

#[test]
fn idle_presenter_sleeps_and_a_running_timer_wakes_it_once_a_second() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let ctx = egui::Context::default();
    let mut app = CafeApp::new(
        &ctx,
        AppOptions {
            data: DataDir::new(data.path()),
            open: Some(path),
            projector: false,
            table: None,
            clock: clock.clock(),
            stop: std::sync::Arc::default(),
            shared: None,
        },
    );
    for _ in 0..4 {
        repaint_delay(&ctx, &mut app);
    }
    // Idle: the next wake-up is the wall clock's next minute.
    clock.advance(chrono::Duration::seconds(15));
    let idle = repaint_delay(&ctx, &mut app);
    assert!(
        idle >= Duration::from_secs(40),
        "idle repaint after {idle:?}"
    );

    app.run(AppCommand::ToggleTimer);
    assert!(
        app.flush(Duration::from_secs(5)),
        "the timer start is saved"
    );
    for _ in 0..3 {
        repaint_delay(&ctx, &mut app);
    }
    clock.advance(chrono::Duration::milliseconds(250));
    let ticking = repaint_delay(&ctx, &mut app);
    assert!(
        ticking <= Duration::from_secs(1) && ticking >= Duration::from_millis(500),
        "timer repaint after {ticking:?}"
    );
}
