//! Files and steps that users of comparable tools reported losing data with,
//! tried on the CheckUp (the inputs are in `tests/field-cases/`): version
//! fields and version skew, files it saves and must open again, hand-edited
//! and wrong files, the command line, and characters in the PDF.
//! The browser side of the same cases is in `tests/e2e/field.rs`.

use std::cmp::Ordering;
use std::path::PathBuf;
use std::process::Command;

use checkup::domain::assessment::{Answer, Assessment, FORMAT_VERSION};
use checkup::domain::transfer::{self, ImportError, MAX_BYTES, Reason};
use checkup::domain::{Catalog, Lang, packs};

fn catalog() -> &'static Catalog {
    static C: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    C.get_or_init(packs::builtin)
}

fn case_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/field-cases")
        .join(name)
}

fn case(name: &str) -> String {
    std::fs::read_to_string(case_path(name)).unwrap()
}

fn persona_text(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/personas/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// This build's packs with the security pack in a later version, where
/// `sec.backup.regular` was renamed to `sec.backup.regular-v2` (case 2a).
fn later_catalog() -> (Catalog, String) {
    let mut files = packs::builtin_files();
    let security = files
        .iter_mut()
        .find(|(n, _)| n == "security.json")
        .unwrap();
    let mut pack: serde_json::Value = serde_json::from_str(&security.1).unwrap();
    let ours = pack["version"].as_str().unwrap().to_string();
    let later = "2099.1".to_string();
    assert_eq!(
        transfer::compare_versions(&later, &ours),
        Some(Ordering::Greater)
    );
    pack["version"] = later.clone().into();
    let text = serde_json::to_string(&pack)
        .unwrap()
        .replace("\"sec.backup.regular\"", "\"sec.backup.regular-v2\"");
    let mut pack: serde_json::Value = serde_json::from_str(&text).unwrap();
    let entry = serde_json::json!({"from": "sec.backup.regular", "to": "sec.backup.regular-v2"});
    match pack.get_mut("renamed").and_then(|r| r.as_array_mut()) {
        Some(list) => list.push(entry),
        None => pack["renamed"] = serde_json::json!([entry]),
    }
    security.1 = pack.to_string();
    let (c, errors) = packs::load(&files);
    assert!(errors.is_empty(), "{errors:?}");
    (c, later)
}

// --- Case 2b: version fields ---------------------------------------------

#[test]
fn version_one_point_zero_is_version_one() {
    let imported = transfer::import(&case("02-version-float-1.0.json"), catalog()).unwrap();
    assert_eq!(imported.assessment.version, FORMAT_VERSION);
    assert_eq!(
        imported.assessment.answers.get("profile.staff"),
        Some(&Answer::One("1-9".into()))
    );
}

#[test]
fn a_missing_or_non_numeric_version_gets_a_precise_message() {
    let file = |version: &str| {
        format!(
            "{{\"format\": \"checkup-assessment\"{version}, \"answers\": {{\"profile.staff\": \"1-9\"}}}}"
        )
    };
    let none = transfer::import(&file(""), catalog()).unwrap_err();
    assert_eq!(none, ImportError::NoVersion);
    for (written, shown) in [
        ("\"1\"", "\"1\""),
        ("\"v1\"", "\"v1\""),
        ("1.5", "1.5"),
        ("0", "0"),
        ("null", "null"),
    ] {
        let e =
            transfer::import(&file(&format!(", \"version\": {written}")), catalog()).unwrap_err();
        assert_eq!(
            e,
            ImportError::BadVersion {
                found: shown.into()
            },
            "{written}"
        );
        for lang in Lang::ALL {
            let msg = e.message(lang);
            assert!(msg.contains(shown), "{lang}: {msg}");
            assert_ne!(msg, ImportError::NotAssessment.message(lang));
        }
    }
    assert!(none.message(Lang::Nl).contains("geen versie"));
    assert!(none.message(Lang::En).contains("no version"));
    // A newer format is refused, with its number.
    let future = transfer::import(&file(", \"version\": 2"), catalog()).unwrap_err();
    assert_eq!(future, ImportError::FromTheFuture { version: 2 });
}

#[test]
fn newer_question_versions_are_reported_and_never_rewritten() {
    let imported = transfer::import(&case("02-packs-newer-2027.1.json"), catalog()).unwrap();
    assert_eq!(imported.newer_packs.len(), 1);
    assert_eq!(imported.newer_packs[0].pack, "security");
    assert_eq!(imported.newer_packs[0].file, "2027.1");
    assert!(imported.is_newer());
    // The file keeps naming the newer version: a newer build re-examines it.
    assert_eq!(imported.assessment.packs["security"], "2027.1");
    for lang in Lang::ALL {
        let notes = transfer::notes(&imported, catalog(), lang);
        assert!(
            notes.iter().any(|n| n.contains("2027.1")),
            "{lang}: {notes:?}"
        );
    }
    // An unreadable pack version is reported, not silently replaced.
    let text = r#"{"format": "checkup-assessment", "version": 1, "packs": {"security": "v2026.1"}, "answers": {}}"#;
    let imported = transfer::import(text, catalog()).unwrap();
    assert_eq!(
        imported.unreadable_packs,
        [("security".to_string(), "v2026.1".to_string())]
    );
    let notes = transfer::notes(&imported, catalog(), Lang::Nl);
    assert!(notes.iter().any(|n| n.contains("v2026.1")), "{notes:?}");
}

#[test]
fn fields_a_newer_version_wrote_are_kept() {
    let text = r#"{"format": "checkup-assessment", "version": 1, "future_field": {"keep": "me"},
        "answers": {"profile.staff": "1-9"},
        "plan": {"act.sec.mfa": {"owner": "Owner A", "future_sub": "x"}}}"#;
    let imported = transfer::import(text, catalog()).unwrap();
    assert_eq!(
        imported.unknown_fields,
        ["future_field", "plan.act.sec.mfa.future_sub"]
    );
    let notes = transfer::notes(&imported, catalog(), Lang::Fr);
    assert!(
        notes.iter().any(|n| n.contains("future_field")),
        "{notes:?}"
    );
    let back: serde_json::Value =
        serde_json::from_str(&transfer::export(&imported.assessment)).unwrap();
    assert_eq!(back["future_field"]["keep"], "me");
    assert_eq!(back["plan"]["act.sec.mfa"]["future_sub"], "x");
    assert_eq!(back["plan"]["act.sec.mfa"]["owner"], "Owner A");
}

