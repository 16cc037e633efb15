//! Field cases in the browser (inputs in `tests/field-cases/`): version skew
//! between two builds on one origin, "clear all" in two tabs, an empty file
//! replacing work, files that are not CheckUp files, sandboxed frames,
//! blocked downloads, the height message, a PDF module that cannot load, and
//! keyboard focus when a profile answer changes the list of sections.

use std::path::{Path, PathBuf};

use checkup::domain::assessment::{Answer, Assessment};
use checkup::domain::{Lang, Msg};
use fantoccini::key::Key;
use serde_json::json;

use crate::access::seed;
use crate::journey::persona;
use crate::pdf::wait_for_download;
use crate::support::app::App;
use crate::support::browser::{Browser, fresh_dir};
use crate::support::dist;
use crate::support::server::{ServeConfig, Server};

fn case_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/field-cases")
        .join(name)
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

async fn stored(app: &App) -> Option<Assessment> {
    app.local_storage("checkup.assessment")
        .await
        .and_then(|t| serde_json::from_str(&t).ok())
}

async fn put_stored(app: &App, text: &str) {
    app.client()
        .execute(
            "localStorage.setItem('checkup.assessment', arguments[0])",
            vec![json!(text)],
        )
        .await
        .unwrap();
}

async fn open_file(app: &App, path: &Path) {
    app.wait("import-file")
        .await
        .send_keys(path.to_str().unwrap())
        .await
        .unwrap();
}

async fn active_testid(app: &App) -> String {
    app.js("const e = document.activeElement; return (e && e.dataset && e.dataset.testid) || (e ? e.tagName : '')")
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

// --- Case 2: version skew -----------------------------------------------

#[tokio::test]
async fn data_saved_in_a_newer_format_is_shown_but_never_written_over() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/start").await;
    let newer = r#"{"format":"checkup-assessment","version":2,"future_field":{"keep":"me"},"answers":{"profile.staff":"1-9"},"plan":{"act.sec.mfa":{"owner":"Owner A","future_sub":"x"}}}"#;
    put_stored(&app, newer).await;
    app.reload().await;
    let banner = app.text("newer-banner").await;
    assert!(
        banner.contains("newer version") && banner.contains("format 2"),
        "{banner}"
    );
    // Answering works in memory, but the newer data stays as it was.
    app.goto("#/en/section/profile.organisation").await;
    app.choose("profile.staff", "10-49").await;
    assert!(app.is_checked("profile.staff", "10-49").await);
    app.reload().await;
    assert_eq!(
        app.local_storage("checkup.assessment").await.as_deref(),
        Some(newer)
    );
    // The copy offered is the data exactly as the newer version wrote it.
    app.click("save-newer-copy").await;
    let copy = wait_for_download(&app.browser.downloads, ".json").await;
    assert_eq!(std::fs::read_to_string(copy).unwrap(), newer);
    app.close().await;
}

/// `dist/` twice on one origin: `/a/` as built, `/b/` with a later security
/// pack in which `sec.backup.regular` is renamed (as in 02-version-skew-tabs.md).
fn two_builds() -> PathBuf {
    let root = fresh_dir("skew");
    copy_dir(&dist(), &root.join("a"));
    copy_dir(&dist(), &root.join("b"));
    // The built site keeps each language's packs in a folder of its own.
    for lang in Lang::ALL {
        let file = root.join(format!("b/questions/{}/security.json", lang.code()));
        let text = std::fs::read_to_string(&file)
            .unwrap()
            .replace("\"sec.backup.regular\"", "\"sec.backup.regular-v2\"");
        let mut pack: serde_json::Value = serde_json::from_str(&text).unwrap();
        pack["version"] = "2099.1".into();
        let entry = json!({"from": "sec.backup.regular", "to": "sec.backup.regular-v2"});
        match pack.get_mut("renamed").and_then(|r| r.as_array_mut()) {
            Some(list) => list.push(entry),
            None => pack["renamed"] = json!([entry]),
        }
        std::fs::write(&file, serde_json::to_string_pretty(&pack).unwrap()).unwrap();
    }
    root
}

