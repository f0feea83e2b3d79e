//! One café, three laptops, live, through shared folders kept by a simulated sync program:
//! the facilitator's laptop and two table laptops each have their own folder, and the sync
//! copies each laptop's file to the others' folders late, in pieces, under temporary names,
//! sometimes leaving a conflict copy, once torn by a writer killed mid-write. Every note a
//! table laptop was told is saved must reach the facilitator's café exactly once, and an
//! erasure on the facilitator's laptop must win over a name a table typed before it.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use cafe_host::live::{Command, RecordCommand};
use cafe_host::model::{Guide, SessionDetails, Step};
use cafe_host::session::follow::Pace;
use cafe_host::session::{Clock, OpenCafe, system_clock};
use cafe_host::store::shared::{self, Role};
use cafe_host::store::{DataDir, load_guide};

use crate::common::XorShift;

fn quiet() -> cafe_host::session::Notify {
    Arc::new(|| {})
}

fn quick() -> Pace {
    Pace {
        rescan: Duration::from_millis(400),
        settle: Duration::from_millis(80),
        broken_after: Duration::from_secs(3),
    }
}

fn guide() -> Guide {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/guides");
    let first = std::fs::read_dir(path)
        .expect("guides")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .min()
        .expect("a guide");
    load_guide(&first).expect("bundled guide")
}

fn details() -> SessionDetails {
    SessionDetails {
        title: "Shared evening".into(),
        date: chrono::Utc::now().date_naive(),
        venue: "Gym".into(),
        facilitator: "Rosa".into(),
        tables: 4,
        series: String::new(),
    }
}

/// One laptop: its data folder and the folder its sync program keeps.
struct Laptop {
    data: DataDir,
    sync: PathBuf,
}

fn laptop(root: &Path, name: &str) -> Laptop {
    let data = DataDir::new(root.join(name).join("data"));
    let sync = root.join(name).join("Sync");
    std::fs::create_dir_all(&sync).expect("sync folder");
    Laptop { data, sync }
}

/// Add a note to `table` and wait until it is saved: a note the note-taker was told is saved.
fn confirmed_note(cafe: &mut OpenCafe, table: u32, text: &str) -> uuid::Uuid {
    let id = uuid::Uuid::new_v4();
    let table = cafe
        .live()
        .session
        .tables
        .iter()
        .find(|t| t.number == table)
        .expect("table")
        .id;
    cafe.apply(
        Command::Record(RecordCommand::AddNote {
            id,
            table,
            text: text.into(),
            tags: Vec::new(),
            at: None,
        }),
        chrono::Utc::now(),
    )
    .expect("writable");
    cafe.flush(Duration::from_secs(10)).expect("saved");
    id
}

/// Keep taking in what arrives until `done` holds (or fail after `limit`).
fn settle(cafes: &mut [&mut OpenCafe], limit: Duration, done: impl Fn(&[&mut OpenCafe]) -> bool) {
    let start = Instant::now();
    loop {
        for cafe in cafes.iter_mut() {
            let news = cafe.take_shared();
            assert!(news.problems.is_empty(), "{:?}", news.problems);
        }
        if done(cafes) {
            return;
        }
        if start.elapsed() > limit {
            let state: Vec<String> = cafes
                .iter()
                .map(|c| {
                    format!(
                        "{} notes, on {:?}, laptops {:?}",
                        c.live().session.live_notes().count(),
                        c.live().session.current,
                        c.laptops()
                    )
                })
                .collect();
            panic!("not settled within {limit:?}: {state:#?}");
        }
        std::thread::sleep(Duration::from_millis(30));
    }
}

