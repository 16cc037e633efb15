//! A due date that does not exist: refused with a message, and the last good
//! date is kept.

use checkup::domain::Lang;

use crate::access::seed;
use crate::journey::{engine_report, persona};
use crate::support::app::App;
use crate::support::dist;
use crate::support::server::{ServeConfig, Server};

#[tokio::test]
async fn a_due_date_that_does_not_exist_is_refused_and_the_last_good_one_kept() {
    let server = Server::start(ServeConfig::new(dist()));
    let app = App::open(&server.url(), "#/nl/plan").await;
    seed(&app, "bakery", Lang::Nl).await;
    app.goto("#/nl/plan").await;
    let first = engine_report(&persona("bakery"), Lang::Nl).plan[0]
        .id
        .clone();
    let due = format!("due-{first}");
    // The planning fields open on demand.
    app.click(&format!("plan-it-{first}")).await;
    app.set_date(&due, "2026-12-15").await;
    app.wait_until(
        "the due date to be saved",
        "return (localStorage.getItem('checkup.assessment') || '').includes('2026-12-15')",
    )
    .await;
    // Typed by hand: 31 February 2026 (month, day, year in an en-US browser).
    let field = app.wait(&due).await;
    field.send_keys("02312026").await.expect("type a date");
    app.js(&format!(
        "document.querySelector('[data-testid=\"{due}\"]').blur(); return true;"
    ))
    .await;
    let message = app
        .wait_text(&format!("due-error-{first}"), |t| !t.is_empty())
        .await;
    assert!(
        message.contains("bestaat niet of is niet volledig"),
        "{message}"
    );
    assert_eq!(
        app.js(&format!(
            "return document.querySelector('[data-testid=\"{due}\"]').getAttribute('aria-invalid');"
        ))
        .await,
        "true"
    );
    // The plan keeps the last good date, not one the field passed through
    // while the digits were typed.
    app.reload().await;
    app.wait(&due).await;
    app.click(&format!("plan-it-{first}")).await;
    assert_eq!(app.value(&due).await, "2026-12-15");
    // A date that exists clears the message.
    app.set_date(&due, "2026-03-31").await;
    app.wait_until(
        "the message to go",
        &format!("return !document.querySelector('[data-testid=\"due-error-{first}\"]')"),
    )
    .await;
    // Into an empty field (no change event: the value stays empty), the
    // same date is told when the field is left.
    let second = engine_report(&persona("bakery"), Lang::Nl).plan[1]
        .id
        .clone();
    let due2 = format!("due-{second}");
    app.click(&format!("plan-it-{second}")).await;
    let field = app.wait(&due2).await;
    field.send_keys("02312027").await.expect("type a date");
    app.js(&format!(
        "document.querySelector('[data-testid=\"{due2}\"]').blur(); return true;"
    ))
    .await;
    let message = app
        .wait_text(&format!("due-error-{second}"), |t| !t.is_empty())
        .await;
    // No earlier date to keep: the message does not speak of one.
    assert_eq!(
        message,
        checkup::domain::Msg::DateIncompleteNone.get(Lang::Nl)
    );
    assert!(app.console_errors().await.is_empty());
    app.close().await;
}
