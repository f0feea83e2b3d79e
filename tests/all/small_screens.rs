//! A small laptop: the window fits its screen (1366×768, and 1280×720 at 125 %), remembers
//! where it was, and the presenter keeps the question beside all its points.

use cafe_host::model::Step;
use cafe_host::store::DataDir;
use cafe_host::store::preferences::Preferences;
use cafe_host::ui::CafeApp;
use cafe_host::ui::command::AppCommand;
use egui::{ViewportCommand, ViewportId, ViewportInfo};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{TestClock, example_session, harness, harness_scaled};

/// Tell the app its window is `inner` (with a title bar) on a screen of `screen` points.
fn window_on_screen(h: &mut Harness<'_, CafeApp>, inner: egui::Vec2, screen: egui::Vec2) {
    let info = h.input_mut().viewports.entry(ViewportId::ROOT).or_default();
    *info = ViewportInfo {
        monitor_size: Some(screen),
        inner_rect: Some(egui::Rect::from_min_size(egui::pos2(0.0, 30.0), inner)),
        outer_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            inner + egui::vec2(0.0, 30.0),
        )),
        maximized: Some(false),
        fullscreen: Some(false),
        ..info.clone()
    };
}

fn root_commands(h: &Harness<'_, CafeApp>) -> Vec<ViewportCommand> {
    h.output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}

#[test]
fn the_window_fits_a_1280_by_720_screen_at_125_percent_and_is_remembered() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    // 1280×720 pixels at 125 % is 1024×576 points; the window asked for more.
    let screen = egui::vec2(1024.0, 576.0);
    window_on_screen(&mut h, egui::vec2(1280.0, 700.0), screen);
    h.step();
    let size = root_commands(&h)
        .into_iter()
        .find_map(|c| match c {
            ViewportCommand::InnerSize(size) => Some(size),
            _ => None,
        })
        .expect("the window is made smaller");
    assert!(
        size.y + 30.0 <= screen.y,
        "{size:?} fits, title bar and all"
    );
    assert!(size.x <= screen.x, "{size:?}");
    // The system resized it; closing remembers where it was.
    window_on_screen(&mut h, size, screen);
    h.step();
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
    drop(h);
    let (prefs, problem) = Preferences::load(&DataDir::new(data.path()));
    assert_eq!(problem, None);
    let place = prefs.window.expect("the window's place is remembered");
    assert_eq!((place.width, place.height), (size.x, size.y));
    assert_eq!((place.x, place.y), (0.0, 0.0));
    assert!(!place.maximized);
    let again = cafe_host::ui::window::viewport(Some(&place));
    assert_eq!(again.inner_size, Some(size), "it opens that size next time");
}

/// 1366×768 with the system's title bar, and 1280×720 at 125 %, in points.
const LAPTOPS: [([f32; 2], f32); 2] = [([1366.0, 737.0], 1.0), ([1024.0, 559.0], 1.25)];

/// A café from the four-language guide on Home, on its first question, at `size` and `ppp`.
fn four_languages_at(
    data: &std::path::Path,
    clock: &TestClock,
    (size, ppp): ([f32; 2], f32),
) -> Harness<'static, CafeApp> {
    let mut h = harness_scaled(data, None, clock, size, ppp);
    h.get_by_label_contains("The Arabic and Vietnamese wordings")
        .click();
    h.run();
    h.get_by_label("Start the café").click();
    h.run();
    for _ in 0..2 {
        h.key_press(egui::Key::PageDown);
        h.run();
    }
    let live = h.state().live().expect("a café");
    assert_eq!(
        live.session.guide.languages.len(),
        4,
        "a four-language guide"
    );
    assert_eq!(live.session.current, Step::Question(0));
    h
}

fn points(h: &Harness<'_, CafeApp>) -> Vec<String> {
    h.state().live().expect("open").session.guide.questions[0]
        .points
        .iter()
        .map(|p| p.text.clone())
        .collect()
}

/// Where the question's column ends: above its "more below" line, or above the bottom bar.
fn column_bottom(h: &Harness<'_, CafeApp>) -> f32 {
    h.query_by_label(MORE_BELOW).map_or_else(
        || h.get_by_label("Start (T)").rect().top(),
        |n| n.rect().top(),
    )
}

const MORE_BELOW: &str = "↓ More below: scroll down";

#[test]
fn the_question_keeps_all_its_points_in_view_on_a_small_laptop() {
    for laptop in LAPTOPS {
        let data = tempfile::tempdir().expect("temp dir");
        let clock = TestClock::new();
        let h = four_languages_at(data.path(), &clock, laptop);
        let top = h.get_by_label("Step 3 of 10 · Question 1").rect().bottom();
        let bottom = column_bottom(&h);
        for point in points(&h) {
            let rect = h.get_by_label(&point).rect();
            assert!(
                rect.top() >= top && rect.bottom() <= bottom + 0.5,
                "{laptop:?}: \"{point}\" at {rect:?} is not in view ({top}–{bottom})"
            );
        }
        // What does not fit (the translations, the notes) is said to be below.
        if laptop.1 > 1.0 {
            h.get_by_label(MORE_BELOW);
        }
    }
}

