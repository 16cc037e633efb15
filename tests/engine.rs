//! The engine, checked the way an expert would: five personas (assessment
//! files under tests/personas/) and properties that must hold for any answers.

use std::collections::BTreeMap;

use checkup::domain::assessment::{Answer, Assessment, Depth};
use checkup::domain::engine::{self, Evaluation, Readiness, Scored};
use checkup::domain::horizon::Horizon;
use checkup::domain::nis2::{Level, Nis2Kind};
use checkup::domain::pack::{Input, OptionRole, PackKind};
use checkup::domain::report::{self, ReportInput};
use checkup::domain::{Lang, transfer};
use proptest::prelude::*;

mod common;
use common::{catalog, report_in};

fn persona(name: &str) -> Assessment {
    let path = format!("{}/tests/personas/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let imported = transfer::import(&text, catalog()).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(
        imported.set_aside.is_empty(),
        "{name} answers unknown questions: {:?}",
        imported.set_aside
    );
    imported.assessment
}

fn eval(a: &Assessment) -> Evaluation {
    engine::evaluate(catalog(), &a.answers)
}

fn top(ev: &Evaluation, n: usize) -> Vec<&str> {
    ev.plan.iter().take(n).map(|p| p.action.as_str()).collect()
}

const PERSONAS: [&str; 5] = ["bakery", "accountant", "transport", "medical", "model"];

#[test]
fn every_persona_answers_every_question_it_is_asked() {
    for name in PERSONAS {
        let ev = eval(&persona(name));
        assert!(ev.progress.done(), "{name}: {:?}", ev.progress);
        assert!(ev.overall.is_some());
    }
}

#[test]
fn the_bakery_without_backups_starts_with_backups_and_mfa() {
    let ev = eval(&persona("bakery"));
    let first = top(&ev, 8);
    assert!(first.contains(&"act.sec.mfa"), "first actions: {first:?}");
    assert!(
        first.iter().any(|a| a.contains("backup")),
        "first actions: {first:?}"
    );
    assert_eq!(ev.cyfun.readiness, Readiness::NotReached);
    assert!(
        ev.cyfun
            .gap_questions()
            .iter()
            .any(|q| q.starts_with("sec.backup."))
    );
    assert_eq!(ev.gdpr.readiness, Readiness::NotReached);
    assert_eq!(ev.nis2.kind, Nis2Kind::OutOfScope);
    assert_eq!(
        ev.target.level,
        Level::Small,
        "a 3-person bakery without special data aims for CyFun Small"
    );
    // The web shop is asked about; the camera law is not.
    assert!(ev.is_visible("sec.web.admin_mfa"));
    assert!(!ev.visible.iter().any(|q| q.starts_with("gdpr.be.camera")));
    // Quick wins: three to five, each a few hours.
    assert!(
        (3..=5).contains(&ev.quick_wins.len()),
        "{:?}",
        ev.quick_wins
    );
    for id in &ev.quick_wins {
        assert_eq!(
            catalog().action(id).unwrap().effort,
            checkup::domain::pack::Effort::Hours
        );
    }
}

#[test]
fn the_accounting_office_in_the_cloud_must_back_up_its_cloud_and_protect_remote_access() {
    let ev = eval(&persona("accountant"));
    assert!(ev.is_visible("sec.backup.cloud") && ev.is_visible("sec.accounts.mfa_remote"));
    assert!(
        ev.cyfun
            .gap_questions()
            .contains(&"sec.backup.cloud".to_string())
    );
    let first = top(&ev, 3);
    assert!(
        first.contains(&"act.sec.cloud-backup") && first.contains(&"act.sec.mfa"),
        "{first:?}"
    );
    assert_eq!(ev.nis2.kind, Nis2Kind::OutOfScope);
    assert!(
        ev.nis2.supplier,
        "customers ask: a supplier under NIS2 pressure"
    );
    assert_eq!(ev.target.level, Level::Basic);
}

#[test]
fn the_transport_company_is_likely_under_nis2_and_aims_higher() {
    let ev = eval(&persona("transport"));
    assert_eq!(ev.nis2.kind, Nis2Kind::Important);
    assert_eq!(ev.target.level, Level::Important);
    assert!(ev.target.level > eval(&persona("accountant")).target.level);
    // Cameras and criminal-record data bring their own duties.
    assert!(ev.gdpr.must_fix.iter().any(|q| q.contains("camera")));
    assert!(ev.is_visible("gdpr.dpia.done"));
}

#[test]
fn the_medical_practice_gets_a_dpia_and_special_category_actions() {
    let ev = eval(&persona("medical"));
    assert!(
        ev.gdpr.must_fix.contains(&"gdpr.dpia.done".to_string()),
        "{:?}",
        ev.gdpr.must_fix
    );
    let dpia = ev.plan_item("act.gdpr.dpia").expect("a DPIA action");
    assert!(dpia.must_fix);
    assert!(
        dpia.horizon <= Horizon::ThisMonth,
        "a missing DPIA for health data is for this month at the latest"
    );
    assert!(ev.plan_item("act.gdpr.sensitive-data").is_some());
    assert!(ev.visible.iter().any(|q| q.starts_with("gdpr.sensitive.")));
    assert!(ev.visible.iter().any(|q| q.starts_with("gdpr.be.camera")));
    // A small practice in the health sector: below the NIS2 thresholds.
    assert_eq!(ev.nis2.kind, Nis2Kind::OutOfScope);
}

#[test]
fn the_model_kmo_reaches_cyfun_basic_with_no_must_fix_item() {
    let ev = eval(&persona("model"));
    assert_eq!(ev.cyfun.readiness, Readiness::Reached);
    assert_eq!(ev.gdpr.readiness, Readiness::Reached);
    assert!(ev.gdpr.must_fix.is_empty() && ev.cyfun.gaps() == 0);
    assert!(ev.plan.is_empty() && ev.quick_wins.is_empty());
    assert_eq!(ev.overall.map(report::round), Some(100));
    for s in ev
        .sections
        .iter()
        .filter(|s| s.visible && s.score.is_some())
    {
        assert_eq!(s.level(), Some(5), "{}", s.id);
    }
}

#[test]
fn the_plan_groups_by_who_does_it() {
    let ev = eval(&persona("bakery"));
    let groups = engine::by_who(catalog(), &ev.plan);
    let total: usize = groups.iter().map(|(_, ids)| ids.len()).sum();
    assert_eq!(total, ev.plan.len(), "every action in exactly one group");
    for (who, ids) in &groups {
        assert!(
            ids.iter()
                .all(|id| catalog().action(id).unwrap().who == *who)
        );
        // Plan order within the group.
        let ranks: Vec<usize> = ids
            .iter()
            .map(|id| ev.plan.iter().position(|p| &p.action == id).unwrap())
            .collect();
        assert!(ranks.windows(2).all(|w| w[0] < w[1]));
    }
    // A bakery that does its own IT still has actions for an IT provider to help with, and for the owner.
    assert!(
        groups
            .iter()
            .any(|(w, _)| *w == checkup::domain::pack::Who::Owner)
    );
}

