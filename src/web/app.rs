//! The app frame: header with the language switch, the current page, footer.

use leptos::prelude::*;

use crate::domain::nav::Page;
use crate::domain::{Lang, Msg};

use super::dom;
use super::state::{self, AppState, expect_state};

/// Translated text of a message in the current language (reactive).
pub fn t(msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = expect_state().lang;
    move || msg.get(lang.get())
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    state::sync_html_lang(state);
    state::follow_hash(state);
    // Effects run after the first render: the first screen is interactive now.
    Effect::new(move |_| dom::mark_interactive());

    view! {
        <header class="top">
            <div class="top__inner">
                <a class="brand" href="#/" data-testid="brand">{t(Msg::AppName)}</a>
                <LangSwitch/>
            </div>
        </header>
        <main id="main" tabindex="-1" data-testid="main">
            {move || match state.route.get().page {
                Page::Start => view! { <StartPage/> }.into_any(),
                _ => view! { <StartPage/> }.into_any(),
            }}
        </main>
    }
}

#[component]
fn LangSwitch() -> impl IntoView {
    let state = expect_state();
    view! {
        <nav class="langs" aria-label=t(Msg::LanguageLabel) data-testid="lang-switch">
            {Lang::ALL
                .into_iter()
                .map(|l| {
                    view! {
                        <button
                            type="button"
                            class="langs__btn"
                            lang=l.code()
                            aria-pressed=move || (state.lang.get() == l).to_string()
                            data-testid=format!("lang-{}", l.code())
                            on:click=move |_| state.set_lang(l)
                        >
                            <span aria-hidden="true">{l.code().to_uppercase()}</span>
                            <span class="sr-only">{l.native_name()}</span>
                        </button>
                    }
                })
                .collect_view()}
        </nav>
    }
}

#[component]
fn StartPage() -> impl IntoView {
    view! {
        <section class="start" aria-labelledby="start-title">
            <h1 id="start-title" data-testid="start-title">{t(Msg::AppTagline)}</h1>
        </section>
    }
}
