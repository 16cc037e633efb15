//! The action plan: every action with why, how, who, effort, cost and reading
//! tips; filters; the person's owner, due date, status and note, autosaved.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::assessment::Status;
use crate::domain::dates::{self, DateError};
use crate::domain::pack::Who;
use crate::domain::report::{self, PlanEntry, PriorityCode, Report};
use crate::domain::{Lang, Msg};

use super::super::app::{t, tf};
use super::super::dom;
use super::super::state::expect_state;
use super::about::{CsvButton, ExportButton};
use super::results::use_report;

#[component]
pub fn PlanPage() -> impl IntoView {
    let state = expect_state();
    let report = use_report();
    let who = RwSignal::new(String::new());
    let priority = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let focus = state.route.get_untracked().focus;
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) || report.get().is_none() {
            return done.unwrap_or(false);
        }
        match &focus {
            Some(id) => dom::focus_first_in(&format!("a-{id}")),
            None => dom::focus_id("page-title"),
        }
        true
    });
    let owner = RwSignal::new(String::new());
    let keep = move |e: &PlanEntry| {
        let w = who.get();
        let p = priority.get();
        let s = status.get();
        let o = owner.get();
        (w.is_empty() || who_code(e.who) == w)
            && (p.is_empty() || priority_code(e.priority) == p)
            && (s.is_empty() || status_code(e.status) == s)
            && (o.is_empty() || (o == NO_OWNER && e.owner.trim().is_empty()) || e.owner.trim() == o)
    };
    // The names people typed as owners, for the owner filter.
    let owners = Memo::new(move |_| {
        let mut names: Vec<String> = state.assessment.with(|a| {
            a.plan
                .values()
                .map(|e| e.owner.trim().to_string())
                .filter(|n| !n.is_empty())
                .collect()
        });
        names.sort();
        names.dedup();
        names
    });
    let shown = Memo::new(move |_| {
        report
            .with(|r| {
                r.as_ref().map(|r| {
                    r.plan
                        .iter()
                        .filter(|e| keep(e))
                        .map(|e| e.id.clone())
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });
    let total = move || report.with(|r| r.as_ref().map_or(0, |r| r.plan.len()));

    view! {
        <section aria-labelledby="page-title" class="plan">
            <h1 id="page-title" tabindex="-1">{t(Msg::TitlePlan)}</h1>
            <p class="lead">{t(Msg::PlanIntro)}</p>
            <div class="actions no-print">
                <super::super::pdf_client::PdfButton/>
                <CsvButton/>
                <ExportButton/>
                <super::documents::DocumentsLink/>
                <button type="button" class="btn btn--quiet" on:click=|_| dom::print()>{t(Msg::Print)}</button>
            </div>
            <div class="filters no-print" role="group" aria-label=t(Msg::Filters)>
                <label>
                    <span>{t(Msg::LWho)}</span>
                    <select class="field" data-testid="filter-who" prop:value=move || who.get() on:change=move |ev| who.set(event_target_value(&ev))>
                        <option value="">{t(Msg::All)}</option>
                        {Who::ALL.into_iter().map(|w| view! {
                            <option value=who_code(w)>{move || report::who_label(w, state.lang.get())}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>
                    <span>{t(Msg::LOwner)}</span>
                    <select class="field" data-testid="filter-owner" on:change=move |ev| owner.set(event_target_value(&ev))>
                        <option value="">{t(Msg::All)}</option>
                        <option value=NO_OWNER>{t(Msg::NoOwner)}</option>
                        {move || owners.get().into_iter().map(|n| view! { <option value=n.clone()>{n.clone()}</option> }).collect_view()}
                    </select>
                </label>
                <label>
                    <span>{t(Msg::LPriority)}</span>
                    <select class="field" data-testid="filter-priority" on:change=move |ev| priority.set(event_target_value(&ev))>
                        <option value="">{t(Msg::All)}</option>
                        <option value="high">{t(Msg::PriorityHigh)}</option>
                        <option value="medium">{t(Msg::PriorityMedium)}</option>
                        <option value="low">{t(Msg::PriorityLow)}</option>
                    </select>
                </label>
                <label>
                    <span>{t(Msg::LStatus)}</span>
                    <select class="field" data-testid="filter-status" on:change=move |ev| status.set(event_target_value(&ev))>
                        <option value="">{t(Msg::All)}</option>
                        {Status::ALL.into_iter().map(|s| view! {
                            <option value=status_code(s)>{move || report::status_label(s, state.lang.get())}</option>
                        }).collect_view()}
                    </select>
                </label>
            </div>
            {move || report.get().filter(|r| !r.who.is_empty()).map(|r| view! {
                <section class="who no-print" aria-labelledby="who-title" data-testid="by-who">
                    <h2 id="who-title" class="h3">{r.labels.by_who.clone()}</h2>
                    <ul class="who__list">
                        {r.who.iter().map(|w| {
                            let code = who_code(w.who);
                            let line = w.line.clone();
                            view! {
                                <li>
                                    <button type="button" class="btn btn--quiet" data-testid=format!("by-who-{code}") on:click=move |_| who.set(code.to_string())>
                                        {w.label.clone()}
                                    </button>
                                    ": " {line}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })}
            <p class="muted" role="status" data-testid="plan-count">
                {tf(Msg::PlanCount, move || vec![("shown", shown.get().len().to_string()), ("total", total().to_string())])}
            </p>
            {move || (total() == 0 && report.get().is_some()).then(|| view! {
                <p class="alert alert--ok" data-testid="plan-empty">{t(Msg::LNoActions)}</p>
            })}
            <ol class="plan__list">
                <For each=move || shown.get() key=|id| id.clone() let:id>
                    <ActionCard id=id report=report/>
                </For>
            </ol>
        </section>
    }
}

/// The owner filter's value for actions nobody has taken on yet.
const NO_OWNER: &str = "__nobody__";

fn who_code(w: Who) -> &'static str {
    match w {
        Who::Owner => "owner",
        Who::It => "it",
        Who::Accountant => "accountant",
        Who::Payroll => "payroll",
        Who::Legal => "legal",
        Who::AllStaff => "all_staff",
    }
}

fn priority_code(p: PriorityCode) -> &'static str {
    match p {
        PriorityCode::High => "high",
        PriorityCode::Medium => "medium",
        PriorityCode::Low => "low",
    }
}

fn status_code(s: Status) -> &'static str {
    match s {
        Status::Todo => "todo",
        Status::Doing => "doing",
        Status::Done => "done",
    }
}

fn parse_status(s: &str) -> Status {
    match s {
        "doing" => Status::Doing,
        "done" => Status::Done,
        _ => Status::Todo,
    }
}

/// Why a typed due date was not saved.
#[derive(Clone, Debug, PartialEq)]
enum DueProblem {
    /// The date field holds something that is not a whole date of the
    /// calendar (the browser gives no text then).
    Incomplete,
    /// A text that is not a date of the calendar (browsers without a date picker).
    Date(DateError),
}

impl DueProblem {
    fn message(&self, lang: Lang) -> String {
        match self {
            DueProblem::Incomplete => Msg::DateIncomplete.get(lang).to_string(),
            DueProblem::Date(e) => format!("{} {}", e.message(lang), Msg::DateNotSaved.get(lang)),
        }
    }
}

/// The due date in a date field, as `YYYY-MM-DD` (empty: no due date).
fn read_due(input: &web_sys::HtmlInputElement) -> Result<String, DueProblem> {
    let value = input.value();
    if value.trim().is_empty() {
        return if input.validity().bad_input() {
            Err(DueProblem::Incomplete)
        } else {
            Ok(String::new())
        };
    }
    dates::parse(&value)
        .map(dates::iso)
        .map_err(DueProblem::Date)
}

/// One action. Its fields read the report reactively, so typing in the edit
/// fields never rebuilds the card (focus and cursor stay where they are).
#[component]
fn ActionCard(id: String, report: Memo<Option<Arc<Report>>>) -> impl IntoView {
    let state = expect_state();
    let entry = {
        let id = id.clone();
        Memo::new(move |_| {
            report.with(|r| {
                r.as_ref()
                    .and_then(|r| r.plan.iter().find(|e| e.id == id).cloned())
            })
        })
    };
    let get = move |f: fn(&PlanEntry) -> String| {
        move || entry.with(|e| e.as_ref().map(f).unwrap_or_default())
    };
    let field_id = |name: &str| format!("{name}-{id}");
    let (owner_id, due_id, status_id, note_id) = (
        field_id("owner"),
        field_id("due"),
        field_id("status"),
        field_id("note"),
    );
    let (id_o, id_d, id_s, id_n) = (id.clone(), id.clone(), id.clone(), id.clone());
    let id_e = id.clone();
    let due_problem: RwSignal<Option<DueProblem>> = RwSignal::new(None);
    let due_error_id = field_id("due-error");
    let due_error_id2 = due_error_id.clone();
    let labels = move || report.with(|r| r.as_ref().map(|r| r.labels.clone()));
    let label =
        move |f: fn(&report::Labels) -> String| move || labels().map(|l| f(&l)).unwrap_or_default();

    view! {
        <li class="action" id=format!("a-{id}") data-testid=format!("action-{id}")>
            <article>
                <header class="action__head">
                    <h2 class="action__title">
                        <span class="action__rank">{move || entry.with(|e| e.as_ref().map(|e| format!("{}.", e.rank)))}</span>
                        " "
                        <span data-testid=format!("title-{id}")>{get(|e| e.title.clone())}</span>
                    </h2>
                    <p class="action__tags">
                        <span class=move || format!("badge badge--{}", entry.with(|e| e.as_ref().map_or("low", |e| priority_code(e.priority))))>
                            {label(|l| l.priority.clone())} ": " {get(|e| e.priority_label.clone())}
                        </span>
                        {move || entry.with(|e| e.as_ref().filter(|e| e.key_measure).map(|_| view! { <span class="badge badge--key">{t(Msg::LKeyMeasure)}</span> }))}
                        {move || entry.with(|e| e.as_ref().filter(|e| e.must_fix).map(|_| view! { <span class="badge badge--key">{t(Msg::LMustFix)}</span> }))}
                        {move || entry.with(|e| e.as_ref().filter(|e| e.quick_win).map(|_| view! { <span class="badge badge--win">{t(Msg::LStartThisWeek)}</span> }))}
                    </p>
                </header>
                <p>{get(|e| e.why.clone())}</p>
                <super::documents::ActionDocumentLink action=id.clone()/>
                <dl class="action__facts">
                    <div><dt>{label(|l| l.who.clone())}</dt><dd data-testid=format!("who-{id}")>{get(|e| e.who_label.clone())}</dd></div>
                    <div><dt>{label(|l| l.effort.clone())}</dt><dd>{get(|e| e.effort_label.clone())}</dd></div>
                    <div><dt>{label(|l| l.cost.clone())}</dt><dd>{get(|e| e.cost_label.clone())}</dd></div>
                </dl>
                <details class="action__more">
                    <summary>{label(|l| l.how.clone())}</summary>
                    <ol>{move || entry.with(|e| e.as_ref().map(|e| e.how.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()))}</ol>
                    <h3 class="h4">{label(|l| l.because.clone())}</h3>
                    <ul>{move || entry.with(|e| e.as_ref().map(|e| e.reasons.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()))}</ul>
                    <p class="refs">{label(|l| l.references.clone())} ": " {move || entry.with(|e| e.as_ref().map(|e| e.refs.join(" · ")))}</p>
                    {move || entry.with(|e| e.as_ref().filter(|e| !e.tips.is_empty()).map(|e| view! {
                        <h3 class="h4">{label(|l| l.reading_tips.clone())}</h3>
                        <ul class="tips">
                            {e.tips.iter().map(|tip| view! {
                                <li><a href=tip.url.clone() rel="noopener" target="_blank">{tip.title.clone()}</a> <span class="muted">" (" {tip.publisher.clone()} ")"</span></li>
                            }).collect_view()}
                        </ul>
                    }))}
                </details>
                <div class="edit">
                    <div class="edit__field">
                        <label for=owner_id.clone()>{label(|l| l.owner.clone())}</label>
                        <input
                            class="field"
                            type="text"
                            id=owner_id
                            maxlength="80"
                            data-testid=format!("owner-{id}")
                            prop:value=get(|e| e.owner.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); state.edit_plan(&id_o, |e| e.owner = v) }
                        />
                    </div>
                    <div class="edit__field">
                        <label for=due_id.clone()>{label(|l| l.due.clone())}</label>
                        <input
                            class="field"
                            type="date"
                            id=due_id
                            data-testid=format!("due-{id}")
                            aria-invalid=move || due_problem.with(|p| p.is_some()).then_some("true")
                            aria-describedby=move || due_problem.with(|p| p.is_some()).then(|| due_error_id.clone())
                            prop:value=get(|e| e.due.clone())
                            on:change=move |ev| {
                                let input = event_target::<web_sys::HtmlInputElement>(&ev);
                                match read_due(&input) {
                                    Ok(v) => {
                                        due_problem.set(None);
                                        state.edit_plan(&id_d, |e| e.due = v);
                                    }
                                    // Not saved: the field keeps what was typed, the plan its last good date.
                                    Err(p) => due_problem.set(Some(p)),
                                }
                            }
                        />
                        {move || due_problem.get().map(|p| view! {
                            <p class="field__error" id=due_error_id2.clone() role="alert" data-testid=format!("due-error-{id_e}")>
                                {move || p.message(state.lang.get())}
                            </p>
                        })}
                    </div>
                    <div class="edit__field">
                        <label for=status_id.clone()>{label(|l| l.status.clone())}</label>
                        <select
                            class="field"
                            id=status_id
                            data-testid=format!("status-{id}")
                            prop:value=move || entry.with(|e| e.as_ref().map_or("todo", |e| status_code(e.status)))
                            on:change=move |ev| { let v = parse_status(&event_target_value(&ev)); state.edit_plan(&id_s, |e| e.status = v) }
                        >
                            {Status::ALL.into_iter().map(|s| view! {
                                <option value=status_code(s)>{move || report::status_label(s, state.lang.get())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="edit__field edit__field--wide">
                        <label for=note_id.clone()>{label(|l| l.note.clone())}</label>
                        <textarea
                            class="field"
                            id=note_id
                            rows="2"
                            maxlength="2000"
                            data-testid=format!("note-{id}")
                            prop:value=get(|e| e.note.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); state.edit_plan(&id_n, |e| e.note = v) }
                        ></textarea>
                    </div>
                </div>
            </article>
        </li>
    }
}
