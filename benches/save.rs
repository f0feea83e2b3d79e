//! What a durable save of the biggest session costs, next to a bare write + fsync of the same
//! bytes. A durable save is `to_ron` (serialization) then `write_atomic` (temp file, fsync,
//! backup link, rename, folder fsync); both are measured alone and together.
//!
//! Also: what a merged session of 100,000 notes weighs on disk and how long it takes to load,
//! to judge the open limit (`MAX_FILE_BYTES`) that `cafe-host merge` must respect.
//!
//! And: importing a 100-question Markdown guide in three languages (budget ≤ 10 ms).
//!
//! And: the school's evidence pack of a 400-person café (the example series' first café with
//! 400 sign-ins, its notes and themes, a goodbye check), built and written to disk
//! (budget ≤ 100 ms).

use std::fs::File;
use std::hint::black_box;
use std::io::Write;

use cafe_host::model::{
    Commitment, Guide, Note, Question, Resource, Session, SessionDetails, Step, StepShown, Tag,
    Theme, Wording,
};
use cafe_host::store::atomic::write_atomic;
use cafe_host::store::format::MAX_FILE_BYTES;
use cafe_host::store::{load_session, to_ron};
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use uuid::Uuid;

const QUESTIONS: usize = 200;
const POINTS: usize = 6;
const TIMELINE: usize = 4000;
const TABLES: u32 = 20;
const NOTES: usize = 800;
/// Many laptops' copies of many evenings merged into one file: far past any real café.
const MERGED_NOTES: usize = 100_000;

