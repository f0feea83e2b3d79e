//! The installed app: its windows' identity, and the packaging files (desktop entry, metainfo,
//! file type, icons, package contents) agreeing with each other, with the app and with the repo.
//! CI builds and installs the real package (`scripts/check-package.sh`); these tests catch a
//! mismatch without it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use cafe_host::i18n::Lang;
use cafe_host::model::{Session, SessionDetails};
use cafe_host::store::catalog::{BUNDLED_GUIDES, list_guides};
use cafe_host::store::format::{kind_of, to_ron};
use cafe_host::store::{FileKind, load_session};
use cafe_host::ui::identity::{APP_ID, APP_NAME, icon, main_viewport};
use cafe_host::ui::projector;
use serde::Deserialize;

const ICON_SIZES: [u32; 7] = [16, 24, 32, 48, 64, 128, 256];

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The `[Desktop Entry]` group of the desktop entry, key by key (`Comment[es]` is its own key).
fn desktop_entry() -> BTreeMap<String, String> {
    let text = read(&format!("assets/desktop/{APP_ID}.desktop"));
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("[Desktop Entry]"));
    lines
        .take_while(|l| !l.starts_with('['))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (key, value) = l
                .split_once('=')
                .unwrap_or_else(|| panic!("not key=value: {l}"));
            (key.to_owned(), value.to_owned())
        })
        .collect()
}

#[derive(Deserialize)]
struct MimeInfo {
    #[serde(rename = "mime-type")]
    types: Vec<MimeType>,
}

#[derive(Deserialize)]
struct MimeType {
    #[serde(rename = "@type")]
    name: String,
    #[serde(default)]
    glob: Vec<Glob>,
    magic: Vec<Magic>,
}

#[derive(Deserialize)]
struct Glob {
    #[serde(rename = "@pattern")]
    pattern: String,
}

#[derive(Deserialize)]
struct Magic {
    #[serde(rename = "match")]
    matches: Vec<MagicMatch>,
}

#[derive(Deserialize)]
struct MagicMatch {
    #[serde(rename = "@type")]
    kind: String,
    #[serde(rename = "@value")]
    value: String,
    #[serde(rename = "@offset")]
    offset: String,
    #[serde(rename = "match", default)]
    and: Vec<MagicMatch>,
}

impl MagicMatch {
    /// Whether `data` matches as shared-mime-info reads the rule: the string starts somewhere
    /// in the offset range, and every nested rule matches too.
    fn matches(&self, data: &[u8]) -> bool {
        assert_eq!(self.kind, "string", "only string rules are used");
        let (first, last) = match self.offset.split_once(':') {
            Some((a, b)) => (
                a.parse::<usize>().expect("offset"),
                b.parse().expect("offset"),
            ),
            None => {
                let at = self.offset.parse().expect("offset");
                (at, at)
            }
        };
        let value = self.value.as_bytes();
        let here = (first..=last).any(|at| data.get(at..at + value.len()) == Some(value));
        here && self.and.iter().all(|rule| rule.matches(data))
    }
}

/// The café file type: its name and whether a file's first bytes make a file manager call a
/// file one (its globs, if any, must not claim every `.ron` file).
fn cafe_file_type() -> (String, impl Fn(&[u8]) -> bool) {
    let info: MimeInfo =
        quick_xml::de::from_str(&read(&format!("assets/desktop/{APP_ID}.mime.xml"))).expect("XML");
    let [kind] = <[MimeType; 1]>::try_from(info.types).unwrap_or_else(|_| panic!("one type"));
    for glob in &kind.glob {
        assert_ne!(
            glob.pattern, "*.ron",
            "other programs' .ron files are not café files"
        );
    }
    let rules = kind
        .magic
        .into_iter()
        .flat_map(|m| m.matches)
        .collect::<Vec<_>>();
    assert!(!rules.is_empty());
    (kind.name, move |data: &[u8]| {
        rules.iter().any(|r| r.matches(data))
    })
}

#[derive(Deserialize)]
struct Component {
    id: String,
    name: String,
    launchable: Text,
    provides: Provides,
    screenshots: Screenshots,
}

#[derive(Deserialize)]
struct Text {
    #[serde(rename = "$text")]
    text: String,
}

#[derive(Deserialize)]
struct Provides {
    binary: Vec<String>,
    mediatype: Vec<String>,
}

#[derive(Deserialize)]
struct Screenshots {
    screenshot: Vec<Screenshot>,
}

#[derive(Deserialize)]
struct Screenshot {
    #[serde(rename = "@type", default)]
    kind: Option<String>,
    image: Image,
}

#[derive(Deserialize)]
struct Image {
    #[serde(rename = "@width")]
    width: u32,
    #[serde(rename = "@height")]
    height: u32,
    #[serde(rename = "$text")]
    url: String,
}

