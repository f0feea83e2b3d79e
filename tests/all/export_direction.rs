//! Exports keep the direction of what people typed: a café whose every typed text is Arabic
//! with digits, exported in every format, with and without names, shows each of those texts
//! inside an isolate (a `<bdi>` in HTML, FSI…PDI in Markdown, CSV and a page's title), so a
//! line mixing it with the export's own words never scrambles.

use std::path::{Path, PathBuf};

use cafe_host::export::isolate::{FSI, PDI};
use cafe_host::export::{Format, Privacy, Words, cafe_text, series_text};
use cafe_host::i18n::Lang;
use cafe_host::model::Session;
use cafe_host::store::load_session;

use super::past_cafes::HEARD;

/// A right-to-left text that mixes Arabic and digits, unique to `n` (no one is part of another).
fn arabic(n: usize) -> String {
    format!("نص {n} ت")
}

/// The example café with every piece of text people type replaced by its own Arabic line;
/// returns the café and every line given out.
fn arabic_cafe() -> (Session, Vec<String>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions")
        .join(HEARD);
    let mut s = load_session(&path).expect("example loads").session;
    let mut given = Vec::new();
    let mut next = |field: &mut String| {
        *field = arabic(given.len());
        given.push(field.clone());
    };
    let d = &mut s.details;
    for field in [
        &mut d.title,
        &mut d.venue,
        &mut d.facilitator,
        &mut d.series,
    ] {
        next(field);
    }
    next(&mut s.guide.title);
    next(&mut s.guide.purpose);
    for q in &mut s.guide.questions {
        next(&mut q.text);
        for p in &mut q.points {
            next(&mut p.text);
        }
    }
    // Only the points that came up are reported: every point is ticked, so each is checked.
    for (q, question) in s.guide.questions.iter().enumerate() {
        s.ticked.insert(q, (0..question.points.len()).collect());
    }
    for t in &mut s.tables {
        next(&mut t.name);
        next(&mut t.host);
    }
    for n in &mut s.notes {
        next(&mut n.text);
    }
    for t in &mut s.themes {
        next(&mut t.title);
    }
    for c in &mut s.commitments {
        next(&mut c.text);
        next(&mut c.owner);
    }
    for a in &mut s.attendees {
        next(&mut a.name);
        next(&mut a.household);
        next(&mut a.language);
    }
    for t in &mut s.tallies {
        next(&mut t.language);
    }
    (s, given)
}

/// Every place `text` appears in `export` that is not inside an isolate: HTML's `<bdi>` (or
/// FSI…PDI inside a page's title), FSI…PDI in plain text.
fn bare_places(export: &str, text: &str, html: bool) -> Vec<String> {
    export
        .match_indices(text)
        .filter(|(at, _)| {
            let before = &export[..*at];
            let open = |a: &str, b: &str| before.matches(a).count() > before.matches(b).count();
            let isolated = open(&FSI.to_string(), &PDI.to_string())
                && export[*at + text.len()..].starts_with(PDI);
            !(isolated || html && open("<bdi>", "</bdi>"))
        })
        .map(|(at, _)| {
            let from = export[..at].char_indices().rev().nth(40).map_or(0, |c| c.0);
            export[from..at + text.len()].to_owned()
        })
        .collect()
}

fn write(session: &Session, dir: &Path) -> PathBuf {
    let file = dir.join("arabic-cafe.ron");
    std::fs::write(
        &file,
        cafe_host::store::format::to_ron(session).expect("ron"),
    )
    .expect("write");
    file
}

#[test]
fn every_export_isolates_every_right_to_left_text_people_typed() {
    let (session, given) = arabic_cafe();
    assert!(
        given.len() > 40,
        "the example holds typed text of every kind"
    );
    let dir = tempfile::tempdir().expect("folder");
    let file = write(&session, dir.path());
    let series = session.details.series.clone();
    let mut seen = std::collections::BTreeSet::new();
    for (names, lang) in [false, true]
        .into_iter()
        .flat_map(|n| Lang::all().into_iter().map(move |l| (n, l)))
    {
        let privacy = Privacy { names };
        for format in Format::ALL {
            let mut exports = vec![(
                format!("café {} ({})", format.name(), lang.code()),
                cafe_text(&file, format, privacy, lang).expect("café export"),
            )];
            let folders = [dir.path().to_owned()];
            if let Ok(summary) = series_text(&series, &folders, format, privacy, lang) {
                exports.push((
                    format!("series {} ({})", format.name(), lang.code()),
                    summary,
                ));
            }
            if format == Format::Html {
                exports.push((
                    format!("attendance html ({})", lang.code()),
                    cafe_host::export::attendance::attendance_html(&session, privacy, Words(lang)),
                ));
            }
            for (kind, export) in &exports {
                let html = export.starts_with("<!DOCTYPE html>");
                for text in &given {
                    let bare = bare_places(export, text, html);
                    assert!(
                        bare.is_empty(),
                        "{kind} (names: {names}) shows {bare:?} bare"
                    );
                    if export.contains(text.as_str()) {
                        seen.insert(text.clone());
                    }
                }
            }
        }
    }
    let never: Vec<&String> = given.iter().filter(|t| !seen.contains(*t)).collect();
    // Private notes never leave; everything else is in some export.
    let private: Vec<String> = session
        .notes
        .iter()
        .filter(|n| n.private)
        .map(|n| n.text.clone())
        .collect();
    assert!(
        never.iter().all(|t| private.contains(t)),
        "never exported, so never checked: {never:?}"
    );
}

#[test]
fn an_arabic_line_with_digits_round_trips_through_csv_and_markdown_with_its_isolates() {
    let (session, _) = arabic_cafe();
    let dir = tempfile::tempdir().expect("folder");
    let file = write(&session, dir.path());
    let names = Privacy { names: true };
    let csv = cafe_text(&file, Format::Csv, names, Lang::ENGLISH).expect("csv");
    let mut reader = ::csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().expect("header").clone();
    let column = |name: &str| header.iter().position(|h| h == name).expect(name);
    let first = reader.records().next().expect("a row").expect("a row");
    let who = &session
        .attendees
        .iter()
        .find(|a| !a.deleted)
        .expect("someone");
    assert_eq!(first[column("name")], format!("{FSI}{}{PDI}", who.name));
    assert_eq!(
        first[column("language")],
        format!("{FSI}{}{PDI}", who.language)
    );
    assert_eq!(
        &first[column("role")],
        who.role.label(),
        "our words are left alone"
    );
    let back: String = first[column("name")]
        .chars()
        .filter(|c| ![FSI, PDI].contains(c))
        .collect();
    assert_eq!(back, who.name, "nothing else changed");

    let md = cafe_text(&file, Format::Markdown, names, Lang::ENGLISH).expect("markdown");
    let title = md.lines().next().expect("a first line");
    assert_eq!(
        title,
        format!("# Café report: {FSI}{}{PDI}", session.details.title)
    );
    let html = cafe_text(&file, Format::Html, names, Lang::ENGLISH).expect("html");
    assert!(html.contains(&format!(
        "<title>Café report: {FSI}{}{PDI}</title>",
        session.details.title
    )));
    assert!(html.contains(&format!(
        "<h1>Café report: <bdi>{}</bdi></h1>",
        session.details.title
    )));
}
