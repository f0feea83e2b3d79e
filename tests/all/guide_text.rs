//! The Markdown guide format: the README's example imports, every mistake in a file is
//! reported at its line and column, any guide written out reads back the same, and the command
//! line imports, exports and checks Markdown guides.

use std::path::{Path, PathBuf};
use std::process::Command;

use cafe_host::markdown::{read, write};
use cafe_host::model::{ClockTime, Guide, Plan, Question, Resource, Step, Wording};
use cafe_host::store::catalog::BUNDLED_GUIDES;
use cafe_host::store::{load_guide_file, read_guide, to_ron};

fn cafe_host() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cafe-host"))
}

/// Run `cafe-host ARGS` and expect it to succeed; its standard output.
fn run_ok(args: &[&std::ffi::OsStr]) -> String {
    let out = cafe_host().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The complete example in the README, between its markers.
fn readme_example() -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("the README");
    let start = readme
        .find("<!-- guide example -->")
        .expect("the README marks its guide example");
    let block = &readme[start..];
    let open = block.find("```markdown\n").expect("a markdown block") + "```markdown\n".len();
    let close = block[open..].find("\n```").expect("the block ends") + open;
    block[open..=close].to_owned()
}

#[test]
fn the_readme_example_imports_and_checks_clean() {
    let text = readme_example();
    let (guide, _) = read(&text).unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(guide.questions.len() >= 2, "a complete example");
    assert_eq!(guide.languages, ["en", "es"]);
    let q = &guide.questions[0];
    assert!(q.translation("es").is_some());
    assert!(q.points.iter().all(|p| p.translation("es").is_some()));
    assert!(q.notes.translation("es").is_some());
    assert!(
        q.resources
            .iter()
            .all(|r| r.title.translation("es").is_some())
    );
    assert!(guide.plan.starts_at.is_some() && guide.plan.ends_by.is_some());
    assert_eq!(
        guide.problems(),
        Vec::new(),
        "the example has nothing to fix"
    );
    // Imported with the command line, it lands among the guides.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("example.md");
    std::fs::write(&file, &text).expect("write");
    let data = dir.path().join("data");
    run_ok(&[
        "--data-dir".as_ref(),
        data.as_ref(),
        "guide".as_ref(),
        "import".as_ref(),
        file.as_ref(),
    ]);
    let imported: Vec<PathBuf> = std::fs::read_dir(dir.path().join("data/guides"))
        .expect("guides folder")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(imported.len(), 1);
    assert_eq!(load_guide_file(&imported[0]).expect("loads").guide, guide);
}

/// A guide with twelve different mistakes, each with where it must be reported.
const MISTAKES: &str = "\
---
titel: Twelve mistakes
languages: en, es, e s
starts: 7pm
---
Some words before any heading.
# Welcome
es: Bienvenidos
# What helps?
minutes: twenty
- A list under nothing
Points: one, two
- A point
  fr: Un point
Note:
Resources:
- \"Never closed: detail
# Closing
# Welcome
# After the closing?
";

#[test]
fn a_file_with_a_dozen_mistakes_reports_each_at_its_line_and_column() {
    let errors = read(MISTAKES).expect_err("mistakes");
    let found: Vec<(usize, usize, &str)> = errors
        .iter()
        .map(|e| (e.line, e.column, e.message.as_str()))
        .collect();
    let expected: &[(usize, usize, &str)] = &[
        (2, 1, "did you mean `title`?"),
        (3, 20, "`e s` is not a language code"),
        (4, 9, "`7pm` is not a time of day"),
        (6, 1, "comes before the first step"),
        (8, 1, "the welcome has no text to translate"),
        (10, 10, "`twenty` is not a number of minutes"),
        (11, 1, "this list belongs to nothing in question 1"),
        (12, 9, "write each one on its own line under `Points:`"),
        (14, 3, "`fr` is not one of the guide's languages (en, es)"),
        (15, 1, "did you mean `Notes:`?"),
        (17, 3, "these quotes are never closed"),
        (19, 1, "the welcome is written twice"),
        (
            20,
            1,
            "the questions come before `# Harvest` and `# Closing`",
        ),
    ];
    assert_eq!(found.len(), expected.len(), "{found:#?}");
    for ((line, col, message), (want_line, want_col, want)) in found.iter().zip(expected) {
        assert!(
            (line, col) == (want_line, want_col) && message.contains(want),
            "expected {want_line}:{want_col} {want}, got {line}:{col} {message}"
        );
    }
    // The command line says each one as FILE:LINE:COL: message, and fails.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("mistakes.md");
    std::fs::write(&file, MISTAKES).expect("write");
    let out = cafe_host().arg("check").arg(&file).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    for (line, col, _) in expected {
        let place = format!("{}:{line}:{col}: ", file.display());
        assert!(stdout.contains(&place), "{place} missing from\n{stdout}");
    }
    let out = cafe_host()
        .args(["--data-dir"])
        .arg(dir.path())
        .args(["guide", "import"])
        .arg(&file)
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains(":10:10: "));
}

