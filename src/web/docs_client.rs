//! The GDPR starter documents, made in a Web Worker with its own wasm module
//! (`docs_worker`, see [`super::worker`]), so the XLSX and DOCX writers and
//! the documents' texts never weigh on the app: the worker is created when
//! the documents page opens, or on the first click.
//!
//! A request is `{"type": "run", "id": n, "job": "<Job JSON>", "request":
//! "<Request JSON>"}`; the worker answers with the file's bytes.

use super::worker::{self, Slot, Spec};

pub use super::worker::Event as Outcome;

thread_local! {
    static WORKER: Slot = const {
        Slot::new(Spec {
            script: "./docs_worker_loader.js",
            label: "documents",
            timing_global: None,
        })
    };
}

/// Creates the worker (which loads the documents module) if there is none yet.
pub fn ensure_worker() -> Result<(), String> {
    worker::ensure_worker(&WORKER)
}

/// Whether the worker has loaded its module.
pub fn is_ready() -> bool {
    worker::is_ready(&WORKER)
}

/// Asks the worker to do `job_json` for `request_json`; `on` hears the outcome once.
pub fn run(job_json: &str, request_json: &str, on: impl Fn(Outcome) + 'static) {
    worker::request(
        &WORKER,
        "run",
        &[("job", job_json), ("request", request_json)],
        on,
    );
}
