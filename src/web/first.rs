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
/// "Resume" instead of the two depths), which start was clicked (its
/// [`ACTION`]) and whether the full app failed to load.
#[derive(Default)]
struct Screen {
    lang: Lang,
    on_start: bool,
    saved: bool,
    waiting: Option<String>,
    failed: bool,
}

thread_local! {
    static SCREEN: RefCell<Screen> = RefCell::new(Screen::default());
}

/// The attribute that marks the first screen's buttons, with what they do:
/// `skip`, `lang-<code>` (header), `choose-<code>` (on the page),
/// `begin-quick`, `begin-full` or `resume`. The full app reads it when it
/// takes over, to give the focus to its own button of the same kind.
pub const ACTION: &str = "data-first";

/// Marks what the first screen adds to `<body>`: drawing it again replaces
/// only that (a start-up alert above it stays).
const ROOT: &str = "data-first-root";

/// Shows the first screen and starts loading the full app.
pub fn start() {
    let route = current_route();
    let lang = initial_lang(&route);
    SCREEN.with(|s| {
        *s.borrow_mut() = Screen {
            lang,
            on_start: matches!(route.page, Page::Start),
            saved: storage_get("checkup.assessment").is_some(),
            waiting: None,
            failed: false,
        };
    });
    redraw();
    if let Some(doc) = window().document() {
        listen(&doc, "click", |e: web_sys::Event| {
            let action = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest(&format!("[{ACTION}]")).ok().flatten())
                .and_then(|b| b.get_attribute(ACTION));
            if let Some(action) = action {
                act(&action);
            }
        });
    }
    // Back, forward or a typed address before the app is there: show what
    // the address now says (the app will open there), not a stale start.
    listen(&window(), "hashchange", |_| follow_address());
    listen(&window(), "popstate", |_| follow_address());
    if let Some(p) = window().performance() {
        let _ = p.mark("checkup-interactive");
    }
    load_app(lang);
}

/// Shows what the address says now (see [`start`]); an address that starts
/// the CheckUp is the first screen's own and changes nothing.
fn follow_address() {
    if !showing() {
        return;
    }
    let route = Route::parse(&window().location().hash().unwrap_or_default());
    if matches!(route.page, Page::Begin(_)) {
        return;
    }
    SCREEN.with(|s| {
        let mut s = s.borrow_mut();
        s.lang = route.lang.unwrap_or(s.lang);
        s.on_start = matches!(route.page, Page::Start);
        s.waiting = None;
    });
    redraw();
}

/// Whether the first screen is on the page (the full app has not taken over).
fn showing() -> bool {
    window()
        .document()
        .and_then(|d| d.query_selector("main[data-app=\"first\"]").ok().flatten())
        .is_some()
}

/// The route to show: the address's, or without one the saved route (the
/// app resumes where the person was: then no start page shows).
fn current_route() -> Route {
    let hash = window().location().hash().unwrap_or_default();
    match storage_get("checkup.route") {
        Some(saved) if Route::parse(&hash) == Route::default() => Route::parse(&saved),
        _ => Route::parse(&hash),
    }
}

/// Calls `f` on every `event` at `target` (the document, or the window
/// for `hashchange` and `popstate`), for the page's lifetime.
fn listen(target: &web_sys::EventTarget, event: &str, f: impl FnMut(web_sys::Event) + 'static) {
    let f = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let _ = target.add_event_listener_with_callback(event, f.as_ref().unchecked_ref());
    f.forget();
}

/// Does what a first-screen button says (see [`ACTION`]).
fn act(action: &str) {
    if !showing() {
        return;
    }
    if action == "skip" {
        focus_main();
        return;
    }
    if let Some(l) = action
        .strip_prefix("lang-")
        .or_else(|| action.strip_prefix("choose-"))
        .and_then(Lang::from_code)
    {
        SCREEN.with(|s| s.borrow_mut().lang = l);
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
        redraw();
        return;
    }
    let depth = match action {
        "begin-quick" => Some(Depth::Quick),
        "begin-full" => Some(Depth::Full),
        "resume" => None,
        _ => return,
    };
    let Some((lang, retry)) = SCREEN.with(|s| {
        let mut s = s.borrow_mut();
        if s.waiting.is_some() {
            return None;
        }
        s.waiting = Some(action.to_string());
        Some((s.lang, std::mem::take(&mut s.failed)))
    }) else {
        return;
    };
    // The app did not load before: try once more.
    if retry {
        load_app(lang);
    }
    show_waiting(action, lang);
    // Starting before the full app is there: the app picks up "begin"
    // (and the depth chosen) from the address.
    let _ = window()
        .location()
        .set_hash(&Route::new(lang, Page::Begin(depth)).to_hash());
}