#[test]
fn dont_know_counts_as_not_in_place_and_adds_a_find_out_action() {
    let mut a = persona("model");
    a.answers
        .insert("sec.backup.cloud".into(), Answer::One("dont_know".into()));
    let ev = eval(&a);
    assert_eq!(ev.cyfun.readiness, Readiness::NotReached);
    let find_out = ev
        .plan_item(engine::FIND_OUT_ACTION)
        .expect("a find-out action");
    assert_eq!(find_out.reasons[0].question, "sec.backup.cloud");
    assert!(ev.plan_item("act.sec.cloud-backup").is_some());
    // Not applicable is left out: the score stays 100.
    let mut b = persona("model");
    b.answers.insert(
        "sec.mail.domain".into(),
        Answer::One("not_applicable".into()),
    );
    assert_eq!(
        eval(&b).pack("security").unwrap().score.map(report::round),
        Some(100)
    );
}

#[test]
fn an_action_triggered_by_several_answers_appears_once_with_every_reason() {
    let mut a = persona("model");
    a.answers
        .insert("sec.accounts.mfa_email".into(), Answer::One("no".into()));
    a.answers.insert(
        "sec.accounts.mfa_remote".into(),
        Answer::One("partly".into()),
    );
    let ev = eval(&a);
    let mfa: Vec<_> = ev
        .plan
        .iter()
        .filter(|p| p.action == "act.sec.mfa")
        .collect();
    assert_eq!(mfa.len(), 1);
    let reasons: Vec<&str> = mfa[0].reasons.iter().map(|r| r.question.as_str()).collect();
    assert_eq!(
        reasons,
        ["sec.accounts.mfa_email", "sec.accounts.mfa_remote"]
    );
}

#[test]
fn changing_the_profile_hides_questions_but_keeps_their_answers() {
    let mut a = persona("medical");
    assert!(
        eval(&a)
            .visible
            .iter()
            .any(|q| q.starts_with("gdpr.be.camera"))
    );
    a.answers
        .insert("profile.cameras".into(), Answer::One("no".into()));
    let ev = eval(&a);
    assert!(!ev.visible.iter().any(|q| q.starts_with("gdpr.be.camera")));
    assert!(
        a.answers.keys().any(|q| q.contains("gdpr.be.camera")),
        "answers stay stored"
    );
    assert!(
        !ev.gdpr.must_fix.iter().any(|q| q.contains("camera")),
        "hidden answers are out of the score"
    );
}

#[test]
fn the_report_is_in_the_chosen_language_and_keeps_plan_edits() {
    let mut a = persona("bakery");
    let first = eval(&a).plan[0].action.clone();
    a.plan.insert(
        first.clone(),
        checkup::domain::assessment::PlanEdit {
            owner: "Marie".into(),
            due: "2026-12-15".into(),
            status: checkup::domain::assessment::Status::Doing,
            note: "Vraag aan neef".into(),
            ..Default::default()
        },
    );
    // Re-scoring after another answer changes keeps the edit on the same action id.
    a.answers
        .insert("sec.devices.inventory".into(), Answer::One("yes".into()));
    let ev = eval(&a);
    for lang in Lang::ALL {
        let r = report_in(&a, &ev, lang);
        assert_eq!(r.organisation, "Bakkerij Peeters");
        assert_eq!(r.lang, lang);
        let entry = r.plan.iter().find(|p| p.id == first).unwrap();
        assert_eq!(
            (
                entry.owner.as_str(),
                entry.due.as_str(),
                entry.note.as_str()
            ),
            ("Marie", "2026-12-15", "Vraag aan neef")
        );
        let section_title = catalog().pack("security").unwrap().sections[0]
            .title
            .get(lang);
        assert!(
            r.packs
                .iter()
                .any(|p| p.sections.iter().any(|s| s.title == section_title))
        );
        assert!(
            r.file_stem
                .starts_with("checkup-bakkerij-peeters-2026-11-29")
        );
    }
    let nl = report_in(&a, &ev, Lang::Nl);
    assert_eq!(nl.labels.action_plan, "Actieplan");
    assert_eq!(
        nl.plan.iter().find(|p| p.id == first).unwrap().status_label,
        "Bezig"
    );
    assert!(
        nl.plan[0]
            .refs
            .iter()
            .any(|r| r.starts_with("art.") && r.ends_with(" AVG") || r.starts_with("CyFun®"))
    );
}

#[test]
fn the_command_line_prints_the_report_in_the_chosen_language() {
    let exe = env!("CARGO_BIN_EXE_checkup-cli");
    let file = format!(
        "{}/tests/personas/transport.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let out = std::process::Command::new(exe)
        .args(["report", &file, "--lang", "fr", "--today", "2026-11-29"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: report::Report = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r.lang, Lang::Fr);
    assert_eq!(r.organisation, "Transporte Schmitz GmbH");
    assert_eq!(r.date, "29 novembre 2026");
    assert!(r.nis2.verdict.headline.contains("NIS2"));
    // A broken file: a clear message, in the chosen language, and a failure code.
    let bad = std::env::temp_dir().join(format!("checkup-bad-{}.json", std::process::id()));
    std::fs::write(
        &bad,
        "{\"format\": \"checkup-assessment\", \"version\": 1, \"answers\": ",
    )
    .unwrap();
    let out = std::process::Command::new(exe)
        .args(["report", bad.to_str().unwrap(), "--lang", "nl"])
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&bad);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("beschadigd of onvolledig"));
}

// ---- Properties -------------------------------------------------------------

/// Answers chosen by `picks` (one number per question; the profile included).
fn answers_from(picks: &[u32]) -> BTreeMap<String, Answer> {
    let c = catalog();
    let mut answers = BTreeMap::new();
    for ((_, _, q), &pick) in c.all_questions().zip(picks.iter().cycle()) {
        let a = match &q.input {
            Input::Text { .. } => Answer::One(format!("Org {pick}")),
            Input::Choice { .. } => {
                let opts = &c.scale_of(q).unwrap().options;
                // One pick in seven leaves the question unanswered.
                if pick % 7 == 6 {
                    continue;
                }
                Answer::One(opts[pick as usize % opts.len()].value.clone())
            }
            Input::Multi { .. } => {
                let opts = &c.scale_of(q).unwrap().options;
                let chosen: Vec<String> = opts
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| pick >> (i % 31) & 1 == 1)
                    .map(|(_, o)| o.value.clone())
                    .collect();
                Answer::Many(if chosen.is_empty() {
                    vec![opts[0].value.clone()]
                } else {
                    chosen
                })
            }
        };
        answers.insert(q.id.clone(), a);
    }
    answers
}

