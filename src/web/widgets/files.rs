//! The person's work as files: save it (JSON), the plan as a spreadsheet
//! (CSV), open a saved file (asking before it replaces current work), and
//! the download every file goes through, which says when it failed.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::Msg;
use crate::domain::transfer::{self, ImportError, Imported};

use super::super::state::{
    AppState, Newer, Notice, NoticeText, Saving, expect_state, work_summary,
};
use super::super::strings::t;
use super::super::{dom, download, storage};

/// File name stem: `checkup-<organisation>-<date>`.
fn stem(state: AppState) -> String {
    state
        .report()
        .map(|r| r.file_stem)
        .unwrap_or_else(|| format!("checkup-{}", dom::today_iso()))
}

/// What to say after a download in a frame that may block it: the page
/// cannot see whether the file arrived.
pub fn blocked_text(lang: crate::domain::Lang) -> String {
    let url = dom::window().location().href().unwrap_or_default();
    Msg::DownloadMayBeBlocked.fill(lang, &[("url", &url)])
}

/// Offers a file for download; says so when the download failed or may
/// have been blocked. Returns whether it is known to have happened.
pub fn offer_download(state: AppState, name: &str, mime: &str, bytes: &[u8]) -> bool {
    if download::save(name, mime, bytes).is_err() {
        state.notice.set(Some(Notice::error(Msg::DownloadFailed)));
        return false;
    }
    if super::super::embed::downloads_may_be_blocked() {
        state
            .notice
            .set(Some(Notice::error(NoticeText::new(blocked_text))));
        return false;
    }
    true
}

/// Saves the whole assessment as a JSON file. A file too large for CheckUp
/// to open again is only saved after a warning.
#[component]
pub fn ExportButton() -> impl IntoView {
    let state = expect_state();
    let too_large: RwSignal<Option<usize>> = RwSignal::new(None);
    let write = move || {
        let a = state.assessment.get_untracked();
        let text = transfer::export(&a);
        let name = format!("{}.json", stem(state));
        if offer_download(state, &name, "application/json", text.as_bytes()) {
            let now = dom::now_iso();
            let _ = storage::write_raw(super::super::state::EXPORTED_KEY, &now);
            state.exported.set(now);
        }
    };
    let export = move |_| {
        let size = state
            .assessment
            .with_untracked(|a| transfer::export_size(&transfer::export(a)));
        match size {
            Ok(_) => write(),
            Err(bytes) => too_large.set(Some(bytes)),
        }
    };
    view! {
        <button type="button" class="btn btn--secondary" data-testid="export" on:click=export>
            {t(Msg::SaveAsFile)}
        </button>
        {move || too_large.get().map(|bytes| {
            let lang = state.lang.get();
            let text = Msg::ExportTooLarge.fill(lang, &[
                ("size", &transfer::megabytes(bytes, lang)),
                ("max", &transfer::megabytes(transfer::MAX_BYTES, lang)),
            ]);
            view! {
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-large" data-testid="confirm-large">
                    <p id="confirm-large">{text}</p>
                    <button type="button" class="btn btn--secondary" data-testid="confirm-large-yes" on:click=move |_| {
                        too_large.set(None);
                        write();
                    }>{t(Msg::SaveAnyway)}</button>
                    <button type="button" class="btn btn--primary" on:click=move |_| too_large.set(None)>
                        {t(Msg::Cancel)}
                    </button>
                </div>
            }
        })}
    }
}

