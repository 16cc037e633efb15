//! Federations: brand it, add a sector pack, host it in a sub-folder, embed
//! it in a page on another origin, and use it offline.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::json;

use crate::support::app::App;
use crate::support::browser::{Browser, BrowserOptions, fresh_dir};
use crate::support::dist;
use crate::support::server::{ServeConfig, Server};

/// A copy of `dist/` to add a federation's files to.
fn site_copy() -> PathBuf {
    let to = fresh_dir("site");
    copy_dir(&dist(), &to);
    to
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn examples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples")
}

#[tokio::test]
async fn a_federation_brands_it_and_adds_its_sector_pack() {
    let site = site_copy();
    // As README says: copy the example configuration, pack and logo beside index.html.
    for f in ["checkup.config.json", "retail.json", "logo.png"] {
        std::fs::copy(examples().join(f), site.join(f)).unwrap();
    }
    let server = Server::start(ServeConfig::new(&site));
    let app = App::open(&server.url(), "").await;
    // The example sets Dutch as the default language for first-time visitors.
    assert_eq!(app.html_lang().await, "nl");
    assert!(!app.text("brand-name").await.is_empty());
    assert!(app.has("federation-intro").await);
    assert!(
        !app.has("setup-problems").await,
        "the example configuration is valid"
    );
    let brand = app
        .js("return getComputedStyle(document.documentElement).getPropertyValue('--brand').trim()")
        .await;
    let config: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(examples().join("checkup.config.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        brand.as_str().unwrap().to_lowercase(),
        config["colours"]["primary"]
            .as_str()
            .unwrap()
            .to_lowercase()
    );
    let helpdesk = app.wait("helpdesk-link").await;
    assert_eq!(
        helpdesk.attr("href").await.unwrap().as_deref(),
        config["helpdesk"]["url"].as_str()
    );

    // A web shop gets the sector pack's questions, scored like the others.
    app.goto("#/nl/section/profile.it").await;
    app.wait("section-title").await;
    app.choose("profile.website", "webshop").await;
    app.goto("#/nl/section/retail.online").await;
    app.wait("section-title").await;
    let questions = app.visible_questions().await;
    assert!(
        questions.iter().any(|q| q.starts_with("retail.")),
        "{questions:?}"
    );
    for q in &questions {
        app.choose(q, "no").await;
    }
    app.goto("#/nl/results").await;
    let table = app
        .js("return document.querySelector('[data-testid=\"score-table\"]').textContent")
        .await
        .as_str()
        .unwrap()
        .to_string();
    let retail: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(examples().join("retail.json")).unwrap())
            .unwrap();
    assert!(
        table.contains(retail["title"]["nl"].as_str().unwrap()),
        "{table}"
    );
    app.goto("#/nl/plan").await;
    app.wait("plan-count").await;
    assert!(
        !app.all("[data-testid^=\"action-act.retail.\"]")
            .await
            .is_empty(),
        "sector actions are in the plan"
    );

    // The PDF carries the federation's name and helpdesk, and the sector pack.
    app.click("download-pdf").await;
    let pdf = crate::pdf::wait_for_download(&app.browser.downloads, ".pdf").await;
    let text = crate::pdf::pdftotext(&pdf);
    assert!(
        text.contains(config["name"].as_str().unwrap()),
        "the PDF names the federation"
    );
    assert!(
        text.contains(config["helpdesk"]["text"]["nl"].as_str().unwrap()),
        "the PDF has the helpdesk"
    );
    assert!(
        text.contains(retail["title"]["nl"].as_str().unwrap()),
        "the PDF has the sector pack"
    );
    app.close().await;
}