fn long_text(words: usize, seed: usize) -> String {
    const WORDS: [&str; 12] = [
        "families",
        "school",
        "children",
        "listen",
        "together",
        "homework",
        "teachers",
        "evening",
        "language",
        "welcome",
        "questions",
        "community",
    ];
    (0..words)
        .map(|i| WORDS[(i * 7 + seed) % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn guide() -> Guide {
    Guide {
        schema_version: 1,
        title: "The longest café".into(),
        purpose: long_text(40, 1),
        languages: vec!["en".into(), "es".into(), "vi".into()],
        agreements: (0..6)
            .map(|i| Wording {
                text: long_text(10, i),
                translations: [("es".to_owned(), long_text(10, i + 1))].into(),
            })
            .collect(),
        questions: (0..QUESTIONS)
            .map(|i| Question {
                text: format!("Question {i}: {}?", long_text(18, i)),
                translations: [
                    (
                        "es".to_owned(),
                        format!("Pregunta {i}: {}", long_text(18, i + 3)),
                    ),
                    (
                        "vi".to_owned(),
                        format!("Câu hỏi {i}: {}", long_text(18, i + 5)),
                    ),
                ]
                .into(),
                points: (0..POINTS)
                    .map(|p| Wording::plain(long_text(12, i + p)))
                    .collect(),
                notes: Wording::plain(long_text(150, i)),
                minutes: 20,
                resources: (0..2)
                    .map(|r| Resource {
                        title: Wording::plain(format!("Resource {r}")),
                        detail: Wording::plain(long_text(25, i + r)),
                    })
                    .collect(),
            })
            .collect(),
        plan: Default::default(),
        goodbye: Default::default(),
    }
}

/// A guide of 200 questions with long notes, 4000 steps shown, every point ticked, 20 tables
/// and 800 notes with themes and commitments: far beyond any real evening.
fn biggest_session() -> Session {
    let now = Utc
        .with_ymd_and_hms(2026, 11, 24, 18, 30, 0)
        .single()
        .expect("time");
    let details = SessionDetails {
        title: "The longest café".into(),
        date: NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"),
        venue: "Lincoln Elementary, gym".into(),
        facilitator: "Rosa Martínez".into(),
        tables: TABLES,
        series: String::new(),
    };
    let mut session = Session::new(guide(), details, now);
    let agenda = session.agenda();
    session.timeline = (0..TIMELINE)
        .map(|i| StepShown {
            step: agenda[i % agenda.len()],
            at: now + Duration::seconds(i64::try_from(i).expect("small") * 5),
        })
        .collect();
    session.current = Step::Question(QUESTIONS / 2);
    session.ticked = (0..QUESTIONS).map(|q| (q, (0..POINTS).collect())).collect();
    session.notes = notes(&session, NOTES);
    session.themes = (0..20)
        .map(|i| Theme {
            id: Uuid::from_u128(1_000_000 + i as u128),
            title: long_text(6, i),
            notes: (0..20)
                .map(|n| Uuid::from_u128(i as u128 * 20 + n + 1))
                .collect(),
            edited: now,
            deleted: false,
        })
        .collect();
    session.commitments = (0..40)
        .map(|i| Commitment {
            id: Uuid::from_u128(2_000_000 + i as u128),
            text: long_text(15, i),
            owner: "Table 3".into(),
            due: NaiveDate::from_ymd_opt(2026, 12, 1),
            done: false,
            under_way: false,
            done_at: None,
            edited: now,
            deleted: false,
        })
        .collect();
    session
}

/// `count` notes spread over the tables and questions of `session`, some shared, some private,
/// some deleted.
fn notes(session: &Session, count: usize) -> Vec<Note> {
    let now = session.created;
    let tables: Vec<Uuid> = session.tables.iter().map(|t| t.id).collect();
    (0..count)
        .map(|i| Note {
            id: Uuid::from_u128(i as u128 + 1),
            table: tables[i % tables.len()],
            question: Some(i % QUESTIONS),
            round: u32::try_from(i % 6).expect("small") + 1,
            text: long_text(30, i),
            tags: [Tag::ALL[i % Tag::ALL.len()]].into(),
            share: i % 3 == 0,
            private: i % 17 == 0,
            created: now + Duration::seconds(i64::try_from(i).expect("small")),
            edited: now + Duration::seconds(i64::try_from(i).expect("small") + 30),
            deleted: i % 50 == 0,
        })
        .collect()
}

fn raw_write(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

fn save_bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let durable = dir.path().join("durable.ron");
    let raw = dir.path().join("raw.ron");
    let session = biggest_session();
    let text = to_ron(&session).expect("serialize");
    let bytes = text.len() as u64;
    eprintln!(
        "biggest session: {:.2} MB of RON ({QUESTIONS} questions, {TIMELINE} steps shown, {NOTES} notes)",
        bytes as f64 / 1e6
    );

    let mut group = c.benchmark_group("save biggest session");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(30);
    group.bench_function("serialize (to_ron)", |b| {
        b.iter(|| to_ron(black_box(&session)).expect("serialize"));
    });
    group.bench_function("durable write (write_atomic)", |b| {
        b.iter(|| write_atomic(&durable, black_box(text.as_bytes())).expect("save"));
    });
    group.bench_function("durable save (to_ron + write_atomic)", |b| {
        b.iter(|| {
            let text = to_ron(black_box(&session)).expect("serialize");
            write_atomic(&durable, text.as_bytes()).expect("save");
        });
    });
    group.bench_function("raw write + fsync", |b| {
        b.iter(|| raw_write(&raw, black_box(text.as_bytes())).expect("write"));
    });
    group.finish();
}

fn merged_load_bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("merged.ron");
    let mut session = biggest_session();
    session.notes = notes(&session, MERGED_NOTES);
    let text = to_ron(&session).expect("serialize");
    let bytes = text.len() as u64;
    eprintln!(
        "merged session: {:.2} MB of RON for {MERGED_NOTES} notes ({:.0} bytes a note); the open limit is {:.2} MB",
        bytes as f64 / 1e6,
        bytes as f64 / MERGED_NOTES as f64,
        MAX_FILE_BYTES as f64 / 1e6
    );
    // Load the largest such session that stays under the limit: the worst the app must open.
    while session.notes.len() > 1
        && to_ron(&session).expect("serialize").len() as u64 > MAX_FILE_BYTES
    {
        let keep = session.notes.len() * 95 / 100;
        session.notes.truncate(keep);
    }
    let text = to_ron(&session).expect("serialize");
    eprintln!(
        "largest merged session that opens: {} notes, {:.2} MB",
        session.notes.len(),
        text.len() as f64 / 1e6
    );
    std::fs::write(&path, &text).expect("write");
    let mut group = c.benchmark_group("load merged session");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("load_session (largest that opens)", |b| {
        b.iter(|| load_session(black_box(&path)).expect("load"));
    });
    group.finish();
}

/// A 100-question guide with every text in three languages, as Markdown.
fn markdown_guide() -> String {
    let mut guide = guide();
    guide.questions.truncate(100);
    for (i, q) in guide.questions.iter_mut().enumerate() {
        for (p, point) in q.points.iter_mut().enumerate() {
            point
                .translations
                .insert("es".into(), long_text(12, i + p + 1));
            point
                .translations
                .insert("vi".into(), long_text(12, i + p + 2));
        }
        q.notes
            .translations
            .insert("es".into(), long_text(150, i + 1));
        for r in &mut q.resources {
            r.title.translations.insert("es".into(), long_text(3, i));
            r.detail.translations.insert("es".into(), long_text(25, i));
        }
    }
    cafe_host::markdown::write(&guide)
}

fn markdown_import_bench(c: &mut Criterion) {
    let text = markdown_guide();
    let path = std::path::Path::new("guide.md");
    let questions = cafe_host::store::read_guide(path, &text)
        .map(|f| f.guide.questions.len())
        .unwrap_or_default();
    assert_eq!(questions, 100, "the Markdown guide reads");
    let mut group = c.benchmark_group("guide_import");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("100-question Markdown guide, 3 languages", |b| {
        b.iter(|| cafe_host::store::read_guide(path, black_box(&text)));
    });
    group.finish();
}

/// The example series' first café with `people` sign-ins (copies of its own, each its own
/// person) and a goodbye check.
fn big_cafe(people: usize) -> Session {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions/2026-11-19_being-heard-at-school_6c1e0000.ron");
    let mut session = load_session(&path)
        .unwrap_or_else(|e| panic!("{e}"))
        .session;
    let template = session.attendees.clone();
    session.attendees = (0..people)
        .map(|i| {
            let mut a = template[i % template.len()].clone();
            a.id = Uuid::from_u128(0xa77e_0000 + i as u128);
            a.name = format!("Person {i}");
            a
        })
        .collect();
    let mut door = cafe_host::model::goodbye::DoorCounts::new(Uuid::from_u128(9));
    door.welcome = [3, 8, 40, 120, 180];
    door.again = [250, 60, 9];
    session.goodbye = vec![door];
    session
}

fn evidence_pack_bench(c: &mut Criterion) {
    use cafe_host::export::{Privacy, Words, evidence, write_export};
    let session = big_cafe(400);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let cafes =
        cafe_host::review::series::load_all(&[
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions")
        ]);
    let earlier = evidence::open_earlier(&session, &cafes);
    let out = dir.path().join("pack.html");
    let mut group = c.benchmark_group("evidence pack");
    group.bench_function(
        "evidence pack of a 400-person café, built and written",
        |b| {
            b.iter(|| {
                let w = Words(cafe_host::i18n::Lang::ENGLISH);
                let html = evidence::html(&session, &earlier, Privacy::default(), w, &Utc);
                write_export(&out, &html).unwrap_or_else(|e| panic!("{e:?}"));
                black_box(html.len())
            });
        },
    );
    group.finish();
}

criterion_group!(
    benches,
    save_bench,
    merged_load_bench,
    markdown_import_bench,
    evidence_pack_bench
);
criterion_main!(benches);
