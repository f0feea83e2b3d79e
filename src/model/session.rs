//! A session: one café as it was (or is being) run. This is the whole session file.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::attendance::{Attendee, Tally};
use super::follow_up::YouSaid;
use super::goodbye::{DoorCounts, GoodbyeCounts, merge_doors};
use super::guide::Guide;
use super::notes::{Commitment, Mergeable, Note, Table, Theme, merge_records};
use super::timer::RoundTimer;

/// The session file format this build writes. Older versions are migrated on load: version 2
/// holds a schema 2 guide (translated points, notes and resources), version 1 files open
/// unchanged.
pub const SESSION_SCHEMA_VERSION: u32 = 2;

/// Most tables a session may have; more than a school gym holds.
pub const MAX_TABLES: u32 = 99;

/// Everything that belongs in a session file.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Session {
    pub schema_version: u32,
    /// Stable identity, so copies of one session on two laptops can be recognised.
    pub id: Uuid,
    pub details: SessionDetails,
    /// A copy of the guide as run: later edits to the guide never rewrite history.
    pub guide: Guide,
    pub created: DateTime<Utc>,
    /// The step the facilitator is on.
    pub current: Step,
    /// Discussion points that came up, per question index.
    #[serde(default)]
    pub ticked: BTreeMap<usize, BTreeSet<usize>>,
    /// Which step was shown when, oldest first.
    #[serde(default)]
    pub timeline: Vec<StepShown>,
    #[serde(default)]
    pub timer: RoundTimer,
    #[serde(default)]
    pub projector: ProjectorSettings,
    #[serde(default)]
    pub tables: Vec<Table>,
    #[serde(default)]
    pub notes: Vec<Note>,
    #[serde(default)]
    pub themes: Vec<Theme>,
    #[serde(default)]
    pub commitments: Vec<Commitment>,
    /// The sign-in desk's records.
    #[serde(default)]
    pub attendees: Vec<Attendee>,
    /// Head-counts for cafés that take no names.
    #[serde(default)]
    pub tallies: Vec<Tally>,
    /// This café takes no names at the desk, only counts.
    #[serde(default)]
    pub counts_only: bool,
    /// When everyone's personal data was erased (see [`Session::erase_everyone`]): no name
    /// filled in before then is kept, whichever copy it comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub erased_everyone: Option<DateTime<Utc>>,
    /// Only in a laptop's copy in a shared folder: when that laptop last wrote it. It writes
    /// it again every half minute while it runs, so the others can tell a quiet laptop from
    /// one that is gone. A café's own file never carries it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_at: Option<DateTime<Utc>>,
    /// The goodbye check's counts, one entry per laptop at the door: only counts, never a
    /// time, a table, an order or a person.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goodbye: Vec<DoorCounts>,
    /// "You said, we did": what this café tells the room about the last café of its series.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub you_said: Option<YouSaid>,
    /// How families were invited and to whom the summary went, for the school's records.
    #[serde(default, skip_serializing_if = "Outreach::is_empty")]
    pub outreach: Outreach,
}

/// What the school's records ask about a café besides what the app counts: how families were
/// invited, and to whom the summary was sent. Both optional, both in the host's words.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
pub struct Outreach {
    /// How families were invited (flyers home, text messages, the school's newsletter…).
    #[serde(default)]
    pub invited: String,
    /// To whom the summary was sent (the principal, the family engagement office…).
    #[serde(default)]
    pub summary_sent_to: String,
    /// When it was last changed, so two copies of the café agree on one version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited: Option<DateTime<Utc>>,
}

impl Outreach {
    pub fn is_empty(&self) -> bool {
        self.invited.is_empty() && self.summary_sent_to.is_empty() && self.edited.is_none()
    }
}

/// Why two files could not be merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    /// The other file is a copy of another café.
    DifferentSession { ours: String, theirs: String },
}

impl std::fmt::Display for MergeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MergeError::DifferentSession { ours, theirs } => write!(
                f,
                "these are two different cafés (\"{ours}\" and \"{theirs}\"); only copies of the same café can be merged"
            ),
        }
    }
}

