//! Step 1: the report model as a document description: a cover and a list
//! of blocks (headings, paragraphs, lists, tables, a bar chart, spacers,
//! page breaks). No measuring happens here.

use base64::Engine as _;

use super::fonts::Face;
use crate::domain::horizon::Horizon;
use crate::domain::report::{Link, PlanEntry, Report, ReportKind, Tone, Verdict};

/// A colour, 8 bits a channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colour {
    /// Red, 0-255.
    pub r: u8,
    /// Green, 0-255.
    pub g: u8,
    /// Blue, 0-255.
    pub b: u8,
}

impl Colour {
    /// A colour from its red, green and blue values, 0-255 each.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Colour {
        Colour { r, g, b }
    }

    /// Parses `#rrggbb` (or `rrggbb`).
    pub fn parse(hex: &str) -> Option<Colour> {
        let hex = hex.trim().trim_start_matches('#');
        if hex.len() != 6 || !hex.is_ascii() {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        Some(Colour::rgb(channel(0)?, channel(2)?, channel(4)?))
    }

    /// This colour mixed with white: `amount` 0 is the colour, 1 is white.
    pub fn tint(self, amount: f32) -> Colour {
        let a = amount.clamp(0.0, 1.0);
        let mix = |c: u8| (f32::from(c) + (255.0 - f32::from(c)) * a).round() as u8;
        Colour::rgb(mix(self.r), mix(self.g), mix(self.b))
    }

    /// WCAG relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f32 {
        let lin = |c: u8| {
            let c = f32::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.r) + 0.7152 * lin(self.g) + 0.0722 * lin(self.b)
    }

    /// WCAG contrast ratio against white.
    pub fn contrast_on_white(self) -> f32 {
        1.05 / (self.luminance() + 0.05)
    }
}

/// The default accent.
pub const ACCENT: Colour = Colour::rgb(0x0b, 0x5c, 0xad);
/// Body text.
pub const TEXT: Colour = Colour::rgb(0x26, 0x2a, 0x30);
/// Secondary text (captions, references, header and footer).
pub const MUTED: Colour = Colour::rgb(0x5a, 0x61, 0x6b);
/// Hairlines and bar tracks.
pub const RULE: Colour = Colour::rgb(0xc8, 0xcd, 0xd4);
/// Light grey fill (bar tracks).
pub const TRACK: Colour = Colour::rgb(0xe8, 0xeb, 0xef);
/// Tone markers: good, needs attention, neutral.
pub const GOOD: Colour = Colour::rgb(0x1e, 0x7b, 0x3c);
/// Needs attention (a verdict's tone).
pub const ATTENTION: Colour = Colour::rgb(0xb3, 0x5c, 0x00);
/// Neutral or not known yet (a verdict's tone).
pub const NEUTRAL: Colour = Colour::rgb(0x6b, 0x72, 0x80);

/// Body text size in points.
pub const BODY: f32 = 10.0;
/// Small text size in points.
pub const SMALL: f32 = 8.5;

/// How a run of text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    /// Regular or bold.
    pub face: Face,
    /// Font size in points.
    pub size: f32,
    /// Text colour.
    pub colour: Colour,
}

impl Style {
    /// A style from its face, size in points and colour.
    pub const fn new(face: Face, size: f32, colour: Colour) -> Style {
        Style { face, size, colour }
    }
    /// Body text: regular, 10 pt, the text colour.
    pub const fn body() -> Style {
        Style::new(Face::Regular, BODY, TEXT)
    }
    /// Bold body text: 10 pt, the text colour.
    pub const fn bold() -> Style {
        Style::new(Face::Bold, BODY, TEXT)
    }
    /// Small text: regular, 8.5 pt, the muted colour.
    pub const fn small() -> Style {
        Style::new(Face::Regular, SMALL, MUTED)
    }
    /// The same style at `size` points.
    pub const fn size(self, size: f32) -> Style {
        Style { size, ..self }
    }
    /// The same style in `colour`.
    pub const fn colour(self, colour: Colour) -> Style {
        Style { colour, ..self }
    }
}

/// A piece of text in one style, maybe a link.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    /// The text.
    pub text: String,
    /// How it looks.
    pub style: Style,
    /// The link target, made safe for a PDF string; none for plain text or
    /// an address that is not a web or mail link (see [`link_target`]).
    pub link: Option<String>,
}

impl Span {
    /// A plain span.
    pub fn new(text: impl Into<String>, style: Style) -> Span {
        Span {
            text: text.into(),
            style,
            link: None,
        }
    }
    /// A span that links to `url` when it is a web or mail address (see [`link_target`]).
    pub fn link(text: impl Into<String>, style: Style, url: &str) -> Span {
        Span {
            text: text.into(),
            style,
            link: link_target(url),
        }
    }
}

/// Horizontal alignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Aligned to the left edge.
    Left,
    /// Aligned to the right edge.
    Right,
    /// Centred.
    Centre,
}

/// What stands before the first line of a paragraph, in its indent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Marker {
    /// No marker.
    None,
    /// A bullet.
    Bullet,
    /// This number.
    Number(usize),
    /// A small filled square (a verdict's tone).
    Square(Colour),
}

/// A paragraph: spans wrapped to the width.
#[derive(Clone, Debug, PartialEq)]
pub struct Para {
    /// The text, span by span.
    pub spans: Vec<Span>,
    /// Horizontal alignment.
    pub align: Align,
    /// Left indent of the text in points (the marker sits inside it).
    pub indent: f32,
    /// What stands before the first line.
    pub marker: Marker,
    /// Line height as a multiple of the font size.
    pub leading: f32,
    /// Space above and below in points.
    pub before: f32,
    /// Space below, in points.
    pub after: f32,
    /// Keep the last line on the page of the next block's first line.
    pub keep_with_next: bool,
    /// At most this many lines (the last ends with an ellipsis).
    pub max_lines: Option<usize>,
}

