//! The app's text box with Arabic and mixed text: the caret where a reader expects it, the
//! arrows moving the way they point, Backspace and Delete on the letters either side of the
//! caret, a click landing between the letters under the pointer, selection and copy.

use cafe_host::ui::fonts::FontSupport;
use egui::epaint::Shape;
use egui::{Event, Key, Modifiers, Pos2, Rect, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

struct Box {
    started: bool,
    text: String,
}

fn id() -> egui::Id {
    egui::Id::unique("the box under test")
}

fn note_box() -> Harness<'static, Box> {
    let mut h = Harness::builder()
        .with_size(vec2(500.0, 200.0))
        .build_ui_state(
            |ui, state: &mut Box| {
                if !state.started {
                    state.started = true;
                    FontSupport::start(ui.ctx(), vec![crate::common::test_fonts()]);
                    return;
                }
                cafe_host::ui::bidi_edit::multiline(ui, id(), &mut state.text, |e, _| {
                    e.desired_width(400.0).desired_rows(2)
                })
                .response
                .response
                .accessible_name("Note");
            },
            Box {
                started: false,
                text: String::new(),
            },
        );
    h.run();
    h.get_by_label("Note").focus();
    h.run();
    h
}

/// The caret: index in the text, and the x where it is drawn.
fn caret(h: &Harness<'_, Box>) -> (usize, usize, f32) {
    let range = egui::text_edit::TextEditState::load(&h.ctx, id())
        .and_then(|s| s.cursor.char_range())
        .expect("the box has a caret");
    let mut x = None;
    for clipped in &h.output().shapes {
        if let Shape::LineSegment { points, .. } = &clipped.shape
            && (points[0].x - points[1].x).abs() < 0.1
            && (points[0].y - points[1].y).abs() > 8.0
        {
            x = Some(points[0].x);
        }
    }
    (
        range.secondary.index.0,
        range.primary.index.0,
        x.expect("the caret is drawn"),
    )
}

/// The drawn letters' left and right edge.
fn text_span(h: &Harness<'_, Box>) -> (f32, f32) {
    let mut span = Rect::NOTHING;
    for clipped in &h.output().shapes {
        if let Shape::Text(text) = &clipped.shape
            && !text.galley.is_empty()
        {
            span = span.union(text.galley.mesh_bounds.translate(text.pos.to_vec2()));
        }
    }
    (span.left(), span.right())
}

fn type_text(h: &mut Harness<'_, Box>, text: &str) {
    h.event(Event::Text(text.to_owned()));
    h.run();
}

fn press(h: &mut Harness<'_, Box>, key: Key, times: usize) {
    for _ in 0..times {
        h.key_press(key);
        h.run();
    }
}

const SALAM: &str = "سلام";

#[test]
fn typed_arabic_puts_the_caret_on_the_left_end_and_backspace_takes_the_last_letter() {
    let mut h = note_box();
    type_text(&mut h, SALAM);
    let (left, right) = text_span(&h);
    let (_, at, x) = caret(&h);
    assert_eq!(at, 4);
    assert!(
        (x - left).abs() < 3.0,
        "after the last letter, on the left: {x} in {left}..{right}"
    );
    assert!(right - left > 10.0);
    press(&mut h, Key::Backspace, 1);
    assert_eq!(
        h.state().text,
        "سلا",
        "Backspace takes the letter typed last"
    );
    // Home goes to the start of the line, which reads from the right.
    press(&mut h, Key::Home, 1);
    let (left, right) = text_span(&h);
    let (_, at, x) = caret(&h);
    assert_eq!(at, 0);
    assert!(
        (x - right).abs() < 3.0,
        "the start is on the right: {x} in {left}..{right}"
    );
    press(&mut h, Key::Delete, 1);
    assert_eq!(h.state().text, "لا", "Delete takes the first letter");
}

#[test]
fn the_arrows_move_the_way_they_point_through_arabic() {
    let mut h = note_box();
    type_text(&mut h, SALAM);
    press(&mut h, Key::Home, 1);
    let (_, _, start) = caret(&h);
    press(&mut h, Key::ArrowLeft, 1);
    let (_, at, x) = caret(&h);
    assert_eq!(at, 1, "left is onward in Arabic");
    assert!(x < start - 2.0, "the caret moved left: {x} from {start}");
    press(&mut h, Key::ArrowRight, 1);
    assert_eq!(caret(&h).1, 0, "right goes back to the start");
    press(&mut h, Key::ArrowLeft, 2);
    press(&mut h, Key::Backspace, 1);
    assert_eq!(
        h.state().text,
        "سام",
        "Backspace takes the letter before the caret"
    );
}

#[test]
fn mixed_arabic_english_and_digits_keep_their_places() {
    let mut h = note_box();
    type_text(&mut h, "مرحبا ABC 123");
    // From the start (on the right), five steps left cross the Arabic word.
    press(&mut h, Key::Home, 1);
    press(&mut h, Key::ArrowLeft, 5);
    assert_eq!(caret(&h).1, 5);
    press(&mut h, Key::Backspace, 1);
    assert_eq!(h.state().text, "مرحب ABC 123");
    // The end of the line is after the digits, left of the Arabic word.
    press(&mut h, Key::End, 1);
    let (_, at, x) = caret(&h);
    assert_eq!(at, "مرحب ABC 123".chars().count());
    let (left, right) = text_span(&h);
    assert!(
        x > left + 20.0 && x < right - 20.0,
        "after 123, mid-line: {x} in {left}..{right}"
    );
}

#[test]
fn a_click_lands_between_the_letters_under_the_pointer() {
    let mut h = note_box();
    type_text(&mut h, SALAM);
    let (_, right) = text_span(&h);
    let row_y = {
        let r = h.get_by_label("Note").rect();
        r.top() + 12.0
    };
    let at = Pos2::new(right - 1.0, row_y);
    h.event(Event::PointerMoved(at));
    h.event(Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.run();
    h.event(Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
    assert_eq!(caret(&h).1, 0, "the right end of Arabic is its start");
}

#[test]
fn shift_and_the_arrows_select_the_first_letters_and_copy_them() {
    let mut h = note_box();
    type_text(&mut h, SALAM);
    press(&mut h, Key::Home, 1);
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
    h.run();
    let (from, to, _) = caret(&h);
    assert_eq!((from, to), (0, 2));
    h.event(Event::Copy);
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        });
    assert_eq!(copied.as_deref(), Some("سل"));
    // Typing replaces the selection.
    type_text(&mut h, "ك");
    assert_eq!(h.state().text, "كام");
}
