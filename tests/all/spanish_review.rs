//! The review of past cafés in Spanish: chosen on Home the way a person does, then the library,
//! a report, search results and a series walked through, with no English label of the review
//! left and the Spanish ones there.

use std::time::Duration;

use cafe_host::ui::CafeApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::past_cafes::example_cafes;
use crate::common::labels;

/// Labels of the review screens in English, each a whole label.
const ENGLISH_LABELS: &[&str] = &[
    "Home (F7)",
    "Past cafés",
    "Library",
    "Search all notes",
    "Add a folder…",
    "Find",
    "From (YYYY-MM-DD)",
    "To",
    "Guide",
    "Series",
    "All",
    "Date (high first)",
    "Date (low first)",
    "Title",
    "People",
    "First visits",
    "Tables",
    "Notes",
    "Themes",
    "Open actions",
    "Length",
    "Reopen this café",
    "Include names",
    "Export report (Markdown)",
    "Export report (web page)",
    "Export attendance (CSV)",
    "Blank sign-in sheet",
    "Who came",
    "Minutes per step: planned and actual",
    "Planned",
    "Actual",
    "Other notes",
    "Actions",
    "Search every café",
    "Search notes, themes and actions",
    "Export summary (Markdown)",
    "Export summary (web page)",
    "Themes that recur",
    "Most frequent tags",
    "People at each café, by role",
    "First visits and returning people",
    "First visit",
    "Returning",
    "Languages over time",
    "Parent",
    "Teacher",
    "Interpreter",
];

/// English words the review composes into longer labels (never found in the example cafés'
/// own notes, names or titles).
const ENGLISH_PIECES: &[&str] = &[
    "cafés shown",
    "Reading cafés",
    "Cannot be read",
    "Report: ",
    "Series: ",
    " min planned",
    "(no plan)",
    "until the end",
    "Came up: ",
    "raised by",
    "for the first time",
    "in childcare",
    " minutes",
    "November",
    "Thursday",
    " found in ",
    "(from ",
    ", by ",
    "(Concern",
    "(Question",
    " · Table ",
    " · Question ",
    "Theme from ",
    " · Done: ",
    " · Open: ",
];

/// Fail if any English label or piece of the review is on screen; `extra` are pieces that
/// must not start a label on this screen.
fn assert_no_english(h: &Harness<'_, CafeApp>, screen: &str, extra: &[&str]) {
    let shown = labels(h);
    for label in &shown {
        assert!(
            !ENGLISH_LABELS.contains(&label.as_str()),
            "{screen}: \"{label}\" is still in English"
        );
        for piece in ENGLISH_PIECES {
            assert!(
                !label.contains(piece),
                "{screen}: \"{label}\" still says \"{piece}\""
            );
        }
        for start in extra {
            assert!(
                !label.starts_with(start),
                "{screen}: \"{label}\" still starts with \"{start}\""
            );
        }
    }
}

/// Fail if any English of the review is on `screen` (see [`assert_no_english`]) or any of
/// `spanish` is not a label, or part of one, there.
fn assert_in_spanish(h: &Harness<'_, CafeApp>, screen: &str, extra: &[&str], spanish: &[&str]) {
    assert_no_english(h, screen, extra);
    let shown = labels(h);
    for word in spanish {
        assert!(
            shown.iter().any(|l| l.contains(word)),
            "{screen}: no \"{word}\" among {shown:?}"
        );
    }
}

/// Step until a label containing `text` shows (background reading), at most a few seconds.
fn wait_for(h: &mut Harness<'_, CafeApp>, text: &str) {
    for _ in 0..200 {
        h.step();
        if h.query_all_by_label_contains(text).next().is_some() {
            h.run_steps(3);
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("\"{text}\" never showed: {:?}", labels(h));
}

#[test]
fn the_review_speaks_spanish_once_chosen_on_home() {
    let data = tempfile::tempdir().expect("temp dir");
    example_cafes(data.path());
    let clock = crate::common::TestClock::new();
    let mut h = crate::common::harness_sized(data.path(), None, &clock, [1366.0, 768.0]);
    crate::common::choose_language_on_home(&mut h, "es");

    // The library.
    h.key_press(egui::Key::F7);
    wait_for(&mut h, "Meet the Teachers Café");
    assert_in_spanish(
        &h,
        "library",
        &[],
        &[
            "Cafés anteriores",
            "Biblioteca",
            "Buscar en todas las notas",
            "Añadir una carpeta…",
            "Desde (AAAA-MM-DD)",
            "Hasta",
            "Guía",
            "Todas",
            "Fecha (mayor primero)",
            "Primeras visitas",
            "Acciones abiertas",
            "Duración",
            "Se muestran 5 de 5 cafés",
            "104 min",
        ],
    );

    // A report, opened from its title.
    h.get_by_label("Being Heard at School").click();
    wait_for(&mut h, "Informe: Being Heard at School");
    assert_in_spanish(
        &h,
        "report",
        &["Question ", "Table "],
        &[
            "jueves 19 de noviembre de 2026",
            "serie: Lincoln Family Café · 104 minutos",
            "Reabrir este café",
            "Incluir nombres",
            "Exportar informe (página web)",
            "Hoja de registro en blanco",
            "Quién vino",
            "20 personas, 7 por primera vez",
            "Minutos por paso: previstos y reales",
            "Bienvenida: 15 min (sin plan)",
            "Pregunta 1: 20 min (20 min previstos)",
            "Pregunta 1: ",
            "Mesa 1",
            "Temas",
            "lo plantearon",
            "Acciones",
            "Previstos",
            "Reales",
            "Madre o padre: 10",
            "Otro personal escolar: 1",
        ],
    );

    // Search results.
    h.get_by_label("Buscar en todas las notas").click();
    h.run();
    let field = "Buscar en notas, temas y acciones";
    h.get_by_label(field).focus();
    h.get_by_label(field).type_text("school");
    // Seven notes and actions say "school"; one more action was taken on by the school office.
    wait_for(&mut h, "8 resultados en 3 cafés");
    assert_in_spanish(
        &h,
        "search",
        &["Note · ", "Action · ", "Theme · "],
        &[
            "Buscar en todos los cafés",
            "Nota · Mesa ",
            " · Pregunta ",
            "Acción · Hecho: ",
        ],
    );
    // A theme found: where it came from, in Spanish too.
    h.get_by_label(field).focus();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label(field).type_text("home lang");
    wait_for(&mut h, "Tema · Tema reunido de ");
    assert_in_spanish(&h, "search for a theme", &["Theme · "], &[" notas: "]);

    // The series, from the library.
    h.get_by_label("Biblioteca").click();
    h.run();
    h.get_all_by_label("Lincoln Family Café")
        .next()
        .expect("a series link")
        .click();
    wait_for(&mut h, "Exportar resumen (Markdown)");
    assert_in_spanish(
        &h,
        "series",
        &[],
        &[
            "Exportar resumen (Markdown)",
            "Personas en cada café, por papel",
            "Primeras visitas y personas que regresan",
            "Idiomas a lo largo del tiempo",
            "Temas que se repiten",
            "Etiquetas más frecuentes",
            "Madre o padre",
            "Docente",
            "Primera visita",
            "Regresan",
            "(de Meet the Teachers Café, 2026-09-17)",
        ],
    );
}
