//! Making a café of one's own: from Home, copy a bundled guide, add a question with its points
//! and a Spanish translation, move it to second place, save, and run a café from it — once with
//! the mouse and once with the keyboard alone.

use std::time::Duration;

use cafe_host::live::{Command, Slide};
use cafe_host::model::{Guide, Step};
use cafe_host::store::load_guide_file;
use cafe_host::ui::editor::Editor;
use cafe_host::ui::{CafeApp, Request};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::common::{TestClock, harness};

const WAIT: Duration = Duration::from_secs(5);
const QUESTION: &str = "What would make the first week of school easier for your family?";
const PREGUNTA: &str = "¿Qué haría más fácil la primera semana de clases para su familia?";
const POINT_ONE: &str = "Knowing the teacher's name before the first day";
const PUNTO_UNO: &str = "Saber el nombre del maestro antes del primer día";
const POINT_TWO: &str = "A map of the school and where to wait";

fn editor_guide(h: &Harness<'_, CafeApp>) -> Guide {
    h.state()
        .editor()
        .expect("the editor is open")
        .guide()
        .clone()
}

/// What the finished guide must hold, whichever way it was made.
fn check_authored(guide: &Guide) {
    assert_eq!(guide.languages, ["en", "es"]);
    assert_eq!(guide.questions.len(), 7);
    let q = &guide.questions[1];
    assert_eq!(q.text, QUESTION);
    assert_eq!(q.translation("es"), Some(PREGUNTA));
    let points: Vec<&str> = q.points.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(points, [POINT_ONE, POINT_TWO]);
    assert_eq!(q.points[0].translation("es"), Some(PUNTO_UNO));
    assert_eq!(q.points[1].translation("es"), None);
}

/// Start the café from the guide chosen on Home; a guide with things to fix warns once.
fn start(h: &mut Harness<'_, CafeApp>, press: impl Fn(&mut Harness<'_, CafeApp>, &str)) {
    press(h, "Start the café");
    assert!(h.state().live().is_none(), "the first press warns");
    h.get_by_label_contains("Press again to start anyway");
    press(h, "Start anyway");
    assert!(h.state().live().is_some(), "the café started");
}

/// On the presenter, the new question is Question 2 with its points, and with Spanish on
/// screen the projector shows it in Spanish.
fn check_presenter(h: &mut Harness<'_, CafeApp>) {
    for _ in 0..3 {
        h.key_press(Key::PageDown);
        h.run();
    }
    let live = h.state().live().expect("open");
    assert_eq!(live.session.current, Step::Question(1));
    assert!(h.query_all_by_label_contains("Question 2").count() > 0);
    h.get_by_label(QUESTION);
    h.get_by_label(POINT_ONE);
    h.get_by_label(POINT_TWO);
    h.key_press(Key::F5);
    h.run();
    h.state_mut()
        .run(Request::Cafe(Command::SetTranslation(Some("es".into()))));
    h.run();
    let slide = h.state().live().expect("open").projector_slide();
    assert!(
        matches!(&slide, Slide::Question { number: 2, translation: Some(t), .. } if t == PREGUNTA),
        "{slide:?}"
    );
    assert_eq!(
        h.query_all_by_label(PREGUNTA).count(),
        2,
        "presenter and projector"
    );
    h.get_by_label(PUNTO_UNO);
}