/// How much a merge brought in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub tables: usize,
    pub notes: usize,
    pub themes: usize,
    pub commitments: usize,
    pub attendees: usize,
    /// Records whose names were erased because the other copy had erased everyone's.
    pub erased: usize,
    /// Other changes: the goodbye check's counts, "you said, we did", the school's details.
    pub other: usize,
}

impl MergeReport {
    pub fn total(&self) -> usize {
        self.tables
            + self.notes
            + self.themes
            + self.commitments
            + self.attendees
            + self.erased
            + self.other
    }

    /// Count what `other` brought in too.
    pub fn add(&mut self, other: &MergeReport) {
        self.tables += other.tables;
        self.notes += other.notes;
        self.themes += other.themes;
        self.commitments += other.commitments;
        self.attendees += other.attendees;
        self.erased += other.erased;
        self.other += other.other;
    }
}

/// What the facilitator filled in on the Home screen.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct SessionDetails {
    pub title: String,
    pub date: NaiveDate,
    #[serde(default)]
    pub venue: String,
    #[serde(default)]
    pub facilitator: String,
    pub tables: u32,
    /// The series of cafés this one belongs to. Empty means the guide's title, so cafés run on
    /// one guide group together until the host names the series.
    #[serde(default)]
    pub series: String,
}

/// One entry in the agenda of a live café.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    Welcome,
    /// "You said, we did": the last café's themes and what came of its actions.
    YouSaid,
    Agreements,
    /// A table round on the guide's question at this index.
    Question(usize),
    Harvest,
    Closing,
}

/// Longer than this between two steps, a café was put away and taken up again: a step of an
/// evening never lasts so long.
pub const PAUSE: chrono::TimeDelta = chrono::TimeDelta::hours(3);

/// The moment a step was put on the screen.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepShown {
    pub step: Step,
    pub at: DateTime<Utc>,
}

/// Choices about the projector that belong to this café.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct ProjectorSettings {
    /// Language code of the translation shown under each question, if any.
    #[serde(default)]
    pub translation: Option<String>,
    /// Whether the room sees the round timer.
    #[serde(default = "yes")]
    pub show_timer: bool,
    /// Whether the projector window was open, so a resumed café opens it again.
    #[serde(default)]
    pub open: bool,
    /// The screen the projector was fullscreen on (by the name the system gives it).
    #[serde(default)]
    pub fullscreen_on: Option<String>,
    /// The room's colours: light text on dark for a darkened room, dark text on white for a
    /// room that cannot be darkened.
    #[serde(default)]
    pub palette: RoomPalette,
}

/// The projector's colours, chosen for the room's light.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RoomPalette {
    /// Light text on near-black: a darkened room.
    #[default]
    Dark,
    /// Dark text on white: a bright room that cannot be darkened.
    Bright,
}

fn yes() -> bool {
    true
}

impl Default for ProjectorSettings {
    fn default() -> Self {
        Self {
            translation: None,
            show_timer: true,
            open: false,
            fullscreen_on: None,
            palette: RoomPalette::Dark,
        }
    }
}

impl Session {
    /// Bring a session read from an older file up to this version, in memory (its copy of the
    /// guide too). A session from a newer version is left as it is.
    pub fn migrate(&mut self) {
        if self.schema_version < SESSION_SCHEMA_VERSION {
            self.schema_version = SESSION_SCHEMA_VERSION;
        }
        self.guide.migrate();
    }

    /// A fresh session on `guide`, on the welcome step, its timer set for the first round.
    pub fn new(guide: Guide, details: SessionDetails, now: DateTime<Utc>) -> Self {
        let first_minutes = guide.questions.first().map_or(20, |q| q.minutes);
        let mut session = Self {
            schema_version: SESSION_SCHEMA_VERSION,
            id: Uuid::new_v4(),
            details,
            guide,
            created: now,
            current: Step::Welcome,
            ticked: BTreeMap::new(),
            timeline: vec![StepShown {
                step: Step::Welcome,
                at: now,
            }],
            timer: RoundTimer::new(i64::from(first_minutes) * 60),
            projector: ProjectorSettings::default(),
            tables: Vec::new(),
            notes: Vec::new(),
            themes: Vec::new(),
            commitments: Vec::new(),
            attendees: Vec::new(),
            tallies: Vec::new(),
            counts_only: false,
            erased_everyone: None,
            shared_at: None,
            goodbye: Vec::new(),
            you_said: None,
            outreach: Outreach::default(),
        };
        session.ensure_tables();
        session
    }

