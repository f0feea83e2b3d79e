//! The projector window: only what the room should see, as large as the window allows.

use crate::ui::say::{Say, said};
use egui::{Color32, FontId, Rect, RichText, Ui, ViewportBuilder, ViewportId};

use super::projector_window::RoomView;
use super::theme::{RoomColours, room_colours};
use crate::live::Slide;
use crate::model::RoomPalette;
use crate::model::timer::{RoomTime, format_secs};

/// The projector window's id, the same every frame so egui keeps one native window.
pub fn viewport_id() -> ViewportId {
    ViewportId::from_hash_of("cafe-host-projector")
}

/// How the projector window opens: with the app's id and icon, and a name (the app's, the
/// word projector and the café's title) a person can pick from a list when sharing a screen.
pub fn viewport_builder(lang: crate::i18n::Lang, title: &str) -> ViewportBuilder {
    let title = crate::i18n::tr_args(lang, "projector-window-title", &[("title", title.into())]);
    super::identity::identified(
        ViewportBuilder::default()
            .with_title(title)
            .with_inner_size([1024.0, 640.0])
            .with_min_inner_size([320.0, 200.0]),
    )
}

/// The room's languages (main first) and the fixed slides' words in them.
type RoomWords = (Vec<String>, Vec<crate::i18n::SlideTexts>);

/// Remembered text size for the last fitted text, so resizing is the only time we search.
#[derive(Default)]
pub struct FitCache {
    key: Option<(u64, u32, u32)>,
    size: f32,
    /// The fixed slides' words, for the languages they were made for: read from the
    /// catalogue when those change, not every frame.
    words: Option<RoomWords>,
}

impl FitCache {
    /// The fixed slides' words in `codes`, taken out of the cache (put back with
    /// [`FitCache::keep_words`]).
    fn take_words(&mut self, codes: &[String]) -> RoomWords {
        match self.words.take() {
            Some((cached, words)) if cached == codes => (cached, words),
            _ => (codes.to_vec(), crate::i18n::room_languages(codes).texts),
        }
    }

    fn keep_words(&mut self, words: RoomWords) {
        self.words = Some(words);
    }
}

/// Draw the whole projector view into `ui`.
/// `embedded` is true when there is no second native window (tests, or a backend without
/// multiple windows): the view is then drawn at a fixed size inside the main window.
pub fn ui(
    ui: &mut Ui,
    view: &RoomView,
    now: chrono::DateTime<chrono::Utc>,
    fit: &mut FitCache,
    embedded: bool,
) {
    let rect = if embedded {
        let size = egui::vec2(560.0, 340.0);
        ui.set_min_size(size);
        ui.set_max_size(size);
        Rect::from_min_size(ui.cursor().min, size)
    } else {
        ui.max_rect()
    };
    let timer = view.timer.as_ref().map(|t| t.room_time(now));
    ui.allocate_rect(rect, egui::Sense::hover());
    draw(ui, rect, &view.slide, &view.codes, timer, view.palette, fit);
}

/// The room's text sizes, as shares of the slide's unit (see [`room_unit`]): the heading over
/// the question ("Question 2 of 5") and the hints under a slide's title.
pub const HEADING: f32 = 0.055;
/// The hints under a slide's title ("Find a seat at a new table", the closing prompt).
pub const HINT: f32 = 0.055;

/// The length every room text size is a share of, for a slide of `size` points. A projected
/// picture is as wide as the screen it lands on, whatever its resolution, so the letters are
/// sized to the width: the same share of the width on a 1024×768 projector and a 1920×1080 one.
/// Only a window wider than 16:9 is held to its height, so the slide still fits.
pub fn room_unit(size: egui::Vec2) -> f32 {
    (size.x * 0.6).min(size.y * 1.07)
}

/// The font family of the room's text: a bold face, bundled, read from the back of a gym.
fn room_font(size: f32) -> FontId {
    FontId::new(size, super::fonts::room_family())
}

/// What every part of a slide needs: the fixed words, the size unit and the colours.
struct Room<'a> {
    words: &'a [crate::i18n::SlideTexts],
    unit: f32,
    colours: RoomColours,
}

