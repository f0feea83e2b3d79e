//! CPU per frame of the presenter plus the projector view, headless, for a 30-question guide.
//! Budget: ≤ 1 ms median. The guide editor on a 40-question guide in three languages: ≤ 2 ms. A frame here is the egui pass plus tessellation (everything the CPU
//! does before the GPU draws).

use std::hint::black_box;
use std::sync::Arc;

use cafe_host::live::{Command, LiveState, RecordCommand};
use cafe_host::model::{Attendee, Guide, Question, Role, Session, SessionDetails, Step, Wording};
use cafe_host::store::DataDir;
use cafe_host::store::people::{fold, matches_words};
use cafe_host::store::to_ron;
use cafe_host::ui::bidi::bidi_galley;
use cafe_host::ui::fonts::FontSupport;
use cafe_host::ui::guides::GuideRequest;
use cafe_host::ui::{AppCommand, AppOptions, CafeApp, Request};
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
                points: (0..6).map(|p| Wording::plain(format!("Discussion point {p} that groups often raise"))).collect(),
                notes: Wording::plain("Some background for the facilitator, a few sentences long, so the notes column has text to lay out and wrap."),
                minutes: 20,
                resources: vec![],
            })
            .collect(),
        plan: Default::default(),
        goodbye: Default::default(),
    }
}

/// The same guide with every question and agreement also in Arabic, for a right-to-left room.
fn arabic_guide(questions: usize) -> Guide {
    let mut guide = guide(questions);
    guide.languages.push("ar".into());
    for (i, q) in guide.questions.iter_mut().enumerate() {
        q.translations.insert(
            "ar".into(),
            format!("السؤال {i}: ما الذي يساعد طفلك على الشعور بأنه ينتمي إلى المدرسة، وما الذي يقف في طريق ذلك؟"),
        );
    }
    for a in &mut guide.agreements {
        a.translations
            .insert("ar".into(), "نستمع لنفهم، لا لنرد.".into());
    }
    guide
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
            shared: None,
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
                        at: None,
                    }),
                    now(),
                );
            }
        }
    }
    live.apply(Command::GoTo(Step::Question(2)), now());
    live.session
}

/// The fonts the tests bring (Arabic, Chinese and more), so the frame is timed with the same
/// fonts on every computer.
fn test_fonts() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fonts")
}

/// The presenter on question 15 with the projector open, the timer running and `translation`
/// projected, caches warm as in a running app; `system_fonts` as the app starts them (with the
/// test fonts besides the computer's).
fn presenter_with_projector(
    data: &std::path::Path,
    guide: Guide,
    translation: &str,
    system_fonts: bool,
) -> (egui::Context, CafeApp) {
    let mut session = Session::new(guide, details(12), now());
    session.current = Step::Question(14);
    let (ctx, mut app) = open_app(data, &session, now());
    if system_fonts {
        FontSupport::start(&ctx, vec![test_fonts()]);
    }
    app.run(AppCommand::ShowProjector);
    app.run(Request::Cafe(Command::ToggleTimer));
    app.run(Request::Cafe(Command::SetTranslation(Some(
        translation.into(),
    ))));
    // Warm the font atlas and layout caches, as a running app has.
    for _ in 0..3 {
        black_box(frame(&ctx, &mut app));
    }
    (ctx, app)
}

/// The guide editor on question 20 of a 40-question guide in English, Spanish and Arabic
/// (every point translated too), caches warm. Budget: ≤ 2 ms.
fn editor_bench(c: &mut Criterion) {
    let data = std::env::temp_dir().join(format!("cafe-host-bench-editor-{}", std::process::id()));
    let mut guide = arabic_guide(40);
    for q in &mut guide.questions {
        for (p, point) in q.points.iter_mut().enumerate() {
            point.translations.insert(
                "es".into(),
                format!("Punto {p} que los grupos suelen mencionar"),
            );
            point.translations.insert(
                "ar".into(),
                format!("النقطة {p} التي تطرحها المجموعات غالباً"),
            );
        }
        q.notes.translations.insert(
            "es".into(),
            "Notas para quien facilita, unas frases.".into(),
        );
    }
    let path =
        cafe_host::store::guides::create(&data.join("guides"), &guide).expect("a guide file");
    let ctx = egui::Context::default();
    let mut app = CafeApp::new(
        &ctx,
        AppOptions {
            data: DataDir::new(&data),
            open: None,
            projector: false,
            table: None,
            clock: Arc::new(now),
            stop: Arc::default(),
            shared: None,
        },
    );
    FontSupport::start(&ctx, vec![test_fonts()]);
    let request = |r| Request::Guides(Box::new(r));
    app.run(request(GuideRequest::Edit(path)));
    app.run(request(GuideRequest::Choose(Some(Step::Question(20)))));
    assert!(app.editor().is_some(), "the editor is open");
    for _ in 0..3 {
        black_box(frame(&ctx, &mut app));
    }
    c.bench_function("guide editor frame, 40 questions x 3 languages", |b| {
        b.iter(|| black_box(frame(&ctx, &mut app)));
    });
    drop(app);
    if let Err(e) = std::fs::remove_dir_all(&data) {
        eprintln!("could not remove {}: {e}", data.display());
    }
}

