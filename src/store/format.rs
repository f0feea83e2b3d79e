//! Reading and writing guide and session files as RON, with errors a person can act on.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::model::session::SESSION_SCHEMA_VERSION;
use crate::model::{Guide, Session};

pub use super::read::{MAX_FILE_BYTES, io_error, read_text};

/// Why a file could not be used, with the place in the file when there is one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileError {
    pub path: PathBuf,
    /// 1-based line and column of the problem, when it has a place.
    pub position: Option<(usize, usize)>,
    /// The problem in English words, for the command line's `check` and for logs.
    pub message: String,
    /// The problem as facts, which a screen words in the person's language
    /// (`ui::trouble::file_error`).
    pub problem: FileProblem,
}

/// What was wrong with a file, as facts for the interface to word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileProblem {
    /// Nothing is there (it may have been moved or deleted).
    Missing,
    /// This user may not read it.
    NoPermission,
    /// It was not read (its reading stopped before it got to it).
    NotRead,
    /// The system refused to read it, for this reason.
    Unreadable(super::reason::OsReason),
    /// It is a folder.
    Folder,
    /// It is a device, a pipe or a socket.
    NotRegular,
    /// It is `bytes` long, more than the `limit` Café Host opens.
    TooLarge { bytes: u64, limit: u64 },
    /// It is not text.
    NotText,
    /// It holds nothing.
    Empty,
    /// A guide was given where a session was wanted.
    GuideNotSession,
    /// A session was given where a guide was wanted.
    SessionNotGuide,
    /// It is no Café Host file at all.
    NotCafeFile,
    /// A newer version of Café Host wrote it, in this format number, and it cannot be read.
    Newer(u32),
    /// Something in the text itself: the reader's own words (in English), which a screen
    /// gives after a worded sentence.
    Text(String),
    // Kept after the others, so what the review's cache holds reads back as it was written.
    /// A session file that opens, but only read-only, and why (`check` tells it).
    OpensReadOnly(KeptAsRead),
    /// A session file holding fields this version does not know (`check` names them).
    UnknownFields(Vec<String>),
    /// A session file that opens, put right on the way in (`check` tells what).
    Repaired(super::repair::Repair),
    /// Something to fix in a guide that loads (`check` tells what). Only `check` meets it,
    /// so it is never kept in the review's cache.
    #[serde(skip)]
    Guide(super::guide_file::Finding),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, col) = self.position.unwrap_or((1, 1));
        write!(f, "{}:{line}:{col}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for FileError {}

impl FileError {
    /// A problem in the text itself, in the reader's words.
    pub fn new(path: &Path, position: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        let message = message.into();
        Self {
            path: path.to_owned(),
            position,
            problem: FileProblem::Text(message.clone()),
            message,
        }
    }

    /// A problem known by its facts, with its English words for the command line.
    pub fn of(
        path: &Path,
        position: Option<(usize, usize)>,
        problem: FileProblem,
        message: impl Into<String>,
    ) -> Self {
        Self {
            path: path.to_owned(),
            position,
            message: message.into(),
            problem,
        }
    }

    /// A sentence for the screen, naming the file by its short name.
    pub fn plain(&self) -> String {
        let name = self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        match self.position {
            Some((line, col)) => format!("{name}, line {line}, column {col}: {}", self.message),
            None => format!("{name}: {}", self.message),
        }
    }
}

/// What kind of document a file holds, judged from its first word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Guide,
    Session,
}

/// A session file that loaded, and whether it may be written back.
#[derive(Debug, Clone)]
pub struct LoadedSession {
    pub session: Session,
    /// Why the file must not be written (e.g. it comes from a newer version of the app, or
    /// holds fields this version does not know and would drop).
    pub read_only: Option<KeptAsRead>,
    /// What was put right while loading (duplicate ids, impossible numbers), one per kind,
    /// for the caller to show.
    pub notices: Vec<super::repair::Repair>,
    /// Fields in the file this version does not know (paths such as `notes.3.mood`).
    pub unknown_fields: Vec<String>,
}

/// Why a session file that loaded must be kept as it was read (open read-only), as facts for
/// the interface to word (`ui::trouble::kept_as_read`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum KeptAsRead {
    /// A newer version of Café Host saved it, in this format number.
    Newer(u32),
    /// It holds fields this version does not know (paths such as `notes.3.mood`), which a
    /// save would drop.
    UnknownFields(Vec<String>),
}

/// The fields named in a message: the first few, and how many more.
pub const FIELDS_SHOWN: usize = 5;

