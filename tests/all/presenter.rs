//! Driving the real app: Home → presenter → projector → session file → resume.

use std::time::Duration;

use cafe_host::live::{ProjectorScreen, Slide};
use cafe_host::model::Step;
use cafe_host::store::load_session;
use egui::Key;
use egui_kittest::kittest::Queryable;

use crate::common::{TestClock, example_session, harness};

const SAVE_WAIT: Duration = Duration::from_secs(5);

#[test]
fn start_navigate_tick_blank_save_and_resume() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);

    h.get_by_label_contains("Learning at Home").click();
    h.run();
    h.get_by_label("Start the café").click();
    h.run();
    let guide = h
        .state()
        .live()
        .expect("a café is open")
        .session
        .guide
        .clone();

    for _ in 0..3 {
        h.key_press(Key::PageDown);
        h.run();
    }
    let third = &guide.questions[1];
    assert_eq!(
        h.state().live().map(|l| l.session.current),
        Some(Step::Question(1))
    );
    h.get_by_label(&third.text);
    for point in &third.points {
        h.get_by_label(&point.text);
    }

    h.get_by_label(&third.points[2].text).click();
    h.run();
    assert!(h.state().live().expect("open").session.is_ticked(1, 2));

    // The projector shows the question; B blanks it to black.
    h.key_press(Key::F5);
    h.run();
    assert!(h.state().projector().open);
    assert_eq!(
        h.query_all_by_label(&third.text).count(),
        2,
        "presenter and projector"
    );
    h.key_press(Key::B);
    h.run();
    let live = h.state().live().expect("open");
    assert_eq!(live.screen, ProjectorScreen::Black);
    assert_eq!(live.projector_slide(), Slide::Black);
    assert_eq!(
        h.query_all_by_label(&third.text).count(),
        1,
        "only the presenter shows it"
    );
    h.get_by_label_contains("BLACK SCREEN");

    assert!(h.state_mut().flush(SAVE_WAIT), "saved");
    let path = h.state().session_path().expect("file").to_owned();
    let on_disk = load_session(&path).expect("loads").session;
    assert_eq!(on_disk.current, Step::Question(1));
    assert!(on_disk.is_ticked(1, 2));
    assert_eq!(on_disk.timeline.len(), 4);
    drop(h);

    // A new app on the same data folder resumes where the facilitator was.
    let h2 = harness(data.path(), None, &clock);
    let live = h2.state().live().expect("resumed");
    assert_eq!(live.session.current, Step::Question(1));
    assert!(live.session.is_ticked(1, 2));
    assert!(h2.state().projector().open, "the projector comes back too");
    assert!(h2.query_all_by_label(&third.text).next().is_some());
}

#[test]
fn a_cafe_started_from_home_is_saved_before_anything_happens_in_it() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    h.get_by_label_contains("Learning at Home").click();
    h.run();
    h.get_by_label("Start the café").click();
    h.run();
    let path = h.state().session_path().expect("file").to_owned();
    let title = h
        .state()
        .live()
        .expect("open")
        .session
        .details
        .title
        .clone();
    // No change, no flush: within a few frames the file is there and the top bar says so.
    let deadline = std::time::Instant::now() + SAVE_WAIT;
    while !path.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
        h.run();
    }
    h.run();
    let on_disk = load_session(&path).expect("on disk at once").session;
    assert_eq!(on_disk.details.title, title);
    h.get_by_label_contains("Saved ");
    assert!(h.query_by_label("Saving…").is_none());
}

#[test]
fn timer_runs_on_the_test_clock_and_shows_overtime_in_words() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    h.key_press(Key::R);
    h.run();
    let planned = h.state().live().expect("open").session.timer.planned_secs;
    h.key_press(Key::T);
    h.run();
    clock.advance(chrono::Duration::seconds(planned + 65));
    h.run();
    h.get_by_label("-1:05");
    h.get_by_label("OVERTIME");
    h.key_press(Key::T);
    h.key_press(Key::Plus);
    h.run();
    let timer = &h.state().live().expect("open").session.timer;
    assert!(!timer.is_running());
    assert_eq!(timer.planned_secs, planned + 60);
    h.get_by_label("-0:05");
}

#[test]
fn freeze_keeps_the_room_on_its_step_while_the_facilitator_looks_ahead() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    let before = h.state().live().expect("open").session.current;
    h.key_press(Key::F);
    h.key_press(Key::ArrowRight);
    h.run();
    let live = h.state().live().expect("open");
    assert_ne!(live.session.current, before);
    assert_eq!(live.projector_step(), before);
    h.get_by_label_contains("FROZEN on");
    h.key_press(Key::F);
    h.run();
    assert_eq!(
        h.state().live().expect("open").projector_step(),
        h.state().live().expect("open").session.current
    );
}

