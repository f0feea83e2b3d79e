//! Reports to share: one café's report and a series summary (Markdown, or one self-contained
//! HTML file that prints on A4 and Letter), attendance as CSV, and a blank sign-in sheet to
//! print. Private by default: private notes never leave, names only when the host includes
//! them, and contact details only for people who agreed to be contacted. Every export says on
//! its first lines what it contains.

pub mod attendance;
pub mod cafe;
pub mod evidence;
pub mod isolate;
mod page;
pub mod series;
mod svg;
pub mod table;
pub mod words;

use std::path::{Path, PathBuf};

pub use crate::store::exports::{Holds, WriteError};
pub use attendance::Privacy;
pub use words::{Words, md};

use crate::i18n::Lang;

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
    /// The school's evidence pack of one café: one printable HTML page.
    EvidencePack,
}

impl Format {
    /// Every format, in the order the command line lists them.
    pub const ALL: [Format; 5] = [
        Format::Markdown,
        Format::Html,
        Format::Csv,
        Format::SignInSheet,
        Format::EvidencePack,
    ];

    /// The name given on the command line (`--format md|html|csv|sign-in-sheet`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::SignInSheet => "sign-in-sheet",
            Format::EvidencePack => "evidence-pack",
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
            Format::Html | Format::SignInSheet | Format::EvidencePack => "html",
            Format::Csv => "csv",
        }
    }
}

/// The text of one café's export, in `lang`. The evidence pack also lists the actions still
/// open from earlier cafés of its series, read from the café file's own folder.
pub fn cafe_text(
    file: &Path,
    format: Format,
    privacy: Privacy,
    lang: Lang,
) -> Result<String, ExportError> {
    let session = crate::store::load_session(file)
        .map_err(ExportError::File)?
        .session;
    let w = Words(lang);
    Ok(match format {
        Format::Markdown => cafe::markdown(&session, privacy, w),
        Format::Html => cafe::html(&session, privacy, w),
        Format::Csv => attendance::csv(&session, privacy, w).map_err(ExportError::Csv)?,
        Format::SignInSheet => {
            attendance::blank_sign_in_sheet_html(&session, attendance::BLANK_SHEET_ROWS, w)
        }
        Format::EvidencePack => {
            let folder = file.parent().map(Path::to_path_buf).unwrap_or_default();
            let cafes = crate::review::series::load_all(&[folder]);
            let earlier = evidence::open_earlier(&session, &cafes);
            evidence::html(&session, &earlier, privacy, w, &chrono::Local)
        }
    })
}

/// The text of a series summary, from every café of the series in `folders` (each file read:
/// for the command line; the app exports the summary its series view already holds).
pub fn series_text(
    name: &str,
    folders: &[PathBuf],
    format: Format,
    privacy: Privacy,
    lang: Lang,
) -> Result<String, ExportError> {
    use crate::review::series::{SeriesSummary, load_all};
    let summary = SeriesSummary::of(name, &load_all(folders));
    if summary.cafes.is_empty() {
        return Err(ExportError::NoSuchSeries {
            name: name.to_owned(),
            folders: folders.to_vec(),
        });
    }
    summary_text(&summary, format, privacy, lang)
}

/// The text of the series summary `summary` in `format`: no file is read.
pub fn summary_text(
    summary: &crate::review::series::SeriesSummary,
    format: Format,
    privacy: Privacy,
    lang: Lang,
) -> Result<String, ExportError> {
    match format {
        Format::Markdown => Ok(series::markdown(summary, privacy, Words(lang))),
        Format::Html => Ok(series::html(summary, privacy, Words(lang))),
        Format::Csv => series::csv(summary, Words(lang)).map_err(ExportError::Csv),
        Format::SignInSheet | Format::EvidencePack => Err(ExportError::NotForSeries),
    }
}

/// Why an export's text could not be made, as facts the interface (and the command line)
/// words in the person's language (`ui::trouble::export_error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// The café's file could not be read.
    File(crate::store::FileError),
    /// No café of the series `name` is in `folders`.
    NoSuchSeries { name: String, folders: Vec<PathBuf> },
    /// A series summary is only Markdown, HTML or CSV.
    NotForSeries,
    /// The CSV writer's own words.
    Csv(String),
}

/// What an export is of: one café (its session file) or a series (by name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject<'a> {
    Cafe(&'a Path),
    Series(&'a str),
}

impl Subject<'_> {
    /// The name of an export of this subject holding `holds` (see
    /// [`crate::store::exports::file_name`], the one place exports are named).
    pub fn file_name(&self, holds: Holds, names: bool, extension: &str) -> String {
        let of = match self {
            Subject::Cafe(path) => path
                .file_stem()
                .map_or_else(|| "cafe".to_owned(), |s| s.to_string_lossy().into_owned()),
            Subject::Series(name) => crate::model::session::slug(name),
        };
        crate::store::exports::file_name(&of, holds, names, extension)
    }

    /// The name of this subject's export in `format`, as the review and the command line
    /// write it.
    pub fn export_name(&self, format: Format, privacy: Privacy) -> String {
        let holds = match (self, format) {
            (Subject::Series(_), _) => Holds::Series,
            (Subject::Cafe(_), Format::Markdown | Format::Html) => Holds::Report,
            (Subject::Cafe(_), Format::Csv) => Holds::Attendance,
            (Subject::Cafe(_), Format::SignInSheet) => Holds::BlankSignInSheet,
            (Subject::Cafe(_), Format::EvidencePack) => Holds::EvidencePack,
        };
        self.file_name(holds, privacy.names, format.extension())
    }
}

/// Whether `head`, the first bytes of a file, is the start of an export Café Host made (a
/// report, a summary, an attendance list or CSV, a sign-in sheet), which a new export may
/// replace.
pub fn is_export(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}');
    page::is_page(text)
        || attendance::is_csv(text)
        || page::Kind::ALL.iter().any(|kind| {
            Lang::all()
                .into_iter()
                .any(|lang| text.starts_with(&format!("# {}", kind.prefix(Words(lang)))))
        })
}

/// Write an export to `path` safely (a temporary file swapped in, private to the user, no
/// backup copy beside it). Only a new file or an earlier export is replaced: never a café, a
/// guide, a link, a device, a pipe or anyone's other file.
pub fn write_export(path: &Path, text: &str) -> Result<(), WriteError> {
    crate::store::exports::write(path, text.as_bytes(), is_export)
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
        assert_eq!(endings, ["md", "html", "csv", "html", "html"]);
    }
}
