//! The two faces of Noto Sans the report uses: their bytes, their metrics
//! (advance widths, ascent, descent) and what to do with characters they
//! cannot show.
//!
//! The fonts are Noto Sans Regular and Bold (SIL Open Font License 1.1, see
//! `fonts/OFL.txt`), pre-subset to Latin characters. At render time they are
//! subset again to the glyphs a document actually uses (see `draw`).

use std::collections::HashMap;
use std::sync::Arc;

use printpdf::ParsedFont;

use super::hyphenate::Hyphenator;

/// Noto Sans Regular, Latin subset.
pub const REGULAR_TTF: &[u8] = include_bytes!("fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold, Latin subset.
pub const BOLD_TTF: &[u8] = include_bytes!("fonts/NotoSans-Bold.ttf");

/// A face of the font.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Face {
    Regular,
    Bold,
}

impl Face {
    /// The font file of the face.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => REGULAR_TTF,
            Face::Bold => BOLD_TTF,
        }
    }
}

/// What replaces a character the font cannot show.
pub const FALLBACK: char = '?';

/// The metrics of one face.
#[derive(Clone, Debug)]
struct Metrics {
    /// Advance widths in 1/1000 em, as the PDF's /W array has them.
    widths: HashMap<char, f32>,
    /// Ascent and descent in em (descent positive, below the baseline).
    ascent: f32,
    descent: f32,
}

impl Metrics {
    fn parse(bytes: &[u8]) -> Option<Metrics> {
        let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())?;
        let upm = f32::from(font.units_per_em.max(1));
        let mut widths = HashMap::with_capacity(font.codepoint_to_glyph.len());
        for (&cp, &gid) in &font.codepoint_to_glyph {
            let (Some(c), Some(w)) = (char::from_u32(cp), font.get_glyph_width(gid)) else {
                continue;
            };
            if gid == 0 {
                continue;
            }
            // printpdf writes /W as whole 1/1000 em: measure the same way.
            widths.insert(c, (f32::from(w) * 1000.0 / upm).trunc());
        }
        let ascent = f32::from(font.font_metrics.ascent) / upm;
        let descent = (-f32::from(font.font_metrics.descent)) / upm;
        Some(Metrics {
            widths,
            ascent: if ascent.is_finite() && ascent > 0.0 {
                ascent
            } else {
                1.0
            },
            descent: if descent.is_finite() && descent >= 0.0 {
                descent
            } else {
                0.3
            },
        })
    }

    /// A stand-in when the embedded font cannot be read (never expected).
    fn fallback() -> Metrics {
        let widths = (' '..='~').map(|c| (c, 550.0)).collect();
        Metrics {
            widths,
            ascent: 1.069,
            descent: 0.293,
        }
    }
}

/// The faces with their metrics, and the hyphenation patterns of the
/// document's language (if any): everything the layout needs to measure
/// and break text.
#[derive(Clone, Debug)]
pub struct Fonts {
    regular: Metrics,
    bold: Metrics,
    hyphenator: Option<Arc<Hyphenator>>,
}

impl Default for Fonts {
    fn default() -> Self {
        Fonts::new()
    }
}

impl Fonts {
    /// Reads the embedded fonts.
    pub fn new() -> Fonts {
        Fonts {
            regular: Metrics::parse(REGULAR_TTF).unwrap_or_else(Metrics::fallback),
            bold: Metrics::parse(BOLD_TTF).unwrap_or_else(Metrics::fallback),
            hyphenator: None,
        }
    }

    /// The same fonts, breaking long words with these hyphenation patterns
    /// (`None`: words are never hyphenated).
    pub fn with_hyphenator(mut self, hyphenator: Option<Hyphenator>) -> Fonts {
        self.hyphenator = hyphenator.map(Arc::new);
        self
    }

    /// The hyphenation patterns in use, if any.
    pub fn hyphenator(&self) -> Option<&Hyphenator> {
        self.hyphenator.as_deref()
    }

    fn metrics(&self, face: Face) -> &Metrics {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }

    /// Whether both faces can show the character.
    pub fn has(&self, c: char) -> bool {
        self.regular.widths.contains_key(&c) && self.bold.widths.contains_key(&c)
    }

    /// The advance of a character in points. Characters the font lacks
    /// measure as the fallback (they are replaced by [`Fonts::clean`]).
    pub fn advance(&self, face: Face, c: char, size: f32) -> f32 {
        let m = self.metrics(face);
        let w = m
            .widths
            .get(&c)
            .or_else(|| m.widths.get(&FALLBACK))
            .copied()
            .unwrap_or(600.0);
        w * size / 1000.0
    }

    /// The width of a text in points.
    pub fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(face, c, size)).sum()
    }

    /// The ascent (above the baseline) in points.
    pub fn ascent(&self, face: Face, size: f32) -> f32 {
        self.metrics(face).ascent * size
    }

    /// The descent (below the baseline, positive) in points.
    pub fn descent(&self, face: Face, size: f32) -> f32 {
        self.metrics(face).descent * size
    }

    /// Makes a text showable: tabs become spaces, line breaks stay, other
    /// control and invisible format characters are dropped, combining marks
    /// the font lacks are dropped, and any other character the font cannot
    /// show becomes [`FALLBACK`].
    pub fn clean(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '\n' => out.push('\n'),
                '\t' => out.push(' '),
                '\r' => {}
                // Soft hyphen, zero-width and direction marks, word joiner, BOM.
                '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' => {}
                '\u{2060}'..='\u{206F}' | '\u{FEFF}' => {}
                // Variation selectors and combining marks (the base letter stays).
                '\u{FE00}'..='\u{FE0F}' | '\u{0300}'..='\u{036F}' if !self.has(c) => {}
                c if c.is_control() => {}
                // Line and paragraph separators.
                '\u{2028}' | '\u{2029}' => out.push('\n'),
                c if self.has(c) => out.push(c),
                _ => out.push(FALLBACK),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_fonts_parse_and_cover_the_languages() {
        let f = Fonts::new();
        for c in "AZaz09éèëêçàâäöüßÉÈÜÖÄœŒ€–—…•‘’“”„«»©®™№\u{a0}".chars()
        {
            assert!(f.has(c), "missing {c:?}");
        }
        assert!(f.width(Face::Regular, "Hello", 10.0) > 10.0);
        assert!(f.width(Face::Bold, "Hello", 10.0) > f.width(Face::Regular, "Hello", 10.0));
        assert!(f.ascent(Face::Regular, 10.0) > 5.0);
        assert!(f.descent(Face::Regular, 10.0) > 1.0);
    }

    #[test]
    fn unknown_and_control_characters_are_cleaned() {
        let f = Fonts::new();
        assert_eq!(f.clean("a\u{0}b\tc\r\nd"), "ab c\nd");
        assert_eq!(f.clean("smile 😀 世"), "smile ? ?");
        assert_eq!(f.clean("e\u{301}\u{200b}"), "e");
        assert_eq!(f.clean(""), "");
    }
}