fn scores(ev: &Evaluation) -> Vec<(String, Option<f64>)> {
    let mut v: Vec<(String, Option<f64>)> = ev
        .sections
        .iter()
        .map(|s| (s.id.clone(), s.score))
        .collect();
    v.extend(ev.packs.iter().map(|p| (p.id.clone(), p.score)));
    v.push(("overall".into(), ev.overall));
    v
}

fn picks() -> impl Strategy<Value = Vec<u32>> {
    proptest::collection::vec(any::<u32>(), 110)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn improving_any_single_answer_never_lowers_any_score(p in picks(), which in any::<usize>()) {
        let c = catalog();
        let answers = answers_from(&p);
        let before = engine::evaluate(c, &answers);
        // Every scored question with an answer that can be improved.
        let candidates: Vec<_> = c.all_questions()
            .filter(|(pack, _, q)| pack.kind == PackKind::Checkup && before.is_visible(&q.id))
            .filter_map(|(_, _, q)| match engine::scored(c, q, answers.get(&q.id)) {
                Scored::Score { score, .. } => c.scale_of(q).unwrap().options.iter()
                    .filter(|o| o.role != OptionRole::NotApplicable && o.score.unwrap_or(0) > score)
                    .map(|o| (q.id.clone(), o.value.clone()))
                    .next(),
                _ => None,
            })
            .collect();
        prop_assume!(!candidates.is_empty());
        let (id, better) = &candidates[which % candidates.len()];
        let mut improved = answers.clone();
        improved.insert(id.clone(), Answer::One(better.clone()));
        let after = engine::evaluate(c, &improved);
        for ((name, b), (_, a)) in scores(&before).into_iter().zip(scores(&after)) {
            if let (Some(b), Some(a)) = (b, a) {
                prop_assert!(a >= b - 1e-9, "{name} fell from {b} to {a} when {id} became {better}");
            }
        }
    }

    #[test]
    fn the_plan_is_a_pure_function_of_the_answers(p in picks()) {
        let c = catalog();
        let answers = answers_from(&p);
        let a = engine::evaluate(c, &answers);
        // The same answers, after a trip through an exported file.
        let file = transfer::export(&Assessment { answers: answers.clone(), ..Assessment::default() });
        let back = transfer::import(&file, c).unwrap().assessment;
        let b = engine::evaluate(c, &back.answers);
        prop_assert_eq!(&a.plan, &b.plan);
        prop_assert_eq!(&a.quick_wins, &b.quick_wins);
        prop_assert_eq!(a, engine::evaluate(c, &answers));
    }

    #[test]
    fn a_key_measure_gap_always_blocks_basic_readiness(p in picks()) {
        let c = catalog();
        let answers = answers_from(&p);
        let ev = engine::evaluate(c, &answers);
        let gap = c.all_questions().any(|(_, _, q)| {
            q.key_measure && ev.is_visible(&q.id)
                && matches!(engine::scored(c, q, answers.get(&q.id)), Scored::Score { score, .. } if score < 100)
        });
        if gap {
            prop_assert_ne!(ev.cyfun.readiness, Readiness::Reached);
            prop_assert!(ev.cyfun.gaps() > 0);
            prop_assert!(ev.plan.iter().any(|i| i.key_measure));
        }
    }

    #[test]
    fn hidden_questions_never_change_scores(p in picks(), q in picks()) {
        let c = catalog();
        let answers = answers_from(&p);
        let ev = engine::evaluate(c, &answers);
        // Give every hidden question another (random) answer.
        let others = answers_from(&q);
        let mut changed = answers.clone();
        for (_, _, question) in c.all_questions() {
            if !ev.is_visible(&question.id) {
                match others.get(&question.id) {
                    Some(a) => { changed.insert(question.id.clone(), a.clone()); }
                    None => { changed.remove(&question.id); }
                }
            }
        }
        let after = engine::evaluate(c, &changed);
        prop_assert_eq!(scores(&ev), scores(&after));
        prop_assert_eq!(&ev.cyfun, &after.cyfun);
        prop_assert_eq!(&ev.plan, &after.plan);
        prop_assert_eq!(&ev.nis2, &after.nis2);
    }
}

#[test]
fn every_persona_gets_a_plan_in_horizons_that_keeps_duties_within_the_month() {
    for name in PERSONAS {
        let ev = eval(&persona(name));
        let horizons: Vec<Horizon> = ev.plan.iter().map(|i| i.horizon).collect();
        assert!(
            horizons.windows(2).all(|w| w[0] <= w[1]),
            "{name}: the plan is grouped by horizon, soonest first"
        );
        // Key measures are duties from a target of CyFun BASIC (the
        // bakery aims for Small: see the test after this one).
        let basic = ev.target.level >= checkup::domain::nis2::Level::Basic;
        for item in &ev.plan {
            if (basic && item.key_measure) || item.must_fix || item.nis2 {
                assert!(
                    item.horizon <= Horizon::ThisMonth,
                    "{name}: {} is a duty but planned {:?}",
                    item.action,
                    item.horizon
                );
            }
        }
        let week = ev
            .plan
            .iter()
            .filter(|i| i.horizon == Horizon::ThisWeek)
            .count();
        assert!(week <= 5, "{name}: {week} actions this week");
    }
    // A micro-enterprise does not get more than three this week.
    let bakery = eval(&persona("bakery"));
    assert!(
        bakery
            .plan
            .iter()
            .filter(|i| i.horizon == Horizon::ThisWeek)
            .count()
            <= 3
    );
}

fn quick(a: &std::collections::BTreeMap<String, Answer>) -> Evaluation {
    engine::evaluate_with(
        catalog(),
        a,
        &engine::Policy::default(),
        checkup::domain::assessment::Depth::Quick,
    )
}

