//! The walk through the questions as a person meets it: what the start page
//! promises about time, the choice of depth, answering (options that exclude
//! the others), where to resume and what is still open, a count that is known
//! after the profile and only moves with a reason, and going from the quick to
//! the full CheckUp without losing anything.

use std::collections::BTreeMap;

use checkup::domain::assessment::{Answer, Assessment, Depth};
use checkup::domain::engine::{self, Evaluation, Policy};
use checkup::domain::i18n::StartText;
use checkup::domain::nav::Page;
use checkup::domain::pack::{Input, OptionRole, PackKind};
use checkup::domain::walk::{self, CountChange};
use checkup::domain::{Catalog, Lang, packs, transfer};

fn catalog() -> &'static Catalog {
    static C: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    C.get_or_init(packs::builtin)
}

const PERSONAS: [&str; 5] = ["bakery", "accountant", "transport", "medical", "model"];
const NOW: &str = "2026-12-01T09:00:00Z";

fn persona(name: &str) -> Assessment {
    let path = format!("{}/tests/personas/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    transfer::import(&text, catalog()).unwrap().assessment
}

fn at(answers: &BTreeMap<String, Answer>, depth: Depth) -> Evaluation {
    engine::evaluate_with(catalog(), answers, &Policy::default(), depth)
}

fn profile_of(a: &Assessment) -> BTreeMap<String, Answer> {
    a.answers
        .iter()
        .filter(|(id, _)| id.starts_with("profile."))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// A small, fixed pseudo-random generator: the same profiles on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % below as u64) as usize
    }
}

/// Profiles as owners give them: one option of each single choice, one to
/// three options of a multiple choice (mostly one), any option as likely as
/// another (a "don't know" too).
fn sampled_profiles(n: usize) -> Vec<BTreeMap<String, Answer>> {
    let c = catalog();
    let mut rng = Lcg(2026);
    (0..n)
        .map(|_| {
            let mut answers = BTreeMap::new();
            for (p, _, q) in c.all_questions() {
                if p.kind != PackKind::Profile {
                    continue;
                }
                let Some(scale) = c.scale_of(q) else { continue };
                let opts = &scale.options;
                let a = match q.input {
                    Input::Multi { .. } => {
                        let k = [1, 1, 1, 1, 1, 1, 2, 2, 2, 3][rng.next(10)];
                        let mut a = Assessment::default();
                        for _ in 0..k {
                            let o = &opts[rng.next(opts.len())];
                            a.toggle(c, &q.id, &o.value, true, NOW);
                        }
                        a.answers.remove(&q.id).unwrap()
                    }
                    _ => Answer::One(opts[rng.next(opts.len())].value.clone()),
                };
                answers.insert(q.id.clone(), a);
            }
            answers
        })
        .collect()
}

/// The whole numbers in a text, in order.
fn numbers(text: &str) -> Vec<u32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .map(|w| w.parse().unwrap())
        .collect()
}

#[test]
fn the_start_page_promises_the_questions_and_minutes_the_questions_take() {
    let c = catalog();
    let profiles = sampled_profiles(400);
    let personas: Vec<BTreeMap<String, Answer>> =
        PERSONAS.iter().map(|n| profile_of(&persona(n))).collect();
    for lang in Lang::ALL {
        for (depth, msg) in [
            (Depth::Quick, StartText::StartQuickTime),
            (Depth::Full, StartText::StartFullTime),
        ] {
            let text = msg.get(lang);
            let [q_lo, q_hi, m_lo, m_hi] = numbers(text)[..] else {
                panic!("{lang}: “{text}” names a range of questions and one of minutes")
            };
            // Once the profile is answered, the count and the time are known:
            // the time of every question this profile is asked (engine::time_needed).
            let size = |answers: &BTreeMap<String, Answer>| {
                let ev = at(answers, depth);
                let t = engine::time_needed(c, &ev, &BTreeMap::new(), lang);
                (ev.progress.total as u32, t.total)
            };
            for (name, p) in PERSONAS.iter().zip(&personas) {
                let (q, m) = size(p);
                assert!(
                    (q_lo..=q_hi).contains(&q) && (m_lo..=m_hi).contains(&m),
                    "{name} ({depth:?}, {lang}): {q} questions, {m} minutes; the start page says “{text}”"
                );
            }
            // "Usually": at least four in five profiles, and the ranges are not padded.
            let sizes: Vec<(u32, u32)> = profiles.iter().map(size).collect();
            let within = sizes
                .iter()
                .filter(|(q, m)| (q_lo..=q_hi).contains(q) && (m_lo..=m_hi).contains(m))
                .count();
            let mut minutes: Vec<u32> = sizes.iter().map(|s| s.1).collect();
            minutes.sort();
            assert!(
                within * 5 >= sizes.len() * 4,
                "{depth:?} in {lang}: only {within} of {} profiles fit “{text}”; minutes from {} (tenth {}) to {} (ninetieth {})",
                sizes.len(),
                minutes[0],
                minutes[minutes.len() / 10],
                minutes[minutes.len() - 1],
                minutes[minutes.len() * 9 / 10],
            );
            let spread = if depth == Depth::Quick { 10 } else { 15 };
            assert!(
                m_hi - m_lo <= spread && q_hi - q_lo <= 3 * spread,
                "{lang}: “{text}” is too vague"
            );
        }
    }
}

