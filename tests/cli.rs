//! The command line as a person uses it: help for every command, the exit
//! codes it documents, and one translated line (not the usage text) when an
//! input file or a date is wrong.

use std::process::{Command, Output};

/// Runs the command line in an environment without a language (English).
fn run(args: &[&str]) -> Output {
    run_in(args, &[])
}

/// Runs the command line with these environment variables (and no other
/// language setting).
fn run_in(args: &[&str], vars: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_checkup-cli"));
    for k in ["CHECKUP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(k);
    }
    cmd.envs(vars.iter().copied())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn temp(name: &str, content: &str) -> std::path::PathBuf {
    let p = std::env::temp_dir().join(format!("checkup-cli-{}-{name}", std::process::id()));
    std::fs::write(&p, content).unwrap();
    p
}

#[test]
fn every_command_has_help_with_the_exit_codes() {
    for cmd in [
        &[][..],
        &["report"],
        &["validate"],
        &["schema"],
        &["finalize"],
        &["documents"],
    ] {
        let mut args = cmd.to_vec();
        args.push("--help");
        let out = run(&args);
        assert!(out.status.success(), "{args:?}");
        let help = text(&out.stdout);
        assert!(help.contains("Usage:"), "{args:?}: {help}");
        assert!(help.contains("Exit codes:"), "{args:?}: {help}");
        assert!(help.contains("3  an input file"), "{args:?}: {help}");
    }
    let help = text(&run(&["report", "--help"]).stdout);
    for flag in ["--lang", "--today", "--pdf"] {
        assert!(help.contains(flag), "{flag}");
    }
    // The README lists the same exit codes.
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for line in ["| 0 |", "| 1 |", "| 2 |", "| 3 |", "| 4 |"] {
        assert!(readme.contains(line), "README: exit code {line}");
    }
}

#[test]
fn help_speaks_the_language_of_the_environment_or_of_lang() {
    use checkup::domain::{Lang, Msg};
    // A Dutch-speaking Belgian system: the help is Dutch, with the exit codes.
    let out = run_in(&["report", "--help"], &[("LANG", "nl_BE.UTF-8")]);
    assert!(out.status.success());
    let help = text(&out.stdout);
    for msg in [
        Msg::CliReport,
        Msg::CliArgAssessment,
        Msg::CliReportPdf,
        Msg::CliArgHelp,
        Msg::CliExitCodes,
        Msg::CliExit3,
    ] {
        assert!(help.contains(&msg.get(Lang::Nl)), "{msg:?}: {help}");
    }
    assert!(
        help.contains("Afsluitcodes:") && help.contains("Gebruik:"),
        "{help}"
    );
    assert!(!help.contains("Exit codes:"), "{help}");
    // --lang and CHECKUP_LANG come first; every language has the texts.
    for lang in Lang::ALL {
        let by_option = text(
            &run_in(
                &["--help", "--lang", lang.code()],
                &[("LANG", "nl_BE.UTF-8")],
            )
            .stdout,
        );
        let by_env =
            text(&run_in(&["validate", "--help"], &[("CHECKUP_LANG", lang.code())]).stdout);
        assert!(
            by_option.contains(&Msg::CliAbout.get(lang)),
            "{lang}: {by_option}"
        );
        assert!(
            by_env.contains(&Msg::CliValidate.get(lang)),
            "{lang}: {by_env}"
        );
        assert!(
            by_env.contains(&Msg::CliExit4.get(lang)),
            "{lang}: {by_env}"
        );
    }
}

#[test]
fn a_file_that_is_not_an_assessment_gets_one_translated_line_and_code_3() {
    let bad = temp(
        "bad.json",
        "{\"format\": \"checkup-assessment\", \"version\": 1, \"answers\": ",
    );
    for (lang, words) in [
        ("nl", "beschadigd of onvolledig"),
        ("fr", "endommagé ou incomplet"),
        ("de", "beschädigt oder unvollständig"),
        ("en", "damaged or incomplete"),
    ] {
        let out = run(&["report", bad.to_str().unwrap(), "--lang", lang]);
        assert_eq!(out.status.code(), Some(3), "{lang}");
        let err = text(&out.stderr);
        assert!(err.contains(words), "{lang}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{lang}: {err}");
        assert!(!err.contains("Usage"), "{lang}: {err}");
        assert!(out.stdout.is_empty());
    }
    let _ = std::fs::remove_file(&bad);
    // A file that is not there.
    let out = run(&["report", "no-such-file.json", "--lang", "de"]);
    assert_eq!(out.status.code(), Some(3));
    let err = text(&out.stderr);
    assert!(
        err.contains("no-such-file.json kann nicht gelesen werden"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn a_date_that_does_not_exist_is_refused_with_the_reason() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/personas/bakery.json");
    let out = run(&["report", file, "--today", "2026-02-31", "--lang", "nl"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr).trim_end(),
        "2026-02-31 bestaat niet: februari 2026 heeft 28 dagen."
    );
    let out = run(&["report", file, "--today", "2026-02-28", "--lang", "en"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("\"date\": \"28 February 2026\""));
}

#[test]
fn a_due_date_that_does_not_exist_in_a_file_is_reported_and_kept_in_the_note() {
    let persona = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/personas/bakery.json"
    ))
    .unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&persona).unwrap();
    v["plan"] = serde_json::json!({ "act.sec.mfa": { "due": "2026-02-31", "note": "Marie" } });
    let file = temp("due.json", &v.to_string());
    let out = run(&[
        "report",
        file.to_str().unwrap(),
        "--today",
        "2026-11-29",
        "--lang",
        "en",
    ]);
    let _ = std::fs::remove_file(&file);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains(
            "Due dates that do not exist are now in their action's note: act.sec.mfa: 2026-02-31"
        ),
        "{}",
        text(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let entry = r["plan"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "act.sec.mfa")
        .expect("the action is in the plan");
    assert_eq!(entry["due"], "");
    // The note is part of the assessment: in the assessment's language (nl).
    assert_eq!(
        entry["note"],
        "Marie\nDeadline uit het bestand, bestaat niet: 2026-02-31"
    );
}

#[test]
fn validate_says_how_many_problems_and_fails_with_code_1() {
    let out = run(&["validate", "questions"]);
    assert!(out.status.success(), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains(", 0 problems"));
    let broken = temp("pack.json", "{\"id\": \"x\"");
    let out = run(&["validate", "questions", broken.to_str().unwrap()]);
    let _ = std::fs::remove_file(&broken);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    // A wrong command line: what is wrong, with the possible values, and code 2.
    let out = run(&["validate", "--lang", "xx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("possible values: nl, fr, de, en"));
    let out = run(&["schema", "packs"]);
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("\"$schema\""));
}

/// A wrong command line is told in the language of the help: what is wrong,
/// the nearest command, the usage and where to find help, with code 2.
#[test]
fn a_wrong_command_line_is_told_in_the_language_of_the_environment() {
    let out = run_in(&["repot", "x.json"], &[("LANG", "nl_BE.UTF-8")]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.starts_with("fout: onbekende opdracht 'repot'"), "{err}");
    assert!(err.contains("bedoelt u 'report'?"), "{err}");
    assert!(err.contains("Gebruik: checkup-cli"), "{err}");
    assert!(err.contains("Meer informatie: checkup-cli --help"), "{err}");

    let out = run(&["--lang", "fr", "report"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("erreur\u{a0}: requis mais absent\u{a0}: <ASSESSMENT.json>"),
        "{err}"
    );
    assert!(err.contains("checkup-cli report --help"), "{err}");

    let out = run_in(&["schema", "packjes"], &[("CHECKUP_LANG", "de")]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("Fehler: ungültiger Wert „packjes“"), "{err}");
    assert!(
        err.contains("mögliche Werte: packs, assessment, report, config"),
        "{err}"
    );

    let out = run(&["report", "--bogus", "x.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("error: unexpected argument '--bogus'"));
}
