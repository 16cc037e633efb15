//! The quick CheckUp as a bakery owner does it on her phone, in Dutch: from
//! the start page to the plan in at most 35 questions, pages short enough for
//! a phone, the count and the time left as the formula gives them; then "go
//! on with the full CheckUp" keeps every answer. Plain words: hints are there
//! without opening anything, and a term opens its explanation from the keyboard.

use std::collections::BTreeMap;

use checkup::domain::assessment::{Answer, Assessment, Depth};
use checkup::domain::pack::PackKind;
use checkup::domain::terms::{self, Piece};
use checkup::domain::{Lang, Msg, engine, packs, walk};
use fantoccini::key::Key;
use serde_json::json;

use crate::journey::persona;
use crate::support::app::App;
use crate::support::browser::BrowserOptions;
use crate::support::dist;
use crate::support::server::{ServeConfig, Server};

/// The app on the phone of the usability review (390 by 844 px), at `hash`.
async fn on_phone(url: &str, hash: &str) -> App {
    let app = App::open_with(
        url,
        "#/nl/start",
        BrowserOptions {
            width: 390,
            height: 844,
            ..BrowserOptions::default()
        },
    )
    .await;
    // A window cannot be that narrow everywhere: emulate the phone's screen.
    app.browser
        .cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": true}),
        )
        .await;
    app.client()
        .goto(&format!("{url}{hash}"))
        .await
        .expect("navigate");
    app.reload().await;
    let width = app.js("return window.innerWidth").await;
    assert_eq!(width, json!(390));
    app
}

/// The saved assessment (none before the first answer).
async fn saved(app: &App) -> Option<Assessment> {
    let text = app.local_storage("checkup.assessment").await?;
    Some(serde_json::from_str(&text).unwrap())
}

async fn stored(app: &App) -> Assessment {
    saved(app).await.expect("saved answers")
}

/// The whole numbers in a text, in order.
fn numbers(text: &str) -> Vec<usize> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .map(|w| w.parse().unwrap())
        .collect()
}

/// Answers the questions shown now as the persona would.
async fn answer_shown(app: &App, who: &Assessment, done: &mut Vec<String>) {
    // Answering the profile can show more questions on the same page: look again each time.
    loop {
        let next = app
            .visible_questions()
            .await
            .into_iter()
            .find(|q| !done.contains(q));
        let Some(q) = next else { break };
        done.push(q.clone());
        match who.answers.get(&q) {
            Some(Answer::One(v)) if app.has(&format!("text-{q}")).await => {
                app.fill(&format!("text-{q}"), v).await
            }
            Some(Answer::One(v)) => app.choose(&q, v).await,
            Some(Answer::Many(vs)) => {
                for v in vs {
                    if !app.is_checked(&q, v).await {
                        app.choose(&q, v).await;
                    }
                }
            }
            None => panic!("the persona has no answer for {q}"),
        }
    }
}

