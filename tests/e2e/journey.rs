//! The whole journey as a KMO owner makes it: answer everything, read the
//! results and the plan (which must match the engine's), edit the plan,
//! reload, and find everything as it was left.

use checkup::domain::assessment::{Answer, Assessment};
use checkup::domain::report::{self, Report, ReportInput};
use checkup::domain::{Lang, engine, packs, transfer};

use crate::support::app::App;
use crate::support::dist;
use crate::support::server::{ServeConfig, Server};

pub fn persona(name: &str) -> Assessment {
    let text = std::fs::read_to_string(format!(
        "{}/tests/personas/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    transfer::import(&text, &packs::builtin())
        .unwrap()
        .assessment
}

/// The engine's report for these answers.
pub fn engine_report(a: &Assessment, lang: Lang) -> Report {
    let catalog = packs::builtin();
    let ev = engine::evaluate(&catalog, &a.answers);
    report::build(&ReportInput {
        catalog: &catalog,
        assessment: a,
        evaluation: &ev,
        lang,
        today: "2026-11-29",
        branding: None,
    })
}

/// Answers every question the app asks, the way the persona would, from the
/// start page to the review page.
pub async fn answer_everything(app: &App, who: &Assessment) {
    app.click("start").await;
    let mut sections = 0;
    loop {
        app.wait("section-title").await;
        sections += 1;
        assert!(sections < 40, "the walk never ends");
        let mut done: Vec<String> = vec![];
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
        app.click("next").await;
        if app.hash().await.contains("/review") {
            break;
        }
    }
}

async fn journey(name: &str, lang: Lang) {
    let who = persona(name);
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), &format!("#/{}/start", lang.code())).await;
    answer_everything(&app, &who).await;

    // Nothing left unanswered.
    app.wait("review-complete").await;
    app.click("to-results").await;
    app.wait("overall-score").await;
    app.shot(&format!("{name}-{lang}-results")).await;

    let expect = engine_report(&who, lang);
    let overall = expect.overall.map(|s| s.to_string()).unwrap();
    assert_eq!(
        app.wait_text("overall-score", |t| !t.is_empty()).await,
        overall,
        "overall score"
    );
    for (id, v) in [
        ("verdict-cyfun", &expect.cyfun.verdict),
        ("verdict-gdpr", &expect.gdpr),
        ("verdict-nis2", &expect.nis2.verdict),
        ("verdict-target", &expect.target),
    ] {
        // Behind the disclosure when the card has a count: read it as text.
        let headline = app
            .js(&format!(
                "return document.querySelector('[data-testid=\"{id}-headline\"]').textContent"
            ))
            .await;
        assert_eq!(headline.as_str(), Some(v.headline.as_str()), "{id}");
    }
    // The key measures not in place, by short name.
    let items = app
        .js("return Array.from(document.querySelectorAll('[data-testid=\"verdict-cyfun-item\"] > a')).map(e => e.textContent)")
        .await;
    let names: Vec<String> = expect
        .cyfun
        .verdict
        .items
        .iter()
        .map(|i| i.text.clone())
        .collect();
    assert_eq!(items, serde_json::json!(names), "key measures not in place");
    // The table behind the chart is for screen readers (visually hidden).
    let table = app
        .js("return document.querySelector('[data-testid=\"score-table\"]').textContent")
        .await
        .as_str()
        .unwrap()
        .to_string();
    for s in expect.packs.iter().flat_map(|p| p.sections.iter()) {
        assert!(
            table.contains(&s.title),
            "the score table lists {}",
            s.title
        );
    }
    for win in &expect.quick_wins {
        assert!(
            app.has(&format!("win-{win}")).await,
            "quick win {win} is shown"
        );
    }

    // The plan: the same actions in the same order.
    app.click("to-plan").await;
    app.wait("plan-count").await;
    let titles = app
        .js("return Array.from(document.querySelectorAll('[data-testid^=\"title-\"]')).map(e => e.textContent)")
        .await;
    let titles: Vec<String> = titles
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect();
    let want: Vec<String> = expect.plan.iter().map(|p| p.title.clone()).collect();
    assert_eq!(titles, want, "the plan matches the engine's, in order");
    app.shot(&format!("{name}-{lang}-plan")).await;

    // Who does what: picking a role shows only its actions.
    let owner = expect
        .who
        .iter()
        .find(|w| w.who == checkup::domain::pack::Who::Owner)
        .expect("owner actions");
    app.click("by-who").await;
    app.click("by-who-owner").await;
    let n = owner.actions.to_string();
    app.wait_text("plan-count", |t| t.starts_with(&format!("{n} ")))
        .await;
    app.click("filters").await;
    app.select("filter-who", "").await;

    // Edit the first action, then reload: everything is as left.
    let first = expect.plan[0].id.clone();
    app.click(&format!("plan-it-{first}")).await;
    app.fill(&format!("owner-{first}"), "Marie Peeters").await;
    app.set_date(&format!("due-{first}"), "2026-12-15").await;
    app.select(&format!("status-{first}"), "doing").await;
    app.fill(
        &format!("note-{first}"),
        "Offerte vragen – ça marche, Straße",
    )
    .await;
    // Filter by status: only the edited action is "doing"; by owner: only Marie's.
    app.select("filter-status", "doing").await;
    app.wait_text("plan-count", |t| t.starts_with("1 ")).await;
    app.select("filter-status", "").await;
    app.select("filter-owner", "Marie Peeters").await;
    app.wait_text("plan-count", |t| t.starts_with("1 ")).await;
    app.select("filter-owner", "").await;

    app.reload().await;
    app.wait(&format!("owner-{first}")).await;
    assert_eq!(app.value(&format!("owner-{first}")).await, "Marie Peeters");
    assert_eq!(app.value(&format!("due-{first}")).await, "2026-12-15");
    assert_eq!(app.value(&format!("status-{first}")).await, "doing");
    assert_eq!(
        app.value(&format!("note-{first}")).await,
        "Offerte vragen – ça marche, Straße"
    );
    assert_eq!(app.html_lang().await, lang.code());

    // Changing an answer keeps the edits; the results follow the new answer.
    let saved = app.local_storage("checkup.assessment").await.unwrap();
    let stored: Assessment = serde_json::from_str(&saved).unwrap();
    assert_eq!(stored.plan[&first].owner, "Marie Peeters");
    for (q, a) in &who.answers {
        if let Some(got) = stored.answers.get(q) {
            assert_eq!(got, a, "stored answer of {q}");
        }
    }
    assert!(app.console_errors().await.is_empty());
    app.close().await;
}

