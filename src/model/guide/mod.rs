//! A conversation guide: the "kit" for one café, as the facilitator prepared it.
//!
//! Schema 2 carries every language of the room in the guide itself: discussion points,
//! facilitator notes and resources have translations (as the questions and agreements always
//! had), and every step of the evening has planned minutes. Schema 1 files load unchanged and
//! are brought up to date in memory ([`Guide::migrate`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

mod goodbye;
mod plan;
mod problems;
mod wording;

pub use goodbye::GoodbyeQuestions;
pub use plan::{ClockTime, Plan, STEP_MINUTES, Timed};
pub use problems::GuideProblem;
pub use wording::Wording;

/// The guide file format this build writes. Older versions are migrated on load.
pub const GUIDE_SCHEMA_VERSION: u32 = 2;

/// Planned length of a round when a guide does not say.
pub const DEFAULT_ROUND_MINUTES: u32 = 20;

/// An ordered series of questions with everything the facilitator needs to run them.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Guide {
    pub schema_version: u32,
    pub title: String,
    /// One or two sentences on what the café is for; shown on Home and in reports.
    pub purpose: String,
    /// Language codes the guide is written in, main language first (e.g. `["en", "es"]`).
    #[serde(default)]
    pub languages: Vec<String>,
    /// The café agreements, read aloud and projected before the first round.
    #[serde(default)]
    pub agreements: Vec<Wording>,
    pub questions: Vec<Question>,
    /// Minutes of the steps around the questions, and the evening's clock.
    #[serde(default)]
    pub plan: Plan,
    /// The goodbye check's questions (the standard ones unless the guide sets its own).
    #[serde(default, skip_serializing_if = "GoodbyeQuestions::is_standard")]
    pub goodbye: GoodbyeQuestions,
}

/// One table round: the question the room sees and what only the facilitator sees.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub text: String,
    /// The question in other languages, keyed by language code.
    #[serde(default)]
    pub translations: BTreeMap<String, String>,
    /// Things tables usually raise; the facilitator can offer them to keep talk going.
    #[serde(default)]
    pub points: Vec<Wording>,
    /// Background for the facilitator; never shown to the room.
    #[serde(default)]
    pub notes: Wording,
    /// Planned length of the round. Any whole number in a file is read (a number too big for
    /// this field becomes the largest it holds), so a hand-edited file is clamped and
    /// explained instead of refused; see `problems` and the session loader.
    #[serde(default = "default_minutes", deserialize_with = "saturating_u32")]
    pub minutes: u32,
    /// Contacts and reading that come up with this question, in order.
    #[serde(default)]
    pub resources: Vec<Resource>,
}

/// Somebody to contact or something to read.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
pub struct Resource {
    pub title: Wording,
    #[serde(default)]
    pub detail: Wording,
}

fn default_minutes() -> u32 {
    DEFAULT_ROUND_MINUTES
}

/// A whole number of any size, saturated into `u32` (negative numbers become 0).
pub fn saturating_u32<'de, D: serde::Deserializer<'de>>(de: D) -> Result<u32, D::Error> {
    struct Saturating;
    impl serde::de::Visitor<'_> for Saturating {
        type Value = u32;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a whole number")
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<u32, E> {
            Ok(u32::try_from(v).unwrap_or(u32::MAX))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<u32, E> {
            Ok(u32::try_from(v.max(0)).unwrap_or(u32::MAX))
        }
        fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<u32, E> {
            Ok(u32::try_from(v).unwrap_or(u32::MAX))
        }
        fn visit_i128<E: serde::de::Error>(self, v: i128) -> Result<u32, E> {
            Ok(u32::try_from(v.max(0)).unwrap_or(u32::MAX))
        }
    }
    de.deserialize_any(Saturating)
}

impl Question {
    /// A question with this text, no translations, points or notes, and the usual minutes.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            translations: BTreeMap::new(),
            points: Vec::new(),
            notes: Wording::default(),
            minutes: DEFAULT_ROUND_MINUTES,
            resources: Vec::new(),
        }
    }

    /// The question in `lang`, if the guide carries that translation.
    pub fn translation(&self, lang: &str) -> Option<&str> {
        wording::translation_in(&self.translations, lang)
    }
}

impl Guide {
    /// An empty guide in `language`, for a person to fill in.
    pub fn blank(title: impl Into<String>, language: &str) -> Self {
        Self {
            schema_version: GUIDE_SCHEMA_VERSION,
            title: title.into(),
            purpose: String::new(),
            languages: vec![language.to_owned()],
            agreements: Vec::new(),
            questions: vec![Question::new("")],
            plan: Plan::default(),
            goodbye: GoodbyeQuestions::default(),
        }
    }

    /// Bring a guide read from a file up to this version, in memory: every language a
    /// translation uses is one of the guide's languages (schema 1 allowed translations into
    /// languages the guide did not name), and a blank translation is no translation. A guide
    /// from a newer version is left as it is.
    pub fn migrate(&mut self) {
        if self.schema_version > GUIDE_SCHEMA_VERSION {
            return;
        }
        self.schema_version = GUIDE_SCHEMA_VERSION;
        self.for_each_translations(&mut |map| map.retain(|_, t| !t.trim().is_empty()));
        for lang in self.used_languages() {
            if !self.languages.contains(&lang) {
                if self.languages.is_empty() {
                    self.languages.push("en".to_owned());
                }
                if !self.languages.contains(&lang) {
                    self.languages.push(lang);
                }
            }
        }
    }

