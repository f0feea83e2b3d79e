//! What a facilitator, a note-taker and a desk host tripped over in a field test, each driven
//! through the real app.

use cafe_host::live::{Command, RecordCommand};
use cafe_host::model::Step;
use cafe_host::store::load_session;
use cafe_host::ui::{CafeApp, Request};
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::common::{NOTE_BOX, TestClock, add_note, example_session, harness};

fn note_texts(h: &Harness<'_, CafeApp>) -> Vec<String> {
    let live = h.state().live().expect("open");
    live.session.live_notes().map(|n| n.text.clone()).collect()
}

/// At the sign-in desk: Rosa Ortiz, her role picked with `role_key` in the role box.
fn sign_in_rosa(h: &mut Harness<'_, CafeApp>, role_key: &str) {
    h.key_press(Key::F6);
    h.run();
    h.get_by_label("Name").focus();
    h.run();
    h.get_by_label("Name").type_text("Rosa Ortiz");
    h.key_press(Key::Tab);
    h.run();
    h.event(Event::Text(role_key.to_owned()));
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
}

fn tables(data: &std::path::Path, clock: &TestClock) -> Harness<'static, CafeApp> {
    let path = example_session(data);
    let mut h = harness(data, Some(path), clock);
    h.key_press(Key::F3);
    h.run();
    h
}

#[test]
fn a_note_edit_is_saved_by_enter_and_clicking_away_and_cancelled_by_escape() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = tables(data.path(), &clock);
    add_note(&mut h, "first words");

    // Enter saves.
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label("Change note").focus();
    h.run();
    h.key_press(Key::End);
    h.get_by_label("Change note").type_text(" and more");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(note_texts(&h), ["first words and more"]);

    // Escape cancels.
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label("Change note").type_text(" NOT THIS");
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(note_texts(&h), ["first words and more"]);
    assert!(h.query_by_label("Change note").is_none(), "the edit ended");

    // Clicking elsewhere saves.
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label("Change note").focus();
    h.run();
    h.key_press(Key::End);
    h.get_by_label("Change note").type_text("!");
    h.run();
    h.get_by_label(NOTE_BOX).click();
    h.run();
    assert_eq!(note_texts(&h), ["first words and more!"]);

    // Switching tables keeps the edit too.
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label("Change note").focus();
    h.run();
    h.key_press(Key::End);
    h.get_by_label("Change note").type_text("?");
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    h.run();
    assert_eq!(note_texts(&h), ["first words and more!?"]);
}

#[test]
fn all_notes_of_a_table_say_which_question_each_answered() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = tables(data.path(), &clock);
    add_note(&mut h, "on question two");
    h.key_press(Key::PageDown);
    h.run();
    add_note(&mut h, "on question three");
    h.state_mut()
        .run(Request::Cafe(Command::GoTo(Step::Harvest)));
    h.run();
    add_note(&mut h, "at the harvest");
    // Show every note of the table.
    h.get_by_label("Notes shown").click();
    h.run();
    h.get_by_label("All notes of this table").click();
    h.run();
    assert!(h.query_all_by_label_contains("Q2 ·").next().is_some());
    assert!(h.query_all_by_label_contains("Q3 ·").next().is_some());
    assert!(
        h.query_all_by_label_contains("Outside the rounds ·")
            .next()
            .is_some()
    );
}

#[test]
fn a_note_typed_at_the_wrong_table_is_moved_not_retyped() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = tables(data.path(), &clock);
    add_note(&mut h, "belongs to table three");
    let (id, table3) = {
        let s = &h.state().live().expect("open").session;
        (s.notes[0].id, s.tables[2].id)
    };
    h.state_mut()
        .run(Request::Cafe(Command::Record(RecordCommand::EditNote {
            id,
            text: "belongs to table three".into(),
            table: Some(table3),
        })));
    h.run();
    let s = &h.state().live().expect("open").session;
    assert_eq!(s.notes.len(), 1, "moved, not copied");
    assert_eq!(s.notes[0].table, table3);
    // The edit box offers the move.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    h.run();
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label_contains("Move the note");
}

#[test]
fn the_timer_follows_the_question_unless_a_round_is_running() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    let minutes = |h: &Harness<'_, CafeApp>, q: usize| {
        h.state().live().expect("open").session.guide.questions[q].minutes
    };
    let planned =
        |h: &Harness<'_, CafeApp>| h.state().live().expect("open").session.timer.planned_secs / 60;
    let Step::Question(here) = h.state().live().expect("open").session.current else {
        panic!("the example is on a question");
    };
    h.key_press(Key::PageDown);
    h.run();
    assert_eq!(i64::from(minutes(&h, here + 1)), planned(&h));
    h.get_by_label_contains(&format!("Round of {} min", planned(&h)));
    // A running round carries on when the facilitator moves, and says so.
    h.key_press(Key::T);
    h.run();
    h.key_press(Key::PageDown);
    h.run();
    assert!(h.state().live().expect("open").session.timer.is_running());
    h.get_by_label_contains(&format!("Still timing the round of Question {}", here + 2));
    h.key_press(Key::R);
    h.run();
    assert_eq!(i64::from(minutes(&h, here + 2)), planned(&h));
}

