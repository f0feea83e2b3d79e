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
    for row in cafe_host::ui::command::key_rows(en) {
        let tooltip = row.command.tooltip(en);
        assert!(
            h.query_all_by_label(&tooltip).next().is_some(),
            "{tooltip} is missing from the key list"
        );
        assert!(
            h.query_all_by_label(&row.keys).next().is_some(),
            "{}",
            row.keys
        );
    }
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
