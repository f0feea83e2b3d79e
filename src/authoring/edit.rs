//! Every change a person can make to a guide in the editor, and the one place that makes it.

use crate::model::{ClockTime, Guide, Question, Resource, Step, Wording};

/// A text of the guide that has a version in each of its languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    Question(usize),
    /// Question, point.
    Point(usize, usize),
    Notes(usize),
    /// Question, resource.
    ResourceTitle(usize, usize),
    ResourceDetail(usize, usize),
    Agreement(usize),
}

/// One change to a guide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    SetTitle(String),
    SetPurpose(String),
    /// Write `value` as `text` in `language` (the main language's text, or a translation;
    /// an empty translation is no translation).
    SetText {
        text: Text,
        language: String,
        value: String,
    },
    SetMinutes(Step, u32),
    SetStartsAt(Option<ClockTime>),
    SetEndsBy(Option<ClockTime>),
    /// Add a language column (a language code).
    AddLanguage(String),
    /// Remove a language and every translation into it (not the main language).
    RemoveLanguage(String),
    /// Make a language the guide's main one: its translations become the texts, and the
    /// texts become translations in the old main language.
    MakeMain(String),
    /// A new, empty question after the one at this index (at the end when none).
    AddQuestion {
        after: Option<usize>,
    },
    DuplicateQuestion(usize),
    DeleteQuestion(usize),
    /// Move a question from one place to another.
    MoveQuestion {
        from: usize,
        to: usize,
    },
    AddPoint(usize),
    RemovePoint(usize, usize),
    /// Question, from, to.
    MovePoint(usize, usize, usize),
    AddResource(usize),
    RemoveResource(usize, usize),
    AddAgreement,
    RemoveAgreement(usize),
    MoveAgreement {
        from: usize,
        to: usize,
    },
    /// Put back a whole guide (the unsaved changes kept from last time).
    Replace(Box<Guide>),
}

impl Edit {
    /// Edits to the same field one after another are one step to undo (typing a word is one
    /// change, not one per letter).
    pub(super) fn same_field(&self, other: &Edit) -> bool {
        match (self, other) {
            (Edit::SetTitle(_), Edit::SetTitle(_)) | (Edit::SetPurpose(_), Edit::SetPurpose(_)) => {
                true
            }
            (
                Edit::SetText { text, language, .. },
                Edit::SetText {
                    text: t,
                    language: l,
                    ..
                },
            ) => text == t && language == l,
            (Edit::SetMinutes(a, _), Edit::SetMinutes(b, _)) => a == b,
            _ => false,
        }
    }
}

/// The wording a [`Text`] names, if the guide has it.
fn wording_mut(guide: &mut Guide, text: Text) -> Option<&mut Wording> {
    Some(match text {
        Text::Question(_) => return None,
        Text::Point(q, p) => guide.questions.get_mut(q)?.points.get_mut(p)?,
        Text::Notes(q) => &mut guide.questions.get_mut(q)?.notes,
        Text::ResourceTitle(q, r) => &mut guide.questions.get_mut(q)?.resources.get_mut(r)?.title,
        Text::ResourceDetail(q, r) => &mut guide.questions.get_mut(q)?.resources.get_mut(r)?.detail,
        Text::Agreement(i) => guide.agreements.get_mut(i)?,
    })
}

/// What `text` says in `language`: the main text, or the translation (empty when missing).
pub fn text_of<'g>(guide: &'g Guide, text: Text, language: &str) -> &'g str {
    let main = guide.main_language() == language;
    let pick = |w: &'g Wording| -> &'g str {
        if main {
            &w.text
        } else {
            w.translations.get(language).map_or("", String::as_str)
        }
    };
    match text {
        Text::Question(q) => guide.questions.get(q).map_or("", |q| {
            if main {
                q.text.as_str()
            } else {
                q.translations.get(language).map_or("", String::as_str)
            }
        }),
        Text::Point(q, p) => guide
            .questions
            .get(q)
            .and_then(|q| q.points.get(p))
            .map_or("", pick),
        Text::Notes(q) => guide.questions.get(q).map_or("", |q| pick(&q.notes)),
        Text::ResourceTitle(q, r) => guide
            .questions
            .get(q)
            .and_then(|q| q.resources.get(r))
            .map_or("", |r| pick(&r.title)),
        Text::ResourceDetail(q, r) => guide
            .questions
            .get(q)
            .and_then(|q| q.resources.get(r))
            .map_or("", |r| pick(&r.detail)),
        Text::Agreement(i) => guide.agreements.get(i).map_or("", pick),
    }
}

/// Write `value` into `slot` (a main text) or `map` (translations), dropping empty
/// translations; true when something changed.
fn put(
    main: bool,
    slot: &mut String,
    map: &mut std::collections::BTreeMap<String, String>,
    language: &str,
    value: String,
) -> bool {
    if main {
        let changed = *slot != value;
        *slot = value;
        return changed;
    }
    if value.trim().is_empty() {
        return map.remove(language).is_some();
    }
    let changed = map.get(language) != Some(&value);
    map.insert(language.to_owned(), value);
    changed
}

