//! The bar above every page of an open café, and the import controls.

use std::path::Path;

use egui::RichText;

use super::command::AppCommand;
use super::{Page, widgets};
use crate::session::OpenCafe;

/// The bar above every page of an open café: Home, the pages, the save state, and (for a
/// read-only copy) why nothing can be changed.
pub fn nav_ui(
    ui: &mut egui::Ui,
    cafe: &OpenCafe,
    page: Page,
    table_mode: Option<u32>,
    commands: &mut Vec<AppCommand>,
) {
    egui::Panel::top("nav")
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(8, 4)))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let home = AppCommand::GoHome;
                if ui
                    .button(home.label())
                    .on_hover_text(home.tooltip())
                    .clicked()
                {
                    commands.push(home);
                }
                ui.separator();
                if let Some(number) = table_mode {
                    ui.label(RichText::new(format!("Table mode · Table {number}")).strong());
                } else {
                    let tabs = [
                        (Page::Presenter, AppCommand::ShowPresenter),
                        (Page::Tables, AppCommand::ShowTables),
                        (Page::Harvest, AppCommand::ShowHarvest),
                        (Page::SignIn, AppCommand::ShowSignIn),
                    ];
                    for (tab, command) in tabs {
                        if ui
                            .add(egui::Button::selectable(page == tab, command.button_text()))
                            .on_hover_text(command.tooltip())
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
                });
            });
            if let Some(error) = cafe.drafts_error() {
                ui.label(
                    RichText::new(format!(
                        "Half-typed notes are not being kept on disk: {error}"
                    ))
                    .color(super::theme::ERROR_TEXT),
                );
            }
            if let Some(reason) = cafe.read_only() {
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "Read-only: nothing here can be changed, because {reason}."
                        ))
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
fn take_over_ui(ui: &mut egui::Ui, cafe: &OpenCafe, commands: &mut Vec<AppCommand>) {
    let asked_id = egui::Id::unique("take-over-asked");
    let take = AppCommand::TakeOver(cafe.path().to_owned());
    if ui.memory(|m| m.data.get_temp::<bool>(asked_id)) == Some(true) {
        if ui
            .button(take.label())
            .on_hover_text(take.tooltip())
            .clicked()
        {
            ui.memory_mut(|m| m.data.remove::<bool>(asked_id));
            commands.push(take);
        }
        if ui.button("No, leave it read-only").clicked() {
            ui.memory_mut(|m| m.data.remove::<bool>(asked_id));
        }
    } else if ui.button("Take over…").clicked() {
        ui.memory_mut(|m| m.data.insert_temp(asked_id, true));
    }
}

/// Bring in another laptop's copy of this café (the foot of the Tables screen's list).
pub fn import_ui(
    ui: &mut egui::Ui,
    own: &Path,
    import: &mut (widgets::FilePicker, String),
    writable: bool,
    commands: &mut Vec<AppCommand>,
) {
    let dir = own.parent().map(Path::to_path_buf).unwrap_or_default();
    let (picker, typed) = import;
    ui.add_enabled_ui(writable, |ui| {
        egui::CollapsingHeader::new("Import notes…").show(ui, |ui| {
            ui.label("Bring in the notes from another laptop's copy of this café.");
            if let Some(path) = widgets::path_picker_ui(
                ui,
                picker,
                typed,
                "Import notes",
                &dir,
                "Import",
                widgets::PickMode::Open,
            ) {
                commands.push(AppCommand::Import(path));
            }
        });
    });
}
