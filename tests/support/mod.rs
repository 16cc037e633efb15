//! Shared by the end-to-end tests and the benchmark: a static server for
//! `dist/`, headless Chromium through chromedriver, and the page object.
#![allow(dead_code)]

pub mod app;
pub mod browser;
pub mod server;

use std::path::PathBuf;

/// The built app. `./setup.sh test` builds it before the end-to-end tests.
pub fn dist() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(
        d.join("index.html").is_file(),
        "dist/ is not built: run ./setup.sh build first"
    );
    d
}
