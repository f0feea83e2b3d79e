//! The shared folder in the app itself: the facilitator shares the café from the Tables page,
//! a table laptop's note arriving in the folder shows in Tables and Harvest marked with its
//! laptop, and the Laptops panel lists that laptop. A table laptop joins from Home and shows
//! the facilitator's question. The review marks an action done in the café open in this window.

use std::path::Path;
use std::time::{Duration, Instant};

use cafe_host::model::Session;
use cafe_host::store::shared::{self, Role};
use cafe_host::store::{load_session, to_ron};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{TestClock, example_session, harness, plain_note};

/// Run frames until `found` holds (the follower's thread brings what arrived), or fail.
fn run_until(
    h: &mut Harness<'_, cafe_host::ui::CafeApp>,
    what: &str,
    found: impl Fn(&Harness<'_, cafe_host::ui::CafeApp>) -> bool,
) {
    let start = Instant::now();
    loop {
        h.run();
        if found(h) {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{what} never showed"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Share the open café in `folder` the way the facilitator does, from the Tables page.
fn share_from_tables(h: &mut Harness<'_, cafe_host::ui::CafeApp>, folder: &Path) {
    h.key_press(Key::F3);
    h.run();
    h.get_by_label("Share this café with table laptops…")
        .click();
    h.run();
    // The typed-path box of the share controls (the import controls are folded away).
    h.get_by_label("or type its path:").focus();
    h.run();
    h.get_by_label("or type its path:")
        .type_text(&folder.display().to_string());
    h.run();
    h.get_by_label("Share in this folder").click();
    h.run();
}

/// A table laptop's copy of `session` holding one shared note of table `number`, written
/// into the café's folder in `shared` as that laptop's file.
fn table_laptop_writes(shared: &Path, session: &Session, number: u32, text: &str) -> uuid::Uuid {
    let mut copy = session.clone();
    let table = copy
        .tables
        .iter()
        .find(|t| t.number == number)
        .expect("table")
        .id;
    let mut note = plain_note(table, text);
    note.share = true;
    note.question = match copy.current {
        cafe_host::model::Step::Question(i) => Some(i),
        _ => None,
    };
    let id = note.id;
    copy.notes.push(note);
    let folder = shared::cafe_folder(shared, session);
    let file = shared::laptop_path(&folder, Role::Table(number), "ana-laptop");
    // As a sync program brings it: a temporary name first, then the file's own.
    let tmp = folder.join(format!(
        ".syncthing.{}.tmp",
        file.file_name().expect("name").to_string_lossy()
    ));
    std::fs::write(&tmp, to_ron(&copy).expect("text")).expect("written");
    std::fs::rename(&tmp, &file).expect("in place");
    id
}

#[test]
fn a_note_arriving_in_the_shared_folder_shows_in_tables_and_harvest_marked_with_its_laptop() {
    let data = tempfile::tempdir().expect("data");
    let sync = tempfile::tempdir().expect("sync folder");
    let file = example_session(data.path());
    let clock = TestClock::new();
    let mut h = harness(data.path(), Some(file.clone()), &clock);
    share_from_tables(&mut h, sync.path());
    let session = h.state().live().expect("open").session.clone();
    let folder = shared::cafe_folder(sync.path(), &session);
    let own = shared::laptop_path(&folder, Role::Facilitator, &shared::computer_name());
    run_until(&mut h, "the facilitator's copy", |_| own.exists());
    let facilitator_copy = std::fs::read_to_string(&own).expect("copy");
    assert!(
        !session
            .attendees
            .iter()
            .any(|a| !a.name.is_empty() && facilitator_copy.contains(&a.name)),
        "the facilitator's copy holds no sign-in"
    );
    assert!(
        session
            .live_notes()
            .all(|n| !facilitator_copy.contains(&n.text)),
        "nor any note"
    );
    h.get_by_label("Laptops");
    h.get_by_label_contains("No table laptop has written here yet");

    let text = "Homework club in the library on Tuesdays";
    let id = table_laptop_writes(sync.path(), &session, 2, text);
    run_until(&mut h, "the arrived note", |h| {
        h.state()
            .live()
            .is_some_and(|l| l.session.notes.iter().any(|n| n.id == id))
    });
    // On the Tables page, at its table, marked with the laptop it came from.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num2);
    h.run();
    h.get_by_label(text);
    h.get_by_label("from ana-laptop");
    // The Laptops panel lists that laptop.
    assert!(
        h.get_all_by_label("Table 2").count() >= 2,
        "the page's table and the laptop's"
    );
    h.get_by_label("On ana-laptop");
    h.get_by_label("1 note");
    // In the harvest, with the notes the tables shared.
    h.key_press(Key::F4);
    h.run();
    h.get_by_label(text);
    h.get_by_label("from ana-laptop");
    // And in the café's own file, saved as any change.
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    let saved = load_session(&file).expect("loads").session;
    assert!(saved.notes.iter().any(|n| n.id == id && n.text == text));

    // Five quiet minutes later the panel warns about that laptop.
    clock.advance(chrono::Duration::minutes(6));
    h.key_press(Key::F3);
    h.run();
    h.get_by_label_contains("Not heard from for 6 minutes");
}

#[test]
fn a_table_laptop_joins_from_home_and_shows_the_facilitators_question() {
    let facilitator_data = tempfile::tempdir().expect("data");
    let table_data = tempfile::tempdir().expect("data");
    let sync = tempfile::tempdir().expect("sync folder");
    let file = example_session(facilitator_data.path());
    let clock = TestClock::new();
    let mut facilitator = harness(facilitator_data.path(), Some(file), &clock);
    share_from_tables(&mut facilitator, sync.path());
    let session = facilitator.state().live().expect("open").session.clone();
    let own = shared::laptop_path(
        &shared::cafe_folder(sync.path(), &session),
        Role::Facilitator,
        &shared::computer_name(),
    );
    run_until(&mut facilitator, "the facilitator's copy", |_| own.exists());

    // The table laptop, on Home: the shared folder, the café found in it, table 3.
    let mut table = harness(table_data.path(), None, &clock);
    table.get_by_label("Join a shared café…").click();
    table.run();
    // The join box's own typed-path box: the last on Home.
    let last_path_box = "the join box's path box";
    table
        .get_all_by_label("or type its path:")
        .last()
        .expect(last_path_box)
        .focus();
    table.run();
    table
        .get_all_by_label("or type its path:")
        .last()
        .expect(last_path_box)
        .type_text(&sync.path().display().to_string());
    table.run();
    table.get_by_label("Look for cafés here").click();
    run_until(&mut table, "the café found", |h| {
        h.query_by_label(&session.details.title).is_some()
    });
    table
        .get_by_label("This laptop is for table:")
        .set_value_accesskit(3.0);
    table.run();
    table.get_by_label("Join as table 3").click();
    table.run();
    assert_eq!(table.state().table_mode(), Some(3));
    let joined = table.state().live().expect("joined").session.clone();
    assert_eq!(joined.id, session.id);
    assert_eq!(joined.current, session.current, "the facilitator's step");
    table.get_by_label_contains("comes from the facilitator's laptop");
    let local = table.state().session_path().expect("local copy").to_owned();
    assert!(
        local.starts_with(table_data.path()),
        "a copy of its own: {}",
        local.display()
    );

    // The facilitator moves on; the table laptop follows.
    facilitator.key_press(Key::F2);
    facilitator.run();
    facilitator.key_press(Key::PageDown);
    facilitator.run();
    let moved = facilitator.state().live().expect("open").session.current;
    assert_ne!(moved, session.current);
    run_until(&mut table, "the room's new step", |h| {
        h.state().live().is_some_and(|l| l.session.current == moved)
    });
    // A note typed now goes with it and reaches the facilitator.
    crate::common::add_note(&mut table, "Meet at the library");
    run_until(&mut facilitator, "the table's note", |h| {
        h.state().live().is_some_and(|l| {
            l.session
                .live_notes()
                .any(|n| n.text == "Meet at the library")
        })
    });
    let question = |step| match step {
        cafe_host::model::Step::Question(i) => Some(i),
        _ => None,
    };
    let note = facilitator
        .state()
        .live()
        .expect("open")
        .session
        .live_notes()
        .find(|n| n.text == "Meet at the library")
        .cloned()
        .expect("arrived");
    assert_eq!(note.question, question(moved));

    // Not heard from the facilitator for a while: the table laptop says so. First the
    // facilitator's last copies are written (the table's note taken in, then one more step)
    // and the table has followed that step, so no copy is still on its way when the clock
    // moves on (one arriving later would count as heard from just now).
    let written = Duration::from_secs(20);
    assert!(facilitator.state_mut().flush(written), "the note's copy");
    facilitator.key_press(Key::PageDown);
    facilitator.run();
    let last = facilitator.state().live().expect("open").session.current;
    assert_ne!(last, moved);
    assert!(
        facilitator.state_mut().flush(written),
        "the last step's copy"
    );
    drop(facilitator);
    run_until(&mut table, "the facilitator's last step", |h| {
        h.state().live().is_some_and(|l| l.session.current == last)
    });
    clock.advance(chrono::Duration::minutes(3));
    table.run();
    table.get_by_label_contains("Not heard from the facilitator's laptop since");
}

#[test]
fn the_review_marks_an_action_done_in_the_cafe_open_in_this_window() {
    use crate::past_cafes::{SERIES, WINTER, example_cafes};
    use cafe_host::ui::Request;
    use cafe_host::ui::review::ReviewRequest;
    let data = tempfile::tempdir().expect("data");
    let sessions = example_cafes(data.path());
    let winter = sessions.join(WINTER);
    let clock = TestClock::new();
    let mut h = harness(data.path(), Some(winter.clone()), &clock);
    assert!(
        h.state().read_only_reason().is_none(),
        "open for writing here"
    );
    let action = load_session(&winter)
        .expect("loads")
        .session
        .commitments
        .iter()
        .find(|c| !c.done && !c.deleted)
        .cloned()
        .expect("an open action");
    h.key_press(Key::F7);
    h.run();
    h.state_mut()
        .run(Request::Review(Box::new(ReviewRequest::OpenSeries {
            name: SERIES.into(),
        })));
    // The series is summed up in the background: wait for the action to be listed.
    crate::common::wait_for_label(&mut h, &action.text);
    h.get_by_label_contains(&action.text).click_accesskit();
    h.run();
    assert!(
        h.state()
            .notices()
            .iter()
            .any(|n| n.starts_with("Saved in")),
        "{:?}",
        h.state().notices()
    );
    let live = h.state().live().expect("still open");
    assert!(
        live.session
            .commitments
            .iter()
            .any(|c| c.id == action.id && c.done),
        "marked done in the open café"
    );
    let saved = load_session(&winter).expect("loads").session;
    assert!(
        saved
            .commitments
            .iter()
            .any(|c| c.id == action.id && c.done),
        "and saved"
    );
    assert!(
        h.state()
            .notices()
            .iter()
            .all(|n| !n.contains("open for writing")),
        "{:?}",
        h.state().notices()
    );
}
