//! Reviewing past cafés: the library and its index, search, one café's report, a series.

use std::path::{Path, PathBuf};

use cafe_host::model::PeopleCount;
use std::sync::atomic::AtomicBool;

use cafe_host::review::library::{self, Filter, Progress, SortKey, scan, view};
use cafe_host::review::report::CafeReport;
use cafe_host::review::search::{CafeHits, ItemKind, Search, Searched};
use cafe_host::review::series::{SeriesSummary, load_all};
use cafe_host::session::set_action_done;
use cafe_host::store::load_session;

pub const SERIES: &str = "Lincoln Family Café";
pub const WINTER: &str = "2026-12-10_learning-over-winter-break_6c1e0000.ron";
pub const HEARD: &str = "2026-11-19_being-heard-at-school_6c1e0000.ron";

/// Every example café of the repository, copied into `dir/sessions`.
pub fn example_cafes(dir: &Path) -> PathBuf {
    let sessions = dir.join("sessions");
    std::fs::create_dir_all(&sessions).expect("sessions folder");
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions");
    for entry in std::fs::read_dir(source).expect("examples") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "ron") {
            std::fs::copy(&path, sessions.join(path.file_name().expect("name"))).expect("copy");
        }
    }
    sessions
}

/// Everything `query` finds in `folders` (at most `limit` items), with how the search ended.
pub fn search_all(
    folders: &[PathBuf],
    index: &Path,
    query: &str,
    limit: usize,
) -> (Vec<CafeHits>, Searched) {
    let (progress, cancel) = (Progress::default(), AtomicBool::new(false));
    let mut found = Vec::new();
    let searched = Search {
        folders,
        index_dir: index,
        query,
        limit,
        progress: &progress,
        cancel: &cancel,
    }
    .run(&mut |hits| found.push(hits));
    (found, searched)
}

fn name(path: &Path) -> String {
    path.file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn the_library_lists_every_cafe_and_a_broken_file_with_its_error() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    std::fs::write(
        sessions.join("broken.ron"),
        "Session(schema_version: 1, id: ",
    )
    .expect("write");
    let extra = dir.path().join("usb");
    std::fs::create_dir_all(&extra).expect("extra");
    std::fs::rename(sessions.join(WINTER), extra.join(WINTER)).expect("move");
    let index = dir.path().join("index");
    let progress = Progress::default();
    let s = scan(&[sessions.clone(), extra.clone()], &index, &progress);
    assert_eq!(
        s.rows.len(),
        6,
        "four cafés here, one in the added folder, one broken"
    );
    assert_eq!(s.read, 6);
    assert_eq!(progress.get(), (6, 6));
    let broken = s
        .rows
        .iter()
        .find(|r| name(&r.path) == "broken.ron")
        .expect("listed");
    let error = broken.summary.as_ref().expect_err("broken").plain();
    assert!(
        error.contains("broken.ron") && error.contains("line 1"),
        "{error}"
    );
    let winter = s
        .rows
        .iter()
        .find(|r| name(&r.path) == WINTER)
        .expect("from the extra folder");
    let w = winter.summary.as_ref().expect("loads");
    assert_eq!(
        (
            w.people,
            w.first_visits,
            w.tables,
            w.notes,
            w.themes,
            w.open_actions,
            w.minutes
        ),
        (12, PeopleCount::Known(2), 3, 9, 3, 2, 90),
        "one private note is not counted; length runs to the closing"
    );
    assert_eq!(w.series, SERIES);
    assert!(s.index_problem.is_none());

    // Filter by text, series, guide and dates; a broken file shows only when nothing but
    // text filters.
    let shown = |f: &Filter| -> Vec<String> {
        view(&s.rows, f, SortKey::Date, false)
            .into_iter()
            .map(|i| name(&s.rows[i].path))
            .collect()
    };
    let all = shown(&Filter::default());
    assert_eq!(all.len(), 6);
    assert_eq!(
        all.last().map(String::as_str),
        Some("broken.ron"),
        "broken files last"
    );
    assert!(all[0].starts_with("2026-09-17"), "oldest first: {all:?}");
    assert_eq!(
        shown(&Filter {
            text: "WINTER bre".into(),
            ..Filter::default()
        }),
        [WINTER]
    );
    let series = Filter {
        series: SERIES.into(),
        ..Filter::default()
    };
    assert_eq!(shown(&series).len(), 4);
    let autumn = Filter {
        from: chrono::NaiveDate::from_ymd_opt(2026, 10, 1),
        to: chrono::NaiveDate::from_ymd_opt(2026, 11, 15),
        ..Filter::default()
    };
    assert_eq!(shown(&autumn).len(), 2, "{:?}", shown(&autumn));
    let guide = Filter {
        guide: "Learning at Home".into(),
        ..Filter::default()
    };
    assert_eq!(shown(&guide).len(), 2);
    let by_people: Vec<String> = view(&s.rows, &series, SortKey::People, true)
        .into_iter()
        .map(|i| name(&s.rows[i].path))
        .collect();
    assert!(
        by_people[0].starts_with("2026-10-15"),
        "29 counted at the door: {by_people:?}"
    );
    let (guides, all_series) = library::choices(&s.rows);
    assert_eq!(guides.len(), 3);
    assert!(all_series.contains(&SERIES.to_owned()));
}

