//! The facilitator's console: the current step beside its discussion points and notes,
//! the agenda and what comes next. A question with its points, notes and translations is drawn
//! in `question`; the round timer and the projector controls are in `controls`.

use crate::ui::say::{Hint, Say, said_line};
use chrono::{DateTime, Local, Utc};
use egui::{RichText, Ui};

use super::Projector;
use super::command::{AppCommand, Commands, Request};
use super::steady::Scroll;
use super::text::{t, ta, tn};
use crate::i18n::{Lang, tr, tr_args};
use crate::live::{Command, LiveState, Slide};
use crate::model::Step;

mod controls;
mod question;
mod you_said;
use controls::{projector_ui, timer_ui};
use question::question_ui;

/// What the presenter needs to draw one frame.
pub struct View<'a> {
    pub live: &'a LiveState,
    pub now: DateTime<Utc>,
    pub projector: &'a Projector,
    /// False for a read-only copy: the controls that change the café are disabled.
    pub writable: bool,
}

pub fn ui(ui: &mut Ui, view: &View<'_>, commands: &mut Commands) {
    egui::Panel::top("presenter_top")
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(8, 4)))
        .show(ui, |ui| top_bar_ui(ui, view, commands));
    egui::Panel::bottom("presenter_controls")
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(8.0))
        .show(ui, |ui| {
            ui.add_enabled_ui(view.writable, |ui| timer_ui(ui, view, commands));
            ui.add_space(2.0);
            projector_ui(ui, view, commands);
        });
    // The side columns take a share of the window, so on a small laptop the question keeps
    // the room it needs.
    let side = (ui.available_width() * 0.2).clamp(170.0, 300.0);
    egui::Panel::left("agenda")
        .exact_size(side)
        .resizable(false)
        .show(ui, |ui| {
            ui.add_enabled_ui(view.writable, |ui| agenda_ui(ui, view.live, commands));
        });
    egui::Panel::right("up_next")
        .exact_size(side)
        .resizable(false)
        .show(ui, |ui| side_ui(ui, view.live));
    egui::CentralPanel::default().show(ui, |ui| {
        let session = &view.live.session;
        match session.current {
            Step::Question(i) => {
                step_line_ui(ui, view.live);
                if let Some(q) = session.guide.questions.get(i) {
                    ui.add_enabled_ui(view.writable, |ui| {
                        question_ui(ui, view.live, i, q, commands);
                    });
                }
            }
            // Each step keeps its own place in the scroll: a new step starts at its top.
            step => Scroll::vertical()
                .id_salt(("presenter step", step))
                .auto_shrink([false, false])
                .more_below()
                .show(ui, |ui| {
                    step_line_ui(ui, view.live);
                    step_ui(ui, view.live, view.writable, commands);
                }),
        }
    });
}

/// How long the top bar counts the time since the café began (after that it says when it
/// began): twelve hours, in milliseconds.
pub const RUNNING_SHOWN_MS: i64 = 12 * 60 * 60_000;

fn top_bar_ui(ui: &mut Ui, view: &View<'_>, commands: &mut Commands) {
    let session = &view.live.session;
    let lang = super::text::language(ui.ctx());
    ui.horizontal(|ui| {
        // The clock and the key button come first, from the right; the title gets what is
        // left and is cut short with "…" rather than pushing the clock off the bar.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.say_button(AppCommand::Help.button_text(lang)).clicked() {
                commands.push(AppCommand::Help);
            }
            let local = view.now.with_timezone(&Local);
            ui.say(
                RichText::new(local.format("%H:%M").to_string())
                    .strong()
                    .size(20.0),
            )
            .hint(t(ui, "presenter-time-of-day"));
            let here = crate::model::Figures::of(&session.attendees, &session.tallies).total;
            ui.say(tn(
                ui,
                "presenter-here",
                usize::try_from(here).unwrap_or(usize::MAX),
            ))
            .hint(t(ui, "presenter-here-hint"));
            let minutes = (view.now - session.started_at()).num_minutes().max(0);
            if minutes * 60_000 < RUNNING_SHOWN_MS {
                let running = format!("{}:{:02}", minutes / 60, minutes % 60);
                ui.say(ta(ui, "presenter-running", &[("time", running.into())]));
            } else {
                let started = session.started_at().with_timezone(&Local);
                let began = started.format("%Y-%m-%d %H:%M").to_string();
                ui.say(ta(ui, "presenter-began", &[("time", began.into())]));
            }
            ui.say(session.details.date.format("%Y-%m-%d").to_string());
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                let title = RichText::new(&session.details.title).strong().size(20.0);
                super::widgets::cut_label(ui, title, &session.details.title);
            });
        });
    });
}