#[test]
fn every_bundled_guide_reads_back_the_same_from_markdown_and_from_ron() {
    for (name, text) in BUNDLED_GUIDES {
        let guide = read_guide(Path::new(name), text).expect("loads").guide;
        let md = write(&guide);
        let (back, _) = read(&md).unwrap_or_else(|e| panic!("{name}: {e:#?}\n{md}"));
        assert_eq!(back, guide, "{name} through Markdown");
        let ron = to_ron(&guide).expect("ron");
        let back = read_guide(Path::new("x.ron"), &ron).expect("loads").guide;
        assert_eq!(back, guide, "{name} through RON");
    }
}

#[test]
fn the_command_line_exports_a_bundled_guide_as_markdown_and_imports_it_back_as_ron() {
    let dir = tempfile::tempdir().expect("temp dir");
    let md = dir.path().join("home.md");
    let os = |s: &'static str| std::ffi::OsStr::new(s);
    run_ok(&[
        os("guide"),
        os("export"),
        os("learning-at-home"),
        os("--format"),
        os("md"),
        os("-o"),
        md.as_ref(),
    ]);
    let ron = dir.path().join("home.ron");
    run_ok(&[
        os("guide"),
        os("import"),
        md.as_ref(),
        os("-o"),
        ron.as_ref(),
    ]);
    let bundled = BUNDLED_GUIDES
        .iter()
        .find(|(n, _)| *n == "learning-at-home.ron")
        .expect("bundled");
    let original = read_guide(Path::new(bundled.0), bundled.1)
        .expect("loads")
        .guide;
    assert_eq!(load_guide_file(&ron).expect("loads").guide, original);
    let stdout = run_ok(&[os("check"), dir.path().as_ref()]);
    assert!(
        stdout.contains("home.md: ok (Guide)") && stdout.contains("home.ron: ok (Guide)"),
        "{stdout}"
    );
    // Printed without -o, to be piped into a file.
    let printed = run_ok(&[
        os("guide"),
        os("export"),
        os("meeting-the-new-teacher"),
        os("--format"),
        os("md"),
    ]);
    assert!(
        printed.starts_with("---\ntitle: Meeting the New Teacher\n"),
        "{printed}"
    );
}

/// Cut-off and scrambled copies of the bundled Markdown guide never crash the reader, and
/// every mistake's place is inside the file.
#[test]
fn damaged_markdown_is_told_at_places_inside_the_file() {
    let (_, text) = BUNDLED_GUIDES
        .iter()
        .find(|(n, _)| n.ends_with(".md"))
        .expect("a Markdown guide");
    let mut random = crate::common::XorShift::new(0x05EE_D0F6_A1DE);
    let check = |damaged: &str| {
        let lines = damaged.split('\n').count();
        if let Err(errors) = read(damaged) {
            for e in errors {
                assert!(e.line >= 1 && e.line <= lines && e.column >= 1, "{e:?}");
            }
        }
    };
    for cut in (0..text.len())
        .step_by(97)
        .filter(|i| text.is_char_boundary(*i))
    {
        check(&text[..cut]);
    }
    let pieces = [
        "#",
        "- ",
        "  es: ",
        "\"",
        "\\",
        ":",
        "\n",
        "Points:",
        "minutes: x",
        "---\n",
    ];
    for _ in 0..400 {
        let mut damaged = (*text).to_owned();
        for _ in 0..3 {
            let at = usize::try_from(random.below(damaged.len() as u64)).unwrap_or(0);
            if damaged.is_char_boundary(at) {
                let piece = pieces[usize::try_from(random.below(pieces.len() as u64)).unwrap_or(0)];
                damaged.insert_str(at, piece);
            }
        }
        check(&damaged);
    }
}

mod round_trip {
    use super::*;
    use proptest::collection::{btree_map, vec};
    use proptest::prelude::*;
    use proptest::sample::subsequence;

    const CODES: [&str; 6] = ["en", "es", "ar", "vi", "zh-TW", "so"];