#[test]
fn the_index_is_reused_refreshed_for_changed_files_and_rebuilt_when_damaged() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let index = dir.path().join("index");
    let folders = [sessions.clone()];
    let p = Progress::default();
    assert_eq!(scan(&folders, &index, &p).read, 5, "cold: every file read");
    assert_eq!(search_all(&folders, &index, "", 10).1.read, 5);
    #[cfg(unix)]
    for file in ["cafes.bin", "search.bin"] {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(index.join(file))
            .expect("index")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{file} is private");
        assert!(
            !index.join(format!("{file}.bak")).exists(),
            "no backup copy of the index"
        );
    }
    let warm = scan(&folders, &index, &p);
    assert_eq!(warm.read, 0, "warm: nothing read");
    assert_eq!(warm.rows.len(), 5);
    assert_eq!(search_all(&folders, &index, "the", 1000).1.read, 0);

    // Changing one café re-reads only that file, and the new figures show.
    let path = sessions.join(HEARD);
    let changed =
        set_action_done(&path, first_open_action(&path), true, chrono::Utc::now()).expect("saved");
    assert!(changed);
    let after = scan(&folders, &index, &p);
    assert_eq!(after.read, 1);
    let row = after.rows.iter().find(|r| r.path == path).expect("row");
    assert_eq!(row.summary.as_ref().expect("loads").open_actions, 0);
    assert_eq!(search_all(&folders, &index, "the", 1000).1.read, 1);

    // A damaged index is rebuilt; a deleted café disappears.
    std::fs::write(index.join("cafes.bin"), "not an index at all").expect("damage");
    std::fs::write(index.join("search.bin"), "not an index at all").expect("damage");
    std::fs::remove_file(sessions.join(WINTER)).expect("remove");
    let rebuilt = scan(&folders, &index, &p);
    assert_eq!(rebuilt.read, 4);
    assert_eq!(rebuilt.rows.len(), 4);
    let (found, searched) = search_all(&folders, &index, "the", 1000);
    assert_eq!(searched.read, 4);
    assert!(found.iter().all(|c| c.path != sessions.join(WINTER)));
}

