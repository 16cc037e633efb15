//! The pages of the walkthrough.

pub mod about;
pub mod documents;
pub mod history;
pub mod plan;
pub mod results;
pub mod review;
pub mod section;
pub mod start;

use crate::domain::Catalog;
use crate::domain::engine::Evaluation;
use crate::domain::nav::Page;

/// The sections to walk through, in order: visible and with something to ask.
pub fn walk(catalog: &Catalog, ev: &Evaluation) -> Vec<(usize, usize)> {
    ev.sections
        .iter()
        .filter(|s| {
            s.visible && (s.progress.total > 0 || has_visible(catalog, ev, s.pack, s.section))
        })
        .map(|s| (s.pack, s.section))
        .collect()
}

fn has_visible(catalog: &Catalog, ev: &Evaluation, pack: usize, section: usize) -> bool {
    catalog.packs[pack].sections[section]
        .questions
        .iter()
        .any(|q| ev.is_visible(&q.id))
}

/// The page of the first section with an unanswered question, else the results.
pub fn resume_page(ev: &Evaluation) -> Page {
    ev.sections
        .iter()
        .find(|s| s.visible && s.progress.answered < s.progress.total)
        .map_or(Page::Results, |s| Page::Section(s.id.clone()))
}
