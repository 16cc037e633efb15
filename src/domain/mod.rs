#![deny(missing_docs)]
//! The domain core: question packs, answers, scoring, the action plan and the
//! report model. Plain Rust: no browser, no PDF library. `cargo test` covers it.

pub mod assessment;
pub mod catalog;
pub mod config;
pub mod csv;
pub mod cyfun;
pub mod dates;
pub mod documents;
pub mod engine;
pub mod first_page;
pub mod history;
pub mod horizon;
pub mod i18n;
pub mod lang;
pub mod nav;
pub mod nis2;
pub mod order;
pub mod pack;
pub mod packs;
pub mod planning;
pub mod report;
pub mod saving;
pub mod tailor;
pub mod terms;
pub mod topics;
pub mod transfer;
pub mod walk;

pub use catalog::{Catalog, PackError};
pub use i18n::Msg;
pub use lang::{Lang, Name, Text};
