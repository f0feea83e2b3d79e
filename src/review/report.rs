//! One café's report, as the host reviews it days later and as exports print it: the
//! questions with the points that came up, planned against actual minutes per step, notes by
//! question then by table, themes, commitments and attendance. Private and deleted notes are
//! never part of it.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use uuid::Uuid;

use crate::model::{Figures, Note, Session, Step, Tag};

/// A note as a report shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteView {
    pub id: Uuid,
    pub text: String,
    pub tags: Vec<Tag>,
    pub round: u32,
    pub shared: bool,
}

/// The notes one table took on one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableNotes {
    pub table: u32,
    /// "Table 2 · The window table".
    pub label: String,
    /// The table host's name (left out of exports unless names are included).
    pub host: String,
    pub notes: Vec<NoteView>,
}

/// One question of the guide and what came of it.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionReport {
    /// 0-based index in the guide.
    pub index: usize,
    pub text: String,
    /// Every discussion point, and whether the facilitator ticked it as having come up.
    pub points: Vec<(String, bool)>,
    pub planned_minutes: u32,
    /// Minutes the question was on screen (`None` if it never was).
    pub actual_minutes: Option<f64>,
    pub tables: Vec<TableNotes>,
}

/// Planned against actual minutes of one step of the agenda.
#[derive(Debug, Clone, PartialEq)]
pub struct StepTime {
    pub label: String,
    /// The agenda step, so each reader's language can name it.
    pub step: Option<Step>,
    /// Planned minutes (questions only; the other steps have no plan).
    pub planned: Option<u32>,
    /// Minutes on screen, added up over every time it was shown; `None` when it was only
    /// shown last, so its end is not known.
    pub actual: Option<f64>,
}

/// A harvest theme and how widely it was raised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeView {
    pub id: Uuid,
    pub title: String,
    pub notes: usize,
    /// How many different tables raised it.
    pub tables: usize,
}

/// A commitment or action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionView {
    pub id: Uuid,
    pub text: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
    pub done: bool,
}

/// Everything a report about one café shows.
#[derive(Debug, Clone)]
pub struct CafeReport {
    pub title: String,
    pub series: String,
    pub date: NaiveDate,
    pub venue: String,
    pub facilitator: String,
    pub guide: String,
    pub purpose: String,
    pub counts_only: bool,
    pub questions: Vec<QuestionReport>,
    /// Notes taken outside the table rounds (welcome, harvest, closing), by table.
    pub other_notes: Vec<TableNotes>,
    pub steps: Vec<StepTime>,
    /// Questions of the guide that were never put on screen (0-based).
    pub skipped: Vec<usize>,
    /// Most widely raised first.
    pub themes: Vec<ThemeView>,
    pub actions: Vec<ActionView>,
    pub figures: Figures,
    /// From the first step shown to the last, to the nearest minute.
    pub minutes: u32,
    /// Private notes left out (only their number is ever shown).
    pub private_notes: usize,
}

