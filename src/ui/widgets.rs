//! Small pieces shared by the screens.

use crate::ui::say::{Hint, Say, said, said_line};
use egui::{RichText, Ui};

use super::command::{AppCommand, Commands};
use super::text::{t, ta};
use crate::session::ReadOnlyWhy;
use crate::store::saver::SaveStatus;

/// A button that stays pressed while `on` (a tag, a projector screen, a role): framed either
/// way, so it always looks like something to press.
pub fn toggle<'a>(ui: &Ui, on: bool, text: impl Into<egui::WidgetText>) -> egui::Button<'a> {
    egui::Button::selectable(on, said_line(ui, text)).frame_when_inactive(true)
}

/// A button with `command`'s name and first key (when it has one) and, under the pointer, what
/// it does; pressed, it asks for the command.
pub fn command_button(ui: &mut Ui, command: AppCommand, enabled: bool, commands: &mut Commands) {
    let lang = super::text::language(ui.ctx());
    if ui
        .add_enabled(
            enabled,
            egui::Button::new(said_line(ui, command.button_text(lang))),
        )
        .hint(command.tooltip(lang))
        .clicked()
    {
        commands.push(command);
    }
}

/// "Saved 19:04:12", "Saving…", or the error in plain words.
pub fn save_status_ui(
    ui: &mut Ui,
    status: &SaveStatus,
    revision: u64,
    read_only: Option<&ReadOnlyWhy>,
) {
    let lang = super::text::language(ui.ctx());
    if let Some(why) = read_only {
        ui.say(
            RichText::new(t(ui, "widget-read-only"))
                .strong()
                .color(super::theme::palette::CAUTION),
        )
        .hint(super::trouble::read_only(lang, why));
        return;
    }
    if let Some(error) = &status.error {
        let copy = status.recovery.as_ref().map(|(copy, _)| copy.as_path());
        error_line_ui(ui, &super::trouble::save_error_with_copy(lang, error, copy));
        return;
    }
    match (status.saved_revision, status.saved_at) {
        (Some(saved), Some(at)) if saved >= revision => {
            let same_day = at.date_naive() == chrono::Local::now().date_naive();
            // Numbers only, so the time reads the same in every language.
            let when = if same_day {
                at.format("%H:%M:%S")
            } else {
                at.format("%Y-%m-%d %H:%M")
            };
            let text = ta(ui, "widget-saved-at", &[("time", when.to_string().into())]);
            ui.say(RichText::new(text).color(super::theme::palette::SAVED));
        }
        (Some(_), None) => {
            ui.say(t(ui, "widget-no-changes"));
        }
        _ => {
            ui.say(t(ui, "widget-saving"));
        }
    }
}

/// `text` on one line, cut short to the room it has, with `full` in a tooltip: one tooltip,
/// never two (egui shows its own over a cut label unless told not to).
pub fn cut_label(ui: &mut Ui, text: impl Into<egui::WidgetText>, full: &str) -> egui::Response {
    ui.add(
        egui::Label::new(said(ui, text))
            .truncate()
            .show_tooltip_when_elided(false),
    )
    .hint(full)
}

/// A save error on one line, cut short to the space left; the whole sentence is in the
/// tooltip.
pub fn error_line_ui(ui: &mut Ui, error: &str) {
    let text = RichText::new(error)
        .strong()
        .color(super::theme::ERROR_TEXT);
    cut_label(ui, text, error);
}

/// What a file chooser is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PickMode {
    /// Choose an existing café file.
    #[default]
    Open,
    /// Choose where to write a file.
    Save,
    /// Choose a folder.
    Folder,
}

/// What came back from a file chooser.
enum Picked {
    Chosen(std::path::PathBuf),
    /// Closed without a file after this long: a person takes longer than a moment to cancel,
    /// so a quick empty answer means there is no file chooser on this computer.
    Nothing(std::time::Duration),
}

/// A chooser that answers with nothing faster than this was never shown.
const NO_DIALOG_WITHIN: std::time::Duration = std::time::Duration::from_millis(400);

/// What a file chooser is asked to show.
pub struct Choice {
    pub title: String,
    /// The name of the kind of file, in the person's language ("Café session").
    pub kind: String,
    /// The folder it starts in.
    pub dir: std::path::PathBuf,
    pub mode: PickMode,
    /// The file name endings it offers ([`SESSION_FILES`] or [`GUIDE_FILES`]).
    pub extensions: &'static [&'static str],
}

/// The endings of café session files, for a file chooser.
pub const SESSION_FILES: &[&str] = &["ron"];
/// The endings of guide files (Markdown or RON), for a file chooser.
pub const GUIDE_FILES: &[&str] = &["md", "ron"];

/// What shows a file chooser: the chosen path, or `None` when the person cancelled or no
/// chooser could be shown.
pub type Chooser = fn(Choice) -> Option<std::path::PathBuf>;

