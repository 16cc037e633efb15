//! Loading the federation's configuration and the question packs.

use std::sync::Arc;

use leptos::prelude::*;

pub use crate::domain::config::Config;
use crate::domain::config::{self, ConfigProblem};
use crate::domain::{Lang, packs};

use super::dom;
use super::state::{AppState, Packs};

/// Loads `checkup.config.json` (optional), then the packs it names, into the state.
pub fn load(state: AppState) {
    leptos::task::spawn_local(async move {
        let lang = state.lang.get_untracked();
        let (config, problems): (Config, Vec<ConfigProblem>) =
            match dom::fetch_text(config::FILE).await {
                Ok(Some(text)) => config::parse(&text),
                Ok(None) => (Config::default(), vec![]),
                Err(_) => (Config::default(), vec![]),
            };
        let mut messages: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
        if let Some(l) = config.default_language
            && !state.lang_chosen
        {
            state.set_lang(l);
        }
        let files = config.pack_files.clone();
        state.config.set(Arc::new(config));
        state.config_loaded.set(true);

        let mut texts = Vec::new();
        for f in &files {
            match dom::fetch_text(f).await {
                Ok(Some(t)) => texts.push((f.clone(), t)),
                Ok(None) => {
                    messages.push(crate::domain::Msg::PackMissing.fill(lang, &[("file", f)]))
                }
                Err(e) => messages.push(
                    crate::domain::Msg::PackMissing.fill(lang, &[("file", &format!("{f} ({e})"))]),
                ),
            }
        }
        let (catalog, errors) = packs::load(&texts);
        messages.extend(errors.iter().map(|e| e.message(lang)));
        for m in &messages {
            dom::console_warn(m);
        }
        state.setup_problems.set(messages);
        if catalog
            .packs
            .iter()
            .any(|p| p.kind == crate::domain::pack::PackKind::Profile)
        {
            state.packs.set(Packs::Ready(Arc::new(catalog)));
        } else {
            state.packs.set(Packs::Failed(
                crate::domain::Msg::PacksFailed.get(lang).to_string(),
            ));
        }
    });
}

/// The intro text of the federation in `lang`, if any.
pub fn intro(config: &Config, lang: Lang) -> Option<String> {
    config.intro.get(&lang).cloned()
}
