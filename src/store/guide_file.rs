//! Reading guide files, RON or Markdown, the one way Home, the editor and `cafe-host check`
//! all read them: the guide, or every mistake that stops it loading; and besides, everything
//! `check` reports about a guide that loads (fields this version does not know, whose content
//! would silently vanish, and the problems a person should fix), each at its place in the file.

use std::path::Path;

use super::format::{
    FileError, FileKind, FileProblem, kind_of, parse, read_text, schema_version_of, wrong_kind,
};
use crate::model::guide::GUIDE_SCHEMA_VERSION;
use crate::model::{Guide, GuideProblem};

/// The two ways a guide is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuideFormat {
    Ron,
    Markdown,
}

impl GuideFormat {
    /// The format a file's name says: `.md` (or `.markdown`) is Markdown, anything else RON.
    pub fn of(path: &Path) -> Self {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
        {
            Some(e) if e == "md" || e == "markdown" => GuideFormat::Markdown,
            _ => GuideFormat::Ron,
        }
    }

    /// The file name ending for this format.
    pub fn extension(self) -> &'static str {
        match self {
            GuideFormat::Ron => "ron",
            GuideFormat::Markdown => "md",
        }
    }

    /// The guide as text in this format.
    pub fn write(self, guide: &Guide) -> Result<String, String> {
        match self {
            GuideFormat::Ron => super::format::to_ron(guide).map_err(|e| e.to_string()),
            GuideFormat::Markdown => Ok(crate::markdown::write(guide)),
        }
    }
}

/// Something `check` reports about a guide that loads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// A field this version does not know, by its path (`questions.2.note`), and the known
    /// field it is probably a misspelling of. What it holds is not used, and saving the guide
    /// would drop it.
    UnknownField {
        path: String,
        suggestion: Option<&'static str>,
    },
    /// Something to fix before the evening.
    Problem(GuideProblem),
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Finding::UnknownField { path, suggestion } => {
                write!(f, "the field `{path}` is not one Café Host knows")?;
                if let Some(s) = suggestion {
                    write!(f, " (did you mean `{s}`?)")?;
                }
                f.write_str("; what it holds is not used")
            }
            Finding::Problem(p) => p.fmt(f),
        }
    }
}

/// A finding and its 1-based line and column in the file, when it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    pub position: Option<(usize, usize)>,
    pub finding: Finding,
}

/// A guide file that loaded, with what `check` says about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuideFile {
    pub guide: Guide,
    pub format: GuideFormat,
    pub findings: Vec<Placed>,
}

impl GuideFile {
    /// Whether the file holds fields this version does not know (saving would drop them).
    pub fn has_unknown_fields(&self) -> bool {
        self.findings
            .iter()
            .any(|p| matches!(p.finding, Finding::UnknownField { .. }))
    }

    /// Every finding as `FILE:LINE:COL: message`, for the command line.
    pub fn errors(&self, path: &Path) -> Vec<FileError> {
        self.findings
            .iter()
            .map(|p| {
                FileError::of(
                    path,
                    p.position,
                    FileProblem::Guide(p.finding.clone()),
                    p.finding.to_string(),
                )
            })
            .collect()
    }
}

/// Every field name a guide file may hold, for "did you mean …?".
const KNOWN_FIELDS: &[&str] = &[
    "schema_version",
    "title",
    "purpose",
    "languages",
    "agreements",
    "questions",
    "plan",
    "text",
    "translations",
    "points",
    "notes",
    "minutes",
    "resources",
    "detail",
    "welcome_minutes",
    "agreements_minutes",
    "harvest_minutes",
    "closing_minutes",
    "starts_at",
    "ends_by",
];

/// Read guide text in the format its file name says; `path` names the file in messages.
pub fn read_guide(path: &Path, text: &str) -> Result<GuideFile, Vec<FileError>> {
    match GuideFormat::of(path) {
        GuideFormat::Markdown => read_markdown(path, text),
        GuideFormat::Ron => read_ron(path, text).map_err(|e| vec![e]),
    }
}

/// Read the guide file at `path`.
pub fn load_guide_file(path: &Path) -> Result<GuideFile, Vec<FileError>> {
    let text = read_text(path).map_err(|e| vec![e])?;
    read_guide(path, &text)
}

