//! The series view's follow-through on generated series: actions done by the next café,
//! returning people and the goodbye check across cafés, each with its n, on screen and in every
//! export format, in English and Spanish; no group of fewer than five people shown as a number,
//! not even by subtraction from a figure beside it; and the view opening from the app without
//! waiting for its cafés to be read.

use std::path::{Path, PathBuf};

use cafe_host::export::{Privacy, Words, series};
use cafe_host::i18n::Lang;
use cafe_host::model::goodbye::DoorCounts;
use cafe_host::model::{Attendee, Commitment, Role, Session, Step, StepShown};
use cafe_host::review::series::SeriesSummary;
use cafe_host::ui::review::SeriesScreen;
use chrono::{Duration, NaiveDate};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use uuid::Uuid;

use super::past_cafes::HEARD;

const NAME: &str = "Spring series";

/// One café of a generated series.
#[derive(Clone, Debug)]
struct Plan {
    /// Each person: role (an index of `Role::ALL`), language (of `LANGUAGES`), first visit.
    people: Vec<(usize, usize, bool)>,
    faces: [u32; 5],
    again: [u32; 3],
    /// Actions: done, and if so how many days after the café.
    actions: Vec<Option<i64>>,
}

const LANGUAGES: [&str; 3] = ["Somali", "Tagalog", "Polish"];

fn example() -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions")
        .join(HEARD);
    cafe_host::store::load_session(&path)
        .expect("example loads")
        .session
}

/// Café `n` of the series, a fortnight after the one before, as `plan` says.
fn cafe(base: &Session, n: usize, plan: &Plan) -> Session {
    let mut s = base.clone();
    s.id = Uuid::from_u128(0x5e71e5 + n as u128);
    s.details.series = NAME.into();
    s.details.title = format!("Spring café {n}");
    let date = NaiveDate::from_ymd_opt(2027, 3, 4).expect("date") + Duration::weeks(2 * n as i64);
    s.details.date = date;
    let began = date.and_hms_opt(18, 0, 0).expect("time").and_utc();
    s.timeline = vec![StepShown {
        step: Step::Welcome,
        at: began,
    }];
    let person = s.attendees[0].clone();
    s.attendees = plan
        .people
        .iter()
        .enumerate()
        .map(|(i, (role, language, first))| Attendee {
            id: Uuid::from_u128((n * 1000 + i) as u128),
            name: format!("Zqperson {n} {i}"),
            role: Role::ALL[*role],
            language: LANGUAGES[*language].into(),
            first_visit: *first,
            table: None,
            deleted: false,
            erased: false,
            ..person.clone()
        })
        .collect();
    s.tallies.clear();
    s.you_said = None;
    let action = s.commitments[0].clone();
    s.commitments = plan
        .actions
        .iter()
        .enumerate()
        .map(|(i, done)| Commitment {
            id: Uuid::from_u128((n * 100 + i) as u128 + (1 << 90)),
            text: format!("Spring action {n}.{i}"),
            owner: "Zqowner".into(),
            done: done.is_some(),
            done_at: done.map(|days| began + Duration::days(days)),
            under_way: false,
            deleted: false,
            ..action.clone()
        })
        .collect();
    let mut door = DoorCounts::new(Uuid::from_u128(n as u128 + 77));
    door.welcome = plan.faces;
    door.again = plan.again;
    s.goodbye = vec![door];
    s
}

fn summary(plans: &[Plan]) -> (SeriesSummary, Vec<(PathBuf, Session)>) {
    let base = example();
    let cafes: Vec<(PathBuf, Session)> = plans
        .iter()
        .enumerate()
        .map(|(n, p)| {
            let s = cafe(&base, n, p);
            (PathBuf::from(s.file_name()), s)
        })
        .collect();
    (SeriesSummary::of(NAME, &cafes), cafes)
}

/// `people` parents, the first `first` of them on their first visit.
fn parents(people: usize, first: usize) -> Vec<(usize, usize, bool)> {
    (0..people).map(|i| (0, i % 2, i < first)).collect()
}

/// Two cafés: the first heard by everyone, the second with 3 first visits among 12 people
/// (so "returning" must not be shown either), and actions done before, after and never.
fn spring() -> Vec<Plan> {
    vec![
        Plan {
            people: parents(14, 14),
            faces: [0, 0, 2, 6, 10],
            again: [0, 0, 0],
            // Done on the morning after (before the next café), a month and more on (after
            // it), and four never.
            actions: vec![Some(1), Some(30), Some(40), None, None, None, None],
        },
        Plan {
            people: parents(12, 3),
            faces: [0, 0, 0, 0, 0],
            again: [0, 0, 0],
            actions: vec![None],
        },
    ]
}

