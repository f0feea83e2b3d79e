//! A series plan on Home in the real app: three cafés planned (added, reordered, edited and
//! one removed), started from Home in order with their details filled in, the plan kept
//! across a restart, and a plans file that cannot be read reported and never saved over.

use std::path::Path;

use cafe_host::model::Step;
use cafe_host::model::series_plan::SeriesPlans;
use cafe_host::store::DataDir;
use cafe_host::store::series_plans::{load, plans_file};
use cafe_host::ui::{CafeApp, Request};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{TestClock, harness_sized, labels, wait_for_label};

const SERIES: &str = "Lincoln Family Café";

/// Home, tall enough that the planner's form is in view under the café's details.
fn home(data: &Path, clock: &TestClock) -> Harness<'static, CafeApp> {
    harness_sized(data, None, clock, [1600.0, 1500.0])
}

fn click(h: &mut Harness<'_, CafeApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Replace what a text box on Home holds with `text`, as a person does (select all, type).
fn retype(h: &mut Harness<'_, CafeApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Fill the planner's café form and add the café to the open series.
fn plan_cafe(h: &mut Harness<'_, CafeApp>, guide: &str, date: &str, venue: &str) {
    click(h, "Guide of this café");
    // The choice in the list that opened (the form's own box may show the same words).
    h.query_all_by_label(guide)
        .last()
        .expect("the guide is on offer")
        .click();
    h.run();
    retype(h, "Date of this café (YYYY-MM-DD)", date);
    retype(h, "Venue of this café", venue);
    click(h, "Add to the series");
}

/// The guides' titles of the series' planned cafés, in order, as kept on file.
fn planned_guides(data: &Path) -> Vec<String> {
    let plans = load(&DataDir::new(data)).expect("the plans read back");
    let series = plans
        .series
        .iter()
        .find(|s| s.name == SERIES)
        .expect("the series is on file");
    series.cafes.iter().map(|c| c.guide_title.clone()).collect()
}

fn next_line(guide: &str, date: &str, venue: &str) -> String {
    format!("Next in the series “{SERIES}”: {guide} on {date} at {venue}")
}

/// Close the open café at its closing step and go back Home.
fn finish_and_go_home(h: &mut Harness<'_, CafeApp>) {
    h.state_mut()
        .run(Request::Cafe(cafe_host::live::Command::GoTo(Step::Closing)));
    h.run();
    click(h, "Home");
    assert!(h.state().live().is_none(), "back on Home");
}

fn value(h: &Harness<'_, CafeApp>, label: &str) -> String {
    h.get_by_label(label).value().unwrap_or_default()
}

/// Plan the series on Home: four cafés added, one moved up, one removed and one changed,
/// which leaves the reading evening, the first meeting and the school evening in the gym.
fn plan_the_series(h: &mut Harness<'_, CafeApp>, data: &Path) {
    click(h, "Series plans");
    h.get_by_label("Name of a new series").focus();
    h.run();
    h.get_by_label("Name of a new series").type_text(SERIES);
    h.run();
    click(h, "Plan a new series");

    plan_cafe(h, "Learning at Home", "2026-11-24", "Lincoln Library");
    plan_cafe(
        h,
        "Our Children, Our School",
        "2026-12-08",
        "Lincoln Library",
    );
    plan_cafe(
        h,
        "Meeting the New Teacher",
        "2026-12-15",
        "Lincoln Library",
    );
    plan_cafe(
        h,
        "Getting to Know Each Other",
        "2026-12-01",
        "Lincoln Library",
    );
    assert_eq!(
        planned_guides(data),
        [
            "Learning at Home",
            "Our Children, Our School",
            "Meeting the New Teacher",
            "Getting to Know Each Other"
        ]
    );
    // The fourth moves up to second; the teachers' evening is dropped.
    for place in [3, 2] {
        h.query_all_by_label("Earlier")
            .nth(place)
            .expect("the café's button")
            .click();
        h.run();
    }
    h.query_all_by_label("Remove")
        .nth(3)
        .expect("the fourth café's button")
        .click();
    h.run();
    // The third is held in the school gym instead, at six.
    h.query_all_by_label("Edit")
        .nth(2)
        .expect("the third café's button")
        .click();
    h.run();
    assert_eq!(value(h, "Date of this café (YYYY-MM-DD)"), "2026-12-08");
    retype(h, "Venue of this café", "Lincoln School gym");
    retype(h, "Starts at (HH:MM, may be empty)", "18:00");
    click(h, "Save the changes");
    assert_eq!(
        planned_guides(data),
        [
            "Learning at Home",
            "Getting to Know Each Other",
            "Our Children, Our School"
        ]
    );
}

#[test]
fn three_planned_cafes_are_set_up_on_home_and_started_from_it_in_order() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let today = clock.clock()()
        .with_timezone(&chrono::Local)
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    let mut h = home(data.path(), &clock);
    wait_for_label(&mut h, "No cafés yet");
    plan_the_series(&mut h, data.path());
    h.get_by_label_contains("3 cafés planned, 0 held");

    // The first: started straight from Home with its details.
    h.get_by_label(&next_line(
        "Learning at Home",
        "2026-11-24",
        "Lincoln Library",
    ));
    click(&mut h, "Start it now");
    let session = &h.state().live().expect("the first café is open").session;
    assert_eq!(session.guide.title, "Learning at Home");
    assert_eq!(session.details.series, SERIES);
    assert_eq!(session.details.venue, "Lincoln Library");
    assert_eq!(session.details.title, "Learning at Home");
    assert_eq!(session.details.date.format("%Y-%m-%d").to_string(), today);
    finish_and_go_home(&mut h);
    assert!(
        !labels(&h).iter().any(|l| l.contains("Learning at Home on")),
        "the café just held is never offered again, even before the list is read again"
    );

    // The second: its details fill the form, and the form's own start button starts it.
    let second = next_line(
        "Getting to Know Each Other",
        "2026-12-01",
        "Lincoln Library",
    );
    wait_for_label(&mut h, &second);
    assert!(
        !labels(&h)
            .iter()
            .any(|l| l.contains("Next in the series “Lincoln Family Café”: Learning")),
        "the first is held"
    );
    click(&mut h, "Fill in the form");
    assert_eq!(value(&h, "Title"), "Getting to Know Each Other");
    assert_eq!(value(&h, "Venue"), "Lincoln Library");
    assert_eq!(value(&h, "Series (empty: the guide)"), SERIES);
    assert_eq!(value(&h, "Date (YYYY-MM-DD)"), today);
    retype(&mut h, "Facilitator", "Rosa");
    click(&mut h, "Start the café");
    let session = &h.state().live().expect("the second café is open").session;
    assert_eq!(session.guide.title, "Getting to Know Each Other");
    assert_eq!(session.details.series, SERIES);
    assert_eq!(session.details.facilitator, "Rosa");
    finish_and_go_home(&mut h);
    let third = format!(
        "{} · starts at 18:00",
        next_line(
            "Our Children, Our School",
            "2026-12-08",
            "Lincoln School gym"
        )
    );
    wait_for_label(&mut h, &third);
    drop(h);

    // After a restart the plan is there, and the cafés on file still count as held.
    let mut h = home(data.path(), &clock);
    wait_for_label(&mut h, &third);
    h.get_by_label_contains("3 cafés planned, 2 held");
    click(&mut h, "Start it now");
    let session = &h.state().live().expect("the third café is open").session;
    assert_eq!(session.guide.title, "Our Children, Our School");
    assert_eq!(session.details.venue, "Lincoln School gym");
    finish_and_go_home(&mut h);
    wait_for_label(&mut h, "3 cafés planned, 3 held");
    assert!(
        !labels(&h).iter().any(|l| l.contains("Next in the series")),
        "the whole series is held"
    );
}

#[test]
fn a_plans_file_that_cannot_be_read_is_reported_and_never_saved_over() {
    let data = tempfile::tempdir().expect("temp dir");
    let file = plans_file(&DataDir::new(data.path()));
    let broken = "SeriesPlans(schema_version: 1, series: [SeriesPlan(name: \"Spring";
    std::fs::write(&file, broken).expect("write");
    let clock = TestClock::new();
    let mut h = home(data.path(), &clock);
    wait_for_label(&mut h, "No cafés yet");
    h.get_by_label_contains("The series plans could not be read");
    h.get_by_label_contains("series.ron");
    assert!(
        h.query_by_label("Plan a new series").is_none(),
        "no plan can be made over it"
    );
    // Starting a café from Home leaves it as it is.
    click(&mut h, "Start the café");
    finish_and_go_home(&mut h);
    assert_eq!(std::fs::read_to_string(&file).expect("kept"), broken);

    click(&mut h, "Set the file aside and start new plans");
    let aside = file.with_file_name("series.ron.unreadable");
    assert_eq!(std::fs::read_to_string(&aside).expect("moved"), broken);
    h.get_by_label_contains("series.ron.unreadable");
    h.get_by_label("Name of a new series").focus();
    h.run();
    h.get_by_label("Name of a new series").type_text("Spring");
    h.run();
    click(&mut h, "Plan a new series");
    let plans: SeriesPlans = load(&DataDir::new(data.path())).expect("a new plans file");
    assert_eq!(plans.series.len(), 1);
    assert_eq!(plans.series[0].name, "Spring");
    assert_eq!(std::fs::read_to_string(&aside).expect("kept"), broken);
}
