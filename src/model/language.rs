//! People's languages as the sign-in desk records them: a known language by its code, so
//! "Español", "Spanish", "español" and "es" are one language in every count, and anything else
//! as the words that were typed.

use super::guide::{LANGUAGE_CODES, language_name, primary_language};

/// Other names people write for the known languages: English and Spanish names and common
/// alternatives (the language's own name and its code are always known).
const NAMES: &[(&str, &[&str])] = &[
    ("am", &["amharic", "amarico"]),
    ("ar", &["arabic", "arabe"]),
    ("bn", &["bengali", "bangla"]),
    ("de", &["german", "aleman"]),
    ("en", &["ingles", "anglais"]),
    ("es", &["spanish", "espanol", "castellano"]),
    ("fa", &["persian", "farsi", "persa", "dari"]),
    ("fr", &["french", "frances"]),
    ("he", &["hebrew", "hebreo"]),
    ("hi", &["hindi"]),
    ("hmn", &["hmong"]),
    (
        "ht",
        &["haitian creole", "creole", "kreyol", "criollo haitiano"],
    ),
    ("it", &["italian", "italiano"]),
    ("ja", &["japanese", "japones"]),
    ("km", &["khmer", "cambodian", "jemer"]),
    ("ko", &["korean", "coreano"]),
    ("my", &["burmese", "birmano"]),
    ("ne", &["nepali", "nepales"]),
    ("pa", &["punjabi", "panyabi"]),
    ("pl", &["polish", "polaco"]),
    ("ps", &["pashto", "pastun"]),
    ("pt", &["portuguese", "portugues"]),
    ("ro", &["romanian", "rumano"]),
    ("ru", &["russian", "ruso"]),
    ("so", &["somali"]),
    ("sw", &["swahili", "suajili"]),
    ("th", &["thai", "tailandes"]),
    ("ti", &["tigrinya", "tigrina"]),
    ("tl", &["tagalog", "filipino"]),
    ("tr", &["turkish", "turco"]),
    ("uk", &["ukrainian", "ucraniano"]),
    ("ur", &["urdu"]),
    ("vi", &["vietnamese", "vietnamita", "tieng viet"]),
    ("zh", &["chinese", "mandarin", "chino", "mandarin chinese"]),
];

/// Lower-case, Latin accents taken off and spaces tidied, so "ESPAÑOL " and "espanol" meet.
fn fold(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let plain: String = lower
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ế' | 'ệ' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            other => other,
        })
        .collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The code of the language `name` names, if it is one the app knows: by its code or locale
/// ("es", "es-MX"), its own name ("Español", "العربية") or its English or Spanish name
/// ("Spanish", "árabe"), in any case and with or without accents.
pub fn language_code(name: &str) -> Option<&'static str> {
    let folded = fold(name);
    if folded.is_empty() {
        return None;
    }
    let primary = primary_language(&folded);
    LANGUAGE_CODES
        .iter()
        .copied()
        .find(|code| {
            (*code == folded || (*code == primary && folded.len() <= 12 && !folded.contains(' ')))
                || fold(&language_name(code)) == folded
        })
        .or_else(|| {
            NAMES
                .iter()
                .find(|(_, names)| names.contains(&folded.as_str()))
                .map(|(code, _)| *code)
        })
}

/// A known language's English name ("Spanish" for "es"), the words the files, exports and
/// counts have always used.
pub fn english_name(code: &str) -> Option<String> {
    if code == "en" {
        return Some("English".to_owned());
    }
    let (_, names) = NAMES.iter().find(|(c, _)| *c == code)?;
    let words: Vec<String> = names
        .first()?
        .split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_uppercase().collect::<String>() + chars.as_str()
            })
        })
        .collect();
    Some(words.join(" "))
}

/// The words a count lists a person's language under: a known language by its English name
/// ("Spanish" for "Español" too), other words as they were typed (first letter capitalised),
/// and `None` when no language was given.
pub fn counted_language(name: &str) -> Option<String> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return None;
    }
    Some(match language_code(trimmed) {
        Some(code) => english_name(code).unwrap_or_else(|| language_name(code)),
        None => {
            let mut chars = trimmed.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_uppercase().collect::<String>() + chars.as_str()
            })
        }
    })
}

/// The languages the sign-in desk offers, as codes: the guide's languages first, then the
/// other known ones in the order of their own names.
pub fn desk_languages(guide_languages: &[String]) -> Vec<&'static str> {
    let mut first: Vec<&'static str> = guide_languages
        .iter()
        .filter_map(|l| language_code(l))
        .collect();
    first.dedup();
    let mut rest: Vec<&'static str> = LANGUAGE_CODES
        .iter()
        .copied()
        .filter(|c| !first.contains(c))
        .collect();
    rest.sort_by_key(|c| fold(&language_name(c)));
    first.extend(rest);
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_endonyms_and_codes_are_one_language() {
        for name in [
            "Español", "Spanish", "spanish ", "ESPAÑOL", "espanol", "es", "es-MX",
        ] {
            assert_eq!(language_code(name), Some("es"), "{name}");
        }
        assert_eq!(language_code("العربية"), Some("ar"));
        assert_eq!(language_code("Arabic"), Some("ar"));
        assert_eq!(language_code("árabe"), Some("ar"));
        assert_eq!(language_code("Tiếng Việt"), Some("vi"));
        assert_eq!(language_code("Vietnamese"), Some("vi"));
        assert_eq!(language_code("Farsi"), Some("fa"));
        assert_eq!(language_code("Mandarin"), Some("zh"));
        assert_eq!(language_code("Klingon"), None);
        assert_eq!(language_code("Spanish and English"), None);
        assert_eq!(language_code(""), None);
    }

    #[test]
    fn counts_list_known_languages_by_one_name() {
        assert_eq!(counted_language("spanish").as_deref(), Some("Spanish"));
        assert_eq!(counted_language("Español").as_deref(), Some("Spanish"));
        assert_eq!(
            counted_language("Tiếng Việt").as_deref(),
            Some("Vietnamese")
        );
        assert_eq!(
            counted_language("kreyòl").as_deref(),
            Some("Haitian Creole")
        );
        for code in LANGUAGE_CODES {
            assert!(english_name(code).is_some(), "{code}");
        }
        assert_eq!(counted_language("mixteco").as_deref(), Some("Mixteco"));
        assert_eq!(counted_language("  "), None);
    }

    #[test]
    fn the_desk_offers_the_guides_languages_first() {
        let list = desk_languages(&["es".to_owned(), "ar".to_owned()]);
        assert_eq!(&list[..2], &["es", "ar"]);
        assert_eq!(list.len(), LANGUAGE_CODES.len());
        assert_eq!(list.iter().filter(|c| **c == "es").count(), 1);
    }
}