/// The action plan as a spreadsheet (CSV); with `select` holding action
/// ids, only that selection.
#[component]
pub fn CsvButton(
    #[prop(optional, into)] select: Option<Signal<Option<Vec<String>>>>,
) -> impl IntoView {
    let state = expect_state();
    let save = move |_| {
        if let Some(mut r) = state.report() {
            if let Some(ids) = select.and_then(|s| s.get_untracked()) {
                r.select(&ids);
            }
            let text = crate::domain::csv::plan(&r);
            offer_download(
                state,
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

/// A file read and checked, waiting for the person's word before it replaces their work.
#[derive(Clone, Debug)]
struct Pending {
    imported: Arc<Imported>,
    /// The file's text (for data from newer packs, stored as it is).
    text: Arc<String>,
}

/// Opens a saved file; asks before it replaces current work, naming what
/// would be replaced (and saying so plainly when the file is empty). The
/// replaced work stays recoverable (undo, also after a reload).
#[component]
pub fn ImportButton() -> impl IntoView {
    let state = expect_state();
    let pending: RwSignal<Option<Pending>> = RwSignal::new(None);
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
        if file.size() > transfer::MAX_BYTES as f64 + 3.0 {
            let e = ImportError::TooLarge {
                bytes: file.size() as usize,
            };
            state
                .notice
                .set(Some(Notice::error(NoticeText::new(move |l| e.message(l)))));
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
                Err(e) => state
                    .notice
                    .set(Some(Notice::error(NoticeText::new(move |l| e.message(l))))),
                Ok(imported) => {
                    let p = Pending {
                        imported: Arc::new(imported),
                        text: Arc::new(transfer::strip_bom(&text).to_string()),
                    };
                    let has_work = state.assessment.with_untracked(|a| a.has_work());
                    if has_work {
                        pending.set(Some(p));
                    } else {
                        apply_import(state, &p);
                    }
                }
            }
        });
    };
    // The confirmation takes the focus, so it is seen (and read out) even
    // when it opens below the fold on a phone.
    Effect::new(move |_| {
        if pending.with(Option::is_some) {
            dom::focus_id("confirm-import-yes");
        }
    });
    view! {
        <span class="import">
            <input type="file" id=input_id class="sr-only" accept=".json,application/json" data-testid="import-file" on:change=on_file/>
            <label for=input_id class="btn btn--secondary" data-testid="import">{t(Msg::OpenFile)}</label>
        </span>
        {move || pending.get().map(|p| {
            let lang = state.lang.get();
            let catalog = state.catalog();
            let current = state.assessment.with(|a| work_summary(a, catalog.as_deref(), lang));
            // Storage at fault: the undo cannot survive the page; say so and
            // offer to save the current work first.
            let unkept = state.saving.get() != Saving::Ok;
            let text = match (p.imported.assessment.has_work(), unkept) {
                (false, false) => Msg::ConfirmReplaceEmpty.fill(lang, &[("current", &current)]),
                (false, true) => Msg::ConfirmReplaceEmptyUnkept.fill(lang, &[("current", &current)]),
                (true, unkept) => {
                    let msg = if unkept { Msg::ConfirmReplaceUnkept } else { Msg::ConfirmReplace };
                    msg.fill(lang, &[
                        ("current", &current),
                        ("file", &work_summary(&p.imported.assessment, catalog.as_deref(), lang)),
                    ])
                }
            };
            let p2 = p.clone();
            view! {
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-import" data-testid="confirm-import">
                    <p id="confirm-import">{text}</p>
                    {unkept.then(|| view! { <ExportButton/> })}
                    <button type="button" class="btn btn--primary" id="confirm-import-yes" data-testid="confirm-import-yes" on:click=move |_| {
                        apply_import(state, &p2);
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

fn apply_import(state: AppState, p: &Pending) {
    let lang = state.lang.get_untracked();
    let imported = &p.imported;
    let what = Arc::new(imported.clone());
    let catalog = state.catalog();
    let text = NoticeText::new(move |l| {
        let mut text = Msg::Imported.fill(
            l,
            &[(
                "what",
                &work_summary(&what.assessment, catalog.as_deref(), l),
            )],
        );
        if let Some(c) = &catalog {
            for note in transfer::notes(&what, c, l) {
                text.push(' ');
                text.push_str(&note);
            }
        }
        if !what.bad_dates.is_empty() {
            text.push(' ');
            text.push_str(&Msg::ImportBadDates.fill(l, &[("dates", &what.bad_dates.join(", "))]));
        }
        text
    });
    let mut next = imported.assessment.clone();
    next.lang = lang;
    state.replace(next, text);
    if imported.is_newer() {
        // Newer questions: keep the file as it is, and do not write over it
        // (nor over damaged data held in place); a write that fails is shown.
        if state.held.with_untracked(Option::is_none)
            && let Err(f) = storage::write_raw(super::super::state::ASSESSMENT_KEY, &p.text)
        {
            state.saving.set(Saving::Fault(f));
        }
        state.newer.set(Some(Newer {
            raw: (*p.text).clone(),
            format: None,
            packs: imported.newer_packs.clone(),
        }));
    }
}
