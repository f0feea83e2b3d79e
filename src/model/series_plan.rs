//! A series plan: the cafés a host means to run, in order (guide, date, venue, and optionally
//! a start time and a title), so Home can say which one comes next and start it with its
//! details filled in. A planned café counts as held once a café of that series run on that
//! guide is on file, whether it was started from the plan or typed on Home by hand.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::guide::ClockTime;

/// The version of the plans file this build writes.
pub const PLANS_VERSION: u32 = 1;

/// Every series a host has planned on this computer.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct SeriesPlans {
    pub schema_version: u32,
    #[serde(default)]
    pub series: Vec<SeriesPlan>,
}

impl Default for SeriesPlans {
    fn default() -> Self {
        Self {
            schema_version: PLANS_VERSION,
            series: Vec::new(),
        }
    }
}

/// One series: its name (what Home's series field holds for its cafés) and its cafés in the
/// order they are to be held.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct SeriesPlan {
    pub id: Uuid,
    pub name: String,
    #[serde(default)]
    pub cafes: Vec<PlannedCafe>,
}

/// One café of a series, as planned.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct PlannedCafe {
    pub id: Uuid,
    /// The guide's file name (a bundled guide's name, or the file in the guides folder).
    pub guide_file: String,
    /// The guide's title when it was planned: what the cafés on file record, and what is
    /// shown when the guide's file has gone.
    pub guide_title: String,
    pub date: NaiveDate,
    #[serde(default)]
    pub venue: String,
    #[serde(default)]
    pub starts_at: Option<ClockTime>,
    /// The café's own title; empty means the guide's.
    #[serde(default)]
    pub title: String,
}

/// What the plan needs to know of a café on file to tell whether it held a planned one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CafeOnFile {
    /// The series name as shown (the guide's title when the host named none).
    pub series: String,
    /// The guide's title.
    pub guide: String,
    pub date: NaiveDate,
}

