//! The presenter's bottom bar: the round timer and the projector controls.

use egui::{RichText, Ui};

use super::{View, step_label};
use crate::live::{Command, ProjectorScreen};
use crate::model::Step;
use crate::model::guide::language_name;
use crate::model::timer::format_secs;
use crate::ui::Projector;
use crate::ui::command::{AppCommand, Commands, Request};
use crate::ui::text::{t, ta};
use crate::ui::theme;

pub(super) fn timer_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Commands) {
    let timer = &view.live.session.timer;
    let urgency = timer.urgency(view.now);
    let lang = crate::ui::text::language(ui.ctx());
    ui.horizontal(|ui| {
        egui::Frame::default()
            .fill(theme::timer_band(urgency))
            .inner_margin(egui::Margin::symmetric(12, 4))
            .corner_radius(6.0)
            .show(ui, |ui| {
                ui.label(
                    RichText::new(format_secs(timer.remaining_secs(view.now)))
                        .monospace()
                        .size(40.0)
                        .strong()
                        .color(theme::timer_colour(urgency, false)),
                );
                let words = theme::urgency_words(lang, urgency);
                if !words.is_empty() {
                    ui.label(
                        RichText::new(words)
                            .strong()
                            .size(20.0)
                            .color(theme::timer_colour(urgency, false)),
                    );
                }
            });
        let start = if timer.is_running() {
            "presenter-timer-pause"
        } else if timer.is_untouched() {
            "presenter-timer-start"
        } else {
            "presenter-timer-resume"
        };
        let (start_text, start_hint) = (t(ui, start), t(ui, &format!("{start}-hint")));
        let mut button = |ui: &mut Ui, command: AppCommand, text: &str, hint: &str| {
            if ui
                .button(command.button_text_as(lang, text))
                .on_hover_text(hint)
                .clicked()
            {
                commands.push(command);
            }
        };
        button(ui, AppCommand::ToggleTimer, &start_text, &start_hint);
        for command in [
            AppCommand::ResetTimer,
            AppCommand::RemoveMinute,
            AppCommand::AddMinute,
        ] {
            let (text, hint) = (command.label(lang), command.tooltip(lang));
            button(ui, command, &text, &hint);
        }
        let minutes = timer.planned_secs / 60;
        ui.label(ta(ui, "presenter-round-of", &[("minutes", minutes.into())]));
        let session = &view.live.session;
        if let (Step::Question(here), true) = (session.current, timer.is_running())
            && timer.question != Some(here)
        {
            let minutes = session.guide.questions.get(here).map_or(0, |q| q.minutes);
            let from = timer.question.map_or_else(
                || t(ui, "presenter-earlier-step"),
                |q| step_label(lang, Step::Question(q)),
            );
            let text = ta(
                ui,
                "presenter-still-timing",
                &[
                    ("from", from.into()),
                    ("keys", AppCommand::ResetTimer.keys_text(lang).into()),
                    ("minutes", minutes.into()),
                ],
            );
            ui.label(RichText::new(text).color(theme::ERROR_TEXT));
        }
    });
}

pub(super) fn projector_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Commands) {
    let live = view.live;
    let projector = view.projector;
    let lang = crate::ui::text::language(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        let text = if projector.open {
            t(ui, "presenter-close-projector")
        } else {
            t(ui, "presenter-open-projector")
        };
        if ui
            .button(AppCommand::ToggleProjector.button_text_as(lang, &text))
            .on_hover_text(AppCommand::ToggleProjector.tooltip(lang))
            .clicked()
        {
            commands.push(AppCommand::ToggleProjector);
        }
        if projector.open {
            fullscreen_menu_ui(ui, projector, commands);
        }
        ui.separator();
        let toggles = [
            (live.screen == ProjectorScreen::Black, AppCommand::Black),
            (live.screen == ProjectorScreen::White, AppCommand::White),
            (live.frozen.is_some(), AppCommand::Freeze),
            (
                live.screen == ProjectorScreen::MoveTables,
                AppCommand::MoveTables,
            ),
        ];
        for (on, command) in toggles {
            if ui
                .add(crate::ui::widgets::toggle(on, command.button_text(lang)))
                .on_hover_text(command.tooltip(lang))
                .clicked()
            {
                commands.push(command);
            }
        }
        ui.separator();
        let languages = live.session.guide.translation_languages();
        if !languages.is_empty() {
            let current = live.session.projector.translation.clone();
            let none = t(ui, "presenter-translation-none");
            let shown = current
                .as_deref()
                .map_or_else(|| none.clone(), language_name);
            egui::ComboBox::from_label(t(ui, "presenter-translation"))
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    if ui.selectable_label(current.is_none(), none).clicked() {
                        commands.push(Request::Cafe(Command::SetTranslation(None)));
                    }
                    for lang in &languages {
                        let on = current.as_deref() == Some(lang.as_str());
                        if ui.selectable_label(on, language_name(lang)).clicked() {
                            commands
                                .push(Request::Cafe(Command::SetTranslation(Some(lang.clone()))));
                        }
                    }
                });
        }
        let mut show_timer = live.session.projector.show_timer;
        if ui
            .checkbox(&mut show_timer, t(ui, "presenter-timer-on-screen"))
            .changed()
        {
            commands.push(Request::Cafe(Command::SetShowTimer(show_timer)));
        }
    });
}

fn fullscreen_menu_ui(ui: &mut Ui, projector: &Projector, commands: &mut Commands) {
    let lang = crate::ui::text::language(ui.ctx());
    ui.menu_button(Request::Fullscreen(None).label(lang), |ui| {
        let labels = projector.monitor_labels(lang);
        if labels.is_empty() && ui.button(t(ui, "presenter-this-screen")).clicked() {
            commands.push(Request::Fullscreen(Some(0)));
        }
        for (i, name) in labels.iter().enumerate() {
            if ui.button(name).clicked() {
                commands.push(Request::Fullscreen(Some(i)));
            }
        }
        if ui.button(AppCommand::RefreshMonitors.label(lang)).clicked() {
            commands.push(AppCommand::RefreshMonitors);
        }
    });
    if projector.fullscreen.is_some() && ui.button(AppCommand::Escape.button_text(lang)).clicked() {
        commands.push(Request::Fullscreen(None));
    }
}
