//! The first section as a small HTML file per language
//! (`questions/<lang>/first.html`, written by `checkup-cli finalize`): the
//! first screen shows it when "Start" is clicked before the full app has
//! loaded, so the first questions can be answered at once (see
//! [`crate::domain::first_page`]). The markup is the app's section page for
//! a new CheckUp (the same classes, ids and `data-testid`s), with:
//! - every question of the section, each marked with `data-first-q`, and
//!   `data-quick` when the quick CheckUp asks it and `data-if` (its
//!   `visible_if`, see [`first_page::encode_condition`]) when it depends on
//!   an earlier answer: the first screen shows the ones the engine would;
//! - the list of sections of a new CheckUp at each depth (`data-depth`),
//!   the first section's count with numbers the first screen fills
//!   (`data-first-answered`, `data-first-total`), counting the questions
//!   shown that are not `data-optional`, as the engine does;
//! - "Back" and "Next" as first-screen buttons (`data-first`);
//! - the technical terms of a question's text as buttons that open their
//!   explanation (`data-first-term`).
//!
//! Texts are escaped by the template library (maud).

use maud::{Markup, html};

use crate::domain::assessment::Depth;
use crate::domain::catalog::Catalog;
use crate::domain::engine::{self, Policy};
use crate::domain::first_page;
use crate::domain::pack::{Input, OptionRole, Question};
use crate::domain::report::question_refs;
use crate::domain::terms::{self, Piece};
use crate::domain::{Lang, Msg};

