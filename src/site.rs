//! Finishing a build of `dist/` (run by trunk after each build, through
//! `checkup-cli finalize`):
//! - the start-up script trunk writes inline into `index.html` moves to its
//!   own file, so the app runs under a Content-Security-Policy without
//!   `'unsafe-inline'`;
//! - a neutral `checkup.config.json` is written unless one is there;
//! - the hyphenation patterns of each language go into their own file
//!   (`hyphenation-nl.bincode`, ...), so the PDF module fetches only the
//!   report language's patterns (they are not precached: the service worker
//!   keeps the copy the PDF module fetched);
//! - the service worker `sw.js` gets the list of this build's files and a
//!   version, so the app works offline and updates cleanly.

use std::path::{Path, PathBuf};

/// How the hyphenation pattern files of a build begin (see
/// [`crate::pdf::hyphenate::file_name`]).
const HYPHENATION_PREFIX: &str = "hyphenation-";

/// The service worker's code; `VERSION` and `FILES` are written above it.
const SW_TEMPLATE: &str = include_str!("web/sw.js");

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

/// Finishes the build in `dir` (see the module documentation). Idempotent.
pub fn finalize(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut notes = Vec::new();
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index)?;
    if let Some((new_html, name, script)) = extract_inline_script(&html) {
        std::fs::write(dir.join(&name), script)?;
        std::fs::write(&index, new_html)?;
        notes.push(format!("moved the start-up script to {name}"));
    }
    let config = dir.join(crate::domain::config::FILE);
    if !config.exists() {
        std::fs::write(
            &config,
            "{\n  \"$schema\": \"./questions/config.schema.json\"\n}\n",
        )?;
        notes.push("wrote a neutral checkup.config.json".into());
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
    // The service worker: every file of this build, and a version over their contents.
    let mut files = Vec::new();
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
        // Hyphenation patterns are not precached: the PDF module fetches the
        // report language's file when it makes a PDF, and the service worker
        // keeps that copy for offline use (network first, then cache).
        if !rel.starts_with(HYPHENATION_PREFIX) {
            files.push(rel);
        }
    }
    let parts: Vec<&[u8]> = contents.iter().map(Vec::as_slice).collect();
    let version = fnv_hex(&parts);
    let list = serde_json::to_string(&files).unwrap_or_else(|_| "[]".into());
    let sw = format!("const VERSION = \"{version}\";\nconst FILES = {list};\n{SW_TEMPLATE}");
    std::fs::write(dir.join("sw.js"), sw)?;
    notes.push(format!(
        "service worker {version} precaches {} files",
        files.len()
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
    fn finalize_writes_config_and_service_worker_and_is_idempotent() {
        let dir = std::env::temp_dir().join(format!("checkup-site-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("questions")).unwrap();
        std::fs::write(
            dir.join("index.html"),
            "<script type=\"module\">go()</script>",
        )
        .unwrap();
        std::fs::write(dir.join("questions/gdpr.json"), "{}").unwrap();
        finalize(&dir).unwrap();
        let sw = std::fs::read_to_string(dir.join("sw.js")).unwrap();
        assert!(
            sw.contains("\"questions/gdpr.json\"")
                && sw.contains("\"index.html\"")
                && sw.contains("checkup.config.json")
        );
        // Each language's hyphenation patterns, in its own file, fetched
        // only for a PDF in that language (not precached).
        for lang in crate::domain::Lang::ALL {
            let name = crate::pdf::hyphenate::file_name(lang);
            assert!(name.starts_with(HYPHENATION_PREFIX));
            let bytes = std::fs::read(dir.join(&name)).unwrap();
            assert!(crate::pdf::hyphenate::Hyphenator::from_bytes(lang, &bytes).is_ok());
            assert!(!sw.contains(&format!("\"{name}\"")), "{name}");
        }
        assert!(
            !std::fs::read_to_string(dir.join("index.html"))
                .unwrap()
                .contains("go()")
        );
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
}
