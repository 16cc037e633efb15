//! Line breaking for the layout: the text is cut into fragments (words, and
//! the syllables of long words where the report language's hyphenation
//! patterns allow a break), each measured with the font's advance widths;
//! `textwrap`'s optimal-fit algorithm then chooses the lines (as TeX does:
//! even lines, few hyphens, no line wider than the column).
//!
//! A fragment that is wider than the column on its own (a long web address)
//! is cut further, after a `/`, `-`, `.` and the like where possible, else
//! between two characters, so no text ever runs past the column.

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::{Penalties, wrap_first_fit, wrap_optimal_fit};

use super::blocks::Span;
use super::fonts::Fonts;

/// A character and the index of its span.
pub type Atom = (char, usize);

/// A wrapped line: characters with the index of their span (a hyphen added
/// at a syllable break included), and its width in points.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct WLine {
    /// The characters with the index of their span.
    pub atoms: Vec<Atom>,
    /// The line's width, in PDF points.
    pub width: f32,
}

/// The character added where a word is broken at a syllable.
pub const HYPHEN: char = '-';

/// Characters after which a fragment wider than the column (a URL) is best cut.
pub const SOFT_BREAKS: &[char] = &['/', '-', '?', '&', '=', '.', '_', ',', ';', ':', '–', '—'];

/// Letter runs shorter than this are never hyphenated.
const MIN_HYPHENATED: usize = 6;

/// A piece of a hard line: atoms `start..end`, then (when it ends a word)
/// spaces up to `next`. Widths are in layout units (see [`wrap`]).
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    width: f64,
    space: f64,
    /// The hyphen's width when the line breaks after this piece (0: no hyphen).
    hyphen: f64,
}

impl Fragment for Piece {
    fn width(&self) -> f64 {
        self.width
    }
    fn whitespace_width(&self) -> f64 {
        self.space
    }
    fn penalty_width(&self) -> f64 {
        self.hyphen
    }
}

/// Wraps spans (already cleaned) to `width` points. Line breaks in the text
/// start a new line; spaces at the start of a line are dropped. With
/// hyphenation patterns (see [`Fonts::hyphenator`]), words of at least six
/// letters may break at a syllable, with a hyphen.
pub fn wrap(fonts: &Fonts, spans: &[Span], width: f32) -> Vec<WLine> {
    let width = if width.is_finite() {
        width.max(1.0)
    } else {
        1.0
    };
    let atoms: Vec<Atom> = spans
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.text.chars().map(move |c| (c, i)))
        .collect();
    let adv = |(c, i): Atom| fonts.advance(spans[i].style.face, c, spans[i].style.size);
    // textwrap's penalties are tuned for widths counted in characters: count
    // in half ems of the paragraph's first size, about one average letter.
    let unit = spans
        .first()
        .map(|s| s.style.size * 0.5)
        .filter(|u| u.is_finite() && *u > 0.1)
        .unwrap_or(5.0);
    let line_width = f64::from(width / unit);
    // Every piece fits the column on its own (see `pieces`), so a line never
    // needs to overflow: make overflowing far dearer than any other choice.
    // A hyphen costs as much as a gap of 20 units (about ten letters) at the
    // end of a line: wide text is left ragged rather than hyphenated, narrow
    // columns and long compounds are hyphenated.
    let penalties = Penalties {
        overflow_penalty: 1_000_000_000,
        hyphen_penalty: 400,
        ..Penalties::new()
    };
    let mut lines = Vec::new();
    for hard in atoms.split(|(c, _)| *c == '\n') {
        let pieces = pieces(fonts, hard, &adv, width, unit);
        if pieces.is_empty() {
            // An empty line stands for an empty paragraph.
            lines.push(WLine::default());
            continue;
        }
        let chosen = wrap_optimal_fit(&pieces, &[line_width], &penalties)
            .unwrap_or_else(|_| wrap_first_fit(&pieces, &[line_width]));
        for line in chosen {
            let (Some(first), Some(last)) = (line.first(), line.last()) else {
                continue;
            };
            let mut out: Vec<Atom> = hard[first.start..last.end].to_vec();
            if last.hyphen > 0.0 {
                out.push((HYPHEN, hard[last.end - 1].1));
            }
            let width = out.iter().map(|a| adv(*a)).sum();
            lines.push(WLine { atoms: out, width });
        }
    }
    lines
}

