//! CPU per frame of the presenter plus the projector view, headless, for a 30-question guide.
//! Budget: ≤ 1 ms median. A frame here is the egui pass plus tessellation (everything the CPU
//! does before the GPU draws).

use std::hint::black_box;
use std::sync::Arc;

use cafe_host::live::Command;
use cafe_host::model::{Guide, Question, Session, SessionDetails, Step, Wording};
use cafe_host::store::DataDir;
use cafe_host::store::to_ron;
use cafe_host::ui::actions::Action;
use cafe_host::ui::{AppOptions, CafeApp, Intent};
use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};

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

fn frame_bench(c: &mut Criterion) {
    let data = std::env::temp_dir().join(format!("cafe-host-bench-{}", std::process::id()));
    let now = Utc
        .with_ymd_and_hms(2026, 11, 24, 19, 0, 0)
        .single()
        .expect("time");
    let details = SessionDetails {
        title: "Bench café".into(),
        date: NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"),
        venue: "Gym".into(),
        facilitator: "Sam".into(),
        tables: 12,
    };
    let mut session = Session::new(guide(30), details, now);
    session.current = Step::Question(14);
    let path = data.join("sessions").join(session.file_name());
    std::fs::create_dir_all(data.join("sessions")).expect("folder");
    std::fs::write(&path, to_ron(&session).expect("ron")).expect("write");

    let ctx = egui::Context::default();
    let mut app = CafeApp::new(
        &ctx,
        AppOptions {
            data: DataDir::new(&data),
            open: Some(path),
            projector: false,
            table: None,
            clock: Arc::new(move || now),
        },
    );
    app.apply(Intent::Action(Action::Projector));
    app.apply(Intent::Command(Command::ToggleTimer));
    app.apply(Intent::Command(Command::SetTranslation(Some("es".into()))));

    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1600.0, 900.0),
        )),
        ..Default::default()
    };
    // Warm the font atlas and layout caches, as a running app has.
    for _ in 0..3 {
        let mut out = ctx.run_ui(input(), |ui| app.show(ui));
        out.textures_delta.clear();
        black_box(ctx.tessellate(out.shapes, out.pixels_per_point));
    }
    c.bench_function("presenter + projector frame, 30 questions", |b| {
        b.iter(|| {
            let mut out = ctx.run_ui(input(), |ui| app.show(ui));
            out.textures_delta.clear();
            black_box(ctx.tessellate(out.shapes, out.pixels_per_point))
        });
    });
    drop(app);
    let _ = std::fs::remove_dir_all(&data);
}

criterion_group!(benches, frame_bench);
criterion_main!(benches);
