//! Reading a Markdown guide line by line. Every mistake is collected with its line and column,
//! and reading goes on after one, so a person fixing a file sees all of them at once.

mod explain;
mod front;
mod items;
mod notes;

use std::collections::BTreeMap;

use super::quote::unquote;
use super::{
    Fixed, MINUTES, NOTES, POINTS, RESOURCES, closest, fixed_step, language_line, looks_like_code,
    question_prefix,
};
use crate::model::guide::GUIDE_SCHEMA_VERSION;
use crate::model::{Guide, GuideProblem, Plan, Question, Step};

/// A mistake in a Markdown guide, at its 1-based line and column, in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MdError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

type Pos = (usize, usize);

/// Where the parts of a guide were written, so a problem found in the guide afterwards can be
/// shown at its place in the file.
#[derive(Debug, Clone, Default)]
pub struct Places {
    title: Option<Pos>,
    ends: Option<Pos>,
    body: Pos,
    steps: BTreeMap<Step, Pos>,
    minutes: BTreeMap<Step, Pos>,
    points: BTreeMap<usize, Pos>,
    agreements: Vec<Pos>,
}

impl Places {
    /// The line and column a problem of the guide concerns.
    pub fn of(&self, problem: &GuideProblem) -> Pos {
        let step = |s: Step| self.steps.get(&s).copied();
        let found = match problem {
            GuideProblem::NoTitle => self.title,
            GuideProblem::NoQuestions => Some(self.body),
            GuideProblem::QuestionWithoutText { question }
            | GuideProblem::QuestionNotTranslated { question, .. } => {
                step(Step::Question(*question))
            }
            GuideProblem::QuestionWithoutPoints { question } => self
                .points
                .get(question)
                .copied()
                .or_else(|| step(Step::Question(*question))),
            GuideProblem::AgreementNotTranslated { agreement, .. } => {
                self.agreements.get(*agreement).copied()
            }
            GuideProblem::Minutes { step: s, .. } => {
                self.minutes.get(s).copied().or_else(|| step(*s))
            }
            GuideProblem::OverPlannedEnd { .. } => self.ends,
        };
        found.unwrap_or((1, 1))
    }
}

/// Read a Markdown guide: the guide and where its parts are, or every mistake found.
pub fn read(text: &str) -> Result<(Guide, Places), Vec<MdError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let mut reader = Reader::default();
    let body = reader.front_matter(&lines);
    for (i, line) in lines.iter().enumerate().skip(body) {
        reader.line(i + 1, line);
    }
    reader.flush_notes();
    if reader.errors.is_empty() {
        Ok((reader.guide, reader.places))
    } else {
        Err(reader.errors)
    }
}

/// Which step the lines belong to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
enum Section {
    /// Before the first heading.
    #[default]
    Start,
    Fixed(Fixed),
    Question(usize),
}

/// Which part of a question the lines belong to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
enum Part {
    #[default]
    Top,
    Points,
    Notes,
    Resources,
}

/// The list item the indented lines under it translate or continue.
#[derive(Clone, Debug)]
struct Item {
    kind: ItemKind,
    index: usize,
    /// The language of the line above (`None`: the main text), which a continued line extends.
    last: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ItemKind {
    Agreement,
    Point,
    Resource,
}

/// A notes text being read: its language (`None`: the main one) and its lines so far.
struct NotesBlock<'t> {
    language: Option<String>,
    lines: Vec<&'t str>,
    /// Given in quotes on the label's line: no lines may follow.
    quoted: Option<String>,
}

struct Reader<'t> {
    guide: Guide,
    places: Places,
    errors: Vec<MdError>,
    section: Section,
    part: Part,
    parts_seen: Vec<Part>,
    minutes_seen: bool,
    item: Option<Item>,
    notes: Option<NotesBlock<'t>>,
    notes_languages: Vec<Option<String>>,
    fixed_seen: Vec<Fixed>,
    /// The line number of the last line that could not be read, so a paragraph of them is
    /// reported once.
    last_unexpected: usize,
}

