//! Colours and text sizes. Projector colours are chosen for 7:1 contrast or better.

use egui::{Color32, FontId, TextStyle};

use crate::model::{Role, Urgency};

/// Projector background: near-black, easy on a dark room.
pub const PROJECTOR_BG: Color32 = Color32::from_rgb(0x10, 0x14, 0x18);
/// Projector text: off-white.
pub const PROJECTOR_TEXT: Color32 = Color32::from_rgb(0xF4, 0xF4, 0xF0);
/// Secondary projector text (translations, dates): a soft yellow.
pub const PROJECTOR_SOFT: Color32 = Color32::from_rgb(0xF2, 0xDE, 0x9C);
/// Timer in its last fifth on the projector.
pub const PROJECTOR_WARNING: Color32 = Color32::from_rgb(0xFF, 0xC8, 0x57);
/// Timer in its last minute or overtime on the projector.
pub const PROJECTOR_URGENT: Color32 = Color32::from_rgb(0xFF, 0x9E, 0x94);

/// The room's colours on the projector, for the palette the facilitator chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoomColours {
    pub background: Color32,
    /// The main text: the question, titles.
    pub text: Color32,
    /// Secondary text: translations, headings, hints, the timer.
    pub soft: Color32,
}

/// Bright room: near-black text on white.
const BRIGHT_TEXT: Color32 = Color32::from_rgb(0x14, 0x14, 0x14);
/// Bright room's secondary text: a deep blue that still reads at 7:1 on white.
const BRIGHT_SOFT: Color32 = Color32::from_rgb(0x12, 0x3A, 0x6E);

/// The room's colours for `palette`: light on dark for a darkened room, dark on white for a
/// room that cannot be darkened.
pub fn room_colours(palette: crate::model::RoomPalette) -> RoomColours {
    match palette {
        crate::model::RoomPalette::Dark => RoomColours {
            background: PROJECTOR_BG,
            text: PROJECTOR_TEXT,
            soft: PROJECTOR_SOFT,
        },
        crate::model::RoomPalette::Bright => RoomColours {
            background: Color32::WHITE,
            text: BRIGHT_TEXT,
            soft: BRIGHT_SOFT,
        },
    }
}

/// Messages for the person: a pale yellow card with dark brown text.
pub const NOTICE_BG: Color32 = Color32::from_rgb(0xFF, 0xF4, 0xD6);
pub const NOTICE_TEXT: Color32 = Color32::from_rgb(0x5A, 0x36, 0x00);
/// Errors: a pale red card with dark red text.
pub const ERROR_BG: Color32 = Color32::from_rgb(0xFF, 0xE4, 0xE4);
pub const ERROR_TEXT: Color32 = Color32::from_rgb(0x8A, 0x00, 0x14);

/// The round timer's colour on the presenter (light theme) for each urgency.
pub fn timer_colour(urgency: Urgency, dark: bool) -> Color32 {
    match (urgency, dark) {
        (Urgency::Plenty, true) => PROJECTOR_TEXT,
        (Urgency::Plenty, false) => Color32::from_rgb(0x1B, 0x1B, 0x1B),
        (Urgency::Warning, true) => PROJECTOR_WARNING,
        (Urgency::Warning, false) => Color32::from_rgb(0x66, 0x36, 0x00),
        (Urgency::LastMinute | Urgency::Overtime, true) => PROJECTOR_URGENT,
        (Urgency::LastMinute | Urgency::Overtime, false) => Color32::from_rgb(0x7A, 0x00, 0x00),
    }
}

/// A background band behind the presenter's timer that makes urgency visible from afar.
pub fn timer_band(urgency: Urgency) -> Color32 {
    match urgency {
        Urgency::Plenty => Color32::from_rgb(0xEE, 0xF1, 0xF4),
        Urgency::Warning => Color32::from_rgb(0xFF, 0xF0, 0xCC),
        Urgency::LastMinute => Color32::from_rgb(0xFF, 0xDD, 0xDD),
        Urgency::Overtime => Color32::from_rgb(0xFF, 0xC4, 0xC4),
    }
}

/// Words that carry the urgency without relying on colour, in `lang` (none while there is
/// plenty of time).
pub fn urgency_words(lang: crate::i18n::Lang, urgency: Urgency) -> String {
    let key = match urgency {
        Urgency::Plenty => return String::new(),
        Urgency::Warning => "presenter-timer-nearly",
        Urgency::LastMinute => "presenter-timer-last-minute",
        Urgency::Overtime => "presenter-timer-overtime",
    };
    crate::i18n::tr(lang, key)
}

