//! Note-taking at the tables and the harvest, driven through the real app.

use std::time::Duration;

use cafe_host::live::{ProjectorScreen, Slide};
use cafe_host::model::{Step, Tag};
use cafe_host::store::load_session;
use cafe_host::ui::{CafeApp, Page};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{NOTE_BOX, TestClock, add_note, example_session, harness};

#[test]
fn notes_at_two_tables_under_two_questions_become_a_theme_on_the_projector() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    h.key_press(Key::F3);
    h.run();
    assert_eq!(h.state().page(), Page::Tables);

    // Table 1, question 2 (on screen), tagged as an idea with Alt+1.
    h.key_press_modifiers(Modifiers::ALT, Key::Num1);
    h.run();
    add_note(&mut h, "More evening meetings");
    h.get_by_label("More evening meetings");
    h.get_by_label("Share").click();
    h.run();

    // Table 2: a half-typed note survives switching tables and back.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    h.run();
    add_note(&mut h, "Meetings after work, please");
    h.get_by_label("Share").click();
    h.run();
    h.get_by_label(NOTE_BOX).focus();
    h.run();
    h.get_by_label(NOTE_BOX).type_text("half a thought");
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    h.run();
    assert_eq!(
        h.get_by_label(NOTE_BOX).value().as_deref(),
        Some("half a thought")
    );
    h.get_by_label(NOTE_BOX).focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.key_press(Key::Backspace);
    h.run();
    assert_eq!(h.get_by_label(NOTE_BOX).value().as_deref(), Some(""));

    // Question 3 at table 2; delete it, then Ctrl+Z in the empty box brings it back.
    h.key_press(Key::F2);
    h.run();
    h.key_press(Key::PageDown);
    h.run();
    h.key_press(Key::F3);
    h.run();
    add_note(&mut h, "Homework help in Spanish");
    h.get_by_label("Delete").click();
    h.run();
    assert!(h.query_by_label("Homework help in Spanish").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.get_by_label("Homework help in Spanish");

    theme_on_the_projector(&mut h);

    assert!(h.state_mut().flush(Duration::from_secs(5)));
    let session = load_session(&path).expect("loads").session;
    let notes: Vec<_> = session.live_notes().collect();
    assert_eq!(notes.len(), 3, "{notes:#?}");
    let table = |n: u32| {
        session
            .tables
            .iter()
            .find(|t| t.number == n)
            .expect("table")
            .id
    };
    assert_eq!(
        (
            notes[0].text.as_str(),
            notes[0].table,
            notes[0].question,
            notes[0].share
        ),
        ("More evening meetings", table(1), Some(1), true)
    );
    assert_eq!(
        notes[0].tags.iter().copied().collect::<Vec<_>>(),
        [Tag::Idea]
    );
    assert_eq!(
        (
            notes[1].text.as_str(),
            notes[1].table,
            notes[1].question,
            notes[1].share
        ),
        ("Meetings after work, please", table(2), Some(1), true)
    );
    assert!(notes[1].tags.is_empty());
    assert_eq!(
        (
            notes[2].text.as_str(),
            notes[2].table,
            notes[2].question,
            notes[2].share
        ),
        ("Homework help in Spanish", table(2), Some(2), false)
    );
    let themes: Vec<_> = session.themes.iter().filter(|t| !t.deleted).collect();
    assert_eq!(themes.len(), 1);
    assert_eq!(themes[0].title, "Meetings when families can come");
    assert_eq!(
        themes[0].notes,
        [notes[0].id, notes[1].id].into_iter().collect()
    );
    assert_eq!(session.current, Step::Question(2));
}

/// Harvest: a theme from both tables' shared notes, shown on the projector, and renamed.
fn theme_on_the_projector(h: &mut Harness<'_, CafeApp>) {
    h.key_press(Key::F4);
    h.run();
    h.get_by_label("New theme").focus();
    h.get_by_label("New theme").type_text("Meeting times");
    h.run();
    h.get_by_label("Add theme").click();
    h.run();
    for _ in 0..2 {
        h.get_all_by_label("Add to theme")
            .next()
            .expect("a shared note")
            .click();
        h.run();
    }
    h.get_by_label_contains("Meeting times  ·  2 tables, 2 notes");
    h.key_press(Key::F5);
    // H is the presenter's key; on the harvest, where people type, the button does it.
    h.key_press(Key::H);
    h.run();
    assert_eq!(
        h.state().live().expect("open").screen,
        ProjectorScreen::Normal
    );
    h.get_by_label("Show on projector").click();
    h.run();
    let live = h.state().live().expect("open");
    assert_eq!(live.screen, ProjectorScreen::Themes);
    assert_eq!(
        live.projector_slide(),
        Slide::Themes(vec![("Meeting times".to_owned(), 2)])
    );
    h.get_by_label("What we heard");
    h.get_by_label("  · 2 tables");
    // Rename the theme.
    h.get_by_label("Rename").click();
    h.run();
    h.get_by_label("New title").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("New title")
        .type_text("Meetings when families can come");
    h.run();
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Meetings when families can come");
}

