//! The command line: `cafe-host check`, `cafe-host merge` and the file chooser's helper.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cafe_host::store::lock::lock_path;
use cafe_host::store::{load_session, to_ron};

use crate::common::{example_session_source, plain_note};

fn cafe_host() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cafe-host"))
}

#[test]
fn check_passes_the_bundled_guides_and_the_example() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files: Vec<_> = std::fs::read_dir(format!("{root}/assets/guides"))
        .expect("guides")
        .chain(std::fs::read_dir(format!("{root}/sessions")).expect("sessions"))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron" || e == "md"))
        .collect();
    files.sort();
    assert!(files.len() >= 4);
    assert!(
        files
            .iter()
            .any(|p| p.extension().is_some_and(|e| e == "md")),
        "a Markdown guide"
    );
    let out = cafe_host()
        .arg("check")
        .args(&files)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn check_reports_file_line_col_and_fails() {
    let dir = tempfile::tempdir().expect("temp dir");
    let syntax = dir.path().join("syntax.ron");
    std::fs::write(
        &syntax,
        "Guide(\n    schema_version: 1,\n    title: \"A\"\n    purpose: \"B\",\n)",
    )
    .expect("write");
    let missing = dir.path().join("missing.ron");
    std::fs::write(
        &missing,
        "Guide(\n    schema_version: 1,\n    purpose: \"B\",\n    questions: [],\n)",
    )
    .expect("write");
    let good = format!(
        "{}/assets/guides/learning-at-home.ron",
        env!("CARGO_MANIFEST_DIR")
    );
    let out = cafe_host()
        .arg("check")
        .arg(&syntax)
        .arg(&missing)
        .arg(&good)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0].starts_with(&format!("{}:4:", syntax.display())),
        "{stdout}"
    );
    assert!(
        lines[1].starts_with(&format!("{}:", missing.display())) && lines[1].contains("title"),
        "{stdout}"
    );
    assert!(lines[2].ends_with("ok (Guide)"), "{stdout}");
}

#[test]
fn table_mode_outside_the_possible_tables_is_refused_with_the_range() {
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sessions/2026-11-12_our-children-our-school_5e1f2a9c.ron"
    );
    for table in ["0", "99999"] {
        let out = cafe_host()
            .args(["--table", table, example])
            .output()
            .expect("runs");
        assert!(!out.status.success(), "--table {table} was accepted");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("1..=99"), "{err}");
    }
}

/// Run `cafe-host ARGS`, killing it and failing if it takes more than `limit`.
fn run_with_timeout(args: &[&std::ffi::OsStr], limit: Duration) -> std::process::Output {
    let mut child = cafe_host()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    // Read output on threads so a full pipe cannot stall the child.
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut v = Vec::new();
        out.read_to_end(&mut v).map(|_| v)
    });
    let err = std::thread::spawn(move || {
        let mut v = Vec::new();
        err.read_to_end(&mut v).map(|_| v)
    });
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            child.kill().expect("kill");
            child.wait().expect("reaped");
            panic!("cafe-host {args:?} hung for more than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    std::process::Output {
        status,
        stdout: out.join().expect("thread").expect("stdout"),
        stderr: err.join().expect("thread").expect("stderr"),
    }
}

