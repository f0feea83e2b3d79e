//! What goes wrong, in Spanish: broken café files and guides on Home, and the reasons the
//! system gives, are worded from the catalogue in the person's language, with no English
//! sentence of the store left on screen.

use cafe_host::i18n::{Lang, tr};

use crate::common::{TestClock, choose_language_on_home, harness, labels, spanish};

/// The English words of every problem a file can have that has fixed words.
const PROBLEMS: [&str; 9] = [
    "file-problem-missing",
    "file-problem-no-permission",
    "file-problem-folder",
    "file-problem-not-regular",
    "file-problem-not-text",
    "file-problem-empty",
    "file-problem-guide-not-session",
    "file-problem-session-not-guide",
    "file-problem-not-cafe-file",
];

#[test]
fn broken_cafes_and_guides_on_home_are_told_in_spanish() {
    let data = tempfile::tempdir().expect("temp dir");
    let sessions = data.path().join("sessions");
    let guides = data.path().join("guides");
    std::fs::create_dir_all(&sessions).expect("sessions");
    std::fs::create_dir_all(&guides).expect("guides");
    let guide = std::fs::read_to_string(format!(
        "{}/assets/guides/learning-at-home.ron",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("a guide");
    // A café file that is empty, one that holds a guide, one that is not text, and a
    // guide that holds nothing.
    std::fs::write(sessions.join("2026-11-19_empty_00000000.ron"), "").expect("write");
    std::fs::write(sessions.join("2026-11-20_a-guide_00000000.ron"), &guide).expect("write");
    std::fs::write(
        sessions.join("2026-11-21_binary_00000000.ron"),
        b"\xff\xfe\x00Session(",
    )
    .expect("write");
    std::fs::write(guides.join("empty-guide.ron"), "").expect("write");

    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    let es = choose_language_on_home(&mut h, "es");
    h.run_steps(5);
    let shown = labels(&h);
    for key in [
        "file-problem-empty",
        "file-problem-guide-not-session",
        "file-problem-not-text",
    ] {
        let spanish = tr(es, key);
        assert!(
            shown.iter().any(|l| l.contains(&spanish)),
            "no \"{spanish}\" among {shown:?}"
        );
    }
    for key in PROBLEMS {
        let english = tr(Lang::default(), key);
        assert_ne!(english, tr(es, key), "{key} has Spanish words");
        let left: Vec<&String> = shown.iter().filter(|l| l.contains(&english)).collect();
        assert!(left.is_empty(), "English left on Home: {left:?}");
    }
    for english in [", line ", ", column "] {
        let left: Vec<&String> = shown.iter().filter(|l| l.contains(english)).collect();
        assert!(left.is_empty(), "English left on Home: {left:?}");
    }
}

/// Fail when any label on screen holds `english`, and when none holds `spanish`.
#[track_caller]
fn told_in_spanish(
    h: &egui_kittest::Harness<'_, cafe_host::ui::CafeApp>,
    english: &str,
    spanish: &str,
) {
    let shown = labels(h);
    assert!(
        shown.iter().any(|l| l.contains(spanish)),
        "no \"{spanish}\" among {shown:?}"
    );
    let left: Vec<&String> = shown.iter().filter(|l| l.contains(english)).collect();
    assert!(left.is_empty(), "English left: {left:?}");
}

#[test]
fn notes_that_cannot_be_imported_and_a_cafe_that_cannot_open_are_told_in_spanish() {
    use cafe_host::ui::command::Request;
    let data = tempfile::tempdir().expect("temp dir");
    spanish(data.path());
    let path = crate::common::example_session(data.path());
    let clock = TestClock::new();
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    let es = Lang::from_code("es").expect("Spanish");
    assert_eq!(h.state().language(), es);
    let en = Lang::default();

    let empty = data.path().join("empty-copy.ron");
    std::fs::write(&empty, "").expect("write");
    h.state_mut().run(Request::Import(empty));
    h.run();
    told_in_spanish(
        &h,
        &tr(en, "file-problem-empty"),
        &tr(es, "file-problem-empty"),
    );
    told_in_spanish(&h, "Could not import", "No se pudo importar");

    h.state_mut().run(Request::Import(path));
    h.run();
    told_in_spanish(
        &h,
        &tr(en, "import-error-own-file"),
        &tr(es, "import-error-own-file"),
    );

    let mut other = cafe_host::store::load_session(&crate::common::example_session_source())
        .expect("loads")
        .session;
    other.id = uuid::Uuid::new_v4();
    let different = data.path().join("another-cafe.ron");
    std::fs::write(&different, cafe_host::store::to_ron(&other).expect("ron")).expect("write");
    h.state_mut().run(Request::Import(different));
    h.run();
    told_in_spanish(&h, "two different cafés", "son dos cafés distintos");

    // Opening a café file that is not text.
    let broken = data.path().join("broken.ron");
    std::fs::write(&broken, b"Session(\xff\xfe").expect("write");
    h.state_mut().run(Request::Open(broken));
    h.run();
    told_in_spanish(
        &h,
        &tr(en, "file-problem-not-text"),
        &tr(es, "file-problem-not-text"),
    );
    told_in_spanish(
        &h,
        "Could not open the session",
        "No se pudo abrir la sesión",
    );
}

#[test]
fn a_lock_that_cannot_be_used_or_taken_over_is_told_in_spanish() {
    use cafe_host::ui::command::Request;
    let data = tempfile::tempdir().expect("temp dir");
    spanish(data.path());
    let path = crate::common::example_session(data.path());
    // Where the café's lock file should be stands a folder: the café opens read-only and
    // cannot be taken over.
    let lock = cafe_host::store::lock::lock_path(&path);
    std::fs::create_dir(&lock).expect("a folder for a lock");
    let name = lock
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let clock = TestClock::new();
    let mut h = harness(data.path(), Some(path.clone()), &clock);
    let es = Lang::from_code("es").expect("Spanish");
    assert_eq!(h.state().language(), es);
    h.run();
    let spanish =
        cafe_host::i18n::tr_args(es, "lock-unusable-folder", &[("name", name.clone().into())]);
    told_in_spanish(&h, "is a folder, not a lock file", &spanish);
    told_in_spanish(&h, "is unusable", "no sirve");

    h.state_mut().run(Request::TakeOver(path));
    h.run();
    told_in_spanish(
        &h,
        "could not be taken over",
        "No se pudo tomar el control del café",
    );
    told_in_spanish(&h, "is a folder, not a lock file", &spanish);
}

#[test]
fn a_copy_that_cannot_be_saved_while_closing_is_told_in_spanish() {
    use cafe_host::ui::command::{CloseChoice, Request};
    let mut c = crate::common::OnAStick::open();
    c.pull_out();
    crate::common::add_note(&mut c.h, "escrito con la memoria fuera");
    c.stop.store(true, std::sync::atomic::Ordering::SeqCst);
    c.h.run();
    let es = Lang::from_code("es").expect("Spanish");
    c.h.state_mut().run(Request::SetLanguage(es));
    c.h.run();
    crate::common::push_close(&mut c.h);
    c.h.run();
    assert!(c.h.state().is_asking_before_closing());
    // A folder that does not exist.
    let nowhere = c.data.path().join("no-such-folder").join("copia.ron");
    c.h.state_mut()
        .run(Request::Closing(CloseChoice::SaveCopy(nowhere.clone())));
    c.h.run();
    assert!(c.h.state().is_asking_before_closing(), "still asking");
    let folder = nowhere.parent().expect("folder").display().to_string();
    told_in_spanish(&c.h, "The copy was not saved", "La copia no se guardó");
    told_in_spanish(
        &c.h,
        &format!("the folder {folder} is missing"),
        &format!("falta la carpeta {folder}"),
    );
}

#[test]
fn an_exports_folder_that_cannot_be_made_is_told_in_spanish() {
    use cafe_host::ui::command::{AppCommand, AttendanceExport, Request};
    let data = tempfile::tempdir().expect("temp dir");
    spanish(data.path());
    // A file stands where the exports folder should be.
    let exports = data.path().join("exports");
    std::fs::write(&exports, "not a folder").expect("a file");
    let path = crate::common::example_session(data.path());
    let clock = TestClock::new();
    let mut h = harness(data.path(), Some(path), &clock);
    let es = Lang::from_code("es").expect("Spanish");
    h.state_mut().run(AppCommand::ShowSignIn);
    h.run();
    h.state_mut().run(Request::ExportAttendance {
        kind: AttendanceExport::Csv,
        names: false,
    });
    h.run();
    let folder = exports.display().to_string();
    told_in_spanish(
        &h,
        "a file stands where that folder should be",
        &format!(
            "No se pudo crear la carpeta {folder} ({})",
            tr(es, "os-reason-not-a-folder")
        ),
    );
    assert_eq!(
        std::fs::read_to_string(&exports).expect("the file"),
        "not a folder",
        "nothing written over it"
    );
}

#[test]
fn a_shared_copy_that_cannot_be_written_is_told_in_spanish() {
    use cafe_host::ui::command::{Request, SharedRequest};
    let data = tempfile::tempdir().expect("temp dir");
    let sync = tempfile::tempdir().expect("sync folder");
    let path = crate::common::example_session(data.path());
    let clock = TestClock::new();
    let mut h = harness(data.path(), Some(path), &clock);
    h.state_mut().run(Request::Shared(SharedRequest::Share(
        sync.path().to_owned(),
    )));
    h.run();
    let session = h.state().live().expect("open").session.clone();
    let folder = cafe_host::store::shared::cafe_folder(sync.path(), &session);
    // The café's folder in the shared folder becomes a file: its copy cannot be written.
    std::fs::remove_dir_all(&folder).expect("remove the folder");
    std::fs::write(&folder, "not a folder").expect("a file");
    h.key_press(egui::Key::F3);
    h.run();
    crate::common::add_note(&mut h, "escrita con la carpeta rota");
    let es = Lang::from_code("es").expect("Spanish");
    h.state_mut().run(Request::SetLanguage(es));
    let spanish = cafe_host::i18n::tr_args(
        es,
        "save-cause-not-a-folder",
        &[("folder", folder.display().to_string().into())],
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !labels(&h).iter().any(|l| l.contains(&spanish)) {
        assert!(std::time::Instant::now() < deadline, "{:?}", labels(&h));
        h.run();
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    told_in_spanish(&h, "is not a folder any more", &spanish);
    told_in_spanish(
        &h,
        "Shared copy not written",
        "No se escribió la copia compartida",
    );
}

/// Fail when any label on screen holds one of the English sentences of `english`.
#[track_caller]
fn no_english_left(h: &egui_kittest::Harness<'_, cafe_host::ui::CafeApp>, english: &[&str]) {
    let shown = labels(h);
    for words in english {
        let left: Vec<&String> = shown.iter().filter(|l| l.contains(words)).collect();
        assert!(left.is_empty(), "English left: {left:?}");
    }
}

#[test]
fn what_opening_a_hand_edited_cafe_put_right_and_kept_read_only_is_told_in_spanish() {
    use cafe_host::i18n::tr_args;
    let data = tempfile::tempdir().expect("temp dir");
    spanish(data.path());
    let mut session = cafe_host::store::load_session(&crate::common::example_session_source())
        .expect("loads")
        .session;
    // A note pasted twice (one id), a question planned for a whole day, and a field this
    // version does not know.
    let table = session.tables[0].id;
    let note = crate::common::plain_note(table, "pegada dos veces");
    session.notes.extend([note.clone(), note]);
    session.guide.questions[0].minutes = 1000;
    let text = cafe_host::store::to_ron(&session).expect("text").replacen(
        "schema_version:",
        "humor: \"soleado\",\n    schema_version:",
        1,
    );
    let path = data.path().join("a-mano.ron");
    std::fs::write(&path, text).expect("write");
    let clock = TestClock::new();
    let h = harness(data.path(), Some(path), &clock);
    let es = Lang::from_code("es").expect("Spanish");
    assert_eq!(h.state().language(), es);
    // The newest notice shows; the earlier ones wait behind "and 2 earlier messages".
    let said = h.state().notices().join(" | ");
    let told = |english: &str, spanish: &str| {
        assert!(said.contains(spanish), "no \"{spanish}\" in {said}");
        assert!(!said.contains(english), "English left: {said}");
    };
    told(
        "shared an id with another note",
        &cafe_host::i18n::count(es, "repair-shared-note", 1),
    );
    told(
        "Question 1 planned 1000 minutes",
        &tr_args(
            es,
            "repair-round-minutes",
            &[
                ("question", 1.into()),
                ("was", 1000.into()),
                ("now", 240.into()),
            ],
        ),
    );
    told("nothing was removed", "no se quitó nada");
    told_in_spanish(
        &h,
        "fields this version of Café Host does not know",
        "campos que esta versión de Café Host no conoce (`humor`)",
    );
    no_english_left(
        &h,
        &[
            "Opened read-only",
            "It is open read-only",
            "nothing was removed",
        ],
    );
}

#[test]
fn half_typed_notes_that_cannot_be_read_are_told_in_spanish() {
    let data = tempfile::tempdir().expect("temp dir");
    spanish(data.path());
    let path = crate::common::example_session(data.path());
    let id = cafe_host::store::load_session(&path)
        .expect("loads")
        .session
        .id;
    let dir = data.path().join("drafts");
    std::fs::create_dir_all(&dir).expect("drafts folder");
    let drafts = cafe_host::store::drafts::path(&dir, id, &path);
    std::fs::write(&drafts, "{ no: borradores").expect("write");
    let clock = TestClock::new();
    let h = harness(data.path(), Some(path), &clock);
    let aside = drafts.with_extension("ron.unreadable");
    assert!(aside.exists(), "the unreadable file is set aside");
    told_in_spanish(
        &h,
        "Half-typed notes from last time could not be read",
        "Las notas a medio escribir de la última vez no se pudieron leer",
    );
    told_in_spanish(
        &h,
        "The file was kept as",
        &cafe_host::i18n::tr_args(
            Lang::from_code("es").expect("Spanish"),
            "notice-drafts-set-aside",
            &[("file", aside.display().to_string().into())],
        ),
    );
}

#[test]
fn a_guide_open_in_another_window_is_told_in_spanish_in_the_editor() {
    use cafe_host::ui::command::Request;
    use cafe_host::ui::guides::GuideRequest;
    let data = tempfile::tempdir().expect("temp dir");
    spanish(data.path());
    let guides = data.path().join("guides");
    std::fs::create_dir_all(&guides).expect("guides");
    let guide = guides.join("mi-guia.ron");
    std::fs::copy(
        format!(
            "{}/assets/guides/learning-at-home.ron",
            env!("CARGO_MANIFEST_DIR")
        ),
        &guide,
    )
    .expect("a guide of one's own");
    // Another window of this computer edits it.
    let lock = cafe_host::store::lock::SessionLock::acquire(&guide).expect("the other window");
    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    h.state_mut()
        .run(Request::Guides(Box::new(GuideRequest::Edit(guide.clone()))));
    h.run();
    assert!(h.state().editor().is_some(), "the editor is open");
    told_in_spanish(
        &h,
        "Read-only: this guide is being edited in",
        "Solo lectura",
    );
    told_in_spanish(&h, "(process ", "(proceso ");
    no_english_left(&h, &["Café Host on "]);
    // Renaming it under that window is refused in Spanish too.
    h.state_mut()
        .run(Request::Guides(Box::new(GuideRequest::Rename(
            guide.clone(),
            "Otra".into(),
        ))));
    h.run();
    told_in_spanish(
        &h,
        "This guide is open in the editor of",
        "Esta guía está abierta en el editor de Café Host en ",
    );
    no_english_left(&h, &["Café Host on "]);
    lock.release();
}