#[test]
fn search_shows_what_the_index_knows_first_then_the_cafes_it_does_not() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let index = dir.path().join("index");
    let folders = [sessions.clone()];
    // The index knows every café but one, added since.
    let late = dir.path().join(HEARD);
    std::fs::rename(sessions.join(HEARD), &late).expect("move");
    search_all(&folders, &index, "", 10);
    std::fs::rename(&late, sessions.join(HEARD)).expect("back");
    let (found, searched) = search_all(&folders, &index, "newsletter", 100);
    assert!(searched.complete);
    assert_eq!(
        searched.read, 1,
        "only the café the index did not know is read"
    );
    let last = found.last().expect("found");
    assert_eq!(
        last.path,
        sessions.join(HEARD),
        "it comes after those the index knew"
    );
    assert_eq!(last.title, "Being Heard at School");
    assert_eq!(found.len(), 3);
    // The first matches are handed on before the rest is read: stopped at the first café.
    let (progress, cancel) = (Progress::default(), AtomicBool::new(false));
    let mut cafes = 0;
    let stopped = Search {
        folders: &folders,
        index_dir: &index,
        query: "newsletter",
        limit: 100,
        progress: &progress,
        cancel: &cancel,
    }
    .run(&mut |_| {
        cafes += 1;
        cancel.store(true, std::sync::atomic::Ordering::Relaxed);
    });
    assert_eq!(cafes, 1);
    assert!(!stopped.complete);
}

#[test]
fn a_damaged_foreign_or_endless_search_index_is_rebuilt_never_trusted() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let index = dir.path().join("index");
    let folders = [sessions.clone()];
    let (truth, _) = search_all(&folders, &index, "the", 1000);
    let good = std::fs::read(index.join("search.bin")).expect("index");
    let mut cut = good.clone();
    cut.truncate(good.len() / 2);
    // Entries that claim to be larger than any café.
    let mut huge = good[..12].to_vec();
    huge.extend_from_slice(&u32::MAX.to_le_bytes());
    huge.extend_from_slice(&[0; 64]);
    // The right header, then bytes that are no entry.
    let mut garbage = good[..12].to_vec();
    garbage.extend_from_slice(&40u32.to_le_bytes());
    garbage.extend_from_slice(&[0xFF; 40]);
    for (what, bytes) in [
        ("cut short", cut),
        ("an endless entry", huge),
        ("garbage", garbage),
        ("another file", b"PK\x03\x04 a zip file, say".to_vec()),
    ] {
        std::fs::write(index.join("search.bin"), &bytes).expect("damage");
        let (found, _) = search_all(&folders, &index, "the", 1000);
        assert_eq!(found, truth, "{what}: the same results");
        let (_, again) = search_all(&folders, &index, "the", 1000);
        assert_eq!(again.read, 0, "{what}: rebuilt, then trusted");
    }
}

#[test]
fn a_series_from_the_index_is_the_series_from_the_cafes_and_reads_none_of_them() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let index = dir.path().join("index");
    let folders = [sessions.clone()];
    let from_files = SeriesSummary::of(SERIES, &load_all(&folders));
    let p = Progress::default();
    assert_eq!(
        SeriesSummary::from_index(SERIES, &folders, &index, &p),
        from_files
    );
    // Warm, no café file is read.
    assert_eq!(
        SeriesSummary::from_index(SERIES, &folders, &index, &p),
        from_files
    );
    assert_eq!(p.get().1, 0, "no café read");
}

fn first_open_action(path: &Path) -> uuid::Uuid {
    let session = load_session(path).expect("loads").session;
    session
        .commitments
        .iter()
        .find(|c| !c.done && !c.deleted)
        .expect("an open action")
        .id
}

