//! The facilitator's console: the current step beside its discussion points and notes,
//! the agenda, the round timer, what comes next, and the projector controls.

use chrono::{DateTime, Local, Utc};
use egui::{Color32, RichText, Ui};

use super::Projector;
use super::command::AppCommand;
use super::theme;
use crate::live::{Command, LiveState, ProjectorScreen, Slide};
use crate::model::guide::language_name;
use crate::model::timer::format_secs;
use crate::model::{Question, Step};

/// What the presenter needs to draw one frame.
pub struct View<'a> {
    pub live: &'a LiveState,
    pub now: DateTime<Utc>,
    pub projector: &'a Projector,
    /// False for a read-only copy: the controls that change the café are disabled.
    pub writable: bool,
}

pub fn ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<AppCommand>) {
    egui::Panel::top("presenter_top")
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(8.0))
        .show(ui, |ui| top_bar_ui(ui, view, commands));
    egui::Panel::bottom("presenter_controls")
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(8.0))
        .show(ui, |ui| {
            ui.add_enabled_ui(view.writable, |ui| timer_ui(ui, view, commands));
            ui.separator();
            projector_ui(ui, view, commands);
        });
    egui::Panel::left("agenda")
        .default_size(230.0)
        .min_size(170.0)
        .show(ui, |ui| {
            ui.add_enabled_ui(view.writable, |ui| agenda_ui(ui, view.live, commands));
        });
    egui::Panel::right("up_next")
        .default_size(280.0)
        .min_size(200.0)
        .show(ui, |ui| side_ui(ui, view.live));
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| step_ui(ui, view.live, view.writable, commands));
    });
}

fn top_bar_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<AppCommand>) {
    let session = &view.live.session;
    ui.horizontal(|ui| {
        // The clock and the key button come first, from the right; the title gets what is
        // left and is cut short with "…" rather than pushing the clock off the bar.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(AppCommand::Help.button_text()).clicked() {
                commands.push(AppCommand::Help);
            }
            let local = view.now.with_timezone(&Local);
            ui.label(
                RichText::new(local.format("%H:%M").to_string())
                    .strong()
                    .size(20.0),
            )
            .on_hover_text("Time of day");
            let here = crate::model::Figures::of(&session.attendees, &session.tallies).total;
            ui.label(format!("{here} here"))
                .on_hover_text("Signed in at the desk (F6)");
            let minutes = (view.now - session.started_at()).num_minutes().max(0);
            if minutes < 12 * 60 {
                ui.label(format!("Café running {}:{:02}", minutes / 60, minutes % 60));
            } else {
                let started = session.started_at().with_timezone(&Local);
                ui.label(format!("Café began {}", started.format("%a %-d %b, %H:%M")));
            }
            ui.label(session.details.date.format("%a %-d %b %Y").to_string());
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(
                    egui::Label::new(RichText::new(&session.details.title).strong().size(20.0))
                        .truncate(),
                )
                .on_hover_text(&session.details.title);
            });
        });
    });
}

fn agenda_ui(ui: &mut Ui, live: &LiveState, commands: &mut Vec<AppCommand>) {
    ui.add_space(6.0);
    ui.heading("Agenda");
    let session = &live.session;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for step in session.agenda() {
            let mut text = step.label();
            if let Step::Question(i) = step
                && let Some(q) = session.guide.questions.get(i)
            {
                let ticked = session
                    .ticked
                    .get(&i)
                    .map_or(0, std::collections::BTreeSet::len);
                text = format!("{text} · {} min", q.minutes);
                if ticked > 0 {
                    text.push_str(&format!(" · {ticked} came up"));
                }
            }
            if live.frozen == Some(step) && step != session.current {
                text.push_str("  (room sees)");
            }
            let current = step == session.current;
            let label = if current {
                RichText::new(text).strong().size(19.0)
            } else {
                RichText::new(text)
            };
            if ui
                .add_sized(
                    [ui.available_width(), 30.0],
                    egui::Button::selectable(current, label),
                )
                .clicked()
            {
                commands.push(AppCommand::Cafe(Command::GoTo(step)));
            }
        }
    });
}

