//! The shell: it renders, speaks four languages, and loads only its own files.

use std::time::Duration;

use checkup::domain::{Lang, Msg};

use crate::support::app::App;
use crate::support::dist;
use crate::support::server::{ServeConfig, Server};

#[tokio::test]
async fn the_language_switch_changes_the_text_and_html_lang_and_is_remembered() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/start").await;
    assert_eq!(app.text("start-title").await, Msg::AppTagline.get(Lang::En));
    assert_eq!(app.html_lang().await, "en");

    for lang in [Lang::Nl, Lang::Fr, Lang::De, Lang::En, Lang::Fr] {
        app.click(&format!("lang-{}", lang.code())).await;
        // WebDriver gives a no-break space (French typography) as a space.
        let want = Msg::AppTagline.get(lang).replace('\u{a0}', " ");
        app.wait_text("start-title", |t| t == want).await;
        assert_eq!(app.html_lang().await, lang.code());
        assert!(
            app.hash().await.starts_with(&format!("#/{}/", lang.code())),
            "the address names the language"
        );
    }

    // Remembered: a fresh visit without a language in the address comes back in French.
    app.goto("#/").await;
    app.reload().await;
    let want = Msg::AppTagline.get(Lang::Fr).replace('\u{a0}', " ");
    app.wait_text("start-title", |t| t == want).await;
    assert_eq!(app.html_lang().await, "fr");
    app.close().await;
}

#[tokio::test]
async fn the_app_loads_only_its_own_files_without_console_errors() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "").await;
    app.wait("start-title").await;
    // Give lazy loads (question packs, prefetches) time to happen.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;

    let urls = app.loaded_urls().await;
    assert!(
        urls.len() >= 3,
        "the page, its script and its wasm at least: {urls:?}"
    );
    let foreign: Vec<&String> = urls
        .iter()
        .filter(|u| !u.starts_with(&server.origin()))
        .collect();
    assert!(foreign.is_empty(), "requests to other origins: {foreign:?}");

    let errors = app.console_errors().await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    app.close().await;
}

/// A server of the built app whose code arrives only after `delay`, as on a
/// slow connection.
fn app_held_back(delay: Duration) -> Server {
    Server::start(ServeConfig::new(dist()).delayed("checkup_bg.wasm", delay))
}

