//! Keys as a person meets them: several keys in one frame (a fast typist, a clicker), the text
//! that a chord also produces on real systems, focus that wanders after a click, read-only
//! copies, and a clean close.

use cafe_host::live::Command;
use cafe_host::model::{Step, Tag};
use cafe_host::store::load_session;
use cafe_host::store::lock::lock_path;
use cafe_host::ui::{AppCommand, CafeApp, Page, Request};
use egui::{Event, Key, Modifiers, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{NOTE_BOX, TestClock, example_session, harness, table_mode_harness};

fn key(key: Key, modifiers: Modifiers) -> Event {
    Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers,
    }
}

fn release(key: Key, modifiers: Modifiers) -> Event {
    Event::Key {
        key,
        physical_key: None,
        pressed: false,
        repeat: false,
        modifiers,
    }
}

fn text(t: &str) -> Event {
    Event::Text(t.to_owned())
}

/// Put these events into ONE frame, as a real window does when keys come fast, then let the
/// app settle.
fn one_frame(h: &mut Harness<'_, CafeApp>, events: Vec<Event>) {
    h.input_mut().events.extend(events);
    h.step();
    h.run();
}

fn live_notes(h: &Harness<'_, CafeApp>) -> Vec<(String, u32)> {
    let live = h.state().live().expect("open");
    live.session
        .live_notes()
        .map(|n| {
            let number = live.session.table(n.table).map_or(0, |t| t.number);
            (n.text.clone(), number)
        })
        .collect()
}

fn on_tables(data: &std::path::Path, clock: &TestClock) -> Harness<'static, CafeApp> {
    let path = example_session(data);
    let mut h = harness(data, Some(path), clock);
    h.key_press(Key::F3);
    h.run();
    assert_eq!(h.state().page(), Page::Tables);
    h
}

#[test]
fn alt_1_tags_the_next_note_and_types_nothing() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = on_tables(data.path(), &clock);
    // X11 sends the key and then the text it makes: "1".
    one_frame(
        &mut h,
        vec![
            key(Key::Num1, Modifiers::ALT),
            text("1"),
            release(Key::Num1, Modifiers::ALT),
        ],
    );
    one_frame(
        &mut h,
        vec![text("Read together"), key(Key::Enter, Modifiers::NONE)],
    );
    let live = h.state().live().expect("open");
    let note = live.session.live_notes().last().expect("a note");
    assert_eq!(note.text, "Read together");
    assert!(note.tags.contains(&Tag::Idea));
}

#[test]
fn typing_fast_across_tables_keeps_each_tables_text_and_cursor() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = on_tables(data.path(), &clock);
    // All in one frame: a note-taker typing faster than the window draws.
    one_frame(
        &mut h,
        vec![
            text("AAAA AAAA AAAA"),
            key(Key::Num2, Modifiers::COMMAND),
            text("bb"),
            key(Key::Num1, Modifiers::COMMAND),
            text("X"),
            key(Key::Enter, Modifiers::NONE),
            text("next"),
        ],
    );
    assert_eq!(live_notes(&h), [("AAAA AAAA AAAAX".to_owned(), 1)]);
    assert_eq!(
        h.get_by_label(NOTE_BOX).value().as_deref(),
        Some("next"),
        "what is typed after Enter starts the next note"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    h.run();
    assert_eq!(h.get_by_label(NOTE_BOX).value().as_deref(), Some("bb"));
    // Back at a half-typed note, the cursor is at its end.
    one_frame(&mut h, vec![text("c"), key(Key::Enter, Modifiers::NONE)]);
    assert!(
        live_notes(&h).contains(&("bbc".to_owned(), 2)),
        "{:?}",
        live_notes(&h)
    );
}

