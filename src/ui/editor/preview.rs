//! "The room sees": the projector's own drawing of the chosen step, small, once for each
//! language of the guide, so long questions and right-to-left text can be judged before the
//! evening.

use crate::ui::say::Say;
use egui::{RichText, Ui};

use super::{languages_of, missing_in};
use crate::live::Slide;
use crate::model::guide::language_name;
use crate::model::{Guide, Step};
use crate::ui::projector::{FitCache, draw};
use crate::ui::text::t;

pub(super) fn ui(ui: &mut Ui, guide: &Guide, step: Step, caches: &mut Vec<FitCache>) {
    let lang = crate::ui::text::language(ui.ctx());
    ui.add_space(6.0);
    ui.say_heading(t(ui, "editor-room-sees"));
    let languages = languages_of(guide);
    caches.resize_with(languages.len(), FitCache::default);
    let today = chrono::Local::now().date_naive();
    egui::ScrollArea::vertical()
        .id_salt("editor_preview_rows")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (code, cache) in languages.iter().zip(caches.iter_mut()) {
                let mut line = language_name(code);
                if untranslated(guide, step, code) {
                    line = format!("{line} · {}", missing_in(lang, code));
                }
                ui.say(RichText::new(line).strong());
                let width = ui.available_width();
                let (rect, _) = ui.allocate_exact_size(
                    egui::vec2(width, width * 9.0 / 16.0),
                    egui::Sense::hover(),
                );
                let slide = Slide::preview(guide, step, code, today);
                draw(
                    ui,
                    rect,
                    &slide,
                    std::slice::from_ref(code),
                    None,
                    crate::model::RoomPalette::Dark,
                    cache,
                );
                ui.add_space(10.0);
            }
        });
}

/// Whether what the room sees of `step` lacks its `code` translation.
fn untranslated(guide: &Guide, step: Step, code: &str) -> bool {
    if guide.main_language() == code {
        return false;
    }
    match step {
        Step::Question(i) => guide
            .questions
            .get(i)
            .is_some_and(|q| q.translation(code).is_none()),
        Step::Agreements => guide
            .agreements
            .iter()
            .any(|a| a.translation(code).is_none()),
        Step::Welcome | Step::YouSaid | Step::Harvest | Step::Closing => false,
    }
}