/// The simulated sync program: copies each laptop's file from its writer's folder to the
/// others', the way sync programs do, good and bad.
struct Sync {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Sync {
    fn start(folders: Vec<(Role, PathBuf)>, seed: u64) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let running = Arc::clone(&stop);
        let thread = std::thread::spawn(move || {
            let mut random = XorShift::new(seed);
            while !running.load(Ordering::SeqCst) {
                for (writer, from) in &folders {
                    for (_, to) in folders.iter().filter(|(r, _)| r != writer) {
                        copy_written(*writer, from, to, &mut random);
                    }
                }
                std::thread::sleep(Duration::from_millis(40));
            }
        });
        Self {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for Sync {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            thread.join().expect("sync ran");
        }
    }
}

/// Copy the files `writer` wrote in `from` to `to`, when they differ there.
fn copy_written(writer: Role, from: &Path, to: &Path, random: &mut XorShift) {
    let Ok(entries) = std::fs::read_dir(from) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(file) = shared::laptop_file(&name) else {
            continue;
        };
        if file.role != Some(writer) || file.conflict {
            continue;
        }
        let Ok(bytes) = std::fs::read(entry.path()) else {
            continue;
        };
        let target = to.join(&name);
        let there = std::fs::read(&target).ok();
        if there.as_deref() == Some(bytes.as_slice()) {
            continue;
        }
        std::fs::create_dir_all(to).expect("folder there");
        let half = bytes.len() / 2;
        match random.below(10) {
            // Late: the next round copies it.
            0 | 1 => {}
            // Syncthing on Linux and macOS: a hidden temporary file, in two pieces, renamed.
            2..=4 => {
                let tmp = to.join(format!(".syncthing.{name}.tmp"));
                std::fs::write(&tmp, &bytes[..half]).expect("piece");
                std::thread::sleep(Duration::from_millis(30));
                std::fs::write(&tmp, &bytes).expect("whole");
                std::fs::rename(&tmp, &target).expect("in place");
            }
            // Syncthing on Windows.
            5 => {
                let tmp = to.join(format!("~syncthing~{name}.tmp"));
                std::fs::write(&tmp, &bytes).expect("whole");
                std::fs::rename(&tmp, &target).expect("in place");
            }
            // A network share written in place: half a file for a moment.
            6 | 7 => {
                std::fs::write(&target, &bytes[..half]).expect("half");
                std::thread::sleep(Duration::from_millis(60));
                std::fs::write(&target, &bytes).expect("whole");
            }
            // Both sides changed it, as far as the sync program can tell: the older version
            // is kept as a conflict copy.
            8 if there.is_some() => {
                let stem = name.trim_end_matches(".ron");
                let conflict = to.join(format!(
                    "{stem}.sync-conflict-20261124-183000-{:07X}.ron",
                    random.below(0xFFF_FFFF)
                ));
                if let Some(old) = &there {
                    std::fs::write(conflict, old).expect("conflict copy");
                }
                std::fs::write(&target, &bytes).expect("whole");
            }
            _ => std::fs::write(&target, &bytes).expect("whole"),
        }
    }
}

