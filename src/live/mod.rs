//! A running café as a state machine: every domain action is a [`Command`] and
//! [`LiveState::apply`] is the one place that changes the session.

pub mod records;
mod slide;

use chrono::{DateTime, Utc};

use crate::model::{
    ActionState, Answer, DoorCounts, PersonName, Session, Step, StepShown, YouSaid,
};

pub use records::{Change, Record, RecordCommand};
pub use slide::{SaidAction, Slide};

/// What the projector is told to show instead of (or on top of) the current step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ProjectorScreen {
    /// The step (or the frozen step).
    #[default]
    Normal,
    Black,
    White,
    /// "Please move to a new table", between rounds.
    MoveTables,
    /// The harvest themes, for the room to see.
    Themes,
}

/// Every change a person can make to a running café.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    First,
    Last,
    GoTo(Step),
    /// Mark a discussion point as having come up (or not).
    TogglePoint {
        question: usize,
        point: usize,
    },
    /// Start the round timer, or pause it if it runs.
    ToggleTimer,
    /// Stop the timer and set it to the current question's planned minutes.
    ResetTimer,
    AdjustTimer {
        minutes: i64,
    },
    /// Switch the projector to this screen, or back to normal if it already shows it.
    ToggleScreen(ProjectorScreen),
    /// Freeze what the room sees while the facilitator browses ahead, or unfreeze.
    ToggleFreeze,
    /// Show this translation under each question on the projector (or none).
    SetTranslation(Option<String>),
    SetShowTimer(bool),
    /// The room's colours on the projector.
    SetPalette(crate::model::RoomPalette),
    /// Remember whether the projector window is open and which screen it fills.
    SetProjectorWindow {
        open: bool,
        fullscreen_on: Option<String>,
    },
    /// A change to a table, note, theme or commitment (these can be undone).
    Record(RecordCommand),
    /// Take no names at the desk, only counts (or take names again).
    SetCountsOnly(bool),
    /// Name the series this café belongs to (empty: the guide's title).
    SetSeries(String),
    /// Erase every attendee's name and contact details, keeping the counts. Not undoable.
    EraseAllPersonalData,
    /// Count one answer of the goodbye check (only the count: never when, or by whom).
    Goodbye(Answer),
    /// Set what this café tells the room about the last one ("you said, we did"), or take it
    /// away.
    SetYouSaid(Option<Box<YouSaid>>),
    /// How far one action of the last café has got, on the "you said, we did" slide.
    SetFollowUp {
        id: uuid::Uuid,
        state: ActionState,
    },
    /// How families were invited and to whom the summary was sent.
    SetOutreach {
        invited: String,
        summary_sent_to: String,
    },
    Undo,
    Redo,
}

impl Command {
    /// Whether the command can change the session document (and so must be saved). Only what
    /// the projector shows for the moment (black, white, frozen, themes) does not.
    pub fn changes_document(&self) -> bool {
        !matches!(self, Command::ToggleScreen(_) | Command::ToggleFreeze)
    }

    /// Whether the command can take words out of what the review of past cafés may show: a
    /// note made private, changed or deleted, a theme or action changed or deleted, personal
    /// data erased (undo and redo may do any of these). Copies of the old words kept for the
    /// review's search must then go.
    pub fn may_hide_words(&self) -> bool {
        match self {
            Command::Record(record) => record.may_hide_words(),
            Command::EraseAllPersonalData | Command::Undo | Command::Redo => true,
            _ => false,
        }
    }
}

/// A session being run: the document plus what only matters while it is open.
#[derive(Clone, Debug)]
pub struct LiveState {
    pub session: Session,
    pub screen: ProjectorScreen,
    /// The step the room keeps seeing while frozen.
    pub frozen: Option<Step>,
    /// Counts changes to the document; the saver compares it with what is on disk.
    pub revision: u64,
    undo: Vec<Change>,
    redo: Vec<Change>,
    /// Personal data was erased: the next save must not leave an older copy behind.
    pub erased_since_save: bool,
    /// The last undo or redo was refused: another laptop's copy changed the record since.
    refused: bool,
    /// This copy's own counts at the door (see [`crate::model::goodbye`]).
    door: uuid::Uuid,
}

