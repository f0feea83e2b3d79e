//! The `cafe-host` command: open the app, or check files from the command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use cafe_host::model::MergeReport;
use cafe_host::store::atomic::write_atomic;
use cafe_host::store::lock::{LockError, SessionLock};
use cafe_host::store::{DataDir, FileKind, check_file, load_session, to_ron};
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
    /// Table mode: show only table N of FILE, for a laptop dedicated to one table.
    #[arg(long, value_name = "N", requires = "file")]
    table: Option<u32>,
    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Check guide and session files; prints FILE:LINE:COL: message for each problem.
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
    /// Export a café's report, its attendance or a blank sign-in sheet, or a series summary.
    /// Private notes never leave; names only with --names.
    Export {
        /// The session file of the café to export.
        #[arg(required_unless_present = "series", conflicts_with = "series")]
        file: Option<PathBuf>,
        /// Export the summary of this series instead (from the data folder's cafés).
        #[arg(long, value_name = "NAME")]
        series: Option<String>,
        /// md or html (report or summary), csv (attendance), sign-in-sheet (blank, to print).
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Where to write it (default: print it).
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<PathBuf>,
        /// Include names (and contact details of people who agreed to be contacted).
        #[arg(long)]
        names: bool,
    },
}

/// What `cafe-host export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    Md,
    Html,
    Csv,
    SignInSheet,
}

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    match cli.command {
        Some(Cmd::Check { files }) => check(&files),
        Some(Cmd::Merge { into, from }) => match merge(&into, &from) {
            Ok(summary) => {
                println!("{summary}");
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("cafe-host merge: {message}");
                ExitCode::FAILURE
            }
        },
        Some(Cmd::Export {
            file,
            series,
            format,
            output,
            names,
        }) => {
            let privacy = cafe_host::export::Privacy { names };
            let text = match (file, series) {
                (Some(file), _) => export_cafe(&file, format, privacy),
                (None, Some(name)) => {
                    export_series(&name, cli.data_dir.as_deref(), format, privacy)
                }
                (None, None) => Err("name a café file or a --series".to_owned()),
            };
            let written = text.and_then(|text| match &output {
                Some(path) => cafe_host::export::write_export(path, &text)
                    .map(|()| format!("Exported to {}", path.display())),
                None => {
                    print!("{text}");
                    Ok(String::new())
                }
            });
            match written {
                Ok(message) => {
                    if !message.is_empty() {
                        eprintln!("{message}");
                    }
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    eprintln!("cafe-host export: {message}");
                    ExitCode::FAILURE
                }
            }
        }
        None => run_app(cli.file, cli.data_dir, cli.projector, cli.table),
    }
}

fn check(files: &[PathBuf]) -> ExitCode {
    let mut bad = 0;
    for file in files {
        match check_file(file) {
            Ok(kind) => {
                let holder = (kind == FileKind::Session)
                    .then(|| SessionLock::holder(file))
                    .flatten()
                    .map(|h| format!("; open in {}", h.describe()))
                    .unwrap_or_default();
                println!("{}: ok ({kind:?}{holder})", file.display());
            }
            Err(e) => {
                bad += 1;
                println!("{e}");
            }
        }
    }
    if bad == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("{bad} of {} files have problems", files.len());
        ExitCode::FAILURE
    }
}

/// Merge `from` into `into`, writing `into` only if every file merged cleanly.
fn merge(into: &Path, from: &[PathBuf]) -> Result<String, String> {
    let lock = SessionLock::acquire(into).map_err(|e| match e {
        LockError::Held(_) => format!(
            "{} is open for writing: {e}. Import the other copies from inside the app instead, or close it there first.",
            into.display()
        ),
        LockError::Io(_) => format!("{}: {e}", into.display()),
    })?;
    let result = merge_locked(into, from);
    lock.release();
    result
}

