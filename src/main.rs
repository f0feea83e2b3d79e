//! The `cafe-host` command: open the app, or check files from the command line.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand};

use cafe_host::export::{Format, Subject};
use cafe_host::session::merge_files;
use cafe_host::store::exports::WITH_NAMES_MARK;
use cafe_host::store::lock::SessionLock;
use cafe_host::store::{DataDir, FileKind, check_file_all};
use cafe_host::ui::{AppOptions, CafeApp, system_clock};

/// Run a live Parent Café: presenter console, projector window, and a safe session file.
#[derive(Parser)]
#[command(name = "cafe-host", version, about)]
struct Cli {
    /// A session file to open straight into the presenter.
    file: Option<PathBuf>,
    /// The data folder (sessions and guides). Also set by CAFE_HOST_DATA.
    #[arg(long, value_name = "DIR", global = true)]
    data_dir: Option<PathBuf>,
    /// Open the projector window straight away (with FILE, or the café resumed).
    #[arg(long)]
    projector: bool,
    /// Table mode: show only table N of FILE (or of the café joined with --join), for a
    /// laptop dedicated to one table.
    #[arg(long, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=i64::from(cafe_host::model::session::MAX_TABLES)))]
    table: Option<u32>,
    /// Share FILE (or the café resumed) with table laptops in DIR, a folder a sync program
    /// keeps (or a network share).
    #[arg(long, value_name = "DIR", conflicts_with = "join")]
    share: Option<PathBuf>,
    /// Join the café shared in DIR (its own folder in the shared folder) as the laptop of
    /// table N (--table N).
    #[arg(long, value_name = "DIR", requires = "table", conflicts_with = "file")]
    join: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Check guide and session files; prints FILE:LINE:COL: message for each problem.
    /// A folder is checked whole: every *.ron file and every Markdown guide (*.md starting
    /// with ---) in it and in its subfolders.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Bring the notes, tables, themes and commitments of other copies of a café into INTO.
    Merge {
        /// The session file to merge into (it is rewritten safely).
        into: PathBuf,
        /// Other copies of the same café.
        #[arg(required = true)]
        from: Vec<PathBuf>,
    },
    /// Bring a guide into the data folder, or turn one format into the other.
    Guide {
        #[command(subcommand)]
        action: GuideCmd,
    },
    /// Export a café's report, its attendance or a blank sign-in sheet, or a series summary.
    /// Private notes never leave; names only with --names.
    Export {
        /// The session file of the café to export.
        #[arg(required_unless_present = "series", conflicts_with = "series")]
        file: Option<PathBuf>,
        /// Export the summary of this series instead (from the data folder's cafés).
        #[arg(long, value_name = "NAME")]
        series: Option<String>,
        /// md or html (report or summary), csv (attendance), sign-in-sheet (blank, to print),
        /// evidence-pack (the school's record of one café, to print).
        #[arg(long, value_parser = format_parser())]
        format: Format,
        /// Where to write it: a file (new, or an earlier export), or a folder to put it in
        /// under its own name. Without it, or with -o -, the export is printed.
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
        /// Include names (and contact details of people who agreed to be contacted).
        #[arg(long)]
        names: bool,
        /// The language of the export (en, es, …); by default the interface's.
        #[arg(long, value_name = "LANG", value_parser = lang_parser())]
        lang: Option<cafe_host::i18n::Lang>,
    },
}

#[derive(Subcommand)]
enum GuideCmd {
    /// Read a guide (Markdown or RON) and save it among your guides, or to OUT. Every mistake
    /// is printed as FILE:LINE:COL: message.
    Import {
        /// The guide to read (a .md or .ron file).
        file: PathBuf,
        /// Where to write it instead of the data folder's guides (.ron or .md).
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Write a guide out as Markdown or RON.
    Export {
        /// A guide file, or the name of a guide that comes with the app
        /// (learning-at-home, meeting-the-new-teacher, …).
        guide: String,
        /// md (Markdown, to edit in any text editor) or ron.
        #[arg(long, value_parser = ["md", "ron"])]
        format: String,
        /// Where to write it (default: print it).
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
    },
}

/// `--format`: one of the export formats, by the name `export::Format::name` gives it.
fn format_parser() -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(Format::ALL.map(Format::name)).try_map(|name| {
        Format::from_name(&name).ok_or_else(|| format!("{name} is not an export format"))
    })
}