impl LiveState {
    pub fn new(session: Session) -> Self {
        Self {
            session,
            screen: ProjectorScreen::Normal,
            frozen: None,
            revision: 0,
            undo: Vec::new(),
            redo: Vec::new(),
            erased_since_save: false,
            refused: false,
            door: uuid::Uuid::new_v4(),
        }
    }

    /// Apply one command at time `now`. Returns true if the session document changed.
    pub fn apply(&mut self, command: Command, now: DateTime<Utc>) -> bool {
        let changed = self.apply_inner(command, now);
        if changed {
            self.revision += 1;
        }
        changed
    }

    fn apply_inner(&mut self, command: Command, now: DateTime<Utc>) -> bool {
        let agenda = self.session.agenda();
        let index = self.session.current_index();
        match command {
            Command::Next => self.go_to(agenda.get(index + 1).copied(), now),
            Command::Previous => self.go_to(index.checked_sub(1).map(|i| agenda[i]), now),
            Command::First => self.go_to(agenda.first().copied(), now),
            Command::Last => self.go_to(agenda.last().copied(), now),
            Command::GoTo(step) => self.go_to(agenda.contains(&step).then_some(step), now),
            Command::TogglePoint { question, point } => self.toggle_point(question, point),
            Command::ToggleTimer => {
                self.session.timer.toggle(now);
                true
            }
            Command::ResetTimer => {
                let step = self.session.current;
                let secs = self.planned_secs_for(step);
                self.session.timer.reset_for(question_of(step), secs);
                true
            }
            Command::AdjustTimer { minutes } => {
                let before = self.session.timer.planned_secs;
                self.session.timer.adjust_minutes(minutes);
                self.session.timer.planned_secs != before
            }
            Command::ToggleScreen(screen) => {
                self.screen = if self.screen == screen {
                    ProjectorScreen::Normal
                } else {
                    screen
                };
                false
            }
            Command::ToggleFreeze => {
                self.frozen = match self.frozen {
                    Some(_) => None,
                    None => Some(self.session.current),
                };
                false
            }
            Command::SetTranslation(lang) => {
                let lang = lang.filter(|l| self.session.guide.translation_languages().contains(l));
                let changed = self.session.projector.translation != lang;
                self.session.projector.translation = lang;
                changed
            }
            Command::SetProjectorWindow {
                open,
                fullscreen_on,
            } => {
                let p = &mut self.session.projector;
                let changed = p.open != open || p.fullscreen_on != fullscreen_on;
                p.open = open;
                p.fullscreen_on = fullscreen_on;
                changed
            }
            Command::SetShowTimer(show) => {
                let changed = self.session.projector.show_timer != show;
                self.session.projector.show_timer = show;
                changed
            }
            Command::SetPalette(palette) => {
                let changed = self.session.projector.palette != palette;
                self.session.projector.palette = palette;
                changed
            }
            Command::Record(command) => self.apply_record(command, now),
            Command::SetCountsOnly(on) => {
                let changed = self.session.counts_only != on;
                self.session.counts_only = on;
                changed
            }
            Command::SetSeries(name) => {
                let name = records::clean_text(&name);
                let changed = self.session.details.series != name;
                self.session.details.series = name;
                changed
            }
            Command::EraseAllPersonalData => {
                let changed = self.session.erase_everyone(now);
                // Undo must not bring erased names back.
                self.undo.retain(|c| !c.before.may_name_someone());
                self.redo.retain(|c| !c.after.may_name_someone());
                self.erased_since_save |= changed;
                changed
            }
            Command::Goodbye(answer) => self.count_answer(answer),
            Command::SetYouSaid(said) => self.set_you_said(said.map(|s| *s), now),
            Command::SetFollowUp { id, state } => self.set_follow_up(id, state, now),
            Command::SetOutreach {
                invited,
                summary_sent_to,
            } => self.set_outreach(&invited, &summary_sent_to, now),
            Command::Undo => self.undo(now),
            Command::Redo => self.redo(now),
        }
    }

    /// Undo the last change kept for undo.
    ///
    /// Each change kept for undo and redo holds the record as this copy left it: when
    /// the record is no longer so (another laptop's newer edit came in), the change is
    /// dropped rather than undone over that edit.
    fn undo(&mut self, now: DateTime<Utc>) -> bool {
        match self.undo.pop() {
            Some(change) if records::is_current(&self.session, &change.after) => {
                let before = records::restore(&mut self.session, &change.before, now);
                self.redo.push(Change {
                    before,
                    after: change.after,
                });
                true
            }
            Some(_) => {
                self.refused = true;
                false
            }
            None => false,
        }
    }