#[tokio::test]
async fn an_older_build_never_downgrades_what_a_newer_build_saved() {
    let root = two_builds();
    let server = Server::start(ServeConfig::new(&root));
    let a_url = format!("{}a/", server.url());
    let b_url = format!("{}b/", server.url());
    let app = App::open(&a_url, "#/nl/start").await;
    seed(&app, "bakery", Lang::Nl).await;
    let answer = persona("bakery").answers["sec.backup.regular"].clone();

    // Build B migrates: the answer follows the renamed question.
    app.client()
        .goto(&format!("{b_url}#/nl/section/sec.backup"))
        .await
        .unwrap();
    app.ready().await;
    app.wait_until(
        "build B to save its migration",
        "return (localStorage.getItem('checkup.assessment') || '').indexOf('sec.backup.regular-v2') > 0",
    )
    .await;
    let saved_by_b = app.local_storage("checkup.assessment").await.unwrap();

    // Build A: says the data is newer, and does not write over it.
    app.client()
        .goto(&format!("{a_url}#/nl/section/profile.organisation"))
        .await
        .unwrap();
    app.ready().await;
    let banner = app.text("newer-banner").await;
    assert!(banner.contains("2099.1"), "{banner}");
    app.choose("profile.staff", "10-49").await;
    app.reload().await;
    assert_eq!(
        app.local_storage("checkup.assessment").await.as_deref(),
        Some(saved_by_b.as_str())
    );

    // Build B again: the renamed question still has its answer.
    app.client()
        .goto(&format!("{b_url}#/nl/section/sec.backup"))
        .await
        .unwrap();
    app.ready().await;
    let a = stored(&app).await.unwrap();
    assert_eq!(a.answers.get("sec.backup.regular-v2"), Some(&answer));
    assert!(!app.has("newer-banner").await);
    assert!(
        app.is_checked("sec.backup.regular-v2", answer.one().unwrap())
            .await
    );
    app.close().await;
}

// --- Case 11: clear all in every tab -----------------------------------

#[tokio::test]
async fn clearing_all_data_in_one_tab_clears_the_other_and_nothing_comes_back() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/nl/start").await;
    seed(&app, "bakery", Lang::Nl).await;
    let first = app.client().window().await.unwrap();
    let second = app.client().new_window(true).await.unwrap().handle;
    app.client().switch_to_window(second.clone()).await.unwrap();
    app.goto("#/nl/section/profile.organisation").await;
    assert!(app.is_checked("profile.staff", "1-9").await);

    app.client().switch_to_window(first.clone()).await.unwrap();
    app.goto("#/nl/about").await;
    app.click("clear-all").await;
    app.click("confirm-clear-yes").await;
    app.wait("notice").await;

    // The other tab follows, says so, and its next answer does not bring the old data back.
    app.client().switch_to_window(second).await.unwrap();
    let msg = app
        .wait_text("notice", |t| t.contains("ander tabblad gewist"))
        .await;
    assert!(msg.contains("schrijft niets terug"), "{msg}");
    assert!(!app.is_checked("profile.staff", "1-9").await);
    app.choose("profile.staff", "10-49").await;
    app.client().switch_to_window(first).await.unwrap();
    app.reload().await;
    let a = stored(&app).await.unwrap_or_default();
    assert!(a.answers.len() <= 1, "{:?}", a.answers.keys());
    assert!(!a.answers.contains_key("profile.org_name"));
    app.close().await;
}

// --- Case 6: hand-edited and wrong files -------------------------------

#[tokio::test]
async fn an_empty_file_asks_first_and_the_undo_survives_a_reload() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/nl/start").await;
    seed(&app, "bakery", Lang::Nl).await;
    let before = stored(&app).await.unwrap();
    app.goto("#/nl/about").await;
    open_file(&app, &case_path("06e-empty-assessment.json")).await;
    let ask = app.text("confirm-import").await;
    assert!(ask.contains("leeg"), "{ask}");
    // Counted as the progress counts them.
    let asked =
        checkup::domain::engine::evaluate_assessment(&checkup::domain::packs::builtin(), &before)
            .progress
            .answered;
    assert!(ask.contains(&format!("antwoorden: {asked})")), "{ask}");
    app.click("confirm-import-yes").await;
    app.wait("undo").await;

    // After a reload the replaced work can still be brought back.
    app.reload().await;
    app.wait("forget-backup").await;
    app.click("undo").await;
    app.wait_until(
        "the answers to be back",
        "return (localStorage.getItem('checkup.assessment') || '').indexOf('Bakkerij') > 0",
    )
    .await;
    assert_eq!(stored(&app).await.unwrap().answers, before.answers);
    app.reload().await;
    assert!(!app.has("undo").await, "once used, the undo is gone");
    assert!(app.local_storage("checkup.backup").await.is_none());
    app.close().await;
}

