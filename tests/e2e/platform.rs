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

/// The first screen works by itself while the app is still on its way:
/// the start page in the address's language, the switch to another
/// language with the focus kept on the button pressed, a start that keeps
/// the focus on its button and says beside it that the app is loading, and
/// the browser's Back, which cancels the start while waiting.
#[tokio::test]
async fn the_first_screen_works_on_its_own_while_the_app_loads() {
    use checkup::domain::i18n::StartText;

    let server =
        Server::start(ServeConfig::new(dist()).delayed("checkup_bg.wasm", Duration::from_secs(40)));
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

    app.wait_css("[data-first=\"begin-quick\"]")
        .await
        .click()
        .await
        .unwrap();
    app.wait_until(
        "the start buttons say they are busy and the status beside the one pressed says the app is loading",
        &format!(
            "return [...document.querySelectorAll('.depths button')].every(b => b.getAttribute('aria-disabled') === 'true') \
             && document.querySelector('[data-first-status=\"begin-quick\"]').textContent.includes({:?})",
            StartText::Loading.get(Lang::De)
        ),
    )
    .await;
    assert_eq!(
        app.js(focused).await,
        "begin-quick",
        "the start button keeps the focus"
    );
    assert_eq!(app.hash().await, "#/de/begin/quick");

    app.client().back().await.unwrap();
    app.wait_until(
        "Back shows the start page again, ready to start",
        "return location.hash === '#/de/start' \
         && [...document.querySelectorAll('.depths button')].every(b => !b.hasAttribute('aria-disabled')) \
         && [...document.querySelectorAll('[data-first-status]')].every(s => s.textContent === '')",
    )
    .await;
    app.close().await;
}

/// When the app cannot load, the first screen does not spin for ever: the
/// start-up alert says what happened and a start tries again.
#[tokio::test]
async fn a_first_screen_whose_app_cannot_load_stops_waiting_and_says_so() {
    let server = Server::start(ServeConfig::new(dist()).failing("checkup_bg.wasm"));
    let app = App::open_first(&server.url(), "#/en/start", Default::default()).await;
    app.wait("boot-failed").await;
    app.wait_css("[data-first=\"begin-quick\"]")
        .await
        .click()
        .await
        .unwrap();
    app.wait_until(
        "the start is usable again, nothing spins, and the alert stays",
        "return document.querySelectorAll('[data-testid=\"boot-failed\"]').length === 1 \
         && [...document.querySelectorAll('.depths button')].every(b => !b.hasAttribute('aria-disabled')) \
         && !document.querySelector('.spinner')",
    )
    .await;
    let requests = server.requests();
    assert!(
        requests
            .iter()
            .filter(|r| r.ends_with("/checkup_bg.wasm"))
            .count()
            >= 2,
        "the start tried the app again: {requests:?}"
    );
    app.close().await;
}

/// A keyboard user on the first screen keeps the focus when the app takes
/// over: on the same language button, or on the same start button once the
/// questions are in.
#[tokio::test]
async fn the_focus_on_the_first_screen_stays_on_the_same_button_in_the_app() {
    for (first, app_testid) in [("lang-fr", "lang-fr"), ("begin-full", "start")] {
        let server = Server::start(
            ServeConfig::new(dist()).delayed("checkup_bg.wasm", Duration::from_secs(3)),
        );
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
