//! The language switch: in the header, and large on the start page.

use leptos::prelude::*;

use crate::domain::{Lang, Msg};

use super::super::state::expect_state;
use super::super::strings::t;

/// The four languages as buttons; the one shown is pressed. `large`: the
/// start page's choice, with each language's own name.
#[component]
pub fn LangSwitch(#[prop(optional)] large: bool) -> impl IntoView {
    let state = expect_state();
    view! {
        <div
            class="langs"
            class:langs--large=large
            role="group"
            aria-label=t(Msg::LanguageLabel)
            data-testid=if large { "lang-choice" } else { "lang-switch" }
        >
            {Lang::ALL
                .into_iter()
                .map(|l| {
                    view! {
                        <button
                            type="button"
                            class="langs__btn"
                            lang=l.code()
                            aria-pressed=move || (state.lang.get() == l).to_string()
                            data-testid=if large { format!("choose-{}", l.code()) } else { format!("lang-{}", l.code()) }
                            on:click=move |_| state.set_lang(l)
                        >
                            {if large {
                                view! { <span>{l.native_name()}</span> }.into_any()
                            } else {
                                view! {
                                    <span aria-hidden="true">{l.code().to_uppercase()}</span>
                                    <span class="sr-only">{l.native_name()}</span>
                                }
                                    .into_any()
                            }}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
