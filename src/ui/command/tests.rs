//! Every command has its words in every interface language.

use std::path::PathBuf;

use super::{
    AppCommand, AttendanceExport, CloseChoice, Focus, Place, Places, RecoverChoice, Request,
};
use crate::i18n::{Lang, tr};
use crate::live::Command;
use crate::model::{Guide, SessionDetails};

/// One of each request.
fn every_request() -> Vec<Request> {
    let path = PathBuf::from("cafe.ron");
    vec![
        Request::Cafe(Command::Next),
        Request::Start {
            guide: Box::new(Guide::blank("", "en")),
            details: SessionDetails {
                title: String::new(),
                date: chrono::NaiveDate::default(),
                venue: String::new(),
                facilitator: String::new(),
                tables: 1,
                series: String::new(),
            },
        },
        Request::Open(path.clone()),
        Request::OpenTable(path.clone(), 1),
        Request::Import(path.clone()),
        Request::TakeOver(path.clone()),
        Request::Recover(0, RecoverChoice::Recover),
        Request::Fullscreen(0),
        Request::DismissNotice(0),
        Request::ExportAttendance {
            kind: AttendanceExport::Csv,
            names: false,
        },
        Request::Review(Box::new(crate::ui::review::ReviewRequest::Reopen {
            path: path.clone(),
        })),
        Request::AddPastFolder(path),
        Request::Guides(Box::new(crate::ui::guides::GuideRequest::Leave)),
        Request::SetLanguage(Lang::ENGLISH),
        Request::Closing(CloseChoice::KeepTrying),
    ]
}

#[test]
fn every_command_has_a_label_and_a_tooltip_in_english_and_spanish() {
    let es = Lang::from_code("es").expect("a Spanish catalogue");
    let commands = AppCommand::ALL
        .iter()
        .map(|c| (c.catalogue_key(), c.label(Lang::ENGLISH), c.label(es)));
    let requests = every_request()
        .into_iter()
        .map(|r| (r.catalogue_key(), r.label(Lang::ENGLISH), r.label(es)));
    for (key, english, spanish) in commands.chain(requests) {
        for label in [&english, &spanish] {
            assert!(
                !label.is_empty() && !label.starts_with("command-"),
                "{key}: {label}"
            );
        }
        for lang in [Lang::ENGLISH, es] {
            let tooltip = tr(lang, key);
            assert!(!tooltip.starts_with("command-"), "{key}: {tooltip}");
        }
        assert_ne!(tr(es, key), tr(Lang::ENGLISH, key), "{key}");
    }
    // The catalogue keys the labels use, checked directly, so a typo in a key cannot hide
    // behind the English fallback.
    assert_eq!(tr(es, "command-next-step-label"), "Paso siguiente");
}

#[test]
fn no_two_commands_share_a_chord_in_one_place() {
    // Every key press any command listens for, tried at every place with every focus: at most
    // one command may take it.
    let presses: Vec<_> = AppCommand::ALL
        .iter()
        .flat_map(|c| c.meta().chords)
        .map(|chord| chord.shortcut)
        .collect();
    for place in Place::ALL {
        for focus in Focus::ALL {
            for press in &presses {
                let (key, modifiers) = (press.logical_key, press.modifiers);
                let takers: Vec<AppCommand> = AppCommand::ALL
                    .iter()
                    .copied()
                    .filter(|c| {
                        let meta = c.meta();
                        meta.chords.iter().any(|chord| {
                            chord.places(meta.places).contains(place)
                                && chord.is_pressed(key, modifiers)
                                && chord.typing.allows(focus, key)
                        })
                    })
                    .collect();
                assert!(
                    takers.len() <= 1,
                    "{takers:?} all take {press:?} at {place:?} with {focus:?}"
                );
            }
        }
    }
}

#[test]
fn shift_and_alt_are_not_ignored_and_the_clicker_keys_stay_safe() {
    use egui::{Key, Modifiers};
    let typing = Focus::NoteBox { empty: false };
    assert_eq!(
        AppCommand::for_key(Key::Enter, Modifiers::NONE, Place::Tables, typing),
        Some(AppCommand::AddNote)
    );
    assert_eq!(
        AppCommand::for_key(Key::Enter, Modifiers::SHIFT, Place::Tables, typing),
        None,
        "Shift+Enter starts a new line in the note"
    );
    assert_eq!(
        AppCommand::for_key(Key::B, Modifiers::ALT, Place::Presenter, Focus::Free),
        None
    );
    // "?" and "+" need Shift on many keyboards.
    assert_eq!(
        AppCommand::for_key(
            Key::Questionmark,
            Modifiers::SHIFT,
            Place::Presenter,
            Focus::Free
        ),
        Some(AppCommand::Help)
    );
    for modifiers in [Modifiers::NONE, Modifiers::SHIFT] {
        assert_eq!(
            AppCommand::for_key(Key::F5, modifiers, Place::Presenter, Focus::Free),
            Some(AppCommand::ShowProjector),
            "F5 and Shift+F5 never close the projector"
        );
    }
    assert_eq!(
        AppCommand::for_key(Key::Escape, Modifiers::NONE, Place::Presenter, Focus::Free),
        Some(AppCommand::Escape)
    );
    assert_eq!(
        AppCommand::for_key(Key::Escape, Modifiers::NONE, Place::Presenter, Focus::Popup),
        None,
        "Esc closes the open menu and nothing else"
    );
}

