//! The review screens driven like a person would: open the library, filter it, open a report,
//! search and land on a note, mark a series action done.

use std::path::{Path, PathBuf};
use std::time::Duration;

use cafe_host::review::series::{SeriesSummary, load_all};
use cafe_host::session::set_action_done;
use cafe_host::store::load_session;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use super::past_cafes::{HEARD, SERIES, WINTER, example_cafes};
use cafe_host::ui::review::{
    LibraryScreen, ReportScreen, ReviewRequest, SearchScreen, SeriesScreen,
};

/// A screen and every request it made.
struct Screen<S> {
    screen: S,
    requests: Vec<ReviewRequest>,
}

fn harness<'a, S: 'a>(
    screen: S,
    draw: impl Fn(&mut S, &mut egui::Ui) -> Option<ReviewRequest> + 'a,
) -> Harness<'a, Screen<S>> {
    Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(
            move |ui, state: &mut Screen<S>| {
                if let Some(r) = draw(&mut state.screen, ui) {
                    state.requests.push(r);
                }
            },
            Screen {
                screen,
                requests: Vec::new(),
            },
        )
}

/// Step until `done` holds (the background reading finishes), at most a few seconds.
fn run_until<S>(h: &mut Harness<'_, Screen<S>>, done: impl Fn(&S) -> bool) {
    for _ in 0..200 {
        h.step();
        if done(&h.state().screen) {
            h.run_steps(3);
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("the screen never finished reading");
}

#[test]
fn open_the_library_filter_it_and_open_a_report() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    std::fs::write(sessions.join("broken.ron"), "Session(").expect("write");
    let screen = LibraryScreen::new(vec![sessions.clone()], dir.path().join("index"), || {});
    let mut h = harness(screen, LibraryScreen::ui);
    run_until(&mut h, |s| !s.is_loading());
    assert_eq!(h.state().screen.rows().len(), 6);
    h.get_by_label("6 of 6 cafés shown");
    h.get_by_label("Meet the Teachers Café");
    h.get_by_label_contains("Cannot be read: broken.ron");

    h.get_by_label("Find").focus();
    h.get_by_label("Find").type_text("winter");
    h.run_steps(3);
    h.get_by_label("1 of 6 cafés shown");
    assert!(h.query_by_label("Meet the Teachers Café").is_none());
    h.get_by_label("Learning Over Winter Break").click();
    h.run_steps(2);
    assert_eq!(
        h.state().requests,
        [ReviewRequest::OpenReport {
            path: sessions.join(WINTER),
            note: None
        }]
    );
}

#[test]
fn the_search_box_has_the_keyboard_when_the_search_opens() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let screen = SearchScreen::new(vec![sessions], dir.path().join("index"), || {});
    let mut h = harness(screen, SearchScreen::ui);
    h.run_steps(2);
    // Typing straight away, without clicking the box first.
    h.input_mut()
        .events
        .push(egui::Event::Text("neighbour".into()));
    h.run_steps(2);
    assert_eq!(
        h.get_by_label("Search notes, themes and actions")
            .accesskit_node()
            .value()
            .as_deref(),
        Some("neighbour")
    );
}

#[test]
fn search_finds_actions_by_who_took_them_on() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let screen = SearchScreen::new(vec![sessions], dir.path().join("index"), || {});
    let mut h = harness(screen, SearchScreen::ui);
    h.run_steps(2);
    let field = "Search notes, themes and actions";
    h.get_by_label(field).focus();
    // Accents ignored as everywhere: "martinez" finds "Rosa Martínez".
    h.get_by_label(field).type_text("rosa martinez");
    for _ in 0..200 {
        h.step();
        if h.query_by_label_contains("2 found in").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    h.get_by_label_contains("2 found in");
    assert!(
        h.query_all_by_label_contains("— Rosa Martínez").count() >= 2,
        "each action says who took it on"
    );
}