#[test]
fn saved_data_in_a_newer_format_is_read_but_flagged() {
    // The one-tab case of 2a: a newer format in storage.
    let text = r#"{"format":"checkup-assessment","version":2,"future_field":{"keep":"me"},"answers":{"profile.staff":"1-9"},"plan":{"act.sec.mfa":{"owner":"Owner A","future_sub":"x"}}}"#;
    let saved = transfer::read_saved(text).unwrap();
    assert_eq!(saved.newer_format, Some(2));
    assert!(!saved.damaged);
    assert_eq!(saved.assessment.answers.len(), 1);
    assert_eq!(saved.assessment.extra["future_field"]["keep"], "me");
    // Saved data of this version (also with a byte-order mark) is not flagged.
    let ours = format!("\u{feff}{}", persona_text("bakery"));
    let saved = transfer::read_saved(&ours).unwrap();
    assert_eq!(saved.newer_format, None);
    assert!(!saved.damaged && saved.assessment.answers.len() > 50);
}

#[test]
fn an_older_build_keeps_a_renamed_answer_and_the_newer_build_gets_it_back() {
    // Case 2a: build B (later packs) renamed sec.backup.regular; build A (this
    // one) reads what B saved; then B reads what A would have.
    let (later, later_version) = later_catalog();
    let bakery = transfer::import(&persona_text("bakery"), catalog())
        .unwrap()
        .assessment;
    assert!(bakery.answers.contains_key("sec.backup.regular"));
    let in_b = transfer::migrate(bakery.clone(), &later);
    assert_eq!(
        in_b.renamed,
        [(
            "sec.backup.regular".to_string(),
            "sec.backup.regular-v2".to_string()
        )]
    );
    let saved_by_b = in_b.assessment;
    // A: the answer to the question it does not know is kept aside, the
    // newer version is reported and kept, and A must not write over it.
    assert_eq!(
        transfer::newer_packs(&saved_by_b, catalog())[0].file,
        later_version
    );
    let in_a = transfer::migrate(saved_by_b.clone(), catalog());
    assert!(in_a.is_newer());
    assert_eq!(in_a.assessment.packs["security"], later_version);
    assert_eq!(
        in_a.assessment.set_aside.get("sec.backup.regular-v2"),
        saved_by_b.answers.get("sec.backup.regular-v2")
    );
    // B, reading that (say A wrote it all the same), gets the answer back.
    let again_in_b = transfer::migrate(in_a.assessment, &later);
    assert_eq!(again_in_b.restored, ["sec.backup.regular-v2"]);
    assert_eq!(again_in_b.assessment.answers, saved_by_b.answers);
    assert!(again_in_b.assessment.set_aside.is_empty());
    let notes = transfer::notes(&again_in_b, &later, Lang::En);
    assert!(notes.iter().any(|n| n.contains("are back")), "{notes:?}");
}

