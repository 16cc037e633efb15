//! The app frame: skip link, header with the language switch, banners,
//! the current page, footer.

use leptos::prelude::*;

use crate::domain::Msg;
use crate::domain::assessment::Assessment;
use crate::domain::nav::Page;

use super::dom;
use super::pages;
use super::state::{self, AppState, Packs, Saving, expect_state};
use super::storage::StorageFault;
use super::strings::t;
use super::widgets::files::{ExportButton, offer_download};
use super::widgets::lang_switch::LangSwitch;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    state::sync_document(state);
    state::follow_hash(state);
    state::persist_assessment(state);
    state::migrate_on_load(state);
    state::follow_other_tabs(state);
    super::config::load(state);
    super::embed::install(state);
    // The federation's colours, checked for contrast when the config was read.
    Effect::new(move |_| {
        if let Some((brand, on_brand)) = state.config.get().colours.clone() {
            dom::set_css_var("--brand", &brand);
            dom::set_css_var("--on-brand", &on_brand);
        }
    });
    // The app is interactive once its packs are in (read by the benchmark);
    // then the offline copy is made, in the background, so it does not
    // compete with what the first question needs.
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) || !matches!(state.packs.get(), Packs::Ready(_)) {
            return done.unwrap_or(false);
        }
        dom::mark("checkup-app-ready");
        super::offline::install(state.update_ready);
        true
    });
    // The PDF module is fetched when the results or the plan are shown (a
    // PDF is likely then), never ahead of need on a connection that asks
    // to save data; a click on "PDF" always fetches it.
    Effect::new(move |_| {
        if matches!(state.route.get().page, Page::Results | Page::Plan) && !dom::save_data() {
            super::pdf_client::prefetch();
        }
    });
    // Mounted behind the first screen's first section, but the person went
    // elsewhere there (back to the start page), or the packs failed: the
    // app takes over at once, the focus on the same button.
    Effect::new(move |_| {
        let packs = state.packs.get();
        let begin = matches!(state.route.get().page, Page::Begin(_));
        if matches!(packs, Packs::Failed(_)) || (matches!(packs, Packs::Ready(_)) && !begin) {
            let focus = dom::first_screen_focus();
            if dom::take_over(|| {})
                && let Some(t) = focus
            {
                dom::focus_testid_when_ready(t);
            }
        }
    });
    // "Start" clicked on the first screen: a new CheckUp at the chosen depth
    // (work in progress keeps its own), at the first open section once the
    // packs are in.
    Effect::new(move |_| {
        let Page::Begin(depth) = state.route.get().page else {
            return;
        };
        let (Some(c), Some(_)) = (state.catalog(), state.evaluation.get()) else {
            return;
        };
        // Answers given on the first screen: the app opens where they were
        // given (at the question with the focus), or at the next section
        // when "Next" was clicked there.
        if let Some(handoff) = state.take_first_answers() {
            let page = if handoff.next {
                state
                    .evaluation
                    .get_untracked()
                    .and_then(|ev| {
                        let walk = ev.walk(&c);
                        let i = walk
                            .iter()
                            .position(|&(p, s)| c.packs[p].sections[s].id == handoff.section)?;
                        Some(match walk.get(i + 1) {
                            Some(&(p, s)) => Page::Section(c.packs[p].sections[s].id.clone()),
                            None => Page::Review,
                        })
                    })
                    .unwrap_or(Page::Section(handoff.section.clone()))
            } else {
                Page::Section(handoff.section.clone())
            };
            let focus = (!handoff.next).then(dom::first_screen_question).flatten();
            state.replace_route(crate::domain::nav::Route {
                lang: Some(state.lang.get_untracked()),
                page,
                focus,
                part: None,
            });
            if handoff.next {
                dom::take_over_to_new_page(move || {
                    state.take_first_answers();
                });
                return;
            }
            // Whatever the page, the first screen goes: the section page
            // takes over as soon as it shows, or else this does, a moment
            // later.
            dom::after(1000, move || {
                dom::take_over(move || {
                    state.take_first_answers();
                });
            });
            return;
        }
        if let Some(d) = depth
            && !state.assessment.with_untracked(Assessment::has_work)
        {
            state.set_depth(d);
        }
        if let Some(ev) = state.evaluation.get_untracked() {
            let page = state.assessment.with_untracked(|a| ev.resume_page(&c, a));
            state.replace_page(page);
        }
    });

    view! {
        <button type="button" class="skip" on:click=move |_| dom::focus_id("main")>
            {t(Msg::SkipToContent)}
        </button>
        <header class="top">
            <div class="top__inner">
                <Brand/>
                <LangSwitch/>
            </div>
        </header>
        <Banners/>
        <main
            id="main"
            tabindex="-1"
            data-testid="main"
            data-app="full"
            data-packs=move || match state.packs.get() {
                Packs::Loading => "loading",
                Packs::Ready(_) => "ready",
                Packs::Failed(_) => "failed",
            }
        >
            {move || match state.packs.get() {
                Packs::Failed(msg) => view! { <p class="alert alert--error" role="alert">{msg}</p> }.into_any(),
                _ => match state.route.get().page {
                    Page::Start | Page::Begin(_) => view! { <pages::start::StartPage/> }.into_any(),
                    Page::Section(id) => view! { <pages::section::SectionPage id=id/> }.into_any(),
                    Page::Review => view! { <pages::review::ReviewPage/> }.into_any(),
                    Page::Results => view! { <pages::results::ResultsPage/> }.into_any(),
                    Page::Plan => view! { <pages::plan::PlanPage/> }.into_any(),
                    Page::Documents => view! { <pages::documents::DocumentsPage/> }.into_any(),
                    Page::About => view! { <pages::about::AboutPage/> }.into_any(),
                },
            }}
        </main>
        <Footer/>
    }
}

