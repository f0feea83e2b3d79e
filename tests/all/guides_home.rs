//! Guides on Home: what `cafe-host check` says is what Home says; two guides with one title
//! are told apart; rename, delete and its undo, import and export with a typed path; a second
//! window on a guide is read-only; a café keeps the guide it ran on.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use cafe_host::model::Step;
use cafe_host::store::{load_guide_file, load_session};
use cafe_host::ui::CafeApp;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::common::{TestClock, harness};

const WAIT: Duration = Duration::from_secs(5);

/// A guide whose second question's notes are misspelled `note:`, as a person might write it.
const MISSPELLED: &str = "Guide(
    schema_version: 2,
    title: \"Our autumn café\",
    purpose: \"Meeting the new families.\",
    questions: [
        Question(text: \"What brought you here?\", points: [\"Friends\"]),
        Question(text: \"What would help?\", points: [\"Time\"], note: \"Lost notes\"),
    ],
)";

fn click(h: &mut Harness<'_, CafeApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Type a path into the guide tools' path box (the first on Home; the other opens cafés).
fn type_path(h: &mut Harness<'_, CafeApp>, path: &Path) {
    let first = || {
        h.query_all_by_label("or type its path:")
            .next()
            .expect("a path box")
    };
    first().focus();
    h.run();
    let first = || {
        h.query_all_by_label("or type its path:")
            .next()
            .expect("a path box")
    };
    first().type_text(&path.display().to_string());
    h.run();
}

fn write_guide(data: &Path, name: &str, text: &str) -> PathBuf {
    let dir = data.join("guides");
    std::fs::create_dir_all(&dir).expect("guides folder");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn home_says_what_check_says_and_tells_two_guides_with_one_title_apart() {
    let data = tempfile::tempdir().expect("temp dir");
    let misspelled = write_guide(data.path(), "autumn.ron", MISSPELLED);
    let same_title = MISSPELLED.replace(", note: \"Lost notes\"", "");
    write_guide(data.path(), "autumn-copy.ron", &same_title);
    let out = Command::new(env!("CARGO_BIN_EXE_cafe-host"))
        .arg("check")
        .arg(&misspelled)
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        said.starts_with(&format!("{}:7:62: ", misspelled.display()))
            && said.contains("`questions.1.note`")
            && said.contains("did you mean `notes`?"),
        "{said}"
    );

    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    let rows: Vec<_> = h
        .query_all_by_label_contains("Our autumn café")
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows.iter().any(|r| r.contains("autumn.ron")), "{rows:?}");
    assert!(
        rows.iter().any(|r| r.contains("autumn-copy.ron")),
        "{rows:?}"
    );
    h.get_by_label_contains("autumn.ron").click();
    h.run();
    h.get_by_label_contains("Line 7, column 62: The field `questions.1.note` is not one Café Host knows (did you mean `notes`?)");
    // The clean copy says nothing of the kind.
    h.get_by_label_contains("autumn-copy.ron").click();
    h.run();
    assert!(h.query_by_label_contains("questions.1.note").is_none());
}

#[test]
fn rename_delete_undo_import_and_export_from_home() {
    let data = tempfile::tempdir().expect("temp dir");
    let outside = tempfile::tempdir().expect("another folder");
    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    // A template has no Edit, only a copy to edit.
    h.get_by_label_contains("Learning at Home").click();
    h.run();
    assert!(h.query_by_label("Edit").is_none());
    // Export the template as Markdown to a typed path.
    click(&mut h, "Export…");
    let target = outside.path().join("home-learning");
    type_path(&mut h, &target);
    click(&mut h, "Export");
    let exported = target.with_extension("md");
    let text = std::fs::read_to_string(&exported).expect("exported as Markdown");
    assert!(text.starts_with("---\ntitle: Learning at Home\n"), "{text}");

    // Import it back: it becomes one of the person's own guides, and is chosen.
    click(&mut h, "Import…");
    type_path(&mut h, &exported);
    click(&mut h, "Import");
    let mine = data.path().join("guides/learning-at-home.ron");
    assert!(mine.exists(), "imported into the guides folder");
    h.get_by_label_contains("learning-at-home.ron");

    click(&mut h, "Rename…");
    h.get_by_label("New title").focus();
    h.run();
    h.get_by_label("New title").type_text(" in Spring");
    h.run();
    click(&mut h, "Rename");
    let renamed = data.path().join("guides/learning-at-home-in-spring.ron");
    assert!(renamed.exists() && !mine.exists());
    assert_eq!(
        load_guide_file(&renamed).expect("loads").guide.title,
        "Learning at Home in Spring"
    );

    click(&mut h, "Delete…");
    click(&mut h, "Delete");
    assert!(!renamed.exists());
    assert!(
        h.query_by_label_contains("learning-at-home-in-spring.ron")
            .is_none()
    );
    click(&mut h, "Undo: bring back “Learning at Home in Spring”");
    assert!(renamed.exists(), "the last delete is undone");
    h.get_by_label_contains("learning-at-home-in-spring.ron");
}

#[test]
fn a_second_window_on_a_guide_is_read_only() {
    let data = tempfile::tempdir().expect("temp dir");
    write_guide(
        data.path(),
        "autumn.ron",
        &MISSPELLED.replace(", note: \"Lost notes\"", ""),
    );
    let clock = TestClock::new();
    let mut first = harness(data.path(), None, &clock);
    let mut second = harness(data.path(), None, &clock);
    for h in [&mut first, &mut second] {
        h.get_by_label_contains("autumn.ron").click();
        h.run();
        click(h, "Edit");
    }
    assert!(
        first
            .state()
            .editor()
            .expect("open")
            .open_guide()
            .read_only()
            .is_none()
    );
    second.get_by_label_contains("Read-only: this guide is being edited in");
    second.get_by_label("Question (English)").focus();
    second.run();
    second
        .get_by_label("Question (English)")
        .type_text(" changed?");
    second.run();
    let guide = second.state().editor().expect("open").guide().clone();
    assert_eq!(
        guide.questions[0].text, "What brought you here?",
        "no edit is accepted"
    );
}

#[test]
fn a_cafe_keeps_the_guide_it_ran_on_when_the_guide_changes_later() {
    let data = tempfile::tempdir().expect("temp dir");
    let guide = write_guide(
        data.path(),
        "autumn.ron",
        &MISSPELLED.replace(", note: \"Lost notes\"", ""),
    );
    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    h.get_by_label_contains("autumn.ron").click();
    h.run();
    click(&mut h, "Start the café");
    assert!(h.state().live().is_some());
    h.key_press(egui::Key::PageDown);
    h.run();
    assert!(h.state_mut().flush(WAIT));
    let session = h.state().session_path().expect("a file").to_owned();
    h.state_mut().run(cafe_host::ui::AppCommand::GoHome);
    h.run();

    h.get_by_label_contains("autumn.ron").click();
    h.run();
    click(&mut h, "Edit");
    h.get_by_label("Question (English)").focus();
    h.run();
    h.get_by_label("Question (English)")
        .type_text(" (changed later)");
    h.run();
    click(&mut h, "Save (Ctrl+S)");
    assert!(h.state_mut().flush(WAIT));
    assert!(
        load_guide_file(&guide).expect("loads").guide.questions[0]
            .text
            .ends_with("(changed later)")
    );
    let ran = load_session(&session).expect("opens").session;
    assert_eq!(ran.guide.questions[0].text, "What brought you here?");
    assert_eq!(ran.current, Step::Agreements);
}
