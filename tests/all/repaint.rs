//! The app draws only when something visible changes: it sleeps while nothing does, a running
//! timer wakes each window for what it shows (the console each second, the projector each
//! minute until the last one), and the pointer reaching a control draws one frame. Measured
//! from what egui is asked: the repaint delay each frame ends with, each window on its own
//! (egui is told the windows are native, as in the real app).

use std::time::Duration;

use cafe_host::live::Command;
use cafe_host::store::DataDir;
use cafe_host::ui::{AppCommand, AppOptions, CafeApp, Request};
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
    open_cafe(data, example_session(data), clock, projector)
}

/// The app with the café at `path` open.
fn open_cafe(
    data: &std::path::Path,
    path: std::path::PathBuf,
    clock: &TestClock,
    projector: bool,
) -> (egui::Context, CafeApp) {
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
    let mut out = ctx.run_ui(raw_input(viewport, time, events), ui);
    out.textures_delta.clear();
    out
}

/// What the window system gives egui for a frame of `viewport` at egui time `time`.
fn raw_input(viewport: ViewportId, time: f64, events: Vec<egui::Event>) -> egui::RawInput {
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
    input
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

    // On a question with the timer running, the room's clock (whole minutes until the last
    // minute) wakes it when its minutes change.
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
        delay <= Duration::from_secs(60) && delay >= Duration::from_secs(59),
        "the room's clock wakes the projector for its next minute, not sooner: {delay:?}"
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

/// Frames each window drew over a stretch of simulated time.
#[derive(Debug, Default)]
struct Drawn {
    console: usize,
    projector: usize,
}

/// Run the console (and the projector, when `console` says it is open) as the window system
/// would, from egui time `from` for `secs` seconds: each window draws when the wait it was
/// last asked for is over, the café's clock moving with egui's. Stops early (and says so in
/// the count) rather than loop for ever on a window that never sleeps.
fn run_for(
    ctx: &egui::Context,
    app: &mut CafeApp,
    clock: &TestClock,
    mut console: egui::FullOutput,
    from: f64,
    secs: f64,
) -> (Drawn, egui::FullOutput) {
    let projector = cafe_host::ui::projector::viewport_id();
    let end = from + secs;
    let mut next = [
        from + delay_of(&console, ViewportId::ROOT).as_secs_f64(),
        from + delay_of(&console, projector).as_secs_f64(),
    ];
    let mut now = from;
    let mut drawn = Drawn::default();
    while drawn.console + drawn.projector < 10_000 {
        let (window, at) = if next[0] <= next[1] {
            (0, next[0])
        } else {
            (1, next[1])
        };
        if at > end {
            break;
        }
        let step = (at - now).max(0.0);
        #[expect(
            clippy::cast_possible_truncation,
            reason = "a test's stretch of time is seconds long"
        )]
        clock.advance(chrono::Duration::microseconds((step * 1e6) as i64));
        now = at;
        let out = if window == 0 {
            drawn.console += 1;
            console = console_pass(ctx, app, now, vec![]);
            next[0] = f64::INFINITY;
            console.clone()
        } else {
            drawn.projector += 1;
            next[1] = f64::INFINITY;
            projector_pass(ctx, &console, now, vec![])
        };
        for (i, id) in [ViewportId::ROOT, projector].into_iter().enumerate() {
            let delay = delay_of(&out, id);
            if delay != Duration::MAX {
                next[i] = next[i].min(now + delay.as_secs_f64());
            }
        }
    }
    (drawn, console)
}