fn agenda_ui(ui: &mut Ui, live: &LiveState, commands: &mut Commands) {
    ui.add_space(6.0);
    ui.say_heading(t(ui, "presenter-agenda"));
    let lang = super::text::language(ui.ctx());
    let session = &live.session;
    Scroll::vertical().show(ui, |ui| {
        for step in session.agenda() {
            let mut text = step_label(lang, step);
            if let Step::Question(i) = step
                && let Some(q) = session.guide.questions.get(i)
            {
                let ticked = session
                    .ticked
                    .get(&i)
                    .map_or(0, std::collections::BTreeSet::len);
                text = ta(
                    ui,
                    "presenter-agenda-question",
                    &[
                        ("step", text.into()),
                        ("minutes", q.minutes.into()),
                        ("ticked", ticked.into()),
                    ],
                );
            }
            if live.frozen == Some(step) && step != session.current {
                text = ta(ui, "presenter-agenda-room-sees", &[("step", text.into())]);
            }
            let current = step == session.current;
            let label = if current {
                RichText::new(text).strong().size(19.0)
            } else {
                RichText::new(text)
            };
            if ui
                .add_sized(
                    [ui.available_width(), 28.0],
                    egui::Button::selectable(current, said_line(ui, label)),
                )
                .clicked()
            {
                commands.push(Request::Cafe(Command::GoTo(step)));
            }
        }
    });
}

/// "Step 3 of 10 · Question 1", above the step.
fn step_line_ui(ui: &mut Ui, live: &LiveState) {
    let session = &live.session;
    let position = session.current_index() + 1;
    let total = session.agenda().len();
    let lang = super::text::language(ui.ctx());
    let name = step_label(lang, session.current);
    ui.say(
        RichText::new(ta(
            ui,
            "presenter-step-of",
            &[
                ("position", position.into()),
                ("total", total.into()),
                ("step", name.into()),
            ],
        ))
        .color(super::theme::palette::MUTED),
    );
}

/// A step that is not a question: what the room sees and what to do.
fn step_ui(ui: &mut Ui, live: &LiveState, writable: bool, commands: &mut Commands) {
    let session = &live.session;
    let step = session.current;
    let lang = super::text::language(ui.ctx());
    match step {
        Step::Welcome => {
            let title = session.details.title.clone();
            big_text(ui, &ta(ui, "presenter-welcome", &[("title", title.into())]));
            let d = &session.details;
            let mut facts = vec![d.date.format("%Y-%m-%d").to_string()];
            if !d.venue.is_empty() {
                facts.push(d.venue.clone());
            }
            if !d.facilitator.is_empty() {
                let name = d.facilitator.clone();
                facts.push(ta(ui, "presenter-facilitator", &[("name", name.into())]));
            }
            facts.push(tn(
                ui,
                "tables-count",
                usize::try_from(d.tables).unwrap_or(usize::MAX),
            ));
            ui.say(facts.join(" · "));
            series_ui(ui, live, writable, commands);
            outreach_ui(ui, live, writable, commands);
            ui.add_space(12.0);
            ui.say(RichText::new(t(ui, "presenter-guide")).strong());
            ui.say(&session.guide.purpose);
            ui.add_space(8.0);
            ui.say(t(ui, "presenter-welcome-hint"));
        }
        Step::YouSaid => {
            big_text(ui, &step_label(lang, step));
            you_said::step_ui(ui, session, writable, commands);
        }
        Step::Agreements => {
            big_text(ui, &step_label(lang, step));
            ui.say(t(ui, "presenter-agreements-hint"));
            ui.add_space(8.0);
            for (i, a) in session.guide.agreements.iter().enumerate() {
                ui.say(RichText::new(format!("{}. {}", i + 1, a.text)).size(20.0));
                for t in a.translations.values() {
                    ui.say(
                        RichText::new(t)
                            .italics()
                            .color(super::theme::palette::MUTED),
                    );
                }
            }
        }
        // Questions have their own layout, with their points in view.
        Step::Question(_) => {}
        Step::Harvest => {
            big_text(ui, &step_label(lang, step));
            ui.say(t(ui, "presenter-harvest-hint"));
            ui.add_space(8.0);
            came_up_ui(ui, live);
        }
        Step::Closing => {
            big_text(ui, &step_label(lang, step));
            ui.say(t(ui, "presenter-closing-hint"));
            // Wrapped: the hint beside the button goes on under it rather than past the column
            // (which widened every line after it, clipped at the column's edge).
            ui.horizontal_wrapped(|ui| {
                crate::ui::widgets::command_button(ui, AppCommand::GoodbyeCheck, true, commands);
                ui.say(t(ui, "presenter-goodbye-hint"));
            });
            ui.add_space(8.0);
            commitments_ui(ui, live);
            ui.add_space(8.0);
            came_up_ui(ui, live);
        }
    }
}

