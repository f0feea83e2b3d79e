//! A layout change never moves a control under the pointer between one press and the next:
//! live figures growing at the sign-in desk, a notice appearing, the projector opening, a
//! theme with a long title. Notices never cover a control. The control with the keyboard is
//! ringed, and brought into view.

use cafe_host::live::{Command, RecordCommand};
use cafe_host::model::Role;
use cafe_host::ui::theme::palette;
use cafe_host::ui::{CafeApp, Request};
use egui::accesskit;
use egui::{Key, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::attendance::person;
use crate::common::{TestClock, example_session, harness_scaled};

/// 1280×720 at 125 %, the smallest laptop the console is laid out for, in points.
const SMALL: [f32; 2] = [1024.0, 559.0];

fn small_laptop(data: &std::path::Path, clock: &TestClock) -> Harness<'static, CafeApp> {
    let path = example_session(data);
    harness_scaled(data, Some(path), clock, SMALL, 1.25)
}

fn rect(h: &Harness<'_, CafeApp>, label: &str) -> Rect {
    h.get_by_label(label).rect()
}

/// Where each of `labels` is now.
fn places(h: &Harness<'_, CafeApp>, labels: &[&str]) -> Vec<Rect> {
    labels.iter().map(|l| rect(h, l)).collect()
}

#[track_caller]
fn same_places(before: &[Rect], after: &[Rect], labels: &[&str], what: &str) {
    for ((a, b), label) in before.iter().zip(after).zip(labels) {
        assert!(
            (a.min - b.min).length() < 0.5 && (a.max - b.max).length() < 0.5,
            "{what} moved \"{label}\" from {a:?} to {b:?}"
        );
    }
}

fn check_in(h: &mut Harness<'_, CafeApp>, name: &str, role: Role, language: &str, table: u32) {
    let mut someone = person(name, role, Some(table));
    someone.language = language.into();
    someone.interpreter = true;
    h.state_mut()
        .run(Request::Cafe(Command::Record(RecordCommand::CheckIn(
            Box::new(someone),
        ))));
    h.run();
}

#[test]
fn the_desks_search_box_and_form_stay_put_while_people_arrive() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = small_laptop(data.path(), &clock);
    h.key_press(Key::F6);
    h.run();
    let labels = ["Find someone", "Name", "Needs an interpreter", "Table"];
    let before = places(&h, &labels);
    let arrivals = [
        (Role::Parent, "Spanish"),
        (Role::Grandparent, "Somali"),
        (Role::OtherCaregiver, "Vietnamese"),
        (Role::Teacher, "Arabic"),
        (Role::OtherStaff, "Haitian Creole"),
        (Role::CommunityPartner, "Tagalog"),
        (Role::Interpreter, "Mandarin"),
        (Role::ChildcareVolunteer, "Portuguese"),
        (Role::Other, "Amharic"),
    ];
    for (n, (role, language)) in arrivals.into_iter().enumerate() {
        // Everyone at table 1: it is soon too full, and the desk says so.
        check_in(&mut h, &format!("Arrival {n}"), role, language, 1);
        if n == 0 {
            for node in h.get_all_by_role(accesskit::Role::Label) {
                eprintln!("{:?} {:?}", node.accesskit_node().label(), node.rect());
            }
        }
        same_places(&before, &places(&h, &labels), &labels, "an arrival");
    }
    h.get_by_label_contains("Table 1 has 9 people");
}

#[test]
fn a_notice_takes_its_own_strip_and_never_covers_or_moves_a_control() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = small_laptop(data.path(), &clock);
    h.key_press(Key::F6);
    h.run();
    for n in 0..8 {
        check_in(&mut h, &format!("Guest {n}"), Role::Parent, "English", 2);
    }
    let buttons = |h: &Harness<'_, CafeApp>| -> Vec<(String, Rect)> {
        h.get_all_by_role(accesskit::Role::Button)
            .map(|n| (n.accesskit_node().label().unwrap_or_default(), n.rect()))
            .collect()
    };
    let before = buttons(&h);
    h.state_mut()
        .run(Request::Import(data.path().join("no-such-copy.ron")));
    h.run();
    assert_eq!(h.state().notices().len(), 1, "{:?}", h.state().notices());
    let notice = h.state().notices()[0].to_owned();
    let message = h.get_by_label(&notice).rect();
    let after = buttons(&h);
    for (label, place) in &before {
        let now = after
            .iter()
            .find(|(l, r)| l == label && (r.min - place.min).length() < 0.5)
            .map(|(_, r)| *r);
        assert_eq!(now, Some(*place), "the notice moved \"{label}\"");
        assert!(
            !message.intersects(*place),
            "the notice covers \"{label}\" at {place:?}"
        );
    }
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(h.state().notices().is_empty());
}

