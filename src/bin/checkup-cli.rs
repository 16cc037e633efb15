//! The CheckUp on the command line: validate packs, print a report, write a
//! PDF, print JSON Schemas, finish a build. Arguments are read with `clap`;
//! `checkup-cli COMMAND --help` describes each, in the language of `--lang`,
//! `CHECKUP_LANG` or the environment (the texts are in `locales/<lang>/cli.ftl`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use checkup::domain::{Lang, Msg, dates, packs};

/// The exit codes, as `--help` shows them (README.md lists the same).
fn exit_codes(lang: Lang) -> String {
    let codes = [
        Msg::CliExit0,
        Msg::CliExit1,
        Msg::CliExit2,
        Msg::CliExit3,
        Msg::CliExit4,
    ];
    let mut text = Msg::CliExitCodes.get(lang);
    for (code, msg) in codes.iter().enumerate() {
        text.push_str(&format!("\n  {code}  {}", msg.get(lang)));
    }
    text
}

/// What went wrong, as an exit code and a one-line message.
struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    const PROBLEMS: u8 = 1;
    const USAGE: u8 = 2;
    const INPUT: u8 = 3;
    const OUTPUT: u8 = 4;

    fn new(code: u8, message: String) -> Failure {
        Failure { code, message }
    }
}

// The help texts are set from the locale files (see `command`), in the
// language of `--lang`, CHECKUP_LANG or the environment (`help_lang`).
#[derive(Parser)]
#[command(
    name = "checkup-cli",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
struct Cli {
    #[arg(
        long,
        global = true,
        value_name = "LANG",
        value_parser = PossibleValuesParser::new(["nl", "fr", "de", "en"])
            .map(|code| Lang::from_code(&code).unwrap_or_default())
    )]
    lang: Option<Lang>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Validate {
        #[arg(default_value = "questions")]
        dir: PathBuf,
        #[arg(value_name = "EXTRA_PACK.json")]
        extra: Vec<PathBuf>,
    },
    Report {
        #[arg(value_name = "ASSESSMENT.json")]
        file: PathBuf,
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<String>,
        #[arg(long, value_name = "OUT.pdf")]
        pdf: Option<PathBuf>,
        #[arg(long)]
        full: bool,
    },
    Documents {
        #[arg(value_name = "ASSESSMENT.json")]
        file: PathBuf,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<String>,
    },
    Finalize {
        dir: PathBuf,
    },
    Schema {
        #[arg(value_enum)]
        which: SchemaKind,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum SchemaKind {
    Packs,
    Assessment,
    Report,
    Config,
}

/// The language of the command line's texts before the arguments are
/// parsed: `--lang` (or `--lang=`) among `args`, else `CHECKUP_LANG`, else
/// the locale of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first
/// one set, as in POSIX: `nl_BE.UTF-8` is Dutch), else English.
fn help_lang(args: &[String], env: impl Fn(&str) -> Option<String>) -> Lang {
    let given = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--lang=")
            .map(str::to_string)
            .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned()).flatten())
    });
    if let Some(lang) = given.as_deref().and_then(Lang::from_code) {
        return lang;
    }
    if let Some(lang) = env("CHECKUP_LANG").as_deref().and_then(Lang::from_code) {
        return lang;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|k| env(k).filter(|v| !v.is_empty()))
        .and_then(|v| Lang::from_code(&v))
        .unwrap_or_default()
}

