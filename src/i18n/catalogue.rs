//! Loading the embedded Fluent catalogues and looking messages up in them.

use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));
}

/// The language every catalogue falls back to.
pub(crate) const FALLBACK: &str = "en";

/// One language's messages, parsed once.
pub(crate) struct Catalogue {
    pub(crate) code: &'static str,
    bundle: FluentBundle<FluentResource>,
    /// The message ids in file order, for the completeness checks.
    pub(crate) keys: Vec<String>,
    /// Syntax errors and duplicate ids, in words; empty for a sound file.
    pub(crate) problems: Vec<String>,
    /// Messages without variables, once formatted: every frame asks for the same labels.
    plain: RwLock<HashMap<String, String>>,
}

/// The interface catalogues (`assets/i18n/*.ftl`).
pub(crate) static INTERFACE: LazyLock<Vec<Catalogue>> = LazyLock::new(|| {
    embedded::INTERFACE
        .iter()
        .map(|(c, s)| load(c, s))
        .collect()
});

/// The export catalogues (`assets/i18n/export/*.ftl`): the words of reports and sheets.
pub(crate) static EXPORT: LazyLock<Vec<Catalogue>> =
    LazyLock::new(|| embedded::EXPORT.iter().map(|(c, s)| load(c, s)).collect());

/// The room's slide catalogues (`assets/i18n/room/*.ftl`).
pub(crate) static ROOM: LazyLock<Vec<Catalogue>> =
    LazyLock::new(|| embedded::ROOM.iter().map(|(c, s)| load(c, s)).collect());

pub(crate) fn load(code: &'static str, source: &str) -> Catalogue {
    let mut problems = Vec::new();
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            problems.extend(errors.iter().map(|e| format!("{code}.ftl: {e}")));
            resource
        }
    };
    let keys = resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    let lang_id: LanguageIdentifier = code.parse().unwrap_or_else(|_| {
        problems.push(format!("{code}.ftl: the file name is not a language code"));
        LanguageIdentifier::default()
    });
    let mut bundle = FluentBundle::new_concurrent(vec![lang_id]);
    // Projector and console lay text out themselves; invisible isolation marks would only
    // need glyphs and confuse the right-to-left ordering.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        problems.extend(errors.iter().map(|e| format!("{code}.ftl: {e}")));
    }
    for problem in &problems {
        log::warn!("message catalogue: {problem}");
    }
    Catalogue {
        code,
        bundle,
        keys,
        problems,
        plain: RwLock::default(),
    }
}

/// Problems with a set of catalogues, in plain words: syntax errors, and keys that a language
/// lacks or that English does not have (a stray key is usually a typo). Empty when sound.
pub(crate) fn check(catalogues: &[Catalogue], what: &str) -> Vec<String> {
    let Some(english) = catalogues.iter().find(|c| c.code == FALLBACK) else {
        return vec![format!("there is no English {what} catalogue")];
    };
    let mut out = Vec::new();
    for c in catalogues {
        out.extend(c.problems.iter().cloned());
        for key in &english.keys {
            if !c.keys.contains(key) {
                out.push(format!("the {what} catalogue {}.ftl lacks {key}", c.code));
            }
        }
        for (i, key) in c.keys.iter().enumerate() {
            if !english.keys.contains(key) {
                out.push(format!(
                    "the {what} catalogue {}.ftl has {key}, which English does not",
                    c.code
                ));
            }
            if c.keys[..i].contains(key) {
                out.push(format!(
                    "the {what} catalogue {}.ftl has {key} twice",
                    c.code
                ));
            }
        }
    }
    out
}

/// The catalogue for a language code or locale, if there is one.
pub(crate) fn find<'a>(catalogues: &'a [Catalogue], code: &str) -> Option<&'a Catalogue> {
    // The interface asks by a catalogue's own code many times a frame: no string work then.
    if let Some(c) = catalogues.iter().find(|c| c.code == code) {
        return Some(c);
    }
    let primary = crate::model::guide::primary_language(code);
    catalogues.iter().find(|c| c.code == primary)
}

impl Catalogue {
    /// The message `key` with `args`, or `None` when this catalogue lacks it.
    pub(crate) fn format(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        if args.is_empty()
            && let Ok(plain) = self.plain.read()
            && let Some(text) = plain.get(key)
        {
            return Some(text.clone());
        }
        let text = self.format_now(key, args)?;
        if args.is_empty()
            && let Ok(mut plain) = self.plain.write()
        {
            plain.insert(key.to_owned(), text.clone());
        }
        Some(text)
    }

    fn format_now(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        let pattern = self.bundle.get_message(key)?.value()?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        for error in errors {
            log::warn!("message {key} in {}: {error}", self.code);
        }
        Some(text.into_owned())
    }
}

/// `key` in the catalogue for `code`, else in English, else the key itself.
pub(crate) fn format_in(
    catalogues: &[Catalogue],
    code: &str,
    key: &str,
    args: &[(&str, FluentValue<'_>)],
) -> String {
    [code, FALLBACK]
        .iter()
        .filter_map(|c| find(catalogues, c))
        .find_map(|c| c.format(key, args))
        .unwrap_or_else(|| {
            log::warn!("no catalogue has the message {key}");
            key.to_owned()
        })
}

/// A language the interface can speak: one with a catalogue under `assets/i18n/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lang(&'static str);

impl Default for Lang {
    fn default() -> Self {
        Lang::ENGLISH
    }
}

impl Lang {
    /// English, the language every other catalogue falls back to.
    pub const ENGLISH: Lang = Lang(FALLBACK);

    /// Every interface language, in code order, for a language menu.
    pub fn all() -> Vec<Lang> {
        INTERFACE.iter().map(|c| Lang(c.code)).collect()
    }

    /// The interface language for a code or locale ("es", "es-MX", "es_ES.UTF-8"), if the app
    /// has a catalogue for it.
    pub fn from_code(code: &str) -> Option<Lang> {
        find(&INTERFACE, code).map(|c| Lang(c.code))
    }

    /// The language for a system locale, English when there is none or no catalogue for it.
    pub fn from_locale(locale: Option<&str>) -> Lang {
        locale.and_then(Lang::from_code).unwrap_or_default()
    }

    /// The default interface language: the system's, when the app speaks it.
    pub fn from_system() -> Lang {
        Lang::from_locale(sys_locale::get_locale().as_deref())
    }

    /// The language code, e.g. "es".
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The language's own name for itself, e.g. "Español", for a language menu.
    pub fn name(self) -> String {
        crate::model::guide::language_name(self.0)
    }
}
