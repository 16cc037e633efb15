//! The first screen: a small module that shows the start page at once (in the
//! chosen language, with the language switch working), then loads the full
//! app in the background and hands over to it. The full app is a separate
//! wasm module (`checkup.js` and `checkup_bg.wasm`, built without file hashes
//! so this module can find it); it replaces this screen when it starts.
//!
//! Nothing here parses data or reads the question packs, and its texts are a
//! small table compiled in from `locales/<lang>/start.ftl` ([`StartText`]),
//! not the Fluent runtime: this module stays small so the first screen is
//! quick on any connection. While the full app loads, what it needs before
//! the first question (the active language's strings, the configuration and
//! that language's question packs) is fetched beside it (preloads), so the
//! app can start at once.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::domain::Lang;
use crate::domain::assessment::Depth;
use crate::domain::i18n::StartText;
use crate::domain::nav::{Page, Route};

/// The full app's script and module, beside `index.html`.
const APP_SCRIPT: &str = "./checkup.js";
const APP_MODULE: &str = "./checkup_bg.wasm";

// The app's script declares a global `wasm_bindgen` (a script-level binding,
// not a property of `window`): a module snippet can call it by name.
#[wasm_bindgen(
    inline_js = "export function init_app(path) { return wasm_bindgen({ module_or_path: path }); }"
)]
extern "C" {
    fn init_app(path: &str) -> js_sys::Promise;
}

fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

fn storage_get(key: &str) -> Option<String> {
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}

/// The language: from the address, else the one chosen before, else the browser's.
fn initial_lang(route: &Route) -> Lang {
    route
        .lang
        .or_else(|| storage_get("checkup.lang").and_then(|c| Lang::from_code(&c)))
        .or_else(|| {
            let nav = window().navigator();
            nav.languages()
                .iter()
                .filter_map(|v| v.as_string())
                .find_map(|c| Lang::from_code(&c))
        })
        .unwrap_or_default()
}

