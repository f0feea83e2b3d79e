//! "You said, we did": the next café of a series opens, after the welcome, with the themes the
//! last café heard and what came of its actions. The words are the café's own copy, written
//! in the room's languages before the evening; each action keeps the id of the commitment it
//! reports on, so the series view can tell which actions the next café found done.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::guide::Wording;

/// How far an action has got.
#[derive(
    Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
pub enum ActionState {
    #[default]
    NotYet,
    UnderWay,
    Done,
}

impl ActionState {
    pub const ALL: [ActionState; 3] = [
        ActionState::Done,
        ActionState::UnderWay,
        ActionState::NotYet,
    ];

    /// Still to be done (not yet, or under way).
    pub fn is_open(self) -> bool {
        self != ActionState::Done
    }
}

/// The café a "you said, we did" slide reports on.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct EarlierCafe {
    pub id: Uuid,
    pub title: String,
    pub date: NaiveDate,
}

/// One action of the earlier café, as the room is told of it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct FollowUp {
    /// The commitment of the earlier café this reports on.
    pub id: Uuid,
    pub text: Wording,
    #[serde(default)]
    pub state: ActionState,
    /// The café it was first promised at, when that is earlier than the last one (an action
    /// still open is carried on from café to café until it is done).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cafe: Option<String>,
}

/// What this café tells the room about the last one.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct YouSaid {
    pub from: EarlierCafe,
    /// "You said": the themes heard, as the room reads them.
    #[serde(default)]
    pub themes: Vec<Wording>,
    /// "We did": the actions and how far each has got.
    #[serde(default)]
    pub actions: Vec<FollowUp>,
    /// The café reached its closing after the room saw this slide: what was said back is on
    /// record.
    #[serde(default)]
    pub told: bool,
    /// When it was last changed, so two copies of the café agree on one version.
    pub edited: DateTime<Utc>,
}

impl YouSaid {
    /// What the café after `last` tells the room about it: its themes, its actions as they
    /// stand, and the actions of cafés before it that `last` found still open.
    pub fn after(last: &super::Session, now: DateTime<Utc>) -> Self {
        let themes = last
            .themes
            .iter()
            .filter(|t| !t.deleted && !t.title.trim().is_empty())
            .map(|t| Wording::plain(t.title.clone()))
            .collect();
        let mut actions: Vec<FollowUp> = last
            .commitments
            .iter()
            .filter(|c| !c.deleted && !c.text.trim().is_empty())
            .map(|c| FollowUp {
                id: c.id,
                text: Wording::plain(c.text.clone()),
                state: c.state(),
                cafe: None,
            })
            .collect();
        if let Some(earlier) = &last.you_said {
            for a in earlier.actions.iter().filter(|a| a.state.is_open()) {
                if !actions.iter().any(|b| b.id == a.id) {
                    actions.push(FollowUp {
                        cafe: Some(a.cafe.clone().unwrap_or_else(|| earlier.from.title.clone())),
                        ..a.clone()
                    });
                }
            }
        }
        Self {
            from: EarlierCafe {
                id: last.id,
                title: last.details.title.clone(),
                date: last.details.date,
            },
            themes,
            actions,
            told: false,
            edited: now,
        }
    }

    /// How many of its actions were found done, of how many.
    pub fn done_of(&self) -> (usize, usize) {
        let done = self.actions.iter().filter(|a| !a.state.is_open()).count();
        (done, self.actions.len())
    }

    /// The newer of two versions (the same whichever way round they are given).
    pub fn newer<'a>(a: &'a YouSaid, b: &'a YouSaid) -> &'a YouSaid {
        if (a.edited, format!("{a:?}")) >= (b.edited, format!("{b:?}")) {
            a
        } else {
            b
        }
    }

    /// Every text of the slide the room reads: the themes and the actions, each with its
    /// translations.
    pub fn wordings_mut(&mut self) -> impl Iterator<Item = &mut Wording> {
        self.themes
            .iter_mut()
            .chain(self.actions.iter_mut().map(|a| &mut a.text))
    }

    /// The action reporting on the commitment `id`.
    pub fn action_mut(&mut self, id: Uuid) -> Option<&mut FollowUp> {
        self.actions.iter_mut().find(|a| a.id == id)
    }
}