#[test]
fn a_focused_control_gets_space_and_enter_and_letters_stay_on_the_presenter() {
    use egui::{Key, Modifiers};
    let at = |key, place, focus| AppCommand::for_key(key, Modifiers::NONE, place, focus);
    assert_eq!(
        at(Key::Space, Place::Presenter, Focus::Free),
        Some(AppCommand::NextStep)
    );
    assert_eq!(at(Key::Space, Place::Presenter, Focus::Control), None);
    assert_eq!(at(Key::ArrowRight, Place::Presenter, Focus::Control), None);
    assert_eq!(
        at(Key::B, Place::Presenter, Focus::Control),
        Some(AppCommand::Black),
        "a button does not want letters"
    );
    for place in [Place::Tables, Place::Harvest, Place::SignIn] {
        for key in [
            Key::Space,
            Key::ArrowRight,
            Key::B,
            Key::T,
            Key::M,
            Key::Home,
        ] {
            assert_eq!(at(key, place, Focus::Free), None, "{key:?} at {place:?}");
        }
        assert_eq!(
            at(Key::PageDown, place, Focus::Text),
            Some(AppCommand::NextStep),
            "the clicker works on every page"
        );
    }
}

#[test]
fn the_guide_editor_is_a_page_where_people_type() {
    use egui::{Key, Modifiers};
    let place = Place::GuideEditor;
    for focus in [Focus::Free, Focus::Text, Focus::Control] {
        for key in [Key::Space, Key::B, Key::T, Key::H, Key::Home, Key::PageDown] {
            assert_eq!(
                AppCommand::for_key(key, Modifiers::NONE, place, focus),
                None,
                "{key:?} with {focus:?}"
            );
        }
        let chords = [
            (Modifiers::COMMAND, Key::Z, AppCommand::UndoEdit),
            (Modifiers::COMMAND, Key::Y, AppCommand::RedoEdit),
            (Modifiers::COMMAND, Key::S, AppCommand::SaveGuide),
            (Modifiers::ALT, Key::ArrowUp, AppCommand::MoveStepUp),
            (Modifiers::ALT, Key::ArrowDown, AppCommand::MoveStepDown),
        ];
        for (modifiers, key, command) in chords {
            assert_eq!(
                AppCommand::for_key(key, modifiers, place, focus),
                Some(command),
                "{key:?} with {focus:?}"
            );
        }
    }
    assert_eq!(
        AppCommand::for_key(Key::ArrowUp, Modifiers::NONE, place, Focus::Control),
        None,
        "a plain arrow stays with the focused control"
    );
    assert_eq!(
        AppCommand::for_key(Key::Escape, Modifiers::NONE, place, Focus::Popup),
        None,
        "Esc closes the open menu and nothing else"
    );
}

#[test]
fn every_place_set_names_real_places_and_every_command_is_listed_once() {
    assert!(Place::ALL.iter().all(|p| Places::ALL.contains(*p)));
    let mut seen = std::collections::HashSet::new();
    for command in AppCommand::ALL {
        assert!(seen.insert(*command), "{command:?} is listed twice");
    }
    for n in 1..=9 {
        let command = AppCommand::select_table(n).expect("Ctrl+1 … Ctrl+9");
        assert_eq!(command.table_number(), Some(n));
    }
    assert_eq!(AppCommand::select_table(10), None);
    for tag in crate::model::Tag::ALL {
        assert_eq!(AppCommand::tag_next_note(tag).tag(), Some(tag));
    }
}

#[test]
fn each_tag_has_its_own_label_and_buttons_carry_the_first_key_in_the_language() {
    let es = Lang::from_code("es").expect("a Spanish catalogue");
    let concern = AppCommand::TagConcern;
    assert_eq!(concern.label(Lang::ENGLISH), "Tag: concern");
    assert_eq!(concern.label(es), "Etiqueta: preocupación");
    assert_eq!(AppCommand::Black.button_text(Lang::ENGLISH), "Black (B)");
    assert_eq!(AppCommand::Black.button_text(es), "Negro (B)");
    assert_eq!(
        AppCommand::NextStep.button_text(es),
        "Paso siguiente (Av Pág)"
    );
    assert_eq!(
        AppCommand::NextStep.keys_text(Lang::ENGLISH),
        "Page Down or Right arrow or Space"
    );
    assert_eq!(
        AppCommand::NextStep.keys_text(es),
        "Av Pág o Flecha derecha o Espacio"
    );
}

#[test]
fn the_key_list_reads_in_spanish_and_the_readme_table_stays_english() {
    let es = Lang::from_code("es").expect("a Spanish catalogue");
    let table = super::key_table_markdown();
    assert!(
        table.contains(
            "| Page Up or Left arrow | Go back one step \
             | an open café (not table mode); Left arrow: presenter only | Page Up only |"
        ),
        "{table}"
    );
    let rows = super::key_rows(es);
    let next = &rows[0];
    assert_eq!(next.keys, "Av Pág o Flecha derecha o Espacio");
    assert_eq!(super::typing_text(es, next.command), "solo Av Pág");
    assert_eq!(
        super::where_text(es, next.command),
        "un café abierto (no en modo mesa); Flecha derecha o Espacio: solo presentación"
    );
}
