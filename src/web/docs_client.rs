//! The GDPR starter documents, made in a Web Worker with its own wasm module
//! (`docs_worker`), so the XLSX and DOCX writers and the documents' texts
//! never weigh on the app: the worker is created when the documents page
//! opens, or on the first click.
//!
//! Messages, page -> worker: `{"type": "run", "id": n, "job": "<Job JSON>",
//! "request": "<Request JSON>"}`. Worker -> page: `{"type": "ready"}` once
//! loaded (the page queues until then), `{"type": "done", "id", "bytes":
//! Uint8Array}`, `{"type": "error", "id", "message"}`, and `{"type":
//! "failed", "message"}` when its module cannot be loaded (the loader
//! script written by `checkup-cli finalize` sends it). As with the PDF
//! module, a module that cannot load, a crash or a module still not loaded
//! after [`READY_TIMEOUT_MS`] fails every waiting request, and the next
//! request starts a new worker.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::dom;

/// The loader script trunk writes for the worker (`data-loader-shim`).
const WORKER_SCRIPT: &str = "./docs_worker_loader.js";

/// How long the documents module may take to load before requests fail (ms).
const READY_TIMEOUT_MS: i32 = 90_000;

/// What the worker answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Done(Vec<u8>),
    /// The job failed (a message for the console).
    Failed(String),
    /// The documents module could not be loaded, or the worker crashed.
    ModuleFailed,
}

type Handler = Box<dyn Fn(Outcome)>;

struct Client {
    worker: web_sys::Worker,
    ready: bool,
    queue: Vec<JsValue>,
    handlers: HashMap<u32, Rc<Handler>>,
    next_id: u32,
    generation: u32,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

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
        h(Outcome::ModuleFailed);
    }
}

fn field(v: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(v, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Creates the worker if there is none yet.
pub fn ensure_worker() -> Result<(), String> {
    if CLIENT.with(|c| c.borrow().is_some()) {
        return Ok(());
    }
    let worker = web_sys::Worker::new(WORKER_SCRIPT).map_err(|e| format!("{e:?}"))?;
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(|ev: web_sys::MessageEvent| {
        let data = ev.data();
        let kind = field(&data, "type").as_string().unwrap_or_default();
        match kind.as_str() {
            "failed" => {
                fail_all();
                return;
            }
            "ready" => {
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
            _ => {}
        }
        let id = field(&data, "id").as_f64().unwrap_or(-1.0) as u32;
        let outcome = if kind == "done" {
            Outcome::Done(js_sys::Uint8Array::new(&field(&data, "bytes")).to_vec())
        } else {
            let message = field(&data, "message").as_string().unwrap_or_default();
            dom::console_warn(&format!("documents: {message}"));
            Outcome::Failed(message)
        };
        let handler = CLIENT.with(|c| c.borrow_mut().as_mut()?.handlers.remove(&id));
        if let Some(h) = handler {
            h(outcome);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
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

/// Whether the worker has loaded its module.
pub fn is_ready() -> bool {
    CLIENT.with(|c| c.borrow().as_ref().is_some_and(|c| c.ready))
}

/// Asks the worker to do `job_json` for `request_json`; `on` hears the outcome once.
pub fn run(job_json: &str, request_json: &str, on: impl Fn(Outcome) + 'static) {
    if ensure_worker().is_err() {
        on(Outcome::ModuleFailed);
        return;
    }
    let waiting = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        let Some(c) = c.as_mut() else { return false };
        let id = c.next_id;
        c.next_id += 1;
        c.handlers.insert(id, Rc::new(Box::new(on)));
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &"run".into());
        let _ = js_sys::Reflect::set(&msg, &"id".into(), &id.into());
        let _ = js_sys::Reflect::set(&msg, &"job".into(), &job_json.into());
        let _ = js_sys::Reflect::set(&msg, &"request".into(), &request_json.into());
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
