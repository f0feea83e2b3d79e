//! The room is never surprised: a key goes to what has the keyboard first (Space ticks the
//! focused box, Esc closes the open menu), letters and Space act on the presenter only, and a
//! clicker's keys never take the projector off its screen.

use cafe_host::live::ProjectorScreen;
use cafe_host::model::Step;
use cafe_host::ui::{AppCommand, CafeApp, Page, Request};
use egui::accesskit::Toggled;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::common::{NOTE_BOX, TestClock, example_session, harness, two_screens};

fn step(h: &Harness<'_, CafeApp>) -> Step {
    h.state().live().expect("open").session.current
}

fn screen(h: &Harness<'_, CafeApp>) -> ProjectorScreen {
    h.state().live().expect("open").screen
}

fn press(h: &mut Harness<'_, CafeApp>, key: Key, modifiers: Modifiers) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

fn toggled(h: &Harness<'_, CafeApp>, label: &str) -> Option<Toggled> {
    h.get_by_label(label).accesskit_node().toggled()
}

/// The example café on the presenter, in its own data folder (kept while the test runs).
fn example_cafe() -> (tempfile::TempDir, TestClock, Harness<'static, CafeApp>) {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let h = harness(data.path(), Some(path), &clock);
    (data, clock, h)
}

/// The example café on the presenter, with the projector fullscreen on the second screen.
fn projector_fullscreen(data: &std::path::Path, clock: &TestClock) -> Harness<'static, CafeApp> {
    let path = example_session(data);
    let mut h = harness(data, Some(path), clock);
    h.state_mut().screens_found(two_screens());
    press(&mut h, Key::F5, Modifiers::NONE);
    assert!(h.state().projector().open);
    assert_eq!(
        h.state().projector().fullscreen,
        Some(1),
        "the first F5 fills the screen the console is not on"
    );
    h
}

#[test]
fn space_on_a_focused_point_ticks_it_and_the_cafe_stays_where_it_is() {
    let (_data, _clock, mut h) = example_cafe();
    let before = step(&h);
    let point = "A teacher who believed in me";
    assert_eq!(toggled(&h, point), Some(Toggled::False));
    h.get_by_label(point).focus();
    h.run();
    press(&mut h, Key::Space, Modifiers::NONE);
    assert_eq!(toggled(&h, point), Some(Toggled::True), "Space ticked it");
    assert!(h.state().live().expect("open").session.is_ticked(1, 0));
    assert_eq!(step(&h), before, "the café did not move");
    // The arrows move between controls, not the café.
    press(&mut h, Key::ArrowRight, Modifiers::NONE);
    assert_eq!(step(&h), before);
    // With nothing focused, Space is the presenter's next step again.
    h.get_by_label("Facilitator notes").click();
    h.run();
    h.state_mut().run(AppCommand::Escape);
    h.run();
    assert!(
        h.query_by_label("Keys that work here are in bold.")
            .is_none(),
        "no key list in the way"
    );
}

#[test]
fn enter_on_a_focused_button_presses_it() {
    let (_data, _clock, mut h) = example_cafe();
    let before = step(&h);
    h.get_by_label("Black (B)").focus();
    h.run();
    press(&mut h, Key::Enter, Modifiers::NONE);
    assert_eq!(screen(&h), ProjectorScreen::Black);
    press(&mut h, Key::Space, Modifiers::NONE);
    assert_eq!(
        screen(&h),
        ProjectorScreen::Normal,
        "Space pressed it again"
    );
    assert_eq!(step(&h), before, "Space did not move the café");
}

#[test]
fn esc_closes_an_open_menu_and_nothing_else() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = projector_fullscreen(data.path(), &clock);
    h.get_by_label("Projector settings").click();
    h.run();
    assert!(h.query_by_label("Look for screens again").is_some(), "open");
    press(&mut h, Key::Escape, Modifiers::NONE);
    assert!(
        h.query_by_label("Look for screens again").is_none(),
        "Esc closed the menu"
    );
    assert_eq!(
        h.state().projector().fullscreen,
        Some(1),
        "still fullscreen"
    );
    // The translation is chosen in the same menu; Esc closes it again.
    let translation = |h: &Harness<'_, CafeApp>| {
        h.state()
            .live()
            .expect("open")
            .session
            .projector
            .translation
            .clone()
    };
    assert_eq!(translation(&h).as_deref(), Some("es"));
    h.get_by_label("Projector settings").click();
    h.run();
    h.get_by_label("None").click();
    h.run();
    assert_eq!(translation(&h), None, "chosen in the menu");
    press(&mut h, Key::Escape, Modifiers::NONE);
    assert!(h.query_by_label("Look for screens again").is_none());
    // A drop-down list on another page, with the note box's keyboard: Esc closes the list.
    press(&mut h, Key::F3, Modifiers::NONE);
    h.get_by_label("Notes shown").click_accesskit();
    h.run();
    assert!(
        h.query_by_label("All notes of this table").is_some(),
        "the list is open"
    );
    press(&mut h, Key::Escape, Modifiers::NONE);
    assert!(
        h.query_by_label("All notes of this table").is_none(),
        "and closed"
    );
    assert_eq!(h.state().projector().fullscreen, Some(1));
    assert!(h.state().projector().open);
}

