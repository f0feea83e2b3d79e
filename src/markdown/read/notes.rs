//! A question's notes: lines of text, each translation after a line `es:`.

use super::{NotesBlock, Reader, Section, column, language_line, strip_prefix_ci};
use crate::markdown::{MINUTES, NOTES, POINTS, RESOURCES};

impl<'t> Reader<'t> {
    /// A line while notes are being read: true when it is part of them.
    pub(super) fn notes_line(&mut self, n: usize, raw: &'t str) -> bool {
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
    pub(super) fn start_notes(
        &mut self,
        n: usize,
        raw: &str,
        language: Option<String>,
        rest: &'t str,
    ) {
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
    pub(super) fn flush_notes(&mut self) {
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
}
