//! The PDF, made in the browser's worker and downloaded as a user would.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use checkup::domain::{Lang, Msg};

use crate::access::seed;
use crate::journey::{engine_report, persona};
use crate::support::app::App;
use crate::support::dist;
use crate::support::server::{ServeConfig, Server};

/// Waits (up to 60 s) for a finished download ending in `ext`.
pub async fn wait_for_download(dir: &Path, ext: &str) -> PathBuf {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                let p = e.path();
                let name = p.file_name().unwrap().to_string_lossy().to_string();
                if name.ends_with(ext)
                    && std::fs::metadata(&p).map(|m| m.len() > 0).unwrap_or(false)
                {
                    return p;
                }
            }
        }
        assert!(
            Instant::now() < deadline,
            "no {ext} download arrived in {}",
            dir.display()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub fn pdftotext(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

async fn download(name: &str, lang: Lang) {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), &format!("#/{}/start", lang.code())).await;
    seed(&app, name, lang).await;
    app.goto(&format!("#/{}/results", lang.code())).await;
    app.click("download-pdf").await;
    // Progress is shown while the worker works; the page stays usable.
    let pdf = wait_for_download(&app.browser.downloads, ".pdf").await;
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let expect = engine_report(&persona(name), lang);
    let file = pdf.file_name().unwrap().to_string_lossy().to_string();
    assert!(
        file.starts_with(&expect.file_stem[..expect.file_stem.len() - 10]),
        "file name {file}"
    );
    // Long words may break at a syllable with a hyphen: compare without
    // spaces and hyphens.
    let squeeze = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect()
    };
    let raw = pdftotext(&pdf);
    let text = squeeze(&raw);
    assert!(
        text.contains(&squeeze(&expect.organisation)),
        "the PDF names the organisation"
    );
    for s in expect.packs.iter().flat_map(|p| p.sections.iter()) {
        assert!(
            text.contains(&squeeze(&s.title)),
            "the PDF has the section {}",
            s.title
        );
    }
    // The PDF module fetched the patterns of the report's language only.
    let patterns: Vec<String> = server
        .requests()
        .into_iter()
        .filter(|r| r.contains("hyphenation-"))
        .collect();
    assert_eq!(
        patterns,
        [format!("/hyphenation-{}.bincode", lang.code())],
        "patterns fetched"
    );
    // Dutch compounds in the plan's narrow columns break at a syllable.
    if lang == Lang::Nl {
        assert!(
            raw.split_whitespace().any(|w| w.len() > 3
                && w.ends_with('-')
                && w[..w.len() - 1].chars().all(char::is_alphabetic)),
            "a word broken at a syllable"
        );
    }
    app.wait_text("pdf-status", |t| !t.is_empty() && !t.contains('…'))
        .await;
    assert!(app.console_errors().await.is_empty());
    app.close().await;
}

#[tokio::test]
async fn the_medical_practice_downloads_its_pdf_in_dutch() {
    download("medical", Lang::Nl).await;
}

#[tokio::test]
async fn the_accounting_office_downloads_its_pdf_in_french() {
    download("accountant", Lang::Fr).await;
}

/// Whether the server was asked for the PDF module.
fn pdf_module_fetched(server: &Server) -> bool {
    server
        .requests()
        .iter()
        .any(|r| r.ends_with("/pdf_worker_bg.wasm"))
}

/// The PDF module is not part of the walk: it is fetched when the results
/// show. On a connection that asks to save data it waits for the click,
/// and the button says the PDF is getting ready until the file is saved.
#[tokio::test]
async fn the_pdf_module_loads_at_the_results_and_on_save_data_only_when_asked() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/start").await;
    seed(&app, "bakery", Lang::En).await;
    app.goto("#/en/section/sec.backup").await;
    app.wait("section-title").await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(
        !pdf_module_fetched(&server),
        "no PDF module during the walk"
    );
    app.goto("#/en/results").await;
    let deadline = Instant::now() + Duration::from_secs(20);
    while !pdf_module_fetched(&server) {
        assert!(
            Instant::now() < deadline,
            "the results fetch the PDF module"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.close().await;

    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/start").await;
    app.browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source":
                "Object.defineProperty(navigator, 'connection', { value: { saveData: true } });" }),
        )
        .await;
    seed(&app, "bakery", Lang::En).await;
    app.goto("#/en/results").await;
    app.wait("download-pdf").await;
    tokio::time::sleep(Duration::from_millis(2000)).await;
    assert!(
        !pdf_module_fetched(&server),
        "with save-data on, the results do not fetch the PDF module"
    );
    app.click("download-pdf").await;
    let status = app.text("pdf-status").await;
    assert!(
        [Msg::PdfLoading, Msg::PdfWorking, Msg::PdfSaved]
            .iter()
            .any(|m| status == m.get(Lang::En)),
        "the button says where the PDF stands: {status:?}"
    );
    wait_for_download(&app.browser.downloads, ".pdf").await;
    assert!(
        pdf_module_fetched(&server),
        "the click fetched the PDF module"
    );
    app.close().await;
}
