//! Step 2: the document description laid out on A4 pages as positioned
//! items (text runs, rectangles, lines, link areas, the logo) plus the
//! outline. No PDF is produced here, so everything can be checked in tests.
//!
//! Coordinates are points from the page's top-left corner, y downwards; a
//! text run's `y` is its baseline.
//!
//! Blocks become a list of pieces: unbreakable boxes (a line of text, a
//! chart row), spaces, page breaks and table rows that may continue on the
//! next page, line by line. The flow places pieces page after page, keeps a
//! heading with what follows it (and the first and last two lines of a
//! paragraph together), and repeats a table's header row on every page.

use super::blocks::{
    Align, Bar, BarGroup, Block, Chart, Colour, Doc, MUTED, Marker, Para, RULE, Row, Score, Span,
    Style, TEXT, TRACK, Table,
};
use super::fonts::{Face, Fonts};
use super::wrap::{HYPHEN, WLine, wrap};

/// Points per millimetre.
pub const MM: f32 = 72.0 / 25.4;
/// A4 width in points (210 mm).
pub const PAGE_WIDTH: f32 = 210.0 * MM;
/// A4 height in points (297 mm).
pub const PAGE_HEIGHT: f32 = 297.0 * MM;

/// A rectangle given by its edges, in points from the top-left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// Left edge, in points.
    pub left: f32,
    /// Top edge, in points.
    pub top: f32,
    /// Right edge, in points.
    pub right: f32,
    /// Bottom edge, in points.
    pub bottom: f32,
}

impl Frame {
    /// Width in points.
    pub fn width(&self) -> f32 {
        self.right - self.left
    }
    /// Height in points.
    pub fn height(&self) -> f32 {
        self.bottom - self.top
    }
    /// Whether a box lies inside (with a small tolerance for rounding).
    pub fn contains(&self, left: f32, top: f32, right: f32, bottom: f32) -> bool {
        const EPS: f32 = 0.01;
        left >= self.left - EPS
            && right <= self.right + EPS
            && top >= self.top - EPS
            && bottom <= self.bottom + EPS
    }
}

/// Where body content goes: 20 mm left and right, 24 mm top, 22 mm bottom.
pub const CONTENT: Frame = Frame {
    left: 20.0 * MM,
    top: 24.0 * MM,
    right: PAGE_WIDTH - 20.0 * MM,
    bottom: PAGE_HEIGHT - 22.0 * MM,
};

/// Where anything is printed at all (header and footer included): 10 mm in
/// from every edge.
pub const PRINTABLE: Frame = Frame {
    left: 10.0 * MM,
    top: 10.0 * MM,
    right: PAGE_WIDTH - 10.0 * MM,
    bottom: PAGE_HEIGHT - 10.0 * MM,
};

/// A run of text in one style on one line.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    /// The left edge, in points.
    pub x: f32,
    /// The baseline.
    pub y: f32,
    /// The text.
    pub text: String,
    /// Face, size and colour.
    pub style: Style,
    /// Advance width in points.
    pub width: f32,
    /// The font's ascent and descent at this size (descent positive).
    pub ascent: f32,
    /// Descent in points, positive below the baseline.
    pub descent: f32,
}

impl TextRun {
    /// The glyph box: left, top, right, bottom.
    pub fn bbox(&self) -> (f32, f32, f32, f32) {
        (
            self.x,
            self.y - self.ascent,
            self.x + self.width,
            self.y + self.descent,
        )
    }
}

/// A positioned item.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A run of text.
    Text(TextRun),
    /// A filled rectangle; `y` is its top edge.
    Rect {
        /// Left edge, in points.
        x: f32,
        /// Top edge, in points.
        y: f32,
        /// Width in points.
        w: f32,
        /// Height in points.
        h: f32,
        /// The fill colour.
        fill: Colour,
    },
    /// A straight line from (`x1`, `y1`) to (`x2`, `y2`).
    Line {
        /// Start, points from the left.
        x1: f32,
        /// Start, points from the top.
        y1: f32,
        /// End, points from the left.
        x2: f32,
        /// End, points from the top.
        y2: f32,
        /// Stroke width in points.
        width: f32,
        /// Stroke colour.
        colour: Colour,
    },
    /// A clickable area opening `url`; `y` is its top edge.
    Link {
        /// Left edge, in points.
        x: f32,
        /// Top edge, in points.
        y: f32,
        /// Width in points.
        w: f32,
        /// Height in points.
        h: f32,
        /// The address to open.
        url: String,
    },
    /// The logo; `y` is its top edge.
    Image {
        /// Left edge, in points.
        x: f32,
        /// Top edge, in points.
        y: f32,
        /// Width in points.
        w: f32,
        /// Height in points.
        h: f32,
    },
    /// A clickable area going to a page (index from 0); `y` is its top edge.
    GoTo {
        /// Left edge, in points.
        x: f32,
        /// Top edge, in points.
        y: f32,
        /// Width in points.
        w: f32,
        /// Height in points.
        h: f32,
        /// The page to go to, index from 0.
        page: usize,
    },
}

impl Item {
    fn shifted(mut self, dy: f32) -> Item {
        match &mut self {
            Item::Text(t) => t.y += dy,
            Item::Rect { y, .. }
            | Item::Link { y, .. }
            | Item::Image { y, .. }
            | Item::GoTo { y, .. } => *y += dy,
            Item::Line { y1, y2, .. } => {
                *y1 += dy;
                *y2 += dy;
            }
        }
        self
    }

    /// The box the item covers: left, top, right, bottom.
    pub fn bbox(&self) -> (f32, f32, f32, f32) {
        match self {
            Item::Text(t) => t.bbox(),
            Item::Rect { x, y, w, h, .. }
            | Item::Link { x, y, w, h, .. }
            | Item::Image { x, y, w, h }
            | Item::GoTo { x, y, w, h, .. } => (*x, *y, x + w, y + h),
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                ..
            } => (
                x1.min(*x2),
                y1.min(*y2) - width / 2.0,
                x1.max(*x2),
                y1.max(*y2) + width / 2.0,
            ),
        }
    }

    /// Whether every coordinate is a finite number.
    pub fn is_finite(&self) -> bool {
        let (a, b, c, d) = self.bbox();
        [a, b, c, d].iter().all(|v| v.is_finite())
    }
}

/// A page of positioned items.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Page {
    /// What is drawn on the page, in drawing order.
    pub items: Vec<Item>,
    /// The cover has no running header or footer.
    pub cover: bool,
}

impl Page {
    /// The text runs of the page, in drawing order.
    pub fn texts(&self) -> impl Iterator<Item = &TextRun> {
        self.items.iter().filter_map(|i| match i {
            Item::Text(t) => Some(t),
            _ => None,
        })
    }
}

