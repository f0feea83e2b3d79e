//! A café shared with other laptops through a shared folder: the facilitator's *Share this
//! café with table laptops…*, the *Laptops* panel on the Tables page, the share state in the
//! bar above the pages, and carrying out what is asked of the shared folder.

use std::path::{Path, PathBuf};

use crate::ui::say::{Hint, Say};
use chrono::{DateTime, Local, Utc};
use egui::{RichText, Ui};

use super::command::{Commands, Request, SharedRequest};
use super::text::{t, ta};
use super::widgets::{FilePicker, PickMode, path_picker_ui};
use super::{CafeApp, Page, tables};
use crate::i18n::tr_args;
use crate::session::OpenCafe;
use crate::session::follow::{Laptop, Pace};
use crate::store::preferences::SharedCafe;
use crate::store::shared::Role;

/// A laptop not heard from for this long gets a warning in the Laptops panel.
pub const LAPTOP_QUIET: chrono::TimeDelta = chrono::TimeDelta::minutes(5);

/// A table laptop that has not heard from the facilitator's for this long says so.
pub const FACILITATOR_QUIET: chrono::TimeDelta = chrono::TimeDelta::minutes(2);

/// The facilitator's share controls: the folder chooser and the typed path.
#[derive(Default)]
pub struct ShareState {
    picker: FilePicker,
    typed: String,
}

/// "Share this café with table laptops…": the folder chooser and the typed path, or where it
/// is shared and "Stop sharing".
fn share_ui(ui: &mut Ui, state: &mut ShareState, cafe: &OpenCafe, commands: &mut Commands) {
    let writable = cafe.read_only().is_none();
    ui.add_enabled_ui(writable, |ui| match cafe.sharing() {
        Some((folder, _)) => {
            let name = folder.parent().and_then(Path::file_name).map_or_else(
                || folder.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            ui.say(ta(ui, "share-shared-in", &[("folder", name.into())]))
                .hint(folder.display().to_string());
            if ui.say_button(t(ui, "share-stop")).clicked() {
                commands.push(Request::Shared(SharedRequest::StopSharing));
            }
        }
        None => {
            ui.say(RichText::new(t(ui, "share-heading")).strong());
            ui.say(t(ui, "share-intro"));
            let home = directories::UserDirs::new()
                .map(|d| d.home_dir().to_owned())
                .unwrap_or_default();
            if let Some(folder) = path_picker_ui(
                ui,
                &mut state.picker,
                &mut state.typed,
                &t(ui, "share-choose-title"),
                &home,
                &t(ui, "share-here"),
                PickMode::Folder,
            ) {
                commands.push(Request::Shared(SharedRequest::Share(folder)));
            }
        }
    });
}

/// A time of day, or the date and time when it was not today.
fn when(at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let (at, today) = (at.with_timezone(&Local), now.with_timezone(&Local));
    if at.date_naive() == today.date_naive() {
        at.format("%H:%M:%S").to_string()
    } else {
        at.format("%Y-%m-%d %H:%M").to_string()
    }
}

/// The *Laptops* panel of the facilitator's Tables page: sharing the café with table laptops,
/// and once shared, every other laptop writing in its shared folder, with its table,
/// computer, notes, when it was last heard from, and a warning once it has gone quiet.
pub fn laptops_ui(
    ui: &mut Ui,
    state: &mut ShareState,
    cafe: &OpenCafe,
    now: DateTime<Utc>,
    commands: &mut Commands,
) {
    ui.add_space(6.0);
    ui.say_heading(t(ui, "laptops-heading"));
    share_ui(ui, state, cafe, commands);
    if cafe.sharing().is_none() {
        return;
    }
    ui.separator();
    if let Some(why) = cafe.shared_unwatched() {
        ui.say(RichText::new(ta(ui, "laptops-unwatched", &[("error", why.into())])).small());
    }
    let laptops = cafe.laptops();
    if laptops.is_empty() {
        ui.say(RichText::new(t(ui, "laptops-none")).italics());
        return;
    }
    super::steady::Scroll::vertical()
        .id_salt("laptops")
        .show(ui, |ui| {
            for laptop in &laptops {
                laptop_ui(ui, laptop, now);
            }
        });
}

fn laptop_ui(ui: &mut Ui, laptop: &Laptop, now: DateTime<Utc>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let who = match laptop.name.role {
            Some(Role::Table(n)) => ta(ui, "laptops-table", &[("number", n.into())]),
            Some(Role::Facilitator) => t(ui, "laptops-facilitator"),
            None => ta(
                ui,
                "laptops-other-copy",
                &[("file", laptop.file.as_str().into())],
            ),
        };
        ui.say(RichText::new(who).strong());
        let computer = if laptop.name.conflict {
            ta(
                ui,
                "laptops-conflict-copy",
                &[("computer", laptop.name.computer.as_str().into())],
            )
        } else {
            ta(
                ui,
                "laptops-computer",
                &[("computer", laptop.name.computer.as_str().into())],
            )
        };
        ui.say(computer);
        ui.say(super::text::tn(ui, "notes-count", laptop.notes));
        if let Some(at) = laptop.last_note {
            ui.say(ta(
                ui,
                "laptops-last-note",
                &[("time", when(at, now).into())],
            ));
        }
        if let Some(heard) = laptop.heard {
            ui.say(ta(
                ui,
                "laptops-heard",
                &[("time", when(heard, now).into())],
            ));
            let quiet = now - heard;
            if quiet >= LAPTOP_QUIET {
                let minutes = usize::try_from(quiet.num_minutes()).unwrap_or(usize::MAX);
                ui.say(
                    RichText::new(super::text::tn(ui, "laptops-quiet", minutes))
                        .strong()
                        .color(super::theme::ERROR_TEXT),
                );
            }
        }
        if let Some(problem) = &laptop.problem {
            ui.say(
                RichText::new(ta(
                    ui,
                    "laptops-problem",
                    &[("error", problem.as_str().into())],
                ))
                .color(super::theme::ERROR_TEXT),
            );
        }
    });
}

