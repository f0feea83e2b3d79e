use std::path::{Path, PathBuf};

use chrono::{Duration, NaiveDate};
use uuid::Uuid;

use super::*;
use crate::model::goodbye::DoorCounts;
use crate::model::{Role, Session, StepShown, Tally};

/// The repository's example café, the model of every generated one.
fn example() -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions/2026-11-19_being-heard-at-school_6c1e0000.ron");
    crate::store::load_session(&path)
        .expect("the example café loads")
        .session
}

/// Café `n` of a generated series: `people` signed in, the first `first` of them on their first
/// visit, beginning `n` weeks after the first café, with no action and no goodbye check yet.
fn cafe(base: &Session, n: u32, people: u32, first: u32) -> Session {
    let mut s = base.clone();
    s.id = Uuid::from_u128(0x5e_0000 + u128::from(n));
    s.details.series = "Spring series".into();
    s.details.title = format!("Café {n}");
    let date = NaiveDate::from_ymd_opt(2027, 3, 1).expect("date") + Duration::weeks(n.into());
    s.details.date = date;
    let began = date.and_hms_opt(18, 0, 0).expect("time").and_utc();
    s.timeline = vec![StepShown {
        step: crate::model::Step::Welcome,
        at: began,
    }];
    let template = s.attendees[0].clone();
    s.attendees = (0..people)
        .map(|i| crate::model::Attendee {
            id: Uuid::from_u128(u128::from(n * 1000 + i)),
            name: format!("Person {n} {i}"),
            role: Role::ALL[i as usize % Role::ALL.len()],
            first_visit: i < first,
            deleted: false,
            erased: false,
            ..template.clone()
        })
        .collect();
    s.tallies.clear();
    s.commitments.clear();
    s.goodbye.clear();
    s.you_said = None;
    s
}

fn summary(cafes: Vec<Session>) -> SeriesSummary {
    let files: Vec<(PathBuf, Session)> = cafes
        .into_iter()
        .map(|s| (PathBuf::from(s.file_name()), s))
        .collect();
    SeriesSummary::of("spring series", &files)
}

#[test]
fn actions_count_as_done_by_the_next_cafe_when_marked_before_it_or_reported_on_its_slide() {
    let base = example();
    let mut first = cafe(&base, 0, 20, 20);
    let mut second = cafe(&base, 1, 20, 6);
    let third = cafe(&base, 2, 20, 5);
    let second_began = second.started_at();
    let template = base.commitments[0].clone();
    let action = |k: u128, done: bool, done_at| crate::model::Commitment {
        id: Uuid::from_u128(0xac_0000 + k),
        text: format!("Action {k}"),
        done,
        done_at,
        deleted: false,
        ..template.clone()
    };
    first.commitments = vec![
        // Done the day before the second café.
        action(1, true, Some(second_began - Duration::days(1))),
        // Done, but only after the second café had begun.
        action(2, true, Some(second_began + Duration::hours(1))),
        // Still open.
        action(3, false, None),
        // Done at an unknown time, and the second café's slide told the room so.
        action(4, true, None),
    ];
    let mut said = crate::model::YouSaid::after(&first, second_began);
    for a in &mut said.actions {
        a.state = if a.id == Uuid::from_u128(0xac_0004) {
            crate::model::ActionState::Done
        } else {
            crate::model::ActionState::NotYet
        };
    }
    second.you_said = Some(said);
    second.commitments = vec![action(5, false, None)];
    let s = summary(vec![third, first, second]);
    let follow: Vec<FollowThrough> = s.cafes.iter().map(|c| c.follow).collect();
    assert_eq!(
        follow,
        [
            FollowThrough {
                actions: 4,
                done_by_next: Some(2),
                open: 1
            },
            FollowThrough {
                actions: 1,
                done_by_next: Some(0),
                open: 1
            },
            // The latest café has no following café yet.
            FollowThrough {
                actions: 0,
                done_by_next: None,
                open: 0
            },
        ]
    );
}

