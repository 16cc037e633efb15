//! The action plan, grouped by when to do it (this week, this month, this
//! quarter, later) with each group's total effort. A card reads first
//! (title, why, who, effort, when); its steps and the person's planning
//! (person in charge, due date, status, note) open on demand. Who does what,
//! with "give all to one person"; filters by role, person, when and status;
//! the PDF and the spreadsheet of the whole plan or of the selection shown;
//! the questions to ask, on screen and as a text file.
//!
//! Typed texts (person, note) are saved a moment after the last key, and at
//! once when the field is left, the page changes or the page is closed.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::assessment::Status;
use crate::domain::dates::{self, DateError};
use crate::domain::horizon::Horizon;
use crate::domain::nav::{Page, Route};
use crate::domain::pack::Who;
use crate::domain::report::{self, PlanEntry, Report};
use crate::domain::{Lang, Msg};

use super::super::dom;
use super::super::hooks::use_report;
use super::super::state::{AppState, expect_state};
use super::super::strings::{t, tf};
use super::super::widgets::doc_links::{ActionDocumentLink, DocumentsLink};
use super::super::widgets::files::{CsvButton, ExportButton, offer_download};

/// How long after the last key a typed text is saved (ms).
const SAVE_AFTER_MS: i32 = 600;

/// A typed text of one action, not saved yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum TextField {
    Owner,
    Note,
    /// A due date typed by hand: held until the field is left, Enter is
    /// pressed or the page is hidden, never saved by the timer alone, so a
    /// date the field passes through while the digits are typed (02/3 on
    /// the way to 02/31) is never saved.
    Due,
}

thread_local! {
    /// Typed texts waiting to be saved, by action and field.
    static PENDING: RefCell<BTreeMap<(String, TextField), String>> = const { RefCell::new(BTreeMap::new()) };
    /// The timer that saves them.
    static TIMER: Cell<Option<i32>> = const { Cell::new(None) };
    /// The "page closes" listener is installed.
    static ON_HIDE: Cell<bool> = const { Cell::new(false) };
}

/// Saves every typed text waiting, at once, and writes the assessment to
/// storage (the page may be closing).
fn flush(state: AppState) {
    if let Some(id) = TIMER.with(|t| t.take()) {
        dom::window().clear_timeout_with_handle(id);
    }
    let pending = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    if pending.is_empty() {
        return;
    }
    let now = dom::now_iso();
    state.assessment.update(|a| {
        for ((action, field), value) in pending {
            a.edit_plan(&action, &now, |e| match field {
                TextField::Owner => e.owner = value,
                TextField::Note => e.note = value,
                TextField::Due => e.due = value,
            });
        }
    });
    state.save_now();
}

/// Keeps a typed text and saves it [`SAVE_AFTER_MS`] after the last key.
fn queue(state: AppState, action: &str, field: TextField, value: String) {
    PENDING.with(|p| p.borrow_mut().insert((action.to_string(), field), value));
    if let Some(id) = TIMER.with(|t| t.take()) {
        dom::window().clear_timeout_with_handle(id);
    }
    let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
        TIMER.with(|t| t.set(None));
        flush(state);
    });
    let id = dom::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), SAVE_AFTER_MS)
        .ok();
    TIMER.with(|t| t.set(id));
}

/// Holds a typed value until [`flush`], without a timer; `None` lets go of
/// what was held.
fn hold(action: &str, field: TextField, value: Option<String>) {
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        match value {
            Some(v) => p.insert((action.to_string(), field), v),
            None => p.remove(&(action.to_string(), field)),
        }
    });
}

/// The typed text of a field: what is waiting to be saved, else `saved`.
fn pending_or(action: &str, field: TextField, saved: String) -> String {
    PENDING
        .with(|p| p.borrow().get(&(action.to_string(), field)).cloned())
        .unwrap_or(saved)
}

