//! The app state shared by all components, in context.

use leptos::prelude::*;

use crate::domain::Lang;
use crate::domain::nav::{Page, Route};

use super::dom;

/// Storage key of the chosen language.
const LANG_KEY: &str = "checkup.lang";

/// Shared state: a `Copy` bundle of signals, provided in context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
}

impl AppState {
    /// The state at start-up: the language from the address, else the one
    /// chosen before, else the browser's, else English.
    pub fn new() -> AppState {
        let route = Route::parse(&dom::hash());
        let lang = route
            .lang
            .or_else(|| dom::local_get(LANG_KEY).and_then(|c| Lang::from_code(&c)))
            .or_else(|| {
                dom::browser_languages()
                    .iter()
                    .find_map(|c| Lang::from_code(c))
            })
            .unwrap_or_default();
        AppState {
            lang: RwSignal::new(lang),
            route: RwSignal::new(route),
        }
    }

    /// Goes to a page, as a new history entry.
    pub fn go(&self, page: Page) {
        let route = Route::new(self.lang.get_untracked(), page);
        dom::push_hash(&route.to_hash());
        self.route.set(route);
    }

    /// Switches the language, remembers it, and keeps the page.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        dom::local_set(LANG_KEY, lang.code());
        let mut route = self.route.get_untracked();
        route.lang = Some(lang);
        dom::replace_hash(&route.to_hash());
        self.route.set(route);
    }
}

/// The shared state from context.
pub fn expect_state() -> AppState {
    expect_context::<AppState>()
}

/// Keeps `<html lang>` on the chosen language.
pub fn sync_html_lang(state: AppState) {
    Effect::new(move |_| dom::set_html_lang(state.lang.get().code()));
}

/// Follows the URL fragment: back, forward and hand-edited addresses.
pub fn follow_hash(state: AppState) {
    dom::on_hash_change(move || {
        let route = Route::parse(&dom::hash());
        if let Some(l) = route.lang
            && l != state.lang.get_untracked()
        {
            state.lang.set(l);
            dom::local_set(LANG_KEY, l.code());
        }
        state.route.set(route);
    });
    // Name the page and language in the address from the start.
    let mut route = state.route.get_untracked();
    route.lang = Some(state.lang.get_untracked());
    dom::replace_hash(&route.to_hash());
}
