//! Every page with a right-to-left guide and café: each Arabic text on screen went through the
//! app's one text path (`ui::say`), which lays it out in reading order. A label drawn any other
//! way shows Arabic words in reverse order and fails here.

use cafe_host::live::Command;
use cafe_host::model::{Commitment, Step, Theme};
use cafe_host::ui::command::AppCommand;
use cafe_host::ui::{Request, SharedRequest};
use std::sync::Arc;

use cafe_host::ui::bidi::needs_bidi;
use egui::Galley;
use egui::epaint::Shape;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{TestClock, example_session, harness, plain_note, table_mode_harness};
use cafe_host::ui::CafeApp;

/// The galleys of every text shape in the latest frame.
fn shown_texts<State>(h: &Harness<'_, State>) -> Vec<Arc<Galley>> {
    fn walk(shape: &Shape, out: &mut Vec<Arc<Galley>>) {
        match shape {
            Shape::Text(text) => out.push(text.galley.clone()),
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// Fail when an Arabic text on screen did not go through the one text path; returns how many
/// Arabic texts were on screen.
fn all_through_the_path(h: &Harness<'_, CafeApp>, place: &str) -> usize {
    let through = cafe_host::ui::say::drawn(&h.ctx);
    // The projector's window title, which the system draws on a real screen (the test draws
    // the projector as a window inside the console's).
    let lang = cafe_host::i18n::Lang::ENGLISH;
    let window_title = cafe_host::ui::projector::viewport_builder(lang, TITLE).title;
    let arabic: Vec<Arc<Galley>> = shown_texts(h)
        .into_iter()
        .filter(|g| needs_bidi(g.text()) && Some(g.text()) != window_title.as_deref())
        .collect();
    let outside: Vec<&str> = arabic
        .iter()
        .filter(|g| !through.holds(g))
        .map(|g| g.text())
        .collect();
    assert!(
        outside.is_empty(),
        "{place}: drawn outside the text path, so in reverse word order: {outside:?}"
    );
    arabic.len()
}

const TITLE: &str = "مقهى الآباء في مدرسة النور";
const QUESTION: &str = "ماذا تعلّمت في البيت؟";
const POINT: &str = "القراءة مع الأطفال كل يوم";
const FACILITATOR: &str = "اترك وقتا للصمت";
const AGREEMENT: &str = "نستمع لبعضنا";
const NOTE: &str = "نقرأ قصة قبل النوم 20 دقيقة";
const THEME: &str = "القراءة في البيت";
const COMMITMENT: &str = "سأقرأ مع ابني كل مساء";
const TABLE_NAME: &str = "طاولة الزيتون";
const SERIES: &str = "سلسلة الخريف";
const COMPUTER: &str = "حاسوب-سارة";

/// The example café made Arabic throughout: guide, title, series, a table's name, a note, a
/// theme and a commitment.
fn arabic_cafe(data: &std::path::Path) -> std::path::PathBuf {
    let path = example_session(data);
    let mut session = cafe_host::store::load_session(&path).expect("load").session;
    session.details.title = TITLE.into();
    session.details.series = SERIES.into();
    session.guide.title = TITLE.into();
    session.guide.languages = vec!["ar".into(), "en".into()];
    for q in &mut session.guide.questions {
        q.text = QUESTION.into();
        q.translations = [("en".into(), "What did you learn at home?".into())].into();
        for p in &mut q.points {
            *p = POINT.into();
        }
        q.notes = FACILITATOR.into();
    }
    for a in &mut session.guide.agreements {
        a.text = AGREEMENT.into();
        a.translations = [("en".into(), AGREEMENT.into())].into();
    }
    let table = session.tables[0].id;
    session.tables[0].name = TABLE_NAME.into();
    let mut note = plain_note(table, NOTE);
    note.question = Some(0);
    let note_id = note.id;
    session.notes.push(note);
    let now = chrono::Utc::now();
    session.themes.push(Theme {
        id: uuid::Uuid::new_v4(),
        title: THEME.into(),
        notes: [note_id].into(),
        edited: now,
        deleted: false,
    });
    session.commitments.push(Commitment {
        id: uuid::Uuid::new_v4(),
        text: COMMITMENT.into(),
        owner: TABLE_NAME.into(),
        due: None,
        done: false,
        done_at: None,
        under_way: false,
        edited: now,
        deleted: false,
    });
    std::fs::write(&path, cafe_host::store::to_ron(&session).expect("ron")).expect("write");
    // The same guide on Home's list.
    let guides = data.join("guides");
    std::fs::create_dir_all(&guides).expect("guides folder");
    let guide = cafe_host::store::to_ron(&session.guide).expect("guide ron");
    std::fs::write(guides.join("arabic.ron"), guide).expect("write guide");
    path
}

/// The Arabic café's series planned on: the café on file, then one more at an Arabic venue.
fn plan_arabic_series(data: &std::path::Path) {
    use cafe_host::model::series_plan::{PlannedCafe, SeriesPlan, SeriesPlans};
    let mut plan = SeriesPlan::new(SERIES);
    for (date, venue) in [("2026-11-12", ""), ("2026-12-10", "قاعة المدرسة")] {
        plan.cafes.push(PlannedCafe {
            id: uuid::Uuid::new_v4(),
            guide_file: "arabic.ron".into(),
            guide_title: TITLE.into(),
            date: date.parse().expect("a date"),
            venue: venue.into(),
            starts_at: None,
            title: String::new(),
        });
    }
    let plans = SeriesPlans {
        series: vec![plan],
        ..SeriesPlans::default()
    };
    cafe_host::store::series_plans::save(&cafe_host::store::DataDir::new(data), &plans)
        .expect("the plan saved");
}

#[test]
fn every_page_draws_arabic_through_the_one_text_path() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = arabic_cafe(data.path());

    // Home, with the Arabic guide and the café in its lists, and the series planned on.
    plan_arabic_series(data.path());
    let mut h = harness(data.path(), None, &clock);
    crate::common::wait_for_label(&mut h, &format!("Next in the series “{SERIES}”"));
    assert!(
        all_through_the_path(&h, "Home") > 0,
        "Home shows the Arabic guide"
    );
    h.get_by_label("Change").click();
    h.run();
    assert!(
        all_through_the_path(&h, "Home's series plan") > 0,
        "the plan's cafés are Arabic"
    );

    let mut h = harness(data.path(), Some(path.clone()), &clock);
    h.run();
    h.state_mut().run(AppCommand::ShowProjector);
    h.run();
    let steps = h.state().live().expect("open").session.agenda();
    for step in steps {
        h.state_mut().run(Request::Cafe(Command::GoTo(step)));
        h.run();
        let n = all_through_the_path(&h, &format!("the presenter at {step:?}"));
        if matches!(step, Step::Question(_) | Step::Agreements | Step::Closing) {
            assert!(n > 0, "{step:?} shows Arabic");
        }
    }
    h.state_mut().run(AppCommand::ShowThemes);
    h.run();
    all_through_the_path(&h, "the room's themes");
    for (page, name) in [
        (AppCommand::ShowTables, "Tables"),
        (AppCommand::ShowHarvest, "the harvest"),
        (AppCommand::ShowSignIn, "the sign-in desk"),
        (AppCommand::ShowPastCafes, "the review"),
    ] {
        h.state_mut().run(page);
        h.run();
        assert!(all_through_the_path(&h, name) > 0, "{name} shows Arabic");
    }

    // The Laptops panel of the Tables page, once the café is shared and a table laptop with an
    // Arabic name has written its copy into the shared folder.
    let sync = tempfile::tempdir().expect("sync folder");
    h.state_mut().run(Request::Shared(SharedRequest::Share(
        sync.path().to_owned(),
    )));
    h.run();
    let session = h.state().live().expect("open").session.clone();
    let folder = cafe_host::store::shared::cafe_folder(sync.path(), &session);
    let laptop = cafe_host::store::shared::laptop_path(
        &folder,
        cafe_host::store::shared::Role::Table(1),
        COMPUTER,
    );
    std::fs::create_dir_all(&folder).expect("café folder");
    std::fs::write(&laptop, cafe_host::store::to_ron(&session).expect("ron")).expect("write");
    // Back from the review (F7 again) to the café's Tables page.
    h.state_mut().run(AppCommand::ShowPastCafes);
    h.state_mut().run(AppCommand::ShowTables);
    let start = std::time::Instant::now();
    while !shown_texts(&h).iter().any(|g| g.text().contains(COMPUTER)) {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "the Laptops panel never listed the laptop"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
        h.run();
    }
    assert!(all_through_the_path(&h, "the Laptops panel") > 0);

    let mut h = table_mode_harness(data.path(), path, 1, &clock);
    h.run();
    assert!(all_through_the_path(&h, "table mode") > 0);
}

/// The Arabic café of the test above, written for `scripts/compare-rtl.sh`, which opens it in
/// the real app beside a browser's drawing of the same words: one file per step to look at
/// (`question.ron`, `harvest.ron`, `closing.ron`) in the folder `CAFE_HOST_RTL_CAFES`.
#[test]
#[ignore = "run by scripts/compare-rtl.sh"]
fn write_the_arabic_cafes_for_the_comparison() {
    let Some(out) = std::env::var_os("CAFE_HOST_RTL_CAFES") else {
        return;
    };
    let out = std::path::PathBuf::from(out);
    std::fs::create_dir_all(&out).expect("output folder");
    let data = tempfile::tempdir().expect("temp dir");
    let path = arabic_cafe(data.path());
    let mut session = cafe_host::store::load_session(&path).expect("load").session;
    for (name, step) in [
        ("question", Step::Question(0)),
        ("harvest", Step::Harvest),
        ("closing", Step::Closing),
    ] {
        session.current = step;
        let ron = cafe_host::store::to_ron(&session).expect("ron");
        std::fs::write(out.join(format!("{name}.ron")), ron).expect("write");
    }
}

/// A table named in Arabic: its heading takes only its own width, so the Name and Table host
/// boxes stay beside it (they were squeezed to a letter's width, out of sight), and the
/// question on screen stays inside the page between the two side panels.
#[test]
fn an_arabic_table_name_leaves_room_for_the_boxes_beside_it() {
    use egui_kittest::kittest::Queryable;
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = arabic_cafe(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    h.set_size(egui::vec2(1366.0, 768.0));
    h.run();
    h.state_mut().run(AppCommand::ShowTables);
    h.run();
    let heading = h.get_by_label(&format!("Table 1 · {TABLE_NAME}")).rect();
    for name in ["Name", "Table host"] {
        let field = h.get_by_label(name).rect();
        assert!(
            field.width() >= 100.0 && field.top() < heading.bottom() + 30.0,
            "the {name} box is beside the heading: {field:?}, heading {heading:?}"
        );
    }
    let (left, right) = crate::common::page_between_side_panels(&h);
    let question = shown_texts(&h)
        .into_iter()
        .find(|g| g.text() == QUESTION)
        .expect("the question on screen");
    assert!(
        question.rect.width() <= right - left,
        "the question ({}) is wider than the page ({})",
        question.rect.width(),
        right - left
    );
}
/// A tooltip is drawn through the one text path too (`Hint::hint`), so its Arabic reads in
/// order; egui's own `on_hover_text` would draw it outside, which this check catches.
#[test]
fn a_tooltip_draws_arabic_through_the_one_text_path() {
    use cafe_host::ui::say::{Hint, Say};
    use egui_kittest::kittest::Queryable;
    for through_the_path in [true, false] {
        let mut h = Harness::new_ui(move |ui| {
            let button = ui.say_button("Help");
            if through_the_path {
                button.hint(QUESTION);
            } else {
                button.on_hover_text(QUESTION);
            }
        });
        // The letters' shapes do not matter here, only which path laid them out.
        h.ctx
            .set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
        h.get_by_label("Help").hover();
        // Past the tooltip's delay.
        for _ in 0..60 {
            h.step();
        }
        let shown: Vec<Arc<Galley>> = shown_texts(&h)
            .into_iter()
            .filter(|g| needs_bidi(g.text()))
            .collect();
        assert_eq!(shown.len(), 1, "the tooltip shows");
        let through = cafe_host::ui::say::drawn(&h.ctx);
        assert_eq!(
            through.holds(&shown[0]),
            through_the_path,
            "through the text path: {through_the_path}"
        );
    }
}