fn focus_main() {
    if let Some(el) = window()
        .document()
        .and_then(|d| d.get_element_by_id("main"))
    {
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Shows the first screen and starts loading the full app.
pub fn start() {
    leptos::mount::mount_to_body(FirstScreen);
}

/// Adds the full app's script; when it has loaded, starts the app. What the
/// app needs before the first question (the texts of `lang`, the
/// configuration and the built-in packs in `lang`) loads beside it.
fn load_app(lang: Lang) {
    let Some(doc) = window().document() else {
        return;
    };
    let code = lang.code();
    let wanted = [
        format!("locales/{code}.ftl"),
        crate::domain::config::FILE.to_string(),
    ]
    .into_iter()
    .chain(
        crate::domain::packs::DEFAULT_FILES
            .iter()
            .map(|f| format!("questions/{code}/{f}")),
    );
    for href in wanted {
        if let (Ok(link), Some(head)) = (doc.create_element("link"), doc.head()) {
            let _ = link.set_attribute("rel", "preload");
            let _ = link.set_attribute("as", "fetch");
            let _ = link.set_attribute("crossorigin", "anonymous");
            let _ = link.set_attribute("href", &href);
            let _ = head.append_child(&link);
        }
    }
    let Ok(script) = doc.create_element("script") else {
        return;
    };
    let _ = script.set_attribute("src", APP_SCRIPT);
    let on_load = Closure::once_into_js(|| {
        let _ = init_app(APP_MODULE);
    });
    let _ = js_sys::Reflect::set(&script, &"onload".into(), &on_load);
    if let Some(head) = doc.head() {
        let _ = head.append_child(&script);
    }
}

/// The four language buttons: short codes in the header, full names on the page.
fn lang_buttons(
    lang: RwSignal<Lang>,
    set_lang: impl Fn(Lang) + Copy + 'static,
    large: bool,
) -> impl IntoView {
    Lang::ALL
        .into_iter()
        .map(|l| {
            let label = if large {
                view! { <span>{l.native_name()}</span> }.into_any()
            } else {
                view! {
                    <span aria-hidden="true">{l.code().to_uppercase()}</span>
                    <span class="sr-only">{l.native_name()}</span>
                }
                .into_any()
            };
            view! {
                <button
                    type="button"
                    class="langs__btn"
                    lang=l.code()
                    aria-pressed=move || (lang.get() == l).to_string()
                    data-testid=(!large).then(|| format!("lang-{}", l.code()))
                    on:click=move |_| set_lang(l)
                >
                    {label}
                </button>
            }
        })
        .collect_view()
}

#[component]
fn FirstScreen() -> impl IntoView {
    let hash = window().location().hash().unwrap_or_default();
    // Without an address, the app resumes where the person was: show no start page then.
    let route = match storage_get("checkup.route") {
        Some(saved) if Route::parse(&hash) == Route::default() => Route::parse(&saved),
        _ => Route::parse(&hash),
    };
    let lang = RwSignal::new(initial_lang(&route));
    let on_start = matches!(route.page, Page::Start);
    let waiting = RwSignal::new(false);
    let saved = storage_get("checkup.assessment").is_some();

    Effect::new(move |_| {
        let l = lang.get();
        if let Some(root) = window().document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", l.code());
        }
        if let Some(d) = window().document() {
            d.set_title(&format!(
                "{} – {}",
                StartText::TitleStart.get(l),
                StartText::AppName.get(l)
            ));
        }
    });
    // Effects run after the first render: the first screen is interactive now;
    // fetch the full app next.
    Effect::new(move |_| {
        if let Some(p) = window().performance() {
            let _ = p.mark("checkup-interactive");
        }
        load_app(lang.get_untracked());
    });
    let set_lang = move |l: Lang| {
        lang.set(l);
        if let Ok(Some(s)) = window().local_storage() {
            let _ = s.set_item("checkup.lang", l.code());
        }
        let r = Route {
            lang: Some(l),
            ..Route::parse(&window().location().hash().unwrap_or_default())
        };
        if let Ok(h) = window().history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&r.to_hash()));
        }
    };
    // Starting before the full app is there: the app picks up "begin" (and
    // the depth chosen) from the address.
    let begin = move |depth: Option<Depth>| {
        waiting.set(true);
        let _ = window()
            .location()
            .set_hash(&Route::new(lang.get_untracked(), Page::Begin(depth)).to_hash());
    };
    let t = move |m: StartText| move || m.get(lang.get());
    let status = move || {
        waiting.get().then(|| view! { <span class="spinner" aria-hidden="true"></span> " " {t(StartText::Loading)} })
    };

    view! {
        <button type="button" class="skip" on:click=|_| focus_main()>{t(StartText::SkipToContent)}</button>
        <header class="top">
            <div class="top__inner">
                <a class="brand" href="#/"><span class="brand__name">{t(StartText::AppName)}</span></a>
                <div class="langs" role="group" aria-label=t(StartText::LanguageLabel) data-testid="lang-switch">
                    {lang_buttons(lang, set_lang, false)}
                </div>
            </div>
        </header>
        <main id="main" tabindex="-1" data-testid="main" data-app="first">
            {if on_start {
                view! {
                    <section class="start" aria-labelledby="page-title">
                        <h1 id="page-title" tabindex="-1" data-testid="start-title">{t(StartText::AppTagline)}</h1>
                        <p class="lead">{t(StartText::StartLead)}</p>
                        <ul class="facts">
                            <li>{t(StartText::StartNotAudit)}</li>
                            <li>{t(StartText::StartTime)}</li>
                            <li>{t(StartText::StartPrivacy)}</li>
                        </ul>
                        <h2 class="h3">{t(StartText::ChooseLanguage)}</h2>
                        <div class="langs langs--large" role="group" aria-label=t(StartText::LanguageLabel)>
                            {lang_buttons(lang, set_lang, true)}
                        </div>
                        {if saved {
                            view! {
                                <div class="actions">
                                    <button type="button" class="btn btn--primary" disabled=move || waiting.get() on:click=move |_| begin(None)>
                                        {t(StartText::Resume)}
                                    </button>
                                    <span role="status">{status}</span>
                                </div>
                            }
                                .into_any()
                        } else {
                            view! {
                                <h2 class="h3">{t(StartText::StartChoose)}</h2>
                                <div class="depths">
                                    <div class="depth depth--quick">
                                        <h3 class="h4">{t(StartText::StartQuickTitle)}</h3>
                                        <p class="depth__time">{t(StartText::StartQuickTime)}</p>
                                        <p>{t(StartText::StartQuickWhat)}</p>
                                        <button type="button" class="btn btn--primary" disabled=move || waiting.get() on:click=move |_| begin(Some(Depth::Quick))>
                                            {t(StartText::StartQuick)}
                                        </button>
                                    </div>
                                    <div class="depth">
                                        <h3 class="h4">{t(StartText::StartFullTitle)}</h3>
                                        <p class="depth__time">{t(StartText::StartFullTime)}</p>
                                        <p>{t(StartText::StartFullWhat)}</p>
                                        <button type="button" class="btn btn--secondary" disabled=move || waiting.get() on:click=move |_| begin(Some(Depth::Full))>
                                            {t(StartText::Start)}
                                        </button>
                                    </div>
                                </div>
                                <p class="muted">{t(StartText::StartCountLater)}</p>
                                <p role="status">{status}</p>
                            }
                                .into_any()
                        }}
                    </section>
                }
                    .into_any()
            } else {
                view! { <p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> " " {t(StartText::Loading)}</p> }.into_any()
            }}
        </main>
    }
}
