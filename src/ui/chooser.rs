//! The system's file chooser. On Linux and the BSDs it is shown by the desktop portal or by
//! `zenity`, other programs that would go on running after Café Host quits (or is killed). So
//! there the chooser runs in a helper: this same program started again with [`HELPER_FLAG`],
//! in a process group of its own. When the app goes, for whatever reason, the helper's input
//! closes, and the helper ends itself and every program it started. Without a desktop session
//! bus the helper is told not to start one (a bus started for one dialog would stay).
//! Windows and macOS show their choosers inside the app.

use std::path::PathBuf;
use std::process::ExitCode;

use super::widgets::{Choice, GUIDE_FILES, PickMode, SESSION_FILES};

/// The first argument that makes `cafe-host` the chooser's helper.
pub const HELPER_FLAG: &str = "--file-chooser-helper";

/// Show the system's file chooser: the chosen path, or `None` when the person cancelled or no
/// chooser could be shown.
pub fn system_chooser(choice: Choice) -> Option<PathBuf> {
    #[cfg(all(unix, not(target_os = "macos")))]
    match helper::choose(&choice) {
        Ok(picked) => return picked,
        Err(e) => log::warn!("the file chooser's helper could not run ({e}); shown in the app"),
    }
    in_this_process(choice)
}

fn in_this_process(choice: Choice) -> Option<PathBuf> {
    let dialog = rfd::FileDialog::new()
        .set_title(choice.title)
        .add_filter(choice.kind, choice.extensions)
        .set_directory(choice.dir);
    match choice.mode {
        PickMode::Open => dialog.pick_file(),
        PickMode::Save => dialog.save_file(),
        PickMode::Folder => dialog.pick_folder(),
    }
}

fn mode_name(mode: PickMode) -> &'static str {
    match mode {
        PickMode::Open => "open",
        PickMode::Save => "save",
        PickMode::Folder => "folder",
    }
}

/// The file endings a chooser offers, as one argument for the helper: `md,ron`.
fn extensions_arg(extensions: &[&str]) -> String {
    extensions.join(",")
}

/// The endings named by [`extensions_arg`], among those the app offers (sessions otherwise).
fn extensions_from(arg: &std::ffi::OsStr) -> &'static [&'static str] {
    [GUIDE_FILES, SESSION_FILES]
        .into_iter()
        .find(|known| arg == extensions_arg(known).as_str())
        .unwrap_or(SESSION_FILES)
}

/// When this process was started as the chooser's helper (`cafe-host --file-chooser-helper
/// MODE TITLE KIND DIR [EXTENSIONS]`), show the chooser, print the chosen path and say how it
/// went.
pub fn run_if_helper() -> Option<ExitCode> {
    let mut args = std::env::args_os().skip(1);
    if args.next()? != HELPER_FLAG {
        return None;
    }
    let rest: Vec<std::ffi::OsString> = args.collect();
    let [mode, title, kind, dir, more @ ..] = rest.as_slice() else {
        return Some(ExitCode::FAILURE);
    };
    let Some(mode) = [PickMode::Open, PickMode::Save, PickMode::Folder]
        .into_iter()
        .find(|m| mode.as_os_str() == mode_name(*m))
    else {
        return Some(ExitCode::FAILURE);
    };
    let choice = Choice {
        title: title.to_string_lossy().into_owned(),
        kind: kind.to_string_lossy().into_owned(),
        dir: PathBuf::from(dir),
        mode,
        extensions: more.first().map_or(SESSION_FILES, |e| extensions_from(e)),
    };
    Some(helper::serve(choice))
}

#[cfg(all(unix, not(target_os = "macos")))]
mod helper {
    use std::io::{self, Read, Write};
    use std::os::unix::process::CommandExt;
    use std::path::PathBuf;
    use std::process::{Command, ExitCode, Stdio};

    use super::{Choice, HELPER_FLAG, in_this_process, mode_name};

    /// Run the chooser in a helper process and wait for its answer.
    pub(super) fn choose(choice: &Choice) -> io::Result<Option<PathBuf>> {
        let mut command = Command::new(std::env::current_exe()?);
        command
            .arg(HELPER_FLAG)
            .arg(mode_name(choice.mode))
            .arg(&choice.title)
            .arg(&choice.kind)
            .arg(&choice.dir)
            .arg(super::extensions_arg(choice.extensions))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .process_group(0);
        if !has_session_bus() {
            // An address that cannot be used: the dialog starts no bus of its own (and the
            // dialog library's complaint about it is expected, so not printed).
            command.env("DBUS_SESSION_BUS_ADDRESS", "disabled:");
            if std::env::var_os("RUST_LOG").is_none() {
                command.env("RUST_LOG", "warn,rfd=off");
            }
        }
        let mut child = command.spawn()?;
        // Held open while the chooser is up: its closing tells the helper the app is gone.
        let alive = child.stdin.take();
        let mut answer = Vec::new();
        if let Some(mut out) = child.stdout.take() {
            out.read_to_end(&mut answer)?;
        }
        child.wait()?;
        drop(alive);
        Ok((!answer.is_empty()).then(|| crate::store::pointer::from_bytes(&answer)))
    }

    fn has_session_bus() -> bool {
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
            || std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|dir| PathBuf::from(dir).join("bus").exists())
    }

    /// The helper's side: end everything once the app is gone, show the chooser, print the
    /// chosen path.
    pub(super) fn serve(choice: Choice) -> ExitCode {
        std::thread::spawn(|| {
            // Nothing is ever sent: this returns when the app closes its end, or dies.
            let mut sink = Vec::new();
            if let Err(e) = io::stdin().lock().read_to_end(&mut sink) {
                log::warn!("the file chooser lost the app ({e})");
            }
            end_this_group();
        });
        let Some(path) = in_this_process(choice) else {
            return ExitCode::SUCCESS;
        };
        let mut out = io::stdout().lock();
        match out
            .write_all(&crate::store::pointer::to_bytes(&path))
            .and_then(|()| out.flush())
        {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::FAILURE,
        }
    }

    /// Stop the dialogs this helper started, and the helper. Only when the helper leads its
    /// own group, so nothing else is ever stopped.
    fn end_this_group() {
        use rustix::process::{Signal, getpgrp, getpid, kill_current_process_group};
        if getpgrp() == getpid()
            && let Err(e) = kill_current_process_group(Signal::TERM)
        {
            log::warn!("the file chooser could not be closed ({e})");
        }
        std::process::exit(0);
    }
}

/// Windows and macOS: the chooser is shown inside the app, so nothing outlives it.
#[cfg(not(all(unix, not(target_os = "macos"))))]
mod helper {
    use std::process::ExitCode;

    use super::{Choice, in_this_process};

    pub(super) fn serve(choice: Choice) -> ExitCode {
        drop(in_this_process(choice));
        ExitCode::SUCCESS
    }
}
