//! Any script on screen: system fonts found for Arabic, Hebrew, Chinese and more, a plain
//! message when none covers a script, emoji from the bundled fonts, and right-to-left text
//! laid out in reading order.

use std::sync::Arc;

use cafe_host::i18n::Lang;
use cafe_host::ui::bidi::{bidi_galley, bidi_label, is_rtl};
use cafe_host::ui::fonts::FontSupport;
use egui::{Align, Color32, FontId, Galley, RawInput, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use unicode_script::Script;

/// Run one egui pass and give back what `f` returned.
fn in_frame<R>(ctx: &egui::Context, mut f: impl FnMut(&mut egui::Ui) -> R) -> R {
    let mut out = None;
    let mut output = ctx.run_ui(RawInput::default(), |ui| out = Some(f(ui)));
    output.textures_delta.clear();
    out.expect("the pass ran")
}

#[test]
fn without_a_font_for_a_script_it_says_so_once_in_words() {
    let ctx = egui::Context::default();
    in_frame(&ctx, |_| ());
    let mut fonts = FontSupport::with_database(&ctx, fontdb::Database::new());
    in_frame(&ctx, |_| ());
    let missing = in_frame(&ctx, |ui| fonts.ensure_covers(ui.ctx(), "السؤال الأول"))
        .expect("no font has Arabic");
    assert_eq!(missing.script, Script::Arabic);
    let message = missing.message(Lang::ENGLISH);
    assert!(
        message.starts_with("Arabic text cannot be shown") && message.contains("Noto Naskh Arabic"),
        "{message}"
    );
    let es = Lang::from_code("es").expect("Spanish");
    assert!(missing.message(es).contains("árabe"));
    // Said once per script, not once per text or per frame.
    assert_eq!(
        in_frame(&ctx, |ui| fonts.ensure_covers(ui.ctx(), "مرحبا")),
        None
    );
    let hebrew = in_frame(&ctx, |ui| fonts.ensure_covers(ui.ctx(), "Hello שלום"));
    assert_eq!(hebrew.map(|m| m.script), Some(Script::Hebrew));
    assert_eq!(
        in_frame(&ctx, |ui| fonts
            .ensure_covers(ui.ctx(), "Plain English 123")),
        None
    );
}

#[test]
fn fonts_found_on_the_computer_cover_the_scripts_families_write() {
    let ctx = egui::Context::default();
    in_frame(&ctx, |_| ());
    // The computer's fonts and a folder of its own (the data folder's `fonts`): the test
    // brings its fonts there, so it passes on a computer with no fonts installed.
    let mut fonts = FontSupport::start(&ctx, vec![crate::common::test_fonts()]);
    in_frame(&ctx, |_| ());
    assert!(fonts.face_count() > 0, "no fonts found at all");
    for (text, script) in [
        ("السؤال الأول", "Arabic"),
        ("שאלה ראשונה", "Hebrew"),
        ("第一个问题", "Chinese"),
        ("पहला सवाल", "Devanagari"),
        ("คำถามแรก", "Thai"),
        ("የመጀመሪያ ጥያቄ", "Ethiopic"),
        ("សំណួរទីមួយ", "Khmer"),
    ] {
        let missing = in_frame(&ctx, |ui| fonts.ensure_covers(ui.ctx(), text));
        assert_eq!(missing, None, "{script}");
        let drawn = in_frame(&ctx, |ui| {
            ui.fonts_mut(|f| f.has_glyphs(&FontId::proportional(20.0), &text.replace(' ', "")))
        });
        assert!(drawn, "{script} glyphs");
        let mono = in_frame(&ctx, |ui| {
            ui.fonts_mut(|f| {
                f.has_glyph(&FontId::monospace(14.0), text.chars().next().unwrap_or(' '))
            })
        });
        assert!(mono, "{script} in monospace text too");
    }
    // Fonts made for the script, not a general font holding a few of its letters.
    let names: Vec<String> = in_frame(&ctx, |ui| {
        ui.fonts(|f| {
            f.discovered_fonts()
                .iter()
                .map(|d| d.name.clone())
                .collect()
        })
    });
    for word in ["Arabic", "Hebrew", "CJK", "Devanagari", "Thai"] {
        assert!(
            names.iter().any(|n| n.contains(word)),
            "{word} font in {names:?}"
        );
    }
}

/// Which of `emoji` the fonts of `ctx` cannot draw.
fn missing_emoji(ctx: &egui::Context, emoji: &str) -> Vec<char> {
    in_frame(ctx, |ui| {
        ui.fonts_mut(|f| {
            emoji
                .chars()
                .filter(|c| !f.has_glyph(&FontId::proportional(16.0), *c))
                .collect()
        })
    })
}

#[test]
fn emoji_in_notes_render() {
    // The bundled emoji font has the common ones without any system font.
    let bundled = egui::Context::default();
    assert_eq!(
        missing_emoji(&bundled, "☕👍❤🎉🌱📚✅👨👩👧🙏💬⭐"),
        Vec::<char>::new()
    );
    // Newer ones come from an emoji font with outlines (Symbola, Segoe UI Emoji).
    let ctx = egui::Context::default();
    in_frame(&ctx, |_| ());
    FontSupport::start(&ctx, vec![crate::common::test_fonts()]);
    assert_eq!(missing_emoji(&ctx, "🙂🤗☕👍"), Vec::<char>::new());
}

/// Words of a row in reading order, each as the set of its letters (a word's glyph order inside
/// egui is its business, and egui repeats some glyphs of right-to-left clusters; which word
/// stands where is ours).
fn words_by_x(
    row_glyphs: &[egui::epaint::text::Glyph],
    offset: f32,
    rtl: bool,
) -> Vec<(String, f32)> {
    let mut words: Vec<(Vec<char>, f32, f32)> = Vec::new();
    let mut current: Option<(Vec<char>, f32, f32)> = None;
    for g in row_glyphs {
        if g.chr.is_whitespace() {
            words.extend(current.take());
            continue;
        }
        let entry = current.get_or_insert((Vec::new(), f32::INFINITY, f32::NEG_INFINITY));
        entry.0.push(g.chr);
        if g.advance_width > 0.0 {
            entry.1 = entry.1.min(g.pos.x + offset);
            entry.2 = entry.2.max(g.pos.x + offset + g.advance_width);
        }
    }
    words.extend(current);
    words.sort_by(|a, b| a.1.total_cmp(&b.1));
    if rtl {
        words.reverse();
    }
    words
        .into_iter()
        .map(|(mut chars, lo, _)| {
            chars.sort_unstable();
            chars.dedup();
            (chars.into_iter().collect(), lo)
        })
        .collect()
}

fn sorted_letters(word: &str) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    chars.sort_unstable();
    chars.dedup();
    chars.into_iter().collect()
}

