//! The documents page: the record of processing activities, proposed from
//! the answers and editable (rows added, removed, changed; saved with the
//! assessment), the data breach register, the log of requests, the privacy
//! notice and the incident card, each downloaded from the documents module
//! (a worker of its own, see `web::docs_client`). The links to this page
//! that the plan shows are in `web::widgets::doc_links`.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::Msg;
use crate::domain::assessment::Answer;
use crate::domain::documents;
use crate::domain::documents::record::Proposal;
use crate::domain::documents::{
    DocFile, DocumentKind, Documents, Facts, Job, ProcessorColumn, ProcessorRow, RecordColumn,
    RecordRow, Request, needs_input,
};
use crate::domain::nav::{Page, Route};

use super::super::state::{AppState, Notice, NoticeText, expect_state};
use super::super::strings::{t, tf};
use super::super::widgets::files::offer_download;
use super::super::{docs_client, dom};

/// What the documents module needs, from the current answers and documents.
fn request(state: AppState) -> Option<Request> {
    let ev = state.evaluation.get()?;
    Some(state.assessment.with(|a| Request {
        lang: state.lang.get(),
        today: dom::today_iso(),
        facts: Facts::from_visible(&a.answers, |q| ev.is_visible(q)),
        documents: a.documents.clone(),
    }))
}

/// Changes the person's documents (saved with the assessment at once).
fn edit(state: AppState, f: impl FnOnce(&mut Documents)) {
    let now = dom::now_iso();
    state.assessment.update(|a| {
        f(&mut a.documents);
        if a.created.is_empty() {
            a.created = now.clone();
        }
        a.updated = now;
    });
}

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let state = expect_state();
    let proposal: RwSignal<Option<Proposal>> = RwSignal::new(None);
    // The module is needed on this page: load it now.
    let _ = docs_client::ensure_worker();
    // The proposal follows the answers and the language.
    let facts_key = Memo::new(move |_| {
        request(state).map(|r| serde_json::to_string(&(r.lang, &r.facts)).unwrap_or_default())
    });
    Effect::new(move |_| {
        let Some(_) = facts_key.get() else { return };
        let Some(r) = untrack(|| request(state)) else {
            return;
        };
        let job = serde_json::to_string(&Job::Propose).unwrap_or_default();
        let req = serde_json::to_string(&r).unwrap_or_default();
        docs_client::run(&job, &req, move |outcome| {
            if let docs_client::Outcome::Done(bytes) = outcome
                && let Ok(p) = serde_json::from_slice::<Proposal>(&bytes)
            {
                proposal.set(Some(p));
            }
        });
    });
    let focus = state.route.get_untracked().focus;
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        match focus.as_deref().and_then(DocumentKind::from_code) {
            Some(kind) => dom::focus_id(&format!("doc-{}-title", kind.code())),
            None => dom::focus_id("page-title"),
        }
        true
    });
    let processor = move || {
        state
            .assessment
            .with(|a| a.documents.processor_record.is_some())
            || proposal.with(|p| p.as_ref().is_some_and(|p| !p.processor_record.is_empty()))
    };

    view! {
        <section aria-labelledby="page-title" class="documents">
            <h1 id="page-title" tabindex="-1">{t(Msg::TitleDocuments)}</h1>
            <p class="lead">{t(Msg::DocsIntro)}</p>
            <p class="muted">{t(Msg::DocsNotAdvice)}</p>
            <p class="no-print">
                <a href=move || Route::new(state.lang.get(), Page::Plan).to_hash()>{t(Msg::DocsBackToPlan)}</a>
            </p>
            <OrgForm/>
            <section class="doc" aria-labelledby="doc-record-title" data-testid="doc-record">
                <h2 id="doc-record-title" tabindex="-1">{t(Msg::DocRecordTitle)}</h2>
                <p>{t(Msg::DocsRecordDesc)}</p>
                <div class="actions">
                    <FileButton file=DocFile::RecordXlsx label=Msg::DocsDownloadXlsx primary=true/>
                    <FileButton file=DocFile::RecordCsv label=Msg::DocsDownloadCsv primary=false/>
                    {move || processor().then(|| view! {
                        <FileButton file=DocFile::ProcessorCsv label=Msg::DocsDownloadProcessorCsv primary=false/>
                    })}
                </div>
                <RecordEditor proposal=proposal/>
                {move || processor().then(|| view! { <ProcessorEditor proposal=proposal/> })}
            </section>
            <section class="doc" aria-labelledby="doc-breach_register-title" data-testid="doc-breach_register">
                <h2 id="doc-breach_register-title" tabindex="-1">{t(Msg::DocBreachTitle)}</h2>
                <p>{t(Msg::DocsBreachDesc)}</p>
                <div class="actions">
                    <FileButton file=DocFile::BreachXlsx label=Msg::DocsDownloadXlsx primary=true/>
                </div>
            </section>
            <section class="doc" aria-labelledby="doc-request_log-title" data-testid="doc-request_log">
                <h2 id="doc-request_log-title" tabindex="-1">{t(Msg::DocRequestsTitle)}</h2>
                <p>{t(Msg::DocsRequestsDesc)}</p>
                <div class="actions">
                    <FileButton file=DocFile::RequestsXlsx label=Msg::DocsDownloadXlsx primary=true/>
                </div>
            </section>
            <section class="doc" aria-labelledby="doc-privacy_notice-title" data-testid="doc-privacy_notice">
                <h2 id="doc-privacy_notice-title" tabindex="-1">{t(Msg::DocNoticeTitle)}</h2>
                <p>{t(Msg::DocsNoticeDesc)}</p>
                <div class="actions">
                    <FileButton file=DocFile::NoticeDocx label=Msg::DocsDownloadDocx primary=true/>
                    <FileButton file=DocFile::NoticeHtml label=Msg::DocsDownloadHtml primary=false/>
                </div>
            </section>
            <section class="doc" aria-labelledby="doc-incident_card-title" data-testid="doc-incident_card">
                <h2 id="doc-incident_card-title" tabindex="-1">{t(Msg::DocCardTitle)}</h2>
                <p>{t(Msg::DocsCardDesc)}</p>
                <ContactsForm/>
                <div class="actions">
                    <FileButton file=DocFile::CardHtml label=Msg::DocsPrintCard primary=true/>
                    <FileButton file=DocFile::CardHtml label=Msg::DocsDownloadCard primary=false/>
                </div>
            </section>
        </section>
    }
}