#[test]
fn returning_people_and_first_visits_never_tell_a_small_group_by_subtraction() {
    let base = example();
    let s = summary(vec![
        cafe(&base, 0, 12, 12),
        cafe(&base, 1, 12, 3),
        cafe(&base, 2, 12, 9),
        cafe(&base, 3, 14, 6),
    ]);
    let visits: Vec<(Shown, Shown)> = s
        .cafes
        .iter()
        .map(|c| c.visits().expect("everyone signed in by name"))
        .map(|v| (v.first, v.returning))
        .collect();
    assert_eq!(
        visits,
        [
            (Shown::Count(12), Shown::Count(0)),
            // 12 people and 9 returning would tell the 3 first visits.
            (Shown::FewerThan, Shown::HeldBack(8)),
            (Shown::HeldBack(8), Shown::FewerThan),
            (Shown::Count(6), Shown::Count(8)),
        ]
    );
    assert!(
        s.cafes
            .iter()
            .all(|c| c.visits().is_some_and(|v| v.people == c.figures.total))
    );
}

#[test]
fn a_cafe_that_took_counts_only_cannot_tell_first_visits_from_returning_people() {
    let base = example();
    let mut counted = cafe(&base, 0, 0, 0);
    counted.counts_only = true;
    counted.tallies = vec![Tally {
        id: Uuid::from_u128(9),
        role: Role::Parent,
        language: String::new(),
        count: 30,
        edited: counted.created,
        deleted: false,
    }];
    let s = summary(vec![counted]);
    assert_eq!(s.cafes[0].visits(), None);
}

#[test]
fn the_goodbye_check_gives_each_answer_its_n_and_the_response_rate() {
    let base = example();
    let mut heard = cafe(&base, 0, 24, 24);
    let mut door = DoorCounts::new(Uuid::from_u128(7));
    door.welcome = [0, 0, 2, 6, 10];
    door.again = [15, 3, 0];
    heard.goodbye = vec![door];
    let silent = cafe(&base, 1, 10, 2);
    let s = summary(vec![heard, silent]);
    assert!(s.has_goodbye());
    let door = s.cafes[0].door().expect("answers");
    assert_eq!(door.answered, Shown::Count(18));
    assert_eq!(
        door.welcome,
        [
            Shown::Count(0),
            Shown::Count(0),
            Shown::FewerThan,
            Shown::HeldBack(4),
            Shown::Count(10)
        ]
    );
    assert_eq!(door.answered_again, Shown::Count(18));
    assert_eq!(
        door.again,
        [Shown::HeldBack(14), Shown::FewerThan, Shown::Count(0)]
    );
    assert_eq!(door.rate, Some(75), "18 answers of 24 people");
    assert_eq!(s.cafes[1].door(), None, "nobody answered");
    let mut few = cafe(&base, 2, 30, 0);
    let mut door = DoorCounts::new(Uuid::from_u128(8));
    door.welcome = [0, 0, 0, 1, 2];
    few.goodbye = vec![door];
    let door = summary(vec![few]).cafes[0].door().expect("answers");
    assert_eq!(door.answered, Shown::FewerThan);
    assert_eq!(door.rate, None, "a rate would tell how few answered");
}

#[test]
fn roles_of_each_cafe_hold_back_a_second_group_beside_a_single_small_one() {
    let base = example();
    let mut mixed = cafe(&base, 0, 20, 0);
    for (i, a) in mixed.attendees.iter_mut().enumerate() {
        a.role = match i {
            0..12 => Role::Parent,
            12..15 => Role::Teacher,
            _ => Role::Grandparent,
        };
    }
    let mut parents = cafe(&base, 1, 20, 0);
    for a in &mut parents.attendees {
        a.role = Role::Parent;
    }
    let s = summary(vec![mixed, parents]);
    let shown: BTreeMap<Role, Vec<Shown>> = s.roles_shown().into_iter().collect();
    assert_eq!(shown[&Role::Parent], [Shown::Count(12), Shown::Count(20)]);
    // 20 people less 12 parents and 5 grandparents would tell the 3 teachers.
    assert_eq!(shown[&Role::Teacher], [Shown::FewerThan, Shown::Count(0)]);
    assert_eq!(
        shown[&Role::Grandparent],
        [Shown::HeldBack(4), Shown::Count(0)]
    );
}
