//! House rules checked by tests rather than remembered: one palette, one catalogue (every
//! message used, every message used there), the layers' rules, and no dependency left unused.

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("a source folder")
            .map(|e| e.expect("an entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join(dir), &mut out);
    out
}

/// The app's own `.rs` files under `dir`: [`sources`] without the unit tests kept in a file of
/// their own (`tests.rs`), which may set up what the app itself must not do.
fn app_sources(dir: &str) -> Vec<(PathBuf, String)> {
    sources(dir)
        .into_iter()
        .filter(|(path, _)| path.file_name().is_none_or(|name| name != "tests.rs"))
        .collect()
}

/// The code of a source file without its comments (`//` to the end of a line) and its unit
/// tests (from `#[cfg(test)]` on), so a rule is about what the app does, not what the
/// comments say or what a test sets up.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The string literals in `text` (simple ones: no raw strings, escapes kept as written).
fn literals(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut literal = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => break,
                c => literal.push(c),
            }
        }
        out.push(literal);
    }
    out
}

/// Whether `s` is shaped like a message id: lower-case words joined by dashes.
fn id_shaped(s: &str) -> bool {
    s.contains('-')
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.ends_with('-')
}

/// The message ids of a catalogue.
fn message_ids(file: &str) -> Vec<String> {
    let text = std::fs::read_to_string(root().join(file)).expect("a catalogue");
    text.lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
        .filter(|id| id_shaped(id) || id.chars().all(|c| c.is_ascii_lowercase()))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_message_is_used_and_every_message_used_is_in_both_catalogues() {
    let english = message_ids("assets/i18n/en.ftl");
    let spanish = message_ids("assets/i18n/es.ftl");
    // The exports' words (`w.t`, `w.a`) live in their own catalogues.
    let export_english = message_ids("assets/i18n/export/en.ftl");
    let export_spanish = message_ids("assets/i18n/export/es.ftl");
    let used: std::collections::BTreeSet<String> = sources("src")
        .iter()
        .flat_map(|(_, text)| literals(&code(text)))
        .filter(|s| id_shaped(s))
        .collect();
    // A command's label and a button's hint are its id with "-label" or "-hint" after it.
    let is_used = |id: &str| {
        used.contains(id)
            || ["-label", "-hint"]
                .iter()
                .any(|end| id.strip_suffix(end).is_some_and(|base| used.contains(base)))
    };
    // An export's words may be one word ("done"), which is not shaped like an id.
    let literals_in_src: std::collections::BTreeSet<String> = sources("src")
        .iter()
        .flat_map(|(_, text)| literals(&code(text)))
        .collect();
    let unused: Vec<&String> = english
        .iter()
        .filter(|id| !is_used(id))
        .chain(
            export_english
                .iter()
                .filter(|id| !literals_in_src.contains(*id)),
        )
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    // Every id the code asks the catalogues for is in both.
    let calls = ["t", "ta", "tn", "tr", "tr_args", "count", "a"];
    // A call of one of `calls` by its own name ("text(" is not "t(").
    let asks = |line: &str| {
        calls.iter().any(|name| {
            line.match_indices(&format!("{name}(")).any(|(at, _)| {
                !line[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
            })
        }) || line.contains("=> \"command-")
    };
    for (path, text) in sources("src") {
        let code = code(&text);
        for line in code.lines().filter(|l| asks(l)) {
            for id in literals(line).into_iter().filter(|s| id_shaped(s)) {
                let known = |ids: &[String]| {
                    ids.contains(&id) || ids.iter().any(|i| i.starts_with(&format!("{id}-")))
                };
                assert!(
                    known(&english) && known(&spanish)
                        || known(&export_english) && known(&export_spanish),
                    "{}: \"{id}\" is not in both catalogues",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn colours_come_from_the_one_palette() {
    for (path, text) in sources("src/ui") {
        if path.ends_with("theme.rs") {
            continue;
        }
        for (n, line) in code(&text).lines().enumerate() {
            for maker in [
                "from_rgb",
                "from_rgba",
                "from_gray",
                "from_hex",
                "from_black_alpha",
            ] {
                assert!(
                    !line.contains(maker),
                    "{}:{}: a colour written out ({maker}); name it in ui::theme",
                    path.display(),
                    n + 1
                );
            }
        }
    }
}

#[test]
fn the_layers_keep_their_rules() {
    // Pure data and logic never draw: no egui below the window.
    for layer in [
        "model",
        "live",
        "store",
        "session",
        "review",
        "export",
        "i18n",
        "authoring",
        "markdown",
    ] {
        for (path, text) in app_sources(&format!("src/{layer}")) {
            for word in ["egui", "eframe"] {
                assert!(
                    !code(&text).contains(word),
                    "{}: {layer} uses {word}",
                    path.display()
                );
            }
        }
    }
    // The review of past cafés reads cafés; changing one goes through the session layer.
    for (path, text) in app_sources("src/review") {
        let code = code(&text);
        for forbidden in [
            "crate::live",
            "write_atomic",
            "to_ron",
            "SessionLock",
            "std::fs::write",
            "File::create",
        ] {
            assert!(
                !code.contains(forbidden),
                "{}: the review must not write café files ({forbidden})",
                path.display()
            );
        }
    }
    // Exports take the store's own file handling, not the review's.
    for (path, text) in app_sources("src/export") {
        assert!(
            !code(&text).contains("review::cache"),
            "{}: export reaches into the review's cache",
            path.display()
        );
    }
    // A guide open in the editor is kept below the window, apart from any café: authoring
    // reads and writes guide files through the store only.
    for (path, text) in app_sources("src/authoring") {
        let code = code(&text);
        for forbidden in ["crate::ui", "crate::session", "crate::live", "std::fs"] {
            assert!(
                !code.contains(forbidden),
                "{}: authoring uses {forbidden}",
                path.display()
            );
        }
    }
    // The model, the live café and the plain-text guide format never touch files.
    for layer in ["model", "live", "markdown"] {
        for (path, text) in app_sources(&format!("src/{layer}")) {
            let code = code(&text);
            for forbidden in [
                "std::fs",
                "crate::store",
                "crate::session",
                "crate::ui",
                "crate::authoring",
            ] {
                assert!(
                    !code.contains(forbidden),
                    "{}: {layer} uses {forbidden}",
                    path.display()
                );
            }
        }
    }
}

/// The crates a `[…dependencies]` table of Cargo.toml names.
fn dependencies(toml: &str, table: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in toml.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            inside = line == format!("[{table}]")
                || (table == "dependencies" && line.ends_with(".dependencies]"));
            continue;
        }
        if inside && let Some((name, _)) = line.split_once('=') {
            let name = name.trim();
            if !name.is_empty() && !name.starts_with('#') {
                out.push(name.replace('-', "_"));
            }
        }
    }
    out
}

#[test]
fn every_dependency_is_used() {
    let toml = std::fs::read_to_string(root().join("Cargo.toml")).expect("Cargo.toml");
    // Unit tests count for dev-dependencies, so here the whole of each file is read.
    let mentions = |dirs: &[&str], krate: &str| {
        dirs.iter().flat_map(|d| sources(d)).any(|(_, text)| {
            let code = if dirs.len() > 1 { text } else { code(&text) };
            code.contains(&format!("{krate}::"))
                || code.contains(&format!("use {krate}"))
                || code.contains(&format!("{krate}!"))
        })
    };
    for krate in dependencies(&toml, "dependencies") {
        assert!(
            mentions(&["src"], &krate),
            "the dependency {krate} is not used by the app: remove it from Cargo.toml"
        );
    }
    for krate in dependencies(&toml, "dev-dependencies") {
        assert!(
            mentions(&["tests", "benches", "examples", "src"], &krate),
            "the dev-dependency {krate} is not used by any test, benchmark or example"
        );
    }
    assert!(dependencies(&toml, "dependencies").contains(&"egui".to_owned()));
}

/// The arguments of the call whose `(` is at `open` in `code` (to its matching `)`).
fn call_arguments(code: &str, open: usize) -> &str {
    let mut depth = 0;
    for (i, c) in code[open..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return &code[open + 1..open + i];
                }
            }
            _ => {}
        }
    }
    &code[open..]
}

#[test]
fn every_text_goes_through_the_one_text_path() {
    // egui's own text widgets lay right-to-left text out in reverse word order: screens use
    // `ui::say` (labels, headings, buttons, links, tooltips) and `ui::bidi_edit` (text boxes),
    // and any egui widget that takes a text gets it from `said…`.
    let direct = [
        "ui.label(",
        "ui.heading(",
        "ui.button(",
        "ui.selectable_label(",
        "ui.colored_label(",
        "ui.link(",
        "ui.hyperlink",
        "ui.small(",
        "ui.strong(",
        "ui.weak(",
        "ui.monospace(",
        "ui.code(",
        "TextEdit::singleline(",
        "TextEdit::multiline(",
        // Tooltips too: `Hint::hint` draws them through the one text path.
        ".on_hover_text(",
        ".on_disabled_hover_text(",
        ".on_hover_text_at_pointer(",
    ];
    let wrapped = [
        "Label::new(",
        "Button::new(",
        "Button::selectable(",
        "Link::new(",
        ".checkbox(",
        ".selectable_value(",
        ".radio_value(",
        ".selected_text(",
    ];
    for (path, text) in sources("src/ui") {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if ["say.rs", "bidi.rs", "bidi_edit.rs"].contains(&name) {
            continue;
        }
        // One line of code, so a call split over lines (`ui\n    .label(`) is seen whole.
        let code: String = code(&text).split_whitespace().collect::<Vec<_>>().join(" ");
        let code = code.replace(" .", ".").replace("( ", "(");
        for call in direct {
            assert!(
                !code.contains(call),
                "{}: `{call}` draws text outside the one text path (use ui::say)",
                path.display()
            );
        }
        for call in wrapped {
            for (at, _) in code.match_indices(call) {
                let args = call_arguments(&code, at + call.len() - 1);
                assert!(
                    args.contains("said"),
                    "{}: `{call}{args})` takes its text without `said`",
                    path.display()
                );
            }
        }
    }
}
