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
