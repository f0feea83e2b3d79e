//! The goodbye check at the door, in the real app: families answer with keys and taps, the
//! lockout after each answer holds, only counts reach the file, and only the facilitator's key
//! leaves the page.

use std::time::Duration;

use cafe_host::model::GoodbyeCounts;
use cafe_host::ui::{CafeApp, Page};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{TestClock, example_session, harness};

fn counts(h: &Harness<'_, CafeApp>) -> GoodbyeCounts {
    h.state()
        .live()
        .expect("a café is open")
        .session
        .goodbye_counts()
}

fn press(h: &mut Harness<'_, CafeApp>, key: Key) {
    h.key_press(key);
    h.run();
}

/// The text of the session file's own `goodbye: [...]` list.
fn goodbye_part(ron: &str) -> &str {
    let start = ron
        .find("\n    goodbye: [")
        .expect("the café's goodbye counts")
        + 1;
    let rest = &ron[start..];
    let end = rest.find("\n    ],").expect("the end of the list");
    &rest[..end]
}

#[test]
fn a_family_answers_the_goodbye_check_with_keys_and_taps_and_only_counts_are_kept() {
    let data = tempfile::tempdir().expect("temp dir");
    let file = example_session(data.path());
    let clock = TestClock::new();
    let mut h = harness(data.path(), Some(file.clone()), &clock);
    h.run();
    // In from the presenter's closing step.
    press(&mut h, Key::End);
    h.get_by_label_contains("Goodbye check").click();
    h.run();
    assert_eq!(h.state().page(), Page::Goodbye);
    h.get_by_label_contains("How welcome did you feel tonight?");
    let before = counts(&h);

    // A face by key: counted, then the second question.
    press(&mut h, Key::Num5);
    assert_eq!(counts(&h).welcome[4], before.welcome[4] + 1);
    h.get_by_label_contains("Will you come again?");
    // 1 is "yes" now; then thanks, and the page takes nothing for a moment.
    press(&mut h, Key::Num1);
    assert_eq!(counts(&h).again[0], before.again[0] + 1);
    h.get_by_label_contains("Thank you!");
    let locked = counts(&h);
    press(&mut h, Key::Num2);
    press(&mut h, Key::Num4);
    h.get_by_label("Welcome").click();
    h.run();
    assert_eq!(counts(&h), locked, "nothing counts during the lockout");

    // After it, a tap on a face counts; skipping the second question locks again.
    clock.advance(chrono::Duration::milliseconds(2100));
    h.run();
    h.get_by_label("A little").click();
    h.run();
    assert_eq!(counts(&h).welcome[1], before.welcome[1] + 1);
    h.get_by_label_contains("Skip this question").click();
    h.run();
    press(&mut h, Key::Num3);
    assert_eq!(
        counts(&h).welcome[2],
        before.welcome[2],
        "locked after a skip"
    );
    clock.advance(chrono::Duration::seconds(3));
    h.run();
    press(&mut h, Key::Num3);
    assert_eq!(counts(&h).welcome[2], before.welcome[2] + 1);

    // Nothing a family presses or taps leaves the page (the second question is up).
    for key in [
        Key::Escape,
        Key::PageDown,
        Key::PageUp,
        Key::F7,
        Key::F1,
        Key::Home,
    ] {
        press(&mut h, key);
    }
    h.get_by_label_contains("Will you come again?").click();
    h.run();
    assert_eq!(h.state().page(), Page::Goodbye, "still at the door");
    assert!(!h.state().is_reviewing());

    // Only counts in the file: no time, table, order or person in the goodbye part.
    assert!(h.state_mut().flush(Duration::from_secs(5)));
    let ron = std::fs::read_to_string(&file).expect("the saved café");
    let part = goodbye_part(&ron);
    let fields: Vec<&str> = part
        .lines()
        .filter_map(|l| l.trim().split_once(':').map(|(name, _)| name))
        .filter(|name| !name.is_empty())
        .collect();
    assert!(!fields.is_empty(), "{part}");
    for field in &fields {
        assert!(
            ["goodbye", "id", "welcome", "again"].contains(field),
            "only counts in {part}"
        );
    }

    // The facilitator's key leaves.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::G);
    h.run();
    assert_eq!(h.state().page(), Page::Presenter);
}
