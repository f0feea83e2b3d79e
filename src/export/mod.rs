//! Reports to share: one café's report and a series summary (Markdown, or one self-contained
//! HTML file that prints on A4 and Letter), attendance as CSV, and a blank sign-in sheet to
//! print. Private by default: private notes never leave, names only when the host includes
//! them, and contact details only for people who agreed to be contacted. Every export says on
//! its first lines what it contains.

pub mod attendance;
pub mod cafe;
mod page;
pub mod series;
mod svg;

use std::path::{Path, PathBuf};

pub use attendance::Privacy;

use crate::model::PeopleCount;

/// The kinds of export, the same from the command line and from the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A café's report or a series summary as Markdown.
    Markdown,
    /// A café's report or a series summary as one self-contained HTML file.
    Html,
    /// A café's attendance as CSV.
    Csv,
    /// A blank sign-in sheet to print, for one café.
    SignInSheet,
}

impl Format {
    /// Every format, in the order the command line lists them.
    pub const ALL: [Format; 4] = [
        Format::Markdown,
        Format::Html,
        Format::Csv,
        Format::SignInSheet,
    ];

    /// The name given on the command line (`--format md|html|csv|sign-in-sheet`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::SignInSheet => "sign-in-sheet",
        }
    }

    /// The format named `name` on the command line.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The ending of a file of this format, so exports open in the right program.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html | Format::SignInSheet => "html",
            Format::Csv => "csv",
        }
    }
}

/// The text of one café's export.
pub fn cafe_text(file: &Path, format: Format, privacy: Privacy) -> Result<String, String> {
    let session = crate::store::load_session(file)
        .map_err(|e| e.to_string())?
        .session;
    Ok(match format {
        Format::Markdown => cafe::markdown(&session, privacy),
        Format::Html => cafe::html(&session, privacy),
        Format::Csv => attendance::csv(&session, privacy)?,
        Format::SignInSheet => {
            attendance::blank_sign_in_sheet_html(&session, attendance::BLANK_SHEET_ROWS)
        }
    })
}

/// The text of a series summary, from every café of the series in `folders`.
pub fn series_text(
    name: &str,
    folders: &[PathBuf],
    format: Format,
    privacy: Privacy,
) -> Result<String, String> {
    use crate::review::series::{SeriesSummary, load_all};
    let summary = SeriesSummary::of(name, &load_all(folders));
    if summary.cafes.is_empty() {
        let places: Vec<String> = folders.iter().map(|f| f.display().to_string()).collect();
        return Err(format!(
            "no café of the series \"{name}\" was found in {}",
            places.join(", ")
        ));
    }
    match format {
        Format::Markdown => Ok(series::markdown(&summary, privacy)),
        Format::Html => Ok(series::html(&summary, privacy)),
        Format::Csv | Format::SignInSheet => Err(
            "a series summary can be exported as md or html; export attendance or a sign-in sheet from one café's file".to_owned(),
        ),
    }
}

/// Write an export to `path` safely (a temporary file swapped in, private to the user),
/// without leaving a backup copy of an earlier export beside it.
pub fn write_export(path: &Path, text: &str) -> Result<(), String> {
    crate::store::atomic::write_atomic(path, text.as_bytes()).map_err(|e| {
        format!(
            "{} could not be written ({}); nothing was exported",
            path.display(),
            plain_io(&e)
        )
    })?;
    crate::store::atomic::remove_backup(path)
}

fn plain_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "the disk is full".to_owned(),
        ErrorKind::PermissionDenied => "that folder cannot be written to".to_owned(),
        ErrorKind::NotFound => "that folder does not exist".to_owned(),
        ErrorKind::ReadOnlyFilesystem => "the disk is read-only".to_owned(),
        _ => e.to_string(),
    }
}

/// `n` and the word for it, in English: "1 table", "2 tables".
pub(crate) fn counted(n: impl Into<u64>, one: &str, other: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { other })
}

/// How a figure about people reads in an export, by what is known of it.
pub(crate) struct PeopleWords {
    pub one: &'static str,
    pub other: &'static str,
    /// The whole phrase when nobody was signed in by name.
    pub not_known: &'static str,
}

pub(crate) const FIRST_VISITS: PeopleWords = PeopleWords {
    one: "first visit",
    other: "first visits",
    not_known: "first visits not known",
};
pub(crate) const INTERPRETER: PeopleWords = PeopleWords {
    one: "needed an interpreter",
    other: "needed an interpreter",
    not_known: "interpreter needs not known",
};
pub(crate) const CHILDCARE: PeopleWords = PeopleWords {
    one: "child in childcare",
    other: "children in childcare",
    not_known: "childcare not known",
};

/// "3 first visits", "at least 3 first visits" (some people were only counted), or "first
/// visits not known" (nobody was signed in by name): never a 0 that is not known.
pub(crate) fn people(count: PeopleCount, words: &PeopleWords) -> String {
    match count {
        PeopleCount::Known(n) => counted(n, words.one, words.other),
        PeopleCount::AtLeast(n) => format!("at least {}", counted(n, words.one, words.other)),
        PeopleCount::NotKnown => words.not_known.to_owned(),
    }
}

/// A figure about people in a table's cell: "3", "at least 3" or "not known".
pub(crate) fn people_cell(count: PeopleCount) -> String {
    match count {
        PeopleCount::Known(n) => n.to_string(),
        PeopleCount::AtLeast(n) => format!("at least {n}"),
        PeopleCount::NotKnown => "not known".to_owned(),
    }
}

/// Text safe to put in Markdown: characters that would start formatting are escaped and line
/// breaks become spaces, so a note can never change the shape of the report.
pub fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\r' | '\n' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Format;

    #[test]
    fn every_format_is_found_by_its_command_line_name_and_has_its_file_ending() {
        for format in Format::ALL {
            assert_eq!(Format::from_name(format.name()), Some(format));
        }
        assert_eq!(Format::from_name("pdf"), None);
        let endings: Vec<&str> = Format::ALL.iter().map(|f| f.extension()).collect();
        assert_eq!(endings, ["md", "html", "csv", "html"]);
    }
}