/// An entry of the document outline (bookmarks).
#[derive(Clone, Debug, PartialEq)]
pub struct OutlineEntry {
    /// 1 (a part) or 2 (inside a part).
    pub level: u8,
    /// The heading's text.
    pub title: String,
    /// Page index, from 0.
    pub page: usize,
    /// Top of the heading on the page.
    pub y: f32,
}

/// The laid-out document.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// The pages, in order.
    pub pages: Vec<Page>,
    /// The outline (bookmarks), in document order.
    pub outline: Vec<OutlineEntry>,
}

// ---------------------------------------------------------------------------
// Text wrapping (see `wrap`)

/// Cuts lines to at most `max`, ending the last with an ellipsis that fits.
fn limit_lines(fonts: &Fonts, spans: &[Span], lines: &mut Vec<WLine>, max: usize, width: f32) {
    if lines.len() <= max || max == 0 {
        return;
    }
    lines.truncate(max);
    let Some(last) = lines.last_mut() else {
        return;
    };
    let span = last
        .atoms
        .last()
        .map_or(0, |a| a.1)
        .min(spans.len().saturating_sub(1));
    let style = spans.get(span).map_or(Style::body(), |s| s.style);
    let ell = fonts.advance(style.face, '…', style.size);
    while !last.atoms.is_empty() && last.width + ell > width {
        if let Some(a) = last.atoms.pop() {
            last.width -= fonts.advance(spans[a.1].style.face, a.0, spans[a.1].style.size);
        }
    }
    while last
        .atoms
        .last()
        .is_some_and(|a| a.0 == ' ' || a.0 == HYPHEN)
    {
        if let Some(a) = last.atoms.pop() {
            last.width -= fonts.advance(spans[a.1].style.face, a.0, spans[a.1].style.size);
        }
    }
    last.atoms.push(('…', span));
    last.width += ell;
}

/// Shortens a single-line text to fit the width, with an ellipsis.
pub fn fit_line(fonts: &Fonts, text: &str, style: Style, width: f32) -> String {
    let text: String = fonts
        .clean(text)
        .chars()
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    if fonts.width(style.face, &text, style.size) <= width {
        return text;
    }
    let ell = fonts.advance(style.face, '…', style.size);
    let mut out = String::new();
    let mut w = 0.0;
    for c in text.chars() {
        let a = fonts.advance(style.face, c, style.size);
        if w + a + ell > width {
            break;
        }
        out.push(c);
        w += a;
    }
    let mut out = out.trim_end().to_string();
    out.push('…');
    out
}

/// A laid-out line: items relative to the line's top, and its height.
#[derive(Clone, Debug, PartialEq)]
struct LineBox {
    items: Vec<Item>,
    height: f32,
}

/// The lines of a paragraph set in `[x, x + width]`.
fn para_lines(fonts: &Fonts, para: &Para, x: f32, width: f32) -> Vec<LineBox> {
    let spans: Vec<Span> = para
        .spans
        .iter()
        .map(|s| Span {
            text: fonts.clean(&s.text),
            style: Style {
                size: if s.style.size.is_finite() {
                    s.style.size.clamp(4.0, 72.0)
                } else {
                    10.0
                },
                ..s.style
            },
            link: s.link.clone(),
        })
        .collect();
    if spans.iter().all(|s| s.text.trim().is_empty()) {
        return Vec::new();
    }
    let indent = para.indent.clamp(0.0, width / 2.0);
    let text_x = x + indent;
    let text_w = width - indent;
    let mut wlines = wrap(fonts, &spans, text_w);
    if let Some(max) = para.max_lines {
        limit_lines(fonts, &spans, &mut wlines, max, text_w);
    }
    let first_style = spans[0].style;
    let leading = if para.leading.is_finite() {
        para.leading.clamp(1.0, 3.0)
    } else {
        1.4
    };
    let mut out = Vec::with_capacity(wlines.len());
    for (n, wl) in wlines.iter().enumerate() {
        let styles: Vec<Style> = if wl.atoms.is_empty() {
            vec![first_style]
        } else {
            wl.atoms.iter().map(|a| spans[a.1].style).collect()
        };
        let size = styles.iter().map(|s| s.size).fold(0.0, f32::max);
        let asc = styles
            .iter()
            .map(|s| fonts.ascent(s.face, s.size))
            .fold(0.0, f32::max);
        let desc = styles
            .iter()
            .map(|s| fonts.descent(s.face, s.size))
            .fold(0.0, f32::max);
        let height = (leading * size).max(asc + desc);
        let baseline = (height - asc - desc) / 2.0 + asc;
        let dx = match para.align {
            Align::Left => 0.0,
            Align::Right => (text_w - wl.width).max(0.0),
            Align::Centre => ((text_w - wl.width) / 2.0).max(0.0),
        };
        let mut items = Vec::new();
        let mut cx = text_x + dx;
        let mut k = 0;
        while k < wl.atoms.len() {
            let span = wl.atoms[k].1;
            let end = wl.atoms[k..]
                .iter()
                .position(|a| a.1 != span)
                .map_or(wl.atoms.len(), |p| k + p);
            let text: String = wl.atoms[k..end].iter().map(|a| a.0).collect();
            let style = spans[span].style;
            let w = fonts.width(style.face, &text, style.size);
            if let Some(url) = &spans[span].link
                && !text.trim().is_empty()
            {
                items.push(Item::Link {
                    x: cx,
                    y: 0.0,
                    w,
                    h: height,
                    url: url.clone(),
                });
            }
            items.push(Item::Text(TextRun {
                x: cx,
                y: baseline,
                text,
                style,
                width: w,
                ascent: fonts.ascent(style.face, style.size),
                descent: fonts.descent(style.face, style.size),
            }));
            cx += w;
            k = end;
        }
        if n == 0 {
            marker(
                fonts,
                para.marker,
                first_style,
                text_x,
                baseline,
                &mut items,
            );
        }
        out.push(LineBox { items, height });
    }
    out
}

