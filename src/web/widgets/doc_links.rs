//! The two small links to the documents page the plan shows: to the page,
//! and from an action to the document that does it.

use leptos::prelude::*;

use crate::domain::Msg;
use crate::domain::nav::{Page, Route};

use super::super::state::expect_state;
use super::super::strings::t;

/// The link to the documents page, next to the action plan.
#[component]
pub fn DocumentsLink() -> impl IntoView {
    let state = expect_state();
    view! {
        <a class="btn btn--secondary" data-testid="to-documents"
           href=move || Route::new(state.lang.get(), Page::Documents).to_hash()>
            {t(Msg::DocsLinkPlan)}
        </a>
    }
}

/// On an action that a document does ("Draw up your record of
/// processing"): a link to that document, filled in from the answers.
#[component]
pub fn ActionDocumentLink(action: String) -> impl IntoView {
    let state = expect_state();
    move || {
        let kind = state
            .catalog()?
            .all_actions()
            .find(|a| a.id == action)
            .and_then(|a| a.document)?;
        let lang = state.lang.get();
        let route = Route {
            lang: Some(lang),
            page: Page::Documents,
            focus: Some(kind.code().to_string()),
            part: None,
        };
        Some(view! {
            <p class="doclink">
                <a href=route.to_hash() data-testid=format!("document-link-{action}")>
                    {Msg::DocsOpenDocument.fill(lang, &[("document", &kind.title(lang))])}
                </a>
            </p>
        })
    }
}
