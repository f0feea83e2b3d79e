//! Closing while something is not saved: the panel tells each state as it is (the café's last
//! changes, saving stopped after a lost lock, only half-typed notes), and goes, closing the
//! window as asked, once everything is saved. Messages about saving go once it holds again.

use std::time::{Duration, Instant};

use cafe_host::ui::CafeApp;
use egui::{ViewportCommand, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{NOTE_BOX, OnAStick, add_note, push_close};

fn ask_to_close(h: &mut Harness<'_, CafeApp>) {
    push_close(h);
    h.run();
}

/// Whether the last frame asked the window to close.
fn closes(h: &Harness<'_, CafeApp>) -> bool {
    h.output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&ViewportCommand::Close))
}

/// Run frames until `done` holds, for at most ten seconds.
fn run_until(
    h: &mut Harness<'_, CafeApp>,
    what: &str,
    done: impl Fn(&Harness<'_, CafeApp>) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        // One frame at a time, so the frame that asks the window to close is seen.
        h.step();
        if done(h) {
            return;
        }
        assert!(Instant::now() < deadline, "never: {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn shown(h: &Harness<'_, CafeApp>, text: &str) -> bool {
    h.query_by_label_contains(text).is_some()
}

#[test]
fn not_saved_on_a_stop_from_the_system_closes_by_itself_once_saving_works_again() {
    let mut c = OnAStick::open();
    c.pull_out();
    add_note(&mut c.h, "typed while the stick was out");
    c.stop.store(true, std::sync::atomic::Ordering::SeqCst);
    c.h.run();
    ask_to_close(&mut c.h);
    assert!(c.h.state().is_asking_before_closing());
    assert!(shown(&c.h, "last changes are not saved"));
    c.put_back();
    run_until(&mut c.h, "the window closes once saved", closes);
    assert!(!c.h.state().is_asking_before_closing(), "the panel is gone");
    let saved = cafe_host::store::load_session(&c.file()).expect("loads");
    assert!(
        saved
            .session
            .live_notes()
            .any(|n| n.text == "typed while the stick was out")
    );
}

#[test]
fn after_a_lost_lock_closing_offers_no_keep_trying_and_says_where_the_work_is() {
    let mut c = OnAStick::open();
    let file = c.file();
    std::fs::remove_file(cafe_host::store::lock::lock_path(&file)).expect("delete the lock");
    add_note(&mut c.h, "typed after the lock went");
    run_until(&mut c.h, "saving stops", |h| {
        h.state().save_status().is_some_and(|s| s.stopped)
    });
    ask_to_close(&mut c.h);
    assert!(c.h.state().is_asking_before_closing());
    assert!(shown(&c.h, "Saving to the café's file has stopped"));
    assert!(!shown(&c.h, "Keep trying"), "trying again cannot help");
    assert!(!shown(&c.h, "lose the unsaved changes"), "nothing is lost");
    assert!(shown(&c.h, "the newest changes wait in the recovery copy"));
    assert!(shown(&c.h, "Close (the changes wait in the recovery copy)"));
    assert!(shown(&c.h, "Save the copy and close"));
}

#[test]
fn only_half_typed_notes_unsaved_says_the_cafe_is_saved() {
    let mut c = OnAStick::open();
    add_note(&mut c.h, "a whole note");
    assert!(c.h.state_mut().flush(Duration::from_secs(5)));
    // The drafts folder becomes a file: half-typed notes can no longer be kept.
    let drafts = c.data.path().join("drafts");
    std::fs::remove_dir_all(&drafts).expect("drafts");
    std::fs::write(&drafts, "not a folder").expect("a file");
    c.h.get_by_label(NOTE_BOX).focus();
    c.h.run();
    c.h.get_by_label(NOTE_BOX).type_text("half a thought");
    c.h.run();
    ask_to_close(&mut c.h);
    assert!(c.h.state().is_asking_before_closing());
    assert!(
        shown(&c.h, "The café is saved, but half-typed notes"),
        "{}",
        panel(&c.h)
    );
    assert!(!shown(&c.h, "last changes are not saved"));
    assert!(!shown(&c.h, "Save a copy"), "the café needs no copy");
    // The folder is back: the half-typed note is kept and the window closes.
    std::fs::remove_file(&drafts).expect("file");
    std::fs::create_dir(&drafts).expect("folder");
    run_until(
        &mut c.h,
        "the window closes once the drafts are kept",
        closes,
    );
}

/// The words on screen, for a failure message.
fn panel(h: &Harness<'_, CafeApp>) -> String {
    h.state().notices().join(" | ")
}

#[test]
fn the_cafe_stays_open_message_goes_once_it_is_saved() {
    let mut c = OnAStick::open();
    c.pull_out();
    add_note(&mut c.h, "typed while the stick was out");
    c.h.get_by_label("Home").click();
    c.h.run();
    assert!(c.h.state().live().is_some(), "the café stays open");
    assert!(
        c.h.state()
            .notices()
            .iter()
            .any(|n| n.contains("stays open")),
        "{}",
        panel(&c.h)
    );
    c.put_back();
    run_until(&mut c.h, "the message goes once saved", |h| {
        !h.state().notices().iter().any(|n| n.contains("stays open"))
    });
    assert!(c.file().exists());
}

#[test]
fn a_saving_error_cut_short_shows_its_whole_sentence_once_on_hover() {
    let mut c = OnAStick::open();
    // A laptop's window: the sentence does not fit beside the tabs.
    c.h.set_size(egui::vec2(1024.0, 700.0));
    c.pull_out();
    add_note(&mut c.h, "typed while the stick was out");
    run_until(&mut c.h, "the error is shown", |h| shown(h, "Not saved"));
    c.h.get_by_label_contains("Not saved").hover();
    c.h.run();
    let sentences = c.h.query_all_by_label_contains("Not saved").count();
    assert_eq!(sentences, 2, "the bar, and one tooltip over it");
}
