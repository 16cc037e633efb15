//! The question packs: every file validates, together they cover CyFun 2025
//! BASIC and the GDPR topics, a federation's mistake gets a clear message, and
//! the committed JSON Schemas match the Rust types.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use checkup::domain::catalog::{Problem, parse_pack};
use checkup::domain::pack::{Input, PackKind};
use checkup::domain::{Catalog, Lang, cyfun, nis2, packs, topics};

fn questions_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("questions")
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn catalog() -> Catalog {
    packs::builtin()
}

#[test]
fn every_pack_file_in_questions_loads_and_validates() {
    let mut files: Vec<(String, String)> = Vec::new();
    // The default packs first, in their order, then any other pack file in the folder.
    for name in packs::DEFAULT_FILES {
        files.push((name.to_string(), read(&questions_dir().join(name))));
    }
    for entry in std::fs::read_dir(questions_dir()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        if name.ends_with(".json")
            && !name.contains("schema")
            && name != "glossary.json"
            && !packs::DEFAULT_FILES.contains(&name.as_str())
        {
            files.push((name.clone(), read(&questions_dir().join(&name))));
        }
    }
    let (catalog, errors) = packs::load(&files);
    let messages: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
    assert!(
        messages.is_empty(),
        "problems in questions/:\n{}",
        messages.join("\n")
    );
    assert_eq!(catalog.packs.len(), files.len());
    assert!(catalog.all_questions().count() >= 80);
}

#[test]
fn the_gdpr_checkup_has_at_least_30_questions() {
    let c = catalog();
    let gdpr = c.pack("gdpr").unwrap();
    let n: usize = gdpr.sections.iter().map(|s| s.questions.len()).sum();
    assert!(n >= 30, "the GDPR CheckUp has {n} questions");
}

#[test]
fn coverage_of_cyfun_2025_basic_and_the_gdpr_topics() {
    let c = catalog();
    let mut evidenced: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut flagged: BTreeSet<&str> = BTreeSet::new();
    let mut covered: BTreeSet<&str> = BTreeSet::new();
    for (_, _, q) in c.all_questions() {
        for id in &q.cyfun {
            evidenced
                .entry(id.as_str())
                .or_default()
                .push(q.id.as_str());
            let req = cyfun::requirement(id).unwrap();
            if req.key_measure && q.key_measure {
                flagged.insert(req.id);
            }
        }
        // A question flagged as key measure evidences at least one key measure.
        if q.key_measure {
            assert!(
                q.cyfun
                    .iter()
                    .any(|id| cyfun::requirement(id).is_some_and(|r| r.key_measure)),
                "{} is flagged as key measure but cites none",
                q.id
            );
        }
        // A question that evidences a key measure is flagged as one.
        if q.cyfun
            .iter()
            .any(|id| cyfun::requirement(id).is_some_and(|r| r.key_measure))
        {
            assert!(
                q.key_measure,
                "{} evidences a key measure but is not flagged",
                q.id
            );
        }
        covered.extend(q.topics.iter().map(String::as_str));
    }

    println!("CyFun 2025 BASIC coverage:");
    for r in cyfun::BASIC {
        let qs = evidenced
            .get(r.id)
            .map(|v| v.join(", "))
            .unwrap_or_else(|| "MISSING".into());
        println!(
            "  {:<11} {} {}",
            r.id,
            if r.key_measure { "key" } else { "   " },
            qs
        );
    }
    let missing: Vec<&str> = cyfun::BASIC
        .iter()
        .map(|r| r.id)
        .filter(|id| !evidenced.contains_key(id))
        .collect();
    assert!(
        missing.is_empty(),
        "CyFun BASIC requirements without a question: {missing:?}"
    );
    assert_eq!(evidenced.len(), 34);
    let key: BTreeSet<&str> = cyfun::BASIC
        .iter()
        .filter(|r| r.key_measure)
        .map(|r| r.id)
        .collect();
    assert_eq!(key.len(), 13);
    assert_eq!(
        flagged, key,
        "every key measure is evidenced by a question flagged as key measure"
    );

    println!("Topics covered: {covered:?}");
    let missing: Vec<&str> = topics::TOPICS
        .iter()
        .copied()
        .filter(|t| !covered.contains(t))
        .collect();
    assert!(missing.is_empty(), "topics without a question: {missing:?}");
    assert!(topics::gdpr_topics().count() >= 13);
}