impl Para {
    /// A left-aligned paragraph of `spans`, no indent, 4 points below.
    pub fn new(spans: Vec<Span>) -> Para {
        Para {
            spans,
            align: Align::Left,
            indent: 0.0,
            marker: Marker::None,
            leading: 1.4,
            before: 0.0,
            after: 4.0,
            keep_with_next: false,
            max_lines: None,
        }
    }
    /// A paragraph of one span.
    pub fn text(text: impl Into<String>, style: Style) -> Para {
        Para::new(vec![Span::new(text, style)])
    }
    /// With `after` points of space below.
    pub fn after(mut self, after: f32) -> Para {
        self.after = after;
        self
    }
    /// With `before` points of space above.
    pub fn before(mut self, before: f32) -> Para {
        self.before = before;
        self
    }
    /// With a left indent of `indent` points and a marker in it.
    pub fn indent(mut self, indent: f32, marker: Marker) -> Para {
        self.indent = indent;
        self.marker = marker;
        self
    }
    /// With this alignment.
    pub fn align(mut self, align: Align) -> Para {
        self.align = align;
        self
    }
    /// Kept on the page of the next block's first line.
    pub fn keep(mut self) -> Para {
        self.keep_with_next = true;
        self
    }
    /// At most `n` lines, the last ending with an ellipsis.
    pub fn max_lines(mut self, n: usize) -> Para {
        self.max_lines = Some(n);
        self
    }
    /// With this line height, a multiple of the font size.
    pub fn leading(mut self, leading: f32) -> Para {
        self.leading = leading;
        self
    }
    /// The text of all spans (for tests and searching).
    pub fn plain(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

/// A table column.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// The column heading.
    pub title: String,
    /// Share of the table width (shares are normalised).
    pub width: f32,
    /// Horizontal alignment of its cells.
    pub align: Align,
    /// As wide as its longest word (so no word is split), at most 32 mm;
    /// the other columns share what is left.
    pub fit: bool,
}

/// A table row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// One list of paragraphs per column (a group row has one cell).
    pub cells: Vec<Vec<Para>>,
    /// A group row spans all columns on a tinted background.
    pub group: bool,
}

/// A table; with a header row, the header repeats on every page it spans.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// The columns, left to right.
    pub columns: Vec<Column>,
    /// Whether the first row is a header row (repeated on every page).
    pub header: bool,
    /// The rows, top to bottom.
    pub rows: Vec<Row>,
}

/// One bar of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// What the bar stands for (a section title).
    pub label: String,
    /// 0-100, none when not scored.
    pub value: Option<u8>,
    /// What is printed next to the bar.
    pub value_text: String,
    /// A note after the value (the level).
    pub note: String,
}

/// A group of bars under a title (a pack).
#[derive(Clone, Debug, PartialEq)]
pub struct BarGroup {
    /// The group's title (a CheckUp).
    pub title: String,
    /// The group's score as printed ("62/100", or "No score yet").
    pub score_text: String,
    /// The bars, top to bottom.
    pub bars: Vec<Bar>,
}

/// A horizontal bar chart of scores 0-100.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// The groups, top to bottom.
    pub groups: Vec<BarGroup>,
}

/// The big overall score.
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    /// "62", or a dash.
    pub value: Option<u8>,
    /// What the score is ("Overall score").
    pub label: String,
    /// The line under it ("42 of 60 questions answered").
    pub caption: String,
    /// Said when there is no score yet.
    pub not_scored: String,
}

/// A block of the document body.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// Level 1 (a part, in the outline), 2 (in the outline) or 3.
    Heading {
        /// 1, 2 or 3.
        level: u8,
        /// The heading's text.
        text: String,
    },
    /// A paragraph.
    Para(Para),
    /// A table.
    Table(Table),
    /// A bar chart of scores.
    Chart(Chart),
    /// The big overall score.
    Score(Score),
    /// Vertical space, in points.
    Space(f32),
    /// The next block starts a new page.
    PageBreak,
}

/// The cover page.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Cover {
    /// The report's title.
    pub title: String,
    /// The report's subtitle.
    pub subtitle: String,
    /// The organisation's name.
    pub organisation: String,
    /// Label and value rows (date, language).
    pub facts: Vec<(String, String)>,
    /// The name of the federation offering the CheckUp (may be empty).
    pub brand_name: String,
    /// Its helpdesk link text (may be empty).
    pub helpdesk_text: String,
    /// Its helpdesk link address (may be empty).
    pub helpdesk_url: String,
    /// The disclaimer.
    pub note: String,
    /// The heading of the table of contents.
    pub contents: String,
}

/// A decoded logo.
#[derive(Clone, Debug, PartialEq)]
pub struct Logo {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// 1 (grey), 2 (grey + alpha), 3 (RGB) or 4 (RGBA) channels of 8 bits.
    pub channels: u8,
    /// The pixels row by row from the top, `channels` bytes each.
    pub pixels: Vec<u8>,
}

/// Document information.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Meta {
    /// The document title (title – organisation).
    pub title: String,
    /// The author: the organisation.
    pub author: String,
    /// The subject: the report's subtitle.
    pub subject: String,
    /// BCP 47 language tag, e.g. `nl-BE`.
    pub lang: String,
    /// `YYYY-MM-DD`.
    pub date_iso: String,
}

/// The document description.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    /// The cover page.
    pub cover: Cover,
    /// The body, in order.
    pub blocks: Vec<Block>,
    /// The accent colour: the branding's when readable on white, else the default.
    pub accent: Colour,
    /// The running header (title – organisation).
    pub header: String,
    /// The footer's page label with `{page}` and `{pages}`.
    pub page_label: String,
    /// A short line in the footer.
    pub footer_note: String,
    /// The logo, when a valid PNG was configured.
    pub logo: Option<Logo>,
    /// Document information.
    pub meta: Meta,
}

/// Only web and mail links become clickable; the target is made safe for
/// a PDF string (non-ASCII, spaces, parentheses and backslashes escaped).
pub fn link_target(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:"))
    {
        return None;
    }
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            c if c.is_control() => {}
            'a'..='z' | 'A'..='Z' | '0'..='9' => out.push(c),
            '-' | '.' | '_' | '~' | ':' | '/' | '?' | '#' | '[' | ']' | '@' | '!' | '$' | '&'
            | '\'' | '*' | '+' | ',' | ';' | '=' | '%' => out.push(c),
            c => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
        }
    }
    (out.len() > 8).then_some(out)
}