/// The command line with every help text in `lang`: the program and each
/// command, argument and schema kind, the headings, and the exit codes
/// after each command's help.
fn command(lang: Lang) -> clap::Command {
    use clap::{Arg, ArgAction};
    let t = |m: Msg| m.get(lang);
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        t(Msg::CliUsage)
    );
    let help = || {
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(t(Msg::CliArgHelp))
    };
    // Every command: its about, its arguments' help under translated
    // headings (in their order), a help flag, the exit codes. Possible
    // values are named in the help texts themselves.
    let dress = |cmd: clap::Command, about: Msg, args: &[(&str, String)]| {
        let (arguments, options) = (t(Msg::CliHeadingArguments), t(Msg::CliHeadingOptions));
        cmd.about(t(about))
            .help_template(template.clone())
            .after_help(exit_codes(lang))
            .subcommand_help_heading(t(Msg::CliHeadingCommands))
            .mut_args(|a| {
                let help = args
                    .iter()
                    .find(|(id, _)| a.get_id() == *id)
                    .map(|(_, h)| h.clone())
                    .unwrap_or_default();
                let heading = if a.is_positional() {
                    arguments.clone()
                } else {
                    options.clone()
                };
                let takes_values = a.get_action().takes_values();
                a.help(help)
                    .help_heading(heading)
                    .hide_possible_values(takes_values)
            })
            .arg(help().help_heading(options.clone()))
    };
    // "Which file format:" and each kind on a line of its own.
    let mut which = t(Msg::CliSchemaWhich);
    let kinds = [
        ("packs", Msg::CliSchemaPacks),
        ("assessment", Msg::CliSchemaAssessment),
        ("report", Msg::CliSchemaReport),
        ("config", Msg::CliSchemaConfig),
    ];
    for (name, msg) in kinds {
        which.push_str(&format!("\n  {name:<10}  {}", t(msg)));
    }
    let root = dress(
        Cli::command(),
        Msg::CliAbout,
        &[("lang", t(Msg::CliArgLang))],
    )
    .arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(t(Msg::CliArgVersion))
            .help_heading(t(Msg::CliHeadingOptions)),
    );
    root.mut_subcommand("validate", |c| {
        dress(
            c,
            Msg::CliValidate,
            &[
                ("dir", t(Msg::CliValidateDir)),
                ("extra", t(Msg::CliValidateExtra)),
            ],
        )
    })
    .mut_subcommand("report", |c| {
        dress(
            c,
            Msg::CliReport,
            &[
                ("file", t(Msg::CliArgAssessment)),
                ("today", t(Msg::CliReportToday)),
                ("pdf", t(Msg::CliReportPdf)),
                ("full", t(Msg::CliReportFull)),
            ],
        )
    })
    .mut_subcommand("documents", |c| {
        dress(
            c,
            Msg::CliDocuments,
            &[
                ("file", t(Msg::CliArgAssessment)),
                ("out", t(Msg::CliDocumentsOut)),
                ("today", t(Msg::CliDocumentsToday)),
            ],
        )
    })
    .mut_subcommand("finalize", |c| {
        dress(c, Msg::CliFinalize, &[("dir", t(Msg::CliFinalizeDir))])
    })
    .mut_subcommand("schema", |c| dress(c, Msg::CliSchema, &[("which", which)]))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let messages = help_lang(&args, |k| std::env::var(k).ok());
    // Help and version go out as clap writes them (in `messages`); a wrong
    // command line is told in `messages` too, with exit code 2.
    let matches = match command(messages).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e)
            if e.use_stderr()
                && e.kind() != ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand =>
        {
            eprintln!("{}", usage_error(&e, messages));
            return ExitCode::from(Failure::USAGE);
        }
        Err(e) => e.exit(),
    };
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    // The report's language: `--lang`, else the assessment's own.
    let lang = cli.lang;
    let result = match cli.command {
        Command::Validate { dir, extra } => validate(messages, &dir, &extra),
        Command::Report {
            file,
            today,
            pdf,
            full,
        } => report(lang, messages, &file, today, pdf, full),
        Command::Documents { file, out, today } => documents(lang, messages, &file, &out, today),
        Command::Finalize { dir } => finalize(messages, &dir),
        Command::Schema { which } => schema(which),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            if !f.message.is_empty() {
                eprintln!("{}", f.message);
            }
            ExitCode::from(f.code)
        }
    }
}

