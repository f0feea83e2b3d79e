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
    let (ctx, mut app) = open_app(data.path(), &clock, false);
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

fn open_app(
    data: &std::path::Path,
    clock: &TestClock,
    projector: bool,
) -> (egui::Context, CafeApp) {
    let path = example_session(data);
    let ctx = egui::Context::default();
    let app = CafeApp::new(
        &ctx,
        AppOptions {
            data: DataDir::new(data),
            open: Some(path),
            projector,
            table: None,
            clock: clock.clock(),
            stop: std::sync::Arc::default(),
            shared: None,
        },
    );
    (ctx, app)
}

/// One frame of `viewport` at egui time `time`, with `events`.
fn pass(
    ctx: &egui::Context,
    viewport: ViewportId,
    time: f64,
    events: Vec<egui::Event>,
    ui: impl FnMut(&mut egui::Ui),
) -> egui::FullOutput {
    let mut input = egui::RawInput {
        viewport_id: viewport,
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        time: Some(time),
        focused: true,
        events,
        ..Default::default()
    };
    input.viewports.insert(
        viewport,
        egui::ViewportInfo {
            focused: Some(true),
            ..Default::default()
        },
    );
    let mut out = ctx.run_ui(input, ui);
    out.textures_delta.clear();
    out
}

/// One frame of the console window.
fn console_pass(
    ctx: &egui::Context,
    app: &mut CafeApp,
    time: f64,
    events: Vec<egui::Event>,
) -> egui::FullOutput {
    pass(ctx, ViewportId::ROOT, time, events, |ui| app.show(ui))
}

fn delay_of(out: &egui::FullOutput, viewport: ViewportId) -> Duration {
    out.viewport_output
        .get(&viewport)
        .map_or(Duration::MAX, |v| v.repaint_delay)
}

/// The projector's own frame, drawn through the callback the console handed egui.
fn projector_pass(
    ctx: &egui::Context,
    console: &egui::FullOutput,
    time: f64,
    events: Vec<egui::Event>,
) -> egui::FullOutput {
    let id = cafe_host::ui::projector::viewport_id();
    let callback = console.viewport_output[&id]
        .viewport_ui_cb
        .clone()
        .expect("the projector is a window of its own that draws itself");
    pass(ctx, id, time, events, |ui| callback(ui))
}

fn key(key: egui::Key) -> egui::Event {
    egui::Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    }
}

#[test]
fn the_projector_draws_on_its_own_only_when_the_room_sees_a_change_and_its_keys_reach_the_console()
{
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let (ctx, mut app) = open_app(data.path(), &clock, true);
    ctx.set_embed_viewports(false);
    let projector = cafe_host::ui::projector::viewport_id();
    let mut console = console_pass(&ctx, &mut app, 0.0, vec![]);
    assert!(app.projector().open);
    // Its first frames settle (egui lays a new window out twice).
    for t in 0..3 {
        projector_pass(&ctx, &console, f64::from(t) * 0.1, vec![]);
    }
    for t in 1..4 {
        console = console_pass(&ctx, &mut app, f64::from(t), vec![]);
    }
    assert_eq!(
        delay_of(&console, projector),
        Duration::MAX,
        "a console frame that changes nothing the room sees does not redraw the projector"
    );
    let idle = projector_pass(&ctx, &console, 4.0, vec![]);
    assert_eq!(
        delay_of(&idle, projector),
        Duration::MAX,
        "a still slide sleeps"
    );

    // A key pressed on the projector window moves the café, through the console.
    let before = app.live().expect("open").session.current;
    let pressed = projector_pass(&ctx, &console, 5.0, vec![key(egui::Key::PageDown)]);
    assert_eq!(
        delay_of(&pressed, ViewportId::ROOT),
        Duration::ZERO,
        "the console is woken to carry out the projector's key"
    );
    console = console_pass(&ctx, &mut app, 5.0, vec![]);
    assert_ne!(app.live().expect("open").session.current, before);
    assert_eq!(
        delay_of(&console, projector),
        Duration::ZERO,
        "the room sees the new step: the projector is asked to draw it"
    );

    // On a question with the timer running, the room's clock wakes it once a second.
    for _ in 0..10 {
        if matches!(
            app.live().expect("open").session.current,
            cafe_host::model::Step::Question(_)
        ) {
            break;
        }
        app.run(AppCommand::NextStep);
    }
    app.run(AppCommand::ToggleTimer);
    console = console_pass(&ctx, &mut app, 6.0, vec![]);
    for t in [6.1, 6.2] {
        projector_pass(&ctx, &console, t, vec![]);
    }
    clock.advance(chrono::Duration::milliseconds(250));
    let ticking = projector_pass(&ctx, &console, 6.25, vec![]);
    let delay = delay_of(&ticking, projector);
    assert!(
        delay <= Duration::from_secs(1) && delay >= Duration::from_millis(500),
        "the room's clock wakes the projector for its next second, not sooner: {delay:?}"
    );
    assert!(app.flush(Duration::from_secs(5)));
}

#[test]
fn the_note_box_cursor_blinks_while_typing_and_holds_still_after_a_few_idle_seconds() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let (ctx, mut app) = open_app(data.path(), &clock, false);
    app.run(AppCommand::ShowTables);
    for t in 0..3 {
        console_pass(&ctx, &mut app, f64::from(t) * 0.1, vec![]);
    }
    let typing = console_pass(&ctx, &mut app, 1.0, vec![egui::Event::Text("a".into())]);
    let blinking = console_pass(&ctx, &mut app, 1.2, vec![]);
    assert!(
        delay_of(&blinking, ViewportId::ROOT) <= Duration::from_secs(1),
        "just after typing the cursor blinks: {:?} (after {:?})",
        delay_of(&blinking, ViewportId::ROOT),
        delay_of(&typing, ViewportId::ROOT)
    );
    // The half-typed note is kept as a draft after a pause; then nothing is left to do.
    clock.advance(chrono::Duration::seconds(10));
    assert!(app.flush(Duration::from_secs(5)));
    let mut last = Duration::ZERO;
    for t in [7.0, 8.0, 9.0] {
        last = delay_of(&console_pass(&ctx, &mut app, t, vec![]), ViewportId::ROOT);
    }
    assert!(
        last >= Duration::from_secs(20),
        "idle for seconds, the cursor holds still and the window sleeps: {last:?}"
    );
}
