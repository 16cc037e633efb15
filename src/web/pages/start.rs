//! The start page: what the CheckUp is and is not, privacy, language, the
//! choice between the quick and the full CheckUp (each with its time), and
//! resume, start over or import.

use leptos::prelude::*;

use crate::domain::Msg;
use crate::domain::assessment::{Assessment, Depth};
use crate::domain::nav::Page;

use super::super::state::expect_state;
use super::super::strings::t;
use super::super::widgets::files::ImportButton;
use super::super::widgets::lang_switch::LangSwitch;
use super::super::widgets::progress::progress_line;

#[component]
pub fn StartPage() -> impl IntoView {
    let state = expect_state();
    let started = move || state.assessment.with(Assessment::has_work);
    let resume = move |_| {
        if let (Some(c), Some(ev)) = (state.catalog(), state.evaluation.get_untracked()) {
            let page = state.assessment.with_untracked(|a| ev.resume_page(&c, a));
            state.go(page);
        }
    };
    let start = move |depth: Depth| {
        // Answers given on the first screen before the app was there (the
        // person went back to the start page there) are kept.
        state.take_first_answers();
        state.set_depth(depth);
        if let (Some(c), Some(ev)) = (state.catalog(), state.evaluation.get_untracked())
            && let Some(&(p, s)) = ev.walk(&c).first()
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
            Msg::StartedOver,
        );
    };
    let ready = move || state.evaluation.get().is_some();
    let depth_name = move || {
        let depth = state.assessment.with(|a| a.depth);
        let d = if depth == Depth::Quick {
            "quick"
        } else {
            "full"
        };
        Msg::DepthName.fill(state.lang.get(), &[("depth", d)])
    };

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
            <Show
                when=started
                fallback=move || view! {
                    <h2 class="h3">{t(Msg::StartChoose)}</h2>
                    <div class="depths">
                        <div class="depth depth--quick">
                            <h3 class="h4">{t(Msg::StartQuickTitle)}</h3>
                            <p class="depth__time" data-testid="start-quick-time">{t(Msg::StartQuickTime)}</p>
                            <p>{t(Msg::StartQuickWhat)}</p>
                            <button type="button" class="btn btn--primary" data-testid="start-quick" disabled=move || !ready() on:click=move |_| start(Depth::Quick)>
                                {t(Msg::StartQuick)}
                            </button>
                        </div>
                        <div class="depth">
                            <h3 class="h4">{t(Msg::StartFullTitle)}</h3>
                            <p class="depth__time" data-testid="start-full-time">{t(Msg::StartFullTime)}</p>
                            <p>{t(Msg::StartFullWhat)}</p>
                            <button type="button" class="btn btn--secondary" data-testid="start" disabled=move || !ready() on:click=move |_| start(Depth::Full)>
                                {t(Msg::Start)}
                            </button>
                        </div>
                    </div>
                    <p class="muted">{t(Msg::StartCountLater)}</p>
                }
            >
                <div class="actions">
                    <button type="button" class="btn btn--primary" data-testid="resume" disabled=move || !ready() on:click=resume>
                        {t(Msg::Resume)}
                    </button>
                    <span class="muted" data-testid="resume-progress">
                        <span data-testid="resume-depth">{depth_name}</span>" · " {progress_line()}
                    </span>
                    <button type="button" class="btn btn--secondary" data-testid="start-over" on:click=start_over>
                        {t(Msg::StartOver)}
                    </button>
                </div>
            </Show>
            <div class="actions">
                <ImportButton/>
            </div>
        </section>
    }
}
