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

use std::path::Path;

pub use attendance::Privacy;

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
    crate::review::cache::remove_backup(path)
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
