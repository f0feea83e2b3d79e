//! Reviewing past cafés in the app: which review screen is shown (library, search, one café's
//! report, a series), the bar above them, and carrying out what they ask (open a report, mark
//! an action done in its café's file, export). The screens themselves are in `ui::review`.

use crate::ui::say::{Say, said_line};
use std::path::PathBuf;

use egui::RichText;

use super::command::{AppCommand, Commands, Request};
use super::review::{
    ExportWhat, LibraryScreen, ReportScreen, ReviewRequest, SearchScreen, SeriesScreen,
};
use super::text::{t, ta};
use super::widgets::{FilePicker, PickMode, path_picker_ui};
use crate::i18n::tr_args;
use crate::review::index::Loader;
use crate::review::series::SeriesSummary;
use crate::session::set_action_done;
use crate::store::DataDir;

/// The screen shown.
enum View {
    Library,
    Search,
    Report(Box<ReportScreen>),
    Series(Box<SeriesScreen>),
}

/// The review of past cafés while it is open.
pub struct PastCafes {
    view: View,
    library: LibraryScreen,
    search: Option<SearchScreen>,
    folders: Vec<PathBuf>,
    index_dir: PathBuf,
    exports: PathBuf,
    ctx: egui::Context,
    /// Adding a folder: the chooser and the typed path, while asked for.
    adding: Option<(FilePicker, String)>,
}

impl PastCafes {
    /// The review of the data folder's cafés and of the `extra` folders the host added before.
    pub fn new(data: &DataDir, extra: &[PathBuf], ctx: &egui::Context) -> Self {
        let folders = crate::review::library::folders(data, extra);
        let index_dir = crate::review::cache::index_dir(data);
        let wake = waker(ctx);
        Self {
            view: View::Library,
            library: LibraryScreen::new(folders.clone(), index_dir.clone(), wake),
            search: None,
            folders,
            index_dir,
            exports: data.exports(),
            ctx: ctx.clone(),
            adding: None,
        }
    }

