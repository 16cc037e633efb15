//! CheckUp: a browser-only GDPR and cyber-hygiene self-assessment for small
//! and medium enterprises in Belgium.
//!
//! Three rooms, with dependencies pointing one way (web -> pdf -> domain):
//! - [`domain`]: the pure core (packs, engine, report model), no browser;
//! - `pdf`: lays out a finished report model and draws it as a PDF;
//! - `web`: the browser shell (Leptos components, storage, download), and
//!   the small first screen that loads it.

pub mod domain;

#[cfg(feature = "pdf")]
pub mod pdf;

/// The GDPR starter documents as XLSX, CSV, DOCX and HTML files.
#[cfg(feature = "documents")]
pub mod documents;

/// Finishing a build of `dist/` (native only; run by trunk after each build).
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
pub mod site;

/// The first section as static HTML, for the first screen (native only).
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
pub mod first_html;

#[cfg(feature = "first")]
pub mod web;
