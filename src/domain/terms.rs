//! Technical words explained in place: finds the packs' `terms` in a question
//! text so the app can let the reader open a one-sentence explanation of
//! each, where it stands.
//!
//! Rules: a term is found in the reader's language only, under any of its
//! spellings (`"DPIA|GEB"`); longer spellings are tried first, so "record of
//! processing activities" wins over "processing"; each term is marked once
//! per text, where it first appears; marks never overlap. A term starts at
//! the start of a word. A term written with two capitals in a row (an
//! acronym: "VPN", "NAS") must match exactly and end where the word ends
//! ("NAS" is not found in "NASA"); any other term matches without regard to
//! case and may run on into an ending or a compound ("back-up" in "back-ups",
//! "Firewall" in "Firewall-Regeln").

use super::lang::Lang;
use super::pack::Term;

/// A piece of a text: plain, or a term to explain.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece<'t> {
    /// Plain text, as the text writes it.
    Text(String),
    /// A term to explain.
    Term {
        /// The term found.
        term: &'t Term,
        /// The words as the text writes them.
        text: String,
    },
}

fn is_acronym(s: &str) -> bool {
    let c: Vec<char> = s.chars().collect();
    c.windows(2)
        .any(|w| w[0].is_uppercase() && w[1].is_uppercase())
}

/// Where `needle` is found in `text` at byte `start`: the byte end of the match.
fn match_at(text: &str, start: usize, needle: &str, exact: bool) -> Option<usize> {
    let mut it = text[start..].char_indices();
    for n in needle.chars() {
        let (_, c) = it.next()?;
        let same = if exact {
            c == n
        } else {
            c == n || c.to_lowercase().eq(n.to_lowercase())
        };
        if !same {
            return None;
        }
    }
    Some(it.next().map_or(text.len(), |(i, _)| start + i))
}

/// The first place `needle` stands as a term in `text`, outside `taken`.
fn find(text: &str, needle: &str, taken: &[(usize, usize)]) -> Option<(usize, usize)> {
    let exact = is_acronym(needle);
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let starts_word = prev.is_none_or(|p| !p.is_alphanumeric());
        prev = Some(c);
        if !starts_word || taken.iter().any(|&(a, b)| i >= a && i < b) {
            continue;
        }
        let Some(end) = match_at(text, i, needle, exact) else {
            continue;
        };
        let ends_word = text[end..]
            .chars()
            .next()
            .is_none_or(|n| !n.is_alphanumeric());
        if exact && !ends_word {
            continue;
        }
        if taken.iter().any(|&(a, b)| i < b && end > a) {
            continue;
        }
        return Some((i, end));
    }
    None
}

/// Splits `text` into plain pieces and the terms it uses, in `lang` (see the
/// module's rules). Joining the pieces' texts gives `text` back.
pub fn mark<'t>(
    text: &str,
    terms: impl IntoIterator<Item = &'t Term>,
    lang: Lang,
) -> Vec<Piece<'t>> {
    let mut spellings: Vec<(&'t Term, &'t str)> = terms
        .into_iter()
        .flat_map(|t| t.variants(lang).into_iter().map(move |v| (t, v)))
        .collect();
    // Longest first; a stable sort keeps the packs' order between equals.
    super::order::sort_by_key(&mut spellings, |(_, v)| {
        std::cmp::Reverse(v.chars().count())
    });
    let mut found: Vec<(usize, usize, &'t Term)> = Vec::new();
    for (term, v) in spellings {
        if found.iter().any(|(_, _, t)| t.id == term.id) {
            continue;
        }
        let taken: Vec<(usize, usize)> = found.iter().map(|&(a, b, _)| (a, b)).collect();
        if let Some((a, b)) = find(text, v, &taken) {
            found.push((a, b, term));
        }
    }
    super::order::sort_by_key(&mut found, |&(a, _, _)| a);
    let mut out = Vec::new();
    let mut at = 0;
    for (a, b, term) in found {
        if a > at {
            out.push(Piece::Text(text[at..a].to_string()));
        }
        out.push(Piece::Term {
            term,
            text: text[a..b].to_string(),
        });
        at = b;
    }
    if at < text.len() {
        out.push(Piece::Text(text[at..].to_string()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Text;

    fn term(id: &str, en: &str) -> Term {
        let t = Text::same(en);
        Term {
            id: id.into(),
            term: t.clone(),
            explain: t,
        }
    }

    fn marked(text: &str, terms: &[Term]) -> Vec<String> {
        mark(text, terms, Lang::En)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Term { term, text } => Some(format!("{}={text}", term.id)),
                Piece::Text(_) => None,
            })
            .collect()
    }

    #[test]
    fn longest_first_each_term_once_and_only_at_word_starts() {
        let terms = [
            term("t.vpn", "VPN"),
            term("t.nas", "NAS"),
            term("t.backup", "backup"),
            term("t.record", "record of processing activities"),
            term("t.processing", "processing"),
            term("t.dpia", "DPIA|data protection impact assessment"),
        ];
        assert_eq!(
            marked("Do you use a VPN, and is the VPN on?", &terms),
            ["t.vpn=VPN"]
        );
        assert_eq!(marked("NASA has no NAS-drive", &terms), ["t.nas=NAS"]);
        assert_eq!(
            marked("Backups of the NASdrive", &terms),
            ["t.backup=Backup"]
        );
        assert!(marked("a rebackup", &terms).is_empty());
        assert_eq!(
            marked(
                "Keep a record of processing activities (processing)",
                &terms
            ),
            [
                "t.record=record of processing activities",
                "t.processing=processing"
            ]
        );
        assert_eq!(
            marked("A data protection impact assessment (DPIA)", &terms),
            ["t.dpia=data protection impact assessment"]
        );
        // Lower-case "vpn" is not the acronym.
        assert!(marked("a vpn", &terms).is_empty());
    }

    #[test]
    fn the_pieces_give_the_text_back() {
        let terms = [term("t.a", "Straße"), term("t.b", "É")];
        for text in ["", "Straße", "Die STRASSE und die Straße É.", "É", "ÉÉ É"] {
            let joined: String = mark(text, &terms, Lang::En)
                .into_iter()
                .map(|p| match p {
                    Piece::Text(t) | Piece::Term { text: t, .. } => t,
                })
                .collect();
            assert_eq!(joined, text);
        }
    }
}
