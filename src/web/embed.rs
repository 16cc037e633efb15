//! Embedding in a federation's page: the app tells its parent frame its
//! height, so the frame fits without scroll bars. Message format (documented
//! in README): `{"type": "checkup:height", "height": <CSS pixels>}`, sent to
//! the parent's origin when it is listed in `embed_origins` of the config
//! (or to any parent when the list is empty: the height reveals nothing).
//! The app accepts no commands from other windows.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use super::dom;
use super::state::AppState;

/// Starts reporting the height when the app runs in a frame.
pub fn install(state: AppState) {
    let w = dom::window();
    let Ok(Some(parent)) = w.parent() else { return };
    if parent == w {
        return; // Not in a frame.
    }
    // In a frame the page is as tall as its content (see `.embedded` in the stylesheet).
    if let Some(root) = dom::document().document_element() {
        let _ = root.class_list().add_1("embedded");
    }
    let last = std::rc::Rc::new(std::cell::Cell::new(0i32));
    let send = move || {
        let Some(body) = dom::document().document_element() else {
            return;
        };
        let height = body.scroll_height();
        if height == last.get() {
            return;
        }
        last.set(height);
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &"checkup:height".into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
        let origins = state.config.get_untracked().embed_origins.clone();
        if origins.is_empty() {
            let _ = parent.post_message(&msg, "*");
        } else {
            for o in origins {
                let _ = parent.post_message(&msg, &o);
            }
        }
    };
    let send = std::rc::Rc::new(send);
    // Re-measure on every layout change: a ResizeObserver on the document.
    let s2 = send.clone();
    let cb = Closure::<dyn Fn()>::new(move || s2());
    if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref())
        && let Some(body) = dom::document().body()
    {
        observer.observe(&body);
        std::mem::forget(observer);
    }
    cb.forget();
    // And after route changes.
    Effect::new(move |_| {
        state.route.track();
        send();
    });
}
