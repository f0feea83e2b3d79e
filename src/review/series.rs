//! A series of cafés (usually three to seven evenings) seen together: who came to each, first
//! visits against returning people, languages over time, the tags and themes that keep coming
//! up, and every action still open, with the café it belongs to.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::{DateTime, Local, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::follow::FollowThrough;
use super::library::{CafeRow, CafeSummary};
use crate::model::goodbye::GoodbyeCounts;
use crate::model::{ActionState, Figures, Role, Session, Tag};
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
    /// What the goodbye check heard at its door.
    pub goodbye: GoodbyeCounts,
    /// What came of its actions by the following café.
    pub follow: FollowThrough,
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

/// What a series needs of one café beyond its library row, kept in the review index so a
/// series is summed up without reading any café file.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct SeriesFacts {
    /// When the café began: the first moment any step was shown.
    pub started_at: DateTime<Utc>,
    pub counts_only: bool,
    pub figures: Figures,
    /// How many shown notes carry each tag.
    pub tags: Vec<(Tag, u32)>,
    /// The titles of its themes (deleted ones left out), as written.
    pub themes: Vec<String>,
    /// Its commitments (deleted ones left out).
    pub actions: Vec<ActionFacts>,
    /// The goodbye check's counts, every laptop at the door added up.
    #[serde(default)]
    pub goodbye: GoodbyeCounts,
    /// The actions of earlier cafés its "you said, we did" slide told the room were done.
    #[serde(default)]
    pub reported_done: Vec<Uuid>,
}

/// A commitment, as the index keeps it.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct ActionFacts {
    pub id: Uuid,
    pub text: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
    pub done: bool,
    /// When it was marked done, when that is known.
    #[serde(default)]
    pub done_at: Option<DateTime<Utc>>,
}

