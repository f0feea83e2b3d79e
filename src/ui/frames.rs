//! What each frame costs: the app draws only when something visible changed. Here live the
//! frame loop's own rules: the text cursor blinks only while a person types (and for a few
//! seconds after, as desktop toolkits do), and, for measuring, a count of frames drawn.

use std::io::Write;

use egui::Event;

/// How long the cursor keeps blinking after the last key or click.
pub const CURSOR_BLINKS_FOR: f64 = 5.0;

/// The text cursor's blinking.
#[derive(Default)]
pub struct CursorBlink {
    /// When (egui's time, seconds) the person last typed or clicked.
    last_input: f64,
}

impl CursorBlink {
    /// Once a frame, before anything is drawn: blink after typing, then hold the cursor still
    /// so an idle note box costs no frames.
    pub fn frame(&mut self, ctx: &egui::Context) {
        let (now, typed) = ctx.input(|i| {
            let typed = i.events.iter().any(|e| {
                matches!(
                    e,
                    Event::Key { .. }
                        | Event::Text(_)
                        | Event::Paste(_)
                        | Event::Ime(_)
                        | Event::PointerButton { .. }
                )
            });
            (i.time, typed)
        });
        if typed {
            self.last_input = now;
        }
        let idle = now - self.last_input;
        let blink = idle < CURSOR_BLINKS_FOR;
        if ctx.global_style().visuals.text_cursor.blink != blink {
            ctx.all_styles_mut(|s| s.visuals.text_cursor.blink = blink);
            // The style reaches the widgets on the next frame: draw the cursor once more,
            // still and visible (a blinking cursor keeps waking the window until then).
            if !blink && ctx.text_edit_focused() {
                ctx.request_repaint();
            }
        }
    }
}

/// A hover draws one frame. egui asks for two more frames after every input event, so that
/// what the input changed settles (a click handled after its button was drawn, a widget that
/// moved); and since it keeps only the soonest of the waits it is asked for, those frames are
/// also where it learns again the later ones (a hint due in half a second, the timer's next
/// second). For a frame whose only input is the pointer moving, the app runs those settling
/// passes inside the frame itself (egui discards a pass and lays it out again, up to
/// [`SETTLING_PASSES`] times) and paints only the last: the same picture, one frame, and the
/// later waits asked for by the last pass, which starts with nothing pending. The two
/// immediate repaints egui asks for at the start of the first two passes are the only
/// requests held back; every other request (the app's, a widget's, a background thread's)
/// reaches the window system as before.
pub struct Settle {
    state: std::sync::Arc<SettleState>,
}

/// The passes a hover frame is laid out in: the frame itself and egui's two settling frames.
pub const SETTLING_PASSES: usize = 3;

struct SettleState {
    /// The thread that draws: requests from other threads are never held back.
    ui_thread: std::thread::ThreadId,
    /// The console's frame being drawn answers only the pointer moving.
    hover: std::sync::atomic::AtomicBool,
    /// egui is starting a pass of that frame (before the app's part of it): the immediate
    /// repaint it asks for here is a settling frame the frame's own passes stand for.
    starting: std::sync::atomic::AtomicBool,
}

impl Settle {
    /// Take over `ctx`'s repaint requests: each goes on to `forward` (to the window system)
    /// unless it is a settling frame of a hover (see [`Settle`]). Called on the drawing thread.
    pub fn install(
        ctx: &egui::Context,
        forward: impl Fn(egui::RequestRepaintInfo) + Send + Sync + 'static,
    ) -> Self {
        use std::sync::atomic::Ordering::SeqCst;
        let state = std::sync::Arc::new(SettleState {
            ui_thread: std::thread::current().id(),
            hover: false.into(),
            starting: false.into(),
        });
        let held = std::sync::Arc::clone(&state);
        ctx.set_request_repaint_callback(move |info| {
            let settling = info.viewport_id == egui::ViewportId::ROOT
                && info.delay.is_zero()
                && held.hover.load(SeqCst)
                && held.starting.load(SeqCst)
                && std::thread::current().id() == held.ui_thread;
            if !settling {
                forward(info);
            }
        });
        if let Some(passes) = std::num::NonZeroUsize::new(SETTLING_PASSES) {
            ctx.options_mut(|o| o.max_passes = o.max_passes.max(passes));
        }
        Self { state }
    }

    /// Before egui starts a frame: whether it is the console's, shown (a hidden window runs no
    /// passes), and answers only the pointer moving (no button held, nothing dragged).
    pub fn frame_starts(&self, ctx: &egui::Context, input: &egui::RawInput) {
        use std::sync::atomic::Ordering::SeqCst;
        let shown = input
            .viewports
            .get(&egui::ViewportId::ROOT)
            .is_none_or(|v| v.visible() != Some(false));
        let hover = input.viewport_id == egui::ViewportId::ROOT
            && shown
            && !input.events.is_empty()
            && input
                .events
                .iter()
                .all(|e| matches!(e, Event::PointerMoved(_)))
            && !ctx.input_for(egui::ViewportId::ROOT, |i| i.pointer.any_down())
            && ctx.dragged_id().is_none();
        self.state.hover.store(hover, SeqCst);
        self.state.starting.store(hover, SeqCst);
    }