#[tokio::test]
async fn a_quick_checkup_in_dutch_on_a_phone_reaches_the_plan_and_the_full_one_keeps_every_answer()
{
    let catalog = packs::builtin();
    let who = persona("bakery");
    let server = Server::start(ServeConfig::new(dist()));
    let app = on_phone(&server.url(), "#/nl/start").await;

    // Both depths, each with its time, on the start page.
    assert_eq!(
        app.text("start-quick-time").await,
        Msg::StartQuickTime.get(Lang::Nl)
    );
    assert_eq!(
        app.text("start-full-time").await,
        Msg::StartFullTime.get(Lang::Nl)
    );
    app.shot("quick-nl-390-start").await;
    app.click("start-quick").await;
    // A reload before the first answer keeps the quick CheckUp (the name of
    // the organisation is asked in the full one only).
    app.wait("section-title").await;
    app.reload().await;
    app.wait("section-title").await;
    assert!(
        !app.has("text-profile.org_name").await,
        "a reload turned the quick CheckUp into the full one"
    );

    let mut done: Vec<String> = vec![];
    let mut pages = 0;
    let mut known_seen = false;
    let mut sections_seen: Option<usize> = None;
    loop {
        app.wait("section-title").await;
        pages += 1;
        assert!(pages < 60, "the walk never ends");
        let section = app.section().await.unwrap();
        let a = saved(&app).await.unwrap_or_default();
        if a.has_work() {
            assert_eq!(a.depth, Depth::Quick, "the file records the depth");
            assert_eq!(a.lang, Lang::Nl, "and the language it is made in");
        }
        let ev = engine::evaluate_assessment(&catalog, &a);
        let progress = app.text("progress-text").await;
        if ev.profile_progress().done() {
            // The count and the time left, as engine::time_needed gives them.
            let left = engine::time_needed(&catalog, &ev, &a.answers, Lang::Nl).remaining;
            assert_eq!(
                numbers(&progress),
                vec![ev.progress.answered, ev.progress.total, left as usize],
                "{section}: “{progress}”"
            );
            // "Section n of m": m is the number of sections of this profile, and stays.
            let of = numbers(&app.text("section-of").await);
            assert_eq!(of[1], ev.walk(&catalog).len(), "{section}: {of:?}");
            match sections_seen {
                None => sections_seen = Some(of[1]),
                Some(m) => assert_eq!(of[1], m, "{section}: the number of sections moved"),
            }
            if !known_seen {
                // Right after the profile: a note says how many questions there are.
                let note = app.text("count-note").await;
                assert!(
                    note.contains(&format!(" {} ", ev.progress.total)),
                    "{section}: the count is announced: “{note}”"
                );
                known_seen = true;
            }
        } else {
            assert!(
                !app.has("section-of").await,
                "{section}: no count of sections yet"
            );
            assert!(
                catalog
                    .section(&section)
                    .is_some_and(|(p, _)| catalog.packs[p].kind == PackKind::Profile),
                "{section}: the count is known after the profile"
            );
        }
        // A page of the walk fits in a few phone screens, and never sideways.
        let (height, width) = {
            let v = app
                .js("return [document.documentElement.scrollHeight, document.documentElement.scrollWidth]")
                .await;
            (v[0].as_i64().unwrap(), v[1].as_i64().unwrap())
        };
        assert!(width <= 390, "{section} scrolls sideways: {width} px");
        answer_shown(&app, &who, &mut done).await;
        let after = app
            .js("return document.documentElement.scrollHeight")
            .await
            .as_i64()
            .unwrap();
        assert!(
            height.max(after) <= 5 * 844,
            "{section}: {} px, more than 5 phone screens",
            height.max(after)
        );
        app.shot(&format!("quick-nl-390-{pages:02}-{section}"))
            .await;
        // On to the next part or section: wait until its questions are there.
        let here = app.visible_questions().await;
        app.click("next").await;
        let mut waited = 0;
        loop {
            if app.hash().await.contains("/review") || app.visible_questions().await != here {
                break;
            }
            waited += 1;
            assert!(waited < 200, "{section}: next shows nothing new");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        if app.hash().await.contains("/review") {
            break;
        }
    }
    assert!(known_seen, "the count was announced after the profile");
    let asked = done.len();
    assert!(asked <= 35, "{asked} questions in the quick CheckUp");

    // Done: the review page says so, and offers the sections to check.
    app.wait("review-complete").await;
    assert_eq!(
        app.text("review-title").await,
        Msg::ReviewDoneTitle.get(Lang::Nl)
    );
    assert!(app.has("review-steps").await);
    app.shot("quick-nl-390-review").await;
    app.click("to-results").await;
    app.wait("overall-score").await;

    // The results say what the full CheckUp adds.
    let quick = stored(&app).await;
    let adds = walk::full_adds(&catalog, &quick, Lang::Nl).unwrap();
    let invite = app.text("quick-more-text").await;
    assert_eq!(
        numbers(&invite),
        vec![adds.questions, adds.minutes as usize],
        "“{invite}”"
    );
    let topics = app.text("quick-more-topics").await;
    for s in &adds.sections {
        let title = catalog.section(s).unwrap().1.title.get(Lang::Nl);
        assert!(topics.contains(title), "{title} is named");
    }
    app.shot("quick-nl-390-results").await;

    // A first plan.
    app.click("to-plan").await;
    app.wait("plan-count").await;
    app.shot("quick-nl-390-plan").await;
    app.client().back().await.unwrap();

    // Go on with the full CheckUp: every answer kept, at the first new question.
    app.click("continue-full").await;
    app.wait("section-title").await;
    let full = stored(&app).await;
    assert_eq!(full.depth, Depth::Full);
    assert_eq!(full.answers, quick.answers, "every answer is kept");
    let ev = engine::evaluate_assessment(&catalog, &full);
    let before = engine::evaluate_assessment(&catalog, &quick);
    let (page, focus) = ev.continue_at(&catalog, &before, &full);
    let first = focus.unwrap();
    // The optional name of the organisation is new in the full CheckUp: it is not skipped.
    assert_eq!(first, "profile.org_name");
    let want = checkup::domain::nav::Route::new(Lang::Nl, page).to_hash();
    assert!(
        app.hash().await.starts_with(&want),
        "{} is not {want}",
        app.hash().await
    );
    app.wait(&format!("q-{first}")).await;
    let focused = app
        .js("return document.activeElement.closest('[data-testid^=\"q-\"]')?.dataset.testid || ''")
        .await;
    assert_eq!(
        focused,
        json!(format!("q-{first}")),
        "the first new question has focus"
    );
    let answered = engine::evaluate_assessment(&catalog, &quick)
        .progress
        .answered;
    assert_eq!(ev.progress.answered, answered);
    // The full CheckUp asks a few more questions about the organisation
    // first: until they are answered, its count is not final, and not shown.
    let count = ev.count(&catalog, &full, Lang::Nl);
    let progress = app.text("progress-text").await;
    let want = if count.known {
        vec![count.answered, count.total, count.minutes_left as usize]
    } else {
        vec![count.profile.answered, count.profile.total]
    };
    assert_eq!(numbers(&progress), want, "“{progress}”");
    assert!(app.console_errors().await.is_empty());
    app.close().await;
}

#[tokio::test]
async fn a_profile_answer_that_changes_the_count_says_so() {
    let catalog = packs::builtin();
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/nl/start").await;
    let mut a = persona("bakery");
    a.depth = Depth::Quick;
    app.js(&format!(
        "localStorage.setItem('checkup.assessment', {}); return 1",
        json!(serde_json::to_string(&a).unwrap())
    ))
    .await;
    app.goto("#/nl/section/profile.data").await;
    app.reload().await;
    app.wait("section-title").await;
    // Reopened in the middle of the questions: the answers were kept.
    assert_eq!(app.text("count-note").await, Msg::WelcomeBack.get(Lang::Nl));
    let (was, other) = match a.answers["profile.cameras"].one() {
        Some("yes") => ("yes", "no"),
        _ => ("no", "yes"),
    };
    let before = engine::evaluate_assessment(&catalog, &a);
    app.choose("profile.cameras", other).await;
    a.answer("profile.cameras", Some(Answer::One(other.into())), "");
    let after = engine::evaluate_assessment(&catalog, &a);
    let delta = after.progress.total as i64 - before.progress.total as i64;
    assert_ne!(delta, 0);
    let question = catalog
        .question("profile.cameras")
        .unwrap()
        .text
        .get(Lang::Nl);
    let msg = if delta > 0 {
        Msg::CountAdded
    } else {
        Msg::CountRemoved
    };
    let want = msg.fill(
        Lang::Nl,
        &[
            ("question", question),
            ("count", &delta.unsigned_abs().to_string()),
        ],
    );
    assert_eq!(app.wait_text("count-note", |t| !t.is_empty()).await, want);
    let role = app
        .js("return document.querySelector('[data-testid=\"count-note\"]').getAttribute('role')")
        .await;
    assert_eq!(role, json!("status"), "read out politely");
    assert_eq!(
        numbers(&app.text("progress-text").await)[1],
        after.progress.total
    );
    // Back again: the questions return, and the note says so.
    app.choose("profile.cameras", was).await;
    app.wait_text("count-note", |t| t != want && !t.is_empty())
        .await;
    app.close().await;
}

/// Presses a key on the element that has focus.
async fn press(app: &App, key: Key) {
    app.client()
        .active_element()
        .await
        .unwrap()
        .send_keys(&char::from(key).to_string())
        .await
        .unwrap();
}

/// The first question of the quick CheckUp (any profile) whose Dutch text
/// uses a term, with the term's id.
fn question_with_a_term() -> (String, String, String) {
    let catalog = packs::builtin();
    let ev = engine::evaluate_assessment(
        &catalog,
        &Assessment {
            depth: Depth::Quick,
            ..Assessment::default()
        },
    );
    for (p, s, q) in catalog.all_questions() {
        if p.kind != PackKind::Checkup || !ev.is_visible(&q.id) {
            continue;
        }
        let found = terms::mark(q.text.get(Lang::Nl), catalog.all_terms(), Lang::Nl)
            .into_iter()
            .find_map(|piece| match piece {
                Piece::Term { term, .. } => Some(term.id.clone()),
                Piece::Text(_) => None,
            });
        if let Some(term) = found {
            return (s.id.clone(), q.id.clone(), term);
        }
    }
    panic!("no question uses a term");
}

#[tokio::test]
async fn a_term_opens_its_explanation_from_the_keyboard_and_hints_need_no_opening() {
    let catalog = packs::builtin();
    let (section, question, term) = question_with_a_term();
    let server = Server::start(ServeConfig::new(dist()));
    let app = on_phone(&server.url(), &format!("#/nl/section/{section}")).await;
    app.wait("section-title").await;

    // Every hint shown is readable at once: not folded away, not empty.
    let hints = app
        .js("return Array.from(document.querySelectorAll('[data-testid^=\"hint-\"]')).map(e => \
             [e.dataset.testid.slice(5), e.textContent, e.getClientRects().length > 0 && !e.closest('details:not([open])')])")
        .await;
    let shown = app.visible_questions().await;
    let with_hint: Vec<&String> = shown
        .iter()
        .filter(|q| catalog.question(q).unwrap().hint.is_some())
        .collect();
    assert!(!with_hint.is_empty(), "{section} has hints");
    assert_eq!(hints.as_array().unwrap().len(), with_hint.len());
    for h in hints.as_array().unwrap() {
        let q = catalog.question(h[0].as_str().unwrap()).unwrap();
        assert_eq!(h[1], json!(q.hint.as_ref().unwrap().get(Lang::Nl)));
        assert_eq!(h[2], json!(true), "the hint of {} is visible", q.id);
    }

    // The term is a button in the question text; Enter opens its explanation in place.
    let button = format!("term-{question}-{term}");
    let explain = format!("explain-{question}-{term}");
    app.wait(&button).await;
    let state = |id: String| {
        format!(
            "const b = document.querySelector('[data-testid=\"{button}\"]'); \
             const r = document.getElementById(b.getAttribute('aria-controls')); \
             return [b.tagName, b.getAttribute('aria-expanded'), r.hidden, r.getAttribute('role'), r.dataset.testid === '{id}', \
                     document.activeElement === b]"
        )
    };
    let before = app.js(&state(explain.clone())).await;
    assert_eq!(
        before,
        json!(["BUTTON", "false", true, "region", true, false])
    );
    // Reach it with Tab from the element before it.
    app.js(&format!(
        "const all = Array.from(document.querySelectorAll('a[href], button, input, summary')); \
         const i = all.indexOf(document.querySelector('[data-testid=\"{button}\"]')); all[i - 1].focus(); return 1"
    ))
    .await;
    press(&app, Key::Tab).await;
    press(&app, Key::Enter).await;
    let open = app.js(&state(explain.clone())).await;
    assert_eq!(open, json!(["BUTTON", "true", false, "region", true, true]));
    let text = app.text(&explain).await;
    let t = catalog.all_terms().find(|t| t.id == term).unwrap();
    assert!(text.contains(t.explain.get(Lang::Nl)), "{text}");
    assert!(app.axe().await.is_empty(), "{:?}", app.axe().await);
    app.shot("quick-nl-390-term").await;
    // Escape closes it again, focus stays on the term.
    press(&app, Key::Escape).await;
    let closed = app.js(&state(explain)).await;
    assert_eq!(
        closed,
        json!(["BUTTON", "false", true, "region", true, true])
    );
    app.close().await;
}

#[tokio::test]
async fn long_sections_come_in_parts_on_a_phone_that_reload_and_back_keep() {
    let catalog = packs::builtin();
    // The longest section of the full CheckUp for an unanswered profile.
    let ev = engine::evaluate(&catalog, &BTreeMap::new());
    let (section, count) = ev
        .walk(&catalog)
        .into_iter()
        .map(|(p, s)| {
            let sec = &catalog.packs[p].sections[s];
            (
                sec.id.clone(),
                sec.questions
                    .iter()
                    .filter(|q| ev.is_visible(&q.id))
                    .count(),
            )
        })
        .max_by_key(|(_, n)| *n)
        .unwrap();
    assert!(count > 4, "{section}: {count}");
    let server = Server::start(ServeConfig::new(dist()));
    let app = on_phone(&server.url(), &format!("#/nl/section/{section}")).await;
    app.wait("section-title").await;
    let mut seen: Vec<String> = vec![];
    let parts = count.div_ceil(4);
    for n in 1..=parts {
        let part = app.text("part-of").await;
        assert_eq!(numbers(&part), vec![n, parts], "{part}");
        let shown = app.visible_questions().await;
        assert!(!shown.is_empty() && shown.len() <= 4, "{shown:?}");
        seen.extend(shown);
        let hash = app.hash().await;
        if n == 1 {
            assert!(hash.ends_with(&format!("/section/{section}")), "{hash}");
        } else {
            assert!(
                hash.ends_with(&format!("/section/{section}?part={n}")),
                "{hash}"
            );
        }
        if n < parts {
            app.click("next").await;
            app.wait_text("part-of", |t| numbers(t)[0] == n + 1).await;
        }
    }
    assert_eq!(seen.len(), count, "every question once: {seen:?}");
    // Reloading keeps the part, with the same questions in it.
    let last_part = app.visible_questions().await;
    app.reload().await;
    app.wait_text("part-of", |t| numbers(t)[0] == parts).await;
    assert_eq!(app.visible_questions().await, last_part);
    // The browser's Back goes to the previous part of the same section.
    app.client().back().await.unwrap();
    app.wait_text("part-of", |t| numbers(t)[0] == parts - 1)
        .await;
    // So does the page's own back button.
    if parts > 2 {
        app.click("back").await;
        app.wait_text("part-of", |t| numbers(t)[0] == parts - 2)
            .await;
    }
    // A link to a question opens the part that holds it.
    let last = seen.last().unwrap().clone();
    app.goto(&format!("#/nl/section/{section}?q={last}")).await;
    app.wait(&format!("q-{last}")).await;
    assert_eq!(numbers(&app.text("part-of").await), vec![parts, parts]);
    app.close().await;
}

#[tokio::test]
async fn a_busy_organisation_finishes_a_quick_checkup_of_35_questions_and_is_told_what_the_full_one_checks()
 {
    let catalog = packs::builtin();
    // A 50-249 staff web shop with cameras, patients, children and staff
    // data, unsure whether it works for clients or is a public body.
    let mut a = Assessment {
        depth: Depth::Quick,
        ..Assessment::default()
    };
    for (id, values) in [
        ("profile.sector", &["software", "space"][..]),
        (
            "profile.data_subjects",
            &["children", "customers", "employees", "patients"],
        ),
        ("profile.special_data", &["health"]),
        ("profile.marketing_channels", &["email", "phone", "post"]),
        ("profile.nis2_special", &["none"]),
    ] {
        a.answers.insert(
            id.into(),
            Answer::Many(values.iter().map(|v| v.to_string()).collect()),
        );
    }
    for (id, value) in [
        ("profile.staff", "50-249"),
        ("profile.turnover", "10m-50m"),
        ("profile.balance", "10m-43m"),
        ("profile.public_body", "dont_know"),
        ("profile.group", "no"),
        ("profile.website", "webshop"),
        ("profile.cameras", "yes"),
        ("profile.processor", "dont_know"),
    ] {
        a.answers.insert(id.into(), Answer::One(value.into()));
    }
    // Every other quick question answered with its best answer.
    let ev = engine::evaluate_assessment(&catalog, &a);
    assert_eq!(ev.progress.total, engine::QUICK_LIMIT);
    for id in &ev.visible {
        if a.answers.contains_key(id) {
            continue;
        }
        let q = catalog.question(id).unwrap();
        let best = catalog
            .scale_of(q)
            .and_then(|s| s.options.iter().max_by_key(|o| o.score.unwrap_or(0)))
            .unwrap();
        a.answers
            .insert(id.clone(), Answer::One(best.value.clone()));
    }
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/start").await;
    app.js(&format!(
        "localStorage.setItem('checkup.assessment', {}); return 1",
        json!(serde_json::to_string(&a).unwrap())
    ))
    .await;
    app.goto("#/en/results").await;
    app.reload().await;
    app.wait("verdict-gdpr").await;
    let gdpr = app.text("verdict-gdpr").await;
    assert!(gdpr.contains(&Msg::GdprInFull.get(Lang::En)), "{gdpr}");
    // The number of duties left over is in view, not folded away.
    assert!(
        app.text("verdict-gdpr-note")
            .await
            .contains("only checked in the full CheckUp")
    );
    // The invitation to go on counts the duties left over.
    let more = app.text("quick-more-text").await;
    let adds = walk::full_adds(&catalog, &a, Lang::En).unwrap();
    assert_eq!(numbers(&more)[0], adds.questions, "{more}");
    app.close().await;
}

#[tokio::test]
async fn a_skipped_question_about_the_organisation_is_offered_again_until_answered() {
    let catalog = packs::builtin();
    let mut a = persona("bakery");
    a.depth = Depth::Quick;
    a.answers.remove("profile.website");
    let ev = engine::evaluate_assessment(&catalog, &a);
    assert!(!ev.profile_progress().done());
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/nl/start").await;
    app.js(&format!(
        "localStorage.setItem('checkup.assessment', {}); return 1",
        json!(serde_json::to_string(&a).unwrap())
    ))
    .await;
    app.goto("#/nl/section/sec.backup").await;
    app.reload().await;
    app.wait("section-title").await;
    // No count of sections yet, and the way back to the open question.
    assert!(!app.has("section-of").await);
    assert_eq!(
        app.text("profile-open").await,
        Msg::CountProfileOpen.fill(Lang::Nl, &[("count", "1")])
    );
    app.click("profile-open").await;
    app.wait("q-profile.website").await;
    assert!(
        app.hash().await.contains("q=profile.website"),
        "{}",
        app.hash().await
    );
    app.choose("profile.website", "webshop").await;
    app.goto("#/nl/section/sec.backup").await;
    app.wait("section-of").await;
    assert!(!app.has("profile-open").await);
    app.close().await;
}