#[test]
fn the_clicker_moves_the_cafe_from_the_tables_screen_and_letters_never_do() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = on_tables(data.path(), &clock);
    let start = h.state().live().expect("open").session.current;
    // Page Down while the note box has the keyboard.
    h.key_press(Key::PageDown);
    h.run();
    let after = h.state().live().expect("open").session.current;
    assert_ne!(after, start, "Page Down moved the café");
    h.key_press(Key::PageUp);
    h.run();
    assert_eq!(h.state().live().expect("open").session.current, start);
    // Letters and Space that are presenter keys land in the note box.
    one_frame(
        &mut h,
        vec![
            key(Key::T, Modifiers::NONE),
            text("t"),
            key(Key::Space, Modifiers::NONE),
            text(" "),
            key(Key::B, Modifiers::NONE),
            text("b"),
        ],
    );
    let live = h.state().live().expect("open");
    assert_eq!(live.session.current, start);
    assert!(!live.session.timer.is_running());
    assert_eq!(h.get_by_label(NOTE_BOX).value().as_deref(), Some("t b"));
}

#[test]
fn several_page_downs_in_one_frame_each_count() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path), &clock);
    let index = |h: &Harness<'_, CafeApp>| h.state().live().expect("open").session.current_index();
    let before = index(&h);
    one_frame(
        &mut h,
        vec![
            key(Key::PageDown, Modifiers::NONE),
            release(Key::PageDown, Modifiers::NONE),
            key(Key::PageDown, Modifiers::NONE),
            release(Key::PageDown, Modifiers::NONE),
            key(Key::PageDown, Modifiers::NONE),
        ],
    );
    assert_eq!(index(&h), before + 3);
}

#[test]
fn table_mode_has_no_presenter_keys_and_typing_always_lands_in_the_note_box() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = table_mode_harness(data.path(), path, 2, &clock);
    assert_eq!(h.state().table_mode(), Some(2));
    h.get_by_label("Next question").click();
    h.run();
    let step = h.state().live().expect("open").session.current;
    // The click took the keyboard from the box; the next note is typed anyway.
    one_frame(
        &mut h,
        vec![
            key(Key::T, Modifiers::NONE),
            text("t"),
            key(Key::O, Modifiers::NONE),
            text("o"),
            key(Key::Space, Modifiers::NONE),
            text(" "),
            key(Key::PageDown, Modifiers::NONE),
            key(Key::B, Modifiers::NONE),
            text("b"),
        ],
    );
    let live = h.state().live().expect("open");
    assert_eq!(live.session.current, step, "the café did not move");
    assert!(!live.session.timer.is_running(), "T is not the timer here");
    assert_eq!(h.get_by_label(NOTE_BOX).value().as_deref(), Some("to b"));
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(live_notes(&h).last(), Some(&("to b".to_owned(), 2)));
}

#[test]
fn next_question_stops_at_the_last_question_and_never_wraps_round() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = table_mode_harness(data.path(), path, 1, &clock);
    h.state_mut()
        .run(Request::Cafe(Command::GoTo(Step::Closing)));
    h.run();
    h.get_by_label("Next question").click();
    h.run();
    assert_eq!(
        h.state().live().expect("open").session.current,
        Step::Closing
    );
}

#[test]
fn a_read_only_copy_accepts_no_typing_and_says_why_an_edit_is_refused() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let _first = harness(data.path(), Some(path.clone()), &clock);
    let mut second = harness(data.path(), Some(path.clone()), &clock);
    assert!(second.state().read_only_reason().is_some());
    second.key_press(Key::F3);
    second.run();
    let notes_before = live_notes(&second).len();
    second.get_by_label(NOTE_BOX).focus();
    second.run();
    one_frame(
        &mut second,
        vec![text("lost words"), key(Key::Enter, Modifiers::NONE)],
    );
    assert_eq!(
        live_notes(&second).len(),
        notes_before,
        "no note was accepted"
    );
    assert_ne!(
        second.get_by_label(NOTE_BOX).value().as_deref(),
        Some("lost words"),
        "the disabled box takes no typing"
    );
    let step = second.state().live().expect("open").session.current;
    second.key_press(Key::PageDown);
    second.run();
    assert_eq!(second.state().live().expect("open").session.current, step);
    assert!(
        second
            .state()
            .notices()
            .iter()
            .any(|n| n.starts_with("Nothing was changed")),
        "{:?}",
        second.state().notices()
    );
}

fn close_window(h: &mut Harness<'_, CafeApp>) {
    crate::common::push_close(h);
    h.step();
}

