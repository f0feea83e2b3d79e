//! Fonts for any script, offline: the bundled egui fonts cover Latin, Greek, Cyrillic and
//! emoji; Arabic, Hebrew, Chinese, Japanese, Korean, Devanagari, Amharic, Khmer, Thai and the
//! rest come from the fonts already installed on the computer, found with `fontdb`.
//!
//! Nothing is loaded up front. [`FontSupport::start`] scans the system font folders on a
//! background thread and registers a font provider with egui; when egui meets a character that
//! no installed font has, the provider picks the best system face covering it and egui appends
//! it to the family's fallback chain (proportional or monospace). If no font on the computer
//! covers a script, [`FontSupport::ensure_covers`] says so once, in words, with a font to install.

use std::collections::HashSet;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::thread::JoinHandle;

use egui::epaint::text::{
    FallbackRequest, FontData, FontFamily, FontInsert, FontPriority, FontProvider, InsertFontFamily,
};
use unicode_script::{Script, UnicodeScript};

use crate::i18n::{Lang, tr_args};

/// The room's face, bundled: Noto Sans Bold (Latin, Greek, Cyrillic and Vietnamese), heavy
/// enough to read from the back of a gym. Scripts it lacks come from the computer's fonts, bold
/// where there is a bold cut.
pub const ROOM_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");

const ROOM_FAMILY: &str = "room";

/// The console's face for a text its own light face cannot draw whole: Noto Sans Regular
/// (Latin with every Vietnamese letter, Greek, Cyrillic), bundled. A word is drawn in one face,
/// as a browser does, never with a few letters from a heavier fallback font in its middle.
pub const WHOLE_WORDS: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");

const WHOLE_WORDS_FAMILY: &str = "whole words";

/// The font family for console text that [`needs_whole_words`].
pub fn whole_words_family() -> FontFamily {
    FontFamily::Name(WHOLE_WORDS_FAMILY.into())
}

/// The characters a face's character map holds, sorted.
fn characters_of(data: &[u8]) -> Vec<u32> {
    let Ok(face) = ttf_parser::Face::parse(data, 0) else {
        return Vec::new();
    };
    let mut chars = Vec::new();
    if let Some(cmap) = face.tables().cmap {
        for table in cmap
            .subtables
            .into_iter()
            .filter(ttf_parser::cmap::Subtable::is_unicode)
        {
            table.codepoints(|c| chars.push(c));
        }
    }
    chars.sort_unstable();
    chars.dedup();
    chars
}

/// Whether the console's own face lacks a letter of `text` that the bundled whole-words face
/// has (Vietnamese letters with stacked marks, say): then the whole text is drawn in the
/// whole-words face. Text in plain ASCII answers at once.
pub fn needs_whole_words(text: &str) -> bool {
    static COVERAGE: OnceLock<(Vec<u32>, Vec<u32>)> = OnceLock::new();
    if text.is_ascii() {
        return false;
    }
    let (console, whole) = COVERAGE.get_or_init(|| {
        let definitions = egui::FontDefinitions::default();
        let console = definitions
            .families
            .get(&FontFamily::Proportional)
            .and_then(|chain| chain.first())
            .and_then(|name| definitions.font_data.get(name))
            .map(|data| characters_of((*data.font).as_ref()))
            .unwrap_or_default();
        (console, characters_of(WHOLE_WORDS))
    });
    text.chars()
        .filter(|c| !c.is_ascii() && !c.is_whitespace())
        .map(u32::from)
        .any(|c| console.binary_search(&c).is_err() && whole.binary_search(&c).is_ok())
}

/// The font family of everything the room reads on the projector.
pub fn room_family() -> FontFamily {
    FontFamily::Name(ROOM_FAMILY.into())
}

/// Install the app's fonts: egui's own; the room's bold face before them in the room's family;
/// the whole-words face before them in its family.
pub fn install(ctx: &egui::Context) {
    let mut definitions = egui::FontDefinitions::default();
    let proportional = definitions
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    for (name, data, family) in [
        ("room-bold", ROOM_BOLD, room_family()),
        ("whole-words", WHOLE_WORDS, whole_words_family()),
    ] {
        definitions
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(data)));
        let mut chain = vec![name.to_owned()];
        chain.extend(proportional.iter().cloned());
        definitions.families.insert(family, chain);
    }
    ctx.set_fonts(definitions);
}

