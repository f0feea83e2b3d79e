//! `cafe-host check`: every problem of guide and session files, as `FILE:LINE:COL: problem`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cafe_host::i18n::{Lang, tr_args};
use cafe_host::store::lock::SessionLock;
use cafe_host::store::{FileKind, check_file_all};

use super::output::{PrintStop, path_arg, print_out};

/// One problem of a file as `check` prints it: `FILE:LINE:COL: problem`, the problem in
/// `lang` (a reader's own words, which have no translation, as the reader gave them).
pub(crate) fn problem_line(e: &cafe_host::store::FileError, lang: Lang) -> String {
    let (line, column) = e.position.unwrap_or((1, 1));
    let problem = match &e.problem {
        cafe_host::store::FileProblem::Text(_) => e.message.clone(),
        problem => cafe_host::ui::trouble::file_problem(lang, problem),
    };
    format!("{}:{line}:{column}: {problem}", e.path.display())
}

/// Check every file in `given`. The exit code says whether a problem was found; when the
/// reader stops reading early, checking stops quietly with the code of what was found so far.
pub(crate) fn check(given: &[PathBuf], lang: Lang) -> ExitCode {
    let mut files = Vec::new();
    let mut empty_folders = 0;
    for path in given {
        let before = files.len();
        collect_ron_files(path, &mut files, 0, lang);
        if files.len() == before {
            // A folder with nothing to check: say so rather than print nothing and pass.
            empty_folders += 1;
            tell!(
                "{}",
                tr_args(lang, "cli-check-empty-folder", &[("path", path_arg(path))])
            );
        }
    }
    let mut bad = 0;
    for file in &files {
        let line = match check_file_all(file) {
            Ok(FileKind::Guide) => tr_args(lang, "cli-check-ok-guide", &[("path", path_arg(file))]),
            Ok(FileKind::Session) => match SessionLock::holder(file) {
                Some(h) => tr_args(
                    lang,
                    "cli-check-ok-session-open",
                    &[
                        ("path", path_arg(file)),
                        (
                            "holder",
                            cafe_host::ui::trouble::holder_or_another(lang, Some(&h)).into(),
                        ),
                    ],
                ),
                None => tr_args(lang, "cli-check-ok-session", &[("path", path_arg(file))]),
            },
            Err(errors) => {
                bad += 1;
                errors
                    .iter()
                    .map(|e| problem_line(e, lang))
                    .collect::<Vec<_>>()
                    .join("\n")
            }
        };
        match print_out(&format!("{line}\n"), lang) {
            Ok(()) => {}
            Err(PrintStop::ReaderGone) => return exit_code(bad + empty_folders == 0),
            Err(PrintStop::Failed(message)) => {
                tell!("cafe-host check: {message}");
                return ExitCode::FAILURE;
            }
        }
    }
    if bad > 0 {
        tell!(
            "{}",
            tr_args(
                lang,
                "cli-check-summary",
                &[("bad", bad.into()), ("files", files.len().into())],
            )
        );
    }
    exit_code(bad + empty_folders == 0)
}

pub(crate) fn exit_code(success: bool) -> ExitCode {
    if success {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Folders this deep are not followed further (a loop of links, or no café data at all).
pub(crate) const MAX_CHECK_DEPTH: usize = 32;

/// `path` itself when it is not a folder (checked, whatever it is); else every `*.ron` file and
/// Markdown guide in it and its subfolders, sorted. Links to folders are not followed, so a loop cannot hang.
pub(crate) fn collect_ron_files(path: &Path, out: &mut Vec<PathBuf>, depth: usize, lang: Lang) {
    let is_dir =
        std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) || (depth == 0 && path.is_dir());
    if !is_dir {
        if depth == 0 || path.extension().is_some_and(|e| e == "ron") || is_markdown_guide(path) {
            out.push(path.to_owned());
        }
        return;
    }
    if depth > MAX_CHECK_DEPTH {
        tell!(
            "{}",
            tr_args(lang, "cli-check-too-deep", &[("path", path_arg(path))])
        );
        return;
    }
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
        Ok(entries) => entries.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(e) => {
            // An unreadable folder is reported like a bad file.
            out.push(path.to_owned());
            log::warn!("{}: {e}", path.display());
            return;
        }
    };
    entries.sort();
    for entry in entries {
        collect_ron_files(&entry, out, depth + 1, lang);
    }
}

/// A `.md` file in a checked folder is checked when it is a guide (it opens with front
/// matter); other Markdown (a README) is left alone.
pub(crate) fn is_markdown_guide(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "md")
        && cafe_host::store::format::read_text(path)
            .is_ok_and(|t| cafe_host::store::guide_file::looks_like_markdown_guide(&t))
}