fn click(h: &mut Harness<'_, CafeApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn type_into(h: &mut Harness<'_, CafeApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

#[test]
fn a_copied_guide_gets_a_translated_question_moved_to_second_place_and_runs() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    h.get_by_label_contains("Learning at Home").click();
    h.run();
    click(&mut h, "Make a copy to edit");
    let original = editor_guide(&h);
    assert_eq!(original.title, "Learning at Home (copy)");

    click(&mut h, "About this guide");
    click(&mut h, "Add a language");
    click(&mut h, "Español (es)");
    let last = format!("6. {}", original.questions[5].text);
    h.get_by_label_contains(&last[..20]).click();
    h.run();
    click(&mut h, "Add a question");
    assert_eq!(
        h.state().editor().expect("open").selected(),
        Some(Step::Question(6))
    );
    type_into(&mut h, "Question (English)", QUESTION);
    type_into(&mut h, "Question (Español)", PREGUNTA);
    click(&mut h, "Add a point");
    click(&mut h, "Add a point");
    type_into(&mut h, "Point 1 (English)", POINT_ONE);
    type_into(&mut h, "Point 1 (Español)", PUNTO_UNO);
    type_into(&mut h, "Point 2 (English)", POINT_TWO);

    // Drag it by its grip onto the second question of the agenda.
    let from = h.get_by_label_contains("7. What would make").rect();
    let to = h.get_by_label_contains("2. ").rect();
    let grip = egui::pos2(from.left() - 10.0, from.center().y);
    h.hover_at(grip);
    h.run();
    h.drag_at(grip);
    h.run();
    for step in 1..=6 {
        let y = grip.y + (to.center().y - grip.y) * step as f32 / 6.0;
        h.hover_at(egui::pos2(grip.x, y));
        h.run();
    }
    h.drop_at(egui::pos2(grip.x + 40.0, to.center().y));
    h.run();
    check_authored(&editor_guide(&h));
    assert_eq!(
        h.state().editor().expect("open").selected(),
        Some(Step::Question(1))
    );

    // Every edit undoes and redoes.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        editor_guide(&h).questions[6].text,
        QUESTION,
        "the move is undone"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    check_authored(&editor_guide(&h));

    click(&mut h, "Save (Ctrl+S)");
    assert!(h.state_mut().flush(WAIT));
    let path = h
        .state()
        .editor()
        .expect("open")
        .open_guide()
        .path()
        .to_owned();
    check_authored(&load_guide_file(&path).expect("saved").guide);
    click(&mut h, "Back to Home");
    assert!(h.state().editor().is_none(), "saved: leaving asks nothing");
    start(&mut h, click);
    check_presenter(&mut h);
}

/// The name of the control that has the keyboard.
fn focused(h: &Harness<'_, CafeApp>) -> Option<String> {
    h.query_by(|n: &egui_kittest::kittest::AccessKitNode<'_>| n.is_focused())
        .and_then(|n| n.accesskit_node().label())
}

/// Press Tab until the control named `label` has the keyboard.
fn tab_to(h: &mut Harness<'_, CafeApp>, label: &str) {
    for _ in 0..300 {
        if focused(h).is_some_and(|l| l.starts_with(label)) {
            return;
        }
        h.key_press(Key::Tab);
        h.run();
    }
    panic!("Tab never reached {label}");
}

/// Tab to a control and press Enter on it.
fn press(h: &mut Harness<'_, CafeApp>, label: &str) {
    tab_to(h, label);
    h.key_press(Key::Enter);
    h.run();
}

fn type_text(h: &mut Harness<'_, CafeApp>, label: &str, text: &str) {
    tab_to(h, label);
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
}

#[test]
fn the_same_guide_is_made_with_the_keyboard_alone() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    press(&mut h, "Learning at Home");
    press(&mut h, "Make a copy to edit");
    assert!(h.state().editor().is_some());
    press(&mut h, "About this guide");
    type_text(&mut h, "or its code:", "es");
    press(&mut h, "Add");
    assert_eq!(editor_guide(&h).languages, ["en", "es"]);
    press(&mut h, "6. ");
    // A question just added has the keyboard: its text is typed at once.
    press(&mut h, "Add a question");
    assert_eq!(focused(&h).as_deref(), Some("Question (English)"));
    type_text(&mut h, "Question (English)", QUESTION);
    type_text(&mut h, "Question (Español)", PREGUNTA);
    press(&mut h, "Add a point");
    type_text(&mut h, "Point 1 (English)", POINT_ONE);
    type_text(&mut h, "Point 1 (Español)", PUNTO_UNO);
    press(&mut h, "Add a point");
    type_text(&mut h, "Point 2 (English)", POINT_TWO);
    // Alt+Up moves the chosen question, even while a text box has the keyboard.
    for _ in 0..5 {
        h.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
        h.run();
    }
    check_authored(&editor_guide(&h));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(h.state_mut().flush(WAIT));
    press(&mut h, "Back to Home");
    assert!(h.state().editor().is_none());
    start(&mut h, press);
    check_presenter(&mut h);
}

