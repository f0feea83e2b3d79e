//! A mistake in how `cafe-host` was called, said in the system's language: what was wrong,
//! how the command is used, and where to read more. Help and the version print as they are.

use std::process::ExitCode;

use cafe_host::i18n::{Lang, tr, tr_args};
use clap::error::{ContextKind, ErrorKind};

/// The command line as `C` reads it, or the code to exit with once its mistake was said in
/// `lang` (or the help or version printed).
pub fn parse<C: clap::Parser>(lang: Lang) -> Result<C, ExitCode> {
    C::try_parse().map_err(|e| {
        if matches!(
            e.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        ) {
            // Help goes to the output and exits with success, as asked.
            e.exit()
        }
        tell!("cafe-host: {}", mistake(&e, lang));
        if let Some(usage) = e.get(ContextKind::Usage) {
            let usage = usage.to_string();
            let usage = usage.trim().trim_start_matches("Usage:").trim();
            tell!("{}", tr_args(lang, "cli-usage", &[("usage", usage.into())]));
        }
        tell!("{}", tr(lang, "cli-usage-more"));
        ExitCode::from(2)
    })
}

/// What was wrong, with the argument and value it was about.
fn mistake(e: &clap::Error, lang: Lang) -> String {
    let said = |kind| e.get(kind).map(ToString::to_string).unwrap_or_default();
    let (key, args) = match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            // A value parser of this command says why in the person's language already.
            let why = std::error::Error::source(e).map(ToString::to_string);
            let choices = said(ContextKind::ValidValue);
            let (key, valid) = match why {
                Some(why) => ("cli-usage-invalid-value-why", why),
                None if choices.is_empty() => ("cli-usage-invalid-value", choices),
                None => ("cli-usage-invalid-value-choose", choices),
            };
            (
                key,
                vec![
                    ("value", said(ContextKind::InvalidValue)),
                    ("argument", said(ContextKind::InvalidArg)),
                    ("valid", valid),
                ],
            )
        }
        ErrorKind::UnknownArgument => (
            "cli-usage-unknown-argument",
            vec![("argument", said(ContextKind::InvalidArg))],
        ),
        ErrorKind::InvalidSubcommand => (
            "cli-usage-unknown-command",
            vec![("command", said(ContextKind::InvalidSubcommand))],
        ),
        ErrorKind::MissingRequiredArgument | ErrorKind::MissingSubcommand => (
            "cli-usage-missing",
            vec![("argument", said(ContextKind::InvalidArg))],
        ),
        ErrorKind::ArgumentConflict => (
            "cli-usage-conflict",
            vec![
                ("argument", said(ContextKind::InvalidArg)),
                ("other", said(ContextKind::PriorArg)),
            ],
        ),
        _ => ("cli-usage-other", vec![]),
    };
    let args: Vec<(&str, cafe_host::i18n::FluentValue<'_>)> =
        args.into_iter().map(|(k, v)| (k, v.into())).collect();
    tr_args(lang, key, &args)
}
