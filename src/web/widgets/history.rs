//! Baselines and the comparison with the latest one.

use leptos::prelude::*;

use crate::domain::Msg;
use crate::domain::history;
use crate::domain::report::Round;

use super::super::dom;
use super::super::hooks::use_report;
use super::super::state::{Notice, expect_state};
use super::super::strings::t;

#[component]
pub fn History() -> impl IntoView {
    let state = expect_state();
    let report = use_report();
    let label = RwSignal::new(String::new());
    let save = move |_| {
        let Some(ev) = state.evaluation.get_untracked() else {
            return;
        };
        let now = dom::now_iso();
        let name = label.get_untracked();
        state.assessment.update(|a| {
            let b = history::baseline(&ev, a, &now, &name);
            a.history.push(b);
        });
        label.set(String::new());
        state.notice.set(Some(Notice::info(Msg::BaselineSaved)));
    };
    view! {
        <h2>{t(Msg::HistoryTitle)}</h2>
        <p>{t(Msg::HistoryIntro)}</p>
        <div class="baseline">
            <label for="baseline-label">{t(Msg::BaselineName)}</label>
            <input
                id="baseline-label"
                class="field"
                type="text"
                maxlength="60"
                data-testid="baseline-label"
                prop:value=move || label.get()
                on:input=move |ev| label.set(event_target_value(&ev))
            />
            <button type="button" class="btn btn--secondary" data-testid="save-baseline" on:click=save>
                {t(Msg::SaveBaseline)}
            </button>
        </div>
        {move || report.get().and_then(|r| r.comparison.clone()).map(|c| view! {
            <section class="compare" data-testid="comparison">
                <h3>{c.title.clone()}</h3>
                <table class="compare__table">
                    <thead>
                        <tr>
                            <th scope="col"></th>
                            <th scope="col">{c.before_label.clone()}</th>
                            <th scope="col">{c.now_label.clone()}</th>
                            <th scope="col">{c.change_label.clone()}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {c.rows.iter().map(|row| {
                            let change = match (row.before, row.now) {
                                (Some(b), Some(n)) => format!("{:+}", i32::from(n) - i32::from(b)),
                                _ => "–".into(),
                            };
                            view! {
                                <tr>
                                    <th scope="row">{row.title.clone()}</th>
                                    <td>{row.before.map(|v| v.to_string()).unwrap_or_else(|| "–".into())}</td>
                                    <td>{row.now.map(|v| v.to_string()).unwrap_or_else(|| "–".into())}</td>
                                    <td>{change}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                {(!c.completed.is_empty()).then(|| view! {
                    <h4>{c.completed_label.clone()}</h4>
                    <ul data-testid="completed-since">{c.completed.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul>
                })}
                <h4>{c.rounds_label.clone()}</h4>
                <RoundsChart rounds=c.rounds.clone()/>
            </section>
        })}
    }
}

/// The overall score per round: small bars, with the figures as text.
#[component]
fn RoundsChart(rounds: Vec<Round>) -> impl IntoView {
    let w = 56.0;
    let h = 120.0;
    let width = rounds.len() as f64 * (w + 16.0) + 16.0;
    view! {
        <svg class="rounds" viewBox=format!("0 0 {width} {}", h + 40.0) aria-hidden="true" focusable="false">
            {rounds.iter().enumerate().map(|(i, r)| {
                let x = 16.0 + i as f64 * (w + 16.0);
                let v = f64::from(r.overall.unwrap_or(0));
                let bh = v / 100.0 * h;
                view! {
                    <g>
                        <rect x=x y=h - bh + 4.0 width=w height=bh class="chart__bar chart__bar--mid"></rect>
                        <text x=x + w / 2.0 y=h - bh text-anchor="middle" class="chart__value">{r.overall.map(|v| v.to_string()).unwrap_or_default()}</text>
                        <text x=x + w / 2.0 y=h + 22.0 text-anchor="middle" class="chart__label">{r.label.clone()}</text>
                    </g>
                }
            }).collect_view()}
        </svg>
        <ul class="sr-only">
            {rounds.iter().map(|r| view! { <li>{format!("{}: {}", r.label, r.overall.map(|v| v.to_string()).unwrap_or_default())}</li> }).collect_view()}
        </ul>
    }
}
