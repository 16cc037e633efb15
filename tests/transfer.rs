//! Export and import: round trips, migration of older files, bad input with
//! clear translated messages, rescue of damaged data, and a fuzz property.

use checkup::domain::assessment::{Answer, Assessment, Status};
use checkup::domain::transfer::{self, ImportError, MAX_BYTES};
use checkup::domain::{Catalog, Lang, engine, packs};
use proptest::prelude::*;

fn catalog() -> &'static Catalog {
    static C: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    C.get_or_init(packs::builtin)
}

fn persona(name: &str) -> Assessment {
    let text = std::fs::read_to_string(format!(
        "{}/tests/personas/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    transfer::import(&text, catalog()).unwrap().assessment
}

const PERSONAS: [&str; 5] = ["bakery", "accountant", "transport", "medical", "model"];

#[test]
fn export_then_import_gives_the_identical_assessment_for_every_persona() {
    for name in PERSONAS {
        let mut a = persona(name);
        a.plan.insert(
            "act.find-out".into(),
            checkup::domain::assessment::PlanEdit {
                owner: "Jan".into(),
                due: "2027-01-31".into(),
                status: Status::Done,
                note: "Één \"quote\", ça; Straße".into(),
                ..Default::default()
            },
        );
        let file = transfer::export(&a);
        let back = transfer::import(&file, catalog()).unwrap();
        assert_eq!(back.assessment, a, "{name}");
        assert!(back.set_aside.is_empty() && back.renamed.is_empty() && !back.older_questions);
    }
}

/// The packs as a newer version (2026.2) would have them: one question
/// renamed, one removed since the fixture was exported.
fn newer_catalog() -> Catalog {
    let mut files = packs::builtin_files();
    let security = files
        .iter_mut()
        .find(|(n, _)| n == "security.json")
        .unwrap();
    let mut pack: serde_json::Value = serde_json::from_str(&security.1).unwrap();
    pack["version"] = "2026.2".into();
    let renamed = pack
        .as_object_mut()
        .unwrap()
        .entry("renamed")
        .or_insert_with(|| serde_json::json!([]));
    renamed
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"from": "sec.backup.offline-copy", "to": "sec.backup.offline"}));
    security.1 = pack.to_string();
    let (c, errors) = packs::load(&files);
    assert!(errors.is_empty(), "{errors:?}");
    c
}

#[test]
fn an_export_from_older_questions_imports_with_the_expected_mapping() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/export-2026.1.json"
    ))
    .unwrap();
    let c = newer_catalog();
    let imported = transfer::import(&text, &c).unwrap();
    assert!(imported.older_questions);
    // The renamed question keeps its answer under its new id.
    assert!(imported.renamed.contains(&(
        "sec.backup.offline-copy".to_string(),
        "sec.backup.offline".to_string()
    )));
    assert_eq!(
        imported.assessment.answers.get("sec.backup.offline"),
        Some(&Answer::One("no".into()))
    );
    // The answer to the removed question is kept aside, and listed; so are the
    // NACE sector and the old NIS2 sector list, which are asked again.
    let ids: Vec<&str> = imported.set_aside.iter().map(|s| s.id.as_str()).collect();
    for id in [
        "sec.devices.usb-sticks",
        "profile.sector",
        "profile.nis2_sectors",
    ] {
        assert!(ids.contains(&id), "{id}: {ids:?}");
    }
    assert_eq!(
        imported.assessment.set_aside.get("sec.devices.usb-sticks"),
        Some(&Answer::One("no".into()))
    );
    // Plan edits and history come along; the file now names the current versions.
    assert_eq!(imported.assessment.plan["act.sec.mfa"].owner, "Marie");
    assert_eq!(imported.assessment.history.len(), 1);
    assert_eq!(imported.assessment.packs["security"], "2026.2");
    // And it scores: the plan still has the MFA action the person was working on.
    let ev = engine::evaluate(&c, &imported.assessment.answers);
    assert!(ev.plan_item("act.sec.mfa").is_some());
}

