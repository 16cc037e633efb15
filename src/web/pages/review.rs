//! The review page: every unanswered question, with a link to it.

use leptos::prelude::*;

use crate::domain::Msg;
use crate::domain::engine;
use crate::domain::nav::{Page, Route};

use super::super::app::t;
use super::super::dom;
use super::super::state::expect_state;
use super::section::OverallProgress;

#[component]
pub fn ReviewPage() -> impl IntoView {
    let state = expect_state();
    Effect::new(move |_| dom::focus_id("page-title"));
    // Unanswered questions by section: (section title, [(question id, text)]).
    let missing = move || {
        let (Some(c), Some(ev)) = (state.catalog(), state.evaluation.get()) else {
            return vec![];
        };
        let lang = state.lang.get();
        let answers = state.assessment.with(|a| a.answers.clone());
        super::walk(&c, &ev)
            .into_iter()
            .filter_map(|(p, s)| {
                let section = &c.packs[p].sections[s];
                let qs: Vec<(String, String)> = section
                    .questions
                    .iter()
                    .filter(|q| ev.is_visible(&q.id) && !q.optional)
                    .filter(|q| !engine::is_answered(&c, q, answers.get(&q.id)))
                    .map(|q| (q.id.clone(), q.text.get(lang).to_string()))
                    .collect();
                (!qs.is_empty())
                    .then(|| (section.id.clone(), section.title.get(lang).to_string(), qs))
            })
            .collect::<Vec<_>>()
    };
    view! {
        <section aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{t(Msg::TitleReview)}</h1>
            <OverallProgress/>
            {move || {
                let lang = state.lang.get();
                let m = missing();
                if m.is_empty() {
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
        </section>
    }
}