/// Where a file request stands, for its button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Idle,
    Loading,
    Working,
    Saved,
    Failed,
    ModuleFailed,
}

/// Prints an HTML page (the incident card) from a hidden frame, so the
/// person gets the browser's print dialog for the card alone.
fn print_html(html: &str) -> bool {
    let doc = dom::document();
    let Some(frame) = doc
        .create_element("iframe")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlIFrameElement>().ok())
    else {
        return false;
    };
    let _ = frame.set_attribute("aria-hidden", "true");
    let _ = frame.set_attribute("tabindex", "-1");
    let _ = frame.set_attribute(
        "style",
        "position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0",
    );
    frame.set_srcdoc(html);
    let Some(body) = doc.body() else { return false };
    let printed = frame.clone();
    let on_load = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(w) = printed.content_window() {
            let _ = w.print();
        }
        // Remove the frame once the dialog is done with it.
        let remove = wasm_bindgen::closure::Closure::once_into_js(move || printed.remove());
        let _ = dom::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(remove.unchecked_ref(), 60_000);
    });
    frame.set_onload(Some(on_load.unchecked_ref()));
    body.append_child(&frame).is_ok()
}

/// A button that has the documents module make a file and saves it (or,
/// for "print the card", prints it).
#[component]
fn FileButton(file: DocFile, label: Msg, primary: bool) -> impl IntoView {
    let state = expect_state();
    let phase = RwSignal::new(Phase::Idle);
    let print = label == Msg::DocsPrintCard;
    let click = move |_| {
        if matches!(phase.get_untracked(), Phase::Loading | Phase::Working) {
            return;
        }
        let Some(r) = request(state) else { return };
        phase.set(if docs_client::is_ready() {
            Phase::Working
        } else {
            Phase::Loading
        });
        let lang = r.lang;
        let name = file.file_name_for(lang, &r.facts, &r.today);
        let job = serde_json::to_string(&Job::Make { file }).unwrap_or_default();
        let req = serde_json::to_string(&r).unwrap_or_default();
        docs_client::run(&job, &req, move |outcome| match outcome {
            docs_client::Outcome::Done(bytes) => {
                let ok = if print {
                    print_html(&String::from_utf8_lossy(&bytes))
                } else {
                    offer_download(state, &name, file.mime(), &bytes)
                };
                phase.set(if ok { Phase::Saved } else { Phase::Idle });
            }
            docs_client::Outcome::Failed(_) => phase.set(Phase::Failed),
            docs_client::Outcome::ModuleFailed => phase.set(Phase::ModuleFailed),
            docs_client::Outcome::Progress(_) => {}
        });
    };
    let busy = move || matches!(phase.get(), Phase::Loading | Phase::Working);
    let code = file.code();
    let testid = if print {
        "print-card".to_string()
    } else {
        format!("download-{code}")
    };
    view! {
        <span class="docfile">
            <button
                type="button"
                class=if primary { "btn btn--primary" } else { "btn btn--secondary" }
                data-testid=testid.clone()
                aria-busy=move || busy().to_string()
                disabled=busy
                on:click=click
            >
                {move || if matches!(phase.get(), Phase::Failed | Phase::ModuleFailed) {
                    t(Msg::DocsRetry)()
                } else {
                    t(label)()
                }}
            </button>
            <span class="docfile__status" role="status" data-testid=format!("{testid}-status")>
                {move || match phase.get() {
                    Phase::Idle => None,
                    Phase::Loading => Some(view! { <span class="spinner" aria-hidden="true"></span> {t(Msg::DocsLoading)} }.into_any()),
                    Phase::Working => Some(view! { <span class="spinner" aria-hidden="true"></span> {t(Msg::DocsWorking)} }.into_any()),
                    Phase::Saved => (!print).then(|| view! { {t(Msg::DocsSaved)} }.into_any()),
                    Phase::Failed => Some(view! { <span class="error">{t(Msg::DocsFailed)}</span> }.into_any()),
                    Phase::ModuleFailed => Some(view! { <span class="error" data-testid="docs-module-failed">{t(Msg::DocsModuleFailed)}</span> }.into_any()),
                }}
            </span>
        </span>
    }
}

