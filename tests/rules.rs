//! The scoring and pack rules on small, hand-made packs, so that each rule is
//! checked on its own, whatever the shipped content says: key measures as
//! CyFun counts them, "unknown means ask" for duties, questions counted in two
//! CheckUps, NIS2 duties in the plan, and the checks a pack author meets.

use std::collections::BTreeMap;

use checkup::domain::assessment::Answer;
use checkup::domain::catalog::Problem;
use checkup::domain::engine::{self, MeasureState, Readiness};
use checkup::domain::packs;
use checkup::domain::{Catalog, Msg, PackError};
use serde_json::{Value, json};

fn t(s: &str) -> Value {
    json!({ "nl": s, "fr": s, "de": s, "en": s })
}

fn common() -> Value {
    let opt = |v: &str, score: Option<u8>, role: Option<&str>| {
        let mut o = json!({ "value": v, "label": t(v) });
        if let Some(s) = score {
            o["score"] = json!(s);
        }
        if let Some(r) = role {
            o["role"] = json!(r);
        }
        o
    };
    json!({
        "id": "common", "version": "2026.2", "kind": "library", "title": t("Common"),
        "scales": [
            { "id": "maturity", "options": [
                opt("everywhere", Some(100), None), opt("mostly", Some(75), None),
                opt("partly", Some(50), None), opt("no", Some(0), None),
                opt("dont_know", Some(0), Some("dont_know")) ] },
            { "id": "yes_no", "options": [
                opt("yes", Some(100), None), opt("no", Some(0), None),
                opt("dont_know", Some(0), Some("dont_know")) ] },
            { "id": "yes_no_na", "options": [
                opt("yes", Some(100), None), opt("no", Some(0), None),
                opt("not_applicable", None, Some("not_applicable")) ] }
        ],
        "laws": [{ "id": "be.privacy-act", "short": t("Law of 30 July 2018"), "title": t("Law of 30 July 2018") }],
        "actions": [
            action("act.fix", &[]),
            action("act.find-out", &[]),
            { "id": "act.nis2.register", "title": t("Register"), "why": t("w"), "how": [t("h")],
              "who": "owner", "effort": "hours", "cost": "free", "nis2": ["essential", "important"],
              "law": ["be.privacy-act:1"] }
        ]
    })
}

fn action(id: &str, after: &[&str]) -> Value {
    json!({ "id": id, "title": t(id), "why": t("w"), "how": [t("h")], "who": "it",
            "effort": "hours", "cost": "free", "after": after })
}

fn profile() -> Value {
    json!({
        "id": "profile", "version": "2026.2", "kind": "profile", "title": t("Profile"),
        "scales": [
            { "id": "p_yes_no_unsure", "options": [
                { "value": "yes", "label": t("yes") }, { "value": "no", "label": t("no") },
                { "value": "dont_know", "label": t("?"), "role": "dont_know" } ] }
        ],
        "sections": [{ "id": "profile.main", "title": t("Profile"), "questions": [
            { "id": "profile.cameras", "text": t("Cameras?"), "why": t("w"), "quick": true,
              "input": { "type": "choice", "scale": "p_yes_no_unsure" } },
            { "id": "profile.remote", "text": t("Remote?"), "why": t("w"), "quick": true,
              "input": { "type": "choice", "scale": "p_yes_no_unsure" } }
        ]}]
    })
}

fn question(id: &str, extra: Value) -> Value {
    let mut q = json!({ "id": id, "text": t(id), "why": t("w"),
        "input": { "type": "choice", "scale": "yes_no" }, "gdpr": ["32"],
        "actions": [{ "action": "act.fix" }] });
    for (k, v) in extra.as_object().unwrap() {
        q[k] = v.clone();
    }
    q
}

fn gdpr() -> Value {
    json!({
        "id": "gdpr", "version": "2026.2", "title": t("GDPR"),
        "sections": [
            { "id": "gdpr.cameras", "title": t("Cameras"),
              "visible_if": { "all": [{ "question": "profile.cameras", "operator": "any_of", "values": ["yes"] }] },
              "questions": [
                question("gdpr.cameras.pictogram", json!({ "must_fix": true, "duty": ["be.privacy-act:7"] })),
                question("gdpr.cameras.good-practice", json!({}))
              ] },
            { "id": "gdpr.security", "title": t("Security"), "questions": [
                question("gdpr.security.paper", json!({}))
            ] }
        ]
    })
}