/// The series this café belongs to, which the host can change (the review groups cafés by it).
fn series_ui(ui: &mut Ui, live: &LiveState, writable: bool, commands: &mut Commands) {
    let saved = &live.session.details.series;
    let hint = live.session.series_name();
    detail_ui(
        ui,
        "series-edit",
        "presenter-series",
        hint,
        saved,
        writable,
        |text| {
            commands.push(Request::Cafe(Command::SetSeries(text)));
        },
    );
}

/// The school's details of this café, both optional: how families were invited and to whom
/// the summary was sent (the evidence pack prints them).
fn outreach_ui(ui: &mut Ui, live: &LiveState, writable: bool, commands: &mut Commands) {
    let o = &live.session.outreach;
    let (invited, sent) = (o.invited.clone(), o.summary_sent_to.clone());
    let hint = t(ui, "presenter-invited-hint");
    detail_ui(
        ui,
        "invited-edit",
        "presenter-invited",
        &hint,
        &invited,
        writable,
        |text| {
            commands.push(Request::Cafe(Command::SetOutreach {
                invited: text,
                summary_sent_to: sent.clone(),
            }));
        },
    );
    let hint = t(ui, "presenter-sent-to-hint");
    detail_ui(
        ui,
        "sent-to-edit",
        "presenter-sent-to",
        &hint,
        &o.summary_sent_to,
        writable,
        |text| {
            commands.push(Request::Cafe(Command::SetOutreach {
                invited: invited.clone(),
                summary_sent_to: text,
            }));
        },
    );
}

/// One of the café's details as a labelled line of text, kept as typed until the box is
/// left, then `set` with the new text when it changed.
fn detail_ui(
    ui: &mut Ui,
    salt: &'static str,
    label_key: &str,
    hint: &str,
    saved: &str,
    writable: bool,
    set: impl FnOnce(String),
) {
    let id = egui::Id::unique(salt);
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| saved.to_owned());
    ui.horizontal(|ui| {
        let label = ui.say(t(ui, label_key));
        let edit = ui
            .add_enabled_ui(writable, |ui| {
                super::bidi_edit::singleline(ui, None, &mut text, |e, _| {
                    e.hint_text(hint).desired_width(280.0)
                })
                .response
                .response
            })
            .inner
            .labelled_by(label.id);
        if edit.changed() {
            ui.data_mut(|d| d.insert_temp(id, text.clone()));
        }
        if edit.lost_focus() {
            ui.data_mut(|d| d.remove::<String>(id));
            if text.trim() != saved {
                set(text);
            }
        }
    });
}

/// The step's heading; a question in a right-to-left language reads right to left, on the right.
fn big_text(ui: &mut Ui, text: &str) {
    heading_text(ui, text, 32.0);
}

fn heading_text(ui: &mut Ui, text: &str, size: f32) {
    let colour = ui.visuals().strong_text_color();
    super::bidi::bidi_label(
        ui,
        text,
        egui::FontId::proportional(size),
        colour,
        egui::Align::Min,
    );
}
/// What people said they will do, as the room sees it on the closing slide.
fn commitments_ui(ui: &mut Ui, live: &LiveState) {
    let commitments: Vec<_> = live
        .session
        .commitments
        .iter()
        .filter(|c| !c.deleted)
        .collect();
    ui.say(
        RichText::new(t(ui, "presenter-commitments"))
            .strong()
            .size(20.0),
    );
    if commitments.is_empty() {
        ui.say(RichText::new(t(ui, "presenter-no-commitments")).italics());
    }
    for c in commitments {
        let mut line = format!("• {}", c.text);
        if !c.owner.trim().is_empty() {
            line.push_str(&format!(" — {}", c.owner.trim()));
        }
        if let Some(due) = c.due {
            let due = due.format("%Y-%m-%d").to_string();
            line = ta(
                ui,
                "presenter-commitment-due",
                &[("line", line.into()), ("due", due.into())],
            );
        }
        ui.say(line);
    }
}

/// The discussion points ticked across the café, for the harvest and closing.
fn came_up_ui(ui: &mut Ui, live: &LiveState) {
    let session = &live.session;
    if session.ticked.is_empty() {
        ui.say(RichText::new(t(ui, "presenter-none-ticked")).italics());
        return;
    }
    ui.say(
        RichText::new(t(ui, "presenter-came-up"))
            .strong()
            .size(20.0),
    );
    for (q, points) in &session.ticked {
        let Some(question) = session.guide.questions.get(*q) else {
            continue;
        };
        ui.say(
            RichText::new(ta(
                ui,
                "presenter-question-text",
                &[
                    ("number", (q + 1).into()),
                    ("text", question.text.clone().into()),
                ],
            ))
            .strong(),
        );
        for p in points {
            if let Some(point) = question.points.get(*p) {
                ui.say(format!("  - {}", point.text));
            }
        }
    }
}