fn step_ui(ui: &mut Ui, live: &LiveState, writable: bool, commands: &mut Vec<AppCommand>) {
    let session = &live.session;
    let step = session.current;
    let position = session.current_index() + 1;
    let total = session.agenda().len();
    ui.label(
        RichText::new(format!("Step {position} of {total} · {}", step.label()))
            .color(super::theme::palette::MUTED),
    );
    match step {
        Step::Welcome => {
            big_text(ui, &format!("Welcome to {}", session.details.title));
            let d = &session.details;
            let mut facts = vec![d.date.format("%A %-d %B %Y").to_string()];
            if !d.venue.is_empty() {
                facts.push(d.venue.clone());
            }
            if !d.facilitator.is_empty() {
                facts.push(format!("Facilitator: {}", d.facilitator));
            }
            facts.push(crate::i18n::count(
                crate::i18n::Lang::ENGLISH,
                "tables-count",
                usize::try_from(d.tables).unwrap_or(usize::MAX),
            ));
            ui.label(facts.join(" · "));
            series_ui(ui, live, writable, commands);
            ui.add_space(12.0);
            ui.label(RichText::new("Guide: ").strong());
            ui.label(&session.guide.purpose);
            ui.add_space(8.0);
            ui.label("Greet people as they sign in and find a seat. When the room is ready, press Page Down for the café agreements.");
        }
        Step::Agreements => {
            big_text(ui, "Café agreements");
            ui.label("Read them aloud, then ask: is there anything we should add?");
            ui.add_space(8.0);
            for (i, a) in session.guide.agreements.iter().enumerate() {
                ui.label(RichText::new(format!("{}. {}", i + 1, a.text)).size(20.0));
                for t in a.translations.values() {
                    ui.label(
                        RichText::new(t)
                            .italics()
                            .color(super::theme::palette::MUTED),
                    );
                }
            }
        }
        Step::Question(i) => {
            if let Some(q) = session.guide.questions.get(i) {
                ui.add_enabled_ui(writable, |ui| question_ui(ui, live, i, q, commands));
            }
        }
        Step::Harvest => {
            big_text(ui, "Harvest");
            ui.label("Ask each table to share one or two key ideas with the room. Listen for what comes up at more than one table.");
            ui.add_space(8.0);
            came_up_ui(ui, live);
        }
        Step::Closing => {
            big_text(ui, "Closing");
            ui.label("Invite each person to name one small thing they will do before the next café, then a one-word round. Thank the hosts, the cooks and the childcare team.");
            ui.add_space(8.0);
            commitments_ui(ui, live);
            ui.add_space(8.0);
            came_up_ui(ui, live);
        }
    }
}

/// The series this café belongs to, which the host can change (the review groups cafés by it).
fn series_ui(ui: &mut Ui, live: &LiveState, writable: bool, commands: &mut Vec<AppCommand>) {
    let id = egui::Id::unique("series-edit");
    let saved = live.session.details.series.clone();
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| saved.clone());
    ui.horizontal(|ui| {
        let label = ui.label("Series");
        let edit = ui
            .add_enabled(
                writable,
                egui::TextEdit::singleline(&mut text)
                    .hint_text(live.session.series_name())
                    .desired_width(280.0),
            )
            .labelled_by(label.id);
        if edit.changed() {
            ui.data_mut(|d| d.insert_temp(id, text.clone()));
        }
        if edit.lost_focus() {
            ui.data_mut(|d| d.remove::<String>(id));
            if text.trim() != saved {
                commands.push(AppCommand::Cafe(Command::SetSeries(text.clone())));
            }
        }
    });
}

fn big_text(ui: &mut Ui, text: &str) {
    ui.add(egui::Label::new(RichText::new(text).size(32.0).strong()).wrap());
}

fn question_ui(
    ui: &mut Ui,
    live: &LiveState,
    index: usize,
    question: &Question,
    commands: &mut Vec<AppCommand>,
) {
    let session = &live.session;
    big_text(ui, &question.text);
    for (lang, text) in &question.translations {
        // The language's name on its own, then the text in its own direction: an Arabic
        // question reads right to left, in the right order across lines.
        ui.label(
            RichText::new(language_name(lang))
                .small()
                .color(super::theme::palette::MUTED),
        );
        super::bidi::bidi_label(
            ui,
            text,
            egui::FontId::proportional(19.0),
            super::theme::palette::MUTED,
            egui::Align::Min,
        );
    }
    ui.add_space(10.0);
    ui.columns(2, |columns| {
        let left = egui::Layout::top_down(egui::Align::Min);
        let (first, second) = columns.split_at_mut(1);
        first[0].with_layout(left, |ui| {
            ui.label(RichText::new("Discussion points").strong().size(20.0));
            ui.label(RichText::new("Tick each one that came up.").small());
            for (p, point) in question.points.iter().enumerate() {
                let mut ticked = session.is_ticked(index, p);
                if ui
                    .checkbox(&mut ticked, RichText::new(point).size(18.0))
                    .changed()
                {
                    commands.push(AppCommand::Cafe(Command::TogglePoint {
                        question: index,
                        point: p,
                    }));
                }
            }
        });
        second[0].with_layout(left, |ui| {
            ui.label(RichText::new("Facilitator notes").strong().size(20.0));
            if question.notes.trim().is_empty() {
                ui.label(RichText::new("No notes for this question.").italics());
            } else {
                ui.label(&question.notes);
            }
            if !question.resources.is_empty() {
                ui.add_space(8.0);
                ui.label(RichText::new("Resources").strong());
                for r in &question.resources {
                    ui.label(format!("• {}: {}", r.title, r.detail));
                }
            }
        });
    });
}

