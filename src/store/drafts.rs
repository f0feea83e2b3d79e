//! Half-typed notes, kept beside the sessions so a crash or a flat battery does not lose
//! what a note-taker was in the middle of typing. One small file per café.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use uuid::Uuid;

/// Unfinished note text per table.
pub type Drafts = BTreeMap<Uuid, String>;

/// The drafts file of the café `session` in `drafts_dir`.
pub fn path(drafts_dir: &Path, session: Uuid) -> PathBuf {
    drafts_dir.join(format!("{}.ron", session.simple()))
}

/// The drafts kept for a café (none if the file is missing or unreadable).
pub fn load(path: &Path) -> Drafts {
    let Ok(text) = super::format::read_text(path) else {
        return Drafts::new();
    };
    match ron::from_str::<Drafts>(&text) {
        Ok(drafts) => drafts
            .into_iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .collect(),
        Err(e) => {
            log::warn!("the drafts in {} could not be read: {e}", path.display());
            Drafts::new()
        }
    }
}

/// The text to write for `drafts` (empty drafts left out).
pub fn to_text(drafts: &Drafts) -> Result<String, ron::Error> {
    let kept: Drafts = drafts
        .iter()
        .filter(|(_, t)| !t.trim().is_empty())
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
        let file = path(dir.path(), Uuid::new_v4());
        let mut drafts = Drafts::new();
        drafts.insert(Uuid::new_v4(), "half a \"thought\"\nand more".into());
        drafts.insert(Uuid::new_v4(), "   ".into());
        std::fs::write(&file, to_text(&drafts).expect("text")).expect("write");
        let back = load(&file);
        assert_eq!(back.len(), 1);
        assert_eq!(
            back.values().next().map(String::as_str),
            Some("half a \"thought\"\nand more")
        );
        assert!(load(&dir.path().join("missing.ron")).is_empty());
    }
}
