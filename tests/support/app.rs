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
        let app = App::open_first(url, hash, opts).await;
        app.ready().await;
        app
    }

    /// Opens the app at `url` and a fragment without waiting for the full
    /// app: only until the first screen (or the app) shows its page.
    pub async fn open_first(url: &str, hash: &str, opts: BrowserOptions) -> App {
        let browser = Browser::with(opts).await;
        let app = App {
            browser,
            url: url.to_string(),
        };
        app.client()
            .goto(&format!("{url}{hash}"))
            .await
            .expect("navigate");
        app.wait_css("main[data-app]").await;
        app
    }

    pub fn client(&self) -> &fantoccini::Client {
        &self.browser.client
    }

    /// Loads the app at a fragment and waits until the full app has taken
    /// over from the first screen and its question packs are loaded.
    pub async fn goto(&self, hash: &str) {
        self.client()
            .goto(&format!("{}{}", self.url, hash))
            .await
            .expect("navigate");
        self.ready().await;
    }

    pub async fn reload(&self) {
        self.client().refresh().await.expect("reload");
        self.ready().await;
    }

    /// Waits for the full app (not the first screen), with its packs loaded.
    pub async fn ready(&self) {
        // Mounted behind the first screen's first section, the app is hidden
        // until it takes over.
        self.wait_css(
            "body > main[data-app=\"full\"][data-packs=\"ready\"], \
             [data-app-root]:not([hidden]) > main[data-app=\"full\"][data-packs=\"ready\"]",
        )
        .await;
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

    /// Presses a button of the first screen, named by its `data-first`
    /// attribute (`begin-quick`, `begin-full`, `lang-fr`...), once it is there.
    pub async fn press_first(&self, name: &str) {
        self.wait_css(&format!("[data-first=\"{name}\"]"))
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("could not press {name} on the first screen: {e}"));
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

    /// The element's text. The page may re-render the element between
    /// finding and reading it (a stale element): then it is found again.
    pub async fn text(&self, testid: &str) -> String {
        let mut tries = 0;
        loop {
            match self.wait(testid).await.text().await {
                Ok(t) => return t,
                Err(_) if tries < 10 => {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("text of {testid}: {e}"),
            }
        }
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

impl App {
    /// Ids of the questions shown on the current page, in order.
    pub async fn visible_questions(&self) -> Vec<String> {
        let v = self
            .js("return Array.from(document.querySelectorAll('[data-testid^=\"q-\"]')).map(e => e.dataset.testid.slice(2))")
            .await;
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x.as_str().map(String::from))
            .collect()
    }

    /// The id of the section shown now (from the address).
    pub async fn section(&self) -> Option<String> {
        let h = self.hash().await;
        h.split("/section/")
            .nth(1)
            .map(|s| s.split('?').next().unwrap_or(s).to_string())
    }

    /// Clicks an option (radio or checkbox) of a question.
    pub async fn choose(&self, question: &str, value: &str) {
        let sel = format!("[data-testid=\"opt-{question}-{value}\"]");
        let el = self.wait_css(&sel).await;
        el.click()
            .await
            .unwrap_or_else(|e| panic!("choose {question}={value}: {e}"));
    }

    pub async fn is_checked(&self, question: &str, value: &str) -> bool {
        self.client()
            .execute(
                "const e = document.querySelector(arguments[0]); return !!(e && e.checked)",
                vec![json!(format!("[data-testid=\"opt-{question}-{value}\"]"))],
            )
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    }

    /// Types into a field found by test id (replacing what is there).
    pub async fn fill(&self, testid: &str, text: &str) {
        let el = self.wait(testid).await;
        el.clear().await.expect("clear");
        el.send_keys(text).await.expect("type");
    }

    pub async fn value(&self, testid: &str) -> String {
        self.wait(testid)
            .await
            .prop("value")
            .await
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    /// Sets a date input (typing dates is locale-dependent in Chromium).
    pub async fn set_date(&self, testid: &str, iso: &str) {
        self.client()
            .execute(
                "const e = document.querySelector(arguments[0]); e.value = arguments[1]; \
                 e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
                vec![json!(format!("[data-testid=\"{testid}\"]")), json!(iso)],
            )
            .await
            .expect("set date");
    }

    /// Picks an option of a `<select>` by value.
    pub async fn select(&self, testid: &str, value: &str) {
        self.wait(testid)
            .await
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("select {testid}={value}: {e}"));
    }

    /// Runs axe-core on the page; returns the violations as readable lines.
    pub async fn axe(&self) -> Vec<String> {
        let axe_src = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/.tools/node_modules/axe-core/axe.min.js"
        ))
        .expect("axe-core is installed by ./setup.sh tools");
        self.js(&axe_src).await;
        // A whole page checked on a busy two-core machine can take a while.
        self.client()
            .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
                Some(Duration::from_secs(180)),
                Some(Duration::from_secs(60)),
                Some(Duration::ZERO),
            ))
            .await
            .expect("timeouts");
        let result = self
            .client()
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => \
                   v.id + ' (' + v.impact + '): ' + v.help + ' -> ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(' | ')))) \
                 .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("run axe");
        result
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(String::from))
            .collect()
    }

    /// Saves a screenshot when CHECKUP_SHOTS names a folder (for looking at pages).
    pub async fn shot(&self, name: &str) {
        if let Ok(dir) = std::env::var("CHECKUP_SHOTS") {
            let png = self.client().screenshot().await.expect("screenshot");
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(format!("{dir}/{name}.png"), png).unwrap();
        }
    }

    /// Waits until `f` is true, polling the page (up to 20 s).
    pub async fn wait_until(&self, what: &str, script: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if self.js(script).await.as_bool() == Some(true) {
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// A script for [`App::wait_until`]: whether the service worker's caches
/// hold every one of `files` (paths relative to the site).
pub fn kept_offline(files: &[&str]) -> String {
    format!(
        "return caches.keys().then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.keys())))) \
         .then(all => {{ const urls = all.flat().map(r => r.url); \
         return {}.every(f => urls.some(u => u.endsWith('/' + f))); }})",
        serde_json::to_string(files).unwrap()
    )
}