/// The pieces of a hard line (see [`Piece`]).
fn pieces(
    fonts: &Fonts,
    hard: &[Atom],
    adv: &impl Fn(Atom) -> f32,
    width: f32,
    unit: f32,
) -> Vec<Piece> {
    let sum = |r: &[Atom]| -> f32 { r.iter().map(|a| adv(*a)).sum() };
    let mut out = Vec::new();
    let mut i = hard.iter().position(|a| a.0 != ' ').unwrap_or(hard.len());
    while i < hard.len() {
        let j = hard[i..]
            .iter()
            .position(|a| a.0 == ' ')
            .map_or(hard.len(), |p| i + p);
        let k = hard[j..]
            .iter()
            .position(|a| a.0 != ' ')
            .map_or(hard.len(), |p| j + p);
        let word = &hard[i..j];
        let mut from = 0;
        let mut cuts = split_points(fonts, word);
        cuts.push((word.len(), false));
        for (to, hyphen) in cuts {
            if to <= from {
                continue;
            }
            let last = to == word.len();
            let hyphen_w = if hyphen {
                adv((HYPHEN, word[to - 1].1))
            } else {
                0.0
            };
            let piece_w = sum(&word[from..to]);
            let space_w = if last { sum(&hard[j..k]) } else { 0.0 };
            if piece_w + hyphen_w > width {
                // Wider than the column on its own: cut it further.
                for (a, b) in cut_to_width(&word[from..to], adv, width - hyphen_w) {
                    let end_of_piece = b == to - from;
                    out.push(Piece {
                        start: i + from + a,
                        end: i + from + b,
                        width: f64::from(sum(&word[from + a..from + b]) / unit),
                        space: if end_of_piece {
                            f64::from(space_w / unit)
                        } else {
                            0.0
                        },
                        hyphen: if end_of_piece {
                            f64::from(hyphen_w / unit)
                        } else {
                            0.0
                        },
                    });
                }
            } else {
                out.push(Piece {
                    start: i + from,
                    end: i + to,
                    width: f64::from(piece_w / unit),
                    space: f64::from(space_w / unit),
                    hyphen: f64::from(hyphen_w / unit),
                });
            }
            from = to;
        }
        i = k;
    }
    out
}

/// Where a word may break, as (character index, add a hyphen): after a
/// hyphen between letters or digits, and at the syllables of its letter
/// runs. Web and e-mail addresses and ids such as `PR.AA-03.2` are never
/// hyphenated (a reader would copy the hyphen).
fn split_points(fonts: &Fonts, word: &[Atom]) -> Vec<(usize, bool)> {
    let mut out = Vec::new();
    for m in 1..word.len().saturating_sub(1) {
        if word[m].0 == '-' && word[m - 1].0.is_alphanumeric() && word[m + 1].0.is_alphanumeric() {
            out.push((m + 1, false));
        }
    }
    let Some(hyph) = fonts.hyphenator() else {
        return out;
    };
    let address = word.iter().enumerate().any(|(m, a)| {
        matches!(a.0, '/' | '@' | '\\')
            || (a.0 == '.'
                && m > 0
                && m + 1 < word.len()
                && word[m - 1].0.is_alphanumeric()
                && word[m + 1].0.is_alphanumeric())
    });
    if address {
        return out;
    }
    let mut m = 0;
    while m < word.len() {
        if !word[m].0.is_alphabetic() {
            m += 1;
            continue;
        }
        let end = word[m..]
            .iter()
            .position(|a| !a.0.is_alphabetic())
            .map_or(word.len(), |p| m + p);
        if end - m >= MIN_HYPHENATED {
            let letters: String = word[m..end].iter().map(|a| a.0).collect();
            for b in hyph.breaks(&letters) {
                // Byte offset -> character index.
                let c = letters[..b].chars().count();
                if c > 0 && c < end - m {
                    out.push((m + c, true));
                }
            }
        }
        m = end;
    }
    out.sort_unstable();
    out.dedup_by_key(|p| p.0);
    out
}