#[test]
fn kept_aside_answers_come_back_once_a_rename_maps_them() {
    // An old file: sec.backup.regular was kept aside by an earlier build
    // that did not know it; this build knows it again.
    let text = r#"{"format": "checkup-assessment", "version": 1,
        "answers": {"profile.staff": "1-9"},
        "set_aside": {"sec.backup.regular": "no", "gone.question": "yes"}}"#;
    let imported = transfer::import(text, catalog()).unwrap();
    assert_eq!(imported.restored, ["sec.backup.regular"]);
    assert_eq!(
        imported.assessment.answers.get("sec.backup.regular"),
        Some(&Answer::One("no".into()))
    );
    // What still fits nowhere stays aside, and is not reported again.
    assert_eq!(imported.assessment.set_aside.len(), 1);
    assert!(imported.set_aside.is_empty());
    // An answer given since wins over the kept-aside one, which stays aside.
    let text = r#"{"format": "checkup-assessment", "version": 1,
        "answers": {"sec.backup.regular": "yes"},
        "set_aside": {"sec.backup.regular": "no"}}"#;
    let imported = transfer::import(text, catalog()).unwrap();
    assert_eq!(
        imported.assessment.answers["sec.backup.regular"],
        Answer::One("yes".into())
    );
    assert_eq!(
        imported.assessment.set_aside["sec.backup.regular"],
        Answer::One("no".into())
    );
    assert!(imported.restored.is_empty());
}

#[test]
fn answers_that_are_no_longer_a_choice_are_asked_again_by_their_text() {
    let text = r#"{"format": "checkup-assessment", "version": 1,
        "answers": {"profile.staff": "lots", "old.removed": "no"}}"#;
    let imported = transfer::import(text, catalog()).unwrap();
    let reasons: Vec<(&str, Reason)> = imported
        .set_aside
        .iter()
        .map(|s| (s.id.as_str(), s.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            ("old.removed", Reason::Removed),
            ("profile.staff", Reason::NotAnOption)
        ]
    );
    for lang in Lang::ALL {
        let notes = transfer::notes(&imported, catalog(), lang);
        let staff = catalog().question("profile.staff").unwrap().text.get(lang);
        assert!(notes.iter().any(|n| n.contains(staff)), "{lang}: {notes:?}");
        assert!(
            notes.iter().all(|n| !n.contains("profile.staff")),
            "no ids: {notes:?}"
        );
        assert!(notes.iter().all(|n| !n.contains("(s)") && !n.contains("{")));
    }
}

// --- Case 4: a file the app saves opens again --------------------------

