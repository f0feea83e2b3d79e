//! The guides on Home: the templates that come with the app (read-only: make a copy to edit)
//! and the person's own guides, with what `cafe-host check` says about each, and the buttons
//! that make, edit, copy, rename, delete, import and export them.

use crate::ui::say::{Hint, Say, said_line};
use std::path::PathBuf;

use egui::{RichText, Ui};

use super::{HomeState, RED};
use crate::store::GuideFormat;
use crate::store::catalog::{GuideEntry, GuideSource};
use crate::ui::command::{Commands, Request};
use crate::ui::guides::GuideRequest;
use crate::ui::text::{t, ta, tn};
use crate::ui::widgets::{FilePicker, PickMode, path_picker_ui};

/// What the person is in the middle of doing with one guide.
pub(super) enum Pending {
    Rename(String),
    Delete,
    Export {
        picker: FilePicker,
        typed: String,
        format: GuideFormat,
    },
}

/// The guide tools' own state on Home.
#[derive(Default)]
pub(super) struct GuideTools {
    /// The guide an action is open for, and the action.
    pending: Option<(GuideSource, Pending)>,
    /// The import box, while it is open.
    import: Option<(FilePicker, String)>,
}

/// How many of a guide's findings Home shows in full.
const SHOWN: usize = 3;

fn send(commands: &mut Commands, request: GuideRequest) {
    commands.push(Request::Guides(Box::new(request)));
}

/// Where a file chooser for guides starts: the person's documents, or their home folder.
fn documents() -> PathBuf {
    directories::UserDirs::new()
        .map(|u| {
            u.document_dir()
                .map_or_else(|| u.home_dir().to_owned(), std::path::Path::to_owned)
        })
        .unwrap_or_default()
}

