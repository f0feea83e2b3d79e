use chrono::{Duration, NaiveDate, TimeZone, Utc};

use super::*;
use crate::model::{Guide, Question, SessionDetails, Wording};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 18, 30, 0)
        .single()
        .expect("valid time")
}

fn guide() -> Guide {
    let question = |text: &str, minutes| Question {
        text: text.to_owned(),
        translations: [("es".to_owned(), format!("{text} (es)"))].into(),
        points: vec!["one".into(), "two".into(), "three".into()],
        notes: Wording::default(),
        minutes,
        resources: vec![],
    };
    Guide {
        schema_version: 1,
        title: "Test".into(),
        purpose: String::new(),
        languages: vec!["en".into(), "es".into()],
        agreements: vec![Wording {
            text: "Listen".into(),
            translations: Default::default(),
        }],
        questions: vec![question("First?", 15), question("Second?", 25)],
        plan: Default::default(),
        goodbye: Default::default(),
    }
}

fn live() -> LiveState {
    let details = SessionDetails {
        title: "Autumn café".into(),
        date: NaiveDate::from_ymd_opt(2026, 11, 24).expect("valid date"),
        venue: "Gym".into(),
        facilitator: "Ana".into(),
        tables: 4,
        series: String::new(),
    };
    LiveState::new(Session::new(guide(), details, t0()))
}

#[test]
fn navigation_walks_the_agenda_and_records_the_timeline() {
    let mut live = live();
    assert!(
        !live.apply(Command::Previous, t0()),
        "nothing before welcome"
    );
    for _ in 0..3 {
        live.apply(Command::Next, t0() + Duration::minutes(1));
    }
    assert_eq!(live.session.current, Step::Question(1));
    assert_eq!(live.session.timeline.len(), 4);
    assert_eq!(live.session.timer.planned_secs, 25 * 60);
    live.apply(Command::Last, t0());
    assert_eq!(live.session.current, Step::Closing);
    assert!(!live.apply(Command::Next, t0()), "nothing after closing");
    live.apply(Command::First, t0());
    assert_eq!(live.session.current, Step::Welcome);
    assert!(!live.apply(Command::GoTo(Step::Question(9)), t0()));
    assert_eq!(live.revision, 5);
}

#[test]
fn a_running_timer_survives_moving_about_and_an_idle_one_is_rearmed() {
    let mut live = live();
    live.apply(Command::GoTo(Step::Question(0)), t0());
    assert_eq!(live.session.timer.planned_secs, 15 * 60);
    live.apply(Command::ToggleTimer, t0());
    live.apply(Command::Next, t0() + Duration::minutes(3));
    assert!(live.session.timer.is_running());
    assert_eq!(live.session.timer.planned_secs, 15 * 60);
    live.apply(Command::ResetTimer, t0() + Duration::minutes(4));
    assert!(!live.session.timer.is_running());
    assert_eq!(live.session.timer.planned_secs, 25 * 60);
    live.apply(Command::AdjustTimer { minutes: -1 }, t0());
    assert_eq!(live.session.timer.planned_secs, 24 * 60);
}

#[test]
fn ticking_a_point_twice_clears_it_and_unknown_points_are_ignored() {
    let mut live = live();
    assert!(live.apply(
        Command::TogglePoint {
            question: 1,
            point: 2
        },
        t0()
    ));
    assert!(live.session.is_ticked(1, 2));
    live.apply(
        Command::TogglePoint {
            question: 1,
            point: 2,
        },
        t0(),
    );
    assert!(live.session.ticked.is_empty());
    assert!(!live.apply(
        Command::TogglePoint {
            question: 1,
            point: 7
        },
        t0()
    ));
    assert!(!live.apply(
        Command::TogglePoint {
            question: 5,
            point: 0
        },
        t0()
    ));
}

