//! The note-takers' pages, the sign-in desk and the harvest in Spanish: the language is chosen
//! on Home as a person does, then every part of these screens is opened and no English label
//! of theirs is left.

use cafe_host::model::{Role, Step};
use cafe_host::ui::{AppCommand, CafeApp, Page, Request};
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{TestClock, choose_language_on_home, example_session, harness};

/// Labels these screens show in English, matched as a whole label.
const ENGLISH_LABELS: &[&str] = &[
    // Tables
    "Tables",
    "Name",
    "Table host",
    "Notes shown",
    "Share",
    "Private",
    "Edit",
    "Delete",
    "Concern",
    "Question",
    "Action",
    "Quote",
    "Change note",
    "Previous question",
    "Next question",
    // Sign-in desk
    "Sign in",
    "Change an entry",
    "Came before:",
    "Role",
    "Came with (household)",
    "Children in childcare",
    "Preferred language",
    "Needs an interpreter",
    "Has come before (not a first visit)",
    "Agrees to photos and to being quoted",
    "Agrees to be contacted",
    "Phone",
    "Email",
    "Table",
    "1 Parent",
    "2 Grandparent",
    "4 Teacher",
    "9 Other",
    "Signed in",
    "Find someone",
    "Undo check-in",
    "Change",
    "No, keep",
    "Count people",
    "Language (optional)",
    "+ Parent",
    "Share and erase",
    "Yes, erase them",
    "Delete these files",
    "No, keep them",
    "Yes, delete it",
    // Harvest
    "Shared by the tables",
    "Take out of theme",
    "Add to theme",
    "Themes",
    "New theme",
    "Add theme",
    "Rename",
    "Delete theme",
    "New title",
    "Save",
    "Cancel",
    "Commitments and actions",
    "What",
    "Who (optional)",
    "By (YYYY-MM-DD, optional)",
    "Add commitment",
    "Remove",
];

/// English pieces of longer labels (composed with names, numbers or times).
const ENGLISH_PIECES: &[&str] = &[
    "switch tables",
    "On screen now",
    "The question on screen now",
    "All notes of this table",
    "Outside the rounds",
    "No notes here yet",
    "Tags for the next note",
    "New note (Enter adds it",
    "The room is on",
    "Question 1: ",
    "Question 2: ",
    "This café takes no names",
    "last came",
    "to pick",
    "suggested",
    "would have",
    "Write the person's name",
    "Choose a role",
    "(name erased)",
    " · table ",
    "Erase personal data",
    "for good?",
    "Yes, erase",
    "No names are kept",
    "Include names",
    "Save the attendance report",
    "Save the attendance as CSV",
    "Save a blank sign-in sheet",
    "Saved in ",
    "Erase everyone's personal data",
    "Erase the name",
    "saved export file",
    "first visit",
    "need an interpreter",
    "needs an interpreter",
    "children in childcare",
    "Not given",
    "Notes marked",
    "No notes are marked",
    "on projector",
    " table, ",
    " tables, ",
    "What people and the school",
    "Write the date as",
    "(by ",
];

/// Whether one line a screen shows is English from these screens.
fn is_english(text: &str) -> bool {
    let counted = |line: &str, words: &[&str]| {
        line.split_once(' ')
            .is_some_and(|(n, rest)| n.chars().all(|c| c.is_ascii_digit()) && words.contains(&rest))
    };
    ENGLISH_LABELS.contains(&text)
        || ENGLISH_PIECES.iter().any(|piece| text.contains(piece))
        || text.lines().any(|line| {
            counted(line, &["note", "notes", "here"])
                || line.starts_with("Table ") && line[6..].starts_with(|c: char| c.is_ascii_digit())
        })
}

/// Every English label of these screens on show now, for the failure message.
fn english_left(h: &Harness<'_, CafeApp>) -> Vec<String> {
    h.query_all_by(|node| {
        [node.label(), node.value()]
            .into_iter()
            .flatten()
            .any(|text| is_english(&text))
    })
    .map(|node| format!("{node:?}"))
    .collect()
}

#[track_caller]
fn assert_no_english(h: &Harness<'_, CafeApp>, screen: &str) {
    let left = english_left(h);
    assert!(left.is_empty(), "English left on {screen}: {left:#?}");
}

/// Whether some label or value on screen holds `piece`.
fn on_screen(h: &Harness<'_, CafeApp>, piece: &'static str) -> bool {
    h.query_all_by(move |node| {
        [node.label(), node.value()]
            .into_iter()
            .flatten()
            .any(|text| text.contains(piece))
    })
    .next()
    .is_some()
}

