//! Exports of the example series against checked-in files, privacy, HTML that parses, and the
//! `cafe-host export` command. Set UPDATE_EXPECTED=1 to rewrite the expected files after a
//! deliberate change (and read the difference before committing it).

use std::path::{Path, PathBuf};

use cafe_host::export::{Privacy, Words, attendance, cafe, evidence, series};
use cafe_host::i18n::Lang;
use cafe_host::model::Session;
use cafe_host::review::series::{SeriesSummary, load_all};
use cafe_host::store::load_session;

use super::past_cafes::{HEARD, SERIES, WINTER, example_cafes};

const EN: Words = Words(Lang::ENGLISH);

fn example(name: &str) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions")
        .join(name);
    load_session(&path).expect("example loads").session
}

fn expected(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/expected")
        .join(name)
}

fn check_against(name: &str, actual: &str) {
    let path = expected(name);
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        std::fs::create_dir_all(path.parent().expect("folder")).expect("folder");
        std::fs::write(&path, actual).expect("write expected");
    }
    let want = std::fs::read_to_string(&path).expect("expected file");
    assert!(want == actual, "{name} differs from tests/expected/{name}");
}

fn series_summary() -> SeriesSummary {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions");
    SeriesSummary::of(SERIES, &load_all(&[dir]))
}

/// The evidence pack of `session` in `w`, with the open actions of the example series'
/// earlier cafés, its clock times in UTC (where the example cafés' times are written).
fn evidence_pack(session: &Session, privacy: Privacy, w: Words) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions");
    let earlier = evidence::open_earlier(session, &load_all(&[dir]));
    evidence::html(session, &earlier, privacy, w, &chrono::Utc)
}

#[test]
fn exports_of_the_example_series_match_the_expected_files_in_english_and_spanish() {
    let heard = example(HEARD);
    let winter = example(WINTER);
    let private = Privacy::default();
    let summary = series_summary();
    let sheet_cafe = example("2026-09-17_meet-the-teachers-cafe_6c1e0000.ron");
    for (w, folder) in [
        (EN, ""),
        (Words(Lang::from_code("es").expect("Spanish")), "es/"),
    ] {
        let check = |name: &str, text: &str| check_against(&format!("{folder}{name}"), text);
        check(
            "being-heard-at-school.md",
            &cafe::markdown(&heard, private, w),
        );
        check(
            "being-heard-at-school.html",
            &cafe::html(&heard, private, w),
        );
        check(
            "being-heard-at-school-attendance.csv",
            &attendance::csv(&heard, private, w).expect("csv"),
        );
        check(
            "meet-the-teachers-sign-in-sheet.html",
            &attendance::blank_sign_in_sheet_html(&sheet_cafe, attendance::BLANK_SHEET_ROWS, w),
        );
        check(
            "lincoln-family-cafe.md",
            &series::markdown(&summary, private, w),
        );
        check(
            "lincoln-family-cafe.html",
            &series::html(&summary, private, w),
        );
        check(
            "lincoln-family-cafe.csv",
            &series::csv(&summary, w).expect("csv"),
        );
        check(
            "learning-over-winter-break-evidence-pack.html",
            &evidence_pack(&winter, private, w),
        );
    }
}

