//! Accessibility: axe-core finds no violation on any page, the whole
//! journey works with the keyboard alone with a visible focus, and the
//! pages fit a 360 px phone and 200% zoom.

use checkup::domain::Lang;
use fantoccini::key::Key;
use serde_json::json;

use crate::journey::persona;
use crate::support::app::App;
use crate::support::browser::BrowserOptions;
use crate::support::dist;
use crate::support::server::{ServeConfig, Server};

/// Puts a persona's assessment in the browser's storage, in `lang`, as if
/// it had been answered.
pub async fn seed(app: &App, name: &str, lang: Lang) {
    let mut a = persona(name);
    a.lang = lang;
    seed_assessment(app, &a).await;
}

/// Puts `a` in the browser's storage, as if it had been answered, and reloads.
pub async fn seed_assessment(app: &App, a: &checkup::domain::assessment::Assessment) {
    let text = serde_json::to_string(a).unwrap();
    app.client()
        .execute(
            "localStorage.setItem('checkup.assessment', arguments[0])",
            vec![json!(text)],
        )
        .await
        .unwrap();
    app.reload().await;
}

async fn assert_no_violations(app: &App, page: &str) {
    let v = app.axe().await;
    assert!(
        v.is_empty(),
        "axe found problems on {page}:\n{}",
        v.join("\n")
    );
}

async fn assert_fits(app: &App, page: &str) {
    let overflow = app
        .js("return document.documentElement.scrollWidth - window.innerWidth")
        .await
        .as_i64()
        .unwrap();
    assert!(overflow <= 0, "{page} scrolls sideways by {overflow} px");
}

/// Every page, as a phone (360 px) or a laptop, has no axe violation and no sideways scrolling.
async fn every_page(width: u32, lang: Lang) {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open_with(
        &server.url(),
        "#/en/start",
        BrowserOptions {
            width,
            height: 900,
            ..BrowserOptions::default()
        },
    )
    .await;
    let l = lang.code();
    let pages = [
        format!("#/{l}/start"),
        format!("#/{l}/section/profile.organisation"),
        format!("#/{l}/section/sec.backup"),
        format!("#/{l}/review"),
    ];
    for p in &pages {
        app.goto(p).await;
        // Open every "why this matters" so its content is checked too.
        app.js("document.querySelectorAll('details').forEach(d => d.open = true); return 1")
            .await;
        assert_no_violations(&app, p).await;
        assert_fits(&app, p).await;
        app.shot(&format!("a11y-{width}-{}", p.replace(['#', '/'], "_")))
            .await;
    }
    // With answers: results, plan and the about page.
    seed(&app, "bakery", lang).await;
    for p in [
        format!("#/{l}/results"),
        format!("#/{l}/plan"),
        format!("#/{l}/about"),
    ] {
        app.goto(&p).await;
        app.wait_css("h1").await;
        app.js("document.querySelectorAll('details').forEach(d => d.open = true); return 1")
            .await;
        if p.ends_with("results") {
            app.wait("overall-score").await;
        }
        assert_no_violations(&app, &p).await;
        assert_fits(&app, &p).await;
        app.shot(&format!("a11y-{width}-{}", p.replace(['#', '/'], "_")))
            .await;
    }
    app.close().await;
}

#[tokio::test]
async fn every_page_passes_axe_on_a_laptop() {
    every_page(1280, Lang::En).await;
}

#[tokio::test]
async fn every_page_passes_axe_and_fits_a_360_px_phone() {
    every_page(360, Lang::Fr).await;
}

#[tokio::test]
async fn at_200_percent_zoom_nothing_scrolls_sideways() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/de/start").await;
    // 200% zoom of a 1280 px window: a 640 px wide layout drawn twice as large.
    app.browser
        .cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": 640, "height": 450, "deviceScaleFactor": 2, "mobile": false}),
        )
        .await;
    seed(&app, "transport", Lang::De).await;
    for p in [
        "#/de/start",
        "#/de/section/sec.accounts",
        "#/de/results",
        "#/de/plan",
    ] {
        app.goto(p).await;
        app.wait_css("h1").await;
        assert_fits(&app, p).await;
    }
    app.close().await;
}

