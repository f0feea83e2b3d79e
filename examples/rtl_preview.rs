//! Draws the real projector view of an Arabic-first café (the bundled guide with its Arabic
//! wording as the room's language and English on screen as the translation) and saves it as a
//! PNG, to put beside a browser's rendering of the same text (see `scripts/compare-rtl.sh`).
//!
//! `cargo run --example rtl_preview -- question|bilingual WIDTHxHEIGHT out.png`
//! Needs a display (a virtual one is fine).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use cafe_host::live::{Command, LiveState};
use cafe_host::model::{Guide, Session, SessionDetails, Step};
use cafe_host::store::load_guide;
use cafe_host::ui::fonts::FontSupport;
use cafe_host::ui::projector::FitCache;

struct Preview {
    live: LiveState,
    fit: FitCache,
    out: PathBuf,
    frames: u32,
    saved: Arc<Mutex<Option<Result<(), String>>>>,
}

/// The bundled guide as an Arabic-speaking school would write it: Arabic first, English as
/// the translation.
fn arabic_first(mut guide: Guide) -> Guide {
    guide.languages = vec!["ar".into(), "en".into()];
    for q in &mut guide.questions {
        if let Some(ar) = q.translations.get("ar").cloned() {
            let en = std::mem::replace(&mut q.text, ar);
            q.translations = [("en".to_owned(), en)].into();
        }
    }
    guide
}

fn cafe(slide: &str) -> Result<LiveState, String> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/guides/parent-school-partnership.ron");
    let guide = load_guide(&path).map_err(|e| e.to_string())?;
    let now = chrono::Utc::now();
    let details = SessionDetails {
        title: "أطفالنا، مدرستنا".into(),
        date: now.date_naive(),
        venue: String::new(),
        facilitator: String::new(),
        tables: 6,
        series: String::new(),
    };
    let mut live = LiveState::new(Session::new(arabic_first(guide), details, now));
    live.apply(Command::SetTranslation(Some("en".into())), now);
    live.apply(Command::GoTo(Step::Question(0)), now);
    if slide == "bilingual" {
        live.apply(
            Command::ToggleScreen(cafe_host::live::ProjectorScreen::MoveTables),
            now,
        );
    }
    Ok(live)
}

impl eframe::App for Preview {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let view = cafe_host::ui::RoomView::of(&self.live, chrono::Duration::zero());
        cafe_host::ui::projector::ui(ui, &view, chrono::Utc::now(), &mut self.fit, false);
        self.frames += 1;
        let ctx = ui.ctx().clone();
        if self.frames == 20 {
            let out = self.out.clone();
            let saved = Arc::clone(&self.saved);
            ctx.request_screenshot(move |image| {
                let [w, h] = image.size;
                let bytes: Vec<u8> = image
                    .pixels
                    .iter()
                    .flat_map(egui::Color32::to_array)
                    .collect();
                let result =
                    image::save_buffer(&out, &bytes, w as u32, h as u32, image::ColorType::Rgba8)
                        .map_err(|e| format!("could not write {}: {e}", out.display()));
                if let Ok(mut slot) = saved.lock() {
                    *slot = Some(result);
                }
            });
        }
        let done = self.saved.lock().map_or(true, |s| s.is_some());
        if done {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        ctx.request_repaint();
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [slide, size, out] = args.as_slice() else {
        eprintln!("usage: rtl_preview question|bilingual WIDTHxHEIGHT out.png");
        return ExitCode::from(2);
    };
    let Some((w, h)) = size
        .split_once('x')
        .and_then(|(w, h)| Some((w.parse::<f32>().ok()?, h.parse::<f32>().ok()?)))
    else {
        eprintln!("the size should look like 1024x768");
        return ExitCode::from(2);
    };
    let live = match cafe(slide) {
        Ok(live) => live,
        Err(e) => {
            eprintln!("the bundled guide could not be read: {e}");
            return ExitCode::FAILURE;
        }
    };
    let saved = Arc::new(Mutex::new(None));
    let preview = Preview {
        live,
        fit: FitCache::default(),
        out: PathBuf::from(out),
        frames: 0,
        saved: Arc::clone(&saved),
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([w, h])
            .with_title("rtl preview"),
        // Always the size asked for, never the one a previous run remembered.
        persist_window: false,
        ..Default::default()
    };
    let run = eframe::run_native(
        "rtl preview",
        options,
        Box::new(|cc| {
            FontSupport::start(&cc.egui_ctx, Vec::new());
            Ok(Box::new(preview))
        }),
    );
    if let Err(e) = run {
        eprintln!("the window could not open: {e}");
        return ExitCode::FAILURE;
    }
    match saved.lock().ok().and_then(|mut s| s.take()) {
        Some(Ok(())) => ExitCode::SUCCESS,
        Some(Err(e)) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
        None => {
            eprintln!("no screenshot was taken");
            ExitCode::FAILURE
        }
    }
}
