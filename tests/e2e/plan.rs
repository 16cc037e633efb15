//! The plan a KMO owner can act on, in the browser: this week first on a
//! phone, the plan grouped by horizon, the questions to ask as a file, a
//! group given to one person, downloads of the selection shown, texts saved
//! without losing the last keys, and no page wider than a 360 px phone in
//! any language.

use checkup::domain::Lang;
use checkup::domain::horizon::Horizon;
use checkup::domain::report;
use serde_json::json;

use crate::access::seed;
use crate::journey::{engine_report, persona};
use crate::pdf::wait_for_download;
use crate::support::app::App;
use crate::support::browser::BrowserOptions;
use crate::support::dist;
use crate::support::server::{ServeConfig, Server};

/// A narrow Android phone: Chromium's window is at least 500 px wide, so
/// the phone's screen is emulated (360 x 740 CSS px).
async fn open_phone(url: &str, hash: &str) -> App {
    let app = App::open_with(
        url,
        hash,
        BrowserOptions {
            width: 500,
            height: 740,
            ..BrowserOptions::default()
        },
    )
    .await;
    app.browser
        .cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": true}),
        )
        .await;
    app.reload().await;
    let width = app.js("return window.innerWidth").await;
    assert_eq!(width, json!(360), "the phone's screen");
    app
}

/// The bottom of an element, in px from the top of the page.
async fn bottom(app: &App, testid: &str) -> f64 {
    app.js(&format!(
        "const r = document.querySelector('[data-testid=\"{testid}\"]').getBoundingClientRect(); \
         return r.bottom + window.scrollY"
    ))
    .await
    .as_f64()
    .unwrap()
}

#[tokio::test]
async fn a_micro_enterprise_sees_its_verdicts_and_this_weeks_actions_within_two_phone_screens() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = open_phone(&server.url(), "#/nl/start").await;
    seed(&app, "bakery", Lang::Nl).await;
    app.goto("#/nl/results").await;
    app.wait("overall-score").await;
    app.shot("plan-bakery-nl-results-phone").await;
    let expect = engine_report(&persona("bakery"), Lang::Nl);
    // At most five actions for this week, each with who does it.
    let wins = app
        .js("return Array.from(document.querySelectorAll('[data-testid^=\"win-\"]')).map(e => e.dataset.testid.slice(4))")
        .await;
    let wins: Vec<String> = serde_json::from_value(wins).unwrap();
    assert!(!wins.is_empty() && wins.len() <= 5, "{wins:?}");
    assert_eq!(wins, expect.quick_wins);
    // Who does them, as a bakery that looks after its own computers reads it.
    let week = app.text("quick-wins").await;
    for id in &wins {
        let e = expect.plan.iter().find(|p| &p.id == id).unwrap();
        assert!(week.contains(&e.who_label), "{week}");
        if e.who == checkup::domain::pack::Who::It {
            assert_eq!(e.who_label, "U of wie uw computers beheert", "{}", e.id);
        }
    }
    assert!(week.contains("U of wie uw computers beheert"), "{week}");
    assert!(!week.contains("IT-leverancier"), "{week}");
    // The three verdicts say their counts and what is missing, by short name.
    assert_eq!(
        app.text("verdict-cyfun-count").await,
        expect.cyfun.verdict.count
    );
    assert_eq!(app.text("verdict-gdpr-count").await, expect.gdpr.count);
    let missing = app.text("verdict-gdpr-missing").await;
    assert!(missing.contains(&expect.gdpr.missing[0]), "{missing}");
    // Verdicts, this week's actions and the way to the plan: within two screens, in that order.
    let screen = app.js("return window.innerHeight").await.as_f64().unwrap();
    let (cyfun, gdpr, nis2, week, plan) = (
        bottom(&app, "verdict-cyfun").await,
        bottom(&app, "verdict-gdpr").await,
        bottom(&app, "verdict-nis2").await,
        bottom(&app, "quick-wins").await,
        bottom(&app, "to-plan").await,
    );
    assert!(
        cyfun < gdpr && gdpr < nis2 && nis2 < week && week < plan,
        "{cyfun} {gdpr} {nis2} {week} {plan}"
    );
    assert!(
        plan <= 2.0 * screen,
        "the way to the plan ends at {plan} px, below two screens of {screen} px (verdicts end at {cyfun}, {gdpr}, {nis2}; this week at {week})"
    );
    // The chart has a legend; the table with the same figures is for screen readers only.
    let legend = app.text("score-legend").await;
    assert!(legend.contains("80"), "{legend}");
    let hidden = app
        .js("const t = document.querySelector('[data-testid=\"score-table\"]'); return t.parentElement.getBoundingClientRect().width <= 1 && t.closest('[aria-hidden]') === null")
        .await;
    assert_eq!(
        hidden,
        json!(true),
        "the score table is visually hidden, not hidden from screen readers"
    );
    // Saving a file is offered once.
    let saves = app
        .js("return document.querySelectorAll('[data-testid=\"export\"]').length")
        .await;
    assert_eq!(saves, json!(1));
    assert!(app.console_errors().await.is_empty());
    app.close().await;
}