/// The editor is a page where people type: no letter or Space is a command there, a focused
/// button gets Space and Enter, Esc closes an open menu and does nothing else, and the editor's
/// own keys are chords that work while a text box has the keyboard.
#[test]
fn in_the_editor_a_key_goes_to_what_has_the_keyboard_first() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    h.get_by_label_contains("Learning at Home").click();
    h.run();
    click(&mut h, "Make a copy to edit");
    let first = editor_guide(&h).questions[0].text.clone();
    h.get_by_label_contains(&format!("1. {}", &first[..12]))
        .click();
    h.run();
    let points = |h: &Harness<'_, CafeApp>| editor_guide(h).questions[0].points.len();
    let before = points(&h);
    // A focused button takes Space and Enter.
    h.get_by_label("Add a point").focus();
    h.run();
    h.key_press(Key::Space);
    h.run();
    assert_eq!(points(&h), before + 1, "Space pressed the focused button");
    h.get_by_label("Add a point").focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(points(&h), before + 2, "Enter pressed it");
    // With nothing focused, the presenter's letters, Space and arrows change nothing.
    h.ctx.memory_mut(|m| {
        if let Some(id) = m.focused() {
            m.surrender_focus(id);
        }
    });
    let guide = editor_guide(&h);
    for key in [Key::B, Key::T, Key::H, Key::Space, Key::ArrowDown, Key::End] {
        h.key_press(key);
        h.run();
    }
    assert_eq!(editor_guide(&h), guide);
    assert!(h.state().editor().is_some());
    // Esc on the open "Add a language" menu closes the menu, and nothing else.
    click(&mut h, "About this guide");
    click(&mut h, "Add a language");
    assert!(
        h.query_by_label("Español (es)").is_some(),
        "the menu is open"
    );
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Español (es)").is_none(), "Esc closed it");
    let editor = h.state().editor().expect("still editing");
    assert!(!editor.is_asking(), "Esc did not ask to leave");
    assert_eq!(editor.guide(), &guide);
    // Alt+Down moves the question while its text box has the keyboard; Ctrl+Z undoes it.
    h.get_by_label_contains(&format!("1. {}", &first[..12]))
        .click();
    h.run();
    h.get_by_label("Question (English)").focus();
    h.run();
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    h.run();
    assert_eq!(editor_guide(&h).questions[1].text, first);
    assert_eq!(editor_guide(&h).questions[0].text, guide.questions[1].text);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(editor_guide(&h), guide, "Ctrl+Z undid the move");
}

#[test]
fn leaving_with_unsaved_changes_asks_and_the_answer_is_kept() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    click(&mut h, "New guide");
    click(&mut h, "A blank guide");
    type_into(&mut h, "Question (English)", "Half a thought");
    click(&mut h, "Back to Home");
    assert!(h.state().editor().expect("still open").is_asking());
    click(&mut h, "Keep editing");
    assert!(!h.state().editor().expect("still open").is_asking());
    click(&mut h, "Back to Home");
    click(&mut h, "Don't save");
    assert!(h.state().editor().is_none());
    let guides: Vec<_> = std::fs::read_dir(data.path().join("guides"))
        .expect("guides")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    assert_eq!(guides.len(), 1);
    let saved = load_guide_file(&guides[0]).expect("loads").guide;
    assert_eq!(saved.questions[0].text, "", "not saved, as asked");
    assert!(
        cafe_host::store::guide_drafts::pending(&data.path().join("drafts")).is_empty(),
        "nothing kept to offer back"
    );
}