#[test]
fn table_mode_shows_one_table_and_follows_the_question_by_hand() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let options = cafe_host::ui::AppOptions {
        data: cafe_host::store::DataDir::new(data.path()),
        open: Some(path.clone()),
        projector: false,
        table: Some(3),
        clock: clock.clock(),
        stop: std::sync::Arc::default(),
        shared: None,
    };
    let mut h = Harness::builder()
        .with_size([1024.0, 768.0])
        .with_max_steps(24)
        .build_eframe(move |cc| CafeApp::new(&cc.egui_ctx, options));
    h.run();
    assert_eq!(h.state().table_mode(), Some(3));
    h.get_by_label("Table mode · Table 3");
    assert!(
        h.query_by_label("Table 1").is_none(),
        "no other tables listed"
    );
    h.get_by_label("Next question").click();
    h.run();
    add_note(&mut h, "Our table wants a parent group");
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    let session = load_session(&path).expect("loads").session;
    let note = session.live_notes().next().expect("note");
    assert_eq!(note.question, Some(2));
    assert_eq!(session.table(note.table).map(|t| t.number), Some(3));
}

#[test]
fn a_note_entered_with_enter_is_on_disk_within_a_second() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    h.key_press(Key::F3);
    h.run();
    add_note(&mut h, "Said just before the battery died");
    let start = std::time::Instant::now();
    // No flush and no clean exit: only what the app saved by itself counts.
    loop {
        let on_disk = load_session(&path).expect("always readable").session;
        if on_disk
            .live_notes()
            .any(|n| n.text == "Said just before the battery died")
        {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(1),
            "not on disk after a second"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    std::mem::forget(h);
}

#[test]
fn a_half_typed_note_survives_a_crash() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    h.key_press(Key::F3);
    h.run();
    h.get_by_label(NOTE_BOX).focus();
    h.run();
    h.get_by_label(NOTE_BOX)
        .type_text("She said the bus times make it");
    h.run();
    wait_for_draft_on_disk(&mut h, data.path(), "bus times");
    // The room moves on to question 3, and then the laptop dies: gone without closing the
    // café (its lock is released as a killed process's would be).
    h.key_press(Key::PageDown);
    h.run();
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    drop(h);

    let mut h = harness(data.path(), None, &clock);
    h.get_by_label_contains("A half-typed note from last time is back in its table");
    h.key_press(Key::F3);
    h.run();
    assert_eq!(
        h.get_by_label(NOTE_BOX).value().as_deref(),
        Some("She said the bus times make it")
    );
    // It still belongs to question 2, on screen when it was begun.
    h.get_by_label("This note goes with Question 2, on screen when you began it.");
    h.get_by_label(NOTE_BOX).focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    let session = load_session(&path).expect("loads").session;
    assert_eq!(session.current, Step::Question(2));
    assert!(
        session
            .live_notes()
            .any(|n| n.text == "She said the bus times make it" && n.question == Some(1))
    );
}

/// The live notes of the café open in `h`, as (text, question, round).
fn filed(h: &Harness<'_, CafeApp>) -> Vec<(String, Option<usize>, u32)> {
    h.state()
        .live()
        .expect("open")
        .session
        .live_notes()
        .map(|n| (n.text.clone(), n.question, n.round))
        .collect()
}

