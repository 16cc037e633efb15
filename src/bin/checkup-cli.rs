//! The CheckUp on the command line: validate packs, print a report, write a PDF.

use std::process::ExitCode;

use checkup::domain::{Lang, packs};

const USAGE: &str = "\
usage:
  checkup-cli validate [--lang LANG] [DIR] [EXTRA_PACK.json ...]
      Validate the packs of DIR (default: questions) and any extra packs.
  checkup-cli schema (packs|assessment)
      Print a JSON Schema generated from the Rust types.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("{msg}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let (lang, rest) = take_lang(args)?;
    match rest.first().map(String::as_str) {
        Some("validate") => validate(lang, &rest[1..]),
        Some("schema") => schema(rest.get(1).map(String::as_str)),
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

fn read(path: &std::path::Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn validate(lang: Lang, args: &[String]) -> Result<ExitCode, String> {
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

fn schema(which: Option<&str>) -> Result<ExitCode, String> {
    let schema = match which {
        Some("packs") => schemars::schema_for!(checkup::domain::pack::Pack),
        _ => return Err("schema needs: packs or assessment".into()),
    };
    println!(
        "{}",
        serde_json::to_string_pretty(&schema).map_err(|e| e.to_string())?
    );
    Ok(ExitCode::SUCCESS)
}
