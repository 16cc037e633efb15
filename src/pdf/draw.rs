//! Step 3: the laid-out pages drawn with printpdf, then finished with lopdf:
//! the document language, page labels, the outline, dates and information.
//!
//! The fonts are subset to the characters the document shows before they
//! are embedded.

use std::collections::BTreeSet;

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Actions, BorderArray, ColorArray, Destination, FontId, HighlightingMode, Line, LinePoint,
    LinkAnnotation, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions,
    Point, Pt, RawImage, RawImageData, RawImageFormat, Rect, TextItem, TextMatrix, WindingOrder,
    XObjectTransform,
};

use super::blocks::{Colour, Doc, Logo};
use super::fonts::{Face, FontSlot, Fonts, SYMBOLS_TTF};
use super::layout::{Item, Layout, OutlineEntry, PAGE_HEIGHT, PAGE_WIDTH};

fn colour(c: Colour) -> printpdf::Color {
    // Three decimals are plenty, and short numbers compress better.
    let channel = |v: u8| (f32::from(v) / 255.0 * 1000.0).round() / 1000.0;
    printpdf::Color::Rgb(printpdf::Rgb::new(
        channel(c.r),
        channel(c.g),
        channel(c.b),
        None,
    ))
}

/// A coordinate rounded to 1/100 pt.
fn pt(v: f32) -> Pt {
    Pt((v * 100.0).round() / 100.0)
}

/// Subsets a font to the characters given (plus .notdef).
pub fn subset_font(bytes: &[u8], chars: &BTreeSet<char>) -> Option<Vec<u8>> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile, subset};

    let full = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())?;
    let mut gids: Vec<u16> = chars
        .iter()
        .filter_map(|&c| full.lookup_glyph_index(c as u32))
        .filter(|&g| g != 0)
        .collect();
    gids.sort_unstable();
    gids.dedup();
    gids.insert(0, 0);
    let font = ReadScope::new(bytes).read::<FontData<'_>>().ok()?;
    let provider = font.table_provider(0).ok()?;
    subset(&provider, &gids, &SubsetProfile::Pdf, CmapTarget::Unicode).ok()
}

/// The font slots, in the order of the embedded fonts.
const SLOTS: [FontSlot; 3] = [
    FontSlot::Face(Face::Regular),
    FontSlot::Face(Face::Bold),
    FontSlot::Symbols,
];

fn slot_index(slot: FontSlot) -> usize {
    match slot {
        FontSlot::Face(Face::Regular) => 0,
        FontSlot::Face(Face::Bold) => 1,
        FontSlot::Symbols => 2,
    }
}

/// Embeds a font subset to `chars`, or whole if subsetting fails.
fn add_font(pdf: &mut PdfDocument, slot: FontSlot, chars: &BTreeSet<char>) -> Option<FontId> {
    let (name, tag, bytes) = match slot {
        FontSlot::Face(Face::Regular) => ("NotoSans-Regular", "CKUPRG", Face::Regular.bytes()),
        FontSlot::Face(Face::Bold) => ("NotoSans-Bold", "CKUPBD", Face::Bold.bytes()),
        FontSlot::Symbols => ("CheckUpSymbols-Regular", "CKUPSY", SYMBOLS_TTF),
    };
    let face = bytes;
    let parsed = subset_font(face, chars)
        .and_then(|sub| ParsedFont::from_bytes(&sub, 0, &mut Vec::new()))
        .map(|mut f| {
            f.font_name = Some(format!("{tag}+{name}"));
            f
        })
        .or_else(|| {
            ParsedFont::from_bytes(face, 0, &mut Vec::new()).map(|mut f| {
                f.font_name = Some(name.to_string());
                f
            })
        })?;
    Some(pdf.add_font(&parsed))
}

fn raw_image(logo: &Logo) -> RawImage {
    RawImage {
        pixels: RawImageData::U8(logo.pixels.clone()),
        width: logo.width,
        height: logo.height,
        data_format: match logo.channels {
            1 => RawImageFormat::R8,
            2 => RawImageFormat::RG8,
            3 => RawImageFormat::RGB8,
            _ => RawImageFormat::RGBA8,
        },
        tag: Vec::new(),
    }
}

fn rect(x: f32, y: f32, w: f32, h: f32, mode: Option<PaintMode>) -> Rect {
    Rect {
        x: pt(x),
        y: pt(PAGE_HEIGHT - y - h),
        width: pt(w),
        height: pt(h),
        mode,
        winding_order: Some(WindingOrder::NonZero),
    }
}

