//! The interface catalogue carries every key-list label, in the words the app shows today.

use cafe_host::i18n::{Lang, tr};
use cafe_host::ui::command::key_rows;

#[test]
fn every_key_list_label_is_in_the_catalogue() {
    let es = Lang::from_code("es").expect("Spanish");
    for row in key_rows(Lang::ENGLISH) {
        let command = row.command;
        let key = command.catalogue_key();
        let english = command.tooltip(Lang::ENGLISH);
        assert_eq!(tr(Lang::ENGLISH, key), english, "{key}");
        let spanish = command.tooltip(es);
        assert_ne!(spanish, key, "{key} missing");
        assert_ne!(spanish, english, "{key} is not translated");
    }
}

#[test]
fn a_bundled_guide_carries_arabic_and_vietnamese_marked_as_drafts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let guides = cafe_host::store::catalog::list_guides(dir.path());
    let guide = guides
        .iter()
        .filter_map(|entry| entry.guide.as_ref().ok())
        .find(|g| g.languages.iter().any(|l| l == "ar"))
        .expect("a bundled guide in Arabic");
    assert!(guide.languages.iter().any(|l| l == "vi"));
    assert!(guide.purpose.contains("drafts"), "{}", guide.purpose);
    for lang in ["es", "ar", "vi"] {
        for q in &guide.questions {
            assert!(q.translation(lang).is_some(), "{lang}: {}", q.text);
        }
        for a in &guide.agreements {
            assert!(a.translation(lang).is_some(), "{lang}: {}", a.text);
        }
    }
    let arabic = guide.questions[0].translation("ar").unwrap_or_default();
    assert!(cafe_host::ui::bidi::is_rtl(arabic));
    // The slides of this room speak all four of its languages.
    let room = cafe_host::i18n::room_languages(&guide.languages);
    assert_eq!(room.texts.len(), 4);
    assert!(room.missing.is_empty());
}

#[test]
fn choosing_spanish_on_home_gives_the_key_list_in_spanish() {
    use egui_kittest::kittest::Queryable;
    let data = tempfile::tempdir().expect("temp dir");
    let clock = crate::common::TestClock::new();
    let mut h = crate::common::harness(data.path(), None, &clock);
    crate::common::choose_language_on_home(&mut h, "es");
    h.key_press(egui::Key::F1);
    h.run();
    h.get_by_label("Poner el paso siguiente en el proyector");
    assert!(
        h.query_by_label("Put the next step on the projector")
            .is_none(),
        "no English left in the key list"
    );
}

#[test]
fn the_chosen_language_and_the_reviews_folders_are_remembered_next_time() {
    use cafe_host::ui::{AppCommand, Request};
    use egui_kittest::kittest::Queryable;
    let data = tempfile::tempdir().expect("temp dir");
    let elsewhere = tempfile::tempdir().expect("another folder");
    std::fs::copy(
        crate::common::example_session_source(),
        elsewhere.path().join("kept-elsewhere.ron"),
    )
    .expect("a café elsewhere");
    let clock = crate::common::TestClock::new();
    let mut h = crate::common::harness(data.path(), None, &clock);
    let es = crate::common::choose_language_on_home(&mut h, "es");
    h.state_mut().run(AppCommand::ShowPastCafes);
    h.state_mut()
        .run(Request::AddPastFolder(elsewhere.path().to_owned()));
    h.run();
    drop(h);

    // The next start: Spanish without choosing, and the other folder's café in the library.
    let mut h = crate::common::harness(data.path(), None, &clock);
    assert_eq!(h.state().language(), es);
    h.key_press(egui::Key::F7);
    for _ in 0..200 {
        h.run();
        if h.query_all_by_label("Our Children, Our School")
            .next()
            .is_some()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(
        h.query_all_by_label("Our Children, Our School")
            .next()
            .is_some(),
        "the café kept in the other folder is listed"
    );
}
