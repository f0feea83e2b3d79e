//! The `cafe-host` command: open the app, or check files from the command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand};

use cafe_host::export::{Format, Subject};
use cafe_host::i18n::{Lang, tr, tr_args};
use cafe_host::session::merge_files;
use cafe_host::store::DataDir;
use cafe_host::store::exports::WITH_NAMES_MARK;
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
    #[arg(long, value_name = "N", value_parser = table_number)]
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
        /// md or html (report or summary), csv (attendance, or a summary café by café),
        /// sign-in-sheet (blank, to print),
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

/// `--format`: one of the export formats, by the name `export::Format::name` gives it.
fn format_parser() -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(Format::ALL.map(Format::name)).try_map(|name| {
        Format::from_name(&name).ok_or_else(|| format!("{name} is not an export format"))
    })
}

/// `--table N`: a table a café can have, 1 to the most a café holds; why not, in the system's
/// language.
fn table_number(text: &str) -> Result<u32, String> {
    let most = cafe_host::model::session::MAX_TABLES;
    text.parse::<u32>()
        .ok()
        .filter(|n| (1..=most).contains(n))
        .ok_or_else(|| {
            tr_args(
                Lang::from_system(),
                "cli-usage-table-range",
                &[("most", most.into())],
            )
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

mod cli;

use cli::check::{check, problem_line};
use cli::guide::{GuideCmd, guide_command};
use cli::output::{path_arg, print_unless_gone};

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    if let Some(code) = cafe_host::ui::chooser::run_if_helper() {
        return code;
    }
    // What the command line says follows the system's language (`LANG`).
    let lang = Lang::from_system();
    let cli: Cli = match cli::usage::parse(lang) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    match cli.command {
        Some(Cmd::Check { files }) => check(&files, lang),
        Some(Cmd::Merge { into, from }) => match merge_files(&into, &from)
            .map_err(|e| merge_trouble(&e, lang))
            .and_then(|report| {
                let summary = tr_args(
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
                print_unless_gone(&format!("{summary}\n"), lang)
            }) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                tell!("cafe-host merge: {message}");
                ExitCode::FAILURE
            }
        },
        Some(Cmd::Guide { action }) => guide_command(action, cli.data_dir.as_deref(), lang),
        Some(Cmd::Export {
            file,
            series,
            format,
            output,
            names,
            lang: export_lang,
        }) => {
            let privacy = cafe_host::export::Privacy { names };
            let export_lang =
                export_lang.unwrap_or_else(|| interface_lang(cli.data_dir.as_deref()));
            let subject = match (&file, &series) {
                (Some(file), _) => Subject::Cafe(file),
                (None, Some(name)) => Subject::Series(name),
                (None, None) => {
                    tell!("cafe-host export: {}", tr(lang, "cli-export-needs-subject"));
                    return ExitCode::FAILURE;
                }
            };
            // A file that cannot be read is named as `check` names it.
            let export_error = |e: cafe_host::export::ExportError| match &e {
                cafe_host::export::ExportError::File(file) => problem_line(file, lang),
                _ => cafe_host::ui::trouble::export_error(lang, &e),
            };
            let text = match subject {
                Subject::Cafe(file) => {
                    cafe_host::export::cafe_text(file, format, privacy, export_lang)
                        .map_err(export_error)
                }
                Subject::Series(name) => DataDir::resolve(cli.data_dir.as_deref())
                    .ok_or_else(|| tr(lang, "cli-no-data-folder"))
                    .and_then(|data| {
                        cafe_host::export::series_text(
                            name,
                            &[data.sessions()],
                            format,
                            privacy,
                            export_lang,
                        )
                        .map_err(export_error)
                    }),
            };
            let written = text.and_then(|text| match export_target(output.as_deref()) {
                None => print_unless_gone(&text, lang).map(|()| String::new()),
                Some(place) => {
                    let path = match place {
                        Place::Folder(folder) => folder.join(subject.export_name(format, privacy)),
                        Place::File(path) => path.to_owned(),
                    };
                    cafe_host::export::write_export(&path, &text)
                        .map_err(|e| export_trouble(&e, lang))
                        .map(|()| exported_message(&path, privacy, lang))
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
                tell!("cafe-host: {}", tr(lang, "cli-table-needs-cafe"));
                return ExitCode::FAILURE;
            } else {
                cli.table
            };
            run_app(cli.file, cli.data_dir, cli.projector, table, shared, lang)
        }
    }
}

/// Why an export was not written, in `lang`, with how to print it instead where the place
/// given cannot be a file.
fn export_trouble(e: &cafe_host::export::WriteError, lang: Lang) -> String {
    let mut text = cafe_host::ui::trouble::export_write(lang, e);
    if matches!(e, cafe_host::export::WriteError::NotAFile(_)) {
        text.push(' ');
        text.push_str(&tr(lang, "export-error-print-instead"));
    }
    text
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
fn exported_message(path: &Path, privacy: cafe_host::export::Privacy, lang: Lang) -> String {
    let named = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().contains(WITH_NAMES_MARK));
    let key = if privacy.names && !named {
        "cli-exported-names-unmarked"
    } else {
        "cli-exported"
    };
    tr_args(lang, key, &[("path", path_arg(path))])
}

/// Why `cafe-host merge` changed nothing, in `lang`; a file that cannot be read is named as
/// `check` names it (`FILE:LINE:COL: problem`).
fn merge_trouble(e: &cafe_host::session::EditError, lang: Lang) -> String {
    use cafe_host::session::{EditWhy, ImportError};
    let unreadable = match &e.why {
        EditWhy::File(file) => Some(file.as_ref()),
        EditWhy::Import { error, .. } => match error.as_ref() {
            ImportError::File(file) => Some(file),
            _ => None,
        },
        _ => None,
    };
    unreadable.map_or_else(
        || cafe_host::ui::trouble::edit_error(lang, e, "edit-hint-merge-open"),
        |file| problem_line(file, lang),
    )
}

fn run_app(
    file: Option<PathBuf>,
    data_dir: Option<PathBuf>,
    projector: bool,
    table: Option<u32>,
    shared: Option<cafe_host::ui::SharedRequest>,
    lang: Lang,
) -> ExitCode {
    let Some(data) = DataDir::resolve(data_dir.as_deref()) else {
        tell!("cafe-host: {}", tr(lang, "cli-no-data-folder"));
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
            tell!(
                "cafe-host: {}",
                tr_args(
                    lang,
                    "cli-no-stop-handler",
                    &[("error", e.to_string().into())]
                )
            );
        }
    }
    let event_loop =
        match winit::event_loop::EventLoop::<eframe::UserEvent>::with_user_event().build() {
            Ok(event_loop) => event_loop,
            Err(e) => {
                tell!(
                    "cafe-host: {}",
                    tr_args(lang, "cli-no-window", &[("error", e.to_string().into())])
                );
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
            tell!(
                "cafe-host: {}",
                tr_args(lang, "cli-no-window", &[("error", e.to_string().into())])
            );
            ExitCode::FAILURE
        }
    }
}
