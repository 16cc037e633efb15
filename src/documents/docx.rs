//! The privacy notice as an editable Word document (DOCX), written with
//! `docx-rs`: real heading styles (so Word's navigation pane and screen
//! readers see the structure), the draft line first, the legal source under
//! each section, and the parts still to complete highlighted in yellow.

use docx_rs::{
    Docx, Hyperlink, HyperlinkType, LineSpacing, Paragraph, Run, RunFonts, Style, StyleType,
    XMLDocx,
};

use crate::domain::Lang;
use crate::domain::documents::html::escape;
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
    let mut docx = styles(Docx::new())
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
    let mut xml = docx.build();
    properties(&mut xml, notice);
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out).map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}

/// The BCP 47 tag of the notice's language, as Word's proofing tools know
/// it: Belgian Dutch and French; German and English in the variants Word
/// has proofing tools for.
fn lang_tag(notice: &Notice) -> &'static str {
    match notice.lang {
        Lang::Nl => "nl-BE",
        Lang::Fr => "fr-BE",
        Lang::De => "de-DE",
        Lang::En => "en-GB",
    }
}

/// What docx-rs 0.4 has no setter for, written into its package parts
/// before they are zipped: the text's language as the default of every run
/// (`w:lang` in `word/styles.xml`, which Word's spelling check and screen
/// readers use) and the file's properties (`docProps/core.xml`: title,
/// language, and the organisation as author instead of "unknown"; ECMA-376
/// part 2, core properties).
fn properties(xml: &mut XMLDocx, notice: &Notice) {
    let tag = lang_tag(notice);
    let styles = String::from_utf8_lossy(&xml.styles).replacen(
        "</w:rPr></w:rPrDefault>",
        &format!("<w:lang w:val=\"{tag}\" /></w:rPr></w:rPrDefault>"),
        1,
    );
    xml.styles = styles.into_bytes();
    let stamp = format!("{}T00:00:00Z", notice.date);
    let author = escape(&notice.author);
    xml.doc_props.core = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{title}</dc:title>\
         <dc:creator>{author}</dc:creator>\
         <cp:lastModifiedBy>{author}</cp:lastModifiedBy>\
         <dc:language>{tag}</dc:language>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{stamp}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{stamp}</dcterms:modified>\
         <cp:revision>1</cp:revision>\
         </cp:coreProperties>",
        title = escape(&notice.title),
    )
    .into_bytes();
}
