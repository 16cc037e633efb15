//! Where a word may be broken at the end of a line: Knuth-Liang hyphenation
//! patterns (the TeX `hyph-utf8` patterns, through the `hyphenation` crate)
//! for the report's language.
//!
//! Patterns per language: Dutch `nl`, French `fr`, German in the 1996
//! spelling `de-1996`, British English `en-gb` (the English of EU and
//! Belgian texts). The browser's PDF module fetches only the report
//! language's patterns, from the file [`file_name`] beside `index.html`
//! (written by `checkup-cli finalize`); native programs have them built in
//! (feature `hyphenation-builtin`).

use std::collections::HashMap;
use std::sync::Mutex;

use hyphenation::{Hyphenator as _, Language, Load, Standard};

use crate::domain::Lang;

/// The pattern set used for a report language.
pub fn language(lang: Lang) -> Language {
    match lang {
        Lang::Nl => Language::Dutch,
        Lang::Fr => Language::French,
        Lang::De => Language::German1996,
        Lang::En => Language::EnglishGB,
    }
}

/// The file that holds a language's patterns in a build, e.g.
/// `hyphenation-nl.bincode` (the `hyphenation` crate's bincode format).
pub fn file_name(lang: Lang) -> String {
    format!("hyphenation-{}.bincode", lang.code())
}

/// Why a patterns file cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("hyphenation patterns: {0}")]
pub struct PatternsError(String);

/// The hyphenation patterns of one language, with the breaks of words
/// already seen (a report repeats its words).
#[derive(Debug)]
pub struct Hyphenator {
    dict: Standard,
    seen: Mutex<HashMap<String, Vec<usize>>>,
}

impl Clone for Hyphenator {
    fn clone(&self) -> Hyphenator {
        Hyphenator::new(self.dict.clone())
    }
}

impl Hyphenator {
    /// Reads a patterns file (see [`file_name`]).
    ///
    /// Errors: the bytes are not a patterns file, or hold another language's
    /// patterns.
    pub fn from_bytes(lang: Lang, bytes: &[u8]) -> Result<Hyphenator, PatternsError> {
        let dict = Standard::from_reader(language(lang), &mut &bytes[..])
            .map_err(|e| PatternsError(e.to_string()))?;
        Ok(Hyphenator::new(dict))
    }

    fn new(dict: Standard) -> Hyphenator {
        Hyphenator {
            dict,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// The built-in patterns of the language.
    #[cfg(feature = "hyphenation-builtin")]
    pub fn builtin(lang: Lang) -> Option<Hyphenator> {
        Standard::from_embedded(language(lang))
            .ok()
            .map(Hyphenator::new)
    }

    /// The built-in patterns of the language as a patterns file (for
    /// `checkup-cli finalize`), the same bytes on every run: the exception
    /// words (a hash map in memory) are written in sorted order.
    #[cfg(feature = "hyphenation-builtin")]
    pub fn builtin_file(lang: Lang) -> Option<Vec<u8>> {
        let mut bare = Hyphenator::builtin(lang)?.dict;
        let exceptions: std::collections::BTreeMap<String, Vec<usize>> =
            std::mem::take(&mut bare.exceptions.0).into_iter().collect();
        // The encoding ends with the exceptions (a map) and the minima: put
        // the sorted map where the empty one is.
        let bytes = bincode::serialize(&bare).ok()?;
        let tail = bincode::serialized_size(&bare.minima).ok()? as usize;
        let empty = bincode::serialized_size(&bare.exceptions.0).ok()? as usize;
        let split = bytes.len().checked_sub(tail + empty)?;
        let mut out = bytes[..split].to_vec();
        out.extend(bincode::serialize(&exceptions).ok()?);
        out.extend_from_slice(&bytes[split + empty..]);
        Some(out)
    }

    /// The places where `word` (letters only, no spaces or punctuation) may
    /// be broken with a hyphen, as byte offsets into `word`, ascending.
    pub fn breaks(&self, word: &str) -> Vec<usize> {
        let Ok(mut seen) = self.seen.lock() else {
            return self.dict.hyphenate(word).breaks;
        };
        if let Some(b) = seen.get(word) {
            return b.clone();
        }
        let b = self.dict.hyphenate(word).breaks;
        seen.insert(word.to_string(), b.clone());
        b
    }
}

#[cfg(all(test, feature = "hyphenation-builtin"))]
mod tests {
    use super::*;

    fn parts(h: &Hyphenator, word: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut last = 0;
        for b in h.breaks(word) {
            out.push(word[last..b].to_string());
            last = b;
        }
        out.push(word[last..].to_string());
        out
    }

    #[test]
    fn long_words_break_at_syllables_in_every_language() {
        for (lang, word) in [
            (Lang::Nl, "gegevensbeschermingsautoriteit"),
            (Lang::Fr, "confidentialité"),
            (Lang::De, "Datenschutzbehörde"),
            (Lang::En, "vulnerability"),
        ] {
            let h = Hyphenator::builtin(lang).unwrap();
            let p = parts(&h, word);
            assert!(p.len() >= 3, "{lang}: {p:?}");
            assert_eq!(p.concat(), word);
            assert!(p.iter().all(|s| s.chars().count() >= 2), "{lang}: {p:?}");
        }
    }

    #[test]
    fn a_patterns_file_reads_back_and_must_be_the_right_language() {
        let bytes = Hyphenator::builtin_file(Lang::De).unwrap();
        let h = Hyphenator::from_bytes(Lang::De, &bytes).unwrap();
        assert_eq!(
            parts(&h, "Datenschutzbehörde"),
            parts(
                &Hyphenator::builtin(Lang::De).unwrap(),
                "Datenschutzbehörde"
            )
        );
        assert!(Hyphenator::from_bytes(Lang::Nl, &bytes).is_err());
        // The file is the same on every build, exception words included.
        for lang in Lang::ALL {
            let bytes = Hyphenator::builtin_file(lang).unwrap();
            assert_eq!(bytes, Hyphenator::builtin_file(lang).unwrap(), "{lang}");
            let from_file = Hyphenator::from_bytes(lang, &bytes).unwrap();
            let builtin = Hyphenator::builtin(lang).unwrap();
            assert_eq!(from_file.dict.exceptions, builtin.dict.exceptions, "{lang}");
            assert_eq!(from_file.dict.minima, builtin.dict.minima, "{lang}");
        }
        assert!(Hyphenator::from_bytes(Lang::Nl, b"not patterns").is_err());
    }
}