/// The assessment of `04-make-big.py`: a fixture with a 2,000-character
/// note and 1,250 baselines listing 60 actions each (about 2.3 MB).
fn big_assessment() -> Assessment {
    let fixture = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/export-2026.1.json"
    ))
    .unwrap();
    let mut f: serde_json::Value = serde_json::from_str(&fixture).unwrap();
    let acts: Vec<&str> = ["act.sec.mfa", "act.sec.backup-321"].repeat(30);
    let note: String = "één–ß😀".repeat(400).chars().take(2000).collect();
    f["plan"] =
        serde_json::json!({"act.sec.mfa": {"owner": "Zoë", "status": "doing", "note": note}});
    f["history"] = (0..1250)
        .map(|i| {
            serde_json::json!({"saved": "2026-01-01T10:00:00Z", "label": format!("Ronde {i}"),
                "scores": {"overall": 34, "gdpr": 40, "security": 30},
                "open_actions": acts, "done_actions": []})
        })
        .collect();
    serde_json::from_value(f).unwrap()
}

#[test]
fn every_file_the_app_saves_opens_again() {
    let big = big_assessment();
    let file = transfer::export(&big);
    assert!(file.len() > 2 * 1024 * 1024, "{}", file.len());
    assert_eq!(transfer::export_size(&file), Ok(file.len()));
    let back = transfer::import(&file, catalog()).unwrap();
    assert_eq!(back.assessment.history.len(), 1250);
    assert_eq!(back.assessment.plan, big.plan);
    // Browser storage holds at most about 5 million UTF-16 code units: any
    // assessment it holds, saved as UTF-8, is under the import limit.
    const { assert!(MAX_BYTES >= 3 * 5 * 1024 * 1024) };
    // Larger ones can only live in memory: saving them warns first.
    let mut huge = big.clone();
    huge.plan.get_mut("act.sec.mfa").unwrap().note = "x".repeat(MAX_BYTES);
    let text = transfer::export(&huge);
    assert_eq!(transfer::export_size(&text), Err(text.len()));
}

#[test]
fn sizes_are_written_with_the_languages_decimal_separator() {
    assert_eq!(transfer::megabytes(2_284_129, Lang::Nl), "2,2");
    assert_eq!(transfer::megabytes(2_284_129, Lang::Fr), "2,2");
    assert_eq!(transfer::megabytes(2_284_129, Lang::De), "2,2");
    assert_eq!(transfer::megabytes(2_284_129, Lang::En), "2.2");
    let e = ImportError::TooLarge {
        bytes: 20 * 1024 * 1024,
    };
    assert!(
        e.message(Lang::Nl).contains("20,0 MB"),
        "{}",
        e.message(Lang::Nl)
    );
    assert!(
        e.message(Lang::Fr).contains("20,0\u{a0}Mo"),
        "{}",
        e.message(Lang::Fr)
    );
    assert!(e.message(Lang::En).contains("20.0 MB"));
}

// --- Case 6: hand-edited and wrong files -------------------------------

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = case("06a-bom-cli.json");
    assert!(text.starts_with('\u{feff}'));
    let imported = transfer::import(&text, catalog()).unwrap();
    assert_eq!(imported.assessment.answers.len(), 1);
    assert!(transfer::recover(&text).is_some());
}

