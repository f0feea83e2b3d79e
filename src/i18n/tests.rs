use super::catalogue::{INTERFACE, ROOM, format_in};
use super::*;

#[test]
fn every_key_is_in_every_catalogue_and_no_stray_keys() {
    assert!(INTERFACE.len() >= 2, "English and Spanish at least");
    for code in ["en", "es", "ar", "vi", "zh"] {
        assert!(
            ROOM.iter().any(|c| c.code == code),
            "no room catalogue {code}"
        );
    }
    assert!(
        INTERFACE[0].keys.len() > 30,
        "the interface catalogue is nearly empty"
    );
    assert_eq!(catalogue_problems(), Vec::<String>::new());
}

#[test]
fn the_check_names_missing_stray_and_doubled_keys() {
    let set = vec![
        super::catalogue::load("en", "a = A\nb = B\n"),
        super::catalogue::load("es", "a = A\nc = C\nc = C\n"),
    ];
    let problems = super::catalogue::check(&set, "test");
    let has = |words: &str| problems.iter().any(|p| p.contains(words));
    assert!(has("es.ftl lacks b"), "{problems:?}");
    assert!(has("es.ftl has c, which English does not"), "{problems:?}");
    assert!(has("es.ftl has c twice"), "{problems:?}");
}

#[test]
fn counts_come_from_the_plural_rules() {
    let en = Lang::ENGLISH;
    let es = Lang::from_code("es").expect("a Spanish catalogue");
    assert_eq!(count(en, "notes-count", 1), "1 note");
    assert_eq!(count(en, "notes-count", 2), "2 notes");
    assert_eq!(count(en, "notes-count", 0), "0 notes");
    assert_eq!(count(es, "notes-count", 1), "1 nota");
    assert_eq!(count(es, "notes-count", 2), "2 notas");
    assert_eq!(count(es, "tables-count", 1), "1 mesa");
    assert_eq!(count(en, "people-here", 1), "1 person here");
    assert_eq!(count(en, "people-here", 12), "12 people here");
    assert_eq!(count(es, "first-visits", 3), "3 primeras visitas");
    // Arabic has six plural categories; only CLDR rules pick "two" for 2 and "few" for 3..10
    // while 11 falls to "many" (absent from the message, so the default form).
    let ar = SlideTexts::for_code("ar").expect("an Arabic room catalogue");
    assert_eq!(ar.tables_raised(1), "طاولة واحدة");
    assert_eq!(ar.tables_raised(2), "طاولتان");
    assert_eq!(ar.tables_raised(3), "3 طاولات");
    assert_eq!(ar.tables_raised(11), "11 طاولة");
}

#[test]
fn arguments_are_filled_in_without_invisible_marks() {
    let es = SlideTexts::for_code("es").expect("Spanish slides");
    assert_eq!(es.question_of(2, 5), "Pregunta 2 de 5");
    let ar = SlideTexts::for_code("ar").expect("Arabic slides");
    let text = ar.question_of(2, 5);
    assert_eq!(text, "السؤال 2 من 5");
    assert!(
        !text.contains(['\u{2068}', '\u{2069}']),
        "no isolation marks"
    );
}

#[test]
fn the_system_locale_picks_a_language_the_app_speaks() {
    let es = Lang::from_code("es").expect("Spanish");
    assert_eq!(Lang::from_locale(Some("es_MX.UTF-8")), es);
    assert_eq!(Lang::from_locale(Some("es-419")), es);
    assert_eq!(Lang::from_locale(Some("de-DE")), Lang::ENGLISH);
    assert_eq!(Lang::from_locale(Some("")), Lang::ENGLISH);
    assert_eq!(Lang::from_locale(None), Lang::ENGLISH);
    assert_eq!(es.name(), "Español");
    assert!(Lang::all().contains(&es));
}

#[test]
fn a_missing_key_falls_back_to_english_then_to_the_key() {
    let catalogues = vec![
        super::catalogue::load("en", "only-english = Hello\nshared = Hi\n"),
        super::catalogue::load("es", "shared = Hola\n"),
    ];
    assert_eq!(format_in(&catalogues, "es", "shared", &[]), "Hola");
    assert_eq!(format_in(&catalogues, "es", "only-english", &[]), "Hello");
    assert_eq!(format_in(&catalogues, "es", "nowhere", &[]), "nowhere");
    assert_eq!(format_in(&catalogues, "so", "shared", &[]), "Hi");
    let broken = super::catalogue::load("en", "good = Fine\nbroken = { $\n");
    assert!(!broken.problems.is_empty(), "a syntax error is reported");
    assert_eq!(broken.format("good", &[]).as_deref(), Some("Fine"));
}

