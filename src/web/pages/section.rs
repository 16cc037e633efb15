//! A section of questions: tailored live by the engine, with progress, the
//! "why this matters" of every question, and back / next.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::assessment::Answer;
use crate::domain::nav::{Page, Route};
use crate::domain::pack::{AnswerOption, Input, OptionRole, Question};
use crate::domain::report::question_refs;
use crate::domain::terms::{self, Piece};
use crate::domain::walk;
use crate::domain::{Catalog, Msg};

use super::super::dom;
use super::super::state::{AppState, Saving, expect_state};
use super::super::strings::{t, tf};
use super::super::widgets::progress::{OverallProgress, StepList};

/// On a phone, a section shows at most this many questions at a time.
const PART_SIZE: usize = 4;

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
        let walk = ev.walk(&c);
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
        // Taking over from the first screen: late answers given there are
        // taken too, and the focus stays on the same control (or, when none
        // had it, nothing moves).
        dom::take_over(move || {
            state.take_first_answers();
        });
        if dom::just_took_over() {
            return true;
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
    let profile_done = move || {
        state
            .evaluation
            .with(|ev| ev.as_ref().is_some_and(|ev| ev.profile_progress().done()))
    };
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
    // On a phone a long section is shown in parts (`?part=2` in the address,
    // so reload and the browser's Back keep the part): the part of each
    // question is fixed when the section opens (see `walk::parts`) and kept
    // while the person moves between its parts.
    // Taking over from the first screen, which showed the whole section:
    // the same questions stay on the screen.
    let narrow = dom::is_narrow() && !dom::behind_first_screen();
    let asked = state.route.get_untracked();
    let focus_q = asked.focus;
    let asked_part = asked.part.map(|n| n - 1);
    let section_id = id.clone();
    let plan: Memo<Vec<(String, usize)>> = Memo::new(move |old: Option<&Vec<(String, usize)>>| {
        let Some((p, s)) = here.get() else {
            return vec![];
        };
        let (Some(c), Some(ev)) = (state.catalog(), state.evaluation.get_untracked()) else {
            return vec![];
        };
        let questions = &c.packs[p].sections[s].questions;
        let same = |plan: &Vec<(String, usize)>| {
            plan.len() == questions.len()
                && plan.iter().zip(questions).all(|((a, _), q)| *a == q.id)
        };
        if let Some(old) = old.filter(|o| same(o)) {
            return old.clone();
        }
        if asked_part.is_some()
            && let Some((_, kept)) = state
                .section_parts
                .get_value()
                .filter(|(sid, kept)| *sid == section_id && same(kept))
        {
            return kept;
        }
        let shown: Vec<bool> = questions.iter().map(|q| ev.is_visible(&q.id)).collect();
        let parts = walk::parts(&shown, if narrow { PART_SIZE } else { 0 });
        let plan: Vec<(String, usize)> =
            questions.iter().map(|q| q.id.clone()).zip(parts).collect();
        state
            .section_parts
            .set_value(Some((section_id.clone(), plan.clone())));
        plan
    });
    // The part in the address, else the part of the question asked for,
    // else the first.
    let part = Memo::new(move |_| {
        plan.with(|plan| {
            asked_part
                .filter(|n| plan.iter().any(|(_, p)| p == n))
                .or_else(|| {
                    focus_q
                        .as_ref()
                        .and_then(|f| plan.iter().find(|(id, _)| id == f))
                        .map(|(_, n)| *n)
                })
                .unwrap_or(0)
        })
    });
    // The parts that have a question to show now, in order.
    let parts_shown = Memo::new(move |_| {
        let ev = state.evaluation.get();
        let mut out: Vec<usize> = plan.with(|plan| {
            plan.iter()
                .filter(|(id, _)| ev.as_ref().is_some_and(|e| e.is_visible(id)))
                .map(|(_, n)| *n)
                .collect()
        });
        out.dedup();
        out
    });
    let part_line = move || {
        let shown = parts_shown.get();
        let here = part.get();
        (shown.len() > 1).then(|| {
            let n = shown.iter().position(|p| *p == here).unwrap_or(0) + 1;
            Msg::PartOf.fill(
                state.lang.get(),
                &[("n", &n.to_string()), ("count", &shown.len().to_string())],
            )
        })
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
                                {move || pack_title.get(state.lang.get()).to_string()}
                                // The number of sections follows the profile: it is shown
                                // once the profile is answered, so it never jumps.
                                {move || profile_done().then(|| view! { " · " <span data-testid="section-of">{tf(Msg::SectionOf, index_line)}</span> })}
                                {move || part_line().map(|l| view! { " · " <span data-testid="part-of">{l}</span> })}
                            </p>
                            <h1 id="page-title" tabindex="-1" data-testid="section-title">
                                {move || title.get(state.lang.get()).to_string()}
                            </h1>
                            {intro.map(|i| view! { <p class="lead">{move || i.get(state.lang.get()).to_string()}</p> })}
                            <form class="questions" on:submit=|ev| ev.prevent_default()>
                                {questions
                                    .into_iter()
                                    .map(|q| {
                                        let qid = q.id.clone();
                                        let in_part = Signal::derive(move || {
                                            plan.with(|plan| plan.iter().find(|(id, _)| *id == qid).is_none_or(|(_, n)| *n == part.get()))
                                        });
                                        view! { <QuestionView q=Arc::new(q) catalog=c2.clone() in_part=in_part/> }
                                    })
                                    .collect_view()}
                            </form>
                            <SectionNav place=place part=part parts=parts_shown/>
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

/// The list of sections beside the questions (folded on a phone).
#[component]
fn StepNav(current: String) -> impl IntoView {
    view! {
        <nav class="steps" aria-label=t(Msg::SectionsLabel)>
            <details class="steps__box" open=!dom::is_narrow()>
                <summary>{t(Msg::SectionsLabel)}</summary>
                <StepList current=current/>
            </details>
        </nav>
    }
}

/// Back and next: through the parts of a section on a phone, then to the
/// previous or next section (the review page after the last).
#[component]
fn SectionNav(
    place: Memo<Option<Place>>,
    part: Memo<usize>,
    parts: Memo<Vec<usize>>,
) -> impl IntoView {
    let state = expect_state();
    // Each part has its own address, so the browser's Back returns to it.
    let to_part = move |n: usize| {
        state.go_to(Route {
            focus: None,
            part: Some(n + 1),
            ..state.route.get_untracked()
        });
    };
    let next_part = move || {
        let here = part.get_untracked();
        parts.with_untracked(|p| p.iter().copied().find(|n| *n > here))
    };
    let prev_part = move || {
        let here = part.get_untracked();
        parts.with_untracked(|p| p.iter().rev().copied().find(|n| *n < here))
    };
    let go_prev = move |_| {
        if let Some(n) = prev_part() {
            return to_part(n);
        }
        match place.get_untracked().and_then(|p| p.prev) {
            // On a phone, the previous section opens at its last question.
            Some(id) if dom::is_narrow() => {
                let last = state.evaluation.get_untracked().and_then(|ev| {
                    let c = state.catalog()?;
                    let (_, section) = c.section(&id)?;
                    section
                        .questions
                        .iter()
                        .rev()
                        .find(|q| ev.is_visible(&q.id))
                        .map(|q| q.id.clone())
                });
                state.go_to(Route {
                    lang: Some(state.lang.get_untracked()),
                    page: Page::Section(id),
                    focus: last,
                    part: None,
                });
            }
            Some(id) => state.go(Page::Section(id)),
            None => state.go(Page::Start),
        }
    };
    let has_next = move || {
        let here = part.get();
        parts.with(|p| p.iter().any(|n| *n > here))
            || place.with(|p| p.as_ref().is_some_and(|p| p.next.is_some()))
    };
    let go_next = move |_| {
        if let Some(n) = next_part() {
            return to_part(n);
        }
        match place.get_untracked().and_then(|p| p.next) {
            Some(id) => state.go(Page::Section(id)),
            None => state.go(Page::Review),
        }
    };
    // Everything asked is answered (say, the one question left open, reached
    // from the review page): the results are one press away, not a walk
    // through every section after this one.
    let all_answered = move || {
        state
            .evaluation
            .with(|e| e.as_ref().is_some_and(|e| e.progress.done()))
    };
    view! {
        <div class="section-nav">
            {move || all_answered().then(|| view! {
                <button type="button" class="btn btn--primary section-nav__results" data-testid="to-results" on:click=move |_| state.go(Page::Results)>
                    {t(Msg::SeeResults)}
                </button>
            })}
            <button type="button" class="btn btn--secondary" data-testid="back" on:click=go_prev>
                {t(Msg::Back)}
            </button>
            <button
                type="button"
                class=move || if all_answered() { "btn btn--secondary" } else { "btn btn--primary" }
                data-testid="next"
                on:click=go_next
            >
                {move || if has_next() { t(Msg::Next)() } else { t(Msg::ToReview)() }}
            </button>
        </div>
        {move || (state.saving.get() == Saving::Ok).then(|| view! {
            <p class="muted section-saved" data-testid="saved-as-you-go">{t(Msg::SavedAsYouGo)}</p>
        })}
    }
}

fn text(state: AppState, t: crate::domain::Text) -> impl Fn() -> String + Send + Sync + 'static {
    move || t.get(state.lang.get()).to_string()
}

/// One question, shown when the engine says it is asked (and, on a phone,
/// when its part of the section is shown).
#[component]
fn QuestionView(q: Arc<Question>, catalog: Arc<Catalog>, in_part: Signal<bool>) -> impl IntoView {
    let state = expect_state();
    let id = q.id.clone();
    let visible = {
        let id = id.clone();
        move || {
            in_part.get()
                && state
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
                let c = catalog.clone();
                let body = match input.clone() {
                    Input::Text { max_len } => view! { <TextAnswer q=q.clone() max_len=max_len/> }.into_any(),
                    Input::Choice { .. } => view! { <ChoiceAnswer q=q.clone() options=options.clone() catalog=c/> }.into_any(),
                    Input::Multi { .. } => view! { <MultiAnswer q=q.clone() options=options.clone() catalog=c/> }.into_any(),
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

/// The id of the element that explains `term` in question `q`.
fn explain_id(q: &str, term: &str) -> String {
    format!("explain-{q}-{term}")
}

/// A question's text with its technical terms as buttons that open their
/// explanation (a disclosure: `aria-expanded`, the explanation a region
/// right under the text), and those explanations.
#[component]
fn QuestionText(
    q: Arc<Question>,
    catalog: Arc<Catalog>,
    open: RwSignal<Vec<String>>,
) -> impl IntoView {
    let state = expect_state();
    let qid = q.id.clone();
    move || {
        let lang = state.lang.get();
        terms::mark(q.text.get(lang), catalog.all_terms(), lang)
            .into_iter()
            .map(|piece| match piece {
                Piece::Text(t) => t.into_any(),
                Piece::Term { term, text } => {
                    let tid = term.id.clone();
                    let t2 = tid.clone();
                    let expanded = move || open.with(|o| o.contains(&t2)).to_string();
                    let toggle = {
                        let tid = tid.clone();
                        move |_| {
                            open.update(|o| {
                                if let Some(i) = o.iter().position(|x| *x == tid) {
                                    o.remove(i);
                                } else {
                                    o.push(tid.clone());
                                }
                            })
                        }
                    };
                    let close = {
                        let tid = tid.clone();
                        move |ev: leptos::ev::KeyboardEvent| {
                            if ev.key() == "Escape" {
                                open.update(|o| o.retain(|x| *x != tid));
                            }
                        }
                    };
                    view! {
                        <button
                            type="button"
                            class="term"
                            id=format!("term-{qid}-{tid}")
                            aria-expanded=expanded
                            aria-controls=explain_id(&qid, &tid)
                            data-testid=format!("term-{qid}-{tid}")
                            on:click=toggle
                            on:keydown=close
                        >
                            {text}
                        </button>
                    }
                    .into_any()
                }
            })
            .collect_view()
    }
}

/// The explanations of the terms a question's text uses, each shown while open.
#[component]
fn TermExplanations(
    q: Arc<Question>,
    catalog: Arc<Catalog>,
    open: RwSignal<Vec<String>>,
) -> impl IntoView {
    let state = expect_state();
    let qid = q.id.clone();
    move || {
        let lang = state.lang.get();
        terms::mark(q.text.get(lang), catalog.all_terms(), lang)
            .into_iter()
            .filter_map(|piece| match piece {
                Piece::Term { term, text } => {
                    Some((term.id.clone(), text, term.explain.get(lang).to_string()))
                }
                Piece::Text(_) => None,
            })
            .map(|(tid, text, explain)| {
                let t2 = tid.clone();
                let shown = move || open.with(|o| o.contains(&t2));
                view! {
                    <div
                        class="term-explain"
                        id=explain_id(&qid, &tid)
                        role="region"
                        aria-labelledby=format!("term-{qid}-{tid}")
                        hidden=move || !shown()
                        data-testid=explain_id(&qid, &tid)
                    >
                        <p><dfn>{text}</dfn>" – " {explain}</p>
                    </div>
                }
            })
            .collect_view()
    }
}

/// The legend (with its terms), the hint, badges and "why this matters" of a question.
#[component]
fn Heading(
    q: Arc<Question>,
    #[prop(optional)] catalog: Option<Arc<Catalog>>,
    #[prop(optional)] label_for: Option<String>,
) -> impl IntoView {
    let state = expect_state();
    let badges = (q.key_measure || q.must_fix).then(|| {
        let msg = if q.key_measure {
            Msg::LKeyMeasure
        } else {
            Msg::LMustFix
        };
        view! { <span class="badge badge--key">{t(msg)}</span> }
    });
    let open: RwSignal<Vec<String>> = RwSignal::new(vec![]);
    let (heading, explanations) = match (label_for, catalog) {
        // A label holds no buttons: the text of a text field stays plain.
        (Some(f), _) => (
            view! { <label class="q__text" for=f>{text(state, q.text.clone())}</label> }.into_any(),
            None,
        ),
        (None, Some(c)) => (
            view! { <legend class="q__text"><QuestionText q=q.clone() catalog=c.clone() open=open/></legend> }.into_any(),
            Some(view! { <TermExplanations q=q.clone() catalog=c open=open/> }),
        ),
        (None, None) => (
            view! { <legend class="q__text">{text(state, q.text.clone())}</legend> }.into_any(),
            None,
        ),
    };
    let hint = q.hint.clone().map(|h| {
        view! { <p class="q__hint" id=format!("hint-{}", q.id) data-testid=format!("hint-{}", q.id)>{text(state, h)}</p> }
    });
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
        {explanations}
        {hint}
        {badges}
        <details class="q__why" data-testid=format!("why-{}", q.id)>
            <summary>{t(Msg::WhyThisMatters)}</summary>
            <p>{why}</p>
            {help}
            {has_refs.then(|| view! { <p class="q__refs"><span>{t(Msg::LReferences)}</span>": " {refs}</p> })}
        </details>
    }
}

/// The id of a question's hint, for `aria-describedby` (none without a hint).
fn hint_ref(q: &Question) -> Option<String> {
    q.hint.as_ref().map(|_| format!("hint-{}", q.id))
}

#[component]
fn ChoiceAnswer(
    q: Arc<Question>,
    options: Vec<AnswerOption>,
    catalog: Arc<Catalog>,
) -> impl IntoView {
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
        <fieldset class="q__set" aria-describedby=hint_ref(&q)>
            <Heading q=q.clone() catalog=catalog/>
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

#[component]
fn MultiAnswer(
    q: Arc<Question>,
    options: Vec<AnswerOption>,
    catalog: Arc<Catalog>,
) -> impl IntoView {
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
        <fieldset class="q__set" aria-describedby=hint_ref(&q)>
            <Heading q=q.clone() catalog=catalog/>
            <div class="q__options">
                {options
                    .into_iter()
                    .map(|o| {
                        let value = o.value.clone();
                        let v2 = value.clone();
                        let id2 = id.clone();
                        let toggle = move |ev: leptos::ev::Event| {
                            state.toggle(&id2, &value, event_target_checked(&ev));
                        };
                        let special = o.exclusive || o.role != OptionRole::Normal;
                        view! {
                            <label class="opt opt--check" class:opt--special=special>
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
                aria-describedby=hint_ref(&q)
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