#[test]
fn each_step_starts_at_its_top_whatever_the_last_was_scrolled_to() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = four_languages_at(data.path(), &clock, LAPTOPS[1]);
    let first = points(&h)[0].clone();
    // The mouse wheel over the points, as far down as they go.
    let before = h.get_by_label(&first).rect();
    h.input_mut()
        .events
        .push(egui::Event::PointerMoved(before.center()));
    h.run();
    h.input_mut().events.push(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -400.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
    let question = h.state().live().expect("open").session.guide.questions[0]
        .text
        .clone();
    let area_top = h.get_by_label(&question).rect().bottom();
    assert!(
        h.get_by_label(&first).rect().top() < area_top,
        "the first point is scrolled out of view"
    );
    h.key_press(egui::Key::PageDown);
    h.run();
    let next = h.state().live().expect("open").session.guide.questions[1].clone();
    let area_top = h.get_by_label(&next.text).rect().bottom();
    let heading = h.get_by_label("Discussion points").rect();
    assert!(
        heading.top() >= area_top,
        "the next question starts at its top: {heading:?} under {area_top}"
    );
    let point = h.get_by_label(&next.points[0].text).rect();
    assert!(point.bottom() <= column_bottom(&h));
}

/// Every text drawn in a frame that runs past the left or right edge of the area it is clipped
/// to (so part of it cannot be read), as "text (x from … to …, clip … to …)".
fn cut_off_texts(h: &Harness<'_, CafeApp>) -> Vec<String> {
    fn walk(clip: egui::Rect, shape: &egui::Shape, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Text(text) => {
                let rect = text.visual_bounding_rect();
                if !text.galley.is_empty()
                    && (rect.right() > clip.right() + 1.0 || rect.left() < clip.left() - 1.0)
                    && rect.intersects(clip)
                {
                    out.push(format!(
                        "{:?} (x from {:.0} to {:.0}, clip {:.0} to {:.0})",
                        text.galley.text(),
                        rect.left(),
                        rect.right(),
                        clip.left(),
                        clip.right()
                    ));
                }
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(clip, s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(clipped.clip_rect, &clipped.shape, &mut out);
    }
    out
}

/// In a laptop's window, maximized or not, no step of the presenter (nor Tables, the harvest or
/// the sign-in desk) cuts a line off at the side of its column: long hints and lines wrap (the
/// closing step's goodbye hint widened the column once, and every line after it was cut at the
/// edge). The review's table of past cafés is left out: it scrolls sideways, with a scroll bar.
/// In English and in Spanish (longer words), with a note on the first table.
#[test]
fn no_step_or_page_cuts_a_line_off_at_the_side() {
    let sizes = [
        (1366.0, 740.0),
        (1280.0, 690.0),
        (1200.0, 640.0),
        (1024.0, 700.0),
    ];
    for (size, spanish) in sizes.into_iter().flat_map(|s| [(s, false), (s, true)]) {
        let data = tempfile::tempdir().expect("temp dir");
        let clock = TestClock::new();
        let path = example_session(data.path());
        let mut session = cafe_host::store::load_session(&path).expect("load").session;
        let table = session.tables[0].id;
        session.notes.push(crate::common::plain_note(
            table,
            "We read together after dinner",
        ));
        std::fs::write(&path, cafe_host::store::to_ron(&session).expect("ron")).expect("write");
        if spanish {
            crate::common::spanish(data.path());
        }
        let mut h = harness(data.path(), Some(path), &clock);
        h.set_size(egui::vec2(size.0, size.1));
        h.run();
        let steps = h.state().live().expect("open").session.agenda();
        for step in steps {
            h.state_mut().run(cafe_host::ui::Request::Cafe(
                cafe_host::live::Command::GoTo(step),
            ));
            h.run();
            let cut = cut_off_texts(&h);
            assert!(
                cut.is_empty(),
                "at {step:?} in {size:?} (Spanish: {spanish}) these lines are cut off: {cut:#?}"
            );
        }
        let pages = [
            (AppCommand::ShowTables, "Tables"),
            (AppCommand::ShowHarvest, "the harvest"),
            (AppCommand::ShowSignIn, "the sign-in desk"),
        ];
        for (page, name) in pages {
            h.state_mut().run(page);
            h.run();
            if name == "Tables" {
                // A button pushed wholly past the page's edge is never drawn, so it is found by
                // its place: the note's last button ends before the Laptops panel begins.
                let delete = if spanish { "Borrar" } else { "Delete" };
                let button = h.get_by_label(delete).rect();
                let (_, edge) = crate::common::page_between_side_panels(&h);
                assert!(
                    button.right() <= edge,
                    "in {size:?} (Spanish: {spanish}) the note's {delete} button is past the page's edge: {button:?}, edge {edge}"
                );
            }
            let cut = cut_off_texts(&h);
            assert!(
                cut.is_empty(),
                "on {name} in {size:?} (Spanish: {spanish}) these lines are cut off: {cut:#?}"
            );
        }
    }
}