fn security() -> Value {
    // Two questions give key evidence for PR.AA-03.2; one for every other key measure.
    let others = [
        "ID.AM-08.2",
        "PR.AA-01.1",
        "PR.AA-05.1",
        "PR.AA-05.2",
        "PR.AA-05.3",
        "PR.AA-05.4",
        "PR.DS-11.1",
        "PR.PS-04.1",
        "PR.IR-01.1",
        "PR.IR-01.2",
        "DE.CM-01.2",
        "DE.AE-03.1",
    ];
    let mut questions: Vec<Value> = others
        .iter()
        .enumerate()
        .map(|(i, id)| {
            question(
                &format!("sec.km{i}"),
                json!({ "key_measure": true, "cyfun": [id], "input": { "type": "choice", "scale": "maturity" } }),
            )
        })
        .collect();
    questions.push(question(
        "sec.mfa.staff",
        json!({ "key_measure": true, "cyfun": ["PR.AA-03.2"],
                "visible_if": { "all": [{ "question": "profile.remote", "operator": "any_of", "values": ["yes"] }] } }),
    ));
    questions.push(question(
        "sec.mfa.mail",
        json!({ "key_measure": true, "cyfun": ["PR.AA-03.2"] }),
    ));
    questions.push(question(
        "sec.disposal",
        json!({ "also": ["gdpr.security"], "cyfun": ["PR.DS-01.9"] }),
    ));
    json!({
        "id": "security", "version": "2026.2", "title": t("Security"),
        "sections": [{ "id": "sec.main", "title": t("Security"), "questions": questions }]
    })
}

