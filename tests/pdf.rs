//! The PDF renderer: the layout checked on its positioned items (no PDF
//! needed), and the finished PDFs of five personas in four languages checked
//! with poppler's `pdftotext` and `qpdf --check`. Set CHECKUP_PDF_KEEP=DIR
//! to keep the PDFs in DIR.

#![cfg(all(feature = "pdf", not(target_arch = "wasm32")))]

use std::path::PathBuf;
use std::process::Command;

use checkup::domain::horizon::Horizon;
use checkup::domain::report::{self, Branding, Report, ReportInput, ReportKind};
use checkup::domain::{Catalog, Lang, engine, packs, transfer};
use checkup::pdf::layout::{CONTENT, Item, Layout, PRINTABLE, Page, TextRun};

const PERSONAS: [&str; 5] = ["bakery", "accountant", "transport", "medical", "model"];
const TODAY: &str = "2026-11-29";
/// The size goal for the largest persona: the fonts carry Latin, Greek, Cyrillic
/// and symbols, subset to what the report uses.
const MAX_BYTES: usize = 320_000;

fn catalog() -> &'static Catalog {
    static C: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    C.get_or_init(packs::builtin)
}

/// Builds a persona's report the way `checkup-cli report` does.
fn persona_report(name: &str, lang: Lang) -> Report {
    let path = format!("{}/tests/personas/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let imported = transfer::import(&text, catalog()).unwrap_or_else(|e| panic!("{path}: {e}"));
    let assessment = imported.assessment;
    let evaluation = engine::evaluate(catalog(), &assessment.answers);
    report::build(&ReportInput {
        catalog: catalog(),
        assessment: &assessment,
        evaluation: &evaluation,
        lang,
        today: TODAY,
        branding: None,
    })
}

/// A persona's full report (every action in detail, findings, all answers).
fn full_report(name: &str, lang: Lang) -> Report {
    Report {
        kind: ReportKind::Full,
        ..persona_report(name, lang)
    }
}

fn texts(page: &Page) -> impl Iterator<Item = &TextRun> {
    page.texts()
}

/// All body text of the layout (no running header or footer), page after
/// page, without whitespace.
fn squeezed_text(layout: &Layout) -> String {
    layout
        .pages
        .iter()
        .flat_map(|p| p.texts())
        .filter(|t| t.y > CONTENT.top && t.y < CONTENT.bottom)
        .flat_map(|t| t.text.chars())
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

/// The text without spaces, line breaks and hyphens (long words may break
/// at a syllable with a hyphen).
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

/// Every item has finite coordinates, every glyph box lies in the printable
/// area and between the left and right margins, and body text stays in the
/// content frame.
fn assert_inside(layout: &Layout, what: &str) {
    assert!(!layout.pages.is_empty(), "{what}: no pages");
    for (n, page) in layout.pages.iter().enumerate() {
        for item in &page.items {
            assert!(item.is_finite(), "{what}, page {}: {item:?}", n + 1);
            let (l, t, r, b) = item.bbox();
            if let Item::Rect { .. } = item
                && page.cover
            {
                // The cover's accent band runs to the page edges.
                continue;
            }
            assert!(
                PRINTABLE.contains(l, t, r, b),
                "{what}, page {}: outside the printable area: {item:?}",
                n + 1
            );
            assert!(
                l >= CONTENT.left - 0.01 && r <= CONTENT.right + 0.01,
                "{what}, page {}: outside the margins: {item:?}",
                n + 1
            );
        }
        for t in texts(page) {
            let (_, top, _, bottom) = t.bbox();
            let in_header = bottom < CONTENT.top;
            let in_footer = top > CONTENT.bottom;
            if !(page.cover || in_header || in_footer) {
                assert!(
                    CONTENT.contains(t.x, top, t.x + t.width, bottom),
                    "{what}, page {}: body text outside the content frame: {t:?}",
                    n + 1
                );
            }
        }
    }
    for e in &layout.outline {
        assert!(
            e.page < layout.pages.len(),
            "{what}: bookmark past the end: {e:?}"
        );
    }
}

#[test]
fn every_glyph_of_every_persona_lies_inside_the_page() {
    for name in PERSONAS {
        for lang in [Lang::Nl, Lang::De] {
            for report in [persona_report(name, lang), full_report(name, lang)] {
                let (_, layout) = checkup::pdf::layout(&report);
                assert_inside(
                    &layout,
                    &format!("{name}/{}/{:?}", lang.code(), report.kind),
                );
            }
        }
    }
}

#[test]
fn a_long_name_and_a_long_note_wrap_and_never_leave_the_page() {
    let mut report = persona_report("bakery", Lang::Fr);
    let name = "Boulangerie-Pâtisserie Peeters & Fils, Société Coopérative ".repeat(6);
    let name = format!(
        "{}{}",
        &name[..name.char_indices().nth(290).unwrap().0],
        "Zwölf-ÉÇÜß"
    );
    assert!(name.chars().count() >= 300);
    report.organisation = name.clone();
    let note = format!(
        "{} {}",
        "Remarque très longue de l'utilisateur, écrite sans retenue. ".repeat(30),
        "https://example.be/".to_string() + &"x".repeat(200)
    );
    assert!(note.chars().count() >= 2000);
    report.plan[0].note = note.clone();
    report.plan[1].owner = "Responsable ".repeat(170);
    report.plan[2].due = "2026-12-31".repeat(40);
    let (_, layout) = checkup::pdf::layout(&report);
    assert_inside(&layout, "long texts");

    let all = squeezed_text(&layout);
    assert!(
        all.contains(&squeeze(&note)),
        "the note is not shown in full"
    );
    assert!(all.contains(&squeeze(&report.plan[1].owner)));
    // The name is shown on the cover (wrapped; cut with an ellipsis only if
    // there is no room) and in full in no single line.
    let cover: String = squeeze(
        &layout.pages[0]
            .texts()
            .map(|t| t.text.as_str())
            .collect::<String>(),
    );
    assert!(cover.contains(&squeeze(&name[..100])), "{cover}");
    let widest = layout
        .pages
        .iter()
        .flat_map(|p| p.texts())
        .map(|t| t.width)
        .fold(0.0, f32::max);
    assert!(widest <= CONTENT.right - CONTENT.left + 0.01);

    let pdf = checkup::pdf::render(&report);
    check_pdf(&pdf, "long-texts");
}

/// A rank ("12.") in the first column of the plan table.
fn is_rank(t: &TextRun) -> bool {
    (t.x - (CONTENT.left + 3.0)).abs() < 0.5
        && t.style.size == 7.5
        && t.text.len() > 1
        && t.text.ends_with('.')
        && t.text[..t.text.len() - 1]
            .chars()
            .all(|c| c.is_ascii_digit())
}

/// The pages holding rows of the plan table.
fn plan_table_pages(layout: &Layout) -> Vec<usize> {
    layout
        .pages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.texts().any(is_rank))
        .map(|(i, _)| i)
        .collect()
}

fn assert_header_on(layout: &Layout, report: &Report, pages: &[usize]) {
    let l = &report.labels;
    for &i in pages {
        let page = &layout.pages[i];
        // The header row: the runs beside its "#" (a title may take two lines).
        let hash = page
            .texts()
            .find(|t| t.text == "#" && t.style.size < 8.0)
            .unwrap_or_else(|| panic!("page {}: no table header", i + 1));
        let head: String = page
            .texts()
            .filter(|t| t.y >= hash.y - 1.0 && t.y < hash.y + 20.0 && t.style.size < 8.0)
            .map(|t| t.text.as_str())
            .collect();
        let mut labels = vec![&l.action, &l.effort];
        // The person's columns only when filled in.
        if report.plan.iter().any(|p| !p.owner.is_empty()) {
            labels.push(&l.owner);
        }
        for label in labels {
            assert!(
                squeeze(&head).contains(&squeeze(label)),
                "page {}: no table header {label:?} in {head:?}",
                i + 1
            );
        }
        let first_row = page
            .texts()
            .filter(|t| is_rank(t) || t.text.starts_with("Person1"))
            .map(|t| t.y)
            .fold(f32::INFINITY, f32::min);
        assert!(hash.y < first_row, "page {}: header below a row", i + 1);
    }
}

#[test]
fn the_plan_table_repeats_its_header_on_every_page_it_spans() {
    for lang in Lang::ALL {
        let report = full_report("bakery", lang);
        let (_, layout) = checkup::pdf::layout(&report);
        let pages = plan_table_pages(&layout);
        assert!(
            pages.len() >= 2,
            "{}: the table fits one page?",
            lang.code()
        );
        assert!(pages.windows(2).all(|w| w[1] == w[0] + 1), "{pages:?}");
        assert_header_on(&layout, &report, &pages);
        // Every rank appears once, in order.
        let ranks: Vec<usize> = pages
            .iter()
            .flat_map(|&i| layout.pages[i].texts())
            .filter(|t| is_rank(t))
            .filter_map(|t| t.text.trim_end_matches('.').parse().ok())
            .collect();
        let expected: Vec<usize> = (1..=report.plan.len()).collect();
        assert_eq!(ranks, expected);
    }
}

#[test]
fn a_row_taller_than_a_page_continues_line_by_line_under_a_repeated_header() {
    let mut report = full_report("bakery", Lang::En);
    report.plan[0].owner = (1..=220)
        .map(|i| format!("Person{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    let (_, layout) = checkup::pdf::layout(&report);
    assert_inside(&layout, "tall row");
    // The owner's words appear in order, each whole, on the table's pages.
    let owner_pages: Vec<usize> = layout
        .pages
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.texts()
                .any(|t| t.text.starts_with("Person") && t.style.size < 8.0)
        })
        .map(|(i, _)| i)
        .collect();
    assert!(owner_pages.len() >= 2, "{owner_pages:?}");
    assert_header_on(&layout, &report, &owner_pages);
    let words: Vec<String> = owner_pages
        .iter()
        .flat_map(|&i| layout.pages[i].texts())
        .filter(|t| t.text.starts_with("Person") && t.style.size < 8.0)
        .flat_map(|t| {
            t.text
                .split_whitespace()
                // Not the header "Person in charge".
                .filter(|w| w.len() > 6 && w[6..].chars().all(|c| c.is_ascii_digit()))
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    let expected: Vec<String> = (1..=220).map(|i| format!("Person{i}")).collect();
    assert_eq!(words, expected);
}

#[test]
fn headings_are_never_left_alone_at_the_bottom_of_a_page() {
    for name in PERSONAS {
        let report = persona_report(name, Lang::Fr);
        let (_, layout) = checkup::pdf::layout(&report);
        assert!(layout.outline.len() > 5);
        for e in &layout.outline {
            let page = &layout.pages[e.page];
            let followed = page
                .texts()
                .any(|t| t.y > e.y + 14.0 && t.y < CONTENT.bottom && t.style.size <= 10.5);
            assert!(
                followed,
                "{name}: heading {:?} alone on page {}",
                e.title,
                e.page + 1
            );
        }
    }
}

/// A page that opens no part or section of its own carries more than the
/// last line or two of the one before (the last reading tip of a list, say):
/// the page turns earlier instead.
#[test]
fn no_page_holds_only_the_last_lines_of_a_part() {
    for name in PERSONAS {
        for lang in Lang::ALL {
            let (_, layout) = checkup::pdf::layout(&full_report(name, lang));
            for (i, page) in layout.pages.iter().enumerate() {
                if layout.outline.iter().any(|e| e.page == i) {
                    continue;
                }
                let body: Vec<&TextRun> = texts(page)
                    .filter(|t| t.y > CONTENT.top && t.y < CONTENT.bottom)
                    .collect();
                let top = body.iter().map(|t| t.y - t.ascent).fold(f32::MAX, f32::min);
                let bottom = body.iter().map(|t| t.y + t.descent).fold(0.0, f32::max);
                assert!(
                    bottom - top > 40.0,
                    "{name} ({lang:?}): page {} holds only {:?}",
                    i + 1,
                    body.iter().map(|t| t.text.as_str()).collect::<Vec<_>>()
                );
            }
        }
    }
}

#[test]
fn odd_content_does_not_break_the_renderer() {
    let mut report = persona_report("transport", Lang::De);
    report.organisation =
        "Émoji 😀 \u{0} Ctrl\u{7}\u{1b}[31m \t 世界 \u{202e}rtl\u{200b}".to_string();
    report.title = String::new();
    report.subtitle = "\n\n\n".to_string();
    report.labels.page = "{pages}{page}{page}{nothing}".to_string();
    report.date_iso = "not a date".to_string();
    report.plan[0].title = "x".repeat(5000);
    report.plan[0].how = vec![String::new(), "\u{feff}".to_string()];
    if let Some(t) = report
        .plan
        .iter_mut()
        .flat_map(|p| p.tips.iter_mut())
        .next()
    {
        t.url = "javascript:alert(1)".to_string();
    }
    if let Some(s) = report
        .packs
        .first_mut()
        .and_then(|p| p.sections.first_mut())
    {
        s.score = Some(250);
    }
    report.overall = Some(255);
    let (_, layout) = checkup::pdf::layout(&report);
    assert_inside(&layout, "odd content");
    let all = squeezed_text(&layout);
    assert!(
        all.contains("Émoji\u{FFFD}"),
        "{}",
        &all[..200.min(all.len())]
    );
    assert!(!all.contains('\u{0}') && !all.contains('\u{1b}'));
    for p in &layout.pages {
        for i in &p.items {
            if let Item::Link { url, .. } = i {
                assert!(url.starts_with("http"), "{url}");
            }
        }
    }
    check_pdf(&checkup::pdf::render(&report), "odd");

    // Nearly nothing at all.
    let mut empty = persona_report("model", Lang::En);
    empty.organisation = String::new();
    empty.plan.clear();
    empty.quick_wins = vec!["missing".into()];
    empty.packs.clear();
    empty.findings.clear();
    empty.appendix.clear();
    empty.tips.clear();
    empty.method.clear();
    empty.disclaimer = String::new();
    empty.overall = None;
    let (_, layout) = checkup::pdf::layout(&empty);
    assert_inside(&layout, "empty");
    check_pdf(&checkup::pdf::render(&empty), "empty");
}

fn png_logo() -> String {
    use base64::Engine as _;
    let mut bytes = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut bytes, 40, 16);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().unwrap();
        let data: Vec<u8> = (0..40 * 16)
            .flat_map(|i| {
                [
                    (i % 40 * 6) as u8,
                    80,
                    160,
                    if i % 7 == 0 { 0 } else { 255 },
                ]
            })
            .collect();
        w.write_image_data(&data).unwrap();
    }
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[test]
fn a_federation_brands_the_cover_with_its_logo_colour_and_helpdesk() {
    let mut report = persona_report("bakery", Lang::Nl);
    report.branding = Some(Branding {
        name: "Unie van Bakkers vzw".into(),
        helpdesk_text: "Vragen? Onze helpdesk helpt je verder, elke werkdag van 9 tot 17 uur."
            .into(),
        helpdesk_url: "https://www.example.be/helpdesk?taal=nl&vraag=privé".into(),
        logo_png_base64: png_logo(),
        colour: "#7a1f5c".into(),
    });
    let (doc, layout) = checkup::pdf::layout(&report);
    assert_eq!(
        doc.accent,
        checkup::pdf::blocks::Colour::rgb(0x7a, 0x1f, 0x5c)
    );
    assert!(doc.logo.is_some());
    assert!(
        layout.pages[0]
            .items
            .iter()
            .any(|i| matches!(i, Item::Image { .. }))
    );
    assert!(layout.pages[0].items.iter().any(|i| matches!(
        i,
        Item::Link { url, .. } if url == "https://www.example.be/helpdesk?taal=nl&vraag=priv%C3%A9"
    )));
    assert_inside(&layout, "branded");
    let pdf = checkup::pdf::render(&report);
    let text = check_pdf(&pdf, "branded");
    assert!(text.contains("UnievanBakkersvzw"));
    assert!(text.contains(&squeeze("elke werkdag van 9 tot 17 uur")));

    // A broken logo and an unreadable colour are ignored.
    if let Some(b) = report.branding.as_mut() {
        b.logo_png_base64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB".into();
        b.colour = "yellow".into();
    }
    let (doc, _) = checkup::pdf::layout(&report);
    assert!(doc.logo.is_none());
    assert_eq!(doc.accent, checkup::pdf::blocks::ACCENT);
    check_pdf(&checkup::pdf::render(&report), "broken-logo");
}

// ---------------------------------------------------------------------------
// The finished PDFs

fn tool(name: &str) -> &str {
    let found = Command::new(name).arg("--version").output().is_ok()
        || Command::new(name).arg("-v").output().is_ok();
    assert!(
        found,
        "{name} is missing: install poppler-utils and qpdf (./setup.sh test does)"
    );
    name
}

fn temp_file(label: &str) -> PathBuf {
    std::env::temp_dir().join(format!(
        "checkup-pdf-test-{}-{label}.pdf",
        std::process::id()
    ))
}

/// Writes the PDF, checks it with qpdf and returns its text (pdftotext
/// -layout) without whitespace.
fn check_pdf(pdf: &[u8], label: &str) -> String {
    assert!(pdf.starts_with(b"%PDF-1.7"), "{label}: not a PDF");
    let path = temp_file(label);
    std::fs::write(&path, pdf).unwrap();
    let qpdf = Command::new(tool("qpdf"))
        .arg("--check")
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        qpdf.status.success(),
        "{label}: qpdf --check failed:\n{}{}",
        String::from_utf8_lossy(&qpdf.stdout),
        String::from_utf8_lossy(&qpdf.stderr)
    );
    let out = Command::new(tool("pdftotext"))
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "{label}: pdftotext failed");
    // CHECKUP_PDF_KEEP=DIR keeps the PDFs there, to look at them.
    match std::env::var_os("CHECKUP_PDF_KEEP") {
        Some(dir) => {
            let _ = std::fs::rename(&path, PathBuf::from(dir).join(format!("{label}.pdf")));
        }
        None => {
            let _ = std::fs::remove_file(&path);
        }
    }
    squeeze(&String::from_utf8_lossy(&out.stdout))
}