/// Saves what is waiting when the page is hidden or closed (once per app).
fn save_on_hide(state: AppState) {
    if ON_HIDE.with(|h| h.replace(true)) {
        return;
    }
    let cb = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || flush(state));
    let _ = dom::window().add_event_listener_with_callback("pagehide", cb.as_ref().unchecked_ref());
    let _ = dom::document()
        .add_event_listener_with_callback("visibilitychange", cb.as_ref().unchecked_ref());
    cb.forget();
}

#[component]
pub fn PlanPage() -> impl IntoView {
    let state = expect_state();
    let report = use_report();
    save_on_hide(state);
    on_cleanup(move || flush(state));
    let who = RwSignal::new(String::new());
    let when = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let owner = RwSignal::new(String::new());
    let only_selection = RwSignal::new(false);
    let focus = state.route.get_untracked().focus;
    let focus_for_effect = focus.clone();
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) || report.get().is_none() {
            return done.unwrap_or(false);
        }
        match &focus_for_effect {
            Some(id) => dom::focus_first_in(&format!("a-{id}")),
            None => dom::focus_id("page-title"),
        }
        true
    });
    let keep = move |e: &PlanEntry| {
        let w = who.get();
        let h = when.get();
        let s = status.get();
        let o = owner.get();
        (w.is_empty() || who_code(e.who) == w)
            && (h.is_empty() || report::horizon_code(e.horizon) == h)
            && (s.is_empty() || status_code(e.status) == s)
            && (o.is_empty() || (o == NO_OWNER && e.owner.trim().is_empty()) || e.owner.trim() == o)
    };
    // The names people typed as owners, for the person filter.
    let owners = Memo::new(move |_| {
        let mut names: Vec<String> = state.assessment.with(|a| {
            a.plan
                .values()
                .map(|e| e.owner.trim().to_string())
                .filter(|n| !n.is_empty())
                .collect()
        });
        crate::domain::order::sort_by(&mut names, |a, b| a.cmp(b));
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
    let filtered = move || shown.with(Vec::len) < total();
    // The downloads follow the filter when the person asks for "only this selection".
    let selection: Signal<Option<Vec<String>>> =
        Signal::derive(move || (only_selection.get() && filtered()).then(|| shown.get()));

    view! {
        <section aria-labelledby="page-title" class="plan">
            <h1 id="page-title" tabindex="-1">{t(Msg::TitlePlan)}</h1>
            <p class="lead">{t(Msg::PlanIntro)}</p>
            {move || report.get().map(|r| view! {
                <ul class="horizons" data-testid="horizon-summary">
                    {r.horizons.iter().map(|h| view! {
                        <li><strong>{h.title.clone()}</strong> {r.labels.colon.clone()} {h.total.clone()}</li>
                    }).collect_view()}
                </ul>
            })}
            <div class="actions no-print">
                <super::super::pdf_client::PdfButton select=selection/>
                <CsvButton select=selection/>
                <DocumentsLink/>
            </div>
            <details class="more-downloads no-print" data-testid="more-downloads">
                <summary>{t(Msg::MoreDownloads)}</summary>
                <div class="actions">
                    <super::super::pdf_client::PdfButton full=true select=selection/>
                    <ExportButton/>
                    <button type="button" class="btn btn--quiet" on:click=|_| dom::print()>{t(Msg::Print)}</button>
                </div>
            </details>
            {move || filtered().then(|| view! {
                <p class="no-print selection">
                    <label>
                        <input
                            type="checkbox"
                            data-testid="only-selection"
                            prop:checked=move || only_selection.get()
                            on:change=move |ev| only_selection.set(event_target_checked(&ev))
                        />
                        " "
                        {tf(Msg::OnlySelection, move || vec![("count", shown.with(Vec::len).to_string())])}
                    </label>
                </p>
            })}
            <WhoDoesWhat report=report who=who/>
            <details class="filters-box no-print" data-testid="filters">
                <summary>{t(Msg::Filters)}</summary>
                <div class="filters" role="group" aria-label=t(Msg::Filters)>
                    <label>
                        <span>{t(Msg::FilterRole)}</span>
                        <select class="field" data-testid="filter-who" prop:value=move || who.get() on:change=move |ev| who.set(event_target_value(&ev))>
                            <option value="">{t(Msg::All)}</option>
                            {move || report.get().map(|r| r.who.iter().map(|w| view! {
                                <option value=who_code(w.who)>{w.label.clone()}</option>
                            }).collect_view())}
                        </select>
                    </label>
                    <label>
                        <span>{t(Msg::FilterPerson)}</span>
                        <select class="field" data-testid="filter-owner" prop:value=move || owner.get() on:change=move |ev| owner.set(event_target_value(&ev))>
                            <option value="">{t(Msg::All)}</option>
                            <option value=NO_OWNER>{t(Msg::NoOwner)}</option>
                            {move || owners.get().into_iter().map(|n| view! { <option value=n.clone()>{n.clone()}</option> }).collect_view()}
                        </select>
                    </label>
                    <label>
                        <span>{move || report.get().map(|r| r.labels.when.clone())}</span>
                        <select class="field" data-testid="filter-when" prop:value=move || when.get() on:change=move |ev| when.set(event_target_value(&ev))>
                            <option value="">{t(Msg::All)}</option>
                            {Horizon::ALL.into_iter().map(|h| view! {
                                <option value=report::horizon_code(h)>{move || report::horizon_label(h, state.lang.get())}</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <label>
                        <span>{t(Msg::LStatus)}</span>
                        <select class="field" data-testid="filter-status" prop:value=move || status.get() on:change=move |ev| status.set(event_target_value(&ev))>
                            <option value="">{t(Msg::All)}</option>
                            {Status::ALL.into_iter().map(|s| view! {
                                <option value=status_code(s)>{move || report::status_label(s, state.lang.get())}</option>
                            }).collect_view()}
                        </select>
                    </label>
                </div>
            </details>
            <p class="muted" role="status" data-testid="plan-count">
                {tf(Msg::PlanCount, move || vec![("shown", shown.get().len().to_string()), ("total", total().to_string())])}
            </p>
            {move || (total() == 0 && report.get().is_some()).then(|| view! {
                <p class="alert alert--ok" data-testid="plan-empty">{t(Msg::LNoActions)}</p>
            })}
            {Horizon::ALL.into_iter().map(|h| {
                let focus = focus.clone();
                view! { <HorizonGroup horizon=h report=report shown=shown filtered=Signal::derive(filtered) focus=focus/> }
            }).collect_view()}
            <AskList report=report/>
        </section>
    }
}

/// One horizon: its heading with the total effort, and its actions shown by
/// the filters. This week and this month are open; the later ones open on
/// demand, when an action in them is asked for, or as soon as a filter is
/// set (so every action the filter finds is in view), and then the heading
/// says how many of the group's actions the filter shows.
#[component]
fn HorizonGroup(
    horizon: Horizon,
    report: Memo<Option<Arc<Report>>>,
    shown: Memo<Vec<String>>,
    filtered: Signal<bool>,
    focus: Option<String>,
) -> impl IntoView {
    let code = report::horizon_code(horizon);
    let group = Memo::new(move |_| {
        report.with(|r| {
            r.as_ref()
                .and_then(|r| r.horizons.iter().find(|g| g.horizon == horizon).cloned())
        })
    });
    let ids = Memo::new(move |_| {
        let mine = group.with(|g| g.as_ref().map(|g| g.actions.clone()).unwrap_or_default());
        shown.with(|s| {
            mine.into_iter()
                .filter(|id| s.contains(id))
                .collect::<Vec<_>>()
        })
    });
    let wanted = focus.is_some_and(|f| {
        group
            .get_untracked()
            .is_some_and(|g| g.actions.contains(&f))
    });
    let open = RwSignal::new(horizon <= Horizon::ThisMonth || wanted);
    Effect::new(move |_| {
        if filtered.get() {
            open.set(true);
        }
    });
    let count = move || {
        let all = group.with(|g| g.as_ref().map_or(0, |g| g.actions.len()));
        (filtered.get() && ids.with(Vec::len) < all).then(|| {
            let n = ids.with(Vec::len).to_string();
            view! {
                <span class="horizon__shown" data-testid=format!("horizon-shown-{code}")>
                    {tf(Msg::PlanCount, move || vec![("shown", n.clone()), ("total", all.to_string())])}
                </span>
            }
        })
    };
    let heading = format!("horizon-title-{code}");
    view! {
        {move || (!ids.with(Vec::is_empty)).then(|| {
            let heading = heading.clone();
            view! {
                <details
                    class="horizon"
                    data-testid=format!("horizon-{code}")
                    prop:open=move || open.get()
                    on:toggle=move |ev| {
                        let el = event_target::<web_sys::Element>(&ev);
                        open.set(el.has_attribute("open"));
                    }
                >
                    <summary class="horizon__summary">
                        <h2 class="horizon__title" id=heading.clone()>
                            {move || group.with(|g| g.as_ref().map(|g| g.title.clone()))}
                        </h2>
                        <span class="horizon__total" data-testid=format!("horizon-total-{code}")>
                            {move || group.with(|g| g.as_ref().map(|g| g.total.clone()))}
                        </span>
                        {count}
                    </summary>
                    <ol class="plan__list" aria-labelledby=heading.clone()>
                        <For each=move || ids.get() key=|id| id.clone() let:id>
                            <ActionCard id=id report=report/>
                        </For>
                    </ol>
                </details>
            }
        })}
    }
}

/// Who does what: per person the number of actions and the hours; show only
/// theirs, or give them all to one person by name.
#[component]
fn WhoDoesWhat(report: Memo<Option<Arc<Report>>>, who: RwSignal<String>) -> impl IntoView {
    let state = expect_state();
    let done: RwSignal<Option<String>> = RwSignal::new(None);
    view! {
        {move || report.get().filter(|r| !r.who.is_empty()).map(|r| view! {
            <details class="who no-print" data-testid="by-who">
                <summary><span class="h3" id="who-title">{r.labels.by_who.clone()}</span></summary>
                <ul class="who__list">
                    {r.who.iter().map(|w| {
                        let code = who_code(w.who);
                        let kind = w.who;
                        let name = RwSignal::new(String::new());
                        let field = format!("assign-{code}");
                        let assign = move |ev: leptos::ev::SubmitEvent| {
                            ev.prevent_default();
                            flush(state);
                            let lang = state.lang.get_untracked();
                            let ids: Vec<String> = report.with_untracked(|r| {
                                r.as_ref().map(|r| {
                                    r.plan.iter().filter(|e| e.who == kind).map(|e| e.id.clone()).collect()
                                })
                            }).unwrap_or_default();
                            let person = name.get_untracked().trim().to_string();
                            let now = dom::now_iso();
                            state.assessment.update(|a| {
                                a.assign_group(&ids, &person, &now);
                            });
                            done.set(Some(Msg::Assigned.fill(lang, &[
                                ("count", &ids.len().to_string()),
                                ("name", &person),
                            ])));
                        };
                        view! {
                            <li class="who__row">
                                <p class="who__line">
                                    <button type="button" class="btn btn--quiet" data-testid=format!("by-who-{code}") on:click=move |_| who.set(code.to_string())>
                                        {w.label.clone()}
                                    </button>
                                    {r.labels.colon.clone()} {w.line.clone()}
                                    {(!w.owners_line.is_empty()).then(|| view! {
                                        <span data-testid=format!("by-who-owners-{code}")>
                                            " · " {w.owners_line.clone()}
                                        </span>
                                    })}
                                </p>
                                <form class="assign" on:submit=assign>
                                    <label for=field.clone()>{t(Msg::AssignAll)}</label>
                                    <span class="assign__row">
                                        <input
                                            class="field"
                                            type="text"
                                            id=field.clone()
                                            maxlength="80"
                                            autocomplete="name"
                                            data-testid=field.clone()
                                            placeholder=t(Msg::AssignName)
                                            prop:value=move || name.get()
                                            on:input=move |ev| name.set(event_target_value(&ev))
                                        />
                                        <button type="submit" class="btn btn--secondary" data-testid=format!("{field}-go")>
                                            {t(Msg::AssignDo)}
                                        </button>
                                    </span>
                                </form>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p class="muted" role="status" data-testid="assigned">{move || done.get()}</p>
            </details>
        })}
    }
}

/// The questions answered "don't know", by whom to ask, with a link back to
/// each question and the list as a text file to send.
#[component]
fn AskList(report: Memo<Option<Arc<Report>>>) -> impl IntoView {
    let state = expect_state();
    let download = move |_| {
        if let Some(r) = report.get_untracked() {
            offer_download(
                state,
                &format!("{}-questions.txt", r.file_stem),
                "text/plain;charset=utf-8",
                r.ask_text().as_bytes(),
            );
        }
    };
    view! {
        {move || report.get().map(|r| {
            let ask = r.ask.clone();
            view! {
                <section class="ask" aria-labelledby="ask-title" data-testid="ask-list">
                    <h2 id="ask-title">{ask.title.clone()}</h2>
                    {if ask.groups.is_empty() {
                        view! { <p data-testid="ask-none">{t(Msg::AskNone)}</p> }.into_any()
                    } else {
                        view! {
                            <p>{ask.intro.clone()}</p>
                            {ask.groups.iter().map(|g| view! {
                                <h3 class="h4">{g.heading.clone()}</h3>
                                <ol class="ask__list">
                                    {g.questions.iter().map(|q| {
                                        let route = Route {
                                            lang: Some(state.lang.get_untracked()),
                                            page: Page::Section(q.section_id.clone()),
                                            focus: Some(q.question_id.clone()),
                                            part: None,
                                        };
                                        view! { <li><a href=route.to_hash()>{q.text.clone()}</a></li> }
                                    }).collect_view()}
                                </ol>
                            }).collect_view()}
                            <p class="actions no-print">
                                <button type="button" class="btn btn--secondary" data-testid="download-ask" on:click=download>
                                    {t(Msg::DownloadAsk)}
                                </button>
                                <span class="muted">{t(Msg::DownloadAskNote)}</span>
                            </p>
                        }.into_any()
                    }}
                </section>
            }
        })}
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
    /// The message; `kept`: the action has a due date, which stays.
    fn message(&self, lang: Lang, kept: bool) -> String {
        match (self, kept) {
            (DueProblem::Incomplete, true) => Msg::DateIncomplete.get(lang).to_string(),
            (DueProblem::Incomplete, false) => Msg::DateIncompleteNone.get(lang).to_string(),
            (DueProblem::Date(e), true) => {
                format!("{} {}", e.message(lang), Msg::DateNotSaved.get(lang))
            }
            (DueProblem::Date(e), false) => e.message(lang),
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

/// What the person planned for an action, in one line: "Person in charge:
/// Marie · Due: 15 December 2026 · Status: In progress" (the parts filled in).
fn planned_line(e: &PlanEntry, l: &report::Labels, lang: Lang) -> String {
    let mut parts = Vec::new();
    if !e.owner.trim().is_empty() {
        parts.push(format!("{}{}{}", l.owner, l.colon, e.owner.trim()));
    }
    if !e.due.is_empty() {
        let mut due = format!("{}{}{}", l.due, l.colon, report::long_date(&e.due, lang));
        if e.overdue {
            due.push_str(&format!(" ({})", l.overdue));
        }
        parts.push(due);
    }
    if e.status != Status::Todo {
        parts.push(format!("{}{}{}", l.status, l.colon, e.status_label));
    }
    parts.join(" · ")
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
    let (id_o2, id_n2) = (id.clone(), id.clone());
    let (id_e, id_p, id_b) = (id.clone(), id.clone(), id.clone());
    let due_problem: RwSignal<Option<DueProblem>> = RwSignal::new(None);
    let due_error_id = field_id("due-error");
    let due_error_id2 = due_error_id.clone();
    let labels = move || report.with(|r| r.as_ref().map(|r| r.labels.clone()));
    let label =
        move |f: fn(&report::Labels) -> String| move || labels().map(|l| f(&l)).unwrap_or_default();
    let planned = move || {
        entry.with(|e| {
            let lang = state.lang.get();
            e.as_ref()
                .zip(labels())
                .map(|(e, l)| planned_line(e, &l, lang))
                .filter(|s| !s.is_empty())
        })
    };
    let steps = move || {
        entry.with(|e| {
            e.as_ref().map(|e| {
                let named = !e.platform_how.is_empty();
                view! {
                    {e.platform_how.iter().map(|p| view! {
                        <h4 class="h4">{p.label.clone()}</h4>
                        <ol>{p.how.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ol>
                    }).collect_view()}
                    {named.then(|| view! { <h4 class="h4">{label(|l| l.how.clone())}</h4> })}
                    <ol>{e.how.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ol>
                    {(!e.platform_more.is_empty()).then(|| view! {
                        <details class="action__others">
                            <summary>{label(|l| l.other_platforms.clone())}</summary>
                            {e.platform_more.iter().map(|p| view! {
                                <h5 class="h4">{p.label.clone()}</h5>
                                <ol>{p.how.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ol>
                            }).collect_view()}
                        </details>
                    })}
                }
            })
        })
    };

    view! {
        <li class="action" id=format!("a-{id}") data-testid=format!("action-{id}")>
            <article>
                <h3 class="action__title">
                    <span class="action__rank">{move || entry.with(|e| e.as_ref().map(|e| format!("{}.", e.rank)))}</span>
                    " "
                    <span data-testid=format!("title-{id}")>{get(|e| e.title.clone())}</span>
                </h3>
                <p class="action__tags">
                    {move || entry.with(|e| e.as_ref().filter(|e| e.key_measure).map(|_| view! { <span class="badge badge--key">{t(Msg::LKeyMeasure)}</span> }))}
                    {move || entry.with(|e| e.as_ref().filter(|e| e.must_fix).map(|_| view! { <span class="badge badge--key">{t(Msg::LMustFix)}</span> }))}
                    {move || entry.with(|e| e.as_ref().filter(|e| e.nis2).map(|_| view! { <span class="badge badge--key">{t(Msg::LNis2Duty)}</span> }))}
                    {move || entry.with(|e| e.as_ref().filter(|e| e.quick_win).map(|_| view! { <span class="badge badge--win">{t(Msg::LStartThisWeek)}</span> }))}
                </p>
                <p class="action__why">{get(|e| e.why.clone())}</p>
                <ActionDocumentLink action=id.clone()/>
                <dl class="action__facts">
                    <div><dt>{label(|l| l.who.clone())}</dt><dd data-testid=format!("who-{id}")>{get(|e| e.who_label.clone())}</dd></div>
                    <div><dt>{label(|l| l.effort.clone())}</dt><dd>{get(|e| e.hours_label.clone())}</dd></div>
                    <div><dt>{label(|l| l.cost.clone())}</dt><dd>{get(|e| e.cost_label.clone())}</dd></div>
                    <div><dt>{label(|l| l.when.clone())}</dt><dd data-testid=format!("when-{id}")>{get(|e| e.horizon_label.clone())}</dd></div>
                </dl>
                {move || entry.with(|e| e.as_ref().filter(|e| !e.horizon_note.is_empty()).map(|e| view! {
                    <p class="action__note">{e.horizon_note.clone()}</p>
                }))}
                {move || entry.with(|e| e.as_ref().filter(|e| !e.help.is_empty()).map(|e| view! {
                    <p class="action__help" data-testid=format!("help-{}", e.id)>{e.help.clone()}</p>
                }))}
                {move || planned().map(|p| view! { <p class="action__planned" data-testid=format!("planned-{id_p}")>{p}</p> })}
                <details class="action__more">
                    <summary>{t(Msg::ShowSteps)}</summary>
                    {steps}
                    <h4 class="h4">{label(|l| l.because.clone())}</h4>
                    <ul>{move || entry.with(|e| e.as_ref().map(|e| e.reasons.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()))}</ul>
                    <p class="refs">{label(|l| l.references.clone())} {label(|l| l.colon.clone())} {move || entry.with(|e| e.as_ref().map(|e| e.refs.join(" · ")))}</p>
                    {move || entry.with(|e| e.as_ref().filter(|e| !e.tips.is_empty()).map(|e| view! {
                        <h4 class="h4">{label(|l| l.reading_tips.clone())}</h4>
                        <ul class="tips">
                            {e.tips.iter().map(|tip| view! {
                                <li><a href=tip.url.clone() rel="noopener" target="_blank">{tip.title.clone()}</a> <span class="muted">" (" {tip.publisher.clone()} ")"</span></li>
                            }).collect_view()}
                        </ul>
                    }))}
                </details>
                <details class="action__edit no-print" data-testid=format!("plan-edit-{id}")>
                    <summary data-testid=format!("plan-it-{id}")>{t(Msg::PlanIt)}</summary>
                    <div class="edit">
                        <div class="edit__field">
                            <label for=owner_id.clone()>{label(|l| l.owner.clone())}</label>
                            <input
                                class="field"
                                type="text"
                                id=owner_id
                                maxlength="80"
                                data-testid=format!("owner-{id}")
                                prop:value=move || pending_or(&id_o2, TextField::Owner, entry.with(|e| e.as_ref().map(|e| e.owner.clone()).unwrap_or_default()))
                                on:input=move |ev| queue(state, &id_o, TextField::Owner, event_target_value(&ev))
                                on:blur=move |_| flush(state)
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
                                            if ev.is_trusted() {
                                                // A person typing or picking: saved on leaving the field.
                                                save_on_hide(state);
                                                hold(&id_d, TextField::Due, Some(v));
                                            } else {
                                                // Set by a script or an assistive tool: saved now.
                                                state.edit_plan(&id_d, |e| e.due = v);
                                            }
                                        }
                                        // Not saved: the field keeps what was typed, the plan its last good date.
                                        Err(p) => {
                                            hold(&id_d, TextField::Due, None);
                                            due_problem.set(Some(p));
                                        }
                                    }
                                }
                                on:blur=move |ev| {
                                    // A date the calendar does not have (31 February) typed
                                    // into an empty field changes nothing, so no change
                                    // event says so: leaving the field does.
                                    let input = event_target::<web_sys::HtmlInputElement>(&ev);
                                    if let Err(p) = read_due(&input) {
                                        hold(&id_b, TextField::Due, None);
                                        due_problem.set(Some(p));
                                    }
                                    flush(state);
                                }
                                on:keydown=move |ev| {
                                    if ev.key() == "Enter" {
                                        flush(state);
                                    }
                                }
                            />
                            {move || due_problem.get().map(|p| view! {
                                <p class="field__error" id=due_error_id2.clone() role="alert" data-testid=format!("due-error-{id_e}")>
                                    {move || p.message(state.lang.get(), !get(|e| e.due.clone())().is_empty())}
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
                                prop:value=move || pending_or(&id_n2, TextField::Note, entry.with(|e| e.as_ref().map(|e| e.note.clone()).unwrap_or_default()))
                                on:input=move |ev| queue(state, &id_n, TextField::Note, event_target_value(&ev))
                                on:blur=move |_| flush(state)
                            ></textarea>
                        </div>
                    </div>
                </details>
            </article>
        </li>
    }
}
