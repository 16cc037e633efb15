//! A section of questions: tailored live by the engine, with progress, the
//! "why this matters" of every question, and back / next.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::Msg;
use crate::domain::assessment::Answer;
use crate::domain::nav::{Page, Route};
use crate::domain::pack::{AnswerOption, Input, OptionRole, Question};
use crate::domain::report::question_refs;

use super::super::app::{t, tf};
use super::super::dom;
use super::super::state::{AppState, expect_state};

/// Where a section sits in the walk.
#[derive(Clone, Debug, PartialEq)]
struct Place {
    pack: usize,
    section: usize,
    index: usize,
    count: usize,
    prev: Option<String>,
    next: Option<String>,
}

#[component]
pub fn SectionPage(id: String) -> impl IntoView {
    let state = expect_state();
    let sid = id.clone();
    let place = Memo::new(move |_| {
        let c = state.catalog()?;
        let ev = state.evaluation.get()?;
        let walk = super::walk(&c, &ev);
        let index = walk
            .iter()
            .position(|&(p, s)| c.packs[p].sections[s].id == sid)?;
        let id_of = |i: usize| walk.get(i).map(|&(p, s)| c.packs[p].sections[s].id.clone());
        Some(Place {
            pack: walk[index].0,
            section: walk[index].1,
            index,
            count: walk.len(),
            prev: index.checked_sub(1).and_then(id_of),
            next: id_of(index + 1),
        })
    });

    // Bring the asked-for question (from the review page), or the heading, into focus.
    let focus = state.route.get_untracked().focus;
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) || place.get().is_none() {
            return done.unwrap_or(false);
        }
        match &focus {
            Some(q) => dom::focus_first_in(&format!("q-{q}")),
            None => dom::focus_id("page-title"),
        }
        true
    });

    // The questions are built once per section: an answer that changes the
    // list of sections (a profile answer) updates the step list and the
    // "section n of m" line, but never rebuilds the control in use, so
    // keyboard focus stays where it was (WCAG 2.4.3, 3.2.2).
    let here = Memo::new(move |_| place.get().map(|p| (p.pack, p.section)));
    let index_line = move || {
        place
            .get()
            .map(|p| {
                vec![
                    ("n", (p.index + 1).to_string()),
                    ("count", p.count.to_string()),
                ]
            })
            .unwrap_or_default()
    };
    view! {
        {move || match (state.catalog(), here.get()) {
            (None, _) => view! { <p class="muted" role="status">{t(Msg::Loading)}</p> }.into_any(),
            (Some(_), None) => view! { <NotApplicable/> }.into_any(),
            (Some(c), Some((pack_index, section_index))) => {
                let pack = &c.packs[pack_index];
                let section = &pack.sections[section_index];
                let questions: Vec<Question> = section.questions.clone();
                let pack_title = pack.title.clone();
                let title = section.title.clone();
                let intro = section.intro.clone();
                let c2 = c.clone();
                view! {
                    <div class="layout">
                        <StepNav current=section.id.clone()/>
                        <section class="section" aria-labelledby="page-title">
                            <OverallProgress/>
                            <p class="eyebrow">
                                {move || pack_title.get(state.lang.get()).to_string()} " · "
                                {tf(Msg::SectionOf, index_line)}
                            </p>
                            <h1 id="page-title" tabindex="-1" data-testid="section-title">
                                {move || title.get(state.lang.get()).to_string()}
                            </h1>
                            {intro.map(|i| view! { <p class="lead">{move || i.get(state.lang.get()).to_string()}</p> })}
                            <form class="questions" on:submit=|ev| ev.prevent_default()>
                                {questions
                                    .into_iter()
                                    .map(|q| view! { <QuestionView q=Arc::new(q) catalog=c2.clone()/> })
                                    .collect_view()}
                            </form>
                            <SectionNav place=place/>
                        </section>
                    </div>
                }
                    .into_any()
            }
        }}
    }
}

#[component]
fn NotApplicable() -> impl IntoView {
    let state = expect_state();
    view! {
        <h1 id="page-title" tabindex="-1">{t(Msg::SectionNotAsked)}</h1>
        <p>
            <a href=move || Route::new(state.lang.get(), Page::Start).to_hash()>{t(Msg::BackToStart)}</a>
        </p>
    }
}

/// Overall progress, always visible while answering.
#[component]
pub fn OverallProgress() -> impl IntoView {
    let state = expect_state();
    let progress = move || {
        state
            .evaluation
            .get()
            .map(|e| e.progress)
            .unwrap_or_default()
    };
    view! {
        <div class="progress" data-testid="progress">
            <div
                class="progress__bar"
                role="progressbar"
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=move || progress().percent().to_string()
                aria-label=t(Msg::ProgressLabel)
            >
                <div class="progress__fill" style:width=move || format!("{}%", progress().percent())></div>
            </div>
            <p class="progress__text" data-testid="progress-text">{progress_line()}</p>
        </div>
    }
}