/// Draw `slide` in `rect` as the room sees it: its fixed words in the room's languages
/// `codes` (main first), the round's time left when the room sees the timer, in the
/// `palette` the facilitator chose. The projector window and the guide editor's preview both
/// draw through here; the caller has given `rect` its place.
pub fn draw(
    ui: &mut Ui,
    rect: Rect,
    slide: &Slide,
    codes: &[String],
    timer: Option<RoomTime>,
    palette: RoomPalette,
    fit: &mut FitCache,
) {
    let colours = room_colours(palette);
    let (bg, fg) = match slide {
        Slide::Black => (Color32::BLACK, Color32::BLACK),
        Slide::White => (Color32::WHITE, Color32::WHITE),
        _ => (colours.background, colours.text),
    };
    ui.painter().rect_filled(rect, 0.0, bg);
    let margin = (rect.width().min(rect.height()) * 0.05).max(12.0);
    let inner = rect.shrink(margin);
    let unit = room_unit(rect.size());

    let words = fit.take_words(codes);
    let mut timer_band = 0.0;
    if let Some(left) = timer {
        // The room sees a calm countdown: whole minutes, the seconds only in the last minute,
        // no red, no minus signs, no alarm words. The facilitator's console carries the
        // urgency.
        let main = words.1.first();
        let text = match left {
            RoomTime::Minutes(minutes) => main.map(|w| w.minutes_left(minutes)),
            RoomTime::Seconds(secs) => Some(format_secs(secs)),
            RoomTime::Up => main.map(|w| w.time_up.clone()),
        }
        .unwrap_or_default();
        let size = (unit * 0.07).max(14.0);
        timer_band = size * 1.4;
        let band = Rect::from_min_max(
            egui::pos2(inner.left(), inner.bottom() - timer_band),
            inner.right_bottom(),
        );
        ui.scope_builder(
            egui::UiBuilder::new()
                .max_rect(band)
                .layout(egui::Layout::right_to_left(egui::Align::Center)),
            |ui| {
                ui.say(
                    RichText::new(text)
                        .font(room_font(size))
                        .color(colours.soft),
                )
            },
        );
    }
    let body = Rect::from_min_max(inner.min, inner.max - egui::vec2(0.0, timer_band));
    let mut content =
        ui.new_child(egui::UiBuilder::new().max_rect(body).layout(
            egui::Layout::top_down(egui::Align::Center).with_main_align(egui::Align::Center),
        ));
    content.set_clip_rect(rect.intersect(ui.clip_rect()));
    content.style_mut().visuals.override_text_color = Some(fg);
    let room = Room {
        words: &words.1,
        unit,
        colours: RoomColours {
            text: fg,
            ..colours
        },
    };
    slide_ui(&mut content, slide, &room, body, fit);
    fit.keep_words(words);
}

impl Room<'_> {
    /// A fixed slide's line in every room language: the first large, the others under it,
    /// softer.
    fn lines(&self, ui: &mut Ui, size: f32, pick: impl Fn(&crate::i18n::SlideTexts) -> String) {
        for (i, w) in self.words.iter().enumerate() {
            let (size, colour) = if i == 0 {
                (size, self.colours.text)
            } else {
                (size * 0.8, self.colours.soft)
            };
            room_text(ui, &pick(w), size, colour);
        }
    }

    /// A hint line in every room language, soft, at the hint size.
    fn hints(&self, ui: &mut Ui, pick: impl Fn(&crate::i18n::SlideTexts) -> &str) {
        for w in self.words {
            room_text(ui, pick(w), self.unit * HINT, self.colours.soft);
        }
    }
}

