//! Where the person stands in the walk: the overall progress while
//! answering, and the list of sections with their progress.

use leptos::prelude::*;

use crate::domain::Msg;
use crate::domain::nav::{Page, Route};

use super::super::state::{AppState, CountNote, expect_state};
use super::super::strings::t;

/// Overall progress, always visible while answering: the count and the time
/// left once the profile is answered (before that, the profile's own count),
/// and a note when an answer changed the count.
#[component]
pub fn OverallProgress() -> impl IntoView {
    let state = expect_state();
    let percent = move || {
        state
            .evaluation
            .get()
            .map(|e| e.progress.percent())
            .unwrap_or_default()
    };
    let note = move || {
        let lang = state.lang.get();
        let c = state.catalog()?;
        let ev = state.evaluation.get()?;
        match state.count_note.get()? {
            CountNote::Known(_) => {
                let count = state.assessment.with(|a| ev.count(&c, a, lang));
                if count.minutes_left == 0 {
                    // Known only once all is answered (a question left open
                    // in the profile, answered last): no "0 minutes left".
                    return Some(
                        Msg::CountKnownDone.fill(lang, &[("total", &count.total.to_string())]),
                    );
                }
                Some(Msg::CountKnown.fill(
                    lang,
                    &[
                        ("total", &count.total.to_string()),
                        ("minutes", &count.minutes_left.to_string()),
                    ],
                ))
            }
            CountNote::WelcomeBack => Some(Msg::WelcomeBack.get(lang)),
            CountNote::Changed(change) => {
                let question = c.question(&change.question)?.text.get(lang).to_string();
                let msg = if change.delta > 0 {
                    Msg::CountAdded
                } else {
                    Msg::CountRemoved
                };
                Some(msg.fill(
                    lang,
                    &[
                        ("question", &question),
                        ("count", &change.delta.unsigned_abs().to_string()),
                    ],
                ))
            }
        }
    };
    // Past the profile with a profile question left open (skipped, or new
    // after an answer): the count waits for it, so offer the way back to it.
    let profile_open = move || {
        let c = state.catalog()?;
        let ev = state.evaluation.get()?;
        let profile = ev.profile_progress();
        if profile.done() {
            return None;
        }
        let Page::Section(here) = state.route.get().page else {
            return None;
        };
        let in_profile = c
            .section(&here)
            .is_some_and(|(p, _)| c.packs[p].kind == crate::domain::pack::PackKind::Profile);
        if in_profile {
            return None;
        }
        let (page, focus) = state.assessment.with(|a| ev.resume_at(&c, a));
        let lang = state.lang.get();
        let href = Route {
            lang: Some(lang),
            page,
            focus,
            part: None,
        }
        .to_hash();
        let open = (profile.total - profile.answered).to_string();
        Some(view! {
            <p class="progress__open">
                <a href=href data-testid="profile-open">{Msg::CountProfileOpen.fill(lang, &[("count", &open)])}</a>
            </p>
        })
    };
    view! {
        <div class="progress" data-testid="progress">
            <div
                class="progress__bar"
                role="progressbar"
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=move || percent().to_string()
                aria-label=t(Msg::ProgressLabel)
            >
                <div class="progress__fill" style:width=move || format!("{}%", percent())></div>
            </div>
            <p class="progress__text" data-testid="progress-text">{progress_line()}</p>
            {profile_open}
            <p class="progress__note" role="status" data-testid="count-note">{note}</p>
        </div>
    }
}

/// "12 of 34 questions answered, about 8 minutes left" once the profile is
/// answered; before that, how far the profile is; following the answers and
/// the language.
pub fn progress_line() -> impl Fn() -> String {
    let state = expect_state();
    move || {
        let lang = state.lang.get();
        let (Some(c), Some(ev)) = (state.catalog(), state.evaluation.get()) else {
            return String::new();
        };
        let count = state.assessment.with(|a| ev.count(&c, a, lang));
        let n = |v: usize| v.to_string();
        if !count.known {
            Msg::CountProfile.fill(
                lang,
                &[
                    ("answered", &n(count.profile.answered)),
                    ("total", &n(count.profile.total)),
                ],
            )
        } else if count.minutes_left == 0 {
            Msg::ProgressLine.fill(
                lang,
                &[("answered", &n(count.answered)), ("total", &n(count.total))],
            )
        } else {
            Msg::CountLine.fill(
                lang,
                &[
                    ("answered", &n(count.answered)),
                    ("total", &n(count.total)),
                    ("minutes", &count.minutes_left.to_string()),
                ],
            )
        }
    }
}

/// The sections of the walk with their progress: (id, title, answered, total).
pub fn steps(state: AppState) -> Vec<(String, String, usize, usize)> {
    let (Some(c), Some(ev)) = (state.catalog(), state.evaluation.get()) else {
        return vec![];
    };
    let lang = state.lang.get();
    ev.walk(&c)
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
        .collect()
}

/// The list of sections, each a link with its progress; `current` is marked.
#[component]
pub fn StepList(#[prop(optional)] current: Option<String>) -> impl IntoView {
    let state = expect_state();
    view! {
        <ol class="steps__list">
            {move || {
                let lang = state.lang.get();
                steps(state)
                    .into_iter()
                    .map(|(id, title, answered, total)| {
                        let here = current.as_deref() == Some(id.as_str());
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
    }
}
