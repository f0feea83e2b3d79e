//! The `cafe-host` binary killed while it saves: the session file always opens, and holds
//! either the old version or the new one.

use std::process::{Command as Process, Stdio};
use std::time::Duration;

use cafe_host::live::{Command, LiveState, RecordCommand};
use cafe_host::store::atomic::{backup_path, write_atomic};
use cafe_host::store::{load_session, to_ron};
use chrono::Utc;
use uuid::Uuid;

use crate::common::example_session_source;

#[test]
fn killing_cafe_host_merge_mid_save_never_leaves_a_broken_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = load_session(&example_session_source())
        .expect("example")
        .session;
    let original = to_ron(&base).expect("ron");
    // A copy with thousands of notes, so that saving the merge takes a while.
    let mut live = LiveState::new(base);
    let tables: Vec<Uuid> = live.session.tables.iter().map(|t| t.id).collect();
    for n in 0..3000 {
        let text = format!("note {n}: \"quoted\", a back\\slash, a new\nline, and ünïcödé");
        live.apply(
            Command::Record(RecordCommand::AddNote {
                id: Uuid::new_v4(),
                table: tables[n % tables.len()],
                text,
                tags: vec![],
                at: None,
            }),
            Utc::now(),
        );
    }
    let from = dir.path().join("from.ron");
    std::fs::write(&from, to_ron(&live.session).expect("ron")).expect("write");
    let into = dir.path().join("into.ron");

    let rounds: u64 = std::env::var("CAFE_HOST_KILL_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(40, |n: u64| n / 10 + 1);
    // How long one whole merge takes here, so the kills land all through it.
    write_atomic(&into, original.as_bytes()).expect("reset");
    let started = std::time::Instant::now();
    let status = Process::new(env!("CARGO_BIN_EXE_cafe-host"))
        .arg("merge")
        .arg(&into)
        .arg(&from)
        .stdout(Stdio::null())
        .status()
        .expect("runs");
    assert!(status.success());
    let whole = started.elapsed().as_micros().max(1000) as u64;
    let (mut old, mut new) = (0, 0);
    for round in 0..rounds {
        write_atomic(&into, original.as_bytes()).expect("reset");
        let mut child = Process::new(env!("CARGO_BIN_EXE_cafe-host"))
            .arg("merge")
            .arg(&into)
            .arg(&from)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_micros(
            (round * 7919 * 131) % (whole * 6 / 5),
        ));
        let _ = child.kill();
        let _ = child.wait();
        let session = load_session(&into)
            .unwrap_or_else(|e| panic!("round {round}: the file does not open: {e}"))
            .session;
        match session.live_notes().count() {
            0 => old += 1,
            3000 => new += 1,
            n => panic!("round {round}: a half-merged file with {n} notes"),
        }
        let bak = backup_path(&into);
        if bak.exists() {
            load_session(&bak)
                .unwrap_or_else(|e| panic!("round {round}: the backup does not open: {e}"));
        }
    }
    assert!(old + new == rounds);
    eprintln!("{rounds} kills: {old} left the old version, {new} the new one");
}