    /// Make sure tables 1..=`details.tables` exist (files written before tables were named
    /// have none). Extra tables are kept: their notes matter more than the count.
    pub fn ensure_tables(&mut self) {
        for number in 1..=self.details.tables.min(MAX_TABLES) {
            if !self.tables.iter().any(|t| t.number == number) {
                self.tables
                    .push(Table::numbered(self.id, number, self.created));
            }
        }
        self.tables.sort_by_key(|t| t.number);
    }

    pub fn table(&self, id: Uuid) -> Option<&Table> {
        self.tables.iter().find(|t| t.id == id)
    }

    /// Notes not deleted, in the order they were taken.
    pub fn live_notes(&self) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(|n| !n.deleted)
    }

    /// How long the café ran, from the first step shown to the last, in minutes rounded to
    /// the nearest (10 min 57 s is 11 min): every screen and export shows this one figure.
    /// A stretch of more than [`PAUSE`] between two steps is the café put away and taken up
    /// again (another day), and does not count.
    pub fn length_minutes(&self) -> u32 {
        let seconds: i64 = self
            .timeline
            .windows(2)
            .map(|pair| (pair[1].at - pair[0].at).num_seconds().max(0))
            .filter(|&between| between <= PAUSE.num_seconds())
            .sum();
        u32::try_from((seconds + 30) / 60).unwrap_or(u32::MAX)
    }

    /// The question on screen and the round now: where a note begun now belongs.
    pub fn note_at(&self) -> super::notes::NoteAt {
        super::notes::NoteAt {
            question: match self.current {
                Step::Question(i) => Some(i),
                _ => None,
            },
            round: self.round(),
        }
    }

    /// Which round of table talk the café is in: how many different questions have been on
    /// screen so far (0 before the first).
    pub fn round(&self) -> u32 {
        let questions: BTreeSet<Step> = self
            .timeline
            .iter()
            .map(|shown| shown.step)
            .filter(|step| matches!(step, Step::Question(_)))
            .collect();
        u32::try_from(questions.len()).unwrap_or(u32::MAX)
    }

    /// Bring in what another copy of this café holds. Refused for a different café.
    pub fn merge(&mut self, other: &Session) -> Result<MergeReport, MergeError> {
        if other.id != self.id {
            return Err(MergeError::DifferentSession {
                ours: self.details.title.clone(),
                theirs: other.details.title.clone(),
            });
        }
        let mut report = MergeReport {
            tables: merge_records(&mut self.tables, &other.tables),
            notes: merge_records(&mut self.notes, &other.notes),
            themes: merge_records(&mut self.themes, &other.themes),
            commitments: merge_records(&mut self.commitments, &other.commitments),
            attendees: merge_records(&mut self.attendees, &other.attendees)
                + merge_records(&mut self.tallies, &other.tallies),
            erased: 0,
            other: merge_doors(&mut self.goodbye, &other.goodbye),
        };
        report.other += self.merge_follow_up(other);
        // Erasure wins: once either copy erased everyone's data, no name from before then
        // comes back from the other.
        let erased = self.erased_everyone.max(other.erased_everyone);
        if let Some(at) = erased {
            let newly = erased != self.erased_everyone;
            self.erased_everyone = erased;
            if self.erase_before(at) || newly {
                report.erased += 1;
            }
        }
        self.tables.sort_by_key(|t| t.number);
        self.notes.sort_by_key(|n| (n.created, n.id));
        Ok(report)
    }

    /// Take the newer "you said, we did" and school's details of two copies; how many changed.
    fn merge_follow_up(&mut self, other: &Session) -> usize {
        let mut changed = 0;
        let you_said = match (&self.you_said, &other.you_said) {
            (Some(a), Some(b)) => Some(YouSaid::newer(a, b).clone()),
            (a, b) => a.clone().or_else(|| b.clone()),
        };
        if you_said != self.you_said {
            self.you_said = you_said;
            changed += 1;
        }
        let (a, b) = (&self.outreach, &other.outreach);
        if (b.edited, format!("{b:?}")) > (a.edited, format!("{a:?}")) {
            self.outreach = b.clone();
            changed += 1;
        }
        changed
    }

    /// The goodbye check's counts, every laptop's added up.
    pub fn goodbye_counts(&self) -> GoodbyeCounts {
        GoodbyeCounts::of(&self.goodbye)
    }

    /// What the facilitator's laptop puts in a shared folder for the table laptops: the
    /// guide, the café's details, its tables, the step on screen and when each step was shown,
    /// and whether everyone's data was erased. Nothing private: no sign-ins or head-counts,
    /// no notes (private or not), themes or actions, no goodbye check.
    pub fn facilitator_view(&self) -> Session {
        Session {
            shared_at: self.shared_at,
            ..self.clone_without_records()
        }
    }

    /// A table laptop's copy for a shared folder: everything it holds (its notes, the
    /// tables). A table laptop takes no sign-ins, so it has none to leave out.
    pub fn table_view(&self) -> Session {
        Session {
            attendees: Vec::new(),
            tallies: Vec::new(),
            ..self.clone()
        }
    }

    /// What this copy holds that `base` does not hold as it is: its details and step, with
    /// only the records (tables, notes, themes, actions, sign-ins, head-counts) that `base`
    /// lacks or holds otherwise. Merging it into `base` (or into anything newer than `base`)
    /// gives what merging the whole copy gives, at the cost of those few records.
    pub fn changed_since(&self, base: &Session) -> Session {
        fn differing<T: Mergeable>(ours: &[T], base: &[T]) -> Vec<T> {
            let known: std::collections::HashMap<Uuid, &T> =
                base.iter().map(|r| (r.id(), r)).collect();
            ours.iter()
                .filter(|r| known.get(&r.id()).is_none_or(|b| *b != *r))
                .cloned()
                .collect()
        }
        Session {
            tables: differing(&self.tables, &base.tables),
            notes: differing(&self.notes, &base.notes),
            themes: differing(&self.themes, &base.themes),
            commitments: differing(&self.commitments, &base.commitments),
            attendees: differing(&self.attendees, &base.attendees),
            tallies: differing(&self.tallies, &base.tallies),
            goodbye: self.goodbye.clone(),
            shared_at: self.shared_at,
            ..self.clone_without_records()
        }
    }

    /// A copy of everything but the records (notes, themes, actions, sign-ins, head-counts),
    /// which stay empty: cheap however long the evening.
    fn clone_without_records(&self) -> Session {
        Session {
            schema_version: self.schema_version,
            id: self.id,
            details: self.details.clone(),
            guide: self.guide.clone(),
            created: self.created,
            current: self.current,
            ticked: self.ticked.clone(),
            timeline: self.timeline.clone(),
            timer: self.timer.clone(),
            projector: self.projector.clone(),
            tables: self.tables.clone(),
            notes: Vec::new(),
            themes: Vec::new(),
            commitments: Vec::new(),
            attendees: Vec::new(),
            tallies: Vec::new(),
            counts_only: self.counts_only,
            erased_everyone: self.erased_everyone,
            shared_at: None,
            goodbye: Vec::new(),
            you_said: self.you_said.clone(),
            outreach: self.outreach.clone(),
        }
    }

    /// Take the facilitator's step from their shared copy `theirs`: the step on screen and
    /// when each step was shown, so a note typed now is filed under the question the room
    /// sees, in the same round. Returns whether anything changed.
    pub fn follow_step(&mut self, theirs: &Session) -> bool {
        if self.id != theirs.id
            || !self.agenda().contains(&theirs.current)
            || (self.current == theirs.current && self.timeline == theirs.timeline)
        {
            return false;
        }
        self.current = theirs.current;
        self.timeline.clone_from(&theirs.timeline);
        true
    }

    /// The agenda: welcome, "you said, we did" (when this café reports on the last one),
    /// agreements, one step per question, harvest, closing.
    pub fn agenda(&self) -> Vec<Step> {
        let mut steps = agenda(&self.guide);
        if self.you_said.is_some() {
            steps.insert(1, Step::YouSaid);
        }
        steps
    }

    /// Position of the current step in the agenda (0 if the file names a step the guide lacks).
    pub fn current_index(&self) -> usize {
        self.agenda()
            .iter()
            .position(|s| *s == self.current)
            .unwrap_or(0)
    }

    pub fn is_ticked(&self, question: usize, point: usize) -> bool {
        self.ticked
            .get(&question)
            .is_some_and(|set| set.contains(&point))
    }

    /// The series this café belongs to, as shown and grouped: the name the host gave, or the
    /// guide's title when none was given.
    pub fn series_name(&self) -> &str {
        let named = self.details.series.trim();
        if named.is_empty() {
            self.guide.title.trim()
        } else {
            named
        }
    }

    /// The latest moment the file records: a step shown, the timer started, or any record
    /// (note, table, theme, commitment, sign-in, head-count) changed.
    pub fn last_recorded(&self) -> DateTime<Utc> {
        let records = self
            .notes
            .iter()
            .map(|n| n.edited.max(n.created))
            .chain(self.tables.iter().map(|t| t.edited))
            .chain(self.themes.iter().map(|t| t.edited))
            .chain(self.commitments.iter().map(|c| c.edited))
            .chain(self.attendees.iter().map(|a| a.edited.max(a.checked_in)))
            .chain(self.tallies.iter().map(|t| t.edited))
            .chain(self.you_said.iter().map(|y| y.edited))
            .chain(self.outreach.edited);
        records
            .chain(self.timeline.iter().map(|t| t.at))
            .chain(self.timer.running_since)
            .chain(self.erased_everyone)
            .fold(self.created, DateTime::max)
    }

    /// When the café began: the first moment any step was shown.
    pub fn started_at(&self) -> DateTime<Utc> {
        self.timeline.first().map_or(self.created, |s| s.at)
    }

    /// A file name for this session: `<date>_<slug>_<short-id>.ron`.
    pub fn file_name(&self) -> String {
        let short: String = self.id.simple().to_string().chars().take(8).collect();
        format!(
            "{}_{}_{}.ron",
            self.details.date.format("%Y-%m-%d"),
            slug(&self.details.title),
            short
        )
    }

    /// Problems that would make this session misbehave, in plain words. What a person may
    /// want to fix in its guide (a question without points, a missing translation) is no
    /// reason to refuse a café that ran on it: see [`Guide::problems`].
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.details.tables == 0 || self.details.tables > MAX_TABLES {
            out.push(format!(
                "the session has {} tables; use 1 to {MAX_TABLES}",
                self.details.tables
            ));
        }
        if !self.agenda().contains(&self.current) {
            out.push(format!(
                "the current step {:?} is not in the guide's agenda",
                self.current
            ));
        }
        out
    }
}