/// The marker of a list item or verdict, left of `text_x`.
fn marker(
    fonts: &Fonts,
    marker: Marker,
    style: Style,
    text_x: f32,
    baseline: f32,
    items: &mut Vec<Item>,
) {
    let run = |text: String, x: f32, style: Style| {
        Item::Text(TextRun {
            x,
            y: baseline,
            width: fonts.width(style.face, &text, style.size),
            text,
            style,
            ascent: fonts.ascent(style.face, style.size),
            descent: fonts.descent(style.face, style.size),
        })
    };
    match marker {
        Marker::None => {}
        Marker::Bullet => {
            let style = Style {
                face: Face::Regular,
                colour: MUTED,
                ..style
            };
            items.push(run("•".into(), text_x - 9.0, style));
        }
        Marker::Number(n) => {
            let style = Style {
                face: Face::Bold,
                ..style
            };
            let text = format!("{n}.");
            let w = fonts.width(style.face, &text, style.size);
            items.push(run(text, text_x - 4.0 - w, style));
        }
        Marker::Square(colour) => {
            let s = style.size * 0.62;
            items.push(Item::Rect {
                x: text_x - 13.0,
                y: baseline - style.size * 0.36 - s / 2.0,
                w: s,
                h: s,
                fill: colour,
            });
        }
    }
}

// ---------------------------------------------------------------------------
// Pieces

/// A table row that can continue on the next page, line by line.
#[derive(Clone, Debug)]
struct RowPiece {
    cells: Vec<CellState>,
    group: Option<Colour>,
}

#[derive(Clone, Debug)]
struct CellState {
    /// Lines with the gap above each (dropped at the top of a slice).
    lines: Vec<(f32, LineBox)>,
    next: usize,
}

const CELL_PAD: f32 = 3.0;
/// Table header text.
const HEADER_STYLE: Style = Style::new(Face::Bold, 7.0, TEXT);

impl RowPiece {
    fn rest(c: &CellState) -> f32 {
        c.lines[c.next..]
            .iter()
            .enumerate()
            .map(|(i, (gap, l))| if i == 0 { l.height } else { gap + l.height })
            .sum()
    }
    fn full_height(&self) -> f32 {
        2.0 * CELL_PAD + self.cells.iter().map(Self::rest).fold(0.0, f32::max)
    }
    fn min_height(&self) -> f32 {
        2.0 * CELL_PAD
            + self
                .cells
                .iter()
                .filter_map(|c| c.lines.get(c.next).map(|l| l.1.height))
                .fold(0.0, f32::max)
    }
    fn done(&self) -> bool {
        self.cells.iter().all(|c| c.next >= c.lines.len())
    }
    /// Takes what fits into `avail` (at least one line of each unfinished
    /// cell when `force`), returning the items relative to the slice top and
    /// the slice height.
    fn slice(&mut self, avail: f32, force: bool) -> (Vec<Item>, f32) {
        let mut items = Vec::new();
        let mut used: f32 = 0.0;
        for c in &mut self.cells {
            let mut y = 0.0;
            let mut first = true;
            while c.next < c.lines.len() {
                let (gap, line) = &c.lines[c.next];
                let gap = if first { 0.0 } else { *gap };
                let fits = 2.0 * CELL_PAD + y + gap + line.height <= avail;
                if !(fits || force && first) {
                    break;
                }
                let top = CELL_PAD + y + gap;
                items.extend(line.items.iter().cloned().map(|i| i.shifted(top)));
                y += gap + line.height;
                c.next += 1;
                first = false;
            }
            used = used.max(y);
        }
        (items, used + 2.0 * CELL_PAD)
    }
}

#[derive(Clone, Debug)]
enum Piece {
    /// An unbreakable box; `keep` keeps it on the page of the next piece.
    Box {
        height: f32,
        items: Vec<Item>,
        keep: bool,
        outline: Option<(u8, String)>,
    },
    Space(f32),
    Break,
    /// A table header: placed now and again at the top of each new page
    /// until the table ends.
    TableHead {
        height: f32,
        items: Vec<Item>,
    },
    Row(RowPiece),
    TableEnd,
}

fn para_pieces(fonts: &Fonts, para: &Para, x: f32, width: f32, out: &mut Vec<Piece>) {
    let lines = para_lines(fonts, para, x, width);
    if lines.is_empty() {
        return;
    }
    if para.before > 0.0 {
        out.push(Piece::Space(para.before.min(100.0)));
    }
    let n = lines.len();
    for (i, l) in lines.into_iter().enumerate() {
        // No single first or last line of a paragraph alone on a page.
        let keep =
            (i == 0 && n >= 2) || (n >= 3 && i == n - 2) || (i == n - 1 && para.keep_with_next);
        out.push(Piece::Box {
            height: l.height,
            items: l.items,
            keep,
            outline: None,
        });
    }
    if para.after > 0.0 {
        out.push(Piece::Space(para.after.min(100.0)));
    }
}

fn heading_pieces(fonts: &Fonts, level: u8, text: &str, accent: Colour, out: &mut Vec<Piece>) {
    let (style, before, after) = match level {
        1 => (Style::new(Face::Bold, 17.0, accent), 0.0, 2.0),
        2 => (Style::new(Face::Bold, 12.0, TEXT), 12.0, 5.0),
        _ => (Style::new(Face::Bold, 10.5, TEXT), 8.0, 3.0),
    };
    let para = Para::text(text, style).leading(1.3).max_lines(4);
    let lines = para_lines(fonts, &para, CONTENT.left, CONTENT.width());
    if lines.is_empty() {
        return;
    }
    out.push(Piece::Space(before));
    let title = fonts.clean(text).replace('\n', " ");
    for (i, l) in lines.into_iter().enumerate() {
        out.push(Piece::Box {
            height: l.height,
            items: l.items,
            keep: true,
            outline: (i == 0 && level <= 2).then(|| (level, title.clone())),
        });
    }
    if level == 1 {
        out.push(Piece::Box {
            height: 10.0,
            items: vec![Item::Line {
                x1: CONTENT.left,
                y1: 4.0,
                x2: CONTENT.right,
                y2: 4.0,
                width: 0.8,
                colour: accent,
            }],
            keep: true,
            outline: None,
        });
    }
    out.push(Piece::Space(after));
}

/// The width a fitted column needs, in points: its widest word (cells and
/// title), and the whole text of any cell short enough to stay on one line
/// within `max` ("Te doen", "15 maart 2027" are not split).
fn longest_word(fonts: &Fonts, table: &Table, col: usize, max: f32) -> f32 {
    let words = |text: &str, style: Style| -> f32 {
        fonts
            .clean(text)
            .split_whitespace()
            .map(|w| fonts.width(style.face, w, style.size))
            .fold(0.0, f32::max)
    };
    let mut widest = words(&table.columns[col].title, HEADER_STYLE);
    for row in table.rows.iter().filter(|r| !r.group) {
        for para in row.cells.get(col).into_iter().flatten() {
            let indent = para.indent.max(0.0);
            let mut line = indent;
            for span in &para.spans {
                widest = widest.max(words(&span.text, span.style) + indent);
                line += fonts.width(span.style.face, &fonts.clean(&span.text), span.style.size);
            }
            if line <= max {
                widest = widest.max(line);
            }
        }
    }
    widest
}

