//! Quoted values, for the few texts a plain line cannot hold: an empty text, one that begins or
//! ends with spaces, one with a line break in it, or one that would otherwise read as
//! something else. Written `"…"` with `\"`, `\\`, `\n`, `\r`, `\t` and `\u{…}` escapes.

/// Whether `text` can be written as it is on one line, after a `- `, a `title: ` or a `# `.
pub fn is_plain(text: &str) -> bool {
    !text.is_empty()
        && text.trim() == text
        && !text.starts_with('"')
        && !text.chars().any(char::is_control)
}

/// `text` as it is when [`is_plain`], else quoted.
pub fn inline(text: &str) -> String {
    if is_plain(text) {
        text.to_owned()
    } else {
        quote(text)
    }
}

/// `text` in quotes, with escapes.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Why a quoted value could not be read, and where in it (counted in characters from its
/// opening quote).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteError {
    pub at: usize,
    pub message: &'static str,
}

/// Read the quoted value at the start of `text` (which starts with `"`): the value, and what
/// follows the closing quote.
pub fn unquote(text: &str) -> Result<(String, &str), QuoteError> {
    let mut out = String::new();
    let mut chars = text.char_indices().enumerate().skip(1);
    while let Some((n, (_, c))) = chars.next() {
        match c {
            '"' => {
                let end = text
                    .char_indices()
                    .nth(n)
                    .map_or(text.len(), |(i, c)| i + c.len_utf8());
                return Ok((out, &text[end..]));
            }
            '\\' => {
                let Some((_, (_, e))) = chars.next() else {
                    break;
                };
                match e {
                    '"' => out.push('"'),
                    '\\' => out.push('\\'),
                    'n' => out.push('\n'),
                    'r' => out.push('\r'),
                    't' => out.push('\t'),
                    'u' => {
                        let mut code = String::new();
                        let open = chars.next().map(|(_, (_, c))| c);
                        let mut closed = false;
                        for (_, (_, c)) in chars.by_ref() {
                            if c == '}' {
                                closed = true;
                                break;
                            }
                            code.push(c);
                        }
                        let value = u32::from_str_radix(&code, 16).ok().and_then(char::from_u32);
                        match (open, closed, value) {
                            (Some('{'), true, Some(c)) => out.push(c),
                            _ => {
                                return Err(QuoteError {
                                    at: n,
                                    message: "a \\u escape is written \\u{…} with a character's number in hexadecimal",
                                });
                            }
                        }
                    }
                    _ => {
                        return Err(QuoteError {
                            at: n,
                            message: "after \\ in quotes comes \", \\, n, r, t or u{…}; write \\\\ for a backslash",
                        });
                    }
                }
            }
            c => out.push(c),
        }
    }
    Err(QuoteError {
        at: 0,
        message: "these quotes are never closed; end the text with \"",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_text_comes_back_from_its_quotes() {
        for text in [
            "",
            " lead",
            "trail ",
            "a\nb",
            "\"q\"",
            "back\\slash",
            "tab\tbell\u{7}",
            "ñ é ع",
        ] {
            let quoted = quote(text);
            let (back, rest) = unquote(&quoted).expect("reads");
            assert_eq!(back, text);
            assert_eq!(rest, "");
        }
        let (value, rest) = unquote("\"a: b\": detail").expect("reads");
        assert_eq!((value.as_str(), rest), ("a: b", ": detail"));
    }

    #[test]
    fn broken_quotes_say_what_is_wrong() {
        assert!(unquote("\"never closed").is_err());
        assert!(unquote("\"bad \\q escape\"").is_err());
        assert!(unquote("\"bad \\u{zz}\"").is_err());
        assert!(is_plain("Listen") && !is_plain(" x") && !is_plain("") && !is_plain("\"x"));
    }
}