#[test]
fn the_loader_reports_progress_and_delivers_the_scan_from_another_thread() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let (tx, rx) = std::sync::mpsc::channel();
    let index = dir.path().join("index");
    let loader = library::LibraryLoader::start(vec![sessions.clone()], index.clone(), move || {
        let _ = tx.send(());
    });
    rx.recv_timeout(std::time::Duration::from_secs(30))
        .expect("woken when done");
    let scan = loader.poll().expect("finished");
    assert!(loader.is_finished());
    assert_eq!(loader.progress.get(), (5, 5));
    assert_eq!(scan.rows.len(), 5);
    assert!(!scan.partial);

    // With one café the index does not know yet, the five it knows come first.
    let late = sessions.join("late.ron");
    std::fs::copy(sessions.join(HEARD), &late).expect("copy");
    let folders = [sessions.clone()];
    let mut shown = Vec::new();
    let scan = library::scan_showing(&folders, &index, &Progress::default(), &mut |s| {
        shown.push(s);
    });
    let counts: Vec<(usize, bool)> = shown.iter().map(|s| (s.rows.len(), s.partial)).collect();
    assert_eq!(counts, [(5, true)]);
    assert!(shown[0].rows.iter().all(|r| r.path != late));
    assert_eq!((scan.rows.len(), scan.partial), (6, false));
    // The loader gives the newest of what was handed on: the whole listing once it is done.
    std::fs::copy(sessions.join(HEARD), sessions.join("later.ron")).expect("copy");
    let (tx, rx) = std::sync::mpsc::channel();
    let loader = library::LibraryLoader::start(vec![sessions.clone()], index, move || {
        let _ = tx.send(());
    });
    while !loader.is_finished() {
        rx.recv_timeout(std::time::Duration::from_secs(30))
            .expect("woken");
    }
    let last = loader.poll().expect("the listing");
    assert_eq!((last.rows.len(), last.partial), (7, false));
    assert!(loader.poll().is_none(), "nothing older left behind it");
}

/// A first reading of many cafés (no index yet) shows them in batches as they are read, not
/// all at the end.
#[test]
fn a_first_reading_of_many_cafes_hands_them_on_as_they_are_read() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = dir.path().join("sessions");
    std::fs::create_dir(&sessions).expect("folder");
    let one = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions/2026-11-12_our-children-our-school_5e1f2a9c.ron");
    for n in 0..450 {
        std::fs::copy(&one, sessions.join(format!("cafe-{n:03}.ron"))).expect("copy");
    }
    let mut shown = Vec::new();
    let scan = library::scan_showing(
        &[sessions],
        &dir.path().join("index"),
        &Progress::default(),
        &mut |s| shown.push((s.rows.len(), s.partial)),
    );
    assert_eq!(shown, [(200, true), (400, true)]);
    assert_eq!(
        (scan.rows.len(), scan.read, scan.partial),
        (450, 450, false)
    );
}

#[test]
fn search_ignores_accents_and_case_groups_by_cafe_and_never_finds_private_notes() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let folders = [sessions];
    let index = dir.path().join("index");
    let search = |query: &str, limit: usize| search_all(&folders, &index, query, limit).0;
    let hits = search("NEWSLETTER", 100);
    assert_eq!(hits.len(), 3, "three cafés mention it: {hits:?}");
    assert_eq!(hits[1].hits.len(), 2, "a note and an action of one café");
    assert!(hits.iter().all(|c| c.hits.iter().all(|h| {
        h.highlights
            .iter()
            .all(|r| h.item.text[r.clone()].eq_ignore_ascii_case("newsletter"))
    })));
    let cafe = search("cafe", 100);
    let neighbour = cafe
        .iter()
        .flat_map(|c| &c.hits)
        .find(|h| h.item.text.contains("neighbour"))
        .expect("café found by typing cafe");
    let r = &neighbour.highlights[0];
    assert_eq!(&neighbour.item.text[r.clone()], "café");
    assert_eq!(neighbour.item.kind(), ItemKind::Note);
    let themes = search("home lang", 100);
    assert!(
        themes
            .iter()
            .flat_map(|c| &c.hits)
            .any(|h| h.item.kind() == ItemKind::Theme)
    );
    assert!(
        search("housing", 100).is_empty(),
        "private notes are never searched"
    );
    assert_eq!(
        search("the", 3).iter().map(|c| c.hits.len()).sum::<usize>(),
        3
    );
}

