//! The interface catalogue carries every key-list label, in the words the app shows today.

use cafe_host::i18n::{Lang, tr};
use cafe_host::ui::actions::Action;

/// "MoveTables" -> "move-tables": the catalogue key of an action.
fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[test]
fn every_key_list_label_is_in_the_catalogue() {
    let es = Lang::from_code("es").expect("Spanish");
    for action in Action::ALL {
        let key = format!("action-{}", kebab(&format!("{action:?}")));
        assert_eq!(tr(Lang::ENGLISH, &key), action.label(), "{key}");
        let spanish = tr(es, &key);
        assert_ne!(spanish, key, "{key} missing");
        assert_ne!(spanish, action.label(), "{key} is not translated");
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
