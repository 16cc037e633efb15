//! The page object: how tests see and drive the CheckUp, by `data-testid`.

use std::time::{Duration, Instant};

use fantoccini::Locator;
use fantoccini::elements::Element;
use serde_json::{Value as Json, json};

use super::browser::{Browser, BrowserOptions};

pub struct App {
    pub browser: Browser,
    /// The app's address (the served folder).
    pub url: String,
}

fn sel(testid: &str) -> String {
    format!("[data-testid=\"{testid}\"]")
}

impl App {
    /// Opens the app at `url` (plus an optional `#/...` fragment) in a new browser.
    pub async fn open(url: &str, hash: &str) -> App {
        App::open_with(url, hash, BrowserOptions::default()).await
    }

    pub async fn open_with(url: &str, hash: &str, opts: BrowserOptions) -> App {
        let browser = Browser::with(opts).await;
        let app = App {
            browser,
            url: url.to_string(),
        };
        app.goto(hash).await;
        app
    }

    pub fn client(&self) -> &fantoccini::Client {
        &self.browser.client
    }

    /// Loads the app at a fragment and waits until it has rendered.
    pub async fn goto(&self, hash: &str) {
        self.client()
            .goto(&format!("{}{}", self.url, hash))
            .await
            .expect("navigate");
        self.wait("main").await;
    }

    pub async fn reload(&self) {
        self.client().refresh().await.expect("reload");
        self.wait("main").await;
    }

    /// Waits (up to 20 s) for an element with this test id.
    pub async fn wait(&self, testid: &str) -> Element {
        self.wait_css(&sel(testid)).await
    }

    pub async fn wait_css(&self, css: &str) -> Element {
        self.client()
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css} appeared: {e}"))
    }

    /// Whether an element with this test id is on the page now.
    pub async fn has(&self, testid: &str) -> bool {
        self.client().find(Locator::Css(&sel(testid))).await.is_ok()
    }

    pub async fn all(&self, css: &str) -> Vec<Element> {
        self.client()
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_default()
    }

    pub async fn click(&self, testid: &str) {
        self.wait(testid)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {testid}: {e}"));
    }

    pub async fn text(&self, testid: &str) -> String {
        self.wait(testid).await.text().await.expect("text")
    }

    /// Waits until the element's text satisfies `ok`; returns the last text seen.
    pub async fn wait_text(&self, testid: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let t = self.text(testid).await;
            if ok(&t) {
                return t;
            }
            assert!(
                Instant::now() < deadline,
                "{testid} never got the expected text; last: {t:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn js(&self, script: &str) -> Json {
        self.client()
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    pub async fn html_lang(&self) -> String {
        self.js("return document.documentElement.lang")
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    pub async fn hash(&self) -> String {
        self.js("return location.hash")
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// Every URL the page has loaded: the document and each resource.
    pub async fn loaded_urls(&self) -> Vec<String> {
        let v = self
            .js("return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name))")
            .await;
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(|u| u.as_str().map(String::from))
            .collect()
    }

    pub async fn local_storage(&self, key: &str) -> Option<String> {
        self.client()
            .execute(
                "return localStorage.getItem(arguments[0])",
                vec![json!(key)],
            )
            .await
            .ok()
            .and_then(|v| v.as_str().map(String::from))
    }

    pub async fn console_errors(&self) -> Vec<String> {
        self.browser.console_errors().await
    }

    pub async fn close(self) {
        self.browser.close().await;
    }
}
