//! Making, changing and removing guides, for Home and the guide editor: what each button asks
//! for, and the one place it is carried out (files through the store's guide writer, edits
//! through the open guide).

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::CafeApp;
use super::editor::{Editor, Leaving};
use crate::authoring::{Edit, OpenError, OpenGuide};
use crate::i18n::{Lang, tr, tr_args};
use crate::model::{Guide, Step};
use crate::store::catalog::{BUNDLED_GUIDES, GuideSource};
use crate::store::guides::{self, GuideFileError};
use crate::store::{guide_drafts, load_guide_file, read_guide};

/// What Home or the editor asks to be done with a guide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuideRequest {
    /// Open one of the person's own guides in the editor.
    Edit(PathBuf),
    /// A new guide among the person's own: blank, or a copy of this one (a template's
    /// "Make a copy to edit", or "Duplicate"); `edit` opens it in the editor.
    New {
        from: Option<GuideSource>,
        edit: bool,
    },
    /// Give a guide a new title (its file follows).
    Rename(PathBuf, String),
    /// Delete a guide (the person confirmed); the last delete can be undone.
    Delete(PathBuf),
    UndoDelete,
    /// Bring in a guide file (RON or Markdown) as a new guide of one's own.
    Import(PathBuf),
    /// Write a guide to a file, Markdown or RON by its name.
    Export {
        from: GuideSource,
        to: PathBuf,
    },
    /// Let go of the unsaved changes kept for this guide file.
    DiscardDraft(PathBuf),
    /// A change to the guide being edited.
    Change(Edit),
    /// Show this step of the guide in the editor (`None`: the guide's own details).
    Choose(Option<Step>),
    /// Leave the editor for Home; asks first when there are unsaved changes.
    Leave,
    /// The answer to "save the changes first?".
    Leaving(LeaveChoice),
}

/// The answers to "save the changes first?" when leaving the editor or closing the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeaveChoice {
    Save,
    Discard,
    Stay,
}

/// A guide file problem in the person's language.
pub fn file_error_text(lang: Lang, e: &GuideFileError) -> String {
    match e {
        GuideFileError::InUse(who) => tr_args(
            lang,
            "guides-error-in-use",
            &[(
                "who",
                super::trouble::holder_or_another(lang, who.as_ref()).into(),
            )],
        ),
        GuideFileError::Unreadable(e) => tr_args(
            lang,
            "guides-error-unreadable",
            &[("error", super::trouble::file_error(lang, e).into())],
        ),
        GuideFileError::NotWritten { path, why } => tr_args(
            lang,
            "guides-error-not-written",
            &[
                ("path", path.display().to_string().into()),
                ("why", super::trouble::not_written(lang, why).into()),
            ],
        ),
        GuideFileError::NothingDeleted => tr(lang, "guides-error-nothing-deleted"),
        GuideFileError::NotAGuide(path) => tr_args(
            lang,
            "guides-error-not-a-guide",
            &[("path", path.display().to_string().into())],
        ),
    }
}

/// Why a guide's unsaved changes kept on disk could not be let go.
fn draft_not_removed(
    lang: Lang,
    (path, reason): &(PathBuf, crate::store::reason::OsReason),
) -> String {
    tr_args(
        lang,
        "guides-draft-not-removed",
        &[
            ("path", path.display().to_string().into()),
            ("reason", super::trouble::os_reason(lang, reason).into()),
        ],
    )
}

/// The guide a source names, as it reads now.
fn guide_of(source: &GuideSource) -> Result<Guide, GuideFileError> {
    let read = match source {
        GuideSource::Bundled(name) => BUNDLED_GUIDES.iter().find(|(n, _)| n == name).map_or_else(
            || Err(Vec::new()),
            |(n, text)| read_guide(Path::new(n), text),
        ),
        GuideSource::File(path) => load_guide_file(path),
    };
    read.map(|f| f.guide).map_err(|mut errors| {
        GuideFileError::Unreadable(errors.drain(..).next().unwrap_or_else(|| {
            crate::store::FileError::new(Path::new(""), None, "the guide is not there")
        }))
    })
}

impl CafeApp {
    /// Carry out one guide request.
    pub(super) fn guides(&mut self, request: GuideRequest) {
        match request {
            GuideRequest::Edit(path) => self.edit_guide(&path),
            GuideRequest::New { from, edit } => self.new_guide(from.as_ref(), edit),
            GuideRequest::Rename(path, title) => {
                let result = guides::rename(&path, &title);
                self.after_guide_change(result.map(Some));
            }
            GuideRequest::Delete(path) => match guides::delete(&path) {
                Ok(deleted) => {
                    if let Err(e) = guide_drafts::discard(&self.data.drafts(), &path) {
                        self.notices.error(draft_not_removed(self.lang, &e));
                    }
                    self.notices.info(tr_args(
                        self.lang,
                        "guides-deleted",
                        &[("title", deleted.title.into())],
                    ));
                    self.after_guide_change(Ok(None));
                }
                Err(e) => self.after_guide_change(Err(e)),
            },
            GuideRequest::UndoDelete => {
                let result = guides::undo_delete(&self.data.guides());
                self.after_guide_change(result.map(Some));
            }
            GuideRequest::Import(path) => self.import_guide(&path),
            GuideRequest::Export { from, to } => {
                let result = guide_of(&from).and_then(|g| guides::export(&g, &to));
                match result {
                    Ok(()) => self.notices.info(tr_args(
                        self.lang,
                        "guides-exported",
                        &[("path", to.display().to_string().into())],
                    )),
                    Err(e) => self.notices.error(file_error_text(self.lang, &e)),
                }
            }
            GuideRequest::DiscardDraft(path) => {
                if let Err(e) = guide_drafts::discard(&self.data.drafts(), &path) {
                    self.notices.error(draft_not_removed(self.lang, &e));
                }
                self.home.refresh(&self.data);
            }
            GuideRequest::Change(edit) => {
                if let Some(editor) = &mut self.editor {
                    editor.change(edit);
                }
            }
            GuideRequest::Choose(step) => {
                if let Some(editor) = &mut self.editor {
                    editor.choose(step);
                }
            }
            GuideRequest::Leave => self.leave_editor(Leaving::Home),
            GuideRequest::Leaving(choice) => self.leaving_choice(choice),
        }
    }