#[track_caller]
fn assert_spanish(h: &Harness<'_, CafeApp>, pieces: &[&'static str]) {
    for piece in pieces {
        assert!(on_screen(h, piece), "no \"{piece}\" on screen");
    }
}

fn type_into(h: &mut Harness<'_, CafeApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

const NOTE_BOX: &str = "Nota nueva (Intro la añade, Mayús+Intro empieza una línea nueva)";

#[test]
fn the_tables_the_desk_and_the_harvest_speak_spanish_with_no_english_left() {
    let data = tempfile::tempdir().expect("temp dir");
    crate::attendance::earlier_cafe(data.path());
    let clock = TestClock::new();
    let path = example_session(data.path());
    let mut h = harness(data.path(), None, &clock);
    choose_language_on_home(&mut h, "es");
    h.state_mut().run(Request::Open(path.clone()));
    h.run();

    tables_in_spanish(&mut h);

    desk_in_spanish(&mut h);
    harvest_in_spanish(&mut h);

    // Table mode: one table, following the room's questions by hand.
    h.state_mut().run(AppCommand::GoHome);
    h.run();
    h.state_mut().run(Request::OpenTable(path, 2));
    h.run();
    assert_eq!(h.state().table_mode(), Some(2));
    assert_spanish(
        &h,
        &[
            "Mesa 2",
            "La sala está en:",
            "Pregunta anterior",
            "Pregunta siguiente",
        ],
    );
    assert_no_english(&h, "table mode");
    h.get_by_label("Pregunta siguiente").click();
    h.run();
    assert_eq!(
        h.state().live().expect("open").session.current,
        Step::Question(2)
    );
    assert_spanish(&h, &["En pantalla ahora: Pregunta 3"]);
}

/// Tables: a note, its row, a change of it, all notes of the table.
fn tables_in_spanish(h: &mut Harness<'_, CafeApp>) {
    h.key_press(Key::F3);
    h.run();
    assert_eq!(h.state().page(), Page::Tables);
    assert_spanish(
        h,
        &[
            "Mesas",
            "Etiquetas para la próxima nota:",
            "En pantalla ahora: Pregunta 2",
        ],
    );
    assert_no_english(h, "the empty table");
    type_into(h, NOTE_BOX, "Reuniones por la tarde");
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label("Compartir").click();
    h.run();
    assert_spanish(
        h,
        &[
            "Compartir",
            "Privada",
            "Editar",
            "Borrar",
            "Preocupación",
            "1 nota",
            "P2 · ",
        ],
    );
    assert_no_english(h, "a table with a note");
    h.get_by_label("Editar").click();
    h.run();
    assert_spanish(h, &["Cambiar la nota", "Mesa 1"]);
    assert_no_english(h, "a note being changed");
    h.key_press(Key::Escape);
    h.run();
    h.get_by_label("Notas que se muestran").click();
    h.run();
    assert_spanish(
        h,
        &[
            "La pregunta en pantalla ahora",
            "Fuera de las rondas",
            "Pregunta 1: ",
        ],
    );
    assert_no_english(h, "the choice of notes shown");
    h.get_by_label("Todas las notas de esta mesa").click();
    h.run();
    assert_spanish(h, &["Todas las notas de esta mesa", "P2 · "]);
    assert_no_english(h, "all notes of a table");
}

/// The sign-in desk: someone who came before, a new person whose role is picked by the first
/// letter of its Spanish name, the list, erasing, the exports.
fn desk_in_spanish(h: &mut Harness<'_, CafeApp>) {
    crate::attendance::open_desk_with_earlier_cafes(h);
    assert_spanish(
        h,
        &[
            "Registro",
            "Vino con (familia)",
            "1 Madre o padre",
            "0 presentes",
            "Compartir y borrar",
        ],
    );
    assert_no_english(h, "the empty sign-in form");
    type_into(h, "Nombre", "ana d");
    assert_spanish(
        h,
        &[
            "Vino antes:",
            "Ana María Díaz · Abuela o abuelo · Spanish · última vez: 2026-10-01",
        ],
    );
    assert_no_english(h, "the people who came before");
    h.get_by_label("Nombre").focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    type_into(h, "Nombre", "Luz Paredes");
    h.key_press(Key::Tab);
    h.run();
    h.event(Event::Text("d".to_owned()));
    h.run();
    assert_spanish(h, &["Docente"]);
    assert_no_english(h, "a filled-in form");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    let roles: Vec<Role> = h
        .state()
        .live()
        .expect("open")
        .session
        .attendees
        .iter()
        .map(|a| a.role)
        .collect();
    assert_eq!(
        roles,
        [Role::Grandparent, Role::Teacher],
        "\"d\" is Docente"
    );
    assert_spanish(
        h,
        &[
            "2 presentes",
            "1 primera visita",
            "Docente · mesa ",
            "Deshacer registro",
            "Cambiar",
        ],
    );
    assert_no_english(h, "the list of people signed in");
    h.get_all_by_label("Cambiar").next().expect("a row").click();
    h.run();
    assert_spanish(h, &["Cambiar un registro", "Guardar cambios", "Cancelar"]);
    assert_no_english(h, "an entry being changed");
    h.get_by_label("Cancelar").click();
    h.run();
    assert_spanish(h, &["Registro"]);
    h.get_all_by_label("Borrar datos personales…")
        .next()
        .expect("a row")
        .click();
    h.run();
    assert_spanish(
        h,
        &[
            "¿Borrar para siempre el nombre",
            "Sí, borrar a Luz Paredes",
            "No, conservar",
        ],
    );
    assert_no_english(h, "the question before erasing one person");
    h.get_by_label("No, conservar").click();
    h.run();
    h.get_by_label("Borrar los datos personales de todo el café")
        .click();
    h.run();
    assert_spanish(h, &["de las 2 personas", "Sí, borrarlos"]);
    assert_no_english(h, "the question before erasing everyone");
    h.get_by_label("No").click();
    h.run();
    exports_and_counting_in_spanish(h);
}

/// The desk's exports, and counting people without names.
fn exports_and_counting_in_spanish(h: &mut Harness<'_, CafeApp>) {
    h.get_by_label("Incluir nombres (datos de contacto solo de quienes aceptaron)")
        .click();
    h.run();
    h.get_by_label("Guardar el informe de asistencia (para imprimir)")
        .click();
    h.run();
    h.get_by_label("Guardar una hoja de firmas en blanco")
        .click();
    h.run();
    assert_spanish(
        h,
        &[
            "1 archivo exportado guarda nombres",
            "Borrar estos archivos",
            "Se guarda en ",
        ],
    );
    assert_no_english(h, "the exports");
    h.get_by_label("Borrar estos archivos").click();
    h.run();
    assert_spanish(
        h,
        &[
            "¿Borrar este archivo para siempre? No se podrá recuperar.",
            "Sí, borrarlo",
            "No, conservarlos",
        ],
    );
    assert_no_english(h, "the question before deleting exports");
    h.get_by_label("No, conservarlos").click();
    h.run();
    h.get_by_label("Este café no toma nombres: solo contar personas")
        .click();
    h.run();
    assert_spanish(
        h,
        &[
            "Contar personas",
            "Idioma (opcional)",
            "+ Madre o padre",
            "- Docente",
        ],
    );
    assert_no_english(h, "counting people only");
    h.get_by_label("+ Madre o padre").click();
    h.run();
    assert_spanish(h, &["3 presentes", "Madre o padre: 1"]);
}

/// The harvest: a theme with the shared note, renamed, and a commitment with a date.
fn harvest_in_spanish(h: &mut Harness<'_, CafeApp>) {
    h.key_press(Key::F4);
    h.run();
    assert_eq!(h.state().page(), Page::Harvest);
    assert_spanish(
        h,
        &[
            "Lo que compartieron las mesas",
            "Temas",
            "Compromisos y acciones",
        ],
    );
    assert_no_english(h, "the harvest");
    type_into(h, "Tema nuevo", "Horarios");
    h.get_by_label("Añadir tema").click();
    h.run();
    h.get_by_label("Añadir al tema").click();
    h.run();
    assert_spanish(
        h,
        &["Horarios  ·  1 mesa, 1 nota", "Quitar del tema", "Mesa 1"],
    );
    h.get_by_label("Renombrar").click();
    h.run();
    assert_spanish(h, &["Título nuevo", "Guardar", "Cancelar"]);
    assert_no_english(h, "a theme being renamed");
    h.get_by_label("Cancelar").click();
    h.run();
    type_into(h, "Qué", "Llamar a las familias nuevas");
    type_into(h, "Quién (opcional)", "Rosa");
    type_into(h, "Para el (AAAA-MM-DD, opcional)", "10 dic");
    assert_spanish(h, &["Escriba la fecha como año-mes-día"]);
    assert_no_english(h, "a commitment with a wrong date");
    h.get_by_label("Para el (AAAA-MM-DD, opcional)").focus();
    h.run();
    for _ in 0..6 {
        h.key_press(Key::Backspace);
    }
    h.get_by_label("Para el (AAAA-MM-DD, opcional)")
        .type_text("2026-12-10");
    h.run();
    h.get_by_label("Añadir compromiso").click();
    h.run();
    assert_spanish(
        h,
        &[
            "Llamar a las familias nuevas — Rosa (para el 2026-12-10)",
            "Quitar",
        ],
    );
    assert_no_english(h, "the commitments");
}