/// Move the item at `from` to `to` in `items`; false when either is out of range or the same.
fn move_item<T>(items: &mut Vec<T>, from: usize, to: usize) -> bool {
    if from == to || from >= items.len() || to >= items.len() {
        return false;
    }
    let item = items.remove(from);
    items.insert(to, item);
    true
}

fn remove_item<T>(items: &mut Vec<T>, index: usize) -> bool {
    if index < items.len() {
        items.remove(index);
        true
    } else {
        false
    }
}

/// Make `edit` on `guide`; true when the guide changed.
pub fn apply(guide: &mut Guide, edit: Edit) -> bool {
    match edit {
        Edit::SetTitle(title) => replace(&mut guide.title, title),
        Edit::SetPurpose(purpose) => replace(&mut guide.purpose, purpose),
        Edit::SetText {
            text,
            language,
            value,
        } => {
            let main = guide.main_language() == language;
            if !main && !guide.languages.contains(&language) {
                return false;
            }
            if let Text::Question(q) = text {
                return guide.questions.get_mut(q).is_some_and(|q| {
                    put(main, &mut q.text, &mut q.translations, &language, value)
                });
            }
            wording_mut(guide, text)
                .is_some_and(|w| put(main, &mut w.text, &mut w.translations, &language, value))
        }
        Edit::SetMinutes(step, minutes) => {
            guide.minutes_of(step) != minutes && guide.set_minutes(step, minutes)
        }
        Edit::SetStartsAt(time) => replace(&mut guide.plan.starts_at, time),
        Edit::SetEndsBy(time) => replace(&mut guide.plan.ends_by, time),
        Edit::AddLanguage(code) => {
            let code = code.trim().to_owned();
            if code.is_empty() || guide.languages.contains(&code) {
                return false;
            }
            if guide.languages.is_empty() {
                guide.languages.push("en".to_owned());
            }
            if !guide.languages.contains(&code) {
                guide.languages.push(code);
            }
            true
        }
        Edit::RemoveLanguage(code) => {
            if guide.languages.first() == Some(&code) || !guide.languages.contains(&code) {
                return false;
            }
            guide.languages.retain(|l| *l != code);
            guide.for_each_translations(&mut |map| {
                map.remove(&code);
            });
            true
        }
        Edit::MakeMain(code) => make_main(guide, &code),
        Edit::AddQuestion { after } => {
            let at = after.map_or(guide.questions.len(), |i| {
                (i + 1).min(guide.questions.len())
            });
            guide.questions.insert(at, Question::new(""));
            true
        }
        Edit::DuplicateQuestion(i) => match guide.questions.get(i).cloned() {
            Some(q) => {
                guide.questions.insert(i + 1, q);
                true
            }
            None => false,
        },
        Edit::DeleteQuestion(i) => remove_item(&mut guide.questions, i),
        Edit::MoveQuestion { from, to } => move_item(&mut guide.questions, from, to),
        Edit::AddPoint(q) => guide.questions.get_mut(q).is_some_and(|q| {
            q.points.push(Wording::default());
            true
        }),
        Edit::RemovePoint(q, p) => guide
            .questions
            .get_mut(q)
            .is_some_and(|q| remove_item(&mut q.points, p)),
        Edit::MovePoint(q, from, to) => guide
            .questions
            .get_mut(q)
            .is_some_and(|q| move_item(&mut q.points, from, to)),
        Edit::AddResource(q) => guide.questions.get_mut(q).is_some_and(|q| {
            q.resources.push(Resource::default());
            true
        }),
        Edit::RemoveResource(q, r) => guide
            .questions
            .get_mut(q)
            .is_some_and(|q| remove_item(&mut q.resources, r)),
        Edit::AddAgreement => {
            guide.agreements.push(Wording::default());
            true
        }
        Edit::RemoveAgreement(i) => remove_item(&mut guide.agreements, i),
        Edit::MoveAgreement { from, to } => move_item(&mut guide.agreements, from, to),
        Edit::Replace(new) => {
            let changed = *guide != *new;
            *guide = *new;
            changed
        }
    }
}

fn replace<T: PartialEq>(slot: &mut T, value: T) -> bool {
    let changed = *slot != value;
    *slot = value;
    changed
}

/// Swap the main language for `code`: every text and its `code` translation change places.
fn make_main(guide: &mut Guide, code: &str) -> bool {
    let Some(at) = guide.languages.iter().position(|l| l == code) else {
        return false;
    };
    if at == 0 {
        return false;
    }
    let old = guide.languages[0].clone();
    guide.for_each_text(&mut |text, map| {
        let new_main = map.remove(code).unwrap_or_default();
        let old_main = std::mem::replace(text, new_main);
        if !old_main.trim().is_empty() {
            map.insert(old.clone(), old_main);
        }
    });
    guide.languages.swap(0, at);
    true
}