#[test]
fn a_spreadsheet_or_a_pdf_renamed_to_json_is_not_a_checkup_file() {
    let csv = case("06d-csv-saved-as-json.json");
    assert_eq!(
        transfer::import(&csv, catalog()).unwrap_err(),
        ImportError::NotAssessment
    );
    let pdf = String::from_utf8_lossy(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
        .into_owned();
    assert_eq!(
        transfer::import(&pdf, catalog()).unwrap_err(),
        ImportError::NotAssessment
    );
    assert_eq!(
        transfer::import("PK\u{3}\u{4}binary", catalog()).unwrap_err(),
        ImportError::NotAssessment
    );
    // A CheckUp file that was cut off is "damaged", not "not a CheckUp file".
    let good = persona_text("bakery");
    assert!(matches!(
        transfer::import(&good[..good.len() / 2], catalog()).unwrap_err(),
        ImportError::NotJson { .. }
    ));
}

#[test]
fn an_empty_checkup_file_reads_as_empty() {
    // The app asks before such a file replaces real work (tests/e2e/field.rs).
    let imported = transfer::import(&case("06e-empty-assessment.json"), catalog()).unwrap();
    assert!(!imported.assessment.has_work());
}

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_checkup-cli"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_command_line_reads_a_byte_order_mark_and_says_in_one_line_what_is_wrong() {
    let bom = case_path("06a-bom-cli.json");
    let (code, stdout, stderr) = cli(&["report", bom.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("\"lang\""), "the report model");

    let csv = case_path("06d-csv-saved-as-json.json");
    let (code, stdout, stderr) = cli(&["report", csv.to_str().unwrap(), "--lang", "en"]);
    // Exit code 3: an input file that is not a valid CheckUp file.
    assert_eq!(code, 3);
    assert!(stdout.is_empty());
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("not a CheckUp file"), "{stderr}");
    assert!(!stderr.to_lowercase().contains("usage"), "{stderr}");

    let (code, _, stderr) = cli(&["report", "no-such-file.json"]);
    assert_eq!(code, 3);
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");

    // A wrong command line still shows how to use it.
    let (code, _, stderr) = cli(&["reprot"]);
    assert_eq!(code, 2);
    assert!(stderr.to_lowercase().contains("usage"), "{stderr}");
}

// --- Pack changes: split and remap -------------------------------------

/// This build's packs plus a later change: a security question split in
/// two, and answer values of the profile that changed.
fn changed_catalog() -> Catalog {
    let mut files = packs::builtin_files();
    for (name, text) in files.iter_mut() {
        let mut pack: serde_json::Value = serde_json::from_str(text).unwrap();
        match name.as_str() {
            "security.json" => {
                pack["split"] = serde_json::json!([{"from": "sec.backup.old-combined",
                    "to": ["sec.backup.regular", "sec.backup.offline"]}]);
            }
            "profile.json" => {
                pack["remap"] = serde_json::json!([
                    {"question": "profile.staff", "from": "1-10", "to": "1-9"},
                    {"question": "profile.staff", "from": "huge", "to": null},
                    {"question": "profile.data_subjects", "from": "clients", "to": "customers"},
                    {"question": "profile.data_subjects", "from": "visitors", "to": null}
                ]);
            }
            _ => continue,
        }
        *text = pack.to_string();
    }
    let (c, errors) = packs::load(&files);
    assert!(errors.is_empty(), "{errors:?}");
    c
}

fn import_with(c: &Catalog, answers: serde_json::Value) -> transfer::Imported {
    let text =
        serde_json::json!({"format": "checkup-assessment", "version": 1, "answers": answers});
    transfer::import(&text.to_string(), c).unwrap()
}

#[test]
fn a_split_question_is_asked_again_and_the_person_is_told_why() {
    let c = changed_catalog();
    let imported = import_with(
        &c,
        serde_json::json!({"sec.backup.old-combined": "yes", "profile.staff": "1-9"}),
    );
    assert_eq!(imported.set_aside.len(), 1);
    assert_eq!(imported.set_aside[0].id, "sec.backup.old-combined");
    assert_eq!(imported.set_aside[0].reason, Reason::Split);
    assert_eq!(
        imported.assessment.set_aside["sec.backup.old-combined"],
        Answer::One("yes".into())
    );
    assert!(
        !imported
            .assessment
            .answers
            .contains_key("sec.backup.regular")
    );
    for lang in Lang::ALL {
        let notes = transfer::notes(&imported, &c, lang);
        assert_eq!(notes.len(), 1, "{notes:?}");
        for q in ["sec.backup.regular", "sec.backup.offline"] {
            let text = c.question(q).unwrap().text.get(lang);
            assert!(notes[0].contains(text), "{lang}: {notes:?}");
        }
        assert!(!notes[0].contains("sec.backup"), "no ids: {notes:?}");
    }
    assert!(transfer::notes(&imported, &c, Lang::En)[0].contains("split or changed"));
    // The kept-aside answer stays aside on the next load, without a new word.
    let again = transfer::migrate(imported.assessment.clone(), &c);
    assert!(again.set_aside.is_empty() && again.restored.is_empty());
    assert_eq!(again.assessment.set_aside, imported.assessment.set_aside);
}