#[test]
fn search_finds_a_note_and_its_report_opens_scrolled_to_it() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let screen = SearchScreen::new(vec![sessions.clone()], dir.path().join("index"), || {});
    let mut h = harness(screen, SearchScreen::ui);
    h.run_steps(2);
    let field = "Search notes, themes and actions";
    h.get_by_label(field).focus();
    h.get_by_label(field).type_text("NEIGHBOUR");
    // The text of every café is read in the background; the results appear once it is in.
    for _ in 0..200 {
        h.step();
        if h.query_by_label_contains("1 found in 1 café").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    h.get_by_label_contains("1 found in 1 café");
    h.get_by_label_contains("Bring a neighbour to the next café.")
        .click();
    h.run_steps(2);
    let Some(ReviewRequest::OpenReport {
        path,
        note: Some(note),
    }) = h.state().requests.first().cloned()
    else {
        panic!("no report asked for: {:?}", h.state().requests);
    };
    assert_eq!(path, sessions.join(HEARD));
    let session = load_session(&path).expect("loads").session;
    let wanted = session
        .notes
        .iter()
        .find(|n| n.id == note)
        .expect("the note");
    assert_eq!(wanted.text, "Bring a neighbour to the next café.");

    let report = ReportScreen::new(path, &session, dir.path().join("exports"), Some(note));
    let mut r = harness(report, ReportScreen::ui);
    r.run_steps(4);
    let shown = r.get_by_label_contains("Bring a neighbour to the next café.");
    let rect = shown.rect();
    assert!(
        rect.min.y >= 0.0 && rect.max.y <= 900.0,
        "the note is scrolled into view: {rect:?}"
    );
    // Unscrolled, the same note lies far below the window.
    let mut plain = harness(
        ReportScreen::new(
            sessions.join(HEARD),
            &session,
            dir.path().join("exports"),
            None,
        ),
        ReportScreen::ui,
    );
    plain.run_steps(4);
    let far = plain
        .get_by_label_contains("Bring a neighbour to the next café.")
        .rect();
    assert!(far.min.y > 900.0, "{far:?}");
    r.get_by_label("Export report (web page)").click();
    r.run_steps(2);
    assert!(matches!(
        r.state().requests.last(),
        Some(ReviewRequest::Export { names: false, output, .. }) if output.extension().is_some_and(|e| e == "html")
    ));
}

fn open_action(summary: &SeriesSummary, cafe_file: &Path) -> (uuid::Uuid, String) {
    summary
        .open_actions()
        .find(|a| a.path == cafe_file)
        .map(|a| (a.id, a.text.clone()))
        .expect("an open action")
}

#[test]
fn marking_a_series_action_done_asks_for_it_with_the_right_ids_and_it_is_saved() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let summary = SeriesSummary::of(SERIES, &load_all(std::slice::from_ref(&sessions)));
    let file: PathBuf = sessions.join(WINTER);
    let (id, text) = open_action(&summary, &file);
    let mut h = harness(
        SeriesScreen::new(summary, dir.path().join("exports")),
        SeriesScreen::ui,
    );
    h.run_steps(3);
    let action = h.get_by_label_contains(&text);
    action.click_accesskit();
    h.run_steps(2);
    let request = h.state().requests.first().cloned().expect("a request");
    assert_eq!(
        request,
        ReviewRequest::SetActionDone {
            path: file.clone(),
            commitment: id,
            done: true
        }
    );
    // What the shell does with it for a café that is not open: save it to that café's file.
    let ReviewRequest::SetActionDone {
        path,
        commitment,
        done,
    } = request
    else {
        unreachable!()
    };
    assert_eq!(
        set_action_done(&path, commitment, done, chrono::Utc::now()),
        Ok(true)
    );
    let saved = load_session(&file).expect("loads").session;
    assert!(saved.commitments.iter().any(|c| c.id == id && c.done));
    h.state_mut().screen.set_done(id, true);
    let after = SeriesSummary::of(SERIES, &load_all(&[sessions]));
    assert_eq!(
        after.open_actions().count(),
        h.state().screen.summary().open_actions().count()
    );
}

/// The review in the app itself: F7 from Home, a report opened, a series action marked done
/// through the shell and saved in its café's file, F7 back.
#[test]
fn the_app_opens_past_cafes_by_key_and_saves_a_series_action_in_its_cafe() {
    use cafe_host::ui::Request;
    use egui::Key;
    let data = tempfile::tempdir().expect("temp dir");
    let sessions = example_cafes(&data.path().join("sessions"));
    let clock = crate::common::TestClock::new();
    let mut h = crate::common::harness(data.path(), None, &clock);
    h.key_press(Key::F7);
    h.run();
    assert!(h.state().is_reviewing());
    h.get_by_label("Search all notes");
    let winter = sessions.join(WINTER);
    h.state_mut()
        .run(Request::Review(Box::new(ReviewRequest::OpenReport {
            path: winter.clone(),
            note: None,
        })));
    h.run();
    h.get_by_label_contains("Report:");
    let open_action = load_session(&winter)
        .expect("loads")
        .session
        .commitments
        .iter()
        .find(|c| !c.done && !c.deleted)
        .map(|c| c.id)
        .expect("an open action");
    h.state_mut()
        .run(Request::Review(Box::new(ReviewRequest::SetActionDone {
            path: winter.clone(),
            commitment: open_action,
            done: true,
        })));
    h.run();
    let saved = load_session(&winter).expect("loads").session;
    assert!(
        saved
            .commitments
            .iter()
            .any(|c| c.id == open_action && c.done)
    );
    h.key_press(Key::F7);
    h.run();
    assert!(!h.state().is_reviewing());
}