#[test]
fn the_follow_through_of_a_generated_series_counts_what_the_next_cafe_found_done() {
    let (s, _) = summary(&spring());
    let [first, second] = &s.cafes[..] else {
        panic!("two cafés")
    };
    assert_eq!(
        (
            first.follow.actions,
            first.follow.done_by_next,
            first.follow.open
        ),
        (7, Some(1), 4)
    );
    assert_eq!(second.follow.done_by_next, None, "no café after it yet");
    let door = first.door().expect("heard");
    assert_eq!(door.answered.number(), Some(18));
    assert_eq!(door.rate, Some(129), "18 answers of 14 people");
    assert_eq!(second.door(), None);
    let back = second.visits().expect("signed in by name");
    assert_eq!((back.first.number(), back.returning.number()), (None, None));
}

/// A harness drawing the series view of `summary` in `lang`.
fn screen(summary: SeriesSummary, lang: Lang) -> Harness<'static, SeriesScreen> {
    Harness::builder()
        .with_size([1366.0, 2400.0])
        .build_ui_state(
            move |ui, screen: &mut SeriesScreen| {
                cafe_host::ui::text::set_language(ui.ctx(), lang);
                screen.ui(ui);
            },
            SeriesScreen::new(summary, std::env::temp_dir().join("unused-exports")),
        )
}

#[test]
fn the_series_view_shows_each_figure_with_its_n_and_small_groups_in_words_in_english_and_spanish() {
    let spanish = Lang::from_code("es").expect("Spanish");
    for (lang, fewer, held_back, done_by_next, rate) in [
        (
            Lang::ENGLISH,
            "fewer than 5",
            "at least 8",
            "Done by the next café",
            "129 %",
        ),
        (
            spanish,
            "menos de 5",
            "al menos 8",
            "Hechas para el café siguiente",
            "129 %",
        ),
    ] {
        let (s, _) = summary(&spring());
        let mut h = screen(s, lang);
        h.run_steps(3);
        let labels = crate::common::labels(&h);
        for word in [fewer, held_back, done_by_next, rate, "14", "18", "12"] {
            assert!(
                labels.iter().any(|l| l == word),
                "{lang:?}: no \"{word}\" in {labels:?}"
            );
        }
        // 3 first visits, 9 returning (12 less 3), the faces 2 and 6 (6 = 18 less 10 and 2).
        for secret in ["3", "9", "2", "6"] {
            assert!(
                !labels.iter().any(|l| l == secret),
                "{lang:?}: \"{secret}\" shown"
            );
        }
    }
}

/// The cells of the table rows of `text` (Markdown, HTML or CSV), each row's cells as shown.
fn rows(text: &str) -> Vec<Vec<String>> {
    if text.starts_with('<') || text.contains("<html") {
        text.split("<tr>")
            .skip(1)
            .map(|row| {
                row.split("<td")
                    .skip(1)
                    .map(|cell| {
                        let inner = cell.split_once('>').map_or("", |(_, rest)| rest);
                        let inner = inner.split("</td>").next().unwrap_or_default();
                        inner.replace("<bdi>", "").replace("</bdi>", "")
                    })
                    .collect()
            })
            .collect()
    } else if text.starts_with('#') {
        text.lines()
            .filter(|l| l.starts_with("| "))
            .map(|l| {
                l.trim_matches('|')
                    .split(" | ")
                    .map(|c| c.trim().to_owned())
                    .collect()
            })
            .collect()
    } else {
        csv::Reader::from_reader(text.as_bytes())
            .records()
            .map(|r| r.expect("a CSV row").iter().map(str::to_owned).collect())
            .collect()
    }
}

/// Whether `cell` shows a count as a number.
fn number(cell: &str) -> Option<u32> {
    cell.parse().ok()
}

/// No part in 1..4 of a whole shown as a number, and never a single part hidden beside the
/// whole (the whole less the others would tell it).
fn check_parts(whole: u32, truth: &[u32], cells: &[&str]) -> Result<(), String> {
    for (n, cell) in truth.iter().zip(cells) {
        if (1..5).contains(n) && number(cell).is_some() {
            return Err(format!("{n} shown as a number in {cells:?}"));
        }
    }
    let hidden: Vec<u32> = truth
        .iter()
        .zip(cells)
        .filter(|(_, c)| number(c).is_none())
        .map(|(n, _)| *n)
        .collect();
    if whole >= 5 && hidden.len() == 1 && (1..5).contains(&hidden[0]) {
        return Err(format!(
            "{} told by subtraction from {whole} in {cells:?}",
            hidden[0]
        ));
    }
    Ok(())
}