/// Every label on screen now.
fn labels(h: &Harness<'_, CafeApp>) -> Vec<String> {
    h.query_all_by(|_: &egui_kittest::kittest::AccessKitNode<'_>| true)
        .filter_map(|n| n.accesskit_node().label())
        .collect()
}

/// In Spanish, every page of the editor speaks Spanish (no message key, no English word of
/// the editor left), with a guide in four languages, one of them right to left; making Arabic
/// the main language turns every text round, and undo turns it back.
#[test]
fn the_editor_speaks_spanish_on_every_page_and_takes_a_right_to_left_main_language() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    crate::common::choose_language_on_home(&mut h, "es");
    h.get_by_label_contains("Our Children, Our School").click();
    h.run();
    click(&mut h, "Hacer una copia para editar");
    let english = [
        "About this guide",
        "Back to Home",
        "Discussion points",
        "The room sees",
        "Add a point",
        "missing in",
        "Minutes",
        "The evening",
        "Notes for the facilitator",
    ];
    let mut pages = vec!["Sobre esta guía", "Bienvenida", "Acuerdos del café"];
    let question = format!("1. {}", &editor_guide(&h).questions[0].text[..10]);
    pages.push(&question);
    pages.extend(["Cosecha", "Cierre"]);
    for page in &pages {
        h.get_by_label_contains(page).click();
        h.run();
        for label in labels(&h) {
            for prefix in [
                "editor-", "home-", "guides-", "problem-", "finding-", "command-",
            ] {
                assert!(
                    !label.starts_with(prefix),
                    "{page}: a message key on screen: {label}"
                );
            }
            for word in english {
                assert!(!label.contains(word), "{page}: English on screen: {label}");
            }
        }
    }
    h.get_by_label_contains("1. ").click();
    h.run();
    h.get_by_label("Puntos de conversación");
    h.get_by_label("La sala ve");

    let arabic = editor_guide(&h).questions[0]
        .translation("ar")
        .expect("an Arabic question")
        .to_owned();
    click(&mut h, "Sobre esta guía");
    let buttons: Vec<_> = h.query_all_by_label("Hacer principal").collect();
    assert_eq!(
        buttons.len(),
        3,
        "es, ar and vi can become the main language"
    );
    buttons[1].click();
    h.run();
    let guide = editor_guide(&h);
    assert_eq!(guide.main_language(), "ar");
    assert_eq!(guide.questions[0].text, arabic);
    assert!(guide.questions[0].translation("en").is_some());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(editor_guide(&h).main_language(), "en");
    click(&mut h, "Volver al inicio");
    assert!(
        h.state().editor().is_none(),
        "undone back to the file as saved: nothing to ask about"
    );
}

/// The window's close button with unsaved changes in the editor asks; "Save and close" saves.
/// A stop asked by the system closes without asking and keeps the changes for next time.
#[test]
fn closing_the_window_with_unsaved_changes_asks_and_a_system_stop_keeps_them() {
    use egui::{ViewportEvent, ViewportId};
    let close = |h: &mut Harness<'_, CafeApp>| {
        h.input_mut()
            .viewports
            .entry(ViewportId::ROOT)
            .or_default()
            .events
            .push(ViewportEvent::Close);
        h.step();
        h.run();
    };
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    click(&mut h, "New guide");
    click(&mut h, "A blank guide");
    type_into(&mut h, "Question (English)", "Typed before closing");
    close(&mut h);
    assert!(h.state().editor().expect("still open").is_asking());
    click(&mut h, "Save and close");
    assert!(h.state().editor().is_none());
    let guides = data.path().join("guides");
    let file = std::fs::read_dir(&guides)
        .expect("guides")
        .map(|e| e.expect("entry").path())
        .find(|p| p.extension().is_some_and(|e| e == "ron"))
        .expect("the guide");
    assert_eq!(
        load_guide_file(&file).expect("loads").guide.questions[0].text,
        "Typed before closing"
    );

    let (mut h, stop) = crate::common::harness_with_stop(data.path(), None, &clock);
    h.get_by_label_contains("new-guide.ron").click();
    h.run();
    click(&mut h, "Edit");
    type_into(&mut h, "Question (English)", ", and more");
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    h.step();
    close(&mut h);
    assert!(
        !h.state().editor().is_some_and(Editor::is_asking),
        "a system stop never asks"
    );
    drop(h);
    let kept = cafe_host::store::guide_drafts::pending(&data.path().join("drafts"));
    assert_eq!(kept.len(), 1, "kept for next time");
    assert_eq!(
        kept[0].guide.questions[0].text,
        "Typed before closing, and more"
    );
}
