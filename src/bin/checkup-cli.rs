//! The CheckUp on the command line: validate packs, print a report, write a
//! PDF, print JSON Schemas, finish a build. Arguments are read with `clap`;
//! `checkup-cli help COMMAND` or `checkup-cli COMMAND --help` describes each.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};

use checkup::domain::{Lang, Msg, dates, packs};

/// The exit codes, as `--help` shows them (README.md lists the same).
const EXIT_CODES: &str = "\
Exit codes:
  0  done
  1  the packs have problems (validate; each is printed)
  2  wrong command line (unknown command, missing or wrong argument, a date that does not exist)
  3  an input file or folder cannot be read, or is not a valid CheckUp file
  4  an output file cannot be written";

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

#[derive(Parser)]
#[command(
    name = "checkup-cli",
    version,
    about = "CheckUp on the command line: check question packs, make the report, the PDF action plan or the GDPR starter documents of an assessment file, print JSON Schemas.",
    after_help = EXIT_CODES
)]
struct Cli {
    /// Language of messages and of the report (default: English for
    /// messages, the assessment's own language for reports)
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
    /// Check the packs of a folder and any extra packs; prints each problem
    /// and a summary
    #[command(after_help = EXIT_CODES)]
    Validate {
        /// Folder with the built-in packs
        #[arg(default_value = "questions")]
        dir: PathBuf,
        /// Extra packs (e.g. a federation's sector pack), checked with the others
        #[arg(value_name = "EXTRA_PACK.json")]
        extra: Vec<PathBuf>,
    },
    /// Print the report of an assessment file as JSON, or write its PDF
    /// action plan
    #[command(after_help = EXIT_CODES)]
    Report {
        /// An assessment file saved from the CheckUp
        #[arg(value_name = "ASSESSMENT.json")]
        file: PathBuf,
        /// The report's date (default: today, UTC)
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<String>,
        /// Write the PDF action plan to this file instead of printing JSON
        #[arg(long, value_name = "OUT.pdf")]
        pdf: Option<PathBuf>,
        /// The full report (every finding, every action in detail, all
        /// answers) instead of the short one
        #[arg(long)]
        full: bool,
    },
    /// Write the GDPR starter documents of an assessment file into a folder:
    /// the record of processing (XLSX and CSV, with the processor record when
    /// it applies), the data breach register and the log of requests (XLSX),
    /// the privacy notice (DOCX and HTML) and the incident card (HTML)
    #[command(after_help = EXIT_CODES)]
    Documents {
        /// An assessment file saved from the CheckUp
        #[arg(value_name = "ASSESSMENT.json")]
        file: PathBuf,
        /// The folder to write the files into (made if missing)
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The documents' date (default: today, UTC)
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<String>,
    },
    /// Finish a build in DIR (trunk runs this after each build): start-up
    /// script in its own file, a neutral checkup.config.json, the
    /// hyphenation patterns per language, the offline service worker
    #[command(after_help = EXIT_CODES)]
    Finalize {
        /// The build folder (dist/ or trunk's staging folder)
        dir: PathBuf,
    },
    /// Print a JSON Schema generated from the program's types
    #[command(after_help = EXIT_CODES)]
    Schema {
        /// Which file format
        #[arg(value_enum)]
        which: SchemaKind,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum SchemaKind {
    /// Question packs (questions/*.json)
    Packs,
    /// Assessment files ("Save as file")
    Assessment,
    /// The report model (`report` without --pdf)
    Report,
    /// A federation's checkup.config.json
    Config,
}

fn main() -> ExitCode {
    // Wrong arguments: clap prints the problem and the usage, exit code 2.
    let cli = Cli::parse();
    let lang = cli.lang;
    let result = match cli.command {
        Command::Validate { dir, extra } => validate(lang.unwrap_or_default(), &dir, &extra),
        Command::Report {
            file,
            today,
            pdf,
            full,
        } => report(lang, &file, today, pdf, full),
        Command::Documents { file, out, today } => documents(lang, &file, &out, today),
        Command::Finalize { dir } => finalize(lang.unwrap_or_default(), &dir),
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
    catalog: &checkup::domain::Catalog,
) -> Result<checkup::domain::assessment::Assessment, Failure> {
    let message_lang = lang.unwrap_or_default();
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
    file: &Path,
    out: &Path,
    today: Option<String>,
) -> Result<(), Failure> {
    use checkup::domain::documents::{DocFile, Facts, Request};
    let today = today_or(today, lang.unwrap_or_default())?;
    let catalog = packs::builtin();
    let assessment = import(file, lang, &catalog)?;
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
    file: &Path,
    today: Option<String>,
    pdf: Option<PathBuf>,
    full: bool,
) -> Result<(), Failure> {
    let message_lang = lang.unwrap_or_default();
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
