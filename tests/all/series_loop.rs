//! A series' feedback loop in the real app: the next café opens, after the welcome, with what
//! came of the last one ("you said, we did"), and marking an action changes the slide.

use cafe_host::live::Slide;
use cafe_host::model::{ActionState, Step};
use egui::Key;
use egui_kittest::kittest::Queryable;

use crate::common::{TestClock, harness};
use crate::past_cafes::example_cafes;

#[test]
fn the_next_cafe_opens_with_the_last_ones_actions_and_marking_one_done_changes_the_slide() {
    let data = tempfile::tempdir().expect("temp dir");
    example_cafes(data.path());
    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    h.get_by_label_contains("Learning at Home").click();
    h.run();
    h.get_by_label("Series (empty: the guide)").focus();
    h.get_by_label("Series (empty: the guide)")
        .type_text("Lincoln Family Café");
    h.run();
    h.get_by_label("Start the café").click();
    h.run();
    let said = h
        .state()
        .live()
        .expect("a café is open")
        .session
        .you_said
        .clone()
        .expect("the café reports on the last one");
    // The last café of the series before today (24 November) is the one of 19 November.
    assert_eq!(said.from.title, "Being Heard at School");
    let texts: Vec<&str> = said.actions.iter().map(|a| a.text.text.as_str()).collect();
    assert!(texts.contains(&"Hold one open-classroom morning per grade before spring"));
    assert!(!said.themes.is_empty(), "its themes too");

    // After the welcome comes "you said, we did", on the projector too.
    h.key_press(Key::PageDown);
    h.run();
    let live = h.state().live().expect("open");
    assert_eq!(live.session.current, Step::YouSaid);
    let Slide::YouSaid { actions, .. } = live.projector_slide() else {
        panic!("the room sees 'you said, we did'");
    };
    let open = actions
        .iter()
        .position(|a| a.state == ActionState::NotYet)
        .expect("an action not yet done");
    assert_eq!(actions.len(), said.actions.len());

    // Mark it done: one "Done" button per action, in the slide's order.
    let done: Vec<_> = h.query_all_by_label("Done").collect();
    assert_eq!(done.len(), actions.len());
    done[open].click();
    h.run();
    let Slide::YouSaid { actions, .. } = h.state().live().expect("open").projector_slide() else {
        panic!("still on 'you said, we did'");
    };
    assert_eq!(actions[open].state, ActionState::Done);
    let still_open = actions
        .iter()
        .filter(|a| a.state != ActionState::Done)
        .count();
    h.get_by_label_contains(&format!(
        "{still_open} actions still open from earlier cafés"
    ));

    // The closing records that it was said back.
    h.key_press(Key::End);
    h.run();
    let said = h.state().live().expect("open").session.you_said.clone();
    assert!(
        said.expect("kept").told,
        "the closing records what was said back"
    );
}