    /// Texts that look like parts of the format, and anything at all.
    fn text() -> impl Strategy<Value = String> {
        let tricky = prop_oneof![
            Just(String::new()),
            Just("# not a heading".to_owned()),
            Just("es: not a language line".to_owned()),
            Just("Points:".to_owned()),
            Just("notes: lower case".to_owned()),
            Just("minutes: 5".to_owned()),
            Just("\\backslash".to_owned()),
            Just("- a dash".to_owned()),
            Just(" leading and trailing ".to_owned()),
            Just("\"quoted\"".to_owned()),
            Just("Harvest".to_owned()),
            Just("Question 2: what?".to_owned()),
            Just("Title: with a colon".to_owned()),
            Just("---".to_owned()),
            Just("line\n\nwith a blank\r\nand a return".to_owned()),
            Just("\nstarts with a break".to_owned()),
            Just("عربي ← right to left".to_owned()),
        ];
        prop_oneof![
            3 => tricky.clone(),
            3 => any::<String>(),
            2 => "[A-Za-z ,.?]{1,30}",
            2 => (tricky.clone(), tricky).prop_map(|(a, b)| format!("{a}\n{b}")),
        ]
    }

    fn filled() -> impl Strategy<Value = String> {
        text().prop_filter("a translation is never blank", |t| !t.trim().is_empty())
    }

    fn wording(langs: Vec<String>) -> impl Strategy<Value = Wording> {
        (
            text(),
            btree_map(
                proptest::sample::select(langs.clone()).boxed(),
                filled(),
                0..=langs.len(),
            ),
        )
            .prop_map(|(text, translations)| Wording { text, translations })
    }

    fn translations(
        langs: Vec<String>,
    ) -> impl Strategy<Value = std::collections::BTreeMap<String, String>> {
        btree_map(
            proptest::sample::select(langs.clone()),
            filled(),
            0..=langs.len(),
        )
    }

    fn question(langs: Vec<String>) -> impl Strategy<Value = Question> {
        (
            text(),
            translations(langs.clone()),
            vec(wording(langs.clone()), 0..4),
            wording(langs.clone()),
            any::<u32>(),
            vec((wording(langs.clone()), wording(langs)), 0..3),
        )
            .prop_map(
                |(text, translations, points, notes, minutes, resources)| Question {
                    text,
                    translations,
                    points,
                    notes,
                    minutes,
                    resources: resources
                        .into_iter()
                        .map(|(title, detail)| Resource { title, detail })
                        .collect(),
                },
            )
    }

    fn time() -> impl Strategy<Value = Option<ClockTime>> {
        proptest::option::of(
            (0u32..24, 0u32..60).prop_map(|(h, m)| ClockTime::new(h, m).expect("a time")),
        )
    }

    fn guide() -> impl Strategy<Value = Guide> {
        subsequence(CODES.to_vec(), 0..=4)
            .prop_shuffle()
            .prop_flat_map(|codes| {
                let langs: Vec<String> = codes.iter().map(|c| (*c).to_owned()).collect();
                // Translations only into languages the guide names (every guide the app holds
                // is so: see `Guide::migrate`); with no language named, none.
                let of = if langs.is_empty() {
                    vec!["en".to_owned()]
                } else {
                    langs.clone()
                };
                let (agreements, questions) = if langs.is_empty() {
                    (
                        vec(text().prop_map(Wording::plain), 0..3).boxed(),
                        vec(
                            question(of).prop_map(|mut q| {
                                q.translations.clear();
                                q.notes.translations.clear();
                                for w in &mut q.points {
                                    w.translations.clear();
                                }
                                for r in &mut q.resources {
                                    r.title.translations.clear();
                                    r.detail.translations.clear();
                                }
                                q
                            }),
                            0..4,
                        )
                        .boxed(),
                    )
                } else {
                    (
                        vec(wording(of.clone()), 0..3).boxed(),
                        vec(question(of), 0..4).boxed(),
                    )
                };
                (
                    Just(langs),
                    text(),
                    text(),
                    agreements,
                    questions,
                    (any::<[u32; 4]>(), time(), time()),
                )
            })
            .prop_map(
                |(languages, title, purpose, agreements, questions, (m, starts_at, ends_by))| {
                    Guide {
                        schema_version: 2,
                        title,
                        purpose,
                        languages,
                        agreements,
                        questions,
                        plan: Plan {
                            welcome_minutes: m[0],
                            agreements_minutes: m[1],
                            harvest_minutes: m[2],
                            closing_minutes: m[3],
                            starts_at,
                            ends_by,
                        },
                        goodbye: Default::default(),
                    }
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 256,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn any_guide_exported_to_markdown_imports_back_the_same(guide in guide()) {
            let text = write(&guide);
            let (back, _) = read(&text)
                .map_err(|e| TestCaseError::fail(format!("{e:#?}\n{text}")))?;
            prop_assert_eq!(&back, &guide, "{}", text);
            prop_assert_eq!(back.minutes_of(Step::Closing), guide.plan.closing_minutes);
        }
    }
}
