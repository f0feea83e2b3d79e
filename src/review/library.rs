//! The library: one row per session file in the data folder and in any folder the host added,
//! sortable and filterable. A broken file is a row with its error; it never hides the others.
//! Reading a thousand files takes seconds, so rows come from the review index
//! ([`super::index`]) when a file is unchanged, read on a background thread with progress.

use std::path::PathBuf;
use std::time::SystemTime;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use super::index::{LibraryLoader, Progress, Scan, folders, scan, scan_showing, session_files};
use crate::model::{Figures, PeopleCount, Session, Step};
use crate::store::people::fold;

/// What the library shows about one café.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct CafeSummary {
    pub id: Uuid,
    pub date: NaiveDate,
    pub title: String,
    /// The guide's title.
    pub guide: String,
    /// The series name as shown (the guide's title when the host named none).
    pub series: String,
    pub people: u32,
    pub first_visits: PeopleCount,
    pub tables: u32,
    /// Notes that may be shown (deleted and private notes are not counted).
    pub notes: u32,
    pub themes: u32,
    pub open_actions: u32,
    /// From the first step shown to the last, to the nearest minute.
    pub minutes: u32,
    pub venue: String,
    /// The step the café is at.
    pub step: Step,
}

impl CafeSummary {
    pub fn of(session: &Session) -> Self {
        let figures = Figures::of(&session.attendees, &session.tallies);
        Self {
            id: session.id,
            date: session.details.date,
            title: session.details.title.clone(),
            guide: session.guide.title.clone(),
            series: session.series_name().to_owned(),
            people: figures.total,
            first_visits: figures.first_timers,
            tables: u32::try_from(session.tables.len()).unwrap_or(u32::MAX),
            notes: count(session.live_notes().filter(|n| !n.private)),
            themes: count(session.themes.iter().filter(|t| !t.deleted)),
            open_actions: count(session.commitments.iter().filter(|c| !c.deleted && !c.done)),
            minutes: session.length_minutes(),
            venue: session.details.venue.clone(),
            step: session.current,
        }
    }

    /// The café reached its closing step.
    pub fn finished(&self) -> bool {
        self.step == Step::Closing
    }
}

fn count<T>(items: impl Iterator<Item = T>) -> u32 {
    u32::try_from(items.count()).unwrap_or(u32::MAX)
}

/// One session file in the library: its summary, or why it could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CafeRow {
    pub path: PathBuf,
    /// When the file was last changed (`None` when it cannot be looked at).
    pub modified: Option<SystemTime>,
    pub summary: Result<CafeSummary, crate::store::FileError>,
}

/// The columns a library can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Date,
    Title,
    Guide,
    Series,
    People,
    FirstVisits,
    Tables,
    Notes,
    Themes,
    OpenActions,
    Length,
}

impl SortKey {
    pub const ALL: [SortKey; 11] = [
        SortKey::Date,
        SortKey::Title,
        SortKey::Guide,
        SortKey::Series,
        SortKey::People,
        SortKey::FirstVisits,
        SortKey::Tables,
        SortKey::Notes,
        SortKey::Themes,
        SortKey::OpenActions,
        SortKey::Length,
    ];

    /// The column heading.
    pub fn label(self) -> &'static str {
        match self {
            SortKey::Date => "Date",
            SortKey::Title => "Title",
            SortKey::Guide => "Guide",
            SortKey::Series => "Series",
            SortKey::People => "People",
            SortKey::FirstVisits => "First visits",
            SortKey::Tables => "Tables",
            SortKey::Notes => "Notes",
            SortKey::Themes => "Themes",
            SortKey::OpenActions => "Open actions",
            SortKey::Length => "Length",
        }
    }
}

/// Which rows to show. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words that must each start a word of the title, guide, series or file name.
    pub text: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub guide: String,
    pub series: String,
}

impl Filter {
    /// Whether `row` passes. Broken files pass when no field other than the text is set, so a
    /// problem is never hidden by default.
    pub fn matches(&self, row: &CafeRow) -> bool {
        let words: Vec<String> = fold(&self.text)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let file = row
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        match &row.summary {
            Err(e) => {
                self.from.is_none()
                    && self.to.is_none()
                    && self.guide.is_empty()
                    && self.series.is_empty()
                    && crate::store::people::matches_words(&fold(&format!("{file} {e}")), &words)
            }
            Ok(s) => {
                let haystack = fold(&format!("{} {} {} {file}", s.title, s.guide, s.series));
                crate::store::people::matches_words(&haystack, &words)
                    && self.from.is_none_or(|d| s.date >= d)
                    && self.to.is_none_or(|d| s.date <= d)
                    && (self.guide.is_empty() || s.guide == self.guide)
                    && (self.series.is_empty() || s.series == self.series)
            }
        }
    }
}

/// The indexes of the rows that pass `filter`, sorted by `key` (broken files last).
pub fn view(rows: &[CafeRow], filter: &Filter, key: SortKey, descending: bool) -> Vec<usize> {
    let mut shown: Vec<usize> = (0..rows.len())
        .filter(|&i| filter.matches(&rows[i]))
        .collect();
    shown.sort_by(|&a, &b| {
        let order = match (&rows[a].summary, &rows[b].summary) {
            (Ok(x), Ok(y)) => {
                let o = compare(x, y, key);
                if descending { o.reverse() } else { o }
            }
            (Ok(_), Err(_)) => std::cmp::Ordering::Less,
            (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
            (Err(_), Err(_)) => std::cmp::Ordering::Equal,
        };
        order.then_with(|| rows[a].path.cmp(&rows[b].path))
    });
    shown
}

fn compare(x: &CafeSummary, y: &CafeSummary, key: SortKey) -> std::cmp::Ordering {
    match key {
        SortKey::Date => x.date.cmp(&y.date),
        SortKey::Title => fold(&x.title).cmp(&fold(&y.title)),
        SortKey::Guide => fold(&x.guide).cmp(&fold(&y.guide)),
        SortKey::Series => fold(&x.series).cmp(&fold(&y.series)),
        SortKey::People => x.people.cmp(&y.people),
        SortKey::FirstVisits => x.first_visits.cmp(&y.first_visits),
        SortKey::Tables => x.tables.cmp(&y.tables),
        SortKey::Notes => x.notes.cmp(&y.notes),
        SortKey::Themes => x.themes.cmp(&y.themes),
        SortKey::OpenActions => x.open_actions.cmp(&y.open_actions),
        SortKey::Length => x.minutes.cmp(&y.minutes),
    }
    .then_with(|| x.date.cmp(&y.date))
}

/// The different guides and series among the rows, sorted, for the filter menus.
pub fn choices(rows: &[CafeRow]) -> (Vec<String>, Vec<String>) {
    let mut guides: Vec<String> = Vec::new();
    let mut series: Vec<String> = Vec::new();
    for s in rows.iter().filter_map(|r| r.summary.as_ref().ok()) {
        if !guides.contains(&s.guide) {
            guides.push(s.guide.clone());
        }
        if !series.contains(&s.series) {
            series.push(s.series.clone());
        }
    }
    guides.sort();
    series.sort();
    (guides, series)
}
