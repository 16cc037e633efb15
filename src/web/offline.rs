//! Offline use: registers the service worker (`sw.js`), and offers a reload
//! when a new version of the app is ready, so old and new files never mix.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use super::dom;

/// Registers the service worker; sets `update_ready` when a new version waits.
pub fn install(update_ready: RwSignal<bool>) {
    let container = dom::window().navigator().service_worker();
    let promise = container.register("./sw.js");
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        let has_controller = dom::window()
            .navigator()
            .service_worker()
            .controller()
            .is_some();
        if reg.waiting().is_some() && has_controller {
            update_ready.set(true);
        }
        let reg2 = reg.clone();
        let on_update = Closure::<dyn Fn()>::new(move || {
            if let Some(w) = reg2.installing() {
                let w2 = w.clone();
                let on_state = Closure::<dyn Fn()>::new(move || {
                    let controlled = dom::window()
                        .navigator()
                        .service_worker()
                        .controller()
                        .is_some();
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
    let container = dom::window().navigator().service_worker();
    let reload = Closure::<dyn Fn()>::new(|| {
        let _ = dom::window().location().reload();
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(container.get_registration()).await
        else {
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        if let Some(w) = reg.waiting() {
            let _ = w.post_message(&"checkup:update".into());
        }
    });
}