impl CafeReport {
    pub fn of(session: &Session) -> Self {
        let visible: Vec<&Note> = session.live_notes().filter(|n| !n.private).collect();
        let mut by_question: BTreeMap<Option<usize>, Vec<&Note>> = BTreeMap::new();
        for n in &visible {
            let q = n.question.filter(|q| *q < session.guide.questions.len());
            by_question.entry(q).or_default().push(n);
        }
        let steps = step_times(session);
        let questions = session
            .guide
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| QuestionReport {
                index: i,
                text: q.text.clone(),
                points: q
                    .points
                    .iter()
                    .enumerate()
                    .map(|(p, point)| (point.text.clone(), session.is_ticked(i, p)))
                    .collect(),
                planned_minutes: q.minutes,
                actual_minutes: session
                    .timeline
                    .iter()
                    .any(|s| s.step == Step::Question(i))
                    .then(|| actual_of(session, Step::Question(i))),
                tables: by_table(
                    session,
                    by_question.get(&Some(i)).map_or(&[], Vec::as_slice),
                ),
            })
            .collect();
        let mut themes: Vec<ThemeView> = session
            .themes
            .iter()
            .filter(|t| !t.deleted)
            .map(|t| {
                let notes: Vec<&&Note> =
                    visible.iter().filter(|n| t.notes.contains(&n.id)).collect();
                let tables: BTreeSet<Uuid> = notes.iter().map(|n| n.table).collect();
                ThemeView {
                    id: t.id,
                    title: t.title.clone(),
                    notes: notes.len(),
                    tables: tables.len(),
                }
            })
            .collect();
        themes.sort_by(|a, b| b.tables.cmp(&a.tables).then(b.notes.cmp(&a.notes)));
        let actions = session
            .commitments
            .iter()
            .filter(|c| !c.deleted)
            .map(|c| ActionView {
                id: c.id,
                text: c.text.clone(),
                owner: c.owner.clone(),
                due: c.due,
                done: c.done,
            })
            .collect();
        Self {
            title: session.details.title.clone(),
            series: session.series_name().to_owned(),
            date: session.details.date,
            venue: session.details.venue.clone(),
            facilitator: session.details.facilitator.clone(),
            guide: session.guide.title.clone(),
            purpose: session.guide.purpose.clone(),
            counts_only: session.counts_only,
            questions,
            other_notes: by_table(session, by_question.get(&None).map_or(&[], Vec::as_slice)),
            steps,
            skipped: (0..session.guide.questions.len())
                .filter(|i| {
                    !session
                        .timeline
                        .iter()
                        .any(|s| s.step == Step::Question(*i))
                })
                .collect(),
            themes,
            actions,
            figures: Figures::of(&session.attendees, &session.tallies),
            minutes: session.length_minutes(),
            private_notes: session.live_notes().filter(|n| n.private).count(),
        }
    }

    /// Where a note sits in the report: (question index or `None` for other notes, table).
    pub fn locate(&self, note: Uuid) -> Option<(Option<usize>, u32)> {
        let find = |tables: &[TableNotes]| {
            tables
                .iter()
                .find(|t| t.notes.iter().any(|n| n.id == note))
                .map(|t| t.table)
        };
        self.questions
            .iter()
            .find_map(|q| find(&q.tables).map(|t| (Some(q.index), t)))
            .or_else(|| find(&self.other_notes).map(|t| (None, t)))
    }

    /// How many notes the report shows.
    pub fn note_count(&self) -> usize {
        self.questions
            .iter()
            .flat_map(|q| &q.tables)
            .chain(&self.other_notes)
            .map(|t| t.notes.len())
            .sum()
    }

    pub fn open_actions(&self) -> usize {
        self.actions.iter().filter(|a| !a.done).count()
    }
}

fn by_table(session: &Session, notes: &[&Note]) -> Vec<TableNotes> {
    let mut out: Vec<TableNotes> = Vec::new();
    for n in notes {
        let (number, label, host) = session.table(n.table).map_or_else(
            || (u32::MAX, "Another table".to_owned(), String::new()),
            |t| (t.number, t.label(), t.host.clone()),
        );
        let view = NoteView {
            id: n.id,
            text: n.text.clone(),
            tags: n.tags.iter().copied().collect(),
            round: n.round,
            shared: n.share,
        };
        match out.iter_mut().find(|t| t.table == number) {
            Some(t) => t.notes.push(view),
            None => out.push(TableNotes {
                table: number,
                label,
                host,
                notes: vec![view],
            }),
        }
    }
    out.sort_by_key(|t| t.table);
    out
}

/// Minutes `step` was on screen, over every time it was shown.
fn actual_of(session: &Session, step: Step) -> f64 {
    session
        .timeline
        .windows(2)
        .filter(|w| w[0].step == step)
        .map(|w| (w[1].at - w[0].at).num_seconds().max(0) as f64 / 60.0)
        .sum::<f64>()
        // An empty sum is -0.0, which would print as "-0".
        + 0.0
}

/// Planned against actual minutes for every step of the agenda that was shown, in agenda order.
pub fn step_times(session: &Session) -> Vec<StepTime> {
    session
        .agenda()
        .into_iter()
        .filter(|step| session.timeline.iter().any(|s| s.step == *step))
        .map(|step| {
            let ended = session.timeline.windows(2).any(|w| w[0].step == step);
            StepTime {
                label: step.label(),
                step: Some(step),
                planned: match step {
                    Step::Question(i) => session.guide.questions.get(i).map(|q| q.minutes),
                    _ => None,
                },
                actual: ended.then(|| actual_of(session, step)),
            }
        })
        .collect()
}