/// The left edge and width of each column.
fn column_edges(fonts: &Fonts, table: &Table) -> Vec<(f32, f32)> {
    let total_w = CONTENT.width();
    let share = |c: &super::blocks::Column| {
        if c.width.is_finite() {
            c.width.max(0.0)
        } else {
            0.0
        }
    };
    // Fitted columns first: their longest word, within 10-32 mm.
    let mut widths: Vec<Option<f32>> = table
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            c.fit.then(|| {
                let max = 32.0 * MM - 2.0 * CELL_PAD - 1.0;
                (longest_word(fonts, table, i, max) + 2.0 * CELL_PAD + 1.0)
                    .clamp(10.0 * MM, 32.0 * MM)
            })
        })
        .collect();
    let fitted: f32 = widths.iter().flatten().sum();
    let free_shares: f32 = table
        .columns
        .iter()
        .zip(&widths)
        .filter(|(_, w)| w.is_none())
        .map(|(c, _)| share(c))
        .sum();
    let any_free = widths.iter().any(Option::is_none);
    // Leave at least 30 % to the other columns.
    let max_fitted = if any_free { total_w * 0.70 } else { total_w };
    if fitted > max_fitted {
        // Too wide: narrow the widest columns first, down to a common cap,
        // so short words in the other columns are not split.
        let mut sorted: Vec<f32> = widths.iter().flatten().copied().collect();
        sorted.sort_by(f32::total_cmp);
        let mut left = max_fitted;
        let mut cap = max_fitted;
        for (i, w) in sorted.iter().enumerate() {
            let even = left / (sorted.len() - i) as f32;
            if *w > even {
                cap = even;
                break;
            }
            left -= w;
        }
        for w in widths.iter_mut().flatten() {
            *w = w.min(cap);
        }
    } else if !any_free && fitted > 0.0 {
        let scale = total_w / fitted;
        for w in widths.iter_mut().flatten() {
            *w *= scale;
        }
    }
    let fitted: f32 = widths.iter().flatten().sum();
    let rest = total_w - fitted;
    let n_free = widths.iter().filter(|w| w.is_none()).count().max(1) as f32;
    for (w, c) in widths.iter_mut().zip(&table.columns) {
        if w.is_none() {
            *w = Some(if free_shares > 0.0 {
                rest * share(c) / free_shares
            } else {
                rest / n_free
            });
        }
    }
    let mut x = CONTENT.left;
    widths
        .into_iter()
        .map(|w| {
            let w = w.unwrap_or(0.0);
            let edge = (x, w);
            x += w;
            edge
        })
        .collect()
}

fn cell_lines(fonts: &Fonts, paras: &[Para], x: f32, w: f32, align: Align) -> Vec<(f32, LineBox)> {
    let mut lines = Vec::new();
    let mut gap = 0.0;
    for p in paras {
        let mut p = p.clone();
        if p.align == Align::Left {
            p.align = align;
        }
        let ls = para_lines(fonts, &p, x + CELL_PAD, (w - 2.0 * CELL_PAD).max(4.0));
        let n = ls.len();
        for (i, l) in ls.into_iter().enumerate() {
            let g = if i == 0 { gap + p.before } else { 0.0 };
            lines.push((g, l));
            if i + 1 == n {
                gap = 0.0;
            }
        }
        gap += p.after;
    }
    lines
}

fn table_pieces(fonts: &Fonts, table: &Table, accent: Colour, out: &mut Vec<Piece>) {
    if table.columns.is_empty() {
        return;
    }
    let edges = column_edges(fonts, table);
    if table.header {
        let mut cells = Vec::new();
        for (c, &(x, w)) in table.columns.iter().zip(&edges) {
            let p = Para::text(&c.title, HEADER_STYLE).after(0.0).leading(1.3);
            cells.push(CellState {
                lines: cell_lines(fonts, &[p], x, w, c.align),
                next: 0,
            });
        }
        let mut head = RowPiece { cells, group: None };
        let height = head.full_height();
        let (mut items, _) = head.slice(f32::INFINITY, true);
        items.insert(
            0,
            Item::Rect {
                x: CONTENT.left,
                y: 0.0,
                w: CONTENT.width(),
                h: height,
                fill: accent.tint(0.88),
            },
        );
        items.push(Item::Line {
            x1: CONTENT.left,
            y1: height,
            x2: CONTENT.right,
            y2: height,
            width: 0.8,
            colour: accent,
        });
        out.push(Piece::TableHead { height, items });
    }
    for row in &table.rows {
        out.push(Piece::Row(row_piece(fonts, table, &edges, row, accent)));
    }
    out.push(Piece::TableEnd);
}

fn row_piece(
    fonts: &Fonts,
    table: &Table,
    edges: &[(f32, f32)],
    row: &Row,
    accent: Colour,
) -> RowPiece {
    if row.group {
        let paras = row.cells.first().cloned().unwrap_or_default();
        return RowPiece {
            cells: vec![CellState {
                lines: cell_lines(fonts, &paras, CONTENT.left, CONTENT.width(), Align::Left),
                next: 0,
            }],
            group: Some(accent.tint(0.92)),
        };
    }
    let cells = edges
        .iter()
        .enumerate()
        .map(|(i, &(x, w))| {
            let paras = row.cells.get(i).map(Vec::as_slice).unwrap_or(&[]);
            CellState {
                lines: cell_lines(fonts, paras, x, w, table.columns[i].align),
                next: 0,
            }
        })
        .collect();
    RowPiece { cells, group: None }
}

/// Chart geometry: label column, bar track, value, note.
struct ChartCols {
    label_w: f32,
    track_x: f32,
    track_w: f32,
    value_x: f32,
    note_x: f32,
    note_w: f32,
}

fn chart_cols() -> ChartCols {
    let label_w = 54.0 * MM;
    let track_x = CONTENT.left + label_w + 3.0 * MM;
    let track_w = 66.0 * MM;
    let value_x = track_x + track_w + 2.5 * MM;
    let note_x = value_x + 9.0 * MM;
    ChartCols {
        label_w,
        track_x,
        track_w,
        value_x,
        note_x,
        note_w: CONTENT.right - note_x,
    }
}

