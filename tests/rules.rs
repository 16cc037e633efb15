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

mod horizons {
    use super::*;
    use checkup::domain::horizon::{Horizon, HorizonReason};

    fn act(id: &str, effort: &str, cost: &str, impact: u8, after: &[&str]) -> Value {
        json!({ "id": id, "title": t(id), "why": t("w"), "how": [t("h")], "who": "it",
                "effort": effort, "cost": cost, "impact": impact, "after": after })
    }

    /// Eight quick wins, a key measure that takes weeks, an action that needs a
    /// slower one first, and a key measure that needs a low-priority one first.
    fn catalog() -> Catalog {
        let mut c = common();
        let mut actions: Vec<Value> = (0..8)
            .map(|i| act(&format!("act.quick{i}"), "hours", "free", 4, &[]))
            .collect();
        actions.push(act("act.km", "weeks", "medium", 5, &[]));
        actions.push(act("act.slow", "weeks", "medium", 4, &[]));
        actions.push(act("act.needs-slow", "hours", "free", 4, &["act.slow"]));
        actions.push(act("act.minor", "days", "low", 1, &[]));
        actions.push(act("act.km-after-minor", "days", "low", 5, &["act.minor"]));
        actions.push(act("act.find-out", "hours", "free", 3, &[]));
        c["actions"] = json!(actions);
        let mut p = profile();
        p["scales"].as_array_mut().unwrap().push(json!({ "id": "staff", "options": [
            { "value": "1-9", "label": t("1-9") }, { "value": "10-49", "label": t("10-49") },
            { "value": "50-249", "label": t("50-249") }, { "value": "250-plus", "label": t("250+") } ] }));
        p["sections"][0]["questions"]
            .as_array_mut()
            .unwrap()
            .push(json!({
            "id": "profile.staff", "text": t("Staff?"), "why": t("w"),
            "input": { "type": "choice", "scale": "staff" } }));
        let q = |id: &str, action: &str, km: Option<&str>| {
            let mut q = json!({ "id": id, "text": t(id), "why": t("w"),
                "input": { "type": "choice", "scale": "yes_no" }, "gdpr": ["32"], "weight": 5,
                "actions": [{ "action": action }] });
            if let Some(km) = km {
                q["key_measure"] = json!(true);
                q["cyfun"] = json!([km]);
            }
            q
        };
        let mut qs: Vec<Value> = (0..8)
            .map(|i| q(&format!("sec.q{i}"), &format!("act.quick{i}"), None))
            .collect();
        qs.push(q("sec.km", "act.km", Some("PR.DS-11.1")));
        qs.push(q("sec.slow", "act.slow", None));
        qs.push(q("sec.needs-slow", "act.needs-slow", None));
        qs.push(q("sec.minor", "act.minor", None));
        qs.push(q("sec.km2", "act.km-after-minor", Some("PR.IR-01.1")));
        let s = json!({ "id": "security", "version": "2026.2", "title": t("Security"),
            "sections": [{ "id": "sec.main", "title": t("S"), "questions": qs }] });
        let (catalog, errors) = build(&[
            ("common.json", c),
            ("profile.json", p),
            ("security.json", s),
        ]);
        assert!(errors.is_empty(), "{errors:?}");
        catalog
    }

    fn plan(staff: &str) -> engine::Evaluation {
        let c = catalog();
        let mut a = answers(&[
            ("profile.staff", staff),
            ("profile.cameras", "no"),
            ("profile.remote", "no"),
        ]);
        for (_, _, q) in c.all_questions() {
            if q.id.starts_with("sec.") {
                a.insert(q.id.clone(), Answer::One("no".into()));
            }
        }
        a.insert("sec.q7".into(), Answer::One("dont_know".into()));
        engine::evaluate(&c, &a)
    }

    fn horizon(ev: &engine::Evaluation, id: &str) -> Horizon {
        ev.plan_item(id)
            .unwrap_or_else(|| panic!("{id} in the plan"))
            .horizon
    }

