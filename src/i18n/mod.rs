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

/// The words of an export (a report, a summary, a sheet) for `key` in `lang`, with values
/// for the message's variables; English when `lang`'s export catalogue lacks it.
pub fn export_text(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    format_in(&catalogue::EXPORT, lang.code(), key, args)
}

/// A role's name in `lang`, the same on every screen and in every export. The model's own
/// label stays English, for the session files.
pub fn role_name(lang: Lang, role: crate::model::Role) -> String {
    use crate::model::Role;
    let key = match role {
        Role::Parent => "role-parent",
        Role::Grandparent => "role-grandparent",
        Role::OtherCaregiver => "role-other-caregiver",
        Role::Teacher => "role-teacher",
        Role::OtherStaff => "role-other-staff",
        Role::CommunityPartner => "role-community-partner",
        Role::Interpreter => "role-interpreter",
        Role::ChildcareVolunteer => "role-childcare-volunteer",
        Role::Other => "role-other",
    };
    tr(lang, key)
}

/// A note tag's name in `lang`, the same on every screen and in every export.
pub fn tag_name(lang: Lang, tag: crate::model::Tag) -> String {
    use crate::model::Tag;
    let key = match tag {
        Tag::Idea => "tag-idea",
        Tag::Concern => "tag-concern",
        Tag::Question => "tag-question",
        Tag::Action => "tag-action",
        Tag::Quote => "tag-quote",
    };
    tr(lang, key)
}

/// A step's short name in `lang`, for the agenda, the step line, Home's recent list and the
/// exports.
pub fn step_label(lang: Lang, step: crate::model::Step) -> String {
    use crate::model::Step;
    match step {
        Step::Welcome => tr(lang, "presenter-step-welcome"),
        Step::YouSaid => tr(lang, "presenter-step-you-said"),
        Step::Agreements => tr(lang, "presenter-step-agreements"),
        Step::Question(i) => tr_args(
            lang,
            "presenter-step-question",
            &[("number", (i + 1).into())],
        ),
        Step::Harvest => tr(lang, "presenter-step-harvest"),
        Step::Closing => tr(lang, "presenter-step-closing"),
    }
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
    out.extend(catalogue::check(&catalogue::EXPORT, "export"));
    for lang in Lang::all() {
        if !catalogue::EXPORT.iter().any(|c| c.code == lang.code()) {
            out.push(format!(
                "the interface speaks {}, but there is no export catalogue export/{}.ftl",
                lang.code(),
                lang.code()
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests;