#[test]
fn a_clean_close_releases_the_lock_and_is_not_reported_as_a_crash() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    h.key_press(Key::PageDown);
    h.run();
    let step = h.state().live().expect("open").session.current;
    assert!(lock_path(&path).exists());
    // Ctrl+Q asks the window to close, as the window's X does.
    h.input_mut().events.push(key(Key::Q, Modifiers::COMMAND));
    h.step();
    let asked = h
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::Close));
    assert!(asked, "Ctrl+Q closes the window");
    close_window(&mut h);
    assert!(!lock_path(&path).exists(), "the lock is released");
    assert_eq!(load_session(&path).expect("saved").session.current, step);
    drop(h);
    let next = harness(data.path(), None, &clock);
    assert_eq!(next.state().session_path(), Some(path.as_path()), "resumed");
    assert!(
        next.state()
            .notices()
            .iter()
            .all(|n| !n.contains("not closed properly")),
        "{:?}",
        next.state().notices()
    );
}

#[test]
fn the_system_asking_the_app_to_stop_saves_and_unlocks() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let (mut h, stop) = crate::common::harness_with_stop(data.path(), Some(path.clone()), &clock);
    h.key_press(Key::F3);
    h.run();
    one_frame(
        &mut h,
        vec![text("said just before"), key(Key::Enter, Modifiers::NONE)],
    );
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    h.step();
    let asked = h
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::Close));
    assert!(asked, "a stop request closes the window");
    close_window(&mut h);
    assert!(!lock_path(&path).exists());
    let saved = load_session(&path).expect("saved").session;
    assert!(saved.live_notes().any(|n| n.text == "said just before"));
}

#[test]
fn the_key_list_the_readme_and_the_handlers_come_from_one_table() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let table = cafe_host::ui::command::key_table_markdown();
    assert!(
        readme.contains(&table),
        "README's key table differs from the app's; it should read:\n{table}"
    );
    // Every key in the table is found by the handler at a place where it works.
    for command in AppCommand::keyed() {
        let meta = command.meta();
        for chord in meta.chords {
            let place = [
                cafe_host::ui::command::Place::Presenter,
                cafe_host::ui::command::Place::Tables,
                cafe_host::ui::command::Place::TableMode,
                cafe_host::ui::command::Place::SignIn,
                cafe_host::ui::command::Place::Home,
                cafe_host::ui::command::Place::GuideEditor,
                cafe_host::ui::command::Place::Goodbye,
            ]
            .into_iter()
            .find(|p| meta.places.contains(*p))
            .expect("works somewhere");
            let focus = match chord.typing {
                cafe_host::ui::command::Typing::InNoteBox => {
                    cafe_host::ui::command::Focus::NoteBox { empty: false }
                }
                cafe_host::ui::command::Typing::InNoteEdit => {
                    cafe_host::ui::command::Focus::NoteEdit
                }
                cafe_host::ui::command::Typing::InNameSuggestions => {
                    cafe_host::ui::command::Focus::NameSuggestions
                }
                _ => cafe_host::ui::command::Focus::Free,
            };
            let found = AppCommand::for_key(
                chord.shortcut.logical_key,
                chord.shortcut.modifiers,
                place,
                focus,
            );
            assert_eq!(found.as_ref(), Some(&command), "{:?}", chord.shortcut);
        }
    }
}

#[test]
fn another_computers_lock_opens_read_only_and_is_taken_over_only_when_confirmed() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    std::fs::write(
        lock_path(&path),
        "host=LAPTOP-2\npid=4121\nsince=2026-11-25T19:04:00+00:00\n",
    )
    .expect("lock");
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    let reason = h.state().read_only_reason().expect("read-only");
    assert!(reason.contains("open on LAPTOP-2 since"), "{reason}");
    h.get_by_label("Take over…").click();
    h.run();
    assert!(
        h.state().read_only_reason().is_some(),
        "asked first, not taken"
    );
    h.get_by_label("Yes, it is closed there: take over").click();
    h.run();
    assert!(
        h.state().read_only_reason().is_none(),
        "writable after confirming"
    );
    assert!(
        std::fs::read_to_string(lock_path(&path))
            .expect("lock")
            .contains(&format!("pid={}", std::process::id()))
    );
}
