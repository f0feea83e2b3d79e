//! The words of every export in the reader's language (the export catalogues under
//! `assets/i18n/export/`), the one rule for group counts applied to each figure, and the one
//! door through which a person's own text (a note, a title, a name) enters an export.

use fluent_bundle::FluentValue;
use maud::Markup;

use crate::i18n::{self, Lang};
use crate::model::groups::{Shown, ShownPeople};
use crate::model::{PeopleCount, Role, Step, Tag};

/// The words of an export, in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words(pub Lang);

impl Words {
    pub fn t(self, key: &str) -> String {
        i18n::export_text(self.0, key, &[])
    }

    ///
    /// Every text argument holding right-to-left letters is isolated (see
    /// [`super::isolate::plain`]), so a line mixing our words with what people typed keeps
    /// each in its own direction, whatever the format.
    pub fn a(self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let isolated: Vec<(&str, FluentValue<'_>)> = args
            .iter()
            .map(|(name, value)| match value {
                FluentValue::String(text) => (
                    *name,
                    FluentValue::String(super::isolate::plain(text).into_owned().into()),
                ),
                other => (*name, other.clone()),
            })
            .collect();
        i18n::export_text(self.0, key, &isolated)
    }

    /// "Tuesday 24 November 2026", "martes, 24 de noviembre de 2026".
    pub fn long_date(self, date: chrono::NaiveDate) -> String {
        self.date(date, "date-long")
    }

    /// "24 Nov 2026".
    pub fn short_date(self, date: chrono::NaiveDate) -> String {
        self.date(date, "date-short")
    }

    fn date(self, date: chrono::NaiveDate, key: &str) -> String {
        let locale = chrono::Locale::try_from(self.t("date-locale").as_str())
            .unwrap_or(chrono::Locale::en_US);
        date.format_localized(&self.t(key), locale).to_string()
    }

    pub fn role(self, role: Role) -> String {
        i18n::role_name(self.0, role)
    }

    pub fn tag(self, tag: Tag) -> String {
        i18n::tag_name(self.0, tag)
    }

    pub fn step(self, step: Step) -> String {
        i18n::step_label(self.0, step)
    }

    pub fn yes(self, yes: bool) -> String {
        self.t(if yes { "yes" } else { "no" })
    }

    pub fn done(self, done: bool) -> String {
        self.t(if done { "done" } else { "open" })
    }

    /// A group's count under the one rule: "12", or "fewer than 5" for one to four people.
    pub fn group(self, n: u32) -> String {
        self.shown(Shown::of(n))
    }

    /// A figure about people in a table's cell: "7", "at least 7", "fewer than 5", "not known".
    pub fn people_cell(self, count: PeopleCount) -> String {
        match ShownPeople::of(count) {
            ShownPeople::Known(shown) => self.shown(shown),
            ShownPeople::AtLeast(shown) => {
                self.a("at-least", &[("count", self.shown(shown).into())])
            }
            ShownPeople::NotKnown => self.t("not-known"),
        }
    }

    /// A count as [`crate::model::groups`] allows it: "12", "fewer than 5" or "at least 8".
    pub fn shown(self, shown: Shown) -> String {
        match shown {
            Shown::Count(n) => n.to_string(),
            Shown::FewerThan => self.t("fewer-than-five"),
            Shown::HeldBack(n) => self.a("at-least", &[("count", n.into())]),
        }
    }

    /// Each of `counts` (a partition of `whole` people) in words beside `whole`, under the one
    /// rule: no small group told, not even by subtraction ([`crate::model::groups::parts`]).
    pub fn parts(self, whole: u32, counts: &[u32]) -> Vec<String> {
        crate::model::groups::parts(whole, counts)
            .into_iter()
            .map(|n| self.shown(n))
            .collect()
    }

    /// A count's bar on a chart, or the words said in its place ("fewer than 5").
    pub fn bar(self, shown: Shown) -> Result<f64, String> {
        shown.bar().ok_or_else(|| self.shown(shown))
    }

    /// A figure about people in a sentence: "7 first visits", "at least 7 first visits",
    /// "fewer than 5 first visits", or "first visits not known".
    pub fn people(self, count: PeopleCount, key: &str, not_known: &str) -> String {
        let phrase = |shown: Shown| match shown {
            Shown::Count(n) => self.a(key, &[("count", n.into())]),
            Shown::FewerThan | Shown::HeldBack(_) => {
                self.a(key, &[("count", self.shown(shown).into())])
            }
        };
        match ShownPeople::of(count) {
            ShownPeople::Known(shown) => phrase(shown),
            ShownPeople::AtLeast(shown) => self.a("at-least", &[("count", phrase(shown).into())]),
            ShownPeople::NotKnown => self.t(not_known),
        }
    }

    /// "2, 3 and 4".
    pub fn list(self, items: &[String]) -> String {
        match items.split_last() {
            Some((last, rest)) if !rest.is_empty() => self.a(
                "list-and",
                &[
                    ("rest", rest.join(", ").into()),
                    ("last", last.as_str().into()),
                ],
            ),
            Some((last, _)) => last.clone(),
            None => String::new(),
        }
    }
}

/// A person's own text (a title, a note, a theme, a name) in an HTML export: the one place it
/// enters a page, escaped.
pub fn user(text: &str) -> Markup {
    super::isolate::html(text)
}

/// A person's own text in a Markdown export: characters that would start formatting are
/// escaped and line breaks become spaces, so a note can never change the shape of the report;
/// right-to-left text is isolated (see [`super::isolate::md`]).
pub fn md(text: &str) -> String {
    super::isolate::md(text)
}

/// `text` with the characters that would start Markdown formatting escaped and its line
/// breaks made spaces.
pub fn escape_md(text: &str) -> String {
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
