//! Reading a Markdown guide line by line. Every mistake is collected with its line and column,
//! and reading goes on after one, so a person fixing a file sees all of them at once.

use std::collections::BTreeMap;

use super::quote::unquote;
use super::{
    Fixed, MINUTES, NOTES, POINTS, RESOURCES, closest, fixed_step, language_line, looks_like_code,
    question_prefix,
};
use crate::model::guide::GUIDE_SCHEMA_VERSION;
use crate::model::{ClockTime, Guide, GuideProblem, Plan, Question, Resource, Step, Wording};

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

    /// Read the front matter; returns the index of the first line of the body.
    fn front_matter(&mut self, lines: &[&'t str]) -> usize {
        let Some(first) = lines.iter().position(|l| !l.trim().is_empty()) else {
            self.error(1, 1, "the file is empty");
            return lines.len();
        };
        if lines[first].trim() != "---" {
            self.error(
                first + 1,
                1,
                "a guide starts with its front matter: a line `---`, then `title: …`, `purpose: …` and `languages: …`, and `---` again",
            );
            self.places.body = (first + 1, 1);
            return first;
        }
        let close = lines[first + 1..]
            .iter()
            .position(|l| l.trim() == "---")
            .map(|i| first + 1 + i);
        let end = close.unwrap_or_else(|| {
            self.error(
                first + 1,
                1,
                "the front matter is never closed: end it with a line `---` before the first heading",
            );
            lines[first + 1..]
                .iter()
                .position(|l| l.trim_start().starts_with('#'))
                .map_or(lines.len(), |i| first + 1 + i)
        });
        let mut seen = Vec::new();
        for (i, line) in lines.iter().enumerate().take(end).skip(first + 1) {
            self.front_line(i + 1, line, &mut seen);
        }
        let body = if close.is_some() { end + 1 } else { end };
        self.places.body = (body.min(lines.len().saturating_sub(1)) + 1, 1);
        body
    }

    fn front_line(&mut self, n: usize, line: &'t str, seen: &mut Vec<String>) {
        if line.trim().is_empty() {
            return;
        }
        let Some((key, value)) = line.split_once(':') else {
            self.error(
                n,
                column(line, line.trim_start()),
                "write each detail of the front matter as `name: value`, for example `title: Our Café`",
            );
            return;
        };
        let name = key.trim().to_lowercase();
        let key_col = column(line, key.trim_start());
        let value_col = column(line, value.trim_start());
        if seen.contains(&name) {
            self.error(n, key_col, format!("`{}` is written twice", key.trim()));
            return;
        }
        seen.push(name.clone());
        match name.as_str() {
            "title" => {
                self.guide.title = self.value(n, line, value);
                self.places.title = Some((n, key_col));
            }
            "purpose" => self.guide.purpose = self.value(n, line, value),
            "languages" => self.languages(n, line, value),
            "starts" | "ends" => {
                let text = value.trim();
                let time = ClockTime::parse(text);
                if time.is_none() && !text.is_empty() {
                    self.error(
                        n,
                        value_col,
                        format!(
                            "`{text}` is not a time of day; write hours and minutes, like 18:30"
                        ),
                    );
                }
                if name == "starts" {
                    self.guide.plan.starts_at = time;
                } else {
                    self.guide.plan.ends_by = time;
                    self.places.ends = Some((n, key_col));
                }
            }
            _ => {
                let known = ["title", "purpose", "languages", "starts", "ends"];
                let hint = closest(&name, &known).map_or_else(
                    || format!("; the front matter holds {}", known.join(", ")),
                    |k| format!("; did you mean `{k}`?"),
                );
                self.error(
                    n,
                    key_col,
                    format!("`{}` is not something a guide has{hint}", key.trim()),
                );
            }
        }
    }

    fn languages(&mut self, n: usize, line: &str, value: &str) {
        for code in value.split(',') {
            let c = code.trim();
            let at = column(line, code.trim_start());
            let well_formed = {
                let mut parts = c.split('-');
                let first = parts.next().unwrap_or_default();
                (2..=8).contains(&first.len())
                    && first.chars().all(|ch| ch.is_ascii_alphabetic())
                    && parts.all(|p| {
                        (1..=8).contains(&p.len()) && p.chars().all(|ch| ch.is_ascii_alphanumeric())
                    })
            };
            if c.is_empty() {
                self.error(n, at, "a language is missing between two commas");
            } else if !well_formed {
                self.error(
                    n,
                    at,
                    format!("`{c}` is not a language code; use codes such as en, es, ar, vi or zh-TW, separated by commas"),
                );
            } else if self.guide.languages.iter().any(|l| l == c) {
                self.error(n, at, format!("`{c}` is listed twice"));
            } else {
                self.guide.languages.push(c.to_owned());
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

    /// A line while notes are being read: true when it is part of them.
    fn notes_line(&mut self, n: usize, raw: &'t str) -> bool {
        let lower_starts = |label: &str| strip_prefix_ci(raw, label).is_some();
        if raw.starts_with('#')
            || [POINTS, NOTES, RESOURCES, MINUTES]
                .iter()
                .any(|l| lower_starts(l))
        {
            self.flush_notes();
            return false;
        }
        if let Some((code, rest)) = language_line(raw, &self.guide.languages) {
            let code = code.to_owned();
            self.flush_notes();
            self.start_notes(n, raw, Some(code), rest);
            return true;
        }
        let text = raw.strip_prefix('\\').unwrap_or(raw);
        let quoted = self.notes.as_ref().is_some_and(|b| b.quoted.is_some());
        if quoted && !raw.trim().is_empty() {
            self.error(
                n,
                column(raw, raw.trim_start()),
                "these notes were given in quotes on the line above; nothing more may follow them",
            );
        } else if let Some(block) = self.notes.as_mut().filter(|_| !quoted) {
            block.lines.push(text);
        }
        true
    }

    /// Begin a notes text in `language` (`None`: the main one), `rest` being what follows its
    /// label on the same line.
    fn start_notes(&mut self, n: usize, raw: &str, language: Option<String>, rest: &'t str) {
        if self.notes_languages.contains(&language) {
            let what = language
                .as_deref()
                .map_or_else(|| "`Notes:`".to_owned(), |l| format!("the `{l}:` notes"));
            self.error(n, 1, format!("{what} are written twice for this question"));
        }
        self.notes_languages.push(language.clone());
        let rest = rest.trim_start();
        let mut block = NotesBlock {
            language,
            lines: Vec::new(),
            quoted: None,
        };
        if rest.starts_with('"') {
            block.quoted = Some(self.value(n, raw, rest));
        } else if !rest.trim().is_empty() {
            block.lines.push(rest);
        }
        self.notes = Some(block);
    }

    /// Put the notes read so far into the question.
    fn flush_notes(&mut self) {
        let Some(block) = self.notes.take() else {
            return;
        };
        let Section::Question(q) = self.section else {
            return;
        };
        let text = match block.quoted {
            Some(text) => text,
            None => {
                let lines = &block.lines;
                let first = lines.iter().position(|l| !l.trim().is_empty());
                let last = lines.iter().rposition(|l| !l.trim().is_empty());
                match (first, last) {
                    (Some(a), Some(b)) => lines[a..=b].join("\n"),
                    _ => String::new(),
                }
            }
        };
        let Some(question) = self.guide.questions.get_mut(q) else {
            return;
        };
        match block.language {
            None => question.notes.text = text,
            Some(lang) if !text.trim().is_empty() => {
                question.notes.translations.insert(lang, text);
            }
            Some(_) => {}
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

    fn list_item(&mut self, n: usize, raw: &str, col: usize, rest: &str) {
        let kind = match (self.section, self.part) {
            (Section::Fixed(Fixed::Agreements), _) => ItemKind::Agreement,
            (Section::Question(_), Part::Points) => ItemKind::Point,
            (Section::Question(_), Part::Resources) => ItemKind::Resource,
            (Section::Question(q), _) => {
                self.item = None;
                self.error(
                    n,
                    col,
                    format!("this list belongs to nothing in question {}: put `Points:` or `Resources:` on the line above it", q + 1),
                );
                return;
            }
            (Section::Fixed(f), _) => {
                self.item = None;
                self.error(n, col, format!("{} holds only its minutes; lists belong to the café agreements and to the questions", fixed_name(f)));
                return;
            }
            (Section::Start, _) => {
                self.before_first_heading(n, col);
                return;
            }
        };
        let index = match (kind, self.section) {
            (ItemKind::Agreement, _) => {
                let text = self.value(n, raw, rest);
                self.guide.agreements.push(Wording::plain(text));
                self.places.agreements.push((n, col));
                self.guide.agreements.len() - 1
            }
            (ItemKind::Point, Section::Question(q)) => {
                let text = self.value(n, raw, rest);
                let points = &mut self.guide.questions[q].points;
                points.push(Wording::plain(text));
                points.len() - 1
            }
            (ItemKind::Resource, Section::Question(q)) => {
                let (title, detail) = self.resource_parts(n, raw, rest);
                let resources = &mut self.guide.questions[q].resources;
                resources.push(Resource {
                    title: Wording::plain(title),
                    detail: Wording::plain(detail),
                });
                resources.len() - 1
            }
            _ => return,
        };
        self.item = Some(Item {
            kind,
            index,
            last: None,
        });
    }

    /// A resource's `title: detail`, either part quoted.
    fn resource_parts(&mut self, n: usize, raw: &str, text: &str) -> (String, String) {
        let text = text.trim();
        if text.starts_with('"') {
            return match unquote(text) {
                Ok((title, rest)) => {
                    let rest = rest.trim_start();
                    match rest.strip_prefix(':') {
                        Some(detail) => (title, self.value(n, raw, detail)),
                        None if rest.is_empty() => (title, String::new()),
                        None => {
                            self.error(
                                n,
                                column(raw, rest),
                                "after a title in quotes comes `: ` and the detail",
                            );
                            (title, String::new())
                        }
                    }
                }
                Err(e) => {
                    self.error(n, column(raw, text) + e.at, e.message);
                    (text.to_owned(), String::new())
                }
            };
        }
        match text.split_once(": ") {
            Some((title, detail)) => (title.to_owned(), self.value(n, raw, detail)),
            None => (text.to_owned(), String::new()),
        }
    }

    /// An indented line under a list item: a translation (`es: …`) or more of its text.
    fn item_line(&mut self, n: usize, raw: &str, trimmed: &str) {
        let Some(item) = self.item.clone() else {
            return;
        };
        let col = column(raw, trimmed);
        if let Some((code, rest)) = language_line(trimmed, &self.guide.languages) {
            let code = code.to_owned();
            let (title, detail) = if item.kind == ItemKind::Resource {
                self.resource_parts(n, raw, rest)
            } else {
                (self.value(n, raw, rest), String::new())
            };
            let twice = self
                .item_wordings(&item)
                .is_some_and(|ws| ws.iter().any(|w| w.translations.contains_key(&code)));
            if twice {
                self.error(
                    n,
                    col,
                    format!("the `{code}:` translation is written twice here"),
                );
                return;
            }
            let Some(wordings) = self.item_wordings(&item) else {
                return;
            };
            for (wording, text) in wordings.into_iter().zip([title, detail]) {
                if !text.trim().is_empty() {
                    wording.translations.insert(code.clone(), text);
                }
            }
            if let Some(current) = &mut self.item {
                current.last = Some(code);
            }
            return;
        }
        if let Some(code) = self.undeclared_language(trimmed) {
            self.error(n, col, code);
            return;
        }
        // A long point wrapped onto the next line: it goes on the text above it.
        let last = item.last.clone();
        let Some(wordings) = self.item_wordings(&item) else {
            return;
        };
        let target = wordings.into_iter().last();
        if let Some(w) = target {
            let slot = match &last {
                Some(lang) => w.translations.entry(lang.clone()).or_default(),
                None => &mut w.text,
            };
            if !slot.is_empty() {
                slot.push(' ');
            }
            slot.push_str(trimmed);
        }
    }

    /// The wordings of a list item: one, or a resource's title and detail.
    fn item_wordings(&mut self, item: &Item) -> Option<Vec<&mut Wording>> {
        match (item.kind, self.section) {
            (ItemKind::Agreement, _) => self.guide.agreements.get_mut(item.index).map(|w| vec![w]),
            (ItemKind::Point, Section::Question(q)) => self
                .guide
                .questions
                .get_mut(q)?
                .points
                .get_mut(item.index)
                .map(|w| vec![w]),
            (ItemKind::Resource, Section::Question(q)) => {
                let r = self
                    .guide
                    .questions
                    .get_mut(q)?
                    .resources
                    .get_mut(item.index)?;
                Some(vec![&mut r.title, &mut r.detail])
            }
            _ => None,
        }
    }

    /// `es: …` on its own line: the question's text in that language.
    fn text_translation(&mut self, n: usize, raw: &str, col: usize, code: &str, rest: &str) {
        self.item = None;
        match (self.section, self.part) {
            (Section::Question(q), Part::Top) => {
                let text = self.value(n, raw, rest);
                let question = &mut self.guide.questions[q];
                if question.translations.contains_key(code) {
                    self.error(n, col, format!("the question's `{code}:` translation is written twice"));
                } else if !text.trim().is_empty() {
                    question.translations.insert(code.to_owned(), text);
                }
            }
            (Section::Question(_), part) => self.error(
                n,
                col,
                format!("`{code}:` here, under `{}`, translates nothing: a point's or a resource's translation goes on an indented line under it", part_name(part)),
            ),
            (Section::Fixed(Fixed::Agreements), _) => self.error(
                n,
                col,
                format!("an agreement's `{code}:` translation goes on an indented line under the agreement"),
            ),
            (Section::Fixed(f), _) => self.error(
                n,
                col,
                format!("{} has no text to translate; it holds only its minutes", fixed_name(f)),
            ),
            (Section::Start, _) => self.before_first_heading(n, col),
        }
    }

    /// The message for a line that starts like a language the guide does not name.
    fn undeclared_language(&self, line: &str) -> Option<String> {
        let (code, rest) = line.split_once(':')?;
        (looks_like_code(code) && (rest.is_empty() || rest.starts_with(' '))).then(|| {
            let named = if self.guide.languages.is_empty() {
                "none yet".to_owned()
            } else {
                self.guide.languages.join(", ")
            };
            format!(
                "`{code}` is not one of the guide's languages ({named}); add it to `languages:` in the front matter"
            )
        })
    }

    fn before_first_heading(&mut self, n: usize, col: usize) {
        if self.last_unexpected + 1 != n {
            self.error(
                n,
                col,
                "this comes before the first step: every step starts with a heading, such as `# Welcome` or `# What helps your child learn?`",
            );
        }
        self.last_unexpected = n;
    }

    /// A line that fits nowhere: say what was probably meant.
    fn unexpected(&mut self, n: usize, col: usize, line: &str) {
        if self.section == Section::Start {
            self.before_first_heading(n, col);
            return;
        }
        let run = self.last_unexpected + 1 == n;
        self.last_unexpected = n;
        let word = line.split(':').next().unwrap_or(line).trim();
        let message = if let Some(known) =
            closest(word, &["points", "notes", "resources", "minutes"])
        {
            let mut label = known.to_owned();
            if let Some(first) = label.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            if known == "minutes" {
                label.make_ascii_lowercase();
            }
            format!("`{word}:` is not something a guide has; did you mean `{label}:`?")
        } else if let Some(message) = self.undeclared_language(line) {
            message
        } else if run {
            return;
        } else {
            match (self.section, self.part) {
                (Section::Question(q), Part::Top) => format!(
                    "this line is not part of question {}: a question holds its translations (`es: …`), `minutes:`, `Points:`, `Notes:` and `Resources:`",
                    q + 1
                ),
                (Section::Question(_), part) => {
                    format!("under `{}` each line starts with `- `", part_name(part))
                }
                (Section::Fixed(Fixed::Agreements), _) => {
                    "each café agreement is a line starting with `- `".to_owned()
                }
                (Section::Fixed(f), _) => format!("{} holds only `minutes:`", fixed_name(f)),
                (Section::Start, _) => return,
            }
        };
        self.error(n, col, message);
    }
}