fn slide_ui(ui: &mut Ui, slide: &Slide, room: &Room<'_>, body: Rect, fit: &mut FitCache) {
    let (unit, words, soft) = (room.unit, room.words, room.colours.soft);
    match slide {
        Slide::Black | Slide::White => {
            // Nothing but the colour; the label keeps the window announced to screen readers.
            ui.add_space(0.0);
        }
        Slide::Welcome { title, date, venue } => {
            ui.add_space(body.height() * 0.12);
            room.lines(ui, unit * 0.06, |w| w.welcome.clone());
            fitted_label(
                ui,
                title,
                body.width(),
                body.height() * 0.4,
                unit * 0.14,
                fit,
            );
            // The date in the room's language; the translation's is the same day, so one line.
            if let Some(w) = words.first() {
                room_text(ui, &w.long_date(*date), unit * 0.05, room.colours.text);
            }
            if !venue.is_empty() {
                room_text(ui, venue, unit * 0.05, soft);
            }
        }
        Slide::YouSaid {
            from,
            date,
            themes,
            actions,
        } => you_said_ui(ui, room, (from, *date), (themes, actions), body),
        Slide::Agreements(items) => {
            room.lines(ui, unit * 0.06, |w| w.agreements_title.clone());
            ui.add_space(unit * 0.02);
            let count = items.len().max(1) as f32;
            let per = (body.height() * 0.8 / count).min(unit * 0.16);
            let lines = if items.iter().any(|(_, t)| t.is_some()) {
                2.6
            } else {
                1.3
            };
            let size = readable(per / lines, unit, 0.06);
            for (text, translation) in items {
                room_text(ui, text, size, room.colours.text);
                if let Some(t) = translation {
                    room_text(ui, t, size * 0.85, soft);
                }
                ui.add_space(size * 0.3);
            }
        }
        Slide::Question {
            number,
            of,
            text,
            translation,
        } => {
            let heading: Vec<String> = words.iter().map(|w| w.question_of(*number, *of)).collect();
            room_text(ui, &heading.join("  ·  "), unit * HEADING, soft);
            let share = if translation.is_some() { 0.5 } else { 0.8 };
            let size = fitted_label(
                ui,
                text,
                body.width(),
                body.height() * share,
                unit * 0.12,
                fit,
            );
            if let Some(t) = translation {
                ui.add_space(size * 0.4);
                room_text(ui, t, size * 0.75, soft);
            }
        }
        Slide::MoveTables => {
            ui.add_space(body.height() * 0.12);
            let main = words
                .first()
                .map_or_else(String::new, |w| w.move_tables.clone());
            let size = fitted_label(
                ui,
                &main,
                body.width(),
                body.height() * 0.3,
                unit * 0.13,
                fit,
            );
            // The translations under the fitted line: smaller and softer, as on every slide.
            for w in words.iter().skip(1) {
                room_text(ui, &w.move_tables, size * 0.8, soft);
            }
            ui.add_space(unit * 0.03);
            room.hints(ui, |w| &w.move_tables_hint);
        }
        Slide::Harvest => {
            ui.add_space(body.height() * 0.15);
            room.lines(ui, unit * 0.12, |w| w.harvest.clone());
            ui.add_space(unit * 0.03);
            room.hints(ui, |w| &w.harvest_hint);
        }
        Slide::Themes(themes) => themes_slide_ui(ui, room, themes, body),
        Slide::Closing { title, commitments } => {
            closing_slide_ui(ui, room, (title, commitments), body);
        }
    }
}

/// "You said, we did": the last café's themes, then its actions with how far each has got.
fn you_said_ui(
    ui: &mut Ui,
    room: &Room<'_>,
    (from, date): (&str, chrono::NaiveDate),
    (themes, actions): (&[(String, Option<String>)], &[crate::live::SaidAction]),
    body: Rect,
) {
    let (unit, words) = (room.unit, room.words);
    let (text, soft) = (room.colours.text, room.colours.soft);
    room.lines(ui, unit * 0.07, |w| w.you_said_title.clone());
    if let Some(w) = words.first() {
        room_text(ui, &w.you_said_from(from, date), unit * 0.035, soft);
    }
    ui.add_space(unit * 0.02);
    let lines = themes.len() + actions.len() + 2;
    let size = readable(body.height() * 0.6 / lines.max(1) as f32 / 1.6, unit, 0.05);
    half_title(ui, room, size, |w| w.you_said_heard.clone());
    if themes.is_empty() {
        none_line(ui, room, size);
    }
    for (said, translation) in themes {
        room_text(ui, &format!("• {said}"), size, text);
        if let Some(t) = translation {
            room_text(ui, t, size * 0.8, soft);
        }
    }
    ui.add_space(size * 0.6);
    half_title(ui, room, size, |w| w.you_said_did.clone());
    if actions.is_empty() {
        none_line(ui, room, size);
    }
    for action in actions {
        let states: Vec<String> = words.iter().map(|w| w.state(action.state)).collect();
        let mark = match action.state {
            crate::model::ActionState::Done => "✔",
            crate::model::ActionState::UnderWay => "➜",
            crate::model::ActionState::NotYet => "○",
        };
        let line = format!("{mark} {} — {}", action.text, states.join(" / "));
        room_text(ui, &line, size, text);
        if let Some(t) = &action.translation {
            room_text(ui, t, size * 0.8, soft);
        }
    }
}

/// One half's heading of "you said, we did", in every room language on one line.
fn half_title(
    ui: &mut Ui,
    room: &Room<'_>,
    size: f32,
    pick: impl Fn(&crate::i18n::SlideTexts) -> String,
) {
    let all: Vec<String> = room.words.iter().map(pick).collect();
    room_text(ui, &all.join("  ·  "), size * 1.1, room.colours.soft);
}

fn none_line(ui: &mut Ui, room: &Room<'_>, size: f32) {
    if let Some(w) = room.words.first() {
        room_text(ui, &w.you_said_none, size * 0.8, room.colours.soft);
    }
}