/// Each row's words in reading order, and each row's visible left and right edge.
fn read_rows(galley: &Galley, rtl: bool) -> Vec<(Vec<String>, f32, f32)> {
    galley
        .rows
        .iter()
        .map(|placed| {
            let words = words_by_x(&placed.row.glyphs, placed.pos.x, rtl);
            let visible = placed
                .row
                .glyphs
                .iter()
                .filter(|g| !g.chr.is_whitespace() && g.advance_width > 0.0);
            let left = visible
                .clone()
                .map(|g| g.pos.x + placed.pos.x)
                .fold(f32::INFINITY, f32::min);
            let right = visible
                .map(|g| g.pos.x + g.advance_width + placed.pos.x)
                .fold(f32::NEG_INFINITY, f32::max);
            (words.into_iter().map(|(w, _)| w).collect(), left, right)
        })
        .collect()
}

const ARABIC_QUESTION: &str =
    "فكّر في طفولتك. ماذا تعلّمت في البيت، ومن الذي علّمك؟ شارك ذكرى قصيرة واحدة مع طاولتك.";

struct Shown {
    started: bool,
    galleys: Vec<Arc<Galley>>,
}

/// A harness drawing `texts` through the bidirectional label at `width`, with the test fonts.
fn show(texts: &'static [&'static str], width: f32) -> Harness<'static, Shown> {
    let mut h = Harness::builder()
        .with_size(vec2(width + 40.0, 600.0))
        .build_ui_state(
            move |ui, shown: &mut Shown| {
                if !shown.started {
                    shown.started = true;
                    FontSupport::start(ui.ctx(), vec![crate::common::test_fonts()]);
                    return;
                }
                ui.set_max_width(width);
                shown.galleys.clear();
                for text in texts {
                    let font = FontId::proportional(24.0);
                    let galley = ui.fonts_mut(|f| {
                        bidi_galley(f, text, font.clone(), Color32::WHITE, width, Align::Min)
                    });
                    shown.galleys.push(galley);
                    bidi_label(ui, text, font, Color32::WHITE, Align::Min);
                }
            },
            Shown {
                started: false,
                galleys: Vec::new(),
            },
        );
    h.run();
    h
}

#[test]
fn an_arabic_question_wraps_in_reading_order_and_aligns_right() {
    let h = show(&[ARABIC_QUESTION], 360.0);
    let galley = &h.state().galleys[0];
    assert!(is_rtl(ARABIC_QUESTION));
    let rows = read_rows(galley, true);
    assert!(rows.len() >= 3, "the question wraps: {} rows", rows.len());
    let read: Vec<String> = rows.iter().flat_map(|(w, _, _)| w.clone()).collect();
    let expected: Vec<String> = ARABIC_QUESTION
        .split_whitespace()
        .map(sorted_letters)
        .collect();
    assert_eq!(read, expected, "words right to left, rows top to bottom");
    for (i, (_, left, right)) in rows.iter().enumerate() {
        assert!(
            (right - 360.0).abs() < 1.5,
            "row {i} ends at the right edge: {right}"
        );
        assert!(*left >= -0.5, "row {i} fits: {left}");
    }
    let lefts: Vec<f32> = rows.iter().map(|r| r.1).collect();
    assert!(
        lefts.iter().any(|l| *l > 5.0),
        "ragged on the left: {lefts:?}"
    );
}

