//! Finishing a build of `dist/` (run by trunk after each build, through
//! `checkup-cli finalize`):
//! - the start-up script trunk writes inline into `index.html` moves to its
//!   own file, so the app runs under a Content-Security-Policy without
//!   `'unsafe-inline'`;
//! - a neutral `checkup.config.json` is written unless one is there;
//! - each language's interface texts (`locales/<lang>/*.ftl`) become one
//!   file, `locales/<lang>.ftl`, which the app fetches for that language only;
//!   the texts of the documents (`documents.ftl`) go into their own file,
//!   `locales/documents-<lang>.ftl`, which only the documents module fetches;
//! - the built-in question packs are validated (a problem fails the build)
//!   and written per language (`questions/<lang>/<pack>.json`, every text in
//!   that language only): the app fetches its language's packs and does not
//!   check them again; the four-language files stay in the repository; the
//!   profile's first section is also written as HTML
//!   (`questions/<lang>/first.html`), which the first screen shows when
//!   "Start" is clicked before the full app has loaded;
//! - the hyphenation patterns of each language go into their own file
//!   (`hyphenation-nl.bincode`, ...), so the PDF module fetches only the
//!   report language's patterns;
//! - the service worker `sw.js` gets this build's files and a version: the
//!   files the app needs are precached, so it works offline after one visit;
//!   the files of modules loaded on demand ([`is_on_demand`]: the PDF and
//!   documents modules, any other `*_worker*` module, the hyphenation
//!   patterns) are not, and are kept with this build's files once fetched;
//! - the PDF and documents workers' loaders report a module that cannot be
//!   loaded (the page then says so, instead of waiting for ever);
//! - a small classic start-up check (`boot-*.js`, loaded first) shows a
//!   translated message when the app's modules cannot load at all (a
//!   sandboxed frame on a server without CORS headers, a broken network),
//!   instead of a blank page.

use std::path::{Path, PathBuf};

use crate::domain::{Lang, packs};

/// How the hyphenation pattern files of a build begin (see
/// [`crate::pdf::hyphenate::file_name`]).
const HYPHENATION_PREFIX: &str = "hyphenation-";

/// The service worker's code; `VERSION`, `FILES` and `ON_DEMAND` are written above it.
const SW_TEMPLATE: &str = include_str!("web/sw.js");

/// Files of the built-in pack folder that are not part of the site (notes
/// for authors and reviewers; the four-language pack files are replaced by
/// one file per language).
const NOT_SITE: [&str; 3] = ["README.md", "REVIEW.md", "glossary.json"];

/// Whether a file of the build (a path relative to `dist/`) belongs to a
/// module loaded on demand: a worker module (`pdf_worker.js`,
/// `pdf_worker_bg.wasm`, `pdf_worker_loader.js`, `docs_worker_bg.wasm`, and
/// any other `*_worker*` module, as trunk names them) or a language's
/// hyphenation patterns. The service worker does not precache these; it
/// keeps them with the build's files once the app has fetched them.
pub fn is_on_demand(rel: &str) -> bool {
    !rel.contains('/') && (rel.contains("_worker") || rel.starts_with(HYPHENATION_PREFIX))
}

/// The first section as HTML, beside each language's packs (see
/// [`crate::first_html`]).
const FIRST_FILE: &str = "first.html";