/// The harvest's themes, each with how many tables raised it.
fn themes_slide_ui(ui: &mut Ui, room: &Room<'_>, themes: &[(String, usize)], body: Rect) {
    let unit = room.unit;
    room.lines(ui, unit * 0.08, |w| w.what_we_heard.clone());
    ui.add_space(unit * 0.02);
    if themes.is_empty() {
        room.hints(ui, |w| &w.themes_empty);
    }
    let count = themes.len().max(1) as f32;
    let size = readable(body.height() * 0.75 / count / 1.5, unit, 0.1);
    for (title, tables) in themes {
        // A right-to-left title starts its row at the right, its count to its left.
        let row = if crate::ui::bidi::is_rtl(title) {
            egui::Layout::right_to_left(egui::Align::Center)
        } else {
            egui::Layout::left_to_right(egui::Align::Center)
        };
        let line = egui::vec2(ui.available_width(), 0.0);
        ui.allocate_ui_with_layout(line, row.with_main_wrap(true), |ui| {
            ui.say(RichText::new(title).font(room_font(size)));
            let raised = match (tables, room.words.first()) {
                (0, _) | (_, None) => String::new(),
                (n, Some(w)) => format!("  · {}", w.tables_raised(*n)),
            };
            ui.say(
                RichText::new(raised)
                    .font(room_font(size * 0.7))
                    .color(room.colours.soft),
            );
        });
    }
}

/// Thank you, and what people said they will do.
fn closing_slide_ui(
    ui: &mut Ui,
    room: &Room<'_>,
    (title, commitments): (&str, &[String]),
    body: Rect,
) {
    let unit = room.unit;
    if commitments.is_empty() {
        ui.add_space(body.height() * 0.2);
    }
    room.lines(ui, unit * 0.09, |w| w.thank_you.clone());
    room.hints(ui, |w| &w.closing_prompt);
    if !commitments.is_empty() {
        ui.add_space(unit * 0.03);
        room.lines(ui, unit * 0.06, |w| w.commitments_title.clone());
        let count = commitments.len().max(1) as f32;
        let size = readable(body.height() * 0.5 / count / 1.4, unit, 0.05);
        for c in commitments {
            ui.add(
                egui::Label::new(said(
                    ui,
                    RichText::new(format!("• {c}")).font(room_font(size)),
                ))
                .wrap(),
            );
        }
    }
    ui.add_space(unit * 0.02);
    room_text(ui, title, unit * 0.04, room.colours.soft);
}

/// A text size of `size`, at most `most` of the slide's `unit` and at least 12 points on a
/// real screen (less on a slide drawn small, such as the guide editor's preview, where the
/// largest size may itself be under 12).
fn readable(size: f32, unit: f32, most: f32) -> f32 {
    let largest = unit * most;
    size.min(largest).max(12.0_f32.min(largest))
}

/// Show `text` as large as fits in `max_w` × `max_h` (never above `max_size`); returns the size used.
fn fitted_label(
    ui: &mut Ui,
    text: &str,
    max_w: f32,
    max_h: f32,
    max_size: f32,
    fit: &mut FitCache,
) -> f32 {
    let size = fit_size(ui, text, max_w, max_h, max_size, fit);
    let colour = ui.visuals().override_text_color.unwrap_or(Color32::WHITE);
    room_text(ui, text, size, colour);
    size
}

/// Text for the room in any script: right-to-left paragraphs (Arabic, Hebrew) read in the right
/// order across wrapped lines; other text is laid out as egui does.
fn room_text(ui: &mut Ui, text: &str, size: f32, colour: Color32) {
    super::bidi::bidi_label(ui, text, room_font(size), colour, egui::Align::Center);
}

fn fit_size(ui: &Ui, text: &str, max_w: f32, max_h: f32, max_size: f32, fit: &mut FitCache) -> f32 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    max_size.to_bits().hash(&mut hasher);
    let key = (hasher.finish(), max_w.to_bits(), max_h.to_bits());
    if fit.key == Some(key) {
        return fit.size;
    }
    let fits = |size: f32| {
        let galley =
            ui.fonts_mut(|f| f.layout(text.to_owned(), room_font(size), Color32::WHITE, max_w));
        galley.size().y <= max_h && galley.size().x <= max_w + 0.5
    };
    let (mut lo, mut hi) = (10.0_f32, max_size.max(10.0));
    if fits(hi) {
        lo = hi;
    } else {
        for _ in 0..12 {
            let mid = (lo + hi) / 2.0;
            if fits(mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
    }
    let size = lo.floor();
    fit.key = Some(key);
    fit.size = size;
    size
}