#[test]
fn a_new_checkup_records_its_depth_and_an_old_file_opens_as_full() {
    let mut a = Assessment::default();
    assert_eq!(a.depth, Depth::Full);
    a.set_depth(Depth::Quick, NOW);
    a.answer("profile.staff", Some(Answer::One("1-9".into())), NOW);
    let saved = transfer::export(&a);
    assert!(saved.contains("\"depth\": \"quick\""), "{saved}");
    assert_eq!(
        transfer::import(&saved, catalog())
            .unwrap()
            .assessment
            .depth,
        Depth::Quick
    );
    // A file from before the quick CheckUp existed: full, every answer kept.
    let old = r#"{"format": "checkup-assessment", "version": 1, "answers": {"profile.staff": "10-49", "sec.backup.regular": "yes"}}"#;
    let imported = transfer::import(old, catalog()).unwrap().assessment;
    assert_eq!(imported.depth, Depth::Full);
    assert_eq!(imported.answers.len(), 2);
}

#[test]
fn options_that_exclude_the_others_are_declared_in_the_packs_and_respected() {
    let c = catalog();
    // Every "none" and "don't know" of a multiple choice excludes the others.
    let mut exclusive = 0;
    for (_, _, q) in c.all_questions() {
        if !matches!(q.input, Input::Multi { .. }) {
            continue;
        }
        for o in &c.scale_of(q).unwrap().options {
            let means_none =
                ["none", "dont_know"].contains(&o.value.as_str()) || o.role != OptionRole::Normal;
            assert_eq!(o.exclusive, means_none, "{}: option {}", q.id, o.value);
            exclusive += usize::from(o.exclusive);
        }
    }
    assert!(exclusive >= 5, "{exclusive}");

    let q = "profile.sector";
    let mut a = Assessment::default();
    let values = |a: &Assessment| a.answers.get(q).map(|v| v.values().to_vec());
    a.toggle(c, q, "retail", true, NOW);
    a.toggle(c, q, "hospitality", true, NOW);
    assert_eq!(
        values(&a),
        Some(vec!["retail".into(), "hospitality".into()])
    );
    a.toggle(c, q, "dont_know", true, NOW);
    assert_eq!(
        values(&a),
        Some(vec!["dont_know".into()]),
        "don't know clears the others"
    );
    a.toggle(c, q, "care", true, NOW);
    assert_eq!(
        values(&a),
        Some(vec!["care".into()]),
        "another option clears don't know"
    );
    a.toggle(c, q, "care", false, NOW);
    assert_eq!(
        values(&a),
        None,
        "unticking the last option leaves no answer"
    );
    assert!(!a.has_work());
    assert_eq!(a.updated, NOW);
}

