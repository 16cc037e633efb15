//! Headless Chromium through chromedriver: one chromedriver and one fresh
//! browser profile per `Browser`, both gone when it is dropped.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder};
use serde_json::{Value as Json, json};

/// Options for a browser session.
#[derive(Clone, Debug)]
pub struct BrowserOptions {
    pub width: u32,
    pub height: u32,
    /// Extra Chromium flags.
    pub args: Vec<String>,
    /// Block cookies and site data (local storage), as privacy settings can.
    pub block_storage: bool,
}

impl Default for BrowserOptions {
    fn default() -> Self {
        BrowserOptions {
            width: 1280,
            height: 900,
            args: vec![],
            block_storage: false,
        }
    }
}

pub struct Browser {
    pub client: Client,
    driver: Child,
    profile: PathBuf,
    /// Where downloads land.
    pub downloads: PathBuf,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A fresh, empty folder under the system's temporary folder.
pub fn fresh_dir(prefix: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let dir = std::env::temp_dir().join(format!(
        "checkup-{prefix}-{}-{n}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

impl Browser {
    pub async fn start() -> Browser {
        Browser::with(BrowserOptions::default()).await
    }

    pub async fn with(opts: BrowserOptions) -> Browser {
        let port = free_port();
        let exe = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let driver = Command::new(&exe)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {exe} ({e}); run ./setup.sh tools"));
        let profile = fresh_dir("profile");
        let downloads = fresh_dir("downloads");
        let mut args: Vec<String> = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--disable-features=Translate,OptimizationHints,MediaRouter",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        args.push(format!("--window-size={},{}", opts.width, opts.height));
        args.extend(opts.args.iter().cloned());
        let mut caps = Capabilities::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "args": args,
                "binary": std::env::var("CHROME").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "prefs": {
                    "download.default_directory": downloads.display().to_string(),
                    "download.prompt_for_download": false,
                    // "Block all cookies and site data": storage throws in the page.
                    "profile.default_content_setting_values.cookies": if opts.block_storage { 2 } else { 1 },
                },
            }),
        );
        caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
        let url = format!("http://127.0.0.1:{port}/");
        let deadline = Instant::now() + Duration::from_secs(30);
        let client = loop {
            let mut builder =
                ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
            builder.capabilities(caps.clone());
            match builder.connect(&url).await {
                Ok(c) => break c,
                Err(e) if Instant::now() > deadline => {
                    panic!("chromedriver did not start a session: {e}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        let b = Browser {
            client,
            driver,
            profile,
            downloads,
        };
        // Allow downloads into our folder in headless mode.
        b.cdp(
            "Browser.setDownloadBehavior",
            json!({ "behavior": "allow", "downloadPath": b.downloads.display().to_string() }),
        )
        .await;
        b
    }

    /// Sends a Chrome DevTools Protocol command through chromedriver.
    pub async fn cdp(&self, cmd: &str, params: Json) -> Json {
        self.raw("goog/cdp/execute", json!({ "cmd": cmd, "params": params }))
            .await
            .unwrap_or_else(|e| panic!("CDP {cmd} failed: {e}"))
    }

    /// The browser console entries of level SEVERE since the last call.
    pub async fn console_errors(&self) -> Vec<String> {
        let log = self
            .raw("se/log", json!({ "type": "browser" }))
            .await
            .expect("read the browser log");
        log.as_array()
            .into_iter()
            .flatten()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    async fn raw(&self, path: &str, body: Json) -> Result<Json, fantoccini::error::CmdError> {
        self.client
            .issue_cmd(Raw {
                path: path.to_string(),
                body,
            })
            .await
    }

    /// Ends the session and the driver.
    pub async fn close(mut self) {
        let client = self.client.clone();
        let _ = client.close().await;
        let _ = self.driver.kill();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
        let _ = std::fs::remove_dir_all(&self.downloads);
    }
}

/// A session command chromedriver knows but fantoccini does not wrap.
#[derive(Debug)]
struct Raw {
    path: String,
    body: Json,
}

impl WebDriverCompatibleCommand for Raw {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}
