//! The interface texts of the active language: only that language's Fluent
//! file (`locales/<lang>.ftl` in the built site, joined from
//! `locales/<lang>/*.ftl`) is fetched and parsed, before the app shows it; a
//! language switch fetches the other language first, then switches (see
//! `AppState::set_lang`). [`t`] and [`tf`] give a text in the language shown.

use leptos::prelude::*;

use crate::domain::{Lang, Msg, i18n};

use super::dom;
use super::state::expect_state;

/// Where the built site keeps a language's texts.
pub fn path(lang: Lang) -> String {
    format!("locales/{}.ftl", lang.code())
}

/// Fetches and installs the texts of `lang` unless they are there already.
/// Returns whether they are there. The parse is timed on the performance
/// timeline as "checkup-strings" (read by the benchmark).
pub async fn load(lang: Lang) -> bool {
    if i18n::is_loaded(lang) {
        return true;
    }
    match dom::fetch_text(&path(lang)).await {
        Ok(Some(text)) => {
            if let Err(problems) = dom::timed("checkup-strings", || i18n::install(lang, &text)) {
                for p in problems {
                    dom::console_warn(&format!("{}: {p}", path(lang)));
                }
            }
            true
        }
        Ok(None) => {
            dom::console_warn(&format!("{} is missing", path(lang)));
            false
        }
        Err(e) => {
            dom::console_warn(&format!("{}: {e}", path(lang)));
            false
        }
    }
}

/// Translated text of a message in the current language (reactive).
pub fn t(msg: Msg) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let lang = expect_state().lang;
    move || msg.get(lang.get())
}

/// A translated text with placeholders filled (reactive).
pub fn tf(
    msg: Msg,
    args: impl Fn() -> Vec<(&'static str, String)> + Send + Sync + 'static,
) -> impl Fn() -> String {
    let lang = expect_state().lang;
    move || {
        let a = args();
        let refs: Vec<(&str, &str)> = a.iter().map(|(k, v)| (*k, v.as_str())).collect();
        msg.fill(lang.get(), &refs)
    }
}