    /// At the start of the app's part of each pass of the console.
    pub fn pass_begins(&self, ctx: &egui::Context) {
        use std::sync::atomic::Ordering::SeqCst;
        self.state.starting.store(false, SeqCst);
        if self.state.hover.load(SeqCst) && ctx.current_pass_index() + 1 < SETTLING_PASSES {
            ctx.request_discard("a hover settles within its frame");
        }
    }

    /// At the end of the app's part of each pass of the console: egui starts the next pass
    /// of a hover frame (and asks for a settling frame) until the last.
    pub fn pass_ends(&self, ctx: &egui::Context) {
        use std::sync::atomic::Ordering::SeqCst;
        let more = self.state.hover.load(SeqCst) && ctx.current_pass_index() + 2 < SETTLING_PASSES;
        self.state.starting.store(more, SeqCst);
        if !more {
            self.state.hover.store(false, SeqCst);
        }
    }
}

/// Where to log each frame drawn, when `CAFE_HOST_FRAME_LOG` names a file (for
/// `scripts/measure-cpu.sh`): one line per pass of a frame, with the window it was drawn for,
/// the pass (0 for a frame's first; a frame egui lays out again has a 1 too), the window
/// system's events it answers and what else asked for it, tab-separated.
pub fn log(ctx: &egui::Context, window: &str) {
    use std::sync::OnceLock;
    static LOG: OnceLock<Option<std::sync::Mutex<std::fs::File>>> = OnceLock::new();
    let file = LOG.get_or_init(|| {
        let path = std::env::var_os("CAFE_HOST_FRAME_LOG")?;
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .ok()?;
        Some(std::sync::Mutex::new(file))
    });
    if let Some(file) = file
        && let Ok(mut file) = file.lock()
    {
        let pass = ctx.current_pass_index();
        let causes = ctx
            .repaint_causes()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ");
        // A measurement aid only: a line that cannot be written is a missing count, not a
        // lost promise to the person.
        let events = ctx.input(|i| {
            i.events
                .iter()
                .map(|e| format!("{e:?}").chars().take(24).collect::<String>())
                .collect::<Vec<_>>()
                .join(", ")
        });
        drop(writeln!(file, "{window}\t{pass}\t{events}\t{causes}"));
    }
}

/// Between the window system and the app: a pointer move is passed on (and a frame drawn)
/// only when it reaches or leaves something that answers to the pointer (a button, a box, a
/// scroll bar), while a button is held, or while something is being dragged. Other moves
/// change nothing on screen; the latest is kept and passed on before the next click, scroll
/// or key, so the app always acts where the pointer is.
pub struct CalmPointer<A> {
    app: A,
    ctx: std::sync::Arc<std::sync::Mutex<Option<egui::Context>>>,
    /// The console's window: the first one the system reports on. Nothing on the projector
    /// answers to the pointer.
    console: Option<winit::window::WindowId>,
    /// The latest move not passed on, per window.
    held: Vec<(winit::window::WindowId, winit::event::WindowEvent)>,
    /// Where the app last saw the pointer, in the console's points.
    seen_at: Option<egui::Pos2>,
    buttons_down: usize,
}

impl<A> CalmPointer<A> {
    /// Wrap `app`; `ctx` holds its egui context once it is made.
    pub fn new(app: A, ctx: std::sync::Arc<std::sync::Mutex<Option<egui::Context>>>) -> Self {
        Self {
            app,
            ctx,
            console: None,
            held: Vec::new(),
            seen_at: None,
            buttons_down: 0,
        }
    }

    /// Whether the pointer at `pos` (in points) answers to something other than what it
    /// answered to where the app last saw it.
    fn moves_something(&self, pos: egui::Pos2) -> bool {
        let Some(ctx) = self.ctx.lock().ok().and_then(|c| c.clone()) else {
            return true;
        };
        if self.buttons_down > 0 || ctx.egui_is_using_pointer() || ctx.dragged_id().is_some() {
            return true;
        }
        let Some(before) = self.seen_at else {
            return true;
        };
        ctx.viewport_for(egui::ViewportId::ROOT, |viewport| {
            // Between frames the frame just drawn is the "previous" one.
            let widgets = &viewport.prev_pass.widgets;
            let answering = |at: egui::Pos2| {
                widgets
                    .layers()
                    .flat_map(|(_, rects)| rects.iter())
                    .filter(|w| {
                        w.enabled
                            && (w.sense.senses_click()
                                || w.sense.senses_drag()
                                || w.sense.is_focusable())
                            && w.interact_rect.contains(at)
                    })
                    .map(|w| w.id)
                    .collect::<Vec<_>>()
            };
            answering(before) != answering(pos)
        })
    }

