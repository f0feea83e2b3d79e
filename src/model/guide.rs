//! A conversation guide: the "kit" for one café, as the facilitator prepared it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The guide file format this build writes. Older versions are migrated on load.
pub const GUIDE_SCHEMA_VERSION: u32 = 1;

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
}

/// A short text shown to the room, with optional translations keyed by language code.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
pub struct Wording {
    pub text: String,
    #[serde(default)]
    pub translations: BTreeMap<String, String>,
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
    pub points: Vec<String>,
    /// Background for the facilitator; never shown to the room.
    #[serde(default)]
    pub notes: String,
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
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Resource {
    pub title: String,
    #[serde(default)]
    pub detail: String,
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
    /// The question in `lang`, if the guide carries that translation.
    pub fn translation(&self, lang: &str) -> Option<&str> {
        self.translations
            .get(lang)
            .map(String::as_str)
            .filter(|t| !t.trim().is_empty())
    }
}

impl Wording {
    pub fn translation(&self, lang: &str) -> Option<&str> {
        self.translations
            .get(lang)
            .map(String::as_str)
            .filter(|t| !t.trim().is_empty())
    }
}

impl Guide {
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

    /// Problems a person should fix before running this guide, in plain words.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.title.trim().is_empty() {
            out.push("the guide has no title".to_owned());
        }
        if self.questions.is_empty() {
            out.push("the guide has no questions".to_owned());
        }
        for (i, q) in self.questions.iter().enumerate() {
            if q.text.trim().is_empty() {
                out.push(format!("question {} has no text", i + 1));
            }
            if q.minutes == 0 || q.minutes > 240 {
                out.push(format!(
                    "question {} plans {} minutes; use 1 to 240",
                    i + 1,
                    q.minutes
                ));
            }
        }
        out
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
    }
}