#[test]
fn resume_goes_to_the_first_open_question_and_the_review_lists_every_open_one() {
    let c = catalog();
    // A new CheckUp starts at the first question that needs an answer (the name is optional).
    let fresh = Assessment::default();
    let ev = engine::evaluate_assessment(c, &fresh);
    assert_eq!(
        ev.resume_at(c, &fresh),
        (
            Page::Section("profile.organisation".into()),
            Some("profile.sector".into())
        )
    );
    let &(p, s) = ev.walk(c).first().unwrap();
    assert_eq!(c.packs[p].sections[s].id, "profile.organisation");

    let mut a = persona("bakery");
    let done = engine::evaluate_assessment(c, &a);
    assert!(done.missing(c, &a).is_empty());
    assert_eq!(done.resume_page(c, &a), Page::Results);

    // Leave out two answers far apart: both are listed, by section, in asking order.
    a.answer("sec.backup.offline", None, NOW);
    a.answer("gdpr.notice.privacy-notice", None, NOW);
    let ev = engine::evaluate_assessment(c, &a);
    let missing = ev.missing(c, &a);
    assert_eq!(
        missing
            .iter()
            .map(|m| (m.section.as_str(), m.questions.clone()))
            .collect::<Vec<_>>(),
        vec![
            (
                "gdpr.notice",
                vec!["gdpr.notice.privacy-notice".to_string()]
            ),
            ("sec.backup", vec!["sec.backup.offline".to_string()]),
        ]
    );
    assert_eq!(
        ev.resume_at(c, &a),
        (
            Page::Section("gdpr.notice".into()),
            Some("gdpr.notice.privacy-notice".into())
        )
    );
    // The walk holds every section with a question asked, in asking order.
    let walk = ev.walk(c);
    assert!(walk.windows(2).all(|w| w[0] < w[1]));
    for m in &missing {
        assert!(
            walk.iter()
                .any(|&(p, s)| c.packs[p].sections[s].id == m.section)
        );
    }
}

#[test]
fn the_count_is_known_after_the_profile_and_moves_only_with_a_reason() {
    let c = catalog();
    for name in PERSONAS {
        let a = persona(name);
        for depth in [Depth::Quick, Depth::Full] {
            let mut partial = Assessment {
                depth,
                ..Assessment::default()
            };
            // Answer the profile in asking order: the count is not known until it is done.
            let mut before = engine::evaluate_assessment(c, &partial);
            assert!(!before.count(c, &partial, Lang::Nl).known);
            for (p, _, q) in c.all_questions() {
                if p.kind != PackKind::Profile || !before.is_visible(&q.id) {
                    continue;
                }
                if let Some(v) = a.answers.get(&q.id) {
                    partial.answer(&q.id, Some(v.clone()), NOW);
                }
                let after = engine::evaluate_assessment(c, &partial);
                // No note while the profile is being answered.
                assert_eq!(walk::count_change(&before, &after, &q.id), None);
                before = after;
            }
            let known = before.count(c, &partial, Lang::Nl);
            assert!(known.known, "{name}: the profile is answered");
            let total_time = engine::time_needed(c, &before, &BTreeMap::new(), Lang::Nl).total;
            assert!(known.minutes_left > 0 && known.minutes_left < total_time);
            // From now on the total stays put while the other questions are
            // answered, and the time left only goes down, to nothing.
            let mut left = known.minutes_left;
            for (id, v) in &a.answers {
                if id.starts_with("profile.") || !before.is_visible(id) {
                    continue;
                }
                partial.answer(id, Some(v.clone()), NOW);
                let after = engine::evaluate_assessment(c, &partial);
                assert_eq!(
                    walk::count_change(&before, &after, id),
                    None,
                    "{name}: {id}"
                );
                let now = after.count(c, &partial, Lang::Nl);
                assert!(now.minutes_left <= left, "{name}: {id}");
                left = now.minutes_left;
                before = after;
            }
            let end = before.count(c, &partial, Lang::Nl);
            assert_eq!(end.total, known.total, "{name} ({depth:?})");
            assert_eq!(end.answered, end.total, "{name} ({depth:?})");
            assert_eq!(end.minutes_left, 0);
        }
    }
}

#[test]
fn a_profile_answer_that_changes_the_count_says_which_and_how_many() {
    let c = catalog();
    let mut a = persona("bakery");
    a.depth = Depth::Quick;
    // Cameras are asked about, or not, depending on this answer.
    let (was, other) = match a.answers["profile.cameras"].one() {
        Some("yes") => ("yes", "no"),
        _ => ("no", "yes"),
    };
    let before = engine::evaluate_assessment(c, &a);
    a.answer("profile.cameras", Some(Answer::One(other.into())), NOW);
    let after = engine::evaluate_assessment(c, &a);
    let change = walk::count_change(&before, &after, "profile.cameras").expect("a change");
    assert_eq!(change.delta < 0, was == "yes", "{change:?}");
    assert_eq!(
        change.delta,
        after.progress.total as i64 - before.progress.total as i64
    );
    // And back: the same questions return, with their answers.
    a.answer("profile.cameras", Some(Answer::One(was.into())), NOW);
    let again = engine::evaluate_assessment(c, &a);
    assert_eq!(
        walk::count_change(&after, &again, "profile.cameras"),
        Some(CountChange {
            question: "profile.cameras".into(),
            delta: -change.delta
        })
    );
    assert_eq!(again.progress, before.progress);
}