#[test]
fn closing_shows_the_commitments_to_the_room() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    h.state_mut().run(Request::Cafe(Command::Record(
        RecordCommand::AddCommitment {
            id: uuid::Uuid::new_v4(),
            text: "Read with Maya every night".into(),
            owner: "Rosa".into(),
            due: None,
        },
    )));
    h.key_press(Key::End);
    h.key_press(Key::F5);
    h.run();
    match h.state().live().expect("open").projector_slide() {
        cafe_host::live::Slide::Closing { commitments, .. } => {
            assert_eq!(commitments, ["Read with Maya every night (Rosa)"]);
        }
        other => panic!("not the closing: {other:?}"),
    }
    h.get_by_label_contains("Read with Maya every night — Rosa");
    h.get_by_label("• Read with Maya every night (Rosa)");
}

#[test]
fn the_room_never_sees_overtime() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    h.key_press(Key::F5);
    h.key_press(Key::T);
    h.run();
    clock.advance(chrono::Duration::hours(2));
    h.run();
    h.get_by_label("OVERTIME");
    h.get_by_label("Time to bring your conversation to a close");
    assert_eq!(
        h.query_all_by_label("OVERTIME").count(),
        1,
        "only the presenter shows the alarm"
    );
}

#[test]
fn the_projector_is_remembered_and_reopened_with_the_cafe() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    h.key_press(Key::F5);
    h.run();
    assert!(h.state_mut().flush(std::time::Duration::from_secs(5)));
    assert!(load_session(&path).expect("saved").session.projector.open);
    drop(h);
    let again = harness(data.path(), Some(path), &clock);
    assert!(again.state().projector().open, "reopened with the café");
}

#[test]
fn the_key_list_fits_a_small_window_and_scrolls() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = crate::common::harness_sized(data.path(), Some(path), &clock, [1280.0, 720.0]);
    h.key_press(Key::F1);
    h.run();
    let close = h.get_by_label("Close (F1)").rect();
    assert!(close.bottom() <= 720.0 && close.top() >= 0.0, "{close:?}");
    let top = h
        .get_by_label_contains("Keys that work on this page")
        .rect();
    assert!(top.left() >= 0.0 && top.right() <= 1280.0, "{top:?}");
    assert!(top.top() >= 0.0, "{top:?}");
}

#[test]
fn the_desk_fills_in_the_suggested_table_unless_the_host_chose_one() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    h.key_press(Key::F6);
    h.run();
    for (name, household) in [("Ana", "Díaz"), ("Luis", "Díaz")] {
        h.get_by_label("Name").focus();
        h.run();
        h.get_by_label("Name").type_text(name);
        h.get_by_label("Came with (household)").focus();
        h.run();
        h.get_by_label("Came with (household)").type_text(household);
        h.run();
        h.get_by_label("Role").focus();
        h.run();
        h.event(Event::Text("1".into()));
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
        h.run();
    }
    let s = &h.state().live().expect("open").session;
    let seats: Vec<_> = s.attendees.iter().map(|a| a.table).collect();
    assert_eq!(seats[0], seats[1], "a household sits together: {seats:?}");
}

#[test]
fn erasing_one_person_asks_first_with_the_name() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    sign_in_rosa(&mut h, "p");
    h.get_by_label("Erase personal data…").click();
    h.run();
    let s = &h.state().live().expect("open").session;
    assert!(!s.attendees[0].erased, "one click erases nothing");
    h.get_by_label_contains("Erase Rosa Ortiz's name");
    h.get_by_label("Yes, erase Rosa Ortiz").click();
    h.run();
    assert!(h.state().live().expect("open").session.attendees[0].erased);
}

#[test]
fn counting_minus_takes_from_the_role_even_when_the_language_box_differs() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    for (language, delta) in [("Spanish", 1), ("Spanish", 1), ("Somali", -1)] {
        h.state_mut()
            .run(Request::Cafe(Command::Record(RecordCommand::Tally {
                role: cafe_host::model::Role::Parent,
                language: language.into(),
                delta,
            })));
    }
    let s = &h.state().live().expect("open").session;
    let counted: u32 = s
        .tallies
        .iter()
        .filter(|t| !t.deleted)
        .map(|t| t.count)
        .sum();
    assert_eq!(counted, 1, "the minus was not lost");
}

