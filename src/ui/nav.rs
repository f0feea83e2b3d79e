//! The bar above every screen of an open café, and the import controls.

use std::path::Path;

use super::actions::Action;
use super::session_file::OpenSession;
use super::{Intent, LiveView, widgets};

/// The bar above every screen of an open café: Home, the screens, and the save state.
pub fn nav_ui(
    ui: &mut egui::Ui,
    open: &OpenSession,
    view: LiveView,
    table_mode: Option<u32>,
    intents: &mut Vec<Intent>,
) {
    egui::Panel::top("nav")
        .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(8, 4)))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui
                    .button("Home")
                    .on_hover_text("Back to the Home screen; the café is saved")
                    .clicked()
                {
                    intents.push(Intent::GoHome);
                }
                ui.separator();
                if let Some(number) = table_mode {
                    ui.label(egui::RichText::new(format!("Table mode · Table {number}")).strong());
                } else {
                    let tabs = [
                        (LiveView::Presenter, Action::ShowPresenter, "Presenter"),
                        (LiveView::Tables, Action::ShowTables, "Tables"),
                        (LiveView::Harvest, Action::ShowHarvest, "Harvest"),
                        (LiveView::Attendance, Action::ShowAttendance, "Sign-in"),
                    ];
                    for (tab, action, text) in tabs {
                        if ui
                            .add(egui::Button::selectable(
                                view == tab,
                                action.button_text(text),
                            ))
                            .clicked()
                        {
                            intents.push(Intent::Action(action));
                        }
                    }
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    widgets::save_status_ui(
                        ui,
                        &open.saver.status(),
                        open.live.revision,
                        open.read_only.as_deref(),
                    );
                });
            });
        });
}

/// Bring in another laptop's copy of this café (the foot of the Tables screen's list).
pub fn import_ui(
    ui: &mut egui::Ui,
    own: &Path,
    import: &mut (widgets::FilePicker, String),
    intents: &mut Vec<Intent>,
) {
    let dir = own.parent().map(Path::to_path_buf).unwrap_or_default();
    let (picker, typed) = import;
    egui::CollapsingHeader::new("Import notes…").show(ui, |ui| {
        ui.label("Bring in the notes from another laptop's copy of this café.");
        if let Some(path) =
            widgets::path_picker_ui(ui, picker, typed, "Import notes", &dir, "Import")
        {
            intents.push(Intent::Import(path));
        }
    });
}