#[test]
fn a_clickers_keys_never_take_the_projector_off_its_screen() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = projector_fullscreen(data.path(), &clock);
    let before = step(&h);
    // What common clickers send: the slideshow button's F5 / Shift+F5 and Esc, the blank
    // screen's "." and B, Next and Back.
    for (key, modifiers) in [
        (Key::F5, Modifiers::NONE),
        (Key::Escape, Modifiers::NONE),
        (Key::F5, Modifiers::SHIFT),
        (Key::Escape, Modifiers::NONE),
        (Key::Period, Modifiers::NONE),
        (Key::B, Modifiers::NONE),
        (Key::PageDown, Modifiers::NONE),
        (Key::PageUp, Modifiers::NONE),
    ] {
        press(&mut h, key, modifiers);
        assert!(
            h.state().projector().open,
            "{modifiers:?} {key:?} closed it"
        );
        assert_eq!(
            h.state().projector().fullscreen,
            Some(1),
            "{modifiers:?} {key:?} took it out of fullscreen"
        );
    }
    assert_eq!(screen(&h), ProjectorScreen::Normal, "black, then back");
    assert_eq!(step(&h), before, "next, then back");
}

#[test]
fn f5_puts_the_projector_back_fullscreen_on_its_screen() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = projector_fullscreen(data.path(), &clock);
    h.get_by_label("Projector settings").click();
    h.run();
    h.get_by_label("Leave fullscreen").click();
    h.run();
    assert_eq!(h.state().projector().fullscreen, None, "a window now");
    assert!(h.state().projector().open);
    press(&mut h, Key::F5, Modifiers::NONE);
    assert_eq!(
        h.state().projector().fullscreen,
        Some(1),
        "back on the projector's screen"
    );
    h.get_by_label("Projector settings").click();
    h.run();
    h.get_by_label("Close projector").click();
    h.run();
    assert!(!h.state().projector().open, "only the button closes it");
}

#[test]
fn testing_the_clicker_shows_each_key_and_moves_nothing() {
    let (_data, _clock, mut h) = example_cafe();
    let before = step(&h);
    h.get_by_label("Projector settings").click();
    h.run();
    h.get_by_label("Test your clicker…").click();
    h.run();
    h.get_by_label("What common clickers send");
    for (key, modifiers) in [
        (Key::PageDown, Modifiers::NONE),
        (Key::F5, Modifiers::SHIFT),
        (Key::Escape, Modifiers::NONE),
        (Key::B, Modifiers::NONE),
    ] {
        press(&mut h, key, modifiers);
    }
    h.get_by_label("Page Down: Put the next step on the projector");
    h.get_by_label(
        "Shift+F5: Open the projector window, or put it back fullscreen on its screen \
         (never closes it)",
    );
    h.get_by_label("Esc: Close the key list (Esc never takes the projector out of fullscreen)");
    h.get_by_label("B: Black screen for the room (again to show)");
    assert_eq!(step(&h), before, "the café did not move");
    assert!(!h.state().projector().open);
    assert_eq!(screen(&h), ProjectorScreen::Normal);
    h.get_by_label("Close").click();
    h.run();
    assert!(h.query_by_label("What common clickers send").is_none());
    press(&mut h, Key::PageDown, Modifiers::NONE);
    assert_ne!(step(&h), before, "the clicker works again");
}

#[test]
fn at_the_desk_tab_to_a_tick_box_and_space_ticks_it() {
    let (_data, _clock, mut h) = example_cafe();
    press(&mut h, Key::F6, Modifiers::NONE);
    assert_eq!(h.state().page(), Page::SignIn);
    let before = step(&h);
    let interpreter = "Needs an interpreter";
    // Tab along the form from the name box until the tick box has the keyboard.
    for _ in 0..12 {
        if h.get_by_label(interpreter).accesskit_node().is_focused() {
            break;
        }
        press(&mut h, Key::Tab, Modifiers::NONE);
    }
    assert!(h.get_by_label(interpreter).accesskit_node().is_focused());
    press(&mut h, Key::Space, Modifiers::NONE);
    assert_eq!(toggled(&h, interpreter), Some(Toggled::True), "ticked");
    assert_eq!(step(&h), before, "the room's question did not move");
    press(&mut h, Key::Space, Modifiers::NONE);
    assert_eq!(toggled(&h, interpreter), Some(Toggled::False), "and off");
    assert_eq!(step(&h), before);
}

