//! The one path every word a person reads takes to the screen: labels, headings, buttons,
//! list entries, table cells and slides hand their text to [`said`] (or a [`Say`] method), which
//! lays right-to-left text out in reading order with [`super::bidi`] and leaves other text to
//! egui unchanged. So no screen can forget Arabic or Hebrew: a screen that draws text another
//! way is caught by the test that walks every page with a right-to-left café (it compares the
//! text shapes of a frame with what went through here, see [`drawn`]), and by the house rule
//! that no screen calls egui's text widgets directly.

use std::collections::HashSet;

use egui::text::TextFormat;
use egui::{Align, FontSelection, Response, TextWrapMode, Ui, WidgetText};

use super::bidi::{bidi_galley_in, needs_bidi};

/// The texts that needed the bidirectional algorithm and went through this path in one frame.
#[derive(Clone, Default)]
struct Drawn {
    pass: u64,
    texts: HashSet<String>,
}

fn drawn_id() -> egui::Id {
    egui::Id::unique("bidi text drawn this frame")
}

/// Note that `text` was laid out here in this frame.
pub fn register(ctx: &egui::Context, text: &str) {
    let pass = ctx.cumulative_pass_nr();
    ctx.data_mut(|d| {
        let drawn = d.get_temp_mut_or_default::<Drawn>(drawn_id());
        if drawn.pass != pass {
            drawn.pass = pass;
            drawn.texts.clear();
        }
        drawn.texts.insert(text.to_owned());
    });
}

/// Every right-to-left (or mixed) text laid out through this path in the latest frame, in
/// reading order.
pub fn drawn(ctx: &egui::Context) -> HashSet<String> {
    ctx.data(|d| d.get_temp::<Drawn>(drawn_id()))
        .map(|d| d.texts)
        .unwrap_or_default()
}

/// `text` ready for any egui widget: unchanged when it has no right-to-left letter, else laid
/// out in reading order on one line (or wrapped at the available width where the `Ui` wraps),
/// each right-to-left paragraph aligned to the mirror of the layout's alignment.
pub fn said(ui: &Ui, text: impl Into<WidgetText>) -> WidgetText {
    let align = ui.layout().horizontal_align();
    let text = text.into();
    if !needs_bidi(text.text()) {
        return text;
    }
    let wraps = ui.wrap_mode() == TextWrapMode::Wrap && !ui.layout().is_horizontal()
        || ui.layout().main_wrap;
    let width = if wraps {
        ui.available_width()
    } else {
        f32::INFINITY
    };
    laid_out(ui, text, width, align)
}

/// `text` wrapped at the available width whatever the layout, right-to-left paragraphs aligned
/// to the mirror of `align`.
pub fn said_wrapped(ui: &Ui, text: impl Into<WidgetText>, align: Align) -> WidgetText {
    let text = text.into();
    if !needs_bidi(text.text()) {
        return text;
    }
    laid_out(ui, text, ui.available_width(), align)
}

/// `text` on one line, never wrapped (buttons, menu entries, list entries beside buttons).
pub fn said_line(ui: &Ui, text: impl Into<WidgetText>) -> WidgetText {
    let text = text.into();
    if !needs_bidi(text.text()) {
        return text;
    }
    laid_out(ui, text, f32::INFINITY, Align::Min)
}

fn laid_out(ui: &Ui, text: WidgetText, width: f32, align: Align) -> WidgetText {
    let logical = text.text().to_owned();
    let job = text.into_layout_job(ui.style(), FontSelection::Default, Align::Center);
    let format: TextFormat = job
        .sections
        .first()
        .map(|s| s.format.clone())
        .unwrap_or_default();
    let galley = ui.fonts_mut(|f| bidi_galley_in(f, &logical, &format, width, align));
    register(ui.ctx(), &logical);
    WidgetText::Galley(galley)
}

/// The text widgets of the app, each through [`said`].
pub trait Say {
    /// A label.
    fn say(&mut self, text: impl Into<WidgetText>) -> Response;
    /// A heading.
    fn say_heading(&mut self, text: impl Into<egui::RichText>) -> Response;
    /// A button.
    fn say_button(&mut self, text: impl Into<WidgetText>) -> Response;
    /// A button that shows whether it is chosen (a list entry, a tab).
    fn say_selectable(&mut self, selected: bool, text: impl Into<WidgetText>) -> Response;
    /// A label in a colour.
    fn say_colored(&mut self, color: egui::Color32, text: impl Into<egui::RichText>) -> Response;
}

impl Say for Ui {
    fn say(&mut self, text: impl Into<WidgetText>) -> Response {
        let text = said(self, text);
        self.add(egui::Label::new(text))
    }

    fn say_heading(&mut self, text: impl Into<egui::RichText>) -> Response {
        self.say(text.into().heading())
    }

    fn say_button(&mut self, text: impl Into<WidgetText>) -> Response {
        let text = said_line(self, text);
        self.add(egui::Button::new(text))
    }

    fn say_selectable(&mut self, selected: bool, text: impl Into<WidgetText>) -> Response {
        let text = said_line(self, text);
        self.add(egui::Button::selectable(selected, text))
    }

    fn say_colored(&mut self, color: egui::Color32, text: impl Into<egui::RichText>) -> Response {
        self.say(text.into().color(color))
    }
}