#[test]
fn a_remapped_value_follows_and_a_value_to_ask_again_is_set_aside_with_its_reason() {
    let c = changed_catalog();
    let imported = import_with(
        &c,
        serde_json::json!({"profile.staff": "1-10", "profile.data_subjects": ["clients", "employees"]}),
    );
    assert!(imported.set_aside.is_empty(), "{:?}", imported.set_aside);
    assert_eq!(
        imported.assessment.answers["profile.staff"],
        Answer::One("1-9".into())
    );
    assert_eq!(
        imported.assessment.answers["profile.data_subjects"],
        Answer::Many(vec!["customers".into(), "employees".into()])
    );
    assert!(transfer::notes(&imported, &c, Lang::Nl).is_empty());

    let imported = import_with(
        &c,
        serde_json::json!({"profile.staff": "huge", "profile.data_subjects": ["visitors", "employees"]}),
    );
    let reasons: Vec<(&str, Reason)> = imported
        .set_aside
        .iter()
        .map(|s| (s.id.as_str(), s.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            ("profile.data_subjects", Reason::ChoicesChanged),
            ("profile.staff", Reason::ChoicesChanged)
        ]
    );
    assert_eq!(
        imported.assessment.set_aside["profile.staff"],
        Answer::One("huge".into())
    );
    for lang in Lang::ALL {
        let notes = transfer::notes(&imported, &c, lang);
        assert_eq!(notes.len(), 1, "{notes:?}");
        for q in ["profile.staff", "profile.data_subjects"] {
            assert!(notes[0].contains(c.question(q).unwrap().text.get(lang)));
        }
    }
    assert!(transfer::notes(&imported, &c, Lang::En)[0].contains("answer choices changed"));
    assert!(transfer::notes(&imported, &c, Lang::Fr)[0].contains("choix de réponse ont changé"));
}

#[test]
fn kept_aside_answers_are_looked_at_again_when_a_later_version_maps_them() {
    // An earlier version had no rule for "1-10" and kept it aside; a later one maps it.
    let text = r#"{"format": "checkup-assessment", "version": 1, "answers": {},
        "set_aside": {"profile.staff": "1-10"}}"#;
    let before = transfer::import(text, catalog()).unwrap();
    assert!(before.restored.is_empty());
    let after = transfer::migrate(before.assessment, &changed_catalog());
    assert_eq!(after.restored, ["profile.staff"]);
    assert_eq!(
        after.assessment.answers["profile.staff"],
        Answer::One("1-9".into())
    );
    assert!(after.assessment.set_aside.is_empty());
}

// --- Case 18: characters in the PDF -------------------------------------

