//! The presenter's bottom bar: the round timer and the projector controls.

use crate::ui::say::{Hint, Say, said, said_line};
use egui::{RichText, Ui};

use super::{View, step_label};
use crate::live::{Command, LiveState, ProjectorScreen};
use crate::model::guide::language_name;
use crate::model::timer::format_secs;
use crate::model::{RoomPalette, Step};
use crate::ui::command::{AppCommand, Commands, Request};
use crate::ui::text::{t, ta};
use crate::ui::widgets::command_button;
use crate::ui::{steady, theme};

/// The round timer: its time, its buttons, whether the room sees it, and (when a round of an
/// earlier question is still running) which keys start this question's round. The hint has a
/// place of its own at the end of the row, so nothing moves when it comes or goes.
pub(super) fn timer_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Commands) {
    let timer = &view.live.session.timer;
    let urgency = timer.urgency(view.now);
    let lang = crate::ui::text::language(ui.ctx());
    // A short laptop screen gets a smaller clock, so the question keeps its room.
    let size = if ui.ctx().content_rect().height() < 700.0 {
        30.0
    } else {
        40.0
    };
    ui.horizontal(|ui| {
        egui::Frame::default()
            .fill(theme::timer_band(urgency))
            .inner_margin(egui::Margin::symmetric(12, 4))
            .corner_radius(6.0)
            .show(ui, |ui| {
                ui.say(
                    RichText::new(format_secs(timer.remaining_secs(view.now)))
                        .monospace()
                        .size(size)
                        .strong()
                        .color(theme::timer_colour(urgency, false)),
                );
                let words = theme::urgency_words(lang, urgency);
                if !words.is_empty() {
                    ui.say(
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
        // Start, Pause and Resume take the same room, so the buttons after it stay put.
        let toggle = AppCommand::ToggleTimer;
        let texts = [
            "presenter-timer-start",
            "presenter-timer-pause",
            "presenter-timer-resume",
        ]
        .map(|key| toggle.button_text_as(lang, &t(ui, key)));
        let shown = texts
            .iter()
            .position(|text| *text == toggle.button_text_as(lang, &t(ui, start)))
            .unwrap_or_default();
        if steady::button(ui, &texts, shown)
            .hint(t(ui, &format!("{start}-hint")))
            .clicked()
        {
            commands.push(toggle);
        }
        for command in [
            AppCommand::ResetTimer,
            AppCommand::RemoveMinute,
            AppCommand::AddMinute,
        ] {
            if ui
                .say_button(command.button_text(lang))
                .hint(command.tooltip(lang))
                .clicked()
            {
                commands.push(command);
            }
        }
        let minutes = timer.planned_secs / 60;
        ui.say(ta(ui, "presenter-round-of", &[("minutes", minutes.into())]));
        still_timing_ui(ui, view);
    });
}

/// While a round of an earlier question runs on: which question it times, and the keys that
/// set and start this question's round.
fn still_timing_ui(ui: &mut Ui, view: &View<'_>) {
    let lang = crate::ui::text::language(ui.ctx());
    let session = &view.live.session;
    let timer = &session.timer;
    let (Step::Question(here), true) = (session.current, timer.is_running()) else {
        return;
    };
    if timer.question == Some(here) {
        return;
    }
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
            ("reset", AppCommand::ResetTimer.keys_text(lang).into()),
            ("start", AppCommand::ToggleTimer.keys_text(lang).into()),
            ("minutes", minutes.into()),
        ],
    );
    ui.add(egui::Label::new(said(ui, RichText::new(&text).color(theme::ERROR_TEXT))).truncate())
        .hint(text);
}

/// The projector's controls. Every one is always there, at the same width, so opening the
/// projector or putting it fullscreen never moves a control under the pointer; what is done
/// once an evening (which screen, leaving fullscreen, closing) is in the window menu.
pub(super) fn projector_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Commands) {
    let live = view.live;
    let projector = view.projector;
    let lang = crate::ui::text::language(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        let show = AppCommand::ShowProjector;
        let texts = [
            show.button_text_as(lang, &t(ui, "presenter-open-projector")),
            show.button_text_as(lang, &t(ui, "presenter-projector-fullscreen")),
        ];
        if steady::button(ui, &texts, usize::from(projector.open))
            .hint(show.tooltip(lang))
            .clicked()
        {
            commands.push(show);
        }
        settings_menu_ui(ui, view, commands);
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
                .add(crate::ui::widgets::toggle(
                    ui,
                    on,
                    command.button_text(lang),
                ))
                .hint(command.tooltip(lang))
                .clicked()
            {
                commands.push(command);
            }
        }
    });
}

/// The projector's settings, each a click away and out of the bar: which screen it fills,
/// leaving fullscreen, closing it, the translation and the timer on screen, and testing a
/// clicker.
fn settings_menu_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Commands) {
    let projector = view.projector;
    let lang = crate::ui::text::language(ui.ctx());
    ui.menu_button(t(ui, "presenter-projector-window"), |ui| {
        ui.say(RichText::new(Request::Fullscreen(0).label(lang)).strong());
        let mut labels = projector.monitor_labels(lang);
        if labels.is_empty() {
            labels.push(t(ui, "presenter-this-screen"));
        }
        for (i, name) in labels.iter().enumerate() {
            if ui
                .add_enabled(projector.open, egui::Button::new(said_line(ui, name)))
                .clicked()
            {
                commands.push(Request::Fullscreen(i));
            }
        }
        command_button(ui, AppCommand::RefreshMonitors, true, commands);
        let fullscreen = projector.fullscreen.is_some();
        command_button(ui, AppCommand::LeaveFullscreen, fullscreen, commands);
        command_button(ui, AppCommand::CloseProjector, projector.open, commands);
        ui.separator();
        ui.add_enabled_ui(view.writable, |ui| {
            translation_ui(ui, view.live, commands);
            let mut show_timer = view.live.session.projector.show_timer;
            if ui
                .checkbox(
                    &mut show_timer,
                    said_line(ui, t(ui, "presenter-timer-on-screen")),
                )
                .changed()
            {
                commands.push(Request::Cafe(Command::SetShowTimer(show_timer)));
            }
            let mut bright = view.live.session.projector.palette == RoomPalette::Bright;
            if ui
                .checkbox(&mut bright, said_line(ui, t(ui, "presenter-bright-room")))
                .hint(t(ui, "presenter-bright-room-hint"))
                .changed()
            {
                let palette = if bright {
                    RoomPalette::Bright
                } else {
                    RoomPalette::Dark
                };
                commands.push(Request::Cafe(Command::SetPalette(palette)));
            }
        });
        ui.separator();
        command_button(ui, AppCommand::TestClicker, true, commands);
    })
    .response
    .hint(t(ui, "presenter-projector-window-hint"));
}

/// The translation shown under each question on the projector, if the guide has any.
fn translation_ui(ui: &mut Ui, live: &LiveState, commands: &mut Commands) {
    let languages = live.session.guide.translation_languages();
    if languages.is_empty() {
        return;
    }
    ui.say(RichText::new(t(ui, "presenter-translation")).strong());
    let current = live.session.projector.translation.clone();
    let none = t(ui, "presenter-translation-none");
    if ui.radio(current.is_none(), none).clicked() {
        commands.push(Request::Cafe(Command::SetTranslation(None)));
    }
    for lang in &languages {
        let on = current.as_deref() == Some(lang.as_str());
        if ui.radio(on, language_name(lang)).clicked() {
            commands.push(Request::Cafe(Command::SetTranslation(Some(lang.clone()))));
        }
    }
}