/// In the bar above the pages: where this laptop's copy goes, and whether writing it works.
pub fn shared_state_ui(ui: &mut Ui, cafe: &OpenCafe) {
    let Some(status) = cafe.shared_status() else {
        return;
    };
    let folder = status
        .path
        .parent()
        .map_or_else(String::new, |p| p.display().to_string());
    match (&status.error, status.written_at) {
        (Some(error), _) => {
            ui.say(
                RichText::new(ta(
                    ui,
                    "share-not-written",
                    &[(
                        "error",
                        super::trouble::write_trouble(crate::ui::text::language(ui.ctx()), error)
                            .into(),
                    )],
                ))
                .color(super::theme::ERROR_TEXT),
            )
            .hint(&folder);
        }
        (None, Some(at)) => {
            let time = at.format("%H:%M:%S").to_string();
            ui.say(ta(ui, "share-written", &[("time", time.into())]))
                .hint(&folder);
        }
        (None, None) => {
            ui.say(t(ui, "share-writing")).hint(&folder);
        }
    }
}

/// How a table laptop follows the facilitator's, for its header.
pub fn follows(cafe: &OpenCafe, now: DateTime<Utc>) -> Option<tables::Follows> {
    match cafe.sharing() {
        Some((_, Role::Table(_))) => Some(match cafe.facilitator_heard() {
            Some(heard) if now - heard < FACILITATOR_QUIET => tables::Follows::Heard(heard),
            heard => tables::Follows::Quiet(heard),
        }),
        _ => None,
    }
}

