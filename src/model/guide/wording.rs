//! A text of the guide with its translations. In a file it is written as a plain string when it
//! has no translations (`"Listen to understand."`), and as `Wording(text: …, translations: …)`
//! when it has; either form is read, so schema 1 files, whose points, notes and resources were
//! plain strings, load unchanged.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, IgnoredAny, MapAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A short text shown to the room or the facilitator, with optional translations keyed by
/// language code.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Wording {
    pub text: String,
    pub translations: BTreeMap<String, String>,
}

impl Wording {
    /// A text without translations.
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            translations: BTreeMap::new(),
        }
    }

    /// The text in `lang`, if the guide carries that translation (an empty one counts as none).
    pub fn translation(&self, lang: &str) -> Option<&str> {
        translation_in(&self.translations, lang)
    }

    /// The text in `lang` when `lang` is given and translated, else the main text.
    pub fn in_language(&self, lang: Option<&str>) -> &str {
        lang.and_then(|l| self.translation(l)).unwrap_or(&self.text)
    }

    /// Whether the main text and every translation are blank.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty() && self.translations.values().all(|t| t.trim().is_empty())
    }
}

/// The text in `lang` from a map of translations; a blank one counts as none.
pub(super) fn translation_in<'a>(
    translations: &'a BTreeMap<String, String>,
    lang: &str,
) -> Option<&'a str> {
    translations
        .get(lang)
        .map(String::as_str)
        .filter(|t| !t.trim().is_empty())
}

impl From<&str> for Wording {
    fn from(text: &str) -> Self {
        Self::plain(text)
    }
}

impl Serialize for Wording {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.translations.is_empty() {
            return serializer.serialize_str(&self.text);
        }
        let mut s = serializer.serialize_struct("Wording", 2)?;
        s.serialize_field("text", &self.text)?;
        s.serialize_field("translations", &self.translations)?;
        s.end()
    }
}

impl<'de> Deserialize<'de> for Wording {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(WordingVisitor)
    }
}

struct WordingVisitor;

impl<'de> Visitor<'de> for WordingVisitor {
    type Value = Wording;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a text in quotes, or Wording(text: …, translations: { … })")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Wording, E> {
        Ok(Wording::plain(text))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Wording, E> {
        Ok(Wording::plain(text))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Wording, A::Error> {
        let mut text = None;
        let mut translations = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "text" if text.is_none() => text = Some(map.next_value()?),
                "translations" if translations.is_none() => {
                    translations = Some(map.next_value()?);
                }
                "text" | "translations" => {
                    return Err(de::Error::custom(format!(
                        "the field `{key}` is written twice"
                    )));
                }
                // Read and let go, so the file's reader can say which fields it does not know.
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Wording {
            text: text.ok_or_else(|| de::Error::missing_field("text"))?,
            translations: translations.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(w: &Wording) -> Wording {
        let text = ron::to_string(w).expect("writes");
        ron::from_str(&text).expect("reads")
    }

    #[test]
    fn plain_text_is_a_string_and_translated_text_a_struct() {
        let plain = Wording::plain("Listen");
        assert_eq!(ron::to_string(&plain).expect("writes"), "\"Listen\"");
        assert_eq!(round_trip(&plain), plain);
        let mut both = Wording::plain("Listen");
        both.translations.insert("es".into(), "Escuche".into());
        let text = ron::to_string(&both).expect("writes");
        assert!(text.contains("translations"), "{text}");
        assert_eq!(round_trip(&both), both);
        let named: Wording =
            ron::from_str("Wording(text: \"a\", translations: {\"es\": \"b\"})").expect("reads");
        assert_eq!(named.translation("es"), Some("b"));
        let bare: Wording = ron::from_str("(text: \"a\")").expect("reads");
        assert_eq!(bare, Wording::plain("a"));
    }

    #[test]
    fn a_missing_text_or_a_doubled_field_is_an_error() {
        assert!(ron::from_str::<Wording>("Wording(translations: {})").is_err());
        assert!(ron::from_str::<Wording>("(text: \"a\", text: \"b\")").is_err());
        assert!(ron::from_str::<Wording>("12").is_err());
    }
}