#[tokio::test]
async fn the_plan_is_grouped_by_horizon_and_the_questions_to_ask_download_as_one_file() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = open_phone(&server.url(), "#/de/start").await;
    seed(&app, "bakery", Lang::De).await;
    app.goto("#/de/plan").await;
    app.wait("plan-count").await;
    let expect = engine_report(&persona("bakery"), Lang::De);
    // The groups in order, each with its total effort.
    let groups = app
        .js("return Array.from(document.querySelectorAll('[data-testid^=\"horizon-\"][open], details[data-testid^=\"horizon-\"]')).map(e => e.dataset.testid)")
        .await;
    let groups: Vec<String> = serde_json::from_value(groups).unwrap();
    let want: Vec<String> = expect
        .horizons
        .iter()
        .map(|h| format!("horizon-{}", report::horizon_code(h.horizon)))
        .collect();
    let mut seen = groups.clone();
    seen.dedup();
    assert_eq!(seen, want);
    for h in &expect.horizons {
        let code = report::horizon_code(h.horizon);
        assert_eq!(app.text(&format!("horizon-total-{code}")).await, h.total);
        // Each action sits in its own horizon.
        let ids = app
            .js(&format!("return Array.from(document.querySelectorAll('[data-testid=\"horizon-{code}\"] [data-testid^=\"action-\"]')).map(e => e.dataset.testid.slice(7))"))
            .await;
        let ids: Vec<String> = serde_json::from_value(ids).unwrap();
        assert_eq!(ids, h.actions, "{code}");
    }
    // This week and this month are open, later ones fold away.
    for (h, open) in [
        (Horizon::ThisWeek, true),
        (Horizon::ThisMonth, true),
        (Horizon::Later, false),
    ] {
        let code = report::horizon_code(h);
        let is_open = app
            .js(&format!(
                "return document.querySelector('[data-testid=\"horizon-{code}\"]').open"
            ))
            .await;
        assert_eq!(is_open, json!(open), "{code}");
    }
    // A card reads first: who does it as this bakery reads it, the effort, when.
    let first = &expect.plan[0];
    assert_eq!(
        app.text(&format!("who-{}", first.id)).await,
        first.who_label
    );
    assert_eq!(
        app.text(&format!("when-{}", first.id)).await,
        first.horizon_label
    );
    let edit_open = app
        .js(&format!(
            "return document.querySelector('[data-testid=\"plan-edit-{}\"]').open",
            first.id
        ))
        .await;
    assert_eq!(
        edit_open,
        json!(false),
        "the planning fields open on demand"
    );
    // A specialist's work gets a pointer to help.
    if let Some(e) = expect.plan.iter().find(|e| !e.help.is_empty()) {
        assert!(app.has(&format!("help-{}", e.id)).await);
    }
    app.shot("plan-bakery-de-plan-phone").await;

    // The questions to ask: on screen, and as one text file.
    let list = app.text("ask-list").await;
    for g in &expect.ask.groups {
        assert!(list.contains(&g.heading), "{list}");
    }
    app.click("download-ask").await;
    let file = wait_for_download(&app.browser.downloads, ".txt").await;
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        text,
        expect.ask_text().replace(&expect.date, &text_date(&text))
    );
    assert!(text.contains("Bakkerij Peeters"));
    for g in &expect.ask.groups {
        assert!(text.contains(&g.heading));
        for q in &g.questions {
            assert!(text.contains(&q.text));
        }
    }
    assert!(app.console_errors().await.is_empty());
    app.close().await;
}

/// The date line of the downloaded questions (the app's today, not the test's).
fn text_date(text: &str) -> String {
    text.lines().nth(1).unwrap_or_default().to_string()
}

#[tokio::test]
async fn a_group_goes_to_one_person_and_the_downloads_follow_the_selection() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/fr/start").await;
    seed(&app, "accountant", Lang::Fr).await;
    app.goto("#/fr/plan").await;
    app.wait("plan-count").await;
    let expect = engine_report(&persona("accountant"), Lang::Fr);
    let it: Vec<&str> = expect
        .plan
        .iter()
        .filter(|e| e.who == checkup::domain::pack::Who::It)
        .map(|e| e.id.as_str())
        .collect();
    assert!(it.len() >= 3, "{it:?}");
    // Give every IT action to the provider, by name, at once.
    app.click("by-who").await;
    app.fill("assign-it", "Informatique Lambert SPRL").await;
    app.click("assign-it-go").await;
    app.wait_text("assigned", |t| t.contains("Informatique Lambert SPRL"))
        .await;
    app.wait_until(
        "the owners to be saved",
        &format!(
            "const a = JSON.parse(localStorage.getItem('checkup.assessment')); \
             return {} .every(id => a.plan[id] && a.plan[id].owner === 'Informatique Lambert SPRL')",
            serde_json::to_string(&it).unwrap()
        ),
    )
    .await;
    // "Who does what" names the provider next to its work.
    app.wait_text("by-who-owners-it", |t| {
        t.contains("Informatique Lambert SPRL")
    })
    .await;
    // The role filter shows them; the spreadsheet of "this selection" holds only them.
    app.click("by-who-it").await;
    app.wait_text("plan-count", |t| t.starts_with(&format!("{} ", it.len())))
        .await;
    app.click("only-selection").await;
    app.click("export-csv").await;
    let csv = wait_for_download(&app.browser.downloads, ".csv").await;
    let text = std::fs::read_to_string(&csv).unwrap();
    let rows = text.lines().filter(|l| l.starts_with('"')).count();
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let records: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), it.len(), "{rows} lines");
    for r in &records {
        assert_eq!(&r[9], "Informatique Lambert SPRL");
    }
    // The person filter finds them by name.
    app.click("filters").await;
    app.select("filter-who", "").await;
    app.select("filter-owner", "Informatique Lambert SPRL")
        .await;
    app.wait_text("plan-count", |t| t.starts_with(&format!("{} ", it.len())))
        .await;
    // Every action the filter counts is in view, in whichever horizon it is.
    let visible = app
        .js("return Array.from(document.querySelectorAll('[data-testid^=\"action-\"]')).filter(e => e.getClientRects().length > 0).length")
        .await;
    assert_eq!(visible, json!(it.len()));
    app.close().await;
}