/// `--lang`: a language the exports are written in (one with a catalogue).
fn lang_parser() -> impl TypedValueParser<Value = cafe_host::i18n::Lang> {
    let codes: Vec<&'static str> = cafe_host::i18n::Lang::all()
        .into_iter()
        .map(cafe_host::i18n::Lang::code)
        .collect();
    PossibleValuesParser::new(codes).try_map(|code| {
        cafe_host::i18n::Lang::from_code(&code)
            .ok_or_else(|| format!("{code} is not a language of the exports"))
    })
}

/// The interface's language: the one chosen in the app (the data folder's preferences), else
/// the system's.
fn interface_lang(data_dir: Option<&Path>) -> cafe_host::i18n::Lang {
    DataDir::resolve(data_dir)
        .and_then(|data| {
            cafe_host::store::preferences::Preferences::load(&data)
                .0
                .language
        })
        .and_then(|code| cafe_host::i18n::Lang::from_code(&code))
        .unwrap_or_else(cafe_host::i18n::Lang::from_system)
}

/// A message for the person on the error stream. When that stream is gone (closed by the
/// terminal or a pipe), there is nobody left to tell, so a failed write is not an error here,
/// and never a panic as `eprintln!` would be.
macro_rules! tell {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stderr(), $($arg)*).is_err() {
            log::debug!("the error stream is closed");
        }
    }};
}

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    if let Some(code) = cafe_host::ui::chooser::run_if_helper() {
        return code;
    }
    let cli = Cli::parse();
    match cli.command {
        Some(Cmd::Check { files }) => check(&files),
        Some(Cmd::Merge { into, from }) => match merge_files(&into, &from).and_then(|report| {
            let lang = cafe_host::i18n::Lang::from_system();
            let summary = cafe_host::i18n::tr_args(
                lang,
                "merge-summary",
                &[
                    ("file", into.display().to_string().into()),
                    (
                        "counts",
                        cafe_host::i18n::merge_counts(lang, &report).into(),
                    ),
                    ("files", from.len().into()),
                ],
            );
            print_unless_gone(&format!("{summary}\n"))
        }) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                tell!("cafe-host merge: {message}");
                ExitCode::FAILURE
            }
        },
        Some(Cmd::Guide { action }) => guide_command(action, cli.data_dir.as_deref()),
        Some(Cmd::Export {
            file,
            series,
            format,
            output,
            names,
            lang,
        }) => {
            let privacy = cafe_host::export::Privacy { names };
            let lang = lang.unwrap_or_else(|| interface_lang(cli.data_dir.as_deref()));
            let subject = match (&file, &series) {
                (Some(file), _) => Subject::Cafe(file),
                (None, Some(name)) => Subject::Series(name),
                (None, None) => {
                    tell!("cafe-host export: name a café file or a --series");
                    return ExitCode::FAILURE;
                }
            };
            let text = match subject {
                Subject::Cafe(file) => cafe_host::export::cafe_text(file, format, privacy, lang),
                Subject::Series(name) => DataDir::resolve(cli.data_dir.as_deref())
                    .ok_or_else(|| {
                        "no home folder was found for your data; pass --data-dir DIR".to_owned()
                    })
                    .and_then(|data| {
                        cafe_host::export::series_text(
                            name,
                            &[data.sessions()],
                            format,
                            privacy,
                            lang,
                        )
                    }),
            };
            let written = text.and_then(|text| match export_target(output.as_deref()) {
                None => print_unless_gone(&text).map(|()| String::new()),
                Some(place) => {
                    let path = match place {
                        Place::Folder(folder) => folder.join(subject.export_name(format, privacy)),
                        Place::File(path) => path.to_owned(),
                    };
                    cafe_host::export::write_export(&path, &text)
                        .map_err(|e| export_trouble(&e))
                        .map(|()| exported_message(&path, privacy))
                }
            });
            match written {
                Ok(message) => {
                    if !message.is_empty() {
                        tell!("{message}");
                    }
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    tell!("cafe-host export: {message}");
                    ExitCode::FAILURE
                }
            }
        }
        None => {
            let shared = match (cli.join, cli.share, cli.table) {
                (Some(folder), _, Some(table)) => {
                    Some(cafe_host::ui::SharedRequest::Join { folder, table })
                }
                (None, Some(folder), _) => Some(cafe_host::ui::SharedRequest::Share(folder)),
                _ => None,
            };
            let table = if matches!(shared, Some(cafe_host::ui::SharedRequest::Join { .. })) {
                None
            } else if cli.table.is_some() && cli.file.is_none() {
                tell!("cafe-host: --table N needs a café: a FILE, or --join DIR");
                return ExitCode::FAILURE;
            } else {
                cli.table
            };
            run_app(cli.file, cli.data_dir, cli.projector, table, shared)
        }
    }
}