/// The console's palette: warm paper, near-black ink, one blue accent. Every control's edge is
/// at least 3:1 against what it sits on (WCAG 2.2 non-text contrast) and every text at least
/// 4.5:1, checked by a test below.
pub mod palette {
    use egui::Color32;

    /// Panels and the page.
    pub const PAPER: Color32 = Color32::from_rgb(0xF4, 0xF1, 0xEA);
    /// Text boxes, windows, buttons at rest.
    pub const CARD: Color32 = Color32::WHITE;
    /// Striped rows.
    pub const STRIPE: Color32 = Color32::from_rgb(0xEA, 0xE5, 0xDA);
    pub const INK: Color32 = Color32::from_rgb(0x1B, 0x1B, 0x1B);
    /// Secondary text.
    pub const MUTED: Color32 = Color32::from_rgb(0x4A, 0x47, 0x42);
    /// The edge of every control (buttons, boxes, checkboxes).
    pub const EDGE: Color32 = Color32::from_rgb(0x6E, 0x6A, 0x63);
    /// Separators between areas (not controls).
    pub const RULE: Color32 = Color32::from_rgb(0xB8, 0xB2, 0xA6);
    /// The accent: selected tabs, ticks, focus.
    pub const ACCENT: Color32 = Color32::from_rgb(0x1F, 0x5F, 0xA8);
    /// Text on the accent.
    pub const ON_ACCENT: Color32 = Color32::WHITE;
    /// A control under the pointer.
    pub const HOVER: Color32 = Color32::from_rgb(0xE3, 0xEC, 0xF7);
    /// A control being pressed.
    pub const PRESSED: Color32 = Color32::from_rgb(0xC9, 0xDA, 0xF0);
    /// A selected item that is not the accent (a selected list row).
    pub const SELECTED: Color32 = Color32::from_rgb(0xD2, 0xE2, 0xF5);
    /// Warnings and problems in the console's words (a table too full, a wrong date).
    pub const ALERT: Color32 = Color32::from_rgb(0xB0, 0x00, 0x20);
    /// A café that can only be looked at (read-only): amber words.
    pub const CAUTION: Color32 = Color32::from_rgb(0x8A, 0x4B, 0x00);
    /// "Saved 19:04:12": green words.
    pub const SAVED: Color32 = Color32::from_rgb(0x1E, 0x5E, 0x20);
    /// Behind the words a search found, and the note a report was opened at.
    pub const MARK: Color32 = Color32::from_rgb(0xFF, 0xE4, 0x70);
    /// The ring around the control that has the keyboard: dark orange, so it is never
    /// mistaken for the blue edge of a control under the pointer.
    pub const FOCUS: Color32 = Color32::from_rgb(0xB8, 0x46, 0x00);
}

/// Colours for the series of a chart: one for each role (there are nine) and, in order, for
/// any other series. Each stands 3:1 or more against the chart's background (cards) and the
/// page (paper), so a bar or line can be told from what it sits on (WCAG 2.2 non-text
/// contrast), and every two are far apart in colour, so two series never look alike (both
/// checked by a test below).
pub const CHART: [Color32; 9] = [
    Color32::from_rgb(0x1F, 0x5F, 0xA8),
    Color32::from_rgb(0xB3, 0x59, 0x00),
    Color32::from_rgb(0x2E, 0x7D, 0x32),
    Color32::from_rgb(0xB0, 0x30, 0x6A),
    Color32::from_rgb(0x6A, 0x3F, 0xA0),
    Color32::from_rgb(0x00, 0x79, 0x7A),
    Color32::from_rgb(0x7A, 0x4A, 0x1E),
    Color32::from_rgb(0x55, 0x55, 0x55),
    Color32::from_rgb(0x8A, 0x8A, 0x00),
];

/// The colour of the `i`-th series of a chart (they repeat only past nine series).
pub fn chart_colour(i: usize) -> Color32 {
    CHART[i % CHART.len()]
}

/// The colour of a role in every chart, so a role looks the same wherever it is drawn and no
/// two roles share one.
pub fn role_colour(role: Role) -> Color32 {
    chart_colour(
        Role::ALL
            .iter()
            .position(|r| *r == role)
            .unwrap_or_default(),
    )
}

/// The colour each frame starts from, under every panel: the panels are drawn by clearing the
/// window to the paper rather than by painting paper over it, so on software OpenGL (a school
/// laptop without a working graphics driver) a frame fills the window's pixels once, not twice.
pub fn window_colour() -> [f32; 4] {
    palette::PAPER.to_normalized_gamma_f32()
}

