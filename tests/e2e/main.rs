//! End-to-end tests: the built `dist/`, served on loopback, driven in headless
//! Chromium through chromedriver. Build first: `./setup.sh build`.

#[path = "../support/mod.rs"]
mod support;

mod access;
mod data;
mod dates;
mod documents;
mod federation;
mod field;
mod journey;
mod pdf;
mod plan;
mod platform;
mod quick;