/// Names of series and titles of guides compare without their case and outer spaces, as a
/// person reads them.
fn same(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

impl SeriesPlan {
    pub fn new(name: &str) -> Self {
        Self {
            id: Uuid::new_v4(),
            name: name.trim().to_owned(),
            cafes: Vec::new(),
        }
    }

    /// For each planned café, whether a café on file held it. A café on file holds at most
    /// one planned café: first the one of its guide on its date, then the earliest of its
    /// guide still open, so a café held on another day than planned still counts, and a
    /// series that runs one guide twice needs two cafés.
    pub fn held(&self, on_file: &[CafeOnFile]) -> Vec<bool> {
        let mine: Vec<&CafeOnFile> = on_file
            .iter()
            .filter(|c| same(&c.series, &self.name))
            .collect();
        let mut used = vec![false; mine.len()];
        let mut held = vec![false; self.cafes.len()];
        let claim = |planned: &PlannedCafe, on_date: bool, used: &mut [bool]| {
            let found = mine.iter().enumerate().position(|(i, c)| {
                !used[i]
                    && same(&c.guide, &planned.guide_title)
                    && (!on_date || c.date == planned.date)
            });
            if let Some(i) = found {
                used[i] = true;
            }
            found.is_some()
        };
        for on_date in [true, false] {
            for (planned, held) in self.cafes.iter().zip(held.iter_mut()) {
                if !*held {
                    *held = claim(planned, on_date, &mut used);
                }
            }
        }
        held
    }

    /// The first planned café not yet held, with its place in the series.
    pub fn next(&self, on_file: &[CafeOnFile]) -> Option<(usize, &PlannedCafe)> {
        let held = self.held(on_file);
        self.cafes.iter().enumerate().find(|(i, _)| !held[*i])
    }

    /// Move the café at `index` one place earlier (`up`) or later; at either end nothing moves.
    pub fn shift(&mut self, index: usize, up: bool) {
        let other = if up {
            index.checked_sub(1)
        } else {
            Some(index + 1)
        };
        if let Some(other) = other
            && index < self.cafes.len()
            && other < self.cafes.len()
        {
            self.cafes.swap(index, other);
        }
    }
}

impl PlannedCafe {
    /// The title the café is started with: its own, or the guide's.
    pub fn title_or_guide(&self) -> &str {
        if self.title.trim().is_empty() {
            &self.guide_title
        } else {
            &self.title
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).expect("a day")
    }

    fn planned(guide: &str, date: NaiveDate) -> PlannedCafe {
        PlannedCafe {
            id: Uuid::new_v4(),
            guide_file: format!("{guide}.ron"),
            guide_title: guide.to_owned(),
            date,
            venue: "Library".into(),
            starts_at: None,
            title: String::new(),
        }
    }

    fn on_file(series: &str, guide: &str, date: NaiveDate) -> CafeOnFile {
        CafeOnFile {
            series: series.into(),
            guide: guide.into(),
            date,
        }
    }

    fn plan() -> SeriesPlan {
        let mut plan = SeriesPlan::new(" Lincoln Family Café ");
        plan.cafes = vec![
            planned("Reading", day(1)),
            planned("Talking", day(8)),
            planned("Reading", day(15)),
        ];
        plan
    }

    #[test]
    fn the_next_cafe_is_the_first_not_held_by_a_cafe_of_the_series() {
        let plan = plan();
        assert_eq!(plan.name, "Lincoln Family Café");
        assert_eq!(plan.next(&[]).map(|(i, _)| i), Some(0));
        // Another series' café on the same guide and day holds nothing here.
        let other = [on_file("Another series", "Reading", day(1))];
        assert_eq!(plan.next(&other).map(|(i, _)| i), Some(0));
        let first = [on_file("lincoln family café", "reading", day(1))];
        assert_eq!(plan.held(&first), [true, false, false]);
        assert_eq!(plan.next(&first).map(|(i, _)| i), Some(1));
        let all = [
            on_file("Lincoln Family Café", "Reading", day(1)),
            on_file("Lincoln Family Café", "Talking", day(9)),
            on_file("Lincoln Family Café", "Reading", day(16)),
        ];
        assert_eq!(plan.held(&all), [true, true, true]);
        assert_eq!(plan.next(&all), None);
    }

    #[test]
    fn a_cafe_held_on_its_date_counts_for_that_one_and_one_cafe_holds_one_plan() {
        let plan = plan();
        // The guide run twice: the café on the third one's date holds the third, not the first.
        let third = [on_file("Lincoln Family Café", "Reading", day(15))];
        assert_eq!(plan.held(&third), [false, false, true]);
        // Held on another day than planned, it holds the earliest open one of its guide.
        let late = [on_file("Lincoln Family Café", "Reading", day(3))];
        assert_eq!(plan.held(&late), [true, false, false]);
        let two = [late[0].clone(), late[0].clone()];
        assert_eq!(plan.held(&two), [true, false, true]);
    }

    #[test]
    fn shifting_moves_a_cafe_and_stops_at_the_ends() {
        let mut plan = plan();
        let ids: Vec<Uuid> = plan.cafes.iter().map(|c| c.id).collect();
        plan.shift(1, true);
        assert_eq!(plan.cafes[0].id, ids[1]);
        plan.shift(0, true);
        plan.shift(2, false);
        plan.shift(7, false);
        assert_eq!(
            plan.cafes.iter().map(|c| c.id).collect::<Vec<_>>(),
            [ids[1], ids[0], ids[2]]
        );
        plan.shift(1, false);
        assert_eq!(plan.cafes[2].id, ids[0]);
    }

    #[test]
    fn a_planned_cafe_without_a_title_takes_the_guides() {
        let mut cafe = planned("Reading", day(1));
        assert_eq!(cafe.title_or_guide(), "Reading");
        cafe.title = "Stories at bedtime".into();
        assert_eq!(cafe.title_or_guide(), "Stories at bedtime");
    }
}