#[test]
fn letters_and_space_do_nothing_on_the_pages_where_people_type() {
    let (_data, _clock, mut h) = example_cafe();
    for page in [Key::F6, Key::F4] {
        press(&mut h, page, Modifiers::NONE);
        // A click that missed every box: nothing has the keyboard.
        let pos = egui::pos2(5.0, 880.0);
        h.input_mut().events.push(Event::PointerMoved(pos));
        for pressed in [true, false] {
            h.input_mut().events.push(Event::PointerButton {
                pos,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
        }
        h.run();
        assert_eq!(
            h.ctx.memory(egui::Memory::focused),
            None,
            "{page:?}: nothing has the keyboard"
        );
        let before = step(&h);
        for key in [
            Key::T,
            Key::M,
            Key::B,
            Key::R,
            Key::H,
            Key::Space,
            Key::ArrowRight,
            Key::End,
        ] {
            press(&mut h, key, Modifiers::NONE);
        }
        let live = h.state().live().expect("open");
        assert_eq!(live.session.current, before, "{page:?}");
        assert!(
            !live.session.timer.is_running(),
            "{page:?}: T is no key here"
        );
        assert_eq!(live.screen, ProjectorScreen::Normal, "{page:?}");
        // The clicker still works.
        press(&mut h, Key::PageDown, Modifiers::NONE);
        assert_ne!(step(&h), before, "{page:?}: Page Down works");
        press(&mut h, Key::PageUp, Modifiers::NONE);
    }
}

#[test]
fn shift_enter_starts_a_new_line_in_the_note() {
    let (_data, _clock, mut h) = example_cafe();
    press(&mut h, Key::F3, Modifiers::NONE);
    let notes =
        |h: &Harness<'_, CafeApp>| h.state().live().expect("open").session.live_notes().count();
    let before = notes(&h);
    h.get_by_label(NOTE_BOX).type_text("Evening meetings");
    h.run();
    press(&mut h, Key::Enter, Modifiers::SHIFT);
    assert_eq!(notes(&h), before, "Shift+Enter added nothing");
    h.get_by_label(NOTE_BOX).type_text("and a bus");
    h.run();
    press(&mut h, Key::Enter, Modifiers::NONE);
    let live = h.state().live().expect("open");
    let note = live.session.live_notes().last().expect("a note");
    assert_eq!(note.text, "Evening meetings\nand a bus");
}

#[test]
fn the_timer_hint_names_the_keys_that_do_what_it_says() {
    let (_data, _clock, mut h) = example_cafe();
    press(&mut h, Key::T, Modifiers::NONE);
    press(&mut h, Key::PageDown, Modifiers::NONE);
    assert_eq!(step(&h), Step::Question(2));
    h.get_by_label_contains("R sets the timer to this question's 20 min; T starts it.");
    press(&mut h, Key::R, Modifiers::NONE);
    press(&mut h, Key::T, Modifiers::NONE);
    let timer = &h.state().live().expect("open").session.timer;
    assert!(timer.is_running());
    assert_eq!(
        timer.question,
        Some(2),
        "the round of the question on screen"
    );
    assert!(
        h.query_by_label_contains("Still timing").is_none(),
        "the hint has done its work"
    );
}

#[test]
fn shift_f5_opens_the_projector_as_f5_does() {
    let (_data, _clock, mut h) = example_cafe();
    press(&mut h, Key::F5, Modifiers::SHIFT);
    assert!(h.state().projector().open);
    h.state_mut().run(Request::Fullscreen(0));
    press(&mut h, Key::F5, Modifiers::NONE);
    assert!(h.state().projector().open, "F5 never closes it");
}

#[test]
fn table_mode_and_a_read_only_copy_never_open_the_projector() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    press(&mut h, Key::F5, Modifiers::NONE);
    assert!(h.state_mut().flush(std::time::Duration::from_secs(5)));
    // A second copy, while the first runs the café: read-only, and no projector of its own.
    let second = harness(data.path(), Some(path.clone()), &clock);
    assert!(second.state().read_only_reason().is_some());
    assert!(!second.state().projector().open, "the read-only copy");
    drop(second);
    drop(h);
    // The café remembers its projector; a table's laptop opening it shows none.
    let mut table = crate::common::table_mode_harness(data.path(), path.clone(), 2, &clock);
    assert_eq!(table.state().table_mode(), Some(2));
    assert!(!table.state().projector().open, "table mode");
    press(&mut table, Key::F5, Modifiers::NONE);
    assert!(
        !table.state().projector().open,
        "F5 is no key in table mode"
    );
    drop(table);
    let again = harness(data.path(), Some(path), &clock);
    assert!(
        again.state().projector().open,
        "the facilitator's copy still has it"
    );
}

#[test]
fn what_is_typed_after_a_fast_tab_lands_in_the_next_box() {
    let (_data, _clock, mut h) = example_cafe();
    press(&mut h, Key::F6, Modifiers::NONE);
    // A host typing faster than the window draws: the name, Tab, the role's number, in one
    // frame.
    h.input_mut().events.extend([
        Event::Text("Ana Ruiz".into()),
        Event::Key {
            key: Key::Tab,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: Modifiers::NONE,
        },
        Event::Text("1".into()),
    ]);
    h.step();
    h.run();
    assert_eq!(h.get_by_label("Name").value().as_deref(), Some("Ana Ruiz"));
    press(&mut h, Key::Enter, Modifiers::COMMAND);
    let live = h.state().live().expect("open");
    let ana = live
        .session
        .attendees
        .iter()
        .find(|a| a.name == "Ana Ruiz")
        .expect("signed in");
    assert_eq!(
        ana.role,
        cafe_host::model::Role::Parent,
        "the 1 picked the role"
    );
}
