//! The one path every word a person reads takes to the screen: labels, headings, buttons,
//! list entries, table cells and slides hand their text to [`said`] (or a [`Say`] method), which
//! lays right-to-left text out in reading order with [`super::bidi`] and leaves other text to
//! egui unchanged. So no screen can forget Arabic or Hebrew: a screen that draws text another
//! way is caught by the test that walks every page with a right-to-left café (it compares the
//! text shapes of a frame with what went through here, see [`drawn`]), and by the house rule
//! that no screen calls egui's text widgets directly.

use std::collections::HashSet;
use std::sync::Arc;

use egui::text::TextFormat;
use egui::{Align, FontSelection, Galley, Response, TextWrapMode, Ui, WidgetText};

use super::bidi::{bidi_galley_in, needs_bidi};
use super::fonts::{needs_whole_words, whole_words_family};

/// The texts that needed the bidirectional algorithm and went through this path in one frame.
#[derive(Clone, Default)]
struct Drawn {
    pass: u64,
    /// The galleys laid out here (by address).
    galleys: HashSet<usize>,
    /// The texts of the app's text boxes ([`super::bidi_edit`]), whose galley egui may copy
    /// to paint a selection.
    boxes: HashSet<String>,
}

impl Drawn {
    fn now(&mut self, pass: u64) -> &mut Self {
        if self.pass != pass {
            *self = Self {
                pass,
                ..Self::default()
            };
        }
        self
    }
}

/// What went through the one text path in the latest frame.
pub struct Through {
    galleys: HashSet<usize>,
    boxes: HashSet<String>,
}

impl Through {
    /// Whether this galley, drawn in the frame, was laid out by the one text path.
    pub fn holds(&self, galley: &Arc<Galley>) -> bool {
        self.galleys.contains(&(Arc::as_ptr(galley) as usize)) || self.boxes.contains(galley.text())
    }
}

fn drawn_id() -> egui::Id {
    egui::Id::unique("bidi text drawn this frame")
}

fn register(ctx: &egui::Context, galley: &Arc<Galley>) {
    let pass = ctx.cumulative_pass_nr();
    ctx.data_mut(|d| {
        let drawn = d.get_temp_mut_or_default::<Drawn>(drawn_id()).now(pass);
        drawn.galleys.insert(Arc::as_ptr(galley) as usize);
    });
}

/// Note that a text box showed `text` (laid out by [`super::bidi_edit`]) in this frame.
pub fn register_box(ctx: &egui::Context, text: &str) {
    let pass = ctx.cumulative_pass_nr();
    ctx.data_mut(|d| {
        let drawn = d.get_temp_mut_or_default::<Drawn>(drawn_id()).now(pass);
        drawn.boxes.insert(text.to_owned());
    });
}

/// What went through this path in the latest frame, to check a frame's text shapes against.
pub fn drawn(ctx: &egui::Context) -> Through {
    let drawn = ctx
        .data(|d| d.get_temp::<Drawn>(drawn_id()))
        .unwrap_or_default();
    Through {
        galleys: drawn.galleys,
        boxes: drawn.boxes,
    }
}

/// `text` in one face: when the console's face lacks some of its letters (Vietnamese with
/// stacked marks), the parts of it in the console's face move to the whole-words face, so no
/// word mixes two faces. Text with a face of its own (the room's, monospace) keeps it.
fn in_one_face(ui: &Ui, text: WidgetText) -> WidgetText {
    if matches!(text, WidgetText::Galley(_)) || !needs_whole_words(text.text()) {
        return text;
    }
    let mut job = Arc::unwrap_or_clone(text.into_layout_job(
        ui.style(),
        FontSelection::Default,
        Align::Center,
    ));
    for section in &mut job.sections {
        if section.format.font_id.family == egui::FontFamily::Proportional {
            section.format.font_id.family = whole_words_family();
        }
    }
    WidgetText::LayoutJob(Arc::new(job))
}

/// `text` ready for any egui widget: unchanged when it has no right-to-left letter, else laid
/// out in reading order on one line (or wrapped at the available width where the `Ui` wraps),
/// each right-to-left paragraph aligned to the mirror of the layout's alignment. Either way in
/// one face (see `in_one_face`).
pub fn said(ui: &Ui, text: impl Into<WidgetText>) -> WidgetText {
    let align = ui.layout().horizontal_align();
    let text = in_one_face(ui, text.into());
    if !needs_bidi(text.text()) {
        return text;
    }
    if ui.layout().is_horizontal() && ui.layout().main_wrap {
        // One piece of a row that wraps (a heading beside its boxes): as wide as its words
        // when they fit the rest of the row, wrapped at the row's width only when longer,
        // so the widgets after it keep their room.
        let natural = laid_out(ui, text.clone(), f32::INFINITY, Align::Min);
        return match &natural {
            WidgetText::Galley(g) if g.size().x > ui.available_width() => {
                laid_out(ui, text, ui.available_width(), Align::Min)
            }
            _ => natural,
        };
    }
    let wraps = ui.wrap_mode() == TextWrapMode::Wrap && !ui.layout().is_horizontal();
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
    let text = in_one_face(ui, text.into());
    if !needs_bidi(text.text()) {
        return text;
    }
    laid_out(ui, text, ui.available_width(), align)
}

/// `text` wrapped at `width` (beside a checkbox, say), right-to-left paragraphs on the right.
pub fn said_within(ui: &Ui, text: impl Into<WidgetText>, width: f32) -> WidgetText {
    let text = in_one_face(ui, text.into());
    if !needs_bidi(text.text()) {
        return text;
    }
    laid_out(ui, text, width.max(1.0), ui.layout().horizontal_align())
}

/// `text` on one line, never wrapped (buttons, menu entries, list entries beside buttons).
pub fn said_line(ui: &Ui, text: impl Into<WidgetText>) -> WidgetText {
    let text = in_one_face(ui, text.into());
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
    register(ui.ctx(), &galley);
    WidgetText::Galley(galley)
}

/// A tooltip through the one text path: the text is drawn with [`Say::say`] (so right-to-left
/// words read in order) and, as egui's own tooltips do, it describes the widget to screen
/// readers and names a widget that has no name of its own (an icon button).
pub trait Hint {
    fn hint(self, text: impl Into<WidgetText>) -> Self;
}

impl Hint for Response {
    fn hint(self, text: impl Into<WidgetText>) -> Self {
        let text = text.into();
        describe(&self, text.text());
        self.on_hover_ui(|ui| {
            // As egui's own tooltips: a tooltip whose text changes keeps its width.
            ui.set_max_width(ui.spacing().tooltip_width);
            ui.say(text);
        })
    }
}

/// The tooltip's text as the widget's accessible description, and as its name when it has
/// none (a label is named by its own text, a widget labelled by another already has one).
fn describe(response: &Response, text: &str) {
    let ctx = &response.ctx;
    if !ctx.has_accesskit_node(response.id) {
        return;
    }
    ctx.accesskit_node_builder(response.id, |node| {
        if node.description().is_none() {
            node.set_description(text);
        }
        if node.role() != egui::accesskit::Role::Label
            && node.labelled_by().is_empty()
            && node.label().is_none_or(str::is_empty)
        {
            node.set_label(text);
        }
    });
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
    /// A link.
    fn say_link(&mut self, text: impl Into<WidgetText>) -> Response;
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

    fn say_link(&mut self, text: impl Into<WidgetText>) -> Response {
        let text = said_line(self, text);
        self.add(egui::Link::new(text))
    }
}
