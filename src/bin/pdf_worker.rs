//! The PDF web worker: receives a finished report (JSON), lays it out and
//! draws it, and sends the PDF bytes back. Built as its own wasm module, so
//! the PDF engine is loaded only when it is needed. See `web::pdf_client`
//! for the message format.
//!
//! Long words are hyphenated with the report language's patterns, fetched
//! once per language from the file beside `index.html` (see
//! `checkup::pdf::hyphenate::file_name`); without them (a failed fetch) the
//! PDF is made all the same, without hyphens.

use std::cell::RefCell;
use std::collections::HashMap;

use checkup::domain::Lang;
use checkup::domain::report::Report;
use checkup::pdf::hyphenate::{self, Hyphenator};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Patterns already fetched, by language (`None`: the fetch failed).
    static PATTERNS: RefCell<HashMap<Lang, Option<Hyphenator>>> = RefCell::new(HashMap::new());
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

/// The patterns file of a language, read.
async fn fetch_patterns(lang: Lang) -> Option<Hyphenator> {
    let response = JsFuture::from(scope().fetch_with_str(&hyphenate::file_name(lang)))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Hyphenator::from_bytes(lang, &js_sys::Uint8Array::new(&buffer).to_vec()).ok()
}

/// The patterns of a language, fetched on first use.
async fn patterns(lang: Lang) -> Option<Hyphenator> {
    if let Some(known) = PATTERNS.with(|p| p.borrow().get(&lang).cloned()) {
        return known;
    }
    let fetched = fetch_patterns(lang).await;
    PATTERNS.with(|p| p.borrow_mut().insert(lang, fetched.clone()));
    fetched
}

fn render(report: Report, id: JsValue, reply: web_sys::DedicatedWorkerGlobalScope) {
    wasm_bindgen_futures::spawn_local(async move {
        let hyphenator = patterns(report.lang).await;
        let clock = scope().performance();
        let t0 = clock.as_ref().map_or(0.0, |p| p.now());
        let bytes = checkup::pdf::render_with(&report, hyphenator);
        let ms = clock.as_ref().map_or(0.0, |p| p.now()) - t0;
        let array = js_sys::Uint8Array::from(bytes.as_slice());
        let done = message("done", &id);
        let _ = js_sys::Reflect::set(&done, &"bytes".into(), &array);
        let _ = js_sys::Reflect::set(&done, &"ms".into(), &ms.into());
        let transfer = js_sys::Array::of1(&array.buffer());
        let _ = reply.post_message_with_transfer(&done, &transfer);
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
            let json = js_sys::Reflect::get(&data, &"report".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let progress = message("progress", &id);
            let _ = js_sys::Reflect::set(&progress, &"step".into(), &"layout".into());
            let _ = reply.post_message(&progress);
            match serde_json::from_str::<Report>(&json) {
                Ok(report) => render(report, id, reply.clone()),
                Err(e) => {
                    let err = message("error", &id);
                    let _ = js_sys::Reflect::set(&err, &"message".into(), &e.to_string().into());
                    let _ = reply.post_message(&err);
                }
            }
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&message("ready", &JsValue::NULL));
}