/// The first screen works by itself while the app is still on its way:
/// the start page in the address's language, the switch to another
/// language with the focus kept on the button pressed, and a start that
/// shows the first section at once, where the questions can be answered:
/// the quick CheckUp's questions only, a question that depends on an
/// earlier answer shown when it applies, "Don't know" clearing the other
/// sectors. "Back" (and the browser's Back) returns to the start page, and
/// starting again finds the answers given.
#[tokio::test]
async fn the_first_screen_works_on_its_own_while_the_app_loads() {
    use checkup::domain::i18n::StartText;

    let server = app_held_back(Duration::from_secs(60));
    let app = App::open_first(&server.url(), "#/nl/start", Default::default()).await;
    assert!(
        !app.all("main[data-app=\"first\"]").await.is_empty(),
        "the first screen shows"
    );
    assert_eq!(
        app.text("start-title").await,
        StartText::AppTagline.get(Lang::Nl)
    );
    assert_eq!(app.html_lang().await, "nl");
    let violations = app.axe().await;
    assert!(
        violations.is_empty(),
        "accessibility of the first screen: {violations:?}"
    );

    app.click("lang-de").await;
    app.wait_text("start-title", |t| t == StartText::AppTagline.get(Lang::De))
        .await;
    assert_eq!(app.html_lang().await, "de");
    assert!(
        app.hash().await.starts_with("#/de/"),
        "the address names the language"
    );
    let focused = "return document.activeElement.getAttribute('data-first')";
    assert_eq!(
        app.js(focused).await,
        "lang-de",
        "the button pressed keeps the focus"
    );
    assert_eq!(
        app.js("return document.querySelector('[data-testid=\"lang-de\"]').getAttribute('aria-pressed')")
            .await,
        "true"
    );

    let catalog = checkup::domain::packs::builtin();
    let first = checkup::domain::first_page::section(&catalog).unwrap();
    app.press_first("begin-quick").await;
    app.wait_text("section-title", |t| t == first.title.get(Lang::De))
        .await;
    assert_eq!(app.hash().await, "#/de/begin/quick");
    assert!(
        !app.all("main[data-app=\"first\"]").await.is_empty(),
        "the first section shows before the app"
    );
    assert_eq!(
        app.js("return document.activeElement.id").await,
        "page-title",
        "the section's heading has the focus, as on any new page"
    );
    let shown =
        |id: &str| format!("return !document.querySelector('[data-testid=\"q-{id}\"]').hidden");
    assert_eq!(
        app.js(&shown("profile.org_name")).await,
        false,
        "the quick CheckUp does not ask the name"
    );
    assert_eq!(app.js(&shown("profile.turnover")).await, false);
    let violations = app.axe().await;
    assert!(
        violations.is_empty(),
        "accessibility of the first section: {violations:?}"
    );
    app.choose("profile.sector", "care").await;
    app.wait_until(
        "the turnover is asked of a care provider",
        &shown("profile.turnover"),
    )
    .await;
    app.click("term-profile.public_body-term.ocmw").await;
    app.wait_until(
        "a term's explanation opens under the question",
        "return !document.querySelector('[data-testid=\"explain-profile.public_body-term.ocmw\"]').hidden \
         && document.querySelector('[data-testid=\"term-profile.public_body-term.ocmw\"]').getAttribute('aria-expanded') === 'true'",
    )
    .await;
    app.choose("profile.sector", "retail").await;
    app.choose("profile.sector", "dont_know").await;
    assert!(app.is_checked("profile.sector", "dont_know").await);
    assert!(
        !app.is_checked("profile.sector", "care").await
            && !app.is_checked("profile.sector", "retail").await,
        "\"Don't know\" clears the sectors ticked"
    );
    app.choose("profile.sector", "care").await;
    assert!(
        !app.is_checked("profile.sector", "dont_know").await,
        "a sector clears \"Don't know\""
    );
    app.choose("profile.staff", "10-49").await;

    app.click("back").await;
    app.wait_until(
        "Back shows the start page again, ready to start",
        "return location.hash === '#/de/start' \
         && [...document.querySelectorAll('.depths button')].every(b => !b.hasAttribute('aria-disabled')) \
         && [...document.querySelectorAll('[data-first-status]')].every(s => s.textContent === '')",
    )
    .await;
    app.press_first("begin-quick").await;
    app.wait("section-title").await;
    assert!(
        app.is_checked("profile.sector", "care").await
            && app.is_checked("profile.staff", "10-49").await,
        "starting again finds the answers given"
    );
    app.client().back().await.unwrap();
    app.wait_until(
        "the browser's Back shows the start page again",
        "return location.hash === '#/de/start' && !!document.querySelector('[data-testid=\"start-title\"]')",
    )
    .await;
    app.close().await;
}

/// Answers given on the first screen before the app has loaded are the
/// app's once it takes over: the same answers, on the same section, with
/// the focus on the same option, and saved; "Next" clicked there opens the
/// next section in the app.
#[tokio::test]
async fn answers_given_before_the_app_loads_are_kept_when_it_takes_over() {
    let server = app_held_back(Duration::from_secs(6));
    let app = App::open_first(&server.url(), "#/en/start", Default::default()).await;
    app.press_first("begin-full").await;
    app.wait("section-title").await;
    assert!(
        !app.all("main[data-app=\"first\"]").await.is_empty(),
        "the first section shows before the app"
    );
    app.fill("text-profile.org_name", "Bakery Peeters").await;
    app.choose("profile.sector", "care").await;
    app.click("term-profile.public_body-term.ocmw").await;
    app.choose("profile.staff", "10-49").await;
    app.ready().await;
    assert!(
        app.all("[data-first-root]").await.is_empty(),
        "the first screen is gone"
    );
    assert!(
        app.hash()
            .await
            .starts_with("#/en/section/profile.organisation"),
        "the app shows the section where the answers were given"
    );
    assert_eq!(app.value("text-profile.org_name").await, "Bakery Peeters");
    assert!(app.is_checked("profile.sector", "care").await);
    assert!(app.is_checked("profile.staff", "10-49").await);
    assert_eq!(
        app.js("return document.querySelector('[data-testid=\"explain-profile.public_body-term.ocmw\"]').hidden")
            .await,
        false,
        "the explanation opened stays open"
    );
    app.wait_until(
        "the option chosen last keeps the focus",
        "return document.activeElement.getAttribute('data-testid') === 'opt-profile.staff-10-49'",
    )
    .await;
    assert_eq!(
        app.js("return localStorage.getItem('checkup.first')").await,
        serde_json::Value::Null,
        "the answers are the app's now"
    );
    app.reload().await;
    assert!(
        app.is_checked("profile.staff", "10-49").await,
        "the answers are saved"
    );
    app.close().await;

    let server = app_held_back(Duration::from_secs(6));
    let app = App::open_first(&server.url(), "#/en/start", Default::default()).await;
    app.press_first("begin-quick").await;
    app.choose("profile.sector", "retail").await;
    app.choose("profile.staff", "1-9").await;
    app.click("next").await;
    app.ready().await;
    let catalog = checkup::domain::packs::builtin();
    let first = checkup::domain::first_page::section(&catalog).unwrap();
    let (profile, _) = catalog.section(&first.id).unwrap();
    let second = &catalog.packs[profile].sections[1];
    app.wait_text("section-title", |t| t == second.title.get(Lang::En))
        .await;
    assert!(app.hash().await.contains(&second.id));
    app.wait_until(
        "the next section opens as any new page: at the top, its heading with the focus",
        "return document.activeElement.id === 'page-title' && window.scrollY === 0",
    )
    .await;
    app.close().await;
}