/// Decodes a base64 PNG logo; anything broken or absurdly large gives none.
pub fn decode_logo(b64: &str) -> Option<Logo> {
    let cleaned: String = b64.chars().filter(|c| !c.is_whitespace()).collect();
    let cleaned = cleaned
        .split_once("base64,")
        .map(|(_, d)| d.to_string())
        .unwrap_or(cleaned);
    if cleaned.is_empty() || cleaned.len() > 8_000_000 {
        return None;
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(cleaned.as_bytes())
        .ok()?;
    let mut decoder = png::Decoder::new_with_limits(
        bytes.as_slice(),
        png::Limits {
            bytes: 32 * 1024 * 1024,
        },
    );
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().ok()?;
    let (w, h) = {
        let info = reader.info();
        (info.width as usize, info.height as usize)
    };
    if w == 0 || h == 0 || w > 4096 || h > 4096 {
        return None;
    }
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).ok()?;
    buf.truncate(info.buffer_size());
    let channels = match info.color_type {
        png::ColorType::Grayscale => 1,
        png::ColorType::GrayscaleAlpha => 2,
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        png::ColorType::Indexed => return None,
    };
    if info.bit_depth != png::BitDepth::Eight
        || buf.len() != info.width as usize * info.height as usize * channels
    {
        return None;
    }
    Some(Logo {
        width: info.width as usize,
        height: info.height as usize,
        channels: channels as u8,
        pixels: buf,
    })
}

/// The accent colour: the branding's when it is valid and dark enough to
/// read on white, else the default.
pub fn accent(report: &Report) -> Colour {
    report
        .branding
        .as_ref()
        .and_then(|b| Colour::parse(&b.colour))
        .filter(|c| c.contrast_on_white() >= 4.5)
        .unwrap_or(ACCENT)
}

/// The BCP 47 tag for the document.
pub fn lang_tag(report: &Report) -> &'static str {
    use crate::domain::Lang;
    match report.lang {
        Lang::Nl => "nl-BE",
        Lang::Fr => "fr-BE",
        Lang::De => "de-BE",
        Lang::En => "en",
    }
}

/// The first sentence of a text, for a footer line.
fn first_sentence(text: &str) -> String {
    let t = text.trim();
    match t.find(". ") {
        Some(i) => t[..=i].to_string(),
        None => t.to_string(),
    }
}

/// A due date as the plan page shows it ("15 March 2027", "15 March 2026
/// (overdue)"); the date as given where the report has no words for it.
fn due_text(p: &PlanEntry, l: &crate::domain::report::Labels) -> String {
    let date = if p.due_label.trim().is_empty() {
        &p.due
    } else {
        &p.due_label
    };
    if p.overdue && !l.overdue.is_empty() {
        format!("{date} ({})", l.overdue)
    } else {
        date.clone()
    }
}

fn dash_if_empty(s: &str) -> String {
    if s.trim().is_empty() {
        "—".to_string()
    } else {
        s.to_string()
    }
}

fn score_text(score: Option<u8>) -> String {
    score.map_or_else(|| "—".to_string(), |s| s.to_string())
}

/// Builds the document description of a report: the short report by
/// default, everything when [`Report::kind`] is full.
pub fn build(report: &Report) -> Doc {
    let accent = accent(report);
    let l = &report.labels;
    let b = match report.kind {
        ReportKind::Short => short_report(report, accent),
        ReportKind::Full => full_report(report, accent),
    };

    let mut facts = vec![
        (l.date.clone(), report.date.clone()),
        (l.language.clone(), report.language.clone()),
    ];
    facts.retain(|(_, v)| !v.trim().is_empty());
    let branding = report.branding.clone().unwrap_or_default();
    Doc {
        cover: Cover {
            title: report.title.clone(),
            subtitle: report.subtitle.clone(),
            organisation: report.organisation.clone(),
            facts,
            brand_name: branding.name.clone(),
            helpdesk_text: branding.helpdesk_text.clone(),
            helpdesk_url: branding.helpdesk_url.clone(),
            note: report.disclaimer.clone(),
            contents: l.contents.clone(),
        },
        blocks: b,
        accent,
        header: format!("{} – {}", report.title, report.organisation),
        page_label: l.page.clone(),
        footer_note: first_sentence(&report.disclaimer),
        logo: decode_logo(&branding.logo_png_base64),
        meta: Meta {
            title: format!("{} – {}", report.title, report.organisation),
            author: report.organisation.clone(),
            subject: report.subtitle.clone(),
            lang: lang_tag(report).to_string(),
            date_iso: report.date_iso.clone(),
        },
    }
}

/// Progress since the latest baseline: a table, the actions completed since,
/// and the overall score per round as bars.
fn comparison(b: &mut Vec<Block>, c: &crate::domain::report::Comparison) {
    b.push(Block::Heading {
        level: 2,
        text: c.title.clone(),
    });
    let column = |title: &str, width: f32, align: Align| Column {
        title: title.to_string(),
        width,
        align,
        fit: false,
    };
    let cell = |text: String, style: Style| vec![Para::text(text, style).after(0.0)];
    b.push(Block::Table(Table {
        columns: vec![
            column("", 58.0, Align::Left),
            column(&c.before_label, 14.0, Align::Right),
            column(&c.now_label, 14.0, Align::Right),
            column(&c.change_label, 14.0, Align::Right),
        ],
        header: true,
        rows: c
            .rows
            .iter()
            .map(|r| {
                let change = match (r.before, r.now) {
                    (Some(x), Some(y)) => format!("{:+}", i32::from(y) - i32::from(x)),
                    _ => "–".to_string(),
                };
                Row {
                    cells: vec![
                        cell(r.title.clone(), Style::body().size(9.0)),
                        cell(score_text(r.before), Style::body().size(9.0)),
                        cell(score_text(r.now), Style::bold().size(9.0)),
                        cell(change, Style::body().size(9.0)),
                    ],
                    group: false,
                }
            })
            .collect(),
    }));
    if !c.completed.is_empty() {
        b.push(Block::Heading {
            level: 3,
            text: c.completed_label.clone(),
        });
        for t in &c.completed {
            b.push(Block::Para(
                Para::text(t, Style::body())
                    .indent(12.0, Marker::Bullet)
                    .after(2.0),
            ));
        }
    }
    b.push(Block::Heading {
        level: 3,
        text: c.rounds_label.clone(),
    });
    b.push(Block::Chart(Chart {
        groups: vec![BarGroup {
            title: String::new(),
            score_text: String::new(),
            bars: c
                .rounds
                .iter()
                .map(|r| Bar {
                    label: r.label.clone(),
                    value: r.overall,
                    value_text: score_text(r.overall),
                    note: String::new(),
                })
                .collect(),
        }],
    }));
    b.push(Block::Space(6.0));
}