/// The agenda of a café run on `guide`.
pub fn agenda(guide: &Guide) -> Vec<Step> {
    let mut steps = Vec::with_capacity(guide.questions.len() + 4);
    steps.push(Step::Welcome);
    steps.push(Step::Agreements);
    steps.extend((0..guide.questions.len()).map(Step::Question));
    steps.push(Step::Harvest);
    steps.push(Step::Closing);
    steps
}

impl Step {
    /// A short name for the agenda list and previews.
    pub fn label(self) -> String {
        match self {
            Step::Welcome => "Welcome".to_owned(),
            Step::YouSaid => "You said, we did".to_owned(),
            Step::Agreements => "Café agreements".to_owned(),
            Step::Question(i) => format!("Question {}", i + 1),
            Step::Harvest => "Harvest".to_owned(),
            Step::Closing => "Closing".to_owned(),
        }
    }
}

/// A lowercase ASCII slug for file names: letters and digits joined by dashes.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "cafe".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// The letter without its accent (á → a, Ñ → n), for file names and name search.
pub fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'Ç' => 'c',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_folds_accents_and_punctuation() {
        assert_eq!(slug("Café de Otoño — Week 2!"), "cafe-de-otono-week-2");
        assert_eq!(slug("  "), "cafe");
        assert_eq!(slug("***"), "cafe");
    }
}