#[test]
fn the_quick_checkup_is_short_and_decides_what_the_full_one_decides() {
    for name in PERSONAS {
        let a = persona(name);
        let q = quick(&a.answers);
        assert!(
            q.progress.total <= 35,
            "{name}: {} questions in the quick CheckUp",
            q.progress.total
        );
        assert!(q.progress.done(), "{name} answers the quick CheckUp");
        // Keep the quick answers; the full CheckUp's extra questions get the
        // persona's own profile facts and the best answer everywhere else.
        let mut answers: std::collections::BTreeMap<String, Answer> = a
            .answers
            .iter()
            // An answer to a question left to the full CheckUp counts in both.
            .filter(|(id, _)| q.is_visible(id) || q.deferred.contains(*id))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        loop {
            let ev = eval_answers(&answers);
            let missing: Vec<&String> = ev
                .visible
                .iter()
                .filter(|id| !answers.contains_key(*id))
                .collect();
            if missing.is_empty() {
                break;
            }
            for id in missing {
                let question = catalog().question(id).unwrap();
                let answer = if id.starts_with("profile.") {
                    a.answers.get(id).cloned()
                } else {
                    catalog().scale_of(question).map(|s| {
                        let best = s
                            .options
                            .iter()
                            .max_by_key(|o| o.score.unwrap_or(0))
                            .unwrap();
                        Answer::One(best.value.clone())
                    })
                };
                answers.insert(
                    id.clone(),
                    answer.unwrap_or_else(|| Answer::One(String::new())),
                );
            }
        }
        let f = eval_answers(&answers);
        assert_eq!(q.cyfun.readiness, f.cyfun.readiness, "{name}: CyFun");
        assert_eq!(
            q.cyfun.in_place(),
            f.cyfun.in_place(),
            "{name}: key measures"
        );
        assert_eq!(q.gdpr.readiness, f.gdpr.readiness, "{name}: GDPR");
        assert_eq!(q.gdpr.must_fix, f.gdpr.must_fix, "{name}: must-fix items");
        assert_eq!(q.nis2.kind, f.nis2.kind, "{name}: NIS2");
    }
}

fn eval_answers(a: &std::collections::BTreeMap<String, Answer>) -> Evaluation {
    engine::evaluate(catalog(), a)
}

#[test]
fn the_number_of_questions_is_known_once_the_profile_is_answered() {
    for name in PERSONAS {
        let a = persona(name);
        let profile: std::collections::BTreeMap<String, Answer> = a
            .answers
            .iter()
            .filter(|(id, _)| id.starts_with("profile."))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        assert_eq!(
            eval_answers(&profile).progress.total,
            eval(&a).progress.total,
            "{name}: the full CheckUp's count moves after the profile"
        );
        assert_eq!(
            quick(&profile).progress.total,
            quick(&a.answers).progress.total,
            "{name}: the quick CheckUp's count moves after the profile"
        );
        // Answer by answer, in asking order: neither the number of questions
        // nor the number of sections ("section n of m") moves.
        for depth in [Depth::Quick, Depth::Full] {
            let at = |answers: &BTreeMap<String, Answer>| {
                let ev =
                    engine::evaluate_with(catalog(), answers, &engine::Policy::default(), depth);
                (ev.progress.total, ev.walk(catalog()).len(), ev)
            };
            let mut answers = profile.clone();
            let (total, sections, ev) = at(&answers);
            for id in ev.visible.iter().filter(|id| !id.starts_with("profile.")) {
                let Some(answer) = a.answers.get(id) else {
                    continue;
                };
                answers.insert(id.clone(), answer.clone());
                let (t, s, _) = at(&answers);
                assert_eq!((t, s), (total, sections), "{name} {depth:?}: after {id}");
            }
        }
    }
}

#[test]
fn a_question_asked_once_counts_in_both_checkups() {
    let mut a = persona("model");
    let before = eval(&a);
    let merged: Vec<String> = catalog()
        .all_questions()
        .filter(|(_, _, q)| !q.also.is_empty() && before.is_visible(&q.id))
        .map(|(_, _, q)| q.id.clone())
        .collect();
    assert!(merged.len() >= 4, "{merged:?}");
    for id in &merged {
        a.answers.insert(id.clone(), Answer::One("no".into()));
    }
    let after = eval(&a);
    for id in &merged {
        let q = catalog().question(id).unwrap();
        for target in &q.also {
            let b = before.section(target).unwrap().score.unwrap();
            let n = after.section(target).unwrap().score.unwrap();
            assert!(n < b, "{id} does not count in {target}: {b} -> {n}");
        }
    }
    assert!(after.pack("gdpr").unwrap().score < before.pack("gdpr").unwrap().score);
    assert!(after.pack("security").unwrap().score < before.pack("security").unwrap().score);
}

// ---- The plan for this organisation: who, platforms, what to ask ----------

fn report_of(a: &Assessment, lang: Lang) -> report::Report {
    report::build(&ReportInput {
        catalog: catalog(),
        assessment: a,
        evaluation: &eval(a),
        lang,
        today: "2026-11-29",
        branding: None,
    })
}

#[test]
fn it_work_goes_to_whoever_each_persona_said_looks_after_its_computers() {
    use checkup::domain::pack::Who;
    use checkup::domain::tailor::Assignee;
    for (name, it) in [
        ("bakery", Assignee::OwnIt),
        ("accountant", Assignee::ItProvider),
        ("medical", Assignee::ItProvider),
        ("transport", Assignee::ItStaffOrProvider),
    ] {
        let r = report_of(&persona(name), Lang::En);
        let it_work: Vec<_> = r.plan.iter().filter(|e| e.who == Who::It).collect();
        assert!(!it_work.is_empty(), "{name}");
        for e in &it_work {
            assert_eq!(e.assignee, it, "{name}: {}", e.id);
            assert_eq!(e.who_label, report::assignee_label(it, Lang::En));
        }
        // A pointer to help only where a KMO does its own IT and the work needs a specialist.
        for e in &r.plan {
            let specialist = catalog().action(&e.id).unwrap().specialist;
            assert_eq!(
                !e.help.is_empty(),
                specialist && e.assignee == Assignee::OwnIt,
                "{name}: {}",
                e.id
            );
        }
        // Other work is read the same way everywhere.
        for e in r.plan.iter().filter(|e| e.who == Who::Owner) {
            assert_eq!(e.who_label, "You (management)");
        }
    }
    let bakery = report_of(&persona("bakery"), Lang::Nl);
    assert!(
        bakery
            .plan
            .iter()
            .all(|e| !e.who_label.contains("IT-leverancier")),
        "a bakery that does its own IT has no IT provider"
    );
    assert!(bakery.plan.iter().any(|e| !e.help.is_empty()));
}

#[test]
fn no_action_shows_steps_for_a_platform_the_kmo_said_it_does_not_use() {
    use checkup::domain::pack::Platform;
    for (name, never) in [
        (
            "bakery",
            vec![Platform::M365, Platform::Cms, Platform::SiteBuilder],
        ),
        ("accountant", vec![Platform::Google]),
        (
            "transport",
            vec![
                Platform::Google,
                Platform::SiteBuilder,
                Platform::ShopPlatform,
            ],
        ),
        (
            "medical",
            vec![Platform::Google, Platform::Cms, Platform::ShopPlatform],
        ),
    ] {
        let r = report_of(&persona(name), Lang::De);
        let mut first = 0;
        for e in &r.plan {
            for p in e.platform_how.iter().chain(&e.platform_more) {
                assert!(
                    !never.contains(&p.platform),
                    "{name}: {} shows {:?}",
                    e.id,
                    p.platform
                );
                assert!(!p.how.is_empty() && !p.label.is_empty());
            }
            first += e.platform_how.len();
        }
        assert!(
            first > 0,
            "{name}: the platform it uses comes first somewhere"
        );
    }
    // The bakery uses Google: Google's steps come first.
    let r = report_of(&persona("bakery"), Lang::En);
    let mfa = r.plan.iter().find(|e| e.id == "act.sec.mfa").unwrap();
    assert_eq!(mfa.platform_how[0].platform, Platform::Google);
    assert!(mfa.platform_more.is_empty());
}