#[tokio::test]
async fn the_bakery_in_dutch_answers_everything_and_finds_it_all_after_a_reload() {
    journey("bakery", Lang::Nl).await;
}

#[tokio::test]
async fn the_transport_company_in_german_answers_everything_and_finds_it_all_after_a_reload() {
    journey("transport", Lang::De).await;
}

#[tokio::test]
async fn a_reload_mid_section_lands_on_the_same_section_with_every_answer() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/fr/start").await;
    app.click("start").await;
    app.wait("section-title").await;
    let section = app.section().await.unwrap();
    app.fill("text-profile.org_name", "Boulangerie Étoile")
        .await;
    app.choose("profile.sector", "retail").await;
    app.choose("profile.staff", "1-9").await;
    // Reopen the app without an address: it resumes where the person was.
    app.client().goto(&server.url()).await.unwrap();
    app.ready().await;
    app.wait("section-title").await;
    assert_eq!(app.section().await.as_deref(), Some(section.as_str()));
    assert_eq!(
        app.value("text-profile.org_name").await,
        "Boulangerie Étoile"
    );
    assert!(
        app.is_checked("profile.sector", "retail").await
            && app.is_checked("profile.staff", "1-9").await
    );
    assert_eq!(app.html_lang().await, "fr");

    // Switching the language keeps every answer and the page.
    app.click("lang-nl").await;
    app.wait_text("section-title", |t| {
        !t.is_empty() && t != "Votre organisation"
    })
    .await;
    assert!(app.is_checked("profile.staff", "1-9").await);
    assert_eq!(
        app.value("text-profile.org_name").await,
        "Boulangerie Étoile"
    );
    assert_eq!(app.section().await.as_deref(), Some(section.as_str()));
    // The back button returns to the previous page.
    app.click("next").await;
    app.wait_until(
        "the next section",
        "return location.hash.indexOf('profile.organisation') < 0",
    )
    .await;
    app.client().back().await.unwrap();
    app.wait_until(
        "the first section again",
        "return location.hash.indexOf('profile.organisation') >= 0",
    )
    .await;
    app.wait("section-title").await;
    app.close().await;
}

