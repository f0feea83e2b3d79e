//! Figures a person can trust: a café counted at the door without names says "not known" for
//! first visits, interpreter and childcare needs on every screen and in every export (never a
//! 0 nobody counted), and lengths are rounded to the nearest minute, not cut.

use std::path::Path;
use std::time::Duration;

use cafe_host::export::{Privacy, Words, attendance, cafe, series};
use cafe_host::i18n::Lang;
use cafe_host::model::{PeopleCount, Session};
use cafe_host::review::library::CafeSummary;
use cafe_host::review::report::CafeReport;
use cafe_host::review::series::{SeriesSummary, load_all};
use cafe_host::store::{load_session, to_ron};
use cafe_host::ui::review::{LibraryScreen, ReportScreen};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{TestClock, choose_language_on_home, harness};
use crate::past_cafes::{HEARD, SERIES, example_cafes};

/// The example café of the series that was counted at the door, without names.
const COUNTED: &str = "2026-10-15_reading-and-talking-at-home_6c1e0000.ron";

fn example(name: &str) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions")
        .join(name);
    load_session(&path).expect("example loads").session
}

#[test]
fn a_cafe_counted_at_the_door_knows_its_head_count_but_not_first_visits_or_needs() {
    let counted = example(COUNTED);
    assert!(counted.counts_only && counted.attendees.is_empty());
    let report = CafeReport::of(&counted);
    assert!(report.figures.total > 0);
    assert_eq!(report.figures.first_timers, PeopleCount::NotKnown);
    assert_eq!(report.figures.interpreter_needed, PeopleCount::NotKnown);
    assert_eq!(report.figures.children_in_childcare, PeopleCount::NotKnown);
    assert_eq!(
        CafeSummary::of(&counted).first_visits,
        PeopleCount::NotKnown
    );
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions");
    let summary = SeriesSummary::of(SERIES, &load_all(&[dir]));
    let row = summary
        .cafes
        .iter()
        .find(|c| c.counts_only)
        .expect("the counted café");
    assert_eq!(row.returning, None, "returning people are not known either");
}

#[test]
fn every_export_of_a_counted_cafe_says_not_known_instead_of_zero() {
    let counted = example(COUNTED);
    let total = CafeReport::of(&counted).figures.total;
    for privacy in [Privacy::default(), Privacy { names: true }] {
        for (what, text) in [
            (
                "report md",
                cafe::markdown(&counted, privacy, Words(Lang::ENGLISH)),
            ),
            (
                "report html",
                cafe::html(&counted, privacy, Words(Lang::ENGLISH)),
            ),
            (
                "attendance html",
                attendance::attendance_html(&counted, privacy, Words(Lang::ENGLISH)),
            ),
        ] {
            for phrase in [
                "first visits not known",
                "interpreter needs not known",
                "childcare not known",
            ] {
                assert!(text.contains(phrase), "{what}: {phrase}");
            }
            for zero in ["0 first", "0 needed", "0 children", "0 for the first"] {
                assert!(!text.contains(zero), "{what} says {zero:?}");
            }
            assert!(text.contains(&format!("{total} people")), "{what}");
        }
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions");
    let summary = SeriesSummary::of(SERIES, &load_all(&[dir]));
    let md = series::markdown(&summary, Privacy::default(), Words(Lang::ENGLISH));
    let row = md
        .lines()
        .find(|l| l.starts_with(&format!("| {} |", counted.details.date)))
        .expect("the counted café's row");
    assert_eq!(
        row.matches("not known").count(),
        4,
        "first visits, returning, interpreter and childcare: {row}"
    );
    let html = series::html(&summary, Privacy::default(), Words(Lang::ENGLISH));
    assert!(
        html.matches(">not known<").count() >= 4,
        "the HTML table too"
    );
}

#[test]
fn a_cafe_with_some_people_only_counted_says_at_least() {
    let mut mixed = example(HEARD);
    let named = CafeReport::of(&mixed).figures;
    let first = named
        .first_timers
        .known()
        .expect("everyone signed in by name");
    mixed.tallies.push(cafe_host::model::Tally {
        id: uuid::Uuid::new_v4(),
        role: cafe_host::model::Role::Parent,
        language: String::new(),
        count: 4,
        edited: chrono::Utc::now(),
        deleted: false,
    });
    let figures = CafeReport::of(&mixed).figures;
    assert_eq!(figures.first_timers, PeopleCount::AtLeast(first));
    let md = cafe::markdown(&mixed, Privacy::default(), Words(Lang::ENGLISH));
    assert!(
        md.contains(&format!("at least {first} first visit")),
        "{md}"
    );
}

#[test]
fn plurals_in_the_attendance_report_follow_the_count() {
    let heard = example(HEARD);
    let html = attendance::attendance_html(&heard, Privacy::default(), Words(Lang::ENGLISH));
    let first = CafeReport::of(&heard).figures.first_timers.at_least();
    let words = if first == 1 {
        "first visit"
    } else {
        "first visits"
    };
    assert!(html.contains(&format!("{first} {words}")), "{html}");
    assert!(!html.contains(&format!("{first} first visit ")) || first == 1);
}

/// The example café with its timeline stretched to 10 minutes 57 seconds.
fn ten_minutes_fifty_seven(dir: &Path) -> (std::path::PathBuf, Session) {
    let mut session = example(HEARD);
    let first = session.timeline.first().expect("shown").at;
    if let Some(last) = session.timeline.last_mut() {
        last.at = first + chrono::Duration::seconds(10 * 60 + 57);
    }
    let n = session.timeline.len();
    for (i, shown) in session.timeline.iter_mut().enumerate().take(n - 1) {
        shown.at = first + chrono::Duration::seconds(i as i64);
    }
    let sessions = dir.join("sessions");
    std::fs::create_dir_all(&sessions).expect("folder");
    let path = sessions.join(HEARD);
    std::fs::write(&path, to_ron(&session).expect("ron")).expect("write");
    (path, session)
}

/// A café put away after two questions and taken up again twelve days later ran 65 minutes,
/// not twelve days: on the library's row and in the report alike.
#[test]
fn a_cafe_taken_up_again_another_day_counts_only_the_time_it_ran() {
    let mut session = example(HEARD);
    let start = session.timeline.first().expect("shown").at;
    let later = chrono::Duration::days(12);
    let at = [
        start,
        start + chrono::Duration::minutes(20),
        start + chrono::Duration::minutes(40),
        start + later,
        start + later + chrono::Duration::minutes(25),
    ];
    session.timeline.truncate(at.len());
    assert_eq!(session.timeline.len(), at.len());
    for (shown, at) in session.timeline.iter_mut().zip(at) {
        shown.at = at;
    }
    assert_eq!(session.length_minutes(), 65);
    assert_eq!(CafeSummary::of(&session).minutes, 65);
    assert_eq!(CafeReport::of(&session).minutes, 65);
}

#[test]
fn lengths_are_rounded_to_the_nearest_minute_everywhere() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, session) = ten_minutes_fifty_seven(dir.path());
    assert_eq!(session.length_minutes(), 11);
    assert_eq!(CafeSummary::of(&session).minutes, 11);
    assert_eq!(CafeReport::of(&session).minutes, 11);
    let md = cafe::markdown(&session, Privacy::default(), Words(Lang::ENGLISH));
    assert!(
        md.contains("11 minutes") && !md.contains("10 minutes"),
        "{md}"
    );
    assert!(cafe::html(&session, Privacy::default(), Words(Lang::ENGLISH)).contains("11 minutes"));

    // On screen: the library's length column and the report's subtitle.
    let library = LibraryScreen::new(
        vec![path.parent().expect("folder").to_owned()],
        dir.path().join("index"),
        || {},
    );
    let mut h = screen_harness(library, LibraryScreen::ui, Lang::ENGLISH);
    until_read(&mut h);
    h.get_by_label("11 min");
    assert!(h.query_by_label("10 min").is_none());
    let report = ReportScreen::new(path, &session, dir.path().join("exports"), None);
    let mut h = screen_harness(report, ReportScreen::ui, Lang::ENGLISH);
    h.run_steps(3);
    h.get_by_label_contains("· 11 minutes");
}