/// What has keyboard focus now; the outline is that of the label when the
/// control itself is hidden (the file input behind "Open a saved file").
async fn focused(app: &App) -> serde_json::Value {
    app.js(
        "const e = document.activeElement; if (!e) return {}; \
         const set = e.closest('fieldset'); \
         const r = e.getBoundingClientRect(); \
         const shown = r.width <= 1 && r.height <= 1 && e.labels && e.labels.length ? e.labels[0] : e; \
         const style = getComputedStyle(shown); \
         return {tag: e.tagName, type: e.type || '', testid: e.dataset ? (e.dataset.testid || '') : '', \
                 checked: !!e.checked, value: e.value || '', \
                 answered: set ? !!set.querySelector('input:checked') : false, \
                 outline: style.outlineStyle + ' ' + style.outlineWidth, \
                 page: location.hash}",
    )
    .await
}

async fn press(app: &App, key: &str) {
    if let Err(e) = app
        .client()
        .active_element()
        .await
        .expect("a focused element")
        .send_keys(key)
        .await
    {
        let html = app
            .js("const e = document.activeElement; return e.outerHTML.slice(0, 300) + ' ' + JSON.stringify(e.getBoundingClientRect())")
            .await;
        panic!("key {key:?} on {html}: {e}");
    }
}

/// "Open a saved file" is a hidden file input behind a button-like label:
/// reached with Tab, the label shows the focus as every other button does.
#[tokio::test]
async fn open_a_saved_file_shows_the_keyboard_focus() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/fr/start").await;
    app.wait("import").await;
    let tab = char::from(Key::Tab).to_string();
    for _ in 0..60 {
        let f = focused(&app).await;
        if f["testid"] == "import-file" {
            assert!(
                !f["outline"].as_str().unwrap_or("none").starts_with("none"),
                "no visible focus on {f}"
            );
            app.close().await;
            return;
        }
        press(&app, &tab).await;
    }
    panic!("Tab never reached \"Open a saved file\"");
}

#[tokio::test]
async fn the_whole_journey_works_with_the_keyboard_alone() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/start").await;
    let tab = char::from(Key::Tab).to_string();
    let enter = char::from(Key::Enter).to_string();
    let mut steps = 0;
    let mut answered = 0;
    loop {
        steps += 1;
        assert!(steps < 4000, "the keyboard walk did not reach the results");
        if app.has("overall-score").await {
            break;
        }
        let f = focused(&app).await;
        let tag = f["tag"].as_str().unwrap_or_default();
        let kind = f["type"].as_str().unwrap_or_default();
        let testid = f["testid"].as_str().unwrap_or_default();
        // Every stop of the keyboard is visible.
        if matches!(tag, "BUTTON" | "A" | "INPUT" | "SELECT" | "TEXTAREA") {
            assert!(
                !f["outline"].as_str().unwrap_or("none").starts_with("none"),
                "no visible focus on {f}"
            );
        }
        match (tag, kind, testid) {
            (_, _, "start" | "resume" | "next" | "to-results") => press(&app, &enter).await,
            ("INPUT", "radio" | "checkbox", _) if !f["answered"].as_bool().unwrap_or(true) => {
                press(&app, " ").await;
                answered += 1;
                press(&app, &tab).await;
            }
            ("INPUT", "text", _) if f["value"].as_str().unwrap_or_default().is_empty() => {
                press(&app, "Keyboard BV").await;
                press(&app, &tab).await;
            }
            _ => press(&app, &tab).await,
        }
    }
    assert!(answered > 50, "only {answered} questions answered");
    assert!(app.hash().await.ends_with("/results"));
    // And on to the plan, by keyboard.
    loop {
        let f = focused(&app).await;
        if f["testid"] == "to-plan" {
            press(&app, &enter).await;
            break;
        }
        press(&app, &tab).await;
    }
    app.wait("plan-count").await;
    app.close().await;
}

#[tokio::test]
async fn reduced_motion_switches_animations_off() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/start").await;
    app.browser
        .cdp(
            "Emulation.setEmulatedMedia",
            json!({"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]}),
        )
        .await;
    let name = app
        .js("const s = document.createElement('span'); s.className = 'spinner'; document.body.appendChild(s); \
             const n = getComputedStyle(s).animationName; s.remove(); return n")
        .await;
    assert_eq!(name, "none");
    app.close().await;
}

#[tokio::test]
async fn axe_does_find_a_planted_problem() {
    // The checker itself works: an image without a text alternative is reported.
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/start").await;
    app.js("const i = document.createElement('img'); i.src = 'icon.svg'; document.querySelector('main').appendChild(i); return 1")
        .await;
    let v = app.axe().await;
    assert!(v.iter().any(|l| l.starts_with("image-alt")), "{v:?}");
    app.close().await;
}
