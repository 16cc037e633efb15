//! Offline use: registers the service worker (`sw.js`), and offers a reload
//! when a new version of the app is ready, so old and new files never mix.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use super::dom;

/// The service worker container, when this page may use one. Reading
/// `navigator.serviceWorker` throws in a sandboxed frame without
/// `allow-same-origin`; it is missing on plain `http` and in some private modes.
pub fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let nav = dom::window().navigator();
    let value = js_sys::Reflect::get(&nav, &"serviceWorker".into()).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    value.dyn_into().ok()
}

/// Whether the app can work offline here.
pub fn supported() -> bool {
    container().is_some()
}

/// Registers the service worker; sets `update_ready` when a new version waits.
/// Where service workers are not allowed, the app runs without offline use.
pub fn install(update_ready: RwSignal<bool>) {
    let Some(sw) = container() else {
        return;
    };
    let promise = sw.register("./sw.js");
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        let has_controller = container().and_then(|c| c.controller()).is_some();
        if reg.waiting().is_some() && has_controller {
            update_ready.set(true);
        }
        let reg2 = reg.clone();
        let on_update = Closure::<dyn Fn()>::new(move || {
            if let Some(w) = reg2.installing() {
                let w2 = w.clone();
                let on_state = Closure::<dyn Fn()>::new(move || {
                    let controlled = container().and_then(|c| c.controller()).is_some();
                    if w2.state() == web_sys::ServiceWorkerState::Installed && controlled {
                        update_ready.set(true);
                    }
                });
                w.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                on_state.forget();
            }
        });
        reg.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    });
}

/// Lets the waiting version take over, then reloads the page with it.
pub fn apply_update() {
    let Some(sw) = container() else {
        let _ = dom::window().location().reload();
        return;
    };
    let reload = Closure::<dyn Fn()>::new(|| {
        let _ = dom::window().location().reload();
    });
    sw.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(sw.get_registration()).await else {
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        if let Some(w) = reg.waiting() {
            let _ = w.post_message(&"checkup:update".into());
        }
    });
}