/// A wrong command line in `lang`, from clap's error kind and context: what
/// is wrong (with the possible values or the nearest command when clap
/// knows them), the usage of the command concerned, and where to find help.
/// For example, in Dutch:
///
/// ```text
/// fout: onbekende opdracht 'repot'
///   bedoelt u 'report'?
///
/// Gebruik: checkup-cli [OPTIONS] <COMMAND>
///
/// Meer informatie: checkup-cli --help
/// ```
fn usage_error(e: &clap::Error, lang: Lang) -> String {
    let text = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) if !v.is_empty() => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).or_else(|| text(ContextKind::InvalidSubcommand));
    let problem = match (e.kind(), &arg) {
        (ErrorKind::InvalidSubcommand, Some(a)) => {
            Msg::CliErrUnknownCommand.fill(lang, &[("arg", a)])
        }
        (ErrorKind::UnknownArgument, Some(a)) => {
            Msg::CliErrUnknownArgument.fill(lang, &[("arg", a)])
        }
        (ErrorKind::InvalidValue | ErrorKind::ValueValidation, Some(a)) => Msg::CliErrInvalidValue
            .fill(
                lang,
                &[
                    (
                        "value",
                        &text(ContextKind::InvalidValue).unwrap_or_default(),
                    ),
                    ("arg", a),
                ],
            ),
        (ErrorKind::MissingRequiredArgument, Some(a)) => {
            Msg::CliErrMissing.fill(lang, &[("args", a)])
        }
        (ErrorKind::MissingSubcommand, _) => Msg::CliErrMissingCommand.get(lang),
        (_, Some(a)) => Msg::CliErrArg.fill(lang, &[("arg", a)]),
        (_, None) => Msg::CliErrOther.get(lang),
    };
    let mut out = Msg::CliError.fill(lang, &[("problem", &problem)]);
    if let Some(values) = text(ContextKind::ValidValue) {
        out.push_str("\n  ");
        out.push_str(&Msg::CliErrPossibleValues.fill(lang, &[("values", &values)]));
    }
    let suggestion = text(ContextKind::SuggestedSubcommand)
        .or_else(|| text(ContextKind::SuggestedArg))
        .or_else(|| text(ContextKind::SuggestedValue));
    if let Some(s) = suggestion {
        out.push_str("\n  ");
        out.push_str(&Msg::CliDidYouMean.fill(lang, &[("suggestion", &s)]));
    }
    // clap's usage line starts with its own "Usage:"; the command follows.
    let usage = text(ContextKind::Usage).unwrap_or_default();
    let (program, line) = match usage.trim().split_once(' ') {
        Some((_, line)) => (
            line.split(" [")
                .next()
                .unwrap_or(line)
                .split(" <")
                .next()
                .unwrap_or(line)
                .to_string(),
            Some(line.to_string()),
        ),
        None => ("checkup-cli".to_string(), None),
    };
    if let Some(line) = line {
        out.push_str(&format!("\n\n{} {line}", Msg::CliUsage.get(lang)));
    }
    out.push_str("\n\n");
    out.push_str(&Msg::CliMoreHelp.fill(lang, &[("command", &program)]));
    out
}

/// A text file, whole.
/// Reads a text file; a byte-order mark at the start is dropped.
fn read(path: &Path, lang: Lang) -> Result<String, Failure> {
    read_bytes(path, lang).map(|bytes| {
        let text = String::from_utf8_lossy(&bytes);
        checkup::domain::transfer::strip_bom(&text).to_string()
    })
}

fn read_bytes(path: &Path, lang: Lang) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| {
        Failure::new(
            Failure::INPUT,
            Msg::CliCannotRead.fill(
                lang,
                &[
                    ("file", &path.display().to_string()),
                    ("reason", &e.to_string()),
                ],
            ),
        )
    })
}

fn cannot_write(path: &Path, e: &std::io::Error, lang: Lang) -> Failure {
    Failure::new(
        Failure::OUTPUT,
        Msg::CliCannotWrite.fill(
            lang,
            &[
                ("file", &path.display().to_string()),
                ("reason", &e.to_string()),
            ],
        ),
    )
}

fn validate(lang: Lang, dir: &Path, extra: &[PathBuf]) -> Result<(), Failure> {
    let mut files = Vec::new();
    for name in packs::DEFAULT_FILES {
        files.push((name.to_string(), read(&dir.join(name), lang)?));
    }
    for path in extra {
        files.push((path.display().to_string(), read(path, lang)?));
    }
    let (catalog, errors) = packs::load(&files);
    for e in &errors {
        println!("{}", e.message(lang));
    }
    let questions = catalog.all_questions().count();
    let actions = catalog.all_actions().count();
    println!(
        "{} packs, {questions} questions, {actions} actions, {} problems",
        catalog.packs.len(),
        errors.len()
    );
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Failure::new(Failure::PROBLEMS, String::new()))
    }
}