#[test]
fn help_overlay_lists_every_key_and_closes_with_escape() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    h.key_press(Key::F1);
    h.run();
    let en = cafe_host::i18n::Lang::ENGLISH;
    assert!(
        h.query_by_label_contains("in bold").is_none(),
        "nothing is bold"
    );
    h.get_by_label_contains("Keys that work on this page are marked ✔ and bright");
    let mut marked = 0;
    for row in cafe_host::ui::command::key_rows(en) {
        let tooltip = row.command.tooltip(en);
        assert!(
            h.query_all_by_label(&tooltip).next().is_some(),
            "{tooltip} is missing from the key list"
        );
        // On Home, the keys that work everywhere are marked; the café's keys are not.
        let here = row
            .command
            .meta()
            .places
            .contains(cafe_host::ui::command::Place::Home);
        let shown = if here {
            marked += 1;
            format!("✔ {}", row.keys)
        } else {
            row.keys.clone()
        };
        assert!(
            h.query_all_by_label(&shown).next().is_some(),
            "{shown} (works here: {here})"
        );
    }
    assert!(marked > 0);
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.query_by_label(&cafe_host::ui::AppCommand::Help.tooltip(en))
            .is_none()
    );
}

#[test]
fn a_broken_session_file_is_explained_and_the_app_keeps_running() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let bad = data.path().join("broken.ron");
    std::fs::write(&bad, "Session(\n    schema_version: 1,\n    id: ").expect("write");
    let mut h = harness(data.path(), Some(bad.clone()), &clock);
    assert!(h.state().live().is_none(), "stays on Home");
    h.get_by_label_contains("Could not open the session. broken.ron, line 3");
    assert_eq!(
        std::fs::read_to_string(&bad).expect("read"),
        "Session(\n    schema_version: 1,\n    id: ",
        "never overwritten"
    );
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(h.state().notices().is_empty());
    // The typed-path way in works too.
    let good = example_session(data.path());
    h.get_by_label("or type its path:").focus();
    h.get_by_label("or type its path:")
        .type_text(&good.to_string_lossy());
    h.run();
    h.get_by_label("Open").click();
    h.run();
    assert!(h.state().live().is_some());
}

#[test]
fn a_clock_set_back_before_a_restart_neither_freezes_the_round_nor_reorders_the_notes() {
    use cafe_host::ui::Request;
    let data = tempfile::tempdir().expect("temp dir");
    let path = crate::common::example_session(data.path());
    let clock = TestClock::new();
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    h.state_mut()
        .run(Request::Cafe(cafe_host::live::Command::ToggleTimer));
    clock.advance(chrono::Duration::minutes(3));
    h.key_press(egui::Key::F3);
    h.run();
    crate::common::add_note(&mut h, "said before the restart");
    assert!(h.state_mut().flush(std::time::Duration::from_secs(5)));
    drop(h);

    // The computer's clock goes two hours back, and the café is opened again.
    let clock = TestClock::new();
    clock.advance(chrono::Duration::minutes(4) - chrono::Duration::hours(2));
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    let remaining = |h: &egui_kittest::Harness<'_, cafe_host::ui::CafeApp>| {
        let timer = &h.state().live().expect("open").session.timer;
        timer.remaining_ms(h.state().now())
    };
    let planned = h.state().live().expect("open").session.timer.planned_secs * 1000;
    let first = remaining(&h);
    assert!(
        first <= planned - 3 * 60 * 1000,
        "the round kept its three minutes: {first}"
    );
    clock.advance(chrono::Duration::seconds(30));
    h.run();
    assert_eq!(remaining(&h), first - 30_000, "the round goes on counting");
    h.key_press(egui::Key::F3);
    h.run();
    crate::common::add_note(&mut h, "said after the restart");
    let notes: Vec<_> = h
        .state()
        .live()
        .expect("open")
        .session
        .live_notes()
        .filter(|n| n.text.starts_with("said "))
        .map(|n| (n.created, n.text.clone()))
        .collect();
    assert_eq!(notes.len(), 2);
    let before = notes
        .iter()
        .find(|n| n.1 == "said before the restart")
        .expect("kept");
    let after = notes
        .iter()
        .find(|n| n.1 == "said after the restart")
        .expect("added");
    assert!(
        after.0 > before.0,
        "the new note comes after the old one: {notes:?}"
    );
}