/// The evidence pack holds what the school's records ask for, in the reader's language:
/// the school's details typed on the welcome step, the earlier café's open actions, the
/// goodbye check, and names only with names.
#[test]
fn the_evidence_pack_holds_the_schools_details_earlier_open_actions_and_the_goodbye_check() {
    let mut winter = example(WINTER);
    winter.outreach.invited = "Flyers in backpacks".into();
    winter.outreach.summary_sent_to = "The principal and the PTA".into();
    let mut door = cafe_host::model::goodbye::DoorCounts::new(uuid::Uuid::from_u128(1));
    door.welcome = [0, 1, 2, 6, 9];
    winter.goodbye = vec![door];
    let es = Words(Lang::from_code("es").expect("Spanish"));
    let pack = evidence_pack(&winter, Privacy::default(), es);
    assert!(pack.contains("<html lang=\"es\">"));
    assert!(pack.contains("Registro de participación familiar"));
    assert!(pack.contains("Flyers in backpacks") && pack.contains("The principal and the PTA"));
    assert!(
        pack.contains("Muy bienvenido</td><td class=\"n\">9<"),
        "five or more is a number"
    );
    assert!(
        pack.contains("Nada bienvenido</td><td class=\"n\">0<"),
        "none is none"
    );
    assert!(pack.contains("Un poco</td><td class=\"n\">menos de 5<"));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions");
    let earlier = evidence::open_earlier(&winter, &load_all(&[dir]));
    assert!(
        !earlier.is_empty(),
        "the example series has open actions before winter"
    );
    for a in &earlier {
        assert!(pack.contains(&a.text), "{} is listed", a.text);
        assert!(a.date < winter.details.date && !a.done);
    }
    let with_names = evidence_pack(&winter, Privacy { names: true }, EN);
    let owners: Vec<&str> = winter
        .commitments
        .iter()
        .map(|c| c.owner.as_str())
        .filter(|o| !o.is_empty())
        .collect();
    assert!(!owners.is_empty());
    for owner in owners {
        assert!(with_names.contains(owner), "{owner} is named with names");
        assert!(!pack.contains(owner), "{owner} is left out without names");
    }
}

/// Everything that names a person in `session`, and the text of its private notes.
fn names_and_secrets(session: &Session) -> (Vec<String>, Vec<String>) {
    let mut names: Vec<String> = session
        .attendees
        .iter()
        .flat_map(|a| [a.name.clone(), a.household.clone()])
        .chain(session.tables.iter().map(|t| t.host.clone()))
        .chain(session.commitments.iter().map(|c| c.owner.clone()))
        .chain([session.details.facilitator.clone()])
        .filter(|n| n.trim().len() > 3)
        .collect();
    names.sort();
    names.dedup();
    let secrets = session
        .notes
        .iter()
        .filter(|n| n.private)
        .map(|n| n.text.clone())
        .collect();
    (names, secrets)
}

#[test]
fn private_notes_never_leave_and_names_only_when_included() {
    for file in [HEARD, WINTER] {
        let session = example(file);
        let (names, secrets) = names_and_secrets(&session);
        assert!(names.len() > 5 && !secrets.is_empty());
        for privacy in [Privacy::default(), Privacy { names: true }] {
            let texts = [
                cafe::markdown(&session, privacy, EN),
                cafe::html(&session, privacy, EN),
                attendance::csv(&session, privacy, EN).expect("csv"),
                attendance::attendance_html(&session, privacy, EN),
            ];
            for text in &texts {
                for secret in &secrets {
                    let start: String = secret.chars().take(25).collect();
                    assert!(!text.contains(&start), "private note left: {secret}");
                }
                for name in &names {
                    let escaped = name.replace('&', "&amp;");
                    let found = text.contains(name.as_str()) || text.contains(&escaped);
                    if !privacy.names {
                        assert!(!found, "{name} is in an export without names");
                    }
                }
            }
            let report = &texts[0];
            assert_eq!(
                report.contains(&session.details.facilitator),
                privacy.names,
                "the facilitator is named only with names"
            );
        }
        let blank = attendance::blank_sign_in_sheet_html(&session, 12, EN);
        assert!(
            names.iter().all(|n| !blank.contains(n.as_str())),
            "a blank sheet is blank"
        );
        assert_eq!(blank.matches("<tr><td></td>").count(), 12);
    }
}

