//! The PDF, made in a Web Worker with its own wasm module (`pdf_worker`), so
//! the PDF engine never weighs on the first load and the page stays
//! responsive while it works. The worker (and with it the PDF module) is
//! created when the results or the plan are shown, unless the connection
//! asks to save data, or else on the first click; until its module is in,
//! the button says that the PDF is getting ready.
//!
//! Messages, page -> worker: `{"type": "render", "id": n, "report": "<report JSON>"}`.
//! Worker -> page: `{"type": "ready"}` once loaded (earlier messages would be
//! lost, so the page queues until then), `{"type": "progress", "id", "step"}`,
//! `{"type": "done", "id", "bytes": Uint8Array, "ms"}`, `{"type": "error", "id", "message"}`,
//! and `{"type": "failed", "message"}` when its module cannot be loaded (the
//! loader script written by `checkup-cli finalize` sends it).
//!
//! A module that cannot load, or a worker that crashes, fails every waiting
//! request at once (the button offers to try again, with a new worker); a
//! module still not loaded after [`READY_TIMEOUT_MS`] counts as failed, so
//! the button never says "loading" forever.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::Msg;

use super::state::expect_state;
use super::strings::t;
use super::{dom, download};

/// The loader script trunk writes for the worker (`data-loader-shim`).
const WORKER_SCRIPT: &str = "./pdf_worker_loader.js";

/// How long the PDF module may take to load before the request fails (ms).
const READY_TIMEOUT_MS: i32 = 90_000;

/// What the worker reports.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    Progress(String),
    Done(Vec<u8>),
    /// The report could not be laid out.
    Failed(String),
    /// The PDF module could not be loaded, or the worker crashed.
    ModuleFailed,
}

type Handler = Box<dyn Fn(Event)>;

struct Client {
    worker: web_sys::Worker,
    ready: bool,
    queue: Vec<JsValue>,
    handlers: HashMap<u32, Rc<Handler>>,
    next_id: u32,
    /// Which worker this is (a new one after a failure).
    generation: u32,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The module failed or the worker crashed: drop the worker (the next
/// request starts a new one) and fail every waiting request.
fn fail_all() {
    let handlers: Vec<Rc<Handler>> = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        let list = c
            .as_mut()
            .map(|c| c.handlers.drain().map(|(_, h)| h).collect())
            .unwrap_or_default();
        if let Some(old) = c.take() {
            old.worker.terminate();
        }
        list
    });
    for h in handlers {
        h(Event::ModuleFailed);
    }
}

fn field(v: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(v, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Creates the worker if there is none yet.
fn ensure_worker() -> Result<(), String> {
    if CLIENT.with(|c| c.borrow().is_some()) {
        return Ok(());
    }
    let worker = web_sys::Worker::new(WORKER_SCRIPT).map_err(|e| format!("{e:?}"))?;
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(|ev: web_sys::MessageEvent| {
        let data = ev.data();
        let kind = field(&data, "type").as_string().unwrap_or_default();
        if kind == "failed" {
            fail_all();
            return;
        }
        if kind == "ready" {
            CLIENT.with(|c| {
                if let Some(c) = c.borrow_mut().as_mut() {
                    c.ready = true;
                    for msg in c.queue.drain(..) {
                        let _ = c.worker.post_message(&msg);
                    }
                }
            });
            return;
        }
        let id = field(&data, "id").as_f64().unwrap_or(-1.0) as u32;
        let event = match kind.as_str() {
            "progress" => Event::Progress(field(&data, "step").as_string().unwrap_or_default()),
            "done" => {
                // The worker's own time to lay out and draw (read by the benchmark).
                let _ = js_sys::Reflect::set(
                    &js_sys::global(),
                    &"checkupPdfMs".into(),
                    &field(&data, "ms"),
                );
                Event::Done(js_sys::Uint8Array::new(&field(&data, "bytes")).to_vec())
            }
            _ => Event::Failed(field(&data, "message").as_string().unwrap_or_default()),
        };
        let finished = !matches!(event, Event::Progress(_));
        let handler = CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            let c = c.as_mut()?;
            if finished {
                c.handlers.remove(&id)
            } else {
                c.handlers.get(&id).cloned()
            }
        });
        if let Some(h) = handler {
            h(event);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // The loader script failed, or the module crashed: fail every request.
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(|_ev: web_sys::Event| fail_all());
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    CLIENT.with(|c| {
        *c.borrow_mut() = Some(Client {
            worker,
            ready: false,
            queue: vec![],
            handlers: HashMap::new(),
            next_id: 1,
            generation: GENERATION.with(|g| {
                g.set(g.get() + 1);
                g.get()
            }),
        })
    });
    Ok(())
}

/// Fails the waiting requests if this worker has still not loaded its module in time.
fn watch_ready() {
    let Some(generation) = CLIENT.with(|c| c.borrow().as_ref().map(|c| c.generation)) else {
        return;
    };
    let cb = Closure::once_into_js(move || {
        let stuck = CLIENT.with(|c| {
            c.borrow()
                .as_ref()
                .is_some_and(|c| c.generation == generation && !c.ready && !c.handlers.is_empty())
        });
        if stuck {
            fail_all();
        }
    });
    let _ = dom::window().set_timeout_with_callback_and_timeout_and_arguments_0(
        cb.unchecked_ref(),
        READY_TIMEOUT_MS,
    );
}

/// Creates the worker (which loads the PDF module) if there is none yet, so
/// the PDF is quick when it is asked for: called when the results or the
/// plan are shown (see `app.rs`).
pub fn prefetch() {
    let _ = ensure_worker();
}

/// Whether the worker has loaded its module.
pub fn is_ready() -> bool {
    CLIENT.with(|c| c.borrow().as_ref().is_some_and(|c| c.ready))
}

/// Asks the worker for the PDF of a report (as JSON); `on` hears progress and the result.
pub fn render(report_json: &str, on: impl Fn(Event) + 'static) {
    if ensure_worker().is_err() {
        // No worker here (a sandboxed frame, an old browser).
        on(Event::ModuleFailed);
        return;
    }
    let waiting = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        let Some(c) = c.as_mut() else { return false };
        let id = c.next_id;
        c.next_id += 1;
        c.handlers.insert(id, Rc::new(Box::new(on)));
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &"render".into());
        let _ = js_sys::Reflect::set(&msg, &"id".into(), &id.into());
        let _ = js_sys::Reflect::set(&msg, &"report".into(), &report_json.into());
        if c.ready {
            let _ = c.worker.post_message(&msg);
            false
        } else {
            c.queue.push(msg.into());
            true
        }
    });
    if waiting {
        watch_ready();
    }
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
            let name = format!("{}.pdf", report.file_stem);
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
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        out.push(A[(n >> 18) as usize & 63] as char);
        out.push(A[(n >> 12) as usize & 63] as char);
        out.push(if chunk.len() > 1 {
            A[(n >> 6) as usize & 63] as char
        } else {
            '='
        });
        out.push(if chunk.len() > 2 {
            A[n as usize & 63] as char
        } else {
            '='
        });
    }
    out
}
