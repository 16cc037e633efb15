//! Reads the interface texts in `locales/<lang>/*.ftl` (Project Fluent) and
//! generates, in `OUT_DIR/messages.rs`:
//! - `Msg`: one variant per message of the English files (a Fluent id
//!   `cyfun-blocked` becomes `Msg::CyfunBlocked`), with the variables each
//!   message takes, so Rust code can only name messages that exist;
//! - `StartText`: the first screen's texts (`start.ftl`, plain text only) as
//!   a small table in all four languages, so the first screen needs no
//!   Fluent runtime;
//! - `Doc`: the same for the texts of the GDPR starter documents
//!   (`documents.ftl`), kept apart so the browser app does not carry their
//!   ids: only the documents module loads those texts;
//! - on native targets, the text of every file (the browser fetches only the
//!   active language's file instead).
//!
//! A file that does not parse fails the build, naming the file and line.
//! Completeness and matching variables across languages are checked by
//! `cargo test` (src/domain/i18n.rs), which lists every problem at once.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

const LANGS: [&str; 4] = ["nl", "fr", "de", "en"];
const START_FILE: &str = "start.ftl";
/// The texts of the documents (record, registers, privacy notice, incident card).
const DOCUMENTS_FILE: &str = "documents.ftl";

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    files
}

fn camel(id: &str) -> String {
    id.split('-')
        .map(|part| {
            let mut c = part.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

fn vars_inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                vars_inline(a, out);
            }
            for a in &arguments.named {
                vars_inline(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => vars_expr(expression, out),
        _ => {}
    }
}

fn vars_expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            vars_inline(selector, out);
            for v in variants {
                vars_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => vars_inline(i, out),
    }
}

fn vars_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            vars_expr(expression, out);
        }
    }
}

/// The pattern as plain text, or `None` when it has a placeable.
fn plain(p: &ast::Pattern<&str>) -> Option<String> {
    let mut s = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => s.push_str(value),
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(s)
}

/// A short English rendering for the documentation of `Msg` (placeables as `{…}`).
fn doc_text(p: &ast::Pattern<&str>) -> String {
    let mut s = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => s.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                let mut v = BTreeSet::new();
                vars_expr(expression, &mut v);
                match (expression, v.into_iter().next()) {
                    (ast::Expression::Select { .. }, Some(v)) => {
                        let _ = write!(s, "{{{v} -> …}}");
                    }
                    (_, Some(v)) => {
                        let _ = write!(s, "{{{v}}}");
                    }
                    _ => s.push('…'),
                }
            }
        }
    }
    s.replace('\n', " ")
}

fn line_of(text: &str, pos: usize) -> usize {
    text[..pos.min(text.len())].matches('\n').count() + 1
}

struct Message {
    id: String,
    vars: BTreeSet<String>,
    doc: String,
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let locales = root.join("locales");
    println!("cargo:rerun-if-changed=locales");

    let mut messages: Vec<Message> = Vec::new();
    let mut docs: Vec<Message> = Vec::new();
    let mut start: Vec<(String, Vec<String>)> = Vec::new();
    let mut sources = String::new();
    for lang in LANGS {
        let dir = locales.join(lang);
        println!("cargo:rerun-if-changed=locales/{lang}");
        let mut files = String::new();
        for path in ftl_files(&dir) {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let shown = format!("locales/{lang}/{name}");
            let resource = match fluent_syntax::parser::parse(text.as_str()) {
                Ok(r) => r,
                Err((_, errors)) => {
                    let list: Vec<String> = errors
                        .iter()
                        .map(|e| format!("{shown}:{}: {}", line_of(&text, e.pos.start), e.kind))
                        .collect();
                    panic!("Fluent syntax errors:\n{}", list.join("\n"));
                }
            };
            for entry in &resource.body {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let Some(value) = &m.value else { continue };
                if name == START_FILE {
                    let Some(t) = plain(value) else {
                        panic!(
                            "{shown}: \"{}\" must be plain text (the first screen has no Fluent runtime)",
                            m.id.name
                        );
                    };
                    let pos = LANGS.iter().position(|l| *l == lang).unwrap();
                    match start.iter_mut().find(|(id, _)| id == m.id.name) {
                        Some((_, texts)) => texts[pos] = t,
                        None => {
                            let mut texts = vec![String::new(); 4];
                            texts[pos] = t;
                            start.push((m.id.name.to_string(), texts));
                        }
                    }
                }
                if lang == "en" {
                    let mut vars = BTreeSet::new();
                    vars_pattern(value, &mut vars);
                    let list = if name == DOCUMENTS_FILE {
                        &mut docs
                    } else {
                        &mut messages
                    };
                    list.push(Message {
                        id: m.id.name.to_string(),
                        vars,
                        doc: doc_text(value),
                    });
                }
            }
            let _ = write!(
                files,
                "(\"{name}\", include_str!({:?})), ",
                path.display().to_string()
            );
        }
        let _ = writeln!(sources, "    (\"{lang}\", &[{files}]),");
    }