#[cfg(unix)]
#[test]
fn check_a_folder_of_a_thousand_files_reports_every_bad_one_and_never_hangs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    let nested = root.join("old").join("2025");
    std::fs::create_dir_all(&nested).expect("dirs");
    let session = std::fs::read_to_string(example_session_source()).expect("example");
    let guide = std::fs::read_to_string(format!(
        "{}/assets/guides/learning-at-home.ron",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("guide");
    let mut good = Vec::new();
    let mut bad = Vec::new();
    for i in 0..998 {
        let folder = if i % 3 == 0 { &nested } else { root };
        let path = folder.join(format!("file-{i:04}.ron"));
        let text = match i % 5 {
            0 => session.clone(),
            1 => guide.clone(),
            2 => session[..session.len() / 2].to_owned(),
            3 => session.replacen("schema_version", "schema_versio", 1),
            _ => "root:x:0:0:root:/root:/bin/bash\n".to_owned(),
        };
        std::fs::write(&path, text).expect("write");
        if i % 5 < 2 {
            good.push(path);
        } else {
            bad.push(path);
        }
    }
    let fifo = nested.join("pipe.ron");
    make_fifo(&fifo);
    let device = root.join("device.ron");
    std::os::unix::fs::symlink("/dev/zero", &device).expect("link");
    bad.extend([fifo, device]);
    std::fs::write(root.join("notes.txt"), "not a .ron file, not checked").expect("write");

    let out = run_with_timeout(
        &["check".as_ref(), root.as_os_str()],
        Duration::from_secs(300),
    );
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1000, "one line per .ron file");
    for path in &bad {
        let name = format!("{}:", path.display());
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&name) && !l.contains(": ok (")),
            "{} is reported bad\n{stdout}",
            path.display()
        );
    }
    for path in &good {
        let ok = format!("{}: ok (", path.display());
        assert!(
            lines.iter().any(|l| l.starts_with(&ok)),
            "{} is ok",
            path.display()
        );
    }
    assert!(
        stdout.contains("not a regular file") && stdout.contains("not a Café Host file"),
        "{stdout}"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&format!("{} of 1000 files", bad.len())),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A copy of the example café with one more note, to merge into the example.
fn example_and_a_copy_with_a_note(dir: &std::path::Path) -> (PathBuf, PathBuf) {
    let into = dir.join("into.ron");
    std::fs::copy(example_session_source(), &into).expect("copy");
    let mut other = load_session(&into).expect("example").session;
    let table = other.tables[0].id;
    other.notes.push(plain_note(table, "from the other laptop"));
    let from = dir.join("from.ron");
    std::fs::write(&from, to_ron(&other).expect("text")).expect("write");
    (into, from)
}

#[test]
fn merge_never_takes_another_computers_lock() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (into, from) = example_and_a_copy_with_a_note(dir.path());
    let lock = lock_path(&into);
    let theirs = "host=LAPTOP-2\npid=4121\nsince=2026-11-25T19:04:00+00:00\n";
    std::fs::write(&lock, theirs).expect("write");
    let before = std::fs::read(&into).expect("read");
    let out = cafe_host()
        .args(["merge".as_ref(), into.as_os_str(), from.as_os_str()])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("open on LAPTOP-2"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&lock).expect("lock kept"), theirs);
    assert_eq!(std::fs::read(&into).expect("read"), before);
}

#[cfg(unix)]
#[test]
fn merge_respects_a_read_only_file_and_clears_temp_files_of_killed_saves() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let (into, from) = example_and_a_copy_with_a_note(dir.path());
    std::fs::set_permissions(&into, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = std::fs::read(&into).expect("read");
    let merge = || {
        cafe_host()
            .args(["merge".as_ref(), into.as_os_str(), from.as_os_str()])
            .output()
            .expect("runs")
    };
    let out = merge();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("read-only"));
    assert_eq!(std::fs::read(&into).expect("read"), before);
    assert_eq!(
        std::fs::metadata(&into).expect("meta").permissions().mode() & 0o777,
        0o444,
        "not replaced"
    );

    std::fs::set_permissions(&into, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let mut gone = Command::new("true").spawn().expect("spawn");
    let stale = dir.path().join(format!(".into.ron.{}.tmp", gone.id()));
    gone.wait().expect("reaped");
    std::fs::write(&stale, "half a save").expect("write");
    let out = merge();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!stale.exists(), "the killed save's temp file is cleared");
    let merged = load_session(&into).expect("loads").session;
    assert!(
        merged
            .notes
            .iter()
            .any(|n| n.text == "from the other laptop")
    );
}

