//! Hooks shared by pages: reactive values built from the app state.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::report::Report;

use super::state::expect_state;

/// The report in the current language, recomputed when answers or language change.
pub fn use_report() -> Memo<Option<Arc<Report>>> {
    let state = expect_state();
    Memo::new(move |_| state.report().map(Arc::new))
}