fn pdf_text(a: &Assessment, label: &str) -> String {
    use checkup::domain::{engine, report};
    let ev = engine::evaluate(catalog(), &a.answers);
    let r = report::build(&report::ReportInput {
        catalog: catalog(),
        assessment: a,
        evaluation: &ev,
        lang: a.lang,
        today: "2026-11-29",
        branding: None,
    });
    let pdf = checkup::pdf::render(&r);
    let path =
        std::env::temp_dir().join(format!("checkup-field-{}-{label}.pdf", std::process::id()));
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils; ./setup.sh test installs it)");
    let _ = std::fs::remove_file(&path);
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn european_letters_and_common_symbols_reach_the_pdf_as_text() {
    let imported = transfer::import(&case("18-glyphs.json"), catalog()).unwrap();
    let text = pdf_text(&imported.assessment, "glyphs");
    // The organisation name, on the cover and in the running header; the
    // full-width equals sign is written as its plain form.
    assert!(
        text.contains("Straße ẞ Ș ș Ț ț − ≤ ≥ ✓ ="),
        "{}",
        &text[..text.len().min(600)]
    );
    assert!(!text.contains("? ?"), "no question marks for letters");

    let mut a = imported.assessment;
    a.answers.insert(
        "profile.org_name".into(),
        Answer::One("Łódź Příliš Œuvre → ← ⇒ ≠ ≈ √ ∞ ★ ☐ ☑ ✗".into()),
    );
    let text = pdf_text(&a, "more");
    assert!(
        text.contains("Łódź Příliš Œuvre → ← ⇒ ≠ ≈ √ ∞ ★ ☐ ☑ ✗"),
        "{}",
        &text[..text.len().min(600)]
    );
}

#[test]
fn a_word_line_break_becomes_a_space_and_unknown_characters_a_visible_substitute() {
    let mut a = transfer::import(&case("18-glyphs.json"), catalog())
        .unwrap()
        .assessment;
    a.answers.insert(
        "profile.org_name".into(),
        Answer::One("Back-up’s\u{b}Shift+Enter 😀 世".into()),
    );
    let text = pdf_text(&a, "substitute");
    assert!(
        text.contains("Back-up’s Shift+Enter � �"),
        "{}",
        &text[..text.len().min(600)]
    );
}

#[test]
fn the_pdf_fonts_cover_every_text_of_the_packs_the_interface_and_the_examples() {
    use checkup::domain::Msg;
    use checkup::pdf::fonts::Fonts;
    fn strings(v: &serde_json::Value, out: &mut String) {
        match v {
            serde_json::Value::String(s) => {
                out.push_str(s);
                out.push(' ');
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
            _ => {}
        }
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut text = String::new();
    for dir in ["questions", "examples"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "json") {
                let v: serde_json::Value =
                    serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
                strings(&v, &mut text);
            }
        }
    }
    for m in Msg::ALL {
        for lang in Lang::ALL {
            let args: Vec<(&str, &str)> = m.vars().iter().map(|v| (*v, "")).collect();
            text.push_str(&m.fill(lang, &args));
        }
    }
    // What people type in the four languages and in Belgian names and addresses.
    text.push_str("àâäæçéèêëîïôœùûüÿÀÂÄÆÇÉÈÊËÎÏÔŒÙÛÜŸßẞáíóúñãõåøłńśźżčďěňřšťůžőűăâîșțğışİ€£¥©®™°±×÷§¶…–—‘’‚“”„«»‹›•·");
    let fonts = Fonts::new();
    let missing: std::collections::BTreeSet<char> = text
        .chars()
        .filter(|c| !c.is_control() && !fonts.has(*c))
        .collect();
    assert!(missing.is_empty(), "the PDF fonts lack {missing:?}");
}

#[test]
fn a_person_without_the_newer_version_goes_on_here_and_keeps_the_newer_answers_aside() {
    let text = r#"{"format":"checkup-assessment","version":1,"packs":{"security":"2027.1"},"answers":{"profile.staff":"1-9","sec.future.question":"yes"}}"#;
    let imported = transfer::import(text, catalog()).unwrap();
    assert!(imported.is_newer());
    let a = transfer::adopt(imported.assessment, catalog());
    assert!(transfer::newer_packs(&a, catalog()).is_empty());
    assert_eq!(
        a.answers.get("profile.staff"),
        Some(&Answer::One("1-9".into()))
    );
    assert_eq!(
        a.set_aside.get("sec.future.question"),
        Some(&Answer::One("yes".into()))
    );
    // Saved and read again, the answer kept aside is still there.
    let again = transfer::import(&transfer::export(&a), catalog()).unwrap();
    assert!(!again.is_newer());
    assert!(
        again
            .assessment
            .set_aside
            .contains_key("sec.future.question")
    );
}