#[test]
fn merge_never_writes_a_file_too_big_to_open() {
    let dir = tempfile::tempdir().expect("temp dir");
    let into = dir.path().join("into.ron");
    std::fs::copy(example_session_source(), &into).expect("copy");
    let base = load_session(&into).expect("example").session;
    let table = base.tables[0].id;
    // Two copies just under the open limit each: together they are past it.
    let note_text = "x".repeat(1024 * 1024);
    let mut froms = Vec::new();
    for side in 0..2 {
        let mut copy = base.clone();
        for i in 0..33 {
            copy.notes
                .push(plain_note(table, &format!("{side}-{i} {note_text}")));
        }
        let path = dir.path().join(format!("from-{side}.ron"));
        std::fs::write(&path, to_ron(&copy).expect("text")).expect("write");
        froms.push(path);
    }
    let before = std::fs::read(&into).expect("read");
    let out = cafe_host()
        .arg("merge")
        .arg(&into)
        .args(&froms)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("more than Café Host can open"), "{stderr}");
    assert_eq!(std::fs::read(&into).expect("read"), before, "unchanged");
    assert!(load_session(&into).is_ok());
}

/// Run `cafe-host ARGS` with its output going into a pipe nobody reads any more, as
/// `cafe-host … | head -1` does once `head` has its line.
fn run_into_closed_pipe(args: &[&std::ffi::OsStr]) -> std::process::Output {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let child = cafe_host()
        .args(args)
        .stdout(writer)
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child.wait_with_output().expect("waits")
}

