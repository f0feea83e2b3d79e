//! The words of the app and of the room's fixed slides, in every language that has a Fluent
//! catalogue under `assets/i18n/` (the interface) or `assets/i18n/room/` (the projector's fixed
//! slides). The catalogues are embedded in the binary at build time, so a new language is one
//! new `.ftl` file and nothing else. Plural forms come from each language's CLDR rules, which
//! Fluent applies when a message selects on a number.
//!
//! Plain logic: nothing here draws, so the console, the projector and the tests share it.

mod catalogue;
mod room;

pub use catalogue::Lang;
pub use fluent_bundle::FluentValue;
pub use room::{RoomLanguages, SlideTexts, has_slide_words, room_languages};

use catalogue::{INTERFACE, format_in};

/// The interface text for `key` in `lang`. A key missing from `lang`'s catalogue falls back to
/// English, and a key missing everywhere shows the key itself (and is logged), so a gap in a
/// translation never hides a button.
pub fn tr(lang: Lang, key: &str) -> String {
    tr_args(lang, key, &[])
}

/// Like [`tr`], with values for the message's variables, e.g.
/// `tr_args(lang, "notes-count", &[("count", 3.into())])` gives "3 notes".
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    format_in(&INTERFACE, lang.code(), key, args)
}

/// A counted phrase such as "1 note" / "2 notes", with the plural form `lang`'s rules choose.
/// `key` is a message with a `$count` variable (`notes-count`, `tables-count`, …).
pub fn count(lang: Lang, key: &str, n: usize) -> String {
    tr_args(lang, key, &[("count", n.into())])
}

/// What a merge brought in, counted in `lang`: "1 note, 2 tables, 0 themes, 1 commitment and
/// 3 sign-ins" (for the app's import and for `cafe-host merge`).
pub fn merge_counts(lang: Lang, report: &crate::model::MergeReport) -> String {
    tr_args(
        lang,
        "merge-counts",
        &[
            ("notes", report.notes.into()),
            ("tables", report.tables.into()),
            ("themes", report.themes.into()),
            ("commitments", report.commitments.into()),
            ("signins", report.attendees.into()),
        ],
    )
}

/// Everything wrong with the embedded catalogues, in plain words (a key one language lacks, a
/// stray key, a syntax error). Empty for a sound build; the tests keep it so.
pub fn catalogue_problems() -> Vec<String> {
    let mut out = catalogue::check(&INTERFACE, "interface");
    out.extend(catalogue::check(&catalogue::ROOM, "room"));
    out
}

#[cfg(test)]
mod tests;
