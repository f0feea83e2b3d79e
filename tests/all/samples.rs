//! Every released file format still opens.

use std::path::Path;

use cafe_host::model::Step;
use cafe_host::store::{load_guide, load_session};

fn sample(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/samples")
        .join(name)
}

#[test]
fn version_1_files_load_and_are_brought_up_to_date_in_memory() {
    let text = std::fs::read_to_string(sample("session-v1.ron")).expect("read");
    assert!(
        text.contains("schema_version: 1,"),
        "the sample is version 1"
    );
    let loaded = load_session(&sample("session-v1.ron")).expect("session v1 loads");
    assert!(loaded.read_only.is_none());
    let session = loaded.session;
    assert_eq!(session.schema_version, 2, "migrated in memory");
    assert_eq!(session.guide.schema_version, 2);
    assert!(!session.guide.questions[0].points[0].text.is_empty());
    assert_eq!(session.details.title, "Our Children, Our School");
    assert_eq!(session.current, Step::Question(1));
    assert!(session.is_ticked(0, 0) && session.is_ticked(0, 2) && session.is_ticked(1, 1));
    assert_eq!(session.projector.translation.as_deref(), Some("es"));

    let guide = load_guide(&sample("guide-v1.ron")).expect("guide v1 loads");
    assert_eq!(guide.schema_version, 2);
    assert_eq!(guide.title, "Learning at Home");
    assert_eq!(
        guide.plan,
        cafe_host::model::Plan::default(),
        "the usual minutes around the questions"
    );
    assert!(
        guide
            .questions
            .iter()
            .all(|q| !q.notes.text.is_empty() && !q.points.is_empty())
    );
}

#[test]
fn version_2_files_load_with_their_translations_and_minutes() {
    let loaded = load_session(&sample("session-v2.ron")).expect("session v2 loads");
    assert!(loaded.read_only.is_none() && loaded.notices.is_empty());
    let session = loaded.session;
    assert_eq!(session.schema_version, 2);
    assert_eq!(session.current, Step::Question(1));
    assert!(session.is_ticked(1, 2));
    let point = &session.guide.questions[1].points[2];
    assert_eq!(
        point.translation("es"),
        Some("Hermanos, abuelos y tareas de la casa")
    );
    assert!(session.guide.questions[1].notes.translation("es").is_some());

    let guide = load_guide(&sample("guide-v2.ron")).expect("guide v2 loads");
    assert_eq!(guide.schema_version, 2);
    assert_eq!(
        guide.plan.starts_at.map(|t| t.to_string()).as_deref(),
        Some("18:00")
    );
    assert_eq!(guide.minutes_of(Step::Welcome), 15);
    let resource = &guide.questions[3].resources[0];
    assert!(
        resource.title.translation("es").is_some() && resource.detail.translation("es").is_some()
    );
    assert_eq!(
        guide, session.guide,
        "the café keeps its own copy of the guide it ran"
    );
}