/// A café's series is set when it starts and can be changed later, and the review groups by it.
#[test]
fn the_series_is_set_on_home_and_changed_in_the_cafe() {
    use cafe_host::ui::Request;
    use egui::Key;
    let data = tempfile::tempdir().expect("temp dir");
    let clock = crate::common::TestClock::new();
    let mut h = crate::common::harness(data.path(), None, &clock);
    h.get_by_label("Series (empty: the guide)").focus();
    h.run();
    h.get_by_label("Series (empty: the guide)")
        .type_text("Spring evenings");
    h.run();
    h.get_by_label("Start the café").click();
    h.run();
    let series = |h: &Harness<'_, cafe_host::ui::CafeApp>| {
        h.state()
            .live()
            .expect("open")
            .session
            .details
            .series
            .clone()
    };
    assert_eq!(series(&h), "Spring evenings");
    h.state_mut()
        .run(Request::Cafe(cafe_host::live::Command::GoTo(
            cafe_host::model::Step::Welcome,
        )));
    h.run();
    h.get_by_label("Series").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_label("Series").type_text("Lincoln Family Café");
    h.run();
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(series(&h), "Lincoln Family Café");
}

#[test]
fn home_never_carries_the_last_cafes_series_and_facilitator_into_another_guide() {
    use cafe_host::ui::AppCommand;
    let data = tempfile::tempdir().expect("temp dir");
    let clock = crate::common::TestClock::new();
    let mut h = crate::common::harness(data.path(), None, &clock);
    h.get_by_label_contains("Learning at Home").click();
    h.run();
    for (label, text) in [
        ("Facilitator", "Ana Ruiz"),
        ("Series (empty: the guide)", "Spring evenings"),
    ] {
        h.get_by_label(label).focus();
        h.run();
        h.get_by_label(label).type_text(text);
        h.run();
    }
    h.get_by_label("Start the café").click();
    h.run();
    h.state_mut().run(AppCommand::GoHome);
    h.run();
    // The same guide again: the next café of the series keeps them.
    let value = |h: &Harness<'_, cafe_host::ui::CafeApp>, label: &str| {
        h.get_by_label(label).value().unwrap_or_default()
    };
    assert_eq!(value(&h, "Facilitator"), "Ana Ruiz");
    assert_eq!(value(&h, "Series (empty: the guide)"), "Spring evenings");
    // Another guide: another café, not the last one's series.
    h.get_by_label_contains("Our Children, Our School").click();
    h.run();
    assert_eq!(value(&h, "Facilitator"), "");
    assert_eq!(value(&h, "Series (empty: the guide)"), "");
    h.get_by_label("Start the café").click();
    h.run();
    let details = &h.state().live().expect("open").session.details;
    assert_eq!(
        (details.series.as_str(), details.facilitator.as_str()),
        ("", "")
    );
}

/// The series charts in a 1366×768 window: each legend sits in room left beside the last
/// café's bars, never on a bar or a line.
#[test]
fn the_series_charts_legends_cover_no_data() {
    use egui_kittest::kittest::by;
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let summary = SeriesSummary::of(SERIES, &load_all(std::slice::from_ref(&sessions)));
    let cafes = summary.cafes.len();
    assert!(cafes >= 4, "the example series");
    let mut h = Harness::builder()
        .with_size([1366.0, 768.0])
        .build_ui_state(
            |ui, screen: &mut SeriesScreen| {
                screen.ui(ui);
            },
            SeriesScreen::new(summary, dir.path().join("exports")),
        );
    h.run_steps(4);
    for chart in ["series-roles", "series-visits", "series-languages"] {
        let memory = egui_plot::PlotMemory::load(&h.ctx, egui::Id::unique(chart))
            .unwrap_or_else(|| panic!("{chart} is drawn"));
        let transform = memory.transform();
        let frame = *transform.frame();
        // The right edge of the last café's widest bar (bars are at most 0.8 wide).
        let last = cafes as f64 - 1.0 + 0.4;
        let data_right = transform
            .position_from_point(&egui_plot::PlotPoint::new(last, 0.0))
            .x;
        let entries: Vec<egui::Rect> = h
            .query_all(by().role(egui::accesskit::Role::CheckBox))
            .map(|n| n.rect())
            .filter(|r| frame.contains_rect(*r))
            .collect();
        assert!(!entries.is_empty(), "{chart} has a legend");
        for entry in entries {
            assert!(
                entry.left() > data_right,
                "{chart}: the legend at {entry:?} covers data up to x = {data_right}"
            );
        }
    }
}