fn png_size(path: &Path) -> (u32, u32) {
    image::image_dimensions(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_window_carries_the_app_id_and_icon() {
    let main = main_viewport(None);
    let icon = icon().expect("the embedded icon decodes");
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    assert!(
        icon.rgba.chunks(4).any(|p| p[3] == 0),
        "transparent corners"
    );
    assert_eq!(main.app_id.as_deref(), Some(APP_ID));
    assert_eq!(main.title.as_deref(), Some(APP_NAME));
    for lang in [Lang::ENGLISH, Lang::from_code("es").expect("Spanish")] {
        let projector = projector::viewport_builder(lang, "Our Children, Our School");
        assert_eq!(projector.app_id.as_deref(), Some(APP_ID));
        // Built every frame: the same decoded icon, not a new one each time.
        let same =
            |b: &egui::ViewportBuilder| b.icon.as_ref().is_some_and(|i| Arc::ptr_eq(i, &icon));
        assert!(same(&projector) && same(&main));
        // A person sharing a screen picks it from a list of window names.
        let title = projector.title.expect("titled");
        assert!(
            title.contains("Our Children, Our School") && title.contains(APP_NAME),
            "{title}"
        );
        assert!(
            title.to_lowercase().contains("proye") || title.contains("projector"),
            "{title}"
        );
    }
}

#[test]
fn the_icon_is_rendered_at_every_size() {
    assert!(read(&format!("assets/icons/{APP_ID}.svg")).contains("<svg"));
    for size in ICON_SIZES {
        let png = repo(&format!(
            "assets/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        ));
        assert_eq!(png_size(&png), (size, size), "{}", png.display());
    }
}

#[test]
fn the_desktop_entry_opens_cafe_files_with_the_app() {
    let entry = desktop_entry();
    assert_eq!(entry["Type"], "Application");
    assert_eq!(entry["Name"], APP_NAME);
    assert!(!entry["Comment"].is_empty() && !entry["Comment[es]"].is_empty());
    assert_ne!(entry["Comment"], entry["Comment[es]"]);
    assert_eq!(entry["Icon"], APP_ID);
    assert_eq!(entry["StartupWMClass"], APP_ID, "the window's WM_CLASS");
    let exec: Vec<&str> = entry["Exec"].split_whitespace().collect();
    assert_eq!(
        exec,
        ["cafe-host", "%f"],
        "the installed binary, given the file opened"
    );
    let (file_type, _) = cafe_file_type();
    assert!(entry["MimeType"].split(';').any(|t| t == file_type));
    assert!(entry["Categories"].ends_with(';'));
}

#[test]
fn the_metainfo_names_the_app_and_screenshots_in_the_repo() {
    let meta: Component =
        quick_xml::de::from_str(&read(&format!("assets/desktop/{APP_ID}.metainfo.xml")))
            .expect("metainfo XML");
    assert_eq!(meta.id, APP_ID);
    assert_eq!(meta.name, APP_NAME);
    assert_eq!(meta.launchable.text, format!("{APP_ID}.desktop"));
    assert_eq!(meta.provides.binary, ["cafe-host"]);
    assert_eq!(meta.provides.mediatype, [cafe_file_type().0]);
    let raw = env!("CARGO_PKG_REPOSITORY")
        .replace("https://github.com/", "https://raw.githubusercontent.com/");
    let base = format!("{raw}/main/assets/screenshots/");
    let mut named = Vec::new();
    for shot in &meta.screenshots.screenshot {
        let file = shot
            .image
            .url
            .strip_prefix(&base)
            .unwrap_or_else(|| panic!("{} is not in the repo", shot.image.url));
        let path = repo(&format!("assets/screenshots/{file}"));
        assert_eq!(
            png_size(&path),
            (shot.image.width, shot.image.height),
            "{file}"
        );
        named.push(file.to_owned());
    }
    let defaults = meta
        .screenshots
        .screenshot
        .iter()
        .filter(|s| s.kind.as_deref() == Some("default"));
    assert_eq!(defaults.count(), 1);
    let mut in_repo: Vec<String> = std::fs::read_dir(repo("assets/screenshots"))
        .expect("screenshots")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    in_repo.sort();
    named.sort();
    assert_eq!(
        named, in_repo,
        "every screenshot in the repo is shown, and only those"
    );
}

#[test]
fn only_cafe_session_files_are_cafe_files() {
    let (_, is_cafe) = cafe_file_type();
    // What the app writes today, and the example cafés.
    let guide = list_guides(Path::new("no guides folder"))
        .remove(0)
        .guide
        .expect("bundled guide");
    let details = SessionDetails {
        title: "Family night".into(),
        date: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"),
        venue: String::new(),
        facilitator: String::new(),
        tables: 3,
        series: String::new(),
    };
    let written = to_ron(&Session::new(guide, details, chrono::Utc::now())).expect("RON");
    let mut sessions = vec![written.clone(), format!("\u{feff}{written}")];
    sessions.push(format!("// Moved from the school laptop\n{written}"));
    for entry in std::fs::read_dir(repo("sessions")).expect("sessions") {
        let path = entry.expect("entry").path();
        load_session(&path).expect("example café loads");
        sessions.push(std::fs::read_to_string(&path).expect("read"));
    }
    for text in &sessions {
        assert_eq!(
            kind_of(text.trim_start_matches('\u{feff}')),
            Some(FileKind::Session)
        );
        assert!(is_cafe(text.as_bytes()), "{}", &text[..80]);
    }
    // Guides and other programs' RON files stay plain text.
    let mut others: Vec<String> = BUNDLED_GUIDES
        .iter()
        .map(|(_, t)| (*t).to_owned())
        .collect();
    others.push("Config(\n    window: (width: 800, height: 600),\n)\n".into());
    others.push("(\n    name: \"Session(\",\n)\n".into());
    others.push("Session(\n    user: \"ana\",\n    token: 12,\n)\n".into());
    for text in &others {
        assert!(!is_cafe(text.as_bytes()), "{}", &text[..text.len().min(80)]);
    }
}

#[test]
fn the_package_installs_every_file_the_entry_names() {
    let manifest: toml::Table = read("Cargo.toml").parse().expect("Cargo.toml");
    let deb = &manifest["package"]["metadata"]["deb"];
    let assets: Vec<(String, String)> = deb["assets"]
        .as_array()
        .expect("assets")
        .iter()
        .map(|a| {
            let a = a.as_array().expect("[source, dest, mode]");
            (
                a[0].as_str().expect("source").to_owned(),
                a[1].as_str().expect("dest").to_owned(),
            )
        })
        .collect();
    let installs = |source: &str, dest: &str| assets.iter().any(|(s, d)| s == source && d == dest);
    assert!(installs("target/release/cafe-host", "usr/bin/"));
    assert!(installs(
        &format!("assets/desktop/{APP_ID}.desktop"),
        "usr/share/applications/"
    ));
    assert!(installs(
        &format!("assets/desktop/{APP_ID}.metainfo.xml"),
        "usr/share/metainfo/"
    ));
    assert!(installs(
        &format!("assets/desktop/{APP_ID}.mime.xml"),
        &format!("usr/share/mime/packages/{APP_ID}.xml")
    ));
    assert!(installs(
        &format!("assets/icons/{APP_ID}.svg"),
        "usr/share/icons/hicolor/scalable/apps/"
    ));
    for size in ICON_SIZES {
        let source = format!("assets/icons/hicolor/{size}x{size}/apps/{APP_ID}.png");
        assert!(
            installs(
                &source,
                &format!("usr/share/icons/hicolor/{size}x{size}/apps/")
            ),
            "{size}"
        );
    }
    for licence in ["LICENSE-MIT", "LICENSE-APACHE"] {
        assert!(installs(licence, "usr/share/doc/cafe-host/"), "{licence}");
    }
    for (source, _) in &assets {
        let files = match source.rsplit_once("/*.") {
            Some((dir, ext)) => std::fs::read_dir(repo(dir)).map_or(0, |entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| e.path().extension().is_some_and(|x| x == ext))
                    .count()
            }),
            None => usize::from(source.starts_with("target/") || repo(source).is_file()),
        };
        assert!(files > 0, "{source} is packaged but not in the repo");
    }
    // The window and OpenGL libraries are loaded at run time, so they must be named.
    let depends = deb["depends"].as_str().expect("depends");
    for library in [
        "$auto",
        "libgl1",
        "libegl1",
        "libx11-6",
        "libxkbcommon0",
        "libwayland-client0",
        "fonts-noto-core",
    ] {
        assert!(depends.split(',').any(|d| d.trim() == library), "{library}");
    }
}

#[test]
fn the_installed_guides_are_the_ones_built_in() {
    // The package installs assets/guides/ for `cafe-host check` and for people adapting one;
    // the app itself uses the copies built into it. They must be the same files.
    let mut on_disk: Vec<(String, String)> = std::fs::read_dir(repo("assets/guides"))
        .expect("guides")
        .map(|e| {
            let path = e.expect("entry").path();
            let name = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read_to_string(&path).expect("read"))
        })
        .collect();
    let mut built_in: Vec<(String, String)> = BUNDLED_GUIDES
        .iter()
        .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
        .collect();
    on_disk.sort();
    built_in.sort();
    assert!(
        on_disk == built_in,
        "assets/guides and BUNDLED_GUIDES differ"
    );
}
