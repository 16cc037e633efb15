//! Results, phones first: the three verdicts, this week's actions and the
//! way to the plan come first; then the scores with a legend (the table
//! behind the chart is for screen readers), the target level, saving, the
//! comparison over time and the downloads.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::Msg;
use crate::domain::nav::{Page, Route};
use crate::domain::report::{PackScore, Report, Tone, Verdict};

use super::super::dom;
use super::super::hooks::use_report;
use super::super::state::expect_state;
use super::super::strings::{t, tf};
use super::super::widgets::files::ExportButton;
use super::super::widgets::history::History;
use super::super::widgets::quick_more::QuickMore;

#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = expect_state();
    let report = use_report();
    Effect::new(move |_| dom::focus_id("page-title"));
    // The reminder to save a file, with its own button: then the button is
    // not offered a second time below.
    let remind = move || {
        let done = state.evaluation.get().is_some_and(|e| e.progress.done());
        let saved = state
            .assessment
            .with(|a| !state.exported.get().is_empty() && state.exported.get() >= a.updated);
        done && !saved
    };
    view! {
        <section aria-labelledby="page-title" class="results">
            <h1 id="page-title" tabindex="-1">{t(Msg::TitleResults)}</h1>
            {move || report.get().map(|r| {
                let incomplete = state.evaluation.get().is_some_and(|e| !e.progress.done());
                view! {
                    <p class="muted" data-testid="results-progress">{r.progress.clone()}</p>
                    {incomplete.then(|| view! {
                        <p class="alert alert--warn" data-testid="results-incomplete">
                            {t(Msg::ResultsIncomplete)} " "
                            <a href=move || Route::new(state.lang.get(), Page::Review).to_hash()>{t(Msg::TitleReview)}</a>
                        </p>
                    })}
                    <div class="verdicts">
                        <VerdictCard v=r.cyfun.verdict.clone() testid="verdict-cyfun"/>
                        <VerdictCard v=r.gdpr.clone() testid="verdict-gdpr"/>
                        // When NIS2 likely applies, its main reason shows at once.
                        <VerdictCard v=r.nis2.verdict.clone() testid="verdict-nis2" lead_detail=r.nis2.verdict.tone != Tone::Good/>
                    </div>
                    <ThisWeek report=r.clone()/>
                    <p class="actions actions--first">
                        <button type="button" class="btn btn--primary" data-testid="to-plan" on:click=move |_| state.go(Page::Plan)>
                            {t(Msg::SeePlan)}
                        </button>
                    </p>
                    <QuickMore/>
                    <section class="scores" aria-labelledby="scores-title">
                        <h2 id="scores-title">{t(Msg::ScoresTitle)}</h2>
                        <div class="overall" data-testid="overall">
                            <p class="overall__label">{r.labels.overall.clone()}</p>
                            <p class="overall__score">
                                <span data-testid="overall-score">{r.overall.map(|s| s.to_string()).unwrap_or_else(|| "–".into())}</span>
                                <span class="overall__max">" / 100"</span>
                            </p>
                        </div>
                        <p class="muted">{r.labels.score_explain.clone()}</p>
                        {(!r.dont_know.is_empty()).then(|| view! {
                            <p class="muted" data-testid="dont-know">{r.dont_know.clone()}</p>
                        })}
                        <ScoreChart report=r.clone()/>
                    </section>
                    <VerdictCard v=r.target.clone() testid="verdict-target"/>
                    {move || remind().then(|| view! {
                        <div class="alert alert--warn" data-testid="export-reminder">
                            <p>{t(Msg::ExportReminder)}</p>
                            <ExportButton/>
                            <p class="muted">{t(Msg::SaveFileNote)}</p>
                        </div>
                    })}
                    <History/>
                    <div class="actions">
                        <super::super::pdf_client::PdfButton/>
                        <super::super::pdf_client::PdfButton full=true/>
                        {move || (!remind()).then(|| view! { <ExportButton/> })}
                    </div>
                    <p class="muted">
                        <a href=move || Route::new(state.lang.get(), Page::About).to_hash()>{t(Msg::MethodScoringTitle)}</a>
                    </p>
                }
            })}
        </section>
    }
}

/// How many short names of what is missing a verdict card shows before "and N more".
const MISSING_SHOWN: usize = 3;

/// The colour band of a score: 80 and more mostly in place, 50 to 79
/// partly, below 50 much to do (the legend says so).
fn band(score: Option<u8>) -> &'static str {
    match score {
        Some(v) if v >= 80 => "good",
        Some(v) if v >= 50 => "mid",
        Some(_) => "low",
        None => "none",
    }
}