#[test]
fn a_running_timer_draws_the_console_once_a_second_and_the_projector_once_a_minute_till_the_last() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let (ctx, mut app) = open_app(data.path(), &clock, true);
    ctx.set_embed_viewports(false);
    let projector = cafe_host::ui::projector::viewport_id();
    while !matches!(
        app.live().expect("open").session.current,
        cafe_host::model::Step::Question(_)
    ) {
        app.run(AppCommand::NextStep);
    }
    assert!(
        app.live().expect("open").session.projector.show_timer,
        "the room sees the timer"
    );
    let mut console = console_pass(&ctx, &mut app, 0.0, vec![]);
    for t in 1..4 {
        projector_pass(&ctx, &console, f64::from(t) * 0.1, vec![]);
        console = console_pass(&ctx, &mut app, f64::from(t) * 0.1 + 0.05, vec![]);
    }
    app.run(AppCommand::ToggleTimer);
    assert!(
        app.flush(Duration::from_secs(5)),
        "the timer start is saved"
    );
    console = console_pass(&ctx, &mut app, 1.0, vec![]);
    assert_eq!(
        delay_of(&console, projector),
        Duration::ZERO,
        "the room sees the timer start"
    );
    // Let the start settle, then count two minutes.
    let (_, console) = run_for(&ctx, &mut app, &clock, console, 1.0, 5.0);
    let (drawn, _) = run_for(&ctx, &mut app, &clock, console, 6.0, 120.0);
    assert!(
        (120..=124).contains(&drawn.console),
        "the console draws once for each second its timer shows: {drawn:?}"
    );
    assert!(
        (2..=3).contains(&drawn.projector),
        "the projector draws once a minute, when the room's minutes change: {drawn:?}"
    );

    // A round cut to three minutes is in its last minute: the room sees the seconds.
    let planned = app.live().expect("open").session.timer.planned_secs;
    app.run(Request::Cafe(Command::AdjustTimer {
        minutes: 3 - planned / 60,
    }));
    let left = app
        .live()
        .expect("open")
        .session
        .timer
        .remaining_secs(clock.clock()());
    assert!((0..60).contains(&left), "{left} s left");
    let console = console_pass(&ctx, &mut app, 126.0, vec![]);
    let (drawn, console) = run_for(&ctx, &mut app, &clock, console, 126.0, 20.0);
    assert!(
        (19..=24).contains(&drawn.projector),
        "in the last minute the projector draws once a second (and the shorter round): {drawn:?}"
    );
    // Once the time is up the room reads that it is, and the projector sleeps.
    let (_, console) = run_for(&ctx, &mut app, &clock, console, 146.0, 60.0);
    let (drawn, _) = run_for(&ctx, &mut app, &clock, console, 206.0, 30.0);
    assert!(
        drawn.projector <= 1,
        "the time is up: nothing changes for the room: {drawn:?}"
    );
    assert!(
        (29..=32).contains(&drawn.console),
        "the console counts the overtime: {drawn:?}"
    );
    assert!(app.flush(Duration::from_secs(5)));
}

/// Where the console's controls answer to the pointer, as its last frame laid them out.
fn controls(ctx: &egui::Context) -> Vec<egui::Rect> {
    ctx.viewport_for(ViewportId::ROOT, |viewport| {
        viewport
            .prev_pass
            .widgets
            .layers()
            .flat_map(|(_, rects)| rects.iter())
            .filter(|w| w.enabled && w.sense.senses_click())
            .map(|w| w.interact_rect)
            .collect()
    })
}

/// The console's waits that reach the window system, as the real app's event loop gets them.
type Asked = std::sync::Arc<std::sync::Mutex<Vec<Duration>>>;

/// The app with its repaints going through [`cafe_host::ui::frames::Settle`], as in the real
/// app, and what of them reaches the window system.
fn settled_app(data: &std::path::Path, clock: &TestClock) -> (egui::Context, CafeApp, Asked) {
    let (ctx, mut app) = open_app(data, clock, false);
    let asked = Asked::default();
    let record = std::sync::Arc::clone(&asked);
    app.settle_hovers(cafe_host::ui::frames::Settle::install(&ctx, move |info| {
        if info.viewport_id == ViewportId::ROOT {
            record.lock().expect("asked").push(info.delay);
        }
    }));
    (ctx, app, asked)
}

/// The frames the console draws from egui time `at`, as the window system draws them: the
/// first with `events`, the others a sixtieth of a second apart for as long as an immediate
/// repaint reaches it; and the soonest wait it is then asked for.
fn frames_from(
    ctx: &egui::Context,
    app: &mut CafeApp,
    asked: &Asked,
    at: f64,
    events: Vec<egui::Event>,
) -> (u32, Duration) {
    let mut events = events;
    let mut frames = 0;
    loop {
        asked.lock().expect("asked").clear();
        let mut input = raw_input(ViewportId::ROOT, at + f64::from(frames) / 60.0, events);
        eframe::App::raw_input_hook(app, ctx, &mut input);
        ctx.run_ui(input, |ui| app.show(ui)).textures_delta.clear();
        frames += 1;
        events = vec![];
        let soonest = asked
            .lock()
            .expect("asked")
            .iter()
            .min()
            .copied()
            .unwrap_or(Duration::MAX);
        if soonest > Duration::ZERO || frames >= 100 {
            return (frames, soonest);
        }
    }
}

