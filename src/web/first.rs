//! The first screen: a small module that shows the start page at once (in the
//! chosen language, with the language switch working), then loads the full
//! app in the background and hands over to it. It uses no framework (plain
//! DOM calls through `web-sys`), so it does not load a second Leptos runtime
//! beside the app's. The full app is a separate
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

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, Node};

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

/// What the first screen shows: the language, the start page or a loading
/// line (when the app resumes elsewhere), whether work is saved (then
/// "Resume" instead of the two depths) and whether "start" was clicked.
struct Screen {
    lang: Lang,
    on_start: bool,
    saved: bool,
    waiting: bool,
}

/// The attribute that marks the first screen's buttons, with what they do:
/// `skip`, `lang-<code>`, `begin-quick`, `begin-full` or `resume`.
const ACTION: &str = "data-first";

/// Shows the first screen and starts loading the full app.
pub fn start() {
    let hash = window().location().hash().unwrap_or_default();
    // Without an address, the app resumes where the person was: show no start page then.
    let route = match storage_get("checkup.route") {
        Some(saved) if Route::parse(&hash) == Route::default() => Route::parse(&saved),
        _ => Route::parse(&hash),
    };
    let screen = Rc::new(RefCell::new(Screen {
        lang: initial_lang(&route),
        on_start: matches!(route.page, Page::Start),
        saved: storage_get("checkup.assessment").is_some(),
        waiting: false,
    }));
    render(&screen.borrow());
    let lang = screen.borrow().lang;
    let on_click = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        let action = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest(&format!("[{ACTION}]")).ok().flatten())
            .and_then(|b| b.get_attribute(ACTION));
        if let Some(action) = action {
            act(&mut screen.borrow_mut(), &action);
        }
    });
    if let Some(doc) = window().document() {
        let _ = doc.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    }
    on_click.forget();
    if let Some(p) = window().performance() {
        let _ = p.mark("checkup-interactive");
    }
    load_app(lang);
}

/// Does what a first-screen button says (see [`ACTION`]).
fn act(s: &mut Screen, action: &str) {
    if action == "skip" {
        focus_main();
    } else if let Some(l) = action.strip_prefix("lang-").and_then(Lang::from_code) {
        s.lang = l;
        if let Ok(Some(st)) = window().local_storage() {
            let _ = st.set_item("checkup.lang", l.code());
        }
        let r = Route {
            lang: Some(l),
            ..Route::parse(&window().location().hash().unwrap_or_default())
        };
        if let Ok(h) = window().history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&r.to_hash()));
        }
        // The same button keeps the focus in the page drawn anew.
        let focused = focus_index();
        render(s);
        focus_at(focused);
    } else if let Some(depth) = match action {
        "begin-quick" => Some(Some(Depth::Quick)),
        "begin-full" => Some(Some(Depth::Full)),
        "resume" => Some(None),
        _ => None,
    } {
        if s.waiting {
            return;
        }
        // Starting before the full app is there: the app picks up "begin"
        // (and the depth chosen) from the address.
        s.waiting = true;
        show_waiting(s.lang);
        let _ = window()
            .location()
            .set_hash(&Route::new(s.lang, Page::Begin(depth)).to_hash());
    }
}