    /// Every language code a translation in the guide uses, in order of first use.
    pub fn used_languages(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let maps = self
            .agreements
            .iter()
            .map(|a| &a.translations)
            .chain(self.questions.iter().flat_map(|q| {
                std::iter::once(&q.translations)
                    .chain(q.points.iter().map(|p| &p.translations))
                    .chain(std::iter::once(&q.notes.translations))
                    .chain(
                        q.resources
                            .iter()
                            .flat_map(|r| [&r.title.translations, &r.detail.translations]),
                    )
            }))
            .chain(self.goodbye.wordings().map(|w| &w.translations));
        for map in maps {
            for key in map.keys() {
                if !out.contains(key) {
                    out.push(key.clone());
                }
            }
        }
        out
    }

    /// Call `f` on every map of translations in the guide: agreements, questions, points,
    /// notes, and resources' titles and details.
    pub fn for_each_translations(&mut self, f: &mut dyn FnMut(&mut BTreeMap<String, String>)) {
        self.for_each_text(&mut |_, map| f(map));
    }

    /// Call `f` on every text of the guide that has translations, with its translations.
    pub fn for_each_text(&mut self, f: &mut dyn FnMut(&mut String, &mut BTreeMap<String, String>)) {
        for a in &mut self.agreements {
            f(&mut a.text, &mut a.translations);
        }
        for q in &mut self.questions {
            f(&mut q.text, &mut q.translations);
            for p in &mut q.points {
                f(&mut p.text, &mut p.translations);
            }
            f(&mut q.notes.text, &mut q.notes.translations);
            for r in &mut q.resources {
                f(&mut r.title.text, &mut r.title.translations);
                f(&mut r.detail.text, &mut r.detail.translations);
            }
        }
        self.goodbye.for_each_text(f);
    }

    /// The guide's main language (English when it names none).
    pub fn main_language(&self) -> &str {
        self.languages.first().map_or("en", String::as_str)
    }

    /// Languages other than the main one that at least one question is translated into.
    pub fn translation_languages(&self) -> Vec<String> {
        let mut langs: Vec<String> = self
            .languages
            .iter()
            .skip(1)
            .filter(|l| self.questions.iter().any(|q| q.translation(l).is_some()))
            .cloned()
            .collect();
        for q in &self.questions {
            for lang in q.translations.keys() {
                if !langs.contains(lang) && self.languages.first() != Some(lang) {
                    langs.push(lang.clone());
                }
            }
        }
        langs
    }
}

/// The main language subtag of a code or locale, lower-case: "es-MX", "es_ES.UTF-8" → "es".
pub fn primary_language(code: &str) -> String {
    code.trim()
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// The languages whose own names the app knows, by code, for choosing a guide's languages.
pub const LANGUAGE_CODES: &[&str] = &[
    "am", "ar", "bn", "de", "en", "es", "fa", "fr", "he", "hi", "hmn", "ht", "it", "ja", "km",
    "ko", "my", "ne", "pa", "pl", "ps", "pt", "ro", "ru", "so", "sw", "th", "ti", "tl", "tr", "uk",
    "ur", "vi", "zh",
];

/// Whether a language is written right to left (Arabic, Hebrew, Persian, Urdu, Pashto, …),
/// so its column in the editor lines its text up on the right.
pub fn is_right_to_left(code: &str) -> bool {
    matches!(
        primary_language(code).as_str(),
        "ar" | "he" | "fa" | "ur" | "ps" | "yi" | "dv" | "ckb" | "sd" | "ug"
    )
}

/// The language's own name for itself ("Español", "العربية", "中文") for a language code or
/// locale ("es", "es-MX", "zh_TW"), for menus and labels: people find their language by the
/// name they write. A code missing from the table comes back as it is.
pub fn language_name(code: &str) -> String {
    let name = match primary_language(code).as_str() {
        "am" => "አማርኛ",
        "ar" => "العربية",
        "bn" => "বাংলা",
        "de" => "Deutsch",
        "en" => "English",
        "es" => "Español",
        "fa" => "فارسی",
        "fr" => "Français",
        "he" => "עברית",
        "hi" => "हिन्दी",
        "hmn" => "Hmoob",
        "ht" => "Kreyòl ayisyen",
        "it" => "Italiano",
        "ja" => "日本語",
        "km" => "ខ្មែរ",
        "ko" => "한국어",
        "my" => "မြန်မာ",
        "ne" => "नेपाली",
        "pa" => "ਪੰਜਾਬੀ",
        "pl" => "Polski",
        "ps" => "پښتو",
        "pt" => "Português",
        "ro" => "Română",
        "ru" => "Русский",
        "so" => "Soomaali",
        "sw" => "Kiswahili",
        "th" => "ไทย",
        "ti" => "ትግርኛ",
        "tl" => "Tagalog",
        "tr" => "Türkçe",
        "uk" => "Українська",
        "ur" => "اردو",
        "vi" => "Tiếng Việt",
        "zh" => "中文",
        _ => return code.to_owned(),
    };
    name.to_owned()
}

#[cfg(test)]
mod tests {
    use super::language_name;

    #[test]
    fn languages_are_named_in_their_own_words() {
        assert_eq!(language_name("ar"), "العربية");
        assert_eq!(language_name("es"), "Español");
        assert_eq!(language_name("es-MX"), "Español");
        assert_eq!(language_name("vi"), "Tiếng Việt");
        assert_eq!(language_name("zh_TW"), "中文");
        assert_eq!(language_name("xx"), "xx");
        for code in super::LANGUAGE_CODES {
            assert_ne!(&language_name(code), code, "{code} has its own name");
        }
    }
}
