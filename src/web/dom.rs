//! Small, safe wrappers around the few browser APIs the shell uses.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::Closure;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a document")
}

/// The URL fragment, with its `#`.
pub fn hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Moves to a new fragment, as a new history entry.
pub fn push_hash(hash: &str) {
    if self::hash() != hash {
        let _ = window().location().set_hash(hash);
    }
}

/// Replaces the current fragment without a new history entry.
pub fn replace_hash(hash: &str) {
    if self::hash() != hash
        && let Ok(history) = window().history()
    {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// Calls `f` on every `hashchange` for the life of the page.
pub fn on_hash_change(f: impl Fn() + 'static) {
    let closure = Closure::<dyn Fn()>::new(f);
    let _ =
        window().add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Sets `<html lang>`.
pub fn set_html_lang(code: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", code);
    }
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// The browser's preferred language codes, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let nav = window().navigator();
    let mut out: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if let Some(l) = nav.language() {
        out.push(l);
    }
    out
}

/// Moves keyboard focus to the element with this id (e.g. a page heading).
pub fn focus_id(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The app's own control that stands for the first screen's button with
/// the focus (its `data-first` action, see [`super::first::ACTION`]): the
/// same language button, or the same start button. `None` for anything
/// else, or when the focus is elsewhere.
pub fn first_screen_focus() -> Option<String> {
    let action = document()
        .active_element()?
        .get_attribute(super::first::ACTION)?;
    match action.as_str() {
        "begin-quick" => Some("start-quick".into()),
        "begin-full" => Some("start".into()),
        "resume" => Some("resume".into()),
        a if a.starts_with("lang-") || a.starts_with("choose-") => Some(a.to_string()),
        _ => None,
    }
}

/// Marks the element the app is mounted in while the first screen still
/// shows its first section (see [`pending_root`] and [`take_over`]).
const APP_ROOT: &str = "data-app-root";

/// Whether the first screen shows its first section (the person may be
/// answering there): then the app is mounted out of sight and takes over
/// once it can show that section (see [`take_over`]).
pub fn first_section_shown() -> bool {
    document()
        .query_selector("main[data-app=\"first\"][data-first-page=\"section\"]")
        .ok()
        .flatten()
        .is_some()
}

/// A hidden element at the end of `<body>` to mount the app in while the
/// first screen shows its first section.
pub fn pending_root() -> Option<web_sys::HtmlElement> {
    let doc = document();
    let root = doc.create_element("div").ok()?;
    let _ = root.set_attribute(APP_ROOT, "");
    let _ = root.set_attribute("hidden", "");
    doc.body()?.append_child(&root).ok()?;
    root.dyn_into().ok()
}

/// Whether the app is mounted out of sight behind the first screen's first
/// section (it has not taken over yet).
pub fn behind_first_screen() -> bool {
    document()
        .query_selector(&format!("[{APP_ROOT}][hidden]"))
        .ok()
        .flatten()
        .is_some()
}

/// Takes over from the first screen's first section, if the app was
/// mounted behind it: the first screen goes, the app shows in its place,
/// and the app's element with the same `data-testid` as the one that had
/// the focus gets it, at the same place on the screen (when none had it,
/// nothing moves). The swap waits (up to about a second) until the app has
/// drawn that element; `then` runs just before it (to take what was
/// answered on the first screen until then). Returns whether it takes over.
pub fn take_over(then: impl FnOnce() + 'static) -> bool {
    let doc = document();
    let Some(root) = doc
        .query_selector(&format!("[{APP_ROOT}][hidden]:not([data-taking])"))
        .ok()
        .flatten()
    else {
        return false;
    };
    let _ = root.set_attribute("data-taking", "");
    TOOK_OVER.with(|t| t.set(true));
    swap(root, 60, true, Box::new(then));
    true
}

/// Like [`take_over`], for a page other than the one the first screen
/// showed ("Next" was clicked there): the app shows at the top of the page,
/// and the page gives the focus to its heading as usual.
pub fn take_over_to_new_page(then: impl FnOnce() + 'static) {
    if let Ok(Some(root)) =
        document().query_selector(&format!("[{APP_ROOT}][hidden]:not([data-taking])"))
    {
        swap(root, 0, false, Box::new(then));
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The swap of [`take_over`], tried again in `tries` more frames while the
/// app has not drawn the element with the focus yet.
fn swap(root: web_sys::Element, tries: u32, carry: bool, then: Box<dyn FnOnce()>) {
    let doc = document();
    let first = |e: &web_sys::Element| e.closest("[data-first-root]").ok().flatten().is_some();
    let active = doc.active_element().filter(first).filter(|_| carry);
    let focus = active.as_ref().and_then(locator);
    let drawn = focus
        .as_ref()
        .is_none_or(|s| root.query_selector(s).ok().flatten().is_some());
    if !drawn && tries > 0 {
        after(16, move || swap(root, tries - 1, carry, then));
        return;
    }
    then();
    // What is on the screen stays there: the control in use when it is in
    // view, else the first element on the screen that the app also has.
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let in_view = |e: &web_sys::Element| {
        let r = e.get_bounding_client_rect();
        r.bottom() > 0.0 && r.top() < height
    };
    let anchor = active
        .as_ref()
        .filter(|a| in_view(a))
        .and_then(|a| Some((locator(a)?, a.get_bounding_client_rect().top())))
        .or_else(|| {
            let list = doc
                .query_selector_all("main[data-app=\"first\"] [data-testid]")
                .ok()?;
            (0..list.length())
                .filter_map(|i| list.get(i)?.dyn_into::<web_sys::Element>().ok())
                .find(|e| e.get_bounding_client_rect().top() >= 0.0 && in_view(e))
                .and_then(|e| Some((locator(&e)?, e.get_bounding_client_rect().top())))
        });
    // What the person did on the first screen and the app has not drawn yet:
    // the text typed (with the caret), options ticked, explanations opened.
    let copies: Vec<(String, web_sys::Element)> = doc
        .query_selector_all(
            "main[data-app=\"first\"] input[data-testid], main[data-app=\"first\"] details, \
             main[data-app=\"first\"] [data-first-term][aria-expanded=\"true\"]",
        )
        .ok()
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.get(i)?.dyn_into::<web_sys::Element>().ok())
                .filter_map(|e| Some((locator(&e)?, e)))
                .collect()
        })
        .unwrap_or_default();
    let y = window().scroll_y().unwrap_or(0.0);
    for (sel, old) in &copies {
        let Ok(Some(new)) = root.query_selector(sel) else {
            continue;
        };
        if let (Some(old), Some(new)) = (
            old.dyn_ref::<web_sys::HtmlInputElement>(),
            new.dyn_ref::<web_sys::HtmlInputElement>(),
        ) {
            if old.type_() == "text" {
                new.set_value(&old.value());
                if let (Ok(Some(a)), Ok(Some(b))) = (old.selection_start(), old.selection_end()) {
                    let _ = new.set_selection_range(a, b);
                }
            } else {
                new.set_checked(old.checked());
            }
        } else if old.has_attribute("data-first-term") {
            // An open explanation: the app's own button opens it.
            if new.get_attribute("aria-expanded").as_deref() != Some("true")
                && let Some(b) = new.dyn_ref::<web_sys::HtmlElement>()
            {
                b.click();
            }
        } else if old.has_attribute("open") {
            let _ = new.set_attribute("open", "");
        } else {
            let _ = new.remove_attribute("open");
        }
    }
    if let Ok(old) = doc.query_selector_all("[data-first-root]") {
        for i in 0..old.length() {
            if let Some(n) = old
                .get(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                n.remove();
            }
        }
    }
    let _ = root.remove_attribute("hidden");
    let _ = root.remove_attribute("data-taking");
    let _ = root.set_attribute("style", "display: contents");
    window().scroll_to_with_x_and_y(0.0, y);
    if let Some((sel, top)) = anchor
        && let Ok(Some(now)) = doc.query_selector(&sel)
    {
        window().scroll_by_with_x_and_y(0.0, now.get_bounding_client_rect().top() - top);
    }
    if let Some(e) = focus
        .and_then(|s| doc.query_selector(&s).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = e.focus_with_options(&options);
    }
}

/// A selector that finds the app's element standing for this element of
/// the first screen: the same `data-testid`; a disclosure's summary by its
/// disclosure's; the list of sections by its class. `None` for anything else.
fn locator(e: &web_sys::Element) -> Option<String> {
    if let Some(t) = e.get_attribute("data-testid") {
        return Some(format!("[data-testid=\"{t}\"]"));
    }
    let tag = e.tag_name().to_ascii_lowercase();
    let details = match tag.as_str() {
        "summary" => e.parent_element()?,
        "details" => e.clone(),
        _ => return None,
    };
    let sel = match details.get_attribute("data-testid") {
        Some(t) => format!("details[data-testid=\"{t}\"]"),
        None if details.class_list().contains("steps__box") => "details.steps__box".to_string(),
        None => return None,
    };
    Some(if tag == "summary" {
        format!("{sel} > summary")
    } else {
        sel
    })
}

thread_local! {
    /// Set when the app took over from the first screen, until
    /// [`just_took_over`] reads it.
    static TOOK_OVER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the app took over from the first screen since the last call
/// (the page it shows then keeps the focus where [`take_over`] put it).
pub fn just_took_over() -> bool {
    TOOK_OVER.with(|t| t.replace(false))
}

/// The question of the first screen's element that has the focus.
pub fn first_screen_question() -> Option<String> {
    document()
        .active_element()?
        .closest("[data-first-q]")
        .ok()
        .flatten()?
        .get_attribute("data-first-q")
}

/// Gives the focus to the element with this `data-testid` once it is there
/// and enabled (the start buttons wait for the question packs), unless the
/// person has put the focus somewhere else in the meantime; gives up after
/// about ten seconds.
pub fn focus_testid_when_ready(testid: String) {
    fn attempt(testid: String, left: u32) {
        let doc = document();
        let elsewhere = doc.active_element().is_some_and(|a| {
            doc.body()
                .is_none_or(|b| a != *b.unchecked_ref::<web_sys::Element>())
        });
        if elsewhere || left == 0 {
            return;
        }
        let found = doc
            .query_selector(&format!("[data-testid=\"{testid}\"]"))
            .ok()
            .flatten()
            .filter(|e| !e.has_attribute("disabled"));
        match found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            Some(e) => {
                let _ = e.focus();
            }
            None => {
                after(100, move || attempt(testid, left - 1));
            }
        }
    }
    attempt(testid, 100);
}

/// Marks a moment on the performance timeline (read by the benchmark).
pub fn mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(name);
    }
}