fn tone_colour(tone: Tone) -> Colour {
    match tone {
        Tone::Good => GOOD,
        Tone::Attention => ATTENTION,
        Tone::Neutral => NEUTRAL,
    }
}

fn verdict(b: &mut Vec<Block>, v: &Verdict, items_label: Option<&String>, accent: Colour) {
    b.push(Block::Heading {
        level: 2,
        text: v.title.clone(),
    });
    let mut spans = Vec::new();
    if !v.count.is_empty() {
        spans.push(Span::new(
            format!("{}. ", v.count),
            Style::bold().size(10.5),
        ));
    }
    spans.push(Span::new(&v.headline, Style::bold().size(10.5)));
    b.push(Block::Para(
        Para::new(spans)
            .indent(14.0, Marker::Square(tone_colour(v.tone)))
            .after(3.0),
    ));
    for d in v
        .details
        .iter()
        .chain((!v.note.is_empty()).then_some(&v.note))
    {
        b.push(Block::Para(
            Para::text(d, Style::body().size(9.5))
                .indent(14.0, Marker::None)
                .after(3.0),
        ));
    }
    if !v.items.is_empty() {
        if let Some(label) = items_label {
            b.push(Block::Para(
                Para::text(label, Style::bold().size(9.0).colour(MUTED))
                    .indent(14.0, Marker::None)
                    .before(2.0)
                    .after(2.0)
                    .keep(),
            ));
        }
        for item in &v.items {
            let mut spans = vec![
                Span::new(format!("{} ", item.text), Style::body().size(9.0)),
                Span::new(format!("— {}", item.answer), Style::bold().size(9.0)),
            ];
            if !item.refs.is_empty() {
                spans.push(Span::new(
                    format!("  ({})", item.refs.join(", ")),
                    Style::small().size(8.0),
                ));
            }
            b.push(Block::Para(
                Para::new(spans).indent(26.0, Marker::Bullet).after(2.0),
            ));
        }
    }
    if let Some(link) = &v.link {
        b.push(Block::Space(2.0));
        tip(b, link, accent, 14.0);
    }
    b.push(Block::Space(6.0));
}

/// A reading tip: its title (a link) and publisher, then the address.
fn tip(b: &mut Vec<Block>, t: &Link, accent: Colour, indent: f32) {
    let mut spans = vec![Span::link(
        &t.title,
        Style::bold().size(9.5).colour(accent),
        &t.url,
    )];
    if !t.publisher.trim().is_empty() {
        spans.push(Span::new(
            format!(" — {}", t.publisher),
            Style::body().size(9.0).colour(MUTED),
        ));
    }
    b.push(Block::Para(
        Para::new(spans)
            .indent(indent + 12.0, Marker::Bullet)
            .after(0.5)
            .keep(),
    ));
    b.push(Block::Para(
        Para::new(vec![Span::link(
            &t.url,
            Style::body().size(8.5).colour(accent),
            &t.url,
        )])
        .indent(indent + 12.0, Marker::None)
        .after(5.0),
    ));
}

/// Which of the person's planning columns to show: only those filled in
/// for at least one action of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct EditColumns {
    owner: bool,
    due: bool,
    status: bool,
}

impl EditColumns {
    fn of(plan: &[PlanEntry]) -> EditColumns {
        EditColumns {
            owner: plan.iter().any(|p| !p.owner.trim().is_empty()),
            due: plan.iter().any(|p| !p.due.trim().is_empty()),
            status: plan
                .iter()
                .any(|p| p.status != crate::domain::assessment::Status::Todo),
        }
    }
}

/// The section scores as a bar chart, under the heading "Scores by section".
fn score_chart(b: &mut Vec<Block>, report: &Report) {
    let l = &report.labels;
    b.push(Block::Heading {
        level: 2,
        text: l.scores.clone(),
    });
    b.push(Block::Chart(Chart {
        groups: report
            .packs
            .iter()
            .map(|p| BarGroup {
                title: p.title.clone(),
                score_text: p
                    .score
                    .map_or_else(|| l.not_scored.clone(), |s| format!("{s}/100")),
                bars: p
                    .sections
                    .iter()
                    .map(|s| Bar {
                        label: s.title.clone(),
                        value: s.score,
                        value_text: score_text(s.score),
                        note: if s.score.is_none() {
                            l.not_scored.clone()
                        } else {
                            String::new()
                        },
                    })
                    .collect(),
            })
            .collect(),
    }));
    if !l.score_explain.trim().is_empty() {
        b.push(Block::Para(
            Para::text(&l.score_explain, Style::small().size(7.5))
                .before(2.0)
                .after(6.0),
        ));
    }
}

/// The section scores in a few lines: per CheckUp its score, then its
/// sections with theirs.
fn score_lines(b: &mut Vec<Block>, report: &Report) {
    let l = &report.labels;
    if report.packs.is_empty() {
        return;
    }
    b.push(Block::Heading {
        level: 2,
        text: l.scores.clone(),
    });
    for p in &report.packs {
        let score = p
            .score
            .map_or_else(|| l.not_scored.clone(), |s| format!("{s}/100"));
        b.push(Block::Para(
            Para::text(format!("{} — {score}", p.title), Style::bold().size(9.0))
                .after(1.0)
                .keep(),
        ));
        // One line per section, so that no title is split over two pages.
        for s in &p.sections {
            b.push(Block::Para(
                Para::new(vec![
                    Span::new(format!("{}  ", s.title), Style::body().size(8.0)),
                    Span::new(score_text(s.score), Style::bold().size(8.0)),
                ])
                .leading(1.2)
                .indent(10.0, Marker::None)
                .after(0.0)
                .max_lines(1),
            ));
        }
        b.push(Block::Space(3.0));
    }
    if !l.score_explain.trim().is_empty() {
        b.push(Block::Para(
            Para::text(&l.score_explain, Style::small().size(7.5))
                .before(1.0)
                .after(4.0),
        ));
    }
}

