//! Embeds every message catalogue under `assets/i18n/` in the binary, so adding a language is
//! adding one `.ftl` file: no code names the languages.

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join("i18n");
    let mut out = String::new();
    for (name, dir) in [
        ("INTERFACE", root.clone()),
        ("ROOM", root.join("room")),
        ("EXPORT", root.join("export")),
    ] {
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|p| p.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        out.push_str(&format!("pub(crate) static {name}: &[(&str, &str)] = &[\n"));
        for path in files {
            println!("cargo:rerun-if-changed={}", path.display());
            let code = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_else(|| panic!("odd catalogue name {}", path.display()));
            out.push_str(&format!(
                "    ({code:?}, include_str!({:?})),\n",
                path.display()
            ));
        }
        out.push_str("];\n");
    }
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|e| panic!("cargo sets OUT_DIR: {e}"));
    let dest = Path::new(&out_dir).join("catalogues.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}