#[component]
fn Brand() -> impl IntoView {
    let state = expect_state();
    let lang = state.lang;
    view! {
        <a class="brand" href=move || format!("#/{}/start", lang.get().code()) data-testid="brand">
            {move || {
                let c = state.config.get();
                c.logo.clone().map(|src| view! { <img class="brand__logo" src=src alt="" /> })
            }}
            <span class="brand__name">{t(Msg::AppName)}</span>
            {move || {
                state.config.get().name.clone().map(|n| view! { <span class="brand__by" data-testid="brand-name">{n}</span> })
            }}
        </a>
    }
}

/// Storage faults, rescued data, problems for the site owner, and notices with undo.
#[component]
fn Banners() -> impl IntoView {
    let state = expect_state();
    view! {
        <div class="banners">
            {move || match state.saving.get() {
                Saving::Ok => None,
                Saving::Fault(f) => {
                    let msg = match f {
                        StorageFault::Blocked => Msg::StorageBlocked,
                        StorageFault::Full => Msg::StorageFull,
                        StorageFault::Corrupt => Msg::StorageCorrupt,
                    };
                    Some(view! {
                        <div class="alert alert--warn" role="alert" data-testid="storage-banner">
                            <p>{t(msg)}</p>
                            <ExportButton/>
                        </div>
                    })
                }
            }}
            <NewerBanner/>
            <FrameBanner/>
            {move || state.update_ready.get().then(|| view! {
                <div class="alert" role="status" data-testid="update-banner">
                    <p>{t(Msg::UpdateReady)}</p>
                    <button type="button" class="btn btn--primary" on:click=|_| super::offline::apply_update()>
                        {t(Msg::Reload)}
                    </button>
                </div>
            })}
            <HeldBanner/>
            {move || state.recovered.get().then(|| view! {
                <div class="alert alert--warn" role="alert" data-testid="recovered-banner">
                    <p>{t(Msg::StorageRecovered)}</p>
                    <button type="button" class="btn btn--quiet" on:click=move |_| state.recovered.set(false)>
                        {t(Msg::Dismiss)}
                    </button>
                </div>
            })}
            {move || {
                let problems = state.setup_problems.get();
                (!problems.is_empty()).then(|| view! {
                    <details class="alert alert--setup" data-testid="setup-problems">
                        <summary>{t(Msg::SetupProblems)}</summary>
                        <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </details>
                })
            }}
            {move || state.notice.get().map(|n| {
                let undo = n.undo.clone();
                let kept = n.kept;
                let file = n.offer_file.then(|| n.undo.clone()).flatten();
                view! {
                    <div
                        class="alert"
                        class:alert--error=n.error
                        role=if n.error { "alert" } else { "status" }
                        data-testid="notice"
                    >
                        <p>{move || n.text.get(state.lang.get())}</p>
                        {undo.map(|prev| view! {
                            <button
                                type="button"
                                class="btn btn--secondary"
                                data-testid="undo"
                                on:click=move |_| state.undo(prev.clone())
                            >
                                {t(Msg::Undo)}
                            </button>
                        })}
                        {file.map(|prev| view! {
                            <button
                                type="button"
                                class="btn btn--secondary"
                                data-testid="save-replaced"
                                on:click=move |_| {
                                    let text = crate::domain::transfer::export(&prev);
                                    let name = format!("checkup-{}.json", dom::today_iso());
                                    offer_download(state, &name, "application/json", text.as_bytes());
                                }
                            >
                                {t(Msg::SaveReplacedWork)}
                            </button>
                        })}
                        {kept.then(|| view! {
                            <button
                                type="button"
                                class="btn btn--quiet"
                                data-testid="forget-backup"
                                on:click=move |_| state.forget_backup()
                            >
                                {t(Msg::KeepNewWork)}
                            </button>
                        })}
                        <button type="button" class="btn btn--quiet" on:click=move |_| state.notice.set(None)>
                            {t(Msg::Dismiss)}
                        </button>
                    </div>
                }
            })}
        </div>
    }
}

