//! The bar above every page of an open café, and the import controls.

use crate::ui::say::{Hint, Say, said_line};
use std::path::Path;

use egui::RichText;

use super::command::{AppCommand, Commands, Request};
use super::text::{t, ta};
use super::{Page, widgets};
use crate::session::OpenCafe;

/// The bar above every page of an open café: Home, the pages, the save state, and (for a
/// read-only copy) why nothing can be changed.
pub fn nav_ui(
    ui: &mut egui::Ui,
    cafe: &OpenCafe,
    page: Page,
    table_mode: Option<u32>,
    commands: &mut Commands,
) {
    egui::Panel::top("nav")
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(8, 4)))
        .show(ui, |ui| {
            let lang = super::text::language(ui.ctx());
            ui.horizontal(|ui| {
                widgets::command_button(ui, AppCommand::GoHome, true, commands);
                ui.separator();
                if let Some(number) = table_mode {
                    let text = ta(ui, "nav-table-mode", &[("number", number.into())]);
                    ui.say(RichText::new(text).strong());
                } else {
                    let tabs = [
                        (Page::Presenter, AppCommand::ShowPresenter),
                        (Page::Tables, AppCommand::ShowTables),
                        (Page::Harvest, AppCommand::ShowHarvest),
                        (Page::SignIn, AppCommand::ShowSignIn),
                    ];
                    for (tab, command) in tabs {
                        if ui
                            .add(egui::Button::selectable(
                                page == tab,
                                said_line(ui, command.button_text(lang)),
                            ))
                            .hint(command.tooltip(lang))
                            .clicked()
                        {
                            commands.push(command);
                        }
                    }
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    widgets::save_status_ui(
                        ui,
                        &cafe.save_status(),
                        cafe.live().revision,
                        cafe.read_only(),
                    );
                    if cafe.sharing().is_some() {
                        ui.separator();
                        super::sharing::shared_state_ui(ui, cafe);
                    }
                });
            });
            let lang = super::text::language(ui.ctx());
            if let Some(error) = cafe.write_trouble() {
                let error = super::trouble::write_trouble(lang, &error);
                ui.say(
                    RichText::new(ta(ui, "nav-drafts-error", &[("error", error.into())]))
                        .color(super::theme::ERROR_TEXT),
                );
            }
            if let Some(why) = cafe.read_only() {
                let reason = super::trouble::read_only(lang, why);
                ui.horizontal_wrapped(|ui| {
                    ui.say(
                        RichText::new(ta(ui, "nav-read-only", &[("reason", reason.into())]))
                            .color(super::theme::ERROR_TEXT),
                    );
                    if cafe.can_take_over() {
                        take_over_ui(ui, cafe, commands);
                    }
                });
            }
        });
}

/// "Take over…", then "are you sure?": a lock from another computer is never broken at once.
fn take_over_ui(ui: &mut egui::Ui, cafe: &OpenCafe, commands: &mut Commands) {
    let asked_id = egui::Id::unique("take-over-asked");
    let take = Request::TakeOver(cafe.path().to_owned());
    let lang = super::text::language(ui.ctx());
    if ui.memory(|m| m.data.get_temp::<bool>(asked_id)) == Some(true) {
        if ui
            .say_button(take.label(lang))
            .hint(take.tooltip(lang))
            .clicked()
        {
            ui.memory_mut(|m| m.data.remove::<bool>(asked_id));
            commands.push(take);
        }
        if ui.say_button(t(ui, "nav-leave-read-only")).clicked() {
            ui.memory_mut(|m| m.data.remove::<bool>(asked_id));
        }
    } else if ui.say_button(t(ui, "nav-take-over")).clicked() {
        ui.memory_mut(|m| m.data.insert_temp(asked_id, true));
    }
}

/// Bring in another laptop's copy of this café (the foot of the Tables screen's list).
pub fn import_ui(
    ui: &mut egui::Ui,
    own: &Path,
    import: &mut (widgets::FilePicker, String),
    writable: bool,
    commands: &mut Commands,
) {
    let dir = own.parent().map(Path::to_path_buf).unwrap_or_default();
    let (picker, typed) = import;
    ui.add_enabled_ui(writable, |ui| {
        let lang = super::text::language(ui.ctx());
        egui::CollapsingHeader::new(t(ui, "nav-import-heading"))
            .id_salt("import notes")
            .show(ui, |ui| {
                ui.say(t(ui, "nav-import-intro"));
                if let Some(path) = widgets::path_picker_ui(
                    ui,
                    picker,
                    typed,
                    &t(ui, "nav-import-title"),
                    &dir,
                    &Request::Import(std::path::PathBuf::new()).label(lang),
                    widgets::PickMode::Open,
                ) {
                    commands.push(Request::Import(path));
                }
            });
    });
}
