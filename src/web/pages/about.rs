//! How we score, sources, privacy and disclaimer; and the person's data:
//! export, import, spreadsheet, baselines, clear all.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::Msg;
use crate::domain::assessment::Assessment;
use crate::domain::transfer::{self, ImportError, Imported};

use super::super::app::{t, tf};
use super::super::state::{AppState, Notice, expect_state};
use super::super::{dom, download, storage};
use super::results::use_report;

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
            <div class="actions">
                <ExportButton/>
                <ImportButton/>
                <CsvButton/>
            </div>
            <ClearAll/>
        </section>
    }
}

/// File name stem: `checkup-<organisation>-<date>`.
fn stem(state: AppState) -> String {
    state
        .report()
        .map(|r| r.file_stem)
        .unwrap_or_else(|| format!("checkup-{}", dom::today_iso()))
}

/// Saves the whole assessment as a JSON file.
#[component]
pub fn ExportButton() -> impl IntoView {
    let state = expect_state();
    let export = move |_| {
        let a = state.assessment.get_untracked();
        let text = transfer::export(&a);
        let name = format!("{}.json", stem(state));
        if download::save(&name, "application/json", text.as_bytes()).is_ok() {
            let now = dom::now_iso();
            let _ = storage::write_raw(super::super::state::EXPORTED_KEY, &now);
            state.exported.set(now);
        } else {
            state.notice.set(Some(Notice {
                text: Msg::DownloadFailed.get(state.lang.get_untracked()).into(),
                undo: None,
                error: true,
            }));
        }
    };
    view! {
        <button type="button" class="btn btn--secondary" data-testid="export" on:click=export>
            {t(Msg::SaveAsFile)}
        </button>
    }
}

/// The action plan as a spreadsheet (CSV).
#[component]
pub fn CsvButton() -> impl IntoView {
    let state = expect_state();
    let save = move |_| {
        if let Some(r) = state.report() {
            let text = crate::domain::csv::plan(&r);
            let _ = download::save(
                &format!("{}-plan.csv", r.file_stem),
                "text/csv;charset=utf-8",
                text.as_bytes(),
            );
        }
    };
    view! {
        <button type="button" class="btn btn--secondary" data-testid="export-csv" on:click=save>
            {t(Msg::SaveCsv)}
        </button>
    }
}

/// Opens a saved file; asks before it replaces current work, which stays
/// recoverable (undo).
#[component]
pub fn ImportButton() -> impl IntoView {
    let state = expect_state();
    let pending: RwSignal<Option<Arc<Imported>>> = RwSignal::new(None);
    let input_id = "import-file";
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let lang = state.lang.get_untracked();
        if file.size() > transfer::MAX_BYTES as f64 {
            let e = ImportError::TooLarge {
                bytes: file.size() as usize,
            };
            state.notice.set(Some(Notice {
                text: e.message(lang),
                undo: None,
                error: true,
            }));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(v) => v.as_string().unwrap_or_default(),
                Err(_) => String::new(),
            };
            let Some(catalog) = state.catalog() else {
                return;
            };
            match transfer::import(&text, &catalog) {
                Err(e) => state.notice.set(Some(Notice {
                    text: e.message(lang),
                    undo: None,
                    error: true,
                })),
                Ok(imported) => {
                    let has_work = state
                        .assessment
                        .with_untracked(|a| !a.answers.is_empty() || !a.plan.is_empty());
                    if has_work {
                        pending.set(Some(Arc::new(imported)));
                    } else {
                        apply_import(state, &imported);
                    }
                }
            }
        });
    };
    view! {
        <span class="import">
            <input type="file" id=input_id class="sr-only" accept=".json,application/json" data-testid="import-file" on:change=on_file/>
            <label for=input_id class="btn btn--secondary" data-testid="import">{t(Msg::OpenFile)}</label>
        </span>
        {move || pending.get().map(|imp| {
            view! {
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-import" data-testid="confirm-import">
                    <p id="confirm-import">{t(Msg::ConfirmReplace)}</p>
                    <button type="button" class="btn btn--primary" data-testid="confirm-import-yes" on:click=move |_| {
                        apply_import(state, &imp);
                        pending.set(None);
                    }>{t(Msg::Replace)}</button>
                    <button type="button" class="btn btn--secondary" data-testid="confirm-import-no" on:click=move |_| pending.set(None)>
                        {t(Msg::Cancel)}
                    </button>
                </div>
            }
        })}
    }
}

fn apply_import(state: AppState, imported: &Imported) {
    let lang = state.lang.get_untracked();
    let mut text = Msg::Imported.fill(
        lang,
        &[("answers", &imported.assessment.answers.len().to_string())],
    );
    if !imported.set_aside.is_empty() {
        text.push(' ');
        text.push_str(&Msg::ImportSetAside.fill(
            lang,
            &[
                ("count", &imported.set_aside.len().to_string()),
                ("ids", &imported.set_aside.join(", ")),
            ],
        ));
    }
    if !imported.bad_dates.is_empty() {
        text.push(' ');
        text.push_str(
            &Msg::ImportBadDates.fill(lang, &[("dates", &imported.bad_dates.join(", "))]),
        );
    }
    let mut next = imported.assessment.clone();
    next.lang = lang;
    state.replace(next, text);
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
        state.assessment.set(Assessment {
            lang,
            ..Assessment::default()
        });
        storage::clear_all();
        asking.set(false);
        state.notice.set(Some(Notice {
            text: Msg::Cleared.get(lang).into(),
            undo: (!old.answers.is_empty() || !old.plan.is_empty()).then(|| Arc::new(old)),
            error: false,
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
                    {tf(Msg::ConfirmClear, move || vec![("answers", state.assessment.with(|a| a.answers.len()).to_string())])}
                </p>
                <button type="button" class="btn btn--danger" data-testid="confirm-clear-yes" on:click=clear>
                    {t(Msg::ClearButton)}
                </button>
                <button type="button" class="btn btn--secondary" on:click=move |_| asking.set(false)>{t(Msg::Cancel)}</button>
            </div>
        </Show>
    }
}