/// A file chooser that runs on its own thread: a slow or missing system dialog never freezes
/// the app, and when there is no dialog at all it says so.
pub struct FilePicker {
    waiting: Option<std::sync::mpsc::Receiver<Picked>>,
    /// Set when the chooser could not be shown; the typed-path box takes the keyboard.
    pub unavailable: bool,
    chooser: Chooser,
    /// What files it offers: the catalogue's name of their kind, and their endings.
    kind: (&'static str, &'static [&'static str]),
}

impl Default for FilePicker {
    fn default() -> Self {
        Self::with_chooser(super::chooser::system_chooser)
    }
}

impl FilePicker {
    /// A picker that shows `chooser` instead of the system's (a computer without one is
    /// `|_| None`).
    pub fn with_chooser(chooser: Chooser) -> Self {
        Self {
            waiting: None,
            unavailable: false,
            chooser,
            kind: ("widget-file-kind", SESSION_FILES),
        }
    }

    /// A picker for guide files (RON or Markdown) instead of café sessions.
    pub fn for_guides() -> Self {
        Self {
            kind: ("widget-guide-file-kind", GUIDE_FILES),
            ..Self::default()
        }
    }

    pub fn is_waiting(&self) -> bool {
        self.waiting.is_some()
    }

    /// Show the chooser, starting in `dir`.
    pub fn open(
        &mut self,
        ctx: &egui::Context,
        title: &str,
        dir: std::path::PathBuf,
        mode: PickMode,
    ) {
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        let title = title.to_owned();
        let chooser = self.chooser;
        let filter = crate::i18n::tr(super::text::language(&ctx), self.kind.0);
        let extensions = self.kind.1;
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let started = std::time::Instant::now();
                let picked = chooser(Choice {
                    title,
                    kind: filter,
                    dir,
                    mode,
                    extensions,
                });
                let answer =
                    picked.map_or_else(|| Picked::Nothing(started.elapsed()), Picked::Chosen);
                // The window may have closed meanwhile; then nobody waits for the answer.
                if tx.send(answer).is_ok() {
                    ctx.request_repaint();
                }
            });
        match spawned {
            Ok(_) => self.waiting = Some(rx),
            Err(_) => self.unavailable = true,
        }
    }

    /// The chosen file, once the chooser has closed with one.
    pub fn poll(&mut self) -> Option<std::path::PathBuf> {
        let rx = self.waiting.as_ref()?;
        match rx.try_recv() {
            Ok(Picked::Chosen(path)) => {
                self.waiting = None;
                self.unavailable = false;
                Some(path)
            }
            Ok(Picked::Nothing(after)) => {
                self.waiting = None;
                self.unavailable = after < NO_DIALOG_WITHIN;
                None
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.waiting = None;
                self.unavailable = true;
                None
            }
        }
    }
}

/// "Choose a file…" plus a typed-path box and a button; returns the path to use, if any.
pub fn path_picker_ui(
    ui: &mut Ui,
    picker: &mut FilePicker,
    typed: &mut String,
    title: &str,
    dir: &std::path::Path,
    action: &str,
    mode: PickMode,
) -> Option<std::path::PathBuf> {
    let was_unavailable = picker.unavailable;
    let mut chosen = picker.poll();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                !picker.is_waiting(),
                egui::Button::new(said_line(
                    ui,
                    t(
                        ui,
                        if mode == PickMode::Folder {
                            "widget-choose-folder"
                        } else {
                            "widget-choose-file"
                        },
                    ),
                )),
            )
            .clicked()
        {
            picker.open(ui.ctx(), title, dir.to_owned(), mode);
        }
        if picker.is_waiting() {
            ui.say(t(ui, "widget-waiting-chooser"));
        }
    });
    if picker.unavailable {
        ui.say(RichText::new(t(ui, "widget-no-chooser")).color(super::theme::ERROR_TEXT));
    }
    // The box has a line of its own, as wide as the place allows (up to a long path's worth):
    // beside its label and button in a narrow column it would show only a few characters.
    let label = ui.say(t(ui, "widget-type-path"));
    let hint = if mode == PickMode::Folder {
        "widget-folder-hint"
    } else {
        "widget-path-hint"
    };
    let edit = crate::ui::bidi_edit::singleline(ui, None, typed, |e, ui| {
        e.hint_text(t(ui, hint))
            .desired_width(ui.available_width().min(520.0))
    })
    .response
    .response
    .labelled_by(label.id);
    if picker.unavailable && !was_unavailable {
        edit.request_focus();
    }
    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let clicked = ui
        .add_enabled(
            !typed.trim().is_empty(),
            egui::Button::new(said_line(ui, action)),
        )
        .clicked();
    if (clicked || enter) && !typed.trim().is_empty() {
        chosen = Some(std::path::PathBuf::from(typed.trim()));
    }
    chosen
}
