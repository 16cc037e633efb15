//! The GDPR CheckUp checked the way a Belgian privacy lawyer would: every
//! must-fix item rests on a duty the Data Protection Authority can sanction,
//! the Belgian rules are cited where they apply, no pack text uses a wording the
//! glossary rejects, reading tips say which language they are in, an unknown
//! profile answer never hides a duty, and every topic added for Belgian KMOs is
//! reached by the profiles it is meant for.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use checkup::domain::assessment::Answer;
use checkup::domain::engine;
use checkup::domain::pack::{Input, OptionRole, Question};
use checkup::domain::{Catalog, Lang, packs, transfer};
use proptest::prelude::*;
use serde_json::Value;

fn catalog() -> &'static Catalog {
    static C: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    C.get_or_init(packs::builtin)
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_json(p: &Path) -> Value {
    let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn gdpr_questions() -> Vec<&'static Question> {
    catalog()
        .pack("gdpr")
        .expect("the GDPR pack")
        .sections
        .iter()
        .flat_map(|s| s.questions.iter())
        .collect()
}

fn must_fix() -> Vec<&'static Question> {
    gdpr_questions()
        .into_iter()
        .filter(|q| q.must_fix)
        .collect()
}

/// Where `needle` first occurs in `hay` as a whole word or phrase (not inside
/// a longer word), as a byte offset.
fn first_word(hay: &str, needle: &str) -> Option<usize> {
    hay.match_indices(needle).map(|(i, _)| i).find(|&i| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn contains_word(hay: &str, needle: &str) -> bool {
    first_word(hay, needle).is_some()
}

// ---------------------------------------------------------------------------
// Duties
// ---------------------------------------------------------------------------

#[test]
fn every_must_fix_item_rests_on_a_duty_that_exists() {
    let c = catalog();
    let items = must_fix();
    assert!(items.len() >= 10, "only {} must-fix items", items.len());
    for q in &items {
        assert!(!q.duty.is_empty(), "{} is must-fix without a duty", q.id);
        for d in &q.duty {
            assert!(c.knows_citation(d), "{}: unknown duty {d}", q.id);
            if let Some(article) = d.strip_prefix("gdpr:") {
                let n: u32 = article
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect::<String>()
                    .parse()
                    .unwrap_or_else(|_| panic!("{}: no article number in {d}", q.id));
                assert!(
                    (1..=99).contains(&n),
                    "{}: the GDPR has no article {n}",
                    q.id
                );
            }
        }
    }
    // Only must-fix items carry a duty; other legal grounds go in `law`.
    for q in gdpr_questions() {
        assert!(
            q.must_fix || q.duty.is_empty(),
            "{} has a duty but is not must-fix",
            q.id
        );
        for l in &q.law {
            assert!(c.knows_citation(l), "{}: unknown law citation {l}", q.id);
        }
    }
}

#[test]
fn belgian_duties_cite_the_belgian_rule_not_only_the_gdpr() {
    let c = catalog();
    let duty = |id: &str| -> Vec<String> {
        c.question(id)
            .unwrap_or_else(|| panic!("{id} is gone"))
            .duty
            .clone()
    };
    // Cookies: Art. 10/2 of the Law of 30 July 2018, not GDPR Art. 6.
    assert!(duty("gdpr.web.cookies-prior").contains(&"be.privacy-act:10/2".to_string()));
    // Camera pictogram and register: the camera law.
    for id in ["gdpr.be.cameras-pictogram", "gdpr.be.cameras-register"] {
        assert!(
            duty(id).iter().any(|d| d.starts_with("be.camera-act")),
            "{id}: {:?}",
            duty(id)
        );
    }
    // The camera law's rules for closed places are in its art. 6 (open to the
    // public: a shop) and 7 (not open to the public: an office, a warehouse):
    // declaration, register and pictogram in their § 2, the one-month limit
    // and the ban on aiming at places one does not control in the same
    // articles. A duty names the articles, not the whole act, and filming the
    // street or the neighbours is a duty like the others.
    for id in [
        "gdpr.be.cameras-pictogram",
        "gdpr.be.cameras-register",
        "gdpr.be.cameras-one-month",
        "gdpr.be.cameras-aim",
    ] {
        let d = duty(id);
        assert!(!d.is_empty(), "{id} is not must-fix");
        for art in ["6", "7"] {
            assert!(
                d.iter().any(|c| c == &format!("be.camera-act:{art}")
                    || c.starts_with(&format!("be.camera-act:{art}§"))),
                "{id} does not cite art. {art} of the camera law: {d:?}"
            );
        }
        assert!(!d.contains(&"be.camera-act".to_string()), "{id}: {d:?}");
    }
    // E-mail marketing: the Code of Economic Law, and the royal decree with the
    // exception for impersonal company addresses.
    let mail = c.question("gdpr.marketing.email-allowed").unwrap();
    assert!(mail.duty.contains(&"be.cel:XII.13".to_string()));
    assert!(mail.law.contains(&"be.rd-2003-04-04:1".to_string()));
    for lang in Lang::ALL {
        assert!(
            mail.text.get(lang).contains("info@"),
            "{lang:?}: no B2B exception"
        );
    }
    // The Belgian list of functions with access to health, biometric and
    // criminal-record data: art. 9 and 10 § 2 of the Law of 30 July 2018.
    let list = duty("gdpr.sensitive.access-list");
    assert!(list.contains(&"be.privacy-act:9".to_string()), "{list:?}");
    // The Belgian DPO trigger of Art. 21.
    assert!(duty("gdpr.dpo.federal").contains(&"be.privacy-act:21".to_string()));
}

#[test]
fn good_practice_and_duties_outside_the_gba_are_not_must_fix() {
    let c = catalog();
    for id in [
        // Writing a procedure or a conclusion down is good practice.
        "gdpr.breach.decide",
        "gdpr.dpia.check",
        "gdpr.dpo.check",
        "gdpr.records.owner",
        // Self-regulation of the sector.
        "gdpr.marketing.robinson",
        // Duties the GBA does not enforce: the police (declaration), the
        // Economic Inspection (DNCM list), the whistleblower law.
        "gdpr.be.cameras-declared",
        "gdpr.marketing.dncm",
        "gdpr.whistle.channel",
    ] {
        let q = c.question(id).unwrap_or_else(|| panic!("{id} is gone"));
        assert!(!q.must_fix, "{id} is marked must-fix");
    }
    // The law these rest on is still cited.
    for (id, law) in [
        ("gdpr.be.cameras-declared", "be.camera-act"),
        ("gdpr.marketing.dncm", "be.cel"),
        ("gdpr.whistle.channel", "be.whistleblower-act"),
    ] {
        assert!(
            c.question(id)
                .unwrap()
                .law
                .iter()
                .any(|l| l.starts_with(law)),
            "{id} does not cite {law}"
        );
    }
    // A DPIA is a duty only where the risk is likely high: an employer whose
    // only sensitive data are sick notes does not see the must-fix question.
    let answers = profile(&[
        ("profile.data_subjects", &["customers", "employees"]),
        ("profile.special_data", &["health"]),
    ]);
    let ev = engine::evaluate(c, &answers);
    assert!(!ev.is_visible("gdpr.dpia.done"));
    assert!(ev.is_visible("gdpr.dpia.check"));
}

#[test]
fn a_not_applicable_answer_always_has_its_rule_under_the_question() {
    let c = catalog();
    for q in gdpr_questions() {
        let scale = c.scale_of(q).unwrap();
        if scale
            .options
            .iter()
            .any(|o| o.role == OptionRole::NotApplicable)
        {
            assert!(q.hint.is_some(), "{} offers N/A without a hint", q.id);
        }
    }
}

// ---------------------------------------------------------------------------
// Unknown means ask
// ---------------------------------------------------------------------------

/// A complete profile with nothing special, so that only the overrides decide
/// what is shown.
fn profile(overrides: &[(&str, &[&str])]) -> BTreeMap<String, Answer> {
    let c = catalog();
    let mut a = BTreeMap::new();
    let base: &[(&str, &[&str])] = &[
        ("profile.sector", &["professional"]),
        ("profile.staff", &["10-49"]),
        ("profile.turnover", &["lt2m"]),
        ("profile.public_body", &["no"]),
        ("profile.website", &["none"]),
        ("profile.cloud", &["no"]),
        ("profile.it_support", &["ourselves"]),
        ("profile.data_subjects", &["customers"]),
        ("profile.special_data", &["none"]),
        ("profile.cameras", &["no"]),
        ("profile.marketing_channels", &["none"]),
        ("profile.processor", &["no"]),
        ("profile.monitoring", &["none"]),
        ("profile.publishing", &["none"]),
        ("profile.customers_ask", &["no"]),
    ];
    for (id, v) in base.iter().chain(overrides.iter()) {
        let q = c
            .question(id)
            .unwrap_or_else(|| panic!("the profile has no {id}"));
        let v: Vec<String> = v.iter().map(|s| s.to_string()).collect();
        for value in &v {
            assert!(c.option(q, value).is_some(), "{id} has no option {value}");
        }
        let answer = match q.input {
            Input::Multi { .. } => Answer::Many(v),
            _ => Answer::One(v[0].clone()),
        };
        a.insert(id.to_string(), answer);
    }
    a
}

fn visible_must_fix(answers: &BTreeMap<String, Answer>) -> BTreeSet<String> {
    let ev = engine::evaluate(catalog(), answers);
    must_fix()
        .into_iter()
        .filter(|q| ev.is_visible(&q.id))
        .map(|q| q.id.clone())
        .collect()
}

#[test]
fn with_an_empty_profile_every_duty_is_asked() {
    let shown = visible_must_fix(&BTreeMap::new());
    let all: BTreeSet<String> = must_fix().into_iter().map(|q| q.id.clone()).collect();
    assert_eq!(shown, all);
}

fn profile_questions() -> Vec<&'static Question> {
    catalog()
        .pack("profile")
        .unwrap()
        .sections
        .iter()
        .flat_map(|s| s.questions.iter())
        .filter(|q| !matches!(q.input, Input::Text { .. }))
        .collect()
}

/// Profile answers from random numbers: a pick of 0 leaves a question
/// unanswered, other picks choose options (a bit pattern for multiple
/// choice); only the questions the answers show are answered.
fn answers_from(picks: &[u32]) -> BTreeMap<String, Answer> {
    let c = catalog();
    let mut answers = BTreeMap::new();
    for (q, &pick) in profile_questions().into_iter().zip(picks.iter().cycle()) {
        if pick == 0 {
            continue;
        }
        let opts = &c.scale_of(q).unwrap().options;
        let a = match q.input {
            Input::Multi { .. } => {
                let chosen: Vec<String> = opts
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| pick >> (i % 31) & 1 == 1)
                    .map(|(_, o)| o.value.clone())
                    .collect();
                if chosen.is_empty() {
                    continue;
                }
                Answer::Many(chosen)
            }
            _ => Answer::One(opts[pick as usize % opts.len()].value.clone()),
        };
        answers.insert(q.id.clone(), a);
    }
    // A person answers only the questions shown: drop the answers to hidden
    // ones (an answer the profile hides does not count, and making another
    // answer unknown could show it again, with its answer).
    loop {
        let ev = engine::evaluate(catalog(), &answers);
        let before = answers.len();
        answers.retain(|id, _| ev.is_visible(id));
        if answers.len() == before {
            return answers;
        }
    }
}

