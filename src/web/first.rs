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
//!
//! "Start" clicked before the app is there shows the first section at once
//! (a new CheckUp only; work in progress needs the app to resume): its
//! HTML, written when the site is built, with the questions the engine
//! would ask, and the answers given there kept for the app, which takes
//! over with them (see [`first_page`]).

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, Node};

use std::collections::BTreeMap;

use crate::domain::Lang;
use crate::domain::assessment::{Answer, Depth};
use crate::domain::first_page;
use crate::domain::i18n::StartText;
use crate::domain::nav::{Page, Route};

/// The full app's script and module, beside `index.html`.
const APP_SCRIPT: &str = "./checkup.js";
const APP_MODULE: &str = "./checkup_bg.wasm";

// The app's script declares a global `wasm_bindgen` (a script-level binding,
// not a property of `window`): a module snippet can call it by name.
#[wasm_bindgen(
    inline_js = "export function init_app(path) { return wasm_bindgen({ module_or_path: path }); }\n\
                 export function fetch_text(url, done) { fetch(url).then(r => r.ok ? r.text() : null).then(done, () => done(null)); }"
)]
extern "C" {
    fn init_app(path: &str) -> js_sys::Promise;
    /// Fetches `url` and calls `done` with its text, or with `null` when it
    /// cannot be read.
    fn fetch_text(url: &str, done: &Closure<dyn FnMut(JsValue)>);
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
/// With `section`, the first section shows (see [`first_page`]) at that
/// depth instead of the start page.
#[derive(Default)]
struct Screen {
    lang: Lang,
    on_start: bool,
    saved: bool,
    waiting: Option<String>,
    failed: bool,
    section: Option<Depth>,
}

thread_local! {
    static SCREEN: RefCell<Screen> = RefCell::new(Screen::default());
    /// The first section's HTML, by language, once fetched.
    static SECTIONS: RefCell<Vec<(Lang, String)>> = const { RefCell::new(Vec::new()) };
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
    let saved = storage_get("checkup.assessment").is_some();
    // A reload while the first section showed shows it again.
    let section = match route.page {
        Page::Begin(Some(depth)) if !saved => Some(depth),
        _ => None,
    };
    SCREEN.with(|s| {
        *s.borrow_mut() = Screen {
            lang,
            on_start: matches!(route.page, Page::Start),
            saved,
            waiting: None,
            failed: false,
            section,
        };
    });
    redraw();
    if section.is_some() {
        show_section(lang, true);
    }
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
            // A term in a question of the first section: its explanation
            // opens or closes.
            if let Some(term) = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("[data-first-term]").ok().flatten())
            {
                let open = term.get_attribute("aria-expanded").as_deref() != Some("true");
                show_term(&term, open);
            }
        });
        listen(&doc, "keydown", |e: web_sys::Event| {
            let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if e.key() == "Escape"
                && let Some(term) = e
                    .target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .filter(|t| t.has_attribute("data-first-term"))
            {
                show_term(&term, false);
            }
        });
        // The first section's answers: options that exclude the others,
        // the questions shown, and the answers kept.
        listen(&doc, "change", |e: web_sys::Event| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                exclude_others(&input);
            }
            answered();
        });
        listen(&doc, "input", |_| answered());
        listen(&doc, "submit", |e: web_sys::Event| {
            if showing() {
                e.prevent_default();
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
    if let Page::Begin(depth) = route.page {
        // Forward to a start made here: its first section again.
        let show = SCREEN.with(|s| {
            let mut s = s.borrow_mut();
            let show = depth.is_some() && !s.saved && s.section != depth;
            if show {
                s.lang = route.lang.unwrap_or(s.lang);
                s.section = depth;
                s.waiting = None;
            }
            show.then_some(s.lang)
        });
        if let Some(lang) = show {
            redraw();
            show_section(lang, true);
        }
        return;
    }
    let left_section = SCREEN.with(|s| {
        let mut s = s.borrow_mut();
        s.lang = route.lang.unwrap_or(s.lang);
        s.on_start = matches!(route.page, Page::Start);
        s.waiting = None;
        s.section.take().is_some()
    });
    redraw();
    // Back from the first section: a new page, read from its heading.
    if left_section {
        window().scroll_to_with_x_and_y(0.0, 0.0);
        if let Some(h) = window()
            .document()
            .and_then(|d| d.get_element_by_id("page-title"))
        {
            let _ = h.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    }
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
    if action == "back" {
        let lang = SCREEN.with(|s| s.borrow().lang);
        let _ = window()
            .location()
            .set_hash(&Route::new(lang, Page::Start).to_hash());
        return;
    }
    if action == "next" {
        // The next section needs the app: it opens there once it is in
        // (when it did not load before, it is tried once more).
        let (lang, retry) = SCREEN.with(|s| {
            let mut s = s.borrow_mut();
            (s.lang, std::mem::take(&mut s.failed))
        });
        if retry {
            load_app(lang);
        }
        save_answers(true);
        show_waiting("next", lang);
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
        if SCREEN.with(|s| s.borrow().section.is_some()) {
            show_section(l, false);
        }
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
    // A new CheckUp: its first section shows at once.
    if let Some(depth) = depth {
        let saved = SCREEN.with(|s| s.borrow().saved);
        if !saved {
            SCREEN.with(|s| {
                let mut s = s.borrow_mut();
                s.section = Some(depth);
                s.waiting = None;
            });
            show_section(lang, true);
        }
    }
}

/// The full app could not load (its script or module): the start buttons
/// work again (a click tries once more) and no status spins; the start-up
/// alert above says what happened.
fn app_failed() {
    if !showing() {
        return;
    }
    let (section, lang) = SCREEN.with(|s| {
        let mut s = s.borrow_mut();
        s.failed = true;
        s.waiting = None;
        (s.section.is_some(), s.lang)
    });
    // The first section on the screen stays as it is (the person may be
    // typing); a "Next" that was waiting says why nothing comes.
    let doc = window().document();
    if section
        && let Some(status) = doc
            .as_ref()
            .and_then(|d| d.query_selector("[data-first-section]").ok().flatten())
            .and_then(|_| {
                doc.as_ref()?
                    .query_selector("[data-first-status=\"next\"]")
                    .ok()
                    .flatten()
            })
    {
        if status.query_selector(".spinner").ok().flatten().is_some() {
            status.set_text_content(Some(StartText::NextFailed.get(lang)));
        }
        return;
    }
    redraw();
    if section {
        show_section(lang, false);
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
    if s.section.is_some() {
        // Filled by `show_section` once the section's file is in.
        let _ = main.set_attribute("data-first-page", "section");
        let p = el(&main, "p", &[("class", "muted"), ("role", "status")]);
        loading(&p, l);
        return;
    }
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

/// Shows the first section in `lang` in `<main>` (fetching its file the
/// first time), with the answers kept from before, and gives the focus to
/// its heading when `focus_title`. When the file cannot be read, the
/// loading line stays until the app is there.
fn show_section(lang: Lang, focus_title: bool) {
    if let Some(html) = SECTIONS.with(|c| {
        c.borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, h)| h.clone())
    }) {
        fill_section(lang, &html, focus_title);
        return;
    }
    let done = Closure::<dyn FnMut(JsValue)>::new(move |text: JsValue| {
        if let Some(html) = text.as_string() {
            SECTIONS.with(|c| c.borrow_mut().push((lang, html.clone())));
            fill_section(lang, &html, focus_title);
        }
    });
    fetch_text(&first_page::file(lang), &done);
    done.forget();
}

/// Puts the first section's `html` into `<main>`, if the first section is
/// still what the screen shows in `lang`.
fn fill_section(lang: Lang, html: &str, focus_title: bool) {
    let Some(depth) = SCREEN.with(|s| {
        let s = s.borrow();
        (s.lang == lang).then_some(s.section).flatten()
    }) else {
        return;
    };
    if !showing() {
        return;
    }
    let Some(doc) = window().document() else {
        return;
    };
    let Some(main) = doc.get_element_by_id("main") else {
        return;
    };
    main.set_inner_html(html);
    let _ = main.set_attribute("data-first-page", "section");
    // The list of sections of this depth; folded on a phone, like the app's.
    let code = match depth {
        Depth::Quick => "quick",
        Depth::Full => "full",
    };
    for list in all(&main, "[data-depth]") {
        if list.get_attribute("data-depth").as_deref() != Some(code) {
            list.remove();
        }
    }
    let wide = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 720.0);
    if wide && let Ok(Some(details)) = main.query_selector(".steps__box") {
        let _ = details.set_attribute("open", "");
    }
    restore_answers(&main);
    answered();
    if focus_title && let Some(h) = doc.get_element_by_id("page-title") {
        let _ = h.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Opens or closes the explanation of a term button of the first section.
fn show_term(term: &Element, open: bool) {
    let _ = term.set_attribute("aria-expanded", if open { "true" } else { "false" });
    if let Some(region) = term
        .get_attribute("aria-controls")
        .and_then(|id| window().document()?.get_element_by_id(&id))
    {
        if open {
            let _ = region.remove_attribute("hidden");
        } else {
            let _ = region.set_attribute("hidden", "");
        }
    }
}

/// The elements under `root` that match `selector`, in page order.
fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// The questions of the first section on the page, in order.
fn questions() -> Vec<Element> {
    window()
        .document()
        .and_then(|d| d.get_element_by_id("main"))
        .map(|m| all(&m, "[data-first-q]"))
        .unwrap_or_default()
}

/// The answer given to question `q` on the page, if any.
fn answer_of(q: &Element) -> Option<Answer> {
    if let Ok(Some(text)) = q.query_selector("input[type=\"text\"]") {
        let v = text.unchecked_into::<web_sys::HtmlInputElement>().value();
        return (!v.trim().is_empty()).then_some(Answer::One(v));
    }
    let checked: Vec<(String, bool)> = all(q, "input")
        .into_iter()
        .map(|i| i.unchecked_into::<web_sys::HtmlInputElement>())
        .filter(|i| i.checked())
        .map(|i| (i.value(), i.type_() == "checkbox"))
        .collect();
    match checked.first() {
        None => None,
        Some((_, true)) => Some(Answer::Many(checked.into_iter().map(|(v, _)| v).collect())),
        Some((v, false)) => Some(Answer::One(v.clone())),
    }
}

/// An option that the question marks as excluding the others (`data-exclusive`:
/// "don't know", "none") clears the others when ticked; ticking another
/// clears it (as [`crate::domain::assessment::Assessment::toggle`] does).
fn exclude_others(input: &web_sys::HtmlInputElement) {
    if input.type_() != "checkbox" || !input.checked() {
        return;
    }
    let Some(q) = input.closest("[data-first-q]").ok().flatten() else {
        return;
    };
    let exclusive = input.has_attribute("data-exclusive");
    for other in all(&q, "input[type=\"checkbox\"]") {
        let other = other.unchecked_into::<web_sys::HtmlInputElement>();
        if other != *input && (exclusive || other.has_attribute("data-exclusive")) {
            other.set_checked(false);
        }
    }
}

/// After an answer: shows the questions the engine would ask now and keeps
/// the answers.
fn answered() {
    let Some(depth) = SCREEN.with(|s| s.borrow().section) else {
        return;
    };
    let qs = questions();
    if qs.is_empty() {
        return;
    }
    let asked: Vec<first_page::Asked> = qs
        .iter()
        .map(|q| first_page::Asked {
            id: q.get_attribute("data-first-q").unwrap_or_default(),
            quick: q.has_attribute("data-quick"),
            visible_if: q
                .get_attribute("data-if")
                .and_then(|c| first_page::decode_condition(&c)),
        })
        .collect();
    let answers = answers_on_page(&qs);
    let (mut done, mut total) = (0, 0);
    for (q, on) in qs.iter().zip(first_page::shown(&asked, depth, &answers)) {
        if on {
            let _ = q.remove_attribute("hidden");
            if !q.has_attribute("data-optional") {
                total += 1;
                let id = q.get_attribute("data-first-q").unwrap_or_default();
                done += usize::from(answers.contains_key(&id));
            }
        } else {
            let _ = q.set_attribute("hidden", "");
        }
    }
    // The section's count in the list of sections.
    for (slot, n) in [
        ("[data-first-answered]", done),
        ("[data-first-total]", total),
    ] {
        if let Some(e) = window()
            .document()
            .and_then(|d| d.query_selector(slot).ok().flatten())
        {
            e.set_text_content(Some(&n.to_string()));
        }
    }
    save_answers(false);
}

/// The answers on the page, by question id.
fn answers_on_page(qs: &[Element]) -> BTreeMap<String, Answer> {
    // Inserted one by one: collecting would sort first, and bring a sort
    // into this small module.
    let mut answers = BTreeMap::new();
    for q in qs {
        if let (Some(id), Some(a)) = (q.get_attribute("data-first-q"), answer_of(q)) {
            answers.insert(id, a);
        }
    }
    answers
}

/// Keeps the answers on the page (and the depth, the section and whether
/// "Next" was clicked) under [`first_page::KEY`], for the app and for a
/// reload.
fn save_answers(next: bool) {
    let Some(depth) = SCREEN.with(|s| s.borrow().section) else {
        return;
    };
    let Some(section) = window()
        .document()
        .and_then(|d| d.query_selector("[data-first-section]").ok().flatten())
        .and_then(|s| s.get_attribute("data-first-section"))
    else {
        return;
    };
    let answers = js_sys::Object::new();
    for (id, a) in answers_on_page(&questions()) {
        let value: JsValue = match a {
            Answer::One(v) => v.into(),
            Answer::Many(vs) => vs
                .into_iter()
                .map(JsValue::from)
                .collect::<js_sys::Array>()
                .into(),
        };
        let _ = js_sys::Reflect::set(&answers, &id.into(), &value);
    }
    let handoff = js_sys::Object::new();
    let depth = match depth {
        Depth::Quick => "quick",
        Depth::Full => "full",
    };
    let _ = js_sys::Reflect::set(&handoff, &"depth".into(), &depth.into());
    let _ = js_sys::Reflect::set(&handoff, &"section".into(), &section.into());
    let _ = js_sys::Reflect::set(&handoff, &"answers".into(), &answers);
    if next {
        let _ = js_sys::Reflect::set(&handoff, &"next".into(), &true.into());
    }
    if let (Ok(json), Ok(Some(st))) = (js_sys::JSON::stringify(&handoff), window().local_storage())
        && let Some(json) = json.as_string()
    {
        let _ = st.set_item(first_page::KEY, &json);
    }
}

/// Puts the answers kept under [`first_page::KEY`] (for this section) back
/// on the page under `main`.
fn restore_answers(main: &Element) {
    let Some(kept) = storage_get(first_page::KEY).and_then(|j| js_sys::JSON::parse(&j).ok()) else {
        return;
    };
    let section = main
        .query_selector("[data-first-section]")
        .ok()
        .flatten()
        .and_then(|s| s.get_attribute("data-first-section"));
    let kept_section = js_sys::Reflect::get(&kept, &"section".into())
        .ok()
        .and_then(|s| s.as_string());
    if section.is_none() || section != kept_section {
        return;
    }
    let Ok(answers) = js_sys::Reflect::get(&kept, &"answers".into()) else {
        return;
    };
    for q in all(main, "[data-first-q]") {
        let Some(id) = q.get_attribute("data-first-q") else {
            continue;
        };
        let Ok(value) = js_sys::Reflect::get(&answers, &id.into()) else {
            continue;
        };
        let values: Vec<String> = if let Some(v) = value.as_string() {
            vec![v]
        } else if js_sys::Array::is_array(&value) {
            js_sys::Array::from(&value)
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        } else {
            continue;
        };
        for input in all(&q, "input") {
            let input = input.unchecked_into::<web_sys::HtmlInputElement>();
            if input.type_() == "text" {
                input.set_value(values.first().map(String::as_str).unwrap_or_default());
            } else {
                input.set_checked(values.contains(&input.value()));
            }
        }
    }
}

/// Adds the full app's script; when it has loaded, starts the app. The
/// first section in `lang` (shown when "Start" is clicked before the app
/// is there) and what the app needs before the first question (the texts
/// of `lang`, the configuration and the built-in packs in `lang`) load
/// beside it.
fn load_app(lang: Lang) {
    let Some(doc) = window().document() else {
        return;
    };
    let code = lang.code();
    let wanted = [
        first_page::file(lang),
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
