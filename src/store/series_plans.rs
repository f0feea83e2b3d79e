//! The series plans of this computer, kept in `series.ron` in the data folder and written
//! only here, atomically and durably. A plans file that cannot be read is never saved over:
//! the reader keeps the problem, and only the person's choice sets the file aside.

use std::path::{Path, PathBuf};

use super::DataDir;
use super::atomic::{ensure_private_dir, rename_durably, write_atomic};
use super::format::{FileError, FileProblem, parse, schema_version_of};
use super::reason::OsReason;
use crate::model::series_plan::{PLANS_VERSION, SeriesPlans};

/// Why the plans could not be saved or set aside: which file, and why (the system's reason,
/// worded at the screen).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotWritten {
    pub file: PathBuf,
    pub why: super::guides::NotWritten,
}

impl std::fmt::Display for NotWritten {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} could not be written: {}",
            self.file.display(),
            self.why
        )
    }
}

/// Where the plans are kept.
pub fn plans_file(data: &DataDir) -> PathBuf {
    data.root.join("series.ron")
}

/// The plans on file. No file yet means no plans; a file that cannot be used (broken, or
/// written by a newer version) is the error.
pub fn load(data: &DataDir) -> Result<SeriesPlans, FileError> {
    let file = plans_file(data);
    let text = match super::read::read_optional(&file, super::read::MAX_SMALL_BYTES) {
        Ok(Some(text)) => text,
        Ok(None) => return Ok(SeriesPlans::default()),
        Err(e) => return Err(e),
    };
    if let Some(v) = schema_version_of(&text).filter(|v| *v > PLANS_VERSION) {
        return Err(FileError::of(
            &file,
            None,
            FileProblem::Newer(v),
            format!(
                "these series plans were saved by a newer version of Café Host (format {v}) and cannot be read here"
            ),
        ));
    }
    parse::<SeriesPlans>(&file, &text).map(|(plans, _unknown)| plans)
}

/// Keep `plans`, safely replacing the file (the previous version stays beside it as `.bak`).
pub fn save(data: &DataDir, plans: &SeriesPlans) -> Result<(), NotWritten> {
    let file = plans_file(data);
    let not_written = |e: &std::io::Error| NotWritten {
        file: file.clone(),
        why: super::guides::NotWritten::Disk(OsReason::of(e)),
    };
    ensure_private_dir(&data.root).map_err(|e| not_written(&e))?;
    let text = super::to_ron(plans).map_err(|e| NotWritten {
        file: file.clone(),
        why: super::guides::NotWritten::AsText(e.to_string()),
    })?;
    write_atomic(&file, text.as_bytes()).map_err(|e| not_written(&e))
}

/// Move a plans file that cannot be read out of the way, under a name of its own beside it
/// (`series.ron.unreadable`, or `…-2` and so on when that is taken), so new plans can be
/// made and the old file is still there to mend or show someone. Returns where it went.
pub fn set_aside(data: &DataDir) -> Result<PathBuf, NotWritten> {
    let file = plans_file(data);
    let aside = free_aside_name(&file);
    rename_durably(&file, &aside).map_err(|e| NotWritten {
        file: file.clone(),
        why: super::guides::NotWritten::Disk(OsReason::of(&e)),
    })?;
    Ok(aside)
}

fn free_aside_name(file: &Path) -> PathBuf {
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    (1..)
        .map(|n| {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            file.with_file_name(format!("{name}.unreadable{suffix}"))
        })
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| file.with_file_name(format!("{name}.unreadable")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::series_plan::{PlannedCafe, SeriesPlan};

    fn plans() -> SeriesPlans {
        let mut plan = SeriesPlan::new("Lincoln Family Café");
        plan.cafes.push(PlannedCafe {
            id: uuid::Uuid::new_v4(),
            guide_file: "learning-at-home.ron".into(),
            guide_title: "Learning at Home".into(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day"),
            venue: "Lincoln Library".into(),
            starts_at: crate::model::ClockTime::new(18, 0),
            title: "Reading together".into(),
        });
        SeriesPlans {
            schema_version: PLANS_VERSION,
            series: vec![plan],
        }
    }

    #[test]
    fn plans_round_trip_and_no_file_means_no_plans() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = DataDir::new(dir.path().join("data"));
        assert_eq!(load(&data), Ok(SeriesPlans::default()));
        let plans = plans();
        save(&data, &plans).expect("saved");
        assert_eq!(load(&data), Ok(plans));
    }

    #[test]
    fn a_broken_or_newer_file_is_reported_and_set_aside_only_when_asked() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = DataDir::new(dir.path());
        let file = plans_file(&data);
        std::fs::write(&file, "SeriesPlans(schema_version: 1, series: [").expect("write");
        let e = load(&data).expect_err("a broken file is a problem");
        assert_eq!(e.path, file);
        std::fs::write(&file, "(schema_version: 9, series: [], moons: 3)").expect("write");
        let e = load(&data).expect_err("a newer file is a problem");
        assert_eq!(e.problem, FileProblem::Newer(9));
        assert_eq!(
            std::fs::read_to_string(&file).expect("still there"),
            "(schema_version: 9, series: [], moons: 3)"
        );
        let aside = set_aside(&data).expect("set aside");
        assert_eq!(aside, dir.path().join("series.ron.unreadable"));
        assert!(!file.exists());
        assert_eq!(load(&data), Ok(SeriesPlans::default()));
        std::fs::write(&file, "broken again").expect("write");
        let second = set_aside(&data).expect("set aside");
        assert_eq!(second, dir.path().join("series.ron.unreadable-2"));
        assert!(aside.exists(), "the first one is kept");
    }
}
