//! The goodbye check: a laptop at the door, turned to the families. One question ("How welcome
//! did you feel tonight?") answered with five large faces, by a tap or the keys 1 to 5, and
//! when the guide asks it a second one answered yes, maybe or no. After each family's answer
//! the page thanks them and takes no answer for a moment, so one child cannot vote twenty
//! times. Only counts reach the café ([`crate::live::Command::Goodbye`]); nothing on this page
//! leaves it but the facilitator's key.

use crate::ui::say::{Hint, Say, said_line};
use chrono::{DateTime, Duration, Utc};
use egui::{Color32, CornerRadius, Pos2, Rect, RichText, Sense, Stroke, Ui, Vec2};

use crate::i18n::SlideTexts;
use crate::live::LiveState;
use crate::model::guide::Wording;
use crate::model::{Again, Answer};
use crate::ui::command::{AppCommand, Commands};
use crate::ui::theme::palette;

/// How long the page takes no answer after a family's answer.
pub const LOCKOUT: Duration = Duration::seconds(2);
/// How long the second question waits for an answer before the faces come back.
const AGAIN_WAITS: Duration = Duration::seconds(20);

/// What the door page is showing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Stage {
    /// The five faces.
    #[default]
    Faces,
    /// The second question, asked since then.
    Again(DateTime<Utc>),
    /// "Thank you", taking no answer until then.
    Thanks(DateTime<Utc>),
}

/// The door page's own state: which question is shown, and the lockout.
#[derive(Debug, Default)]
pub struct GoodbyeState {
    stage: Stage,
}

impl GoodbyeState {
    /// The answer that answer key `n` (1 to 5, a tap or a key) gives now, if the page takes one:
    /// a face while the faces are shown, yes (1), maybe (2) or no (3) while the second question
    /// is, nothing during the thanks. `asks_again`: whether the guide asks the second question.
    pub fn answer(&mut self, n: u8, asks_again: bool, now: DateTime<Utc>) -> Option<Answer> {
        self.settle(now);
        let answer = match self.stage {
            Stage::Faces => Answer::Welcome(n),
            Stage::Again(_) => Answer::Again(*Again::ALL.get(usize::from(n).checked_sub(1)?)?),
            Stage::Thanks(_) => return None,
        };
        self.stage = match answer {
            Answer::Welcome(_) if asks_again => Stage::Again(now),
            _ => Stage::Thanks(now + LOCKOUT),
        };
        Some(answer)
    }

    /// Whether the page is thanking a family and taking no answer.
    pub fn is_locked(&mut self, now: DateTime<Utc>) -> bool {
        self.settle(now);
        matches!(self.stage, Stage::Thanks(_))
    }

    /// Back to the faces, for the next time the page opens.
    pub fn reset(&mut self) {
        self.stage = Stage::Faces;
    }

    /// Move on when the thanks or the second question has waited long enough.
    fn settle(&mut self, now: DateTime<Utc>) {
        match self.stage {
            Stage::Thanks(until) if now >= until => self.stage = Stage::Faces,
            Stage::Again(since) if now >= since + AGAIN_WAITS => self.stage = Stage::Faces,
            _ => {}
        }
    }

    /// When the page next changes by itself.
    fn next_change(&self) -> Option<DateTime<Utc>> {
        match self.stage {
            Stage::Faces => None,
            Stage::Again(since) => Some(since + AGAIN_WAITS),
            Stage::Thanks(until) => Some(until),
        }
    }
}

/// The command of answer key `n` (1 to 5).
pub fn answer_command(n: u8) -> Option<AppCommand> {
    ANSWERS.get(usize::from(n).checked_sub(1)?).copied()
}

/// The answer key (1 to 5) a command stands for, when it is one.
pub fn answer_number(command: AppCommand) -> Option<u8> {
    let at = ANSWERS.iter().position(|c| *c == command)?;
    u8::try_from(at + 1).ok()
}