#[test]
fn every_dont_know_of_every_persona_is_one_question_to_ask_the_right_person() {
    for name in PERSONAS {
        let a = persona(name);
        let ev = eval(&a);
        let r = report_of(&a, Lang::Fr);
        let mut asked: Vec<String> = r
            .ask
            .groups
            .iter()
            .flat_map(|g| g.questions.iter().map(|q| q.question_id.clone()))
            .collect();
        let mut dont_know: Vec<String> = ev
            .visible
            .iter()
            .filter(|id| {
                let q = catalog().question(id).unwrap();
                let pack = &catalog().packs[catalog().question_pos(id).unwrap().pack];
                pack.kind == PackKind::Checkup
                    && matches!(
                        engine::scored(catalog(), q, a.answers.get(*id)),
                        Scored::Score {
                            dont_know: true,
                            ..
                        }
                    )
            })
            .cloned()
            .collect();
        asked.sort();
        dont_know.sort();
        assert_eq!(asked, dont_know, "{name}");
        for g in &r.ask.groups {
            assert_eq!(g.heading, report::ask_heading(g.assignee, Lang::Fr));
            assert!(!g.questions.is_empty());
        }
        if asked.is_empty() {
            assert!(r.ask_text().is_empty() && r.dont_know.is_empty(), "{name}");
        } else {
            let text = r.ask_text();
            assert!(
                text.contains(&r.organisation) && text.contains("\r\n"),
                "{name}"
            );
            for g in &r.ask.groups {
                assert!(text.contains(&g.heading));
                for (i, q) in g.questions.iter().enumerate() {
                    assert!(text.contains(&format!("{}. {}", i + 1, q.text)), "{name}");
                }
            }
            assert!(
                r.dont_know.contains(&asked.len().to_string()),
                "{}",
                r.dont_know
            );
        }
    }
    // The bakery asks the person who looks after its computers, never an IT provider.
    let r = report_of(&persona("bakery"), Lang::En);
    assert!(
        r.ask
            .groups
            .iter()
            .all(|g| g.assignee != checkup::domain::tailor::Assignee::ItProvider)
    );
}

#[test]
fn the_horizons_add_up_and_say_why_an_action_moved() {
    use checkup::domain::horizon::HorizonReason;
    for name in PERSONAS {
        let a = persona(name);
        let ev = eval(&a);
        let r = report_of(&a, Lang::Nl);
        let grouped: Vec<String> = r.horizons.iter().flat_map(|h| h.actions.clone()).collect();
        let plan: Vec<String> = r.plan.iter().map(|e| e.id.clone()).collect();
        assert_eq!(
            grouped, plan,
            "{name}: every action in one horizon, in plan order"
        );
        for h in &r.horizons {
            let hours: u32 = r
                .plan
                .iter()
                .filter(|e| e.horizon == h.horizon)
                .map(|e| u32::from(e.hours))
                .sum();
            assert_eq!(h.hours, hours, "{name}");
            assert!(h.total.contains(&hours.to_string()), "{}", h.total);
            assert!(!h.total.contains("(e"), "{}", h.total);
        }
        let people: usize = r.who.iter().map(|w| w.actions).sum();
        assert_eq!(people, r.plan.len(), "{name}");
        for e in &r.plan {
            let moved = !matches!(
                ev.plan_item(&e.id).unwrap().horizon_reason,
                HorizonReason::QuickWin | HorizonReason::Duty | HorizonReason::Priority
            );
            assert_eq!(!e.horizon_note.is_empty(), moved, "{name}: {}", e.id);
            assert_eq!(e.horizon_label, report::horizon_label(e.horizon, Lang::Nl));
        }
    }
}

#[test]
fn counts_and_hours_read_naturally_in_every_language() {
    for (lang, one, two) in [
        (Lang::En, "about 1 hour", "about 2 hours"),
        (Lang::Nl, "ongeveer 1 uur", "ongeveer 2 uur"),
        (Lang::Fr, "environ 1 heure", "environ 2 heures"),
        (Lang::De, "etwa 1 Stunde", "etwa 2 Stunden"),
    ] {
        assert_eq!(report::hours_label(1, lang), one);
        assert_eq!(report::hours_label(2, lang), two);
    }
    let r = report_of(&persona("bakery"), Lang::De);
    // German nouns keep their capital in the middle of a line.
    assert!(r.plan.iter().all(|e| !e.hours_label.contains("stunde")));
    let r = report_of(&persona("medical"), Lang::En);
    assert!(
        r.gdpr.count.is_empty() || r.gdpr.count.ends_with("open"),
        "{}",
        r.gdpr.count
    );
}

#[test]
fn a_selection_of_the_plan_keeps_its_horizons_and_people_in_step() {
    use checkup::domain::pack::Who;
    let full = report_of(&persona("transport"), Lang::En);
    let it: Vec<String> = full
        .plan
        .iter()
        .filter(|e| e.who == Who::It)
        .map(|e| e.id.clone())
        .collect();
    let mut r = full.clone();
    r.select(&it);
    assert_eq!(r.plan.len(), it.len());
    assert_eq!(r.who.len(), 1);
    assert_eq!(r.who[0].actions, it.len());
    assert!(r.quick_wins.iter().all(|id| it.contains(id)));
    let in_horizons: usize = r.horizons.iter().map(|h| h.actions.len()).sum();
    assert_eq!(in_horizons, it.len());
    assert!(
        r.selection.starts_with("This selection:"),
        "{}",
        r.selection
    );
    assert!(r.selection.contains(&full.plan.len().to_string()));
    // Everything selected: nothing changes.
    let mut all = full.clone();
    all.select(&full.plan.iter().map(|e| e.id.clone()).collect::<Vec<_>>());
    assert_eq!(all, full);
}

/// The answer with the highest score to a question of the catalogue.
fn best_answer(id: &str) -> Answer {
    let question = catalog().question(id).unwrap();
    let best = catalog()
        .scale_of(question)
        .and_then(|s| s.options.iter().max_by_key(|o| o.score.unwrap_or(0)))
        .unwrap();
    Answer::One(best.value.clone())
}

