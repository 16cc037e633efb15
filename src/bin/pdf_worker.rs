//! The PDF web worker: receives a finished report (JSON), lays it out and
//! draws it, and sends the PDF bytes back. Built as its own wasm module, so
//! the PDF engine is loaded only when it is needed. See `web::pdf_client`
//! for the message format.

use checkup::domain::report::Report;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

fn message(kind: &str, id: &JsValue) -> js_sys::Object {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&msg, &"id".into(), id);
    msg
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
                Ok(report) => {
                    let clock = js_sys::global()
                        .unchecked_into::<web_sys::WorkerGlobalScope>()
                        .performance();
                    let t0 = clock.as_ref().map_or(0.0, |p| p.now());
                    let bytes = checkup::pdf::render(&report);
                    let ms = clock.as_ref().map_or(0.0, |p| p.now()) - t0;
                    let array = js_sys::Uint8Array::from(bytes.as_slice());
                    let done = message("done", &id);
                    let _ = js_sys::Reflect::set(&done, &"bytes".into(), &array);
                    let _ = js_sys::Reflect::set(&done, &"ms".into(), &ms.into());
                    let transfer = js_sys::Array::of1(&array.buffer());
                    let _ = reply.post_message_with_transfer(&done, &transfer);
                }
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