/// The first screen's buttons, in page order.
fn buttons() -> Vec<Element> {
    let Some(list) = window()
        .document()
        .and_then(|d| d.query_selector_all(&format!("[{ACTION}]")).ok())
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Which of the first screen's buttons has the focus, if one has.
fn focus_index() -> Option<usize> {
    let active = window().document()?.active_element()?;
    buttons().iter().position(|b| *b == active)
}

fn focus_at(index: Option<usize>) {
    if let Some(b) = index.and_then(|i| buttons().into_iter().nth(i)) {
        let _ = b.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// After "start": the buttons are disabled and the status says the app is loading.
fn show_waiting(lang: Lang) {
    for b in buttons() {
        if b.get_attribute(ACTION)
            .is_some_and(|a| a.starts_with("begin") || a == "resume")
        {
            let _ = b.set_attribute("disabled", "");
        }
    }
    if let Some(status) = window()
        .document()
        .and_then(|d| d.query_selector("[data-first-status]").ok().flatten())
    {
        status.set_text_content(None);
        loading(&status, lang);
    }
}

/// An element with attributes, added at the end of `parent`.
fn el(parent: &Node, tag: &str, attrs: &[(&str, &str)]) -> Element {
    let e = window()
        .document()
        .and_then(|d| d.create_element(tag).ok())
        .expect("an element");
    for (k, v) in attrs {
        let _ = e.set_attribute(k, v);
    }
    let _ = parent.append_child(&e);
    e
}

/// An element holding only `text`, added at the end of `parent`.
fn text_el(parent: &Node, tag: &str, attrs: &[(&str, &str)], text: &str) -> Element {
    let e = el(parent, tag, attrs);
    e.set_text_content(Some(text));
    e
}

/// A spinner and "Loading…", added to `parent`.
fn loading(parent: &Element, lang: Lang) {
    el(
        parent,
        "span",
        &[("class", "spinner"), ("aria-hidden", "true")],
    );
    let _ = parent.append_with_str_1(&format!(" {}", StartText::Loading.get(lang)));
}

/// The four language buttons: short codes in the header, full names on the page.
fn lang_buttons(parent: &Node, lang: Lang, large: bool) {
    for l in Lang::ALL {
        let action = format!("lang-{}", l.code());
        let pressed = (l == lang).to_string();
        let mut attrs = vec![
            ("type", "button"),
            ("class", "langs__btn"),
            ("lang", l.code()),
            ("aria-pressed", pressed.as_str()),
            (ACTION, action.as_str()),
        ];
        if !large {
            attrs.push(("data-testid", action.as_str()));
        }
        let b = el(parent, "button", &attrs);
        if large {
            text_el(&b, "span", &[], l.native_name());
        } else {
            text_el(
                &b,
                "span",
                &[("aria-hidden", "true")],
                &l.code().to_uppercase(),
            );
            text_el(&b, "span", &[("class", "sr-only")], l.native_name());
        }
    }
}

/// Draws the first screen in `s.lang`, in place of what `<body>` showed,
/// and sets the page's language and title.
fn render(s: &Screen) {
    let Some(doc) = window().document() else {
        return;
    };
    let l = s.lang;
    let t = |m: StartText| m.get(l);
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", l.code());
    }
    doc.set_title(&format!(
        "{} – {}",
        t(StartText::TitleStart),
        t(StartText::AppName)
    ));
    let Some(body) = doc.body() else {
        return;
    };
    body.set_text_content(None);
    text_el(
        &body,
        "button",
        &[("type", "button"), ("class", "skip"), (ACTION, "skip")],
        t(StartText::SkipToContent),
    );
    let header = el(&body, "header", &[("class", "top")]);
    let inner = el(&header, "div", &[("class", "top__inner")]);
    let brand = el(&inner, "a", &[("class", "brand"), ("href", "#/")]);
    text_el(
        &brand,
        "span",
        &[("class", "brand__name")],
        t(StartText::AppName),
    );
    let langs = el(
        &inner,
        "div",
        &[
            ("class", "langs"),
            ("role", "group"),
            ("aria-label", t(StartText::LanguageLabel)),
            ("data-testid", "lang-switch"),
        ],
    );
    lang_buttons(&langs, l, false);
    let main = el(
        &body,
        "main",
        &[
            ("id", "main"),
            ("tabindex", "-1"),
            ("data-testid", "main"),
            ("data-app", "first"),
        ],
    );
    if !s.on_start {
        let p = el(&main, "p", &[("class", "muted"), ("role", "status")]);
        loading(&p, l);
        return;
    }
    let section = el(
        &main,
        "section",
        &[("class", "start"), ("aria-labelledby", "page-title")],
    );
    text_el(
        &section,
        "h1",
        &[
            ("id", "page-title"),
            ("tabindex", "-1"),
            ("data-testid", "start-title"),
        ],
        t(StartText::AppTagline),
    );
    text_el(&section, "p", &[("class", "lead")], t(StartText::StartLead));
    let facts = el(&section, "ul", &[("class", "facts")]);
    for m in [
        StartText::StartNotAudit,
        StartText::StartTime,
        StartText::StartPrivacy,
    ] {
        text_el(&facts, "li", &[], t(m));
    }
    text_el(
        &section,
        "h2",
        &[("class", "h3")],
        t(StartText::ChooseLanguage),
    );
    let large = el(
        &section,
        "div",
        &[
            ("class", "langs langs--large"),
            ("role", "group"),
            ("aria-label", t(StartText::LanguageLabel)),
        ],
    );
    lang_buttons(&large, l, true);
    if s.saved {
        let actions = el(&section, "div", &[("class", "actions")]);
        text_el(
            &actions,
            "button",
            &[
                ("type", "button"),
                ("class", "btn btn--primary"),
                (ACTION, "resume"),
            ],
            t(StartText::Resume),
        );
        el(
            &actions,
            "span",
            &[("role", "status"), ("data-first-status", "")],
        );
    } else {
        text_el(
            &section,
            "h2",
            &[("class", "h3")],
            t(StartText::StartChoose),
        );
        let depths = el(&section, "div", &[("class", "depths")]);
        for (class, title, time, what, button, style, action) in [
            (
                "depth depth--quick",
                StartText::StartQuickTitle,
                StartText::StartQuickTime,
                StartText::StartQuickWhat,
                StartText::StartQuick,
                "btn btn--primary",
                "begin-quick",
            ),
            (
                "depth",
                StartText::StartFullTitle,
                StartText::StartFullTime,
                StartText::StartFullWhat,
                StartText::Start,
                "btn btn--secondary",
                "begin-full",
            ),
        ] {
            let depth = el(&depths, "div", &[("class", class)]);
            text_el(&depth, "h3", &[("class", "h4")], t(title));
            text_el(&depth, "p", &[("class", "depth__time")], t(time));
            text_el(&depth, "p", &[], t(what));
            text_el(
                &depth,
                "button",
                &[("type", "button"), ("class", style), (ACTION, action)],
                t(button),
            );
        }
        text_el(
            &section,
            "p",
            &[("class", "muted")],
            t(StartText::StartCountLater),
        );
        el(
            &section,
            "p",
            &[("role", "status"), ("data-first-status", "")],
        );
    }
    if s.waiting {
        show_waiting(l);
    }
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