impl CafeApp {
    /// Carry out what is asked of a shared folder.
    pub(super) fn shared(&mut self, request: SharedRequest) {
        match request {
            SharedRequest::Share(folder) => {
                let clock = self.clock.clone();
                let Some(cafe) = &mut self.cafe else { return };
                match cafe.share(&folder, clock) {
                    Ok(cafe_folder) => {
                        let id = cafe.live().session.id;
                        self.notices.info(tr_args(
                            self.lang,
                            "notice-shared",
                            &[("folder", cafe_folder.display().to_string().into())],
                        ));
                        self.remember_sharing(id, Some((cafe_folder, Role::Facilitator)));
                    }
                    Err(e) => self.notices.error(tr_args(
                        self.lang,
                        "notice-not-shared",
                        &[("error", super::trouble::share_error(self.lang, &e).into())],
                    )),
                }
            }
            SharedRequest::StopSharing => {
                let Some(cafe) = &mut self.cafe else { return };
                cafe.stop_sharing();
                let id = cafe.live().session.id;
                self.remember_sharing(id, None);
            }
            SharedRequest::Join { folder, table } => self.join(&folder, table),
        }
    }

    /// Join the café shared in `folder` as table `table`'s laptop.
    fn join(&mut self, folder: &Path, table: u32) {
        self.close_cafe();
        if self.cafe.is_some() {
            return;
        }
        let opened = OpenCafe::join(
            &self.data,
            folder,
            table,
            self.notify(),
            self.clock.clone(),
            Pace::default(),
        );
        match opened {
            Ok(opened) => {
                self.table_mode = Some(table);
                self.install(Ok(opened));
                self.page = Page::Tables;
                self.tables.focus_note_box();
                if let Some(cafe) = &self.cafe {
                    let id = cafe.live().session.id;
                    let title = cafe.live().session.details.title.clone();
                    self.notices.info(tr_args(
                        self.lang,
                        "notice-joined",
                        &[
                            ("title", title.into()),
                            ("number", table.into()),
                            ("folder", folder.display().to_string().into()),
                        ],
                    ));
                    self.remember_sharing(id, Some((folder.to_owned(), Role::Table(table))));
                }
            }
            Err(e) => self.notices.error(tr_args(
                self.lang,
                "notice-not-joined",
                &[("error", super::trouble::join_error(self.lang, &e).into())],
            )),
        }
    }

    /// Remember (or forget, with `None`) how this computer shares the café `id`.
    fn remember_sharing(&mut self, id: uuid::Uuid, how: Option<(PathBuf, Role)>) {
        self.prefs.shared.retain(|s| s.cafe != id);
        if let Some((folder, role)) = how {
            self.prefs.shared.push(SharedCafe {
                cafe: id,
                folder,
                role,
            });
        }
        self.remember_preferences();
    }

    /// A café this computer shared before is shared again when it opens: as the facilitator's
    /// laptop, or as its table's laptop (in table mode).
    pub(super) fn share_again(&mut self) {
        let clock = self.clock.clone();
        let Some(cafe) = &mut self.cafe else { return };
        if cafe.read_only().is_some() || cafe.sharing().is_some() {
            return;
        }
        let id = cafe.live().session.id;
        let Some(remembered) = self.prefs.shared.iter().find(|s| s.cafe == id).cloned() else {
            return;
        };
        match remembered.role {
            Role::Table(n) if self.table_mode.is_none_or(|m| m == n) => {
                self.table_mode = Some(n);
                self.page = Page::Tables;
            }
            Role::Facilitator if self.table_mode.is_none() => {}
            _ => return,
        }
        if let Err(e) = cafe.share_in(remembered.folder, remembered.role, clock, Pace::default()) {
            self.notices.error(tr_args(
                self.lang,
                "notice-not-shared",
                &[("error", super::trouble::share_error(self.lang, &e).into())],
            ));
        }
    }

    /// Take in what the other laptops' copies brought since the last frame.
    pub(super) fn follow_shared(&mut self) {
        let Some(cafe) = &mut self.cafe else { return };
        for (file, problem) in cafe.take_shared().problems {
            let error = super::trouble::import_error(self.lang, &problem);
            self.notices.error(tr_args(
                self.lang,
                "notice-shared-copy-problem",
                &[("error", format!("{file}: {error}").into())],
            ));
        }
    }
}
