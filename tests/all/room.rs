//! The room reads from the back of a gym: its text sized to the projected width in a bold face,
//! a bright-room palette for rooms that cannot be darkened; and the sign-in desk's languages
//! picked from a list, so one language is one count.

use cafe_host::model::{Figures, Role, RoomPalette};
use cafe_host::store::{load_session, to_ron};
use cafe_host::ui::fonts::ROOM_BOLD;
use cafe_host::ui::projector::{HEADING, HINT, room_unit};
use egui::{Key, Modifiers, vec2};
use egui_kittest::kittest::Queryable;

use crate::common::{TestClock, example_session, harness};

/// The cap height in pixels of the room's face at `size` points (one point a pixel).
fn cap_height(size: f32) -> f32 {
    let face = ttf_parser::Face::parse(ROOM_BOLD, 0).expect("the room's font");
    let cap = face.capital_height().expect("a cap height");
    size * f32::from(cap) / f32::from(face.units_per_em())
}

#[test]
fn the_rooms_headings_are_sized_to_the_projected_width() {
    let small = room_unit(vec2(1024.0, 768.0));
    let wide = room_unit(vec2(1920.0, 1080.0));
    for share in [HEADING, HINT] {
        let at_1024 = cap_height(small * share);
        let at_1920 = cap_height(wide * share);
        assert!(at_1024 >= 19.0, "cap height {at_1024:.1} px at 1024×768");
        // The same share of the projected width (never smaller on the wider projector).
        assert!(
            at_1920 / 1920.0 >= at_1024 / 1024.0 * 0.999,
            "{at_1920:.1} px at 1920 against {at_1024:.1} px at 1024"
        );
        assert!(at_1920 > at_1024 * 1.8);
    }
    // A window wider than 16:9 is held to its height, so the slide still fits.
    assert!(room_unit(vec2(2560.0, 800.0)) <= 800.0 * 1.07);
    // The face is heavy: a bold cut.
    let face = ttf_parser::Face::parse(ROOM_BOLD, 0).expect("the room's font");
    assert!(face.is_bold(), "the room's face is bold");
    assert!(face.weight().to_number() >= 700);
}

#[test]
fn a_bright_room_palette_is_chosen_in_projector_settings_and_kept_with_the_cafe() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let file = example_session(dir.path());
    let mut h = harness(dir.path(), Some(file.clone()), &clock);
    h.run();
    let palette = |h: &egui_kittest::Harness<'_, cafe_host::ui::CafeApp>| {
        h.state().live().expect("open").session.projector.palette
    };
    assert_eq!(palette(&h), RoomPalette::Dark);
    h.get_by_label("Projector settings").click();
    h.run();
    h.get_by_label("Bright room: dark text on white").click();
    h.run();
    assert_eq!(palette(&h), RoomPalette::Bright);
    // Kept in the café's file: a resumed café shows the same colours.
    let saved = to_ron(&h.state().live().expect("open").session).expect("ron");
    std::fs::write(&file, saved).expect("write");
    assert_eq!(
        load_session(&file)
            .expect("reads")
            .session
            .projector
            .palette,
        RoomPalette::Bright
    );
    // And back to the dark room.
    h.get_by_label("Projector settings").click();
    h.run();
    h.get_by_label("Bright room: dark text on white").click();
    h.run();
    assert_eq!(palette(&h), RoomPalette::Dark);
}

#[test]
fn the_desks_language_is_picked_from_a_list_and_old_words_count_with_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let file = example_session(dir.path());
    // An older café file where the language was typed in English.
    let mut session = load_session(&file).expect("example").session;
    session.attendees.clear();
    session
        .attendees
        .push(crate::attendance::person("Ana Díaz", Role::Parent, Some(1)));
    std::fs::write(&file, to_ron(&session).expect("ron")).expect("write");
    let mut h = harness(dir.path(), Some(file), &clock);
    h.run();
    h.key_press(Key::F6);
    h.run();
    h.get_by_label("Name").focus();
    h.run();
    h.get_by_label("Name").type_text("Sam Lee");
    h.run();
    h.key_press(Key::Tab);
    h.run();
    h.event(egui::Event::Text("1".to_owned()));
    h.run();
    open_language_list(&mut h);
    h.run();
    h.get_by_label("Español").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    let s = &h.state().live().expect("open").session;
    let sam = s
        .attendees
        .iter()
        .find(|a| a.name == "Sam Lee")
        .expect("signed in");
    assert_eq!(sam.language, "Español");
    // The old file keeps its words, and both are one count.
    assert!(s.attendees.iter().any(|a| a.language == "Spanish"));
    let f = Figures::of(&s.attendees, &s.tallies);
    assert_eq!(
        f.by_language.get("Spanish"),
        Some(&2),
        "{:?}",
        f.by_language
    );
    assert_eq!(f.by_language.len(), 1);
    h.get_by_label_contains("Spanish: 2");
    // "Other…" takes the words typed.
    h.get_by_label("Name").focus();
    h.run();
    h.get_by_label("Name").type_text("Kim Tran");
    h.run();
    h.key_press(Key::Tab);
    h.run();
    h.event(egui::Event::Text("1".to_owned()));
    h.run();
    open_language_list(&mut h);
    h.run();
    h.get_by_label("Other…").scroll_to_me();
    h.run();
    h.get_by_label("Other…").click();
    h.run();
    let other = "Preferred language";
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, other)
        .focus();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, other)
        .type_text("Mixteco");
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    let s = &h.state().live().expect("open").session;
    let f = Figures::of(&s.attendees, &s.tallies);
    assert_eq!(
        f.by_language.get("Mixteco"),
        Some(&1),
        "{:?}",
        f.by_language
    );
}

/// Open the sign-in desk's language list (the box labelled "Preferred language").
fn open_language_list(h: &mut egui_kittest::Harness<'_, cafe_host::ui::CafeApp>) {
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Preferred language")
        .click();
    h.run();
}