#[test]
fn every_scored_question_cites_its_basis_and_triggers_an_action() {
    let c = catalog();
    for (pack, _, q) in c.all_questions() {
        if pack.kind != PackKind::Checkup {
            continue;
        }
        assert!(!q.actions.is_empty(), "{} triggers no action", q.id);
        assert!(
            !q.gdpr.is_empty() || !q.cyfun.is_empty() || !q.sources.is_empty(),
            "{} cites no GDPR article, CyFun id or guide",
            q.id
        );
        if pack.id == "gdpr" {
            assert!(!q.gdpr.is_empty(), "{} cites no GDPR article", q.id);
        }
        if pack.id == "security" {
            assert!(!q.cyfun.is_empty(), "{} cites no CyFun requirement", q.id);
        }
    }
    // And every action is used by some question, and has reading tips or steps.
    let used: BTreeSet<&str> = c
        .all_questions()
        .flat_map(|(_, _, q)| q.actions.iter().map(|t| t.action.as_str()))
        .collect();
    for a in c.all_actions() {
        assert!(
            used.contains(a.id.as_str()) || a.id == "act.find-out" || !a.nis2.is_empty(),
            "{} is never triggered",
            a.id
        );
        assert!(!a.how.is_empty());
    }
}

#[test]
fn the_profile_has_what_the_nis2_indication_reads() {
    let c = catalog();
    let expect = [
        (nis2::ids::STAFF, vec!["1-9", "10-49", "50-249", "250-plus"]),
        (
            nis2::ids::TURNOVER,
            vec!["lt2m", "2m-10m", "10m-50m", "gt50m", "dont_know"],
        ),
        (
            nis2::ids::BALANCE,
            vec!["lt2m", "2m-10m", "10m-43m", "gt43m", "dont_know"],
        ),
        (nis2::ids::GROUP, vec!["yes", "no", "dont_know"]),
        (
            nis2::ids::GROUP_SIZE,
            vec!["small", "medium", "large", "dont_know"],
        ),
        (nis2::ids::PUBLIC_BODY, vec!["yes", "no", "dont_know"]),
        (
            nis2::ids::SPECIAL,
            vec![
                "telecom",
                "qualified_tsp",
                "trust_service",
                "dns_tld",
                "none",
                "dont_know",
            ],
        ),
        (nis2::ids::CUSTOMERS_ASK, vec!["yes"]),
        (nis2::ids::SPECIAL_DATA, vec!["none"]),
    ];
    for (id, values) in expect {
        let q = c
            .question(id)
            .unwrap_or_else(|| panic!("the profile has no {id}"));
        for v in values {
            assert!(c.option(q, v).is_some(), "{id} has no option {v}");
        }
    }
    let sectors = c.question(nis2::ids::SECTOR).unwrap();
    assert!(matches!(sectors.input, Input::Multi { .. }));
    for v in nis2::SECTORS
        .iter()
        .map(|(v, _)| v)
        .chain(["dont_know"].iter())
    {
        assert!(
            c.option(sectors, v).is_some(),
            "sector option {v} is missing"
        );
    }
}

