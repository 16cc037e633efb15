//! Interface and report texts in the four languages.
//!
//! Every text a person reads that does not come from a question pack is a
//! variant of [`Msg`]. The `messages!` table below gives each variant its four
//! translations; a missing language or a misspelt key is a compile error, so
//! no text can be used that is not translated. Placeholders are written
//! `{name}` and filled with [`Msg::fill`].

use super::lang::Lang;

macro_rules! messages {
    ($( $(#[$doc:meta])* $key:ident { nl: $nl:literal, fr: $fr:literal, de: $de:literal, en: $en:literal $(,)? } )*) => {
        /// A translated interface text. See the module documentation.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg {
            $( $(#[$doc])* $key, )*
        }

        impl Msg {
            /// Every message, for completeness checks.
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];

            /// The text in `lang`.
            pub const fn get(self, lang: Lang) -> &'static str {
                match self {
                    $( Msg::$key => match lang {
                        Lang::Nl => $nl,
                        Lang::Fr => $fr,
                        Lang::De => $de,
                        Lang::En => $en,
                    }, )*
                }
            }
        }
    };
}

impl Msg {
    /// The text in `lang` with each `{name}` replaced by its value.
    pub fn fill(self, lang: Lang, args: &[(&str, &str)]) -> String {
        fill(self.get(lang), args)
    }
}

/// Replaces each `{name}` in `template` by its value in `args`.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

include!("messages.rs");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_written_in_every_language() {
        for m in Msg::ALL {
            for l in Lang::ALL {
                assert!(!m.get(l).trim().is_empty(), "{m:?} is empty in {l}");
            }
        }
    }

    #[test]
    fn placeholders_are_the_same_in_every_language() {
        fn names(s: &str) -> Vec<String> {
            let mut v: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
                .collect();
            v.sort();
            v.dedup();
            v
        }
        for m in Msg::ALL {
            let en = names(m.get(Lang::En));
            for l in Lang::ALL {
                assert_eq!(
                    names(m.get(l)),
                    en,
                    "{m:?} in {l} has other placeholders than in English"
                );
            }
        }
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill("{a} and {b}, {a}", &[("a", "x"), ("b", "y")]),
            "x and y, x"
        );
    }
}