#[test]
fn numbers_and_english_inside_arabic_keep_their_order() {
    let h = show(
        &[
            "السؤال 2 من 5",
            "Question 2 / السؤال ٢",
            "وقد كبر، كيف حالك؟",
        ],
        600.0,
    );
    let galleys = &h.state().galleys;
    // Right to left: "السؤال" at the right, then 2, then "من", then 5 at the left.
    let arabic = read_rows(&galleys[0], true);
    assert_eq!(arabic.len(), 1);
    let expected: Vec<String> = ["السؤال", "2", "من", "5"]
        .iter()
        .map(|w| sorted_letters(w))
        .collect();
    assert_eq!(arabic[0].0, expected);
    assert!((arabic[0].2 - 600.0).abs() < 1.5, "right-aligned");
    // An English-first line reads left to right; its Arabic part reads right to left, so the
    // Arabic-Indic two stands left of "السؤال".
    let mixed = read_rows(&galleys[1], false);
    let expected: Vec<String> = ["Question", "2", "/", "٢", "السؤال"]
        .iter()
        .map(|w| sorted_letters(w))
        .collect();
    assert_eq!(mixed[0].0, expected);
    assert!(mixed[0].1.abs() < 1.5, "left-aligned: {}", mixed[0].1);
    // Arabic punctuation ends a right-to-left sentence on the left of the word it follows.
    let row = &galleys[2].rows[0];
    let x_of = |c: char| {
        row.row
            .glyphs
            .iter()
            .filter(|g| g.chr == c && g.advance_width > 0.0)
            .map(|g| g.pos.x)
            .fold(f32::NAN, f32::min)
    };
    let leftmost = row
        .row
        .glyphs
        .iter()
        .filter(|g| !g.chr.is_whitespace() && g.advance_width > 0.0)
        .map(|g| g.pos.x)
        .fold(f32::INFINITY, f32::min);
    assert_eq!(x_of('؟'), leftmost, "the question mark is at the far left");
    assert!(
        x_of('،') < x_of('ب'),
        "the comma is left of the word before it"
    );
}

#[test]
fn left_to_right_text_is_laid_out_exactly_as_egui_does() {
    let ctx = egui::Context::default();
    let text = "Think back to your own childhood. What did you learn at home, and who taught you?";
    let (ours, egui_own) = in_frame(&ctx, |ui| {
        ui.fonts_mut(|f| {
            let font = FontId::proportional(24.0);
            let ours = bidi_galley(f, text, font.clone(), Color32::WHITE, 300.0, Align::Min);
            let job = egui::text::LayoutJob::simple(text.to_owned(), font, Color32::WHITE, 300.0);
            (ours, f.layout_job(job))
        })
    });
    assert_eq!(*ours, *egui_own);
}

#[test]
fn odd_text_never_breaks_the_layout() {
    let ctx = egui::Context::default();
    in_frame(&ctx, |_| ());
    FontSupport::start(&ctx, vec![crate::common::test_fonts()]);
    let long_word = "ب".repeat(400);
    let texts = [
        "",
        " ",
        "   \n\n  ",
        "سطر أول\r\nسطر ثان",
        "فقرة\u{2029}paragraph\u{85}فقرة\u{1c}end",
        "\u{202E}abc\u{202C} مرحبا \u{2067}שלום\u{2069}",
        "\u{0651}\u{0651} ّ (قوس] «اقتباس»",
        long_word.as_str(),
        "١٢٣ 456 ٧٨٩",
    ];
    for text in texts {
        for width in [0.0, 1.0, 200.0, f32::INFINITY] {
            let galley = in_frame(&ctx, |ui| {
                ui.fonts_mut(|f| {
                    bidi_galley(
                        f,
                        text,
                        FontId::proportional(20.0),
                        Color32::WHITE,
                        width,
                        Align::Min,
                    )
                })
            });
            assert!(galley.rect.height().is_finite(), "{text:?} at {width}");
        }
    }
}

