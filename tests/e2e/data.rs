//! Own your data: export, clear, import, undo, two tabs, full and damaged
//! storage, the plan as a spreadsheet.

use checkup::domain::Lang;
use checkup::domain::assessment::Assessment;
use serde_json::json;

use crate::access::seed;
use crate::journey::persona;
use crate::pdf::wait_for_download;
use crate::support::app::App;
use crate::support::browser::{BrowserOptions, fresh_dir};
use crate::support::dist;
use crate::support::server::{ServeConfig, Server};

async fn stored(app: &App) -> Option<Assessment> {
    app.local_storage("checkup.assessment")
        .await
        .and_then(|t| serde_json::from_str(&t).ok())
}

/// Every key and value of this origin's local storage.
async fn storage_dump(app: &App) -> Vec<(String, String)> {
    let v = app
        .js("return Object.keys(localStorage).map(k => [k, localStorage.getItem(k)])")
        .await;
    v.as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p[0].as_str().unwrap().to_string(),
                p[1].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[tokio::test]
async fn export_clear_import_gives_back_the_same_assessment() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/nl/about").await;
    seed(&app, "bakery", Lang::Nl).await;
    let before = stored(&app).await.unwrap();
    app.goto("#/nl/about").await;
    app.click("export").await;
    let file = wait_for_download(&app.browser.downloads, ".json").await;
    assert!(
        file.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("checkup-bakkerij-peeters-")
    );
    let exported: Assessment =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(exported.answers, before.answers);

    // Clear all: the confirmation counts the answers as the progress does,
    // and after it nothing of the assessment is left in storage.
    app.click("clear-all").await;
    let catalog = checkup::domain::packs::builtin();
    let answered = checkup::domain::engine::evaluate_assessment(&catalog, &before)
        .progress
        .answered;
    let confirm = app.text("confirm-clear").await;
    assert!(
        confirm.contains(&format!("{answered} ")),
        "the count of answers is the progress's ({answered}): {confirm}"
    );
    app.click("confirm-clear-yes").await;
    app.wait("notice").await;
    let dump = storage_dump(&app).await;
    for (k, v) in &dump {
        assert!(
            !["checkup.assessment", "checkup.backup", "checkup.damaged"].contains(&k.as_str()),
            "{k} is left"
        );
        assert!(
            !v.contains("sec.") && !v.contains("Bakkerij"),
            "{k} still holds assessment data: {v}"
        );
    }
    app.reload().await;
    app.goto("#/nl/start").await;
    assert!(app.has("start").await, "a fresh start after clearing");

    // Import the file back: identical answers.
    app.wait("import-file")
        .await
        .send_keys(file.to_str().unwrap())
        .await
        .unwrap();
    app.wait_text("notice", |t| !t.is_empty()).await;
    let after = stored(&app)
        .await
        .expect("the imported assessment is saved");
    assert_eq!(after.answers, before.answers);
    assert_eq!(after.plan, before.plan);
    app.close().await;
}

#[tokio::test]
async fn a_broken_file_gets_a_translated_message_and_current_work_is_untouched() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/fr/start").await;
    seed(&app, "medical", Lang::Fr).await;
    let before = stored(&app).await.unwrap();
    let dir = fresh_dir("broken");
    let bad = dir.join("checkup-tronque.json");
    let good = serde_json::to_string(&persona("bakery")).unwrap();
    std::fs::write(&bad, &good[..good.len() / 2]).unwrap();
    app.goto("#/fr/about").await;
    app.wait("import-file")
        .await
        .send_keys(bad.to_str().unwrap())
        .await
        .unwrap();
    let msg = app.wait_text("notice", |t| !t.is_empty()).await;
    assert!(
        msg.contains("endommagé ou incomplet") && msg.contains("inchangées"),
        "{msg}"
    );
    assert_eq!(stored(&app).await.unwrap().answers, before.answers);
    // Another language: the message follows it.
    app.click("lang-nl").await;
    app.wait_text("notice", |t| t.contains("beschadigd of onvolledig"))
        .await;
    app.click("lang-fr").await;
    app.wait_text("notice", |t| t.contains("endommagé ou incomplet"))
        .await;

    // A good file asks before it replaces the current work; "undo" brings it back.
    let other = dir.join("checkup-bakkerij.json");
    std::fs::write(&other, good).unwrap();
    app.wait("import-file")
        .await
        .send_keys(other.to_str().unwrap())
        .await
        .unwrap();
    app.wait("confirm-import").await;
    assert_eq!(
        stored(&app).await.unwrap().answers,
        before.answers,
        "nothing replaced before the confirmation"
    );
    app.click("confirm-import-yes").await;
    app.wait("undo").await;
    assert_eq!(
        stored(&app).await.unwrap().answers,
        persona("bakery").answers
    );
    app.click("undo").await;
    app.wait_until(
        "the previous answers",
        "return localStorage.getItem('checkup.assessment').indexOf('De Linde') > 0",
    )
    .await;
    assert_eq!(stored(&app).await.unwrap().answers, before.answers);
    app.close().await;
}