/// Profile answers drawn from the catalogue's own options (one or two
/// sectors, any mix of the other multi-choice answers), reproducibly.
fn sampled_profiles(n: usize) -> Vec<BTreeMap<String, Answer>> {
    let c = catalog();
    let mut seed: u64 = 0x5eed_c0de;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let profile: Vec<_> = c
        .all_questions()
        .filter(|(p, _, _)| p.kind == PackKind::Profile)
        .filter_map(|(_, _, q)| c.scale_of(q).map(|s| (q, s)))
        .collect();
    (0..n)
        .map(|_| {
            let mut a = BTreeMap::new();
            for (q, s) in &profile {
                let values: Vec<&String> = s.options.iter().map(|o| &o.value).collect();
                let answer = if matches!(q.input, Input::Multi { .. }) {
                    let most = if q.id == "profile.sector" {
                        2
                    } else {
                        values.len()
                    };
                    let mut pick: Vec<String> = (0..=next(most))
                        .map(|_| values[next(values.len())].clone())
                        .collect();
                    pick.sort();
                    pick.dedup();
                    Answer::Many(pick)
                } else {
                    Answer::One(values[next(values.len())].clone())
                };
                a.insert(q.id.clone(), answer);
            }
            a
        })
        .collect()
}

#[test]
fn no_profile_gets_more_than_35_quick_questions_and_none_loses_a_key_measure() {
    let mut deferring = 0;
    for profile in sampled_profiles(3000) {
        let q = quick(&profile);
        assert!(
            q.progress.total <= engine::QUICK_LIMIT,
            "{profile:?}: {}",
            q.progress.total
        );
        // Every key measure is still decided by the quick CheckUp.
        assert!(
            q.cyfun.measures.iter().all(|m| !m.questions.is_empty()),
            "{profile:?}: a key measure without evidence"
        );
        // Every profile question of the full CheckUp that the quick one needs is asked.
        assert!(q.deferred.iter().all(|id| !id.starts_with("profile.")));
        if !q.deferred.is_empty() {
            deferring += 1;
        }
    }
    assert!(
        deferring > 0,
        "the sample should include a profile over the limit"
    );
}

#[test]
fn a_legal_duty_left_to_the_full_checkup_keeps_the_gdpr_verdict_open() {
    // A 50-249 staff web shop with cameras, patients, children and staff data,
    // acting as processor and unsure whether it is a public body.
    let mut a: BTreeMap<String, Answer> = [
        ("profile.sector", vec!["software", "space"]),
        (
            "profile.data_subjects",
            vec!["children", "customers", "employees", "patients"],
        ),
        ("profile.special_data", vec!["health"]),
        ("profile.marketing_channels", vec!["email", "phone", "post"]),
        ("profile.nis2_special", vec!["none"]),
        ("profile.publishing", vec!["none"]),
    ]
    .into_iter()
    .map(|(k, v)| {
        (
            k.to_string(),
            Answer::Many(v.into_iter().map(String::from).collect()),
        )
    })
    .chain(
        [
            ("profile.staff", "50-249"),
            ("profile.turnover", "10m-50m"),
            ("profile.balance", "10m-43m"),
            ("profile.public_body", "dont_know"),
            ("profile.group", "no"),
            ("profile.website", "webshop"),
            ("profile.cameras", "yes"),
            ("profile.processor", "dont_know"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), Answer::One(v.to_string()))),
    )
    .collect();
    let q = quick(&a);
    assert_eq!(q.progress.total, engine::QUICK_LIMIT);
    assert!(!q.deferred.is_empty());
    assert!(
        q.deferred
            .iter()
            .any(|id| id.starts_with("gdpr.be.cameras"))
    );
    // Answer everything the quick CheckUp asks with the best answer.
    for id in &q.visible {
        if a.contains_key(id) {
            continue;
        }
        a.insert(id.clone(), best_answer(id));
    }
    let q = quick(&a);
    assert!(q.progress.done());
    assert_eq!(
        q.gdpr.readiness,
        Readiness::Incomplete,
        "a deferred duty is not passed unseen"
    );
    let assessment = Assessment {
        answers: a.clone(),
        depth: checkup::domain::assessment::Depth::Quick,
        ..Assessment::default()
    };
    let r = report::build(&ReportInput {
        catalog: catalog(),
        assessment: &assessment,
        evaluation: &q,
        lang: Lang::En,
        today: "2026-11-30",
        branding: None,
    });
    let gdpr = &r.gdpr;
    assert!(gdpr.headline.contains("full CheckUp"), "{}", gdpr.headline);
    // Said next to the count, not folded away, also when a duty is open.
    assert!(
        gdpr.note.contains("checked in the full CheckUp"),
        "{}",
        gdpr.note
    );
    let mut open = a.clone();
    open.insert("gdpr.records.register".into(), Answer::One("partly".into()));
    let ev = quick(&open);
    let r = report::build(&ReportInput {
        catalog: catalog(),
        assessment: &Assessment {
            answers: open.clone(),
            depth: checkup::domain::assessment::Depth::Quick,
            ..Assessment::default()
        },
        evaluation: &ev,
        lang: Lang::En,
        today: "2026-11-30",
        branding: None,
    });
    assert_eq!(ev.gdpr.readiness, Readiness::NotReached);
    assert!(
        r.gdpr.note.contains("checked in the full CheckUp"),
        "{:?}",
        r.gdpr
    );
    // The full CheckUp asks the deferred duties; answered well, the verdict is reached.
    for id in &q.deferred {
        a.insert(id.clone(), best_answer(id));
    }
    let f = eval_answers(&a);
    assert!(q.deferred.iter().all(|id| f.is_visible(id)));
    assert!(f.gdpr.unanswered.iter().all(|id| !q.deferred.contains(id)));
}

#[test]
fn going_on_to_the_full_checkup_starts_at_the_first_question_the_quick_one_did_not_ask() {
    for name in PERSONAS {
        let mut a = persona(name);
        let q = quick(&a.answers);
        // The quick CheckUp as this persona would have left it.
        a.answers.retain(|id, _| q.is_visible(id));
        let f = eval_answers(&a.answers);
        let (page, focus) = f.continue_at(catalog(), &q, &a);
        // The organisation's name is optional, but new: it comes first.
        assert_eq!(
            (page, focus.as_deref()),
            (
                checkup::domain::nav::Page::Section("profile.organisation".into()),
                Some("profile.org_name")
            ),
            "{name}"
        );
        // Once given, the next new question follows; never one the quick CheckUp asked.
        a.answers
            .insert("profile.org_name".into(), Answer::One("Peeters".into()));
        let (_, focus) = f.continue_at(catalog(), &q, &a);
        let focus = focus.unwrap();
        assert!(!q.is_visible(&focus), "{name}: {focus}");
        assert!(!a.answers.contains_key(&focus), "{name}: {focus}");
    }
}