/// The computer's fonts: on Linux every folder its font configuration names (fontconfig's
/// `fonts.conf`, the person's own `~/.config/fontconfig/fonts.conf`, or `FONTCONFIG_FILE`),
/// as every other app on the desktop sees them; elsewhere the system's font folders. Then the
/// given folders (the app's own fonts folder); a folder that does not exist is skipped.
pub fn system_database(folders: &[std::path::PathBuf]) -> fontdb::Database {
    let mut db = fontdb::Database::new();
    db.load_system_fonts();
    for folder in folders.iter().filter(|f| f.is_dir()) {
        db.load_fonts_dir(folder);
    }
    db
}

/// A script that text needs and no font on this computer covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingScript {
    /// The script, e.g. Arabic.
    pub script: Script,
    /// The first character that could not be shown.
    pub sample: char,
}

impl MissingScript {
    /// What to tell the person, e.g. "Arabic text cannot be shown: install a font such as
    /// Noto Naskh Arabic (Debian package fonts-noto-core), then restart Café Host."
    pub fn message(&self, lang: Lang) -> String {
        let advice = script_words(self.script);
        let (font, package) = if self.sample >= '\u{1F000}' && advice.key == Some("script-symbols")
        {
            // Emoji and pictographs: a font with outlines that egui can draw.
            ("Symbola".to_owned(), "fonts-symbola")
        } else {
            (advice.font, advice.package)
        };
        let script = match advice.key {
            Some(key) => crate::i18n::tr(lang, key),
            None => self.script.full_name().to_owned(),
        };
        tr_args(
            lang,
            "font-missing",
            &[
                ("script", script.into()),
                ("font", font.into()),
                ("package", package.into()),
            ],
        )
    }
}

/// What the person is told to install for a script.
#[derive(Debug, PartialEq, Eq)]
struct Advice {
    /// The catalogue key of the script's name, when the catalogue names it.
    key: Option<&'static str>,
    /// A free font family that covers it.
    font: String,
    /// The Debian package that holds that font.
    package: &'static str,
}

/// The catalogue key of a script's name, a free font that covers it and its Debian package.
fn script_words(script: Script) -> Advice {
    let (key, font, package) = match script {
        Script::Arabic => ("script-arabic", "Noto Naskh Arabic", "fonts-noto-core"),
        Script::Hebrew => ("script-hebrew", "Noto Sans Hebrew", "fonts-noto-core"),
        Script::Han | Script::Hiragana | Script::Katakana | Script::Hangul | Script::Bopomofo => {
            ("script-cjk", "Noto Sans CJK", "fonts-noto-cjk")
        }
        Script::Devanagari => (
            "script-devanagari",
            "Noto Sans Devanagari",
            "fonts-noto-core",
        ),
        Script::Bengali => ("script-bengali", "Noto Sans Bengali", "fonts-noto-core"),
        Script::Ethiopic => ("script-ethiopic", "Noto Sans Ethiopic", "fonts-noto-core"),
        Script::Khmer => ("script-khmer", "Noto Sans Khmer", "fonts-noto-core"),
        Script::Thai => ("script-thai", "Noto Sans Thai", "fonts-noto-core"),
        Script::Myanmar => ("script-myanmar", "Noto Sans Myanmar", "fonts-noto-core"),
        // Latin (Vietnamese and other letters with marks), Greek and Cyrillic are all in the
        // one Noto Sans: there is no "Noto Sans Latin".
        Script::Latin => ("script-latin", "Noto Sans", "fonts-noto-core"),
        Script::Greek => ("script-greek", "Noto Sans", "fonts-noto-core"),
        Script::Cyrillic => ("script-cyrillic", "Noto Sans", "fonts-noto-core"),
        Script::Common | Script::Inherited | Script::Unknown => {
            ("script-symbols", "Noto Sans Symbols 2", "fonts-noto-core")
        }
        other => {
            return Advice {
                key: None,
                font: format!("Noto Sans {}", other.full_name()),
                package: "fonts-noto-core",
            };
        }
    };
    Advice {
        key: Some(key),
        font: font.to_owned(),
        package,
    }
}

