//! CPU per frame of the presenter plus the projector view, headless, for a 30-question guide.
//! Budget: ≤ 1 ms median. A frame here is the egui pass plus tessellation (everything the CPU
//! does before the GPU draws).

use std::hint::black_box;
use std::sync::Arc;

use cafe_host::live::{Command, LiveState, RecordCommand};
use cafe_host::model::{Attendee, Guide, Question, Role, Session, SessionDetails, Step, Wording};
use cafe_host::store::DataDir;
use cafe_host::store::people::{PeopleIndex, fold, matches_words};
use cafe_host::store::to_ron;
use cafe_host::ui::{AppCommand, AppOptions, CafeApp};
use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use uuid::Uuid;

fn guide(questions: usize) -> Guide {
    Guide {
        schema_version: 1,
        title: "A long evening".into(),
        purpose: "Thirty questions, to see that a big guide stays quick.".into(),
        languages: vec!["en".into(), "es".into()],
        agreements: (0..5)
            .map(|i| Wording {
                text: format!("Agreement number {i}, said in a friendly way."),
                translations: [("es".to_owned(), format!("Acuerdo número {i}."))].into(),
            })
            .collect(),
        questions: (0..questions)
            .map(|i| Question {
                text: format!("Question {i}: what helps your child feel they belong at school, and what gets in the way?"),
                translations: [("es".to_owned(), format!("Pregunta {i}: ¿qué ayuda a su hijo o hija a sentirse parte de la escuela?"))].into(),
                points: (0..6).map(|p| format!("Discussion point {p} that groups often raise")).collect(),
                notes: "Some background for the facilitator, a few sentences long, so the notes column has text to lay out and wrap.".into(),
                minutes: 20,
                resources: vec![],
            })
            .collect(),
    }
}

fn open_app(
    data: &std::path::Path,
    session: &Session,
    now: chrono::DateTime<Utc>,
) -> (egui::Context, CafeApp) {
    let path = data.join("sessions").join(session.file_name());
    std::fs::create_dir_all(data.join("sessions")).expect("folder");
    std::fs::write(&path, to_ron(session).expect("ron")).expect("write");
    let ctx = egui::Context::default();
    let app = CafeApp::new(
        &ctx,
        AppOptions {
            data: DataDir::new(data),
            open: Some(path),
            projector: false,
            table: None,
            clock: Arc::new(move || now),
            stop: Arc::default(),
        },
    );
    (ctx, app)
}

/// One frame: the egui pass plus tessellation.
fn frame(ctx: &egui::Context, app: &mut CafeApp) -> Vec<egui::ClippedPrimitive> {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1600.0, 900.0),
        )),
        ..Default::default()
    };
    let mut out = ctx.run_ui(input, |ui| app.show(ui));
    out.textures_delta.clear();
    ctx.tessellate(out.shapes, out.pixels_per_point)
}

fn details(tables: u32) -> SessionDetails {
    SessionDetails {
        title: "Bench café".into(),
        date: NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"),
        venue: "Gym".into(),
        facilitator: "Sam".into(),
        tables,
        series: String::new(),
    }
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 19, 0, 0)
        .single()
        .expect("time")
}

/// A session with `per_table` notes at each of `tables` tables, spread over the questions.
fn session_with_notes(tables: u32, per_table: usize) -> Session {
    let mut live = LiveState::new(Session::new(guide(6), details(tables), now()));
    let ids: Vec<Uuid> = live.session.tables.iter().map(|t| t.id).collect();
    // Six rounds, as an evening has: the timeline stays short whatever the number of notes.
    for round in 0..6 {
        live.apply(Command::GoTo(Step::Question(round)), now());
        for (t, table) in ids.iter().enumerate() {
            for n in (round..per_table).step_by(6) {
                let text = format!(
                    "Table {t} note {n}: people said the school should listen more and talk less"
                );
                live.apply(
                    Command::Record(RecordCommand::AddNote {
                        id: Uuid::new_v4(),
                        table: *table,
                        text,
                        tags: vec![],
                    }),
                    now(),
                );
            }
        }
    }
    live.apply(Command::GoTo(Step::Question(2)), now());
    live.session
}