#[tokio::test]
async fn a_spreadsheet_renamed_to_json_is_not_a_checkup_file_and_a_byte_order_mark_is_fine() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/nl/about").await;
    open_file(&app, &case_path("06d-csv-saved-as-json.json")).await;
    let msg = app.wait_text("notice", |t| !t.is_empty()).await;
    assert!(msg.contains("geen CheckUp-bestand"), "{msg}");
    assert!(!msg.contains("beschadigd"), "{msg}");
    open_file(&app, &case_path("06a-bom-cli.json")).await;
    app.wait_text("notice", |t| t.contains("Bestand geladen"))
        .await;
    assert_eq!(stored(&app).await.unwrap().answers.len(), 1);
    app.close().await;
}

// --- Case 4: what the app saves, it opens ------------------------------

#[tokio::test]
async fn a_large_assessment_saved_as_a_file_opens_again() {
    // The assessment of 04-make-big.py (about 2.3 MB).
    let fixture = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/export-2026.1.json"
    ))
    .unwrap();
    let mut f: serde_json::Value = serde_json::from_str(&fixture).unwrap();
    let acts: Vec<&str> = ["act.sec.mfa", "act.sec.backup-321"].repeat(30);
    let note: String = "één–ß😀".repeat(400).chars().take(2000).collect();
    f["plan"] = json!({"act.sec.mfa": {"owner": "Zoë", "status": "doing", "note": note}});
    f["history"] = (0..1250)
        .map(|i| json!({"saved": "2026-01-01T10:00:00Z", "label": format!("Ronde {i}"),
            "scores": {"overall": 34, "gdpr": 40, "security": 30}, "open_actions": acts, "done_actions": []}))
        .collect();
    let big = serde_json::to_string_pretty(&f).unwrap();
    assert!(big.len() > 2 * 1024 * 1024);

    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/nl/about").await;
    put_stored(&app, &big).await;
    app.reload().await;
    app.goto("#/nl/about").await;
    app.click("export").await;
    let file = wait_for_download(&app.browser.downloads, ".json").await;
    app.click("clear-all").await;
    app.click("confirm-clear-yes").await;
    open_file(&app, &file).await;
    let msg = app
        .wait_text("notice", |t| {
            t.contains("Bestand geladen") || t.contains("groot")
        })
        .await;
    assert!(msg.contains("Bestand geladen"), "{msg}");
    assert_eq!(stored(&app).await.unwrap().history.len(), 1250);
    app.close().await;
}

// --- Case 13: embedding -------------------------------------------------

/// A host page on another origin (`localhost`) with the field case's frame
/// markup pointing at `app`; it records every message it receives.
fn host_page(case: &str, app: &str) -> Server {
    let dir = fresh_dir("host");
    let html = std::fs::read_to_string(case_path(case)).unwrap();
    let start = html.find("src=\"").unwrap() + 5;
    let end = start + html[start..].find('#').unwrap();
    let html = format!("{}{}{}", &html[..start], app, &html[end..]).replace(
        "console.log('got', e.origin, JSON.stringify(e.data))",
        "(window.got = window.got || []).push([e.origin, JSON.stringify(e.data)])",
    );
    // The host page's own script is inline: the host serves no CSP.
    std::fs::write(dir.join("index.html"), html).unwrap();
    Server::start(ServeConfig::plain(&dir).host("localhost"))
}

/// Moves the app in the current frame to another page (WebDriver's own
/// navigation would move the whole window).
async fn frame_goto(app: &App, hash: &str) {
    app.js(&format!("location.hash = {}; return 1", json!(hash)))
        .await;
    app.wait_until(
        "the page in the frame",
        &format!(
            "return location.hash === {} && !!document.querySelector('main[data-app=\"full\"][data-packs=\"ready\"] h1')",
            json!(hash)
        ),
    )
    .await;
}

async fn in_frame(b: Browser, host: &Server, app_url: &str) -> App {
    b.client.goto(&host.url()).await.unwrap();
    b.client.enter_frame(0).await.unwrap();
    App {
        browser: b,
        url: app_url.to_string(),
    }
}