#[test]
fn a_report_shows_planned_against_actual_time_themes_and_no_private_note() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let session = load_session(&sessions.join(HEARD)).expect("loads").session;
    let r = CafeReport::of(&session);
    assert_eq!(r.private_notes, 1);
    assert_eq!(r.note_count(), 14);
    let q5 = &r.questions[4];
    assert_eq!((q5.planned_minutes, q5.actual_minutes), (20, Some(25.0)));
    assert_eq!(
        r.questions[1].actual_minutes, None,
        "question 2 was never shown"
    );
    assert_eq!(q5.points.iter().filter(|p| p.1).count(), 4);
    assert_eq!(q5.tables.len(), 5);
    let harvest = r
        .steps
        .iter()
        .find(|s| s.label == "Harvest")
        .expect("harvest");
    assert_eq!((harvest.planned, harvest.actual), (None, Some(18.0)));
    let closing = r.steps.last().expect("closing");
    assert_eq!(
        (closing.label.as_str(), closing.actual),
        ("Closing", None),
        "no end known"
    );
    assert_eq!(r.steps.len(), 7, "steps never shown are not timed");
    assert_eq!(r.skipped, [1, 2, 3]);
    assert_eq!(r.themes[0].title, "Messages in our home language");
    assert_eq!((r.themes[0].tables, r.themes[0].notes), (2, 2));
    assert!(
        !r.questions
            .iter()
            .flat_map(|q| &q.tables)
            .flat_map(|t| &t.notes)
            .any(|n| n.text.contains("comment about our family"))
    );
    let note = &q5.tables[2].notes[0];
    assert_eq!(r.locate(note.id), Some((Some(4), 3)));
    assert_eq!(r.figures.total, 20);
    assert_eq!(r.open_actions(), 1);
}

#[test]
fn a_series_counts_returning_people_recurring_themes_and_open_actions() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let all = load_all(&[sessions]);
    assert_eq!(all.len(), 5);
    let s = SeriesSummary::of("lincoln family cafe", &all);
    assert_eq!(s.name, SERIES);
    let dates: Vec<String> = s.cafes.iter().map(|c| c.date.to_string()).collect();
    assert_eq!(
        dates,
        ["2026-09-17", "2026-10-15", "2026-11-19", "2026-12-10"]
    );
    let returning: Vec<Option<u32>> = s.cafes.iter().map(|c| c.returning).collect();
    assert_eq!(returning, [Some(0), None, Some(13), Some(10)]);
    assert_eq!(s.themes[0], ("Messages in our home language".to_owned(), 4));
    assert_eq!(s.open_actions().count(), 5);
    assert_eq!(s.actions.len(), 10);
    assert_eq!(s.languages.get("Korean"), Some(&vec![0, 0, 0, 1]));
    assert_eq!(s.tags[0].0, cafe_host::model::Tag::Idea);
}

#[test]
fn marking_a_series_action_done_saves_it_in_its_cafe_and_respects_the_lock() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let path = sessions.join(WINTER);
    let id = first_open_action(&path);
    let now = chrono::Utc::now();
    let lock = cafe_host::store::lock::SessionLock::acquire(&path).expect("lock");
    let refused = set_action_done(&path, id, true, now).expect_err("café open elsewhere");
    let refused = cafe_host::ui::trouble::edit_error(
        cafe_host::i18n::Lang::default(),
        &refused,
        "edit-hint-action-open",
    );
    assert!(refused.contains("open"), "{refused}");
    lock.release();
    assert_eq!(set_action_done(&path, id, true, now), Ok(true));
    let saved = load_session(&path).expect("loads").session;
    let c = saved.commitments.iter().find(|c| c.id == id).expect("kept");
    assert!(c.done && c.done_at.is_some());
    assert_eq!(
        set_action_done(&path, id, true, now),
        Ok(false),
        "already done"
    );
    let missing = set_action_done(&path, uuid::Uuid::new_v4(), true, now)
        .expect_err("no such")
        .to_string();
    assert!(missing.contains("no longer"), "{missing}");
}

