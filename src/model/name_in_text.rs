//! A person's whole name inside a longer text ("Ask Hodan Warsame about the bus"), found the
//! way erasing compares names (without case; the name's own spaces as written) and only as
//! whole words, so erasing "Ana" never touches "Banana". For the texts a café shows the room
//! again, where a name typed in passing must not outlive an erasure.

/// What stands where a name was taken out: it reads the same in every language.
pub const BLANKED: &str = "…";

/// `text` with every whole-word occurrence of each of `names` replaced by [`BLANKED`], or
/// `None` when none occurs. Blank names are skipped.
pub fn without_names(text: &str, names: &[String]) -> Option<String> {
    let mut out = text.to_owned();
    let mut changed = false;
    for name in names {
        let folded: Vec<char> = name.trim().chars().flat_map(char::to_lowercase).collect();
        if folded.is_empty() {
            continue;
        }
        if let Some(next) = without_name(&out, &folded) {
            out = next;
            changed = true;
        }
    }
    changed.then_some(out)
}

/// `text` with the whole-word occurrences of `name` (already lower case) blanked.
fn without_name(text: &str, name: &[char]) -> Option<String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut i = 0;
    let mut changed = false;
    while i < chars.len() {
        let starts_word = i == 0 || !chars[i - 1].1.is_alphanumeric();
        match starts_word.then(|| match_at(&chars, i, name)).flatten() {
            Some(end) if end == chars.len() || !chars[end].1.is_alphanumeric() => {
                out.push_str(&text[copied..chars[i].0]);
                out.push_str(BLANKED);
                copied = chars.get(end).map_or(text.len(), |c| c.0);
                changed = true;
                i = end;
            }
            _ => i += 1,
        }
    }
    out.push_str(&text[copied..]);
    changed.then_some(out)
}

/// Where a match of `name` starting at char `start` ends (the index after its last char).
fn match_at(chars: &[(usize, char)], start: usize, name: &[char]) -> Option<usize> {
    let mut matched = 0;
    let mut at = start;
    while matched < name.len() {
        let (_, c) = chars.get(at)?;
        for lower in c.to_lowercase() {
            if name.get(matched) != Some(&lower) {
                return None;
            }
            matched += 1;
        }
        at += 1;
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn whole_names_are_blanked_in_any_case_and_nothing_else() {
        let erased = names(&["Hodan Warsame", " ana ", "", "Ünal"]);
        assert_eq!(
            without_names("Ask HODAN WARSAME and Ana about Banana bread", &erased).as_deref(),
            Some("Ask … and … about Banana bread")
        );
        assert_eq!(
            without_names("ünal's idea: more time (ana)", &erased).as_deref(),
            Some("…'s idea: more time (…)")
        );
        assert_eq!(without_names("Anabel and Hodan", &erased), None);
        assert_eq!(without_names("", &erased), None);
        assert_eq!(without_names("ana", &names(&[])), None);
    }
}
