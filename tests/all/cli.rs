//! The command line: `cafe-host check`.

use std::process::Command;

fn cafe_host() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cafe-host"))
}

#[test]
fn check_passes_the_bundled_guides_and_the_example() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files: Vec<_> = std::fs::read_dir(format!("{root}/assets/guides"))
        .expect("guides")
        .chain(std::fs::read_dir(format!("{root}/sessions")).expect("sessions"))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    assert!(files.len() >= 4);
    let out = cafe_host()
        .arg("check")
        .args(&files)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn check_reports_file_line_col_and_fails() {
    let dir = tempfile::tempdir().expect("temp dir");
    let syntax = dir.path().join("syntax.ron");
    std::fs::write(
        &syntax,
        "Guide(\n    schema_version: 1,\n    title: \"A\"\n    purpose: \"B\",\n)",
    )
    .expect("write");
    let missing = dir.path().join("missing.ron");
    std::fs::write(
        &missing,
        "Guide(\n    schema_version: 1,\n    purpose: \"B\",\n    questions: [],\n)",
    )
    .expect("write");
    let good = format!(
        "{}/assets/guides/learning-at-home.ron",
        env!("CARGO_MANIFEST_DIR")
    );
    let out = cafe_host()
        .arg("check")
        .arg(&syntax)
        .arg(&missing)
        .arg(&good)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0].starts_with(&format!("{}:4:", syntax.display())),
        "{stdout}"
    );
    assert!(
        lines[1].starts_with(&format!("{}:", missing.display())) && lines[1].contains("title"),
        "{stdout}"
    );
    assert!(lines[2].ends_with("ok (Guide)"), "{stdout}");
}

#[test]
fn table_mode_outside_the_possible_tables_is_refused_with_the_range() {
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sessions/2026-11-12_our-children-our-school_5e1f2a9c.ron"
    );
    for table in ["0", "99999"] {
        let out = cafe_host()
            .args(["--table", table, example])
            .output()
            .expect("runs");
        assert!(!out.status.success(), "--table {table} was accepted");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("1..=99"), "{err}");
    }
}
