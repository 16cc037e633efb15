//! The browser shell: Leptos components, storage, routing and downloads. Thin:
//! it calls the domain core and shows what the core returns.

mod app;
mod config;
mod dom;
pub mod download;
mod embed;
mod pages;
mod pdf_client;
mod state;
pub mod storage;

pub use app::App;
pub use state::AppState;

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