#[tokio::test]
async fn typed_notes_are_saved_without_losing_the_last_keys() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/start").await;
    seed(&app, "medical", Lang::En).await;
    app.goto("#/en/plan").await;
    app.wait("plan-count").await;
    let first = engine_report(&persona("medical"), Lang::En).plan[0]
        .id
        .clone();
    app.click(&format!("plan-it-{first}")).await;
    app.fill(&format!("note-{first}"), "Ask Dr Janssens on Monday")
        .await;
    // Not on every key: right after typing nothing is written yet, or the whole text.
    let stored = app
        .local_storage("checkup.assessment")
        .await
        .unwrap_or_default();
    assert!(
        !stored.contains("Ask Dr Janssens on Monda")
            || stored.contains("Ask Dr Janssens on Monday"),
        "half a note was saved"
    );
    // Leaving the page straight away keeps the last key.
    app.goto("#/en/results").await;
    app.wait("overall-score").await;
    app.wait_until(
        "the note to be saved",
        "return (localStorage.getItem('checkup.assessment') || '').includes('Ask Dr Janssens on Monday')",
    )
    .await;
    // So does a reload right after typing.
    app.goto("#/en/plan").await;
    app.click(&format!("plan-it-{first}")).await;
    app.fill(&format!("owner-{first}"), "Anne").await;
    app.reload().await;
    app.wait(&format!("owner-{first}")).await;
    assert_eq!(app.value(&format!("owner-{first}")).await, "Anne");
    assert_eq!(
        app.value(&format!("note-{first}")).await,
        "Ask Dr Janssens on Monday"
    );
    assert!(app.has(&format!("planned-{first}")).await);
    assert!(app.console_errors().await.is_empty());
    app.close().await;
}

#[tokio::test]
async fn no_page_is_wider_than_a_360_px_phone_in_any_language() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = open_phone(&server.url(), "#/en/start").await;
    for lang in Lang::ALL {
        let l = lang.code();
        // The medical practice: health data brings the section with the
        // longest compound words (gegevensbeschermingseffectbeoordeling).
        seed(&app, "medical", lang).await;
        for p in [
            format!("#/{l}/start"),
            format!("#/{l}/section/profile.organisation"),
            format!("#/{l}/section/sec.accounts"),
            format!("#/{l}/section/gdpr.rights"),
            format!("#/{l}/section/gdpr.sensitive"),
            format!("#/{l}/review"),
            format!("#/{l}/results"),
            format!("#/{l}/plan"),
            format!("#/{l}/about"),
        ] {
            app.goto(&p).await;
            app.wait_css("h1").await;
            if p.ends_with("results") {
                app.wait("overall-score").await;
            }
            // Everything unfolded, the longest texts included.
            app.js("document.querySelectorAll('details').forEach(d => d.open = true); return 1")
                .await;
            // A page wider than the phone widens the layout viewport too:
            // compare with the phone's 360 px, not with innerWidth.
            let page = app
                .js("return Math.max(document.documentElement.scrollWidth, window.innerWidth)")
                .await;
            assert!(
                page.as_i64().unwrap() <= 360,
                "{p}: {page} px wide on a 360 px phone"
            );
            app.shot(&format!("fit-360-{}", p.replace(['#', '/'], "_")))
                .await;
        }
    }
    app.close().await;
}

/// With every measure in place there is no action at all: the results say
/// so, instead of sending the person to this month's actions in the plan.
#[tokio::test]
async fn with_nothing_to_do_the_results_do_not_point_to_an_empty_plan() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/de/results").await;
    seed(&app, "model", Lang::De).await;
    app.goto("#/de/results").await;
    assert!(engine_report(&persona("model"), Lang::De).plan.is_empty());
    assert_eq!(
        app.text("week-empty").await,
        checkup::domain::Msg::LNoActions.get(Lang::De)
    );
    app.close().await;
}
