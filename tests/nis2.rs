//! The NIS2 indication against the texts it rests on: the truth table in
//! tests/data/nis2-truth.json (each case names its article), run through the
//! engine exactly as the app runs it, and the profile questions it reads.

use std::collections::{BTreeMap, BTreeSet};

use checkup::domain::assessment::{Answer, Assessment};
use checkup::domain::engine;
use checkup::domain::nis2::{self, Nis2Kind, Nis2Reason, Pointer};
use checkup::domain::pack::Operator;
use checkup::domain::report::{self, ReportInput};
use checkup::domain::{Catalog, Lang, packs};
use serde::Deserialize;

fn catalog() -> &'static Catalog {
    static C: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    C.get_or_init(packs::builtin)
}

#[derive(Deserialize)]
struct Table {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    rests_on: String,
    answers: BTreeMap<String, Answer>,
    kind: Nis2Kind,
    reasons: Option<Vec<Nis2Reason>>,
    supplier: Option<bool>,
    pointers: Option<Vec<Pointer>>,
}

fn table() -> Vec<Case> {
    let path = format!("{}/tests/data/nis2-truth.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str::<Table>(&text)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .cases
}

#[test]
fn the_truth_table_holds() {
    let cases = table();
    assert!(cases.len() >= 40, "{} cases", cases.len());
    let mut failures = Vec::new();
    for c in &cases {
        assert!(!c.rests_on.trim().is_empty(), "{}: no article", c.name);
        for (id, a) in &c.answers {
            let q = catalog()
                .question(id)
                .unwrap_or_else(|| panic!("{}: no question {id}", c.name));
            assert!(
                engine::is_answered(catalog(), q, Some(a)),
                "{}: {id} has no option {a:?}",
                c.name
            );
        }
        let ev = engine::evaluate(catalog(), &c.answers);
        let n = &ev.nis2;
        let mut wrong = Vec::new();
        if n.kind != c.kind {
            wrong.push(format!("kind {:?}, expected {:?}", n.kind, c.kind));
        }
        if let Some(r) = &c.reasons
            && &n.reasons != r
        {
            wrong.push(format!("reasons {:?}, expected {r:?}", n.reasons));
        }
        if let Some(s) = c.supplier
            && n.supplier != s
        {
            wrong.push(format!("supplier {}, expected {s}", n.supplier));
        }
        if let Some(p) = &c.pointers
            && &n.pointers != p
        {
            wrong.push(format!("pointers {:?}, expected {p:?}", n.pointers));
        }
        if !wrong.is_empty() {
            failures.push(format!(
                "{} ({}): {}",
                c.name,
                c.rests_on,
                wrong.join("; ")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_truth_table_covers_every_sector_and_special_service() {
    let cases = table();
    let mut sectors = BTreeSet::new();
    let mut specials = BTreeSet::new();
    let mut kinds = BTreeSet::new();
    for c in &cases {
        if let Some(a) = c.answers.get(nis2::ids::SECTOR) {
            sectors.extend(a.values().iter().cloned());
        }
        if let Some(a) = c.answers.get(nis2::ids::SPECIAL) {
            specials.extend(a.values().iter().cloned());
        }
        kinds.insert(format!("{:?}", c.kind));
    }
    for (v, _) in nis2::SECTORS {
        assert!(sectors.contains(v), "no case for sector {v}");
    }
    for v in [
        "telecom",
        "qualified_tsp",
        "trust_service",
        "dns_tld",
        "none",
        "dont_know",
    ] {
        assert!(specials.contains(v), "no case for special service {v}");
    }
    assert_eq!(kinds.len(), 4, "every kind is expected somewhere");
    for id in [nis2::ids::GROUP_SIZE, nis2::ids::PUBLIC_BODY] {
        assert!(
            cases.iter().any(|c| c
                .answers
                .get(id)
                .is_some_and(|a| a.values().iter().any(|v| v != "no"))),
            "no case uses {id}"
        );
    }
}

#[test]
fn the_report_carries_the_kind_and_the_reasons_as_data() {
    for c in table() {
        let a = Assessment {
            answers: c.answers.clone(),
            ..Assessment::default()
        };
        let ev = engine::evaluate(catalog(), &a.answers);
        let r = report::build(&ReportInput {
            catalog: catalog(),
            assessment: &a,
            evaluation: &ev,
            lang: Lang::Nl,
            today: "2026-11-29",
            branding: None,
        });
        assert_eq!(r.nis2.kind, ev.nis2.kind, "{}", c.name);
        assert_eq!(r.nis2.reasons, ev.nis2.reasons, "{}", c.name);
        // Every reason is said in words, and the page always ends with the
        // pointer to the official scope test.
        assert!(r.nis2.verdict.details.len() > ev.nis2.reasons.len());
        let json = serde_json::to_value(&r).unwrap();
        let kind = json["nis2"]["kind"].as_str().unwrap();
        assert!(
            ["essential", "important", "out_of_scope", "unclear"].contains(&kind),
            "{kind}"
        );
        assert_eq!(json["nis2"]["headline"], r.nis2.verdict.headline);
    }
}

#[test]
fn the_indication_reads_the_profile_questions_the_way_they_are_asked() {
    let c = catalog();
    // The special services are asked for exactly the sectors the indication
    // treats as "asked".
    let special = c.question(nis2::ids::SPECIAL).unwrap();
    let cond = special.visible_if.as_ref().expect("a condition");
    let tests: Vec<_> = cond.all.iter().chain(cond.any.iter()).collect();
    assert_eq!(tests.len(), 1);
    assert_eq!(tests[0].question, nis2::ids::SECTOR);
    assert_eq!(tests[0].operator, Operator::AnyOf);
    let asked: BTreeSet<&str> = tests[0].values.iter().map(String::as_str).collect();
    assert_eq!(
        asked,
        nis2::SPECIAL_ASKED_FOR.iter().copied().collect::<BTreeSet<_>>()
    );
    // The group size is asked only for members of a group.
    let group_size = c.question(nis2::ids::GROUP_SIZE).unwrap();
    let cond = group_size.visible_if.as_ref().expect("a condition");
    assert_eq!(cond.all[0].question, nis2::ids::GROUP);
    assert_eq!(cond.all[0].values, ["yes"]);
    // The balance sheet is asked whenever staff and turnover do not decide
    // the size class: check every staff and turnover answer.
    for staff in ["1-9", "10-49", "50-249", "250-plus"] {
        for turnover in ["lt2m", "2m-10m", "10m-50m", "gt50m", "dont_know"] {
            let mut answers: BTreeMap<String, Answer> = [
                (nis2::ids::STAFF, staff),
                (nis2::ids::TURNOVER, turnover),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), Answer::One(v.into())))
            .collect();
            let decided = nis2::size(&answers).is_some();
            let ev = engine::evaluate(c, &answers);
            assert_eq!(
                ev.is_visible(nis2::ids::BALANCE),
                !decided || (staff == "50-249" && turnover == "10m-50m"),
                "balance for {staff} staff and turnover {turnover}"
            );
            // Once asked, the balance decides.
            if !decided {
                for balance in ["lt2m", "2m-10m", "10m-43m", "gt43m"] {
                    answers.insert(nis2::ids::BALANCE.into(), Answer::One(balance.into()));
                    assert!(
                        nis2::size(&answers).is_some() || turnover == "dont_know",
                        "{staff}/{turnover}/{balance}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_quick_profile_holds_every_question_the_indication_needs() {
    let c = catalog();
    for id in [
        nis2::ids::SECTOR,
        nis2::ids::STAFF,
        nis2::ids::TURNOVER,
        nis2::ids::BALANCE,
        nis2::ids::GROUP,
        nis2::ids::GROUP_SIZE,
        nis2::ids::PUBLIC_BODY,
        nis2::ids::SPECIAL,
    ] {
        assert!(c.question(id).unwrap().quick, "{id} is not in the quick CheckUp");
    }
}