/// The overall score with what it means and the "don't know" answers.
fn overall(b: &mut Vec<Block>, report: &Report) {
    let l = &report.labels;
    b.push(Block::Score(Score {
        value: report.overall,
        label: l.overall.clone(),
        caption: report.progress.clone(),
        not_scored: l.not_scored.clone(),
    }));
    if !report.dont_know.is_empty() {
        b.push(Block::Para(
            Para::text(&report.dont_know, Style::small().size(8.0)).after(4.0),
        ));
    }
}

/// This week's actions: title, who and the hours of work.
fn this_week(b: &mut Vec<Block>, report: &Report) {
    let quick: Vec<&PlanEntry> = report
        .quick_wins
        .iter()
        .filter_map(|id| report.plan.iter().find(|p| &p.id == id))
        .collect();
    if quick.is_empty() {
        return;
    }
    b.push(Block::Heading {
        level: 2,
        text: report.labels.start_this_week.clone(),
    });
    for p in quick {
        b.push(Block::Para(
            Para::new(vec![
                Span::new(format!("{}  ", p.title), Style::bold().size(9.5)),
                Span::new(
                    format!("{} · {} · {}", p.who_label, p.hours_label, p.cost_label),
                    Style::small(),
                ),
            ])
            .indent(12.0, Marker::Bullet)
            .after(3.0),
        ));
    }
}

/// Who does what: one line per person, with the hours of work.
fn who_does_what(b: &mut Vec<Block>, report: &Report) {
    if report.who.is_empty() {
        return;
    }
    b.push(Block::Heading {
        level: 2,
        text: report.labels.by_who.clone(),
    });
    for w in &report.who {
        let mut spans = vec![
            Span::new(
                format!("{}{}", w.label, report.labels.colon),
                Style::bold().size(9.5),
            ),
            Span::new(w.line.clone(), Style::body().size(9.5)),
        ];
        // The people named in the plan for this kind of work.
        if !w.owners_line.is_empty() {
            spans.push(Span::new(
                format!(" · {}", w.owners_line),
                Style::body().size(9.5),
            ));
        }
        b.push(Block::Para(
            Para::new(spans).indent(12.0, Marker::Bullet).after(2.0),
        ));
    }
}

/// A verdict in a few lines: headline, count, what is missing by short name.
fn verdict_short(b: &mut Vec<Block>, v: &Verdict, extra: &[&str], colon: &str) {
    b.push(Block::Heading {
        level: 3,
        text: v.title.clone(),
    });
    let mut spans = Vec::new();
    if !v.count.is_empty() {
        spans.push(Span::new(format!("{}. ", v.count), Style::bold().size(9.5)));
    }
    spans.push(Span::new(&v.headline, Style::body().size(9.5)));
    b.push(Block::Para(
        Para::new(spans)
            .indent(14.0, Marker::Square(tone_colour(v.tone)))
            .after(2.0),
    ));
    if !v.missing.is_empty() {
        b.push(Block::Para(
            Para::new(vec![
                Span::new(
                    format!("{}{colon}", v.missing_heading),
                    Style::bold().size(8.5),
                ),
                Span::new(v.missing.join(" · "), Style::body().size(8.5)),
            ])
            .indent(14.0, Marker::None)
            .after(2.0),
        ));
    }
    for e in extra.iter().filter(|e| !e.trim().is_empty()) {
        b.push(Block::Para(
            Para::text(*e, Style::body().size(8.5).colour(MUTED))
                .indent(14.0, Marker::None)
                .after(2.0),
        ));
    }
    b.push(Block::Space(3.0));
}

/// A note that the plan is a selection of the whole plan.
fn selection_note(b: &mut Vec<Block>, report: &Report) {
    if !report.selection.is_empty() {
        b.push(Block::Para(
            Para::text(&report.selection, Style::bold().size(9.5).colour(ATTENTION)).after(6.0),
        ));
    }
}

/// The short report: the situation on one page, this week's and this
/// month's actions with why and how, the rest as a table, the questions to
/// ask, method and sources.
fn short_report(report: &Report, accent: Colour) -> Vec<Block> {
    let l = &report.labels;
    let mut b: Vec<Block> = Vec::new();

    // --- Your situation on one page ---
    b.push(Block::Heading {
        level: 1,
        text: l.situation.clone(),
    });
    selection_note(&mut b, report);
    overall(&mut b, report);
    let nis2_reason = report
        .nis2
        .verdict
        .details
        .first()
        .map(String::as_str)
        .unwrap_or_default();
    verdict_short(
        &mut b,
        &report.cyfun.verdict,
        &[&report.target.headline],
        &l.colon,
    );
    verdict_short(&mut b, &report.gdpr, &[&report.gdpr.note], &l.colon);
    verdict_short(&mut b, &report.nis2.verdict, &[nis2_reason], &l.colon);
    this_week(&mut b, report);
    who_does_what(&mut b, report);
    score_lines(&mut b, report);
    if let Some(c) = &report.comparison {
        comparison(&mut b, c);
    }

    // --- This week and this month ---
    let soon: Vec<&PlanEntry> = report
        .plan
        .iter()
        .filter(|p| p.horizon <= Horizon::ThisMonth)
        .collect();
    let rest: Vec<&PlanEntry> = report
        .plan
        .iter()
        .filter(|p| p.horizon > Horizon::ThisMonth)
        .collect();
    let edits = EditColumns::of(&report.plan);
    if report.plan.is_empty() {
        b.push(Block::Heading {
            level: 1,
            text: l.action_plan.clone(),
        });
        b.push(Block::Para(Para::text(&l.no_actions, Style::body())));
    }
    if !soon.is_empty() {
        b.push(Block::Heading {
            level: 1,
            text: l.plan_soon.clone(),
        });
        selection_note(&mut b, report);
        for g in report
            .horizons
            .iter()
            .filter(|g| g.horizon <= Horizon::ThisMonth)
        {
            horizon_heading(&mut b, &g.title, &g.total, 2);
            for p in soon.iter().filter(|p| p.horizon == g.horizon) {
                action_compact(&mut b, report, p, accent);
            }
        }
    }

    // --- The rest of the plan ---
    if !rest.is_empty() {
        b.push(Block::Heading {
            level: 1,
            text: l.plan_rest.clone(),
        });
        b.push(Block::Table(plan_table(report, &rest, edits, false)));
    }

    // --- What to ask, and whom ---
    ask_blocks(&mut b, report);

    // --- Method and sources (the reading tips are in the full report) ---
    method_blocks(&mut b, report, 8.0);
    if !l.full_report_note.trim().is_empty() {
        b.push(Block::Para(
            Para::text(&l.full_report_note, Style::bold().size(8.5).colour(MUTED)).before(4.0),
        ));
    }
    b
}