/// Splits a text into runs drawn with one font each: (font, text, x offset in points).
fn runs(fonts: &Fonts, face: Face, size: f32, text: &str) -> Vec<(FontSlot, String, f32)> {
    let mut out: Vec<(FontSlot, String, f32)> = Vec::new();
    let mut x = 0.0;
    for c in text.chars() {
        let slot = fonts.slot(face, c);
        match out.last_mut() {
            Some((s, t, _)) if *s == slot => t.push(c),
            _ => out.push((slot, c.to_string(), x)),
        }
        x += fonts.advance(face, c, size);
    }
    out
}

fn page_ops(
    items: &[Item],
    metrics: &Fonts,
    fonts: &[Option<FontId>; 3],
    logo: Option<&(printpdf::XObjectId, usize)>,
    pages: usize,
) -> Vec<Op> {
    let mut ops = vec![Op::SaveGraphicsState];
    // Shapes first (backgrounds, bars, rules), text on top.
    for item in items.iter().filter(|i| i.is_finite()) {
        match item {
            Item::Rect { x, y, w, h, fill } => {
                if *w <= 0.0 || *h <= 0.0 {
                    continue;
                }
                ops.push(Op::SetFillColor { col: colour(*fill) });
                ops.push(Op::DrawRectangle {
                    rectangle: rect(*x, *y, *w, *h, Some(PaintMode::Fill)),
                });
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                colour: c,
            } => {
                ops.push(Op::SetOutlineColor { col: colour(*c) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![
                            LinePoint {
                                p: Point {
                                    x: pt(*x1),
                                    y: pt(PAGE_HEIGHT - y1),
                                },
                                bezier: false,
                            },
                            LinePoint {
                                p: Point {
                                    x: pt(*x2),
                                    y: pt(PAGE_HEIGHT - y2),
                                },
                                bezier: false,
                            },
                        ],
                        is_closed: false,
                    },
                });
            }
            Item::Image { x, y, w, h } => {
                if let Some((id, px_w)) = logo
                    && *w > 0.0
                    && *h > 0.0
                {
                    ops.push(Op::UseXobject {
                        id: id.clone(),
                        transform: XObjectTransform {
                            translate_x: Some(pt(*x)),
                            translate_y: Some(pt(PAGE_HEIGHT - y - h)),
                            dpi: Some(*px_w as f32 * 72.0 / w),
                            ..Default::default()
                        },
                    });
                }
            }
            Item::Text(_) | Item::Link { .. } | Item::GoTo { .. } => {}
        }
    }
    ops.push(Op::RestoreGraphicsState);

    let mut text_ops = Vec::new();
    let mut current_font: Option<(FontSlot, f32)> = None;
    let mut current_colour: Option<Colour> = None;
    for item in items.iter().filter(|i| i.is_finite()) {
        let Item::Text(t) = item else { continue };
        if t.text.is_empty() {
            continue;
        }
        if current_colour != Some(t.style.colour) {
            text_ops.push(Op::SetFillColor {
                col: colour(t.style.colour),
            });
            current_colour = Some(t.style.colour);
        }
        for (slot, text, dx) in runs(metrics, t.style.face, t.style.size, &t.text) {
            let Some(font) = &fonts[slot_index(slot)] else {
                continue;
            };
            if current_font != Some((slot, t.style.size)) {
                text_ops.push(Op::SetFont {
                    font: PdfFontHandle::External(font.clone()),
                    size: Pt(t.style.size),
                });
                current_font = Some((slot, t.style.size));
            }
            text_ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(pt(t.x + dx), pt(PAGE_HEIGHT - t.y)),
            });
            text_ops.push(Op::ShowText {
                items: vec![TextItem::Text(text)],
            });
        }
    }
    if !text_ops.is_empty() {
        ops.push(Op::StartTextSection);
        ops.extend(text_ops);
        ops.push(Op::EndTextSection);
    }

    for item in items.iter().filter(|i| i.is_finite()) {
        if let Item::Link { x, y, w, h, url } = item
            && *w > 0.0
            && *h > 0.0
        {
            ops.push(Op::LinkAnnotation {
                link: LinkAnnotation::new(
                    rect(*x, *y, *w, *h, None),
                    Actions::Uri(url.clone()),
                    Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                    Some(ColorArray::Transparent),
                    Some(HighlightingMode::Invert),
                ),
            });
        }
    }
    for item in items.iter().filter(|i| i.is_finite()) {
        if let Item::GoTo { x, y, w, h, page } = item
            && *w > 0.0
            && *h > 0.0
            && *page < pages
        {
            ops.push(Op::LinkAnnotation {
                link: LinkAnnotation::new(
                    rect(*x, *y, *w, *h, None),
                    Actions::Goto(Destination::Xyz {
                        page: page + 1,
                        left: None,
                        top: None,
                        zoom: None,
                    }),
                    Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                    Some(ColorArray::Transparent),
                    Some(HighlightingMode::Invert),
                ),
            });
        }
    }
    ops
}