/// The first section of `catalog` in `lang` as an HTML fragment (the
/// content of `<main>`); `None` when the catalogue has no first section
/// (see [`first_page::section`]).
pub fn render(catalog: &Catalog, lang: Lang) -> Option<String> {
    let section = first_page::section(catalog)?;
    let (pack_index, _) = catalog.section(&section.id)?;
    let pack = &catalog.packs[pack_index];
    let steps = |depth: Depth| {
        let ev = engine::evaluate_with(catalog, &Default::default(), &Policy::default(), depth);
        let code = match depth {
            Depth::Quick => "quick",
            Depth::Full => "full",
        };
        html! {
            ol class="steps__list" data-depth=(code) {
                @for (p, s) in ev.walk(catalog) {
                    @let sec = &catalog.packs[p].sections[s];
                    @let progress = ev.section(&sec.id).map(|r| r.progress).unwrap_or_default();
                    @let here = sec.id == section.id;
                    li class=(if here { "steps__item steps__item--here" } else { "steps__item" }) {
                        a aria-current=[here.then_some("step")] {
                            span class="steps__mark" aria-hidden="true" {}
                            span class="steps__title" { (sec.title.get(lang)) }
                            span class="steps__count" {
                                @if here {
                                    (count_slots(lang, progress.answered, progress.total))
                                } @else {
                                    (Msg::StepCount.fill(lang, &[
                                        ("answered", &progress.answered.to_string()),
                                        ("total", &progress.total.to_string()),
                                    ]))
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    let sections_label = Msg::SectionsLabel.get(lang);
    let markup = html! {
        div class="layout" data-first-section=(section.id) {
            nav class="steps" aria-label=(sections_label) {
                details class="steps__box" {
                    summary { (sections_label) }
                    (steps(Depth::Quick))
                    (steps(Depth::Full))
                }
            }
            section class="section" aria-labelledby="page-title" {
                div class="progress" data-testid="progress" {
                    div class="progress__bar" role="progressbar" aria-valuemin="0"
                        aria-valuemax="100" aria-valuenow="0" aria-label=(Msg::ProgressLabel.get(lang)) {
                        div class="progress__fill" style="width: 0%" {}
                    }
                    // The count line comes with the app; its place is kept.
                    p class="progress__text" { "\u{a0}" }
                }
                p class="eyebrow" { (pack.title.get(lang)) }
                h1 id="page-title" tabindex="-1" data-testid="section-title" { (section.title.get(lang)) }
                @if let Some(intro) = &section.intro {
                    p class="lead" { (intro.get(lang)) }
                }
                form class="questions" {
                    @for q in &section.questions {
                        (question(catalog, pack.kind, q, lang))
                    }
                }
                div class="section-nav" {
                    button type="button" class="btn btn--secondary" data-first="back" data-testid="back" {
                        (Msg::Back.get(lang))
                    }
                    button type="button" class="btn btn--primary" data-first="next" data-testid="next" {
                        (Msg::Next.get(lang))
                    }
                }
                p class="start__status" role="status" data-first-status="next" {}
            }
        }
    };
    Some(markup.into_string())
}

/// A section's count ("0/2") with its two numbers in elements of their own
/// (`data-first-answered`, `data-first-total`), which the first screen
/// fills as answers come.
fn count_slots(lang: Lang, answered: usize, total: usize) -> Markup {
    let text = Msg::StepCount.fill(lang, &[("answered", "\u{1}"), ("total", "\u{2}")]);
    let (before, rest) = text.split_once('\u{1}').unwrap_or(("", "\u{2}"));
    let (between, after) = rest.split_once('\u{2}').unwrap_or((rest, ""));
    html! {
        (before)
        span data-first-answered { (answered) }
        (between)
        span data-first-total { (total) }
        (after)
    }
}

/// One question, as the app's section page draws it.
fn question(
    catalog: &Catalog,
    kind: crate::domain::pack::PackKind,
    q: &Question,
    lang: Lang,
) -> Markup {
    let id = &q.id;
    let hint_id = q.hint.as_ref().map(|_| format!("hint-{id}"));
    let condition = q.visible_if.as_ref().map(first_page::encode_condition);
    let options = catalog
        .scale_of(q)
        .map(|s| s.options.clone())
        .unwrap_or_default();
    let refs = question_refs(q, lang).join(" · ");
    // Technical terms in the text of a question with options: buttons that
    // open their explanation, as in the app (a label holds no buttons).
    let pieces = terms::mark(q.text.get(lang), catalog.all_terms(), lang);
    let badge = if q.key_measure {
        Some(Msg::LKeyMeasure.get(lang))
    } else if q.must_fix {
        Some(Msg::LMustFix.get(lang))
    } else {
        None
    };
    let details = html! {
        @if let Some(h) = &q.hint {
            p class="q__hint" id=(format!("hint-{id}")) data-testid=(format!("hint-{id}")) { (h.get(lang)) }
        }
        @if let Some(b) = badge {
            span class="badge badge--key" { (b) }
        }
        details class="q__why" data-testid=(format!("why-{id}")) {
            summary { (Msg::WhyThisMatters.get(lang)) }
            p { (q.why.get(lang)) }
            @if let Some(h) = &q.help {
                p class="q__help" { (h.get(lang)) }
            }
            @if !q.gdpr.is_empty() || !q.cyfun.is_empty() {
                p class="q__refs" { span { (Msg::LReferences.get(lang)) } ": " (refs) }
            }
        }
    };
    let body = match &q.input {
        Input::Text { max_len } => {
            let input_id = format!("in-{id}");
            html! {
                div class="q__set" {
                    label class="q__text" for=(input_id) { (q.text.get(lang)) }
                    (details)
                    @if q.optional {
                        p class="q__optional" { (Msg::Optional.get(lang)) }
                    }
                    input type="text" class="field" id=(input_id) maxlength=(max_len)
                        autocomplete="organization" aria-describedby=[hint_id.as_deref()]
                        data-testid=(format!("text-{id}"));
                }
            }
        }
        Input::Choice { .. } | Input::Multi { .. } => {
            let multi = matches!(q.input, Input::Multi { .. });
            html! {
                fieldset class="q__set" aria-describedby=[hint_id.as_deref()] {
                    legend class="q__text" {
                        @for piece in &pieces {
                            @match piece {
                                Piece::Text(t) => (t),
                                Piece::Term { term, text } => {
                                    button type="button" class="term"
                                        id=(format!("term-{id}-{}", term.id))
                                        aria-expanded="false"
                                        aria-controls=(format!("explain-{id}-{}", term.id))
                                        data-testid=(format!("term-{id}-{}", term.id))
                                        data-first-term { (text) }
                                }
                            }
                        }
                    }
                    @for piece in &pieces {
                        @if let Piece::Term { term, text } = piece {
                            div class="term-explain" id=(format!("explain-{id}-{}", term.id))
                                role="region" aria-labelledby=(format!("term-{id}-{}", term.id))
                                hidden data-testid=(format!("explain-{id}-{}", term.id)) {
                                p { dfn { (text) } " – " (term.explain.get(lang)) }
                            }
                        }
                    }
                    (details)
                    div class="q__options" {
                        @for o in &options {
                            @let special = o.role != OptionRole::Normal || (multi && o.exclusive);
                            @let class = match (multi, special) {
                                (false, false) => "opt",
                                (false, true) => "opt opt--special",
                                (true, false) => "opt opt--check",
                                (true, true) => "opt opt--check opt--special",
                            };
                            label class=(class) {
                                @if multi {
                                    input type="checkbox" value=(o.value)
                                        data-exclusive[o.exclusive]
                                        data-testid=(format!("opt-{id}-{}", o.value));
                                } @else {
                                    input type="radio" name=(format!("a-{id}")) value=(o.value)
                                        data-testid=(format!("opt-{id}-{}", o.value));
                                }
                                span { (o.label.get(lang)) }
                            }
                        }
                    }
                }
            }
        }
    };
    let quick = engine::in_quick(kind, q);
    html! {
        div class="q" id=(format!("q-{id}")) data-testid=(format!("q-{id}"))
            data-first-q=(id) data-quick[quick] data-optional[q.optional] data-if=[condition] {
            (body)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_section_is_written_in_each_language_with_its_questions() {
        let catalog = crate::domain::packs::builtin();
        for lang in Lang::ALL {
            let html = render(&catalog, lang).expect("a first section");
            let section = first_page::section(&catalog).unwrap();
            assert!(html.contains(section.title.get(lang)));
            for q in &section.questions {
                assert!(
                    html.contains(&format!("data-first-q=\"{}\"", q.id)),
                    "{} in {lang}",
                    q.id
                );
            }
            assert!(html.contains(&Msg::Next.get(lang)));
        }
    }
}