/// Validates the built-in packs of `dir/questions/` and writes each in every
/// language (`questions/<lang>/<file>`), with the first section as HTML
/// (`questions/<lang>/first.html`); the four-language files and the
/// notes for authors leave the site. Returns what it did; an error names
/// every problem of the packs. Nothing to do when they were written before.
pub fn write_packs_per_language(dir: &Path) -> std::io::Result<Option<String>> {
    let questions = dir.join("questions");
    let mut files = Vec::new();
    for name in packs::DEFAULT_FILES {
        match std::fs::read_to_string(questions.join(name)) {
            Ok(text) => files.push((name.to_string(), text)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    if files.is_empty() {
        return Ok(None);
    }
    if files.len() != packs::DEFAULT_FILES.len() {
        return Err(std::io::Error::other(
            "questions/ lacks some of the built-in packs",
        ));
    }
    let (catalog, errors) = packs::load(&files);
    if !errors.is_empty() {
        let list: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
        return Err(std::io::Error::other(format!(
            "the built-in packs have problems:\n{}",
            list.join("\n")
        )));
    }
    for lang in Lang::ALL {
        let folder = questions.join(lang.code());
        std::fs::create_dir_all(&folder)?;
        for (file, pack) in catalog.files.iter().zip(&catalog.packs) {
            let json =
                crate::domain::lang::to_json_in(lang, pack).map_err(std::io::Error::other)?;
            std::fs::write(folder.join(file), json)?;
        }
        if let Some(html) = crate::first_html::render(&catalog, lang) {
            std::fs::write(folder.join(FIRST_FILE), html)?;
        }
    }
    for name in packs::DEFAULT_FILES.iter().chain(NOT_SITE.iter()) {
        match std::fs::remove_file(questions.join(name)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    Ok(Some(format!(
        "validated the built-in packs and wrote them per language ({})",
        Lang::ALL.map(|l| l.code()).join(", ")
    )))
}

/// A stable 64-bit FNV-1a hash, as 16 hex digits (for file names and versions).
pub fn fnv_hex(parts: &[&[u8]]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in *part {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Moves an inline `<script type="module">` of `html` into a file; returns
/// the new html and the script (name, text), or `None` when there is none.
pub fn extract_inline_script(html: &str) -> Option<(String, String, String)> {
    let open = "<script type=\"module\">";
    let start = html.find(open)?;
    let body_start = start + open.len();
    let end = body_start + html[body_start..].find("</script>")?;
    let script = html[body_start..end].trim().to_string();
    let name = format!("init-{}.js", &fnv_hex(&[script.as_bytes()])[..12]);
    let tag = format!("<script type=\"module\" src=\"./{name}\"></script>");
    let new_html = format!(
        "{}{}{}",
        &html[..start],
        tag,
        &html[end + "</script>".len()..]
    );
    Some((new_html, name, script + "\n"))
}

/// The PDF worker's loader script (written by trunk).
pub const WORKER_LOADER: &str = "pdf_worker_loader.js";

/// The documents worker's loader script (written by trunk).
pub const DOCS_WORKER_LOADER: &str = "docs_worker_loader.js";

/// The locale file whose texts are the documents' (kept out of the app's file).
pub const DOCUMENTS_FTL: &str = "documents.ftl";

/// The locale file of the command line's own texts (not part of the site).
pub const CLI_FTL: &str = "cli.ftl";

/// Where the built site keeps a language's document texts.
pub fn documents_ftl_path(code: &str) -> String {
    format!("locales/documents-{code}.ftl")
}

/// Makes the PDF worker's loader report a module that cannot be loaded:
/// trunk's loader calls `wasm_bindgen(...)` and drops the promise, so a
/// missing or broken `pdf_worker_bg.wasm` would never be reported. `None`
/// when there is nothing to change (no call found, or already guarded).
pub fn guard_worker_loader(js: &str) -> Option<String> {
    if js.contains("\"failed\"") {
        return None;
    }
    let start = js.find("wasm_bindgen(")?;
    let end = start + js[start..].find(')')? + 1;
    Some(format!(
        "{}{}.catch(function (e) {{ postMessage({{ type: \"failed\", message: String(e) }}); }}){}",
        &js[..start],
        &js[start..end],
        &js[end..]
    ))
}

/// The start-up check: a classic script (no module, no integrity check, so
/// it runs even where the app's modules are blocked) that shows a message in
/// the reader's language when a script fails to load or the app's start is
/// rejected before the app is up. Texts: [`Msg::BootFailed`].
///
/// [`Msg::BootFailed`]: crate::domain::Msg::BootFailed
pub fn boot_script() -> String {
    use crate::domain::{Lang, Msg};
    let texts: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), Msg::BootFailed.get(*l).into()))
        .collect();
    let texts = serde_json::Value::Object(texts).to_string();
    format!(
        r#"// CheckUp start-up check: says so when the app cannot load here.
(function () {{
  var T = {texts};
  var shown = false;
  function lang() {{
    var m = /^#\/(nl|fr|de|en)(\/|$)/.exec(location.hash);
    if (m) return m[1];
    var l = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < l.length; i++) {{
      var c = String(l[i]).slice(0, 2).toLowerCase();
      if (T[c]) return c;
    }}
    return "en";
  }}
  function show() {{
    if (shown || document.querySelector('main[data-app="full"]')) return;
    if (!document.body) {{ document.addEventListener("DOMContentLoaded", show); return; }}
    shown = true;
    var l = lang();
    var box = document.createElement("div");
    box.className = "alert alert--error";
    box.setAttribute("role", "alert");
    box.setAttribute("lang", l);
    box.setAttribute("data-testid", "boot-failed");
    var p = document.createElement("p");
    p.textContent = T[l] + " ";
    var a = document.createElement("a");
    a.href = location.href;
    a.target = "_blank";
    a.rel = "noopener";
    a.textContent = location.href;
    p.appendChild(a);
    box.appendChild(p);
    document.body.insertBefore(box, document.body.firstChild);
  }}
  window.addEventListener("error", function (e) {{
    if (e.target && e.target.tagName === "SCRIPT") show();
  }}, true);
  window.addEventListener("unhandledrejection", show);
}})();
"#
    )
}

/// Adds the start-up check to `index.html`, first in `<head>` after the
/// character set (it must run before the module scripts load). `None` when
/// it is there already or there is no `<head>`.
pub fn insert_boot_script(html: &str, name: &str) -> Option<String> {
    if html.contains("src=\"./boot-") {
        return None;
    }
    let tag = format!("<script src=\"./{name}\"></script>");
    let at = match html.find("<meta charset=\"utf-8\">") {
        Some(i) => i + "<meta charset=\"utf-8\">".len(),
        None => html.find("<head>")? + "<head>".len(),
    };
    Some(format!("{}{}{}", &html[..at], tag, &html[at..]))
}

fn files_under(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let p = entry?.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Joins every folder `locales/<lang>/` under `dir` into `locales/<lang>.ftl`
/// (files in name order), except `documents.ftl`, which becomes
/// `locales/documents-<lang>.ftl`, and `cli.ftl` (the command line's texts),
/// which the site does not need; removes the folder; returns the languages
/// joined.
pub fn join_locales(dir: &Path) -> std::io::Result<Vec<String>> {
    let locales = dir.join("locales");
    let mut joined = Vec::new();
    if !locales.is_dir() {
        return Ok(joined);
    }
    let mut langs: Vec<PathBuf> = std::fs::read_dir(&locales)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    langs.sort();
    // Notes for translators (REVIEW.md and the like) are not part of the site.
    for f in std::fs::read_dir(&locales)? {
        let p = f?.path();
        if p.is_file() && p.extension().is_none_or(|x| x != "ftl") {
            std::fs::remove_file(p)?;
        }
    }
    for lang in langs {
        let mut text = String::new();
        let mut documents = String::new();
        for f in files_under(&lang)? {
            if f.file_name().is_some_and(|n| n == CLI_FTL) {
                continue;
            }
            if f.extension().is_some_and(|x| x == "ftl") {
                let part = if f.file_name().is_some_and(|n| n == DOCUMENTS_FTL) {
                    &mut documents
                } else {
                    &mut text
                };
                part.push_str(&std::fs::read_to_string(&f)?);
                part.push('\n');
            }
        }
        let code = lang
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        std::fs::write(locales.join(format!("{code}.ftl")), text)?;
        if !documents.is_empty() {
            std::fs::write(dir.join(documents_ftl_path(&code)), documents)?;
        }
        std::fs::remove_dir_all(&lang)?;
        joined.push(code);
    }
    Ok(joined)
}

/// Finishes the build in `dir` (see the module documentation). Idempotent.
pub fn finalize(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut notes = Vec::new();
    let joined = join_locales(dir)?;
    if !joined.is_empty() {
        notes.push(format!("joined the texts of {}", joined.join(", ")));
    }
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index)?;
    if let Some((new_html, name, script)) = extract_inline_script(&html) {
        std::fs::write(dir.join(&name), script)?;
        std::fs::write(&index, new_html)?;
        notes.push(format!("moved the start-up script to {name}"));
    }
    let html = std::fs::read_to_string(&index)?;
    let boot = boot_script();
    let boot_name = format!("boot-{}.js", &fnv_hex(&[boot.as_bytes()])[..12]);
    if let Some(new_html) = insert_boot_script(&html, &boot_name) {
        std::fs::write(dir.join(&boot_name), &boot)?;
        std::fs::write(&index, new_html)?;
        notes.push(format!("added the start-up check {boot_name}"));
    }
    for (file, what) in [(WORKER_LOADER, "PDF"), (DOCS_WORKER_LOADER, "documents")] {
        let loader = dir.join(file);
        if let Ok(js) = std::fs::read_to_string(&loader)
            && let Some(guarded) = guard_worker_loader(&js)
        {
            std::fs::write(&loader, guarded)?;
            notes.push(format!(
                "the {what} worker's loader reports a module that cannot load"
            ));
        }
    }
    let config = dir.join(crate::domain::config::FILE);
    if !config.exists() {
        std::fs::write(
            &config,
            "{\n  \"$schema\": \"./questions/config.schema.json\"\n}\n",
        )?;
        notes.push("wrote a neutral checkup.config.json".into());
    }
    if let Some(note) = write_packs_per_language(dir)? {
        notes.push(note);
    }
    // Hyphenation patterns, one file per language.
    for lang in crate::domain::Lang::ALL {
        let name = crate::pdf::hyphenate::file_name(lang);
        let bytes = crate::pdf::hyphenate::Hyphenator::builtin_file(lang).ok_or_else(|| {
            std::io::Error::other(format!("no built-in hyphenation patterns for {lang}"))
        })?;
        std::fs::write(dir.join(&name), bytes)?;
    }
    notes.push("wrote the hyphenation patterns of each language".into());
    // The service worker: this build's files, and a version over their contents.
    let mut files = Vec::new();
    let mut on_demand = Vec::new();
    let mut contents = Vec::new();
    for p in files_under(dir)? {
        let rel = p
            .strip_prefix(dir)
            .unwrap_or(&p)
            .to_string_lossy()
            .replace('\\', "/");
        if rel == "sw.js" || rel.starts_with('.') {
            continue;
        }
        contents.push(rel.clone().into_bytes());
        contents.push(std::fs::read(&p)?);
        if is_on_demand(&rel) {
            on_demand.push(rel);
        } else {
            files.push(rel);
        }
    }
    let parts: Vec<&[u8]> = contents.iter().map(Vec::as_slice).collect();
    let version = fnv_hex(&parts);
    let list = serde_json::to_string(&files).unwrap_or_else(|_| "[]".into());
    let lazy = serde_json::to_string(&on_demand).unwrap_or_else(|_| "[]".into());
    let sw = format!(
        "const VERSION = \"{version}\";\nconst FILES = {list};\nconst ON_DEMAND = {lazy};\n{SW_TEMPLATE}"
    );
    std::fs::write(dir.join("sw.js"), sw)?;
    notes.push(format!(
        "service worker {version} precaches {} files, keeps {} more once fetched",
        files.len(),
        on_demand.len()
    ));
    Ok(notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inline_start_up_script_moves_to_a_file() {
        let html = "<head><script type=\"module\">\nimport init from './a.js';\nawait init();\n</script><link rel=x></head>";
        let (new_html, name, script) = extract_inline_script(html).unwrap();
        assert!(name.starts_with("init-") && name.ends_with(".js"));
        assert_eq!(script, "import init from './a.js';\nawait init();\n");
        assert_eq!(
            new_html,
            format!("<head><script type=\"module\" src=\"./{name}\"></script><link rel=x></head>")
        );
        assert!(extract_inline_script(&new_html).is_none());
    }

    #[test]
    fn the_pdf_worker_loader_reports_a_module_that_cannot_load() {
        let trunk = r#"importScripts("./pdf_worker.js");wasm_bindgen("./pdf_worker_bg.wasm");"#;
        let guarded = guard_worker_loader(trunk).unwrap();
        assert!(guarded.starts_with(
            r#"importScripts("./pdf_worker.js");wasm_bindgen("./pdf_worker_bg.wasm").catch("#
        ));
        assert!(guarded.contains(r#"postMessage({ type: "failed""#));
        assert!(guard_worker_loader(&guarded).is_none());
    }

    #[test]
    fn the_start_up_check_comes_first_and_speaks_every_language() {
        let html = "<html><head><meta charset=\"utf-8\"><script type=\"module\" src=\"./init-1.js\"></script></head></html>";
        let with = insert_boot_script(html, "boot-1.js").unwrap();
        assert!(with.starts_with("<html><head><meta charset=\"utf-8\"><script src=\"./boot-1.js\"></script><script type=\"module\""));
        assert!(insert_boot_script(&with, "boot-2.js").is_none());
        let js = boot_script();
        for lang in crate::domain::Lang::ALL {
            let text = serde_json::to_string(&crate::domain::Msg::BootFailed.get(lang)).unwrap();
            assert!(js.contains(&text), "{lang}");
        }
    }

    #[test]
    fn on_demand_files_are_the_worker_modules_and_the_hyphenation_patterns() {
        for f in [
            "pdf_worker.js",
            "pdf_worker_bg.wasm",
            "pdf_worker_loader.js",
            "docs_worker_bg.wasm",
            "docs_worker_loader.js",
            "hyphenation-nl.bincode",
        ] {
            assert!(is_on_demand(f), "{f}");
        }
        for f in [
            "index.html",
            "checkup_bg.wasm",
            "first_screen-0123456789abcdef_bg.wasm",
            "questions/nl/gdpr.json",
            "locales/nl.ftl",
            "locales/documents-nl.ftl",
        ] {
            assert!(!is_on_demand(f), "{f}");
        }
    }

    #[test]
    fn finalize_writes_config_packs_and_service_worker_and_is_idempotent() {
        let dir = std::env::temp_dir().join(format!("checkup-site-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("questions")).unwrap();
        std::fs::write(
            dir.join("index.html"),
            "<script type=\"module\">go()</script>",
        )
        .unwrap();
        for (name, text) in packs::builtin_files() {
            std::fs::write(dir.join("questions").join(name), text).unwrap();
        }
        std::fs::write(dir.join("questions/README.md"), "notes").unwrap();
        std::fs::write(dir.join("questions/schema.json"), "{}").unwrap();
        std::fs::write(dir.join("pdf_worker_bg.wasm"), "wasm").unwrap();
        std::fs::write(dir.join("docs_worker_bg.wasm"), "wasm").unwrap();
        std::fs::create_dir_all(dir.join("locales/fr")).unwrap();
        std::fs::write(dir.join("locales/fr/b.ftl"), "b = B\n").unwrap();
        std::fs::write(dir.join("locales/fr/a.ftl"), "a = A\n").unwrap();
        std::fs::write(dir.join("locales/fr/documents.ftl"), "d = D\n").unwrap();
        std::fs::write(dir.join("locales/fr/cli.ftl"), "c = C\n").unwrap();
        std::fs::write(dir.join("locales/REVIEW.md"), "notes").unwrap();
        finalize(&dir).unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.join("locales/fr.ftl")).unwrap(),
            "a = A\n\nb = B\n\n"
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("locales/documents-fr.ftl")).unwrap(),
            "d = D\n\n",
            "the documents' texts are kept out of the app's file"
        );
        assert!(!dir.join("locales/fr").exists());
        assert!(!dir.join("locales/REVIEW.md").exists());
        assert!(
            !std::fs::read_to_string(dir.join("index.html"))
                .unwrap()
                .contains("go()")
        );

        // The packs: one file per language, every text in that language only,
        // reading back as the same catalogue; the four-language files are gone.
        let source = packs::builtin();
        for lang in Lang::ALL {
            let files: Vec<(String, crate::domain::pack::Pack)> = packs::DEFAULT_FILES
                .iter()
                .map(|f| {
                    let path = dir.join("questions").join(lang.code()).join(f);
                    let text = std::fs::read_to_string(&path).unwrap();
                    (f.to_string(), serde_json::from_str(&text).unwrap())
                })
                .collect();
            let built = crate::domain::Catalog::build_trusted(files);
            let ids = |c: &crate::domain::Catalog| -> Vec<String> {
                c.all_questions().map(|(_, _, q)| q.id.clone()).collect()
            };
            assert_eq!(ids(&built), ids(&source), "{lang}");
            for ((_, _, q), (_, _, s)) in built.all_questions().zip(source.all_questions()) {
                assert_eq!(q.text.get(lang), s.text.get(lang));
                let others: Vec<Lang> = Lang::ALL.into_iter().filter(|l| *l != lang).collect();
                assert_eq!(q.text.missing(), others, "{}", q.id);
            }
        }
        for gone in ["common.json", "gdpr.json", "README.md"] {
            assert!(!dir.join("questions").join(gone).exists(), "{gone}");
        }
        assert!(dir.join("questions/schema.json").exists());

        let sw = std::fs::read_to_string(dir.join("sw.js")).unwrap();
        let list = |name: &str| -> Vec<String> {
            let line = sw
                .lines()
                .find(|l| l.starts_with(&format!("const {name} = ")))
                .unwrap();
            serde_json::from_str(line[name.len() + 9..].trim_end_matches(';')).unwrap()
        };
        let (files, on_demand) = (list("FILES"), list("ON_DEMAND"));
        for f in [
            "questions/fr/gdpr.json",
            "questions/nl/profile.json",
            "questions/de/first.html",
            "locales/fr.ftl",
            "locales/documents-fr.ftl",
            "index.html",
            "checkup.config.json",
        ] {
            assert!(files.contains(&f.to_string()), "{f}");
        }
        // The PDF and documents modules and each language's hyphenation
        // patterns: fetched only when needed, kept once fetched, not precached.
        for f in ["pdf_worker_bg.wasm", "docs_worker_bg.wasm"] {
            assert!(on_demand.contains(&f.to_string()) && !files.contains(&f.to_string()));
        }
        for lang in Lang::ALL {
            let name = crate::pdf::hyphenate::file_name(lang);
            assert!(name.starts_with(HYPHENATION_PREFIX));
            let bytes = std::fs::read(dir.join(&name)).unwrap();
            assert!(crate::pdf::hyphenate::Hyphenator::from_bytes(lang, &bytes).is_ok());
            assert!(
                on_demand.contains(&name) && !files.contains(&name),
                "{name}"
            );
        }
        let again = finalize(&dir).unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.join("sw.js")).unwrap(),
            sw,
            "{again:?}"
        );
        // A federation's own configuration is kept.
        std::fs::write(dir.join("checkup.config.json"), "{\"name\": \"Unizo\"}").unwrap();
        finalize(&dir).unwrap();
        assert!(
            std::fs::read_to_string(dir.join("checkup.config.json"))
                .unwrap()
                .contains("Unizo")
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn invalid_built_in_packs_fail_the_build() {
        let dir = std::env::temp_dir().join(format!("checkup-site-bad-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("questions")).unwrap();
        for (name, text) in packs::builtin_files() {
            let text = if name == "gdpr.json" {
                text.replacen("\"version\": \"", "\"version\": \"x", 1)
            } else {
                text
            };
            std::fs::write(dir.join("questions").join(name), text).unwrap();
        }
        let err = write_packs_per_language(&dir).unwrap_err().to_string();
        assert!(err.contains("gdpr.json"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