/// Makes a profile answer unknown: "don't know" where the question offers it,
/// otherwise no answer at all.
fn make_unknown(answers: &mut BTreeMap<String, Answer>, q: &Question) {
    let dont_know = catalog()
        .scale_of(q)
        .unwrap()
        .options
        .iter()
        .find(|o| o.role == OptionRole::DontKnow || o.value == "dont_know")
        .map(|o| o.value.clone());
    match (dont_know, &q.input) {
        (Some(v), Input::Multi { .. }) => {
            answers.insert(q.id.clone(), Answer::Many(vec![v]));
        }
        (Some(v), _) => {
            answers.insert(q.id.clone(), Answer::One(v));
        }
        (None, _) => {
            answers.remove(&q.id);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Making any profile answers unknown (unanswered or "don't know") can only
    /// show more must-fix questions, never fewer.
    #[test]
    fn an_unknown_profile_answer_never_hides_a_duty(
        picks in proptest::collection::vec(0u32..4096, 24),
        unknown in proptest::collection::vec(any::<bool>(), 24),
    ) {
        let known = answers_from(&picks);
        let before = visible_must_fix(&known);
        let mut blurred = known.clone();
        for (q, &u) in profile_questions().into_iter().zip(unknown.iter().cycle()) {
            if u {
                make_unknown(&mut blurred, q);
            }
        }
        let after = visible_must_fix(&blurred);
        let hidden: Vec<&String> = before.difference(&after).collect();
        prop_assert!(hidden.is_empty(), "hidden by unknown answers: {:?}", hidden);
    }
}

// ---------------------------------------------------------------------------
// New topics, reached by the profiles they are meant for
// ---------------------------------------------------------------------------

fn shows(overrides: &[(&str, &[&str])], ids: &[&str]) -> Vec<String> {
    let ev = engine::evaluate(catalog(), &profile(overrides));
    ids.iter()
        .filter(|id| {
            assert!(catalog().question(id).is_some(), "{id} is gone");
            !ev.is_visible(id)
        })
        .map(|s| s.to_string())
        .collect()
}

fn hides(overrides: &[(&str, &[&str])], ids: &[&str]) -> Vec<String> {
    let ev = engine::evaluate(catalog(), &profile(overrides));
    ids.iter()
        .filter(|id| ev.is_visible(id))
        .map(|s| s.to_string())
        .collect()
}

#[test]
fn every_new_topic_is_reached_by_the_profile_it_is_meant_for() {
    // (topic, profile that needs it, profile that does not, questions)
    type Case<'a> = (
        &'a str,
        &'a [(&'a str, &'a [&'a str])],
        &'a [(&'a str, &'a [&'a str])],
        &'a [&'a str],
    );
    let cases: &[Case] = &[
        (
            "the KMO as processor for its clients",
            &[("profile.processor", &["yes"])],
            &[("profile.processor", &["no"])],
            &[
                "gdpr.processor.contracts",
                "gdpr.processor.record",
                "gdpr.processor.breach-notice",
                "gdpr.processor.subprocessors",
            ],
        ),
        (
            "the DPO of a public body (Art. 37(1)(a)), a public hospital included",
            &[
                ("profile.sector", &["care"]),
                ("profile.public_body", &["yes"]),
            ],
            &[
                ("profile.sector", &["care"]),
                ("profile.public_body", &["no"]),
            ],
            &["gdpr.dpo.public"],
        ),
        (
            "the DPO when large-scale criminal records are the core business (Art. 37(1)(c))",
            &[("profile.special_data", &["criminal"])],
            &[("profile.special_data", &["none"])],
            &["gdpr.dpo.large-scale"],
        ),
        (
            "the Belgian DPO trigger (Art. 21)",
            &[("profile.processor", &["federal"])],
            &[("profile.processor", &["yes"])],
            &["gdpr.dpo.federal"],
        ),
        (
            "the DPO for large-scale sensitive data as core business (Art. 37(1)(c)): \
             member files of a union or religious association, not an employer's sick notes",
            &[("profile.special_data", &["other"])],
            &[
                ("profile.data_subjects", &["customers", "employees"]),
                ("profile.special_data", &["health"]),
            ],
            &["gdpr.dpo.large-scale"],
        ),
        (
            "e-mail marketing, with the B2B exception",
            &[("profile.marketing_channels", &["email"])],
            &[("profile.marketing_channels", &["phone"])],
            &["gdpr.marketing.email-allowed", "gdpr.marketing.unsubscribe"],
        ),
        (
            "telephone marketing and the DNCM list",
            &[("profile.marketing_channels", &["phone"])],
            &[("profile.marketing_channels", &["email"])],
            &["gdpr.marketing.dncm"],
        ),
        (
            "postal marketing and the Robinson list",
            &[("profile.marketing_channels", &["post"])],
            &[("profile.marketing_channels", &["email", "phone"])],
            &["gdpr.marketing.robinson"],
        ),
        (
            "checks on e-mail and internet use (CAO 81)",
            &[
                ("profile.data_subjects", &["employees"]),
                ("profile.monitoring", &["email_internet"]),
            ],
            &[
                ("profile.data_subjects", &["employees"]),
                ("profile.monitoring", &["badges"]),
            ],
            &["gdpr.staff.cao81-info", "gdpr.staff.cao81-steps"],
        ),
        (
            "the CAO 81 information duty for an employer who does not know whether it checks",
            &[
                ("profile.data_subjects", &["employees"]),
                ("profile.monitoring", &["dont_know"]),
            ],
            &[
                ("profile.data_subjects", &["employees"]),
                ("profile.monitoring", &["none"]),
            ],
            &["gdpr.staff.cao81-info"],
        ),
        (
            "location tracking of company vehicles",
            &[
                ("profile.data_subjects", &["employees"]),
                ("profile.monitoring", &["gps"]),
            ],
            &[("profile.data_subjects", &["customers"])],
            &["gdpr.staff.gps-private"],
        ),
        (
            "badges and time clocks",
            &[
                ("profile.data_subjects", &["employees"]),
                ("profile.monitoring", &["badges"]),
            ],
            &[
                ("profile.data_subjects", &["employees"]),
                ("profile.monitoring", &["none"]),
            ],
            &["gdpr.staff.badges"],
        ),
        (
            "workplace cameras (CAO 68)",
            &[
                ("profile.data_subjects", &["employees"]),
                ("profile.cameras", &["yes"]),
            ],
            &[
                ("profile.data_subjects", &["customers"]),
                ("profile.cameras", &["yes"]),
            ],
            &["gdpr.be.cameras-staff"],
        ),
        (
            "image rights for photos of staff, customers and children",
            &[("profile.publishing", &["photos"])],
            &[("profile.publishing", &["social_page"])],
            &["gdpr.images.consent", "gdpr.images.removal"],
        ),
        (
            "joint controllership of a social-media page",
            &[("profile.publishing", &["social_page"])],
            &[("profile.publishing", &["photos"])],
            &["gdpr.joint.social-page"],
        ),
        (
            "the internal whistleblowing channel (50 workers or more)",
            &[("profile.staff", &["50-249"])],
            &[("profile.staff", &["10-49"])],
            &["gdpr.whistle.channel", "gdpr.whistle.confidential"],
        ),
    ];
    for (topic, needs, not, ids) in cases {
        let missing = shows(needs, ids);
        assert!(missing.is_empty(), "{topic}: not shown {missing:?}");
        let extra = hides(not, ids);
        assert!(extra.is_empty(), "{topic}: shown without need {extra:?}");
    }
}