/// Cuts atoms wider than `width` into runs that fit (each at least one
/// character), after a soft-break character where one falls in the last
/// two thirds of the run. Returns (start, end) index pairs.
fn cut_to_width(word: &[Atom], adv: &impl Fn(Atom) -> f32, width: f32) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < word.len() {
        let mut k = i;
        let mut w = 0.0;
        while k < word.len() && (k == i || w + adv(word[k]) <= width) {
            w += adv(word[k]);
            k += 1;
        }
        if k < word.len()
            && let Some(m) = (i + 1..k)
                .rev()
                .find(|&m| SOFT_BREAKS.contains(&word[m - 1].0))
            && (m - i) * 3 >= k - i
        {
            k = m;
        }
        out.push((i, k));
        i = k;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::blocks::Style;
    use super::*;

    fn spans(text: &str) -> Vec<Span> {
        vec![Span::new(text, Style::body())]
    }

    fn text(l: &WLine) -> String {
        l.atoms.iter().map(|a| a.0).collect()
    }

    #[test]
    fn lines_respect_the_width_and_keep_every_character() {
        let f = Fonts::new();
        let t = "Een vrij lange zin met woorden die over meerdere regels moet lopen, zonder iets te verliezen.";
        let lines = wrap(&f, &spans(t), 120.0);
        assert!(lines.len() > 2);
        for l in &lines {
            assert!(l.width <= 120.0 + 0.01, "{l:?}");
        }
        let joined: Vec<String> = lines.iter().map(text).collect();
        assert_eq!(joined.join(" "), t);
    }

    #[test]
    fn addresses_wider_than_the_column_are_cut_after_a_slash_without_hyphens() {
        let f = Fonts::new();
        let url = "https://www.example.be/een/heel/lang/pad/dat/niet/op/een/regel/past/index.html";
        let lines = wrap(&f, &spans(url), 100.0);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(l.width <= 100.0 + 0.01);
            assert!(!l.atoms.is_empty());
        }
        for l in &lines[..lines.len() - 1] {
            let last = l.atoms.last().map_or(' ', |a| a.0);
            assert!(SOFT_BREAKS.contains(&last), "{last:?}");
        }
        let joined: String = lines.iter().map(text).collect();
        assert_eq!(joined, url);
        // Narrower than a single character: still one character a line.
        assert_eq!(wrap(&f, &spans("abc"), 0.5).len(), 3);
        assert_eq!(wrap(&f, &spans("abc"), f32::NAN).len(), 3);
    }

    #[test]
    fn line_breaks_in_the_text_start_new_lines() {
        let f = Fonts::new();
        assert_eq!(wrap(&f, &spans("a\nb\n\nc"), 300.0).len(), 4);
    }

    #[cfg(feature = "hyphenation-builtin")]
    #[test]
    fn long_words_break_at_a_syllable_with_a_hyphen() {
        use crate::domain::Lang;
        use crate::pdf::hyphenate::Hyphenator;
        let f = Fonts::new().with_hyphenator(Hyphenator::builtin(Lang::Nl));
        let t = "De gegevensbeschermingsautoriteit controleert verwerkingsactiviteiten.";
        let lines = wrap(&f, &spans(t), 90.0);
        let texts: Vec<String> = lines.iter().map(text).collect();
        assert!(texts.iter().any(|l| l.ends_with('-')), "{texts:?}");
        for l in &lines {
            assert!(l.width <= 90.0 + 0.01, "{l:?}");
        }
        // Without the added hyphens, the words are all there.
        let joined: String = texts
            .iter()
            .map(|l| l.strip_suffix('-').unwrap_or(l).to_string() + " ")
            .collect::<String>()
            .replace("  ", " ");
        assert_eq!(
            joined.split_whitespace().collect::<String>(),
            t.replace(' ', "")
        );
        // Addresses are never hyphenated.
        let f2 = f.clone();
        let url = "https://www.gegevensbeschermingsautoriteit.be/burger";
        let lines = wrap(&f2, &spans(url), 90.0);
        let joined: String = lines.iter().map(text).collect();
        assert_eq!(joined, url);
    }
}