/// "42 of 86 questions answered", following the answers and the language.
pub fn progress_line() -> impl Fn() -> String {
    let state = expect_state();
    tf(Msg::ProgressLine, move || {
        let p = state
            .evaluation
            .get()
            .map(|e| e.progress)
            .unwrap_or_default();
        vec![
            ("answered", p.answered.to_string()),
            ("total", p.total.to_string()),
        ]
    })
}

/// The list of sections, with per-section progress.
#[component]
fn StepNav(current: String) -> impl IntoView {
    let state = expect_state();
    let items = move || {
        let (Some(c), Some(ev)) = (state.catalog(), state.evaluation.get()) else {
            return vec![];
        };
        let lang = state.lang.get();
        super::walk(&c, &ev)
            .into_iter()
            .map(|(p, s)| {
                let section = &c.packs[p].sections[s];
                let r = ev
                    .section(&section.id)
                    .map(|r| r.progress)
                    .unwrap_or_default();
                (
                    section.id.clone(),
                    section.title.get(lang).to_string(),
                    r.answered,
                    r.total,
                )
            })
            .collect::<Vec<_>>()
    };
    view! {
        <nav class="steps" aria-label=t(Msg::SectionsLabel)>
            <details class="steps__box" open=!dom::is_narrow()>
                <summary>{t(Msg::SectionsLabel)}</summary>
                <ol class="steps__list">
                    {move || {
                        let lang = state.lang.get();
                        items()
                            .into_iter()
                            .map(|(id, title, answered, total)| {
                                let here = id == current;
                                let done = answered >= total;
                                let href = Route::new(lang, Page::Section(id.clone())).to_hash();
                                view! {
                                    <li class="steps__item" class:steps__item--done=done class:steps__item--here=here>
                                        <a href=href aria-current=here.then_some("step") data-testid=format!("step-{id}")>
                                            <span class="steps__mark" aria-hidden="true">{if done { "✓" } else { "" }}</span>
                                            <span class="steps__title">{title}</span>
                                            <span class="steps__count">
                                                {Msg::StepCount.fill(lang, &[("answered", &answered.to_string()), ("total", &total.to_string())])}
                                            </span>
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ol>
            </details>
        </nav>
    }
}

#[component]
fn SectionNav(place: Memo<Option<Place>>) -> impl IntoView {
    let state = expect_state();
    let go_prev = move |_| match place.get_untracked().and_then(|p| p.prev) {
        Some(id) => state.go(Page::Section(id)),
        None => state.go(Page::Start),
    };
    let has_next = move || place.with(|p| p.as_ref().is_some_and(|p| p.next.is_some()));
    let go_next = move |_| match place.get_untracked().and_then(|p| p.next) {
        Some(id) => state.go(Page::Section(id)),
        None => state.go(Page::Review),
    };
    view! {
        <div class="section-nav">
            <button type="button" class="btn btn--secondary" data-testid="back" on:click=go_prev>
                {t(Msg::Back)}
            </button>
            <button type="button" class="btn btn--primary" data-testid="next" on:click=go_next>
                {move || if has_next() { t(Msg::Next)() } else { t(Msg::ToReview)() }}
            </button>
        </div>
    }
}

fn text(state: AppState, t: crate::domain::Text) -> impl Fn() -> String + Send + Sync + 'static {
    move || t.get(state.lang.get()).to_string()
}

/// One question, shown when the engine says it is asked.
#[component]
fn QuestionView(q: Arc<Question>, catalog: Arc<crate::domain::Catalog>) -> impl IntoView {
    let state = expect_state();
    let id = q.id.clone();
    let visible = {
        let id = id.clone();
        move || {
            state
                .evaluation
                .with(|e| e.as_ref().is_some_and(|e| e.is_visible(&id)))
        }
    };
    let options: Vec<AnswerOption> = catalog
        .scale_of(&q)
        .map(|s| s.options.clone())
        .unwrap_or_default();
    let input = q.input.clone();
    let q2 = q.clone();
    view! {
        <Show when=visible>
            {
                let q = q2.clone();
                let options = options.clone();
                let id = q.id.clone();
                let dom_id = format!("q-{id}");
                let body = match input.clone() {
                    Input::Text { max_len } => view! { <TextAnswer q=q.clone() max_len=max_len/> }.into_any(),
                    Input::Choice { .. } => view! { <ChoiceAnswer q=q.clone() options=options.clone()/> }.into_any(),
                    Input::Multi { .. } => view! { <MultiAnswer q=q.clone() options=options.clone()/> }.into_any(),
                };
                view! {
                    <div class="q" id=dom_id data-testid=format!("q-{id}")>
                        {body}
                    </div>
                }
            }
        </Show>
    }
}

/// The legend, badges and "why this matters" of a question.
#[component]
fn Heading(q: Arc<Question>, #[prop(optional)] label_for: Option<String>) -> impl IntoView {
    let state = expect_state();
    let qt = text(state, q.text.clone());
    let badges = (q.key_measure || q.must_fix).then(|| {
        let msg = if q.key_measure {
            Msg::LKeyMeasure
        } else {
            Msg::LMustFix
        };
        view! { <span class="badge badge--key">{t(msg)}</span> }
    });
    let heading = match label_for {
        Some(f) => view! { <label class="q__text" for=f>{qt}</label> }.into_any(),
        None => view! { <legend class="q__text">{qt}</legend> }.into_any(),
    };
    let why = text(state, q.why.clone());
    let help = q
        .help
        .clone()
        .map(|h| view! { <p class="q__help">{text(state, h)}</p> });
    let q2 = q.clone();
    let refs = move || question_refs(&q2, state.lang.get()).join(" · ");
    let has_refs = !q.gdpr.is_empty() || !q.cyfun.is_empty();
    view! {
        {heading}
        {badges}
        <details class="q__why" data-testid=format!("why-{}", q.id)>
            <summary>{t(Msg::WhyThisMatters)}</summary>
            <p>{why}</p>
            {help}
            {has_refs.then(|| view! { <p class="q__refs"><span>{t(Msg::LReferences)}</span>": " {refs}</p> })}
        </details>
    }
}

#[component]
fn ChoiceAnswer(q: Arc<Question>, options: Vec<AnswerOption>) -> impl IntoView {
    let state = expect_state();
    let id = q.id.clone();
    let current = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .assessment
                .with(|a| a.answers.get(&id).and_then(|v| v.one().map(String::from)))
        })
    };
    view! {
        <fieldset class="q__set">
            <Heading q=q.clone()/>
            <div class="q__options">
                {options
                    .into_iter()
                    .map(|o| {
                        let value = o.value.clone();
                        let v2 = value.clone();
                        let id2 = id.clone();
                        let name = format!("a-{id}");
                        let special = o.role != OptionRole::Normal;
                        view! {
                            <label class="opt" class:opt--special=special>
                                <input
                                    type="radio"
                                    name=name
                                    value=value.clone()
                                    data-testid=format!("opt-{id}-{value}")
                                    prop:checked=move || current.get().as_deref() == Some(v2.as_str())
                                    on:change=move |_| state.answer(&id2, Some(Answer::One(value.clone())))
                                />
                                <span>{text(state, o.label.clone())}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// Values that exclude every other choice of a multiple choice.
fn exclusive(value: &str) -> bool {
    matches!(value, "none" | "dont_know")
}

#[component]
fn MultiAnswer(q: Arc<Question>, options: Vec<AnswerOption>) -> impl IntoView {
    let state = expect_state();
    let id = q.id.clone();
    let current = {
        let id = id.clone();
        Memo::new(move |_| {
            state.assessment.with(|a| {
                a.answers
                    .get(&id)
                    .map(|v| v.values().to_vec())
                    .unwrap_or_default()
            })
        })
    };
    view! {
        <fieldset class="q__set">
            <Heading q=q.clone()/>
            <div class="q__options">
                {options
                    .into_iter()
                    .map(|o| {
                        let value = o.value.clone();
                        let v2 = value.clone();
                        let id2 = id.clone();
                        let toggle = move |ev: leptos::ev::Event| {
                            let on = event_target_checked(&ev);
                            let mut values = current.get_untracked();
                            values.retain(|v| v != &value);
                            if on {
                                if exclusive(&value) {
                                    values.clear();
                                } else {
                                    values.retain(|v| !exclusive(v));
                                }
                                values.push(value.clone());
                            }
                            state.answer(&id2, (!values.is_empty()).then_some(Answer::Many(values)));
                        };
                        view! {
                            <label class="opt opt--check">
                                <input
                                    type="checkbox"
                                    value=o.value.clone()
                                    data-testid=format!("opt-{id}-{}", o.value)
                                    prop:checked=move || current.get().contains(&v2)
                                    on:change=toggle
                                />
                                <span>{text(state, o.label.clone())}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn TextAnswer(q: Arc<Question>, max_len: u16) -> impl IntoView {
    let state = expect_state();
    let id = q.id.clone();
    let input_id = format!("in-{id}");
    let current = {
        let id = id.clone();
        move || {
            state.assessment.with(|a| {
                a.answers
                    .get(&id)
                    .and_then(|v| v.one().map(String::from))
                    .unwrap_or_default()
            })
        }
    };
    let optional = q.optional;
    view! {
        <div class="q__set">
            <Heading q=q.clone() label_for=input_id.clone()/>
            {optional.then(|| view! { <p class="q__optional">{t(Msg::Optional)}</p> })}
            <input
                type="text"
                class="field"
                id=input_id
                maxlength=max_len.to_string()
                autocomplete="organization"
                data-testid=format!("text-{id}")
                prop:value=current
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    state.answer(&id, (!v.trim().is_empty()).then_some(Answer::One(v)));
                }
            />
        </div>
    }
}