    /// Redo the last change undone, unless another laptop's newer edit came in since.
    fn redo(&mut self, now: DateTime<Utc>) -> bool {
        match self.redo.pop() {
            Some(change) if records::is_current(&self.session, &change.before) => {
                let after = records::restore(&mut self.session, &change.after, now);
                self.undo.push(Change {
                    before: change.before,
                    after,
                });
                true
            }
            Some(_) => {
                self.refused = true;
                false
            }
            None => false,
        }
    }

    /// Tick a discussion point (or untick it).
    fn toggle_point(&mut self, question: usize, point: usize) -> bool {
        let exists = self
            .session
            .guide
            .questions
            .get(question)
            .is_some_and(|q| point < q.points.len());
        if !exists {
            return false;
        }
        let set = self.session.ticked.entry(question).or_default();
        if !set.remove(&point) {
            set.insert(point);
        }
        if set.is_empty() {
            self.session.ticked.remove(&question);
        }
        true
    }

    /// A change to one record, kept for undo (an erasure is not: it cannot be undone).
    fn apply_record(&mut self, command: RecordCommand, now: DateTime<Utc>) -> bool {
        if let RecordCommand::EraseAttendee { id } = command {
            return self.erase_person(id, now);
        }
        match records::apply(&mut self.session, command, now) {
            Some(change) => {
                self.undo.push(change);
                if self.undo.len() > records::UNDO_DEPTH {
                    self.undo.remove(0);
                }
                self.redo.clear();
                true
            }
            None => false,
        }
    }

    /// Count a change made outside [`LiveState::apply`] (a merge of another copy), so it is saved.
    pub fn touch(&mut self) {
        self.revision += 1;
    }

    /// After another copy was merged in, which had erased everyone's data since `erased_before`
    /// was this copy's: undo and redo must not bring a name back, and the next save leaves no
    /// older copy holding them.
    pub fn merged(&mut self, erased_before: Option<DateTime<Utc>>) {
        if self.session.erased_everyone != erased_before {
            self.undo.retain(|c| !c.before.may_name_someone());
            self.redo.retain(|c| !c.after.may_name_someone());
            self.erased_since_save = true;
        }
    }

