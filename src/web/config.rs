//! Loading the federation's configuration and the question packs.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::Lang;
pub use crate::domain::config::Config;
use crate::domain::config::{self, ConfigProblem};

use super::dom;
use super::state::{self, AppState};

/// Loads `checkup.config.json` (optional), then the packs it names in the
/// active language (see [`super::packs`]), into the state.
pub fn load(state: AppState) {
    leptos::task::spawn_local(async move {
        let lang = state.lang.get_untracked();
        // No configuration (404) is silent; one that could not be fetched
        // or read is reported to the site owner.
        let (config, problems): (Config, Vec<ConfigProblem>) =
            config::from_fetch(dom::fetch_text(config::FILE).await);
        let mut messages: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
        let default_language = config.default_language.filter(|_| !state.lang_chosen);
        state.config.set(Arc::new(config));
        state.config_loaded.set(true);
        if let Some(l) = default_language {
            state.set_lang(l);
        }
        // The packs in the language shown now; again if it changed meanwhile.
        let mut found = Vec::new();
        loop {
            let lang = state.lang.get_untracked();
            match state::load_packs(state, lang).await {
                Some(problems) => {
                    found = problems;
                    if state.lang.get_untracked() == lang {
                        break;
                    }
                }
                // A language switch loaded newer packs meanwhile.
                None => break,
            }
        }
        messages.extend(found);
        for m in &messages {
            dom::console_warn(m);
        }
        state.setup_problems.set(messages);
    });
}

/// The intro text of the federation in `lang`, if any.
pub fn intro(config: &Config, lang: Lang) -> Option<String> {
    config.intro.get(&lang).cloned()
}
