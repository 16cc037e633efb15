//! The CheckUp on the command line: validate packs, print a report, write a PDF.

use std::process::ExitCode;

use checkup::domain::{Lang, packs};

const USAGE: &str = "\
usage:
  checkup-cli validate [--lang LANG] [DIR] [EXTRA_PACK.json ...]
      Validate the packs of DIR (default: questions) and any extra packs.
  checkup-cli report ASSESSMENT.json [--lang LANG] [--today YYYY-MM-DD] [--pdf OUT.pdf]
      Print the report model as JSON in LANG (default: the assessment's language);
      with --pdf, write the PDF action plan to OUT.pdf instead.
  checkup-cli finalize DIR
      Finish a build in DIR (trunk runs this after each build): start-up script
      in its own file, a neutral checkup.config.json, the offline service worker.
  checkup-cli schema (packs|assessment|report|config)
      Print a JSON Schema generated from the Rust types.
";

/// Exit codes: 0 done; 1 the packs have problems, or a file cannot be read
/// or used (one line on standard error says why); 2 the command line is wrong
/// (the usage follows).
const EXIT_FILE: u8 = 1;
const EXIT_USAGE: u8 = 2;

/// Why a command failed.
enum Failure {
    /// The command line is wrong: the usage text helps.
    Usage(String),
    /// A file cannot be read or used: one line says why.
    File(String),
}

impl From<String> for Failure {
    fn from(msg: String) -> Self {
        Failure::Usage(msg)
    }
}

impl From<&str> for Failure {
    fn from(msg: &str) -> Self {
        Failure::Usage(msg.to_string())
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(Failure::Usage(msg)) => {
            eprintln!("checkup-cli: {msg}\n\n{USAGE}");
            ExitCode::from(EXIT_USAGE)
        }
        Err(Failure::File(msg)) => {
            // One line: what and why, never a multi-line dump.
            eprintln!("checkup-cli: {}", msg.replace(['\n', '\r'], " "));
            ExitCode::from(EXIT_FILE)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, Failure> {
    let lang_given = args.iter().any(|a| a == "--lang");
    let (lang, rest) = take_lang(args)?;
    match rest.first().map(String::as_str) {
        Some("validate") => validate(lang, &rest[1..]),
        Some("schema") => schema(rest.get(1).map(String::as_str)),
        Some("report") => report(lang_given.then_some(lang), &rest[1..]),
        Some("finalize") => {
            let dir = rest.get(1).ok_or("finalize needs a folder")?;
            for note in checkup::site::finalize(std::path::Path::new(dir))
                .map_err(|e| Failure::File(format!("{dir}: {e}")))?
            {
                eprintln!("checkup: {note}");
            }
            Ok(ExitCode::SUCCESS)
        }
        _ => Err("unknown command".into()),
    }
}

fn take_lang(args: &[String]) -> Result<(Lang, Vec<String>), String> {
    let mut lang = Lang::En;
    let mut rest = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--lang" {
            let code = it.next().ok_or("--lang needs a value: nl, fr, de or en")?;
            lang = Lang::from_code(code)
                .ok_or_else(|| format!("unknown language {code}: use nl, fr, de or en"))?;
        } else {
            rest.push(a.clone());
        }
    }
    Ok((lang, rest))
}

/// Reads a text file; a byte-order mark at the start is dropped.
fn read(path: &std::path::Path) -> Result<String, Failure> {
    let bytes =
        std::fs::read(path).map_err(|e| Failure::File(format!("{}: {e}", path.display())))?;
    let text = String::from_utf8_lossy(&bytes);
    Ok(checkup::domain::transfer::strip_bom(&text).to_string())
}

fn validate(lang: Lang, args: &[String]) -> Result<ExitCode, Failure> {
    let dir = args.first().map(String::as_str).unwrap_or("questions");
    let mut files = Vec::new();
    for name in packs::DEFAULT_FILES {
        let path = std::path::Path::new(dir).join(name);
        files.push((name.to_string(), read(&path)?));
    }
    for extra in args.iter().skip(1) {
        files.push((extra.clone(), read(std::path::Path::new(extra))?));
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
    Ok(if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn schema(which: Option<&str>) -> Result<ExitCode, Failure> {
    let schema = match which {
        Some("packs") => schemars::schema_for!(checkup::domain::pack::Pack),
        Some("assessment") => schemars::schema_for!(checkup::domain::assessment::Assessment),
        Some("report") => schemars::schema_for!(checkup::domain::report::Report),
        Some("config") => schemars::schema_for!(checkup::domain::config::ConfigFile),
        _ => {
            return Err(Failure::Usage(
                "schema needs: packs, assessment, report or config".into(),
            ));
        }
    };
    println!(
        "{}",
        serde_json::to_string_pretty(&schema).map_err(|e| Failure::File(e.to_string()))?
    );
    Ok(ExitCode::SUCCESS)
}

fn take_value(args: &[String], name: &str) -> Result<(Option<String>, Vec<String>), String> {
    let mut value = None;
    let mut rest = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == name {
            value = Some(
                it.next()
                    .ok_or_else(|| format!("{name} needs a value"))?
                    .clone(),
            );
        } else {
            rest.push(a.clone());
        }
    }
    Ok((value, rest))
}

fn report(lang: Option<Lang>, args: &[String]) -> Result<ExitCode, Failure> {
    let (today, args) = take_value(args, "--today")?;
    let (pdf, args) = take_value(&args, "--pdf")?;
    let [file] = args.as_slice() else {
        return Err("report needs one assessment file".into());
    };
    let text = read(std::path::Path::new(file))?;
    let catalog = packs::builtin();
    let imported = checkup::domain::transfer::import(&text, &catalog)
        .map_err(|e| Failure::File(format!("{file}: {}", e.message(lang.unwrap_or_default()))))?;
    for note in checkup::domain::transfer::notes(&imported, &catalog, lang.unwrap_or_default()) {
        eprintln!("checkup-cli: {file}: {note}");
    }
    let assessment = imported.assessment;
    let lang = lang.unwrap_or(assessment.lang);
    let today = match today {
        Some(t) => t,
        None => today_utc(),
    };
    let evaluation = checkup::domain::engine::evaluate_assessment(&catalog, &assessment);
    let report = checkup::domain::report::build(&checkup::domain::report::ReportInput {
        catalog: &catalog,
        assessment: &assessment,
        evaluation: &evaluation,
        lang,
        today: &today,
        branding: None,
    });
    match pdf {
        Some(out) => {
            let bytes = checkup::pdf::render(&report);
            std::fs::write(&out, bytes).map_err(|e| Failure::File(format!("{out}: {e}")))?;
            eprintln!("wrote {out}");
        }
        None => println!(
            "{}",
            serde_json::to_string_pretty(&report).map_err(|e| Failure::File(e.to_string()))?
        ),
    }
    Ok(ExitCode::SUCCESS)
}

/// Today's date in UTC as `YYYY-MM-DD`.
fn today_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 to a civil date (proleptic Gregorian calendar).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}