/// Scrolls to the top of the page (after moving to another page).
pub fn scroll_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Now, as an ISO 8601 UTC timestamp.
pub fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// Today in the person's time zone, `YYYY-MM-DD`.
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

thread_local! {
    /// Requests started ahead of need, by path (see [`prefetch`]).
    static STARTED: std::cell::RefCell<std::collections::HashMap<String, js_sys::Promise>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Starts fetching a file of the app now; the next [`fetch_text`] of the
/// same path takes this response instead of asking again.
pub fn prefetch(path: &str) {
    STARTED.with(|s| {
        s.borrow_mut()
            .entry(path.to_string())
            .or_insert_with(|| window().fetch_with_str(path));
    });
}

/// The request for `path`: the one [`prefetch`] started, else a new one.
fn request(path: &str) -> js_sys::Promise {
    STARTED
        .with(|s| s.borrow_mut().remove(path))
        .unwrap_or_else(|| window().fetch_with_str(path))
}

/// Lets the browser draw and handle input before going on: the rest runs
/// in a new task (long work is cut into such steps).
pub async fn yield_now() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

/// Whether the connection asks to save data (`navigator.connection.saveData`):
/// then nothing is fetched ahead of need.
pub fn save_data() -> bool {
    js_sys::Reflect::get(&window().navigator(), &"connection".into())
        .ok()
        .filter(|c| c.is_object())
        .and_then(|c| js_sys::Reflect::get(&c, &"saveData".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Fetches a file of the app (a path relative to the page). `Ok(None)` when it does not exist.
pub async fn fetch_text(path: &str) -> Result<Option<String>, String> {
    use wasm_bindgen_futures::JsFuture;
    let resp = JsFuture::from(request(path))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| "not a response".to_string())?;
    if resp.status() == 404 {
        return Ok(None);
    }
    if !resp.ok() {
        return Err(format!("HTTP {}", resp.status()));
    }
    let text = JsFuture::from(resp.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(text.as_string())
}

pub fn console_warn(msg: &str) {
    web_sys::console::warn_1(&msg.into());
}

/// Fetches a file of the app as bytes. `Ok(None)` when it does not exist.
pub async fn fetch_bytes(path: &str) -> Result<Option<Vec<u8>>, String> {
    use wasm_bindgen_futures::JsFuture;
    let resp = JsFuture::from(window().fetch_with_str(path))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| "not a response".to_string())?;
    if !resp.ok() {
        return Ok(None);
    }
    let buf = JsFuture::from(resp.array_buffer().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(Some(js_sys::Uint8Array::new(&buf).to_vec()))
}

/// Focuses the first form field inside the element with this id (a question),
/// and brings it into view.
pub fn focus_first_in(id: &str) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    el.scroll_into_view();
    let target = el
        .query_selector("input, select, textarea, summary")
        .ok()
        .flatten()
        .unwrap_or(el);
    if let Ok(h) = target.dyn_into::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
}

/// A phone-sized screen.
pub fn is_narrow() -> bool {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < 720.0)
}

pub fn print() {
    let _ = window().print();
}

/// Sets a CSS custom property on `<html>` (through the CSS object model, so a
/// strict Content-Security-Policy allows it).
pub fn set_css_var(name: &str, value: &str) {
    if let Some(root) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = root.style().set_property(name, value);
    }
}

/// Calls `f` once after `ms` milliseconds; returns the timer (to cancel it
/// with `clear_timeout_with_handle`).
pub fn after(ms: i32, f: impl FnOnce() + 'static) -> Option<i32> {
    let cb = Closure::once_into_js(f);
    window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), ms)
        .ok()
}