/// Step the library until it has read every file.
fn until_read(h: &mut Harness<'_, (LibraryScreen,)>) {
    for _ in 0..200 {
        h.step();
        if !h.state().0.is_loading() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run_steps(3);
}

/// A review screen drawn in `lang`.
fn screen_harness<'a, S: 'a, R>(
    screen: S,
    draw: impl Fn(&mut S, &mut egui::Ui) -> R + 'a,
    lang: Lang,
) -> Harness<'a, (S,)> {
    Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(
            move |ui, state: &mut (S,)| {
                cafe_host::ui::text::set_language(ui.ctx(), lang);
                egui::ScrollArea::vertical().show(ui, |ui| {
                    draw(&mut state.0, ui);
                });
            },
            (screen,),
        )
}

#[test]
fn the_report_screen_says_not_known_in_english_and_spanish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let counted = example(COUNTED);
    let path = dir.path().join(COUNTED);
    for (lang, phrases) in [
        (
            Lang::ENGLISH,
            [
                "first visits not known",
                "interpreter needs not known",
                "childcare not known",
            ],
        ),
        (
            Lang::from_code("es").expect("Spanish"),
            [
                "primeras visitas: no se sabe",
                "necesidad de intérprete: no se sabe",
                "cuidado infantil: no se sabe",
            ],
        ),
    ] {
        let report = ReportScreen::new(path.clone(), &counted, dir.path().join("exports"), None);
        let mut h = screen_harness(report, ReportScreen::ui, lang);
        h.run_steps(3);
        for phrase in phrases {
            h.get_by_label_contains(phrase);
        }
    }
}

#[test]
fn the_library_says_not_known_for_a_counted_cafes_first_visits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sessions = example_cafes(dir.path());
    for (lang, words) in [
        (Lang::ENGLISH, "not known"),
        (Lang::from_code("es").expect("Spanish"), "no se sabe"),
    ] {
        let library = LibraryScreen::new(vec![sessions.clone()], dir.path().join("index"), || {});
        let mut h = screen_harness(library, LibraryScreen::ui, lang);
        until_read(&mut h);
        assert_eq!(h.query_all_by_label(words).count(), 1, "{words}");
    }
}

#[test]
fn the_desk_of_a_counted_cafe_says_not_known_in_english_and_spanish() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("folder");
    let path = sessions.join(COUNTED);
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sessions")
            .join(COUNTED),
        &path,
    )
    .expect("copy");
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    h.key_press(Key::F6);
    h.run();
    h.get_by_label("first visits not known · interpreter needs not known · childcare not known");
    choose_language_on_home_or_here(&mut h);
    h.key_press(Key::F6);
    h.run();
    h.get_by_label(
        "primeras visitas: no se sabe · necesidad de intérprete: no se sabe · cuidado infantil: no se sabe",
    );
}

/// Switch the interface to Spanish from Home (the café is left and resumed).
fn choose_language_on_home_or_here(h: &mut Harness<'_, cafe_host::ui::CafeApp>) {
    let path = h.state().session_path().expect("open").to_owned();
    h.state_mut().run(cafe_host::ui::AppCommand::GoHome);
    h.run();
    choose_language_on_home(h, "es");
    h.state_mut().run(cafe_host::ui::Request::Open(path));
    h.run();
}
