//! The NIS2 indication against the texts it rests on: the truth table in
//! tests/data/nis2-truth.json (each case names its article), run through the
//! engine exactly as the app runs it, and the profile questions it reads.

use std::collections::{BTreeMap, BTreeSet};

use checkup::domain::assessment::{Answer, Assessment};
use checkup::domain::engine;
use checkup::domain::nis2::{self, Nis2Kind, Nis2Reason, Pointer};
use checkup::domain::pack::Operator;

use checkup::domain::Lang;
use serde::Deserialize;

mod common;
use common::{catalog, report_in};

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
            failures.push(format!("{} ({}): {}", c.name, c.rests_on, wrong.join("; ")));
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
        let r = report_in(&a, &ev, Lang::Nl);
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
        nis2::SPECIAL_ASKED_FOR
            .iter()
            .copied()
            .collect::<BTreeSet<_>>()
    );
    // The group size is asked only for members of a group.
    let group_size = c.question(nis2::ids::GROUP_SIZE).unwrap();
    let cond = group_size.visible_if.as_ref().expect("a condition");
    assert_eq!(cond.all[0].question, nis2::ids::GROUP);
    assert_eq!(cond.all[0].values, ["yes"]);
    // The balance sheet is asked whenever staff and turnover do not decide
    // the size class: check every staff and turnover answer. Outside the NIS2
    // sectors the size does not matter, and turnover and balance are not asked.
    let outside: BTreeMap<String, Answer> = [
        (
            nis2::ids::SECTOR.to_string(),
            Answer::Many(vec!["retail".into()]),
        ),
        (nis2::ids::STAFF.to_string(), Answer::One("10-49".into())),
    ]
    .into_iter()
    .collect();
    let ev = engine::evaluate(c, &outside);
    assert!(!ev.is_visible(nis2::ids::TURNOVER) && !ev.is_visible(nis2::ids::BALANCE));
    assert_eq!(nis2::indicate(&outside).kind, nis2::Nis2Kind::OutOfScope);
    for staff in ["1-9", "10-49", "50-249", "250-plus"] {
        for turnover in ["lt2m", "2m-10m", "10m-50m", "gt50m", "dont_know"] {
            // In a NIS2 sector (the size questions are asked only there).
            let mut answers: BTreeMap<String, Answer> =
                [(nis2::ids::STAFF, staff), (nis2::ids::TURNOVER, turnover)]
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), Answer::One(v.into())))
                    .collect();
            answers.insert(
                nis2::ids::SECTOR.into(),
                Answer::Many(vec!["energy".into()]),
            );
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
        assert!(
            c.question(id).unwrap().quick == Some(true),
            "{id} is not in the quick CheckUp"
        );
    }
}

#[test]
fn none_and_dont_know_clear_the_other_choices() {
    let c = catalog();
    for id in [nis2::ids::SECTOR, nis2::ids::SPECIAL] {
        let q = c.question(id).unwrap();
        for o in &c.scale_of(q).unwrap().options {
            let exclusive = ["none", "dont_know"].contains(&o.value.as_str());
            assert_eq!(o.exclusive, exclusive, "{id}: {}", o.value);
        }
    }
}

fn persona(name: &str) -> Assessment {
    let path = format!("{}/tests/personas/{name}.json", env!("CARGO_MANIFEST_DIR"));
    checkup::domain::transfer::import(&std::fs::read_to_string(path).unwrap(), catalog())
        .unwrap()
        .assessment
}

#[test]
fn an_in_scope_persona_gets_the_nis2_duties_in_its_plan() {
    const DUTIES: [&str; 3] = [
        "act.nis2.register",
        "act.nis2.management",
        "act.nis2.incident-reporting",
    ];
    // The transport company runs a courier service (Annex II point 1), 50-249 staff.
    let a = persona("transport");
    let ev = engine::evaluate(catalog(), &a.answers);
    assert_eq!(ev.nis2.kind, Nis2Kind::Important);
    for id in DUTIES {
        let item = ev
            .plan_item(id)
            .unwrap_or_else(|| panic!("{id} is not in the plan"));
        assert!(item.nis2 && item.reasons.is_empty(), "{id}");
    }
    assert!(
        ev.plan_item("act.nis2.conformity").is_none(),
        "the conformity assessment is for essential entities"
    );
    // The report and the PDF-ready plan cite the law behind them.
    let r = report_in(&a, &ev, Lang::De);
    let register = r.plan.iter().find(|p| p.id == "act.nis2.register").unwrap();
    assert!(register.title.contains("ZCB"), "{}", register.title);

    // A road haulier alone is out of scope: no duties.
    let mut haulier = a.clone();
    haulier.answers.insert(
        nis2::ids::SECTOR.into(),
        Answer::Many(vec!["transport_other".into()]),
    );
    let ev = engine::evaluate(catalog(), &haulier.answers);
    assert_eq!(ev.nis2.kind, Nis2Kind::OutOfScope);
    assert!(ev.plan.iter().all(|p| !p.nis2));

    // A large operator of a port (Annex I point 2): essential, with the
    // conformity assessment.
    let mut port = a;
    port.answers.insert(
        nis2::ids::SECTOR.into(),
        Answer::Many(vec!["transport_critical".into()]),
    );
    port.answers
        .insert(nis2::ids::STAFF.into(), Answer::One("250-plus".into()));
    let ev = engine::evaluate(catalog(), &port.answers);
    assert_eq!(ev.nis2.kind, Nis2Kind::Essential);
    for id in DUTIES.iter().chain(["act.nis2.conformity"].iter()) {
        assert!(ev.plan_item(id).is_some_and(|p| p.nis2), "{id}");
    }
}