/// The script a character is counted under: its own, or for punctuation and digits shared by
/// some scripts (the Arabic comma and question mark) the script of the text's other missing
/// letters, so one script is reported once, not again as "symbols".
fn script_of(c: char, letters: &[Script]) -> Script {
    let own = c.script();
    if !matches!(own, Script::Common | Script::Inherited) {
        return own;
    }
    let shared = c.script_extension();
    letters
        .iter()
        .copied()
        .find(|s| shared.contains_script(*s))
        .or_else(|| {
            shared
                .iter()
                .find(|s| !matches!(s, Script::Common | Script::Inherited | Script::Unknown))
        })
        .unwrap_or(own)
}

/// The system fonts, found on a background thread, and egui's way in to them.
pub struct FontSupport {
    provider: Arc<SystemFonts>,
    /// Scripts already reported as missing: each is said once.
    reported: HashSet<Script>,
    /// Hashes of texts already checked, so a slide shown every frame is checked once.
    checked: HashSet<u64>,
}

impl FontSupport {
    /// Start finding the system fonts, and those in `folders` (e.g. the data folder's own
    /// fonts), on a background thread and let egui ask them for any character its own fonts
    /// lack. Returns at once; the scan takes a few hundred milliseconds on a computer with
    /// many fonts, and only a frame that needs a missing character before then waits for it.
    /// A folder that does not exist is skipped.
    pub fn start(ctx: &egui::Context, folders: Vec<std::path::PathBuf>) -> FontSupport {
        let scan = std::thread::Builder::new()
            .name("system fonts".to_owned())
            .spawn(move || system_database(&folders));
        let scan = match scan {
            Ok(handle) => Some(handle),
            Err(e) => {
                log::warn!("could not start looking for system fonts: {e}");
                None
            }
        };
        FontSupport::with_provider(ctx, SystemFonts::new(scan, None))
    }

    /// Like [`FontSupport::start`], with a given font database instead of the system's (a
    /// computer with no fonts at all, say).
    pub fn with_database(ctx: &egui::Context, db: fontdb::Database) -> FontSupport {
        FontSupport::with_provider(ctx, SystemFonts::new(None, Some(db)))
    }

    fn with_provider(ctx: &egui::Context, provider: SystemFonts) -> FontSupport {
        let provider = Arc::new(provider);
        ctx.add_font_provider(provider.clone());
        FontSupport {
            provider,
            reported: HashSet::new(),
            checked: HashSet::new(),
        }
    }

    /// How many font faces the scan found (waits for the scan to finish).
    pub fn face_count(&self) -> usize {
        self.provider.database().len()
    }

    /// Check that the fonts can draw `text`, loading system fonts for it as needed. Returns a
    /// missing script the first time it is met (and never again for that script), so the
    /// caller can show the message once instead of boxes in silence.
    ///
    /// Call it while a frame is being built (egui has no fonts before the first one), for the
    /// texts of a new slide, guide or note; repeated texts cost one hash lookup.
    pub fn ensure_covers(&mut self, ctx: &egui::Context, text: &str) -> Option<MissingScript> {
        use std::hash::{BuildHasher, RandomState};
        static HASHER: OnceLock<RandomState> = OnceLock::new();
        let hash = HASHER.get_or_init(RandomState::new).hash_one(text);
        if !self.checked.insert(hash) {
            return None;
        }
        // Notes grow a letter at a time; forget old texts now and then (rechecking is cheap).
        if self.checked.len() > 10_000 {
            self.checked.clear();
            self.checked.insert(hash);
        }
        let font_id = egui::FontId::proportional(14.0);
        let missing: Vec<char> = ctx.fonts_mut(|fonts| {
            text.chars()
                .filter(|c| !c.is_whitespace() && !c.is_control() && !is_invisible(*c))
                .filter(|c| !fonts.has_glyph(&font_id, *c))
                .collect()
        });
        let letters: Vec<Script> = missing
            .iter()
            .map(UnicodeScript::script)
            .filter(|s| !matches!(s, Script::Common | Script::Inherited))
            .collect();
        let found = missing
            .into_iter()
            .map(|c| MissingScript {
                script: script_of(c, &letters),
                sample: c,
            })
            .find(|m| !self.reported.contains(&m.script));
        if let Some(m) = &found {
            self.reported.insert(m.script);
            // The same text may also hold a second missing script: check it again next time.
            self.checked.remove(&hash);
        }
        found
    }
}

