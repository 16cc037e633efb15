//! After a quick CheckUp: what the full one adds (how many questions, how
//! long, on which topics), and "continue with the full CheckUp", which keeps
//! every answer and goes to the first new question.

use leptos::prelude::*;

use crate::domain::Msg;
use crate::domain::assessment::Depth;
use crate::domain::nav::Route;
use crate::domain::walk;

use super::super::state::expect_state;
use super::super::strings::t;

/// The invitation to go on with the full CheckUp; nothing for a full one.
#[component]
pub fn QuickMore() -> impl IntoView {
    let state = expect_state();
    let adds = Memo::new(move |_| {
        let c = state.catalog()?;
        let lang = state.lang.get();
        state
            .assessment
            .with(|a| walk::full_adds(&c, a, lang))
            .filter(|adds| adds.questions > 0)
    });
    let go_full = move |_| {
        let quick = state.evaluation.get_untracked();
        state.set_depth(Depth::Full);
        let (Some(c), Some(quick), Some(ev)) =
            (state.catalog(), quick, state.evaluation.get_untracked())
        else {
            return;
        };
        let (page, focus) = state
            .assessment
            .with_untracked(|a| ev.continue_at(&c, &quick, a));
        state.go_to(Route {
            lang: Some(state.lang.get_untracked()),
            page,
            focus,
            part: None,
        });
    };
    move || {
        adds.get().map(|adds| {
            let lang = state.lang.get();
            // The sections by pack: (pack title, [section titles]).
            let mut topics: Vec<(String, Vec<String>)> = vec![];
            if let Some(c) = state.catalog() {
                for (p, section) in adds.sections.iter().filter_map(|id| c.section(id)) {
                    let pack = c.packs[p].title.get(lang).to_string();
                    let title = section.title.get(lang).to_string();
                    match topics.iter_mut().find(|(t, _)| *t == pack) {
                        Some((_, list)) => list.push(title),
                        None => topics.push((pack, vec![title])),
                    }
                }
            }
            view! {
                <section class="quick-more" aria-labelledby="quick-more-title" data-testid="quick-more">
                    <h2 id="quick-more-title" class="h3">{t(Msg::QuickMoreTitle)}</h2>
                    <p data-testid="quick-more-text">
                        {Msg::QuickMoreText.fill(
                            lang,
                            &[("count", &adds.questions.to_string()), ("minutes", &adds.minutes.to_string())],
                        )}
                    </p>
                    <ul class="quick-more__topics" data-testid="quick-more-topics">
                        {topics
                            .into_iter()
                            .map(|(pack, sections)| view! { <li><strong>{pack}</strong>" – " {sections.join(", ")}</li> })
                            .collect_view()}
                    </ul>
                    {(adds.profile > 0).then(|| view! { <p>{t(Msg::QuickMoreEstimate)}</p> })}
                    <p>{t(Msg::QuickMoreKeep)}</p>
                    <button type="button" class="btn btn--primary" data-testid="continue-full" on:click=go_full>
                        {t(Msg::ContinueFull)}
                    </button>
                </section>
            }
        })
    }
}
