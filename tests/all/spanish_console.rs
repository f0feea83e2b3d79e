//! The console in Spanish: a person picks "Español" on Home and walks Home, the presenter
//! through every kind of step, the top bar, the key list, a notice and the closing panel,
//! and no English label of the console is left.

use cafe_host::ui::CafeApp;
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::common::{TestClock, choose_language_on_home, harness};

/// Fail when any of `english` is on screen, and when any of `spanish` is not.
#[track_caller]
fn speaks_spanish(h: &Harness<'_, CafeApp>, place: &str, english: &[&str], spanish: &[&str]) {
    for words in english {
        let left: Vec<String> = h
            .query_all_by_label_contains(words)
            .filter_map(|n| n.accesskit_node().label())
            .collect();
        assert!(left.is_empty(), "{place}: English left: {left:?}");
    }
    for words in spanish {
        assert!(
            h.query_all_by_label_contains(words).next().is_some(),
            "{place}: no \"{words}\""
        );
    }
}

/// The words of the top bar, the nav tabs and the save state.
const NAV_ENGLISH: [&str; 7] = [
    "Presenter (F2)",
    "Tables (F3)",
    "Harvest (F4)",
    "Sign-in (F6)",
    "No changes yet",
    "Saved ",
    "Saving…",
];

/// The presenter's words that show on every step.
const PRESENTER_ENGLISH: [&str; 14] = [
    "Up next",
    "The room sees",
    "Open projector",
    "Timer on screen",
    "Black (B)",
    "White (W)",
    "Freeze (F)",
    "Move tables (M)",
    "Start (T)",
    "Reset (R)",
    "Round of",
    "Step ",
    "Café running",
    "Keys (F1)",
];

#[test]
fn the_console_speaks_spanish_on_every_screen_once_chosen_on_home() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    choose_language_on_home(&mut h, "es");

    speaks_spanish(
        &h,
        "Home",
        &[
            "Start a new café",
            "Choose a guide",
            "About this café",
            "Number of tables",
            "Recent cafés",
            "No cafés yet",
            "Open a session file",
            "Choose a file",
            "or type its path",
            "Review past cafés",
            "Start the café",
            "Run a Parent Café",
            "questions",
        ],
        &[
            "Empezar un café nuevo",
            "Idioma",
            "Revisar cafés anteriores (F7)",
            "Elegir un archivo…",
            "preguntas",
        ],
    );

    h.get_by_label("Empezar el café").click();
    h.run();
    assert!(h.state().live().is_some(), "the café started");

    // The welcome step, with the top bar and the nav.
    let mut english: Vec<&str> = PRESENTER_ENGLISH.to_vec();
    english.extend(NAV_ENGLISH);
    english.extend(["Welcome to", "Greet people", "Series", "tables ·"]);
    speaks_spanish(
        &h,
        "the welcome",
        &english,
        &[
            "Bienvenidos a",
            "Paso 1 de",
            "A continuación",
            "Lo que ve la sala",
            "La diapositiva de bienvenida",
            "Presentación (F2)",
            "Mesas (F3)",
            "Abrir proyector (F5)",
            "Negro (B)",
            "Teclas (F1)",
            "0 presentes",
        ],
    );
    assert!(
        h.query_by_label("Home").is_none(),
        "the Home button is English"
    );
    h.get_by_label("Inicio");
    assert!(h.query_by_label("0 here").is_none());

    h.key_press(Key::PageDown);
    h.run();
    speaks_spanish(
        &h,
        "the agreements",
        &["Café agreements", "Read them aloud"],
        &["Acuerdos del café", "Léalos en voz alta"],
    );

    h.key_press(Key::PageDown);
    h.run();
    speaks_spanish(
        &h,
        "a question",
        &[
            "Discussion points",
            "Tick each one",
            "Facilitator notes",
            "Question 1",
            "minutes planned",
        ],
        &[
            "Puntos de conversación",
            "Notas para quien facilita",
            "Pregunta 1",
            "Iniciar (T)",
            "Reiniciar (R)",
            "Ronda de",
        ],
    );

    the_last_steps_and_the_key_list_speak_spanish(&mut h);

    // Back on Home, the café waits in the recent list, in Spanish.
    h.key_press(Key::Home);
    h.run();
    h.get_by_label("Inicio").click();
    h.run();
    assert!(h.state().live().is_none(), "the café closed");
    crate::common::wait_for_label(&mut h, "Continuar");
    speaks_spanish(
        &h,
        "Home's recent list",
        &[
            "Resume",
            "in progress",
            "Table 1 only",
            "A laptop for one table",
        ],
        &[
            "en curso, en Bienvenida",
            "Continuar",
            "Solo la mesa 1",
            "¿Una computadora para una sola mesa?",
        ],
    );
}

