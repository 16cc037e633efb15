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
pub mod layout;

use crate::domain::report::Report;

/// Lays out a report: steps 1 and 2, without drawing.
pub fn layout(report: &Report) -> (blocks::Doc, layout::Layout) {
    let doc = blocks::build(report);
    let fonts = fonts::Fonts::new();
    let pages = layout::layout(&doc, &fonts);
    (doc, pages)
}

/// Renders the report as a PDF document.
pub fn render(report: &Report) -> Vec<u8> {
    let (doc, pages) = layout(report);
    draw::draw(&doc, &pages)
}
