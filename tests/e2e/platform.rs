//! The shell: it renders, speaks four languages, and loads only its own files.

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

/// The first screen works by itself while the app is still on its way (here
/// it never arrives): the start page in the address's language, the switch
/// to another language with the focus kept on the button pressed, and a
/// start that says the app is loading and waits for it, without a second
/// click going through.
#[tokio::test]
async fn the_first_screen_works_on_its_own_while_the_app_loads() {
    use checkup::domain::i18n::StartText;

    let server = Server::start(ServeConfig::new(dist()).failing("checkup_bg.wasm"));
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
    assert_eq!(
        app.js("return document.activeElement.getAttribute('data-testid')")
            .await,
        "lang-de",
        "the button pressed keeps the focus"
    );
    assert_eq!(
        app.js("return document.querySelector('[data-testid=\"lang-de\"]').getAttribute('aria-pressed')")
            .await,
        "true"
    );

    let quick = app.wait_css(".depth--quick button").await;
    quick.click().await.unwrap();
    app.wait_until(
        "the start buttons are disabled and the status says the app is loading",
        &format!(
            "return [...document.querySelectorAll('.depths button')].every(b => b.disabled) \
             && document.querySelector('[role=status]').textContent.includes({:?})",
            StartText::Loading.get(Lang::De)
        ),
    )
    .await;
    assert_eq!(app.hash().await, "#/de/begin/quick");
    app.close().await;
}