/// Draws the pages and returns the finished PDF.
pub fn draw(doc: &Doc, layout: &Layout) -> Vec<u8> {
    let mut pdf = PdfDocument::new(&doc.meta.title);
    pdf.metadata.info.author = doc.meta.author.clone();
    pdf.metadata.info.subject = doc.meta.subject.clone();
    pdf.metadata.info.creator = "CheckUp".to_string();
    pdf.metadata.info.producer = "CheckUp (printpdf, lopdf)".to_string();

    let metrics = Fonts::new();
    let mut used = [BTreeSet::new(), BTreeSet::new(), BTreeSet::new()];
    for page in &layout.pages {
        for t in page.texts() {
            for c in t.text.chars() {
                used[slot_index(metrics.slot(t.style.face, c))].insert(c);
            }
        }
    }
    let fonts = SLOTS.map(|slot| {
        let chars = &used[slot_index(slot)];
        (!chars.is_empty())
            .then(|| add_font(&mut pdf, slot, chars))
            .flatten()
    });
    let logo = doc
        .logo
        .as_ref()
        .map(|l| (pdf.add_image(&raw_image(l)), l.width));

    let mut pages: Vec<PdfPage> = layout
        .pages
        .iter()
        .map(|p| {
            PdfPage::new(
                printpdf::Mm(PAGE_WIDTH * 25.4 / 72.0),
                printpdf::Mm(PAGE_HEIGHT * 25.4 / 72.0),
                page_ops(
                    &p.items,
                    &metrics,
                    &fonts,
                    logo.as_ref(),
                    layout.pages.len(),
                ),
            )
        })
        .collect();
    if pages.is_empty() {
        pages.push(PdfPage::new(
            printpdf::Mm(210.0),
            printpdf::Mm(297.0),
            Vec::new(),
        ));
    }
    pdf.pages = pages;

    let opts = PdfSaveOptions::default();
    let mut warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(&opts, &mut warnings);
    finish(&mut lo, doc, &layout.outline);
    lo.compress();
    // Object and cross-reference streams: the many small objects (links,
    // outline, pages) are compressed too.
    let mut out = Vec::new();
    let modern = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .compression_level(9)
        .build();
    if lo.save_with_options(&mut out, modern).is_ok() {
        return out;
    }
    out.clear();
    match lo.save_to(&mut out) {
        Ok(()) => out,
        // Fall back on printpdf's own output.
        Err(_) => pdf.save(&opts, &mut warnings),
    }
}