#[tokio::test]
async fn two_tabs_on_the_same_assessment_keep_each_others_answers() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/section/profile.organisation").await;
    let first = app.client().window().await.unwrap();
    let second = app.client().new_window(true).await.unwrap().handle;
    app.client().switch_to_window(second.clone()).await.unwrap();
    app.goto("#/en/section/profile.it").await;

    // Tab 1 answers; tab 2 sees it; tab 2 answers; tab 1 keeps both.
    app.client().switch_to_window(first.clone()).await.unwrap();
    app.choose("profile.staff", "10-49").await;
    app.client().switch_to_window(second.clone()).await.unwrap();
    app.wait_until(
        "tab 2 to see tab 1's answer",
        "return (localStorage.getItem('checkup.assessment') || '').indexOf('10-49') > 0",
    )
    .await;
    app.choose("profile.cloud", "yes").await;
    app.client().switch_to_window(first).await.unwrap();
    app.choose("profile.sector", "professional").await;
    app.client().switch_to_window(second).await.unwrap();
    app.reload().await;
    app.goto("#/en/section/profile.organisation").await;
    assert!(app.is_checked("profile.staff", "10-49").await);
    assert!(app.is_checked("profile.sector", "professional").await);
    let a = stored(&app).await.unwrap();
    assert_eq!(a.answers.len(), 3, "{:?}", a.answers);
    app.close().await;
}

#[tokio::test]
async fn a_full_storage_shows_a_message_and_offers_an_export() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/de/section/profile.organisation").await;
    // Another part of the site filled this origin's storage.
    fill_storage(&app).await;
    app.choose("profile.staff", "1-9").await;
    app.choose("profile.sector", "construction").await;
    let msg = app.text("storage-banner").await;
    assert!(msg.contains("voll"), "{msg}");
    assert!(app.has("export").await, "an export is offered");
    // Work goes on in memory.
    assert!(app.text("progress-text").await.starts_with('2'));
    free_storage(&app).await;
    app.close().await;
}

#[tokio::test]
async fn damaged_saved_data_is_rescued_and_the_raw_copy_kept() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/start").await;
    let full = serde_json::to_string(&persona("accountant")).unwrap();
    let cut = full[..full.len() * 2 / 3].to_string();
    app.client()
        .execute(
            "localStorage.setItem('checkup.assessment', arguments[0])",
            vec![json!(cut.clone())],
        )
        .await
        .unwrap();
    app.reload().await;
    let msg = app.text("recovered-banner").await;
    assert!(msg.contains("damaged"), "{msg}");
    assert_eq!(
        app.local_storage("checkup.damaged").await.as_deref(),
        Some(cut.as_str())
    );
    app.wait_until(
        "the rescued answers to be saved",
        "return (localStorage.getItem('checkup.assessment') || '').indexOf('Fiduciaire') > 0",
    )
    .await;
    let rescued = stored(&app).await.unwrap();
    assert!(rescued.answers.len() > 10);
    app.close().await;
}

/// Fills this origin's storage (as another part of the site can), so that
/// no sizeable write succeeds.
async fn fill_storage(app: &App) {
    app.js(
        "let n = 0, size = 1 << 20; \
         while (size >= 64) { try { localStorage.setItem('other.fill' + n++, 'x'.repeat(size)); } catch (e) { size = size >> 1; } } \
         return n",
    )
    .await;
}

async fn free_storage(app: &App) {
    app.js("Object.keys(localStorage).filter(k => k.startsWith('other.')).forEach(k => localStorage.removeItem(k)); return 1").await;
}

#[tokio::test]
async fn damaged_data_that_cannot_be_copied_stays_in_place_until_the_person_acts() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/start").await;
    let full = serde_json::to_string(&persona("accountant")).unwrap();
    let cut = full[..full.len() * 2 / 3].to_string();
    app.client()
        .execute(
            "localStorage.setItem('checkup.assessment', arguments[0])",
            vec![json!(cut.clone())],
        )
        .await
        .unwrap();
    // No room left for a copy of the damaged data.
    fill_storage(&app).await;
    app.reload().await;
    let msg = app.text("held-banner").await;
    assert!(msg.contains("no copy of it could be kept"), "{msg}");
    assert!(
        !app.has("recovered-banner").await,
        "no claim that a copy was kept"
    );
    assert_eq!(app.local_storage("checkup.damaged").await, None);
    // Room again: still nothing is written over the damaged data.
    free_storage(&app).await;
    app.goto("#/en/section/profile.organisation").await;
    app.choose("profile.staff", "250-plus").await;
    app.goto("#/en/results").await;
    assert_eq!(
        app.local_storage("checkup.assessment").await.as_deref(),
        Some(cut.as_str()),
        "the damaged data is left as it was"
    );
    // Saved as a file, exactly as it was; then the answers are saved.
    app.click("save-damaged").await;
    let file = wait_for_download(&app.browser.downloads, ".json").await;
    assert_eq!(std::fs::read_to_string(file).unwrap(), cut);
    app.wait_until(
        "the answers to be saved once the damaged data is in a file",
        "return (localStorage.getItem('checkup.assessment') || '').indexOf('250-plus') > 0",
    )
    .await;
    assert!(!app.has("held-banner").await);
    app.close().await;
}

