//! The review page: "Done!" when every question is answered, else the open
//! questions with a link to each; and always the list of sections, to go
//! back and check answers.

use leptos::prelude::*;

use crate::domain::Msg;
use crate::domain::nav::{Page, Route};

use super::super::dom;
use super::super::state::expect_state;
use super::super::strings::t;
use super::super::widgets::progress::{OverallProgress, StepList};

#[component]
pub fn ReviewPage() -> impl IntoView {
    let state = expect_state();
    Effect::new(move |_| dom::focus_id("page-title"));
    // Open questions by section: (section id, title, [(question id, text)]).
    let missing = Memo::new(move |_| {
        let (Some(c), Some(ev)) = (state.catalog(), state.evaluation.get()) else {
            return None;
        };
        let lang = state.lang.get();
        let open = state.assessment.with(|a| ev.missing(&c, a));
        Some(
            open.into_iter()
                .filter_map(|m| {
                    let (_, section) = c.section(&m.section)?;
                    let qs: Vec<(String, String)> = m
                        .questions
                        .iter()
                        .filter_map(|id| {
                            Some((id.clone(), c.question(id)?.text.get(lang).to_string()))
                        })
                        .collect();
                    Some((m.section.clone(), section.title.get(lang).to_string(), qs))
                })
                .collect::<Vec<_>>(),
        )
    });
    let complete = move || missing.with(|m| m.as_ref().is_some_and(Vec::is_empty));
    // Back: to the last section of the walk.
    let back = move |_| {
        let last = state
            .catalog()
            .zip(state.evaluation.get_untracked())
            .and_then(|(c, ev)| {
                ev.walk(&c)
                    .last()
                    .map(|&(p, s)| c.packs[p].sections[s].id.clone())
            });
        state.go(last.map_or(Page::Start, Page::Section));
    };
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1" data-testid="review-title">
                {move || if complete() { t(Msg::ReviewDoneTitle)() } else { t(Msg::TitleReview)() }}
            </h1>
            <OverallProgress/>
            {move || {
                let lang = state.lang.get();
                let m = missing.get().unwrap_or_default();
                if complete() {
                    view! {
                        <p class="alert alert--ok" data-testid="review-complete">{t(Msg::ReviewAllDone)}</p>
                        <div class="actions">
                            <button type="button" class="btn btn--primary" data-testid="to-results" on:click=move |_| state.go(Page::Results)>
                                {t(Msg::SeeResults)}
                            </button>
                        </div>
                    }
                        .into_any()
                } else {
                    view! {
                        <p>{t(Msg::ReviewIntro)}</p>
                        <div data-testid="review-missing">
                            {m.into_iter()
                                .map(|(sid, title, qs)| {
                                    view! {
                                        <h2 class="h3">{title}</h2>
                                        <ul class="review-list">
                                            {qs.into_iter()
                                                .map(|(qid, text)| {
                                                    let route = Route {
                                                        lang: Some(lang),
                                                        page: Page::Section(sid.clone()),
                                                        focus: Some(qid.clone()),
                                                        part: None,
                                                    };
                                                    view! {
                                                        <li><a href=route.to_hash() data-testid=format!("missing-{qid}")>{text}</a></li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                })
                                .collect_view()}
                        </div>
                        <div class="actions">
                            <button type="button" class="btn btn--secondary" data-testid="to-results" on:click=move |_| state.go(Page::Results)>
                                {t(Msg::SeeResultsAnyway)}
                            </button>
                        </div>
                    }
                        .into_any()
                }
            }}
            <h2 class="h3">{t(Msg::ReviewCheckTitle)}</h2>
            <p>{t(Msg::ReviewCheckIntro)}</p>
            <nav class="steps steps--review" aria-label=t(Msg::ReviewCheckTitle) data-testid="review-steps">
                <StepList/>
            </nav>
            <div class="section-nav">
                <button type="button" class="btn btn--secondary" data-testid="back" on:click=back>
                    {t(Msg::Back)}
                </button>
            </div>
        </section>
    }
}
