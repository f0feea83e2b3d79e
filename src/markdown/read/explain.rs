//! Lines that fit nowhere, said in words that point at what was probably meant.

use super::{Fixed, Part, Reader, Section, closest, fixed_name, looks_like_code, part_name};

impl<'t> Reader<'t> {
    /// The message for a line that starts like a language the guide does not name.
    pub(super) fn undeclared_language(&self, line: &str) -> Option<String> {
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

    pub(super) fn before_first_heading(&mut self, n: usize, col: usize) {
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
    pub(super) fn unexpected(&mut self, n: usize, col: usize, line: &str) {
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
