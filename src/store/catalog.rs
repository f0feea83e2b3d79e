//! The guides to choose from: those bundled with the app and those in the data folder. (The
//! cafés on file are listed by the review index, `crate::review::index`.)

use std::path::{Path, PathBuf};

use super::format::FileError;
use super::guide_file::{GuideFile, Placed, load_guide_file, read_guide};
use crate::model::Guide;

/// Guides that ship inside the app, so a fresh install has something to run.
pub const BUNDLED_GUIDES: &[(&str, &str)] = &[
    (
        "parent-school-partnership.ron",
        include_str!("../../assets/guides/parent-school-partnership.ron"),
    ),
    (
        "getting-to-know-each-other.ron",
        include_str!("../../assets/guides/getting-to-know-each-other.ron"),
    ),
    (
        "learning-at-home.ron",
        include_str!("../../assets/guides/learning-at-home.ron"),
    ),
    (
        "meeting-the-new-teacher.md",
        include_str!("../../assets/guides/meeting-the-new-teacher.md"),
    ),
];

/// Where a guide came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GuideSource {
    Bundled(&'static str),
    File(PathBuf),
}

/// A guide on offer, or the reason it cannot be used.
#[derive(Debug, Clone)]
pub struct GuideEntry {
    pub source: GuideSource,
    pub guide: Result<Guide, FileError>,
    /// What `cafe-host check` says about the guide besides, each at its place: fields this
    /// version does not know (their content is not used) and problems to fix.
    pub findings: Vec<Placed>,
}

impl GuideEntry {
    fn read(source: GuideSource, file: Result<GuideFile, Vec<FileError>>) -> Self {
        match file {
            Ok(file) => Self {
                source,
                guide: Ok(file.guide),
                findings: file.findings,
            },
            Err(errors) => Self {
                source,
                guide: Err(errors
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| FileError::new(Path::new(""), None, "unreadable"))),
                findings: Vec::new(),
            },
        }
    }

    /// Whether this is one of the guides that come with the app (read-only templates).
    pub fn is_template(&self) -> bool {
        matches!(self.source, GuideSource::Bundled(_))
    }

    /// The guide's file in the data folder, for one of the person's own guides.
    pub fn file(&self) -> Option<&Path> {
        match &self.source {
            GuideSource::File(path) => Some(path),
            GuideSource::Bundled(_) => None,
        }
    }

    /// The file's name, to tell apart two guides with one title.
    pub fn file_name(&self) -> String {
        match &self.source {
            GuideSource::Bundled(name) => (*name).to_owned(),
            GuideSource::File(path) => path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        }
    }

    /// A name for lists: the guide's title, or the file's name when it did not load.
    pub fn name(&self) -> String {
        match (&self.guide, &self.source) {
            (Ok(g), _) => g.title.clone(),
            (Err(_), GuideSource::Bundled(name)) => (*name).to_owned(),
            (Err(_), GuideSource::File(path)) => path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        }
    }
}

/// The bundled guides followed by those in `guides_dir` (a missing folder is simply empty).
pub fn list_guides(guides_dir: &Path) -> Vec<GuideEntry> {
    let mut out: Vec<GuideEntry> = BUNDLED_GUIDES
        .iter()
        .map(|(name, text)| {
            GuideEntry::read(
                GuideSource::Bundled(name),
                read_guide(Path::new(name), text),
            )
        })
        .collect();
    for path in files_with(guides_dir, &["ron", "md"]) {
        let file = load_guide_file(&path);
        out.push(GuideEntry::read(GuideSource::File(path), file));
    }
    out
}

/// Files directly in `dir` whose names end in one of `extensions`, sorted by name; hidden and
/// temporary files are skipped.
fn files_with(dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .is_some_and(|e| extensions.iter().any(|x| e == *x))
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_guides_all_load() {
        let dir = tempfile::tempdir().expect("temp dir");
        let guides = list_guides(&dir.path().join("missing"));
        assert_eq!(guides.len(), BUNDLED_GUIDES.len());
        for entry in &guides {
            let guide = entry
                .guide
                .as_ref()
                .map_err(ToString::to_string)
                .expect("loads");
            assert!((4..=7).contains(&guide.questions.len()), "{}", guide.title);
            assert_eq!(entry.findings, Vec::new(), "{}", guide.title);
            for q in &guide.questions {
                assert!((3..=6).contains(&q.points.len()), "{}", q.text);
                assert!(!q.notes.text.trim().is_empty(), "{}", q.text);
            }
        }
        let bilingual = guides
            .iter()
            .filter_map(|e| e.guide.as_ref().ok())
            .any(|g| g.questions.iter().all(|q| q.translation("es").is_some()));
        assert!(bilingual, "one guide carries every question in Spanish");
    }

    #[test]
    fn a_broken_guide_file_is_listed_with_its_problem() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("broken.ron"), "Guide(title: ").expect("write");
        let guides = list_guides(dir.path());
        let broken = guides.last().expect("listed");
        assert_eq!(broken.name(), "broken.ron");
        assert!(broken.guide.is_err());
    }
}