/// What people said they will do, as the room sees it on the closing slide.
fn commitments_ui(ui: &mut Ui, live: &LiveState) {
    let commitments: Vec<_> = live
        .session
        .commitments
        .iter()
        .filter(|c| !c.deleted)
        .collect();
    ui.label(
        RichText::new("Commitments (shown to the room)")
            .strong()
            .size(20.0),
    );
    if commitments.is_empty() {
        ui.label(
            RichText::new("None yet: add them on the Harvest page (F4) as people name them.")
                .italics(),
        );
    }
    for c in commitments {
        let mut line = format!("• {}", c.text);
        if !c.owner.trim().is_empty() {
            line.push_str(&format!(" — {}", c.owner.trim()));
        }
        if let Some(due) = c.due {
            line.push_str(&format!(" (by {})", due.format("%-d %b")));
        }
        ui.label(line);
    }
}

/// The discussion points ticked across the café, for the harvest and closing.
fn came_up_ui(ui: &mut Ui, live: &LiveState) {
    let session = &live.session;
    if session.ticked.is_empty() {
        ui.label(RichText::new("No discussion points were ticked.").italics());
        return;
    }
    ui.label(RichText::new("Points that came up").strong().size(20.0));
    for (q, points) in &session.ticked {
        let Some(question) = session.guide.questions.get(*q) else {
            continue;
        };
        ui.label(RichText::new(format!("Question {}: {}", q + 1, question.text)).strong());
        for p in points {
            if let Some(point) = question.points.get(*p) {
                ui.label(format!("  - {point}"));
            }
        }
    }
}

fn side_ui(ui: &mut Ui, live: &LiveState) {
    ui.add_space(6.0);
    ui.heading("Up next");
    match live.next_step() {
        Some(Step::Question(i)) => {
            ui.label(RichText::new(format!("Question {}", i + 1)).strong());
            if let Some(q) = live.session.guide.questions.get(i) {
                ui.add(egui::Label::new(RichText::new(&q.text).size(18.0)).wrap());
                ui.label(RichText::new(format!("{} minutes planned", q.minutes)).small());
            }
        }
        Some(step) => {
            ui.label(RichText::new(step.label()).strong().size(18.0));
        }
        None => {
            ui.label("This is the last step.");
        }
    }
    ui.add_space(16.0);
    ui.heading("The room sees");
    let (text, alert) = room_sees(live);
    let colour = if alert {
        Color32::from_rgb(0xB0, 0x00, 0x20)
    } else {
        super::theme::palette::MUTED
    };
    ui.add(egui::Label::new(RichText::new(text).strong().size(18.0).color(colour)).wrap());
}

/// A short description of the projector, and whether it differs from the current step.
fn room_sees(live: &LiveState) -> (String, bool) {
    let frozen = live.frozen.filter(|f| *f != live.session.current);
    let base = match live.projector_slide() {
        Slide::Black => return ("BLACK SCREEN — press B to show".into(), true),
        Slide::White => return ("WHITE SCREEN — press W to show".into(), true),
        Slide::MoveTables => {
            return (
                "Please move to a new table — press M to go back".into(),
                true,
            );
        }
        Slide::Themes(themes) => {
            return (format!("The harvest themes ({})", themes.len()), true);
        }
        Slide::Question { number, text, .. } => format!("Question {number}: {text}"),
        Slide::Welcome { .. } => "The welcome slide".into(),
        Slide::Agreements(_) => "The café agreements".into(),
        Slide::Harvest => "The harvest slide".into(),
        Slide::Closing { .. } => "The closing slide".into(),
    };
    match frozen {
        Some(_) => (format!("FROZEN on: {base} — press F to unfreeze"), true),
        None if live.frozen.is_some() => (format!("{base} (frozen)"), true),
        None => (base, false),
    }
}