/// Press the primary button at `from`, move to `to` and let go.
fn drag(h: &mut Harness<'_, cafe_host::ui::CafeApp>, from: egui::Pos2, to: egui::Pos2) {
    let button = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    h.event(egui::Event::PointerMoved(from));
    h.run_steps(2);
    h.event(button(from, true));
    h.run_steps(2);
    for step in 1..=10 {
        h.event(egui::Event::PointerMoved(
            from + (to - from) * step as f32 / 10.0,
        ));
        h.step();
    }
    h.event(button(to, false));
    h.run_steps(2);
}

/// In a 1366×768 window the library is wider than the window: a scroll bar right under the
/// rows brings the last columns into view.
#[test]
fn a_narrow_window_scrolls_the_library_sideways_with_a_bar_under_the_rows() {
    let data = tempfile::tempdir().expect("temp dir");
    example_cafes(data.path());
    let clock = crate::common::TestClock::new();
    let mut h = crate::common::harness_sized(data.path(), None, &clock, [1366.0, 768.0]);
    h.key_press(egui::Key::F7);
    for _ in 0..100 {
        h.step();
        if h.query_by_label("Meet the Teachers Café").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run_steps(3);
    let last_column = |h: &Harness<'_, cafe_host::ui::CafeApp>| h.get_by_label("Length").rect();
    assert!(
        last_column(&h).right() > 1366.0,
        "the table is wider than the window"
    );
    // The oldest café is the last row; the bar lies just under it.
    let last_row = h.get_by_label("Meet the Teachers Café").rect();
    let y = last_row.bottom() + 28.0;
    drag(&mut h, egui::pos2(100.0, y), egui::pos2(1300.0, y));
    let shown = last_column(&h);
    assert!(
        shown.right() <= 1366.0 && shown.left() >= 0.0,
        "the last column is in view after dragging the bar: {shown:?}"
    );
}

/// Empty lists say so: a library with no café files, a café with no themes or actions.
#[test]
fn empty_lists_say_they_are_empty() {
    let dir = tempfile::tempdir().expect("temp");
    let empty = dir.path().join("empty");
    std::fs::create_dir_all(&empty).expect("folder");
    let screen = LibraryScreen::new(vec![empty], dir.path().join("index"), || {});
    let mut h = harness(screen, LibraryScreen::ui);
    run_until(&mut h, |s| !s.is_loading());
    h.get_by_label_contains("No café files here yet");

    let sessions = example_cafes(dir.path());
    let file = sessions.join("2026-11-12_our-children-our-school_5e1f2a9c.ron");
    let session = load_session(&file).expect("loads").session;
    assert!(session.themes.is_empty() && session.commitments.is_empty());
    let report = ReportScreen::new(file, &session, dir.path().join("exports"), None);
    let mut r = harness(report, ReportScreen::ui);
    r.run_steps(3);
    r.get_by_label("No themes were gathered at this café.");
    r.get_by_label("No actions were agreed at this café.");
}

/// Opening Search (by its tab, the first time and again) puts what is typed next in its box,
/// with no click on the box first.
#[test]
fn typing_after_opening_search_goes_into_its_box() {
    use egui::{Event, Key};
    let data = tempfile::tempdir().expect("temp dir");
    example_cafes(&data.path().join("sessions"));
    let clock = crate::common::TestClock::new();
    let mut h = crate::common::harness(data.path(), None, &clock);
    h.key_press(Key::F7);
    h.run();
    let query = |h: &Harness<'_, cafe_host::ui::CafeApp>| {
        h.get_by_label("Search notes, themes and actions")
            .value()
            .unwrap_or_default()
    };
    for (typed, seen) in [("winter", "winter"), (" break", "winter break")] {
        h.get_by_label("Search all notes").click();
        h.run();
        h.event(Event::Text(typed.to_owned()));
        h.run();
        assert_eq!(query(&h), seen);
        h.get_by_label("Library").click();
        h.run();
    }
}
