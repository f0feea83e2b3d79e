//! The format's own rules; round trips of any guide and the README's example are checked in
//! the integration tests.

use super::{read, write};
use crate::model::{ClockTime, Guide, Question, Resource, Step, Wording};

fn sample() -> Guide {
    let mut guide = Guide::blank("First Meeting", "en");
    guide.languages.push("es".into());
    guide.purpose = "Meet before anything goes wrong.".into();
    guide.plan.starts_at = ClockTime::parse("18:00");
    guide.plan.ends_by = ClockTime::parse("19:30");
    let mut agreement = Wording::plain("Listen to understand.");
    agreement
        .translations
        .insert("es".into(), "Escuche para entender.".into());
    guide.agreements.push(agreement);
    let mut q = Question::new("What does your child love?");
    q.translations
        .insert("es".into(), "¿Qué le encanta?".into());
    let mut point = Wording::plain("Games");
    point.translations.insert("es".into(), "Juegos".into());
    q.points = vec![point, Wording::plain("Music")];
    q.notes =
        Wording::plain("Start easy.\n\n# not a heading\nes: not a language\nPoints: not a label");
    q.notes
        .translations
        .insert("es".into(), "Empiece fácil.".into());
    q.resources.push(Resource {
        title: Wording::plain("Liaison: family"),
        detail: Wording::plain("Ask the office."),
    });
    guide.questions = vec![q, Question::new("Harvest")];
    guide.questions[1].points.push(Wording::plain(" padded "));
    guide
}

#[test]
fn a_guide_written_out_reads_back_the_same() {
    let guide = sample();
    let text = write(&guide);
    let (back, places) = read(&text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    assert_eq!(back, guide, "{text}");
    let heading = places.of(&crate::model::GuideProblem::QuestionWithoutText { question: 1 });
    assert_eq!(text.lines().nth(heading.0 - 1), Some("# \"Harvest\""));
    assert_eq!(back.minutes_of(Step::Harvest), guide.plan.harvest_minutes);
}

#[test]
fn a_question_prefix_and_a_label_on_its_line_are_read_as_people_write_them() {
    let text = "---\ntitle: T\npurpose: P\nlanguages: en\n---\n# Question 1: What helps?\nNotes: Begin gently.\n";
    let (guide, _) = read(text).expect("reads");
    assert_eq!(guide.questions[0].text, "What helps?");
    assert_eq!(guide.questions[0].notes.text, "Begin gently.");
}

#[test]
fn mistakes_are_each_reported_at_their_place() {
    let text = "---\ntitle: T\nlanguages: en, es\n---\n# Q\nminutes: ten\nNote:\n";
    let errors = read(text).expect_err("two mistakes");
    let places: Vec<(usize, usize)> = errors.iter().map(|e| (e.line, e.column)).collect();
    assert_eq!(places, vec![(6, 10), (7, 1)], "{errors:?}");
    assert!(
        errors[1].message.contains("did you mean `Notes:`"),
        "{errors:?}"
    );
}
