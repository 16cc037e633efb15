//! CheckUp: a browser-only GDPR and cyber-hygiene self-assessment for small
//! and medium enterprises in Belgium.
//!
//! Three rooms, with dependencies pointing one way (web -> pdf -> domain):
//! - [`domain`]: the pure core (packs, engine, report model), no browser;
//! - `pdf`: lays out a finished report model and draws it as a PDF;
//! - `web`: the browser shell (Leptos components, storage, download).

pub mod domain;

#[cfg(feature = "pdf")]
pub mod pdf;

#[cfg(feature = "web")]
pub mod web;