/// A quick CheckUp does not ask the organisation's name: the report then
/// takes the name typed on the documents page, and without any name it
/// says "your organisation" and leaves out the line that would tell the
/// people asked who "you" is.
#[test]
fn the_report_names_the_organisation_from_the_documents_page_when_the_checkup_did_not_ask() {
    let mut a = persona("bakery");
    a.answers.remove("profile.org_name");
    let r = report_of(&a, Lang::Nl);
    assert_eq!(r.organisation, "Uw organisatie");
    assert_eq!(r.ask.you_means, "", "no sentence about “u” without a name");
    assert!(r.file_stem.starts_with("checkup-uw-organisatie-"));

    a.documents.organisation.name = "Bakkerij Peeters".into();
    let r = report_of(&a, Lang::Nl);
    assert_eq!(r.organisation, "Bakkerij Peeters");
    assert!(
        r.ask.you_means.contains("Bakkerij Peeters"),
        "{}",
        r.ask.you_means
    );
    assert!(r.file_stem.starts_with("checkup-bakkerij-peeters-"));
}

/// A legal must-fix item names the provisions that make it a duty: for the
/// cookie banner the Belgian law (art. 10/2 of the law of 30 July 2018), not
/// only GDPR articles that define consent.
#[test]
fn must_fix_items_name_the_law_they_rest_on() {
    let mut seen_belgian = false;
    for name in ["bakery", "accountant", "medical", "transport", "model"] {
        let mut a = persona(name);
        a.answers
            .insert("gdpr.web.cookies-prior".into(), Answer::One("no".into()));
        let ev = engine::evaluate(catalog(), &a.answers);
        let r = report_in(&a, &ev, Lang::En);
        for item in &r.gdpr.items {
            let q = catalog().question(&item.question_id).unwrap();
            assert!(q.must_fix, "{}", item.question_id);
            let duty: Vec<String> = q
                .duty
                .iter()
                .map(|c| report::citation_ref(catalog(), c, Lang::En))
                .collect();
            assert_eq!(item.refs, duty, "{name}: {}", item.question_id);
            if item.question_id == "gdpr.web.cookies-prior" {
                assert!(
                    item.refs.iter().any(|r| r.contains("10/2")),
                    "{name}: {:?}",
                    item.refs
                );
                seen_belgian = true;
            }
        }
    }
    assert!(
        seen_belgian,
        "a persona with a website shows the cookie item"
    );
}

/// The bakery (1-9 people, no sensitive data, no customer asking) aims for
/// CyFun Small; BASIC is its next step. Its open key measures come first
/// by priority but are not all forced into this month: the month holds its
/// legal must-fix items and what they need, the quarter what fits.
#[test]
fn a_micro_organisation_aiming_for_small_plans_key_measures_by_priority() {
    use checkup::domain::horizon::HorizonReason;
    let a = persona("bakery");
    let ev = engine::evaluate(catalog(), &a.answers);
    assert_eq!(ev.target.level, checkup::domain::nis2::Level::Small);
    let kms: Vec<_> = ev.plan.iter().filter(|i| i.key_measure).collect();
    assert!(kms.len() > 5, "the bakery has open key measures");
    for i in &kms {
        assert_ne!(i.horizon_reason, HorizonReason::Duty, "{}", i.action);
    }
    assert!(
        kms.iter().any(|i| i.horizon > Horizon::ThisMonth),
        "not every key measure this month"
    );
    for i in ev.plan.iter().filter(|i| i.must_fix) {
        assert!(i.horizon <= Horizon::ThisMonth, "{}", i.action);
    }
    // A firm of 10-49 aims for BASIC: its key measures are duties again.
    let mut small = a.clone();
    small
        .answers
        .insert("profile.staff".into(), Answer::One("10-49".into()));
    let ev = engine::evaluate(catalog(), &small.answers);
    assert!(ev.target.level >= checkup::domain::nis2::Level::Basic);
    for i in ev.plan.iter().filter(|i| i.key_measure) {
        assert!(i.horizon <= Horizon::ThisMonth, "{}", i.action);
    }
}

/// The short and the full PDF never share a file name.
#[test]
fn the_full_report_has_a_file_name_of_its_own() {
    let a = persona("bakery");
    let ev = eval(&a);
    let mut r = report_in(&a, &ev, Lang::Nl);
    assert_eq!(r.pdf_file_name(), format!("{}.pdf", r.file_stem));
    r.kind = report::ReportKind::Full;
    assert_eq!(r.pdf_file_name(), format!("{}-volledig.pdf", r.file_stem));
}

/// "Who does what" says how many of a group's actions the people named
/// hold, so one name never reads as the whole group's.
#[test]
fn a_name_on_one_action_is_not_read_as_the_whole_groups() {
    use checkup::domain::assessment::PlanEdit;
    let mut a = persona("transport");
    let ev = eval(&a);
    let build = |a: &Assessment| {
        let ev = eval(a);
        report_in(a, &ev, Lang::En)
    };
    let r = build(&a);
    let group = r.who.iter().find(|w| w.actions > 1).unwrap();
    let ids: Vec<String> = r
        .plan
        .iter()
        .filter(|p| p.who == group.who)
        .map(|p| p.id.clone())
        .collect();
    assert!(ev.plan.len() > 1);
    let edit = |owner: &str| PlanEdit {
        owner: owner.into(),
        ..PlanEdit::default()
    };
    a.plan.insert(ids[0].clone(), edit("Sofie"));
    let r = build(&a);
    let w = r.who.iter().find(|w| w.who == group.who).unwrap();
    assert_eq!(
        w.owners_line,
        format!("Person in charge: Sofie (1 of {} actions)", ids.len())
    );
    for id in &ids {
        a.plan.insert(id.clone(), edit("Sofie"));
    }
    let r = build(&a);
    let w = r.who.iter().find(|w| w.who == group.who).unwrap();
    assert_eq!(w.owners_line, "Person in charge: Sofie");
}

/// A horizon's total counts the work still to do; actions marked done are
/// said apart.
#[test]
fn done_actions_leave_the_horizon_totals() {
    use checkup::domain::assessment::{PlanEdit, Status};
    let mut a = persona("bakery");
    let r = |a: &Assessment| {
        let ev = eval(a);
        report_in(a, &ev, Lang::En)
    };
    let before = r(&a);
    let week = before.horizons[0].clone();
    let first = before
        .plan
        .iter()
        .find(|p| p.id == week.actions[0])
        .unwrap();
    a.plan.insert(
        first.id.clone(),
        PlanEdit {
            status: Status::Done,
            ..PlanEdit::default()
        },
    );
    let after = r(&a);
    let week2 = &after.horizons[0];
    assert_eq!(
        week2.actions, week.actions,
        "the action stays in its horizon"
    );
    assert_eq!(week2.hours, week.hours - u32::from(first.hours));
    assert!(week2.total.ends_with("(1 done)"), "{}", week2.total);
    assert!(
        week2
            .total
            .starts_with(&format!("{} action", week.actions.len() - 1)),
        "{}",
        week2.total
    );
}