#[tokio::test]
async fn a_sandboxed_frame_without_same_origin_starts_and_says_what_does_not_work() {
    // The host allows the app's files to be read from an opaque origin.
    let server = Server::start(ServeConfig::new(dist()).header("Access-Control-Allow-Origin", "*"));
    let host = host_page("13-sandbox-allow-scripts.html", &server.url());
    let app = in_frame(Browser::start().await, &host, &server.url()).await;
    app.ready().await;
    app.wait("section-title").await;
    let banner = app.text("frame-banner").await;
    assert!(
        banner.contains("niet in deze browser bewaard")
            && banner.contains("zonder internetverbinding"),
        "{banner}"
    );
    // It works in memory.
    let q = app.visible_questions().await[0].clone();
    let first = app
        .js(&format!(
            "return document.querySelector('[data-testid^=\"opt-{q}-\"]').value"
        ))
        .await;
    app.choose(&q, first.as_str().unwrap()).await;
    assert!(app.is_checked(&q, first.as_str().unwrap()).await);
    app.close().await;
}

#[tokio::test]
async fn a_sandboxed_frame_that_cannot_load_the_app_says_so_instead_of_staying_blank() {
    // A plain static server: the modules cannot be read from an opaque origin.
    let server = Server::start(ServeConfig::new(dist()));
    let host = host_page("13-sandbox-allow-scripts.html", &server.url());
    let app = in_frame(Browser::start().await, &host, &server.url()).await;
    let msg = app.text("boot-failed").await;
    assert!(msg.contains("kon hier niet starten"), "{msg}");
    assert!(msg.contains(&server.url()), "{msg}");
    app.close().await;
}

#[tokio::test]
async fn where_downloads_are_blocked_saving_says_so_and_the_reminder_stays() {
    let server = Server::start(ServeConfig::new(dist()));
    let host = host_page("13-sandbox-no-downloads.html", &server.url());
    let app = in_frame(Browser::start().await, &host, &server.url()).await;
    app.ready().await;
    frame_goto(&app, "#/nl/about").await;
    let dir = fresh_dir("blocked");
    let file = dir.join("bakery.json");
    std::fs::write(&file, serde_json::to_string(&persona("bakery")).unwrap()).unwrap();
    open_file(&app, &file).await;
    app.wait_text("notice", |t| t.contains("Bestand geladen"))
        .await;
    assert!(app.has("frame-banner").await);
    // Another site's page: the browser keeps these answers for that site only, and the app says so.
    let note = app.text("frame-partitioned").await;
    assert!(note.contains("alleen voor die website"), "{note}");

    app.click("export").await;
    let msg = app.wait_text("notice", |t| t.contains("download")).await;
    assert!(msg.contains("niet gebeurd"), "{msg}");
    assert_eq!(app.local_storage("checkup.exported").await, None);
    app.click("export-csv").await;
    app.wait_text("notice", |t| t.contains("niet gebeurd"))
        .await;

    frame_goto(&app, "#/nl/plan").await;
    app.click("download-pdf").await;
    let status = app
        .wait_text("pdf-status", |t| !t.is_empty() && !t.contains('…'))
        .await;
    assert!(status.contains("blokkeert"), "{status}");
    assert!(
        std::fs::read_dir(&app.browser.downloads)
            .unwrap()
            .next()
            .is_none(),
        "nothing was downloaded"
    );
    frame_goto(&app, "#/nl/results").await;
    app.wait("export-reminder").await;
    app.close().await;
}