#[test]
fn printing_into_a_closed_pipe_ends_quietly_without_a_panic() {
    let example = example_session_source();
    let example = example.as_os_str();
    let guide = PathBuf::from(format!(
        "{}/assets/guides/learning-at-home.ron",
        env!("CARGO_MANIFEST_DIR")
    ));
    let runs: [&[&std::ffi::OsStr]; 3] = [
        &[
            "export".as_ref(),
            example,
            "--format".as_ref(),
            "sign-in-sheet".as_ref(),
        ],
        &[
            "export".as_ref(),
            example,
            "--format".as_ref(),
            "md".as_ref(),
        ],
        &["check".as_ref(), guide.as_os_str(), example],
    ];
    for args in runs {
        let out = run_into_closed_pipe(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(err.trim().is_empty(), "{args:?} should end quietly: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}

#[test]
fn a_message_into_a_closed_error_stream_is_no_panic() {
    // `cafe-host export … 2>&1 | head -0`: the error message has nowhere to go.
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let out = cafe_host()
        .args(["export", "/no/such/cafe.ron", "--format", "md"])
        .stdout(Stdio::null())
        .stderr(writer)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed export, not a panic (101)"
    );
}

/// `cafe-host export CAFE --format FORMAT -o OUT` (and `--names` with `names`).
fn export_to(cafe: &std::path::Path, format: &str, out: &std::path::Path) -> std::process::Output {
    run_with_timeout(
        &[
            "export".as_ref(),
            cafe.as_os_str(),
            "--format".as_ref(),
            format.as_ref(),
            "-o".as_ref(),
            out.as_os_str(),
        ],
        Duration::from_secs(60),
    )
}

/// The names of the files in `dir`, sorted.
fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_export_never_replaces_a_cafe_a_guide_or_someone_elses_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cafe = dir.path().join("cafe.ron");
    std::fs::copy(example_session_source(), &cafe).expect("copy");
    let bak = dir.path().join("cafe.ron.bak");
    std::fs::copy(example_session_source(), &bak).expect("copy");
    let guide = dir.path().join("guide.ron");
    std::fs::copy(
        format!(
            "{}/assets/guides/learning-at-home.ron",
            env!("CARGO_MANIFEST_DIR")
        ),
        &guide,
    )
    .expect("copy");
    let mine = dir.path().join("my-notes.md");
    std::fs::write(&mine, "# My own notes\n\nNot a Café Host export.\n").expect("write");
    // The café is open in the app: its lock is held.
    let lock = cafe_host::store::lock::SessionLock::acquire(&cafe).expect("lock");
    for target in [&cafe, &guide, &mine] {
        for format in ["md", "html", "csv", "sign-in-sheet"] {
            let before = std::fs::read(target).expect("read");
            let out = export_to(&cafe, format, target);
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(
                out.status.code(),
                Some(1),
                "{format} onto {target:?}: {err}"
            );
            assert!(err.contains("nothing was exported"), "{err}");
            assert_eq!(
                std::fs::read(target).expect("read"),
                before,
                "{target:?} kept"
            );
        }
    }
    let err = String::from_utf8_lossy(&export_to(&cafe, "md", &cafe).stderr).into_owned();
    assert!(err.contains("session or guide"), "{err}");
    let err = String::from_utf8_lossy(&export_to(&cafe, "md", &mine).stderr).into_owned();
    assert!(err.contains("not an export Café Host made"), "{err}");
    assert_eq!(
        std::fs::read(&bak).expect("the café's .bak is still there"),
        std::fs::read(example_session_source()).expect("read")
    );
    assert!(load_session(&cafe).is_ok());
    lock.release();
    assert_eq!(
        files_in(dir.path()),
        ["cafe.ron", "cafe.ron.bak", "guide.ron", "my-notes.md"],
        "no temp file, no new .bak"
    );
}

#[test]
fn an_export_that_cannot_be_written_is_told_in_the_language_of_lang() {
    let dir = tempfile::tempdir().expect("temp dir");
    let example = example_session_source();
    let mine = dir.path().join("my-notes.md");
    std::fs::write(&mine, "# My own notes\n").expect("write");
    let missing = dir.path().join("no such folder").join("report.md");
    let export = |locale: &str, out: &std::path::Path| {
        let said = cafe_host()
            .env("LC_ALL", locale)
            .env("LANG", locale)
            .args([
                "export".as_ref(),
                example.as_os_str(),
                "--format".as_ref(),
                "md".as_ref(),
            ])
            .args(["-o".as_ref(), out.as_os_str()])
            .output()
            .expect("runs");
        assert_eq!(said.status.code(), Some(1));
        String::from_utf8_lossy(&said.stderr).into_owned()
    };
    for (out, english, spanish) in [
        (
            &mine,
            "is not an export Café Host made",
            "no es una exportación hecha por Café Host",
        ),
        (
            &missing,
            "that folder does not exist",
            "esa carpeta no existe",
        ),
    ] {
        let en = export("en_US.UTF-8", out);
        assert!(
            en.contains(english) && en.contains("nothing was exported"),
            "{en}"
        );
        let es = export("es_ES.UTF-8", out);
        assert!(
            es.contains(spanish) && es.contains("no se exportó nada"),
            "{es}"
        );
        assert!(
            !es.contains(english) && !es.contains("nothing was exported"),
            "{es}"
        );
    }
}

#[cfg(unix)]
#[test]
fn an_export_never_writes_into_a_pipe_or_through_a_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let example = example_session_source();
    let fifo = dir.path().join("pipe.md");
    make_fifo(&fifo);
    let out = export_to(&example, "md", &fifo);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("not a regular file") && err.contains("-o -"),
        "{err}"
    );
    assert!(
        std::fs::symlink_metadata(&fifo)
            .expect("still there")
            .file_type()
            .is_fifo_kind(),
        "the pipe is still a pipe"
    );

    // A link to an earlier export: the export would be allowed to replace the file itself,
    // but never through a link, and no `.bak` of what it points to appears.
    let real = dir.path().join("real");
    std::fs::create_dir(&real).expect("dir");
    let earlier = real.join("report.md");
    assert!(export_to(&example, "md", &earlier).status.success());
    let before = std::fs::read(&earlier).expect("read");
    let link = dir.path().join("report.md");
    std::os::unix::fs::symlink(&earlier, &link).expect("link");
    let out = export_to(&example, "html", &link);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("is a link"), "{err}");
    assert_eq!(std::fs::read(&earlier).expect("read"), before);
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert_eq!(files_in(&real), ["report.md"], "no .bak beside the target");
    assert_eq!(files_in(dir.path()), ["pipe.md", "real", "report.md"]);
}

