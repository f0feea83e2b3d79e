//! People from earlier cafés in the data folder, so returning families are picked from a list
//! instead of typed again, and known to be returning.

use std::path::{Path, PathBuf};

use crate::model::{Attendee, Contact, Role};

/// Someone who signed in at an earlier café.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub role: Role,
    pub household: String,
    pub language: String,
    pub interpreter: bool,
    pub contact: Option<Contact>,
    pub consent_contact: bool,
    pub consent_photos: bool,
    pub last_seen: chrono::NaiveDate,
    /// How many earlier cafés they came to.
    pub visits: u32,
    lower: String,
}

/// Everyone from earlier cafés, one entry per name.
#[derive(Debug, Clone, Default)]
pub struct PeopleIndex {
    people: Vec<Person>,
    /// Where each folded name sits in `people`.
    positions: std::collections::HashMap<String, usize>,
    /// Session files (or the folder) that could not be read, each with the reason.
    unreadable: Vec<(PathBuf, String)>,
}

impl PeopleIndex {
    /// Everyone from these cafés: for each café file, the date and the people who signed in,
    /// or why it could not be read (such files are listed in [`PeopleIndex::unreadable`], so
    /// the caller can say how many were missed).
    pub fn from_cafes<'a>(
        cafes: impl IntoIterator<
            Item = (
                &'a Path,
                Result<(chrono::NaiveDate, &'a [Attendee]), &'a String>,
            ),
        >,
    ) -> Self {
        let mut index = Self::default();
        for (path, cafe) in cafes {
            match cafe {
                Ok((date, people)) => {
                    for a in people.iter().filter(|a| !a.deleted && !a.erased) {
                        index.add(a, date);
                    }
                }
                Err(why) => index.unreadable.push((path.to_owned(), why.clone())),
            }
        }
        index.people.sort_by(|a, b| a.lower.cmp(&b.lower));
        index.positions = index
            .people
            .iter()
            .enumerate()
            .map(|(i, p)| (p.lower.clone(), i))
            .collect();
        index.unreadable.sort();
        index
    }

    /// The folder of earlier cafés could not be read at all.
    pub fn unreadable_folder(&mut self, folder: &Path, e: &std::io::Error) {
        self.unreadable.push((folder.to_owned(), e.to_string()));
    }

    /// Session files that could not be read while building the index, with the reasons.
    pub fn unreadable(&self) -> &[(PathBuf, String)] {
        &self.unreadable
    }

    /// "2 earlier cafés could not be read, so people from them are not offered: a.ron (…), b.ron (…)."
    pub fn unreadable_summary(&self) -> Option<String> {
        if self.unreadable.is_empty() {
            return None;
        }
        let files: Vec<String> = self
            .unreadable
            .iter()
            .map(|(path, why)| {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                format!("{name} ({why})")
            })
            .collect();
        let count = self.unreadable.len();
        let cafes = if count == 1 {
            "earlier café"
        } else {
            "earlier cafés"
        };
        let verb = if count == 1 { "was" } else { "were" };
        Some(format!(
            "{count} {cafes} could not be read, so people from {} {verb} not offered: {}.",
            if count == 1 { "it" } else { "them" },
            files.join(", ")
        ))
    }

    /// Add one earlier sign-in (the newest details of a person win).
    pub fn add(&mut self, a: &Attendee, date: chrono::NaiveDate) {
        let lower = fold(&a.name);
        if lower.is_empty() {
            return;
        }
        let person = Person {
            name: a.name.clone(),
            role: a.role,
            household: a.household.clone(),
            language: a.language.clone(),
            interpreter: a.interpreter,
            contact: if a.consent_contact {
                a.contact.clone()
            } else {
                None
            },
            consent_contact: a.consent_contact,
            consent_photos: a.consent_photos,
            last_seen: date,
            visits: 1,
            lower,
        };
        match self
            .positions
            .get(&person.lower)
            .and_then(|i| self.people.get_mut(*i))
        {
            Some(existing) => {
                let visits = existing.visits + 1;
                if person.last_seen >= existing.last_seen {
                    *existing = person;
                }
                existing.visits = visits;
            }
            None => {
                self.positions
                    .insert(person.lower.clone(), self.people.len());
                self.people.push(person);
            }
        }
    }

    pub fn len(&self) -> usize {
        self.people.len()
    }

    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    /// Up to `limit` people whose name has a word starting with each word of `query`
    /// (accents and case ignored).
    pub fn search(&self, query: &str, limit: usize) -> Vec<&Person> {
        let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
        if words.is_empty() {
            return Vec::new();
        }
        self.people
            .iter()
            .filter(|p| matches_words(&p.lower, &words))
            .take(limit)
            .collect()
    }
}

/// Whether every query word starts some word of `name` (both already folded).
pub fn matches_words(name: &str, words: &[String]) -> bool {
    words.iter().all(|w| {
        name.split_whitespace()
            .any(|part| part.starts_with(w.as_str()))
    })
}

/// Lowercase with common accents removed, for matching names as people type them.
pub fn fold(text: &str) -> String {
    text.trim()
        .chars()
        .map(crate::model::session::fold_accent)
        .flat_map(char::to_lowercase)
        .collect()
}
#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    #[test]
    fn finds_by_word_starts_ignoring_accents_and_case() {
        let now = chrono::Utc::now();
        let date = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).expect("date");
        let mut index = PeopleIndex::default();
        for name in ["Ana María Díaz", "Daniel Ortega", "Diana Ross"] {
            let a = Attendee {
                id: Uuid::new_v4(),
                name: name.into(),
                role: Role::Parent,
                household: String::new(),
                children_in_childcare: 0,
                language: String::new(),
                interpreter: false,
                first_visit: true,
                contact: Some(Contact {
                    phone: "555".into(),
                    email: String::new(),
                }),
                consent_contact: false,
                consent_photos: false,
                table: None,
                checked_in: now,
                edited: now,
                deleted: false,
                erased: false,
            };
            index.add(&a, date);
        }
        let names = |q: &str| {
            index
                .search(q, 8)
                .iter()
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names("diaz"), ["Ana María Díaz"]);
        assert_eq!(names("ANA ma"), ["Ana María Díaz"]);
        assert_eq!(names("d").len(), 3);
        assert!(names("  ").is_empty());
        assert!(
            index.search("ana", 8)[0].contact.is_none(),
            "no contact without consent"
        );
    }
}
