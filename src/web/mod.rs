//! The browser shell: Leptos components, storage, routing and downloads. Thin:
//! it calls the domain core and shows what the core returns.

pub mod first;

#[cfg(feature = "web")]
mod app;
#[cfg(feature = "web")]
mod config;
#[cfg(feature = "web")]
mod docs_client;
#[cfg(feature = "web")]
mod dom;
#[cfg(feature = "web")]
pub mod download;
#[cfg(feature = "web")]
mod embed;
#[cfg(feature = "web")]
mod hooks;
#[cfg(feature = "web")]
mod offline;
#[cfg(feature = "web")]
mod packs;
#[cfg(feature = "web")]
mod pages;
#[cfg(feature = "web")]
mod pdf_client;
#[cfg(feature = "web")]
mod state;
#[cfg(feature = "web")]
pub mod storage;
#[cfg(feature = "web")]
mod strings;
#[cfg(feature = "web")]
mod widgets;
#[cfg(feature = "web")]
mod worker;

#[cfg(feature = "web")]
pub use app::App;
#[cfg(feature = "web")]
pub use state::AppState;

/// Starts the app: asks at once, in parallel, for everything the first
/// question needs (the active language's texts, the configuration and the
/// language's question packs; the first screen asked for them already, and
/// these requests take those answers), then mounts the app on `<body>` in
/// place of the first screen as soon as the texts are in. The packs are
/// read one by one, each in its own short task, so the page stays
/// responsive while they load.
#[cfg(feature = "web")]
pub fn start() {
    console_error_panic_hook::set_once();
    let (_, _, lang) = state::initial_route();
    dom::prefetch(crate::domain::config::FILE);
    packs::prefetch(lang);
    wasm_bindgen_futures::spawn_local(async move {
        strings::load(lang).await;
        // The first screen shows its first section: the app is mounted out
        // of sight and takes over once it can show that section.
        if dom::first_section_shown()
            && let Some(root) = dom::pending_root()
        {
            leptos::mount::mount_to(root, App).forget();
            return;
        }
        // The first screen's button with the focus hands it to the app's.
        let focus = dom::first_screen_focus();
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            body.set_inner_html("");
        }
        leptos::mount::mount_to_body(App);
        if let Some(testid) = focus {
            dom::focus_testid_when_ready(testid);
        }
    });
}