/// Join the café shared in `folder` as `table`'s laptop, once the facilitator's copy has
/// reached it.
fn join_once_there(data: &DataDir, folder: &Path, table: u32, clock: &Clock) -> OpenCafe {
    let start = Instant::now();
    loop {
        match OpenCafe::join(data, folder, table, quiet(), Arc::clone(clock), quick()) {
            Ok((cafe, _)) => return cafe,
            Err(e) => assert!(start.elapsed() < Duration::from_secs(20), "{e:?}"),
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Someone signs in at the facilitator's desk; table 1 names its host.
fn name_people(facilitator: &mut OpenCafe, first: &mut OpenCafe) {
    let maria = {
        let mut person =
            crate::attendance::person("Maria Lopez", cafe_host::model::Role::Parent, Some(1));
        person.id = uuid::Uuid::new_v4();
        person
    };
    facilitator
        .apply(
            Command::Record(RecordCommand::CheckIn(Box::new(maria))),
            chrono::Utc::now(),
        )
        .expect("writable");
    let table_one = first.live().session.tables[0].id;
    first
        .apply(
            Command::Record(RecordCommand::RenameTable {
                id: table_one,
                name: "By the window".into(),
                host: "Ana Ruiz".into(),
            }),
            chrono::Utc::now(),
        )
        .expect("writable");
}

/// What a writer killed mid-write leaves: a cut-off copy of `own` in the facilitator's folder
/// `there` (where the sync program takes it from, and copies it on), and a temporary file of
/// its own in `own_folder`.
fn tear_as_a_killed_writer(own: &Path, there: &Path, own_folder: &Path) {
    let bytes = std::fs::read(own).expect("table 2's copy");
    std::fs::write(
        there.join(own.file_name().expect("name")),
        &bytes[..bytes.len() / 3],
    )
    .expect("torn");
    std::fs::write(
        own_folder.join(format!(
            ".{}.999999.tmp",
            own.file_name().expect("name").to_string_lossy()
        )),
        &bytes[..bytes.len() / 2],
    )
    .expect("left behind");
}

/// Every confirmed note reached the facilitator once, under its question and marked with its
/// laptop, no erased name is left on either laptop, and no copy on its way was said broken.
fn every_note_once_and_names_erased(
    facilitator: &OpenCafe,
    first: &OpenCafe,
    confirmed: &[uuid::Uuid],
) {
    let session = &facilitator.live().session;
    for id in confirmed {
        let copies = session.notes.iter().filter(|n| n.id == *id).count();
        assert_eq!(copies, 1, "note {id} arrived {copies} times");
    }
    let mut texts: Vec<&str> = session.live_notes().map(|n| n.text.as_str()).collect();
    let all = texts.len();
    texts.sort_unstable();
    texts.dedup();
    assert_eq!(texts.len(), all, "no note arrived twice under another id");
    assert_eq!(
        all,
        confirmed.len(),
        "every confirmed note, and nothing else"
    );
    let questioned = session
        .live_notes()
        .filter(|n| n.text.starts_with("one question") || n.text.starts_with("two question"))
        .all(|n| n.question == Some(0));
    assert!(questioned, "notes typed on a question are filed under it");
    let on_disk = std::fs::read_to_string(facilitator.path()).expect("saved café");
    for name in ["Ana Ruiz", "Maria Lopez"] {
        assert!(
            !on_disk.contains(name),
            "{name} is erased on the facilitator's laptop"
        );
        let table_copy = cafe_host::store::to_ron(&first.live().session).expect("text");
        assert!(
            !table_copy.contains(name),
            "{name} is erased on table 1's laptop"
        );
    }
    assert!(
        facilitator.laptops().iter().all(|l| l.problem.is_none()),
        "a copy on its way is never said to be broken: {:?}",
        facilitator.laptops()
    );
    let seen: Vec<Option<Role>> = facilitator.laptops().iter().map(|l| l.name.role).collect();
    assert!(seen.contains(&Some(Role::Table(1))) && seen.contains(&Some(Role::Table(2))));
    // Each table's notes are marked with the laptop they came from.
    let from_tables = session
        .live_notes()
        .filter(|n| !n.text.starts_with("room"))
        .all(|n| facilitator.came_from(n.id) == Some(shared::computer_name().as_str()));
    assert!(from_tables);
    assert!(
        session
            .live_notes()
            .filter(|n| n.text.starts_with("room"))
            .all(|n| facilitator.came_from(n.id).is_none())
    );
}

#[test]
fn three_laptops_through_a_simulated_sync_lose_no_note_and_erasure_wins() {
    let seed = XorShift::seed_from_time();
    println!("seed {seed}");
    let root = tempfile::tempdir().expect("temp");
    let (fac, one, two) = (
        laptop(root.path(), "facilitator"),
        laptop(root.path(), "table1"),
        laptop(root.path(), "table2"),
    );
    let clock: Clock = system_clock();
    let (mut facilitator, _) =
        OpenCafe::start(&fac.data, guide(), details(), chrono::Utc::now(), quiet())
            .expect("started");
    facilitator.flush(Duration::from_secs(10)).expect("saved");
    let session = facilitator.live().session.clone();
    let folder_in = |sync: &Path| shared::cafe_folder(sync, &session);
    facilitator
        .share_in(
            folder_in(&fac.sync),
            Role::Facilitator,
            Arc::clone(&clock),
            quick(),
        )
        .expect("shared");
    let sync = Sync::start(
        vec![
            (Role::Facilitator, folder_in(&fac.sync)),
            (Role::Table(1), folder_in(&one.sync)),
            (Role::Table(2), folder_in(&two.sync)),
        ],
        seed,
    );

    // The table laptops join once the facilitator's copy has reached their folders.
    let join = |laptop: &Laptop, table: u32| {
        join_once_there(&laptop.data, &folder_in(&laptop.sync), table, &clock)
    };
    let mut first = join(&one, 1);
    let mut second = join(&two, 2);

    name_people(&mut facilitator, &mut first);

    let mut confirmed = Vec::new();
    for i in 0..6 {
        confirmed.push(confirmed_note(&mut first, 1, &format!("one welcome {i}")));
        confirmed.push(confirmed_note(&mut second, 2, &format!("two welcome {i}")));
        confirmed.push(confirmed_note(
            &mut facilitator,
            3,
            &format!("room welcome {i}"),
        ));
    }
    // The host's name reaches the facilitator before the room's data is erased.
    settle(&mut [&mut facilitator], Duration::from_secs(30), |c| {
        c[0].live()
            .session
            .tables
            .iter()
            .any(|t| t.host == "Ana Ruiz")
    });

    // The facilitator moves the room to the first question: the tables follow.
    facilitator
        .apply(Command::GoTo(Step::Question(0)), chrono::Utc::now())
        .expect("writable");
    facilitator.flush(Duration::from_secs(10)).expect("saved");
    settle(
        &mut [&mut facilitator, &mut first, &mut second],
        Duration::from_secs(30),
        |c| {
            c[1].live().session.current == Step::Question(0)
                && c[2].live().session.current == Step::Question(0)
        },
    );
    for i in 0..6 {
        confirmed.push(confirmed_note(&mut first, 1, &format!("one question {i}")));
        confirmed.push(confirmed_note(&mut second, 2, &format!("two question {i}")));
    }

    // Table 2's laptop is killed: a note it was never told is saved may be lost, none it was.
    let cafe_two = folder_in(&fac.sync);
    let own_two = shared::laptop_path(
        &folder_in(&two.sync),
        Role::Table(2),
        &shared::computer_name(),
    );
    tear_as_a_killed_writer(&own_two, &cafe_two, &folder_in(&two.sync));
    second.abandon();
    let mut second = join(&two, 2);
    for i in 0..4 {
        confirmed.push(confirmed_note(
            &mut second,
            2,
            &format!("two after restart {i}"),
        ));
    }

    // The facilitator erases everyone's data; the name table 1 typed before stays erased.
    facilitator
        .apply(Command::EraseAllPersonalData, chrono::Utc::now())
        .expect("writable");
    facilitator.flush(Duration::from_secs(10)).expect("saved");
    for i in 0..3 {
        confirmed.push(confirmed_note(
            &mut first,
            1,
            &format!("one after erasure {i}"),
        ));
    }

    settle(
        &mut [&mut facilitator, &mut first, &mut second],
        Duration::from_secs(45),
        |c| {
            let notes = &c[0].live().session.notes;
            confirmed.iter().all(|id| notes.iter().any(|n| n.id == *id))
                && c[1].live().session.erased_everyone.is_some()
        },
    );
    drop(sync);
    facilitator.flush(Duration::from_secs(10)).expect("saved");

    every_note_once_and_names_erased(&facilitator, &first, &confirmed);
}

#[test]
fn an_undo_after_a_merge_never_overwrites_another_laptops_newer_edit_and_brings_no_erased_name_back()
 {
    use cafe_host::live::LiveState;
    let start = chrono::Utc::now();
    let at = |s: i64| start + chrono::Duration::seconds(s);
    let session = cafe_host::model::Session::new(guide(), details(), start);
    let table = session.tables[0].id;
    let mut ours = LiveState::new(session.clone());
    let id = uuid::Uuid::new_v4();
    let add = RecordCommand::AddNote {
        id,
        table,
        text: "homework club".into(),
        tags: Vec::new(),
        at: None,
    };
    assert!(ours.apply(Command::Record(add), at(1)));
    assert!(ours.apply(
        Command::Record(RecordCommand::EditNote {
            id,
            text: "homework club on Tuesdays".into(),
            table: None,
        }),
        at(2),
    ));
    // Another laptop, holding the note, changes it later; its copy comes in.
    let mut theirs = ours.session.clone();
    let note = theirs.notes.iter_mut().find(|n| n.id == id).expect("note");
    note.text = "homework club on Tuesdays and Thursdays".into();
    note.edited = at(3);
    ours.session.merge(&theirs).expect("same café");
    assert!(!ours.apply(Command::Undo, at(4)), "the undo is refused");
    assert!(ours.take_refused(), "and the window is told so");
    let kept = &ours
        .session
        .notes
        .iter()
        .find(|n| n.id == id)
        .expect("note")
        .text;
    assert_eq!(kept, "homework club on Tuesdays and Thursdays");
    // An undo of this copy's own change, with nothing newer in between, still works.
    let tag = cafe_host::model::Tag::Idea;
    assert!(ours.apply(Command::Record(RecordCommand::ToggleTag { id, tag }), at(5)));
    assert!(ours.apply(Command::Undo, at(6)), "the tag is undone");
    let note = ours
        .session
        .notes
        .iter()
        .find(|n| n.id == id)
        .expect("note");
    assert!(note.tags.is_empty() && note.text.ends_with("Thursdays"));
    assert!(ours.apply(Command::Redo, at(6)));

    // A table host named here, then everyone's data erased on another laptop: undoing the
    // naming after that copy came in never brings a name back.
    assert!(ours.apply(
        Command::Record(RecordCommand::RenameTable {
            id: table,
            name: String::new(),
            host: "Ana Ruiz".into(),
        }),
        at(7),
    ));
    assert!(ours.apply(
        Command::Record(RecordCommand::RenameTable {
            id: table,
            name: String::new(),
            host: "Ana María Ruiz".into(),
        }),
        at(8),
    ));
    let mut erased = ours.session.clone();
    erased.erase_everyone(at(9));
    let before = ours.session.erased_everyone;
    ours.session.merge(&erased).expect("same café");
    ours.merged(before);
    while ours.can_undo() {
        ours.apply(Command::Undo, at(10));
    }
    let text = cafe_host::store::to_ron(&ours.session).expect("text");
    assert!(!text.contains("Ana"), "{text}");
}