#[test]
fn a_second_copy_of_a_cafe_is_one_cafe_of_the_series() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    let alone = SeriesSummary::of(SERIES, &load_all(std::slice::from_ref(&sessions)));
    // A table laptop's copy of one café, with one more note, in the data folder and in
    // another folder the review lists.
    let mut copy = load_session(&sessions.join(HEARD)).expect("loads").session;
    let table = copy.tables[0].id;
    copy.notes
        .push(crate::common::plain_note(table, "from the table laptop"));
    let text = cafe_host::store::to_ron(&copy).expect("text");
    std::fs::write(sessions.join("table-2-laptop.ron"), &text).expect("write");
    let usb = dir.path().join("usb");
    std::fs::create_dir(&usb).expect("folder");
    std::fs::write(usb.join(HEARD), &text).expect("write");
    let folders = [sessions.clone(), usb];
    let both = SeriesSummary::of(SERIES, &load_all(&folders));
    let index = dir.path().join("index");
    let from_index = SeriesSummary::from_index(SERIES, &folders, &index, &Progress::default());
    assert_eq!(
        from_index, both,
        "the index merges the copies as the files do"
    );
    assert_eq!(both.cafes.len(), alone.cafes.len(), "one entry per café");
    assert_eq!(both.actions.len(), alone.actions.len(), "no action twice");
    assert_eq!(both.themes, alone.themes, "no theme counted twice");
    assert_eq!(both.roles, alone.roles);
    assert_eq!(
        both.cafes.iter().map(|c| &c.figures).collect::<Vec<_>>(),
        alone.cafes.iter().map(|c| &c.figures).collect::<Vec<_>>()
    );
}

#[test]
fn home_draws_at_once_and_fills_in_its_recent_cafes_from_the_index() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().expect("temp");
    let sessions = example_cafes(dir.path());
    // Enough cafés that reading them takes longer than a frame.
    for n in 0..300 {
        std::fs::copy(
            sessions.join(WINTER),
            sessions.join(format!("copy-{n}.ron")),
        )
        .expect("copy");
    }
    let clock = crate::common::TestClock::new();
    let mut h = crate::common::harness_first_frame(dir.path(), &clock);
    // The first frame does not wait for the cafés to be read: it says it is looking.
    assert!(
        h.query_by_label_contains("Looking for your cafés")
            .is_some()
            || h.query_by_label_contains("Reading cafés").is_some(),
        "Home says it is still looking"
    );
    crate::common::wait_for_label(&mut h, "293 older cafés");
    // The twelve changed last, newest first.
    assert_eq!(
        h.query_all_by_label_contains("Learning Over Winter Break")
            .count(),
        12
    );
    assert!(
        h.query_by_label_contains("Looking for your cafés")
            .is_none()
    );
    assert!(h.query_by_label_contains("Reading cafés").is_none());
    assert!(
        dir.path().join("index/cafes.bin").is_file(),
        "the one index of past cafés"
    );
    // The library reads the same index: nothing left to read.
    let s = scan(
        &[dir.path().join("sessions")],
        &dir.path().join("index"),
        &Progress::default(),
    );
    assert_eq!(s.read, 0);
}

#[test]
fn a_data_folder_named_by_a_relative_path_reuses_the_index_made_by_its_full_name() {
    use cafe_host::store::DataDir;
    let dir = tempfile::tempdir().expect("temp dir");
    let full = DataDir::new(dir.path());
    let count = std::fs::read_dir(example_cafes(dir.path()))
        .expect("sessions")
        .count();
    let index = cafe_host::review::cache::index_dir(&full);
    let first = scan(&[full.sessions()], &index, &Progress::default());
    assert_eq!(first.read, count, "every café read the first time");
    // Started again from the folder the tests run in, with the data folder named relatively
    // (`--data-dir ../../tmp/…`): the same cafés, known to the index as they are.
    let relative = crate::common::relative_to_here(dir.path());
    assert!(relative.is_relative());
    let named = DataDir::new(&relative);
    let again = scan(
        &[named.sessions()],
        &cafe_host::review::cache::index_dir(&named),
        &Progress::default(),
    );
    assert_eq!(again.rows.len(), count);
    assert_eq!(again.read, 0, "no café read again");
}
