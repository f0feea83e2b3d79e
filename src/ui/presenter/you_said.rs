//! The presenter's "you said, we did" step: the last café's themes and actions in the room's
//! languages, each word editable before the evening, and how far each action has got.

use crate::ui::say::Say;
use egui::{RichText, Ui};

use crate::live::Command;
use crate::model::guide::language_name;
use crate::model::{ActionState, Session, Wording, YouSaid};
use crate::ui::command::{Commands, Request};
use crate::ui::text::{t, ta};

/// The words of a state, for the facilitator's buttons.
pub fn state_words(ui: &Ui, state: ActionState) -> String {
    t(
        ui,
        match state {
            ActionState::Done => "you-said-state-done",
            ActionState::UnderWay => "you-said-state-under-way",
            ActionState::NotYet => "you-said-state-not-yet",
        },
    )
}

pub(super) fn step_ui(ui: &mut Ui, session: &Session, writable: bool, commands: &mut Commands) {
    let Some(said) = &session.you_said else {
        return;
    };
    ui.say(ta(
        ui,
        "you-said-from-cafe",
        &[
            ("title", said.from.title.clone().into()),
            ("date", said.from.date.format("%Y-%m-%d").to_string().into()),
        ],
    ));
    ui.say(t(ui, "you-said-hint"));
    let mut languages = vec![session.guide.main_language().to_owned()];
    languages.extend(session.guide.translation_languages());
    let mut edited = said.clone();
    let mut changed = false;
    ui.add_enabled_ui(writable, |ui| {
        ui.add_space(8.0);
        ui.say(
            RichText::new(t(ui, "you-said-heard-heading"))
                .strong()
                .size(18.0),
        );
        for (i, theme) in edited.themes.iter_mut().enumerate() {
            changed |= wording_ui(ui, ("theme", i), theme, &languages);
        }
        ui.add_space(8.0);
        ui.say(
            RichText::new(t(ui, "you-said-did-heading"))
                .strong()
                .size(18.0),
        );
        if edited.actions.is_empty() {
            ui.say(t(ui, "you-said-no-actions"));
        }
        for (i, action) in edited.actions.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                for state in ActionState::ALL {
                    let chosen = action.state == state;
                    if ui.say_selectable(chosen, state_words(ui, state)).clicked() && !chosen {
                        commands.push(Request::Cafe(Command::SetFollowUp {
                            id: action.id,
                            state,
                        }));
                    }
                }
                if let Some(cafe) = &action.cafe {
                    ui.say(
                        RichText::new(ta(
                            ui,
                            "you-said-from-earlier",
                            &[("title", cafe.clone().into())],
                        ))
                        .italics(),
                    );
                }
            });
            changed |= wording_ui(ui, ("action", i), &mut action.text, &languages);
            ui.add_space(4.0);
        }
    });
    if changed {
        commands.push(Request::Cafe(Command::SetYouSaid(Some(Box::new(edited)))));
    }
}

/// One text and a box per room language (the main one first); whether any changed.
fn wording_ui(ui: &mut Ui, id: (&str, usize), w: &mut Wording, languages: &[String]) -> bool {
    let mut changed = false;
    ui.push_id(id, |ui| {
        let (main, others) = languages
            .split_first()
            .map_or(("en", &[][..]), |(m, o)| (m.as_str(), o));
        ui.horizontal(|ui| {
            let label = ui.say(language_name(main));
            changed |= text_box(ui, &mut w.text).labelled_by(label.id).changed();
        });
        for code in others {
            ui.horizontal(|ui| {
                let label = ui.say(language_name(code));
                let text = w.translations.entry(code.clone()).or_default();
                changed |= text_box(ui, text).labelled_by(label.id).changed();
            });
        }
        w.translations.retain(|_, v| !v.is_empty());
    });
    changed
}

/// A room language's words, as wide as the row.
fn text_box(ui: &mut Ui, text: &mut String) -> egui::Response {
    crate::ui::bidi_edit::singleline(ui, None, text, |e, _| e.desired_width(f32::INFINITY))
        .response
        .response
}

/// The actions of earlier cafés still open, for the presenter's side panel.
pub fn open_actions(said: &YouSaid) -> impl Iterator<Item = &crate::model::FollowUp> {
    said.actions.iter().filter(|a| a.state.is_open())
}