    fn points(&self, position: winit::dpi::PhysicalPosition<f64>) -> Option<egui::Pos2> {
        let ctx = self.ctx.lock().ok().and_then(|c| c.clone())?;
        let scale = ctx.pixels_per_point();
        #[expect(
            clippy::cast_possible_truncation,
            reason = "a window's pixels fit a float"
        )]
        Some(egui::pos2(
            (position.x / f64::from(scale)) as f32,
            (position.y / f64::from(scale)) as f32,
        ))
    }
}

impl<A: winit::application::ApplicationHandler<eframe::UserEvent>>
    winit::application::ApplicationHandler<eframe::UserEvent> for CalmPointer<A>
{
    fn resumed(&mut self, event_loop: &winit::event_loop::ActiveEventLoop) {
        self.app.resumed(event_loop);
    }

    fn window_event(
        &mut self,
        event_loop: &winit::event_loop::ActiveEventLoop,
        window_id: winit::window::WindowId,
        event: winit::event::WindowEvent,
    ) {
        use winit::event::{ElementState, WindowEvent};
        let console = *self.console.get_or_insert(window_id);
        match &event {
            WindowEvent::CursorMoved { position, .. } => {
                let pos = self.points(*position);
                let pass_on = window_id == console && pos.is_none_or(|p| self.moves_something(p));
                if !pass_on {
                    self.held.retain(|(w, _)| *w != window_id);
                    self.held.push((window_id, event));
                    return;
                }
                self.held.retain(|(w, _)| *w != window_id);
                if window_id == console {
                    self.seen_at = pos;
                }
                self.app.window_event(event_loop, window_id, event);
                return;
            }
            WindowEvent::MouseInput { state, .. } => {
                self.buttons_down = match state {
                    ElementState::Pressed => self.buttons_down + 1,
                    ElementState::Released => self.buttons_down.saturating_sub(1),
                };
            }
            WindowEvent::Focused(false) => self.buttons_down = 0,
            _ => {}
        }
        // A click, a scroll, a key or the pointer leaving first learns where the pointer is
        // now; other events (a drawing request, the pointer's raw axes) use it as last passed on.
        let acts_at_pointer = matches!(
            event,
            WindowEvent::MouseInput { .. }
                | WindowEvent::MouseWheel { .. }
                | WindowEvent::KeyboardInput { .. }
                | WindowEvent::Ime(_)
                | WindowEvent::Touch(_)
                | WindowEvent::CursorLeft { .. }
                | WindowEvent::PinchGesture { .. }
                | WindowEvent::PanGesture { .. }
                | WindowEvent::RotationGesture { .. }
                | WindowEvent::DoubleTapGesture { .. }
                | WindowEvent::DroppedFile(_)
                | WindowEvent::HoveredFile(_)
        );
        if acts_at_pointer && let Some(i) = self.held.iter().position(|(w, _)| *w == window_id) {
            let (_, moved) = self.held.remove(i);
            if let (WindowEvent::CursorMoved { position, .. }, true) =
                (&moved, window_id == console)
            {
                self.seen_at = self.points(*position);
            }
            self.app.window_event(event_loop, window_id, moved);
        }
        self.app.window_event(event_loop, window_id, event);
    }

    fn new_events(
        &mut self,
        event_loop: &winit::event_loop::ActiveEventLoop,
        cause: winit::event::StartCause,
    ) {
        self.app.new_events(event_loop, cause);
    }

    fn user_event(
        &mut self,
        event_loop: &winit::event_loop::ActiveEventLoop,
        event: eframe::UserEvent,
    ) {
        self.app.user_event(event_loop, event);
    }

    fn device_event(
        &mut self,
        event_loop: &winit::event_loop::ActiveEventLoop,
        device_id: winit::event::DeviceId,
        event: winit::event::DeviceEvent,
    ) {
        // The mouse's raw motion (for games that hold the pointer) would draw a frame per
        // move; the app follows the pointer's place in its window instead.
        if matches!(event, winit::event::DeviceEvent::MouseMotion { .. }) {
            return;
        }
        self.app.device_event(event_loop, device_id, event);
    }

    fn about_to_wait(&mut self, event_loop: &winit::event_loop::ActiveEventLoop) {
        self.app.about_to_wait(event_loop);
    }

    fn suspended(&mut self, event_loop: &winit::event_loop::ActiveEventLoop) {
        self.app.suspended(event_loop);
    }

    fn exiting(&mut self, event_loop: &winit::event_loop::ActiveEventLoop) {
        self.app.exiting(event_loop);
    }

    fn memory_warning(&mut self, event_loop: &winit::event_loop::ActiveEventLoop) {
        self.app.memory_warning(event_loop);
    }
}