/// Everything: the summary with every verdict in full, the plan as a table
/// and every action in detail by horizon, the findings per section, the
/// questions to ask, the reading tips, all answers, method.
fn full_report(report: &Report, accent: Colour) -> Vec<Block> {
    let l = &report.labels;
    let mut b: Vec<Block> = Vec::new();

    // --- Summary ---
    b.push(Block::Heading {
        level: 1,
        text: l.summary.clone(),
    });
    selection_note(&mut b, report);
    overall(&mut b, report);
    score_chart(&mut b, report);
    this_week(&mut b, report);
    for (v, items_label) in [
        (&report.cyfun.verdict, Some(&report.cyfun.missing_label)),
        (&report.gdpr, Some(&l.must_fix)),
        (&report.nis2.verdict, None),
        (&report.target, None),
    ] {
        verdict(&mut b, v, items_label, accent);
    }
    if let Some(c) = &report.comparison {
        comparison(&mut b, c);
    }

    // --- Action plan ---
    b.push(Block::PageBreak);
    b.push(Block::Heading {
        level: 1,
        text: l.action_plan.clone(),
    });
    selection_note(&mut b, report);
    if report.plan.is_empty() {
        b.push(Block::Para(Para::text(&l.no_actions, Style::body())));
    } else {
        who_does_what(&mut b, report);
        b.push(Block::Space(6.0));
        let all: Vec<&PlanEntry> = report.plan.iter().collect();
        b.push(Block::Table(plan_table(
            report,
            &all,
            EditColumns::of(&report.plan),
            true,
        )));
        for g in &report.horizons {
            horizon_heading(&mut b, &g.title, &g.total, 2);
            for p in report.plan.iter().filter(|p| p.horizon == g.horizon) {
                action_detail(&mut b, report, p, accent);
            }
        }
    }

    // --- Findings ---
    if report.findings.iter().any(|s| !s.findings.is_empty()) {
        b.push(Block::PageBreak);
        b.push(Block::Heading {
            level: 1,
            text: l.findings.clone(),
        });
        for s in report.findings.iter().filter(|s| !s.findings.is_empty()) {
            b.push(Block::Heading {
                level: 2,
                text: match s.score {
                    Some(score) => format!("{} — {score}/100", s.title),
                    None => s.title.clone(),
                },
            });
            for f in &s.findings {
                b.push(Block::Para(
                    Para::text(&f.question, Style::bold().size(9.5))
                        .keep()
                        .after(1.0),
                ));
                let mut spans = vec![Span::new(&f.answer, Style::body().size(9.5))];
                if !f.refs.is_empty() {
                    spans.push(Span::new(
                        format!("   {}", f.refs.join(" · ")),
                        Style::small(),
                    ));
                }
                let answer = Para::new(spans).after(if f.actions.is_empty() { 7.0 } else { 2.0 });
                b.push(Block::Para(if f.actions.is_empty() {
                    answer
                } else {
                    answer.keep()
                }));
                let n = f.actions.len();
                for (i, a) in f.actions.iter().enumerate() {
                    b.push(Block::Para(
                        Para::new(vec![
                            Span::new(format!("{}{}", l.action, l.colon), Style::small()),
                            Span::new(a, Style::body().size(9.0)),
                        ])
                        .indent(12.0, Marker::Bullet)
                        .after(if i + 1 == n { 7.0 } else { 1.5 }),
                    ));
                }
            }
        }
    }

    // --- What to ask, and whom ---
    if !report.ask.groups.is_empty() {
        b.push(Block::PageBreak);
    }
    ask_blocks(&mut b, report);

    // --- Reading tips ---
    if !report.tips.is_empty() {
        b.push(Block::PageBreak);
        b.push(Block::Heading {
            level: 1,
            text: l.reading_tips.clone(),
        });
        for t in &report.tips {
            tip(&mut b, t, accent, 0.0);
        }
    }

    // --- Appendix ---
    if !report.appendix.is_empty() {
        b.push(Block::PageBreak);
        b.push(Block::Heading {
            level: 1,
            text: l.appendix.clone(),
        });
        for s in &report.appendix {
            b.push(Block::Heading {
                level: 2,
                text: s.title.clone(),
            });
            b.push(Block::Table(Table {
                columns: vec![
                    Column {
                        title: String::new(),
                        width: 68.0,
                        align: Align::Left,
                        fit: false,
                    },
                    Column {
                        title: String::new(),
                        width: 32.0,
                        align: Align::Left,
                        fit: false,
                    },
                ],
                header: false,
                rows: s
                    .lines
                    .iter()
                    .map(|line| Row {
                        cells: vec![
                            vec![Para::text(&line.question, Style::body().size(9.0)).after(0.0)],
                            vec![Para::text(&line.answer, Style::bold().size(9.0)).after(0.0)],
                        ],
                        group: false,
                    })
                    .collect(),
            }));
            b.push(Block::Space(6.0));
        }
    }

    // --- Method, sources, disclaimer ---
    b.push(Block::PageBreak);
    method_blocks(&mut b, report, 10.0);
    b
}

/// A horizon's heading with its total: "This week — 3 actions, about 6 hours of work".
fn horizon_heading(b: &mut Vec<Block>, title: &str, total: &str, level: u8) {
    b.push(Block::Heading {
        level,
        text: format!("{title} — {total}"),
    });
}

