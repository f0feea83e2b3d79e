//! Guides as plain text: a Markdown file a facilitator can write in any text editor, or paste
//! from a document, and the app reads as a guide (and writes back, so export then import gives
//! the same guide). No I/O and no interface here: text in, guide (or every mistake with its
//! line and column) out. The README describes the format with a complete example.
//!
//! ```text
//! ---
//! title: First Meeting with the Teacher
//! purpose: Families and teachers meet before anything goes wrong.
//! languages: en, es
//! starts: 18:00
//! ends: 19:30
//! ---
//!
//! # Welcome
//! minutes: 15
//!
//! # Café agreements
//! minutes: 5
//! - Listen to understand.
//!   es: Escuche para entender.
//!
//! # What does your child love to do at home?
//! es: ¿Qué le encanta hacer a su hijo en casa?
//! minutes: 20
//!
//! Points:
//! - Games and drawing
//!   es: Juegos y dibujo
//!
//! Notes:
//! Start with something easy.
//! es:
//! Empiece con algo fácil.
//!
//! Resources:
//! - Family liaison: ask the front office for their number.
//!   es: Enlace con las familias: pida su número en la oficina.
//!
//! # Harvest
//! minutes: 15
//!
//! # Closing
//! minutes: 10
//! ```

mod quote;
mod read;
mod write;

pub use read::{MdError, Places, read};
pub use write::write;

/// The labels that open a question's parts.
const POINTS: &str = "points:";
const NOTES: &str = "notes:";
const RESOURCES: &str = "resources:";
const MINUTES: &str = "minutes:";

/// The steps around the questions, as their headings name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fixed {
    Welcome,
    Agreements,
    Harvest,
    Closing,
}

/// The fixed step an (unquoted) heading names, if it names one.
fn fixed_step(heading: &str) -> Option<Fixed> {
    let folded: String = heading
        .trim()
        .chars()
        .map(|c| crate::model::session::fold_accent(c).to_ascii_lowercase())
        .collect();
    match folded.as_str() {
        "welcome" => Some(Fixed::Welcome),
        "cafe agreements" | "agreements" => Some(Fixed::Agreements),
        "harvest" => Some(Fixed::Harvest),
        "closing" => Some(Fixed::Closing),
        _ => None,
    }
}

/// How many characters of a heading's text say "Question 3:" before the question itself, so
/// `# Question 3: What helps?` is the question "What helps?".
fn question_prefix(heading: &str) -> usize {
    let lower = heading.to_lowercase();
    let Some(rest) = lower.strip_prefix("question") else {
        return 0;
    };
    let digits = rest
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .count();
    let spaces = rest.len() - rest.trim_start().len();
    let after = &rest[spaces + digits..];
    let Some(mark) = after.chars().next().filter(|c| *c == ':' || *c == '.') else {
        return 0;
    };
    let tail = &after[mark.len_utf8()..];
    if !tail.starts_with(' ') {
        return 0;
    }
    let used = "question".len() + spaces + digits + 1 + (tail.len() - tail.trim_start().len());
    lower[..used].chars().count()
}

/// The language code and the rest, when `line` starts with one of `languages` and a colon.
fn language_line<'a>(line: &'a str, languages: &[String]) -> Option<(&'a str, &'a str)> {
    let (code, rest) = line.split_once(':')?;
    languages
        .iter()
        .any(|l| l == code)
        .then(|| (code, rest.trim_start()))
}

/// Whether `code` reads as a language code (`es`, `zh-TW`, `hmn`).
fn looks_like_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Whether a line of a notes text, at the start of a line, would be read as something else: a
/// heading, a label, minutes, a language, or an escaped line. Such a line is written with a
/// backslash before it.
fn notes_line_needs_escape(line: &str, languages: &[String]) -> bool {
    let lower = line.to_lowercase();
    line.starts_with('#')
        || line.starts_with('\\')
        || [POINTS, NOTES, RESOURCES, MINUTES]
            .iter()
            .any(|label| lower.starts_with(label))
        || language_line(line, languages).is_some()
}

/// How many single-letter changes turn `a` into `b`.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(here + 1);
            prev = here;
        }
    }
    row[b.len()]
}

/// The known word closest to `word`, when it is a likely misspelling of one (a letter or two
/// wrong): for "did you mean `notes`?".
pub fn closest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    let word = word.to_lowercase();
    known
        .iter()
        .map(|k| (distance(&word, k), *k))
        .filter(|(d, k)| *d > 0 && *d <= 2 && *d < k.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests;