/// The page limit of a persona's short report: 12 A4 pages for a
/// micro-enterprise (1-9 people), 20 for the others.
fn page_limit(name: &str) -> usize {
    let path = format!("{}/tests/personas/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let a = transfer::import(&std::fs::read_to_string(path).unwrap(), catalog())
        .unwrap()
        .assessment;
    match a.answers.get("profile.staff").and_then(|v| v.one()) {
        Some("1-9") => 12,
        _ => 20,
    }
}

/// Texts that must not appear in a report in `lang`: the English wording of
/// labels, horizons, people and hours (they all read differently in the other
/// languages) and unfilled placeholders.
fn untranslated(report: &Report, english: &Report) -> Vec<String> {
    let mut out = vec!["{ $".to_string(), "{$".to_string()];
    if report.lang == Lang::En {
        return out;
    }
    let texts = |r: &Report| -> Vec<String> {
        let l = &r.labels;
        let mut t: Vec<String> = vec![
            l.situation.clone(),
            l.plan_soon.clone(),
            l.plan_rest.clone(),
            l.method.clone(),
            l.action.clone(),
            l.effort.clone(),
            l.who.clone(),
            r.ask.title.clone(),
            r.ask.intro.clone(),
        ];
        t.extend(r.horizons.iter().map(|h| h.total.clone()));
        t.extend(r.who.iter().map(|w| w.label.clone()));
        t.extend(r.ask.groups.iter().map(|g| g.heading.clone()));
        t.extend(r.plan.iter().map(|p| p.hours_label.clone()));
        t
    };
    // Only where the language says it differently ("Action" is French too).
    for (en, ours) in texts(english).into_iter().zip(texts(report)) {
        if en != ours {
            out.push(en);
        }
    }
    out
}

#[test]
fn every_persona_renders_in_every_language() {
    let mut largest = (0, String::new());
    for name in PERSONAS {
        let limit = page_limit(name);
        for lang in Lang::ALL {
            let english = persona_report(name, Lang::En);
            for kind in [ReportKind::Short, ReportKind::Full] {
                let full = kind == ReportKind::Full;
                let label = format!(
                    "{name}-{}-{}",
                    lang.code(),
                    if full { "full" } else { "short" }
                );
                let report = Report {
                    kind,
                    ..persona_report(name, lang)
                };
                let started = std::time::Instant::now();
                let pdf = checkup::pdf::render(&report);
                let took = started.elapsed();
                let (_, layout) = checkup::pdf::layout(&report);
                let pages = layout.pages.len();
                eprintln!(
                    "{label}: {} bytes, {pages} pages, rendered in {took:?}",
                    pdf.len()
                );
                if !full {
                    assert!(
                        pages <= limit,
                        "{label}: {pages} pages, over the limit of {limit}"
                    );
                }
                if pdf.len() > largest.0 {
                    largest = (pdf.len(), label.clone());
                }
                let text = check_pdf(&pdf, &label);
                let has = |s: &str, what: &str| {
                    assert!(
                        text.contains(&squeeze(s)),
                        "{label}: {what} {s:?} not found"
                    );
                };
                has(&report.organisation, "organisation");
                has(&report.title, "title");
                for pack in &report.packs {
                    has(&pack.title, "pack");
                    for s in &pack.sections {
                        has(&s.title, "section");
                    }
                }
                // The horizons, each with its total.
                for h in &report.horizons {
                    let shown = full || h.horizon <= Horizon::ThisMonth || !report.plan.is_empty();
                    if shown {
                        has(&h.title, "horizon");
                        has(&h.total, "horizon total");
                    }
                }
                // This week's and this month's actions with their steps; every
                // action at least by its title (a table's columns interleave in
                // pdftotext: the table is read from the layout).
                let laid_out: String = squeezed_text(&layout)
                    .chars()
                    .filter(|c| *c != '•')
                    .collect();
                let steps_laid_out: String = layout
                    .pages
                    .iter()
                    .flat_map(|p| p.texts())
                    .filter(|t| t.y > CONTENT.top && t.y < CONTENT.bottom)
                    .filter(|t| {
                        let mark = t.text.trim().trim_end_matches('.');
                        !(t.text.trim() == "•"
                            || (!mark.is_empty() && mark.chars().all(|c| c.is_ascii_digit())))
                    })
                    .flat_map(|t| t.text.chars())
                    .filter(|c| !c.is_whitespace() && *c != '-')
                    .collect();
                for p in &report.plan {
                    assert!(
                        laid_out.contains(&squeeze(&p.title)),
                        "{label}: plan action {:?} not found",
                        p.title
                    );
                    if full || p.horizon <= Horizon::ThisMonth {
                        for step in p
                            .how
                            .iter()
                            .chain(p.platform_how.iter().flat_map(|h| h.how.iter()))
                        {
                            // Read from the layout without the list's numbers:
                            // a long step may run over a page break, where the
                            // footer and header come between its halves in the
                            // PDF's text.
                            assert!(
                                steps_laid_out.contains(&squeeze(step)),
                                "{label}: step {step:?} not found"
                            );
                        }
                        has(&p.who_label, "who");
                    }
                    if !full && p.horizon > Horizon::ThisMonth {
                        // The short report does not explain each later action.
                        assert!(
                            p.how
                                .iter()
                                .all(|s| s.len() < 30 || !text.contains(&squeeze(s))),
                            "{label}: the steps of {} in the short report",
                            p.id
                        );
                    }
                }
                for g in &report.ask.groups {
                    has(&g.heading, "ask heading");
                    for q in &g.questions {
                        has(&q.text, "question to ask");
                    }
                }
                for v in [&report.cyfun.verdict, &report.gdpr, &report.nis2.verdict] {
                    has(&v.headline, "verdict");
                    has(&v.count, "verdict count");
                }
                for bad in untranslated(&report, &english) {
                    assert!(
                        bad.trim().is_empty() || !text.contains(&squeeze(&bad)),
                        "{label}: untranslated {bad:?}"
                    );
                }
                // The labels (with their accents), exactly as in the model.
                let l = &report.labels;
                let mut labels = vec![&l.overall, &l.method, &l.date, &l.language];
                if full {
                    labels.extend([&l.summary, &l.scores, &l.action_plan, &l.appendix]);
                } else {
                    labels.extend([&l.situation, &l.scores, &l.full_report_note]);
                }
                if report.plan.is_empty() {
                    labels.push(&l.no_actions);
                } else if full || report.plan.iter().any(|p| p.horizon > Horizon::ThisMonth) {
                    labels.extend([&l.action, &l.effort]);
                }
                if full && report.plan.iter().any(|p| !p.reasons.is_empty()) {
                    labels.push(&l.because);
                }
                if !report.quick_wins.is_empty() {
                    labels.push(&l.start_this_week);
                }
                if full && report.findings.iter().any(|f| !f.findings.is_empty()) {
                    labels.push(&l.findings);
                }
                if full && !report.tips.is_empty() {
                    labels.push(&l.reading_tips);
                    has(&report.tips[0].url, "tip address");
                }
                for label_text in labels {
                    has(label_text, "label");
                }
                has(&report.date, "date");
                has(&report.language, "language");
                has(
                    &l.page
                        .replace("{page}", "2")
                        .replace("{pages}", &pages.to_string()),
                    "page label",
                );
                if full && let Some(a) = report.appendix.first().and_then(|s| s.lines.first()) {
                    has(&a.answer, "appendix answer");
                }
                let accented: Vec<char> = "éèëêçàâäöüßÉÈÜÖÄ".chars().collect();
                let words_with_accents = text.chars().filter(|c| accented.contains(c)).count();
                if matches!(lang, Lang::Fr | Lang::De) {
                    assert!(words_with_accents > 20, "{label}: accents lost?");
                }
            }
        }
    }
    eprintln!("largest: {} ({} bytes)", largest.1, largest.0);
    assert!(
        largest.0 < MAX_BYTES,
        "{} is {} bytes, over the {MAX_BYTES} goal",
        largest.1,
        largest.0
    );
}

#[test]
fn the_short_report_is_short_and_the_full_one_has_every_action_in_detail() {
    for name in ["bakery", "transport"] {
        for lang in Lang::ALL {
            let short = persona_report(name, lang);
            let full = full_report(name, lang);
            let (_, s) = checkup::pdf::layout(&short);
            let (_, f) = checkup::pdf::layout(&full);
            assert!(
                s.pages.len() <= page_limit(name),
                "{name}/{lang}: {}",
                s.pages.len()
            );
            assert!(
                f.pages.len() > 2 * s.pages.len(),
                "{name}/{lang}: {} and {}",
                f.pages.len(),
                s.pages.len()
            );
            // Every action has a heading of its own in the full report (the
            // bullets of a list are drawn after the first line of a point).
            let text: String = squeezed_text(&f).chars().filter(|c| *c != '•').collect();
            for p in &full.plan {
                assert!(
                    text.contains(&squeeze(&format!("{}. {}", p.rank, p.title))),
                    "{name}/{lang}: {} not in the full report",
                    p.id
                );
                for r in &p.reasons {
                    assert!(
                        text.contains(&squeeze(r)),
                        "{name}/{lang}: reason of {}",
                        p.id
                    );
                }
            }
        }
    }
}

#[test]
fn the_planning_columns_appear_only_when_filled_in() {
    // The header row of the plan table: the runs beside its "#".
    let owner_column = |r: &Report| {
        let (_, layout) = checkup::pdf::layout(r);
        let l = &r.labels;
        let mut heads = String::new();
        for page in &layout.pages {
            let Some(hash) = page.texts().find(|t| t.text == "#") else {
                continue;
            };
            for t in page
                .texts()
                .filter(|t| t.y >= hash.y - 1.0 && t.y < hash.y + 20.0)
            {
                heads.push_str(&t.text);
            }
        }
        let heads = squeeze(&heads);
        (
            heads.contains(&squeeze(&l.owner)),
            heads.contains(&squeeze(&l.due)),
            heads.contains(&squeeze(&l.status)),
        )
    };
    for kind in [ReportKind::Short, ReportKind::Full] {
        let mut r = Report {
            kind,
            ..persona_report("bakery", Lang::En)
        };
        assert_eq!(
            owner_column(&r),
            (false, false, false),
            "{kind:?}: nothing filled in"
        );
        let last = r.plan.len() - 1;
        assert!(r.plan[last].horizon > Horizon::ThisMonth);
        r.plan[last].owner = "Marie".into();
        assert_eq!(owner_column(&r), (true, false, false), "{kind:?}: an owner");
        r.plan[last].due = "2027-03-31".into();
        r.plan[last].status = checkup::domain::assessment::Status::Doing;
        assert_eq!(owner_column(&r), (true, true, true), "{kind:?}: all three");
    }
}

#[test]
fn the_pdf_says_its_language_and_has_an_outline_and_page_labels() {
    let report = full_report("accountant", Lang::Fr);
    let pdf = checkup::pdf::render(&report);
    let path = temp_file("catalog");
    std::fs::write(&path, &pdf).unwrap();
    let out = Command::new(tool("qpdf"))
        .args(["--qdf", "--object-streams=disable"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    let qdf = String::from_utf8_lossy(&out.stdout);
    assert!(qdf.contains("/Lang (fr-BE)"), "no /Lang");
    assert!(qdf.contains("/PageMode /UseOutlines"));
    assert!(qdf.contains("/PageLabels"));
    assert!(qdf.contains("/Outlines"));
    assert!(qdf.contains("/CreationDate (D:20261129000000Z)"));
    assert!(!qdf.contains("GTS_PDFXVersion"));
    assert!(qdf.contains("/URI (https://"));
    assert!(qdf.contains("/Creator (CheckUp)") || qdf.contains("/Creator <"));
}

#[test]
fn a_later_round_shows_the_progress_since_the_baseline() {
    // An export with a baseline (taken in spring); the current answers are better.
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/export-2026.1.json"
    ))
    .unwrap();
    let assessment = transfer::import(&text, catalog()).unwrap().assessment;
    let evaluation = engine::evaluate(catalog(), &assessment.answers);
    let r = report::build(&ReportInput {
        catalog: catalog(),
        assessment: &assessment,
        evaluation: &evaluation,
        lang: Lang::Nl,
        today: TODAY,
        branding: None,
    });
    let c = r.comparison.as_ref().expect("a comparison");
    assert!(c.title.contains("Voorjaar"), "{}", c.title);
    assert_eq!(c.rounds.len(), 2);
    let text = check_pdf(&checkup::pdf::render(&r), "comparison-nl");
    assert!(
        text.contains(&squeeze(&c.title)),
        "the PDF shows the comparison"
    );
    assert!(text.contains(&squeeze(&c.rounds_label)));
}

#[test]
fn who_does_what_names_the_people_the_plan_assigns() {
    let path = format!("{}/tests/personas/bakery.json", env!("CARGO_MANIFEST_DIR"));
    let mut assessment = transfer::import(&std::fs::read_to_string(&path).unwrap(), catalog())
        .unwrap()
        .assessment;
    let evaluation = engine::evaluate(catalog(), &assessment.answers);
    let first = evaluation.plan[0].action.clone();
    assessment.plan.insert(
        first,
        checkup::domain::assessment::PlanEdit {
            owner: "Marie Peeters".into(),
            ..Default::default()
        },
    );
    for lang in Lang::ALL {
        let r = report::build(&ReportInput {
            catalog: catalog(),
            assessment: &assessment,
            evaluation: &evaluation,
            lang,
            today: TODAY,
            branding: None,
        });
        let group = r
            .who
            .iter()
            .find(|w| w.owners.iter().any(|o| o == "Marie Peeters"))
            .expect("the group of the assigned action names her");
        assert_eq!(r.who.iter().filter(|w| !w.owners.is_empty()).count(), 1);
        // In the PDF, on the line of that group.
        let (_, layout) = checkup::pdf::layout(&r);
        // (A list marker is laid out after its item's first line.)
        let text = squeezed_text(&layout).replace('•', "");
        let line = squeeze(&format!("{}{}{}", group.label, r.labels.colon, group.line));
        let at = text.find(&line).expect("the who-does-what line");
        assert!(
            text[at..].starts_with(&format!(
                "{line}·{}",
                squeeze(&format!("{}{}MariePeeters", r.labels.owner, r.labels.colon))
            )),
            "{lang}: {}",
            &text[at..at + 200]
        );
    }
}