#[test]
fn enter_adds_a_commitment_and_the_next_one_can_be_typed_at_once() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = crate::common::harness(data.path(), Some(path), &clock);
    h.key_press(Key::F4);
    h.run();
    let before = h.state().live().expect("open").session.commitments.len();
    h.get_by_label("What").focus();
    h.run();
    h.get_by_label("What").type_text("Ask about a later bus");
    h.run();
    h.get_by_label("Who (optional)").focus();
    h.run();
    h.get_by_label("Who (optional)").type_text("Rosa");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    // The keyboard is back in the What box: the next commitment is typed straight away.
    h.get_by_label("What").type_text("Bring a neighbour");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let live = h.state().live().expect("open");
    let added: Vec<(&str, &str)> = live.session.commitments[before..]
        .iter()
        .map(|c| (c.text.as_str(), c.owner.as_str()))
        .collect();
    assert_eq!(
        added,
        [("Ask about a later bus", "Rosa"), ("Bring a neighbour", "")]
    );
    assert_eq!(
        live.session.current,
        Step::Question(1),
        "the café did not move"
    );
}

#[test]
fn importing_a_copy_says_what_came_in_with_plurals_right() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut copy = cafe_host::store::load_session(&path)
        .expect("loads")
        .session;
    let table = copy.tables[0].id;
    copy.notes
        .push(crate::common::plain_note(table, "from the other laptop"));
    let other = data.path().join("other.ron");
    std::fs::write(&other, cafe_host::store::to_ron(&copy).expect("ron")).expect("write");
    let mut h = crate::common::harness(data.path(), Some(path), &clock);
    h.state_mut().run(Request::Import(other.clone()));
    h.run();
    h.get_by_label_contains(
        "Imported 1 note, 0 tables, 0 themes, 0 commitments and 0 sign-ins (new or newer)",
    );
    h.state_mut().run(Request::Import(other));
    h.run();
    h.get_by_label("Nothing new: every note in that copy is already here.");
}

#[test]
fn notices_never_move_the_controls() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    // A small laptop's window: the message and the control bar compete for the corner.
    let mut h = crate::common::harness_sized(data.path(), Some(path), &clock, [1280.0, 720.0]);
    let before = h.get_by_label("Tables (F3)").rect();
    // An import of a missing file: an error message appears.
    h.state_mut()
        .run(Request::Import(data.path().join("no-such-copy.ron")));
    h.run();
    h.get_by_label_contains("Could not import");
    assert_eq!(h.get_by_label("Tables (F3)").rect(), before);
    // The message sits above the presenter's control bar, never over a button or a box.
    let message = h
        .get_by_label_contains("Could not import")
        .rect()
        .union(h.get_by_label("Dismiss").rect());
    for role in [
        egui::accesskit::Role::Button,
        egui::accesskit::Role::CheckBox,
        egui::accesskit::Role::ComboBox,
    ] {
        for node in h.query_all_by_role(role) {
            let rect = node.rect();
            let label = node.accesskit_node().label();
            if label.as_deref() != Some("Dismiss") {
                assert!(
                    !message.intersects(rect),
                    "the message {message:?} covers {label:?} at {rect:?}"
                );
            }
        }
    }
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(h.query_by_label_contains("Could not import").is_none());
}

#[test]
fn home_lists_finished_cafes_and_starts_tonight_dated_today() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    h.state_mut()
        .run(Request::Cafe(Command::GoTo(Step::Closing)));
    h.get_by_label("Home").click();
    h.run();
    assert!(h.state().live().is_none());
    crate::common::wait_for_label(&mut h, "finished");
    let today = clock.clock()().with_timezone(&chrono::Local).date_naive();
    assert_eq!(
        h.get_by_label("Date (YYYY-MM-DD)").value().as_deref(),
        Some(today.format("%Y-%m-%d").to_string().as_str())
    );
}

#[test]
fn table_mode_for_a_table_the_cafe_lacks_is_refused_with_the_range() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let h = crate::common::table_mode_harness(data.path(), path, 42, &clock);
    assert!(h.state().live().is_none(), "no café opened");
    assert!(
        h.state()
            .notices()
            .iter()
            .any(|n| n.contains("no table 42") && n.contains("tables 1 to")),
        "{:?}",
        h.state().notices()
    );
}