    #[test]
    fn a_micro_enterprise_gets_three_actions_this_week_and_the_rest_moves_on() {
        let ev = plan("1-9");
        let week: Vec<&str> = ev
            .plan
            .iter()
            .filter(|i| i.horizon == Horizon::ThisWeek)
            .map(|i| i.action.as_str())
            .collect();
        assert_eq!(week.len(), 3, "{week:?}");
        assert_eq!(ev.quick_wins.len(), 3);
        let moved = ev
            .plan
            .iter()
            .filter(|i| i.action.starts_with("act.quick"))
            .find(|i| i.horizon != Horizon::ThisWeek)
            .expect("a quick win that did not fit");
        assert_eq!(
            moved.horizon_reason,
            HorizonReason::Full {
                wanted: Horizon::ThisWeek
            }
        );
        // A medium-sized firm gets five.
        let ev = plan("50-249");
        assert_eq!(
            ev.plan
                .iter()
                .filter(|i| i.horizon == Horizon::ThisWeek)
                .count(),
            5
        );
    }

    #[test]
    fn each_size_gets_as_much_this_week_as_it_can_do() {
        use checkup::domain::horizon::{Capacity, SizeClass};
        for (staff, actions) in [("1-9", 3), ("10-49", 4), ("50-249", 5), ("250-plus", 5)] {
            let ev = plan(staff);
            let cap =
                Capacity::for_size(SizeClass::from_staff(Some(staff)), Horizon::ThisWeek).unwrap();
            assert_eq!(cap.actions, actions, "{staff}");
            let week: Vec<_> = ev
                .plan
                .iter()
                .filter(|i| i.horizon == Horizon::ThisWeek)
                .collect();
            // Eight quick wins wait: the week is full, in actions or in hours.
            let hours: u32 = week.iter().map(|i| u32::from(i.hours)).sum();
            assert!(week.len() <= cap.actions, "{staff}: {}", week.len());
            assert!(hours <= cap.hours, "{staff}: {hours} hours");
            assert!(
                week.len() == cap.actions || hours + 2 > cap.hours,
                "{staff}: room left this week"
            );
            // What did not fit waits with its reason, naming the horizon
            // just before its own that was full; none of it is a duty.
            for i in ev.plan.iter().filter(|i| i.action.starts_with("act.quick")) {
                if i.horizon != Horizon::ThisWeek {
                    match i.horizon_reason {
                        HorizonReason::Full { wanted } => {
                            assert!(wanted < i.horizon, "{staff}: {}", i.action);
                        }
                        ref other => panic!("{staff}: {}: {other:?}", i.action),
                    }
                }
            }
            // Duties stay within the month, however small the organisation
            // (key measures from a target of CyFun BASIC: not for a
            // micro-organisation aiming for Small).
            let basic = ev.target.level >= checkup::domain::nis2::Level::Basic;
            for i in ev
                .plan
                .iter()
                .filter(|i| (basic && i.key_measure) || i.must_fix)
            {
                assert!(i.horizon <= Horizon::ThisMonth, "{staff}: {}", i.action);
            }
        }
    }

    #[test]
    fn key_measures_are_never_later_than_this_month() {
        for staff in ["1-9", "50-249"] {
            let ev = plan(staff);
            assert_eq!(horizon(&ev, "act.km"), Horizon::ThisMonth);
            assert_eq!(
                ev.plan_item("act.km").unwrap().horizon_reason,
                HorizonReason::Duty
            );
        }
    }

    #[test]
    fn an_action_never_comes_before_what_it_needs() {
        let ev = plan("50-249");
        assert_eq!(horizon(&ev, "act.slow"), Horizon::ThisQuarter);
        assert_eq!(horizon(&ev, "act.needs-slow"), Horizon::ThisQuarter);
        assert_eq!(
            ev.plan_item("act.needs-slow").unwrap().horizon_reason,
            HorizonReason::After {
                action: "act.slow".into()
            }
        );
        let pos = |id: &str| ev.plan.iter().position(|i| i.action == id).unwrap();
        assert!(pos("act.slow") < pos("act.needs-slow"));
    }

    #[test]
    fn a_key_measure_pulls_what_it_needs_into_its_month() {
        let ev = plan("1-9");
        assert_eq!(horizon(&ev, "act.km-after-minor"), Horizon::ThisMonth);
        assert_eq!(horizon(&ev, "act.minor"), Horizon::ThisMonth);
        assert_eq!(
            ev.plan_item("act.minor").unwrap().horizon_reason,
            HorizonReason::NeededFor {
                action: "act.km-after-minor".into()
            }
        );
        let pos = |id: &str| ev.plan.iter().position(|i| i.action == id).unwrap();
        assert!(pos("act.minor") < pos("act.km-after-minor"));
    }