#[test]
fn blank_white_and_freeze_change_only_what_the_room_sees() {
    let mut live = live();
    live.apply(Command::GoTo(Step::Question(0)), t0());
    assert!(!live.apply(Command::ToggleScreen(ProjectorScreen::Black), t0()));
    assert_eq!(live.projector_slide(), Slide::Black);
    live.apply(Command::ToggleScreen(ProjectorScreen::White), t0());
    assert_eq!(live.projector_slide(), Slide::White);
    live.apply(Command::ToggleScreen(ProjectorScreen::White), t0());
    live.apply(Command::ToggleFreeze, t0());
    live.apply(Command::Next, t0());
    assert_eq!(live.session.current, Step::Question(1));
    assert!(matches!(
        live.projector_slide(),
        Slide::Question { number: 1, .. }
    ));
    live.apply(Command::ToggleFreeze, t0());
    assert!(matches!(
        live.projector_slide(),
        Slide::Question { number: 2, .. }
    ));
}

#[test]
fn translation_shows_only_languages_the_guide_has() {
    let mut live = live();
    live.apply(Command::GoTo(Step::Question(0)), t0());
    assert!(!live.apply(Command::SetTranslation(Some("fr".into())), t0()));
    assert!(live.apply(Command::SetTranslation(Some("es".into())), t0()));
    match live.projector_slide() {
        Slide::Question { translation, .. } => {
            assert_eq!(translation.as_deref(), Some("First? (es)"));
        }
        other => panic!("expected a question, got {other:?}"),
    }
}

mod records {
    use super::*;
    use crate::live::RecordCommand as R;
    use crate::model::Tag;
    use uuid::Uuid;

    fn add(live: &mut LiveState, table: usize, text: &str) -> Uuid {
        let id = uuid::Uuid::new_v4();
        let table = live.session.tables[table].id;
        assert!(live.apply(
            Command::Record(R::AddNote {
                id,
                table,
                text: text.into(),
                tags: vec![],
                at: None,
            }),
            t0()
        ));
        id
    }

    #[test]
    fn notes_attach_to_the_question_and_round_on_screen() {
        let mut live = live();
        assert_eq!(live.session.tables.len(), 4);
        let before = add(&mut live, 0, "  before the rounds ");
        live.apply(Command::GoTo(Step::Question(1)), t0());
        live.apply(Command::GoTo(Step::Question(0)), t0());
        let during = add(&mut live, 2, "during");
        let notes: Vec<_> = live.session.live_notes().collect();
        assert_eq!(
            (
                notes[0].id,
                notes[0].question,
                notes[0].round,
                notes[0].text.as_str()
            ),
            (before, None, 0, "before the rounds")
        );
        assert_eq!(
            (notes[1].id, notes[1].question, notes[1].round),
            (during, Some(0), 2)
        );
        assert_eq!(notes[1].table, live.session.tables[2].id);
        assert!(
            !live.apply(
                Command::Record(R::AddNote {
                    id: Uuid::new_v4(),
                    table: live.session.tables[0].id,
                    text: "   ".into(),
                    tags: vec![],
                    at: None,
                }),
                t0()
            ),
            "empty notes are not added"
        );
    }

    #[test]
    fn undo_and_redo_walk_back_and_forth_over_edits_and_deletes() {
        let mut live = live();
        let id = add(&mut live, 1, "first");
        live.apply(
            Command::Record(R::EditNote {
                id,
                text: "second".into(),
                table: None,
            }),
            t0(),
        );
        live.apply(
            Command::Record(R::ToggleTag {
                id,
                tag: Tag::Quote,
            }),
            t0(),
        );
        live.apply(Command::Record(R::DeleteNote { id }), t0());
        assert_eq!(live.session.live_notes().count(), 0);
        live.apply(Command::Undo, t0());
        let note = live.session.live_notes().next().expect("restored");
        assert_eq!(
            (note.text.as_str(), note.tags.contains(&Tag::Quote)),
            ("second", true)
        );
        live.apply(Command::Undo, t0());
        live.apply(Command::Undo, t0());
        assert_eq!(
            live.session.live_notes().next().map(|n| n.text.as_str()),
            Some("first")
        );
        live.apply(Command::Undo, t0());
        assert_eq!(
            live.session.live_notes().count(),
            0,
            "undoing the add removes it"
        );
        assert!(!live.apply(Command::Undo, t0()));
        live.apply(Command::Redo, t0());
        live.apply(Command::Redo, t0());
        assert_eq!(
            live.session.live_notes().next().map(|n| n.text.as_str()),
            Some("second")
        );
        // A new change clears what could be redone.
        live.apply(Command::Record(R::SetShare { id, share: true }), t0());
        assert!(!live.can_redo());
    }

