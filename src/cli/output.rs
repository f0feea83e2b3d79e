//! Printing to standard output and words' arguments, for every command.

use std::io::Write;
use std::path::Path;

use cafe_host::i18n::{Lang, tr_args};

/// A path as a message's argument.
pub(crate) fn path_arg(path: &Path) -> cafe_host::i18n::FluentValue<'static> {
    path.display().to_string().into()
}

/// Why printing to standard output stopped.
pub(crate) enum PrintStop {
    /// The reader closed the pipe early (`cafe-host check … | head -1`): a normal end, the
    /// command stops quietly.
    ReaderGone,
    /// Writing failed otherwise (a full disk behind a redirection), said in plain words.
    Failed(String),
}

/// Write `text` to standard output and flush it, so a reader that has gone away or a failed
/// write is an answer rather than a panic.
pub(crate) fn print_out(text: &str, lang: Lang) -> Result<(), PrintStop> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                PrintStop::ReaderGone
            } else {
                PrintStop::Failed(tr_args(
                    lang,
                    "cli-output-failed",
                    &[("error", e.to_string().into())],
                ))
            }
        })
}

/// Print `text`; a reader that stopped reading is a normal end, any other failure a message.
pub(crate) fn print_unless_gone(text: &str, lang: Lang) -> Result<(), String> {
    match print_out(text, lang) {
        Ok(()) | Err(PrintStop::ReaderGone) => Ok(()),
        Err(PrintStop::Failed(message)) => Err(message),
    }
}