impl Default for Reader<'_> {
    fn default() -> Self {
        Self {
            guide: Guide {
                schema_version: GUIDE_SCHEMA_VERSION,
                title: String::new(),
                purpose: String::new(),
                languages: Vec::new(),
                agreements: Vec::new(),
                questions: Vec::new(),
                plan: Plan::default(),
                goodbye: crate::model::GoodbyeQuestions::default(),
            },
            places: Places::default(),
            errors: Vec::new(),
            section: Section::Start,
            part: Part::Top,
            parts_seen: Vec::new(),
            minutes_seen: false,
            item: None,
            notes: None,
            notes_languages: Vec::new(),
            fixed_seen: Vec::new(),
            last_unexpected: 0,
        }
    }
}

/// The 1-based column where `part` (a piece of `line`) starts.
fn column(line: &str, part: &str) -> usize {
    let offset = (part.as_ptr() as usize)
        .saturating_sub(line.as_ptr() as usize)
        .min(line.len());
    line.get(..offset).map_or(offset, |s| s.chars().count()) + 1
}

/// `text` without `prefix`, compared without regard to capitals.
fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// The label a line opens (`Points:`, `Notes:`, `Resources:`) and what follows it.
fn label_of(line: &str) -> Option<(Part, &str)> {
    [
        (POINTS, Part::Points),
        (NOTES, Part::Notes),
        (RESOURCES, Part::Resources),
    ]
    .into_iter()
    .find_map(|(label, part)| strip_prefix_ci(line, label).map(|rest| (part, rest)))
}

fn part_name(part: Part) -> &'static str {
    match part {
        Part::Top => "the question",
        Part::Points => "Points:",
        Part::Notes => "Notes:",
        Part::Resources => "Resources:",
    }
}

fn fixed_name(fixed: Fixed) -> &'static str {
    match fixed {
        Fixed::Welcome => "the welcome",
        Fixed::Agreements => "the café agreements",
        Fixed::Harvest => "the harvest",
        Fixed::Closing => "the closing",
    }
}

impl<'t> Reader<'t> {
    fn error(&mut self, line: usize, column: usize, message: impl Into<String>) {
        self.errors.push(MdError {
            line,
            column,
            message: message.into(),
        });
    }

    /// A single-line value: trimmed, or read from its quotes.
    fn value(&mut self, n: usize, line: &str, text: &str) -> String {
        let text = text.trim();
        if !text.starts_with('"') {
            return text.to_owned();
        }
        match unquote(text) {
            Ok((value, rest)) => {
                if !rest.trim().is_empty() {
                    self.error(
                        n,
                        column(line, rest.trim_start()),
                        "nothing may follow the closing quote on this line",
                    );
                }
                value
            }
            Err(e) => {
                self.error(n, column(line, text) + e.at, e.message);
                text.to_owned()
            }
        }
    }