/// Larger, calmer text for a laptop read at arm's length in a noisy room, in the palette above.
pub fn apply(ctx: &egui::Context) {
    use egui::{CornerRadius, Stroke};
    use palette::{ACCENT, CARD, EDGE, HOVER, INK, MUTED, PAPER, PRESSED, RULE, SELECTED, STRIPE};
    ctx.set_theme(egui::Theme::Light);
    ctx.global_style_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, FontId::proportional(26.0)),
            (TextStyle::Body, FontId::proportional(17.0)),
            (TextStyle::Monospace, FontId::monospace(16.0)),
            (TextStyle::Button, FontId::proportional(17.0)),
            (TextStyle::Small, FontId::proportional(14.0)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 28.0;
        style.spacing.icon_width = 20.0;
        style.spacing.icon_width_inner = 12.0;
        // Hover, tooltips, menus and scroll bars change at once instead of fading over a fifth
        // of a second: a fade draws a frame for every step of it, and a hover costs one frame.
        style.animation_time = 0.0;
        let v = &mut style.visuals;
        // The paper under the panels is the window's own colour (see `window_colour`).
        v.panel_fill = Color32::TRANSPARENT;
        v.window_fill = CARD;
        v.window_stroke = Stroke::new(1.0, EDGE);
        v.faint_bg_color = STRIPE;
        v.extreme_bg_color = CARD;
        v.text_edit_bg_color = Some(CARD);
        v.override_text_color = None;
        v.weak_text_color = Some(MUTED);
        v.hyperlink_color = ACCENT;
        v.selection.bg_fill = SELECTED;
        v.selection.stroke = Stroke::new(1.5, ACCENT);
        v.text_cursor.stroke = Stroke::new(2.0, ACCENT);
        let radius = CornerRadius::same(5);
        let w = &mut v.widgets;
        w.noninteractive.bg_fill = PAPER;
        w.noninteractive.weak_bg_fill = PAPER;
        w.noninteractive.bg_stroke = Stroke::new(1.0, RULE);
        w.noninteractive.fg_stroke = Stroke::new(1.0, INK);
        w.inactive.bg_fill = CARD;
        w.inactive.weak_bg_fill = CARD;
        w.inactive.bg_stroke = Stroke::new(1.0, EDGE);
        w.inactive.fg_stroke = Stroke::new(1.5, INK);
        w.inactive.corner_radius = radius;
        w.hovered.bg_fill = HOVER;
        w.hovered.weak_bg_fill = HOVER;
        w.hovered.bg_stroke = Stroke::new(1.5, ACCENT);
        w.hovered.fg_stroke = Stroke::new(1.5, INK);
        w.hovered.corner_radius = radius;
        w.active.bg_fill = PRESSED;
        w.active.weak_bg_fill = PRESSED;
        w.active.bg_stroke = Stroke::new(2.0, ACCENT);
        w.active.fg_stroke = Stroke::new(2.0, INK);
        w.active.corner_radius = radius;
        w.open.bg_fill = HOVER;
        w.open.weak_bg_fill = HOVER;
        w.open.bg_stroke = Stroke::new(1.0, ACCENT);
        w.open.fg_stroke = Stroke::new(1.5, INK);
        w.open.corner_radius = radius;
    });
}

/// An sRGB channel as linear light (0 to 1), the first step of both contrast and colour
/// difference.
fn linear(v: u8) -> f32 {
    let v = f32::from(v) / 255.0;
    if v <= 0.040_45 {
        v / 12.92
    } else {
        ((v + 0.055) / 1.055).powf(2.4)
    }
}