    /// However full the week, finding out what was answered "don't know"
    /// is never later than this month: it may decide a key measure.
    #[test]
    fn finding_out_is_never_later_than_this_month() {
        for staff in ["1-9", "10-49", "50-249"] {
            let ev = plan(staff);
            let item = ev.plan_item("act.find-out").expect("a don't-know answer");
            assert!(
                item.horizon <= Horizon::ThisMonth,
                "{staff}: {:?}",
                item.horizon
            );
        }
    }

    #[test]
    fn finding_out_comes_after_the_quick_wins_and_is_not_one_of_them() {
        let ev = plan("50-249");
        assert!(!ev.quick_wins.contains(&"act.find-out".to_string()));
        let week: Vec<&str> = ev
            .plan
            .iter()
            .filter(|i| i.horizon == Horizon::ThisWeek)
            .map(|i| i.action.as_str())
            .collect();
        assert!(
            !week.contains(&"act.find-out") || week.last() == Some(&"act.find-out"),
            "{week:?}"
        );
    }
}

mod depth {
    use super::*;
    use checkup::domain::assessment::Depth;
    use checkup::domain::engine::Policy;
    use checkup::domain::lang::Lang;

    fn quick(c: &Catalog, a: &BTreeMap<String, Answer>) -> engine::Evaluation {
        engine::evaluate_with(c, a, &Policy::default(), Depth::Quick)
    }

    #[test]
    fn the_quick_checkup_asks_the_duties_and_the_quick_profile_only() {
        let c = catalog();
        let a = all_good(&c);
        let ev = quick(&c, &a);
        assert_eq!(ev.depth, Depth::Quick);
        // Profile questions marked quick, every key measure, the must-fix item if cameras.
        assert!(ev.is_visible("profile.remote"));
        assert!(ev.is_visible("sec.km0") && ev.is_visible("sec.mfa.mail"));
        assert!(!ev.is_visible("sec.disposal"), "not a duty, not quick");
        assert!(!ev.is_visible("gdpr.security.paper"));
        // A section with nothing to ask in the quick CheckUp is not shown.
        assert!(!ev.section("gdpr.security").unwrap().visible);
        let full = engine::evaluate(&c, &a);
        assert!(ev.progress.total < full.progress.total);
    }

    #[test]
    fn the_quick_checkup_decides_the_verdicts_as_the_full_one_would() {
        let c = catalog();
        for change in [
            None,
            Some(("sec.km4", "mostly")),
            Some(("sec.mfa.mail", "no")),
        ] {
            let mut a = all_good(&c);
            a.insert("profile.cameras".into(), Answer::One("yes".into()));
            if let Some((q, v)) = change {
                a.insert(q.into(), Answer::One(v.into()));
            }
            let q = quick(&c, &a);
            let f = engine::evaluate(&c, &a);
            assert_eq!(q.cyfun.readiness, f.cyfun.readiness, "{change:?}");
            assert_eq!(q.gdpr.readiness, f.gdpr.readiness, "{change:?}");
            assert_eq!(q.cyfun.in_place(), f.cyfun.in_place());
        }
    }

    #[test]
    fn continuing_with_the_full_checkup_keeps_every_answer() {
        let c = catalog();
        let mut a = all_good(&c);
        a.remove("sec.disposal");
        let q = quick(&c, &a);
        assert!(q.progress.done(), "the quick CheckUp is complete");
        let f = engine::evaluate(&c, &a);
        assert!(!f.progress.done());
        assert_eq!(f.progress.answered, f.progress.total - 1);
    }

    #[test]
    fn the_time_follows_the_questions_this_profile_will_see() {
        let c = catalog();
        let a = all_good(&c);
        let full = engine::evaluate(&c, &a);
        let t = engine::time_needed(&c, &full, &a, Lang::En);
        assert_eq!(t.remaining, 0);
        // Every question here reads in a few words: ten seconds each, rounded up.
        let asked = full.visible.len() as u32;
        assert!(t.total >= (asked * engine::DECIDE_SECONDS).div_ceil(60));
        let q = quick(&c, &a);
        let tq = engine::time_needed(&c, &q, &BTreeMap::new(), Lang::En);
        assert!(q.visible.len() < full.visible.len() && tq.total <= t.total);
        assert_eq!(tq.remaining, tq.total, "nothing answered yet");
    }
}