fn schema(which: SchemaKind) -> Result<(), Failure> {
    let schema = match which {
        SchemaKind::Packs => schemars::schema_for!(checkup::domain::pack::Pack),
        SchemaKind::Assessment => schemars::schema_for!(checkup::domain::assessment::Assessment),
        SchemaKind::Report => schemars::schema_for!(checkup::domain::report::Report),
        SchemaKind::Config => schemars::schema_for!(checkup::domain::config::ConfigFile),
    };
    println!(
        "{}",
        serde_json::to_string_pretty(&schema).unwrap_or_default()
    );
    Ok(())
}

fn finalize(lang: Lang, dir: &Path) -> Result<(), Failure> {
    let notes = checkup::site::finalize(dir).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Failure::new(
                Failure::INPUT,
                Msg::CliCannotRead.fill(
                    lang,
                    &[
                        ("file", &dir.display().to_string()),
                        ("reason", &e.to_string()),
                    ],
                ),
            )
        } else {
            cannot_write(dir, &e, lang)
        }
    })?;
    for note in notes {
        eprintln!("checkup: {note}");
    }
    Ok(())
}

/// Reads an assessment file as the app would import it: notes and bad
/// dates go to standard error.
fn import(
    file: &Path,
    lang: Option<Lang>,
    message_lang: Lang,
    catalog: &checkup::domain::Catalog,
) -> Result<checkup::domain::assessment::Assessment, Failure> {
    let text = read(file, message_lang)?;
    let imported = checkup::domain::transfer::import(&text, catalog).map_err(|e| {
        Failure::new(
            Failure::INPUT,
            format!("{}: {}", file.display(), e.message(message_lang)),
        )
    })?;
    for note in checkup::domain::transfer::notes(&imported, catalog, message_lang) {
        eprintln!("checkup-cli: {}: {note}", file.display());
    }
    if !imported.bad_dates.is_empty() {
        let lang = lang.unwrap_or(imported.assessment.lang);
        eprintln!(
            "{}: {}",
            file.display(),
            Msg::ImportBadDates.fill(lang, &[("dates", &imported.bad_dates.join(", "))])
        );
    }
    Ok(imported.assessment)
}

fn today_or(today: Option<String>, lang: Lang) -> Result<String, Failure> {
    match today {
        Some(t) => dates::parse(&t)
            .map(dates::iso)
            .map_err(|e| Failure::new(Failure::USAGE, e.message(lang))),
        None => Ok(dates::today_utc()),
    }
}

fn documents(
    lang: Option<Lang>,
    message_lang: Lang,
    file: &Path,
    out: &Path,
    today: Option<String>,
) -> Result<(), Failure> {
    use checkup::domain::documents::{DocFile, Facts, Request};
    let today = today_or(today, message_lang)?;
    let catalog = packs::builtin();
    let assessment = import(file, lang, message_lang, &catalog)?;
    let lang = lang.unwrap_or(assessment.lang);
    let request = Request {
        lang,
        today,
        facts: Facts::new(&catalog, &assessment),
        documents: assessment.documents.clone(),
    };
    std::fs::create_dir_all(out).map_err(|e| cannot_write(out, &e, lang))?;
    for doc in DocFile::ALL {
        if doc == DocFile::ProcessorCsv && request.processor_record().is_empty() {
            continue;
        }
        let bytes = checkup::documents::make(doc, &request)
            .map_err(|e| Failure::new(Failure::OUTPUT, e))?;
        let path = out.join(doc.file_name(lang));
        std::fs::write(&path, bytes).map_err(|e| cannot_write(&path, &e, lang))?;
        eprintln!(
            "{}",
            Msg::CliWrote.fill(lang, &[("file", &path.display().to_string())])
        );
    }
    Ok(())
}

