//! The privacy notice as an editable Word document (DOCX), written with
//! `docx-rs`: real heading styles (so Word's navigation pane and screen
//! readers see the structure), the draft line first, the legal source under
//! each section, and the parts still to complete highlighted in yellow.

use docx_rs::{
    Docx, Hyperlink, HyperlinkType, LineSpacing, Paragraph, Run, RunFonts, Style, StyleType,
};

use crate::domain::documents::needs_input;
use crate::domain::documents::notice::{Block, Notice};

/// Sizes are in half points.
fn styles(docx: Docx) -> Docx {
    docx.default_fonts(RunFonts::new().ascii("Calibri").hi_ansi("Calibri"))
        .default_size(22)
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .size(36)
                .bold(),
        )
        .add_style(
            Style::new("Heading1", StyleType::Paragraph)
                .name("Heading 1")
                .size(28)
                .bold()
                .outline_lvl(0),
        )
        .add_style(
            Style::new("Source", StyleType::Paragraph)
                .name("Source")
                .size(18)
                .italic()
                .color("595959"),
        )
}

fn run(text: &str) -> Run {
    let r = Run::new().add_text(text);
    if needs_input(text) {
        r.highlight("yellow")
    } else {
        r
    }
}

fn spaced(p: Paragraph) -> Paragraph {
    p.line_spacing(LineSpacing::new().after(120))
}

/// The notice as DOCX bytes.
///
/// Errors: a message when the zip writer fails (it does not for text held in memory).
pub fn notice(notice: &Notice) -> Result<Vec<u8>, String> {
    // The file's own dates: the day it was made (not 1970).
    let stamp = format!("{}T00:00:00Z", notice.date);
    let mut docx = styles(Docx::new())
        .created_at(&stamp)
        .updated_at(&stamp)
        .add_paragraph(
            Paragraph::new()
                .style("Title")
                .add_run(Run::new().add_text(&notice.title)),
        )
        .add_paragraph(spaced(
            Paragraph::new().add_run(
                Run::new()
                    .add_text(&notice.draft)
                    .bold()
                    .highlight("yellow"),
            ),
        ));
    for s in &notice.sections {
        docx = docx.add_paragraph(
            Paragraph::new()
                .style("Heading1")
                .add_run(Run::new().add_text(&s.heading)),
        );
        for b in &s.blocks {
            match b {
                Block::Paragraph(text) => {
                    docx = docx.add_paragraph(spaced(Paragraph::new().add_run(run(text))));
                }
                Block::List(items) => {
                    for i in items {
                        docx = docx.add_paragraph(
                            spaced(Paragraph::new().indent(Some(360), None, None, None))
                                .add_run(run(&format!("• {i}"))),
                        );
                    }
                }
                Block::Link { url, text } => {
                    docx = docx.add_paragraph(
                        spaced(Paragraph::new()).add_hyperlink(
                            Hyperlink::new(url, HyperlinkType::External).add_run(
                                Run::new()
                                    .add_text(text)
                                    .color("0B5CAD")
                                    .underline("single"),
                            ),
                        ),
                    );
                }
            }
        }
        docx = docx.add_paragraph(
            spaced(Paragraph::new().style("Source")).add_run(Run::new().add_text(&s.source)),
        );
    }
    docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(&notice.updated)));
    let mut out = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut out).map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}