#[test]
fn the_full_checkup_continues_a_quick_one_with_every_answer_kept() {
    let c = catalog();
    for name in PERSONAS {
        let whole = persona(name);
        // A quick CheckUp answered as the persona would.
        let mut a = Assessment {
            depth: Depth::Quick,
            ..Assessment::default()
        };
        loop {
            let ev = engine::evaluate_assessment(c, &a);
            let Some(m) = ev.missing(c, &a).into_iter().next() else {
                break;
            };
            for id in m.questions {
                a.answer(&id, whole.answers.get(&id).cloned(), NOW);
            }
        }
        let quick = engine::evaluate_assessment(c, &a);
        assert!(
            quick.progress.done() && quick.progress.total <= 35,
            "{name}"
        );
        let answers = a.answers.clone();

        // What the full one adds: the questions it asks besides, their time, their sections.
        let adds = walk::full_adds(c, &a, Lang::Fr).expect("a quick CheckUp");
        let full = at(&a.answers, Depth::Full);
        assert_eq!(
            adds.questions,
            full.progress.total - quick.progress.total,
            "{name}"
        );
        assert_eq!(
            adds.minutes,
            engine::time_needed(c, &full, &a.answers, Lang::Fr).remaining,
            "{name}"
        );
        assert!(
            adds.questions > 40 && adds.sections.len() >= 8,
            "{name}: {adds:?}"
        );
        for s in &adds.sections {
            assert!(
                full.section(s)
                    .is_some_and(|r| r.progress.answered < r.progress.total)
            );
        }

        // Continue: every answer is kept and the walk resumes at the first new question.
        a.set_depth(Depth::Full, NOW);
        assert_eq!(a.answers, answers);
        let ev = engine::evaluate_assessment(c, &a);
        assert_eq!(ev.progress.answered, quick.progress.answered, "{name}");
        let (page, focus) = ev.resume_at(c, &a);
        let first = focus.expect("a question to answer");
        assert!(
            !quick.is_visible(&first),
            "{name}: {first} was in the quick CheckUp"
        );
        let pos = c.question_pos(&first).unwrap();
        assert_eq!(
            page,
            Page::Section(c.packs[pos.pack].sections[pos.section].id.clone())
        );
        assert!(walk::full_adds(c, &a, Lang::Fr).is_none());
    }
}

/// Words that tell a person which option to choose, in the four languages.
const CHOOSE: [&str; 14] = [
    "kies",
    "antwoord",
    "duid",
    "choisissez",
    "cochez",
    "répondez",
    "choisir",
    "wählen",
    "antworten",
    "kreuzen",
    "choose",
    "pick",
    "answer",
    "tick",
];

#[test]
fn advice_on_which_option_to_pick_is_in_the_hint_under_the_question_not_behind_why() {
    let c = catalog();
    let mut checked = 0;
    for (_, _, q) in c.all_questions() {
        let Some(scale) = c.scale_of(q) else { continue };
        for lang in Lang::ALL {
            for o in &scale.options {
                let label = o.label.get(lang);
                // An option named in quotes is advice on how to answer.
                let quoted = [
                    format!("“{label}”"),
                    format!("«\u{a0}{label}\u{a0}»"),
                    format!("„{label}“"),
                    format!("\"{label}\""),
                ];
                for (field, text) in [("why", Some(&q.why)), ("help", q.help.as_ref())] {
                    let Some(text) = text else { continue };
                    checked += 1;
                    let lower = text.get(lang).to_lowercase();
                    let advice = CHOOSE.iter().any(|v| lower.contains(v));
                    assert!(
                        !(advice && quoted.iter().any(|l| text.get(lang).contains(l.as_str()))),
                        "{} ({lang}): the advice on “{label}” is in {field}, hidden; it belongs in the hint",
                        q.id
                    );
                }
            }
        }
    }
    assert!(checked > 1000, "{checked}");
    // The review's examples now have their advice under the question.
    for id in [
        "sec.mail.domain",
        "gdpr.transfers.safeguards",
        "profile.data_subjects",
    ] {
        assert!(c.question(id).unwrap().hint.is_some(), "{id}");
    }
}

mod first_screen {
    //! The first section as the first screen shows it before the app has
    //! loaded (see `checkup::domain::first_page`): the same questions as the
    //! engine, and its answers the app's once it takes over.