fn frame_bench(c: &mut Criterion) {
    let data = std::env::temp_dir().join(format!("cafe-host-bench-{}", std::process::id()));
    let mut session = Session::new(guide(30), details(12), now());
    session.current = Step::Question(14);
    let (ctx, mut app) = open_app(&data.join("presenter"), &session, now());
    app.run(AppCommand::ToggleProjector);
    app.run(AppCommand::Cafe(Command::ToggleTimer));
    app.run(AppCommand::Cafe(Command::SetTranslation(Some("es".into()))));
    // Warm the font atlas and layout caches, as a running app has.
    for _ in 0..3 {
        black_box(frame(&ctx, &mut app));
    }
    c.bench_function("presenter + projector frame, 30 questions", |b| {
        b.iter(|| black_box(frame(&ctx, &mut app)));
    });
    drop(app);

    let session = session_with_notes(20, 200);
    let (ctx, mut app) = open_app(&data.join("tables"), &session, now());
    app.run(AppCommand::ShowTables);
    for _ in 0..3 {
        black_box(frame(&ctx, &mut app));
    }
    c.bench_function("tables screen frame, 20 tables x 200 notes", |b| {
        b.iter(|| black_box(frame(&ctx, &mut app)));
    });
    drop(app);

    // Adding a note, at two sizes: the command, the copy the saver is handed (all the UI
    // thread does), and the formatting the saver's thread then does.
    for per_table in [20, 200] {
        let live = LiveState::new(session_with_notes(20, per_table));
        let table = live.session.tables[3].id;
        let notes = 20 * per_table;
        c.bench_function(
            &format!("add a note (command), {notes} notes already"),
            |b| {
                b.iter_batched(
                    || {
                        // A clone has no spare room; a running session's list does (pushes are
                        // amortised), so give the copy some, as the real one has.
                        let mut copy = live.clone();
                        copy.session.notes.reserve(64);
                        copy
                    },
                    |mut live| {
                        live.apply(
                            Command::Record(RecordCommand::AddNote {
                                id: Uuid::new_v4(),
                                table,
                                text: "One more thing the table said".into(),
                                tags: vec![],
                            }),
                            now(),
                        );
                        live
                    },
                    BatchSize::LargeInput,
                );
            },
        );
        c.bench_function(&format!("session copy for the saver, {notes} notes"), |b| {
            b.iter(|| black_box(live.session.clone()));
        });
        c.bench_function(&format!("session to RON text, {notes} notes"), |b| {
            b.iter(|| black_box(to_ron(&live.session).expect("ron")));
        });
    }
    let _ = std::fs::remove_dir_all(&data);
}

/// A made-up name from a small pool, so people repeat across cafés as real families do.
fn name(n: usize) -> String {
    const FIRST: [&str; 20] = [
        "Ana", "Bo", "Carmen", "Dev", "Elif", "Farah", "Gus", "Hana", "Ivan", "Jia", "Kofi",
        "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tuan",
    ];
    const LAST: [&str; 25] = [
        "Díaz", "Nguyen", "Okafor", "Smith", "Haddad", "Kowalski", "Tran", "Garcia", "Ali", "Chen",
        "Baker", "Rossi", "Silva", "Yilmaz", "Khan", "Moreau", "Ivanova", "Jones", "Lopez", "Sato",
        "Mensah", "Novak", "Park", "Quispe", "Reyes",
    ];
    format!("{} {} {}", FIRST[n % 20], LAST[(n / 20) % 25], n / 500)
}

fn attendee(n: usize) -> Attendee {
    Attendee {
        id: Uuid::new_v4(),
        name: name(n),
        role: Role::ALL[n % Role::ALL.len()],
        household: String::new(),
        children_in_childcare: (n % 3) as u32,
        language: ["Spanish", "English", "Vietnamese", "Arabic"][n % 4].into(),
        interpreter: n.is_multiple_of(5),
        first_visit: n.is_multiple_of(4),
        contact: None,
        consent_contact: false,
        consent_photos: false,
        table: Some((n % 20) as u32 + 1),
        checked_in: now(),
        edited: now(),
        deleted: false,
        erased: false,
    }
}

/// The sign-in desk with 500 people tonight and 50 earlier cafés of 500 each.
fn desk_bench(c: &mut Criterion) {
    let data = std::env::temp_dir().join(format!("cafe-host-desk-{}", std::process::id()));
    let sessions = data.join("sessions");
    std::fs::create_dir_all(&sessions).expect("folder");
    for cafe in 0..50 {
        let mut s = Session::new(guide(4), details(20), now());
        s.attendees = (0..500).map(|n| attendee(n * 7 + cafe * 13)).collect();
        std::fs::write(sessions.join(s.file_name()), to_ron(&s).expect("ron")).expect("write");
    }
    let index = PeopleIndex::load(&sessions, Uuid::nil());
    let mut tonight = Session::new(guide(4), details(20), now());
    tonight.attendees = (0..500).map(attendee).collect();
    let folded: Vec<String> = tonight.attendees.iter().map(|a| fold(&a.name)).collect();
    for query in ["r", "rosa ok", "zzz"] {
        c.bench_function(
            &format!(
                "search keystroke '{query}', {} people known, 500 tonight",
                index.len()
            ),
            |b| {
                b.iter(|| {
                    let words: Vec<String> =
                        fold(query).split_whitespace().map(str::to_owned).collect();
                    let earlier = index.search(query, 6).len();
                    let today = folded.iter().filter(|n| matches_words(n, &words)).count();
                    black_box((earlier, today))
                });
            },
        );
    }
    let _ = std::fs::remove_dir_all(&data);
}

criterion_group!(benches, frame_bench, desk_bench);
criterion_main!(benches);
