//! The PDF, made in a Web Worker with its own wasm module (`pdf_worker`), so
//! the PDF engine never weighs on the first load and the page stays
//! responsive while it works. The worker (and with it the PDF module) is
//! created when the results or the plan are shown, unless the connection
//! asks to save data, or else on the first click; until its module is in,
//! the button says that the PDF is getting ready.
//!
//! A request is `{"type": "render", "id": n, "report": "<report JSON>"}`;
//! the worker reports its steps and answers with the PDF's bytes (see
//! [`super::worker`] for the messages and what happens when the module
//! cannot load: the button offers to try again, with a new worker).

use leptos::prelude::*;

use crate::domain::Msg;

use super::state::expect_state;
use super::strings::t;
use super::worker::{self, Slot, Spec};
use super::{dom, download};

pub use super::worker::Event;

thread_local! {
    static WORKER: Slot = const {
        Slot::new(Spec {
            script: "./pdf_worker_loader.js",
            label: "pdf",
            timing_global: Some("checkupPdfMs"),
        })
    };
}

/// Creates the worker (which loads the PDF module) if there is none yet, so
/// the PDF is quick when it is asked for: called when the results or the
/// plan are shown (see `app.rs`).
pub fn prefetch() {
    let _ = worker::ensure_worker(&WORKER);
}

/// Whether the worker has loaded its module.
pub fn is_ready() -> bool {
    worker::is_ready(&WORKER)
}

/// Asks the worker for the PDF of a report (as JSON); `on` hears progress and the result.
pub fn render(report_json: &str, on: impl Fn(Event) + 'static) {
    worker::request(&WORKER, "render", &[("report", report_json)], on);
}

/// Where a PDF request stands, for the button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Idle,
    Loading,
    Working,
    Saved,
    /// Saved, but the frame usually blocks downloads.
    MaybeBlocked,
    /// The report could not be made.
    Failed,
    /// The PDF module could not be loaded or crashed.
    ModuleFailed,
}

/// "Download PDF": makes the PDF in the worker and saves it, showing
/// progress. The short report by default; with `full`, everything. With
/// `select` holding action ids, the plan is that selection only.
#[component]
pub fn PdfButton(
    #[prop(optional)] full: bool,
    #[prop(optional, into)] select: Option<Signal<Option<Vec<String>>>>,
) -> impl IntoView {
    let state = expect_state();
    let phase = RwSignal::new(Phase::Idle);
    let click = move |_| {
        if matches!(phase.get_untracked(), Phase::Loading | Phase::Working) {
            return;
        }
        let Some(mut report) = state.report() else {
            return;
        };
        if full {
            report.kind = crate::domain::report::ReportKind::Full;
        }
        if let Some(ids) = select.and_then(|s| s.get_untracked()) {
            report.select(&ids);
        }
        phase.set(if is_ready() {
            Phase::Working
        } else {
            Phase::Loading
        });
        let logo = state.config.get_untracked().logo.clone();
        leptos::task::spawn_local(async move {
            if let Some(b) = report.branding.as_mut()
                && let Some(path) = logo.filter(|p| p.ends_with(".png"))
                && let Ok(Some(bytes)) = dom::fetch_bytes(&path).await
            {
                b.logo_png_base64 = base64_encode(&bytes);
            }
            let json = serde_json::to_string(&report).unwrap_or_default();
            let name = report.pdf_file_name();
            render(&json, move |ev| match ev {
                Event::Progress(_) => phase.set(Phase::Working),
                Event::Done(bytes) => {
                    let ok = download::save(&name, "application/pdf", &bytes).is_ok();
                    phase.set(if !ok {
                        Phase::Failed
                    } else if super::embed::downloads_may_be_blocked() {
                        Phase::MaybeBlocked
                    } else {
                        Phase::Saved
                    });
                }
                Event::Failed(_) => phase.set(Phase::Failed),
                Event::ModuleFailed => phase.set(Phase::ModuleFailed),
            });
        });
    };
    let busy = move || matches!(phase.get(), Phase::Loading | Phase::Working);
    view! {
        <span class="pdf">
            <button
                type="button"
                class=if full { "btn btn--secondary" } else { "btn btn--primary" }
                data-testid=if full { "download-pdf-full" } else { "download-pdf" }
                aria-busy=move || busy().to_string()
                disabled=busy
                on:click=click
            >
                {move || if matches!(phase.get(), Phase::Failed | Phase::ModuleFailed) {
                    t(Msg::PdfRetry)()
                } else if full {
                    t(Msg::DownloadPdfFull)()
                } else {
                    t(Msg::DownloadPdf)()
                }}
            </button>
            <span class="pdf__status" role="status" data-testid=if full { "pdf-status-full" } else { "pdf-status" }>
                {move || match phase.get() {
                    Phase::Idle => None,
                    Phase::Loading => Some(view! { <span class="spinner" aria-hidden="true"></span> {t(Msg::PdfLoading)} }.into_any()),
                    Phase::Working => Some(view! { <span class="spinner" aria-hidden="true"></span> {t(Msg::PdfWorking)} }.into_any()),
                    Phase::Saved => Some(view! { {t(Msg::PdfSaved)} }.into_any()),
                    Phase::MaybeBlocked => Some(view! { <span class="error">{t(Msg::PdfMayBeBlocked)}</span> }.into_any()),
                    Phase::Failed => Some(view! { <span class="error">{t(Msg::PdfFailed)}</span> }.into_any()),
                    Phase::ModuleFailed => Some(view! { <span class="error" data-testid="pdf-module-failed">{t(Msg::PdfModuleFailed)}</span> }.into_any()),
                }}
            </span>
        </span>
    }
}

/// Standard base64 with padding.
pub fn base64_encode(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}