impl fmt::Display for KeptAsRead {
    /// English, for logs and the command line's English problem.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeptAsRead::Newer(format) => write!(
                f,
                "This session was saved by a newer version of Café Host (format {format}). It is open read-only so nothing in it is lost."
            ),
            KeptAsRead::UnknownFields(unknown) => {
                let mut message = unknown_fields_message(unknown);
                if let Some(first) = message.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                write!(
                    f,
                    "{message}. It is open read-only so they are not lost at the next save."
                )
            }
        }
    }
}

/// The pretty RON text of a session or guide, as written to disk.
pub fn to_ron<T: Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ")
        .depth_limit(12);
    ron::Options::default().to_string_pretty(value, config)
}

pub(super) fn position_of(prefix: &[u8]) -> (usize, usize) {
    let line = prefix.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = prefix
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&prefix[line_start..])
        .chars()
        .count()
        + 1;
    (line, col)
}

/// The text from its first significant character, past blanks and comments.
fn past_comments(text: &str) -> &str {
    let mut rest = text.trim_start_matches('\u{feff}');
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else {
            return rest;
        }
    }
}

/// A plain refusal when `text` is plainly no café file of kind `wanted`: a café file starts
/// with `Session(`, `Guide(` or a bare `(`.
pub(super) fn wrong_kind(path: &Path, text: &str, wanted: FileKind) -> Option<FileError> {
    let (problem, message) = match kind_of(text) {
        Some(kind) if kind == wanted => return None,
        Some(FileKind::Guide) => (
            FileProblem::GuideNotSession,
            "this is a Café Host guide, not a session",
        ),
        Some(FileKind::Session) => (
            FileProblem::SessionNotGuide,
            "this is a Café Host session, not a guide",
        ),
        None if past_comments(text).is_empty() || past_comments(text).starts_with('(') => {
            return None;
        }
        None => (
            FileProblem::NotCafeFile,
            "this is not a Café Host file (a session or guide file starts with `Session(` or `Guide(`)",
        ),
    };
    let start = text.len() - past_comments(text).len();
    let place = position_of(&text.as_bytes()[..start]);
    Some(FileError::of(path, Some(place), problem, message))
}

/// The first identifier in the file (`Guide` or `Session`), skipping blanks and comments.
pub fn kind_of(text: &str) -> Option<FileKind> {
    let rest = past_comments(text);
    let word: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    match word.as_str() {
        "Guide" => Some(FileKind::Guide),
        "Session" => Some(FileKind::Session),
        _ => None,
    }
}

