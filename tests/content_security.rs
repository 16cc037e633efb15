//! The security CheckUp checked the way a CyberFundamentals assessor and a
//! plain-language editor would: every key measure keeps its key evidence for
//! every profile, "not applicable" on key evidence has a written rule, question
//! texts (of every pack) carry no unexplained acronym, reading tips in another language say so,
//! questions asked once count in both CheckUps, and old answer files still map.

use std::collections::{BTreeMap, BTreeSet};

use checkup::domain::assessment::Answer;
use checkup::domain::engine::{self, MeasureState};
use checkup::domain::pack::{Condition, Input, OptionRole, PackKind, Question};
use checkup::domain::terms::{self, Piece};
use checkup::domain::{Catalog, Lang, cyfun, packs};

fn catalog() -> &'static Catalog {
    static C: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    C.get_or_init(packs::builtin)
}

fn security_questions() -> Vec<&'static Question> {
    catalog()
        .all_questions()
        .filter(|(p, _, _)| p.id == "security")
        .map(|(_, _, q)| q)
        .collect()
}

const LANGS: [Lang; 4] = [Lang::Nl, Lang::Fr, Lang::De, Lang::En];

/// The 13 key measures of CyberFundamentals 2025 BASIC (CCB), from the reference data.
fn key_measures() -> Vec<&'static str> {
    cyfun::BASIC
        .iter()
        .filter(|r| r.key_measure)
        .map(|r| r.id)
        .collect()
}

/// Every profile question that a condition of a key-measure question (or of
/// its section or pack) reads.
fn profile_questions_read_by_key_measures() -> BTreeSet<String> {
    let c = catalog();
    let mut read = BTreeSet::new();
    let mut note = |cond: &Option<Condition>| {
        if let Some(cond) = cond {
            for t in cond.all.iter().chain(cond.any.iter()) {
                read.insert(t.question.clone());
            }
        }
    };
    for (p, s, q) in c.all_questions() {
        if q.key_measure {
            note(&p.visible_if);
            note(&s.visible_if);
            note(&q.visible_if);
        }
    }
    read.retain(|id| {
        c.question_pos(id)
            .is_some_and(|pos| c.packs[pos.pack].kind == PackKind::Profile)
    });
    read
}

/// Every answer a profile question can have: each single option (and each
/// option alone for a multiple choice), or no answer at all.
fn possible_answers(id: &str) -> Vec<Option<Answer>> {
    let c = catalog();
    let q = c.question(id).unwrap();
    let scale = c.scale_of(q).unwrap();
    let mut out: Vec<Option<Answer>> = vec![None];
    for o in &scale.options {
        out.push(Some(match q.input {
            Input::Multi { .. } => Answer::Many(vec![o.value.clone()]),
            _ => Answer::One(o.value.clone()),
        }));
    }
    out
}

#[test]
fn every_key_measure_keeps_visible_key_evidence_for_every_profile() {
    let read: Vec<String> = profile_questions_read_by_key_measures()
        .into_iter()
        .collect();
    // The conditions of key evidence read the IT profile (and the size).
    for expected in ["profile.cloud", "profile.website", "profile.web_platform"] {
        assert!(
            read.iter().any(|r| r == expected),
            "{expected} no longer decides key evidence: {read:?}"
        );
    }
    let choices: Vec<Vec<Option<Answer>>> = read.iter().map(|id| possible_answers(id)).collect();
    let mut combos = 0usize;
    let mut counts: BTreeSet<usize> = BTreeSet::new();
    let mut index = vec![0usize; choices.len()];
    loop {
        let mut answers = BTreeMap::new();
        for (i, id) in read.iter().enumerate() {
            if let Some(a) = &choices[i][index[i]] {
                answers.insert(id.clone(), a.clone());
            }
        }
        let ev = engine::evaluate(catalog(), &answers);
        assert_eq!(ev.cyfun.measures.len(), 13);
        for m in &ev.cyfun.measures {
            assert!(
                !m.questions.is_empty(),
                "{} has no visible key evidence for the profile {answers:?}",
                m.id
            );
        }
        // The quick CheckUp decides every key measure too.
        let quick = engine::evaluate_with(
            catalog(),
            &answers,
            &engine::Policy::default(),
            checkup::domain::assessment::Depth::Quick,
        );
        for m in &quick.cyfun.measures {
            assert!(
                !m.questions.is_empty(),
                "{} has no key evidence in the quick CheckUp for the profile {answers:?}",
                m.id
            );
        }
        counts.insert(
            ev.visible
                .iter()
                .filter(|id| catalog().question(id).is_some_and(|q| q.key_measure))
                .count(),
        );
        combos += 1;
        // Next combination.
        let mut i = 0;
        loop {
            if i == index.len() {
                let (min, max) = (counts.first().unwrap(), counts.last().unwrap());
                assert!(combos > 100, "only {combos} profiles tried");
                // One clean question per key measure, a few more where the
                // profile adds remote access, online services or a web shop.
                assert!(
                    *min >= 13 && *max <= 17,
                    "visible key-evidence questions per profile: {min}..{max}"
                );
                return;
            }
            index[i] += 1;
            if index[i] < choices[i].len() {
                break;
            }
            index[i] = 0;
            i += 1;
        }
    }
}

