//! Every command has its words in every interface language.

use std::path::PathBuf;

use super::{AppCommand, AttendanceExport, CloseChoice, RecoverChoice};
use crate::i18n::{Lang, tr};
use crate::live::Command;
use crate::model::{Guide, SessionDetails};

/// One of each command, keyed or not.
fn every_command() -> Vec<AppCommand> {
    let path = PathBuf::from("cafe.ron");
    let mut all = AppCommand::keyed();
    all.extend([
        AppCommand::GoHome,
        AppCommand::Cafe(Command::Next),
        AppCommand::Start {
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
        AppCommand::Open(path.clone()),
        AppCommand::OpenTable(path.clone(), 1),
        AppCommand::Import(path.clone()),
        AppCommand::TakeOver(path.clone()),
        AppCommand::Recover(0, RecoverChoice::Recover),
        AppCommand::Fullscreen(None),
        AppCommand::RefreshMonitors,
        AppCommand::DismissNotice(0),
        AppCommand::ExportAttendance {
            kind: AttendanceExport::Csv,
            names: false,
        },
        AppCommand::Review(Box::new(crate::ui::review::ReviewRequest::Reopen {
            path: path.clone(),
        })),
        AppCommand::AddPastFolder(path),
        AppCommand::Guides(Box::new(crate::ui::guides::GuideRequest::Leave)),
        AppCommand::DeleteNamedExports,
        AppCommand::SetLanguage(Lang::ENGLISH),
        AppCommand::Closing(CloseChoice::KeepTrying),
    ]);
    all
}

#[test]
fn every_command_has_a_label_and_a_tooltip_in_english_and_spanish() {
    let es = Lang::from_code("es").expect("a Spanish catalogue");
    for command in every_command() {
        let key = command.catalogue_key();
        for lang in [Lang::ENGLISH, es] {
            let label = command.label(lang);
            let tooltip = command.tooltip(lang);
            assert!(
                !label.is_empty() && !label.starts_with("command-"),
                "{key}: {label}"
            );
            assert!(!tooltip.starts_with("command-"), "{key}: {tooltip}");
        }
        assert_ne!(command.tooltip(es), command.tooltip(Lang::ENGLISH), "{key}");
    }
    // The catalogue keys the labels use, checked directly, so a typo in a key cannot hide
    // behind the English fallback.
    assert_eq!(tr(es, "command-next-step-label"), "Paso siguiente");
}

#[test]
fn each_tag_has_its_own_label_and_buttons_carry_the_first_key_in_the_language() {
    let es = Lang::from_code("es").expect("a Spanish catalogue");
    let concern = AppCommand::TagNextNote(crate::model::Tag::Concern);
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
    assert!(table.contains("| Page Up or Left arrow | Go back one step | an open café (not table mode) | Page Up only |"), "{table}");
    let rows = super::key_rows(es);
    let next = &rows[0];
    assert_eq!(next.keys, "Av Pág o Flecha derecha o Espacio");
    assert_eq!(super::typing_text(es, &next.command), "solo Av Pág");
    assert_eq!(
        super::places_text(es, next.command.meta().places),
        "un café abierto (no en modo mesa)"
    );
}