/// The harvest and closing steps, a black screen and the key list, in Spanish.
fn the_last_steps_and_the_key_list_speak_spanish(h: &mut Harness<'_, CafeApp>) {
    // The agenda takes the facilitator straight to the harvest.
    h.get_by_role_and_label(Role::Button, "Cosecha").click();
    h.run();
    speaks_spanish(
        h,
        "the harvest",
        &[
            "Ask each table",
            "No discussion points were ticked",
            "The harvest slide",
        ],
        &["Pida a cada mesa", "No se marcó ningún punto"],
    );

    h.key_press(Key::End);
    h.run();
    speaks_spanish(
        h,
        "the closing",
        &[
            "Invite each person",
            "Commitments (shown",
            "None yet",
            "This is the last step",
        ],
        &[
            "Compromisos (se muestran a la sala)",
            "Este es el último paso.",
        ],
    );

    h.key_press(Key::B);
    h.run();
    speaks_spanish(h, "a black screen", &["BLACK SCREEN"], &["PANTALLA NEGRA"]);
    h.key_press(Key::B);
    h.run();

    h.key_press(Key::F1);
    h.run();
    speaks_spanish(
        h,
        "the key list",
        &[
            "Keys that work here",
            "What they do",
            "While typing",
            "everywhere",
            "an open café",
            "Put the next step on the projector",
            "Page Down",
            "Right arrow",
            "Close (F1)",
        ],
        &[
            "Las teclas que funcionan en esta página llevan ✔",
            "Qué hacen",
            "en todas partes",
            "Poner el paso siguiente en el proyector",
            "Av Pág o Flecha derecha o Espacio",
            "Cerrar (F1)",
        ],
    );
    h.key_press(Key::F1);
    h.run();
}

#[test]
fn a_notice_and_the_closing_panel_speak_spanish_when_saving_fails() {
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = harness(data.path(), None, &clock);
    choose_language_on_home(&mut h, "es");
    h.get_by_label("Empezar el café").click();
    h.run();
    let path = h.state().session_path().expect("a café").to_owned();
    // The café's folder turns into a file: nothing can be written there any more.
    let folder = path.parent().expect("a folder").to_owned();
    std::fs::remove_dir_all(&folder).expect("remove the folder");
    std::fs::write(&folder, "not a folder").expect("a file in its place");
    h.key_press(Key::PageDown);
    h.run();

    // Going Home cannot save, so the café stays open and a notice says why, in Spanish.
    h.get_by_label("Inicio").click();
    h.run();
    assert!(h.state().live().is_some(), "the café stays open");
    speaks_spanish(
        &h,
        "the notice",
        &["The café stays open", "Not saved", "is retried", "Dismiss"],
        &[
            "El café sigue abierto, para que no se pierda nada. No se guardó: la carpeta",
            "se vuelve a intentar guardar",
            "Descartar",
        ],
    );

    crate::common::push_close(&mut h);
    h.run();
    speaks_spanish(
        &h,
        "the closing panel",
        &[
            "last changes are not saved",
            "Not saved",
            "is not a folder any more",
            "Keep trying",
            "wait in the recovery copy",
            "recovery copy is kept",
            "save a copy of the café",
            "Save the copy and close",
        ],
        &[
            "Los últimos cambios del café no están guardados",
            "ya no es una carpeta",
            "Seguir intentando (no cerrar)",
            "los cambios más recientes esperan en la copia de recuperación",
            "Cerrar (los cambios esperan en la copia de recuperación)",
            "Guardar la copia y cerrar",
        ],
    );
}