/// When the app cannot load, the first screen does not spin for ever: the
/// start-up alert says what happened, a start shows the first section
/// (its questions can be answered), and "Next" tries the app again and
/// then stops waiting, the answers kept.
#[tokio::test]
async fn a_first_screen_whose_app_cannot_load_stops_waiting_and_says_so() {
    let server = Server::start(ServeConfig::new(dist()).failing("checkup_bg.wasm"));
    let app = App::open_first(&server.url(), "#/en/start", Default::default()).await;
    app.wait("boot-failed").await;
    app.press_first("begin-quick").await;
    let settled = "return document.querySelectorAll('[data-testid=\"boot-failed\"]').length === 1 \
         && !!document.querySelector('[data-testid=\"section-title\"]') \
         && !document.querySelector('.spinner')";
    app.wait_until(
        "the first section shows, nothing spins, and the alert stays",
        settled,
    )
    .await;
    let tries = || {
        server
            .requests()
            .iter()
            .filter(|r| r.ends_with("/checkup_bg.wasm"))
            .count()
    };
    assert!(tries() >= 2, "the start tried the app again");
    app.choose("profile.staff", "1-9").await;
    let before = tries();
    app.click("next").await;
    app.wait_until("\"Next\" stops waiting again", settled)
        .await;
    assert!(tries() > before, "\"Next\" tried the app again");
    assert_eq!(
        app.js("return document.querySelector('[data-first-status=\"next\"]').textContent")
            .await,
        checkup::domain::i18n::StartText::NextFailed.get(Lang::En),
        "\"Next\" says why nothing comes"
    );
    assert!(
        app.is_checked("profile.staff", "1-9").await,
        "the answer is kept"
    );
    app.close().await;
}

/// A keyboard user on the first screen keeps the focus when the app takes
/// over: on the same language button, or on the same start button once the
/// questions are in.
#[tokio::test]
async fn the_focus_on_the_first_screen_stays_on_the_same_button_in_the_app() {
    for (first, app_testid) in [("lang-fr", "lang-fr"), ("begin-full", "start")] {
        let server = app_held_back(Duration::from_secs(3));
        let app = App::open_first(&server.url(), "#/en/start", Default::default()).await;
        app.js(&format!(
            "document.querySelector('[data-first=\"{first}\"]').focus()"
        ))
        .await;
        app.ready().await;
        app.wait_until(
            &format!("the focus is on {app_testid} in the app"),
            &format!(
                "return document.activeElement && document.activeElement.getAttribute('data-testid') === '{app_testid}'"
            ),
        )
        .await;
        // Moving on in the app (and back) never brings the first screen back.
        app.goto("#/en/about").await;
        app.client().back().await.unwrap();
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert_eq!(
            app.js("return document.querySelectorAll('[data-first-root], main[data-app=\"first\"]').length")
                .await,
            0,
            "the first screen is gone once the app is there"
        );
        app.close().await;
    }
}