    #[test]
    fn share_and_private_exclude_each_other_and_themes_count_tables() {
        let mut live = live();
        let a = add(&mut live, 0, "more evening meetings");
        let b = add(&mut live, 1, "meetings after work");
        let c = add(&mut live, 1, "same table again");
        live.apply(Command::Record(R::SetShare { id: a, share: true }), t0());
        live.apply(
            Command::Record(R::SetPrivate {
                id: a,
                private: true,
            }),
            t0(),
        );
        let note = live.session.live_notes().find(|n| n.id == a).expect("note");
        assert!(note.private && !note.share);
        let theme = Uuid::new_v4();
        live.apply(
            Command::Record(R::AddTheme {
                id: theme,
                title: "Meeting times".into(),
            }),
            t0(),
        );
        for note in [a, b, c] {
            live.apply(Command::Record(R::ToggleThemeNote { theme, note }), t0());
        }
        assert_eq!(live.theme_summary(), vec![("Meeting times".to_owned(), 2)]);
        live.apply(Command::Record(R::DeleteNote { id: a }), t0());
        assert_eq!(live.theme_summary(), vec![("Meeting times".to_owned(), 1)]);
        live.apply(Command::ToggleScreen(ProjectorScreen::Themes), t0());
        assert_eq!(
            live.projector_slide(),
            Slide::Themes(vec![("Meeting times".to_owned(), 1)])
        );
    }

    #[test]
    fn huge_text_is_cut_not_refused() {
        let mut live = live();
        let id = add(&mut live, 0, &"é".repeat(100_000));
        let note = live
            .session
            .live_notes()
            .find(|n| n.id == id)
            .expect("note");
        assert_eq!(
            note.text.chars().count(),
            crate::live::records::MAX_TEXT_CHARS
        );
    }
}

#[test]
fn marking_a_commitment_done_is_stamped_and_undoable() {
    let mut live = live();
    let id = uuid::Uuid::new_v4();
    live.apply(
        Command::Record(RecordCommand::AddCommitment {
            id,
            text: "Ask for messages in Spanish".into(),
            owner: "Parent group".into(),
            due: None,
        }),
        t0(),
    );
    let later = t0() + chrono::Duration::days(30);
    let done = Command::Record(RecordCommand::SetCommitmentDone { id, done: true });
    assert!(live.apply(done.clone(), later));
    assert!(!live.apply(done, later), "already done: nothing changes");
    let c = &live.session.commitments[0];
    assert!(c.done);
    assert_eq!(c.done_at, Some(later));
    assert!(live.apply(Command::Undo, later));
    let c = &live.session.commitments[0];
    assert!(!c.done);
    assert_eq!(c.done_at, None);
}

#[test]
fn the_series_defaults_to_the_guide_and_can_be_named() {
    let mut live = live();
    assert_eq!(live.session.series_name(), live.session.guide.title);
    assert!(live.apply(Command::SetSeries("  Autumn at Lincoln ".into()), t0()));
    assert_eq!(live.session.series_name(), "Autumn at Lincoln");
    assert!(!live.apply(Command::SetSeries("Autumn at Lincoln".into()), t0()));
}
