//! The guide's own details in the editor: its title and purpose, its languages (the main one
//! first), and the evening's clock.

use crate::ui::say::{Hint, Say, said_line};
use egui::{RichText, Ui};

use super::{TextField, change, problem_ui, text_field};
use crate::authoring::Edit;
use crate::model::guide::{LANGUAGE_CODES, language_name};
use crate::model::{ClockTime, Guide, GuideProblem};
use crate::ui::command::Commands;
use crate::ui::text::{t, ta};

pub(super) fn ui(
    ui: &mut Ui,
    guide: &Guide,
    problems: &[GuideProblem],
    times: &mut [String; 2],
    new_language: &mut String,
    commands: &mut Commands,
) {
    ui.say(RichText::new(t(ui, "editor-details")).strong().size(22.0));
    ui.add_space(6.0);
    let width = ui.available_width().min(640.0);
    let name = t(ui, "editor-title");
    ui.say(&name);
    let field = TextField {
        id: egui::Id::unique("guide-title"),
        name: &name,
        value: &guide.title,
        hint: "",
        rows: 0,
        width,
        right_to_left: false,
    };
    if let Some(title) = text_field(ui, &field) {
        change(commands, Edit::SetTitle(title));
    }
    for p in problems
        .iter()
        .filter(|p| matches!(p, GuideProblem::NoTitle))
    {
        problem_ui(ui, p);
    }
    let name = t(ui, "editor-purpose");
    ui.say(&name);
    let field = TextField {
        id: egui::Id::unique("guide-purpose"),
        name: &name,
        value: &guide.purpose,
        hint: "",
        rows: 3,
        width,
        right_to_left: false,
    };
    if let Some(purpose) = text_field(ui, &field) {
        change(commands, Edit::SetPurpose(purpose));
    }
    ui.add_space(12.0);
    languages_ui(ui, guide, new_language, commands);
    ui.add_space(12.0);
    clock_ui(ui, guide, times, commands);
}

fn languages_ui(ui: &mut Ui, guide: &Guide, new_language: &mut String, commands: &mut Commands) {
    ui.say(RichText::new(t(ui, "editor-languages")).strong().size(18.0));
    ui.say(RichText::new(t(ui, "editor-languages-hint")).small());
    for (i, code) in super::languages_of(guide).iter().enumerate() {
        ui.horizontal(|ui| {
            let name = format!("{} ({code})", language_name(code));
            if i == 0 {
                ui.say(
                    RichText::new(ta(ui, "editor-main-language", &[("language", name.into())]))
                        .strong(),
                );
                return;
            }
            ui.say(&name);
            if ui
                .say_button(t(ui, "editor-make-main"))
                .hint(t(ui, "editor-make-main-hint"))
                .clicked()
            {
                change(commands, Edit::MakeMain(code.clone()));
            }
            let remove = ui
                .say_button(t(ui, "editor-remove"))
                .accessible_name(ta(
                    ui,
                    "editor-remove-named",
                    &[("item", name.clone().into())],
                ))
                .hint(t(ui, "editor-remove-language-hint"));
            if remove.clicked() {
                change(commands, Edit::RemoveLanguage(code.clone()));
            }
        });
    }
    ui.horizontal(|ui| {
        let chooser = t(ui, "editor-add-language");
        egui::ComboBox::from_label(&chooser)
            .selected_text(said_line(ui, t(ui, "editor-choose-language")))
            .show_ui(ui, |ui| {
                for code in LANGUAGE_CODES
                    .iter()
                    .filter(|c| !guide.languages.iter().any(|l| l == *c))
                {
                    let name = format!("{} ({code})", language_name(code));
                    if ui.say_selectable(false, name).clicked() {
                        change(commands, Edit::AddLanguage((*code).to_owned()));
                    }
                }
            });
        let name = t(ui, "editor-language-code");
        ui.say(&name);
        let field = TextField {
            id: egui::Id::unique("guide-new-language"),
            name: &name,
            value: new_language,
            hint: "fr-CA",
            rows: 0,
            width: 90.0,
            right_to_left: false,
        };
        if let Some(code) = text_field(ui, &field) {
            *new_language = code;
        }
        let code = new_language.trim().to_owned();
        if ui
            .add_enabled(
                !code.is_empty(),
                egui::Button::new(said_line(ui, t(ui, "editor-add"))),
            )
            .clicked()
        {
            change(commands, Edit::AddLanguage(code));
            new_language.clear();
        }
    });
}

/// "Café starts at" and "café ends by": typed as hours and minutes, kept as typed until they
/// read as a time.
fn clock_ui(ui: &mut Ui, guide: &Guide, times: &mut [String; 2], commands: &mut Commands) {
    ui.say(RichText::new(t(ui, "editor-clock")).strong().size(18.0));
    ui.say(RichText::new(t(ui, "editor-clock-hint")).small());
    let slots = [
        ("editor-starts-at", guide.plan.starts_at),
        ("editor-ends-by", guide.plan.ends_by),
    ];
    for (i, (key, value)) in slots.into_iter().enumerate() {
        let id = egui::Id::unique(("guide-clock", i));
        let focused = ui.ctx().memory(|m| m.has_focus(id));
        let typed = times[i].trim();
        let reads = if typed.is_empty() {
            Some(None)
        } else {
            ClockTime::parse(typed).map(Some)
        };
        // Undo, redo or a draft put back another time: the box follows the guide.
        if !focused && reads != Some(value) {
            times[i] = value.map(|t| t.to_string()).unwrap_or_default();
        }
        ui.horizontal(|ui| {
            let name = t(ui, key);
            ui.say(&name);
            let field = TextField {
                id,
                name: &name,
                value: &times[i],
                hint: "18:30",
                rows: 0,
                width: 70.0,
                right_to_left: false,
            };
            if let Some(text) = text_field(ui, &field) {
                let parsed = if text.trim().is_empty() {
                    Some(None)
                } else {
                    ClockTime::parse(&text).map(Some)
                };
                if let Some(time) = parsed {
                    let edit = if i == 0 {
                        Edit::SetStartsAt(time)
                    } else {
                        Edit::SetEndsBy(time)
                    };
                    change(commands, edit);
                }
                times[i] = text;
            }
            if !times[i].trim().is_empty() && ClockTime::parse(&times[i]).is_none() {
                ui.say(
                    RichText::new(t(ui, "editor-time-hint")).color(crate::ui::theme::ERROR_TEXT),
                );
            }
        });
    }
}