fn merge_locked(into: &Path, from: &[PathBuf]) -> Result<String, String> {
    let loaded = load_session(into).map_err(|e| e.to_string())?;
    if let Some(reason) = loaded.read_only {
        return Err(format!("{}: {reason}", into.display()));
    }
    let mut session = loaded.session;
    let mut total = MergeReport::default();
    for path in from {
        let other = load_session(path).map_err(|e| e.to_string())?.session;
        let report = session
            .merge(&other)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        total.tables += report.tables;
        total.notes += report.notes;
        total.themes += report.themes;
        total.commitments += report.commitments;
        total.attendees += report.attendees;
    }
    if total.total() > 0 {
        let text =
            to_ron(&session).map_err(|e| format!("could not write the session as text: {e}"))?;
        write_atomic(into, text.as_bytes()).map_err(|e| {
            format!(
                "{} could not be saved ({e}); it is unchanged",
                into.display()
            )
        })?;
    }
    Ok(format!(
        "{}: {} notes, {} tables, {} themes, {} commitments and {} sign-ins new or updated from {} file(s)",
        into.display(),
        total.notes,
        total.tables,
        total.themes,
        total.commitments,
        total.attendees,
        from.len()
    ))
}

/// The text of one café's export.
fn export_cafe(
    file: &Path,
    format: ExportFormat,
    privacy: cafe_host::export::Privacy,
) -> Result<String, String> {
    use cafe_host::export::{attendance, cafe};
    let session = load_session(file).map_err(|e| e.to_string())?.session;
    Ok(match format {
        ExportFormat::Md => cafe::markdown(&session, privacy),
        ExportFormat::Html => cafe::html(&session, privacy),
        ExportFormat::Csv => attendance::csv(&session, privacy)?,
        ExportFormat::SignInSheet => {
            attendance::blank_sign_in_sheet_html(&session, attendance::BLANK_SHEET_ROWS)
        }
    })
}

/// The text of a series summary, from every café of the series in the data folder.
fn export_series(
    name: &str,
    data_dir: Option<&Path>,
    format: ExportFormat,
    privacy: cafe_host::export::Privacy,
) -> Result<String, String> {
    use cafe_host::export::series;
    use cafe_host::review::series::{SeriesSummary, load_all};
    let data = DataDir::resolve(data_dir)
        .ok_or("no home folder was found for your data; pass --data-dir DIR")?;
    let summary = SeriesSummary::of(name, &load_all(&[data.sessions()]));
    if summary.cafes.is_empty() {
        return Err(format!(
            "no café of the series \"{name}\" was found in {}",
            data.sessions().display()
        ));
    }
    match format {
        ExportFormat::Md => Ok(series::markdown(&summary, privacy)),
        ExportFormat::Html => Ok(series::html(&summary, privacy)),
        ExportFormat::Csv | ExportFormat::SignInSheet => Err(
            "a series summary can be exported as md or html; export attendance or a sign-in sheet from one café's file".to_owned(),
        ),
    }
}

fn run_app(
    file: Option<PathBuf>,
    data_dir: Option<PathBuf>,
    projector: bool,
    table: Option<u32>,
) -> ExitCode {
    let Some(data) = DataDir::resolve(data_dir.as_deref()) else {
        eprintln!("cafe-host: no home folder was found for your data; pass --data-dir DIR");
        return ExitCode::FAILURE;
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Café Host")
            .with_app_id("cafe-host")
            .with_inner_size([1280.0, 800.0])
            .with_maximized(true)
            .with_min_inner_size([800.0, 560.0]),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    let result = eframe::run_native(
        "cafe-host",
        options,
        Box::new(move |cc| {
            Ok(Box::new(CafeApp::new(
                &cc.egui_ctx,
                AppOptions {
                    data,
                    open: file,
                    projector,
                    table,
                    clock: system_clock(),
                },
            )))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cafe-host: the window could not be opened: {e}");
            ExitCode::FAILURE
        }
    }
}