/// Why an export was not written, in the language of the system's locale (`LANG`), with
/// how to print it instead where the place given cannot be a file.
fn export_trouble(e: &cafe_host::export::WriteError) -> String {
    use cafe_host::i18n::{Lang, tr};
    let lang = Lang::from_system();
    let mut text = cafe_host::ui::trouble::export_write(lang, e);
    if matches!(e, cafe_host::export::WriteError::NotAFile(_)) {
        text.push(' ');
        text.push_str(&tr(lang, "export-error-print-instead"));
    }
    text
}

/// `cafe-host guide import|export`.
fn guide_command(action: GuideCmd, data_dir: Option<&Path>) -> ExitCode {
    use cafe_host::store::guides;
    use cafe_host::store::{GuideFormat, load_guide_file};
    match action {
        GuideCmd::Import { file, output } => {
            let loaded = match load_guide_file(&file) {
                Ok(loaded) => loaded,
                Err(errors) => {
                    for e in &errors {
                        tell!("{e}");
                    }
                    tell!("cafe-host guide import: {} not imported", file.display());
                    return ExitCode::FAILURE;
                }
            };
            // What a person should still fix is said; the guide is imported all the same.
            for e in loaded.errors(&file) {
                tell!("{e}");
            }
            let written = match output {
                Some(out) => guides::export(&loaded.guide, &out).map(|()| out),
                None => match DataDir::resolve(data_dir) {
                    Some(data) => guides::create(&data.guides(), &loaded.guide),
                    None => {
                        tell!(
                            "cafe-host guide import: no home folder was found for your data; pass --data-dir DIR or -o OUT"
                        );
                        return ExitCode::FAILURE;
                    }
                },
            };
            match written {
                Ok(path) => {
                    tell!("Imported to {}", path.display());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    tell!("cafe-host guide import: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        GuideCmd::Export {
            guide,
            format,
            output,
        } => {
            let loaded = match find_guide(&guide) {
                Ok(loaded) => loaded,
                Err(errors) => {
                    for e in &errors {
                        tell!("{e}");
                    }
                    return ExitCode::FAILURE;
                }
            };
            let format = if format == "md" {
                GuideFormat::Markdown
            } else {
                GuideFormat::Ron
            };
            let result = match output {
                Some(out) => {
                    let out = if out.extension().is_none() {
                        out.with_extension(format.extension())
                    } else {
                        out
                    };
                    guides::export(&loaded, &out)
                        .map(|()| format!("Exported to {}", out.display()))
                        .map_err(|e| e.to_string())
                }
                None => format
                    .write(&loaded)
                    .and_then(|text| print_unless_gone(&text))
                    .map(|()| String::new()),
            };
            match result {
                Ok(message) => {
                    if !message.is_empty() {
                        tell!("{message}");
                    }
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    tell!("cafe-host guide export: {message}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// A guide by file or by the name of a guide that comes with the app.
fn find_guide(name: &str) -> Result<cafe_host::model::Guide, Vec<cafe_host::store::FileError>> {
    use cafe_host::store::catalog::BUNDLED_GUIDES;
    let path = Path::new(name);
    if !path.exists()
        && let Some((file, text)) = BUNDLED_GUIDES.iter().find(|(file, _)| {
            *file == name || Path::new(file).file_stem().is_some_and(|s| s == name)
        })
    {
        return cafe_host::store::read_guide(Path::new(file), text).map(|f| f.guide);
    }
    cafe_host::store::load_guide_file(path).map(|f| f.guide)
}

/// Where `-o` puts an export that is not printed.
enum Place<'a> {
    /// An existing folder: the export goes in it under its own name.
    Folder(&'a Path),
    /// A file (new, or an earlier export to replace).
    File(&'a Path),
}

/// Where the export goes: printed (no `-o`, or `-o -`), into a folder, or to a file.
fn export_target(output: Option<&Path>) -> Option<Place<'_>> {
    let path = output.filter(|p| *p != Path::new("-"))?;
    if path.is_dir() {
        Some(Place::Folder(path))
    } else {
        Some(Place::File(path))
    }
}

/// "Exported to FILE", and a word when a file holding names is not named so.
fn exported_message(path: &Path, privacy: cafe_host::export::Privacy) -> String {
    let mut message = format!("Exported to {}", path.display());
    let named = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().contains(WITH_NAMES_MARK));
    if privacy.names && !named {
        message.push_str(
            ". It holds names, but its name does not say \"with-names\", so the sign-in page's list of exports with names will not show it; delete it yourself once it is no longer needed",
        );
    }
    message
}

/// Why printing to standard output stopped.
enum PrintStop {
    /// The reader closed the pipe early (`cafe-host check … | head -1`): a normal end, the
    /// command stops quietly.
    ReaderGone,
    /// Writing failed otherwise (a full disk behind a redirection), said in plain words.
    Failed(String),
}

/// Write `text` to standard output and flush it, so a reader that has gone away or a failed
/// write is an answer rather than a panic.
fn print_out(text: &str) -> Result<(), PrintStop> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                PrintStop::ReaderGone
            } else {
                PrintStop::Failed(format!("the output could not be written ({e})"))
            }
        })
}

/// Print `text`; a reader that stopped reading is a normal end, any other failure a message.
fn print_unless_gone(text: &str) -> Result<(), String> {
    match print_out(text) {
        Ok(()) | Err(PrintStop::ReaderGone) => Ok(()),
        Err(PrintStop::Failed(message)) => Err(message),
    }
}

/// Check every file in `given`. The exit code says whether a problem was found; when the
/// reader stops reading early, checking stops quietly with the code of what was found so far.
fn check(given: &[PathBuf]) -> ExitCode {
    let mut files = Vec::new();
    let mut empty_folders = 0;
    for path in given {
        let before = files.len();
        collect_ron_files(path, &mut files, 0);
        if files.len() == before {
            // A folder with nothing to check: say so rather than print nothing and pass.
            empty_folders += 1;
            tell!(
                "{}: no guide or session files (*.ron or *.md) in this folder",
                path.display()
            );
        }
    }
    let mut bad = 0;
    for file in &files {
        let line = match check_file_all(file) {
            Ok(kind) => {
                let holder = (kind == FileKind::Session)
                    .then(|| SessionLock::holder(file))
                    .flatten()
                    .map(|h| format!("; open in {}", h.describe()))
                    .unwrap_or_default();
                format!("{}: ok ({kind:?}{holder})\n", file.display())
            }
            Err(errors) => {
                bad += 1;
                errors.iter().map(|e| format!("{e}\n")).collect()
            }
        };
        match print_out(&line) {
            Ok(()) => {}
            Err(PrintStop::ReaderGone) => return exit_code(bad + empty_folders == 0),
            Err(PrintStop::Failed(message)) => {
                tell!("cafe-host check: {message}");
                return ExitCode::FAILURE;
            }
        }
    }
    if bad > 0 {
        tell!("{bad} of {} files have problems", files.len());
    }
    exit_code(bad + empty_folders == 0)
}

fn exit_code(success: bool) -> ExitCode {
    if success {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Folders this deep are not followed further (a loop of links, or no café data at all).
const MAX_CHECK_DEPTH: usize = 32;

/// `path` itself when it is not a folder (checked, whatever it is); else every `*.ron` file and
/// Markdown guide in it and its subfolders, sorted. Links to folders are not followed, so a loop cannot hang.
fn collect_ron_files(path: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    let is_dir =
        std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) || (depth == 0 && path.is_dir());
    if !is_dir {
        if depth == 0 || path.extension().is_some_and(|e| e == "ron") || is_markdown_guide(path) {
            out.push(path.to_owned());
        }
        return;
    }
    if depth > MAX_CHECK_DEPTH {
        tell!("{}: too deep, not checked", path.display());
        return;
    }
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
        Ok(entries) => entries.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(e) => {
            // An unreadable folder is reported like a bad file.
            out.push(path.to_owned());
            log::warn!("{}: {e}", path.display());
            return;
        }
    };
    entries.sort();
    for entry in entries {
        collect_ron_files(&entry, out, depth + 1);
    }
}

/// A `.md` file in a checked folder is checked when it is a guide (it opens with front
/// matter); other Markdown (a README) is left alone.
fn is_markdown_guide(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "md")
        && cafe_host::store::format::read_text(path)
            .is_ok_and(|t| cafe_host::store::guide_file::looks_like_markdown_guide(&t))
}

fn run_app(
    file: Option<PathBuf>,
    data_dir: Option<PathBuf>,
    projector: bool,
    table: Option<u32>,
    shared: Option<cafe_host::ui::SharedRequest>,
) -> ExitCode {
    let Some(data) = DataDir::resolve(data_dir.as_deref()) else {
        tell!("cafe-host: no home folder was found for your data; pass --data-dir DIR");
        return ExitCode::FAILURE;
    };
    let options = eframe::NativeOptions {
        viewport: cafe_host::ui::identity::main_viewport(
            cafe_host::store::preferences::Preferences::load(&data)
                .0
                .window
                .as_ref(),
        ),
        renderer: eframe::Renderer::Glow,
        // Dithering smooths gradients the app does not draw; on software OpenGL it costs
        // every pixel of every frame.
        dithering: false,
        ..Default::default()
    };
    // Logout, shutdown, `kill` or Ctrl+C in a terminal: save, unlock and close like the
    // window's close button.
    let stop = Arc::new(AtomicBool::new(false));
    let waker: Arc<Mutex<Option<egui::Context>>> = Arc::default();
    {
        let stop = Arc::clone(&stop);
        let waker = Arc::clone(&waker);
        if let Err(e) = ctrlc::set_handler(move || {
            stop.store(true, Ordering::SeqCst);
            if let Some(ctx) = waker.lock().ok().and_then(|c| c.clone()) {
                ctx.request_repaint();
            }
        }) {
            tell!("cafe-host: stopping by the system will not save first ({e})");
        }
    }
    let event_loop =
        match winit::event_loop::EventLoop::<eframe::UserEvent>::with_user_event().build() {
            Ok(event_loop) => event_loop,
            Err(e) => {
                tell!("cafe-host: the window could not be opened: {e}");
                return ExitCode::FAILURE;
            }
        };
    let context = Arc::clone(&waker);
    // Repaints reach the window system as eframe sends them, but through the app, so that a
    // hover draws one frame (see `frames::Settle`).
    let proxy = Mutex::new(event_loop.create_proxy());
    let app = eframe::create_native(
        "cafe-host",
        options,
        Box::new(move |cc| {
            if let Ok(mut slot) = waker.lock() {
                *slot = Some(cc.egui_ctx.clone());
            }
            let settle = cafe_host::ui::frames::Settle::install(&cc.egui_ctx, move |info| {
                let event = eframe::UserEvent::RequestRepaint {
                    viewport_id: info.viewport_id,
                    when: std::time::Instant::now() + info.delay,
                    cumulative_pass_nr: info.current_cumulative_pass_nr,
                };
                if let Ok(proxy) = proxy.lock() {
                    // The event loop is gone only when the app is closing.
                    drop(proxy.send_event(event));
                }
            });
            let mut app = CafeApp::new(
                &cc.egui_ctx,
                AppOptions {
                    data,
                    open: file,
                    projector,
                    table,
                    clock: system_clock(),
                    stop,
                    shared,
                },
            );
            app.settle_hovers(settle);
            Ok(Box::new(app))
        }),
        &event_loop,
    );
    // Pointer moves that change nothing on screen draw no frame.
    let mut app = cafe_host::ui::frames::CalmPointer::new(app, context);
    let result = event_loop.run_app(&mut app);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tell!("cafe-host: the window could not be opened: {e}");
            ExitCode::FAILURE
        }
    }
}