/// Format characters that have no glyph in any font and need none (joiners, direction marks).
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FE0E}' | '\u{FE0F}')
}

/// The font database behind egui's font provider: scanned once, searched per missing character.
struct SystemFonts {
    scan: Mutex<Option<JoinHandle<fontdb::Database>>>,
    db: OnceLock<fontdb::Database>,
}

impl SystemFonts {
    fn new(scan: Option<JoinHandle<fontdb::Database>>, db: Option<fontdb::Database>) -> Self {
        SystemFonts {
            scan: Mutex::new(scan),
            db: db.map(OnceLock::from).unwrap_or_default(),
        }
    }

    /// The database, waiting for the background scan if it is still running.
    fn database(&self) -> &fontdb::Database {
        self.db.get_or_init(|| {
            let handle = self
                .scan
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take();
            match handle.map(JoinHandle::join) {
                Some(Ok(db)) => db,
                Some(Err(_)) => {
                    log::warn!("looking for system fonts failed; only the built-in fonts are used");
                    fontdb::Database::new()
                }
                None => fontdb::Database::new(),
            }
        })
    }
}

impl FontProvider for SystemFonts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let c = request.cluster.chars().next()?;
        if c.is_control() || c.is_whitespace() {
            return None;
        }
        let db = self.database();
        let monospace = matches!(request.family, FontFamily::Monospace);
        // The room's text is bold: a bold cut of the script's font matches it best.
        let weight = if *request.family == room_family() {
            700
        } else {
            400
        };
        let mut faces: Vec<&fontdb::FaceInfo> = db.faces().collect();
        let script = script_family_word(c.script());
        faces.sort_by_cached_key(|face| preference(face, monospace, script, weight));
        let (face, data) = faces.into_iter().find_map(|face| {
            db.with_face_data(face.id, |data, index| {
                covers(data, index, c).then(|| data.to_vec())
            })
            .flatten()
            .map(|data| (face, data))
        })?;
        let name = format!("system:{}:{}", face.post_script_name, face.index);
        log::debug!("using the system font {name} for {c:?}");
        Some(FontInsert {
            name,
            data: FontData::from_blob(Arc::new(data), face.index),
            families: vec![InsertFontFamily {
                family: request.family.clone(),
                priority: FontPriority::Lowest,
            }],
        })
    }
}

/// The word font families made for a script carry in their name ("Noto Sans Arabic",
/// "Noto Sans CJK SC"), if the script has its own fonts.
fn script_family_word(script: Script) -> Option<&'static str> {
    match script {
        Script::Common | Script::Inherited | Script::Unknown => None,
        Script::Han | Script::Hiragana | Script::Katakana | Script::Hangul | Script::Bopomofo => {
            Some("CJK")
        }
        other => Some(other.full_name()),
    }
}

/// Lower is better: a face made for the character's script (a general font that happens to
/// hold a few of its letters usually lacks the shaping rules), upright, sans (or monospace for
/// monospace text), plain rather than "UI"-tuned or display cuts, and the nearest `weight`.
fn preference(
    face: &fontdb::FaceInfo,
    monospace: bool,
    script: Option<&str>,
    weight: u16,
) -> (u8, u8, u8, u8, u16, String) {
    let family = face
        .families
        .first()
        .map(|(name, _)| name.clone())
        .unwrap_or_default();
    let foreign = u8::from(script.is_some_and(|word| !family.contains(word)));
    let style = u8::from(face.style != fontdb::Style::Normal);
    let kind = if monospace {
        u8::from(!face.monospaced)
    } else {
        u8::from(!family.contains("Sans") && !family.contains("Naskh"))
    };
    let special = u8::from(family.contains(" UI") || family.contains("Display"));
    let weight = face.weight.0.abs_diff(weight);
    (foreign, style, kind, special, weight, family)
}