#[test]
fn the_pointer_reaching_or_leaving_a_control_draws_one_frame() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let (ctx, mut app, asked) = settled_app(data.path(), &clock);
    frames_from(&ctx, &mut app, &asked, 0.0, vec![]);
    let controls = controls(&ctx);
    // A place where nothing answers to the pointer.
    let empty = (0..200_u16)
        .map(|i| egui::pos2(1270.0, 4.0 * f32::from(i)))
        .find(|p| controls.iter().all(|r| !r.expand(2.0).contains(*p)))
        .expect("room where nothing answers to the pointer");
    let moved = |to| vec![egui::Event::PointerMoved(to)];
    let mut at = 1.0;
    let mut hinted = false;
    for control in controls.iter().take(30) {
        let (frames, _) = frames_from(&ctx, &mut app, &asked, at, moved(empty));
        assert_eq!(frames, 1, "leaving a control draws one frame");
        let (frames, sleep) =
            frames_from(&ctx, &mut app, &asked, at + 1.0, moved(control.center()));
        assert_eq!(frames, 1, "reaching a control draws its hover in one frame");
        assert!(
            sleep >= Duration::from_millis(300),
            "then nothing is drawn until its hint is due: {sleep:?}"
        );
        if sleep < Duration::from_secs(1) {
            hinted = true;
            // The hint is due: it is drawn (egui settles a new hint over a few frames).
            let due = at + 1.0 + sleep.as_secs_f64();
            let (frames, after) = frames_from(&ctx, &mut app, &asked, due, vec![]);
            assert!(frames <= 3, "the hint appears in {frames} frames");
            assert!(after >= Duration::from_secs(1), "then it rests: {after:?}");
        }
        at += 5.0;
    }
    assert!(hinted, "some control has a hint");
}

#[test]
fn a_running_timer_still_ticks_while_the_pointer_hovers() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let (ctx, mut app, asked) = settled_app(data.path(), &clock);
    frames_from(&ctx, &mut app, &asked, 0.0, vec![]);
    app.run(AppCommand::ToggleTimer);
    assert!(
        app.flush(Duration::from_secs(5)),
        "the timer start is saved"
    );
    frames_from(&ctx, &mut app, &asked, 0.5, vec![]);
    clock.advance(chrono::Duration::milliseconds(250));
    let controls = controls(&ctx);
    let control = controls.first().expect("a control");
    let (frames, sleep) = frames_from(
        &ctx,
        &mut app,
        &asked,
        1.0,
        vec![egui::Event::PointerMoved(control.center())],
    );
    assert_eq!(frames, 1);
    assert!(
        sleep <= Duration::from_secs(1),
        "the timer's next second still wakes the console: {sleep:?}"
    );
}

#[test]
fn the_time_since_the_cafe_began_turns_over_on_its_own_minute() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    // The café began ten minutes and twenty seconds before the clock's 18:30:00.
    let path = example_session(data.path());
    let text = std::fs::read_to_string(&path).expect("example");
    let first = text.find("at: \"").expect("a timeline") + 5;
    let end = first + text[first..].find('"').expect("a time");
    let text = format!("{}2026-11-24T18:19:40Z{}", &text[..first], &text[end..]);
    std::fs::write(&path, text).expect("began recently");
    let (ctx, mut app) = open_cafe(data.path(), path, &clock, false);
    for _ in 0..3 {
        repaint_delay(&ctx, &mut app);
    }
    let idle = repaint_delay(&ctx, &mut app);
    assert!(
        idle <= Duration::from_secs(40) && idle >= Duration::from_secs(39),
        "the console wakes when '0:10' becomes '0:11', 40 s on, not at the clock's minute: {idle:?}"
    );
}