/// The full app could not load (its script or module): the start buttons
/// work again (a click tries once more) and no status spins; the start-up
/// alert above says what happened.
fn app_failed() {
    if !showing() {
        return;
    }
    SCREEN.with(|s| {
        let mut s = s.borrow_mut();
        s.failed = true;
        s.waiting = None;
    });
    redraw();
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

/// Draws the screen again; the button that had the focus keeps it.
fn redraw() {
    let focused = window().document().and_then(|d| d.active_element());
    let index = focused.and_then(|a| buttons().iter().position(|b| *b == a));
    SCREEN.with(|s| render(&s.borrow()));
    if let Some(b) = index.and_then(|i| buttons().into_iter().nth(i)) {
        let _ = b.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// After a start (`action`): the start buttons say they are busy (they
/// keep the focus: `aria-disabled`, not `disabled`) and the status beside
/// the one clicked says the app is loading. The status exists before it is
/// filled, so screen readers announce it.
fn show_waiting(action: &str, lang: Lang) {
    for b in buttons() {
        if b.get_attribute(ACTION)
            .is_some_and(|a| a.starts_with("begin") || a == "resume")
        {
            let _ = b.set_attribute("aria-disabled", "true");
        }
    }
    if let Some(status) = window().document().and_then(|d| {
        d.query_selector(&format!("[data-first-status=\"{action}\"]"))
            .ok()
            .flatten()
    }) {
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

/// The language switch, added to `parent`: a group of four buttons, short
/// codes in the header, full names on the page (`large`).
fn lang_group(parent: &Node, lang: Lang, large: bool) {
    let label = StartText::LanguageLabel.get(lang);
    let group = if large {
        el(
            parent,
            "div",
            &[
                ("class", "langs langs--large"),
                ("role", "group"),
                ("aria-label", label),
            ],
        )
    } else {
        el(
            parent,
            "div",
            &[
                ("class", "langs"),
                ("role", "group"),
                ("aria-label", label),
                ("data-testid", "lang-switch"),
            ],
        )
    };
    for l in Lang::ALL {
        let action = format!("{}-{}", if large { "choose" } else { "lang" }, l.code());
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
        let b = el(&group, "button", &attrs);
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

/// A start button and, right after it, the status that says the app is
/// loading once it is clicked (on a phone, in view where the finger was).
fn start_button(parent: &Node, s: &Screen, action: &str, class: &str, text: &str) {
    let mut attrs = vec![("type", "button"), ("class", class), (ACTION, action)];
    if s.waiting.is_some() {
        attrs.push(("aria-disabled", "true"));
    }
    text_el(parent, "button", &attrs, text);
    let status = el(
        parent,
        "p",
        &[
            ("class", "start__status"),
            ("role", "status"),
            ("data-first-status", action),
        ],
    );
    if s.waiting.as_deref() == Some(action) {
        loading(&status, s.lang);
    }
}

/// Draws the first screen in `s.lang` in place of the one drawn before,
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
    doc.set_title(&if s.on_start {
        format!("{} – {}", t(StartText::TitleStart), t(StartText::AppName))
    } else {
        t(StartText::AppName).to_string()
    });
    let Some(body) = doc.body() else {
        return;
    };
    if let Ok(old) = body.query_selector_all(&format!("[{ROOT}]")) {
        for i in 0..old.length() {
            if let Some(n) = old.get(i) {
                let _ = body.remove_child(&n);
            }
        }
    }
    text_el(
        &body,
        "button",
        &[
            ("type", "button"),
            ("class", "skip"),
            (ACTION, "skip"),
            (ROOT, ""),
        ],
        t(StartText::SkipToContent),
    );
    let header = el(&body, "header", &[("class", "top"), (ROOT, "")]);
    let inner = el(&header, "div", &[("class", "top__inner")]);
    let home = format!("#/{}/start", l.code());
    let brand = el(&inner, "a", &[("class", "brand"), ("href", &home)]);
    text_el(
        &brand,
        "span",
        &[("class", "brand__name")],
        t(StartText::AppName),
    );
    lang_group(&inner, l, false);
    let main = el(
        &body,
        "main",
        &[
            ("id", "main"),
            ("tabindex", "-1"),
            ("data-testid", "main"),
            ("data-app", "first"),
            (ROOT, ""),
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
    lang_group(&section, l, true);
    if s.saved {
        let actions = el(&section, "div", &[("class", "actions")]);
        start_button(
            &actions,
            s,
            "resume",
            "btn btn--primary",
            t(StartText::Resume),
        );
        return;
    }
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
        start_button(&depth, s, action, style, t(button));
    }
    text_el(
        &section,
        "p",
        &[("class", "muted")],
        t(StartText::StartCountLater),
    );
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
    // A module that cannot load: the first screen stops waiting, and the
    // rejection is passed on, so the start-up check still shows its alert.
    let on_load = Closure::once_into_js(|| {
        let failed = Closure::once(|e: JsValue| {
            app_failed();
            wasm_bindgen::throw_val(e)
        });
        let _ = init_app(APP_MODULE).catch(&failed);
        failed.forget();
    });
    let _ = js_sys::Reflect::set(&script, &"onload".into(), &on_load);
    let on_error = Closure::once_into_js(app_failed);
    let _ = js_sys::Reflect::set(&script, &"onerror".into(), &on_error);
    if let Some(head) = doc.head() {
        let _ = head.append_child(&script);
    }
}
