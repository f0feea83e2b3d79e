//! Text people typed keeps its own direction inside an export's lines. Every piece of it goes
//! through one function per format: [`html()`] (a `<bdi>`, which the browser lays out in the
//! text's own direction), [`md`] (Markdown-safe, between Unicode isolates when it holds
//! right-to-left letters) and [`plain`] (the isolates alone, for CSV cells, chart labels and
//! a page's title). A line mixing an export's own words with typed text is a [`Line`].

use std::borrow::Cow;

use maud::{Markup, Render, html};
use unicode_bidi::BidiClass;

/// FIRST STRONG ISOLATE: what follows, up to [`PDI`], takes the direction of its first letter
/// and leaves the line around it alone.
pub const FSI: char = '\u{2068}';
/// POP DIRECTIONAL ISOLATE: the end of an isolate.
pub const PDI: char = '\u{2069}';

/// Whether `text` holds a letter written right to left (Arabic, Hebrew, Syriac, Thaana…), so
/// a line of left-to-right words around it mixes directions.
fn has_right_to_left(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(
            unicode_bidi::bidi_class(c),
            BidiClass::R | BidiClass::AL | BidiClass::RLE | BidiClass::RLO | BidiClass::RLI
        )
    })
}

/// Typed text for a plain-text line (a CSV cell, a chart's label, a page's title): between
/// isolates when it holds right-to-left letters, so neighbouring digits and words stay where
/// they were written; unchanged otherwise, and when it is one isolate already.
pub fn plain(text: &str) -> Cow<'_, str> {
    let isolated = text.starts_with(FSI) && text.ends_with(PDI);
    if has_right_to_left(text) && !isolated {
        Cow::Owned(format!("{FSI}{text}{PDI}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Typed text for Markdown: characters that would start formatting escaped, line breaks as
/// spaces (see [`super::words::escape_md`]), and isolated as [`plain`] does.
pub fn md(text: &str) -> String {
    plain(&super::words::escape_md(text)).into_owned()
}

/// Typed text for HTML: a `<bdi>`, laid out in the direction of its own first letter.
pub fn html(text: &str) -> Markup {
    html! { bdi { (text) } }
}

/// One piece of a [`Line`].
enum Piece<'a> {
    /// The export's own words.
    Ours(Cow<'a, str>),
    /// Text someone typed.
    Theirs(&'a str),
}

/// A line made of the export's own words with typed text between them ("series: …"), written
/// in each format with the typed pieces isolated. In `html!` it renders as HTML.
#[derive(Default)]
pub struct Line<'a>(Vec<Piece<'a>>);

impl<'a> Line<'a> {
    /// A line beginning with the export's own words.
    pub fn ours(words: impl Into<Cow<'a, str>>) -> Self {
        Line::default().and(words)
    }

    /// The export's own words next.
    pub fn and(mut self, words: impl Into<Cow<'a, str>>) -> Self {
        self.0.push(Piece::Ours(words.into()));
        self
    }

    /// Typed text next.
    pub fn typed(mut self, text: &'a str) -> Self {
        self.0.push(Piece::Theirs(text));
        self
    }

    /// The line in Markdown.
    pub fn md(&self) -> String {
        self.0
            .iter()
            .map(|piece| match piece {
                Piece::Ours(words) => super::md(words),
                Piece::Theirs(text) => md(text),
            })
            .collect()
    }
}

impl Render for Line<'_> {
    fn render(&self) -> Markup {
        html! {
            @for piece in &self.0 {
                @match piece {
                    Piece::Ours(words) => { (words) }
                    Piece::Theirs(text) => { (html(text)) }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_text_is_isolated_and_left_to_right_text_is_left_alone() {
        assert_eq!(plain("الطاولة 3"), "\u{2068}الطاولة 3\u{2069}");
        assert_eq!(plain("שולחן 3"), "\u{2068}שולחן 3\u{2069}");
        assert_eq!(plain("Table 3"), "Table 3");
        assert_eq!(plain("Mesa 3 · Café"), "Mesa 3 · Café");
        assert_eq!(md("*ملاحظة* 12"), "\u{2068}\\*ملاحظة\\* 12\u{2069}");
        assert_eq!(
            html("<b>الطاولة</b> 3").into_string(),
            "<bdi>&lt;b&gt;الطاولة&lt;/b&gt; 3</bdi>"
        );
    }

    #[test]
    fn a_line_isolates_only_what_was_typed() {
        let line = Line::ours("series: ")
            .typed("مقهى 2026")
            .and(" · 90 minutes");
        assert_eq!(line.md(), "series: \u{2068}مقهى 2026\u{2069} · 90 minutes");
        assert_eq!(
            line.render().into_string(),
            "series: <bdi>مقهى 2026</bdi> · 90 minutes"
        );
    }
}