/// Every figure of every café of `s` in `text` (rows found by the café's date), checked.
fn check_text(
    s: &SeriesSummary,
    sessions: &[(PathBuf, Session)],
    text: &str,
) -> Result<(), String> {
    let rows = rows(text);
    for ((i, c), (_, session)) in s.cafes.iter().enumerate().zip(sessions) {
        let date = c.date.to_string();
        let figures = &c.figures;
        let first = figures.first_timers.known().unwrap_or(0);
        // Every café's figures are found by its date, year-month-day, in every format.
        if !rows
            .iter()
            .any(|r| r.first() == Some(&date) && (r.len() == 7 || r.len() > 14))
        {
            return Err(format!("no row of who came dated {date}"));
        }
        for row in rows.iter().filter(|r| r.first() == Some(&date)) {
            let cells: Vec<&str> = row.iter().map(String::as_str).collect();
            // Who came: date, café, people, first visits, returning, ...
            if cells.len() == 7 || cells.len() > 14 {
                check_parts(figures.total, &[first, figures.total - first], &cells[3..5])?;
            }
            // The goodbye check: date, café, people, answered, rate, five faces, ...
            if cells.len() == 14 {
                let counts = session.goodbye_counts();
                let faces: Vec<u32> = counts.welcome.iter().rev().copied().collect();
                check_parts(counts.answered(), &faces, &cells[5..10])?;
                check_parts(counts.answered(), &[counts.answered()], &cells[3..4])?;
            }
        }
        // The CSV row also holds each role and language of the café.
        if let Some(row) = rows.iter().find(|r| r.len() > 14 && r[0] == date) {
            let roles: Vec<u32> = s.roles.values().map(|v| v[i]).collect();
            let cells: Vec<&str> = row[7..7 + roles.len()].iter().map(String::as_str).collect();
            check_parts(figures.total, &roles, &cells)?;
        }
    }
    Ok(())
}

mod generated {
    use super::*;
    use proptest::prelude::*;

    fn plan() -> impl Strategy<Value = Plan> {
        (
            prop::collection::vec(
                (0..Role::ALL.len(), 0..LANGUAGES.len(), any::<bool>()),
                0..24,
            ),
            prop::array::uniform5(0u32..12),
            prop::array::uniform3(0u32..9),
            prop::collection::vec(prop::option::of(0i64..40), 0..5),
        )
            .prop_map(|(people, faces, again, actions)| Plan {
                people,
                faces,
                again,
                actions,
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

        /// In every export format and language, no café's first visits, returning people,
        /// goodbye answers or roles show a group of one to four as a number, directly or as
        /// the difference of two figures shown; no name without names.
        #[test]
        fn no_series_export_tells_a_small_group_even_by_subtraction(
            plans in prop::collection::vec(plan(), 1..5),
        ) {
            let (s, sessions) = summary(&plans);
            for lang in Lang::all() {
                let w = Words(lang);
                let texts = [
                    series::markdown(&s, Privacy::default(), w),
                    series::html(&s, Privacy::default(), w),
                    series::csv(&s, w).expect("csv"),
                ];
                for text in &texts {
                    if let Err(e) = check_text(&s, &sessions, text) {
                        prop_assert!(false, "{lang:?}: {e}\n{text}");
                    }
                    prop_assert!(!text.contains("Zq"), "a name without names");
                }
            }
        }
    }
}

/// The series opened in the app: a "reading" state at once, then the figures, the window
/// drawing frames all the while.
#[test]
fn the_series_view_opens_at_once_and_fills_in_when_its_cafes_are_read() {
    use cafe_host::ui::Request;
    use cafe_host::ui::review::ReviewRequest;
    let data = tempfile::tempdir().expect("data");
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("sessions");
    let base = example();
    let plan = spring().remove(0);
    for n in 0..40 {
        let s = cafe(&base, n, &plan);
        std::fs::write(
            sessions.join(s.file_name()),
            cafe_host::store::to_ron(&s).expect("ron"),
        )
        .expect("write");
    }
    let clock = crate::common::TestClock::new();
    let mut h = crate::common::harness(data.path(), None, &clock);
    h.key_press(egui::Key::F7);
    h.run();
    h.state_mut()
        .run(Request::Review(Box::new(ReviewRequest::OpenSeries {
            name: NAME.into(),
        })));
    h.step();
    let reading = crate::common::labels(&h)
        .into_iter()
        .any(|l| l.starts_with("Reading cafés") || l == "Summing up the series…");
    assert!(
        reading,
        "the view says it is reading before the figures come: {:?}",
        crate::common::labels(&h)
    );
    crate::common::wait_for_label(&mut h, "What came of each café's actions by the next café");
    // In the chart's legend and over the table's column.
    assert!(h.query_all_by_label("Done by the next café").count() >= 2);
}
