//! The interface's words in the person's language, for any screen that has a `Ui` or a
//! `Context`. The app puts the chosen language in the context at the start of every frame, so
//! a screen writes `t(ui, "home-start")` and never passes the language around.

use crate::i18n::{self, FluentValue, Lang};
use crate::model::{PeopleCount, Role, Tag};

fn key() -> egui::Id {
    egui::Id::unique("interface language")
}

/// Make `lang` the language every screen reads from this frame on.
pub fn set_language(ctx: &egui::Context, lang: Lang) {
    ctx.data_mut(|d| d.insert_temp(key(), lang));
}

/// The language of the interface (English until the app sets one).
pub fn language(ctx: &egui::Context) -> Lang {
    ctx.data(|d| d.get_temp(key())).unwrap_or(Lang::ENGLISH)
}

/// The message `key` of the interface catalogue.
pub fn t(ui: &egui::Ui, key: &str) -> String {
    i18n::tr(language(ui.ctx()), key)
}

/// The message `key` with values for its variables: `ta(ui, "saved-at", &[("time", "20:15".into())])`.
pub fn ta(ui: &egui::Ui, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    i18n::tr_args(language(ui.ctx()), key, args)
}

/// A figure about people (first visits, interpreter and childcare needs) from the message
/// `key`, which chooses its words by `$known` (`all`, `some` or `none`) and `$count`: never a
/// 0 where the truth is that nobody was asked.
pub fn people_count(ui: &egui::Ui, key: &str, count: PeopleCount) -> String {
    let (known, n) = match count {
        PeopleCount::Known(n) => ("all", n),
        PeopleCount::AtLeast(n) => ("some", n),
        PeopleCount::NotKnown => ("none", 0),
    };
    ta(ui, key, &[("known", known.into()), ("count", n.into())])
}

/// The three figures about people of `f` as the arguments `first`, `interpreter` and
/// `children`, each worded by the message `{prefix}-first` (and so on).
pub fn people_figures(
    ui: &egui::Ui,
    prefix: &str,
    f: &crate::model::Figures,
) -> [(&'static str, FluentValue<'static>); 3] {
    let word = |name: &str, count| people_count(ui, &format!("{prefix}-{name}"), count).into();
    [
        ("first", word("first", f.first_timers)),
        ("interpreter", word("interpreter", f.interpreter_needed)),
        ("children", word("children", f.children_in_childcare)),
    ]
}

/// A counted phrase with the plural form the language's rules choose: `tn(ui, "notes-count", 1)`
/// gives "1 note".
pub fn tn(ui: &egui::Ui, key: &str, n: usize) -> String {
    i18n::count(language(ui.ctx()), key, n)
}

pub use crate::i18n::{role_name, tag_name};

/// A role's name in the interface's language.
pub fn role_text(ui: &egui::Ui, role: Role) -> String {
    role_name(language(ui.ctx()), role)
}

/// A note tag's name in the interface's language.
pub fn tag_text(ui: &egui::Ui, tag: Tag) -> String {
    tag_name(language(ui.ctx()), tag)
}

/// A problem of a guide in `lang`, the words the editor and Home both show.
pub fn problem_text(lang: Lang, problem: &crate::model::GuideProblem) -> String {
    use crate::model::GuideProblem as P;
    let number = |i: usize| FluentValue::from(i + 1);
    let language = |code: &str| FluentValue::from(crate::model::guide::language_name(code));
    match problem {
        P::NoTitle => i18n::tr(lang, "problem-no-title"),
        P::NoQuestions => i18n::tr(lang, "problem-no-questions"),
        P::QuestionWithoutText { question } => i18n::tr_args(
            lang,
            "problem-question-no-text",
            &[("number", number(*question))],
        ),
        P::QuestionWithoutPoints { question } => i18n::tr_args(
            lang,
            "problem-question-no-points",
            &[("number", number(*question))],
        ),
        P::QuestionNotTranslated {
            question,
            language: code,
        } => i18n::tr_args(
            lang,
            "problem-question-not-translated",
            &[("number", number(*question)), ("language", language(code))],
        ),
        P::AgreementNotTranslated {
            agreement,
            language: code,
        } => i18n::tr_args(
            lang,
            "problem-agreement-not-translated",
            &[("number", number(*agreement)), ("language", language(code))],
        ),
        P::Minutes { step, minutes } => i18n::tr_args(
            lang,
            "problem-minutes",
            &[
                ("step", super::presenter::step_label(lang, *step).into()),
                ("minutes", (*minutes).into()),
            ],
        ),
        P::OverPlannedEnd { minutes_over } => i18n::tr_args(
            lang,
            "problem-over-end",
            &[("minutes", (*minutes_over).into())],
        ),
    }
}

/// What `check` says about a guide file, in `lang`, with its place when it has one.
pub fn finding_text(lang: Lang, placed: &crate::store::guide_file::Placed) -> String {
    let text = finding_words(lang, &placed.finding);
    match placed.position {
        Some((line, column)) => i18n::tr_args(
            lang,
            "finding-at",
            &[
                ("line", line.into()),
                ("column", column.into()),
                ("text", text.into()),
            ],
        ),
        None => text,
    }
}

/// What `check` says about a guide file, in `lang`, without its place.
pub fn finding_words(lang: Lang, finding: &crate::store::Finding) -> String {
    use crate::store::Finding;
    match finding {
        Finding::UnknownField {
            path,
            suggestion: Some(s),
        } => i18n::tr_args(
            lang,
            "finding-unknown-field-suggest",
            &[("field", path.clone().into()), ("suggestion", (*s).into())],
        ),
        Finding::UnknownField {
            path,
            suggestion: None,
        } => i18n::tr_args(
            lang,
            "finding-unknown-field",
            &[("field", path.clone().into())],
        ),
        Finding::Problem(p) => problem_text(lang, p),
    }
}