mod tailoring {
    use super::*;
    use checkup::domain::pack::{Action, Platform, Who};
    use checkup::domain::tailor::{self, Assignee};

    #[test]
    fn it_work_goes_to_whoever_looks_after_the_computers() {
        for (support, expected) in [
            ("external", Assignee::ItProvider),
            ("internal", Assignee::ItStaff),
            ("both", Assignee::ItStaffOrProvider),
            ("ourselves", Assignee::OwnIt),
        ] {
            let a = answers(&[("profile.it_support", support)]);
            assert_eq!(tailor::assignee(Who::It, &a), expected, "{support}");
            // Other kinds of work do not depend on it.
            assert_eq!(tailor::assignee(Who::Payroll, &a), Assignee::Payroll);
            assert_eq!(tailor::assignee(Who::AllStaff, &a), Assignee::AllStaff);
        }
        assert_eq!(
            tailor::assignee(Who::It, &BTreeMap::new()),
            Assignee::ItUnknown
        );
    }

    fn firewall(specialist: bool) -> Action {
        serde_json::from_value(json!({
            "id": "act.fw", "title": t("Firewall"), "why": t("w"), "how": [t("generic step")],
            "who": "it", "effort": "hours", "cost": "free", "specialist": specialist,
            "platform_how": [
                { "platform": "m365", "how": [t("Microsoft step")] },
                { "platform": "google", "how": [t("Google step")] },
                { "platform": "cms", "how": [t("WordPress step")] }
            ]
        }))
        .unwrap()
    }

    #[test]
    fn a_kmo_doing_its_own_it_gets_a_pointer_to_help_for_specialist_work() {
        let own = answers(&[("profile.it_support", "ourselves")]);
        let provider = answers(&[("profile.it_support", "external")]);
        assert!(tailor::needs_help(&firewall(true), &own));
        assert!(!tailor::needs_help(&firewall(false), &own));
        assert!(!tailor::needs_help(&firewall(true), &provider));
    }

    fn shown(a: &[(&str, &str)]) -> (Vec<Platform>, Vec<Platform>) {
        let action = firewall(false);
        let steps = tailor::steps(&action, &tailor::platforms(&answers(a)));
        (
            steps.first.iter().map(|s| s.platform).collect(),
            steps.folded.iter().map(|s| s.platform).collect(),
        )
    }

    #[test]
    fn the_steps_for_the_platform_in_use_come_first_and_others_are_never_shown() {
        assert_eq!(
            shown(&[
                ("profile.mail_platform", "google"),
                ("profile.website", "none")
            ]),
            (vec![Platform::Google], vec![])
        );
        assert_eq!(
            shown(&[
                ("profile.mail_platform", "m365"),
                ("profile.website", "site"),
                ("profile.web_platform", "cms")
            ]),
            (vec![Platform::M365, Platform::Cms], vec![])
        );
        // Another mail platform: neither Microsoft nor Google steps.
        assert_eq!(
            shown(&[
                ("profile.mail_platform", "other"),
                ("profile.website", "none")
            ]),
            (vec![], vec![])
        );
        // Not known: everything, folded away.
        assert_eq!(
            shown(&[("profile.mail_platform", "dont_know")]),
            (
                vec![],
                vec![Platform::M365, Platform::Google, Platform::Cms]
            )
        );
    }

    #[test]
    fn every_dont_know_becomes_a_question_for_the_right_person() {
        let c = catalog();
        let mut a = all_good(&c);
        a.insert("profile.it_support".into(), Answer::One("external".into()));
        a.insert("sec.km2".into(), Answer::One("dont_know".into()));
        a.insert("sec.disposal".into(), Answer::One("dont_know".into()));
        a.insert(
            "gdpr.security.paper".into(),
            Answer::One("dont_know".into()),
        );
        let ev = engine::evaluate(&c, &a);
        let list = tailor::ask_list(&c, &ev, &a);
        assert_eq!(
            list,
            vec![
                (
                    Assignee::ItProvider,
                    vec!["sec.km2".to_string(), "sec.disposal".to_string()]
                ),
                (Assignee::Legal, vec!["gdpr.security.paper".to_string()]),
            ]
        );
    }
}