const ANSWERS: [AppCommand; 5] = [
    AppCommand::GoodbyeAnswer1,
    AppCommand::GoodbyeAnswer2,
    AppCommand::GoodbyeAnswer3,
    AppCommand::GoodbyeAnswer4,
    AppCommand::GoodbyeAnswer5,
];

/// The lines of a question in the room's languages: the guide's own words when it has them,
/// else the standard ones of each room language.
fn question_lines(
    wording: Option<&Wording>,
    words: &[SlideTexts],
    standard: impl Fn(&SlideTexts) -> String,
) -> Vec<String> {
    match wording.filter(|w| !w.text.trim().is_empty()) {
        Some(w) => std::iter::once(w.text.clone())
            .chain(
                words
                    .iter()
                    .skip(1)
                    .filter_map(|l| w.translations.get(l.code).cloned()),
            )
            .collect(),
        None => words.iter().map(standard).collect(),
    }
}

/// Draw the door page. `writable`: the café can take answers.
pub fn ui(
    ui: &mut Ui,
    state: &mut GoodbyeState,
    (live, now, writable): (&LiveState, DateTime<Utc>, bool),
    commands: &mut Commands,
) {
    let guide = &live.session.guide;
    let words = crate::i18n::room_languages(&guide.languages).texts;
    let locked = state.is_locked(now);
    if let Some(at) = state.next_change() {
        let wait = (at - now).to_std().unwrap_or_default();
        ui.ctx().request_repaint_after(wait);
    }
    let unit = ui.available_height().min(ui.available_width() * 0.6);
    ui.vertical_centered(|ui| {
        ui.add_space(unit * 0.06);
        match state.stage {
            Stage::Faces | Stage::Thanks(_) => {
                let lines = question_lines(Some(&guide.goodbye.welcome), &words, |w| {
                    w.goodbye_welcome.clone()
                });
                title_lines(ui, &lines, unit);
                ui.add_space(unit * 0.05);
                faces_ui(ui, &words, unit, writable && !locked, commands);
            }
            Stage::Again(_) => {
                let lines = question_lines(guide.goodbye.again.as_ref(), &words, |w| {
                    w.goodbye_again.clone()
                });
                title_lines(ui, &lines, unit);
                ui.add_space(unit * 0.05);
                again_ui(ui, &words, unit, writable, commands);
                ui.add_space(unit * 0.04);
                let skip = join(&words, |w| w.goodbye_skip.clone());
                if ui
                    .say_button(RichText::new(skip).size(unit * 0.035))
                    .clicked()
                {
                    state.stage = Stage::Thanks(now + LOCKOUT);
                }
            }
        }
        ui.add_space(unit * 0.05);
        // Room for the thanks is kept while it is not shown, so the faces do not move.
        let thanks = if locked {
            join(&words, |w| w.goodbye_thanks.clone())
        } else {
            String::new()
        };
        ui.say(
            RichText::new(thanks)
                .size(unit * 0.06)
                .color(palette::SAVED)
                .strong(),
        );
    });
    foot_ui(ui);
}

/// The room's languages' words on one line.
fn join(words: &[SlideTexts], pick: impl Fn(&SlideTexts) -> String) -> String {
    words.iter().map(pick).collect::<Vec<_>>().join("  ·  ")
}

fn title_lines(ui: &mut Ui, lines: &[String], unit: f32) {
    for (i, line) in lines.iter().enumerate() {
        let (size, colour) = if i == 0 {
            (unit * 0.075, palette::INK)
        } else {
            (unit * 0.05, palette::MUTED)
        };
        super::bidi::bidi_label(
            ui,
            line,
            egui::FontId::proportional(size),
            colour,
            egui::Align::Center,
        );
    }
}

