//! A question on the console: its text, its discussion points to tick, and beside them its
//! translations, the facilitator's notes and its resources, in the room's other language too.

use egui::{RichText, Ui};

use super::heading_text;
use crate::live::{Command, LiveState};
use crate::model::guide::language_name;
use crate::model::{Question, Step};
use crate::ui::command::{Commands, Request};
use crate::ui::say::{Hint, Say, said};
use crate::ui::steady::Scroll;
use crate::ui::text::t;

/// A question beside its points: the question, then its discussion points in view (on a small
/// laptop too), and beside them (or, in a narrow window, under them) its translations and the
/// facilitator's notes. Each column scrolls on its own and says when more is below.
pub(super) fn question_ui(
    ui: &mut Ui,
    live: &LiveState,
    index: usize,
    question: &Question,
    commands: &mut Commands,
) {
    // A short window gets a smaller heading, so the points keep their room.
    let size = (ui.available_height() / 12.0).clamp(22.0, 32.0);
    heading_text(ui, &question.text, size);
    ui.add_space(6.0);
    let step = Step::Question(index);
    // With a translation on screen, the facilitator sees the points, notes and resources in
    // that language too, under their own words.
    let shown = live.session.projector.translation.as_deref();
    // Beside each other when there is room; on a small laptop the points take the whole
    // width (so they need fewer lines) and the translations and notes follow under them.
    if ui.available_width() < 700.0 || ui.available_height() < 360.0 {
        Scroll::vertical()
            .id_salt(("presenter points", step))
            .auto_shrink([false, false])
            .more_below()
            .show(ui, |ui| {
                points_ui(ui, live, index, question, commands);
                ui.add_space(8.0);
                about_ui(ui, question, shown);
            });
        return;
    }
    ui.columns(2, |columns| {
        let (first, second) = columns.split_at_mut(1);
        let top_down = egui::Layout::top_down(egui::Align::Min);
        first[0].with_layout(top_down, |ui| {
            Scroll::vertical()
                .id_salt(("presenter points", step))
                .auto_shrink([false, false])
                .more_below()
                .show(ui, |ui| points_ui(ui, live, index, question, commands));
        });
        second[0].with_layout(top_down, |ui| {
            Scroll::vertical()
                .id_salt(("presenter notes", step))
                .auto_shrink([false, false])
                .more_below()
                .show(ui, |ui| about_ui(ui, question, shown));
        });
    });
}

/// The discussion points, to tick as they come up.
fn points_ui(
    ui: &mut Ui,
    live: &LiveState,
    index: usize,
    question: &Question,
    commands: &mut Commands,
) {
    let session = &live.session;
    ui.horizontal(|ui| {
        ui.say(RichText::new(t(ui, "presenter-points")).strong().size(20.0));
        let hint = t(ui, "presenter-points-hint");
        ui.add(egui::Label::new(said(ui, RichText::new(&hint).small())).truncate())
            .hint(hint);
    });
    ui.scope(|ui| {
        // Close together, so five points fit beside the question on a small laptop.
        ui.spacing_mut().item_spacing.y = 3.0;
        for (p, point) in question.points.iter().enumerate() {
            let mut ticked = session.is_ticked(index, p);
            // The point wraps beside its box, in reading order.
            let beside = ui.available_width() - ui.spacing().icon_width - ui.spacing().icon_spacing;
            let point_text = RichText::new(&point.text).size(18.0);
            if ui
                .checkbox(
                    &mut ticked,
                    crate::ui::say::said_within(ui, point_text, beside),
                )
                .changed()
            {
                commands.push(Request::Cafe(Command::TogglePoint {
                    question: index,
                    point: p,
                }));
            }
            let shown = session.projector.translation.as_deref();
            translated_ui(ui, shown.and_then(|l| point.translation(l)), 16.0);
        }
    });
}

/// The question's translations, then the facilitator's notes and resources; with a translation
/// on screen (`shown`), the notes and resources in that language too, under their own words.
fn about_ui(ui: &mut Ui, question: &Question, shown: Option<&str>) {
    for (lang, text) in &question.translations {
        // The language's name on its own, then the text in its own direction: an Arabic
        // question reads right to left, in the right order across lines.
        ui.say(
            RichText::new(language_name(lang))
                .small()
                .color(crate::ui::theme::palette::MUTED),
        );
        crate::ui::bidi::bidi_label(
            ui,
            text,
            egui::FontId::proportional(17.0),
            crate::ui::theme::palette::MUTED,
            egui::Align::Min,
        );
    }
    if !question.translations.is_empty() {
        ui.add_space(8.0);
    }
    ui.say(RichText::new(t(ui, "presenter-notes")).strong().size(20.0));
    if question.notes.is_blank() {
        ui.say(RichText::new(t(ui, "presenter-no-notes")).italics());
    } else {
        ui.say(&question.notes.text);
        if let Some((lang, text)) =
            shown.and_then(|l| question.notes.translation(l).map(|t| (l, t)))
        {
            ui.say(
                RichText::new(language_name(lang))
                    .small()
                    .color(crate::ui::theme::palette::MUTED),
            );
            translated_ui(ui, Some(text), 15.0);
        }
    }
    if !question.resources.is_empty() {
        ui.add_space(8.0);
        ui.say(RichText::new(t(ui, "presenter-resources")).strong());
        for r in &question.resources {
            ui.say(resource_line(&r.title.text, &r.detail.text));
            let title = shown.and_then(|l| r.title.translation(l));
            let detail = shown.and_then(|l| r.detail.translation(l));
            if title.is_some() || detail.is_some() {
                let line = resource_line(
                    title.unwrap_or(&r.title.text),
                    detail.unwrap_or(&r.detail.text),
                );
                translated_ui(ui, Some(&line), 14.0);
            }
        }
    }
}

/// "• Title: detail", or the title alone.
fn resource_line(title: &str, detail: &str) -> String {
    if detail.trim().is_empty() {
        format!("• {title}")
    } else {
        format!("• {title}: {detail}")
    }
}

/// A translation under the text it translates: softer, in its own direction.
fn translated_ui(ui: &mut Ui, text: Option<&str>, size: f32) {
    if let Some(text) = text {
        crate::ui::bidi::bidi_label(
            ui,
            text,
            egui::FontId::proportional(size),
            crate::ui::theme::palette::MUTED,
            egui::Align::Min,
        );
    }
}