#[test]
fn bad_files_get_a_clear_translated_message() {
    let good = transfer::export(&persona("bakery"));
    type Case = (&'static str, String, fn(&ImportError) -> bool);
    let cases: Vec<Case> = vec![
        ("truncated", good[..good.len() / 2].to_string(), |e| {
            matches!(e, ImportError::NotJson { .. })
        }),
        ("empty", String::new(), |e| matches!(e, ImportError::Empty)),
        ("blank", " \r\n\t".to_string(), |e| {
            matches!(e, ImportError::Empty)
        }),
        (
            "not an assessment",
            "{\"id\": \"gdpr\", \"version\": \"2026.1\"}".into(),
            |e| matches!(e, ImportError::NotAssessment),
        ),
        ("a list", "[1, 2, 3]".into(), |e| {
            matches!(e, ImportError::NotAssessment)
        }),
        (
            "wrong types",
            "{\"format\": \"checkup-assessment\", \"version\": 1, \"answers\": 5}".into(),
            |e| matches!(e, ImportError::Invalid { .. }),
        ),
        (
            "from the future",
            "{\"format\": \"checkup-assessment\", \"version\": 99, \"answers\": {}}".into(),
            |e| matches!(e, ImportError::FromTheFuture { version: 99 }),
        ),
        ("50 MB", "x".repeat(50 * 1024 * 1024), |e| {
            matches!(e, ImportError::TooLarge { .. })
        }),
        (
            "a JSON bomb",
            format!(
                "{{\"format\": \"checkup-assessment\", \"version\": 1, \"answers\": {{\"a\": {}{}}}}}",
                "[".repeat(500_000),
                "]".repeat(500_000)
            ),
            |e| {
                matches!(
                    e,
                    ImportError::Invalid { .. }
                        | ImportError::NotJson { .. }
                        | ImportError::TooLarge { .. }
                )
            },
        ),
        (
            "binary",
            String::from_utf8_lossy(&[0xff, 0xfe, 0, 1, 2, 3]).into_owned(),
            |e| matches!(e, ImportError::NotAssessment),
        ),
    ];
    for (what, text, expected) in cases {
        let err = transfer::import(&text, catalog()).expect_err(what);
        assert!(expected(&err), "{what}: {err:?}");
        for lang in Lang::ALL {
            let msg = err.message(lang);
            assert!(
                msg.len() > 20 && !msg.contains("{"),
                "{what} in {lang}: {msg}"
            );
        }
    }
    let nl = transfer::import(&good[..100], catalog())
        .unwrap_err()
        .message(Lang::Nl);
    assert!(
        nl.contains("beschadigd of onvolledig") && nl.contains("ongewijzigd"),
        "{nl}"
    );
    const { assert!(MAX_BYTES < 50 * 1024 * 1024) };
}

#[test]
fn unknown_question_ids_are_kept_aside_and_listed() {
    let text = r#"{"format": "checkup-assessment", "version": 1,
        "answers": {"sec.backup.regular": "yes", "foo.bar": "no", "sec.devices.updates": "banana"}}"#;
    let imported = transfer::import(text, catalog()).unwrap();
    let ids: Vec<&str> = imported.set_aside.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["foo.bar", "sec.devices.updates"]);
    assert_eq!(imported.assessment.answers.len(), 1);
    assert_eq!(imported.assessment.set_aside.len(), 2);
}