#[test]
fn opening_the_projector_and_starting_the_round_move_no_control() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = small_laptop(data.path(), &clock);
    h.state_mut().screens_found(crate::common::two_screens());
    let point = h.state().live().expect("open").session.guide.questions[1].points[0].clone();
    let labels = [
        "Reset (R)",
        "+1 min (+)",
        "Black (B)",
        "Move tables (M)",
        "Projector settings",
        "Freeze (F)",
        point.text.as_str(),
    ];
    let before = places(&h, &labels);
    h.key_press(Key::F5);
    h.run();
    assert_eq!(h.state().projector().fullscreen, Some(1));
    same_places(
        &before,
        &places(&h, &labels),
        &labels,
        "opening the projector",
    );
    h.key_press(Key::T);
    h.run();
    assert!(h.state().live().expect("open").session.timer.is_running());
    same_places(&before, &places(&h, &labels), &labels, "starting the round");
}

#[test]
fn a_theme_with_a_long_title_never_moves_the_harvest_split() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = small_laptop(data.path(), &clock);
    let table = h.state().live().expect("open").session.tables[0].id;
    let note = uuid::Uuid::new_v4();
    let record = |c| Request::Cafe(Command::Record(c));
    h.state_mut().run(record(RecordCommand::AddNote {
        id: note,
        table,
        text: "Evening meetings, please".into(),
        tags: Vec::new(),
        at: None,
    }));
    h.state_mut().run(record(RecordCommand::SetShare {
        id: note,
        share: true,
    }));
    h.state_mut().run(record(RecordCommand::AddTheme {
        id: uuid::Uuid::new_v4(),
        title: "Times".into(),
    }));
    h.key_press(Key::F4);
    h.run();
    let labels = [
        "Add to theme",
        "Evening meetings, please",
        "New theme",
        "Add theme",
    ];
    let before = places(&h, &labels);
    h.get_by_label("New theme").focus();
    h.get_by_label("New theme").type_text(
        "Meetings in the evening, when families who work late can come, with childcare and a meal",
    );
    h.run();
    h.get_by_label("Add theme").click();
    h.run();
    assert_eq!(
        h.state().live().expect("open").session.themes.len(),
        2,
        "added"
    );
    same_places(&before, &places(&h, &labels), &labels, "a long theme");
    h.get_by_label("Add to theme").click();
    h.run();
    same_places(
        &before[1..],
        &places(&h, &labels[1..]),
        &labels[1..],
        "putting a note in a theme",
    );
}

/// The focus ring painted around `around`, if any.
fn ring_around(h: &Harness<'_, CafeApp>, around: Rect) -> bool {
    h.output()
        .shapes
        .iter()
        .any(|clipped| match &clipped.shape {
            egui::Shape::Rect(r) => {
                r.stroke.color == palette::FOCUS
                    && r.rect.contains_rect(around.shrink(0.5))
                    && r.rect.width() < around.width() + 20.0
            }
            _ => false,
        })
}

#[test]
fn the_control_with_the_keyboard_is_ringed_and_the_ring_is_not_the_hover() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = small_laptop(data.path(), &clock);
    let point = h.state().live().expect("open").session.guide.questions[1].points[0]
        .text
        .clone();
    let black = rect(&h, "Black (B)");
    h.get_by_label("Black (B)").hover();
    h.run();
    assert!(!ring_around(&h, black), "hovering is not the keyboard");
    h.get_by_label(&point).focus();
    h.run();
    assert!(h.get_by_label(&point).accesskit_node().is_focused());
    assert!(
        ring_around(&h, rect(&h, &point)),
        "the focused tick box is ringed"
    );
    assert!(!ring_around(&h, black));
    let hover = h.ctx.global_style().visuals.widgets.hovered;
    assert_ne!(hover.bg_stroke.color, palette::FOCUS);
    assert_ne!(hover.bg_fill, palette::FOCUS);
}

#[test]
fn tab_brings_the_next_control_into_view() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = small_laptop(data.path(), &clock);
    h.key_press(Key::F6);
    h.run();
    let contact = "Agrees to be contacted";
    let visible_bottom = rect(&h, "Find someone").top().max(0.0) + SMALL[1];
    assert!(
        rect(&h, contact).bottom() > SMALL[1] - 40.0 || visible_bottom > 0.0,
        "the last tick box starts below the fold on a small laptop"
    );
    for _ in 0..14 {
        if h.get_by_label(contact).accesskit_node().is_focused() {
            break;
        }
        h.key_press(Key::Tab);
        h.run();
        // Whatever has the keyboard is where the person can see it.
        let focused = h
            .get_all_by_role(accesskit::Role::CheckBox)
            .chain(h.get_all_by_role(accesskit::Role::TextInput))
            .find(|n| n.accesskit_node().is_focused())
            .map(|n| n.rect());
        if let Some(at) = focused {
            assert!(
                at.top() >= 0.0 && at.bottom() <= SMALL[1] - 36.0,
                "the focused control at {at:?} is out of view"
            );
        }
    }
    assert!(h.get_by_label(contact).accesskit_node().is_focused());
}