#[test]
fn every_export_says_on_its_first_lines_what_it_contains() {
    let heard = example(HEARD);
    let summary = series_summary();
    let texts = [
        cafe::markdown(&heard, Privacy::default(), EN),
        series::markdown(&summary, Privacy::default(), EN),
    ];
    for text in &texts {
        let head: String = text.lines().take(3).collect::<Vec<_>>().join("\n");
        assert!(head.contains("contains"), "{head}");
    }
    for html in [
        cafe::html(&heard, Privacy::default(), EN),
        series::html(&summary, Privacy { names: true }, EN),
        attendance::attendance_html(&heard, Privacy::default(), EN),
        attendance::blank_sign_in_sheet_html(&heard, 5, EN),
    ] {
        let body = html.split("<body>").nth(1).expect("body");
        assert!(
            body.starts_with("<p class=\"contains\">"),
            "{}",
            &body[..80]
        );
    }
    assert!(cafe::markdown(&heard, Privacy::default(), EN).contains("1 private note was left out"));
}

/// Tags that never have an end tag in HTML.
const VOID: [&str; 8] = ["meta", "br", "hr", "img", "input", "link", "col", "wbr"];

/// Check `html` tokenizes without a single parse error, every element that is opened is closed
/// in order, and nothing outside the file is loaded or run.
fn assert_well_formed(html: &str) {
    use html5gum::{Token, Tokenizer};
    let mut stack: Vec<String> = Vec::new();
    let mut doctype = false;
    for token in Tokenizer::new(html) {
        match token.expect("tokenizer cannot fail on a string") {
            Token::Doctype(_) => doctype = true,
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).into_owned();
                assert!(
                    name != "script" && name != "link" && name != "img",
                    "<{name}> in an export"
                );
                for (key, value) in &tag.attributes {
                    let (key, value) =
                        (String::from_utf8_lossy(key), String::from_utf8_lossy(value));
                    assert!(!key.starts_with("on"), "event handler {key}");
                    assert!(
                        key != "src" && (key != "href" || value.starts_with('#')),
                        "{key}={value}"
                    );
                }
                if !VOID.contains(&name.as_str()) && !tag.self_closing {
                    stack.push(name);
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).into_owned();
                assert_eq!(
                    stack.pop().as_deref(),
                    Some(name.as_str()),
                    "mis-nested </{name}>"
                );
            }
            Token::Error(e) => panic!("HTML parse error: {e:?}"),
            _ => {}
        }
    }
    assert!(doctype, "a doctype");
    assert!(stack.is_empty(), "unclosed: {stack:?}");
}

#[test]
fn html_exports_parse_cleanly_and_are_self_contained() {
    let heard = example(HEARD);
    let mut hostile = heard.clone();
    for n in &mut hostile.notes {
        n.text = format!("</li></ul><script>alert(1)</script> <b>& {}", n.text);
    }
    hostile.details.title = "<img src=x onerror=alert(1)>".into();
    for session in [&heard, &hostile] {
        assert_well_formed(&cafe::html(session, Privacy { names: true }, EN));
        assert_well_formed(&attendance::attendance_html(
            session,
            Privacy { names: true },
            EN,
        ));
        assert_well_formed(&attendance::blank_sign_in_sheet_html(session, 3, EN));
    }
    assert_well_formed(&series::html(
        &series_summary(),
        Privacy { names: true },
        EN,
    ));
    let html = cafe::html(&heard, Privacy::default(), EN);
    assert_eq!(html.matches("<svg").count(), 2, "charts drawn inline");
    assert!(html.contains("@media print") && html.contains("@page"));
    let md = cafe::markdown(&hostile, Privacy::default(), EN);
    assert!(
        md.contains("\\<script\\>"),
        "markup in notes is escaped in Markdown"
    );
}