/// An energy company with 50-249 staff and a turnover over EUR 50 million
/// whose balance sheet is not known is important or essential (Annex I):
/// in scope whatever the open answer, so the duties of every NIS2 entity
/// are in its plan, its target is IMPORTANT and the headline says so.
#[test]
fn in_scope_whatever_the_open_answers_gets_the_common_duties() {
    let mut a = persona("transport");
    for (id, v) in [
        (nis2::ids::STAFF, "50-249"),
        ("profile.turnover", "gt50m"),
        ("profile.balance", "dont_know"),
        ("profile.group", "no"),
    ] {
        a.answers.insert(id.into(), Answer::One(v.into()));
    }
    a.answers.insert(
        nis2::ids::SECTOR.into(),
        Answer::Many(vec!["energy".into()]),
    );
    let ev = engine::evaluate(catalog(), &a.answers);
    assert_eq!(ev.nis2.kind, Nis2Kind::Unclear);
    assert!(ev.nis2.reasons.contains(&Nis2Reason::AtLeastImportant));
    for id in [
        "act.nis2.register",
        "act.nis2.management",
        "act.nis2.incident-reporting",
    ] {
        assert!(ev.plan_item(id).is_some_and(|p| p.nis2), "{id}");
    }
    assert!(
        ev.plan_item("act.nis2.conformity").is_none(),
        "only an essential entity needs the conformity assessment"
    );
    assert_eq!(ev.target.level, nis2::Level::Important);
    let r = report_in(&a, &ev, Lang::En);
    assert_eq!(
        r.nis2.verdict.headline,
        checkup::domain::Msg::Nis2AtLeastImportant.get(Lang::En)
    );
    assert!(
        r.nis2
            .verdict
            .details
            .contains(&checkup::domain::Msg::Nis2Duties.get(Lang::En))
    );
    // Their cards and the PDF mark them as NIS2 duties.
    assert_eq!(
        r.labels.nis2_duty,
        checkup::domain::Msg::LNis2Duty.get(Lang::En)
    );
    assert!(r.plan.iter().any(|p| p.id == "act.nis2.register" && p.nis2));
}

/// A software company that runs a public telecom service is covered at any
/// size; its size decides essential or important (NIS2 Directive, Art. 2 and
/// 3), so the size and group questions are asked and the verdict settles.
#[test]
fn a_software_company_with_a_telecom_service_is_asked_its_size() {
    let mut a = persona("transport");
    a.answers.insert(
        nis2::ids::SECTOR.into(),
        Answer::Many(vec!["software".into()]),
    );
    a.answers.insert(
        nis2::ids::SPECIAL.into(),
        Answer::Many(vec!["telecom".into()]),
    );
    a.answers
        .insert(nis2::ids::STAFF.into(), Answer::One("10-49".into()));
    a.answers.remove("profile.turnover");
    a.answers.remove("profile.balance");
    a.answers.remove("profile.group");
    let ev = engine::evaluate(catalog(), &a.answers);
    for id in ["profile.turnover", "profile.group"] {
        assert!(ev.is_visible(id), "{id} is asked");
    }
    assert_eq!(ev.nis2.kind, Nis2Kind::Unclear);
    a.answers
        .insert("profile.turnover".into(), Answer::One("lt2m".into()));
    a.answers
        .insert("profile.group".into(), Answer::One("no".into()));
    let ev = engine::evaluate(catalog(), &a.answers);
    assert_eq!(ev.nis2.kind, Nis2Kind::Important, "{:?}", ev.nis2.reasons);
}

