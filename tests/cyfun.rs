//! The CyberFundamentals BASIC verdict on the shipped packs, built generically
//! from the catalogue: for every persona's profile and each of the 13 key
//! measures, take every answer at full score, then weaken only the evidence of
//! that one measure. A measure is in place only at full score, so "no",
//! "don't know", "mostly" and "partly" on its evidence must each block BASIC,
//! and the results name the measure by its short name, "n of 13".

use std::collections::{BTreeMap, BTreeSet};

use checkup::domain::assessment::{Answer, Assessment};
use checkup::domain::engine::{self, Evaluation, MeasureState, Readiness};
use checkup::domain::pack::{OptionRole, PackKind, Question};
use checkup::domain::report::{self, MeasureCode, ReportInput};
use checkup::domain::{Catalog, Lang, cyfun, packs, transfer};

fn catalog() -> &'static Catalog {
    static C: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    C.get_or_init(packs::builtin)
}

const PERSONAS: [&str; 5] = ["bakery", "accountant", "transport", "medical", "model"];

/// The profile answers of a persona.
fn profile_of(name: &str) -> BTreeMap<String, Answer> {
    let path = format!("{}/tests/personas/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let a = transfer::import(&text, catalog()).unwrap().assessment;
    a.answers
        .into_iter()
        .filter(|(id, _)| id.starts_with("profile."))
        .collect()
}

fn scored_questions(c: &Catalog) -> impl Iterator<Item = &Question> {
    c.all_questions()
        .filter(|(p, _, _)| p.kind == PackKind::Checkup)
        .map(|(_, _, q)| q)
}

/// The profile, and every scored question answered with its best option.
fn all_at_full_score(profile: &BTreeMap<String, Answer>) -> BTreeMap<String, Answer> {
    let c = catalog();
    let mut answers = profile.clone();
    for q in scored_questions(c) {
        let best = c
            .scale_of(q)
            .unwrap()
            .options
            .iter()
            .filter(|o| o.role != OptionRole::NotApplicable)
            .max_by_key(|o| o.score.unwrap_or(0))
            .unwrap();
        assert_eq!(best.score, Some(100), "{} has no full-score option", q.id);
        answers.insert(q.id.clone(), Answer::One(best.value.clone()));
    }
    answers
}

/// The key measures (requirement ids) a question gives key evidence for.
fn key_ids(q: &Question) -> BTreeSet<&str> {
    q.cyfun
        .iter()
        .map(String::as_str)
        .filter(|id| cyfun::requirement(id).is_some_and(|r| r.key_measure))
        .collect()
}

fn failing(ev: &Evaluation) -> BTreeSet<&'static str> {
    ev.cyfun
        .measures
        .iter()
        .filter(|m| m.state == MeasureState::Gap)
        .map(|m| m.id)
        .collect()
}

fn key_measure_ids() -> Vec<&'static str> {
    cyfun::BASIC
        .iter()
        .filter(|r| r.key_measure)
        .map(|r| r.id)
        .collect()
}

#[test]
fn full_answers_reach_basic_with_all_13_key_measures_in_place() {
    for name in PERSONAS {
        let ev = engine::evaluate(catalog(), &all_at_full_score(&profile_of(name)));
        assert_eq!(ev.cyfun.measures.len(), 13);
        assert_eq!(ev.cyfun.in_place(), 13, "{name}");
        assert_eq!(ev.cyfun.readiness, Readiness::Reached, "{name}");
    }
}

#[test]
fn each_key_measure_alone_blocks_basic_at_anything_below_full_score() {
    let c = catalog();
    for name in PERSONAS {
        let base = all_at_full_score(&profile_of(name));
        let visible: BTreeSet<String> = engine::evaluate(c, &base).visible.into_iter().collect();
        for id in key_measure_ids() {
            let evidence: Vec<&Question> = scored_questions(c)
                .filter(|q| q.key_measure && visible.contains(&q.id) && key_ids(q).contains(id))
                .collect();
            assert!(
                !evidence.is_empty(),
                "{name}: no visible key evidence for {id}"
            );
            // Prefer evidence for this measure alone, so that only this
            // measure fails; a question that evidences several measures fails
            // exactly those.
            let q = evidence
                .iter()
                .find(|q| key_ids(q).len() == 1)
                .unwrap_or(&evidence[0]);
            let expected: BTreeSet<&str> = key_ids(q);
            let weak: Vec<_> = c
                .scale_of(q)
                .unwrap()
                .options
                .iter()
                .filter(|o| o.role != OptionRole::NotApplicable && o.score.unwrap_or(0) < 100)
                .collect();
            assert!(
                weak.iter()
                    .any(|o| o.role == OptionRole::DontKnow || o.value == "dont_know"),
                "{}: no \"don't know\" option",
                q.id
            );
            for o in weak {
                let mut answers = base.clone();
                answers.insert(q.id.clone(), Answer::One(o.value.clone()));
                let ev = engine::evaluate(c, &answers);
                assert_eq!(
                    ev.cyfun.readiness,
                    Readiness::NotReached,
                    "{name}: {} = {} must block BASIC ({id})",
                    q.id,
                    o.value
                );
                assert_eq!(failing(&ev), expected, "{name}: {} = {}", q.id, o.value);
                assert_eq!(ev.cyfun.in_place(), 13 - expected.len());
                assert!(
                    ev.plan.iter().any(|p| p.key_measure),
                    "{name}: {} = {} puts no key-measure action in the plan",
                    q.id,
                    o.value
                );
            }
            // Not answered: the verdict stays open, never reached.
            let mut answers = base.clone();
            answers.remove(&q.id);
            let ev = engine::evaluate(c, &answers);
            assert_eq!(
                ev.cyfun.readiness,
                Readiness::Incomplete,
                "{name}: {}",
                q.id
            );
        }
    }
}

