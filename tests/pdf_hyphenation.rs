//! Long words in a narrow PDF column: they break at a syllable with a
//! hyphen, in each language's own patterns, and no glyph runs past the
//! column. Checked on the PDF itself with pdftotext (poppler-utils).

use std::path::PathBuf;
use std::process::Command;

use checkup::domain::report::{self, Report, ReportInput};
use checkup::domain::{Catalog, Lang, engine, packs, transfer};
use checkup::pdf::blocks::{Align, Block, Column, Para, Row, Style, Table};
use checkup::pdf::fonts::Fonts;
use checkup::pdf::hyphenate::Hyphenator;
use checkup::pdf::layout::{CONTENT, MM};
use checkup::pdf::{draw, layout};

fn catalog() -> &'static Catalog {
    static C: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    C.get_or_init(packs::builtin)
}

fn report(lang: Lang) -> Report {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/personas/bakery.json"
    ))
    .unwrap();
    let a = transfer::import(&text, catalog()).unwrap().assessment;
    let ev = engine::evaluate(catalog(), &a.answers);
    report::build(&ReportInput {
        catalog: catalog(),
        assessment: &a,
        evaluation: &ev,
        lang,
        today: "2026-11-29",
        branding: None,
    })
}

/// The longest words (letters only) of the packs' question and action texts
/// in a language, longest first.
fn longest_words(lang: Lang, n: usize) -> Vec<String> {
    let c = catalog();
    let mut texts: Vec<String> = Vec::new();
    for (_, _, q) in c.all_questions() {
        texts.push(q.text.get(lang).to_string());
        texts.push(q.why.get(lang).to_string());
    }
    for a in c.all_actions() {
        texts.push(a.title.get(lang).to_string());
        texts.push(a.why.get(lang).to_string());
    }
    let mut words: Vec<String> = texts
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_alphabetic()))
        .filter(|w| w.chars().count() >= 12)
        .map(String::from)
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words.dedup();
    words.truncate(n);
    words
}

/// A word box of `pdftotext -bbox`: the text and its left and right edges
/// and top, in points from the page's top-left corner.
#[derive(Debug)]
struct WordBox {
    text: String,
    x_min: f32,
    x_max: f32,
    y_min: f32,
}

fn attr(tag: &str, name: &str) -> f32 {
    let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
    let end = start + tag[start..].find('"').unwrap();
    tag[start..end].parse().unwrap()
}

fn unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
}

/// The word boxes of each page.
fn word_boxes(pdf: &[u8], label: &str) -> Vec<Vec<WordBox>> {
    let path: PathBuf =
        std::env::temp_dir().join(format!("checkup-hyph-{label}-{}.pdf", std::process::id()));
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-bbox", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let _ = std::fs::remove_file(&path);
    assert!(out.status.success(), "{label}: pdftotext failed");
    let html = String::from_utf8_lossy(&out.stdout);
    html.split("<page ")
        .skip(1)
        .map(|page| {
            page.split("<word ")
                .skip(1)
                .map(|w| {
                    let (tag, rest) = w.split_once('>').unwrap();
                    let text = unescape(rest.split("</word>").next().unwrap());
                    WordBox {
                        text,
                        x_min: attr(tag, "xMin"),
                        x_max: attr(tag, "xMax"),
                        y_min: attr(tag, "yMin"),
                    }
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_longest_words_break_at_syllables_inside_a_narrow_column_in_every_language() {
    let column_w = CONTENT.width() / 6.0;
    assert!(column_w < 30.0 * MM);
    for lang in Lang::ALL {
        let mut words = longest_words(lang, 6);
        // The longest German and Dutch words of the packs, in every report.
        for other in [Lang::De, Lang::Nl] {
            if other != lang {
                words.extend(longest_words(other, 1));
            }
        }
        let r = report(lang);
        let mut doc = checkup::pdf::blocks::build(&r);
        let body = Style::body();
        doc.blocks = vec![Block::Table(Table {
            columns: vec![
                Column {
                    title: "A".into(),
                    width: 1.0,
                    align: Align::Left,
                    fit: false,
                },
                Column {
                    title: "B".into(),
                    width: 5.0,
                    align: Align::Left,
                    fit: false,
                },
            ],
            header: true,
            rows: words
                .iter()
                .map(|w| Row {
                    cells: vec![
                        vec![Para::text(w.clone(), body)],
                        vec![Para::text("x", body)],
                    ],
                    group: false,
                })
                .collect(),
        })];
        let hyphenator = Hyphenator::builtin(lang).unwrap();
        let fonts = Fonts::new().with_hyphenator(Some(hyphenator.clone()));
        let laid = layout::layout(&doc, &fonts);
        let pdf = draw::draw(&doc, &laid);
        let pages = word_boxes(&pdf, lang.code());
        // The column's words, top to bottom, on the first page after the cover.
        let right = CONTENT.left + column_w;
        let mut lines: Vec<&WordBox> = pages[1]
            .iter()
            .filter(|b| {
                b.x_min < right
                    && b.y_min > CONTENT.top
                    && b.y_min < CONTENT.bottom
                    && b.text != "A"
            })
            .collect();
        lines.sort_by(|a, b| a.y_min.total_cmp(&b.y_min));
        assert!(!lines.is_empty(), "{lang}: no text in the column");
        for b in &lines {
            assert!(
                b.x_max <= right + 0.5,
                "{lang}: {:?} runs past the column's right edge {right}",
                b
            );
        }
        // Read back, the lines give the words again; each break that is not
        // the end of a word is a syllable break of the language's patterns,
        // marked with a hyphen.
        let mut k = 0;
        let mut hyphenated = 0;
        for word in &words {
            let mut rebuilt = String::new();
            let mut breaks = Vec::new();
            while rebuilt.chars().count() < word.chars().count() {
                let line = &lines
                    .get(k)
                    .unwrap_or_else(|| panic!("{lang}: {word} is cut short: {rebuilt}"))
                    .text;
                k += 1;
                match line.strip_suffix('-') {
                    Some(part) if rebuilt.len() + part.len() < word.len() => {
                        rebuilt.push_str(part);
                        breaks.push(rebuilt.len());
                    }
                    _ => rebuilt.push_str(line),
                }
            }
            assert_eq!(&rebuilt, word, "{lang}");
            let allowed = hyphenator.breaks(word);
            for b in &breaks {
                assert!(
                    allowed.contains(b),
                    "{lang}: {word} broken at {b}, not a syllable ({allowed:?})"
                );
            }
            hyphenated += usize::from(!breaks.is_empty());
        }
        assert!(
            hyphenated >= words.len() / 2,
            "{lang}: only {hyphenated} of {} long words hyphenated",
            words.len()
        );
    }
}