/// The `schema_version` written near the top of a file, read without parsing the rest.
pub fn schema_version_of(text: &str) -> Option<u32> {
    let line = text
        .lines()
        .find(|l| !l.trim_start().starts_with("//") && l.contains("schema_version"))?;
    let at = line.find("schema_version")?;
    let rest = line[at + "schema_version".len()..].trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The parsed value, and the fields in the text that the value has no place for (their
/// paths, e.g. `notes.3.mood`): they would be lost at the next save.
pub(super) fn parse<T: DeserializeOwned>(
    path: &Path,
    text: &str,
) -> Result<(T, Vec<String>), FileError> {
    if text.trim().is_empty() {
        return Err(FileError::of(
            path,
            Some((1, 1)),
            FileProblem::Empty,
            "the file is empty",
        ));
    }
    let spanned = |e: ron::error::SpannedError| {
        FileError::new(
            path,
            Some((e.span.start.line, e.span.start.col)),
            plain_ron_message(&e.code),
        )
    };
    let options = ron::Options::default().with_recursion_limit(64);
    let mut de = ron::Deserializer::from_str_with_options(text, &options).map_err(spanned)?;
    let mut unknown = Vec::new();
    let value = serde_ignored::deserialize(&mut de, |field| unknown.push(field.to_string()))
        .map_err(|e| spanned(de.span_error(e)))?;
    de.end().map_err(|e| spanned(de.span_error(e)))?;
    Ok((value, unknown))
}

/// "the fields `notes.3.mood` and `x`, which this version of Café Host does not know".
fn unknown_fields_message(unknown: &[String]) -> String {
    let mut names: Vec<String> = unknown
        .iter()
        .take(FIELDS_SHOWN)
        .map(|f| format!("`{f}`"))
        .collect();
    if unknown.len() > FIELDS_SHOWN {
        names.push(format!("{} more", unknown.len() - FIELDS_SHOWN));
    }
    format!(
        "the file has fields this version of Café Host does not know: {}",
        names.join(", ")
    )
}

fn plain_ron_message(error: &ron::Error) -> String {
    use ron::Error as E;
    match error {
        E::Eof => "the file ends too early (it may have been cut off)".to_owned(),
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("`{outer}` is missing the field `{field}`"),
            None => format!("missing the field `{field}`"),
        },
        E::ExceededRecursionLimit => {
            "the file is nested far too deeply to be a café file".to_owned()
        }
        other => other.to_string(),
    }
}

/// Parse guide text (RON, or Markdown when `path` ends in `.md`); `path` is only used to name
/// the file in errors. The first mistake is returned; see [`super::guide_file::read_guide`]
/// for all of them and for what `check` reports about a guide that loads.
pub fn parse_guide(path: &Path, text: &str) -> Result<Guide, FileError> {
    super::guide_file::read_guide(path, text)
        .map(|file| file.guide)
        .map_err(first_error)
}

/// The first of several mistakes, the others counted after it.
fn first_error(mut errors: Vec<FileError>) -> FileError {
    let more = errors.len().saturating_sub(1);
    let mut first = errors
        .drain(..)
        .next()
        .unwrap_or_else(|| FileError::new(Path::new(""), None, "the file could not be read"));
    if more > 0 {
        first.message = format!(
            "{} (and {})",
            first.message,
            crate::model::count_of(more, "more mistake", "more mistakes")
        );
    }
    first
}

/// Parse session text. A file from a newer version loads read-only when it can.
pub fn parse_session(path: &Path, text: &str) -> Result<LoadedSession, FileError> {
    if let Some(e) = wrong_kind(path, text, FileKind::Session) {
        return Err(e);
    }
    let version = schema_version_of(text);
    let (mut session, unknown): (Session, _) = parse(path, text).map_err(|mut e| {
        if let Some(v) = version.filter(|v| *v > SESSION_SCHEMA_VERSION) {
            e.message = format!(
                "this session was saved by a newer version of Café Host (format {v}) and cannot be read here: {}",
                e.message
            );
            e.problem = FileProblem::Newer(v);
        }
        e
    })?;
    session.migrate();
    let notices = super::repair::repair_session(&mut session);
    if let Some(problem) = session.problems().first() {
        return Err(FileError::new(path, None, problem.clone()));
    }
    session.ensure_tables();
    let read_only = if session.schema_version > SESSION_SCHEMA_VERSION {
        Some(KeptAsRead::Newer(session.schema_version))
    } else if !unknown.is_empty() {
        Some(KeptAsRead::UnknownFields(unknown.clone()))
    } else {
        None
    };
    Ok(LoadedSession {
        session,
        read_only,
        notices,
        unknown_fields: unknown,
    })
}

pub fn load_guide(path: &Path) -> Result<Guide, FileError> {
    parse_guide(path, &read_text(path)?)
}

pub fn load_session(path: &Path) -> Result<LoadedSession, FileError> {
    parse_session(path, &read_text(path)?)
}

/// Validate a guide or session file, for `cafe-host check`: besides what stops it loading,
/// a file is reported when it holds fields this version does not know, comes from a newer
/// version, or needed repairs while loading (duplicate ids, impossible numbers); a guide also
/// for each problem a person should fix ([`crate::model::Guide::problems`]). Every mistake
/// comes back, each with its place when it has one.
pub fn check_file_all(path: &Path) -> Result<FileKind, Vec<FileError>> {
    let text = read_text(path).map_err(|e| vec![e])?;
    if super::guide_file::GuideFormat::of(path) == super::guide_file::GuideFormat::Markdown {
        let file = super::guide_file::read_guide(path, &text)?;
        return match file.errors(path) {
            errors if errors.is_empty() => Ok(FileKind::Guide),
            errors => Err(errors),
        };
    }
    let kind = match kind_of(&text) {
        Some(kind) => kind,
        None => {
            // Unnamed structs are valid RON too: accept whichever kind parses.
            if let Some(e) = wrong_kind(path, &text, FileKind::Session) {
                return Err(vec![e]);
            }
            if parse_session(path, &text).is_ok() {
                FileKind::Session
            } else {
                parse_guide(path, &text).map_err(|mut e| {
                    if e.position.is_none() {
                        e.message = format!("not a café guide or session: {}", e.message);
                    }
                    vec![e]
                })?;
                FileKind::Guide
            }
        }
    };
    let mut problems = Vec::new();
    match kind {
        FileKind::Guide => {
            let file = super::guide_file::read_guide(path, &text)?;
            let errors = file.errors(path);
            if !errors.is_empty() {
                return Err(errors);
            }
        }
        FileKind::Session => {
            let loaded = parse_session(path, &text).map_err(|e| vec![e])?;
            if loaded.session.schema_version > SESSION_SCHEMA_VERSION {
                let format = loaded.session.schema_version;
                problems.push(FileError::of(
                    path,
                    None,
                    FileProblem::OpensReadOnly(KeptAsRead::Newer(format)),
                    format!(
                        "saved by a newer version of Café Host (format {format}, this one reads {SESSION_SCHEMA_VERSION}); it opens read-only"
                    ),
                ));
            }
            if !loaded.unknown_fields.is_empty() {
                problems.push(FileError::of(
                    path,
                    None,
                    FileProblem::UnknownFields(loaded.unknown_fields.clone()),
                    unknown_fields_message(&loaded.unknown_fields),
                ));
            }
            problems.extend(loaded.notices.into_iter().map(|repair| {
                let message = repair.to_string();
                FileError::of(path, None, FileProblem::Repaired(repair), message)
            }));
        }
    }
    if problems.is_empty() {
        Ok(kind)
    } else {
        Err(problems)
    }
}

/// [`check_file_all`] as one error: the first mistake's place, every message.
pub fn check_file(path: &Path) -> Result<FileKind, FileError> {
    check_file_all(path).map_err(|errors| {
        let position = errors.first().and_then(|e| e.position);
        let message = errors
            .iter()
            .map(|e| e.message.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        FileError::new(path, position, message)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_kind_and_version_past_comments() {
        let text = "// a guide\n/* note */ Guide(\n  schema_version: 3,";
        assert_eq!(kind_of(text), Some(FileKind::Guide));
        assert_eq!(schema_version_of(text), Some(3));
        assert_eq!(kind_of("(questions: [])"), None);
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let text = "Guide(\n    schema_version: 1,\n    title: \"x\"\n    purpose: \"y\",\n)";
        let err = parse_guide(Path::new("g.ron"), text).expect_err("missing comma");
        assert_eq!(err.position.map(|p| p.0), Some(4));
        assert!(err.to_string().starts_with("g.ron:4:"), "{err}");
    }

    #[test]
    fn missing_fields_are_named() {
        let text = "Guide(schema_version: 1, purpose: \"y\", questions: [])";
        let err = parse_guide(Path::new("g.ron"), text).expect_err("no title");
        assert!(err.message.contains("title"), "{}", err.message);
    }

    #[test]
    fn deep_nesting_is_refused_without_a_crash() {
        let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let err = parse_guide(Path::new("g.ron"), &text).expect_err("too deep");
        assert!(!err.message.is_empty());
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("g.ron");
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(
            b"Guide(schema_version: 1, title: \"T\", purpose: \"P\", questions: [(text: \"Q\", points: [\"p\"])])",
        );
        std::fs::write(&path, bytes).expect("write");
        let text = read_text(&path).expect("read");
        assert!(text.starts_with("Guide("));
        assert_eq!(
            check_file(&path).map_err(|e| e.message),
            load_guide(&path)
                .map(|_| FileKind::Guide)
                .map_err(|e| e.message)
        );
        assert!(
            load_guide(&path)
                .map_err(|e| e.message)
                .err()
                .is_none_or(|m| !m.contains("Expected")),
            "a BOM is no syntax error"
        );
    }

    #[test]
    fn a_file_that_is_not_a_cafe_file_says_so() {
        let text = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n";
        let err = parse_session(Path::new("passwd"), text).expect_err("not a session");
        assert!(
            err.message.contains("not a Café Host file"),
            "{}",
            err.message
        );
        let err = parse_guide(Path::new("passwd"), text).expect_err("not a guide");
        assert!(
            err.message.contains("not a Café Host file"),
            "{}",
            err.message
        );
        let err = parse_session(Path::new("g.ron"), "Guide(title: \"x\")").expect_err("a guide");
        assert!(
            err.message.contains("guide, not a session"),
            "{}",
            err.message
        );
    }

    #[cfg(unix)]
    #[test]
    fn pipes_and_devices_are_refused_without_blocking() {
        let dir = tempfile::tempdir().expect("temp dir");
        let fifo = dir.path().join("pipe.ron");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo");
        assert!(made.success());
        let device = dir.path().join("null.ron");
        std::os::unix::fs::symlink("/dev/null", &device).expect("link");
        for path in [&fifo, &device] {
            // A blocking open of a pipe with no writer would hang this test.
            let err = load_session(path).expect_err("refused");
            assert!(
                err.message.contains("not a regular file"),
                "{}",
                err.message
            );
            let err = check_file(path).expect_err("refused");
            assert!(
                err.message.contains("not a regular file"),
                "{}",
                err.message
            );
        }
    }
}