#[tokio::test]
async fn the_height_goes_only_to_the_listed_origins() {
    // Two copies of the app: one lists the host's origin, one does not.
    let listed = fresh_dir("listed");
    let unlisted = fresh_dir("unlisted");
    copy_dir(&dist(), &listed);
    copy_dir(&dist(), &unlisted);
    let host_dir = fresh_dir("host2");
    let host = Server::start(ServeConfig::plain(&host_dir).host("localhost"));
    std::fs::write(
        listed.join("checkup.config.json"),
        json!({"embed_origins": [host.origin()]}).to_string(),
    )
    .unwrap();
    std::fs::write(
        unlisted.join("checkup.config.json"),
        json!({"embed_origins": ["https://www.example.be"]}).to_string(),
    )
    .unwrap();
    let a = Server::start(ServeConfig::new(&listed));
    let b = Server::start(ServeConfig::new(&unlisted));
    std::fs::write(
        host_dir.join("index.html"),
        format!(
            "<!doctype html><meta charset=\"utf-8\"><title>host</title>\
             <script>window.got = []; window.addEventListener('message', e => window.got.push(e.origin));</script>\
             <iframe src=\"{}#/nl/start\" title=\"a\"></iframe><iframe src=\"{}#/nl/start\" title=\"b\"></iframe>",
            a.url(),
            b.url()
        ),
    )
    .unwrap();
    let browser = Browser::start().await;
    browser.client.goto(&host.url()).await.unwrap();
    let app = App {
        browser,
        url: b.url(),
    };
    // The unlisted copy is fully up and has moved to another page...
    app.client().enter_frame(1).await.unwrap();
    app.ready().await;
    frame_goto(&app, "#/nl/about").await;
    app.client().enter_parent_frame().await.unwrap();
    // ...and the listed one has sent its height.
    app.wait_until(
        "the listed copy's height",
        &format!(
            "return window.got.indexOf({}) >= 0",
            serde_json::to_string(&a.origin()).unwrap()
        ),
    )
    .await;
    let got = app.js("return window.got").await;
    let from: Vec<&str> = got
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| o.as_str())
        .collect();
    assert!(
        !from.contains(&b.origin().as_str()),
        "the unlisted copy sent its height: {from:?}"
    );
    app.close().await;
}

// --- Case 18: the PDF module cannot load --------------------------------

#[tokio::test]
async fn a_pdf_module_that_cannot_load_is_reported_with_a_retry() {
    let site = fresh_dir("broken-pdf");
    copy_dir(&dist(), &site);
    let wasm = site.join("pdf_worker_bg.wasm");
    let bytes = std::fs::read(&wasm).unwrap();
    std::fs::write(&wasm, &bytes[..100 * 1024]).unwrap();
    let server = Server::start(ServeConfig::new(&site));
    let app = App::open(&server.url(), "#/nl/start").await;
    seed(&app, "bakery", Lang::Nl).await;
    app.goto("#/nl/plan").await;
    app.click("download-pdf").await;
    let msg = app.text("pdf-module-failed").await;
    assert!(msg.contains("PDF-module"), "{msg}");
    let button = app.wait("download-pdf").await;
    assert!(button.is_enabled().await.unwrap());
    assert_eq!(button.text().await.unwrap(), "Opnieuw proberen");
    // Trying again tries again (and says so again), never "loading" for ever.
    button.click().await.unwrap();
    app.text("pdf-module-failed").await;
    app.close().await;
}

// --- Extra (b): focus stays when the sections change --------------------

#[tokio::test]
async fn a_profile_answer_that_changes_the_sections_keeps_keyboard_focus() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/nl/start").await;
    let mut a = persona("bakery");
    for (q, v) in [
        ("profile.cameras", "no"),
        ("profile.website", "none"),
        ("profile.cloud", "no"),
        ("profile.marketing", "no"),
    ] {
        a.answers
            .insert(q.into(), checkup::domain::assessment::Answer::One(v.into()));
    }
    put_stored(&app, &serde_json::to_string(&a).unwrap()).await;
    app.reload().await;
    app.goto("#/nl/section/profile.data").await;
    let steps = || app.js("return document.querySelectorAll('[data-testid^=\"step-\"]').length");
    let before = steps().await;
    let no = app.wait("opt-profile.cameras-no").await;
    app.js("document.querySelector('[data-testid=\"opt-profile.cameras-no\"]').focus(); return 1")
        .await;
    no.send_keys(&Key::Left.to_string()).await.unwrap();
    app.wait_until(
        "the new section in the step list",
        &format!("return document.querySelectorAll('[data-testid^=\"step-\"]').length != {before}"),
    )
    .await;
    assert!(app.is_checked("profile.cameras", "yes").await);
    assert_eq!(active_testid(&app).await, "opt-profile.cameras-yes");
    // The arrow keys go on working in the same group.
    let yes = app.wait("opt-profile.cameras-yes").await;
    yes.send_keys(&Key::Right.to_string()).await.unwrap();
    app.wait_until(
        "the answer back to no",
        "return document.querySelector('[data-testid=\"opt-profile.cameras-no\"]').checked",
    )
    .await;
    assert_eq!(active_testid(&app).await, "opt-profile.cameras-no");

    // A mouse click too.
    app.goto("#/nl/section/profile.it").await;
    app.choose("profile.cloud", "yes").await;
    app.wait_until(
        "the transfers section",
        "return !!document.querySelector('[data-testid=\"step-gdpr.transfers\"]')",
    )
    .await;
    assert_eq!(active_testid(&app).await, "opt-profile.cloud-yes");
    app.close().await;
}

