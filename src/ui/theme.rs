//! Colours and text sizes. Projector colours are chosen for 7:1 contrast or better.

use egui::{Color32, FontId, TextStyle};

use crate::model::Urgency;

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

/// Words that carry the urgency without relying on colour.
pub fn urgency_words(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Plenty => "",
        Urgency::Warning => "Nearly time",
        Urgency::LastMinute => "Last minute",
        Urgency::Overtime => "OVERTIME",
    }
}

/// Larger, calmer text for a laptop read at arm's length in a noisy room.
pub fn apply(ctx: &egui::Context) {
    ctx.set_theme(egui::Theme::Light);
    ctx.global_style_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, FontId::proportional(26.0)),
            (TextStyle::Body, FontId::proportional(17.0)),
            (TextStyle::Monospace, FontId::monospace(16.0)),
            (TextStyle::Button, FontId::proportional(17.0)),
            (TextStyle::Small, FontId::proportional(13.0)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 28.0;
    });
}

/// WCAG contrast ratio between two opaque colours.
pub fn contrast(a: Color32, b: Color32) -> f32 {
    fn luminance(c: Color32) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
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