/// Section scores as bars (HTML, so long names wrap in every language and
/// never push a score out of view), a legend, and the same figures as a
/// table for screen readers (visually hidden: the bars are hidden from them).
#[component]
fn ScoreChart(report: Arc<Report>) -> impl IntoView {
    let l = &report.labels;
    let packs: Vec<PackScore> = report.packs.clone();
    let score = |s: Option<u8>| s.map(|v| v.to_string()).unwrap_or_else(|| "–".into());
    let bars = packs
        .iter()
        .map(|p| {
            let sections = p
                .sections
                .iter()
                .map(|s| {
                    let width = format!("{}%", s.score.unwrap_or(0));
                    view! {
                        <div class="bar">
                            <span class="bar__label">{s.title.clone()}</span>
                            <span class="bar__value">{score(s.score)}</span>
                            <span class="bar__track">
                                <span class=format!("bar__fill bar__fill--{}", band(s.score)) style:width=width></span>
                                <span class="bar__mark"></span>
                            </span>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <div class="chart__pack">
                    <p class="chart__group">
                        <span>{p.title.clone()}</span>
                        " "
                        <strong class="chart__score">{p.score.map(|s| format!("{s}/100")).unwrap_or_else(|| l.not_scored.clone())}</strong>
                    </p>
                    {sections}
                </div>
            }
        })
        .collect_view();
    let rows = packs
        .into_iter()
        .flat_map(|p| {
            let head = view! {
                <tr>
                    <th scope="rowgroup" colspan="3">{p.title.clone()} " — " {score(p.score)}</th>
                </tr>
            }
            .into_any();
            std::iter::once(head).chain(p.sections.into_iter().map(move |s| {
                view! {
                    <tr>
                        <th scope="row">{s.title.clone()}</th>
                        <td>{score(s.score)}</td>
                        <td>{format!("{}/{}", s.answered, s.total)}</td>
                    </tr>
                }
                .into_any()
            }))
        })
        .collect_view();
    view! {
        <figure class="chart" data-testid="score-chart">
            <div class="chart__bars" aria-hidden="true">{bars}</div>
            <figcaption class="chart__legend" data-testid="score-legend">
                <span class="legend legend--good" aria-hidden="true"></span>
                <span class="legend legend--mid" aria-hidden="true"></span>
                <span class="legend legend--low" aria-hidden="true"></span>
                " " {l.score_legend.clone()}
            </figcaption>
            <div class="sr-only">
            <table data-testid="score-table">
                <caption>{l.scores.clone()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{l.section.clone()}</th>
                        <th scope="col">{l.score.clone()}</th>
                        <th scope="col">{l.answered.clone()}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        </figure>
    }
}

/// A verdict: its count, its headline and the short names of what is
/// missing; the questions behind it and the explanations behind a
/// disclosure. With `lead_detail`, the first explanation (the main reason)
/// is shown too.
#[component]
pub fn VerdictCard(
    v: Verdict,
    testid: &'static str,
    #[prop(optional)] lead_detail: bool,
) -> impl IntoView {
    let state = expect_state();
    let colon = Msg::Colon.get(state.lang.get_untracked());
    let tone = match v.tone {
        Tone::Good => "good",
        Tone::Attention => "attention",
        Tone::Neutral => "neutral",
    };
    let mark = match v.tone {
        Tone::Good => "✓",
        Tone::Attention => "!",
        Tone::Neutral => "i",
    };
    let (first, more): (Vec<String>, Vec<String>) = if lead_detail {
        (
            v.details.iter().take(1).cloned().collect(),
            v.details.iter().skip(1).cloned().collect(),
        )
    } else {
        (vec![], v.details.clone())
    };
    let items = (!v.items.is_empty()).then(|| {
        view! {
            <ul class="verdict__items">
                {v.items.iter().map(|i| {
                    let route = Route {
                        lang: Some(state.lang.get_untracked()),
                        page: Page::Section(i.section_id.clone()),
                        focus: Some(i.question_id.clone()),
                        part: None,
                    };
                    // A key measure: the questions behind it.
                    let questions = (!i.questions.is_empty()).then(|| view! {
                        <ul class="verdict__questions">
                            {i.questions.iter().map(|q| {
                                let route = Route {
                                    lang: Some(state.lang.get_untracked()),
                                    page: Page::Section(q.section_id.clone()),
                                    focus: Some(q.question_id.clone()),
                                    part: None,
                                };
                                view! {
                                    <li>
                                        <a href=route.to_hash()>{q.text.clone()}</a>
                                        <span class="muted">" — " {q.answer.clone()}</span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    });
                    view! {
                        <li data-testid=format!("{testid}-item")>
                            <a href=route.to_hash()>{i.text.clone()}</a>
                            <span class="muted">" — " {i.answer.clone()}</span>
                            {(!i.refs.is_empty()).then(|| view! { <span class="refs">" (" {i.refs.join(", ")} ")"</span> })}
                            {questions}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    });
    let headline_first = v.count.is_empty();
    let headline = v.headline.clone();
    let has_more = items.is_some() || !more.is_empty() || v.link.is_some() || !headline_first;
    let summary = if v.items.is_empty() {
        Msg::MoreDetails
    } else {
        Msg::ShowQuestions
    };
    view! {
        <article class=format!("verdict verdict--{tone}") data-testid=testid>
            <h2 class="verdict__title"><span class="verdict__mark" aria-hidden="true">{mark}</span>{v.title.clone()}</h2>
            {(!v.count.is_empty()).then(|| view! {
                <p class="verdict__count" data-testid=format!("{testid}-count")>{v.count.clone()}</p>
            })}
            // With a count, the count says the verdict: the sentence behind it
            // opens with the details, so the card stays short on a phone.
            {headline_first.then(|| view! {
                <p class="verdict__headline" data-testid=format!("{testid}-headline")>{v.headline.clone()}</p>
            })}
            {(!v.missing.is_empty()).then(|| {
                // A long list: the first few names, the rest a tap away.
                let (shown, rest) = v.missing.split_at(if v.missing.len() > MISSING_SHOWN + 1 { MISSING_SHOWN } else { v.missing.len() });
                let rest = rest.to_vec();
                view! {
                    <div class="verdict__missing" data-testid=format!("{testid}-missing")>
                        <span class="verdict__missing-label">{v.missing_heading.clone()} {colon}</span>
                        <ul class="inline-list">
                            {shown.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}
                        </ul>
                        {(!rest.is_empty()).then(|| {
                            let n = rest.len().to_string();
                            view! {
                                <details class="verdict__rest">
                                    <summary>{tf(Msg::AndMore, move || vec![("count", n.clone())])}</summary>
                                    <ul class="inline-list">
                                        {rest.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}
                                    </ul>
                                </details>
                            }
                        })}
                    </div>
                }
            })}
            {(!v.note.is_empty()).then(|| view! {
                <p class="verdict__detail verdict__note" data-testid=format!("{testid}-note")>{v.note.clone()}</p>
            })}
            {first.into_iter().map(|d| view! { <p class="verdict__detail">{d}</p> }).collect_view()}
            {has_more.then(|| view! {
                <details class="verdict__more">
                    <summary>{t(summary)}</summary>
                    {(!headline_first).then(|| view! {
                        <p class="verdict__headline" data-testid=format!("{testid}-headline")>{headline.clone()}</p>
                    })}
                    {items}
                    {more.into_iter().map(|d| view! { <p class="verdict__detail">{d}</p> }).collect_view()}
                    {v.link.clone().map(|l| view! {
                        <p><a href=l.url.clone() rel="noopener" target="_blank">{l.title.clone()}</a></p>
                    })}
                </details>
            })}
        </article>
    }
}

/// This week's actions: title (to the plan), who and the hours of work.
#[component]
fn ThisWeek(report: Arc<Report>) -> impl IntoView {
    let state = expect_state();
    let wins: Vec<_> = report
        .quick_wins
        .iter()
        .filter_map(|id| report.plan.iter().find(|p| &p.id == id))
        .cloned()
        .collect();
    let lang = report.lang;
    let hours: u32 = wins.iter().map(|w| u32::from(w.hours)).sum();
    let total = (!wins.is_empty()).then(|| {
        Msg::HorizonTotal.fill(
            lang,
            &[
                ("actions", &wins.len().to_string()),
                ("hours", &hours.to_string()),
            ],
        )
    });
    view! {
        <section class="quick" aria-labelledby="quick-title" data-testid="quick-wins">
            <h2 id="quick-title">{report.labels.start_this_week.clone()}</h2>
            {total.map(|t| view! { <p class="muted quick__total">{t}</p> })}
            {if report.plan.is_empty() {
                // No action at all: nothing to start with in the plan either.
                view! { <p data-testid="week-empty">{report.labels.no_actions.clone()}</p> }.into_any()
            } else if wins.is_empty() {
                view! { <p data-testid="week-empty">{t(Msg::WeekEmpty)}</p> }.into_any()
            } else {
                view! {
                    <ol>
                        {wins.into_iter().map(|w| {
                            let href = format!("{}?q={}", Route::new(state.lang.get_untracked(), Page::Plan).to_hash(), w.id);
                            view! {
                                <li>
                                    <a href=href data-testid=format!("win-{}", w.id)>{w.title.clone()}</a>
                                    <span class="muted">" — " {w.who_label.clone()} ", " {w.hours_label.clone()}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}