#[test]
fn not_applicable_keeps_a_key_measure_in_place_only_where_the_pack_offers_it() {
    let c = catalog();
    let base = all_at_full_score(&profile_of("model"));
    for q in scored_questions(c).filter(|q| q.key_measure) {
        let scale = c.scale_of(q).unwrap();
        if let Some(na) = scale
            .options
            .iter()
            .find(|o| o.role == OptionRole::NotApplicable)
        {
            // The written rule for when it cannot apply.
            assert!(q.hint.is_some(), "{} offers N/A without a hint", q.id);
            let mut answers = base.clone();
            answers.insert(q.id.clone(), Answer::One(na.value.clone()));
            let ev = engine::evaluate(c, &answers);
            if ev.is_visible(&q.id) {
                assert_eq!(ev.cyfun.readiness, Readiness::Reached, "{}", q.id);
            }
        }
    }
}

#[test]
fn the_report_counts_key_measures_and_names_the_missing_ones_briefly() {
    let c = catalog();
    let base = all_at_full_score(&profile_of("accountant"));
    let backup = scored_questions(c)
        .find(|q| q.key_measure && key_ids(q) == BTreeSet::from(["PR.DS-11.1"]))
        .expect("a question on backups alone");
    let mut answers = base.clone();
    answers.insert(backup.id.clone(), Answer::One("no".into()));
    let a = Assessment {
        answers,
        ..Assessment::default()
    };
    let ev = engine::evaluate(c, &a.answers);
    for lang in Lang::ALL {
        let r = report::build(&ReportInput {
            catalog: c,
            assessment: &a,
            evaluation: &ev,
            lang,
            today: "2026-11-29",
            branding: None,
        });
        assert_eq!((r.cyfun.in_place, r.cyfun.total), (12, 13));
        // The count line says how many are in place, in words that read
        // right for the number.
        assert!(
            r.cyfun.verdict.count.contains("12"),
            "{}",
            r.cyfun.verdict.count
        );
        assert!(
            r.cyfun.verdict.count.contains("13"),
            "{}",
            r.cyfun.verdict.count
        );
        // One item: the measure by its short name and id, not a question text.
        assert_eq!(r.cyfun.verdict.items.len(), 1);
        let item = &r.cyfun.verdict.items[0];
        assert!(item.text.ends_with("(PR.DS-11.1)"), "{}", item.text);
        assert!(item.text.len() < 60, "a short name: {}", item.text);
        assert_ne!(item.text, backup.text.get(lang));
        // The full question is behind the disclosure.
        assert!(item.questions.iter().any(|q| q.question_id == backup.id));
        assert_eq!(item.question_id, backup.id);
        let gap = r
            .cyfun
            .measures
            .iter()
            .find(|m| m.id == "PR.DS-11.1")
            .unwrap();
        assert_eq!(gap.state, MeasureCode::Gap);
        // No "(s)", "(en)" or "(n)" plurals anywhere in the verdict.
        for text in std::iter::once(&r.cyfun.verdict.headline).chain(r.cyfun.verdict.details.iter())
        {
            for bad in ["(s)", "(en)", "(n)", "(e)"] {
                assert!(!text.contains(bad), "{lang:?}: {text}");
            }
        }
    }
}

#[test]
fn every_key_measure_has_a_short_name_in_every_language() {
    for id in key_measure_ids() {
        for lang in Lang::ALL {
            let name = report::key_measure_name(id, lang);
            assert!(name.ends_with(&format!("({id})")), "{name}");
            assert!(name.len() > id.len() + 6, "{lang:?} has no name for {id}");
        }
    }
}

#[test]
fn a_small_target_does_not_read_as_a_failed_basic() {
    // The bakery aims for Small: the verdict says how far the key measures
    // are and that BASIC is the next step, without the alarm tone.
    let c = catalog();
    let path = format!("{}/tests/personas/bakery.json", env!("CARGO_MANIFEST_DIR"));
    let a = transfer::import(&std::fs::read_to_string(path).unwrap(), c)
        .unwrap()
        .assessment;
    let ev = engine::evaluate(c, &a.answers);
    assert_eq!(ev.target.level, checkup::domain::nis2::Level::Small);
    assert_eq!(ev.cyfun.readiness, Readiness::NotReached);
    let r = report::build(&ReportInput {
        catalog: c,
        assessment: &a,
        evaluation: &ev,
        lang: Lang::En,
        today: "2026-11-29",
        branding: None,
    });
    assert_eq!(r.cyfun.verdict.tone, report::Tone::Neutral);
    assert!(r.cyfun.verdict.headline.contains("next step"));
    // An important entity reads that the CheckUp measures the BASIC part.
    let path = format!(
        "{}/tests/personas/transport.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let a = transfer::import(&std::fs::read_to_string(path).unwrap(), c)
        .unwrap()
        .assessment;
    let ev = engine::evaluate(c, &a.answers);
    let r = report::build(&ReportInput {
        catalog: c,
        assessment: &a,
        evaluation: &ev,
        lang: Lang::En,
        today: "2026-11-29",
        branding: None,
    });
    assert!(
        r.cyfun
            .verdict
            .details
            .iter()
            .any(|d| d.contains("BASIC part") && d.contains("IMPORTANT")),
        "{:?}",
        r.cyfun.verdict.details
    );
}