fn frame_bench(c: &mut Criterion) {
    let data = std::env::temp_dir().join(format!("cafe-host-bench-{}", std::process::id()));
    let (ctx, mut app) = presenter_with_projector(&data.join("presenter"), guide(30), "es", false);
    c.bench_function("presenter + projector frame, 30 questions", |b| {
        b.iter(|| black_box(frame(&ctx, &mut app)));
    });
    drop(app);

    // A right-to-left room: Arabic found among the system fonts, the Arabic wording projected.
    let (ctx, mut app) =
        presenter_with_projector(&data.join("arabic"), arabic_guide(30), "ar", true);
    c.bench_function("presenter + projector frame, 30 questions, Arabic", |b| {
        b.iter(|| black_box(frame(&ctx, &mut app)));
    });
    // The right-to-left layout of one projected Arabic question, done every frame.
    let question = arabic_guide(1).questions[0]
        .translation("ar")
        .unwrap_or_default()
        .to_owned();
    let font = egui::FontId::proportional(48.0);
    c.bench_function("right-to-left layout of an Arabic question, 900 px", |b| {
        b.iter(|| {
            ctx.fonts_mut(|f| {
                black_box(bidi_galley(
                    f,
                    &question,
                    font.clone(),
                    egui::Color32::WHITE,
                    900.0,
                    egui::Align::Center,
                ))
            })
        });
    });
    // Left-to-right text through the same function costs one scan for right-to-left letters.
    let english = guide(1).questions[0].text.clone();
    for (name, through_bidi) in [("egui's own layout", false), ("bidi_galley", true)] {
        c.bench_function(&format!("English question, 900 px, {name}"), |b| {
            b.iter(|| {
                ctx.fonts_mut(|f| {
                    let font = egui::FontId::proportional(48.0);
                    let white = egui::Color32::WHITE;
                    if through_bidi {
                        black_box(bidi_galley(
                            f,
                            &english,
                            font,
                            white,
                            900.0,
                            egui::Align::Min,
                        ))
                    } else {
                        let job =
                            egui::text::LayoutJob::simple(english.clone(), font, white, 900.0);
                        black_box(f.layout_job(job))
                    }
                })
            });
        });
    }
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
                                at: None,
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
    let index = cafe_host::review::index::people(&sessions, &data.join("index"), Uuid::nil());
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

/// What finding system fonts costs: the start-up thread pays only for starting the scan
/// (budget ≤ 50 ms); the scan itself runs on its own thread.
fn fonts_bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("fonts");
    group.sample_size(10);
    group.warm_up_time(std::time::Duration::from_millis(1));
    group.measurement_time(std::time::Duration::from_millis(1));
    group.bench_function("start-up cost of FontSupport::start", |b| {
        b.iter_custom(|iters| {
            let mut spent = std::time::Duration::ZERO;
            for _ in 0..iters {
                let ctx = egui::Context::default();
                let started = std::time::Instant::now();
                let fonts = FontSupport::start(&ctx, Vec::new());
                spent += started.elapsed();
                // Let the scan finish outside the timed part, so scans never overlap.
                black_box(fonts.face_count());
            }
            spent
        });
    });
    group.bench_function("system font scan, on its own thread", |b| {
        b.iter(|| {
            let mut db = fontdb::Database::new();
            db.load_system_fonts();
            black_box(db.len())
        });
    });
    group.finish();
}

criterion_group!(benches, frame_bench, editor_bench, desk_bench, fonts_bench);
criterion_main!(benches);