#[test]
fn damaged_saved_data_gives_back_what_can_still_be_read() {
    let a = persona("transport");
    let text = serde_json::to_string(&a).unwrap();
    // An interrupted write: the text stops in the middle.
    let cut = &text[..text.len() * 2 / 3];
    let r = transfer::recover(cut).expect("something to rescue");
    assert!(r.partial);
    assert!(
        r.assessment.answers.len() > a.answers.len() / 3,
        "rescued {} answers",
        r.assessment.answers.len()
    );
    for (q, v) in &r.assessment.answers {
        assert_eq!(a.answers.get(q), Some(v), "rescued answers are exact ({q})");
    }
    // One value of the wrong type: every other answer is kept.
    let broken = text.replacen("\"yes\"", "7", 1);
    let r = transfer::recover(&broken).expect("something to rescue");
    assert_eq!(r.assessment.answers.len(), a.answers.len() - 1);
    assert!(transfer::recover("garbage").is_none());
    assert!(transfer::recover("").is_none());
}

fn arb_assessment() -> impl Strategy<Value = Assessment> {
    let ids: Vec<String> = catalog()
        .all_questions()
        .map(|(_, _, q)| q.id.clone())
        .collect();
    let ids2 = ids.clone();
    (
        proptest::collection::vec((0..ids.len(), "[a-z_0-9-]{1,12}"), 0..40),
        proptest::collection::vec((0..ids2.len(), ".{0,30}", 0u8..3), 0..5),
    )
        .prop_map(move |(answers, edits)| {
            let mut a = Assessment::default();
            for (i, v) in answers {
                a.answers.insert(ids[i].clone(), Answer::One(v));
            }
            for (i, note, s) in edits {
                a.plan.insert(
                    format!("act.{i}"),
                    checkup::domain::assessment::PlanEdit {
                        owner: note.clone(),
                        due: String::new(),
                        status: [Status::Todo, Status::Doing, Status::Done][usize::from(s)],
                        note,
                        ..Default::default()
                    },
                );
            }
            a
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn import_and_rescue_never_panic_on_any_text(text in ".{0,400}") {
        let _ = transfer::import(&text, catalog());
        let _ = transfer::recover(&text);
    }

    #[test]
    fn import_and_rescue_never_panic_on_a_damaged_export(cut in 0usize..2000, flip in 0usize..2000, byte in any::<u8>()) {
        let mut bytes = transfer::export(&persona("accountant")).into_bytes();
        let len = bytes.len();
        bytes[flip % len] = byte;
        bytes.truncate(cut.max(1) * len / 2000);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let _ = transfer::import(&text, catalog());
        if let Some(r) = transfer::recover(&text) {
            let _ = engine::evaluate(catalog(), &r.assessment.answers);
        }
    }

    #[test]
    fn any_assessment_survives_export_and_import(a in arb_assessment()) {
        let back = transfer::import(&transfer::export(&a), catalog()).unwrap();
        // Valid answers come back as they were; the others are kept aside, never lost.
        for (q, v) in &a.answers {
            prop_assert!(back.assessment.answers.get(q) == Some(v) || back.assessment.set_aside.get(q) == Some(v));
        }
        prop_assert_eq!(&back.assessment.plan, &a.plan);
    }
}

#[test]
fn an_answer_renamed_onto_a_question_never_overwrites_its_own_answer() {
    let mut files = packs::builtin_files();
    let security = files
        .iter_mut()
        .find(|(n, _)| n == "security.json")
        .unwrap();
    let mut pack: serde_json::Value = serde_json::from_str(&security.1).unwrap();
    pack.as_object_mut()
        .unwrap()
        .entry("renamed")
        .or_insert_with(|| serde_json::json!([]))
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"from": "sec.old-firewall", "to": "sec.network.firewall"}));
    security.1 = pack.to_string();
    let (c, errors) = packs::load(&files);
    assert!(errors.is_empty(), "{errors:?}");
    let text = r#"{"format": "checkup-assessment", "version": 1,
        "answers": {"sec.network.firewall": "yes", "sec.old-firewall": "no"}}"#;
    let imported = transfer::import(text, &c).unwrap();
    assert_eq!(
        imported.assessment.answers.get("sec.network.firewall"),
        Some(&Answer::One("yes".into()))
    );
    assert_eq!(
        imported.assessment.set_aside.get("sec.old-firewall"),
        Some(&Answer::One("no".into()))
    );
}
