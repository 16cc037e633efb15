//! Results: scores with an accessible chart, the verdicts and the quick wins.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::Msg;
use crate::domain::nav::{Page, Route};
use crate::domain::report::{PackScore, Report, Tone, Verdict};

use super::super::app::t;
use super::super::dom;
use super::super::state::expect_state;
use super::about::ExportButton;

/// The report in the current language, recomputed when answers or language change.
pub fn use_report() -> Memo<Option<Arc<Report>>> {
    let state = expect_state();
    Memo::new(move |_| state.report().map(Arc::new))
}

#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = expect_state();
    let report = use_report();
    Effect::new(move |_| dom::focus_id("page-title"));
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
                    <div class="overall" data-testid="overall">
                        <p class="overall__label">{r.labels.overall.clone()}</p>
                        <p class="overall__score">
                            <span data-testid="overall-score">{r.overall.map(|s| s.to_string()).unwrap_or_else(|| "–".into())}</span>
                            <span class="overall__max">" / 100"</span>
                        </p>
                    </div>
                    <ScoreChart packs=r.packs.clone() labels=(r.labels.scores.clone(), r.labels.section.clone(), r.labels.score.clone(), r.labels.level.clone())/>
                    <div class="verdicts">
                        <VerdictCard v=r.cyfun.verdict.clone() testid="verdict-cyfun"/>
                        <VerdictCard v=r.gdpr.clone() testid="verdict-gdpr"/>
                        <VerdictCard v=r.nis2.verdict.clone() testid="verdict-nis2"/>
                        <VerdictCard v=r.target.clone() testid="verdict-target"/>
                    </div>
                    <QuickWins report=r.clone()/>
                    <super::quick::QuickMore/>
                    {move || {
                        let done = state.evaluation.get().is_some_and(|e| e.progress.done());
                        let saved = state.assessment.with(|a| !state.exported.get().is_empty() && state.exported.get() >= a.updated);
                        (done && !saved).then(|| view! {
                            <div class="alert alert--warn" data-testid="export-reminder">
                                <p>{t(Msg::ExportReminder)}</p>
                                <ExportButton/>
                            </div>
                        })
                    }}
                    <super::history::History/>
                    <div class="actions">
                        <button type="button" class="btn btn--primary" data-testid="to-plan" on:click=move |_| state.go(Page::Plan)>
                            {t(Msg::SeePlan)}
                        </button>
                        <super::super::pdf_client::PdfButton/>
                        <ExportButton/>
                    </div>
                    <p class="muted">
                        <a href=move || Route::new(state.lang.get(), Page::About).to_hash()>{t(Msg::MethodScoringTitle)}</a>
                    </p>
                }
            })}
        </section>
    }
}