#[test]
fn the_13_key_measures_are_the_ccb_list_and_each_has_key_evidence() {
    let km = key_measures();
    assert_eq!(
        km,
        [
            "ID.AM-08.2",
            "PR.AA-01.1",
            "PR.AA-03.2",
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
        ]
    );
    for id in km {
        let evidence: Vec<&str> = security_questions()
            .into_iter()
            .filter(|q| q.key_measure && q.cyfun.iter().any(|c| c == id))
            .map(|q| q.id.as_str())
            .collect();
        assert!(!evidence.is_empty(), "{id} has no key-evidence question");
    }
}

#[test]
fn mostly_is_a_gap_and_every_key_question_is_a_clean_yes_or_no_check() {
    // Key evidence uses scales whose only full-score answer is a plain "yes":
    // no "mostly", no "now and then".
    let c = catalog();
    for q in security_questions().into_iter().filter(|q| q.key_measure) {
        let scale = c.scale_of(q).unwrap();
        let full: Vec<&str> = scale
            .options
            .iter()
            .filter(|o| o.score == Some(100))
            .map(|o| o.value.as_str())
            .collect();
        assert_eq!(full, ["yes"], "{} ({})", q.id, scale.id);
        assert!(
            !scale.options.iter().any(|o| o.value == "mostly"),
            "{} offers “mostly”",
            q.id
        );
    }
    // And a "partly" on key evidence leaves the key measure as a gap.
    let mut answers = BTreeMap::new();
    answers.insert(
        "sec.devices.updates".to_string(),
        Answer::One("partly".into()),
    );
    let ev = engine::evaluate(c, &answers);
    let m = ev
        .cyfun
        .measures
        .iter()
        .find(|m| m.id == "ID.AM-08.2")
        .unwrap();
    assert_eq!(m.state, MeasureState::Gap);
}

#[test]
fn not_applicable_on_key_evidence_always_comes_with_its_written_rule() {
    let c = catalog();
    let mut with_na = 0;
    for (_, _, q) in c.all_questions().filter(|(_, _, q)| q.key_measure) {
        let scale = c.scale_of(q).unwrap();
        let Some(na) = scale
            .options
            .iter()
            .find(|o| o.role == OptionRole::NotApplicable)
        else {
            continue;
        };
        with_na += 1;
        let hint = q
            .hint
            .as_ref()
            .unwrap_or_else(|| panic!("{} offers “not applicable” without a hint", q.id));
        for lang in LANGS {
            let label = na.label.get(lang).to_lowercase();
            assert!(
                hint.get(lang).to_lowercase().contains(&label),
                "{} ({lang:?}): the hint does not say when “{label}” applies",
                q.id
            );
        }
    }
    assert!(with_na >= 2, "separation and leavers offer not applicable");
}

/// Words of two or more capitals that need no explanation: everyday
/// abbreviations (the EU, VAT, a CV, the Belgian eID) and the names of the
/// GDPR in each language.
const ALLOWED: [&str; 26] = [
    "IT", "PC", "CEO", "USB", "PIN", "WLAN", "SMS", "PDF", "GDPR", "AVG", "RGPD", "DSGVO", "KMO",
    "PME", "KMU", "macOS", "iOS", "VOO", "EU", "UE", "US", "VAT", "TVA", "CV", "CVs", "eID",
];

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_acronym(word: &str) -> bool {
    let b: Vec<char> = word.chars().collect();
    b.windows(2)
        .any(|w| w[0].is_uppercase() && w[1].is_uppercase())
}