    /// Whether the last undo or redo was refused because another laptop's copy changed the
    /// record since (told once).
    pub fn take_refused(&mut self) -> bool {
        std::mem::take(&mut self.refused)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Set (or take away) what this café tells the room about the last one.
    fn set_you_said(&mut self, said: Option<YouSaid>, now: DateTime<Utc>) -> bool {
        let said = said.map(|mut s| {
            s.edited = now;
            s
        });
        let same = match (&self.session.you_said, &said) {
            (Some(a), Some(b)) => {
                YouSaid {
                    edited: b.edited,
                    ..a.clone()
                } == *b
            }
            (None, None) => true,
            _ => false,
        };
        if !same {
            self.session.you_said = said;
        }
        !same
    }

    /// How far one action of the last café has got, on "you said, we did".
    fn set_follow_up(&mut self, id: uuid::Uuid, state: ActionState, now: DateTime<Utc>) -> bool {
        let Some(said) = &mut self.session.you_said else {
            return false;
        };
        match said.action_mut(id) {
            Some(action) if action.state != state => {
                action.state = state;
                said.edited = now;
                true
            }
            _ => false,
        }
    }

    /// How families were invited and to whom the summary was sent.
    fn set_outreach(&mut self, invited: &str, summary_sent_to: &str, now: DateTime<Utc>) -> bool {
        let (invited, sent) = (
            records::clean_text(invited),
            records::clean_text(summary_sent_to),
        );
        let o = &mut self.session.outreach;
        if o.invited == invited && o.summary_sent_to == sent {
            return false;
        }
        o.invited = invited;
        o.summary_sent_to = sent;
        o.edited = Some(now);
        true
    }

    /// Count `answer` in this copy's own counts at the door.
    fn count_answer(&mut self, answer: Answer) -> bool {
        let goodbye = &mut self.session.goodbye;
        let at = match goodbye.iter().position(|d| d.id == self.door) {
            Some(at) => at,
            None => {
                goodbye.push(DoorCounts::new(self.door));
                goodbye.len() - 1
            }
        };
        let counted = goodbye[at].count(answer);
        // In the order of the ids, which says nothing about which laptop counted first.
        goodbye.sort_by_key(|d| d.id);
        counted
    }

    fn go_to(&mut self, step: Option<Step>, now: DateTime<Utc>) -> bool {
        let Some(step) = step else { return false };
        if step == self.session.current {
            return false;
        }
        self.session.current = step;
        self.session.timeline.push(StepShown { step, at: now });
        // The closing, after the room saw "you said, we did": what was said back is on record.
        if step == Step::Closing
            && let Some(said) = &mut self.session.you_said
            && !said.told
            && self
                .session
                .timeline
                .iter()
                .any(|s| s.step == Step::YouSaid)
        {
            said.told = true;
            said.edited = now;
        }
        // A running round keeps running while the facilitator moves about (the tables are
        // still talking); an idle timer is set for the question now on screen.
        if matches!(step, Step::Question(_)) && !self.session.timer.is_running() {
            let secs = self.planned_secs_for(step);
            self.session.timer.reset_for(question_of(step), secs);
        }
        true
    }

    /// The planned length of the round for `step` (the first question's when not a question).
    fn planned_secs_for(&self, step: Step) -> i64 {
        let questions = &self.session.guide.questions;
        let question = match step {
            Step::Question(i) => questions.get(i),
            _ => questions.first(),
        };
        i64::from(question.map_or(crate::model::guide::DEFAULT_ROUND_MINUTES, |q| q.minutes)) * 60
    }

    /// The step after the current one, if any: the facilitator's "what comes next".
    pub fn next_step(&self) -> Option<Step> {
        self.session
            .agenda()
            .get(self.session.current_index() + 1)
            .copied()
    }

    /// The step whose content the room sees (the frozen one while frozen).
    pub fn projector_step(&self) -> Step {
        self.frozen.unwrap_or(self.session.current)
    }

    /// What the projector shows right now.
    pub fn projector_slide(&self) -> Slide {
        Slide::for_state(self)
    }

    /// Each live theme's title and how many different tables raised it, in the order made.
    pub fn theme_summary(&self) -> Vec<(String, usize)> {
        let table_of: std::collections::HashMap<uuid::Uuid, uuid::Uuid> =
            self.session.live_notes().map(|n| (n.id, n.table)).collect();
        self.session
            .themes
            .iter()
            .filter(|t| !t.deleted)
            .map(|t| {
                let tables: std::collections::BTreeSet<_> =
                    t.notes.iter().filter_map(|n| table_of.get(n)).collect();
                (t.title.clone(), tables.len())
            })
            .collect()
    }

    /// Whether the room sees the timer now: on a round, when the facilitator allows it.
    pub fn projector_shows_timer(&self) -> bool {
        self.session.projector.show_timer
            && self.screen == ProjectorScreen::Normal
            && matches!(self.projector_step(), Step::Question(_))
    }
}

/// The question a step shows, if it is a question.
fn question_of(step: Step) -> Option<usize> {
    match step {
        Step::Question(i) => Some(i),
        _ => None,
    }
}

impl LiveState {
    /// Erase a signed-in person: their sign-in, and their name wherever else the café writes
    /// it (table host, action owner, facilitator, another sign-in). Erasing cannot be undone,
    /// and no older copy of the name may stay in undo or redo.
    fn erase_person(&mut self, id: uuid::Uuid, now: DateTime<Utc>) -> bool {
        let name = self
            .session
            .attendees
            .iter()
            .find(|a| a.id == id)
            .and_then(|a| PersonName::new(&a.name));
        let erase = RecordCommand::EraseAttendee { id };
        let Some(change) = records::apply(&mut self.session, erase, now) else {
            return false;
        };
        if let Some(name) = &name {
            self.session.erase_name(name, now);
        }
        self.erased_since_save = true;
        let names = |r: &Record| {
            same_attendee(r, &change.after) || name.as_ref().is_some_and(|n| r.names(n))
        };
        self.undo.retain(|c| !names(&c.before) && !names(&c.after));
        self.redo.retain(|c| !names(&c.before) && !names(&c.after));
        true
    }
}

/// Whether two records are versions of the same attendee.
fn same_attendee(a: &Record, b: &Record) -> bool {
    matches!((a, b), (Record::Attendee(x), Record::Attendee(y)) if x.id == y.id)
}

#[cfg(test)]
mod tests;
