//! Controls that keep their place: a layout change never moves a control under the pointer
//! between one press and the next. A button whose words change (Start, Pause, Resume) is as
//! wide as its widest words, so nothing beside it shifts when it changes.

use crate::ui::say::{Hint, said, said_line};
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
    ui.add(egui::Button::new(said_line(ui, text)).min_size(egui::vec2(width, 0.0)))
}

/// Where the app keeps the control whose focus was last brought into view.
fn revealed_id() -> egui::Id {
    egui::Id::unique("focus brought into view")
}

/// A scroll area that keeps the control that just took the keyboard in view (Tab to a box
/// below the fold scrolls to it) and, when asked, says on a line of its own, always kept for
/// it, that there is more below. Every scroll area of the console is one of these.
pub struct Scroll {
    area: egui::ScrollArea,
    more_below: bool,
}

impl Scroll {
    pub fn vertical() -> Self {
        Self {
            area: egui::ScrollArea::vertical(),
            more_below: false,
        }
    }

    pub fn both() -> Self {
        Self {
            area: egui::ScrollArea::both(),
            more_below: false,
        }
    }

    pub fn id_salt(self, id: impl egui::AsIdSalt) -> Self {
        Self {
            area: self.area.id_salt(id),
            ..self
        }
    }

    pub fn auto_shrink(self, shrink: impl Into<egui::Vec2b>) -> Self {
        Self {
            area: self.area.auto_shrink(shrink),
            ..self
        }
    }

    pub fn max_height(self, height: f32) -> Self {
        Self {
            area: self.area.max_height(height),
            ..self
        }
    }

    pub fn stick_to_bottom(self, stick: bool) -> Self {
        Self {
            area: self.area.stick_to_bottom(stick),
            ..self
        }
    }

    pub fn scroll_bar_visibility(self, visibility: egui::scroll_area::ScrollBarVisibility) -> Self {
        Self {
            area: self.area.scroll_bar_visibility(visibility),
            ..self
        }
    }

    /// Keep a line under the area that says "more below" while there is more to scroll to.
    pub fn more_below(self) -> Self {
        Self {
            more_below: true,
            ..self
        }
    }

    pub fn show<R>(self, ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
        let line = self.reserve(ui);
        let area = self.area_for(ui, line);
        let output = area.show(ui, |ui| {
            let inner = add(ui);
            reveal_focus(ui);
            inner
        });
        self.indicator(ui, line, &output);
        output.inner
    }

    /// Show only the rows in view, each `row_height` tall.
    pub fn show_rows<R>(
        self,
        ui: &mut Ui,
        row_height: f32,
        rows: usize,
        add: impl FnOnce(&mut Ui, std::ops::Range<usize>) -> R,
    ) -> R {
        let line = self.reserve(ui);
        let area = self.area_for(ui, line);
        let output = area.show_rows(ui, row_height, rows, |ui, range| {
            let inner = add(ui, range);
            reveal_focus(ui);
            inner
        });
        self.indicator(ui, line, &output);
        output.inner
    }

    /// The height of the "more below" line, when there is one.
    fn reserve(&self, ui: &Ui) -> f32 {
        if self.more_below {
            ui.text_style_height(&egui::TextStyle::Small) + ui.spacing().item_spacing.y
        } else {
            0.0
        }
    }

    fn area_for(&self, ui: &Ui, line: f32) -> egui::ScrollArea {
        if self.more_below {
            self.area
                .clone()
                .max_height((ui.available_height() - line).max(line))
        } else {
            self.area.clone()
        }
    }

    fn indicator<R>(
        &self,
        ui: &mut Ui,
        line: f32,
        output: &egui::scroll_area::ScrollAreaOutput<R>,
    ) {
        if !self.more_below {
            return;
        }
        let hidden =
            output.content_size.y - (output.state.clamped_offset().y + output.inner_rect.height());
        let size = egui::vec2(ui.available_width(), line);
        let top_down = egui::Layout::top_down(egui::Align::Center);
        ui.allocate_ui_with_layout(size, top_down, |ui| {
            ui.set_min_size(size);
            if hidden > 1.0 {
                let text = egui::RichText::new(super::text::t(ui, "steady-more-below"))
                    .small()
                    .strong()
                    .color(super::theme::palette::ACCENT);
                ui.add(egui::Label::new(said(ui, text)).truncate());
            }
        });
    }
}

/// Inside a scroll area, after its contents: when the keyboard has just moved to a control
/// in it, scroll so the control is in view.
fn reveal_focus(ui: &Ui) {
    let ctx = ui.ctx();
    let Some(id) = ctx.memory(egui::Memory::focused) else {
        return;
    };
    if ctx.data(|d| d.get_temp::<egui::Id>(revealed_id())) == Some(id) {
        return;
    }
    let Some(response) = ctx.read_response(id) else {
        return;
    };
    if response.layer_id == ui.layer_id() && ui.min_rect().contains_rect(response.rect) {
        ui.scroll_to_rect(response.rect.expand(4.0), None);
    }
}

/// Once a frame, after everything is drawn: ring the control that has the keyboard, and
/// remember that its place was brought into view.
pub fn finish_frame(ctx: &egui::Context) {
    let focused = ctx.memory(egui::Memory::focused);
    ctx.data_mut(|d| match focused {
        Some(id) => {
            d.insert_temp(revealed_id(), id);
        }
        None => d.remove::<egui::Id>(revealed_id()),
    });
    let Some(response) = focused.and_then(|id| ctx.read_response(id)) else {
        return;
    };
    if !response.interact_rect.is_positive() {
        return;
    }
    let layer = egui::LayerId::new(response.layer_id.order, egui::Id::unique("focus ring"));
    let painter = ctx.layer_painter(layer).with_clip_rect(
        response
            .interact_rect
            .expand(FOCUS_RING_GAP + FOCUS_RING_WIDTH),
    );
    painter.rect_stroke(
        response.rect.expand(FOCUS_RING_GAP),
        egui::CornerRadius::same(6),
        egui::Stroke::new(FOCUS_RING_WIDTH, super::theme::palette::FOCUS),
        egui::StrokeKind::Outside,
    );
}

/// The focus ring's width and its gap from the control: thick enough to see across a desk,
/// outside the control so it never hides its words.
const FOCUS_RING_WIDTH: f32 = 2.5;
const FOCUS_RING_GAP: f32 = 2.0;

/// `text` in exactly `rows` lines of room, whatever it says: longer text ends in "…" (all of
/// it under the pointer), shorter leaves the room empty, so what follows never moves as the
/// text grows (live figures at a busy sign-in desk).
pub fn lines(ui: &mut Ui, text: &str, rows: usize, colour: egui::Color32) -> Response {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = ui.available_width();
    let mut job = egui::text::LayoutJob::simple(text.to_owned(), font.clone(), colour, width);
    job.wrap.max_rows = rows;
    job.wrap.break_anywhere = false;
    job.wrap.overflow_character = Some('…');
    let row = ui.fonts_mut(|f| f.row_height(&font));
    let height = row * rows as f32 + ui.spacing().item_spacing.y * 0.5;
    let size = egui::vec2(width, height);
    let top_down = egui::Layout::top_down(egui::Align::Min);
    let label = ui
        .allocate_ui_with_layout(size, top_down, |ui| {
            ui.set_min_size(size);
            ui.add(egui::Label::new(said(ui, egui::WidgetText::from(job))))
        })
        .inner;
    if text.is_empty() {
        label
    } else {
        label.hint(text)
    }
}