#[test]
fn the_presenter_shows_an_arabic_question_on_the_right_in_reading_order() {
    use cafe_host::live::Command;
    use cafe_host::model::Step;
    use cafe_host::ui::Request;

    let data = tempfile::tempdir().expect("temp dir");
    let clock = crate::common::TestClock::new();
    let path = crate::common::example_session(data.path());
    let mut session = cafe_host::store::load_session(&path).expect("load").session;
    let short = "ما رأيك؟";
    session.guide.languages = vec!["ar".into(), "en".into()];
    session.guide.questions[0].text = short.into();
    session.guide.questions[0].translations = [("en".into(), "What do you think?".into())].into();
    std::fs::write(&path, cafe_host::store::to_ron(&session).expect("ron")).expect("write");
    let mut h = crate::common::harness(data.path(), Some(path), &clock);
    h.state_mut()
        .run(Request::Cafe(Command::GoTo(Step::Question(0))));
    h.run();
    let question = h.get_by_label(short).rect();
    let english = h.get_by_label("What do you think?").rect();
    let up_next = h.get_by_label("Up next").rect();
    // The English translation starts at the left edge of the middle column; the Arabic
    // question ends at its right edge, near the "Up next" column.
    assert!(
        question.right() > up_next.left() - 40.0,
        "the Arabic question ends on the right: {question:?}, up next at {up_next:?}"
    );
    assert!(
        question.right() > english.right() + 100.0,
        "further right than the English: {question:?} / {english:?}"
    );
}

#[test]
fn without_fonts_the_advice_names_a_real_font_and_its_package_once_per_script() {
    let ctx = egui::Context::default();
    in_frame(&ctx, |_| ());
    let mut fonts = FontSupport::with_database(&ctx, fontdb::Database::new());
    in_frame(&ctx, |_| ());
    // Arabic with its own comma and question mark: one message, for Arabic.
    let text = "مرحبا، كيف حالك؟";
    let arabic = in_frame(&ctx, |ui| fonts.ensure_covers(ui.ctx(), text)).expect("Arabic");
    assert_eq!(arabic.script, Script::Arabic);
    let message = arabic.message(Lang::ENGLISH);
    assert!(message.contains("fonts-noto-core"), "{message}");
    assert_eq!(
        in_frame(&ctx, |ui| fonts.ensure_covers(ui.ctx(), text)),
        None
    );
    // Vietnamese letters the bundled font lacks: Noto Sans, which exists.
    if let Some(latin) = in_frame(&ctx, |ui| fonts.ensure_covers(ui.ctx(), "Tiếng Việt ặ ử"))
    {
        let message = latin.message(Lang::ENGLISH);
        assert!(!message.contains("Noto Sans Latin"), "{message}");
        assert!(
            message.contains("Noto Sans (Debian package fonts-noto-core)"),
            "{message}"
        );
    }
}

/// The faces of a galley's letters, told apart by their ascent at the galley's size.
fn faces_of(galley: &Galley) -> Vec<(char, i32)> {
    galley
        .rows
        .iter()
        .flat_map(|row| row.glyphs.iter())
        .filter(|g| !g.chr.is_whitespace())
        .map(|g| (g.chr, (g.font_face_ascent * 100.0).round() as i32))
        .collect()
}

#[test]
fn a_vietnamese_word_is_drawn_in_one_face_in_labels_and_text_boxes() {
    let ctx = egui::Context::default();
    cafe_host::ui::fonts::install(&ctx);
    in_frame(&ctx, |_| ());
    // Only the fonts the tests bring, so the letters the console's light face lacks would come
    // from a fallback face (a cut-down Noto Sans) in the middle of the word.
    let mut db = fontdb::Database::new();
    db.load_fonts_dir(crate::common::test_fonts());
    let _fonts = FontSupport::with_database(&ctx, db);
    in_frame(&ctx, |_| ());
    let mut box_text = "Bố mẹ nói tiếng Việt ở nhà".to_owned();
    let (label, boxed, english) = in_frame(&ctx, |ui| {
        let label = cafe_host::ui::say::said(ui, "Phụ huynh nói tiếng Việt").into_galley(
            ui,
            None,
            f32::INFINITY,
            egui::FontSelection::Default,
        );
        let boxed = cafe_host::ui::bidi_edit::singleline(ui, None, &mut box_text, |e, _| e).galley;
        let english = cafe_host::ui::say::said(ui, "Parents speak English").into_galley(
            ui,
            None,
            f32::INFINITY,
            egui::FontSelection::Default,
        );
        (label, boxed, english)
    });
    for (what, galley) in [("label", &label), ("text box", &boxed)] {
        let faces = faces_of(galley);
        let first = faces.first().expect("letters").1;
        assert!(
            faces.iter().all(|(_, face)| *face == first),
            "the {what} mixes faces inside its words: {faces:?}"
        );
    }
    // Text the console's own face has whole stays in it.
    let light = faces_of(&english);
    assert_ne!(
        light.first().map(|f| f.1),
        faces_of(&label).first().map(|f| f.1),
        "English keeps the console's own face"
    );
}
