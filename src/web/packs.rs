//! Loading the question packs, in the active language.
//!
//! The packs built into the site were validated when it was built and are
//! served per language (`questions/<lang>/<pack>.json`, every text in that
//! language only, see `checkup-cli finalize`): the app fetches its language's
//! files, reads them one by one, each in its own short task, and indexes
//! them without checking them again. A federation's extra packs (listed in
//! `checkup.config.json`, with their four languages) are validated here,
//! after the built-in ones, and left out with a clear message when they
//! have a problem. A language switch loads the other language's packs first.

use std::cell::RefCell;

use crate::domain::catalog::{PackError, parse_pack};
use crate::domain::pack::Pack;
use crate::domain::{Catalog, Lang, Msg, packs};

use super::dom;

/// Where a built-in pack file (`questions/gdpr.json`, as the configuration
/// names it) is served in `lang`; `None` for any other file (an extra pack).
pub fn built_path(file: &str, lang: Lang) -> Option<String> {
    let name = file.strip_prefix("questions/")?;
    packs::DEFAULT_FILES
        .contains(&name)
        .then(|| format!("questions/{}/{name}", lang.code()))
}

/// Starts fetching the built-in packs of `lang` (before the configuration
/// is known: it can only switch some of them off).
pub fn prefetch(lang: Lang) {
    for name in packs::DEFAULT_FILES {
        dom::prefetch(&format!("questions/{}/{name}", lang.code()));
    }
}

thread_local! {
    /// The extra packs as read (file, JSON text), kept for a language switch.
    static EXTRA: RefCell<Option<Vec<(String, String)>>> = const { RefCell::new(None) };
}

/// The packs named by the configuration, in order, as a catalogue in
/// `lang`, with the problems found (translated into `lang`): files that are
/// missing or cannot be read, extra packs that do not validate.
pub async fn load(files: &[String], lang: Lang) -> (Catalog, Vec<String>) {
    let mut problems = Vec::new();
    let mut built = Vec::new();
    let mut extra_files = Vec::new();
    for f in files {
        match built_path(f, lang) {
            Some(path) => dom::prefetch(&path),
            None => extra_files.push(f.clone()),
        }
    }
    for f in files {
        let Some(path) = built_path(f, lang) else {
            continue;
        };
        let name = f.trim_start_matches("questions/").to_string();
        match dom::fetch_text(&path).await {
            Ok(Some(text)) => {
                // One pack per task: the page stays responsive.
                dom::yield_now().await;
                match dom::timed("checkup-pack", || serde_json::from_str::<Pack>(&text)) {
                    Ok(pack) => built.push((name, pack)),
                    Err(e) => problems
                        .push(Msg::PackMissing.fill(lang, &[("file", &format!("{path} ({e})"))])),
                }
            }
            Ok(None) => problems.push(Msg::PackMissing.fill(lang, &[("file", &path)])),
            Err(e) => {
                problems.push(Msg::PackMissing.fill(lang, &[("file", &format!("{path} ({e})"))]))
            }
        }
    }
    dom::yield_now().await;
    let mut catalog = Catalog::build_trusted(built);
    let extras = match EXTRA.with(|e| e.borrow().clone()) {
        Some(texts) => texts,
        None => {
            let mut texts = Vec::new();
            for f in &extra_files {
                match dom::fetch_text(f).await {
                    Ok(Some(t)) => texts.push((f.clone(), t)),
                    Ok(None) => problems.push(Msg::PackMissing.fill(lang, &[("file", f)])),
                    Err(e) => problems
                        .push(Msg::PackMissing.fill(lang, &[("file", &format!("{f} ({e})"))])),
                }
            }
            EXTRA.with(|e| *e.borrow_mut() = Some(texts.clone()));
            texts
        }
    };
    if !extras.is_empty() {
        dom::yield_now().await;
        let mut parsed = Vec::new();
        let mut errors: Vec<PackError> = Vec::new();
        for (f, text) in &extras {
            match parse_pack(f, text) {
                Ok(p) => parsed.push((f.clone(), p)),
                Err(e) => errors.push(e),
            }
        }
        errors.extend(catalog.add_checked(parsed));
        problems.extend(errors.iter().map(|e| e.message(lang)));
    }
    (catalog, problems)
}
