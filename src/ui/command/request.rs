//! What a screen asks for that carries data (a file to open, a café change from a control, a
//! notice to dismiss), and the list of everything the screens of one frame asked for.

use std::path::PathBuf;

use super::AppCommand;
use crate::i18n::{Lang, tr};
use crate::live::Command;
use crate::model::{Guide, SessionDetails};

/// A request from a screen that carries the data it needs. Plain commands, with keys and
/// names, are [`AppCommand`]s.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// A change to the café that comes from a control (a tick, a note's tag, a theme…).
    Cafe(Command),
    Start {
        guide: Box<Guide>,
        details: SessionDetails,
    },
    Open(PathBuf),
    /// Open a session file in table mode for this table number.
    OpenTable(PathBuf, u32),
    /// Bring in the notes of another copy of this café.
    Import(PathBuf),
    /// Take over a café whose lock names another computer (after the person confirmed).
    TakeOver(PathBuf),
    /// What to do with a recovery copy (by its place in the list).
    Recover(usize, RecoverChoice),
    /// Put the projector fullscreen on this monitor (by its place in the system's list).
    Fullscreen(usize),
    /// Close the notice with this number.
    DismissNotice(usize),
    /// Save the attendance (a report or CSV; names or not) or a blank sign-in sheet to
    /// `<data>/exports`.
    ExportAttendance {
        kind: AttendanceExport,
        names: bool,
    },
    /// What a review screen asked for.
    Review(Box<crate::ui::review::ReviewRequest>),
    /// Making, changing or removing a guide, from Home or the guide editor.
    Guides(Box<crate::ui::guides::GuideRequest>),
    /// List another folder of café files in the review.
    AddPastFolder(PathBuf),
    /// Share the café with other laptops through a shared folder, or join one shared there.
    Shared(SharedRequest),
    /// Speak this language in the interface.
    SetLanguage(Lang),
    /// The window is closing with unsaved work: what the person chose.
    Closing(CloseChoice),
}

impl Request {
    /// The key of the request's tooltip in the message catalogue; its label is the same key
    /// with `-label` after it.
    pub fn catalogue_key(&self) -> &'static str {
        match self {
            Request::Cafe(_) => "command-cafe",
            Request::Start { .. } => "command-start",
            Request::Open(_) => "command-open",
            Request::OpenTable(..) => "command-open-table",
            Request::Import(_) => "command-import",
            Request::TakeOver(_) => "command-take-over",
            Request::Recover(..) => "command-recover",
            Request::Fullscreen(_) => "command-fullscreen",
            Request::DismissNotice(_) => "command-dismiss-notice",
            Request::ExportAttendance { .. } => "command-export-attendance",
            Request::Review(_) => "command-review",
            Request::Guides(_) => "command-guides",
            Request::AddPastFolder(_) => "command-add-past-folder",
            Request::Shared(_) => "command-shared",
            Request::SetLanguage(_) => "command-set-language",
            Request::Closing(_) => "command-closing",
        }
    }

    /// The request's name on a button or menu, in `lang`: "Open".
    pub fn label(&self, lang: Lang) -> String {
        tr(lang, &format!("{}-label", self.catalogue_key()))
    }

    /// What the request does, in `lang`, for its tooltip.
    pub fn tooltip(&self, lang: Lang) -> String {
        tr(lang, self.catalogue_key())
    }
}

/// What is asked of a shared folder (one kept by a sync program, or a network share).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SharedRequest {
    /// Share the open café with table laptops in this folder.
    Share(PathBuf),
    /// Stop writing to the shared folder and following it.
    StopSharing,
    /// Join the café shared in this folder (its own folder there) as this table's laptop.
    Join { folder: PathBuf, table: u32 },
}

/// What the sign-in desk saves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttendanceExport {
    /// Who came, as a page to print or share.
    Report,
    /// Who came, as a spreadsheet.
    Csv,
    /// An empty sheet to print and sign by hand at the door.
    BlankSheet,
}

/// The three answers to "this café has a newer copy than its file".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoverChoice {
    /// Open the newer copy and save it to the session file.
    Recover,
    /// Open the session file as it is and let the copy go.
    LastSaved,
    /// Look at the newer copy without changing anything.
    ReadOnly,
}

/// The answers to "the last changes are not saved" when closing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CloseChoice {
    /// Stay open and keep trying to save.
    KeepTrying,
    /// Write the café to this file instead, then close.
    SaveCopy(PathBuf),
    /// Close and lose the unsaved changes.
    QuitAnyway,
}

/// One thing a screen asked for: a plain command or a request with its data.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    Command(AppCommand),
    Request(Request),
}

impl From<AppCommand> for Intent {
    fn from(command: AppCommand) -> Self {
        Intent::Command(command)
    }
}

impl From<Request> for Intent {
    fn from(request: Request) -> Self {
        Intent::Request(request)
    }
}

/// What the screens of one frame asked for, in the order they asked; carried out by
/// [`crate::ui::CafeApp::run`] once the frame is drawn.
#[derive(Debug, Default)]
pub struct Commands(Vec<Intent>);

impl Commands {
    /// Ask for a command or a request.
    pub fn push(&mut self, intent: impl Into<Intent>) {
        self.0.push(intent.into());
    }
}

impl IntoIterator for Commands {
    type Item = Intent;
    type IntoIter = std::vec::IntoIter<Intent>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}