/// The organisation's details (the record's identification tab; the notice).
#[component]
fn OrgForm() -> impl IntoView {
    let state = expect_state();
    type Get = fn(&Documents) -> &String;
    type Set = fn(&mut Documents) -> &mut String;
    let fields: [(&'static str, Msg, Get, Set); 8] = [
        (
            "name",
            Msg::DocOrgName,
            |d| &d.organisation.name,
            |d| &mut d.organisation.name,
        ),
        (
            "enterprise",
            Msg::DocOrgEnterprise,
            |d| &d.organisation.enterprise_number,
            |d| &mut d.organisation.enterprise_number,
        ),
        (
            "address",
            Msg::DocOrgAddress,
            |d| &d.organisation.address,
            |d| &mut d.organisation.address,
        ),
        (
            "email",
            Msg::DocOrgEmail,
            |d| &d.organisation.email,
            |d| &mut d.organisation.email,
        ),
        (
            "phone",
            Msg::DocOrgPhone,
            |d| &d.organisation.phone,
            |d| &mut d.organisation.phone,
        ),
        (
            "website",
            Msg::DocOrgWebsite,
            |d| &d.organisation.website,
            |d| &mut d.organisation.website,
        ),
        (
            "privacy",
            Msg::DocOrgPrivacyContact,
            |d| &d.organisation.privacy_contact,
            |d| &mut d.organisation.privacy_contact,
        ),
        (
            "dpo",
            Msg::DocOrgDpo,
            |d| &d.organisation.dpo,
            |d| &mut d.organisation.dpo,
        ),
    ];
    // The name is the CheckUp's own (`profile.org_name`); a name kept for the
    // documents alone by an older version shows until it is typed over.
    let org_name = move || {
        state.assessment.with(|a| {
            a.answers
                .get("profile.org_name")
                .and_then(|v| v.one())
                .unwrap_or("")
                .to_string()
        })
    };
    view! {
        <section class="doc" aria-labelledby="doc-org-title" data-testid="doc-org">
            <h2 id="doc-org-title">{t(Msg::DocsOrgHeading)}</h2>
            <p class="muted">{t(Msg::DocsOrgIntro)}</p>
            <div class="edit">
                {fields.into_iter().map(|(code, label, get, set)| {
                    let id = format!("org-{code}");
                    let value = move || {
                        let v = state.assessment.with(|a| get(&a.documents).clone());
                        if code == "name" && v.is_empty() { org_name() } else { v }
                    };
                    // A typed enterprise number that fails its check digits is
                    // said at once; an e-mail address that looks mistyped once
                    // the field is left (not while it is being typed). Both
                    // are kept as typed.
                    let error_id = format!("{id}-error");
                    let left = RwSignal::new(!value().trim().is_empty());
                    let problem = move || {
                        state.assessment.with(|a| {
                            let o = &a.documents.organisation;
                            match code {
                                "enterprise" => documents::enterprise_number_problem(&o.enterprise_number)
                                    .then_some(Msg::DocOrgEnterpriseInvalid),
                                "email" => (left.get() && documents::email_problem(&o.email))
                                    .then_some(Msg::DocOrgEmailInvalid),
                                _ => None,
                            }
                        })
                    };
                    let wrong = move || problem().is_some();
                    // The phone's keyboard for the kind of field.
                    let inputmode = match code {
                        "email" => Some("email"),
                        "phone" => Some("tel"),
                        "website" => Some("url"),
                        _ => None,
                    };
                    view! {
                        <div class="edit__field">
                            <label for=id.clone()>{t(label)}</label>
                            <input class="field" type="text" id=id.clone() maxlength="200"
                                data-testid=id.clone() inputmode=inputmode
                                on:change=move |_| left.set(true)
                                aria-invalid=move || wrong().then_some("true")
                                aria-describedby={
                                    let error_id = error_id.clone();
                                    move || wrong().then(|| error_id.clone())
                                }
                                prop:value=value
                                on:input=move |ev| {
                                    let v = event_target_value(&ev);
                                    if code == "name" {
                                        // One name everywhere: the CheckUp's own answer,
                                        // which the report, the PDF and the file names use.
                                        edit(state, |d| set(d).clear());
                                        state.answer("profile.org_name", (!v.trim().is_empty()).then_some(Answer::One(v)));
                                    } else {
                                        edit(state, |d| *set(d) = v);
                                    }
                                }/>
                            {move || problem().map(|msg| view! {
                                <p class="field__error" id=error_id.clone() data-testid=error_id.clone()>
                                    {t(msg)}
                                </p>
                            })}
                        </div>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}

/// The organisation's own numbers on the incident card.
#[component]
fn ContactsForm() -> impl IntoView {
    let state = expect_state();
    type Pick = fn(&mut Documents) -> &mut crate::domain::documents::Contact;
    type Read = fn(&Documents) -> &crate::domain::documents::Contact;
    let people: [(&'static str, Msg, Read, Pick); 4] = [
        (
            "decider",
            Msg::DocContactDecider,
            |d| &d.contacts.decider,
            |d| &mut d.contacts.decider,
        ),
        (
            "it",
            Msg::DocContactIt,
            |d| &d.contacts.it,
            |d| &mut d.contacts.it,
        ),
        (
            "bank",
            Msg::DocContactBank,
            |d| &d.contacts.bank,
            |d| &mut d.contacts.bank,
        ),
        (
            "insurer",
            Msg::DocContactInsurer,
            |d| &d.contacts.insurer,
            |d| &mut d.contacts.insurer,
        ),
    ];
    view! {
        <h3 class="h4">{t(Msg::DocsContactsHeading)}</h3>
        <p class="muted">{t(Msg::DocsContactsIntro)}</p>
        {people.into_iter().map(|(code, label, read, pick)| {
            let (name_id, phone_id) = (format!("contact-{code}-name"), format!("contact-{code}-phone"));
            view! {
                <fieldset class="docrow docrow--contact">
                    <legend>{t(label)}</legend>
                    <div class="edit">
                        <div class="edit__field">
                            <label for=name_id.clone()>{t(Msg::DocContactName)}</label>
                            <input class="field" type="text" id=name_id.clone() maxlength="120" data-testid=name_id.clone()
                                prop:value=move || state.assessment.with(|a| read(&a.documents).name.clone())
                                on:input=move |ev| { let v = event_target_value(&ev); edit(state, |d| pick(d).name = v) }/>
                        </div>
                        <div class="edit__field">
                            <label for=phone_id.clone()>{t(Msg::DocContactPhone)}</label>
                            <input class="field" type="tel" id=phone_id.clone() maxlength="40" data-testid=phone_id.clone()
                                prop:value=move || state.assessment.with(|a| read(&a.documents).phone.clone())
                                on:input=move |ev| { let v = event_target_value(&ev); edit(state, |d| pick(d).phone = v) }/>
                        </div>
                    </div>
                </fieldset>
            }
        }).collect_view()}
    }
}

/// The rows shown: the person's record, or the proposal until the first change.
fn record_rows(state: AppState, proposal: RwSignal<Option<Proposal>>) -> Option<Vec<RecordRow>> {
    state
        .assessment
        .with(|a| a.documents.record.clone())
        .or_else(|| proposal.with(|p| p.as_ref().map(|p| p.record.clone())))
}

/// Changes the record; the first change makes the proposal the person's record.
fn edit_record(
    state: AppState,
    proposal: RwSignal<Option<Proposal>>,
    f: impl FnOnce(&mut Vec<RecordRow>),
) {
    let proposed = proposal.with_untracked(|p| p.as_ref().map(|p| p.record.clone()));
    edit(state, |d| {
        let rows = d.record.get_or_insert_with(|| proposed.unwrap_or_default());
        f(rows);
    });
}

/// Says what changed, with "undo" (the assessment as it was before).
fn notice_with_undo(
    state: AppState,
    before: Arc<crate::domain::assessment::Assessment>,
    text: impl Into<NoticeText>,
) {
    state.notice.set(Some(Notice {
        undo: Some(before),
        ..Notice::info(text)
    }));
}

#[component]
fn RecordEditor(proposal: RwSignal<Option<Proposal>>) -> impl IntoView {
    let state = expect_state();
    let rows = Memo::new(move |_| record_rows(state, proposal));
    let edited = move || state.assessment.with(|a| a.documents.record.is_some());
    let count = Memo::new(move |_| {
        rows.with(|r| {
            r.as_ref().map_or(0, |r| {
                r.iter()
                    .map(|row| {
                        RecordColumn::ALL
                            .iter()
                            .filter(|c| c.required() && needs_input(c.get(row)))
                            .count()
                    })
                    .sum::<usize>()
            })
        })
    });
    // Proposed rows (by kind) that the person's record does not have.
    let missing = Memo::new(move |_| {
        let Some(mine) = state.assessment.with(|a| a.documents.record.clone()) else {
            return vec![];
        };
        proposal.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.record
                        .iter()
                        .filter(|r| !mine.iter().any(|m| m.kind == r.kind))
                        .cloned()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let add = move |_| {
        edit_record(state, proposal, |rows| rows.push(RecordRow::own()));
        let n = rows.with_untracked(|r| r.as_ref().map_or(0, Vec::len));
        dom::focus_id(&format!("record-{}-name", n.saturating_sub(1)));
    };
    let reset = move |_| {
        let before = Arc::new(state.assessment.get_untracked());
        edit(state, |d| d.record = None);
        notice_with_undo(state, before, Msg::DocsResetDone);
    };
    let indices = move || (0..rows.with(|r| r.as_ref().map_or(0, Vec::len))).collect::<Vec<_>>();
    view! {
        <p class="muted" data-testid="record-status">
            {move || if edited() { t(Msg::DocsRecordEdited)() } else { t(Msg::DocsRecordProposed)() }}
        </p>
        <p class="muted">{t(Msg::DocsRequiredNote)}</p>
        {move || rows.with(|r| r.is_none()).then(|| view! {
            <p role="status"><span class="spinner" aria-hidden="true"></span> {t(Msg::DocsRecordLoading)}</p>
        })}
        <p role="status" data-testid="record-todo">
            {tf(Msg::DocsToCompleteCount, move || vec![("count", count.get().to_string())])}
        </p>
        {move || {
            let m = missing.get();
            (!m.is_empty()).then(|| {
                let names = m.iter().map(|r| r.name.clone()).collect::<Vec<_>>().join(", ");
                view! {
                    <div class="alert" data-testid="record-missing">
                        <p>{move || Msg::DocsAlsoProposed.fill(state.lang.get(), &[("names", &names)])}</p>
                        <button type="button" class="btn btn--secondary" data-testid="record-add-proposed"
                            on:click=move |_| {
                                let m = missing.get_untracked();
                                edit_record(state, proposal, |rows| rows.extend(m));
                            }>
                            {t(Msg::DocsAddProposed)}
                        </button>
                    </div>
                }
            })
        }}
        {move || rows.with(|r| r.as_ref().is_some_and(Vec::is_empty)).then(|| view! {
            <p>{t(Msg::DocsRecordEmpty)}</p>
        })}
        <ol class="docrows">
            <For each=indices key=|i| *i let:i>
                <RecordRowEditor i=i rows=rows proposal=proposal/>
            </For>
        </ol>
        <div class="actions">
            <button type="button" class="btn btn--secondary" data-testid="record-add" on:click=add>
                {t(Msg::DocsAddRow)}
            </button>
            {move || edited().then(|| view! {
                <button type="button" class="btn btn--quiet" data-testid="record-reset" on:click=reset>
                    {t(Msg::DocsReset)}
                </button>
            })}
        </div>
    }
}

#[component]
fn RecordRowEditor(
    i: usize,
    rows: Memo<Option<Vec<RecordRow>>>,
    proposal: RwSignal<Option<Proposal>>,
) -> impl IntoView {
    let state = expect_state();
    let name = move || {
        rows.with(|r| {
            r.as_ref()
                .and_then(|r| r.get(i))
                .map(|row| row.name.trim().to_string())
                .filter(|n| !n.is_empty())
        })
        .unwrap_or_else(|| t(Msg::DocsUntitled)())
    };
    let remove = move |_| {
        let before = Arc::new(state.assessment.get_untracked());
        let gone = name();
        edit_record(state, proposal, |rows| {
            if i < rows.len() {
                rows.remove(i);
            }
        });
        dom::focus_id("record-add");
        notice_with_undo(
            state,
            before,
            NoticeText::new(move |l| Msg::DocsRowRemoved.fill(l, &[("name", &gone)])),
        );
    };
    view! {
        <li class="docrow" data-testid=format!("record-row-{i}")>
            <fieldset>
                <legend><span class="docrow__no">{i + 1}". "</span>{name}</legend>
                <div class="edit">
                    {RecordColumn::ALL.into_iter().map(|col| {
                        let id = format!("record-{i}-{}", col.code());
                        let hint = format!("{id}-src");
                        let value = move || rows.with(|r| {
                            r.as_ref().and_then(|r| r.get(i)).map(|row| col.get(row).to_string()).unwrap_or_default()
                        });
                        let todo = move || col.required() && needs_input(&value());
                        let on_input = move |ev| {
                            let v = event_target_value(&ev);
                            edit_record(state, proposal, |rows| {
                                if let Some(row) = rows.get_mut(i) {
                                    col.set(row, v);
                                }
                            });
                        };
                        let label = move || {
                            let l = col.label(state.lang.get());
                            if col.required() { format!("{l} *") } else { l }
                        };
                        let source = move || col.source(state.lang.get());
                        if col == RecordColumn::Name {
                            view! {
                                <div class="edit__field edit__field--wide">
                                    <label for=id.clone()>{label}</label>
                                    <span class="docrow__src" id=hint.clone()>{source}</span>
                                    <input class="field" type="text" id=id.clone() maxlength="200"
                                        data-testid=id.clone() aria-describedby=hint.clone()
                                        prop:value=value on:input=on_input/>
                                </div>
                            }.into_any()
                        } else {
                            view! {
                                <div class="edit__field">
                                    <label for=id.clone()>{label}</label>
                                    <span class="docrow__src" id=hint.clone()>{source}</span>
                                    <textarea class="field" class:field--todo=todo id=id.clone() rows="4" maxlength="4000"
                                        data-testid=id.clone() aria-describedby=hint.clone()
                                        prop:value=value on:input=on_input></textarea>
                                </div>
                            }.into_any()
                        }
                    }).collect_view()}
                </div>
                <button type="button" class="btn btn--quiet" data-testid=format!("record-remove-{i}") on:click=remove>
                    {move || Msg::DocsRemoveRow.fill(state.lang.get(), &[("name", &name())])}
                </button>
            </fieldset>
        </li>
    }
}

/// A change to the processor record.
type ProcessorEdit = Box<dyn FnOnce(&mut Vec<ProcessorRow>)>;

/// The processor record (Art. 30(2)), edited like the record.
#[component]
fn ProcessorEditor(proposal: RwSignal<Option<Proposal>>) -> impl IntoView {
    let state = expect_state();
    let rows = Memo::new(move |_| {
        state
            .assessment
            .with(|a| a.documents.processor_record.clone())
            .or_else(|| proposal.with(|p| p.as_ref().map(|p| p.processor_record.clone())))
            .unwrap_or_default()
    });
    let change = move |f: ProcessorEdit| {
        let proposed = proposal
            .with_untracked(|p| p.as_ref().map(|p| p.processor_record.clone()))
            .unwrap_or_default();
        edit(state, |d| f(d.processor_record.get_or_insert(proposed)));
    };
    let indices = move || (0..rows.with(Vec::len)).collect::<Vec<_>>();
    view! {
        <h3 class="h4" id="doc-processor-title">{t(Msg::DocsProcessorHeading)}</h3>
        <p class="muted">{t(Msg::DocsProcessorIntro)}</p>
        <ol class="docrows">
            <For each=indices key=|i| *i let:i>
                <li class="docrow" data-testid=format!("processor-row-{i}")>
                    <fieldset>
                        <legend><span class="docrow__no">{i + 1}". "</span>{t(Msg::DocColController)}</legend>
                        <div class="edit">
                            {ProcessorColumn::ALL.into_iter().map(|col| {
                                let id = format!("processor-{i}-{}", col.code());
                                let hint = format!("{id}-src");
                                let value = move || rows.with(|r| r.get(i).map(|row| col.get(row).to_string()).unwrap_or_default());
                                view! {
                                    <div class="edit__field">
                                        <label for=id.clone()>{move || format!("{} *", col.label(state.lang.get()))}</label>
                                        <span class="docrow__src" id=hint.clone()>{move || col.source(state.lang.get())}</span>
                                        <textarea class="field" class:field--todo=move || needs_input(&value()) id=id.clone() rows="3" maxlength="4000"
                                            data-testid=id.clone() aria-describedby=hint.clone()
                                            prop:value=value
                                            on:input=move |ev| {
                                                let v = event_target_value(&ev);
                                                change(Box::new(move |rows| if let Some(row) = rows.get_mut(i) { col.set(row, v) }));
                                            }></textarea>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                        <button type="button" class="btn btn--quiet" data-testid=format!("processor-remove-{i}")
                            on:click=move |_| {
                                let before = Arc::new(state.assessment.get_untracked());
                                change(Box::new(move |rows| if i < rows.len() { rows.remove(i); }));
                                notice_with_undo(state, before, NoticeText::new(|l| Msg::DocsRowRemoved.fill(l, &[("name", &Msg::DocColController.get(l))])));
                            }>
                            {move || Msg::DocsRemoveRow.fill(state.lang.get(), &[("name", &format!("{}", i + 1))])}
                        </button>
                    </fieldset>
                </li>
            </For>
        </ol>
        <div class="actions">
            <button type="button" class="btn btn--secondary" data-testid="processor-add"
                on:click=move |_| change(Box::new(|rows| rows.push(ProcessorRow::own())))>
                {t(Msg::DocsAddProcessorRow)}
            </button>
        </div>
    }
}