/// A due date that has passed marks an open action as overdue; a done one
/// is not.
#[test]
fn a_passed_due_date_marks_an_open_action_overdue() {
    use checkup::domain::assessment::{PlanEdit, Status};
    let mut a = persona("bakery");
    let first = eval(&a).plan[0].action.clone();
    let second = eval(&a).plan[1].action.clone();
    let third = eval(&a).plan[2].action.clone();
    for (id, due, status) in [
        (&first, "2026-04-30", Status::Todo),
        (&second, "2026-04-30", Status::Done),
        (&third, "2027-04-30", Status::Doing),
    ] {
        a.plan.insert(
            id.clone(),
            PlanEdit {
                due: due.into(),
                status,
                ..PlanEdit::default()
            },
        );
    }
    let ev = eval(&a);
    let r = report_in(&a, &ev, Lang::Nl);
    let entry = |id: &str| r.plan.iter().find(|p| p.id == id).unwrap();
    assert!(entry(&first).overdue);
    assert!(!entry(&second).overdue, "done");
    assert!(!entry(&third).overdue, "not yet");
    assert_eq!(entry(&first).due_label, "30 april 2026");
    assert_eq!(r.labels.overdue, "te laat");
}

/// A plan that says "this quarter is already full" has a full quarter: as
/// many actions as the organisation's size allows, or no room for the hours
/// of the action it moved on.
#[test]
fn a_horizon_said_to_be_full_is_full() {
    use checkup::domain::horizon::{Capacity, HorizonReason, SizeClass};
    for name in PERSONAS {
        let a = persona(name);
        let ev = eval(&a);
        let size = SizeClass::from_staff(a.answers.get("profile.staff").and_then(Answer::one));
        for h in [Horizon::ThisWeek, Horizon::ThisQuarter] {
            let cap = Capacity::for_size(size, h).unwrap();
            let mine: Vec<_> = ev.plan.iter().filter(|i| i.horizon == h).collect();
            let used: u32 = mine.iter().map(|i| u32::from(i.hours)).sum();
            for moved in ev
                .plan
                .iter()
                .filter(|i| i.horizon_reason == HorizonReason::Full { wanted: h })
            {
                assert!(
                    mine.len() >= cap.actions || used + u32::from(moved.hours) > cap.hours,
                    "{name}: {} says {h:?} is full: {} actions, {used} hours",
                    moved.action,
                    mine.len()
                );
            }
        }
    }
}

#[test]
fn keeping_no_personal_data_leaves_out_the_own_files_and_says_so_in_the_verdict() {
    use checkup::domain::engine::Nobody;
    use checkup::domain::i18n::Msg;

    // The model KMO (every answer at its best), a one-person business with a
    // plain website, saying it keeps data about nobody: the GDPR applies to
    // personal data only (Art. 2(1)), but the cookie rules apply to any
    // website (Art. 10/2 of the law of 13 June 2005).
    let mut a = persona("model");
    for (id, v) in [
        ("profile.data_subjects", "none"),
        ("profile.monitoring", "none"),
        ("profile.marketing_channels", "none"),
        ("profile.publishing", "none"),
    ] {
        a.answers
            .insert(id.into(), Answer::Many(vec![v.to_string()]));
    }
    for (id, v) in [
        ("profile.cameras", "no"),
        ("profile.staff", "1-9"),
        ("profile.website", "site"),
    ] {
        a.answers.insert(id.into(), Answer::One(v.into()));
    }
    let own_files = [
        "gdpr.data.legal-basis",
        "gdpr.notice.privacy-notice",
        "gdpr.rights.contact",
        "gdpr.records.register",
        "gdpr.breach.decide",
        "gdpr.dpo.check",
        "gdpr.transfers.known",
    ];
    let ev = eval(&a);
    for id in own_files {
        assert!(
            !ev.is_visible(id),
            "{id} is asked of a KMO without personal data"
        );
    }
    assert!(ev.is_visible("gdpr.web.cookies-prior"));
    assert_eq!(ev.gdpr.nobody, Some(Nobody::LeftOut));
    assert_eq!(ev.gdpr.readiness, Readiness::Reached);
    for lang in Lang::ALL {
        let r = report_in(&a, &ev, lang);
        assert_eq!(
            r.gdpr.headline,
            Msg::GdprNoPersonalData.get(lang),
            "{lang:?}"
        );
        assert_eq!(r.gdpr.tone, report::Tone::Neutral, "{lang:?}");
        // On the card's face, not behind a count of "none open".
        assert!(r.gdpr.count.is_empty(), "{lang:?}: {}", r.gdpr.count);
        assert_eq!(
            r.gdpr.note,
            Msg::GdprNoPersonalDataCheck.get(lang),
            "{lang:?}: how to bring the questions back"
        );
    }

    // Staff, cameras, sensitive data or a web shop are personal data
    // whatever "Nobody" says: the questions are asked, and the card says why.
    for (id, v, reason) in [
        ("profile.staff", "10-49", "staff"),
        ("profile.cameras", "yes", "cameras"),
        ("profile.website", "webshop", "webshop"),
        ("profile.special_data", "criminal", "sensitive"),
    ] {
        let mut b = a.clone();
        let answer = match catalog().question(id).unwrap().input {
            checkup::domain::pack::Input::Multi { .. } => Answer::Many(vec![v.into()]),
            _ => Answer::One(v.into()),
        };
        b.answers.insert(id.into(), answer);
        let ev = eval(&b);
        assert_eq!(ev.gdpr.nobody, Some(Nobody::Contradicted), "{id}");
        for q in own_files {
            assert!(ev.is_visible(q), "{id}: {q} is not asked");
        }
        // The card names the answer that keeps the questions.
        let r = report_in(&b, &ev, Lang::Fr);
        assert_eq!(
            r.gdpr.note,
            Msg::GdprNobodyContradicted.fill(Lang::Fr, &[("reason", reason)]),
            "{id}"
        );
    }

    // Told otherwise, the same KMO is asked again, answers kept.
    a.answers.insert(
        "profile.data_subjects".into(),
        Answer::Many(vec!["customers".into()]),
    );
    let ev = eval(&a);
    assert!(ev.is_visible("gdpr.data.legal-basis"));
    assert_eq!(ev.gdpr.nobody, None);
    assert!(ev.gdpr.readiness == Readiness::Reached && ev.overall.map(report::round) == Some(100));
}
