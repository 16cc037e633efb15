//! Small, safe wrappers around the few browser APIs the shell uses.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a document")
}

/// The URL fragment, with its `#`.
pub fn hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Moves to a new fragment, as a new history entry.
pub fn push_hash(hash: &str) {
    if self::hash() != hash {
        let _ = window().location().set_hash(hash);
    }
}

/// Replaces the current fragment without a new history entry.
pub fn replace_hash(hash: &str) {
    if self::hash() != hash
        && let Ok(history) = window().history()
    {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

/// Calls `f` on every `hashchange` for the life of the page.
pub fn on_hash_change(f: impl Fn() + 'static) {
    let closure = Closure::<dyn Fn()>::new(f);
    let _ =
        window().add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Sets `<html lang>`.
pub fn set_html_lang(code: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", code);
    }
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// The browser's preferred language codes, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let nav = window().navigator();
    let mut out: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if let Some(l) = nav.language() {
        out.push(l);
    }
    out
}

/// Reads a string from localStorage; `None` when absent or storage is blocked.
pub fn local_get(key: &str) -> Option<String> {
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}

/// Writes a string to localStorage; `false` when storage is full or blocked.
pub fn local_set(key: &str, value: &str) -> bool {
    match window().local_storage() {
        Ok(Some(s)) => s.set_item(key, value).is_ok(),
        _ => false,
    }
}

/// Moves keyboard focus to the element with this id (e.g. a page heading).
pub fn focus_id(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Marks the moment the first screen is interactive (read by the benchmark).
pub fn mark_interactive() {
    if let Some(p) = window().performance() {
        let _ = p.mark("checkup-interactive");
    }
}