fn read_markdown(path: &Path, text: &str) -> Result<GuideFile, Vec<FileError>> {
    let (guide, places) = crate::markdown::read(text).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| FileError::new(path, Some((e.line, e.column)), e.message))
            .collect::<Vec<_>>()
    })?;
    let findings = guide
        .problems()
        .into_iter()
        .map(|p| Placed {
            position: Some(places.of(&p)),
            finding: Finding::Problem(p),
        })
        .collect();
    Ok(GuideFile {
        guide,
        format: GuideFormat::Markdown,
        findings,
    })
}

fn read_ron(path: &Path, text: &str) -> Result<GuideFile, FileError> {
    if let Some(e) = wrong_kind(path, text, FileKind::Guide) {
        return Err(e);
    }
    if let Some(v) = schema_version_of(text)
        && v > GUIDE_SCHEMA_VERSION
    {
        return Err(FileError::new(
            path,
            None,
            format!(
                "this guide was made by a newer version of Café Host (format {v}); update the app to use it"
            ),
        ));
    }
    let (mut guide, unknown): (Guide, Vec<String>) = parse(path, text)?;
    guide.migrate();
    let mut findings = Vec::new();
    let mut located: Vec<&str> = Vec::new();
    for field in &unknown {
        let name = field.rsplit('.').next().unwrap_or(field);
        let nth = located.iter().filter(|n| **n == name).count();
        located.push(name);
        findings.push(Placed {
            position: locate_key(text, name, nth),
            finding: Finding::UnknownField {
                path: field.clone(),
                suggestion: crate::markdown::closest(name, KNOWN_FIELDS),
            },
        });
    }
    findings.extend(guide.problems().into_iter().map(|p| Placed {
        position: None,
        finding: Finding::Problem(p),
    }));
    Ok(GuideFile {
        guide,
        format: GuideFormat::Ron,
        findings,
    })
}

/// Where `name:` is written as a field for the `nth` time (from 0) in RON `text`, outside
/// strings and comments: the place of a field this version does not know.
fn locate_key(text: &str, name: &str, nth: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let (mut i, mut line, mut line_start, mut seen) = (0, 1, 0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
                i += 1;
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    } else if bytes[i] == b'\n' {
                        line += 1;
                        line_start = i + 1;
                    }
                    i += 1;
                }
                i += 1;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                let after = text[i..].trim_start();
                let before_ok = start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
                if before_ok && &text[start..i] == name && after.starts_with(':') {
                    if seen == nth {
                        let col = text[line_start..start].chars().count() + 1;
                        return Some((line, col));
                    }
                    seen += 1;
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// Whether `text` is a Markdown guide (it opens with front matter), for `check` on a folder.
pub fn looks_like_markdown_guide(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.trim() == "---")
}

/// Whether RON `text` holds a guide (by its first word), as opposed to a session.
pub fn is_guide_text(text: &str) -> bool {
    kind_of(text) == Some(FileKind::Guide)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelled_field_is_found_at_its_place_with_the_right_name() {
        let text = "Guide(\n    schema_version: 1,\n    title: \"T\",\n    purpose: \"note: not this\",\n    questions: [\n        Question(text: \"Q\", points: [\"p\"], note: \"lost\"),\n    ],\n)";
        let file = read_guide(Path::new("g.ron"), text).expect("loads");
        let unknown: Vec<&Placed> = file
            .findings
            .iter()
            .filter(|p| matches!(p.finding, Finding::UnknownField { .. }))
            .collect();
        assert_eq!(unknown.len(), 1, "{:?}", file.findings);
        assert_eq!(unknown[0].position, Some((6, 44)));
        let message = unknown[0].finding.to_string();
        assert!(
            message.contains("`questions.0.note`") && message.contains("did you mean `notes`?"),
            "{message}"
        );
        assert_eq!(file.guide.schema_version, GUIDE_SCHEMA_VERSION, "migrated");
    }

    #[test]
    fn markdown_problems_are_placed_at_their_step() {
        let text = "---\ntitle: T\npurpose: P\nlanguages: en\n---\n\n# What helps?\nminutes: 0\n";
        let file = read_guide(Path::new("g.md"), text).expect("loads");
        let places: Vec<_> = file.findings.iter().map(|p| p.position).collect();
        assert_eq!(
            places,
            vec![Some((8, 1)), Some((7, 1))],
            "{:?}",
            file.findings
        );
    }
}