    /// One line of the body.
    fn line(&mut self, n: usize, raw: &'t str) {
        if self.notes.is_some() && self.notes_line(n, raw) {
            return;
        }
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return;
        }
        let col = column(raw, trimmed);
        if trimmed.starts_with('#') {
            self.heading(n, raw, trimmed);
        } else if raw.starts_with(char::is_whitespace) && self.item.is_some() {
            self.item_line(n, raw, trimmed);
        } else if let Some(rest) = strip_prefix_ci(trimmed, MINUTES) {
            self.minutes(n, raw, col, rest);
        } else if let Some((part, rest)) = label_of(trimmed) {
            self.label(n, raw, col, part, rest);
        } else if let Some(rest) = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "))
            .or_else(|| (trimmed == "-" || trimmed == "*").then_some(""))
        {
            self.list_item(n, raw, col, rest);
        } else if let Some((code, rest)) = language_line(trimmed, &self.guide.languages) {
            self.text_translation(n, raw, col, code, rest);
        } else {
            self.unexpected(n, col, trimmed);
        }
    }

    fn heading(&mut self, n: usize, raw: &str, trimmed: &str) {
        self.flush_notes();
        self.item = None;
        self.part = Part::Top;
        self.parts_seen.clear();
        self.notes_languages.clear();
        self.minutes_seen = false;
        let rest = trimmed.trim_start_matches('#').trim();
        let col = column(raw, trimmed);
        let (text, fixed) = if rest.starts_with('"') {
            (self.value(n, raw, rest), None)
        } else if let Some(fixed) = fixed_step(rest) {
            (String::new(), Some(fixed))
        } else {
            let skip = question_prefix(rest);
            (rest.chars().skip(skip).collect(), None)
        };
        match fixed {
            Some(fixed) => self.fixed_heading(n, col, fixed),
            None => {
                if self
                    .fixed_seen
                    .iter()
                    .any(|f| matches!(f, Fixed::Harvest | Fixed::Closing))
                {
                    self.error(
                        n,
                        col,
                        "the questions come before `# Harvest` and `# Closing`; move this question above them",
                    );
                }
                let index = self.guide.questions.len();
                self.guide.questions.push(Question::new(text));
                self.places.steps.insert(Step::Question(index), (n, col));
                self.section = Section::Question(index);
            }
        }
    }

    fn fixed_heading(&mut self, n: usize, col: usize, fixed: Fixed) {
        let questions = !self.guide.questions.is_empty();
        let seen = |f: Fixed| self.fixed_seen.contains(&f);
        let order = match fixed {
            _ if seen(fixed) => Some(format!("{} is written twice", fixed_name(fixed))),
            Fixed::Welcome
                if questions
                    || seen(Fixed::Agreements)
                    || seen(Fixed::Harvest)
                    || seen(Fixed::Closing) =>
            {
                Some("the welcome comes first: move `# Welcome` above the other steps".to_owned())
            }
            Fixed::Agreements if questions || seen(Fixed::Harvest) || seen(Fixed::Closing) => Some(
                "the café agreements come before the questions: move this heading above them"
                    .to_owned(),
            ),
            Fixed::Harvest if seen(Fixed::Closing) => Some(
                "the harvest comes before the closing: move this heading above `# Closing`"
                    .to_owned(),
            ),
            _ => None,
        };
        if let Some(message) = order {
            self.error(n, col, message);
        }
        self.fixed_seen.push(fixed);
        let step = match fixed {
            Fixed::Welcome => Step::Welcome,
            Fixed::Agreements => Step::Agreements,
            Fixed::Harvest => Step::Harvest,
            Fixed::Closing => Step::Closing,
        };
        self.places.steps.insert(step, (n, col));
        self.section = Section::Fixed(fixed);
    }

    fn current_step(&self) -> Option<Step> {
        Some(match self.section {
            Section::Start => return None,
            Section::Question(i) => Step::Question(i),
            Section::Fixed(Fixed::Welcome) => Step::Welcome,
            Section::Fixed(Fixed::Agreements) => Step::Agreements,
            Section::Fixed(Fixed::Harvest) => Step::Harvest,
            Section::Fixed(Fixed::Closing) => Step::Closing,
        })
    }

    fn minutes(&mut self, n: usize, raw: &str, col: usize, rest: &str) {
        self.item = None;
        let Some(step) = self.current_step() else {
            self.before_first_heading(n, col);
            return;
        };
        let text = rest.trim();
        let at = column(raw, rest.trim_start());
        if self.minutes_seen {
            self.error(n, col, "the minutes are written twice for this step");
        }
        self.minutes_seen = true;
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            self.error(
                n,
                at,
                format!("`{text}` is not a number of minutes; write a whole number, like 20"),
            );
            return;
        }
        let minutes = text
            .parse::<u64>()
            .map_or(u32::MAX, |m| u32::try_from(m).unwrap_or(u32::MAX));
        self.guide.set_minutes(step, minutes);
        self.places.minutes.insert(step, (n, col));
    }

    fn label(&mut self, n: usize, raw: &'t str, col: usize, part: Part, rest: &'t str) {
        self.item = None;
        let Section::Question(q) = self.section else {
            let whose = match self.section {
                Section::Fixed(f) => fixed_name(f),
                _ => "the text before the first heading",
            };
            self.error(
                n,
                col,
                format!(
                    "`{}` belongs to a question, not to {whose}",
                    part_name(part)
                ),
            );
            return;
        };
        if self.parts_seen.contains(&part) {
            self.error(
                n,
                col,
                format!(
                    "`{}` is written twice for question {}",
                    part_name(part),
                    q + 1
                ),
            );
        }
        self.parts_seen.push(part);
        self.part = part;
        match part {
            Part::Notes => self.start_notes(n, raw, None, rest),
            Part::Points | Part::Resources => {
                if !rest.trim().is_empty() {
                    self.error(
                        n,
                        column(raw, rest.trim_start()),
                        format!(
                            "write each one on its own line under `{}`, starting with `- `",
                            part_name(part)
                        ),
                    );
                }
                if part == Part::Points {
                    self.places.points.insert(q, (n, col));
                }
            }
            Part::Top => {}
        }
    }
}