/// Damaged saved data of which no copy could be kept aside: it stays in
/// storage as it is, and nothing is saved over it until the person saves it
/// as a file or chooses to go on without it.
#[component]
fn HeldBanner() -> impl IntoView {
    let state = expect_state();
    move || {
        state.held.get().map(|raw| {
            let save_copy = move |_| {
                let name = format!("checkup-damaged-{}.json", dom::today_iso());
                if offer_download(state, &name, "application/json", raw.as_bytes()) {
                    state.release_held();
                }
            };
            view! {
                <div class="alert alert--error" role="alert" data-testid="held-banner">
                    <p>{t(Msg::DamagedHeld)}</p>
                    <button type="button" class="btn btn--primary" data-testid="save-damaged" on:click=save_copy>
                        {t(Msg::SaveDamagedCopy)}
                    </button>
                    <button type="button" class="btn btn--quiet" data-testid="release-damaged" on:click=move |_| state.release_held()>
                        {t(Msg::GoOnWithoutDamaged)}
                    </button>
                </div>
            }
        })
    }
}

/// Data saved by a newer CheckUp: this version shows it but does not write
/// over it, and offers to save it, exactly as it is, as a file.
#[component]
fn NewerBanner() -> impl IntoView {
    let state = expect_state();
    move || {
        state.newer.get().map(|n| {
            let lang = state.lang.get();
            let what = match n.format {
                Some(v) => Msg::NewerFormat.fill(lang, &[("version", &v.to_string())]),
                None => {
                    let packs = match state.catalog() {
                        Some(c) => crate::domain::transfer::pack_versions(&n.packs, &c, lang),
                        None => n.packs.iter().map(|p| format!("{} {}", p.pack, p.file)).collect::<Vec<_>>().join("; "),
                    };
                    Msg::NewerPacks.fill(lang, &[("packs", &packs)])
                }
            };
            let raw = n.raw.clone();
            let save_copy = move |_| {
                let name = format!("checkup-copy-{}.json", dom::today_iso());
                offer_download(state, &name, "application/json", raw.as_bytes());
            };
            // Newer questions (not a newer file format, whose fields this
            // version would drop): the person may go on here instead.
            let questions_only = n.format.is_none();
            let go_on = move |_| {
                let Some(c) = state.catalog() else { return };
                let mut a = crate::domain::transfer::adopt(state.assessment.get_untracked(), &c);
                a.lang = state.lang.get_untracked();
                state.newer.set(None);
                state.assessment.set(a);
                state.save_now();
                state.notice.set(Some(state::Notice::info(Msg::NewerAdopted)));
            };
            view! {
                <div class="alert alert--warn" role="alert" data-testid="newer-banner">
                    <p>{what} " " {t(Msg::NewerNotWritten)}</p>
                    {questions_only.then(|| view! { <p data-testid="newer-go-on-text">{t(Msg::NewerGoOnText)}</p> })}
                    <button type="button" class="btn btn--primary" data-testid="save-newer-copy" on:click=save_copy>
                        {t(Msg::SaveCopy)}
                    </button>
                    {questions_only.then(|| view! {
                        <button type="button" class="btn btn--secondary" data-testid="newer-go-on" on:click=go_on>
                            {t(Msg::NewerGoOn)}
                        </button>
                    })}
                    <button type="button" class="btn btn--quiet" on:click=|_| { let _ = dom::window().location().reload(); }>
                        {t(Msg::Reload)}
                    </button>
                </div>
            }
        })
    }
}

/// In a restricted frame: what does not work here, and how to get it all.
#[component]
fn FrameBanner() -> impl IntoView {
    let state = expect_state();
    let frame = super::embed::frame();
    let offline = super::offline::supported();
    let storage_ok = super::storage::available();
    let show = frame.in_frame && (frame.sandboxed || !offline || !storage_ok);
    show.then(|| {
        let url = dom::window().location().href().unwrap_or_default();
        let url2 = url.clone();
        let lines = move || {
            let lang = state.lang.get();
            let mut out = vec![];
            if !storage_ok {
                out.push(Msg::FrameNoStorage.get(lang));
            }
            if !offline {
                out.push(Msg::FrameNoOffline.get(lang));
            }
            if frame.sandboxed {
                out.push(Msg::FrameNoDownloads.get(lang));
            }
            out.into_iter()
                .map(|l| view! { <li>{l}</li> })
                .collect_view()
        };
        view! {
            <div class="alert alert--warn" role="status" data-testid="frame-banner">
                <p>{t(Msg::FrameRestricted)}</p>
                <ul>{lines}</ul>
                <p>
                    {t(Msg::FrameOwnTab)} " "
                    <a href=url target="_blank" rel="noopener" data-testid="frame-own-tab">{url2}</a>
                </p>
            </div>
        }
    })
}

#[component]
fn Footer() -> impl IntoView {
    let state = expect_state();
    let lang = state.lang;
    view! {
        <footer class="foot">
            <div class="foot__inner">
                <p>{t(Msg::FooterDisclaimer)}</p>
                <p>
                    <a href=move || format!("#/{}/about", lang.get().code()) data-testid="about-link">
                        {t(Msg::FooterAbout)}
                    </a>
                    {move || {
                        let c = state.config.get();
                        c.helpdesk_text(lang.get()).zip(c.helpdesk_url.clone()).map(|(text, url)| view! {
                            " · "
                            <a href=url rel="noopener" data-testid="helpdesk-link">{text}</a>
                        })
                    }}
                </p>
            </div>
        </footer>
    }
}
