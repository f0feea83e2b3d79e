//! The frame every HTML export shares: one file, its style inside it, no scripts, and print
//! rules that fit both A4 and Letter paper.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::words::Words;
use crate::i18n::Lang;

const STYLE: &str = "
:root { color-scheme: light; }
body { font-family: 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 16px; line-height: 1.45;
       color: #1b1b1b; background: #fff; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
h2 { font-size: 1.35rem; margin: 1.8rem 0 .5rem; border-bottom: 2px solid #444; padding-bottom: .15rem; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 .3rem; }
h4 { font-size: 1rem; margin: .8rem 0 .2rem; }
.contains { border: 2px solid #444; padding: .5rem .8rem; margin: .5rem 0 1rem; background: #f4f4f4; }
.meta { color: #333; margin: 0 0 .5rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
th, td { border: 1px solid #888; padding: .3rem .5rem; text-align: left; vertical-align: top;
         overflow-wrap: break-word; }
/* Emails and other long unbroken text may break anywhere, so they never widen the page. */
td.wrap { overflow-wrap: anywhere; }
th { background: #e8e8e8; }
td.n, th.n { text-align: right; }
ul { margin: .2rem 0 .6rem; padding-left: 1.4rem; }
.tag { font-size: .8rem; border: 1px solid #666; border-radius: .3rem; padding: 0 .25rem; margin-left: .3rem; }
figure { margin: 0; }
figcaption { font-size: .9rem; color: #333; margin: -.6rem 0 1rem; }
.chart { width: 100%; height: auto; margin: .3rem 0 1rem; }
.chart .a { fill: #1f5fa8; } .chart .b { fill: #e0a020; } .chart .c { fill: #3c8d3c; }
.chart text { font-size: 13px; fill: #1b1b1b; }
.sheet { table-layout: fixed; font-size: .85rem; }
.sheet th { font-size: .75rem; }
.sheet th:nth-child(1) { width: 7%; } .sheet th:nth-child(2) { width: 17%; }
.sheet th:nth-child(3) { width: 9%; } .sheet th:nth-child(4) { width: 9%; }
.sheet th:nth-child(5) { width: 8%; } .sheet th:nth-child(6) { width: 7%; }
.sheet th:nth-child(7) { width: 8%; } .sheet th:nth-child(8) { width: 14%; }
.sheet th:nth-child(9) { width: 8%; } .sheet th:nth-child(10) { width: 13%; }
.evidence th[scope=row] { width: 32%; background: #f0f0f0; }
.evidence h2 { margin-top: 1.2rem; }
td:first-child { white-space: nowrap; }
.sheet td:first-child { white-space: normal; }
.sheet td { height: 2.1rem; }
/* The printer's paper, A4 or Letter: both margins fit either. */
@page { size: auto; margin: 14mm 12mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  /* A collapsed border sits half outside its table: a table as wide as the page would lose its
     right edge past the margin, on A4 and on Letter. */
  table { width: calc(100% - 2px); margin-left: 1px; }
  h2 { break-after: avoid; }
  h3, h4 { break-after: avoid; }
  tr, li, .chart, .contains { break-inside: avoid; }
  .sheet td { height: 9mm; }
}
";

/// What a document is, which begins its title (and a Markdown export's first line): the
/// words by which an earlier export is known again before it is replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Report,
    Series,
    Attendance,
    SignInSheet,
    Evidence,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Report,
        Kind::Series,
        Kind::Attendance,
        Kind::SignInSheet,
        Kind::Evidence,
    ];

    fn key(self) -> &'static str {
        match self {
            Kind::Report => "title-report",
            Kind::Series => "title-series",
            Kind::Attendance => "title-attendance",
            Kind::SignInSheet => "title-sign-in-sheet",
            Kind::Evidence => "title-evidence",
        }
    }

    /// "Café report: ", the words before the café's or series' name, in `w`'s language.
    pub fn prefix(self, w: Words) -> String {
        self.title(w, "")
    }

    /// "Café report: Being Heard".
    pub fn title(self, w: Words, name: &str) -> String {
        w.a(self.key(), &[("name", name.into())])
    }
}

/// Whether `head`, the first bytes of a file, is the start of an HTML export: the document
/// type, then a title that one of the export kinds begins.
pub fn is_page(head: &str) -> bool {
    head.starts_with("<!DOCTYPE html>")
        && head.split_once("<title>").is_some_and(|(_, title)| {
            Kind::ALL.iter().any(|kind| {
                Lang::all()
                    .into_iter()
                    .any(|lang| title.starts_with(&kind.prefix(Words(lang))))
            })
        })
}

/// A complete HTML document of kind `kind` titled for `name` in `w`'s language, with `body`
/// inside it.
pub fn page(kind: Kind, name: &str, w: Words, body: Markup) -> String {
    let title = kind.title(w, &super::isolate::plain(name));
    html! {
        (DOCTYPE)
        html lang=(w.0.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body { (body) }
        }
    }
    .into_string()
}