#[test]
fn a_lost_lock_its_recovery_and_a_read_only_copy_speak_spanish() {
    use cafe_host::store::lock::{SessionLock, lock_path};
    use cafe_host::store::{load_session, to_ron};
    use cafe_host::ui::Request;
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let file = crate::common::example_session(data.path());
    let mut h = harness(data.path(), Some(file.clone()), &clock);
    let es = cafe_host::i18n::Lang::from_code("es").expect("Spanish");
    h.state_mut().run(Request::SetLanguage(es));
    h.key_press(Key::F3);
    h.run();
    // A second copy opened meanwhile is read-only, and says why in Spanish.
    let second = harness(data.path(), Some(file.clone()), &clock);
    speaks_spanish(
        &second,
        "the read-only bar of a second copy",
        &["this café is open in", "Close it there", "Opened read-only"],
        &[
            "Solo lectura: aquí no se puede cambiar nada, porque este café está abierto en Café Host en",
            "Ciérrelo allí para hacer cambios aquí",
            "Abierto en solo lectura",
        ],
    );
    drop(second);
    // The lock is deleted and another copy writes two notes of its own.
    std::fs::remove_file(lock_path(&file)).expect("delete the lock");
    let other = SessionLock::acquire(&file).expect("the other copy locks it");
    let mut theirs = load_session(&file).expect("loads").session;
    let table = theirs.tables[1].id;
    for text in ["other copy one", "other copy two"] {
        theirs.notes.push(crate::common::plain_note(table, text));
    }
    cafe_host::store::atomic::write_atomic(&file, to_ron(&theirs).expect("text").as_bytes())
        .expect("write");
    other.release();
    h.get_by_label_contains("Nota nueva").focus();
    h.run();
    h.get_by_label_contains("Nota nueva")
        .type_text("escrita sin el bloqueo");
    h.key_press(Key::Enter);
    crate::recovery::wait_for_status(&mut h, |s| s.stopped);
    crate::common::push_close(&mut h);
    h.run();
    speaks_spanish(
        &h,
        "the closing panel after a lost lock",
        &[
            "Saving to the café's file has stopped",
            "Not saved",
            "another copy of Café Host may be writing",
            "trying again cannot help",
            "wait in the recovery copy",
        ],
        &[
            "Se dejó de guardar en el archivo del café",
            "No se guardó: puede que otra copia de Café Host esté escribiendo este café",
            "Volver a intentarlo no sirve",
            "los cambios más recientes esperan en la copia de recuperación",
            "Cerrar (los cambios esperan en la copia de recuperación)",
        ],
    );
    drop(h);

    // The next start offers the copy, and says the file holds the other copy's notes.
    let mut h = harness(data.path(), None, &clock);
    speaks_spanish(
        &h,
        "the recovery card",
        &[
            "could not be saved",
            "also holds",
            "kept on",
            "Recover the newer copy",
        ],
        &[
            "Sus cambios más recientes no se pudieron guardar en",
            "Ese archivo también tiene 2 cambios hechos por otra copia de Café Host",
            "Recuperar la copia más reciente",
        ],
    );
    h.get_by_label("Ver la copia en solo lectura").click();
    h.run();
    speaks_spanish(
        &h,
        "the recovery copy, read-only",
        &["this is the recovery copy", "Opened read-only"],
        &[
            "porque esta es la copia de recuperación de",
            "Abierto en solo lectura: esta es la copia de recuperación",
        ],
    );
    h.get_by_label("Inicio").click();
    h.run();
    h.get_by_label("Recuperar la copia más reciente").click();
    h.run();
    // The strip at the foot shows the newest message; the earlier one is in its list.
    h.get_by_label_contains("mensaje anterior").click();
    h.run();
    speaks_spanish(
        &h,
        "the notices after a recovery",
        &["Recovered", "also held"],
        &[
            "Se recuperó «",
            "El archivo del café también tenía 2 cambios que esta copia no tenía",
        ],
    );
    let notes = load_session(&file).expect("loads").session;
    assert!(
        notes
            .live_notes()
            .any(|n| n.text == "escrita sin el bloqueo")
    );
    assert!(notes.live_notes().any(|n| n.text == "other copy two"));
}

#[test]
fn a_folder_that_cannot_share_the_cafe_is_told_in_spanish() {
    use cafe_host::ui::{Request, SharedRequest};
    let data = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let file = crate::common::example_session(data.path());
    let mut h = harness(data.path(), Some(file), &clock);
    let es = cafe_host::i18n::Lang::from_code("es").expect("Spanish");
    h.state_mut().run(Request::SetLanguage(es));
    h.run();
    let nowhere = data.path().join("no-such-sync-folder");
    h.state_mut()
        .run(Request::Shared(SharedRequest::Share(nowhere.clone())));
    h.run();
    speaks_spanish(
        &h,
        "a shared folder that does not exist",
        &[
            "does not exist",
            "choose the folder your sync program keeps",
        ],
        &[
            "El café no se compartió",
            &format!("la carpeta {} no existe", nowhere.display()),
            "elija la carpeta que mantiene su programa de sincronización",
        ],
    );
    let a_file = data.path().join("a-file");
    std::fs::write(&a_file, "not a folder").expect("a file");
    h.state_mut()
        .run(Request::Shared(SharedRequest::Share(a_file.clone())));
    h.run();
    speaks_spanish(
        &h,
        "a shared folder that is a file",
        &["is not a folder"],
        &[&format!("{} no es una carpeta", a_file.display())],
    );
}