fn files(packs: &[(&str, Value)]) -> Vec<(String, String)> {
    packs
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

fn build(packs: &[(&str, Value)]) -> (Catalog, Vec<PackError>) {
    packs::load(&files(packs))
}

fn catalog() -> Catalog {
    let (catalog, errors) = build(&[
        ("common.json", common()),
        ("profile.json", profile()),
        ("gdpr.json", gdpr()),
        ("security.json", security()),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    catalog
}

fn answers(pairs: &[(&str, &str)]) -> BTreeMap<String, Answer> {
    pairs
        .iter()
        .map(|(q, v)| (q.to_string(), Answer::One(v.to_string())))
        .collect()
}

/// Everything answered at full score, remote work yes, no cameras.
fn all_good(c: &Catalog) -> BTreeMap<String, Answer> {
    let mut a = answers(&[("profile.cameras", "no"), ("profile.remote", "yes")]);
    for (_, _, q) in c.all_questions() {
        if q.id.starts_with("sec.") || q.id.starts_with("gdpr.") {
            let best = c.scale_of(q).unwrap().options[0].value.clone();
            a.insert(q.id.clone(), Answer::One(best));
        }
    }
    a
}

#[test]
fn all_thirteen_key_measures_in_place_reach_basic() {
    let c = catalog();
    let ev = engine::evaluate(&c, &all_good(&c));
    assert_eq!(ev.cyfun.measures.len(), 13);
    assert_eq!(ev.cyfun.in_place(), 13);
    assert_eq!(ev.cyfun.readiness, Readiness::Reached);
}

#[test]
fn mostly_on_a_key_measure_is_a_gap_that_blocks_basic() {
    let c = catalog();
    for answer in ["mostly", "partly", "no", "dont_know"] {
        let mut a = all_good(&c);
        a.insert("sec.km0".into(), Answer::One(answer.into()));
        let ev = engine::evaluate(&c, &a);
        assert_eq!(ev.cyfun.readiness, Readiness::NotReached, "{answer}");
        assert_eq!(ev.cyfun.in_place(), 12, "{answer}");
        let m = ev
            .cyfun
            .measures
            .iter()
            .find(|m| m.id == "ID.AM-08.2")
            .unwrap();
        assert_eq!(m.state, MeasureState::Gap);
        assert_eq!(m.gaps, vec!["sec.km0".to_string()]);
        assert!(ev.plan_item("act.fix").unwrap().key_measure);
    }
}

#[test]
fn a_key_measure_with_two_pieces_of_evidence_needs_both() {
    let c = catalog();
    let mut a = all_good(&c);
    a.insert("sec.mfa.staff".into(), Answer::One("no".into()));
    let ev = engine::evaluate(&c, &a);
    let m = ev
        .cyfun
        .measures
        .iter()
        .find(|m| m.id == "PR.AA-03.2")
        .unwrap();
    assert_eq!(m.questions, vec!["sec.mfa.staff", "sec.mfa.mail"]);
    assert_eq!(m.state, MeasureState::Gap);
    // Without remote access, the remote question is not asked and the other evidence decides.
    a.insert("profile.remote".into(), Answer::One("no".into()));
    let ev = engine::evaluate(&c, &a);
    let m = ev
        .cyfun
        .measures
        .iter()
        .find(|m| m.id == "PR.AA-03.2")
        .unwrap();
    assert_eq!(m.questions, vec!["sec.mfa.mail"]);
    assert_eq!(m.state, MeasureState::InPlace);
}

#[test]
fn an_unanswered_key_measure_leaves_the_verdict_open() {
    let c = catalog();
    let mut a = all_good(&c);
    a.remove("sec.km3");
    let ev = engine::evaluate(&c, &a);
    assert_eq!(ev.cyfun.readiness, Readiness::Incomplete);
    assert_eq!(ev.cyfun.unknown(), 1);
}

#[test]
fn a_duty_is_asked_when_the_profile_answer_is_unknown() {
    let c = catalog();
    for cameras in [None, Some("dont_know"), Some("yes")] {
        let mut a = all_good(&c);
        a.remove("profile.cameras");
        if let Some(v) = cameras {
            a.insert("profile.cameras".into(), Answer::One(v.into()));
        }
        let ev = engine::evaluate(&c, &a);
        assert!(
            ev.is_visible("gdpr.cameras.pictogram"),
            "cameras: {cameras:?}"
        );
    }
    // A definite "no" hides it, and with it the good practice of the same section.
    let ev = engine::evaluate(&c, &all_good(&c));
    assert!(!ev.is_visible("gdpr.cameras.pictogram"));
    // A section that holds a duty is shown when unknown, with its other questions.
    let mut a = all_good(&c);
    a.insert("profile.cameras".into(), Answer::One("dont_know".into()));
    let ev = engine::evaluate(&c, &a);
    assert!(ev.is_visible("gdpr.cameras.good-practice"));
}

#[test]
fn a_key_measure_is_asked_when_remote_access_is_unknown() {
    let c = catalog();
    let mut a = all_good(&c);
    a.insert("profile.remote".into(), Answer::One("dont_know".into()));
    assert!(engine::evaluate(&c, &a).is_visible("sec.mfa.staff"));
    a.remove("profile.remote");
    assert!(engine::evaluate(&c, &a).is_visible("sec.mfa.staff"));
}

#[test]
fn a_question_asked_once_counts_in_both_checkups() {
    let c = catalog();
    let good = engine::evaluate(&c, &all_good(&c));
    let mut a = all_good(&c);
    a.insert("sec.disposal".into(), Answer::One("no".into()));
    let bad = engine::evaluate(&c, &a);
    let score = |ev: &engine::Evaluation, s: &str| ev.section(s).unwrap().score.unwrap();
    assert_eq!(score(&good, "gdpr.security"), 100.0);
    assert_eq!(
        score(&bad, "gdpr.security"),
        50.0,
        "paper yes + disposal no"
    );
    assert!(bad.pack("gdpr").unwrap().score.unwrap() < 100.0);
    assert!(bad.pack("security").unwrap().score.unwrap() < 100.0);
    // Asked once: progress counts it once, in its own section.
    assert_eq!(bad.section("gdpr.security").unwrap().progress.total, 1);
}

#[test]
fn nis2_duties_come_with_the_indication_not_with_answers() {
    let c = catalog();
    let ev = engine::evaluate(&c, &all_good(&c));
    // The hand-made profile has no NIS2 questions: the indication is unclear, so no duty.
    assert!(ev.plan_item("act.nis2.register").is_none());
}

#[test]
fn finding_out_is_never_tagged_as_a_key_measure_or_a_legal_duty() {
    let c = catalog();
    let mut a = all_good(&c);
    a.insert("sec.km1".into(), Answer::One("dont_know".into()));
    a.insert("profile.cameras".into(), Answer::One("yes".into()));
    a.insert(
        "gdpr.cameras.pictogram".into(),
        Answer::One("dont_know".into()),
    );
    let ev = engine::evaluate(&c, &a);
    let find_out = ev.plan_item("act.find-out").expect("a find-out action");
    assert!(!find_out.key_measure && !find_out.must_fix);
    assert!(ev.plan_item("act.fix").unwrap().must_fix);
}

fn problems(packs: &[(&str, Value)]) -> Vec<(String, Problem)> {
    build(packs)
        .1
        .into_iter()
        .map(|e| (e.id, e.problem))
        .collect()
}

fn base_with(
    mut gdpr_pack: Value,
    f: impl FnOnce(&mut Value, &mut Value),
) -> Vec<(String, Problem)> {
    let mut p = profile();
    f(&mut gdpr_pack, &mut p);
    problems(&[
        ("common.json", common()),
        ("profile.json", p),
        ("gdpr.json", gdpr_pack),
    ])
}

#[test]
fn a_must_fix_item_without_its_legal_provision_is_refused() {
    let found = base_with(gdpr(), |g, _| {
        g["sections"][0]["questions"][0]
            .as_object_mut()
            .unwrap()
            .remove("duty");
    });
    assert!(found.contains(&(
        "gdpr.cameras.pictogram".into(),
        Problem::Invalid(Msg::InvalidDuty)
    )));
    // A duty on good practice is refused too.
    let found = base_with(gdpr(), |g, _| {
        g["sections"][0]["questions"][1]["duty"] = json!(["gdpr:5"]);
    });
    assert!(found.contains(&(
        "gdpr.cameras.good-practice".into(),
        Problem::Invalid(Msg::InvalidDuty)
    )));
}

#[test]
fn citations_must_name_a_known_law() {
    let found = base_with(gdpr(), |g, _| {
        g["sections"][0]["questions"][0]["duty"] = json!(["be.camera-act:7"]);
    });
    assert!(found.iter().any(|(id, p)| id == "gdpr.cameras.pictogram"
        && matches!(p, Problem::UnknownRef { target, .. } if target == "be.camera-act:7")));
    let mut c = common();
    c["actions"][2]["law"] = json!(["nis2:23"]);
    let (_, errors) = build(&[("common.json", c)]);
    assert!(errors.iter().any(|e| e.id == "act.nis2.register"
        && matches!(&e.problem, Problem::UnknownRef { target, .. } if target == "nis2:23")));
}

#[test]
fn a_profile_question_that_gates_a_duty_must_be_in_the_quick_checkup() {
    let found = base_with(gdpr(), |_, p| {
        p["sections"][0]["questions"][0]
            .as_object_mut()
            .unwrap()
            .remove("quick");
    });
    assert!(found.contains(&(
        "profile.cameras".into(),
        Problem::Invalid(Msg::InvalidNotQuick)
    )));
    // Said once, however many duties it gates.
    assert_eq!(
        found
            .iter()
            .filter(|(id, _)| id == "profile.cameras")
            .count(),
        1
    );
}

#[test]
fn a_key_measure_offering_not_applicable_must_say_when() {
    let mut s = security();
    s["sections"][0]["questions"][0]["input"] = json!({ "type": "choice", "scale": "yes_no_na" });
    let (_, errors) = build(&[
        ("common.json", common()),
        ("profile.json", profile()),
        ("gdpr.json", gdpr()),
        ("security.json", s.clone()),
    ]);
    assert!(
        errors
            .iter()
            .any(|e| e.id == "sec.km0" && e.problem == Problem::Invalid(Msg::InvalidKeyMeasureHint)),
        "{errors:?}"
    );
    s["sections"][0]["questions"][0]["hint"] = t("Only if you have no computers at all.");
    let (_, errors) = build(&[
        ("common.json", common()),
        ("profile.json", profile()),
        ("gdpr.json", gdpr()),
        ("security.json", s),
    ]);
    assert!(!errors.iter().any(|e| e.id == "sec.km0"), "{errors:?}");
}

#[test]
fn remaps_go_from_a_value_that_is_gone_to_one_that_exists() {
    let ok = base_with(gdpr(), |_, p| {
        p["remap"] = json!([{ "question": "profile.cameras", "from": "maybe", "to": "dont_know" },
                            { "question": "profile.cameras", "from": "some", "to": null }]);
    });
    assert!(!ok.iter().any(|(id, _)| id == "profile.cameras"), "{ok:?}");
    let bad = base_with(gdpr(), |_, p| {
        p["remap"] = json!([{ "question": "profile.cameras", "from": "yes", "to": "no" }]);
    });
    assert!(bad.contains(&(
        "profile.cameras".into(),
        Problem::Invalid(Msg::InvalidRemap)
    )));
}

#[test]
fn a_question_counts_elsewhere_only_in_another_scored_checkup() {
    let mut s = security();
    s["sections"][0]["questions"][14]["also"] = json!(["sec.main"]);
    let (_, errors) = build(&[
        ("common.json", common()),
        ("profile.json", profile()),
        ("gdpr.json", gdpr()),
        ("security.json", s),
    ]);
    assert!(
        errors
            .iter()
            .any(|e| e.id == "sec.disposal" && e.problem == Problem::Invalid(Msg::InvalidAlso)),
        "{errors:?}"
    );
}