    /// Refresh Home after a guide file changed, choosing `path` when one is given, or say
    /// what went wrong.
    fn after_guide_change(&mut self, result: Result<Option<PathBuf>, GuideFileError>) {
        match result {
            Ok(path) => {
                self.home.refresh(&self.data);
                if let Some(path) = path {
                    self.home.select_file(&path);
                }
            }
            Err(e) => self.notices.error(file_error_text(self.lang, &e)),
        }
    }

    fn new_guide(&mut self, from: Option<&GuideSource>, edit: bool) {
        let guide = match from {
            None => Guide::blank(tr(self.lang, "guides-new-title"), self.lang.code()),
            Some(source) => match guide_of(source) {
                Ok(mut guide) => {
                    guide.title = tr_args(
                        self.lang,
                        "guides-copy-title",
                        &[("title", guide.title.clone().into())],
                    );
                    guide
                }
                Err(e) => return self.notices.error(file_error_text(self.lang, &e)),
            },
        };
        match guides::create(&self.data.guides(), &guide) {
            Ok(path) if edit => {
                self.after_guide_change(Ok(Some(path.clone())));
                self.edit_guide(&path);
            }
            result => self.after_guide_change(result.map(Some)),
        }
    }

    fn import_guide(&mut self, path: &Path) {
        let file = match load_guide_file(path) {
            Ok(file) => file,
            Err(errors) => {
                let first = errors
                    .first()
                    .map(crate::store::FileError::plain)
                    .unwrap_or_default();
                self.notices.error(tr_args(
                    self.lang,
                    "guides-import-failed",
                    &[("error", first.into()), ("count", errors.len().into())],
                ));
                return;
            }
        };
        match guides::create(&self.data.guides(), &file.guide) {
            Ok(new) => {
                let key = if file.findings.is_empty() {
                    "guides-imported"
                } else {
                    "guides-imported-to-fix"
                };
                self.notices.info(tr_args(
                    self.lang,
                    key,
                    &[
                        ("title", file.guide.title.clone().into()),
                        ("count", file.findings.len().into()),
                    ],
                ));
                self.after_guide_change(Ok(Some(new)));
            }
            Err(e) => self.notices.error(file_error_text(self.lang, &e)),
        }
    }

    /// Open the editor on the guide at `path` (Home is left; a café is never open here).
    pub(super) fn edit_guide(&mut self, path: &Path) {
        if self.cafe.is_some() {
            return;
        }
        let ctx = self.ctx.clone();
        match OpenGuide::open(&self.data, path, move || ctx.request_repaint()) {
            Ok(open) => {
                if let Some(kept) = open.restored() {
                    let kept = kept
                        .with_timezone(&chrono::Local)
                        .format("%H:%M")
                        .to_string();
                    self.notices.info(tr_args(
                        self.lang,
                        "editor-restored",
                        &[("time", kept.into())],
                    ));
                }
                self.editor = Some(Editor::new(open));
            }
            Err(OpenError::Unreadable(e)) => self
                .notices
                .error(file_error_text(self.lang, &GuideFileError::Unreadable(e))),
        }
    }

    /// Ask before leaving with unsaved changes; leave at once otherwise.
    pub(super) fn leave_editor(&mut self, why: Leaving) {
        let Some(editor) = &mut self.editor else {
            return;
        };
        if editor.open.is_dirty() {
            editor.leaving = Some(why);
            return;
        }
        self.close_editor(false);
        if why == Leaving::Quit {
            self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Close the editor: its unsaved changes are kept on disk (`keep`) or let go.
    pub(super) fn close_editor(&mut self, keep: bool) {
        if let Some(editor) = self.editor.take() {
            editor.open.close(keep, self.now());
        }
        self.home.refresh(&self.data);
    }

    fn leaving_choice(&mut self, choice: LeaveChoice) {
        let Some(editor) = &mut self.editor else {
            return;
        };
        let Some(why) = editor.leaving.take() else {
            return;
        };
        match choice {
            LeaveChoice::Stay => return,
            LeaveChoice::Save => {
                let saved = editor
                    .open
                    .save()
                    .map_err(|e| file_error_text(self.lang, &e))
                    .and_then(|()| {
                        if editor.open.flush(Duration::from_secs(5)) {
                            Ok(())
                        } else {
                            let status = editor.open.save_status().and_then(|s| s.error);
                            Err(status.map_or_else(
                                || tr(self.lang, "editor-still-saving"),
                                |e| super::trouble::save_error(self.lang, &e),
                            ))
                        }
                    });
                if let Err(e) = saved {
                    // Nothing is lost: the editor stays, and says why.
                    self.notices.error(e);
                    return;
                }
                self.close_editor(false);
            }
            LeaveChoice::Discard => self.close_editor(false),
        }
        if why == Leaving::Quit {
            self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// A key the editor has (undo, redo, save, move the chosen step).
    pub(super) fn editor_key(&mut self, key: super::editor::EditorKey) {
        let lang = self.lang;
        let Some(editor) = &mut self.editor else {
            return;
        };
        if let Err(e) = editor.key(key) {
            self.notices.error(file_error_text(lang, &e));
        }
    }
}