#[test]
fn a_bilingual_room_gets_the_fixed_slides_in_both_languages() {
    let room = room_languages(&["en", "es"]);
    let codes: Vec<&str> = room.texts.iter().map(|t| t.code).collect();
    assert_eq!(codes, ["en", "es"]);
    assert_eq!(room.texts[0].move_tables, "Please move to a new table");
    assert_eq!(room.texts[1].move_tables, "Por favor, cambien de mesa");
    assert!(room.missing.is_empty());
    assert_eq!(room.missing_note(Lang::ENGLISH), None);

    let arabic = room_languages(&["ar", "en"]);
    assert_eq!(
        arabic.texts[0].move_tables,
        "من فضلكم انتقلوا إلى طاولة جديدة"
    );
    assert_eq!(arabic.texts[1].code, "en");
}

#[test]
fn languages_without_slide_words_fall_back_gracefully() {
    let room = room_languages(&["so", "es-MX", "es"]);
    let codes: Vec<&str> = room.texts.iter().map(|t| t.code).collect();
    assert_eq!(codes, ["es"], "es-MX and es are one language");
    assert_eq!(room.missing, ["so"]);
    let note = room.missing_note(Lang::ENGLISH).expect("a note");
    assert!(
        note.contains("Soomaali") && note.contains("Español"),
        "{note}"
    );

    let nothing_known = room_languages(&["so"]);
    assert_eq!(nothing_known.texts.len(), 1);
    assert_eq!(nothing_known.texts[0].code, "en");
    let empty = room_languages::<&str>(&[]);
    assert_eq!(empty.texts[0].welcome, "Welcome");
    assert!(empty.missing.is_empty());
}

#[test]
fn the_welcome_date_reads_in_the_rooms_language() {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("a date");
    let date_in = |code: &str| {
        SlideTexts::for_code(code)
            .expect("slide words")
            .long_date(date)
    };
    assert_eq!(date_in("en"), "Tuesday 24 November 2026");
    assert_eq!(date_in("es"), "martes, 24 de noviembre de 2026");
    assert!(date_in("ar").contains("نوفمبر"), "{}", date_in("ar"));
    assert!(date_in("vi").contains("24"), "{}", date_in("vi"));
    assert!(
        date_in("zh").starts_with("2026年11月24日"),
        "{}",
        date_in("zh")
    );
}

#[test]
fn each_role_and_tag_is_worded_by_one_message_every_screen_shares() {
    let roles = [
        "role-parent",
        "role-grandparent",
        "role-other-caregiver",
        "role-teacher",
        "role-other-staff",
        "role-community-partner",
        "role-interpreter",
        "role-childcare-volunteer",
        "role-other",
    ];
    let tags = [
        "tag-idea",
        "tag-concern",
        "tag-question",
        "tag-action",
        "tag-quote",
    ];
    assert_eq!(roles.len(), crate::model::Role::ALL.len());
    assert_eq!(tags.len(), crate::model::Tag::ALL.len());
    for catalogue in INTERFACE.iter() {
        for key in roles.iter().chain(&tags) {
            let wording: Vec<&String> = catalogue
                .keys
                .iter()
                .filter(|k| *k == key || k.ends_with(&format!("-{key}")))
                .collect();
            assert_eq!(wording, [key], "{}: {key} said twice", catalogue.code);
        }
    }
}

#[test]
fn the_reports_figures_agree_with_each_count_in_spanish() {
    let es = Lang::from_code("es").expect("Spanish");
    let figures = |interpreter: usize| {
        tr_args(
            es,
            "report-figure-interpreter",
            &[("known", "all".into()), ("count", interpreter.into())],
        )
    };
    assert!(
        figures(1).contains("1 necesitó intérprete"),
        "{}",
        figures(1)
    );
    assert!(
        figures(3).contains("3 necesitaron intérprete"),
        "{}",
        figures(3)
    );
}

#[test]
fn figures_nobody_was_asked_about_read_not_known_in_every_language() {
    for lang in [Lang::ENGLISH, Lang::from_code("es").expect("Spanish")] {
        for key in [
            "signin-figure-first",
            "signin-figure-interpreter",
            "signin-figure-children",
            "report-figure-first",
            "report-figure-interpreter",
            "report-figure-children",
            "figure-cell",
        ] {
            let say = |known: &str, count: u32| {
                tr_args(
                    lang,
                    key,
                    &[("known", known.into()), ("count", count.into())],
                )
            };
            let not_known = say("none", 0);
            assert!(
                !not_known.contains('0')
                    && (not_known.contains("not known") || not_known.contains("no se sabe")),
                "{}: {key} = {not_known}",
                lang.code()
            );
            let some = say("some", 3);
            assert!(
                some.contains("at least 3") || some.contains("al menos 3"),
                "{}: {key} = {some}",
                lang.code()
            );
            assert!(say("all", 3).contains('3') && !say("all", 3).contains("at least"));
        }
    }
    assert_eq!(
        tr_args(
            Lang::ENGLISH,
            "signin-figure-first",
            &[("known", "all".into()), ("count", 1.into())]
        ),
        "1 first visit"
    );
}