// ---------------------------------------------------------------------------
// Personas: the quick CheckUp stays short
// ---------------------------------------------------------------------------

/// A medical practice with cameras, employees, health data, a website and
/// cloud services meets fifteen duties: every one is a rule the authority
/// enforces, so the bound follows the law rather than the other way round.
#[test]
fn no_persona_gets_more_than_fifteen_duties_in_the_quick_checkup() {
    let mut counts = Vec::new();
    for name in ["bakery", "accountant", "transport", "medical", "model"] {
        let path = root().join(format!("tests/personas/{name}.json"));
        let text = std::fs::read_to_string(&path).unwrap();
        let imported = transfer::import(&text, catalog()).unwrap();
        let n = visible_must_fix(&imported.assessment.answers).len();
        counts.push((name, n));
        // At least the duties every organisation has, at most about a dozen.
        assert!((5..=15).contains(&n), "{name}: {n} must-fix questions");
    }
    println!("visible must-fix questions per persona: {counts:?}");
}

// ---------------------------------------------------------------------------
// Old answers keep a home
// ---------------------------------------------------------------------------

#[test]
fn every_gdpr_and_data_profile_question_of_2026_1_is_still_asked_or_mapped() {
    let c = catalog();
    let fixture = read_json(&root().join("tests/fixtures/export-2026.1.json"));
    let mapped: BTreeSet<&str> = c
        .packs
        .iter()
        .filter(|p| p.id == "gdpr" || p.id == "profile")
        .flat_map(|p| {
            p.renamed
                .iter()
                .map(|r| r.from.as_str())
                .chain(p.split.iter().map(|s| s.from.as_str()))
        })
        .collect();
    let old: Vec<&str> = fixture["answers"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .filter(|id| {
            id.starts_with("gdpr.")
                || [
                    "profile.data_subjects",
                    "profile.special_data",
                    "profile.cameras",
                    "profile.marketing",
                ]
                .contains(id)
        })
        .collect();
    assert!(old.len() > 40);
    for id in old {
        assert!(
            c.question(id).is_some() || mapped.contains(id),
            "{id} from 2026.1 is neither asked nor mapped"
        );
    }
}

// ---------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------

/// Every translated text in a JSON document, with where it is.
fn texts(v: &Value, at: &str, out: &mut Vec<(String, BTreeMap<String, String>)>) {
    match v {
        Value::Object(m) => {
            let langs = ["nl", "fr", "de", "en"];
            if m.len() == 4
                && langs
                    .iter()
                    .all(|l| m.get(*l).is_some_and(Value::is_string))
            {
                out.push((
                    at.to_string(),
                    langs
                        .iter()
                        .map(|l| (l.to_string(), m[*l].as_str().unwrap().to_string()))
                        .collect(),
                ));
                return;
            }
            for (k, v) in m {
                let here = match m.get("id").and_then(Value::as_str) {
                    Some(id) => format!("{at}/{id}.{k}"),
                    None => format!("{at}/{k}"),
                };
                texts(v, &here, out);
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                texts(v, &format!("{at}[{i}]"), out);
            }
        }
        _ => {}
    }
}

fn pack_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["questions", "examples"] {
        for e in std::fs::read_dir(root().join(dir)).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            if name.ends_with(".json") && !name.contains("schema") && name != "glossary.json" {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

/// Rejected wordings still present in texts written by others; each entry must
/// go as soon as that text is corrected (the test fails while it is listed but
/// no longer found).
const KNOWN_ELSEWHERE: &[(&str, &str, &str)] = &[];

#[test]
fn no_pack_or_interface_text_uses_a_wording_the_glossary_rejects() {
    let glossary = read_json(&root().join("questions/glossary.json"));
    let mut rejected: Vec<(String, String, String)> = Vec::new(); // (term, lang, variant)
    for t in glossary["terms"].as_array().expect("glossary terms") {
        let id = t["id"].as_str().unwrap();
        for lang in ["nl", "fr", "de", "en"] {
            let preferred = t[lang]
                .as_str()
                .unwrap_or_else(|| panic!("glossary {id} has no {lang}"));
            assert!(!preferred.trim().is_empty());
            for v in t["rejected"][lang].as_array().into_iter().flatten() {
                let v = v.as_str().unwrap();
                assert!(
                    !contains_word(preferred, v),
                    "glossary {id}: the preferred {lang} term contains its rejected variant {v}"
                );
                rejected.push((id.to_string(), lang.to_string(), v.to_string()));
            }
        }
    }
    assert!(
        rejected.len() >= 20,
        "only {} rejected variants",
        rejected.len()
    );

    let mut found: BTreeSet<(String, String, String)> = BTreeSet::new();
    let mut problems = Vec::new();
    for file in pack_files() {
        let rel = file
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let mut all = Vec::new();
        texts(&read_json(&file), "", &mut all);
        for (at, text) in &all {
            for (term, lang, variant) in &rejected {
                if contains_word(&text[lang], variant) {
                    let key = (rel.clone(), lang.clone(), variant.clone());
                    if KNOWN_ELSEWHERE.iter().any(|(f, l, v)| {
                        (*f, *l, *v) == (key.0.as_str(), key.1.as_str(), key.2.as_str())
                    }) {
                        found.insert(key);
                    } else {
                        problems.push(format!(
                            "{rel}{at} ({lang}): “{variant}” (glossary: {term})"
                        ));
                    }
                }
            }
        }
    }
    // The interface and report texts use the same words as the packs.
    for lang in ["nl", "fr", "de", "en"] {
        for e in std::fs::read_dir(root().join("locales").join(lang)).unwrap() {
            let file = e.unwrap().path();
            let text = std::fs::read_to_string(&file).unwrap();
            for (term, l, variant) in rejected.iter().filter(|(_, l, _)| l == lang) {
                if contains_word(&text, variant) {
                    problems.push(format!(
                        "{} ({l}): “{variant}” (glossary: {term})",
                        file.strip_prefix(root()).unwrap().display()
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "rejected wordings:\n{}",
        problems.join("\n")
    );
    for (f, l, v) in KNOWN_ELSEWHERE {
        assert!(
            found.contains(&(f.to_string(), l.to_string(), v.to_string())),
            "{f} ({l}) no longer uses “{v}”: remove it from KNOWN_ELSEWHERE"
        );
    }
}

#[test]
fn the_gdpr_pack_spells_out_the_authority_and_explains_its_acronyms() {
    let c = catalog();
    let gdpr = c.pack("gdpr").unwrap();
    let mut all = Vec::new();
    texts(&serde_json::to_value(gdpr).unwrap(), "gdpr", &mut all);
    // The first "GBA" / "APD" of a text comes after the authority's full name.
    let full = [
        ("nl", "GBA", "Gegevensbeschermingsautoriteit"),
        ("fr", "APD", "Autorité de protection des données"),
        ("en", "GBA", "Data Protection Authority"),
    ];
    for (at, text) in &all {
        // Answer options stand right under their question, which names the
        // authority in full.
        let option_label = at.contains(".options[");
        for (lang, short, long) in full.iter().filter(|_| !option_label) {
            let (lang, short, long) = (*lang, *short, *long);
            let t = &text[lang];
            if let Some(first) = first_word(t, short) {
                let name = t.find(long);
                assert!(
                    name.is_some_and(|n| n < first),
                    "{at} ({lang}): “{short}” before “{long}”: {t}"
                );
            }
        }
        // German readers get the German name only ("DSB" would be ambiguous).
        for short in ["GBA", "APD", "DSB"] {
            assert!(!contains_word(&text["de"], short), "{at} (de): “{short}”");
        }
    }
    // Acronyms in question texts can be tapped for an explanation.
    let acronyms: &[(Lang, &[&str])] = &[
        (Lang::Nl, &["GEB", "DPO", "EER", "GBA"]),
        (Lang::Fr, &["AIPD", "DPO", "EEE", "APD"]),
        (Lang::De, &["DSFA", "DPO", "EWR"]),
        (Lang::En, &["DPIA", "DPO", "EEA", "GBA/APD"]),
    ];
    for q in gdpr.sections.iter().flat_map(|s| s.questions.iter()) {
        for (lang, list) in acronyms {
            let text = q.text.get(*lang);
            for a in list.iter().filter(|a| contains_word(text, a)) {
                assert!(
                    c.all_terms()
                        .any(|t| t.variants(*lang).iter().any(|v| contains_word(v, a))),
                    "{} ({lang:?}): “{a}” has no explanation",
                    q.id
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Reading tips
// ---------------------------------------------------------------------------

/// Reading tips of the GDPR pack, and the GDPR tips of the shared library.
fn gdpr_sources() -> Vec<&'static checkup::domain::pack::Source> {
    let c = catalog();
    let mut s: Vec<_> = c.pack("gdpr").unwrap().sources.iter().collect();
    s.extend(["src.gba", "src.gdpr"].iter().filter_map(|id| c.source(id)));
    s
}

#[test]
fn no_gdpr_reading_tip_sends_two_languages_to_one_page_unless_it_says_so() {
    let sources = gdpr_sources();
    assert!(sources.len() >= 10);
    for s in sources {
        for (a, b) in [
            (Lang::Nl, Lang::Fr),
            (Lang::Nl, Lang::De),
            (Lang::Nl, Lang::En),
            (Lang::Fr, Lang::De),
            (Lang::Fr, Lang::En),
            (Lang::De, Lang::En),
        ] {
            if s.url.get(a) == s.url.get(b) {
                assert!(
                    s.page_lang.contains_key(&a) || s.page_lang.contains_key(&b),
                    "{}: {a:?} and {b:?} share {} without page_lang",
                    s.id,
                    s.url.get(a)
                );
            }
        }
        for (reader, page) in &s.page_lang {
            assert_ne!(
                reader, page,
                "{}: page_lang names the reader's own language",
                s.id
            );
        }
        for lang in Lang::ALL {
            let title = s.title.get(lang).to_lowercase();
            for note in [
                "(page",
                "(in english",
                "(en anglais",
                "(en français",
                "pagina)",
                "seite)",
            ] {
                assert!(
                    !title.contains(note),
                    "{} ({lang:?}): language note in the title",
                    s.id
                );
            }
        }
    }
    // Every tip the GDPR pack cites exists, and none is a bare GBA homepage
    // where the title promises a topic.
    let c = catalog();
    for a in &c.pack("gdpr").unwrap().actions {
        for t in &a.tips {
            let s = c
                .source(t)
                .unwrap_or_else(|| panic!("{}: unknown tip {t}", a.id));
            // The authority's homepage and the declaration portal itself are
            // meant as such.
            if !["src.gba", "src.camera-declaration"].contains(&s.id.as_str()) {
                for lang in Lang::ALL {
                    let url = s.url.get(lang);
                    let path = url.splitn(4, '/').nth(3).unwrap_or("");
                    assert!(
                        !path.is_empty(),
                        "{}: {lang:?} tip is a homepage: {url}",
                        s.id
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Belgian acts: the link goes to the act the citation names
// ---------------------------------------------------------------------------

/// The Belgian acts with an official consolidated text on the Justel database
/// of the Belgian Official Journal, by the act's NUMAC number (verified on the
/// published text: law of 30 July 2018, NUMAC 2018040581; camera law of
/// 21 March 2007, NUMAC 2007000528; whistleblower law of 28 November 2022,
/// NUMAC 2022042980).
const ELI: &[(&str, &str, &str)] = &[
    ("be.privacy-act", "2018/07/30", "2018040581"),
    ("be.camera-act", "2007/03/21", "2007000528"),
    ("be.whistleblower-act", "2022/11/28", "2022042980"),
];

#[test]
fn a_belgian_law_links_to_the_act_it_names_or_to_nothing() {
    let c = catalog();
    for (id, date, numac) in ELI {
        let law = c.law(id).unwrap_or_else(|| panic!("{id} is not declared"));
        let url = law
            .url
            .as_ref()
            .unwrap_or_else(|| panic!("{id} lost its link"));
        for lang in Lang::ALL {
            // Dutch readers get the Dutch text, the others the French one
            // (Justel has no consolidated German or English text).
            let kind = if lang == Lang::Nl { "wet" } else { "loi" };
            assert_eq!(
                url.get(lang),
                format!("https://www.ejustice.just.fgov.be/eli/{kind}/{date}/{numac}/justel"),
                "{id} ({lang:?})"
            );
        }
    }
    // Every other act the GDPR CheckUp cites may carry a link only once it is
    // in the verified table: a guessed address, or a page about something else
    // (a CAO linked to a page on works councils), is worse than no link.
    let gdpr = c.pack("gdpr").unwrap();
    let cited: BTreeSet<&str> = gdpr
        .sections
        .iter()
        .flat_map(|s| s.questions.iter())
        .flat_map(|q| q.law.iter().chain(q.duty.iter()))
        .chain(gdpr.actions.iter().flat_map(|a| a.law.iter()))
        .map(|l| l.split(':').next().unwrap())
        .filter(|id| *id != "gdpr")
        .collect();
    assert!(cited.len() >= 6, "{cited:?}");
    for id in cited {
        let law = c.law(id).unwrap_or_else(|| panic!("{id} is not declared"));
        if law.url.is_some() {
            assert!(
                ELI.iter().any(|(known, _, _)| *known == id),
                "{id}: link not verified against the act"
            );
        }
    }
}

#[test]
fn telephone_marketing_cites_the_do_not_call_rule_for_companies_and_liberal_professions() {
    // Book VI of the Code of Economic Law (art. VI.111-VI.114) binds companies,
    // Book XIV (art. XIV.78-XIV.81) the liberal professions; the royal decree of
    // 12 May 2015 recognises the list's manager under VI.114 and XIV.81.
    let c = catalog();
    let q = c.question("gdpr.marketing.dncm").unwrap();
    for book in ["be.cel:VI.", "be.cel:XIV."] {
        assert!(q.law.iter().any(|l| l.starts_with(book)), "{:?}", q.law);
    }
    let a = c.action("act.gdpr.dncm").unwrap();
    for book in ["be.cel:VI.", "be.cel:XIV."] {
        assert!(a.law.iter().any(|l| l.starts_with(book)), "{:?}", a.law);
    }
}

#[test]
fn article_8_is_cited_only_for_online_services_offered_to_children() {
    // GDPR Art. 8 (with art. 7 of the Law of 30 July 2018: 13 years) governs a
    // child's consent to information society services. Publishing a child's
    // photo rests on the portrait right and Art. 6, not on Art. 8.
    for q in gdpr_questions() {
        let cites_8 = q
            .gdpr
            .iter()
            .any(|a| a == "8" || a.starts_with("8(") || a.starts_with("8 "));
        if cites_8 {
            assert_eq!(q.id, "gdpr.data.children", "{} cites Art. 8", q.id);
            assert!(q.text.get(Lang::En).contains("online"), "{}", q.id);
        }
    }
}

#[test]
fn stopping_direct_marketing_after_an_objection_is_a_duty() {
    // Art. 21(3) GDPR: after an objection to direct marketing the data may no
    // longer be used for it, whatever the channel. The sector's Robinson list
    // is not a legal duty.
    let c = catalog();
    let q = c.question("gdpr.marketing.objections").unwrap();
    assert!(q.must_fix && q.duty.contains(&"gdpr:21(3)".to_string()));
    assert!(!c.question("gdpr.marketing.robinson").unwrap().must_fix);
}