/// Whether the face has a drawable outline for `c` (colour-bitmap-only faces are skipped:
/// egui draws outlines).
fn covers(data: &[u8], index: u32, c: char) -> bool {
    let Ok(face) = ttf_parser::Face::parse(data, index) else {
        return false;
    };
    let tables = face.tables();
    let has_outlines = tables.glyf.is_some() || tables.cff.is_some() || tables.cff2.is_some();
    has_outlines && face.glyph_index(c).is_some_and(|g| g.0 != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_name_a_font_to_install() {
        let arabic = script_words('ع'.script());
        assert_eq!(
            (arabic.key, arabic.font.as_str(), arabic.package),
            (
                Some("script-arabic"),
                "Noto Naskh Arabic",
                "fonts-noto-core"
            )
        );
        assert_eq!(script_words('日'.script()).font, "Noto Sans CJK");
        assert_eq!(script_words('한'.script()).package, "fonts-noto-cjk");
        assert_eq!(script_words('Ꮳ'.script()).font, "Noto Sans Cherokee");
        // Vietnamese letters: the one Noto Sans, not a font that does not exist.
        let latin = script_words('ệ'.script());
        assert_eq!(
            (latin.font.as_str(), latin.key),
            ("Noto Sans", Some("script-latin"))
        );
    }

    /// Run as its own process by the test below, with a font configuration of its own.
    #[test]
    #[ignore = "run by fonts_named_by_the_font_configuration_are_found, in its own process"]
    fn scan_with_the_given_font_configuration() {
        // Only the test below gives it a folder; run on its own it has nothing to check.
        let Some(folder) = std::env::var_os("CAFE_HOST_FONT_TEST_FOLDER") else {
            return;
        };
        let db = system_database(&[]);
        let found: Vec<_> = db
            .faces()
            .filter_map(|face| match &face.source {
                fontdb::Source::File(path) | fontdb::Source::SharedFile(path, _) => {
                    Some(path.clone())
                }
                fontdb::Source::Binary(_) => None,
            })
            .collect();
        assert!(
            found.iter().any(|path| path.starts_with(&folder)),
            "no font from the configured folder {folder:?} among {found:?}"
        );
    }

    /// A font folder that only the font configuration names (not one of the usual folders) is
    /// searched: a school's IT may install fonts anywhere and list the folder in `fonts.conf`.
    #[test]
    #[cfg(all(unix, not(target_os = "macos")))]
    fn fonts_named_by_the_font_configuration_are_found() {
        let home =
            std::env::temp_dir().join(format!("cafe-host-fontconfig-{}", std::process::id()));
        let folder = home.join("school fonts");
        std::fs::create_dir_all(&folder).expect("temp folder");
        std::fs::write(folder.join("Room.ttf"), ROOM_BOLD).expect("font copy");
        // An included file names the folder, as distributions' conf.d files do.
        let included = home.join("local.conf");
        std::fs::write(
            &included,
            format!(
                "<?xml version=\"1.0\"?>\n<fontconfig><dir>{}</dir></fontconfig>\n",
                folder.display()
            ),
        )
        .expect("included configuration");
        let config = home.join("fonts.conf");
        std::fs::write(
            &config,
            format!(
                "<?xml version=\"1.0\"?>\n<fontconfig><include>{}</include></fontconfig>\n",
                included.display()
            ),
        )
        .expect("configuration");
        let run = std::process::Command::new(std::env::current_exe().expect("test binary"))
            .args([
                "--exact",
                "ui::fonts::tests::scan_with_the_given_font_configuration",
            ])
            .args(["--ignored", "--quiet", "--test-threads=1"])
            .env("FONTCONFIG_FILE", &config)
            .env("HOME", &home)
            .env("CAFE_HOST_FONT_TEST_FOLDER", &folder)
            .output()
            .expect("the test binary runs");
        std::fs::remove_dir_all(&home).ok();
        assert!(
            run.status.success(),
            "the configured folder was not searched:\n{}",
            String::from_utf8_lossy(&run.stdout)
        );
    }

    #[test]
    fn arabic_punctuation_counts_as_arabic() {
        let letters = [Script::Arabic];
        assert_eq!(script_of('،', &letters), Script::Arabic);
        assert_eq!(script_of('؟', &letters), Script::Arabic);
        assert_eq!(script_of('ệ', &letters), Script::Latin);
    }
}
