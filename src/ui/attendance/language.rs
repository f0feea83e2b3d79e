//! The sign-in desk's language: picked from a list (the guide's languages first, then the
//! common ones, then "Other…" with the words typed), so one language is one count.

use egui::Ui;

use crate::ui::say::{Say, said_line};

use crate::model::guide::language_name;
use crate::model::language::{desk_languages, language_code};
use crate::ui::text::t;

/// The language box: `value` holds what is recorded (a known language by its own name, or the
/// words typed under "Other…"); `other` is set while the typed words are shown.
pub fn picker_ui(
    ui: &mut Ui,
    value: &mut String,
    other: &mut bool,
    guide_languages: &[String],
    label: egui::Id,
) {
    let known = language_code(value);
    let shown = if *other || (known.is_none() && !value.trim().is_empty()) {
        t(ui, "signin-language-other")
    } else if let Some(code) = known {
        language_name(code)
    } else {
        t(ui, "signin-language-not-given")
    };
    ui.horizontal(|ui| {
        egui::ComboBox::from_id_salt("signin_language")
            .selected_text(said_line(ui, shown))
            .width(200.0)
            .show_ui(ui, |ui| {
                if ui
                    .say_selectable(
                        value.trim().is_empty() && !*other,
                        t(ui, "signin-language-not-given"),
                    )
                    .clicked()
                {
                    value.clear();
                    *other = false;
                }
                for code in desk_languages(guide_languages) {
                    let on = known == Some(code) && !*other;
                    if ui.say_selectable(on, language_name(code)).clicked() {
                        *value = language_name(code);
                        *other = false;
                    }
                }
                let typed = *other || (known.is_none() && !value.trim().is_empty());
                if ui
                    .say_selectable(typed, t(ui, "signin-language-other"))
                    .clicked()
                {
                    if known.is_some() {
                        value.clear();
                    }
                    *other = true;
                }
            })
            .response
            .labelled_by(label);
        if *other || (known.is_none() && !value.trim().is_empty()) {
            crate::ui::bidi_edit::singleline(ui, None, value, |e, ui| {
                e.desired_width(160.0)
                    .hint_text(t(ui, "signin-language-other-hint"))
            })
            .response
            .response
            .labelled_by(label);
        }
    });
}