impl HomeState {
    /// The list of guides to choose from, and what can be done with the chosen one.
    pub(super) fn guide_list_ui(&mut self, ui: &mut Ui, commands: &mut Commands) {
        ui.horizontal(|ui| {
            ui.say(RichText::new(t(ui, "home-choose-guide")).strong());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.say_button(t(ui, "home-import-guide")).clicked() {
                    self.tools.import = match self.tools.import.take() {
                        Some(_) => None,
                        None => Some((FilePicker::for_guides(), String::new())),
                    };
                }
                self.new_guide_menu_ui(ui, commands);
            });
        });
        self.import_ui(ui, commands);
        let mut clicked = None;
        egui::ScrollArea::vertical()
            .id_salt("home_guides")
            .max_height(260.0)
            .show(ui, |ui| {
                ui.say(RichText::new(t(ui, "home-templates")).small().strong());
                for (i, entry) in self
                    .guides
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.is_template())
                {
                    if row_ui(ui, entry, self.selected == Some(i)) {
                        clicked = Some(i);
                    }
                }
                ui.add_space(4.0);
                ui.say(RichText::new(t(ui, "home-own-guides")).small().strong());
                let mut own = 0;
                for (i, entry) in self
                    .guides
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| !e.is_template())
                {
                    own += 1;
                    if row_ui(ui, entry, self.selected == Some(i)) {
                        clicked = Some(i);
                    }
                }
                if own == 0 {
                    ui.say(RichText::new(t(ui, "home-no-own-guides")).italics());
                }
            });
        if let Some(i) = clicked {
            self.tools.pending = None;
            self.select(Some(i));
        }
        if let Some(deleted) = &self.deleted {
            let text = ta(
                ui,
                "home-undo-delete",
                &[("title", deleted.title.clone().into())],
            );
            if ui.say_button(text).clicked() {
                send(commands, GuideRequest::UndoDelete);
            }
        }
        let Some(entry) = self.selected.and_then(|i| self.guides.get(i)).cloned() else {
            return;
        };
        if let Ok(guide) = &entry.guide {
            ui.say(RichText::new(&guide.purpose).italics());
        }
        self.actions_ui(ui, &entry, commands);
        // What `check` says, the first few in full; the editor shows each beside its field.
        let lang = crate::ui::text::language(ui.ctx());
        for finding in entry.findings.iter().take(SHOWN) {
            ui.say(
                RichText::new(crate::ui::text::finding_text(lang, finding))
                    .color(crate::ui::theme::NOTICE_TEXT)
                    .small(),
            );
        }
        if entry.findings.len() > SHOWN {
            let more = tn(ui, "home-more-to-fix", entry.findings.len() - SHOWN);
            ui.say(
                RichText::new(more)
                    .color(crate::ui::theme::NOTICE_TEXT)
                    .small(),
            );
        }
    }

    fn new_guide_menu_ui(&self, ui: &mut Ui, commands: &mut Commands) {
        ui.menu_button(t(ui, "home-new-guide"), |ui| {
            if ui.say_button(t(ui, "home-new-blank")).clicked() {
                send(
                    commands,
                    GuideRequest::New {
                        from: None,
                        edit: true,
                    },
                );
            }
            ui.separator();
            for entry in self.guides.iter().filter(|e| e.is_template()) {
                let Ok(guide) = &entry.guide else { continue };
                let text = ta(
                    ui,
                    "home-new-from",
                    &[("title", guide.title.clone().into())],
                );
                if ui.say_button(text).clicked() {
                    send(
                        commands,
                        GuideRequest::New {
                            from: Some(entry.source.clone()),
                            edit: true,
                        },
                    );
                }
            }
        });
    }

    fn import_ui(&mut self, ui: &mut Ui, commands: &mut Commands) {
        let Some((picker, typed)) = &mut self.tools.import else {
            return;
        };
        let mut chosen = None;
        ui.group(|ui| {
            ui.say(t(ui, "home-import-hint"));
            let title = t(ui, "home-import-title");
            let action = t(ui, "home-import-action");
            chosen = path_picker_ui(
                ui,
                picker,
                typed,
                &title,
                &documents(),
                &action,
                PickMode::Open,
            );
        });
        if let Some(path) = chosen {
            send(commands, GuideRequest::Import(path));
            self.tools.import = None;
        }
    }

    /// The buttons for the chosen guide, and the rename, delete or export box when open.
    fn actions_ui(&mut self, ui: &mut Ui, entry: &GuideEntry, commands: &mut Commands) {
        let source = entry.source.clone();
        ui.horizontal_wrapped(|ui| match entry.file() {
            None => {
                let copy = ui
                    .say_button(t(ui, "home-copy-to-edit"))
                    .hint(t(ui, "home-template-hint"));
                if copy.clicked() {
                    send(
                        commands,
                        GuideRequest::New {
                            from: Some(source.clone()),
                            edit: true,
                        },
                    );
                }
                self.export_button_ui(ui, &source);
            }
            Some(path) => {
                if entry.guide.is_ok() && ui.say_button(t(ui, "home-edit-guide")).clicked() {
                    send(commands, GuideRequest::Edit(path.to_owned()));
                }
                if entry.guide.is_ok() && ui.say_button(t(ui, "home-duplicate-guide")).clicked() {
                    send(
                        commands,
                        GuideRequest::New {
                            from: Some(source.clone()),
                            edit: false,
                        },
                    );
                }
                if let Ok(guide) = &entry.guide
                    && ui.say_button(t(ui, "home-rename-guide")).clicked()
                {
                    self.tools.pending =
                        Some((source.clone(), Pending::Rename(guide.title.clone())));
                }
                if ui.say_button(t(ui, "home-delete-guide")).clicked() {
                    self.tools.pending = Some((source.clone(), Pending::Delete));
                }
                if entry.guide.is_ok() {
                    self.export_button_ui(ui, &source);
                }
            }
        });
        self.pending_ui(ui, entry, commands);
    }

    fn export_button_ui(&mut self, ui: &mut Ui, source: &GuideSource) {
        if ui.say_button(t(ui, "home-export-guide")).clicked() {
            let mut picker = FilePicker::for_guides();
            picker.unavailable = false;
            self.tools.pending = Some((
                source.clone(),
                Pending::Export {
                    picker,
                    typed: String::new(),
                    format: GuideFormat::Markdown,
                },
            ));
        }
    }

    fn pending_ui(&mut self, ui: &mut Ui, entry: &GuideEntry, commands: &mut Commands) {
        let Some((source, pending)) = &mut self.tools.pending else {
            return;
        };
        if *source != entry.source {
            return;
        }
        let mut done = false;
        ui.group(|ui| match pending {
            Pending::Rename(title) => {
                ui.horizontal(|ui| {
                    let label = ui.say(t(ui, "home-rename-to"));
                    let edit = crate::ui::bidi_edit::singleline(ui, None, title, |e, _| {
                        e.desired_width(280.0)
                    })
                    .response
                    .response
                    .labelled_by(label.id);
                    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    let ok = ui.add_enabled(
                        !title.trim().is_empty(),
                        egui::Button::new(said_line(ui, t(ui, "home-rename-action"))),
                    );
                    if (ok.clicked() || enter)
                        && !title.trim().is_empty()
                        && let Some(path) = entry.file()
                    {
                        send(
                            commands,
                            GuideRequest::Rename(path.to_owned(), title.trim().to_owned()),
                        );
                        done = true;
                    }
                    if ui.say_button(t(ui, "home-cancel")).clicked() {
                        done = true;
                    }
                });
            }
            Pending::Delete => {
                ui.say(
                    RichText::new(ta(ui, "home-delete-ask", &[("name", entry.name().into())]))
                        .strong(),
                );
                ui.horizontal(|ui| {
                    if ui.say_button(t(ui, "home-delete-action")).clicked()
                        && let Some(path) = entry.file()
                    {
                        send(commands, GuideRequest::Delete(path.to_owned()));
                        done = true;
                    }
                    if ui.say_button(t(ui, "home-cancel")).clicked() {
                        done = true;
                    }
                });
            }
            Pending::Export {
                picker,
                typed,
                format,
            } => {
                ui.horizontal(|ui| {
                    ui.say(t(ui, "home-export-as"));
                    ui.radio_value(
                        format,
                        GuideFormat::Markdown,
                        said_line(ui, t(ui, "home-format-markdown")),
                    );
                    ui.radio_value(
                        format,
                        GuideFormat::Ron,
                        said_line(ui, t(ui, "home-format-ron")),
                    );
                });
                let title = t(ui, "home-export-title");
                let action = t(ui, "home-export-action");
                if let Some(path) = path_picker_ui(
                    ui,
                    picker,
                    typed,
                    &title,
                    &documents(),
                    &action,
                    PickMode::Save,
                ) {
                    let to = if path.extension().is_none() {
                        path.with_extension(format.extension())
                    } else {
                        path
                    };
                    send(
                        commands,
                        GuideRequest::Export {
                            from: source.clone(),
                            to,
                        },
                    );
                    done = true;
                }
                if ui.say_button(t(ui, "home-cancel")).clicked() {
                    done = true;
                }
            }
        });
        if done {
            self.tools.pending = None;
        }
    }
}