/// WCAG contrast ratio between two opaque colours.
pub fn contrast(a: Color32, b: Color32) -> f32 {
    fn luminance(c: Color32) -> f32 {
        let channel = linear;
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projector_text_has_seven_to_one_contrast() {
        for colour in [
            PROJECTOR_TEXT,
            PROJECTOR_SOFT,
            PROJECTOR_WARNING,
            PROJECTOR_URGENT,
        ] {
            let ratio = contrast(colour, PROJECTOR_BG);
            assert!(
                ratio >= 7.0,
                "{colour:?} on the projector is only {ratio:.1}:1"
            );
        }
        assert!(contrast(Color32::BLACK, Color32::WHITE) > 20.0);
        for palette in [
            crate::model::RoomPalette::Dark,
            crate::model::RoomPalette::Bright,
        ] {
            let c = room_colours(palette);
            for colour in [c.text, c.soft] {
                let ratio = contrast(colour, c.background);
                assert!(ratio >= 7.0, "{palette:?}: {colour:?} is only {ratio:.1}:1");
            }
        }
        let bright = room_colours(crate::model::RoomPalette::Bright);
        assert!(
            contrast(bright.background, Color32::BLACK) > contrast(bright.text, Color32::BLACK)
        );
    }

    #[test]
    fn console_controls_have_three_to_one_and_text_four_and_a_half() {
        use palette::*;
        for (what, colour, on, need) in [
            ("text on paper", INK, PAPER, 4.5),
            ("text on cards", INK, CARD, 4.5),
            ("text on stripes", INK, STRIPE, 4.5),
            ("muted text on paper", MUTED, PAPER, 4.5),
            ("muted text on stripes", MUTED, STRIPE, 4.5),
            ("text on hovered controls", INK, HOVER, 4.5),
            ("text on pressed controls", INK, PRESSED, 4.5),
            ("text on selected rows", INK, SELECTED, 4.5),
            ("text on the accent", ON_ACCENT, ACCENT, 4.5),
            ("accent links on paper", ACCENT, PAPER, 4.5),
            ("control edges on paper", EDGE, PAPER, 3.0),
            ("control edges on cards", EDGE, CARD, 3.0),
            ("hover edges on paper", ACCENT, PAPER, 3.0),
            ("warnings on paper", ALERT, PAPER, 4.5),
            ("warnings on cards", ALERT, CARD, 4.5),
            ("read-only on paper", CAUTION, PAPER, 4.5),
            ("saved on paper", SAVED, PAPER, 4.5),
            ("found words", INK, MARK, 4.5),
            ("the focus ring on paper", FOCUS, PAPER, 3.0),
            ("the focus ring on cards", FOCUS, CARD, 3.0),
            ("the focus ring on stripes", FOCUS, STRIPE, 3.0),
            ("the focus ring on hovered controls", FOCUS, HOVER, 3.0),
            ("the focus ring on selected rows", FOCUS, SELECTED, 3.0),
            ("notices", NOTICE_TEXT, NOTICE_BG, 4.5),
            ("errors", ERROR_TEXT, ERROR_BG, 4.5),
            ("errors on paper", ERROR_TEXT, PAPER, 4.5),
        ] {
            let ratio = contrast(colour, on);
            assert!(ratio >= need, "{what}: {ratio:.2}:1, needs {need}:1");
        }
    }

    /// CIE L*a*b* of an sRGB colour (D65), for telling how far apart two colours look.
    fn lab(c: Color32) -> [f32; 3] {
        let (r, g, b) = (linear(c.r()), linear(c.g()), linear(c.b()));
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.950_47;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.088_83;
        let f = |t: f32| {
            if t > 0.008_856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        [
            116.0 * f(y) - 16.0,
            500.0 * (f(x) - f(y)),
            200.0 * (f(y) - f(z)),
        ]
    }

    #[test]
    fn chart_colours_are_distinct_and_stand_out_from_the_background() {
        for (i, &colour) in CHART.iter().enumerate() {
            for (what, on) in [("cards", palette::CARD), ("paper", palette::PAPER)] {
                let ratio = contrast(colour, on);
                assert!(ratio >= 3.0, "{colour:?} on {what}: {ratio:.2}:1");
            }
            for &other in &CHART[i + 1..] {
                let (a, b) = (lab(colour), lab(other));
                let apart = a
                    .iter()
                    .zip(b)
                    .map(|(p, q)| (p - q).powi(2))
                    .sum::<f32>()
                    .sqrt();
                assert!(
                    apart >= 25.0,
                    "{colour:?} and {other:?} look alike ({apart:.0})"
                );
            }
        }
        let roles: std::collections::HashSet<Color32> =
            Role::ALL.into_iter().map(role_colour).collect();
        assert_eq!(roles.len(), Role::ALL.len(), "two roles share a colour");
    }

    #[test]
    fn the_theme_is_applied_to_the_controls() {
        let ctx = egui::Context::default();
        apply(&ctx);
        let style = ctx.global_style();
        let w = &style.visuals.widgets;
        assert_eq!(w.inactive.bg_stroke.color, palette::EDGE);
        assert_eq!(style.visuals.extreme_bg_color, palette::CARD);
        assert_eq!(
            style.visuals.panel_fill,
            Color32::TRANSPARENT,
            "the panels are the window's own colour"
        );
        assert_eq!(window_colour(), palette::PAPER.to_normalized_gamma_f32());
    }

    #[test]
    fn presenter_timer_colours_are_readable_on_their_bands() {
        for urgency in [
            Urgency::Plenty,
            Urgency::Warning,
            Urgency::LastMinute,
            Urgency::Overtime,
        ] {
            let ratio = contrast(timer_colour(urgency, false), timer_band(urgency));
            assert!(ratio >= 7.0, "{urgency:?}: {ratio:.1}:1");
        }
    }
}