#[test]
fn exports_that_hold_names_are_listed_and_can_be_deleted() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    sign_in_rosa(&mut h, "1");
    for kind in [
        cafe_host::ui::AttendanceExport::Csv,
        cafe_host::ui::AttendanceExport::Report,
    ] {
        h.state_mut()
            .run(Request::ExportAttendance { kind, names: true });
        h.run();
    }
    h.get_by_label_contains("2 saved export files hold names");
    let exports = data.path().join("exports");
    let holds_names = || {
        std::fs::read_dir(&exports)
            .expect("exports")
            .filter_map(Result::ok)
            .any(|e| std::fs::read_to_string(e.path()).is_ok_and(|t| t.contains("Rosa Ortiz")))
    };
    assert!(holds_names());
    // Deleting asks first, naming how many files go; "No" keeps them.
    h.get_by_label("Delete these files").click();
    h.run();
    h.get_by_label("Delete these 2 files for good? They cannot be brought back.");
    assert!(holds_names(), "nothing deleted before the answer");
    h.get_by_label("No, keep them").click();
    h.run();
    assert!(holds_names());
    h.get_by_label("Delete these files").click();
    h.run();
    h.get_by_label("Yes, delete the 2 files").click();
    h.run();
    assert!(!holds_names(), "no export holds the name any more");
    assert!(h.query_by_label_contains("saved export file").is_none());
}

#[test]
fn the_console_fits_a_small_laptop_at_125_percent_with_a_very_long_title() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let text = std::fs::read_to_string(&path).expect("read");
    let long =
        "A very long café title that someone typed to say everything about the evening at once";
    let text = text.replacen(
        "title: \"Our Children, Our School\"",
        &format!("title: \"{long}\""),
        1,
    );
    std::fs::write(&path, text).expect("write");
    // 1280×720 pixels at 125 %: 1024×576 points.
    let mut h = crate::common::harness_sized(data.path(), Some(path), &clock, [1024.0, 576.0]);
    h.set_pixels_per_point(1.25);
    h.run();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1024.0, 576.0));
    for label in [
        "Keys (F1)",
        "Start (T)",
        "Open projector (F5)",
        "Black (B)",
        "Tables (F3)",
    ] {
        let rect = h.get_by_label(label).rect();
        assert!(screen.contains_rect(rect), "{label} is cut off: {rect:?}");
    }
    let clock_rect = h.get_by_label_contains("here").rect();
    assert!(screen.contains_rect(clock_rect), "{clock_rect:?}");
}

#[test]
fn counts_read_as_plain_english_one_note_two_notes() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = tables(data.path(), &clock);
    add_note(&mut h, "only one");
    assert!(h.query_all_by_label_contains("1 note").next().is_some());
    assert!(h.query_all_by_label_contains("1 notes").next().is_none());
    add_note(&mut h, "and a second");
    assert!(h.query_all_by_label_contains("2 notes").next().is_some());
}

#[test]
fn a_bilingual_room_reads_the_fixed_slides_in_both_languages() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    h.state_mut()
        .run(Request::Cafe(Command::SetTranslation(Some("es".into()))));
    h.key_press(Key::F5);
    h.key_press(Key::M);
    h.run();
    let spanish = cafe_host::i18n::SlideTexts::for_code("es")
        .expect("Spanish slides")
        .move_tables;
    h.get_by_label("Please move to a new table");
    h.get_by_label(&spanish);
}

#[test]
fn without_a_file_chooser_the_app_says_so_and_the_typed_path_box_takes_the_keyboard() {
    use cafe_host::ui::widgets::{FilePicker, PickMode, path_picker_ui};

    struct Picking {
        picker: FilePicker,
        typed: String,
        chosen: Option<std::path::PathBuf>,
    }
    // A computer with no file-dialog service: the chooser answers at once with nothing.
    let mut h = Harness::builder().with_size([900.0, 300.0]).build_ui_state(
        |ui, s: &mut Picking| {
            let dir = std::path::Path::new("/");
            if let Some(path) = path_picker_ui(
                ui,
                &mut s.picker,
                &mut s.typed,
                "Open a café",
                dir,
                "Open",
                PickMode::Open,
            ) {
                s.chosen = Some(path);
            }
        },
        Picking {
            picker: FilePicker::with_chooser(|_| None),
            typed: String::new(),
            chosen: None,
        },
    );
    h.run();
    assert!(h.query_by_label_contains("No file chooser").is_none());
    h.get_by_label("Choose a file…").click();
    for _ in 0..100 {
        h.step();
        if h.state().picker.unavailable {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.run();
    assert!(
        h.query_by_label_contains("No file chooser could be shown on this computer")
            .is_some(),
        "the missing chooser is said in words"
    );
    // Typing goes straight into the path box, and Enter uses it.
    h.input_mut()
        .events
        .push(egui::Event::Text("/tmp/tonight.ron".into()));
    h.step();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(
        h.state().chosen.as_deref(),
        Some(std::path::Path::new("/tmp/tonight.ron"))
    );
}
