//! Lists (agreements, points, resources) with their indented translations, and a
//! question's own translations.

use super::{
    Fixed, Item, ItemKind, Part, Reader, Section, column, fixed_name, language_line, part_name,
};
use crate::markdown::quote::unquote;
use crate::model::{Resource, Wording};

impl<'t> Reader<'t> {
    pub(super) fn list_item(&mut self, n: usize, raw: &str, col: usize, rest: &str) {
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
    pub(super) fn resource_parts(&mut self, n: usize, raw: &str, text: &str) -> (String, String) {
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
    pub(super) fn item_line(&mut self, n: usize, raw: &str, trimmed: &str) {
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
    pub(super) fn item_wordings(&mut self, item: &Item) -> Option<Vec<&mut Wording>> {
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
    pub(super) fn text_translation(
        &mut self,
        n: usize,
        raw: &str,
        col: usize,
        code: &str,
        rest: &str,
    ) {
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
}
