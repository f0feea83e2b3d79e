//! Half-typed notes, kept beside the sessions so a crash or a flat battery does not lose
//! what a note-taker was in the middle of typing. One small file per café.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::model::NoteAt;

/// A half-typed note: its text, and the question and round on screen when typing began (the
/// note belongs there, even if the facilitator moves on before it is added).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub text: String,
    /// `None` while nothing is typed (and in drafts kept by earlier versions).
    #[serde(default)]
    pub at: Option<NoteAt>,
}

impl Draft {
    pub fn new(text: impl Into<String>, at: Option<NoteAt>) -> Self {
        Self {
            text: text.into(),
            at,
        }
    }

    /// Whether nothing but spaces is typed.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// Unfinished notes per table.
pub type Drafts = BTreeMap<Uuid, Draft>;

/// The drafts file of the café `session` kept in the file `cafe`, in `drafts_dir`: one per
/// copy of the café, so two copies open at once (a second laptop's file, a copy on a stick)
/// never write each other's half-typed notes.
pub fn path(drafts_dir: &Path, session: Uuid, cafe: &Path) -> PathBuf {
    drafts_dir.join(format!("{}-{:016x}.ron", session.simple(), copy_key(cafe)))
}

/// Where drafts were kept before each copy had its own file: one per café.
pub fn shared_path(drafts_dir: &Path, session: Uuid) -> PathBuf {
    drafts_dir.join(format!("{}.ron", session.simple()))
}

/// A number that stays the same for the same café file however it is named (a relative
/// path, a link), from its real place on disk: FNV-1a of that place.
fn copy_key(cafe: &Path) -> u64 {
    let real = super::atomic::resolve_link(cafe);
    let place = match (real.parent(), real.file_name()) {
        (Some(dir), Some(name)) => std::fs::canonicalize(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        })
        .map_or_else(|_| real.clone(), |dir| dir.join(name)),
        _ => real.clone(),
    };
    place
        .as_os_str()
        .as_encoded_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
            (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
        })
}

/// The drafts kept for a café; none when the file is missing. When the file exists but cannot
/// be read, the error says why, for the caller to show (the half-typed notes in
/// it would otherwise vanish without a word).
pub fn try_load(path: &Path) -> Result<Drafts, super::FileError> {
    if !path.exists() {
        return Ok(Drafts::new());
    }
    let text = super::format::read_text(path)?;
    let drafts: Drafts = match ron::from_str(&text) {
        Ok(drafts) => drafts,
        // Earlier versions kept the text alone: it is filed where the café is now.
        Err(e) => ron::from_str::<BTreeMap<Uuid, String>>(&text)
            .map_err(|_| super::FileError::new(path, None, e.to_string()))?
            .into_iter()
            .map(|(table, text)| (table, Draft::new(text, None)))
            .collect(),
    };
    Ok(drafts.into_iter().filter(|(_, d)| !d.is_blank()).collect())
}

/// Like [`try_load`], for callers that cannot show a message yet: an unreadable file is
/// logged and counts as no drafts.
pub fn load(path: &Path) -> Drafts {
    try_load(path).unwrap_or_else(|e| {
        log::warn!("half-typed notes from last time could not be read: {e}");
        Drafts::new()
    })
}

/// The text to write for `drafts` (empty drafts left out).
pub fn to_text(drafts: &Drafts) -> Result<String, ron::Error> {
    let kept: Drafts = drafts
        .iter()
        .filter(|(_, d)| !d.is_blank())
        .map(|(k, v)| (*k, v.clone()))
        .collect();
    ron::ser::to_string_pretty(&kept, ron::ser::PrettyConfig::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_round_trip_and_empty_ones_are_dropped() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = path(dir.path(), Uuid::new_v4(), &dir.path().join("cafe.ron"));
        let mut drafts = Drafts::new();
        let at = NoteAt {
            question: Some(1),
            round: 2,
        };
        drafts.insert(
            Uuid::new_v4(),
            Draft::new("half a \"thought\"\nand more", Some(at)),
        );
        drafts.insert(Uuid::new_v4(), Draft::new("   ", None));
        std::fs::write(&file, to_text(&drafts).expect("text")).expect("write");
        let back = load(&file);
        assert_eq!(back.len(), 1);
        assert_eq!(
            back.values().next(),
            Some(&Draft::new("half a \"thought\"\nand more", Some(at)))
        );
        assert!(load(&dir.path().join("missing.ron")).is_empty());
    }

    #[test]
    fn each_copy_of_a_cafe_has_its_own_drafts_file_however_it_is_named() {
        let dir = tempfile::tempdir().expect("temp dir");
        let id = Uuid::new_v4();
        let one = dir.path().join("cafe.ron");
        let other = dir.path().join("copy").join("cafe.ron");
        std::fs::create_dir(dir.path().join("copy")).expect("dir");
        assert_ne!(path(dir.path(), id, &one), path(dir.path(), id, &other));
        let roundabout = dir.path().join("copy").join("..").join("cafe.ron");
        assert_eq!(
            path(dir.path(), id, &one),
            path(dir.path(), id, &roundabout)
        );
    }

    #[test]
    fn drafts_kept_by_an_earlier_version_still_come_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = path(dir.path(), Uuid::new_v4(), &dir.path().join("cafe.ron"));
        let table = Uuid::new_v4();
        std::fs::write(&file, format!("{{\"{table}\": \"half a thought\"}}")).expect("write");
        assert_eq!(
            try_load(&file).expect("readable").get(&table),
            Some(&Draft::new("half a thought", None))
        );
    }

    #[test]
    fn unreadable_drafts_are_an_error_a_person_can_read() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = path(dir.path(), Uuid::new_v4(), &dir.path().join("cafe.ron"));
        assert_eq!(try_load(&file), Ok(Drafts::new()), "no file, no drafts");
        std::fs::write(&file, "{ not: drafts").expect("write");
        let error = try_load(&file).expect_err("unreadable");
        assert_eq!(error.path, file, "{error}");
        assert!(
            matches!(error.problem, crate::store::FileProblem::Text(_)),
            "{error:?}"
        );
        assert!(file.exists(), "the file is not removed");
    }
}
