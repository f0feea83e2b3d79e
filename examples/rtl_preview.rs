//! Draws a projector slide with right-to-left text and saves it as a PNG, to put beside a
//! browser's rendering of the same text (see `scripts/compare-rtl.sh`).
//!
//! `cargo run --example rtl_preview -- question|bilingual WIDTHxHEIGHT out.png`
//! Needs a display (a virtual one is fine).

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use cafe_host::i18n::room_languages;
use cafe_host::ui::bidi::bidi_label;
use cafe_host::ui::fonts::FontSupport;
use cafe_host::ui::theme::{PROJECTOR_BG, PROJECTOR_SOFT, PROJECTOR_TEXT};
use egui::{Align, FontId};

/// The Arabic question shown on both sides of the comparison.
const QUESTION: &str =
    "عندما تتخيّل طفلك وقد كبر، كيف تتمنى أن تكون حياته؟ وما الذي يساعده على الوصول إلى ذلك؟";

struct Preview {
    slide: String,
    out: PathBuf,
    frames: u32,
    saved: Arc<Mutex<Option<Result<(), String>>>>,
}

impl eframe::App for Preview {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let rect = ui.max_rect();
        ui.painter().rect_filled(rect, 0.0, PROJECTOR_BG);
        let unit = rect.height().min(rect.width() * 0.6);
        let margin = (rect.width().min(rect.height()) * 0.05).max(12.0);
        let body = rect.shrink(margin);
        let mut content = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(body)
                .layout(egui::Layout::top_down(Align::Center)),
        );
        let room = room_languages(&["ar", "en"]);
        let big = FontId::proportional((unit * 0.08).round());
        let small = FontId::proportional((unit * 0.045).round());
        content.add_space(body.height() * 0.15);
        if self.slide == "question" {
            let heading = room.texts[0].question_of(1, 6);
            bidi_label(&mut content, &heading, small, PROJECTOR_SOFT, Align::Center);
            content.add_space(unit * 0.03);
            bidi_label(&mut content, QUESTION, big, PROJECTOR_TEXT, Align::Center);
        } else {
            for (i, texts) in room.texts.iter().enumerate() {
                let (font, colour) = if i == 0 {
                    (big.clone(), PROJECTOR_TEXT)
                } else {
                    (small.clone(), PROJECTOR_SOFT)
                };
                bidi_label(
                    &mut content,
                    &texts.move_tables,
                    font,
                    colour,
                    Align::Center,
                );
                content.add_space(unit * 0.03);
            }
        }
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
    let saved = Arc::new(Mutex::new(None));
    let preview = Preview {
        slide: slide.clone(),
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
            FontSupport::start(&cc.egui_ctx);
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