/// A PDF text string: plain when ASCII, else UTF-16BE with a byte-order mark.
fn text_string(s: &str) -> Object {
    if s.is_ascii() {
        Object::String(s.as_bytes().to_vec(), StringFormat::Hexadecimal)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            bytes.extend_from_slice(&u.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// `YYYY-MM-DD` as a PDF date, if it is one.
fn pdf_date(iso: &str) -> Option<String> {
    let b = iso.as_bytes();
    let ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !ok {
        return None;
    }
    let month: u32 = iso[5..7].parse().ok()?;
    let day: u32 = iso[8..10].parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(format!(
        "D:{}{}{}000000Z",
        &iso[0..4],
        &iso[5..7],
        &iso[8..10]
    ))
}

/// Language, page labels, outline, dates; drops printpdf's PDF/X marker.
fn finish(lo: &mut lopdf::Document, doc: &Doc, outline: &[OutlineEntry]) {
    lo.version = "1.7".to_string();
    let pages = lo.get_pages();
    let page_ids: Vec<ObjectId> = pages.values().copied().collect();
    let outlines = build_outline(lo, outline, &page_ids);

    if let Ok(cat) = lo.catalog_mut() {
        cat.set("Lang", Object::string_literal(doc.meta.lang.as_str()));
        let mut decimal = Dictionary::new();
        decimal.set("S", Object::Name(b"D".to_vec()));
        let mut labels = Dictionary::new();
        labels.set(
            "Nums",
            Object::Array(vec![Object::Integer(0), Object::Dictionary(decimal)]),
        );
        cat.set("PageLabels", Object::Dictionary(labels));
        let mut prefs = Dictionary::new();
        prefs.set("DisplayDocTitle", Object::Boolean(true));
        cat.set("ViewerPreferences", Object::Dictionary(prefs));
        match outlines {
            Some(id) => {
                cat.set("Outlines", Object::Reference(id));
                cat.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
            }
            None => cat.set("PageMode", Object::Name(b"UseNone".to_vec())),
        }
    }

    let date = pdf_date(&doc.meta.date_iso);
    if let Ok(info_ref) = lo.trailer.get(b"Info").and_then(|o| o.as_reference())
        && let Ok(info) = lo.get_object_mut(info_ref).and_then(|o| o.as_dict_mut())
    {
        info.remove(b"GTS_PDFXVersion");
        info.remove(b"Trapped");
        info.set("Title", text_string(&doc.meta.title));
        info.set("Author", text_string(&doc.meta.author));
        info.set("Subject", text_string(&doc.meta.subject));
        info.set("Creator", text_string("CheckUp"));
        match &date {
            Some(d) => {
                info.set("CreationDate", Object::string_literal(d.as_str()));
                info.set("ModDate", Object::string_literal(d.as_str()));
            }
            None => {
                info.remove(b"CreationDate");
                info.remove(b"ModDate");
            }
        }
    }
}

/// Writes the outline (two levels; the second closed) and returns its root.
fn build_outline(
    lo: &mut lopdf::Document,
    outline: &[OutlineEntry],
    page_ids: &[ObjectId],
) -> Option<ObjectId> {
    // Only entries on pages that exist.
    let entries: Vec<&OutlineEntry> = outline
        .iter()
        .filter(|e| e.page < page_ids.len() && !e.title.trim().is_empty())
        .collect();
    if entries.is_empty() {
        return None;
    }
    // Group: each level-1 entry with the level-2 entries after it.
    let mut tree: Vec<(&OutlineEntry, Vec<&OutlineEntry>)> = Vec::new();
    for e in entries {
        match tree.last_mut() {
            Some((_, children)) if e.level > 1 => children.push(e),
            _ => tree.push((e, Vec::new())),
        }
    }
    let root = lo.new_object_id();
    let dest = |e: &OutlineEntry| {
        let top = (PAGE_HEIGHT - e.y + 6.0).clamp(0.0, PAGE_HEIGHT);
        Object::Array(vec![
            Object::Reference(page_ids[e.page]),
            Object::Name(b"XYZ".to_vec()),
            Object::Null,
            Object::Real(top),
            Object::Null,
        ])
    };
    let top_ids: Vec<ObjectId> = tree.iter().map(|_| lo.new_object_id()).collect();
    for (i, (entry, children)) in tree.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Title", text_string(&entry.title));
        d.set("Parent", Object::Reference(root));
        d.set("Dest", dest(entry));
        if i > 0 {
            d.set("Prev", Object::Reference(top_ids[i - 1]));
        }
        if i + 1 < top_ids.len() {
            d.set("Next", Object::Reference(top_ids[i + 1]));
        }
        if !children.is_empty() {
            let child_ids: Vec<ObjectId> = children.iter().map(|_| lo.new_object_id()).collect();
            for (k, child) in children.iter().enumerate() {
                let mut c = Dictionary::new();
                c.set("Title", text_string(&child.title));
                c.set("Parent", Object::Reference(top_ids[i]));
                c.set("Dest", dest(child));
                if k > 0 {
                    c.set("Prev", Object::Reference(child_ids[k - 1]));
                }
                if k + 1 < child_ids.len() {
                    c.set("Next", Object::Reference(child_ids[k + 1]));
                }
                lo.objects.insert(child_ids[k], Object::Dictionary(c));
            }
            d.set("First", Object::Reference(child_ids[0]));
            d.set("Last", Object::Reference(child_ids[child_ids.len() - 1]));
            // Negative: closed, showing only the parts at first.
            d.set("Count", Object::Integer(-(child_ids.len() as i64)));
        }
        lo.objects.insert(top_ids[i], Object::Dictionary(d));
    }
    let mut r = Dictionary::new();
    r.set("Type", Object::Name(b"Outlines".to_vec()));
    r.set("First", Object::Reference(top_ids[0]));
    r.set("Last", Object::Reference(top_ids[top_ids.len() - 1]));
    r.set("Count", Object::Integer(top_ids.len() as i64));
    lo.objects.insert(root, Object::Dictionary(r));
    Some(root)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_pdf_dates_only_when_valid() {
        assert_eq!(pdf_date("2026-11-29").as_deref(), Some("D:20261129000000Z"));
        assert_eq!(pdf_date("2026-13-29"), None);
        assert_eq!(pdf_date("29/11/2026"), None);
        assert_eq!(pdf_date("２０２６-11-29"), None);
        assert_eq!(pdf_date(""), None);
    }

    #[test]
    fn fonts_subset_to_what_is_used() {
        let chars: BTreeSet<char> = "Straße café".chars().collect();
        let sub = subset_font(Face::Regular.bytes(), &chars).expect("subset");
        assert!(sub.len() < Face::Regular.bytes().len() / 2, "{}", sub.len());
        let f = ParsedFont::from_bytes(&sub, 0, &mut Vec::new()).expect("parse");
        for c in chars {
            assert!(f.lookup_glyph_index(c as u32).is_some(), "{c}");
        }
    }
}
