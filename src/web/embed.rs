//! Embedding in a federation's page.
//!
//! - The app tells its parent frame its height, so the frame fits without
//!   scroll bars. Message format (documented in README):
//!   `{"type": "checkup:height", "height": <CSS pixels>}`. It is sent only
//!   once the configuration is known, and then only to the origins listed in
//!   `embed_origins` (or to any parent when the list is empty: the height
//!   reveals nothing). Before the configuration is loaded nothing is sent.
//!   The app accepts no commands from other windows.
//! - It finds out what the frame allows: a frame with the `sandbox`
//!   attribute and without `allow-same-origin` has no storage and no offline
//!   use; a sandboxed frame usually blocks downloads, which the page cannot
//!   see happen or fail. The app says so (see [`Frame`]) instead of failing
//!   silently.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use super::dom;
use super::state::AppState;

/// What kind of frame the app runs in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Frame {
    /// In a frame of another page.
    pub in_frame: bool,
    /// The parent page is from another origin: the browser keeps this frame's
    /// storage apart from the app's own (storage partitioning).
    pub cross_origin: bool,
    /// The frame is sandboxed (`sandbox` attribute): downloads are usually
    /// blocked there, and the page cannot see whether one happened.
    pub sandboxed: bool,
    /// Sandboxed without `allow-same-origin`: no storage, no offline use.
    pub opaque: bool,
}

thread_local! {
    static FRAME: Cell<Option<Frame>> = const { Cell::new(None) };
}

/// The frame the app runs in (found out once).
pub fn frame() -> Frame {
    if let Some(f) = FRAME.with(Cell::get) {
        return f;
    }
    let f = detect();
    FRAME.with(|c| c.set(Some(f)));
    f
}

/// Whether a download started now may be blocked without a sign.
pub fn downloads_may_be_blocked() -> bool {
    frame().sandboxed
}

fn detect() -> Frame {
    let w = dom::window();
    let in_frame = match w.parent() {
        Ok(Some(parent)) => parent != w,
        _ => false,
    };
    if !in_frame {
        return Frame::default();
    }
    // A sandbox without allow-same-origin gives the page an opaque origin.
    let opaque = w.origin() == "null";
    let cross_origin = opaque
        || w.parent()
            .ok()
            .flatten()
            .is_none_or(|p| p.location().href().is_err());
    Frame {
        in_frame,
        cross_origin,
        sandboxed: opaque || forms_blocked(),
        opaque,
    }
}

/// A sandboxed frame without `allow-forms` refuses to submit a form before
/// the submit event fires: submit a hidden, empty form and see whether the
/// event comes (it is cancelled, so nothing is ever sent).
fn forms_blocked() -> bool {
    let doc = dom::document();
    let (Ok(el), Some(body)) = (doc.create_element("form"), doc.body()) else {
        return false;
    };
    let fired = Rc::new(Cell::new(false));
    let seen = fired.clone();
    let on_submit = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        ev.prevent_default();
        seen.set(true);
    });
    let _ = el.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
    let _ = el.set_attribute("hidden", "");
    let _ = el.set_attribute("aria-hidden", "true");
    if body.append_child(&el).is_err() {
        return false;
    }
    let form: web_sys::HtmlFormElement = el.clone().unchecked_into();
    let _ = form.request_submit();
    let _ = body.remove_child(&el);
    drop(on_submit);
    !fired.get()
}

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
    let last = Rc::new(Cell::new(0i32));
    let send = move || {
        // Where the height may go is known only once the configuration is read.
        if !state.config_loaded.get_untracked() {
            return;
        }
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
            // The browser delivers it only when the parent is one of these origins.
            for o in origins {
                let _ = parent.post_message(&msg, &o);
            }
        }
    };
    let send = Rc::new(send);
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
    // And after route changes, and once the configuration is known.
    Effect::new(move |_| {
        state.route.track();
        state.config_loaded.track();
        send();
    });
}