fn timer_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<AppCommand>) {
    let timer = &view.live.session.timer;
    let urgency = timer.urgency(view.now);
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
                let words = theme::urgency_words(urgency);
                if !words.is_empty() {
                    ui.label(
                        RichText::new(words)
                            .strong()
                            .size(20.0)
                            .color(theme::timer_colour(urgency, false)),
                    );
                }
            });
        let (start_text, start_hint) = if timer.is_running() {
            ("Pause", "Pause the round timer")
        } else if timer.is_untouched() {
            ("Start", "Start the round timer")
        } else {
            ("Resume", "Carry on the round timer")
        };
        let mut button = |ui: &mut Ui, command: AppCommand, text: &str, hint: &str| {
            if ui
                .button(command.button_text_as(text))
                .on_hover_text(hint)
                .clicked()
            {
                commands.push(command);
            }
        };
        button(ui, AppCommand::ToggleTimer, start_text, start_hint);
        for command in [
            AppCommand::ResetTimer,
            AppCommand::RemoveMinute,
            AppCommand::AddMinute,
        ] {
            let hint = command.tooltip();
            button(ui, command.clone(), command.label(), hint);
        }
        ui.label(format!("Round of {} min", timer.planned_secs / 60));
        let session = &view.live.session;
        if let (Step::Question(here), true) = (session.current, timer.is_running())
            && timer.question != Some(here)
        {
            let minutes = session.guide.questions.get(here).map_or(0, |q| q.minutes);
            let from = timer.question.map_or_else(
                || "an earlier step".to_owned(),
                |q| format!("Question {}", q + 1),
            );
            ui.label(
                RichText::new(format!(
                    "Still timing the round of {from}. {} starts this question's {minutes} min.",
                    AppCommand::ResetTimer.keys_text()
                ))
                .color(theme::ERROR_TEXT),
            );
        }
    });
}

fn projector_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Vec<AppCommand>) {
    let live = view.live;
    let projector = view.projector;
    ui.horizontal_wrapped(|ui| {
        let text = if projector.open {
            "Close projector"
        } else {
            "Open projector"
        };
        if ui
            .button(AppCommand::ToggleProjector.button_text_as(text))
            .on_hover_text(AppCommand::ToggleProjector.tooltip())
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
                .add(super::widgets::toggle(on, command.button_text()))
                .on_hover_text(command.tooltip())
                .clicked()
            {
                commands.push(command);
            }
        }
        ui.separator();
        let languages = live.session.guide.translation_languages();
        if !languages.is_empty() {
            let current = live.session.projector.translation.clone();
            let shown = current
                .as_deref()
                .map_or_else(|| "None".to_owned(), language_name);
            egui::ComboBox::from_label("Translation on screen")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    if ui.selectable_label(current.is_none(), "None").clicked() {
                        commands.push(AppCommand::Cafe(Command::SetTranslation(None)));
                    }
                    for lang in &languages {
                        let on = current.as_deref() == Some(lang.as_str());
                        if ui.selectable_label(on, language_name(lang)).clicked() {
                            commands.push(AppCommand::Cafe(Command::SetTranslation(Some(
                                lang.clone(),
                            ))));
                        }
                    }
                });
        }
        let mut show_timer = live.session.projector.show_timer;
        if ui.checkbox(&mut show_timer, "Timer on screen").changed() {
            commands.push(AppCommand::Cafe(Command::SetShowTimer(show_timer)));
        }
    });
}

fn fullscreen_menu_ui(ui: &mut Ui, projector: &Projector, commands: &mut Vec<AppCommand>) {
    ui.menu_button("Fullscreen on…", |ui| {
        let labels = projector.monitor_labels();
        if labels.is_empty() && ui.button("This screen").clicked() {
            commands.push(AppCommand::Fullscreen(Some(0)));
        }
        for (i, name) in labels.iter().enumerate() {
            if ui.button(name).clicked() {
                commands.push(AppCommand::Fullscreen(Some(i)));
            }
        }
        if ui.button("Look for screens again").clicked() {
            commands.push(AppCommand::RefreshMonitors);
        }
    });
    if projector.fullscreen.is_some() && ui.button(AppCommand::Escape.button_text()).clicked() {
        commands.push(AppCommand::Fullscreen(None));
    }
}