fn report(
    lang: Option<Lang>,
    message_lang: Lang,
    file: &Path,
    today: Option<String>,
    pdf: Option<PathBuf>,
    full: bool,
) -> Result<(), Failure> {
    let today = match today {
        Some(t) => dates::parse(&t)
            .map(dates::iso)
            .map_err(|e| Failure::new(Failure::USAGE, e.message(message_lang)))?,
        None => dates::today_utc(),
    };
    let text = read(file, message_lang)?;
    let catalog = packs::builtin();
    let imported = checkup::domain::transfer::import(&text, &catalog).map_err(|e| {
        Failure::new(
            Failure::INPUT,
            format!("{}: {}", file.display(), e.message(message_lang)),
        )
    })?;
    for note in checkup::domain::transfer::notes(&imported, &catalog, message_lang) {
        eprintln!("checkup-cli: {}: {note}", file.display());
    }
    let assessment = imported.assessment;
    let lang = lang.unwrap_or(assessment.lang);
    if !imported.bad_dates.is_empty() {
        eprintln!(
            "{}: {}",
            file.display(),
            Msg::ImportBadDates.fill(lang, &[("dates", &imported.bad_dates.join(", "))])
        );
    }
    let evaluation = checkup::domain::engine::evaluate(&catalog, &assessment.answers);
    let mut report = checkup::domain::report::build(&checkup::domain::report::ReportInput {
        catalog: &catalog,
        assessment: &assessment,
        evaluation: &evaluation,
        lang,
        today: &today,
        branding: None,
    });
    if full {
        report.kind = checkup::domain::report::ReportKind::Full;
    }
    match pdf {
        Some(out) => {
            let bytes = checkup::pdf::render(&report);
            std::fs::write(&out, bytes).map_err(|e| cannot_write(&out, &e, lang))?;
            eprintln!(
                "{}",
                Msg::CliWrote.fill(lang, &[("file", &out.display().to_string())])
            );
        }
        None => println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        ),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_language_comes_from_the_option_then_checkup_lang_then_the_locale() {
        let none = env(&[]);
        assert_eq!(help_lang(&args(&["x", "--help"]), &none), Lang::En);
        let nl = [("LANG", "nl_BE.UTF-8")];
        assert_eq!(help_lang(&args(&["x"]), env(&nl)), Lang::Nl);
        assert_eq!(help_lang(&args(&["x", "--lang", "fr"]), env(&nl)), Lang::Fr);
        assert_eq!(help_lang(&args(&["x", "--lang=de"]), env(&nl)), Lang::De);
        let both = [("LANG", "nl_BE.UTF-8"), ("CHECKUP_LANG", "de")];
        assert_eq!(help_lang(&args(&["x"]), env(&both)), Lang::De);
        // LC_ALL wins over LANG, as in POSIX; "C" means no language: English.
        let c = [("LANG", "fr_BE.UTF-8"), ("LC_ALL", "C.UTF-8")];
        assert_eq!(help_lang(&args(&["x"]), env(&c)), Lang::En);
        let de = [("LANG", "en_GB.UTF-8"), ("LC_MESSAGES", "de_BE.UTF-8")];
        assert_eq!(help_lang(&args(&["x"]), env(&de)), Lang::De);
    }

    #[test]
    fn every_command_and_argument_has_help_in_every_language() {
        for lang in Lang::ALL {
            // Every command's help is made without a fault.
            for sub in [
                &[][..],
                &["validate"],
                &["report"],
                &["documents"],
                &["finalize"],
                &["schema"],
            ] {
                let mut args = vec!["checkup-cli"];
                args.extend(sub);
                args.push("--help");
                let e = command(lang).try_get_matches_from(args).err().unwrap();
                assert_eq!(e.kind(), clap::error::ErrorKind::DisplayHelp, "{sub:?}");
            }
            let mut cmd = command(lang);
            cmd.build();
            let mut all = vec![&cmd];
            all.extend(cmd.get_subcommands());
            for c in all {
                let about = c.get_about().map(ToString::to_string).unwrap_or_default();
                assert!(!about.is_empty(), "{lang}: {} has no about", c.get_name());
                let after = c
                    .get_after_help()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                assert!(
                    after.contains("\n  4  "),
                    "{lang}: {}: {after}",
                    c.get_name()
                );
                for a in c.get_arguments() {
                    let help = a.get_help().map(ToString::to_string).unwrap_or_default();
                    assert!(!help.is_empty(), "{lang}: {} {}", c.get_name(), a.get_id());
                }
            }
        }
    }
}