/// The method, sources and disclaimer paragraphs.
fn method_blocks(b: &mut Vec<Block>, report: &Report, size: f32) {
    let l = &report.labels;
    b.push(Block::Heading {
        level: 1,
        text: l.method.clone(),
    });
    for p in &report.method {
        b.push(Block::Heading {
            level: 2,
            text: p.heading.clone(),
        });
        for t in &p.text {
            b.push(Block::Para(
                Para::text(t, Style::body().size(size))
                    .leading(1.3)
                    .after(4.0),
            ));
        }
    }
    let disclaimer_shown = report
        .method
        .iter()
        .any(|p| p.text.iter().any(|t| t.trim() == report.disclaimer.trim()));
    if !disclaimer_shown && !report.disclaimer.trim().is_empty() {
        b.push(Block::Para(
            Para::text(&report.disclaimer, Style::body().colour(MUTED)).before(6.0),
        ));
    }
}

/// The questions answered "don't know", by whom to ask.
fn ask_blocks(b: &mut Vec<Block>, report: &Report) {
    let ask = &report.ask;
    if ask.groups.is_empty() {
        return;
    }
    b.push(Block::Heading {
        level: 1,
        text: ask.title.clone(),
    });
    b.push(Block::Para(
        Para::text(&ask.intro, Style::body().size(9.5)).after(2.0),
    ));
    if !ask.you_means.is_empty() {
        b.push(Block::Para(
            Para::text(&ask.you_means, Style::small()).after(4.0),
        ));
    }
    for g in &ask.groups {
        b.push(Block::Heading {
            level: 2,
            text: g.heading.clone(),
        });
        for (i, q) in g.questions.iter().enumerate() {
            b.push(Block::Para(
                Para::text(&q.text, Style::body().size(9.0))
                    .indent(16.0, Marker::Number(i + 1))
                    .after(2.5),
            ));
        }
    }
}

/// The plan (or part of it) as a table: number, action, who, hours, when,
/// and the person's columns that are filled in. With `flags`, the action
/// cell also names key measures and legal must-fix items.
fn plan_table(report: &Report, plan: &[&PlanEntry], edits: EditColumns, flags: bool) -> Table {
    let l = &report.labels;
    let col = |title: &str, width: f32| Column {
        title: title.to_string(),
        width,
        align: Align::Left,
        fit: width < 50.0,
    };
    let cell = |text: &str| vec![Para::text(text, Style::body().size(7.5)).after(0.0)];
    // The hours ("about 3 hours") stay on one line: a fitted column keeps a
    // short cell whole.
    let mut columns = vec![col("#", 6.0), col(&l.action, 76.0), col(&l.effort, 18.0)];
    if edits.owner {
        columns.push(col(&l.owner, 18.0));
    }
    if edits.due {
        columns.push(col(&l.due, 16.0));
    }
    if edits.status {
        columns.push(col(&l.status, 16.0));
    }
    let n = columns.len();
    let mut rows = Vec::new();
    for g in &report.horizons {
        let mine: Vec<&&PlanEntry> = plan.iter().filter(|p| p.horizon == g.horizon).collect();
        if mine.is_empty() {
            continue;
        }
        rows.push(Row {
            cells: vec![vec![
                Para::new(vec![
                    Span::new(format!("{}  ", g.title), Style::bold().size(8.5)),
                    Span::new(&g.total, Style::small().size(7.5)),
                ])
                .after(0.0),
            ]],
            group: true,
        });
        for p in mine {
            // The title, then who does it on a line of its own (run on,
            // the two read as one sentence).
            let mut action = vec![
                Para::text(&p.title, Style::bold().size(8.0)).after(0.0),
                Para::text(&p.who_label, Style::small().size(7.0)).after(0.5),
            ];
            let mut marks = Vec::new();
            if flags && p.must_fix {
                marks.push(l.must_fix.as_str());
            }
            if flags && p.key_measure {
                marks.push(l.key_measure.as_str());
            }
            if flags && p.nis2 {
                marks.push(l.nis2_duty.as_str());
            }
            if !marks.is_empty() {
                action.push(
                    Para::text(marks.join(" · "), Style::bold().size(7.0).colour(ATTENTION))
                        .after(0.5),
                );
            }
            if flags && !p.horizon_note.is_empty() {
                action.push(Para::text(&p.horizon_note, Style::small().size(7.0)).after(0.0));
            }
            let mut cells = vec![
                vec![Para::text(format!("{}.", p.rank), Style::bold().size(7.5)).after(0.0)],
                action,
                cell(&p.hours_label),
            ];
            if edits.owner {
                cells.push(cell(&dash_if_empty(&p.owner)));
            }
            if edits.due {
                cells.push(cell(&dash_if_empty(&due_text(p, l))));
            }
            if edits.status {
                cells.push(cell(&p.status_label));
            }
            debug_assert_eq!(cells.len(), n);
            rows.push(Row {
                cells,
                group: false,
            });
        }
    }
    Table {
        columns,
        header: true,
        rows,
    }
}

fn label_line(label: &str, colon: &str, value: &str) -> Para {
    Para::new(vec![
        Span::new(format!("{label}{colon}"), Style::bold().size(9.0)),
        Span::new(value, Style::body().size(9.0)),
    ])
    .after(2.0)
}

/// The facts of an action in one line: who, hours, cost, flags, and the
/// person's planning where filled in.
fn action_meta(report: &Report, p: &PlanEntry) -> String {
    let l = &report.labels;
    let mut meta = vec![
        format!("{}{}{}", l.who, l.colon, p.who_label),
        p.hours_label.clone(),
        p.cost_label.clone(),
    ];
    if p.must_fix {
        meta.push(l.must_fix.clone());
    }
    if p.key_measure {
        meta.push(l.key_measure.clone());
    }
    if p.nis2 {
        meta.push(l.nis2_duty.clone());
    }
    if !p.owner.trim().is_empty() {
        meta.push(format!("{}{}{}", l.owner, l.colon, p.owner.trim()));
    }
    if !p.due.trim().is_empty() {
        meta.push(format!("{}{}{}", l.due, l.colon, due_text(p, l)));
    }
    if p.status != crate::domain::assessment::Status::Todo {
        meta.push(format!("{}{}{}", l.status, l.colon, p.status_label));
    }
    meta.join("  ·  ")
}