fn chart_pieces(fonts: &Fonts, chart: &Chart, accent: Colour, out: &mut Vec<Piece>) {
    let cols = chart_cols();
    // The scale: 0, 25, 50, 75, 100 above the tracks.
    let tick = Style::new(Face::Regular, 7.0, MUTED);
    let mut scale = Vec::new();
    for v in [0u8, 25, 50, 75, 100] {
        let text = v.to_string();
        let w = fonts.width(tick.face, &text, tick.size);
        let cx = cols.track_x + cols.track_w * f32::from(v) / 100.0;
        let x = (cx - w / 2.0).clamp(CONTENT.left, CONTENT.right - w);
        scale.push(Item::Text(TextRun {
            x,
            y: 8.0,
            text,
            style: tick,
            width: w,
            ascent: fonts.ascent(tick.face, tick.size),
            descent: fonts.descent(tick.face, tick.size),
        }));
    }
    out.push(Piece::Box {
        height: 12.0,
        items: scale,
        keep: true,
        outline: None,
    });
    for group in &chart.groups {
        group_pieces(fonts, group, &cols, accent, out);
    }
}

fn group_pieces(
    fonts: &Fonts,
    group: &BarGroup,
    cols: &ChartCols,
    accent: Colour,
    out: &mut Vec<Piece>,
) {
    let title_style = Style::new(Face::Bold, 9.5, TEXT);
    let title = Para::text(&group.title, title_style)
        .max_lines(2)
        .leading(1.35);
    let mut lines = para_lines(
        fonts,
        &title,
        CONTENT.left,
        cols.label_w + 3.0 * MM + cols.track_w,
    );
    let score = Para::text(&group.score_text, title_style).max_lines(1);
    let score_lines = para_lines(fonts, &score, cols.value_x, CONTENT.right - cols.value_x);
    let mut items = Vec::new();
    let mut h: f32 = 0.0;
    for l in lines.drain(..) {
        items.extend(l.items.into_iter().map(|i| i.shifted(h)));
        h += l.height;
    }
    if let Some(l) = score_lines.into_iter().next() {
        items.extend(l.items);
        h = h.max(l.height);
    }
    if h > 0.0 {
        items.push(Item::Line {
            x1: CONTENT.left,
            y1: h + 1.0,
            x2: CONTENT.right,
            y2: h + 1.0,
            width: 0.5,
            colour: RULE,
        });
        out.push(Piece::Space(4.0));
        out.push(Piece::Box {
            height: h + 4.0,
            items,
            keep: true,
            outline: None,
        });
    }
    for bar in &group.bars {
        out.push(bar_piece(fonts, bar, cols, accent));
    }
}

/// The baseline of the first text of a line.
fn first_baseline(line: &LineBox) -> Option<f32> {
    line.items.iter().find_map(|i| match i {
        Item::Text(t) => Some(t.y),
        _ => None,
    })
}

fn bar_piece(fonts: &Fonts, bar: &Bar, cols: &ChartCols, accent: Colour) -> Piece {
    const PAD: f32 = 2.5;
    let label = Para::text(&bar.label, Style::new(Face::Regular, 8.5, TEXT))
        .max_lines(3)
        .leading(1.3);
    let lines = para_lines(fonts, &label, CONTENT.left, cols.label_w);
    // Everything on the row shares the label's first baseline.
    let base = lines
        .first()
        .and_then(first_baseline)
        .unwrap_or(fonts.ascent(Face::Regular, 8.5));
    let mut items = Vec::new();
    let mut h: f32 = 0.0;
    for l in lines {
        items.extend(l.items.into_iter().map(|i| i.shifted(h)));
        h += l.height;
    }
    let bar_h = 7.0;
    // Centred on the digits (cap height about 0.71 em).
    let bar_top = base - 0.36 * 8.5 - bar_h / 2.0;
    items.push(Item::Rect {
        x: cols.track_x,
        y: bar_top,
        w: cols.track_w,
        h: bar_h,
        fill: TRACK,
    });
    if let Some(v) = bar.value {
        let w = cols.track_w * f32::from(v.min(100)) / 100.0;
        if w > 0.0 {
            items.push(Item::Rect {
                x: cols.track_x,
                y: bar_top,
                w,
                h: bar_h,
                fill: accent,
            });
        }
    }
    // Quarter ticks across the track, so the length reads without colour.
    for q in [25.0, 50.0, 75.0] {
        let x = cols.track_x + cols.track_w * q / 100.0;
        items.push(Item::Line {
            x1: x,
            y1: bar_top,
            x2: x,
            y2: bar_top + bar_h,
            width: 0.6,
            colour: Colour::rgb(255, 255, 255),
        });
    }
    let mut bottom = h.max(bar_top + bar_h);
    let value = Para::text(&bar.value_text, Style::new(Face::Bold, 8.5, TEXT))
        .max_lines(1)
        .leading(1.3);
    let note = Para::text(&bar.note, Style::new(Face::Regular, 8.0, MUTED))
        .max_lines(2)
        .leading(1.3);
    for (para, x, w) in [
        (&value, cols.value_x, cols.note_x - cols.value_x),
        (&note, cols.note_x, cols.note_w),
    ] {
        let lines = para_lines(fonts, para, x, w);
        let shift = lines
            .first()
            .and_then(first_baseline)
            .map_or(0.0, |b| base - b);
        let mut y = shift;
        for l in lines {
            items.extend(l.items.into_iter().map(|i| i.shifted(y)));
            y += l.height;
        }
        bottom = bottom.max(y);
    }
    let items = items.into_iter().map(|i| i.shifted(PAD)).collect();
    Piece::Box {
        height: bottom + 2.0 * PAD + 2.0,
        items,
        keep: false,
        outline: None,
    }
}

fn score_piece(fonts: &Fonts, score: &Score, accent: Colour, out: &mut Vec<Piece>) {
    let big = Style::new(Face::Bold, 34.0, accent);
    let of = Style::new(Face::Bold, 15.0, MUTED);
    let mut items = Vec::new();
    let base = fonts.ascent(big.face, big.size) + 2.0;
    let value = score.value.map(|v| v.min(100));
    let big_text = value.map_or_else(|| "—".to_string(), |v| v.to_string());
    let bw = fonts.width(big.face, &big_text, big.size);
    items.push(run_at(fonts, big_text, CONTENT.left, base, big));
    items.push(run_at(
        fonts,
        "/100".into(),
        CONTENT.left + bw + 2.0,
        base,
        of,
    ));
    let text_x = CONTENT.left + 46.0 * MM;
    let text_w = CONTENT.right - text_x;
    let mut ty = 6.0;
    let mut paras = vec![
        Para::text(&score.label, Style::new(Face::Bold, 12.0, TEXT)).max_lines(2),
        Para::text(&score.caption, Style::new(Face::Regular, 9.5, MUTED)).max_lines(3),
    ];
    if value.is_none() {
        paras.push(
            Para::text(&score.not_scored, Style::new(Face::Regular, 9.5, MUTED)).max_lines(2),
        );
    }
    for p in &paras {
        for l in para_lines(fonts, p, text_x, text_w) {
            items.extend(l.items.into_iter().map(|i| i.shifted(ty)));
            ty += l.height;
        }
    }
    let meter_y = (base + fonts.descent(big.face, big.size)).max(ty) + 6.0;
    items.push(Item::Rect {
        x: CONTENT.left,
        y: meter_y,
        w: CONTENT.width(),
        h: 5.0,
        fill: TRACK,
    });
    if let Some(v) = value {
        let w = CONTENT.width() * f32::from(v) / 100.0;
        if w > 0.0 {
            items.push(Item::Rect {
                x: CONTENT.left,
                y: meter_y,
                w,
                h: 5.0,
                fill: accent,
            });
        }
    }
    out.push(Piece::Box {
        height: meter_y + 5.0 + 8.0,
        items,
        keep: false,
        outline: None,
    });
}