/// Make a named pipe at `path`.
#[cfg(unix)]
fn make_fifo(path: &std::path::Path) {
    let made = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(made.success(), "mkfifo {}", path.display());
}

/// A named pipe, as the file type reports it.
#[cfg(unix)]
trait FifoKind {
    fn is_fifo_kind(&self) -> bool;
}

#[cfg(unix)]
impl FifoKind for std::fs::FileType {
    fn is_fifo_kind(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_fifo()
    }
}

#[test]
fn an_export_replaces_its_own_earlier_export_and_dash_prints_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let example = example_session_source();
    for (format, name) in [
        ("md", "report.md"),
        ("html", "report.html"),
        ("csv", "attendance.csv"),
        ("sign-in-sheet", "sheet.html"),
    ] {
        let out_path = dir.path().join(name);
        for _ in 0..2 {
            let out = export_to(&example, format, &out_path);
            assert!(
                out.status.success(),
                "{format}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    assert_eq!(
        files_in(dir.path()),
        ["attendance.csv", "report.html", "report.md", "sheet.html"],
        "written twice, no .bak left"
    );
    let out = cafe_host()
        .current_dir(dir.path())
        .args(["export".as_ref(), example.as_os_str()])
        .args(["--format", "md", "-o", "-"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("# Café report: "));
    assert!(
        !dir.path().join("-").exists(),
        "-o - prints, it makes no file called -"
    );
}

#[test]
fn merge_counts_read_right_in_english_and_spanish() {
    for (locale, want) in [
        (
            "en_US.UTF-8",
            ": 1 note, 0 tables, 0 themes, 0 commitments and 0 sign-ins new or updated from 1 file\n",
        ),
        (
            "es_ES.UTF-8",
            ": 1 nota, 0 mesas, 0 temas, 0 compromisos y 0 registros de llegada nuevos o actualizados de 1 archivo\n",
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let (into, from) = example_and_a_copy_with_a_note(dir.path());
        let out = cafe_host()
            .env("LC_ALL", locale)
            .env("LANG", locale)
            .args(["merge".as_ref(), into.as_os_str(), from.as_os_str()])
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(said.ends_with(want), "{locale}: {said}");
    }
}

/// A stand-in for `zenity` on PATH: it notes its process number in `pid`, then answers
/// `answer` at once or, with none, stays open like a dialog nobody has closed.
#[cfg(target_os = "linux")]
fn fake_zenity(bin: &std::path::Path, pid: &std::path::Path, answer: Option<&str>) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::create_dir_all(bin).expect("bin");
    let tail = match answer {
        Some(answer) => format!("printf '%s\\n' '{answer}'"),
        None => "exec sleep 60".to_owned(),
    };
    let script = bin.join("zenity");
    std::fs::write(
        &script,
        format!("#!/bin/sh\necho $$ > '{}'\n{tail}\n", pid.display()),
    )
    .expect("script");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

/// The chooser's helper, started the way the app starts it.
#[cfg(target_os = "linux")]
fn chooser_helper(bin: &std::path::Path, dir: &std::path::Path) -> std::process::Child {
    use std::os::unix::process::CommandExt;
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    cafe_host()
        .args([
            "--file-chooser-helper",
            "open",
            "Open a café",
            "Café session",
        ])
        .arg(dir)
        .env("PATH", path)
        .env("DBUS_SESSION_BUS_ADDRESS", "disabled:")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .expect("runs")
}

#[cfg(target_os = "linux")]
fn wait_for_file(path: &std::path::Path) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(text) = std::fs::read_to_string(path)
            && text.ends_with('\n')
        {
            return text.trim().to_owned();
        }
        assert!(Instant::now() < deadline, "the dialog never started");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Whether process `pid` still runs (a finished one waiting to be reaped does not).
#[cfg(target_os = "linux")]
fn running(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        stat.rsplit(')')
            .next()
            .is_some_and(|s| !s.trim_start().starts_with('Z'))
    })
}

#[cfg(target_os = "linux")]
#[test]
fn the_file_chooser_ends_with_the_app_even_when_the_app_is_killed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pid_file = dir.path().join("zenity.pid");
    fake_zenity(&dir.path().join("bin"), &pid_file, None);
    let mut helper = chooser_helper(&dir.path().join("bin"), dir.path());
    let dialog = wait_for_file(&pid_file);
    assert!(running(&dialog), "the dialog is up");
    // The app goes (quit, crash or kill -9 alike): the helper's input closes.
    drop(helper.stdin.take());
    let deadline = Instant::now() + Duration::from_secs(10);
    while running(&dialog) || helper.try_wait().expect("wait").is_none() {
        assert!(
            Instant::now() < deadline,
            "the dialog outlived the app (helper ended: {:?})",
            helper.try_wait()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(target_os = "linux")]
#[test]
fn the_file_chooser_helper_answers_with_the_chosen_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let chosen = dir.path().join("café ü.ron");
    let pid_file = dir.path().join("zenity.pid");
    fake_zenity(
        &dir.path().join("bin"),
        &pid_file,
        Some(&chosen.display().to_string()),
    );
    let mut helper = chooser_helper(&dir.path().join("bin"), dir.path());
    // Held open while the app waits, as the app does.
    let alive = helper.stdin.take();
    let mut answer = Vec::new();
    helper
        .stdout
        .take()
        .expect("output")
        .read_to_end(&mut answer)
        .expect("answers");
    assert!(helper.wait().expect("ends").success());
    drop(alive);
    assert_eq!(answer, chosen.as_os_str().as_encoded_bytes());
}

#[test]
fn check_of_a_folder_without_cafe_files_says_so_and_fails() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("notes.txt"), "not a café file").expect("write");
    let out = cafe_host()
        .arg("check")
        .arg(dir.path())
        .output()
        .expect("runs");
    assert!(!out.status.success(), "nothing checked is no pass");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("no guide or session files (*.ron or *.md) in this folder"),
        "{said}"
    );
}