/// Calls `f` whenever the page is hidden or left (`pagehide`, and
/// `visibilitychange` to hidden): the last moment to save.
pub fn on_page_hide(f: impl Fn() + 'static) {
    let f = std::rc::Rc::new(f);
    let g = f.clone();
    let hide = Closure::<dyn Fn()>::new(move || f());
    let _ = window().add_event_listener_with_callback("pagehide", hide.as_ref().unchecked_ref());
    hide.forget();
    let visibility = Closure::<dyn Fn()>::new(move || {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            g();
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", visibility.as_ref().unchecked_ref());
    visibility.forget();
}

/// Calls `f(key, new value)` when another tab changes local storage.
pub fn on_storage_change(f: impl Fn(String, Option<String>) + 'static) {
    let closure =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            if let Some(key) = ev.key() {
                f(key, ev.new_value());
            }
        });
    let _ = window().add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Runs `f` and records its duration as a measure named `name` on the
/// performance timeline (the benchmark reads it).
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let Some(p) = window().performance() else {
        return f();
    };
    let (start, end) = (format!("{name}-start"), format!("{name}-end"));
    let _ = p.mark(&start);
    let out = f();
    let _ = p.mark(&end);
    let _ = p.measure_with_start_mark_and_end_mark(name, &start, &end);
    out
}
