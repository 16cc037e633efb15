//! The fonts the report uses: their bytes, their metrics (advance widths,
//! ascent, descent) and what to do with characters they cannot show.
//!
//! The fonts (SIL Open Font License 1.1, see `fonts/OFL.txt`, which also
//! says how they were made):
//! - Noto Sans Regular and Bold, pre-subset to the Latin scripts used in
//!   Europe (with ẞ, Romanian Ș ș Ț ț, Polish, Czech, Œ), Greek, Cyrillic,
//!   punctuation, currency, letterlike symbols and number forms;
//! - "CheckUp Symbols", merged from Noto Sans Math, Noto Sans Symbols 2 and
//!   Noto Sans Symbols: arrows, mathematical operators (− ≤ ≥ ≠ ≈ √ ∞),
//!   geometric shapes, symbols and dingbats (✓ ✔ ✗ ☐ ☑ ★), used for
//!   characters Noto Sans lacks, in regular and bold text alike.
//!
//! At render time each is subset again to the glyphs a document uses (see
//! `draw`). Text is first normalised (NFC); what the fonts still cannot
//! show becomes its compatibility form when that can be shown (a
//! full-width ＝ becomes =), and otherwise the visible substitute
//! [`SUBSTITUTE`] (�, U+FFFD), never a question mark that could be
//! mistaken for the text. A Word line break (vertical tab) and tabs become
//! spaces.

use std::collections::HashMap;
use std::sync::Arc;

use printpdf::ParsedFont;
use unicode_normalization::UnicodeNormalization;

use super::hyphenate::Hyphenator;

/// Noto Sans Regular, Latin subset.
pub const REGULAR_TTF: &[u8] = include_bytes!("fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold, Latin subset.
pub const BOLD_TTF: &[u8] = include_bytes!("fonts/NotoSans-Bold.ttf");
/// CheckUp Symbols (from Noto Sans Math, Symbols 2 and Symbols).
pub const SYMBOLS_TTF: &[u8] = include_bytes!("fonts/CheckUpSymbols-Regular.ttf");

/// A face of the font.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Face {
    /// Noto Sans Regular.
    Regular,
    /// Noto Sans Bold.
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

/// What replaces a character no embedded font can show: the Unicode
/// replacement character, visible and never mistaken for the text.
pub const SUBSTITUTE: char = '\u{FFFD}';

/// Which embedded font draws a character.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FontSlot {
    /// Noto Sans in the text's own face.
    Face(Face),
    /// CheckUp Symbols.
    Symbols,
}

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
    symbols: Metrics,
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
            symbols: Metrics::parse(SYMBOLS_TTF).unwrap_or_else(|| Metrics {
                widths: HashMap::new(),
                ascent: 1.0,
                descent: 0.3,
            }),
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

    /// Whether both faces of Noto Sans can show the character.
    fn in_text_faces(&self, c: char) -> bool {
        self.regular.widths.contains_key(&c) && self.bold.widths.contains_key(&c)
    }

    /// Whether an embedded font can show the character.
    pub fn has(&self, c: char) -> bool {
        self.in_text_faces(c) || self.symbols.widths.contains_key(&c)
    }

    /// The font that draws `c` in text of `face`.
    pub fn slot(&self, face: Face, c: char) -> FontSlot {
        if !self.in_text_faces(c) && self.symbols.widths.contains_key(&c) {
            FontSlot::Symbols
        } else {
            FontSlot::Face(face)
        }
    }

    /// The advance of a character in points. Characters no font has
    /// measure as the substitute (they are replaced by [`Fonts::clean`]).
    pub fn advance(&self, face: Face, c: char, size: f32) -> f32 {
        let m = match self.slot(face, c) {
            FontSlot::Symbols => &self.symbols,
            FontSlot::Face(f) => self.metrics(f),
        };
        let w = m
            .widths
            .get(&c)
            .or_else(|| self.metrics(face).widths.get(&SUBSTITUTE))
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

    /// Makes a text showable: it is normalised (NFC); tabs and the vertical
    /// tab (Word's line break) become spaces; line breaks stay; other control
    /// and invisible format characters are dropped, as are combining marks
    /// and variation selectors no font has; a character no font has becomes
    /// its compatibility form when that can be shown (＝ -> =, ﬁ stays as
    /// the fonts have it), else [`SUBSTITUTE`].
    pub fn clean(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.nfc() {
            match c {
                '\n' => out.push('\n'),
                '\t' | '\u{0B}' | '\u{0C}' => out.push(' '),
                '\r' => {}
                // Next line, line and paragraph separators.
                '\u{85}' | '\u{2028}' | '\u{2029}' => out.push('\n'),
                // Soft hyphen, zero-width and direction marks, word joiner, BOM.
                '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' => {}
                '\u{2060}'..='\u{206F}' | '\u{FEFF}' => {}
                // Variation selectors, emoji modifiers and combining marks (the base letter stays).
                '\u{FE00}'..='\u{FE0F}'
                | '\u{E0100}'..='\u{E01EF}'
                | '\u{1F3FB}'..='\u{1F3FF}'
                | '\u{0300}'..='\u{036F}'
                | '\u{20D0}'..='\u{20FF}'
                    if !self.has(c) => {}
                c if c.is_control() => {}
                c if self.has(c) => out.push(c),
                c => {
                    let compat: String = c.nfkc().collect();
                    if compat != c.to_string()
                        && !compat.is_empty()
                        && compat.chars().all(|k| self.has(k) && !k.is_control())
                    {
                        out.push_str(&compat);
                    } else {
                        out.push(SUBSTITUTE);
                    }
                }
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
        assert_eq!(f.clean("smile 😀 世"), "smile \u{FFFD} \u{FFFD}");
        // Combining accents are composed; invisible characters go.
        assert_eq!(f.clean("e\u{301}\u{200b}"), "é");
        assert_eq!(f.clean("Back-up’s\u{b}Shift"), "Back-up’s Shift");
        assert_eq!(f.clean("a＝b"), "a=b");
        assert_eq!(f.clean(""), "");
    }

    #[test]
    fn european_letters_and_common_symbols_are_shown() {
        let f = Fonts::new();
        let text = "Straße ẞ Ș ș Ț ț Łódź Żółć Příliš Œuvre − ≤ ≥ ≠ ≈ → ← ↑ ↓ ⇒ √ ∞ ℃ Ⅰ ✓ ✔ ✗ ☐ ☑ ★ ♥ ● ■ ▪ ► € № ™ Ελλάδα Київ";
        assert_eq!(f.clean(text), text);
        assert_eq!(f.slot(Face::Bold, '✓'), FontSlot::Symbols);
        assert_eq!(f.slot(Face::Bold, 'ẞ'), FontSlot::Face(Face::Bold));
        assert!(f.advance(Face::Regular, '≤', 10.0) > 1.0);
    }
}