#[tokio::test]
async fn with_no_newer_build_at_hand_a_person_can_go_on_in_this_one_and_lose_nothing() {
    let root = two_builds();
    let server = Server::start(ServeConfig::new(&root));
    let a_url = format!("{}a/", server.url());
    let b_url = format!("{}b/", server.url());
    let app = App::open(&b_url, "#/nl/start").await;
    seed(&app, "bakery", Lang::Nl).await;
    let answer = persona("bakery").answers["sec.backup.regular"].clone();
    app.client()
        .goto(&format!("{b_url}#/nl/section/sec.backup"))
        .await
        .unwrap();
    app.ready().await;
    app.wait_until(
        "build B to save its migration",
        "return (localStorage.getItem('checkup.assessment') || '').indexOf('sec.backup.regular-v2') > 0",
    )
    .await;

    // Build A offers to go on here, and then saves again.
    app.client()
        .goto(&format!("{a_url}#/nl/section/profile.organisation"))
        .await
        .unwrap();
    app.ready().await;
    assert_eq!(
        app.text("newer-go-on-text").await,
        Msg::NewerGoOnText.get(Lang::Nl)
    );
    // The questions are named as the person knows them, not by an internal id.
    let banner = app.text("newer-banner").await;
    let title = checkup::domain::packs::builtin()
        .pack("security")
        .unwrap()
        .title
        .get(Lang::Nl)
        .to_string();
    assert!(banner.contains(&format!("{title} 2099.1")), "{banner}");
    app.click("newer-go-on").await;
    app.wait_until(
        "the banner to go",
        "return !document.querySelector('[data-testid=\"newer-banner\"]')",
    )
    .await;
    app.choose("profile.staff", "10-49").await;
    app.reload().await;
    assert!(!app.has("newer-banner").await);
    assert!(app.is_checked("profile.staff", "10-49").await);
    let in_a = stored(&app).await.unwrap();
    assert_eq!(in_a.set_aside.get("sec.backup.regular-v2"), Some(&answer));
    assert_eq!(in_a.lang, Lang::Nl, "the data keeps the language in use");

    // Build B later gets the answer it knows back.
    app.client()
        .goto(&format!("{b_url}#/nl/section/sec.backup"))
        .await
        .unwrap();
    app.ready().await;
    assert!(
        app.is_checked("sec.backup.regular-v2", answer.one().unwrap())
            .await
    );
    let in_b = stored(&app).await.unwrap();
    assert_eq!(
        in_b.answers.get("profile.staff"),
        Some(&Answer::One("10-49".into()))
    );
    app.close().await;
}

#[tokio::test]
async fn the_message_after_opening_a_file_counts_the_answers_as_the_progress_does() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/personas/bakery.json");
    let bakery = persona("bakery");
    let catalog = checkup::domain::packs::builtin();
    let asked = checkup::domain::engine::evaluate_assessment(&catalog, &bakery)
        .progress
        .answered;
    // The bakery has no cameras, but its file still holds camera answers.
    assert!(bakery.answers.len() > asked);
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/nl/about").await;
    open_file(&app, &path).await;
    let msg = app
        .wait_text("notice", |t| t.contains("Bestand geladen"))
        .await;
    assert!(msg.contains(&format!("antwoorden: {asked})")), "{msg}");
    app.close().await;
}

#[tokio::test]
async fn a_file_opened_from_the_start_page_over_current_work_asks_first_and_then_replaces_it() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/nl/start").await;
    seed(&app, "bakery", Lang::Nl).await;
    app.goto("#/nl/start").await;
    app.wait("resume").await;
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/personas/accountant.json");
    open_file(&app, &path).await;
    app.wait("confirm-import").await;
    // The question takes the focus, so it is seen below the fold too.
    app.wait_until(
        "the confirmation to have the focus",
        "return document.activeElement && document.activeElement.dataset.testid === 'confirm-import-yes'",
    )
    .await;
    app.click("confirm-import-yes").await;
    app.wait_text("notice", |t| t.contains("Bestand geladen"))
        .await;
    let a = stored(&app).await.unwrap();
    assert_eq!(a.answers, persona("accountant").answers);
    app.close().await;
}