#[test]
fn check_of_a_file_too_big_never_names_the_same_size_twice() {
    let dir = tempfile::tempdir().expect("temp dir");
    let big = dir.path().join("big.ron");
    let file = std::fs::File::create(&big).expect("create");
    // A sparse file just past the limit: instant, and takes no disk.
    file.set_len(cafe_host::store::format::MAX_FILE_BYTES + 1)
        .expect("grow");
    let out = cafe_host().arg("check").arg(&big).output().expect("runs");
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("the file is 67.2 MB, larger than Café Host can open (67.1 MB)"),
        "{said}"
    );
}

/// `cafe-host export --lang es` writes Spanish; without it the export speaks the interface's
/// language (the one chosen in the app, kept in the data folder); a language without a
/// catalogue is refused with the ones there are.
#[test]
fn export_speaks_the_language_asked_for_and_else_the_interfaces() {
    let root = env!("CARGO_MANIFEST_DIR");
    let cafe = format!("{root}/sessions/2026-11-19_being-heard-at-school_6c1e0000.ron");
    let data = tempfile::tempdir().expect("data");
    let export = |extra: &[&str]| {
        cafe_host()
            .env("LC_ALL", "C")
            .env("LANG", "C")
            .args(["export", &cafe, "--format", "evidence-pack", "--data-dir"])
            .arg(data.path())
            .args(extra)
            .output()
            .expect("runs")
    };
    let text = |out: &std::process::Output| String::from_utf8_lossy(&out.stdout).into_owned();
    let english = export(&[]);
    assert!(english.status.success());
    assert!(text(&english).contains("<title>Family engagement record: Being Heard at School"));
    let spanish = export(&["--lang", "es"]);
    assert!(
        spanish.status.success(),
        "{}",
        String::from_utf8_lossy(&spanish.stderr)
    );
    assert!(text(&spanish).contains("<html lang=\"es\">"));
    assert!(text(&spanish).contains("Registro de participación familiar"));
    std::fs::write(
        data.path().join("preferences.ron"),
        "(language: Some(\"es\"))",
    )
    .expect("write");
    let chosen = export(&[]);
    assert!(
        text(&chosen).contains("Registro de participación familiar"),
        "the interface's language"
    );
    assert!(text(&export(&["--lang", "en"])).contains("Family engagement record"));
    let unknown = export(&["--lang", "xx"]);
    assert!(!unknown.status.success());
    let said = String::from_utf8_lossy(&unknown.stderr);
    assert!(said.contains("xx") && said.contains("es"), "{said}");
}

