//! Controls that keep their place: a layout change never moves a control under the pointer
//! between one press and the next. A button whose words change (Start, Pause, Resume) is as
//! wide as its widest words, so nothing beside it shifts when it changes.

use egui::{Response, Ui, WidgetText};

/// The width `text` takes on a button in `ui`.
pub fn text_width(ui: &Ui, text: &str) -> f32 {
    WidgetText::from(text)
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Button,
        )
        .size()
        .x
}

/// The width of the widest of `texts` on a button in `ui`, padding included.
pub fn widest(ui: &Ui, texts: &[String]) -> f32 {
    let padding = ui.spacing().button_padding.x * 2.0;
    texts
        .iter()
        .map(|text| text_width(ui, text))
        .fold(0.0, f32::max)
        + padding
}

/// A button showing `texts[shown]`, as wide as the widest of `texts`.
pub fn button(ui: &mut Ui, texts: &[String], shown: usize) -> Response {
    let width = widest(ui, texts);
    let text = texts.get(shown).cloned().unwrap_or_default();
    ui.add(egui::Button::new(text).min_size(egui::vec2(width, 0.0)))
}