fn side_ui(ui: &mut Ui, live: &LiveState) {
    ui.add_space(6.0);
    ui.say_heading(t(ui, "presenter-up-next"));
    let lang = super::text::language(ui.ctx());
    match live.next_step() {
        Some(step @ Step::Question(i)) => {
            ui.say(RichText::new(step_label(lang, step)).strong());
            if let Some(q) = live.session.guide.questions.get(i) {
                let colour = ui.visuals().text_color();
                super::bidi::bidi_label(
                    ui,
                    &q.text,
                    egui::FontId::proportional(18.0),
                    colour,
                    egui::Align::Min,
                );
                let planned = ta(
                    ui,
                    "presenter-minutes-planned",
                    &[("count", q.minutes.into())],
                );
                ui.say(RichText::new(planned).small());
            }
        }
        Some(step) => {
            ui.say(RichText::new(step_label(lang, step)).strong().size(18.0));
        }
        None => {
            ui.say(t(ui, "presenter-last-step"));
        }
    }
    ui.add_space(16.0);
    ui.say_heading(t(ui, "presenter-room-sees"));
    let (text, alert) = room_sees(lang, live);
    let colour = if alert {
        super::theme::palette::ALERT
    } else {
        super::theme::palette::MUTED
    };
    super::bidi::bidi_label(
        ui,
        &text,
        egui::FontId::proportional(18.0),
        colour,
        egui::Align::Min,
    );
    if let Some(note) = missing_slide_words(lang, live) {
        ui.say(RichText::new(note).color(super::theme::palette::CAUTION));
    }
    still_open_ui(ui, live);
}

/// What the facilitator is told when a room language (the guide's own or the translation on
/// screen) has no words for the fixed slides, so they show in another language.
fn missing_slide_words(lang: Lang, live: &LiveState) -> Option<String> {
    let main = live.session.guide.main_language();
    let translation = live.session.projector.translation.as_deref();
    let codes: Vec<&str> = std::iter::once(main).chain(translation).collect();
    if codes.iter().all(|c| crate::i18n::has_slide_words(c)) {
        return None;
    }
    crate::i18n::room_languages(&codes).missing_note(lang)
}

/// The actions of earlier cafés not done yet, so the facilitator can speak to them.
fn still_open_ui(ui: &mut Ui, live: &LiveState) {
    let Some(said) = &live.session.you_said else {
        return;
    };
    let open: Vec<_> = you_said::open_actions(said).collect();
    ui.add_space(16.0);
    ui.say_heading(tn(ui, "presenter-still-open", open.len()));
    for action in open {
        let state = you_said::state_words(ui, action.state);
        let from = action.cafe.as_deref().unwrap_or(&said.from.title);
        ui.say(format!("• {} ({state}; {from})", action.text.text));
    }
}

/// A short description of the projector, and whether it differs from the current step.
fn room_sees(lang: Lang, live: &LiveState) -> (String, bool) {
    let frozen = live.frozen.filter(|f| *f != live.session.current);
    let base = match live.projector_slide() {
        Slide::Black => return (tr(lang, "presenter-sees-black"), true),
        Slide::White => return (tr(lang, "presenter-sees-white"), true),
        Slide::MoveTables => return (tr(lang, "presenter-sees-move-tables"), true),
        Slide::Themes(themes) => {
            let count = themes.len();
            return (
                tr_args(lang, "presenter-sees-themes", &[("count", count.into())]),
                true,
            );
        }
        Slide::Question { number, text, .. } => tr_args(
            lang,
            "presenter-question-text",
            &[("number", number.into()), ("text", text.into())],
        ),
        Slide::Welcome { .. } => tr(lang, "presenter-sees-welcome"),
        Slide::YouSaid { .. } => tr(lang, "presenter-sees-you-said"),
        Slide::Agreements(_) => tr(lang, "presenter-sees-agreements"),
        Slide::Harvest => tr(lang, "presenter-sees-harvest"),
        Slide::Closing { .. } => tr(lang, "presenter-sees-closing"),
    };
    let slide = [("slide", base.clone().into())];
    match frozen {
        Some(_) => (tr_args(lang, "presenter-sees-frozen-on", &slide), true),
        None if live.frozen.is_some() => (tr_args(lang, "presenter-sees-frozen", &slide), true),
        None => (base, false),
    }
}

pub use crate::i18n::step_label;