/// Section scores as a bar chart (inline SVG, hidden from screen readers)
/// and as a table with the same figures.
#[component]
fn ScoreChart(packs: Vec<PackScore>, labels: (String, String, String, String)) -> impl IntoView {
    let (caption, section_h, score_h, level_h) = labels;
    // One line per pack title, then per section a label line above its bar.
    let (label_h, bar_h, gap, width, bar_w) = (19, 16, 12, 420, 350);
    let mut y = 4;
    let mut items = Vec::new();
    for p in &packs {
        y += 18;
        let title = match p.score {
            Some(s) => format!("{} — {s}/100", p.title),
            None => p.title.clone(),
        };
        items.push(view! { <text x="0" y=y class="chart__group">{title}</text> }.into_any());
        y += 8;
        for s in &p.sections {
            y += label_h;
            let w = i32::from(s.score.unwrap_or(0)) * bar_w / 100;
            let tone = match s.score {
                Some(v) if v >= 80 => "good",
                Some(v) if v >= 50 => "mid",
                Some(_) => "low",
                None => "none",
            };
            let value = s.score.map(|v| v.to_string()).unwrap_or_else(|| "–".into());
            let (ty, by) = (y - 4, y);
            items.push(
                view! {
                    <g>
                        <text x="0" y=ty class="chart__label">{s.title.clone()}</text>
                        <rect x="0" y=by width=bar_w height=bar_h class="chart__track"></rect>
                        <rect x="0" y=by width=w height=bar_h class=format!("chart__bar chart__bar--{tone}")></rect>
                        <line x1=bar_w * 6 / 10 y1=by - 2 x2=bar_w * 6 / 10 y2=by + bar_h + 2 class="chart__threshold"></line>
                        <text x=w + 6 y=by + bar_h - 3 class="chart__value">{value}</text>
                    </g>
                }
                .into_any(),
            );
            y += bar_h + gap;
        }
    }
    let height = y + 4;
    let bars = items.collect_view();
    view! {
        <figure class="chart" data-testid="score-chart">
            <svg
                viewBox=format!("0 0 {width} {height}")
                role="presentation"
                aria-hidden="true"
                focusable="false"
                preserveAspectRatio="xMinYMin meet"
            >
                {bars}
            </svg>
            <table class="chart__table" data-testid="score-table">
                <caption>{caption}</caption>
                <thead>
                    <tr><th scope="col">{section_h}</th><th scope="col">{score_h}</th><th scope="col">{level_h}</th></tr>
                </thead>
                <tbody>
                    {packs
                        .into_iter()
                        .flat_map(|p| {
                            let pack_title = p.title.clone();
                            p.sections.into_iter().map(move |s| {
                                view! {
                                    <tr>
                                        <th scope="row">{format!("{} – {}", pack_title, s.title)}</th>
                                        <td>{s.score.map(|v| v.to_string()).unwrap_or_else(|| "–".into())}</td>
                                        <td>{s.level_label.clone()}</td>
                                    </tr>
                                }
                            })
                        })
                        .collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

#[component]
pub fn VerdictCard(v: Verdict, testid: &'static str) -> impl IntoView {
    let state = expect_state();
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
    view! {
        <article class=format!("verdict verdict--{tone}") data-testid=testid>
            <h2 class="verdict__title"><span class="verdict__mark" aria-hidden="true">{mark}</span>{v.title.clone()}</h2>
            <p class="verdict__headline" data-testid=format!("{testid}-headline")>{v.headline.clone()}</p>
            {(!v.items.is_empty()).then(|| view! {
                <ul class="verdict__items">
                    {v.items.iter().map(|i| {
                        let route = Route {
                            lang: Some(state.lang.get_untracked()),
                            page: Page::Section(i.section_id.clone()),
                            focus: Some(i.question_id.clone()),
                        };
                        // A key measure: the questions behind it, behind a disclosure.
                        let questions = (!i.questions.is_empty()).then(|| view! {
                            <details class="verdict__questions">
                                <summary>{t(Msg::ShowQuestions)}</summary>
                                <ul>
                                    {i.questions.iter().map(|q| {
                                        let route = Route {
                                            lang: Some(state.lang.get_untracked()),
                                            page: Page::Section(q.section_id.clone()),
                                            focus: Some(q.question_id.clone()),
                                        };
                                        view! {
                                            <li>
                                                <a href=route.to_hash()>{q.text.clone()}</a>
                                                <span class="muted">" — " {q.answer.clone()}</span>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            </details>
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
            })}
            {v.details.iter().map(|d| view! { <p class="verdict__detail">{d.clone()}</p> }).collect_view()}
            {v.link.clone().map(|l| view! {
                <p><a href=l.url.clone() rel="noopener" target="_blank">{l.title.clone()}</a></p>
            })}
        </article>
    }
}

#[component]
fn QuickWins(report: Arc<Report>) -> impl IntoView {
    let state = expect_state();
    let wins: Vec<_> = report
        .quick_wins
        .iter()
        .filter_map(|id| report.plan.iter().find(|p| &p.id == id))
        .cloned()
        .collect();
    (!wins.is_empty()).then(|| {
        view! {
            <section class="quick" aria-labelledby="quick-title" data-testid="quick-wins">
                <h2 id="quick-title">{report.labels.start_this_week.clone()}</h2>
                <ol>
                    {wins.into_iter().map(|w| {
                        let href = format!("{}?q={}", Route::new(state.lang.get_untracked(), Page::Plan).to_hash(), w.id);
                        view! {
                            <li>
                                <a href=href data-testid=format!("win-{}", w.id)>{w.title.clone()}</a>
                                <span class="muted">" — " {w.who_label.clone()} ", " {w.effort_phrase.clone()}</span>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </section>
        }
    })
}