    let mut out = String::new();
    enum_code(
        &mut out,
        "Msg",
        "/// An interface or report text: one variant per message of `locales/en/*.ftl`\n\
         /// (except `documents.ftl`). See the module documentation.",
        &messages,
    );
    enum_code(
        &mut out,
        "Doc",
        "/// A text of the GDPR starter documents: one variant per message of\n\
         /// `locales/en/documents.ftl`. See the module documentation.",
        &docs,
    );

    out.push_str(
        "/// The first screen's texts (`locales/<lang>/start.ftl`), compiled in for all\n\
         /// four languages: the first screen shows them without loading Fluent.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq)]\n\
         pub enum StartText {\n",
    );
    for (id, texts) in &start {
        let _ = writeln!(out, "    #[doc = {:?}]\n    {},", texts[3], camel(id));
    }
    out.push_str("}\n\nimpl StartText {\n    /// The text in `lang`.\n    pub const fn get(self, lang: Lang) -> &'static str {\n        match (self, lang) {\n");
    for (id, texts) in &start {
        for (i, lang) in ["Nl", "Fr", "De", "En"].iter().enumerate() {
            let _ = writeln!(
                out,
                "            (StartText::{}, Lang::{lang}) => {:?},",
                camel(id),
                texts[i]
            );
        }
    }
    out.push_str("        }\n    }\n}\n\n");

    out.push_str(
        "/// Every locale file's text, per language code (native builds only: the\n\
         /// browser fetches the active language's file).\n\
         #[cfg(not(target_arch = \"wasm32\"))]\n\
         pub(crate) const SOURCES: [(&str, &[(&str, &str)]); 4] = [\n",
    );
    out.push_str(&sources);
    out.push_str("];\n");

    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    std::fs::write(dest, out).unwrap();
}

/// Writes an enum of messages (`Msg`, `Doc`) with `ALL`, `id` and `vars`.
fn enum_code(out: &mut String, name: &str, doc: &str, messages: &[Message]) {
    let _ = writeln!(
        out,
        "{doc}\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum {name} {{"
    );
    for m in messages {
        let _ = writeln!(out, "    #[doc = {:?}]\n    {},", m.doc, camel(&m.id));
    }
    let _ = writeln!(
        out,
        "}}\n\nimpl {name} {{\n    /// Every message, in file order.\n    pub const ALL: &'static [{name}] = &["
    );
    for m in messages {
        let _ = writeln!(out, "        {name}::{},", camel(&m.id));
    }
    out.push_str("    ];\n\n    /// The Fluent id, e.g. `cyfun-blocked`.\n    pub const fn id(self) -> &'static str {\n        match self {\n");
    for m in messages {
        let _ = writeln!(out, "            {name}::{} => {:?},", camel(&m.id), m.id);
    }
    if messages.is_empty() {
        out.push_str("            _ => \"\",\n");
    }
    out.push_str("        }\n    }\n\n    /// The variables the message takes (sorted), as the English file declares them.\n    pub const fn vars(self) -> &'static [&'static str] {\n        match self {\n");
    for m in messages {
        let list: Vec<String> = m.vars.iter().map(|v| format!("{v:?}")).collect();
        let _ = writeln!(
            out,
            "            {name}::{} => &[{}],",
            camel(&m.id),
            list.join(", ")
        );
    }
    if messages.is_empty() {
        out.push_str("            _ => &[],\n");
    }
    out.push_str("        }\n    }\n}\n\n");
}