/// The text without e-mail addresses (which are not words).
fn without_addresses(text: &str) -> String {
    text.split_whitespace()
        .filter(|w| !w.contains('@') || w.starts_with('@'))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn question_texts_and_hints_explain_every_acronym_they_use() {
    let c = catalog();
    let mut declared: BTreeMap<Lang, BTreeSet<String>> = BTreeMap::new();
    for t in c.all_terms() {
        for lang in LANGS {
            for v in t.variants(lang) {
                for w in words(v) {
                    declared.entry(lang).or_default().insert(w.to_string());
                }
            }
        }
    }
    let mut checked = 0;
    let mut marked = 0;
    // Every pack: the profile, the GDPR and the security CheckUp.
    for (pack, _, q) in c.all_questions() {
        for lang in LANGS {
            // In a question text, the app marks each term where it stands: every
            // acronym must belong to a term the app finds in that very text.
            let text = q.text.get(lang);
            let pieces = terms::mark(text, c.all_terms(), lang);
            let found: BTreeSet<String> = pieces
                .iter()
                .filter_map(|p| match p {
                    Piece::Term { term, .. } => Some(term),
                    Piece::Text(_) => None,
                })
                .flat_map(|t| t.variants(lang).into_iter().flat_map(words))
                .map(str::to_string)
                .collect();
            marked += pieces
                .iter()
                .filter(|p| matches!(p, Piece::Term { .. }))
                .count();
            for w in words(&without_addresses(text)) {
                checked += 1;
                if is_acronym(w) && !ALLOWED.contains(&w) {
                    assert!(
                        found.contains(w),
                        "{} ({}) text ({lang:?}) uses “{w}” without a term the app can explain there",
                        q.id,
                        pack.id
                    );
                }
            }
            // A hint is plain text: its acronyms need a term in the glossary of terms.
            if let Some(hint) = &q.hint {
                for w in words(&without_addresses(hint.get(lang))) {
                    checked += 1;
                    if is_acronym(w) && !ALLOWED.contains(&w) {
                        assert!(
                            declared.get(&lang).is_some_and(|d| d.contains(w)),
                            "{} hint ({lang:?}) uses “{w}” without a term that explains it",
                            q.id
                        );
                    }
                }
            }
        }
    }
    assert!(checked > 5000, "{checked}");
    // The app explains technical words in place in every language (about 50 per language).
    assert!(marked > 150, "{marked} terms marked in question texts");
    // The jargon the usability review found now lives in help texts and terms.
    for q in security_questions() {
        for lang in LANGS {
            let t = q.text.get(lang);
            for jargon in ["SPF", "DKIM", "DMARC", "RDP", "WPA2", "VLAN", "EDR", "MFA"] {
                assert!(!t.contains(jargon), "{} ({lang:?}) says {jargon}", q.id);
            }
        }
    }
}

#[test]
fn reading_tips_in_another_language_say_so() {
    let c = catalog();
    let security_tips: BTreeSet<&str> = c
        .all_questions()
        .filter(|(p, _, _)| p.id == "security")
        .flat_map(|(_, _, q)| q.sources.iter().map(String::as_str))
        .chain(
            c.pack("security")
                .unwrap()
                .actions
                .iter()
                .flat_map(|a| a.tips.iter().map(String::as_str)),
        )
        .collect();
    assert!(security_tips.len() >= 8);
    for id in security_tips {
        if id == "src.nis2-scope" {
            // Checked with the NIS2 texts it belongs to.
            continue;
        }
        let s = c.source(id).unwrap();
        for (i, a) in LANGS.iter().enumerate() {
            for b in &LANGS[i + 1..] {
                if s.url.get(*a) == s.url.get(*b) {
                    assert!(
                        s.page_lang.contains_key(a) || s.page_lang.contains_key(b),
                        "{id}: {a:?} and {b:?} share {} without saying which language it is in",
                        s.url.get(*a)
                    );
                }
            }
        }
        for lang in LANGS {
            let title = s.title.get(lang).to_lowercase();
            for note in [
                "engelstalig",
                "franstalig",
                "page en anglais",
                "en anglais",
                "englische seite",
                "französische seite",
                "english page",
                "french page",
            ] {
                assert!(
                    !title.contains(note),
                    "{id} ({lang:?}) writes the page language in its title"
                );
            }
        }
    }
    // Localised pages that exist are used: Safeonweb@work's support page.
    let s = c.source("src.secb.atwork-services").unwrap();
    assert!(s.url.get(Lang::Fr).contains("/fr/"));
    assert!(s.url.get(Lang::De).contains("/de/"));
    assert!(s.url.get(Lang::Nl).contains("/nl/"));
}

#[test]
fn each_language_gets_its_own_reporting_address_and_terms() {
    let c = catalog();
    let mut texts: Vec<(Lang, String)> = Vec::new();
    for q in security_questions() {
        for t in [
            Some(&q.text),
            Some(&q.why),
            q.help.as_ref(),
            q.hint.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            for lang in LANGS {
                texts.push((lang, t.get(lang).to_string()));
            }
        }
    }
    for a in &c.pack("security").unwrap().actions {
        for t in [&a.title, &a.why].into_iter().chain(a.how.iter()) {
            for lang in LANGS {
                texts.push((lang, t.get(lang).to_string()));
            }
        }
    }
    let mut seen = BTreeSet::new();
    for (lang, t) in &texts {
        for (l, address) in [
            (Lang::Nl, "verdacht@safeonweb.be"),
            (Lang::Fr, "suspect@safeonweb.be"),
            (Lang::De, "suspekt@safeonweb.be"),
            (Lang::En, "suspicious@safeonweb.be"),
        ] {
            if t.contains(address) {
                assert_eq!(*lang, l, "{address} in a {lang:?} text: {t}");
                seen.insert(l);
            }
        }
        if *lang == Lang::Fr {
            assert!(!t.contains("l'hameçonnage"), "{t}");
        }
        if *lang == Lang::De {
            assert!(!t.contains("CCB"), "the German name is ZCB: {t}");
        }
        assert!(!t.contains("security by design"));
    }
    assert_eq!(seen.len(), 4, "each language names its own address");
    let title = &c.pack("security").unwrap().title;
    assert_eq!(title.get(Lang::Nl), "Cyberveiligheid");
    assert_eq!(title.get(Lang::Fr), "Cybersécurité");
    assert_eq!(title.get(Lang::De), "Cybersicherheit");
}

#[test]
fn questions_asked_once_count_in_the_gdpr_security_section() {
    let c = catalog();
    let merged: Vec<&Question> = security_questions()
        .into_iter()
        .filter(|q| !q.also.is_empty())
        .collect();
    let ids: BTreeSet<&str> = merged.iter().map(|q| q.id.as_str()).collect();
    for expected in [
        "sec.devices.disposal",
        "sec.accounts.need_to_know",
        "sec.mail.awareness",
        "sec.accounts.mfa_email",
        "sec.devices.updates",
        "sec.backup.regular",
        "sec.devices.encryption",
    ] {
        assert!(ids.contains(expected), "{expected} is not counted twice");
    }
    for q in &merged {
        assert_eq!(q.also, ["gdpr.security"], "{}", q.id);
        assert!(!q.gdpr.is_empty(), "{} cites no GDPR article", q.id);
        assert!(!q.cyfun.is_empty(), "{} cites no CyFun requirement", q.id);
    }
    // All of them in place, then one "no": the GDPR security section drops.
    let mut answers: BTreeMap<String, Answer> = BTreeMap::new();
    for q in &merged {
        answers.insert(q.id.clone(), Answer::One("yes".into()));
    }
    answers.insert("profile.cloud".into(), Answer::One("yes".into()));
    let before = engine::evaluate(c, &answers)
        .section("gdpr.security")
        .and_then(|s| s.score)
        .expect("the GDPR security section has a score from the security answers");
    for q in &merged {
        let mut a = answers.clone();
        a.insert(q.id.clone(), Answer::One("no".into()));
        let ev = engine::evaluate(c, &a);
        let after = ev.section("gdpr.security").and_then(|s| s.score).unwrap();
        assert!(
            after < before,
            "a “no” on {} leaves the GDPR security score at {after} (was {before})",
            q.id
        );
        // And it still counts in its own section.
        let own = c.question_pos(&q.id).unwrap();
        let own_section = &c.packs[own.pack].sections[own.section].id;
        assert!(ev.section(own_section).and_then(|s| s.score).unwrap() < 100.0);
    }
}

#[test]
fn a_micro_business_that_does_its_own_it_is_not_asked_about_a_provider() {
    let mut answers = BTreeMap::new();
    for (q, v) in [
        ("profile.staff", "1-9"),
        ("profile.it_support", "ourselves"),
        ("profile.cloud", "yes"),
        ("profile.website", "none"),
    ] {
        answers.insert(q.to_string(), Answer::One(v.to_string()));
    }
    let ev = engine::evaluate(catalog(), &answers);
    for hidden in [
        "sec.accounts.provider_consent",
        "sec.governance.suppliers",
        "sec.network.monitoring",
        "sec.web.updates",
    ] {
        assert!(!ev.is_visible(hidden), "{hidden} is asked");
    }
    for lang in LANGS {
        for id in &ev.visible {
            let q = catalog().question(id).unwrap();
            if !id.starts_with("sec.") {
                continue;
            }
            for t in [Some(&q.text), q.hint.as_ref()].into_iter().flatten() {
                let t = t.get(lang).to_lowercase();
                for provider in [
                    "uw it-leverancier",
                    "votre prestataire informatique",
                    "ihr it-dienstleister",
                    "your it provider",
                ] {
                    assert!(
                        !t.contains(provider),
                        "{id} ({lang:?}) assumes an IT provider"
                    );
                }
            }
        }
    }
    // Remote access is asked of everyone: an IT provider's remote support counts,
    // and "not applicable" is for nobody ever connecting from outside.
    assert!(ev.is_visible("sec.accounts.mfa_remote"));
    let q = catalog().question("sec.accounts.mfa_remote").unwrap();
    assert!(
        catalog()
            .scale_of(q)
            .unwrap()
            .options
            .iter()
            .any(|o| o.value == "not_applicable")
            && q.hint.is_some()
    );
}

#[test]
fn website_questions_follow_how_the_site_is_built() {
    let visible = |website: &str, platform: Option<&str>| {
        let mut a = BTreeMap::new();
        a.insert("profile.website".to_string(), Answer::One(website.into()));
        if let Some(p) = platform {
            a.insert("profile.web_platform".to_string(), Answer::One(p.into()));
        }
        engine::evaluate(catalog(), &a).visible
    };
    let shop_cms = visible("webshop", Some("cms"));
    assert!(shop_cms.iter().any(|q| q == "sec.web.updates"));
    assert!(shop_cms.iter().any(|q| q == "sec.web.payments"));
    let site_builder = visible("site", Some("site_builder"));
    assert!(site_builder.iter().any(|q| q == "sec.web.admin_mfa"));
    assert!(
        !site_builder
            .iter()
            .any(|q| q.starts_with("sec.web.") && q.contains("updates"))
    );
    let site_cms = visible("site", Some("cms"));
    assert!(site_cms.iter().any(|q| q == "sec.web.site_updates"));
    assert!(
        !visible("none", None)
            .iter()
            .any(|q| q.starts_with("sec.web."))
    );
    // Web shop patching is key evidence; the payment provider is a separate, plain check.
    let c = catalog();
    assert!(c.question("sec.web.updates").unwrap().key_measure);
    assert!(!c.question("sec.web.payments").unwrap().key_measure);
}

#[test]
fn platform_steps_are_given_where_the_platform_changes_the_steps() {
    let c = catalog();
    for (action, platforms) in [
        ("act.sec.mfa", &["m365", "google"][..]),
        ("act.mail.filtering", &["m365", "google"]),
        ("act.mail.domain-auth", &["m365", "google"]),
        ("act.sec.cloud-backup", &["m365", "google"]),
        ("act.inc.logging", &["m365", "google"]),
        ("act.sec.no-admin", &["m365", "google"]),
        (
            "act.web.admin-mfa",
            &["cms", "site_builder", "shop_platform"],
        ),
        ("act.web.backup", &["cms", "shop_platform"]),
    ] {
        let a = c.action(action).unwrap();
        for p in platforms {
            assert!(
                a.platform_how.iter().any(|h| format!("{:?}", h.platform)
                    .to_lowercase()
                    .replace('_', "")
                    == p.replace('_', "")
                    && !h.how.is_empty()),
                "{action} has no steps for {p}"
            );
        }
    }
    // Doing it yourself: the technical jobs that need a specialist say so.
    for a in [
        "act.net.segmentation",
        "act.mail.domain-auth",
        "act.net.close-remote",
    ] {
        assert!(c.action(a).unwrap().specialist, "{a}");
    }
    // Restore tests and offline copies come after the backups exist.
    for a in ["act.sec.restore-test", "act.sec.backup-offline"] {
        assert!(
            c.action(a)
                .unwrap()
                .after
                .iter()
                .any(|x| x == "act.sec.backup-321")
        );
    }
}

#[test]
fn thresholds_agree_between_question_and_action() {
    let c = catalog();
    let q = c.question("sec.backup.restore_test").unwrap();
    let a = c.action("act.sec.restore-test").unwrap();
    assert!(q.text.get(Lang::En).contains("12 months"));
    assert!(a.title.get(Lang::En).contains("once a year"));
    assert!(!a.how.iter().any(|h| h.get(Lang::En).contains("quarter")));
    let q = c.question("sec.devices.updates").unwrap();
    let a = c.action("act.sec.auto-updates").unwrap();
    assert!(q.text.get(Lang::En).contains("two weeks"));
    assert!(a.how.iter().any(|h| h.get(Lang::En).contains("two weeks")));
    assert!(!a.how.iter().any(|h| h.get(Lang::En).contains("few days")));
}

/// The security questions of version 2026.1 (the previous pack).
const OLD_IDS: [&str; 44] = [
    "sec.devices.inventory",
    "sec.devices.updates",
    "sec.devices.unsupported",
    "sec.devices.antimalware",
    "sec.devices.disposal",
    "sec.devices.physical",
    "sec.accounts.personal",
    "sec.accounts.passwords",
    "sec.accounts.leavers",
    "sec.accounts.access_review",
    "sec.accounts.need_to_know",
    "sec.accounts.no_admin",
    "sec.accounts.mfa_email",
    "sec.accounts.mfa_remote",
    "sec.accounts.mfa_admin",
    "sec.accounts.provider_access",
    "sec.accounts.webshop_admin",
    "sec.backup.regular",
    "sec.backup.offline",
    "sec.backup.cloud",
    "sec.backup.restore_test",
    "sec.mail.filter",
    "sec.mail.domain",
    "sec.mail.awareness",
    "sec.mail.report",
    "sec.network.firewall",
    "sec.network.remote_access",
    "sec.network.guest_wifi",
    "sec.network.segments",
    "sec.network.wifi",
    "sec.network.monitoring",
    "sec.incidents.logs",
    "sec.incidents.review",
    "sec.incidents.plan",
    "sec.incidents.communication",
    "sec.incidents.recovery",
    "sec.incidents.lessons",
    "sec.governance.requirements",
    "sec.governance.risk",
    "sec.governance.rules",
    "sec.governance.critical_data",
    "sec.governance.alerts",
    "sec.governance.suppliers",
    "sec.governance.webshop",
];

#[test]
fn every_old_security_question_still_exists_or_is_mapped() {
    let c = catalog();
    let pack = c.pack("security").unwrap();
    assert_eq!(pack.version, "2026.2");
    for id in OLD_IDS {
        let kept = c.question(id).is_some();
        let renamed = pack.renamed.iter().any(|r| r.from == id);
        let split = pack.split.iter().any(|s| s.from == id);
        assert!(kept || renamed || split, "{id} vanished without a mapping");
        assert!(!(kept && renamed), "{id} is both kept and renamed");
    }
    // Old "mostly" and "now and then" answers get a place on the new scale.
    for q in [
        "sec.devices.updates",
        "sec.accounts.mfa_email",
        "sec.accounts.no_admin",
    ] {
        for from in ["everywhere", "mostly", "ad_hoc"] {
            assert!(
                pack.remap.iter().any(|r| r.question == q && r.from == from),
                "{q}: {from}"
            );
        }
    }
}