/// `cafe-host ARGS` with the system's language Spanish.
fn in_spanish() -> Command {
    let mut command = cafe_host();
    command
        .env("LC_ALL", "es_ES.UTF-8")
        .env("LANG", "es_ES.UTF-8");
    command
}

#[test]
fn check_and_merge_speak_spanish_when_the_system_does() {
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = dir.path().join("vacio.ron");
    std::fs::write(&empty, "").expect("write");
    let mut guide = load_session(&example_session_source())
        .expect("example")
        .session
        .guide;
    guide.title.clear();
    let untitled = dir.path().join("sin-titulo.ron");
    std::fs::write(&untitled, to_ron(&guide).expect("text")).expect("write");
    let out = in_spanish()
        .arg("check")
        .arg(&empty)
        .arg(&untitled)
        .arg(example_session_source())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.contains(&format!("{}:1:1: el archivo está vacío", empty.display())),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "{}:1:1: La guía no tiene título.",
            untitled.display()
        )),
        "{stdout}"
    );
    assert!(stdout.contains("bien (sesión"), "{stdout}");
    assert!(
        stderr.contains("2 de 3 archivos tienen problemas"),
        "{stderr}"
    );
    for english in [
        "the file is empty",
        "ok (",
        "files have problems",
        "has no title",
    ] {
        assert!(
            !stdout.contains(english) && !stderr.contains(english),
            "English left: {stdout}{stderr}"
        );
    }

    // Merging into a file whose permissions forbid writing, and a copy of another café.
    let (into, from) = example_and_a_copy_with_a_note(dir.path());
    let mut other = load_session(&from).expect("copy").session;
    other.id = uuid::Uuid::new_v4();
    let different = dir.path().join("otro-cafe.ron");
    std::fs::write(&different, to_ron(&other).expect("text")).expect("write");
    let out = in_spanish()
        .args(["merge".as_ref(), into.as_os_str(), different.as_os_str()])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no se combinó con"), "{stderr}");
    assert!(stderr.contains("son dos cafés distintos"), "{stderr}");
    assert!(!stderr.contains("two different cafés"), "{stderr}");
    let out = in_spanish()
        .args(["merge".as_ref(), into.as_os_str(), empty.as_os_str()])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("el archivo está vacío"), "{stderr}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&into, std::fs::Permissions::from_mode(0o444)).expect("chmod");
        let out = in_spanish()
            .args(["merge".as_ref(), into.as_os_str(), from.as_os_str()])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("es de solo lectura"), "{stderr}");
        assert!(!stderr.contains("read-only"), "{stderr}");
    }
}

#[test]
fn a_command_called_wrong_is_told_in_spanish() {
    for (args, spanish) in [
        (&["check"][..], "cafe-host: esta orden necesita <FILES>"),
        (
            &["--sin-esto"][..],
            "--sin-esto no es una opción de esta orden",
        ),
        (
            &["export", "x.ron", "--format", "pdf"][..],
            "pdf no es un valor que acepte --format <FORMAT>; elija uno de: md, html",
        ),
        (&["--table", "2"][..], "--table N necesita un café"),
        (
            &["--table", "0", "x.ron"][..],
            "una mesa es un número del 1 al 99",
        ),
    ] {
        let out = in_spanish().args(args).output().expect("runs");
        assert!(!out.status.success(), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(spanish), "{args:?}: {stderr}");
        for english in ["error:", "For more information", "Usage:", "needs a café"] {
            assert!(
                !stderr.contains(english),
                "{args:?}: English left: {stderr}"
            );
        }
    }
}