#[test]
fn attendance_csv_is_private_by_default_and_defuses_formulas() {
    let mut heard = example(HEARD);
    heard.attendees[0].language = "=HYPERLINK(\"x\")".into();
    let csv = attendance::csv(&heard, Privacy::default(), EN).expect("csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().expect("header").clone();
    assert!(!header.iter().any(|h| h == "name"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 20);
    assert_eq!(&rows[0][2], "'=HYPERLINK(\"x\")");
}

/// Every way a spreadsheet may start a formula: the ASCII signs, a tab or carriage return
/// first, the full-width and small forms some keyboards type, and any of these after spaces.
#[test]
fn attendance_csv_defuses_every_formula_start() {
    let starts = [
        "=1+1",
        "+1+1",
        "-1+1",
        "@SUM(A1)",
        "\t=1+1",
        "\r=1+1",
        "\n=1+1",
        "\u{FF1D}1+1",
        "\u{FF0B}1+1",
        "\u{FF0D}1+1",
        "\u{FF20}SUM(A1)",
        "\u{FE66}1+1",
        "\u{FE62}1+1",
        "\u{FE63}1+1",
        "\u{FE6B}SUM(A1)",
        "  =1+1",
        "\u{3000}=1+1",
    ];
    let mut heard = example(HEARD);
    for (person, start) in heard.attendees.iter_mut().zip(starts) {
        person.language = start.to_owned();
    }
    let csv = attendance::csv(&heard, Privacy::default(), EN).expect("csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    for (row, start) in rows.iter().zip(starts) {
        let cell = &row[2];
        assert!(cell.starts_with('\''), "{start:?} is written as {cell:?}");
        assert!(!cell.contains(['\r', '\n']), "one line: {cell:?}");
    }
    let plain: Vec<&str> = rows[starts.len()..].iter().map(|r| &r[2]).collect();
    assert!(
        plain.iter().all(|c| !c.starts_with('\'')),
        "ordinary words are left alone: {plain:?}"
    );
}

fn cafe_host() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_cafe-host"))
}

#[test]
fn the_export_command_writes_each_format_and_leaves_no_backup() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let file = sessions.join(HEARD);
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).expect("out");
    for (format, name) in [
        ("md", "r.md"),
        ("html", "r.html"),
        ("csv", "a.csv"),
        ("sign-in-sheet", "s.html"),
    ] {
        let target = out.join(name);
        for _ in 0..2 {
            let run = cafe_host()
                .args([
                    "export",
                    file.to_str().expect("utf-8"),
                    "--format",
                    format,
                    "-o",
                ])
                .arg(&target)
                .output()
                .expect("runs");
            assert!(
                run.status.success(),
                "{}",
                String::from_utf8_lossy(&run.stderr)
            );
        }
        assert!(target.exists());
    }
    let names: Vec<String> = std::fs::read_dir(&out)
        .expect("out")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.ends_with(".bak")), "{names:?}");
    let report = std::fs::read_to_string(out.join("r.md")).expect("md");
    assert_eq!(
        report,
        cafe::markdown(&example(HEARD), Privacy::default(), EN)
    );

    let series = |name: &str| {
        cafe_host()
            .args(["export", "--series", name, "--format", "md", "--data-dir"])
            .arg(dir.path())
            .output()
            .expect("runs")
    };
    let series_run = series("LINCOLN family cafe");
    assert!(
        series_run.status.success(),
        "{}",
        String::from_utf8_lossy(&series_run.stderr)
    );
    let printed = String::from_utf8(series_run.stdout).expect("utf-8");
    assert!(printed.starts_with("# Series summary: Lincoln Family Café"));
    let unknown = series("No such series");
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no café of the series"));
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Session(").expect("write");
    let bad = cafe_host()
        .args(["export", broken.to_str().expect("utf-8"), "--format", "md"])
        .output()
        .expect("runs");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("broken.ron:"));
}

/// Every file in `dir` whose text holds one of `names`.
fn holding_names(dir: &Path, names: &[&str]) -> std::collections::BTreeSet<PathBuf> {
    std::fs::read_dir(dir)
        .expect("exports")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| std::fs::read_to_string(p).is_ok_and(|t| names.iter().any(|n| t.contains(n))))
        .collect()
}