/// An owner who says the organisation keeps data about nobody is not asked
/// about its own files (the GDPR applies to personal data, Art. 2(1)), unless
/// other answers show personal data (here a web shop): the GDPR card says
/// which, and how to undo it; a real answer brings the questions back with
/// the answers given before.
#[tokio::test]
async fn keeping_data_about_nobody_leaves_out_the_own_files_until_the_answer_changes() {
    use checkup::domain::Msg;

    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/nl/start").await;
    let mut a = persona("bakery");
    a.lang = Lang::Nl;
    a.answers.insert(
        "profile.data_subjects".into(),
        Answer::Many(vec!["none".into()]),
    );
    crate::access::seed_assessment(&app, &a).await;
    let card_says = |text: String| {
        format!(
            "return document.querySelector('[data-testid=\"verdict-gdpr-note\"]')?.textContent.includes({}) === true",
            serde_json::to_string(&text).unwrap()
        )
    };
    // The bakery sells through a web shop: that is personal data.
    app.goto("#/nl/results").await;
    app.wait_until(
        "the GDPR card says the web shop keeps the questions",
        &card_says(Msg::GdprNobodyContradicted.fill(Lang::Nl, &[("reason", "webshop")])),
    )
    .await;
    app.goto("#/nl/section/profile.it").await;
    app.choose("profile.website", "site").await;
    app.wait_until(
        "the sections on the own files leave the list",
        "return !!document.querySelector('[data-testid=\"step-profile.it\"]') \
         && !document.querySelector('[data-testid=\"step-gdpr.data\"]') \
         && !document.querySelector('[data-testid=\"step-gdpr.notice\"]')",
    )
    .await;
    app.goto("#/nl/results").await;
    app.wait_until(
        "the GDPR card says the questions on the own files were left out",
        &card_says(Msg::GdprNoPersonalData.get(Lang::Nl)),
    )
    .await;
    app.wait_until(
        "and how to bring them back",
        &card_says(Msg::GdprNoPersonalDataCheck.get(Lang::Nl)),
    )
    .await;
    app.goto("#/nl/section/profile.data").await;
    app.choose("profile.data_subjects", "customers").await;
    app.wait("step-gdpr.data").await;
    app.goto("#/nl/section/gdpr.data").await;
    app.wait("section-title").await;
    assert!(
        app.is_checked("gdpr.data.legal-basis", "partly").await,
        "the answer given before is back"
    );
    app.close().await;
}

/// The one question left open, reached from the review page and answered:
/// the results are one press away, not a walk through the sections after it.
#[tokio::test]
async fn the_last_open_question_answered_from_the_review_leads_straight_to_the_results() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/nl/start").await;
    let mut a = persona("bakery");
    a.lang = Lang::Nl;
    a.answers.remove("gdpr.data.legal-basis");
    crate::access::seed_assessment(&app, &a).await;
    app.goto("#/nl/review").await;
    app.click("missing-gdpr.data.legal-basis").await;
    app.wait("section-title").await;
    assert!(
        !app.has("to-results").await,
        "no shortcut while a question is open"
    );
    app.choose("gdpr.data.legal-basis", "yes").await;
    app.click("to-results").await;
    app.wait("overall-score").await;
    assert!(app.hash().await.ends_with("/results"));
    app.close().await;
}