/// The steps of an action: the steps for the platforms the organisation
/// uses first, then the general steps; with `folded`, also the steps for
/// platforms it did not name.
fn steps(b: &mut Vec<Block>, report: &Report, p: &PlanEntry, accent: Colour, folded: bool) {
    // The full report reads at ease; the short one is set tighter.
    let (size, leading) = if folded { (9.0, 1.4) } else { (8.0, 1.2) };
    let sub = |text: &str| {
        Block::Para(
            Para::text(text, Style::bold().size(size).colour(accent))
                .before(1.0)
                .after(1.0)
                .keep(),
        )
    };
    let numbered = |b: &mut Vec<Block>, list: &[String]| {
        for (i, step) in list.iter().enumerate() {
            b.push(Block::Para(
                Para::text(step, Style::body().size(size))
                    .leading(leading)
                    .indent(14.0, Marker::Number(i + 1))
                    .after(1.0),
            ));
        }
    };
    for ph in &p.platform_how {
        b.push(sub(&ph.label));
        numbered(b, &ph.how);
    }
    if !p.how.is_empty() {
        // The short report names the general steps only after a platform's.
        if folded || !p.platform_how.is_empty() {
            b.push(sub(&report.labels.how));
        }
        numbered(b, &p.how);
    }
    if folded && !p.platform_more.is_empty() {
        b.push(sub(&report.labels.other_platforms));
        for ph in &p.platform_more {
            b.push(Block::Para(
                Para::text(&ph.label, Style::bold().size(8.5))
                    .after(1.0)
                    .keep(),
            ));
            numbered(b, &ph.how);
        }
    }
}

/// An action of this week or this month in the short report: title, facts,
/// why, the pointer to help, the steps.
fn action_compact(b: &mut Vec<Block>, report: &Report, p: &PlanEntry, accent: Colour) {
    b.push(Block::Para(
        Para::text(format!("{}. {}", p.rank, p.title), Style::bold().size(9.5))
            .leading(1.2)
            .before(3.0)
            .after(1.0)
            .keep(),
    ));
    // Why an action moved to this month is in the full report and on screen.
    b.push(Block::Para(
        Para::text(action_meta(report, p), Style::small().size(7.5))
            .leading(1.25)
            .after(1.5)
            .keep(),
    ));
    if !p.why.trim().is_empty() {
        b.push(Block::Para(
            Para::text(&p.why, Style::body().size(8.0))
                .leading(1.2)
                .after(1.5),
        ));
    }
    if !p.help.is_empty() {
        b.push(Block::Para(
            Para::text(&p.help, Style::bold().size(8.0).colour(ATTENTION))
                .leading(1.25)
                .after(1.5),
        ));
    }
    if !p.document.is_empty() {
        b.push(Block::Para(
            Para::text(&p.document, Style::body().size(8.0))
                .leading(1.2)
                .after(1.5),
        ));
    }
    steps(b, report, p, accent, false);
    if !p.note.trim().is_empty() {
        b.push(Block::Para(label_line(
            &report.labels.note,
            &report.labels.colon,
            &p.note,
        )));
    }
    b.push(Block::Space(3.0));
}

/// An action in full: facts, why, help, every step, why it is in the plan,
/// references, reading tips and the person's planning.
fn action_detail(b: &mut Vec<Block>, report: &Report, p: &PlanEntry, accent: Colour) {
    let l = &report.labels;
    b.push(Block::Heading {
        level: 3,
        text: format!("{}. {}", p.rank, p.title),
    });
    b.push(Block::Para(
        Para::text(action_meta(report, p), Style::small()).after(3.0),
    ));
    if !p.horizon_note.is_empty() {
        b.push(Block::Para(
            Para::text(&p.horizon_note, Style::small()).after(3.0),
        ));
    }
    if !p.why.trim().is_empty() {
        b.push(Block::Para(Para::text(&p.why, Style::body()).after(4.0)));
    }
    if !p.help.is_empty() {
        b.push(Block::Para(
            Para::text(&p.help, Style::bold().size(9.0).colour(ATTENTION)).after(3.0),
        ));
    }
    if !p.document.is_empty() {
        b.push(Block::Para(
            Para::text(&p.document, Style::body()).after(3.0),
        ));
    }
    steps(b, report, p, accent, true);
    let sub = |text: &str| {
        Block::Para(
            Para::text(text, Style::bold().size(9.5).colour(accent))
                .before(2.0)
                .after(2.0)
                .keep(),
        )
    };
    if !p.reasons.is_empty() {
        b.push(sub(&l.because));
        for r in &p.reasons {
            b.push(Block::Para(
                Para::text(r, Style::body().size(9.0))
                    .indent(12.0, Marker::Bullet)
                    .after(2.0),
            ));
        }
    }
    if !p.refs.is_empty() {
        b.push(Block::Para(
            Para::new(vec![
                Span::new(
                    format!("{}{}", l.references, l.colon),
                    Style::bold().size(8.5).colour(MUTED),
                ),
                Span::new(p.refs.join(" · "), Style::small()),
            ])
            .before(2.0)
            .after(3.0),
        ));
    }
    if !p.tips.is_empty() {
        b.push(sub(&l.reading_tips));
        for t in &p.tips {
            tip(b, t, accent, 0.0);
        }
    }
    if !p.note.trim().is_empty() {
        b.push(Block::Para(label_line(&l.note, &l.colon, &p.note)));
    }
    b.push(Block::Space(8.0));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_and_contrast() {
        assert_eq!(Colour::parse("#0b5cad"), Some(ACCENT));
        assert_eq!(Colour::parse("0B5CAD"), Some(ACCENT));
        assert_eq!(Colour::parse("#0b5ca"), None);
        assert_eq!(Colour::parse("#é0b5ca"), None);
        assert!(ACCENT.contrast_on_white() > 4.5);
        assert!(Colour::rgb(255, 255, 0).contrast_on_white() < 4.5);
        assert_eq!(ACCENT.tint(1.0), Colour::rgb(255, 255, 255));
    }

    #[test]
    fn links_are_safe() {
        assert_eq!(
            link_target(" https://example.be/a b(c)é "),
            Some("https://example.be/a%20b%28c%29%C3%A9".to_string())
        );
        assert_eq!(link_target("javascript:alert(1)"), None);
        assert_eq!(link_target(""), None);
        assert_eq!(link_target("https://"), None);
    }

    #[test]
    fn broken_logos_are_ignored() {
        assert_eq!(decode_logo(""), None);
        assert_eq!(decode_logo("not base64 at all!"), None);
        assert_eq!(decode_logo("aGVsbG8="), None);
    }
}
