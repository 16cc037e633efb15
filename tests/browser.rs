//! In-browser tests of the browser-only pieces (wasm-bindgen-test, headless Chromium).
#![cfg(target_arch = "wasm32")]
