//! The GDPR starter documents in the browser: the record proposed from the
//! answers, edited on the page and still there after a reload, downloaded as
//! XLSX with the edit in it; the privacy notice as DOCX; the plan's links;
//! and all of it offline once the documents page has been opened.

use std::io::Read;

use calamine::{Reader, Xlsx};
use checkup::domain::{Lang, Msg};
use serde_json::json;

use crate::access::seed;
use crate::pdf::wait_for_download;
use crate::support::app::App;
use crate::support::dist;
use crate::support::server::{ServeConfig, Server};

/// Every text cell of every sheet of a workbook.
fn xlsx_cells(path: &std::path::Path) -> Vec<String> {
    let mut wb: Xlsx<_> = calamine::open_workbook(path).expect("an XLSX that opens");
    let mut out = Vec::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        out.extend(range.cells().map(|(_, _, d)| d.to_string()));
    }
    out
}

/// The browser's date today, `YYYY-MM-DD`, in its time zone (as the app names files).
async fn local_today(app: &App) -> String {
    app.js("const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0')")
        .await
        .as_str()
        .unwrap()
        .to_string()
}

fn docx_text(path: &std::path::Path) -> String {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).expect("a DOCX is a zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[tokio::test]
async fn an_edited_record_survives_a_reload_and_goes_into_the_downloads() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/nl/start").await;
    seed(&app, "bakery", Lang::Nl).await;
    // From the plan: "Draw up your record" opens the pre-filled record.
    app.goto("#/nl/plan").await;
    app.click("document-link-act.gdpr.register").await;
    app.wait("doc-record").await;
    assert_eq!(app.hash().await, "#/nl/documents?q=record");
    app.wait_until(
        "the record's heading has focus",
        "return document.activeElement && document.activeElement.id === 'doc-record-title'",
    )
    .await;
    // And the link next to the plan.
    app.goto("#/nl/plan").await;
    app.click("to-documents").await;
    app.wait("doc-record").await;
    assert!(app.hash().await.starts_with("#/nl/documents"));
    // The record proposed from the answers, in Dutch.
    let name = app.value("record-0-name").await;
    assert_eq!(name, "Klantenbeheer en facturatie");
    app.wait_text("record-status", |t| t.contains("voorgesteld"))
        .await;
    let edited = "Zeven jaar na de laatste factuur, daarna wissen";
    app.fill("record-0-retention", edited).await;
    app.fill("org-address", "Kerkstraat 1, 2000 Antwerpen")
        .await;
    // One name everywhere: typed here, it is the CheckUp's own.
    app.fill("org-name", "Bakkerij Peeters BV").await;
    app.wait_text("record-status", |t| t.contains("gewijzigd"))
        .await;
    app.reload().await;
    app.wait("doc-record").await;
    assert_eq!(app.value("record-0-retention").await, edited);
    assert_eq!(
        app.value("org-address").await,
        "Kerkstraat 1, 2000 Antwerpen"
    );
    let saved = app.local_storage("checkup.assessment").await.unwrap();
    assert!(saved.contains(edited), "saved with the assessment");
    let a: serde_json::Value = serde_json::from_str(&saved).unwrap();
    assert_eq!(a["answers"]["profile.org_name"], "Bakkerij Peeters BV");
    assert_eq!(app.value("org-name").await, "Bakkerij Peeters BV");
    // Add a row, then remove it again: undo is offered.
    let rows = app.all("[data-testid^='record-row-']").await.len();
    app.click("record-add").await;
    app.wait(&format!("record-{rows}-name")).await;
    app.fill(&format!("record-{rows}-name"), "Klantenkaart")
        .await;
    app.click(&format!("record-remove-{rows}")).await;
    app.wait("undo").await;
    assert_eq!(app.all("[data-testid^='record-row-']").await.len(), rows);

    // The record as XLSX, with the edit.
    app.click("download-record_xlsx").await;
    let xlsx = wait_for_download(&app.browser.downloads, ".xlsx").await;
    // Named after the organisation (as given on this page) and the day, as the PDF is.
    let name = xlsx.file_name().unwrap().to_string_lossy().to_string();
    assert_eq!(
        name,
        format!(
            "register-verwerkingsactiviteiten-bakkerij-peeters-bv-{}.xlsx",
            local_today(&app).await
        )
    );
    let cells = xlsx_cells(&xlsx);
    assert!(
        cells.iter().any(|c| c == edited),
        "the edit is in the workbook"
    );
    assert!(
        cells
            .iter()
            .any(|c| c == "Categorieën van persoonsgegevens *")
    );
    assert!(cells.iter().any(|c| c == "Kerkstraat 1, 2000 Antwerpen"));
    // The privacy notice as DOCX.
    app.click("download-notice_docx").await;
    let docx = wait_for_download(&app.browser.downloads, ".docx").await;
    let xml = docx_text(&docx);
    assert!(xml.contains("Privacyverklaring van Bakkerij Peeters"));
    assert!(xml.contains("Kerkstraat 1, 2000 Antwerpen"));
    assert!(xml.contains("Drukpersstraat 35"));
    let axe = app.axe().await;
    assert!(
        axe.is_empty(),
        "axe on the documents page:\n{}",
        axe.join("\n")
    );
    assert!(app.console_errors().await.is_empty());
    app.close().await;
}