#[test]
fn every_export_with_names_from_every_screen_and_the_command_line_is_named_so() {
    use cafe_host::ui::{AppCommand, AttendanceExport, Request};
    use egui_kittest::kittest::Queryable;
    let data = tempfile::tempdir().expect("data");
    let sessions = example_cafes(data.path());
    let exports = data.path().join("exports");
    let heard = sessions.join(HEARD);
    let clock = crate::common::TestClock::new();
    let mut h = crate::common::harness(data.path(), Some(heard.clone()), &clock);
    // The sign-in desk: each of its exports, with names and without.
    h.state_mut().run(AppCommand::ShowSignIn);
    h.run();
    for names in [false, true] {
        for kind in [
            AttendanceExport::Report,
            AttendanceExport::Csv,
            AttendanceExport::BlankSheet,
        ] {
            h.state_mut().run(Request::ExportAttendance { kind, names });
            h.run();
        }
    }
    // The review: one café's report and the series, each export with names and without.
    h.state_mut().run(AppCommand::ShowPastCafes);
    for _ in 0..200 {
        h.run();
        if h.query_by_label("Being Heard at School").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    h.get_by_label("Being Heard at School").click();
    h.run();
    for names in [false, true] {
        if names {
            h.get_by_label("Include names").click();
            h.run();
        }
        for button in [
            "Export report (Markdown)",
            "Export report (web page)",
            "Export attendance (CSV)",
            "Blank sign-in sheet",
        ] {
            h.get_by_label(button).click();
            h.run();
        }
    }
    h.state_mut().run(Request::Review(Box::new(
        cafe_host::ui::review::ReviewRequest::OpenSeries {
            name: SERIES.to_owned(),
        },
    )));
    // The series is summed up in the background.
    crate::common::wait_for_label(&mut h, "Export summary (Markdown)");
    for names in [false, true] {
        if names {
            h.get_by_label("Include names").click();
            h.run();
        }
        for button in [
            "Export summary (Markdown)",
            "Export summary (web page)",
            "Export summary (CSV, café by café)",
        ] {
            h.get_by_label(button).click();
            h.run();
        }
    }
    // The table café by café holds no name, ticked or not, and is named so.
    let csv = std::fs::read_to_string(exports.join("lincoln-family-cafe-series.csv"))
        .expect("the series summary as CSV, from the summary on screen");
    assert!(
        csv.starts_with("Date,Café,People,First visits,Returning"),
        "{csv}"
    );
    export_everything_from_the_command_line(&heard, data.path(), &exports);
    // Names from the sign-in, the tables, the actions and the facilitator.
    let people = [
        "María Díaz",
        "Hodan Warsame",
        "Grace Okafor",
        "Rosa Martínez",
    ];
    let with_names = holding_names(&exports, &people);
    assert!(with_names.len() >= 6, "{with_names:?}");
    let listed: std::collections::BTreeSet<PathBuf> =
        cafe_host::store::exports::with_names(&exports)
            .expect("listed")
            .into_iter()
            .map(|f| f.path)
            .collect();
    assert_eq!(
        listed, with_names,
        "exactly the exports holding names are listed"
    );
    h.state_mut().run(AppCommand::DeleteNamedExports);
    h.run();
    assert!(
        holding_names(&exports, &people).is_empty(),
        "no export holding a name is left"
    );
    let told = format!("{} exports with names were deleted.", with_names.len());
    assert!(
        h.state().notices().iter().any(|n| n == &told),
        "{:?}",
        h.state().notices()
    );
    assert!(
        std::fs::read_dir(&exports).expect("exports").count() >= 5,
        "the exports without names are kept"
    );
}

/// The command line, into the exports folder, for the café and the series, with names.
fn export_everything_from_the_command_line(heard: &Path, data: &Path, exports: &Path) {
    let cli = |args: &[&std::ffi::OsStr]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_cafe-host"))
            .args(args)
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    for format in ["md", "html", "csv", "sign-in-sheet"] {
        cli(&[
            "export".as_ref(),
            heard.as_os_str(),
            "--format".as_ref(),
            format.as_ref(),
            "--names".as_ref(),
            "-o".as_ref(),
            exports.as_os_str(),
        ]);
    }
    for format in ["md", "html"] {
        cli(&[
            "export".as_ref(),
            "--series".as_ref(),
            SERIES.as_ref(),
            "--data-dir".as_ref(),
            data.as_os_str(),
            "--format".as_ref(),
            format.as_ref(),
            "--names".as_ref(),
            "-o".as_ref(),
            exports.as_os_str(),
        ]);
    }
}

#[test]
fn the_attendance_report_with_names_says_who_agreed_to_photos_and_quotes() {
    let heard = example(HEARD);
    let with_names = attendance::attendance_html(&heard, Privacy { names: true }, EN);
    assert!(with_names.contains("<th>Photos and quotes OK?</th>"));
    let named: Vec<_> = heard
        .attendees
        .iter()
        .filter(|a| !a.deleted && !a.name.is_empty())
        .collect();
    assert!(named.iter().any(|a| a.consent_photos) && named.iter().any(|a| !a.consent_photos));
    for a in named {
        let row_start = with_names
            .find(&format!("<td><bdi>{}</bdi></td>", a.name))
            .expect("the person's row");
        let row_end = row_start + with_names[row_start..].find("</tr>").expect("row ends");
        let answer = if a.consent_photos { "yes" } else { "no" };
        assert!(
            with_names[..row_end].ends_with(&format!("<td>{answer}</td>")),
            "{}: {answer}",
            a.name
        );
    }
    let without = attendance::attendance_html(&heard, Privacy::default(), EN);
    assert!(
        !without.contains("Photos and quotes"),
        "a column for names only"
    );
}

#[test]
fn two_cafes_on_one_day_are_told_apart_on_the_charts_and_tables() {
    let dir = tempfile::tempdir().expect("temp dir");
    let evening = example(WINTER);
    let mut morning = evening.clone();
    morning.id = uuid::Uuid::new_v4();
    morning.details.title = "Winter break, morning".into();
    for shown in &mut morning.timeline {
        shown.at -= chrono::Duration::hours(9);
    }
    for (name, session) in [("evening.ron", &evening), ("morning.ron", &morning)] {
        std::fs::write(
            dir.path().join(name),
            cafe_host::store::to_ron(session).expect("ron"),
        )
        .expect("write");
    }
    let summary = SeriesSummary::of(SERIES, &load_all(&[dir.path().to_owned()]));
    assert_eq!(summary.cafes.len(), 2);
    let (first, second) = (
        summary.time_if_same_day(0).expect("shares its day"),
        summary.time_if_same_day(1).expect("shares its day"),
    );
    assert_ne!(first, second);
    let html = series::html(&summary, Privacy::default(), EN);
    for time in [&first, &second] {
        assert!(
            html.contains(&format!("10 Dec 2026 {time}")),
            "chart label with {time}"
        );
        assert!(
            html.contains(&format!("2026-12-10 {time}")),
            "table heading with {time}"
        );
    }
    // A café alone on its day keeps its plain date.
    let alone = SeriesSummary::of(
        SERIES,
        &load_all(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions")]),
    );
    assert!((0..alone.cafes.len()).all(|i| alone.time_if_same_day(i).is_none()));
}

/// Looked at printed from Chromium on A4 and on Letter: a collapsed table border sits half
/// outside its table, so a table as wide as the page lost its right edge past the margin, and
/// an email could widen the names report past it. These print rules keep both inside.
#[test]
fn printed_tables_stay_inside_the_margins_of_a4_and_letter() {
    let heard = example(HEARD);
    let sheet = attendance::blank_sign_in_sheet_html(&heard, attendance::BLANK_SHEET_ROWS, EN);
    let names = attendance::attendance_html(&heard, Privacy { names: true }, EN);
    for html in [&sheet, &names] {
        let print = &html[html.find("@media print").expect("print rules")..];
        assert!(print.contains("table { width: calc(100% - 2px); margin-left: 1px; }"));
    }
    assert!(
        names.contains("<td class=\"wrap\"><bdi>555-0141</bdi></td>"),
        "contact cells wrap anywhere"
    );
}

/// The text a reader sees: HTML tags and Markdown table bars taken out, spaces made single.
fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if in_tag => {}
            '|' | ',' | ':' | '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `text` shows `label` followed by a count of one to four.
fn shows_small_count(text: &str, label: &str) -> bool {
    text.match_indices(label).any(|(at, _)| {
        let after = text[at + label.len()..].trim_start();
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        let ends = after[digits.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        ends && digits.parse::<u32>().is_ok_and(|n| (1..5).contains(&n))
    })
}

mod small_groups {
    use super::*;
    use cafe_host::model::goodbye::DoorCounts;
    use cafe_host::model::{Attendee, Role};
    use proptest::prelude::*;

    const LANGUAGES: [&str; 4] = ["Somali", "Tagalog", "Vietnamese", "Polish"];

    fn attendee() -> impl Strategy<Value = (Role, usize, bool, bool, String)> {
        (
            prop::sample::select(Role::ALL.to_vec()),
            0..LANGUAGES.len(),
            any::<bool>(),
            any::<bool>(),
            "[a-z]{8}",
        )
            .prop_map(|(role, language, first, interpreter, name)| {
                (role, language, first, interpreter, format!("Zq{name}"))
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

        /// No export, in any language, shows a group of one to four people as a number, and
        /// none names anyone unless names are included.
        #[test]
        fn no_export_in_any_language_shows_a_group_under_five_or_a_name_without_names(
            people in prop::collection::vec(attendee(), 0..30),
            faces in prop::array::uniform5(0u32..9),
            again in prop::array::uniform3(0u32..9),
        ) {
            let mut session = example(HEARD);
            let template = session.attendees[0].clone();
            session.tallies.clear();
            session.attendees = people
                .iter()
                .map(|(role, language, first, interpreter, name)| Attendee {
                    id: uuid::Uuid::new_v4(),
                    name: name.clone(),
                    household: format!("{name}house"),
                    role: *role,
                    language: LANGUAGES[*language].to_owned(),
                    first_visit: *first,
                    interpreter: *interpreter,
                    contact: None,
                    // One line per person lists no table, so only counts follow a label.
                    table: None,
                    ..template.clone()
                })
                .collect();
            for c in &mut session.commitments {
                c.owner = "Zqowner".into();
            }
            session.details.facilitator = "Zqfacilitator".into();
            for t in &mut session.tables {
                t.host = "Zqhost".into();
            }
            let mut door = DoorCounts::new(uuid::Uuid::from_u128(3));
            door.welcome = faces;
            door.again = again;
            session.goodbye = vec![door];
            let cafes = vec![(std::path::PathBuf::from("heard.ron"), session.clone())];
            let summary = SeriesSummary::of(session.series_name(), &cafes);
            let figures = cafe_host::model::Figures::of(&session.attendees, &[]);
            let counts = session.goodbye_counts();
            for lang in Lang::all() {
                let w = Words(lang);
                for privacy in [Privacy::default(), Privacy { names: true }] {
                    let texts = [
                        cafe::markdown(&session, privacy, w),
                        cafe::html(&session, privacy, w),
                        attendance::attendance_html(&session, privacy, w),
                        attendance::csv(&session, privacy, w).expect("csv"),
                        series::markdown(&summary, privacy, w),
                        series::html(&summary, privacy, w),
                        series::csv(&summary, w).expect("csv"),
                        evidence::html(&session, &[], privacy, w, &chrono::Utc),
                    ];
                    for text in &texts {
                        let seen = visible(text);
                        for (role, n) in &figures.by_role {
                            if (1..5).contains(n) {
                                prop_assert!(!shows_small_count(&seen, &w.role(*role)), "{:?} {n} shown", role);
                            }
                        }
                        for (language, n) in &figures.by_language {
                            if (1..5).contains(n) {
                                prop_assert!(!shows_small_count(&seen, language), "{language} {n} shown");
                            }
                        }
                        for face in 1..=5 {
                            let n = counts.welcome[face - 1];
                            let label = w.t(&format!("evidence-face-{face}"));
                            if (1..5).contains(&n) {
                                prop_assert!(!shows_small_count(&seen, &label), "{label} {n} shown");
                            }
                        }
                        if !privacy.names {
                            prop_assert!(!text.contains("Zq"), "a name without names");
                        }
                    }
                }
            }
        }
    }
}