#[test]
fn a_federations_typo_gets_a_clear_translated_message_naming_file_and_id() {
    let base = packs::builtin_files();
    let bad_pack = r#"{
        "id": "retail", "version": "2026.1",
        "title": {"nl": "Handel", "fr": "Commerce", "de": "Handel", "en": "Retail"},
        "sections": [{
            "id": "retail.shop", "title": {"nl": "Winkel", "fr": "Magasin", "de": "Laden", "en": "Shop"},
            "questions": [{
                "id": "retail.shop.pos",
                "text": {"nl": "Kassa?", "fr": "Caisse ?", "de": "", "en": "Till?"},
                "why": {"nl": "x", "fr": "x", "de": "x", "en": "x"},
                "input": {"type": "choice", "scale": "yes_partly_nope"},
                "weight": 3,
                "actions": [{"action": "act.retail.pos"}]
            }]
        }]
    }"#;
    let mut files = base.clone();
    files.push(("retail.json".into(), bad_pack.into()));
    let (catalog, errors) = packs::load(&files);
    // The good packs still load; the bad one is left out.
    assert_eq!(catalog.packs.len(), base.len());
    let nl: Vec<String> = errors.iter().map(|e| e.message(Lang::Nl)).collect();
    let en: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
    let all = en.join("\n");
    assert!(
        all.contains("retail.json") && all.contains("retail.shop.pos"),
        "{all}"
    );
    assert!(all.contains("the scale \"yes_partly_nope\""), "{all}");
    assert!(all.contains("the action \"act.retail.pos\""), "{all}");
    assert!(all.contains("no text (text) in: de"), "{all}");
    assert!(
        nl.join("\n").contains("de schaal \"yes_partly_nope\""),
        "{nl:?}"
    );
    assert!(
        errors
            .iter()
            .all(|e| !matches!(e.problem, Problem::Json { .. }))
    );

    // Broken JSON names the file and the place.
    let err = parse_pack("sector.json", "{\"id\": \"x\",\n \"version\": }").unwrap_err();
    let fr = err.message(Lang::Fr);
    assert!(fr.contains("sector.json") && fr.contains("ligne 2"), "{fr}");

    // A condition on a later question, or on an unknown value.
    let mut late = base.clone();
    late.push((
        "late.json".into(),
        r#"{"id": "late", "version": "2026.1", "title": {"nl": "a", "fr": "a", "de": "a", "en": "a"},
            "visible_if": {"all": [{"question": "profile.cameras", "operator": "any_of", "values": ["maybe"]}]},
            "sections": [{"id": "late.s", "title": {"nl": "a", "fr": "a", "de": "a", "en": "a"}, "questions": [
              {"id": "late.q", "text": {"nl": "a", "fr": "a", "de": "a", "en": "a"}, "why": {"nl": "a", "fr": "a", "de": "a", "en": "a"},
               "input": {"type": "choice", "scale": "yes_no"}, "actions": [{"action": "act.find-out"}],
               "visible_if": {"all": [{"question": "late.q2", "operator": "answered"}]}},
              {"id": "late.q2", "text": {"nl": "a", "fr": "a", "de": "a", "en": "a"}, "why": {"nl": "a", "fr": "a", "de": "a", "en": "a"},
               "input": {"type": "choice", "scale": "yes_no"}, "actions": [{"action": "act.find-out"}]}
            ]}]}"#
            .into(),
    ));
    let (_, errors) = packs::load(&late);
    let all: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
    assert!(
        all.iter()
            .any(|m| m.contains("\"late.q\"") && m.contains("does not come earlier")),
        "{all:?}"
    );
    assert!(all.iter().any(|m| m.contains("\"maybe\"")), "{all:?}");
}

#[test]
fn parsing_never_panics_on_garbage() {
    for input in [
        "",
        "null",
        "[]",
        "{",
        "{\"id\": 5}",
        "\u{0}",
        &"[".repeat(10_000),
        "{\"sections\": [{}]}",
    ] {
        assert!(parse_pack("x.json", input).is_err());
    }
}

fn assert_schema_fresh(file: &str, schema: schemars::Schema) {
    let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    let committed = read(&questions_dir().join(file));
    assert!(
        committed == generated,
        "questions/{file} is stale: regenerate it with `cargo run -- schema {}` > questions/{file}",
        if file == "schema.json" {
            "packs"
        } else {
            "assessment"
        }
    );
}

#[test]
fn the_committed_json_schemas_match_the_rust_types() {
    assert_schema_fresh(
        "schema.json",
        schemars::schema_for!(checkup::domain::pack::Pack),
    );
    assert_schema_fresh(
        "assessment.schema.json",
        schemars::schema_for!(checkup::domain::assessment::Assessment),
    );
}

/// Reading tips name their publisher as it names itself in the reader's
/// language: the CCB is the ZCB in German, the GBA/APD the APD in French.
#[test]
fn publishers_are_named_in_the_readers_language() {
    let catalog = catalog();
    let names = |lang| -> Vec<String> {
        catalog
            .all_sources()
            .map(|s| s.publisher.get(lang).to_string())
            .collect()
    };
    for name in names(Lang::De) {
        assert!(
            !name.contains("CCB") && !name.contains("Centre"),
            "de: {name}"
        );
        assert!(!name.contains("GBA") && !name.contains("SPF"), "de: {name}");
    }
    for name in names(Lang::Fr) {
        assert!(
            !name.contains("Centre for") && !name.contains("GBA"),
            "fr: {name}"
        );
        assert!(!name.contains("FOD "), "fr: {name}");
    }
    for name in names(Lang::Nl) {
        assert!(
            !name.contains("Centre") && !name.contains("SPF"),
            "nl: {name}"
        );
    }
    assert!(names(Lang::De).contains(&"Zentrum für Cybersicherheit Belgien (ZCB)".to_string()));
}
