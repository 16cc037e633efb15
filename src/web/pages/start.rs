//! The start page: what the CheckUp is and is not, privacy, language, and
//! start, resume or import.

use leptos::prelude::*;

use crate::domain::Msg;
use crate::domain::assessment::Assessment;
use crate::domain::nav::Page;

use super::super::app::{LangSwitch, t};
use super::super::state::expect_state;
use super::about::ImportButton;

#[component]
pub fn StartPage() -> impl IntoView {
    let state = expect_state();
    let started = move || state.assessment.with(|a| !a.answers.is_empty());
    let resume = move |_| {
        if let Some(ev) = state.evaluation.get_untracked() {
            state.go(super::resume_page(&ev));
        }
    };
    let start = move |_| {
        if let (Some(c), Some(ev)) = (state.catalog(), state.evaluation.get_untracked())
            && let Some(&(p, s)) = super::walk(&c, &ev).first()
        {
            state.go(Page::Section(c.packs[p].sections[s].id.clone()));
        }
    };
    let start_over = move |_| {
        let lang = state.lang.get_untracked();
        state.replace(
            Assessment {
                lang,
                ..Assessment::default()
            },
            Msg::StartedOver.get(lang).to_string(),
        );
    };
    let ready = move || state.evaluation.get().is_some();

    view! {
        <section class="start" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1" data-testid="start-title">{t(Msg::AppTagline)}</h1>
            <p class="lead">{t(Msg::StartLead)}</p>
            <ul class="facts">
                <li data-testid="start-not-audit">{t(Msg::StartNotAudit)}</li>
                <li>{t(Msg::StartTime)}</li>
                <li data-testid="start-privacy">{t(Msg::StartPrivacy)}</li>
            </ul>
            {move || {
                let lang = state.lang.get();
                super::super::config::intro(&state.config.get(), lang)
                    .map(|text| view! { <p class="intro" data-testid="federation-intro">{text}</p> })
            }}
            <h2 class="h3">{t(Msg::ChooseLanguage)}</h2>
            <LangSwitch large=true/>
            <div class="actions">
                <Show
                    when=started
                    fallback=move || view! {
                        <button type="button" class="btn btn--primary" data-testid="start" disabled=move || !ready() on:click=start>
                            {t(Msg::Start)}
                        </button>
                    }
                >
                    <button type="button" class="btn btn--primary" data-testid="resume" disabled=move || !ready() on:click=resume>
                        {t(Msg::Resume)}
                    </button>
                    <span class="muted" data-testid="resume-progress">{super::section::progress_line()}</span>
                    <button type="button" class="btn btn--secondary" data-testid="start-over" on:click=start_over>
                        {t(Msg::StartOver)}
                    </button>
                </Show>
            </div>
            <div class="actions">
                <ImportButton/>
            </div>
        </section>
    }
}