fn import_old(file: &str) -> checkup::domain::transfer::Imported {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    checkup::domain::transfer::import(&std::fs::read_to_string(&path).unwrap(), catalog())
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn values(a: &Assessment, id: &str) -> Option<Vec<String>> {
    a.answers.get(id).map(|v| v.values().to_vec())
}

/// Every old answer is still somewhere: as an answer, or set aside.
fn kept(a: &Assessment, value: &str) -> bool {
    a.answers
        .values()
        .chain(a.set_aside.values())
        .any(|v| v.values().iter().any(|x| x == value))
}

#[test]
fn an_older_file_keeps_the_exact_answers_and_asks_again_for_the_rest() {
    // 2026.1: the NACE sector, the old NIS2 sector list, "regardless of size"
    // and the old balance sheet bands.
    let exact = import_old("export-2026.1-nis2-exact.json");
    let a = &exact.assessment;
    assert!(exact.older_questions);
    // Old NIS2 sectors map where the new value means the same.
    assert_eq!(
        values(a, nis2::ids::SECTOR),
        Some(vec!["energy".to_string(), "food_industry".to_string()])
    );
    // "Not a telecom, DNS, TLD or trust service provider" is "none of these".
    assert_eq!(
        values(a, nis2::ids::SPECIAL),
        Some(vec!["none".to_string()])
    );
    // Over EUR 50 million is also over EUR 43 million.
    assert_eq!(
        values(a, nis2::ids::BALANCE),
        Some(vec!["gt43m".to_string()])
    );
    // The NACE letter is not a sector value any more: kept aside, not lost.
    assert!(kept(a, "d"));
    assert!(
        !values(a, nis2::ids::SECTOR)
            .unwrap()
            .contains(&"d".to_string())
    );
    // With those answers the indication is exact again: large and Annex I.
    let ev = engine::evaluate(catalog(), &a.answers);
    assert_eq!(ev.nis2.kind, Nis2Kind::Essential);

    // What is not exact is asked again, and nothing is lost.
    let again = import_old("export-2026.1-nis2-ask-again.json");
    let a = &again.assessment;
    for id in [nis2::ids::SECTOR, nis2::ids::SPECIAL, nis2::ids::BALANCE] {
        assert!(
            values(a, id).is_none(),
            "{id} must be asked again: {:?}",
            values(a, id)
        );
    }
    // "Transport (air, rail, water, road)" could be a haulier or a port:
    // asked again, with the answer kept aside.
    assert!(kept(a, "transport"));
    assert!(kept(a, "10m-50m"));
    assert!(kept(a, "h"));
    assert!(!again.set_aside.is_empty());
    let ev = engine::evaluate(catalog(), &a.answers);
    assert_eq!(ev.nis2.kind, Nis2Kind::Unclear);
    assert!(ev.nis2.reasons.contains(&Nis2Reason::SectorUnknown));
    // The questions are asked again: visible and unanswered.
    assert!(ev.is_visible(nis2::ids::SECTOR));
}

#[test]
fn every_profile_answer_it_reads_can_change_the_outcome() {
    let one = |v: &str| Answer::One(v.into());
    let many = |v: &str| Answer::Many(vec![v.into()]);
    let base = |sector: &str, staff: &str, turnover: &str| -> BTreeMap<String, Answer> {
        [
            (nis2::ids::SECTOR, many(sector)),
            (nis2::ids::STAFF, one(staff)),
            (nis2::ids::TURNOVER, one(turnover)),
            (nis2::ids::GROUP, one("no")),
            (nis2::ids::PUBLIC_BODY, one("no")),
            (nis2::ids::SPECIAL_DATA, many("none")),
            (nis2::ids::CUSTOMERS_ASK, one("no")),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
    };
    let outcome = |a: &BTreeMap<String, Answer>| {
        let ev = engine::evaluate(catalog(), a);
        (ev.nis2.kind, ev.target.level)
    };
    // (id, answers, value a, value b): changing only that answer changes the outcome.
    let mut energy_small = base("energy", "10-49", "gt50m");
    energy_small.insert(nis2::ids::BALANCE.into(), one("gt43m"));
    let mut in_group = base("energy", "10-49", "2m-10m");
    in_group.insert(nis2::ids::GROUP.into(), one("yes"));
    let cases: Vec<(&str, BTreeMap<String, Answer>, Answer, Answer)> = vec![
        (
            nis2::ids::SECTOR,
            base("retail", "50-249", "lt2m"),
            many("retail"),
            many("energy"),
        ),
        (
            nis2::ids::STAFF,
            base("energy", "10-49", "lt2m"),
            one("10-49"),
            one("250-plus"),
        ),
        (
            nis2::ids::TURNOVER,
            energy_small.clone(),
            one("2m-10m"),
            one("gt50m"),
        ),
        (
            nis2::ids::BALANCE,
            energy_small,
            one("2m-10m"),
            one("gt43m"),
        ),
        (
            nis2::ids::GROUP,
            base("energy", "10-49", "2m-10m"),
            one("no"),
            one("yes"),
        ),
        (nis2::ids::GROUP_SIZE, in_group, one("small"), one("large")),
        (
            nis2::ids::PUBLIC_BODY,
            base("other", "50-249", "lt2m"),
            one("no"),
            one("yes"),
        ),
        (
            nis2::ids::SPECIAL,
            base("digital_infra", "1-9", "lt2m"),
            many("none"),
            many("dns_tld"),
        ),
        (
            nis2::ids::CUSTOMERS_ASK,
            base("retail", "1-9", "lt2m"),
            one("no"),
            one("yes"),
        ),
    ];
    for (id, answers, a, b) in cases {
        let mut x = answers.clone();
        x.insert(id.into(), a);
        let mut y = answers;
        y.insert(id.into(), b);
        assert_ne!(outcome(&x), outcome(&y), "{id} changes nothing");
    }
}

/// Out of scope, but customers already ask about security: the card says
/// what those under NIS2 will likely ask for.
#[test]
fn customers_who_ask_are_named_on_the_nis2_card() {
    let mut a = persona("bakery");
    let text = checkup::domain::Msg::Nis2SupplierAsked.get(Lang::En);
    for (answer, shown) in [("no", false), ("yes", true)] {
        a.answers
            .insert(nis2::ids::CUSTOMERS_ASK.into(), Answer::One(answer.into()));
        let ev = engine::evaluate(catalog(), &a.answers);
        assert_eq!(ev.nis2.kind, Nis2Kind::OutOfScope);
        let r = report_in(&a, &ev, Lang::En);
        assert_eq!(r.nis2.verdict.details.contains(&text), shown, "{answer}");
    }
}

#[test]
fn an_open_size_names_only_the_figures_that_would_change_it() {
    use nis2::Figure::{Balance, Staff, Turnover};
    let answers = |pairs: &[(&str, &str)]| -> BTreeMap<String, Answer> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), Answer::One(v.to_string())))
            .collect()
    };
    // Recommendation 2003/361/EC, Annex Art. 2: under 50 staff with a
    // turnover up to EUR 10 million is small whatever the balance sheet.
    for (given, open) in [
        (vec![], vec![Staff, Turnover, Balance]),
        (
            vec![("profile.staff", "10-49"), ("profile.turnover", "lt2m")],
            vec![],
        ),
        (
            vec![("profile.staff", "10-49"), ("profile.turnover", "10m-50m")],
            vec![Balance],
        ),
        (vec![("profile.staff", "50-249")], vec![Turnover, Balance]),
        (vec![("profile.staff", "250-plus")], vec![]),
        (
            vec![
                ("profile.turnover", "2m-10m"),
                ("profile.balance", "2m-10m"),
            ],
            vec![Staff],
        ),
    ] {
        assert_eq!(nis2::open_figures(&answers(&given)), open, "{given:?}");
    }

    // A road transport firm (Annex I) of 10-49 staff with EUR 10-50 million
    // turnover is medium (important) or small (out of scope) by its balance
    // sheet total alone: the card asks for that figure, not all three.
    let mut a = persona("transport");
    for (id, v) in [("profile.staff", "10-49"), ("profile.turnover", "10m-50m")] {
        a.answers.insert(id.into(), Answer::One(v.into()));
    }
    a.answers
        .insert("profile.balance".into(), Answer::One("dont_know".into()));
    a.answers
        .insert("profile.group".into(), Answer::One("no".into()));
    let ev = engine::evaluate(catalog(), &a.answers);
    assert_eq!(ev.nis2.kind, Nis2Kind::Unclear);
    assert_eq!(ev.nis2.open_figures, vec![Balance]);
    for (lang, said) in [
        (Lang::En, "Without your balance sheet total,"),
        (Lang::Nl, "Zonder uw balanstotaal "),
        (Lang::Fr, "Sans le total de votre bilan,"),
        (Lang::De, "Ohne Ihre Bilanzsumme "),
    ] {
        let r = report_in(&a, &ev, lang);
        let details = &r.nis2.verdict.details;
        assert!(
            details.iter().any(|d| d.starts_with(said)),
            "{lang:?}: {details:?}"
        );
        assert!(
            !details.iter().any(|d| d.contains("turnover")),
            "{details:?}"
        );
    }
}