fn pieces(fonts: &Fonts, doc: &Doc) -> Vec<Piece> {
    let mut out = Vec::new();
    for block in &doc.blocks {
        match block {
            Block::Heading { level, text } => {
                heading_pieces(fonts, *level, text, doc.accent, &mut out)
            }
            Block::Para(p) => para_pieces(fonts, p, CONTENT.left, CONTENT.width(), &mut out),
            Block::Table(t) => table_pieces(fonts, t, doc.accent, &mut out),
            Block::Chart(c) => chart_pieces(fonts, c, doc.accent, &mut out),
            Block::Score(s) => score_piece(fonts, s, doc.accent, &mut out),
            Block::Space(s) => {
                if s.is_finite() && *s > 0.0 {
                    out.push(Piece::Space(s.min(200.0)));
                }
            }
            Block::PageBreak => out.push(Piece::Break),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// The flow

struct Flow {
    pages: Vec<Page>,
    outline: Vec<OutlineEntry>,
    y: f32,
    /// Nothing but a repeated table header is on the current page yet.
    fresh: bool,
    head: Option<(f32, Vec<Item>)>,
}

impl Flow {
    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = CONTENT.top;
        self.fresh = true;
        if let Some((h, items)) = self.head.clone() {
            self.place(items, h);
            self.fresh = true;
        }
    }

    fn place(&mut self, items: Vec<Item>, height: f32) {
        let y = self.y;
        if let Some(page) = self.pages.last_mut() {
            page.items.extend(items.into_iter().map(|i| i.shifted(y)));
        }
        self.y += height;
        self.fresh = false;
    }

    fn remaining(&self) -> f32 {
        CONTENT.bottom - self.y
    }

    /// The height a page offers to content (less a repeated table header).
    fn capacity(&self) -> f32 {
        CONTENT.height() - self.head.as_ref().map_or(0.0, |h| h.0)
    }

    /// The height of piece `i` and everything kept with it.
    fn chain(pieces: &[Piece], i: usize, capacity: f32) -> f32 {
        let mut total = 0.0;
        let mut j = i;
        while j < pieces.len() {
            match &pieces[j] {
                Piece::Box { height, keep, .. } => {
                    total += height;
                    if !keep {
                        break;
                    }
                }
                Piece::Space(s) => {
                    if j > i {
                        total += s;
                    }
                }
                Piece::TableHead { height, .. } => total += height,
                Piece::Row(r) => {
                    // A row that fits on a page is not split: keep all of it.
                    let full = r.full_height();
                    total += if full <= capacity {
                        full
                    } else {
                        r.min_height()
                    };
                    break;
                }
                Piece::Break | Piece::TableEnd => break,
            }
            j += 1;
        }
        total
    }

    /// For each piece, the height of it and of everything after it up to
    /// the next page break (or the end): what is left of its part.
    fn tails(pieces: &[Piece]) -> Vec<f32> {
        let mut tails = vec![0.0; pieces.len()];
        let mut after = 0.0;
        for (i, p) in pieces.iter().enumerate().rev() {
            let h = match p {
                Piece::Box { height, .. } | Piece::TableHead { height, .. } => *height,
                // Space at the end of a part takes no room.
                Piece::Space(s) if after > 0.0 => *s,
                Piece::Space(_) => 0.0,
                Piece::Row(r) => r.full_height(),
                Piece::Break => {
                    after = 0.0;
                    0.0
                }
                Piece::TableEnd => 0.0,
            };
            after += h;
            tails[i] = after;
        }
        tails
    }

    /// The pieces where a new page may start: boxes not kept with the box
    /// before them.
    fn break_points(pieces: &[Piece]) -> Vec<bool> {
        let mut kept = false;
        pieces
            .iter()
            .map(|p| match p {
                Piece::Box { keep, .. } => {
                    let ok = !kept;
                    kept = *keep;
                    ok
                }
                Piece::Space(_) => false,
                _ => {
                    kept = false;
                    false
                }
            })
            .collect()
    }

    fn run(&mut self, mut pieces: Vec<Piece>) {
        // No part ends with a page that holds only a line or two of it (the
        // last reading tip of a list, say): the page turns earlier, so that
        // the last page of a part carries at least this much of it.
        const LAST_PAGE_MIN: f32 = 72.0;
        let tails = Self::tails(&pieces);
        let points = Self::break_points(&pieces);
        // The tail at the next place a page could turn before the part ends
        // (0 when there is none).
        let mut next_tail = vec![0.0; pieces.len()];
        let mut ahead = 0.0;
        for i in (0..pieces.len()).rev() {
            next_tail[i] = ahead;
            if matches!(pieces[i], Piece::Break) {
                ahead = 0.0;
            } else if points[i] {
                ahead = tails[i];
            }
        }
        self.new_page();
        for i in 0..pieces.len() {
            if points[i] && !self.fresh {
                let tail = tails[i];
                let spill = tail - self.remaining();
                let last_chance = next_tail[i] < LAST_PAGE_MIN;
                if spill > 0.0
                    && spill < LAST_PAGE_MIN
                    && last_chance
                    && tail >= LAST_PAGE_MIN
                    && tail <= self.capacity()
                {
                    self.new_page();
                }
            }
            let chain = Self::chain(&pieces, i, self.capacity());
            match &mut pieces[i] {
                Piece::Space(s) => {
                    if !self.fresh {
                        self.y = (self.y + *s).min(CONTENT.bottom);
                    }
                }
                Piece::Break => {
                    self.head = None;
                    if !self.fresh {
                        self.new_page();
                    }
                }
                Piece::Box {
                    height,
                    items,
                    keep,
                    outline,
                } => {
                    let need = if *keep { chain } else { *height };
                    if !self.fresh
                        && need > self.remaining()
                        && (need <= self.capacity() || *height > self.remaining())
                    {
                        self.new_page();
                    }
                    if let Some((level, title)) = outline.take() {
                        self.outline.push(OutlineEntry {
                            level,
                            title,
                            page: self.pages.len() - 1,
                            y: self.y,
                        });
                    }
                    let h = *height;
                    self.place(std::mem::take(items), h);
                }
                Piece::TableHead { height, items } => {
                    if !self.fresh && chain > self.remaining() {
                        self.new_page();
                    }
                    let h = *height;
                    let items = std::mem::take(items);
                    let was_fresh = self.fresh;
                    self.head = Some((h, items.clone()));
                    self.place(items, h);
                    self.fresh = was_fresh;
                }
                Piece::Row(row) => self.place_row(row),
                Piece::TableEnd => self.head = None,
            }
        }
    }

    fn place_row(&mut self, row: &mut RowPiece) {
        let mut guard = 0;
        loop {
            guard += 1;
            let full = row.full_height();
            let avail = self.remaining();
            if full <= avail {
                self.slice_row(row, f32::INFINITY, false);
                return;
            }
            if !self.fresh && (full <= self.capacity() || row.min_height() > avail) {
                self.new_page();
                continue;
            }
            // Taller than a page (or already at the top): continue line by line.
            self.slice_row(row, avail, self.fresh || guard > 2);
            if row.done() {
                return;
            }
            self.new_page();
        }
    }

    fn slice_row(&mut self, row: &mut RowPiece, avail: f32, force: bool) {
        let (mut items, h) = row.slice(avail, force);
        if let Some(fill) = row.group {
            items.insert(
                0,
                Item::Rect {
                    x: CONTENT.left,
                    y: 0.0,
                    w: CONTENT.width(),
                    h,
                    fill,
                },
            );
        }
        items.push(Item::Line {
            x1: CONTENT.left,
            y1: h,
            x2: CONTENT.right,
            y2: h,
            width: 0.4,
            colour: RULE,
        });
        self.place(items, h);
    }
}

// ---------------------------------------------------------------------------
// Cover, header and footer

fn run_at(fonts: &Fonts, text: String, x: f32, y: f32, style: Style) -> Item {
    Item::Text(TextRun {
        x,
        y,
        width: fonts.width(style.face, &text, style.size),
        text,
        style,
        ascent: fonts.ascent(style.face, style.size),
        descent: fonts.descent(style.face, style.size),
    })
}

/// Sets a paragraph at `y` (top), returning the items and the new y.
fn set_para(fonts: &Fonts, para: &Para, x: f32, width: f32, y: f32, items: &mut Vec<Item>) -> f32 {
    let mut y = y;
    for l in para_lines(fonts, para, x, width) {
        items.extend(l.items.into_iter().map(|i| i.shifted(y)));
        y += l.height;
    }
    y
}

fn cover(fonts: &Fonts, doc: &Doc, parts: &[OutlineEntry]) -> Page {
    let c = &doc.cover;
    let accent = doc.accent;
    let x = CONTENT.left;
    let w = CONTENT.width();
    let mut items = vec![Item::Rect {
        x: 0.0,
        y: 0.0,
        w: PAGE_WIDTH,
        h: 6.0 * MM,
        fill: accent,
    }];

    // Top: the federation's logo and name.
    let mut y = 22.0 * MM;
    if let Some(logo) = &doc.logo {
        let (max_w, max_h) = (48.0 * MM, 20.0 * MM);
        let (pw, ph) = (logo.width.max(1) as f32, logo.height.max(1) as f32);
        let scale = (max_w / pw).min(max_h / ph);
        let (lw, lh) = (pw * scale, ph * scale);
        if lw.is_finite() && lh.is_finite() && lw > 1.0 && lh > 1.0 {
            items.push(Item::Image { x, y, w: lw, h: lh });
            y += lh + 4.0 * MM;
        }
    }
    if !c.brand_name.trim().is_empty() {
        let p = Para::text(&c.brand_name, Style::new(Face::Bold, 11.0, MUTED)).max_lines(2);
        set_para(fonts, &p, x, w, y, &mut items);
    }

    // Bottom, from the bottom margin up: the note (disclaimer), the helpdesk.
    let mut bottom_items = Vec::new();
    let note = Para::text(&c.note, Style::new(Face::Regular, 8.0, MUTED))
        .max_lines(4)
        .leading(1.4);
    let note_h = set_para(fonts, &note, x, w, 0.0, &mut bottom_items);
    let mut help_items = Vec::new();
    let mut hy = 0.0;
    if !c.helpdesk_text.trim().is_empty() || !c.helpdesk_url.trim().is_empty() {
        help_items.push(Item::Line {
            x1: x,
            y1: 0.0,
            x2: x,
            y2: 1.0, // stretched below
            width: 2.0,
            colour: accent,
        });
        hy = 2.0;
        let p = Para::text(&c.helpdesk_text, Style::new(Face::Regular, 9.5, TEXT)).max_lines(4);
        hy = set_para(fonts, &p, x + 8.0, w - 8.0, hy, &mut help_items);
        let p = Para::new(vec![Span::link(
            &c.helpdesk_url,
            Style::new(Face::Regular, 9.5, accent),
            &c.helpdesk_url,
        )])
        .max_lines(2);
        hy = set_para(fonts, &p, x + 8.0, w - 8.0, hy, &mut help_items) + 2.0;
        if let Some(Item::Line { y2, .. }) = help_items.first_mut() {
            *y2 = hy;
        }
    }
    let note_top = CONTENT.bottom - note_h;
    let help_top = note_top - if hy > 0.0 { hy + 8.0 * MM } else { 0.0 };
    items.extend(bottom_items.into_iter().map(|i| i.shifted(note_top)));
    items.extend(help_items.into_iter().map(|i| i.shifted(help_top)));

    // Middle: title, subtitle, organisation, facts.
    let mut y = 78.0 * MM;
    let title = Para::text(&c.title, Style::new(Face::Bold, 26.0, accent))
        .leading(1.25)
        .max_lines(3);
    y = set_para(fonts, &title, x, w, y, &mut items) + 3.0 * MM;
    let sub = Para::text(&c.subtitle, Style::new(Face::Regular, 14.0, TEXT))
        .leading(1.35)
        .max_lines(3);
    y = set_para(fonts, &sub, x, w, y, &mut items) + 9.0 * MM;
    items.push(Item::Rect {
        x,
        y,
        w: 28.0 * MM,
        h: 1.6,
        fill: accent,
    });
    y += 7.0 * MM;
    // The organisation: smaller when long, never into the facts or helpdesk.
    let facts_h = c.facts.len() as f32 * 16.0;
    let room = (help_top - 10.0 * MM - facts_h - 6.0 * MM - y).max(40.0);
    let mut org = Para::text(&c.organisation, Style::new(Face::Bold, 20.0, TEXT)).leading(1.3);
    let lines_at = |p: &Para| {
        para_lines(fonts, p, x, w)
            .iter()
            .map(|l| l.height)
            .sum::<f32>()
    };
    if lines_at(&org) > 3.0 * 26.0 {
        org.spans[0].style.size = 15.0;
    }
    let line_h = org.spans[0].style.size * 1.3;
    org.max_lines = Some(((room / line_h).floor() as usize).clamp(1, 8));
    y = set_para(fonts, &org, x, w, y, &mut items) + 6.0 * MM;
    let label_w = c
        .facts
        .iter()
        .map(|(l, _)| fonts.width(Face::Regular, &fonts.clean(l), 10.0))
        .fold(0.0, f32::max)
        .min(60.0 * MM)
        + 5.0 * MM;
    for (label, value) in &c.facts {
        let lp = Para::text(label, Style::new(Face::Regular, 10.0, MUTED)).max_lines(1);
        let vp = Para::text(value, Style::new(Face::Bold, 10.0, TEXT)).max_lines(1);
        let y1 = set_para(fonts, &lp, x, label_w, y, &mut items);
        let y2 = set_para(fonts, &vp, x + label_w, w - label_w, y, &mut items);
        y = y1.max(y2) + 2.0;
    }

    // The contents: the parts with their pages, when there is room.
    const ROW: f32 = 17.0;
    let parts: Vec<&OutlineEntry> = parts.iter().filter(|e| e.level == 1).collect();
    let needed = 12.0 * MM + 18.0 + ROW * parts.len() as f32;
    if !parts.is_empty() && !c.contents.trim().is_empty() && y + needed <= help_top - 6.0 * MM {
        y += 12.0 * MM;
        let head = Para::text(&c.contents, Style::new(Face::Bold, 10.0, accent)).max_lines(1);
        y = set_para(fonts, &head, x, w, y, &mut items) + 3.0;
        let number_w = 14.0 * MM;
        for e in parts {
            let style = Style::new(Face::Regular, 10.0, TEXT);
            let title = fit_line(fonts, &e.title, style, w - number_w);
            let number = (e.page + 1).to_string();
            let nw = fonts.width(Face::Regular, &number, 10.0);
            let base = y + 4.0 + fonts.ascent(Face::Regular, 10.0);
            items.push(run_at(fonts, title, x, base, style));
            items.push(run_at(fonts, number, x + w - nw, base, style.colour(MUTED)));
            items.push(Item::Line {
                x1: x,
                y1: y + ROW,
                x2: x + w,
                y2: y + ROW,
                width: 0.4,
                colour: RULE,
            });
            items.push(Item::GoTo {
                x,
                y,
                w,
                h: ROW,
                page: e.page,
            });
            y += ROW;
        }
    }
    Page { items, cover: true }
}

/// Adds the running header and the footer to every page but the cover.
fn decorate(fonts: &Fonts, doc: &Doc, pages: &mut [Page]) {
    let total = pages.len();
    let style = Style::new(Face::Regular, 8.0, MUTED);
    let header_y = 14.5 * MM;
    let footer_y = PAGE_HEIGHT - 13.0 * MM;
    for (i, page) in pages.iter_mut().enumerate() {
        if page.cover {
            continue;
        }
        let header = fit_line(fonts, &doc.header, style, CONTENT.width());
        page.items
            .push(run_at(fonts, header, CONTENT.left, header_y, style));
        page.items.push(Item::Line {
            x1: CONTENT.left,
            y1: header_y + 4.0,
            x2: CONTENT.right,
            y2: header_y + 4.0,
            width: 0.5,
            colour: RULE,
        });
        let label = doc
            .page_label
            .replace("{page}", &(i + 1).to_string())
            .replace("{pages}", &total.to_string());
        let label_style = Style::new(Face::Bold, 8.0, MUTED);
        let label = fit_line(fonts, &label, label_style, CONTENT.width() / 2.0);
        let lw = fonts.width(label_style.face, &label, label_style.size);
        page.items.push(Item::Line {
            x1: CONTENT.left,
            y1: footer_y - 10.0,
            x2: CONTENT.right,
            y2: footer_y - 10.0,
            width: 0.5,
            colour: RULE,
        });
        page.items.push(run_at(
            fonts,
            label,
            CONTENT.right - lw,
            footer_y,
            label_style,
        ));
        let room = CONTENT.width() - lw - 8.0 * MM;
        if !doc.footer_note.trim().is_empty() && room > 20.0 * MM {
            let note = fit_line(fonts, &doc.footer_note, style, room);
            page.items
                .push(run_at(fonts, note, CONTENT.left, footer_y, style));
        }
    }
}

/// Lays out a document description.
pub fn layout(doc: &Doc, fonts: &Fonts) -> Layout {
    let mut flow = Flow {
        pages: Vec::new(),
        outline: Vec::new(),
        y: CONTENT.top,
        fresh: true,
        head: None,
    };
    flow.run(pieces(fonts, doc));
    // Drop a trailing empty page (a break at the very end).
    while flow.pages.len() > 1 && flow.pages.last().is_some_and(|p| p.items.is_empty()) {
        flow.pages.pop();
    }
    let mut outline = flow.outline;
    for e in &mut outline {
        e.page += 1;
    }
    let mut pages = vec![cover(fonts, doc, &outline)];
    pages.extend(flow.pages);
    // Never keep an item with a coordinate that is not a number.
    for p in &mut pages {
        p.items.retain(Item::is_finite);
    }
    decorate(fonts, doc, &mut pages);
    Layout { pages, outline }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_start_new_lines_and_max_lines_ends_with_an_ellipsis() {
        let f = Fonts::new();
        let p = Para::text("word ".repeat(200), Style::body()).max_lines(2);
        let lines = para_lines(&f, &p, 0.0, 200.0);
        assert_eq!(lines.len(), 2);
        let last: String = lines[1]
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text(t) => Some(t.text.clone()),
                _ => None,
            })
            .collect();
        assert!(last.ends_with('…'), "{last}");
        assert!(fit_line(&f, &"x".repeat(500), Style::body(), 100.0).ends_with('…'));
        assert_eq!(fit_line(&f, "kort", Style::body(), 100.0), "kort");
    }
}