    use super::*;
    use checkup::domain::first_page::{self, Asked, Handoff};
    use proptest::prelude::*;

    fn asked() -> Vec<Asked> {
        let section = first_page::section(catalog()).expect("a first section");
        let (p, _) = catalog().section(&section.id).unwrap();
        section
            .questions
            .iter()
            .map(|q| Asked {
                id: q.id.clone(),
                quick: engine::in_quick(catalog().packs[p].kind, q),
                // Through the attribute the first screen reads.
                visible_if: q.visible_if.as_ref().map(|c| {
                    first_page::decode_condition(&first_page::encode_condition(c))
                        .expect("a condition reads back")
                }),
            })
            .collect()
    }

    /// Random answers to the first section: each question left open or
    /// answered with options of its scale (a text for the name).
    fn answers() -> impl Strategy<Value = BTreeMap<String, Answer>> {
        let section = first_page::section(catalog()).unwrap();
        let per_question: Vec<_> = section
            .questions
            .iter()
            .map(|q| {
                let values: Vec<String> = catalog()
                    .scale_of(q)
                    .map(|s| s.options.iter().map(|o| o.value.clone()).collect())
                    .unwrap_or_default();
                let id = q.id.clone();
                let multi = matches!(q.input, Input::Multi { .. });
                let text = matches!(q.input, Input::Text { .. });
                (
                    any::<bool>(),
                    proptest::sample::subsequence(values.clone(), 0..=values.len().min(3)),
                )
                    .prop_map(move |(given, picked)| {
                        let answer = if text {
                            Some(Answer::One("Bakkerij Peeters".into()))
                        } else if multi {
                            (!picked.is_empty()).then_some(Answer::Many(picked))
                        } else {
                            picked.into_iter().next().map(Answer::One)
                        };
                        (id.clone(), answer.filter(|_| given))
                    })
            })
            .collect();
        per_question.prop_map(|pairs| {
            pairs
                .into_iter()
                .filter_map(|(id, a)| Some((id, a?)))
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// The first screen shows exactly the questions of the first
        /// section that the engine asks, at either depth.
        #[test]
        fn shows_what_the_engine_asks(answers in answers(), quick in any::<bool>()) {
            let depth = if quick { Depth::Quick } else { Depth::Full };
            let ev = at(&answers, depth);
            let asked = asked();
            let shown = first_page::shown(&asked, depth, &answers);
            for (q, on) in asked.iter().zip(shown) {
                prop_assert_eq!(on, ev.is_visible(&q.id), "{} at {:?}", q.id, depth);
            }
        }
    }

    /// What the first screen hands over becomes the app's: the depth, the
    /// answers the section asks, texts cut to their length; options a
    /// scale does not know and questions of other sections are left out.
    #[test]
    fn answers_handed_over_are_recorded_as_given() {
        let json = r#"{"depth":"quick","section":"profile.organisation","answers":{
            "profile.org_name":"Bakkerij Peeters",
            "profile.sector":["retail","made_up"],
            "profile.staff":"1-9",
            "profile.turnover":"a lot",
            "gdpr.record.exists":"yes"
        },"next":true}"#;
        let handoff: Handoff = serde_json::from_str(json).unwrap();
        assert_eq!(handoff.depth, Depth::Quick);
        assert!(handoff.next);
        let mut a = Assessment::default();
        assert_eq!(handoff.apply(&mut a, catalog(), NOW), 3);
        assert_eq!(
            a.answers.get("profile.org_name"),
            Some(&Answer::One("Bakkerij Peeters".into()))
        );
        assert_eq!(
            a.answers.get("profile.sector"),
            Some(&Answer::Many(vec!["retail".into()]))
        );
        assert_eq!(
            a.answers.get("profile.staff"),
            Some(&Answer::One("1-9".into()))
        );
        assert!(!a.answers.contains_key("profile.turnover"));
        assert!(!a.answers.contains_key("gdpr.record.exists"));
        assert_eq!(a.created, NOW);

        let long = Handoff {
            section: "profile.organisation".into(),
            answers: [("profile.org_name".to_string(), Answer::One("x".repeat(500)))].into(),
            ..Handoff::default()
        };
        let mut a = Assessment::default();
        long.apply(&mut a, catalog(), NOW);
        let name = a.answers["profile.org_name"].one().unwrap();
        assert_eq!(name.chars().count(), 120, "cut to the field's length");
    }
}