/// The five faces in a row, the saddest first, each with its words under it.
fn faces_ui(ui: &mut Ui, words: &[SlideTexts], unit: f32, enabled: bool, commands: &mut Commands) {
    let side = (ui.available_width() / 5.8).min(unit * 0.3);
    let gap = side * 0.15;
    let row = side * 5.0 + gap * 4.0;
    ui.horizontal(|ui| {
        ui.add_space((ui.available_width() - row).max(0.0) / 2.0);
        ui.spacing_mut().item_spacing.x = gap;
        for n in 1..=5u8 {
            let said = words
                .first()
                .map(|w| w.goodbye_faces[usize::from(n - 1)].clone())
                .unwrap_or_default();
            let Some(command) = answer_command(n) else {
                continue;
            };
            ui.vertical(|ui| {
                ui.set_width(side);
                let (rect, response) = ui.allocate_exact_size(Vec2::splat(side), Sense::click());
                let response = response.hint(&said);
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &said));
                draw_face(ui, rect, n, enabled, response.hovered() && enabled);
                if enabled && response.clicked() {
                    commands.push(command);
                }
                ui.say(
                    RichText::new(format!("{n}  {said}"))
                        .size(unit * 0.035)
                        .color(palette::MUTED),
                );
            });
        }
    });
}

/// A face: a circle with two eyes and a mouth from a frown (1) to a wide smile (5).
fn draw_face(ui: &Ui, rect: Rect, n: u8, enabled: bool, hovered: bool) {
    let painter = ui.painter_at(rect);
    let c = rect.center();
    let r = rect.width() * 0.46;
    let (fill, ink) = match (enabled, hovered) {
        (false, _) => (palette::STRIPE, palette::RULE),
        (true, true) => (palette::HOVER, palette::ACCENT),
        (true, false) => (palette::CARD, palette::ACCENT),
    };
    let stroke = Stroke::new(r * 0.08, ink);
    painter.circle(c, r, fill, stroke);
    for dx in [-0.35, 0.35] {
        painter.circle_filled(c + Vec2::new(dx * r, -0.25 * r), r * 0.09, ink);
    }
    // -1 a frown, +1 a smile.
    let curve = (f32::from(n) - 3.0) / 2.0;
    let left = c + Vec2::new(-0.45 * r, 0.35 * r);
    let right = c + Vec2::new(0.45 * r, 0.35 * r);
    let control = c + Vec2::new(0.0, (0.35 + 0.45 * curve) * r);
    let mouth = egui::epaint::QuadraticBezierShape::from_points_stroke(
        [left, control, right],
        false,
        Color32::TRANSPARENT,
        stroke,
    );
    painter.add(mouth);
}

/// Yes, maybe and no, as three large buttons with their keys.
fn again_ui(ui: &mut Ui, words: &[SlideTexts], unit: f32, enabled: bool, commands: &mut Commands) {
    let width = (ui.available_width() / 3.6).min(unit * 0.45);
    let gap = width * 0.1;
    ui.horizontal(|ui| {
        ui.add_space((ui.available_width() - width * 3.0 - gap * 2.0).max(0.0) / 2.0);
        ui.spacing_mut().item_spacing.x = gap;
        for (i, n) in (1..=3u8).enumerate() {
            let text = join(words, |w| w.goodbye_answers[i].clone());
            let button = egui::Button::new(said_line(
                ui,
                RichText::new(format!("{n}  {text}")).size(unit * 0.05),
            ))
            .min_size(Vec2::new(width, unit * 0.2))
            .corner_radius(CornerRadius::same(12));
            if ui.add_enabled(enabled, button).clicked()
                && let Some(command) = answer_command(n)
            {
                commands.push(command);
            }
        }
    });
}

/// The facilitator's way out, small at the foot.
fn foot_ui(ui: &mut Ui) {
    let lang = super::text::language(ui.ctx());
    let command = AppCommand::GoodbyeCheck;
    let text = crate::i18n::tr_args(
        lang,
        "goodbye-leave-hint",
        &[("keys", command.keys_text(lang).into())],
    );
    let bottom = ui.max_rect().bottom();
    let at = Pos2::new(ui.max_rect().left() + 8.0, bottom - 20.0);
    ui.painter().text(
        at,
        egui::Align2::LEFT_TOP,
        text,
        egui::FontId::proportional(13.0),
        palette::MUTED,
    );
}