/// Keep drawing frames, as the idle window does, until a drafts file holds `text`.
fn wait_for_draft_on_disk(h: &mut Harness<'_, CafeApp>, data: &std::path::Path, text: &str) {
    let start = std::time::Instant::now();
    loop {
        h.step();
        let kept = std::fs::read_dir(data.join("drafts"))
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .any(|e| std::fs::read_to_string(e.path()).is_ok_and(|t| t.contains(text)));
        if kept {
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(5), "drafts not kept");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_note_half_typed_when_the_facilitator_moves_on_belongs_to_the_question_it_began_under() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    h.key_press(Key::F3);
    h.run();
    let round = h.state().live().expect("open").session.round();
    assert_eq!(
        h.state().live().map(|l| l.session.current),
        Some(Step::Question(1))
    );
    h.get_by_label(NOTE_BOX).focus();
    h.run();
    h.get_by_label(NOTE_BOX).type_text("The bus times make it");
    h.run();
    assert!(
        h.query_by_label_contains("This note goes with").is_none(),
        "nothing to say while the question is still on screen"
    );
    // The facilitator's clicker moves the room on while the note-taker is still typing.
    h.key_press(Key::PageDown);
    h.run();
    assert_eq!(
        h.state().live().map(|l| l.session.current),
        Some(Step::Question(2))
    );
    h.get_by_label("This note goes with Question 2, on screen when you began it.");
    h.get_by_label(NOTE_BOX).type_text(" hard to come");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    // The next note begins under the question now on screen.
    add_note(&mut h, "Childcare helps");
    let notes = filed(&h);
    let began = notes
        .iter()
        .find(|n| n.0 == "The bus times make it hard to come")
        .expect("added");
    assert_eq!(
        (began.1, began.2),
        (Some(1), round),
        "filed under question 2"
    );
    let next = notes
        .iter()
        .find(|n| n.0 == "Childcare helps")
        .expect("added");
    assert_eq!((next.1, next.2), (Some(2), round + 1));
    assert!(h.query_by_label_contains("This note goes with").is_none());
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    let saved = load_session(&path).expect("loads").session;
    assert!(
        saved
            .live_notes()
            .any(|n| n.text == "The bus times make it hard to come" && n.question == Some(1))
    );
}

#[test]
fn editing_a_note_never_changes_its_question() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    h.key_press(Key::F3);
    h.run();
    add_note(&mut h, "Evening meetings");
    let before = filed(&h);
    let (_, question, round) = before
        .iter()
        .find(|n| n.0 == "Evening meetings")
        .cloned()
        .expect("added");
    h.key_press(Key::PageDown);
    h.run();
    h.get_by_label("Notes shown").click();
    h.run();
    h.get_by_label("All notes of this table").click();
    h.run();
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label("Change note").focus();
    h.run();
    h.key_press(Key::End);
    h.get_by_label("Change note").type_text(", please");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let after = filed(&h);
    let edited = after
        .iter()
        .find(|n| n.0 == "Evening meetings, please")
        .expect("edited");
    assert_eq!((edited.1, edited.2), (question, round));
}

#[test]
fn ctrl_and_a_table_the_cafe_does_not_have_says_so() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    let tables = h.state().live().expect("open").session.tables.len();
    assert!(tables < 9, "the example has {tables} tables");
    h.key_press(Key::F3);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num9);
    h.run();
    h.get_by_label(&format!(
        "This café has no table 9; it has tables 1 to {tables}. Choose one of those."
    ));
    assert_eq!(h.state().page(), Page::Tables);
}

#[test]
fn the_import_path_box_shows_a_whole_path_in_the_narrow_table_list() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = crate::common::harness_sized(data.path(), Some(path), &clock, [1280.0, 720.0]);
    h.key_press(Key::F3);
    h.run();
    h.get_by_label("Import notes…").click();
    h.run();
    let list = h.get_by_label("Import notes…").rect();
    // The import box, in the table list on the left (the share controls have one too).
    let path_box = h
        .get_all_by_label("or type its path:")
        .map(|node| node.rect())
        .min_by(|a, b| a.left().total_cmp(&b.left()))
        .expect("the import path box");
    // About 7 points a character at this size: the box holds twenty characters or more
    // (it showed three), and it fills the list's width.
    assert!(path_box.width() >= 7.0 * 20.0, "{path_box:?}");
    assert!(
        path_box.width() >= list.width() - 20.0,
        "{path_box:?} in {list:?}"
    );
}

/// Half-type `text` into the note box of the café at `path` and keep it on disk.
fn half_typed(
    data: &std::path::Path,
    path: &std::path::Path,
    text: &str,
) -> Harness<'static, CafeApp> {
    let clock = TestClock::new();
    let mut h = harness(data, Some(path.to_owned()), &clock);
    h.key_press(Key::F3);
    h.run();
    h.get_by_label(NOTE_BOX).focus();
    h.run();
    h.get_by_label(NOTE_BOX).type_text(text);
    h.run();
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    h
}

#[test]
fn two_copies_of_one_cafe_open_at_once_keep_their_own_half_typed_notes() {
    let data = tempfile::tempdir().expect("temp dir");
    let first = example_session(data.path());
    let stick = data.path().join("stick");
    std::fs::create_dir(&stick).expect("folder");
    let second = stick.join("table-laptop-copy.ron");
    std::fs::copy(&first, &second).expect("copy");
    let a = half_typed(data.path(), &first, "half from the first copy");
    let b = half_typed(data.path(), &second, "half from the second copy");
    assert!(a.state().read_only_reason().is_none() && b.state().read_only_reason().is_none());
    drop((a, b));
    for (path, text) in [
        (&first, "half from the first copy"),
        (&second, "half from the second copy"),
    ] {
        let clock = TestClock::new();
        let mut h = harness(data.path(), Some(path.clone()), &clock);
        h.key_press(Key::F3);
        h.run();
        assert_eq!(
            h.get_by_label(NOTE_BOX).value().as_deref(),
            Some(text),
            "{}",
            path.display()
        );
    }
}
