//! The documents web worker: receives a job and the documents' request
//! (JSON), writes the file (XLSX, CSV, DOCX or HTML) or proposes the record,
//! and sends the bytes back. Built as its own wasm module, so the document
//! writers are loaded only when a document is asked for. See
//! `web::docs_client` for the message format.
//!
//! Texts: the interface texts of the language (`locales/<lang>.ftl`) and the
//! documents' own texts (`locales/documents-<lang>.ftl`), fetched once per
//! language from the files beside `index.html`.

use std::cell::RefCell;
use std::collections::HashSet;

use checkup::documents::{self, Job};
use checkup::domain::documents::{Request, texts_path};
use checkup::domain::{Lang, i18n};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Languages whose texts are installed.
    static LOADED: RefCell<HashSet<Lang>> = RefCell::new(HashSet::new());
}

fn message(kind: &str, id: &JsValue) -> js_sys::Object {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&msg, &"id".into(), id);
    msg
}

fn scope() -> web_sys::WorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// A text file beside `index.html`, or `None` when it cannot be fetched.
async fn fetch_text(path: &str) -> Option<String> {
    let response = JsFuture::from(scope().fetch_with_str(path))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Installs the interface and document texts of `lang` (once).
async fn texts(lang: Lang) -> Result<(), String> {
    if LOADED.with(|l| l.borrow().contains(&lang)) {
        return Ok(());
    }
    let app = format!("locales/{}.ftl", lang.code());
    let docs = texts_path(lang);
    let (Some(a), Some(d)) = (fetch_text(&app).await, fetch_text(&docs).await) else {
        return Err(format!("{app} or {docs} could not be fetched"));
    };
    // Problems in a file still leave the messages that parsed.
    let _ = i18n::install(lang, &format!("{a}\n{d}"));
    LOADED.with(|l| l.borrow_mut().insert(lang));
    Ok(())
}

fn fail(reply: &web_sys::DedicatedWorkerGlobalScope, id: &JsValue, text: &str) {
    let err = message("error", id);
    let _ = js_sys::Reflect::set(&err, &"message".into(), &text.into());
    let _ = reply.post_message(&err);
}

fn run(job: Job, request: Request, id: JsValue, reply: web_sys::DedicatedWorkerGlobalScope) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = texts(request.lang).await {
            fail(&reply, &id, &e);
            return;
        }
        match documents::run(&job, &request) {
            Ok(bytes) => {
                let array = js_sys::Uint8Array::from(bytes.as_slice());
                let done = message("done", &id);
                let _ = js_sys::Reflect::set(&done, &"bytes".into(), &array);
                let transfer = js_sys::Array::of1(&array.buffer());
                let _ = reply.post_message_with_transfer(&done, &transfer);
            }
            Err(e) => fail(&reply, &id, &e),
        }
    });
}

fn main() {
    console_error_panic_hook::set_once();
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            let id = js_sys::Reflect::get(&data, &"id".into()).unwrap_or(JsValue::NULL);
            let field = |name: &str| {
                js_sys::Reflect::get(&data, &name.into())
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_default()
            };
            let job = serde_json::from_str::<Job>(&field("job"));
            let request = serde_json::from_str::<Request>(&field("request"));
            match (job, request) {
                (Ok(job), Ok(request)) => run(job, request, id, reply.clone()),
                (Err(e), _) | (_, Err(e)) => fail(&reply, &id, &e.to_string()),
            }
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&message("ready", &JsValue::NULL));
}
