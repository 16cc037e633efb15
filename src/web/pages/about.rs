//! How we score, sources, privacy and disclaimer; and the person's data:
//! export, import, spreadsheet, baselines, clear all.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::Msg;
use crate::domain::assessment::Assessment;

use super::super::hooks::use_report;
use super::super::state::{Notice, expect_state};
use super::super::strings::{t, tf};
use super::super::widgets::files::{CsvButton, ExportButton, ImportButton};
use super::super::{dom, storage};

#[component]
pub fn AboutPage() -> impl IntoView {
    let report = use_report();
    Effect::new(move |_| dom::focus_id("page-title"));
    view! {
        <section aria-labelledby="page-title" class="about">
            <h1 id="page-title" tabindex="-1">{t(Msg::TitleAbout)}</h1>
            {move || report.get().map(|r| r.method.iter().map(|p| view! {
                <h2>{p.heading.clone()}</h2>
                {p.text.iter().map(|t| view! { <p>{t.clone()}</p> }).collect_view()}
            }).collect_view())}
            <h2>{t(Msg::YourData)}</h2>
            <p>{t(Msg::YourDataIntro)}</p>
            {(super::super::embed::frame().cross_origin).then(|| view! {
                <p class="alert" data-testid="frame-partitioned">{t(Msg::FramePartitioned)}</p>
            })}
            <div class="actions">
                <ExportButton/>
                <ImportButton/>
                <CsvButton/>
            </div>
            <ClearAll/>
        </section>
    }
}

/// Removes every trace of the assessment from this browser, after a confirmation.
#[component]
fn ClearAll() -> impl IntoView {
    let state = expect_state();
    let asking = RwSignal::new(false);
    let clear = move |_| {
        let old = state.assessment.get_untracked();
        storage::clear_all();
        let lang = state.lang.get_untracked();
        state.newer.set(None);
        state.assessment.set(Assessment {
            lang,
            ..Assessment::default()
        });
        storage::clear_all();
        // Held damaged data went with everything else.
        state.release_held();
        asking.set(false);
        state.notice.set(Some(Notice {
            undo: old.has_work().then(|| Arc::new(old)),
            ..Notice::info(Msg::Cleared)
        }));
    };
    view! {
        <h2>{t(Msg::ClearTitle)}</h2>
        <p>{t(Msg::ClearIntro)}</p>
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="btn btn--danger" data-testid="clear-all" on:click=move |_| asking.set(true)>
                    {t(Msg::ClearButton)}
                </button>
            }
        >
            <div class="confirm" role="alertdialog" aria-labelledby="confirm-clear" data-testid="confirm-clear">
                <p id="confirm-clear">
                    // Counted as the progress line counts them.
                    {tf(Msg::ConfirmClear, move || {
                        let answered = state.evaluation.get().map_or_else(
                            || state.assessment.with(|a| a.answers.len()),
                            |e| e.progress.answered,
                        );
                        vec![("answers", answered.to_string())]
                    })}
                </p>
                <button type="button" class="btn btn--danger" data-testid="confirm-clear-yes" on:click=clear>
                    {t(Msg::ClearButton)}
                </button>
                <button type="button" class="btn btn--secondary" on:click=move |_| asking.set(false)>{t(Msg::Cancel)}</button>
            </div>
        </Show>
    }
}