#[tokio::test]
async fn a_replace_whose_backup_cannot_be_kept_says_so_and_offers_the_old_work_as_a_file() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/start").await;
    seed(&app, "medical", Lang::En).await;
    let before = stored(&app).await.unwrap();
    let dir = fresh_dir("replace");
    let other = dir.join("checkup-bakery.json");
    std::fs::write(&other, serde_json::to_string(&persona("bakery")).unwrap()).unwrap();
    app.goto("#/en/about").await;
    fill_storage(&app).await;
    app.wait("import-file")
        .await
        .send_keys(other.to_str().unwrap())
        .await
        .unwrap();
    app.click("confirm-import-yes").await;
    let msg = app.wait_text("notice", |t| !t.is_empty()).await;
    assert!(msg.contains("only until you close this page"), "{msg}");
    app.click("save-replaced").await;
    let file = wait_for_download(&app.browser.downloads, ".json").await;
    let saved: Assessment = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    assert_eq!(
        saved.answers, before.answers,
        "the file holds the replaced work"
    );
    // Undo still works while the page is open.
    app.click("undo").await;
    app.wait_text("notice", |t| t.contains("back")).await;
    free_storage(&app).await;
    app.close().await;
}

#[tokio::test]
async fn with_storage_blocked_opening_a_file_says_first_that_the_current_work_cannot_be_kept() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open_with(
        &server.url(),
        "#/en/section/profile.organisation",
        BrowserOptions {
            block_storage: true,
            ..BrowserOptions::default()
        },
    )
    .await;
    app.choose("profile.staff", "10-49").await;
    let dir = fresh_dir("blocked");
    let other = dir.join("checkup-bakery.json");
    std::fs::write(&other, serde_json::to_string(&persona("bakery")).unwrap()).unwrap();
    app.goto("#/en/about").await;
    app.wait("import-file")
        .await
        .send_keys(other.to_str().unwrap())
        .await
        .unwrap();
    let ask = app.text("confirm-import").await;
    assert!(ask.contains("cannot keep your current work"), "{ask}");
    assert!(
        !ask.contains("also after reloading"),
        "no promise that storage cannot keep: {ask}"
    );
    app.click("confirm-import-yes").await;
    let msg = app.wait_text("notice", |t| !t.is_empty()).await;
    assert!(msg.contains("only until you close this page"), "{msg}");
    app.click("undo").await;
    app.goto("#/en/section/profile.organisation").await;
    assert!(app.is_checked("profile.staff", "10-49").await);
    app.close().await;
}

#[tokio::test]
async fn the_plan_downloads_as_a_spreadsheet_and_a_reminder_to_export_shows_when_done() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/fr/results").await;
    seed(&app, "transport", Lang::Fr).await;
    app.goto("#/fr/results").await;
    app.wait("export-reminder").await;
    app.goto("#/fr/plan").await;
    app.click("export-csv").await;
    let csv = wait_for_download(&app.browser.downloads, ".csv").await;
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with('\u{feff}'));
    let header = text.lines().next().unwrap();
    assert!(
        header.contains("\";\"") && header.contains("Priorité"),
        "{header}"
    );
    // After saving a file, the reminder goes.
    app.goto("#/fr/results").await;
    app.click("export").await;
    wait_for_download(&app.browser.downloads, ".json").await;
    app.wait_until(
        "the reminder to go",
        "return !document.querySelector('[data-testid=\"export-reminder\"]')",
    )
    .await;
    app.close().await;
}

#[tokio::test]
async fn a_baseline_then_a_better_round_shows_the_progress() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/en/results").await;
    seed(&app, "accountant", Lang::En).await;
    app.goto("#/en/results").await;
    app.fill("baseline-label", "Spring").await;
    app.click("save-baseline").await;
    app.wait("comparison").await;
    // A later round: the cloud backup is now in place.
    app.goto("#/en/section/sec.backup").await;
    app.choose("sec.backup.cloud", "yes").await;
    app.goto("#/en/results").await;
    let cmp = app.text("comparison").await;
    assert!(cmp.contains("Spring"), "{cmp}");
    let done = app.text("completed-since").await;
    let title = crate::journey::engine_report(&persona("accountant"), Lang::En)
        .plan
        .iter()
        .find(|p| p.id == "act.sec.cloud-backup")
        .unwrap()
        .title
        .clone();
    assert!(done.contains(&title), "{done}");
    app.reload().await;
    app.goto("#/en/results").await;
    assert!(
        app.text("comparison").await.contains("Spring"),
        "the baseline is saved"
    );
    app.close().await;
}
