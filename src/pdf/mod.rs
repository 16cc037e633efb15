#![deny(missing_docs)]
//! The PDF renderer: report model -> layout -> drawing.
//!
//! Three steps, each testable on its own:
//! 1. [`blocks::build`]: the report (already translated) as a document
//!    description: a cover and blocks (headings, paragraphs, lists, tables,
//!    a bar chart, spacers, page breaks);
//! 2. [`layout::layout`]: the blocks on A4 pages as positioned items (text
//!    runs measured with the font's advance widths, rectangles, lines, link
//!    areas) plus the outline;
//! 3. [`draw::draw`]: the pages drawn with printpdf, fonts subset to the
//!    characters used, then finished with lopdf (language, page labels,
//!    outline, dates).
//!
//! Works the same natively and in wasm32: no files, no clock, no threads.

pub mod blocks;
pub mod draw;
pub mod fonts;
pub mod hyphenate;
pub mod layout;
pub mod wrap;

use crate::domain::report::Report;

/// The hyphenation patterns of the report's language that are built into
/// this program (none in the browser, which fetches them: see
/// [`hyphenate::file_name`]).
pub fn builtin_hyphenator(report: &Report) -> Option<hyphenate::Hyphenator> {
    #[cfg(feature = "hyphenation-builtin")]
    {
        hyphenate::Hyphenator::builtin(report.lang)
    }
    #[cfg(not(feature = "hyphenation-builtin"))]
    {
        let _ = report;
        None
    }
}

/// Lays out a report with the given hyphenation patterns (`None`: long
/// words are not hyphenated): steps 1 and 2, without drawing.
pub fn layout_with(
    report: &Report,
    hyphenator: Option<hyphenate::Hyphenator>,
) -> (blocks::Doc, layout::Layout) {
    let doc = blocks::build(report);
    let fonts = fonts::Fonts::new().with_hyphenator(hyphenator);
    let pages = layout::layout(&doc, &fonts);
    (doc, pages)
}

/// Lays out a report (with the built-in hyphenation patterns, if any).
pub fn layout(report: &Report) -> (blocks::Doc, layout::Layout) {
    layout_with(report, builtin_hyphenator(report))
}

/// Renders the report as a PDF document with the given hyphenation patterns.
pub fn render_with(report: &Report, hyphenator: Option<hyphenate::Hyphenator>) -> Vec<u8> {
    let (doc, pages) = layout_with(report, hyphenator);
    draw::draw(&doc, &pages)
}

/// Renders the report as a PDF document (with the built-in hyphenation
/// patterns, if any).
pub fn render(report: &Report) -> Vec<u8> {
    render_with(report, builtin_hyphenator(report))
}
