//! The person's choices that belong to this computer rather than to a café: the interface
//! language, the extra folders the review of past cafés lists and where the window was. Kept in
//! `preferences.ron` in the data folder; a missing or damaged file means the defaults, and
//! the damaged one is said once (the interface words it) and replaced at the next change.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::DataDir;
use super::atomic::write_atomic;

/// What this computer remembers between runs.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Preferences {
    /// The interface language's code ("es"); none means the system's language.
    #[serde(default)]
    pub language: Option<String>,
    /// Folders of session files the review lists besides the data folder's own.
    #[serde(default)]
    pub review_folders: Vec<PathBuf>,
    /// Where the console's window was when it last closed.
    #[serde(default)]
    pub window: Option<WindowPlace>,
    /// Cafés this computer shares through a shared folder, so they are shared again when
    /// they open after a restart.
    #[serde(default)]
    pub shared: Vec<SharedCafe>,
}

/// A café shared through a shared folder from this computer, and this laptop's part in it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct SharedCafe {
    pub cafe: uuid::Uuid,
    /// The café's own folder inside the shared folder.
    pub folder: PathBuf,
    pub role: super::shared::Role,
}

/// A window's size and place on the desktop, in points (the screen's pixels over its scale).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq)]
pub struct WindowPlace {
    /// The top left corner of the window's frame.
    pub x: f32,
    pub y: f32,
    /// The size inside the frame.
    pub width: f32,
    pub height: f32,
    /// It filled its screen.
    pub maximized: bool,
}

/// A preferences file that could not be read or written, as facts for the interface to word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    /// The system's reason.
    pub why: String,
}

fn path(data: &DataDir) -> PathBuf {
    data.root.join("preferences.ron")
}

impl Preferences {
    /// The remembered choices, and why they could not be read (the defaults are used then).
    /// A missing file is no problem: nothing was chosen yet.
    pub fn load(data: &DataDir) -> (Self, Option<Problem>) {
        let file = path(data);
        let problem = |why: String| {
            Some(Problem {
                file: file.clone(),
                why,
            })
        };
        match super::read::read_optional(&file, super::read::MAX_SMALL_BYTES) {
            Ok(Some(text)) => match ron::from_str(&text) {
                Ok(prefs) => (prefs, None),
                Err(e) => (Self::default(), problem(e.to_string())),
            },
            Ok(None) => (Self::default(), None),
            Err(e) => (Self::default(), problem(e.message)),
        }
    }

    /// Remember these choices, safely replacing the file.
    pub fn save(&self, data: &DataDir) -> Result<(), Problem> {
        let file = path(data);
        let problem = |why: String| Problem {
            file: file.clone(),
            why,
        };
        let text = super::to_ron(self).map_err(|e| problem(e.to_string()))?;
        write_atomic(&file, text.as_bytes()).map_err(|e| problem(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_round_trip_and_a_damaged_file_gives_the_defaults_in_words() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = DataDir::new(dir.path());
        assert_eq!(Preferences::load(&data), (Preferences::default(), None));
        let prefs = Preferences {
            language: Some("es".into()),
            review_folders: vec![dir.path().join("old cafés")],
            window: Some(WindowPlace {
                x: 40.0,
                y: 30.0,
                width: 1000.0,
                height: 540.0,
                maximized: false,
            }),
            shared: vec![SharedCafe {
                cafe: uuid::Uuid::new_v4(),
                folder: dir.path().join("Sync").join("cafe"),
                role: super::super::shared::Role::Table(3),
            }],
        };
        prefs.save(&data).expect("saved");
        assert_eq!(Preferences::load(&data), (prefs, None));

        std::fs::write(path(&data), "Preferences(language: ").expect("damage");
        let (loaded, problem) = Preferences::load(&data);
        assert_eq!(loaded, Preferences::default());
        assert!(problem.is_some_and(|p| p.file == path(&data) && !p.why.is_empty()));
    }
}