#[tokio::test]
async fn a_broken_configuration_is_reported_and_the_defaults_apply() {
    let site = site_copy();
    std::fs::write(
        site.join("checkup.config.json"),
        r##"{"name": "Test", "colours": {"primary": "#ffff66"}, "extra_packs": ["missing.json", "../../etc/passwd"]}"##,
    )
    .unwrap();
    std::fs::write(site.join("missing.json"), "{ \"id\": \"broken\", ").unwrap();
    let server = Server::start(ServeConfig::new(&site));
    let app = App::open(&server.url(), "#/en/start").await;
    app.wait("setup-problems").await.click().await.unwrap();
    let problems = app.text("setup-problems").await;
    assert!(
        problems.contains("colours.primary") && problems.contains("contrast"),
        "{problems}"
    );
    assert!(problems.contains("../../etc/passwd"), "{problems}");
    assert!(problems.contains("missing.json"), "{problems}");
    // Still fully usable, in the default colours.
    let brand = app
        .js("return getComputedStyle(document.documentElement).getPropertyValue('--brand').trim()")
        .await;
    assert_eq!(brand.as_str().unwrap(), "#0b5cad");
    app.click("start").await;
    app.wait("section-title").await;
    app.close().await;
}

#[tokio::test]
async fn a_configuration_that_cannot_be_fetched_is_reported() {
    let site = site_copy();
    std::fs::write(site.join("checkup.config.json"), r#"{"name": "Test"}"#).unwrap();
    let server = Server::start(ServeConfig::new(&site).failing("checkup.config.json"));
    let app = App::open(&server.url(), "#/en/start").await;
    app.wait("setup-problems").await.click().await.unwrap();
    let problems = app.text("setup-problems").await;
    assert!(
        problems.contains("checkup.config.json") && problems.contains("HTTP 500"),
        "{problems}"
    );
    // Still usable, with the defaults.
    assert!(!app.has("brand-name").await);
    app.click("start").await;
    app.wait("section-title").await;
    app.close().await;
}

#[tokio::test]
async fn it_runs_from_a_sub_folder() {
    let server = Server::start(ServeConfig::new(dist()).mount("/tools/checkup/"));
    let app = App::open(&server.url(), "#/nl/start").await;
    app.click("start").await;
    app.wait("section-title").await;
    app.choose("profile.staff", "10-49").await;
    app.reload().await;
    assert!(app.is_checked("profile.staff", "10-49").await);
    let outside: Vec<String> = server
        .requests()
        .into_iter()
        .filter(|p| !p.starts_with("/tools/checkup/"))
        .collect();
    assert!(
        outside.is_empty(),
        "requests outside the sub-folder: {outside:?}"
    );
    assert!(app.console_errors().await.is_empty());
    app.close().await;
}

const PARENT: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>A federation's page</title></head>
<body style="margin:0">
<h1>Our members' CheckUp</h1>
<iframe id="checkup" src="APP" title="CheckUp" style="width:100%;border:0;display:block" height="200"></iframe>
<p id="after">Below the frame</p>
<script>
  window.addEventListener("message", function (e) {
    if (e.origin !== "ORIGIN") return;
    if (e.data && e.data.type === "checkup:height") {
      document.getElementById("checkup").style.height = e.data.height + "px";
    }
  });
</script>
</body></html>"#;

async fn frame_height(b: &Browser) -> f64 {
    b.client
        .execute(
            "return document.getElementById('checkup').getBoundingClientRect().height",
            vec![],
        )
        .await
        .unwrap()
        .as_f64()
        .unwrap()
}

async fn embedded(block_storage: bool) {
    let app_server = Server::start(ServeConfig::new(dist()));
    let parent_dir = fresh_dir("parent");
    let html = PARENT
        .replace("APP", &format!("{}#/nl/start", app_server.url()))
        .replace("ORIGIN", &app_server.origin());
    std::fs::write(parent_dir.join("index.html"), html).unwrap();
    // Another origin: "localhost" is another site than "127.0.0.1".
    let parent = Server::start(ServeConfig::plain(&parent_dir).host("localhost"));
    let b = Browser::with(BrowserOptions {
        block_storage,
        ..BrowserOptions::default()
    })
    .await;
    b.client.goto(&parent.url()).await.unwrap();
    b.client.enter_frame(0).await.unwrap();
    let app = App {
        browser: b,
        url: app_server.url(),
    };
    app.ready().await;
    app.wait("start-title").await;
    if block_storage {
        // The frame may not use storage: it works in memory and says so.
        app.wait("storage-banner").await;
    }
    let inner = app
        .js("return document.body.scrollHeight")
        .await
        .as_f64()
        .unwrap();
    app.client().enter_parent_frame().await.unwrap();
    // The parent resized the frame to its content: no scroll bar inside.
    let mut h = 0.0;
    for _ in 0..100 {
        h = frame_height(&app.browser).await;
        if (h - inner).abs() <= 2.0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!((h - inner).abs() <= 2.0, "frame {h} px, content {inner} px");

    // Answering in the frame changes its height again; answers work in memory too.
    app.client().enter_frame(0).await.unwrap();
    app.click("start").await;
    app.wait("section-title").await;
    app.choose("profile.staff", "1-9").await;
    let text = app.text("progress-text").await;
    assert!(text.starts_with('1'), "{text}");
    let inner2 = app
        .js("return document.body.scrollHeight")
        .await
        .as_f64()
        .unwrap();
    app.client().enter_parent_frame().await.unwrap();
    for _ in 0..100 {
        h = frame_height(&app.browser).await;
        if (h - inner2).abs() <= 2.0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        (h - inner2).abs() <= 2.0,
        "frame {h} px, content {inner2} px"
    );
    assert!(
        inner2 > inner,
        "the questions page is taller than the start page"
    );
    app.close().await;
}

#[tokio::test]
async fn embedded_in_another_origin_the_frame_fits_its_content() {
    embedded(false).await;
}

#[tokio::test]
async fn embedded_with_storage_blocked_it_works_in_memory_and_says_so() {
    embedded(true).await;
}

#[tokio::test]
async fn after_one_visit_it_works_offline_including_the_pdf_once_fetched() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/start").await;
    // Wait until the service worker controls the page (it has cached this build by then).
    app.wait_until(
        "the service worker",
        "return !!navigator.serviceWorker.controller",
    )
    .await;
    let cached = app
        .client()
        .execute_async(
            "const done = arguments[0]; caches.keys().then(k => Promise.all(k.map(n => caches.open(n).then(c => c.keys())))) \
             .then(all => done(all.flat().length))",
            vec![],
        )
        .await
        .unwrap();
    assert!(cached.as_u64().unwrap() >= 15, "cached {cached}");
    // The PDF module is fetched when the results show, and kept for use offline.
    app.goto("#/en/results").await;
    app.wait_until(
        "the PDF module kept for use offline",
        &crate::support::app::kept_offline(&[
            "pdf_worker_loader.js",
            "pdf_worker.js",
            "pdf_worker_bg.wasm",
        ]),
    )
    .await;

    // Network off (the server stops answering too): reload, answer a section, make the PDF.
    server.stop();
    app.browser.cdp("Network.enable", json!({})).await;
    app.browser
        .cdp(
            "Network.emulateNetworkConditions",
            json!({"offline": true, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0}),
        )
        .await;
    let before = server.requests().len();
    app.reload().await;
    assert_eq!(
        app.local_storage("checkup.lang").await.as_deref(),
        Some("en")
    );
    app.goto("#/en/section/profile.organisation").await;
    app.wait("section-title").await;
    for q in app.visible_questions().await {
        if q == "profile.org_name" {
            app.fill("text-profile.org_name", "Offline Bakery").await;
        } else {
            let first = app
                .js(&format!(
                    "return document.querySelector('[data-testid^=\"opt-{q}-\"]').value"
                ))
                .await;
            app.choose(&q, first.as_str().unwrap()).await;
        }
    }
    app.goto("#/en/results").await;
    app.click("download-pdf").await;
    app.wait_text("pdf-status", |t| !t.is_empty() && !t.contains('…'))
        .await;
    let pdf = crate::pdf::wait_for_download(&app.browser.downloads, ".pdf").await;
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    assert_eq!(
        server.requests().len(),
        before,
        "nothing reached the server while offline"
    );
    app.close().await;
}