    /// Draw the bar and the screen shown; what the screen asks goes into `commands`.
    pub fn ui(&mut self, ui: &mut egui::Ui, cafe_open: bool, commands: &mut Commands) {
        egui::Panel::top("past_nav")
            .frame(
                egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::symmetric(8, 4)),
            )
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    let back = t(
                        ui,
                        if cafe_open {
                            "review-back-to-cafe"
                        } else {
                            "review-home"
                        },
                    );
                    if ui
                        .say_button(
                            AppCommand::ShowPastCafes
                                .button_text_as(crate::ui::text::language(ui.ctx()), &back),
                        )
                        .clicked()
                    {
                        commands.push(AppCommand::ShowPastCafes);
                    }
                    ui.separator();
                    ui.say(RichText::new(t(ui, "review-past-cafes")).strong());
                    let tabs = [
                        (matches!(self.view, View::Library), "review-library-tab", 0),
                        (matches!(self.view, View::Search), "review-search-tab", 1),
                    ];
                    for (on, key, which) in tabs {
                        if ui
                            .add(egui::Button::selectable(on, said_line(ui, t(ui, key))))
                            .clicked()
                        {
                            self.show(which);
                        }
                    }
                    if let Some((picker, typed)) = &mut self.adding {
                        ui.separator();
                        let home = directories::UserDirs::new()
                            .map(|d| d.home_dir().to_owned())
                            .unwrap_or_default();
                        let (label, action) = (
                            t(ui, "review-folder-label"),
                            t(ui, "review-add-this-folder"),
                        );
                        if let Some(folder) = path_picker_ui(
                            ui,
                            picker,
                            typed,
                            &label,
                            &home,
                            &action,
                            PickMode::Folder,
                        ) {
                            commands.push(Request::AddPastFolder(folder));
                        }
                    }
                    match &self.view {
                        View::Report(r) => {
                            let title = r.report().title.as_str();
                            let tab = ta(ui, "review-report-tab", &[("title", title.into())]);
                            ui.add(egui::Button::selectable(true, said_line(ui, tab)));
                        }
                        View::Series(s) => {
                            let name = s.summary().name.as_str();
                            let tab = ta(ui, "review-series-name", &[("name", name.into())]);
                            ui.add(egui::Button::selectable(true, said_line(ui, tab)));
                        }
                        View::Library | View::Search => {}
                    }
                });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            let request = match &mut self.view {
                View::Library => self.library.ui(ui),
                View::Search => {
                    let wake = waker(&self.ctx);
                    let (folders, index) = (self.folders.clone(), self.index_dir.clone());
                    self.search
                        .get_or_insert_with(|| SearchScreen::new(folders, index, wake))
                        .ui(ui)
                }
                View::Report(report) => report.ui(ui),
                View::Series(series) => series.ui(ui),
            };
            if let Some(request) = request {
                commands.push(Request::Review(Box::new(request)));
            }
        });
    }

    fn show(&mut self, which: u8) {
        self.view = if which == 0 {
            View::Library
        } else {
            if let Some(search) = &mut self.search {
                search.focus_query();
            }
            View::Search
        };
    }

    /// Carry out what a review screen asked. Returns a message for the person.
    pub fn handle(&mut self, request: ReviewRequest) -> Result<Option<String>, String> {
        match request {
            ReviewRequest::OpenReport { path, note } => {
                let loaded = crate::store::load_session(&path)
                    .map_err(|e| super::trouble::file_error(self.language(), &e))?;
                self.view = View::Report(Box::new(ReportScreen::new(
                    path,
                    &loaded.session,
                    self.exports.clone(),
                    note,
                )));
                Ok(None)
            }
            ReviewRequest::OpenSeries { name } => {
                // Summed up from the index on another thread: the window never waits for it.
                let (folders, index) = (self.folders.clone(), self.index_dir.clone());
                let wanted = name.clone();
                let loader = Loader::run(
                    move |progress| SeriesSummary::from_index(&wanted, &folders, &index, progress),
                    waker(&self.ctx),
                );
                self.view = View::Series(Box::new(SeriesScreen::loading(
                    &name,
                    loader,
                    self.exports.clone(),
                )));
                Ok(None)
            }
            ReviewRequest::SetActionDone {
                path,
                commitment,
                done,
            } => {
                set_action_done(&path, commitment, done, chrono::Utc::now()).map_err(|e| {
                    super::trouble::edit_error(self.language(), &e, "edit-hint-action-open")
                })?;
                Ok(Some(self.action_marked(commitment, done, &path)))
            }
            ReviewRequest::Export {
                what,
                format,
                names,
                output,
            } => {
                let privacy = crate::export::Privacy { names };
                let lang = self.language();
                let text = match what {
                    ExportWhat::Cafe(path) => {
                        crate::export::cafe_text(&path, format, privacy, lang)
                    }
                    // The summary the series view holds: no café file is read here.
                    ExportWhat::Series(name) => match &self.view {
                        View::Series(series)
                            if !series.is_loading() && series.summary().name == name =>
                        {
                            crate::export::summary_text(series.summary(), format, privacy, lang)
                        }
                        _ => {
                            return Err(tr_args(
                                lang,
                                "review-series-not-open",
                                &[("name", name.into())],
                            ));
                        }
                    },
                }
                .map_err(|e| super::trouble::export_error(lang, &e))?;
                if let Some(dir) = output.parent() {
                    crate::store::atomic::ensure_private_dir(dir)
                        .map_err(|e| super::trouble::export_folder(self.language(), dir, &e))?;
                }
                crate::export::write_export(&output, &text)
                    .map_err(|e| super::trouble::export_write(self.language(), &e))?;
                Ok(Some(tr_args(
                    self.language(),
                    "review-exported-to",
                    &[("path", output.display().to_string().into())],
                )))
            }
            ReviewRequest::AddFolder => {
                self.adding = Some(Default::default());
                Ok(None)
            }
            ReviewRequest::Reopen { .. } => Ok(None),
        }
    }

    /// An action was marked done (or open again) in the café saved in `path`: the screens
    /// show it, and the message says where it was saved.
    pub fn action_marked(
        &mut self,
        commitment: uuid::Uuid,
        done: bool,
        path: &std::path::Path,
    ) -> String {
        if let View::Series(series) = &mut self.view {
            series.set_done(commitment, done);
        }
        self.library.refresh(waker(&self.ctx));
        let file = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        tr_args(self.language(), "review-saved-in", &[("file", file.into())])
    }

    /// The interface's language, for the messages of [`Self::handle`].
    fn language(&self) -> crate::i18n::Lang {
        super::text::language(&self.ctx)
    }

    /// List another folder of session files too.
    pub fn add_folder(&mut self, folder: PathBuf) {
        self.adding = None;
        if !self.folders.contains(&folder) {
            self.folders.push(folder.clone());
        }
        self.search = None;
        self.library.add_folder(folder, waker(&self.ctx));
    }
}

fn waker(ctx: &egui::Context) -> impl Fn() + Send + 'static {
    let ctx = ctx.clone();
    move || ctx.request_repaint()
}
