//! The `cafe-host` command: open the app, or check files from the command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use cafe_host::store::lock::SessionLock;
use cafe_host::store::{DataDir, FileKind, check_file};
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
}

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    match cli.command {
        Some(Cmd::Check { files }) => check(&files),
        None => run_app(cli.file, cli.data_dir, cli.projector),
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

fn run_app(file: Option<PathBuf>, data_dir: Option<PathBuf>, projector: bool) -> ExitCode {
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