impl SeriesFacts {
    /// The facts of `session`, whose figures are `figures`.
    pub fn of(session: &Session, figures: Figures) -> Self {
        let mut tags: BTreeMap<Tag, u32> = BTreeMap::new();
        for n in session.live_notes().filter(|n| !n.private) {
            for t in &n.tags {
                *tags.entry(*t).or_default() += 1;
            }
        }
        Self {
            started_at: session.started_at(),
            counts_only: session.counts_only,
            figures,
            tags: tags.into_iter().collect(),
            themes: session
                .themes
                .iter()
                .filter(|t| !t.deleted)
                .map(|t| t.title.clone())
                .collect(),
            actions: session
                .commitments
                .iter()
                .filter(|c| !c.deleted)
                .map(|c| ActionFacts {
                    id: c.id,
                    text: c.text.clone(),
                    owner: c.owner.clone(),
                    due: c.due,
                    done: c.done,
                    done_at: c.done_at,
                })
                .collect(),
            goodbye: session.goodbye_counts(),
            reported_done: session
                .you_said
                .iter()
                .flat_map(|y| &y.actions)
                .filter(|a| a.state == ActionState::Done)
                .map(|a| a.id)
                .collect(),
        }
    }
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
        let members = one_per_cafe(
            sessions
                .iter()
                .filter(|(_, s)| fold(s.series_name()) == wanted),
        );
        let summaries = members.iter().map(|(path, s)| member(path, s)).collect();
        Self::of_cafes(name, summaries)
    }

    /// The summary of `name` from the library's rows and each café's `facts` (the review
    /// index): no café file is read, except the copies of a café found more than once, which
    /// are merged as [`SeriesSummary::of`] merges them (and a café whose facts are missing).
    pub fn from_rows(
        name: &str,
        rows: &[CafeRow],
        facts: &dyn Fn(&std::path::Path) -> Option<SeriesFacts>,
    ) -> Self {
        let wanted = fold(name);
        let mut by_id: BTreeMap<Uuid, Vec<(&PathBuf, &CafeSummary)>> = BTreeMap::new();
        for row in rows {
            if let Ok(summary) = &row.summary
                && fold(&summary.series) == wanted
            {
                by_id
                    .entry(summary.id)
                    .or_default()
                    .push((&row.path, summary));
            }
        }
        let mut members = Vec::new();
        for copies in by_id.into_values() {
            if let [(path, summary)] = copies[..]
                && let Some(facts) = facts(path)
            {
                members.push((path.clone(), summary.clone(), facts));
                continue;
            }
            let sessions: Vec<(PathBuf, Session)> = copies
                .iter()
                .filter_map(|(path, _)| {
                    crate::store::load_session(path)
                        .ok()
                        .map(|l| ((*path).clone(), l.session))
                })
                .collect();
            members.extend(
                one_per_cafe(sessions.iter())
                    .iter()
                    .map(|(path, s)| member(path, s)),
            );
        }
        Self::of_cafes(name, members)
    }

    /// The summary of `name` with no café yet (while its cafés are being read).
    pub fn empty(name: &str) -> Self {
        Self::of_cafes(name, Vec::new())
    }

    /// The summary of `name` for the cafés in `folders`, from the review index in `index_dir`
    /// (cafés new or changed since are read, and the index updated). Meant for a background
    /// thread: a series of thousands of cafés takes a moment.
    pub fn from_index(
        name: &str,
        folders: &[PathBuf],
        index_dir: &std::path::Path,
        progress: &super::index::Progress,
    ) -> Self {
        let (rows, facts) = super::index::series_listing(folders, index_dir, progress);
        Self::from_rows(name, &rows, &|path| {
            facts
                .get(path.as_os_str())
                .and_then(|e| e.value.as_ref().ok())
                .cloned()
        })
    }

    /// The summary of `name` from its cafés, one entry per café (any order).
    fn of_cafes(name: &str, mut members: Vec<(PathBuf, CafeSummary, SeriesFacts)>) -> Self {
        members.sort_by(|(p, a, x), (q, b, y)| {
            (a.date, x.started_at, p).cmp(&(b.date, y.started_at, q))
        });
        let cafes: Vec<SeriesCafe> = members
            .iter()
            .enumerate()
            .map(|(i, (path, s, f))| {
                let figures = f.figures.clone();
                // Known only when everyone was signed in by name.
                let returning = figures
                    .first_timers
                    .known()
                    .map(|first| figures.total.saturating_sub(first));
                SeriesCafe {
                    path: path.clone(),
                    title: s.title.clone(),
                    date: s.date,
                    started: f.started_at,
                    figures,
                    returning,
                    counts_only: f.counts_only,
                    goodbye: f.goodbye,
                    follow: FollowThrough::of(
                        &f.actions,
                        members
                            .get(i + 1)
                            .map(|(_, _, next)| (next.started_at, &next.reported_done[..])),
                    ),
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
        for (path, s, f) in &members {
            for (tag, n) in &f.tags {
                *tag_counts.entry(*tag).or_default() += n;
            }
            let mut seen = Vec::new();
            for title in &f.themes {
                let key = fold(title);
                if seen.contains(&key) {
                    continue;
                }
                theme_counts
                    .entry(key.clone())
                    .or_insert_with(|| (title.trim().to_owned(), 0))
                    .1 += 1;
                seen.push(key);
            }
            for c in &f.actions {
                actions.push(SeriesAction {
                    path: path.clone(),
                    cafe: s.title.clone(),
                    date: s.date,
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
            name: members
                .first()
                .map_or_else(|| name.trim().to_owned(), |(_, s, _)| s.series.clone()),
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

/// A café of a series: its file, its library row and its series facts.
fn member(path: &std::path::Path, session: &Session) -> (PathBuf, CafeSummary, SeriesFacts) {
    let figures = Figures::of(&session.attendees, &session.tallies);
    (
        path.to_path_buf(),
        CafeSummary::of(session),
        SeriesFacts::of(session, figures),
    )
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

/// The last café of the series `name` in `folder` before `before` (another café, left out),
/// read in full: what the next café's "you said, we did" reports on. Files that cannot be
/// read are passed over (the review lists their trouble).
pub fn last_of(folder: &std::path::Path, name: &str, before: &Session) -> Option<Session> {
    super::index::session_files(&[folder.to_path_buf()])
        .into_iter()
        .filter_map(|path| crate::store::format::load_session(&path).ok())
        .map(|loaded| loaded.session)
        .filter(|s| s.id != before.id && s.series_name() == name)
        .filter(|s| s.details.date <= before.details.date)
        .max_by_key(|s| (s.details.date, s.started_at()))
}