/// One guide in the list; true when it was clicked. A guide that cannot be used says why, at
/// its place in the file, and can still be chosen (to delete it, or edit it when it reads).
fn row_ui(ui: &mut Ui, entry: &GuideEntry, on: bool) -> bool {
    match &entry.guide {
        Ok(guide) => {
            let mut text = format!(
                "{}  ·  {}",
                guide.title,
                tn(ui, "questions-count", guide.questions.len())
            );
            if !entry.findings.is_empty() {
                text = format!("⚠ {text}");
            }
            let mut button =
                egui::Button::selectable(on, said_line(ui, RichText::new(text).size(17.0)));
            if !entry.is_template() {
                button = button.right_text(RichText::new(entry.file_name()).small());
            }
            let mut response = ui
                .add(button.min_size(egui::vec2(ui.available_width(), 0.0)))
                .hint(&guide.purpose);
            if !entry.findings.is_empty() {
                response = response.hint(tn(ui, "home-guide-to-fix", entry.findings.len()));
            }
            response.clicked()
        }
        Err(e) => {
            let label = ta(ui, "home-guide-unusable", &[("name", entry.name().into())]);
            let clicked = ui
                .add(egui::Button::selectable(
                    on,
                    said_line(ui, RichText::new(label).color(RED).strong()),
                ))
                .clicked();
            ui.say(
                RichText::new(crate::ui::trouble::file_error(
                    crate::ui::text::language(ui.ctx()),
                    e,
                ))
                .color(RED)
                .small(),
            );
            clicked
        }
    }
}