#[tokio::test]
async fn the_first_load_does_not_fetch_the_documents_module() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/start").await;
    app.ready().await;
    let loaded = app.loaded_urls().await;
    assert!(
        !loaded
            .iter()
            .any(|u| u.contains("docs_worker") || u.contains("documents-")),
        "{loaded:?}"
    );
    app.close().await;
}

#[tokio::test]
async fn after_one_visit_the_documents_are_made_offline_once_fetched() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/fr/start").await;
    app.wait_until(
        "the service worker",
        "return !!navigator.serviceWorker.controller",
    )
    .await;
    seed(&app, "accountant", Lang::Fr).await;
    // The documents module is fetched when the documents page opens, and
    // kept for use offline.
    app.goto("#/fr/documents").await;
    app.wait_until(
        "the documents module kept for use offline",
        &crate::support::app::kept_offline(&[
            "docs_worker_loader.js",
            "docs_worker.js",
            "docs_worker_bg.wasm",
        ]),
    )
    .await;
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
    app.goto("#/fr/documents?q=record").await;
    app.wait("processor-row-0").await;
    app.click("download-record_xlsx").await;
    let xlsx = wait_for_download(&app.browser.downloads, ".xlsx").await;
    let cells = xlsx_cells(&xlsx);
    assert!(cells.iter().any(|c| c == "Activité de traitement"));
    assert!(
        cells
            .iter()
            .any(|c| c.starts_with("Catégories de traitements effectués")),
        "the processor record of Art. 30(2)"
    );
    app.click("download-requests_xlsx").await;
    wait_for_download(
        &app.browser.downloads,
        &format!(
            "personnes-concernees-fiduciaire-dubois-associes-{}.xlsx",
            local_today(&app).await
        ),
    )
    .await;
    assert_eq!(
        server.requests().len(),
        before,
        "nothing reached the server while offline"
    );
    app.close().await;
}

/// An enterprise number that fails its check digits is said at once, in the
/// page's language, tied to the field for screen readers; it is kept as
/// typed, and a right one clears the message. The same for a mistyped
/// e-mail address, once the field is left.
#[tokio::test]
async fn a_wrong_enterprise_number_or_e_mail_address_is_told_and_kept() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/fr/start").await;
    seed(&app, "bakery", Lang::Fr).await;
    app.goto("#/fr/documents").await;
    app.wait("doc-org").await;
    app.fill("org-enterprise", "0123.456.748").await;
    let message = app.text("org-enterprise-error").await;
    assert_eq!(
        message.replace('\u{a0}', " "),
        Msg::DocOrgEnterpriseInvalid
            .get(Lang::Fr)
            .replace('\u{a0}', " ")
    );
    assert_eq!(
        app.js(
            "const f = document.querySelector('[data-testid=\"org-enterprise\"]'); \
                return [f.getAttribute('aria-invalid'), f.getAttribute('aria-describedby')]"
        )
        .await,
        json!(["true", "org-enterprise-error"])
    );
    assert_eq!(app.value("org-enterprise").await, "0123.456.748");
    app.fill("org-enterprise", "BE 0123.456.749").await;
    app.wait_until(
        "a right number clears the message",
        "return !document.querySelector('[data-testid=\"org-enterprise-error\"]') \
         && !document.querySelector('[data-testid=\"org-enterprise\"]').hasAttribute('aria-invalid')",
    )
    .await;

    // An e-mail address without a domain is said once the field is left,
    // not while it is typed; the phone shows its e-mail keyboard.
    app.fill("org-email", "bonjour@boulangerie-lemaire").await;
    assert!(!app.has("org-email-error").await, "not while typing");
    assert_eq!(
        app.js("return document.querySelector('[data-testid=\"org-email\"]').inputMode")
            .await,
        json!("email")
    );
    app.wait("org-email")
        .await
        .send_keys("\u{e004}")
        .await
        .unwrap();
    let message = app.text("org-email-error").await;
    assert_eq!(
        message.replace('\u{a0}', " "),
        Msg::DocOrgEmailInvalid.get(Lang::Fr).replace('\u{a0}', " ")
    );
    assert_eq!(app.value("org-email").await, "bonjour@boulangerie-lemaire");
    app.fill("org-email", "bonjour@boulangerie-lemaire.be")
        .await;
    app.wait_until(
        "a right address clears the message",
        "return !document.querySelector('[data-testid=\"org-email-error\"]')",
    )
    .await;
    app.close().await;
}
