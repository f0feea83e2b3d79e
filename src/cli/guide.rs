//! `cafe-host guide import|export`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use cafe_host::i18n::{Lang, tr, tr_args};
use cafe_host::store::DataDir;

use super::check::problem_line;
use super::output::{path_arg, print_unless_gone};

#[derive(Subcommand)]
pub(crate) enum GuideCmd {
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

/// `cafe-host guide import|export`.
pub(crate) fn guide_command(action: GuideCmd, data_dir: Option<&Path>, lang: Lang) -> ExitCode {
    use cafe_host::store::guides;
    use cafe_host::store::{GuideFormat, load_guide_file};
    let file_trouble = |e: &guides::GuideFileError| cafe_host::ui::guides::file_error_text(lang, e);
    match action {
        GuideCmd::Import { file, output } => {
            let loaded = match load_guide_file(&file) {
                Ok(loaded) => loaded,
                Err(errors) => {
                    for e in &errors {
                        tell!("{}", problem_line(e, lang));
                    }
                    tell!(
                        "cafe-host guide import: {}",
                        tr_args(lang, "cli-not-imported", &[("file", path_arg(&file))])
                    );
                    return ExitCode::FAILURE;
                }
            };
            // What a person should still fix is said; the guide is imported all the same.
            for e in loaded.errors(&file) {
                tell!("{}", problem_line(&e, lang));
            }
            let written = match output {
                Some(out) => guides::export(&loaded.guide, &out).map(|()| out),
                None => match DataDir::resolve(data_dir) {
                    Some(data) => guides::create(&data.guides(), &loaded.guide),
                    None => {
                        tell!(
                            "cafe-host guide import: {}",
                            tr(lang, "cli-no-data-folder-or-output")
                        );
                        return ExitCode::FAILURE;
                    }
                },
            };
            match written {
                Ok(path) => {
                    tell!(
                        "{}",
                        tr_args(lang, "cli-imported", &[("path", path_arg(&path))])
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    tell!("cafe-host guide import: {}", file_trouble(&e));
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
                        tell!("{}", problem_line(e, lang));
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
                        .map(|()| tr_args(lang, "cli-exported", &[("path", path_arg(&out))]))
                        .map_err(|e| file_trouble(&e))
                }
                None => format
                    .write(&loaded)
                    .map_err(|error| {
                        tr_args(
                            lang,
                            "guides-not-written-as-text",
                            &[("error", error.into())],
                        )
                    })
                    .and_then(|text| print_unless_gone(&text, lang))
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
pub(crate) fn find_guide(
    name: &str,
) -> Result<cafe_host::model::Guide, Vec<cafe_host::store::FileError>> {
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
