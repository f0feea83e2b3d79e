//! A series of cafés (usually three to seven evenings) seen together: who came to each, first
//! visits against returning people, languages over time, the tags and themes that keep coming
//! up, and every action still open, with the café it belongs to.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::{DateTime, Local, NaiveDate, Utc};
use uuid::Uuid;

use crate::model::{Figures, Role, Session, Tag};
use crate::store::people::fold;

/// One café of the series, in figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesCafe {
    pub path: PathBuf,
    pub title: String,
    pub date: NaiveDate,
    /// When it began (its first step on screen): two cafés on one day are told apart by it.
    pub started: DateTime<Utc>,
    pub figures: Figures,
    /// People who had come to an earlier café (`None` when the café took counts only).
    pub returning: Option<u32>,
    pub counts_only: bool,
}

/// A commitment of one café of the series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesAction {
    /// The café's file, where marking it done is saved.
    pub path: PathBuf,
    pub cafe: String,
    pub date: NaiveDate,
    pub id: Uuid,
    pub text: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
    pub done: bool,
}

/// The figures of a whole series.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesSummary {
    pub name: String,
    /// Oldest first.
    pub cafes: Vec<SeriesCafe>,
    /// Every role seen, with the number of people per café (same order as `cafes`).
    pub roles: BTreeMap<Role, Vec<u32>>,
    /// Every language seen, with the number of people per café.
    pub languages: BTreeMap<String, Vec<u32>>,
    /// Tags on notes, most frequent first.
    pub tags: Vec<(Tag, u32)>,
    /// Theme titles (as first written), with the number of cafés that had them, most first.
    pub themes: Vec<(String, u32)>,
    /// Open actions first (oldest café first), then the done ones.
    pub actions: Vec<SeriesAction>,
}

impl SeriesSummary {
    /// The time café `i` began, on this computer's clock ("18:30"), when another café of the
    /// series shares its date: a chart names such cafés by date and time, so two cafés on
    /// one day are never both "1 Dec".
    pub fn time_if_same_day(&self, i: usize) -> Option<String> {
        let cafe = self.cafes.get(i)?;
        let shared = self
            .cafes
            .iter()
            .enumerate()
            .any(|(j, other)| j != i && other.date == cafe.date);
        shared.then(|| {
            cafe.started
                .with_timezone(&Local)
                .format("%H:%M")
                .to_string()
        })
    }

    /// The summary of `name` from these cafés (any order; cafés of other series are skipped).
    pub fn of(name: &str, sessions: &[(PathBuf, Session)]) -> Self {
        let wanted = fold(name);
        let mut members = one_per_cafe(
            sessions
                .iter()
                .filter(|(_, s)| fold(s.series_name()) == wanted),
        );
        members.sort_by_key(|(p, s)| (s.details.date, s.started_at(), p.clone()));
        let cafes: Vec<SeriesCafe> = members
            .iter()
            .map(|(path, s)| {
                let figures = Figures::of(&s.attendees, &s.tallies);
                // Known only when everyone was signed in by name.
                let returning = figures
                    .first_timers
                    .known()
                    .map(|first| figures.total.saturating_sub(first));
                SeriesCafe {
                    path: path.clone(),
                    title: s.details.title.clone(),
                    date: s.details.date,
                    started: s.started_at(),
                    figures,
                    returning,
                    counts_only: s.counts_only,
                }
            })
            .collect();
        let mut roles: BTreeMap<Role, Vec<u32>> = BTreeMap::new();
        let mut languages: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for (i, c) in cafes.iter().enumerate() {
            for (role, n) in &c.figures.by_role {
                roles.entry(*role).or_insert_with(|| vec![0; cafes.len()])[i] = *n;
            }
            for (lang, n) in &c.figures.by_language {
                languages
                    .entry(lang.clone())
                    .or_insert_with(|| vec![0; cafes.len()])[i] = *n;
            }
        }
        let mut tag_counts: BTreeMap<Tag, u32> = BTreeMap::new();
        let mut theme_counts: BTreeMap<String, (String, u32)> = BTreeMap::new();
        let mut actions = Vec::new();
        for (path, s) in &members {
            for n in s.live_notes().filter(|n| !n.private) {
                for t in &n.tags {
                    *tag_counts.entry(*t).or_default() += 1;
                }
            }
            let mut seen = Vec::new();
            for t in s.themes.iter().filter(|t| !t.deleted) {
                let key = fold(&t.title);
                if seen.contains(&key) {
                    continue;
                }
                theme_counts
                    .entry(key.clone())
                    .or_insert_with(|| (t.title.trim().to_owned(), 0))
                    .1 += 1;
                seen.push(key);
            }
            for c in s.commitments.iter().filter(|c| !c.deleted) {
                actions.push(SeriesAction {
                    path: path.clone(),
                    cafe: s.details.title.clone(),
                    date: s.details.date,
                    id: c.id,
                    text: c.text.clone(),
                    owner: c.owner.clone(),
                    due: c.due,
                    done: c.done,
                });
            }
        }
        // A stable sort keeps the cafés' order within open and within done.
        actions.sort_by_key(|a| a.done);
        let mut tags: Vec<(Tag, u32)> = tag_counts.into_iter().collect();
        tags.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut themes: Vec<(String, u32)> = theme_counts.into_values().collect();
        themes.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Self {
            name: members.first().map_or_else(
                || name.trim().to_owned(),
                |(_, s)| s.series_name().to_owned(),
            ),
            cafes,
            roles,
            languages,
            tags,
            themes,
            actions,
        }
    }

    pub fn open_actions(&self) -> impl Iterator<Item = &SeriesAction> {
        self.actions.iter().filter(|a| !a.done)
    }
}

/// One entry per café, however many copies of it there are (a second laptop's file, a copy
/// kept in another folder): the copies of one café (one id) are merged into the copy changed
/// last, whose file is the one an action marked done is saved to.
fn one_per_cafe<'a>(
    sessions: impl Iterator<Item = &'a (PathBuf, Session)>,
) -> Vec<(PathBuf, Session)> {
    let mut by_id: BTreeMap<Uuid, Vec<&'a (PathBuf, Session)>> = BTreeMap::new();
    for entry in sessions {
        by_id.entry(entry.1.id).or_default().push(entry);
    }
    by_id
        .into_values()
        .filter_map(|mut copies| {
            copies.sort_by_key(|(path, s)| (s.last_recorded(), std::cmp::Reverse(path.clone())));
            let (path, newest) = copies.pop()?;
            let mut merged = newest.clone();
            for (_, copy) in copies {
                if let Err(e) = merged.merge(copy) {
                    log::warn!("{}: {e}", path.display());
                }
            }
            Some((path.clone(), merged))
        })
        .collect()
}

/// Every session file in `folders` that loads, with its path (broken files are skipped; the
/// library lists them with their errors).
pub fn load_all(folders: &[PathBuf]) -> Vec<(PathBuf, Session)> {
    super::library::session_files(folders)
        .into_iter()
        .filter_map(|p| crate::store::load_session(&p).ok().map(|l| (p, l.session)))
        .collect()
}
