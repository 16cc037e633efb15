//! A Web Worker with its own wasm module (the PDF, the GDPR documents),
//! created on demand so its module never weighs on the first load.
//!
//! Messages, page -> worker: `{"type": <kind>, "id": n, <field>: "<JSON>", ...}`.
//! Worker -> page: `{"type": "ready"}` once loaded (earlier messages would be
//! lost, so the page queues until then), `{"type": "progress", "id", "step"}`,
//! `{"type": "done", "id", "bytes": Uint8Array, "ms"?}`,
//! `{"type": "error", "id", "message"}`, and `{"type": "failed", "message"}`
//! when its module cannot be loaded (the loader script written by
//! `checkup-cli finalize` sends it).
//!
//! A module that cannot load, or a worker that crashes, fails every waiting
//! request at once, and the next request starts a new worker; a module still
//! not loaded after [`READY_TIMEOUT_MS`] counts as failed, so a button never
//! says "loading" forever.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::thread::LocalKey;

use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::dom;

/// How long a worker's module may take to load before its requests fail (ms).
pub const READY_TIMEOUT_MS: i32 = 90_000;

/// What a worker reports about one request.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// A step of the work (only the PDF reports them).
    Progress(String),
    /// The file, as bytes.
    Done(Vec<u8>),
    /// The work failed (a message for the console).
    Failed(String),
    /// The module could not be loaded, or the worker crashed.
    ModuleFailed,
}

/// Which worker: its loader script and what it is called in the console.
pub struct Spec {
    /// The loader script trunk writes for the worker (`data-loader-shim`).
    pub script: &'static str,
    /// The name in console messages, e.g. `documents`.
    pub label: &'static str,
    /// A global the page sets to the worker's own time ("ms" of "done"),
    /// read by the benchmark.
    pub timing_global: Option<&'static str>,
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

/// One worker of the page, kept in a `thread_local!` so that its callbacks
/// can reach it: `static PDF: Slot = const { Slot::new(Spec { .. }) };`.
pub struct Slot {
    spec: Spec,
    client: RefCell<Option<Client>>,
    generation: Cell<u32>,
}

impl Slot {
    /// A slot with no worker yet.
    pub const fn new(spec: Spec) -> Slot {
        Slot {
            spec,
            client: RefCell::new(None),
            generation: Cell::new(0),
        }
    }
}

/// A worker slot, as its callbacks find it.
pub type Key = &'static LocalKey<Slot>;

/// The module failed or the worker crashed: drop the worker (the next
/// request starts a new one) and fail every waiting request.
fn fail_all(key: Key) {
    let handlers: Vec<Rc<Handler>> = key.with(|s| {
        let mut c = s.client.borrow_mut();
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

fn on_message(key: Key, data: JsValue) {
    let kind = field(&data, "type").as_string().unwrap_or_default();
    match kind.as_str() {
        "failed" => return fail_all(key),
        "ready" => {
            key.with(|s| {
                if let Some(c) = s.client.borrow_mut().as_mut() {
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
    let event = match kind.as_str() {
        "progress" => Event::Progress(field(&data, "step").as_string().unwrap_or_default()),
        "done" => {
            if let Some(global) = key.with(|s| s.spec.timing_global) {
                let _ =
                    js_sys::Reflect::set(&js_sys::global(), &global.into(), &field(&data, "ms"));
            }
            Event::Done(js_sys::Uint8Array::new(&field(&data, "bytes")).to_vec())
        }
        _ => {
            let message = field(&data, "message").as_string().unwrap_or_default();
            let label = key.with(|s| s.spec.label);
            dom::console_warn(&format!("{label}: {message}"));
            Event::Failed(message)
        }
    };
    let finished = !matches!(event, Event::Progress(_));
    let handler = key.with(|s| {
        let mut c = s.client.borrow_mut();
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
}

/// Creates the worker (which loads its module) if there is none yet; an
/// error when workers cannot be made here (a sandboxed frame, an old browser).
pub fn ensure_worker(key: Key) -> Result<(), String> {
    if key.with(|s| s.client.borrow().is_some()) {
        return Ok(());
    }
    let script = key.with(|s| s.spec.script);
    let worker = web_sys::Worker::new(script).map_err(|e| format!("{e:?}"))?;
    let on_msg = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        on_message(key, ev.data())
    });
    worker.set_onmessage(Some(on_msg.as_ref().unchecked_ref()));
    on_msg.forget();
    // The loader script failed, or the module crashed: fail every request.
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |_ev: web_sys::Event| fail_all(key));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    key.with(|s| {
        s.generation.set(s.generation.get() + 1);
        *s.client.borrow_mut() = Some(Client {
            worker,
            ready: false,
            queue: vec![],
            handlers: HashMap::new(),
            next_id: 1,
            generation: s.generation.get(),
        });
    });
    Ok(())
}

/// Fails the waiting requests if this worker has still not loaded its module in time.
fn watch_ready(key: Key) {
    let Some(generation) = key.with(|s| s.client.borrow().as_ref().map(|c| c.generation)) else {
        return;
    };
    let cb = Closure::once_into_js(move || {
        let stuck = key.with(|s| {
            s.client
                .borrow()
                .as_ref()
                .is_some_and(|c| c.generation == generation && !c.ready && !c.handlers.is_empty())
        });
        if stuck {
            fail_all(key);
        }
    });
    let _ = dom::window().set_timeout_with_callback_and_timeout_and_arguments_0(
        cb.unchecked_ref(),
        READY_TIMEOUT_MS,
    );
}

/// Whether the worker has loaded its module.
pub fn is_ready(key: Key) -> bool {
    key.with(|s| s.client.borrow().as_ref().is_some_and(|c| c.ready))
}

/// Sends `{"type": kind, "id", fields...}` to the worker (queued until it is
/// ready); `on` hears the progress and, once, the outcome.
pub fn request(key: Key, kind: &str, fields: &[(&str, &str)], on: impl Fn(Event) + 'static) {
    if ensure_worker(key).is_err() {
        on(Event::ModuleFailed);
        return;
    }
    let waiting = key.with(|s| {
        let mut c = s.client.borrow_mut();
        let Some(c) = c.as_mut() else { return false };
        let id = c.next_id;
        c.next_id += 1;
        c.handlers.insert(id, Rc::new(Box::new(on)));
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
        let _ = js_sys::Reflect::set(&msg, &"id".into(), &id.into());
        for (name, value) in fields {
            let _ = js_sys::Reflect::set(&msg, &(*name).into(), &(*value).into());
        }
        if c.ready {
            let _ = c.worker.post_message(&msg);
            false
        } else {
            c.queue.push(msg.into());
            true
        }
    });
    if waiting {
        watch_ready(key);
    }
}
