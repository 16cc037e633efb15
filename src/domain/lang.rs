//! Languages and translated texts.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A language the CheckUp speaks. Every text a person reads exists in all four.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dutch (Nederlands).
    Nl,
    /// French (français).
    Fr,
    /// German (Deutsch).
    De,
    /// English; the default.
    #[default]
    En,
}

impl Lang {
    /// All languages, in the order the language switch shows them.
    pub const ALL: [Lang; 4] = [Lang::Nl, Lang::Fr, Lang::De, Lang::En];

    /// The BCP 47 code, as used in `<html lang>` and file names.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The language's own name for itself (what a language switch shows).
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::En => "English",
        }
    }

    /// Parses a code such as `nl`, `fr-BE` or `de_DE` (case-insensitive, region ignored).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A text a person reads, in each of the four languages.
// Pack files give all four (validation reports a missing one, see
// `Catalog::build`; the schema requires them). The packs the browser loads
// are written for one language only (`{"fr": "…"}`, see `to_json_in`): the
// other languages then read as empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// The text in Dutch.
    pub nl: String,
    /// The text in French.
    pub fr: String,
    /// The text in German.
    pub de: String,
    /// The text in English.
    pub en: String,
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// The same fields, each one optional (a one-language file).
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Any {
            #[serde(default)]
            nl: String,
            #[serde(default)]
            fr: String,
            #[serde(default)]
            de: String,
            #[serde(default)]
            en: String,
        }
        let Any { nl, fr, de, en } = Any::deserialize(d)?;
        Ok(Text { nl, fr, de, en })
    }
}

/// A name people read: the same in every language (`"Safeonweb (CCB)"`,
/// a plain string in a pack) or a [`Text`] where it is translated
/// (`{"nl": "Centrum voor Cybersecurity België (CCB)", "fr": …}`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Name {
    /// The same in every language.
    Same(String),
    /// Written in each language.
    Each(Text),
}

// By hand rather than `#[serde(untagged)]`: a string or a map, read
// directly (no buffering of the value to try each form in turn).
impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Name;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a name, or a name per language")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Name, E> {
                Ok(Name::Same(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Name, A::Error> {
                Text::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Name::Each)
            }
        }
        d.deserialize_any(V)
    }
}

impl Name {
    /// The name in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Name::Same(s) => s,
            Name::Each(t) => t.get(lang),
        }
    }
}

thread_local! {
    /// While [`to_json_in`] runs: the one language texts are written in.
    static ONLY: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let only = ONLY.with(std::cell::Cell::get);
        let langs: &[Lang] = match &only {
            Some(l) => std::slice::from_ref(l),
            None => &Lang::ALL,
        };
        let mut out = s.serialize_struct("Text", langs.len())?;
        for l in langs {
            out.serialize_field(l.code(), self.get(*l))?;
        }
        out.end()
    }
}

/// `value` as JSON with every [`Text`] in it written in `lang` only: how
/// the built site keeps a language's packs (`questions/<lang>/*.json`, see
/// `checkup-cli finalize`), about a quarter of the four-language files, and
/// as quick to parse.
pub fn to_json_in<T: Serialize>(lang: Lang, value: &T) -> serde_json::Result<String> {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            ONLY.with(|o| o.set(None));
        }
    }
    ONLY.with(|o| o.set(Some(lang)));
    let _reset = Reset;
    serde_json::to_string(value)
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::Fr => &self.fr,
            Lang::De => &self.de,
            Lang::En => &self.en,
        }
    }

    /// The same text in every language (names, codes).
    pub fn same(s: &str) -> Text {
        Text {
            nl: s.into(),
            fr: s.into(),
            de: s.into(),
            en: s.into(),
        }
    }

    /// Languages whose text is empty or only white space.
    pub fn missing(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|l| self.get(*l).trim().is_empty())
            .collect()
    }

    /// Every language's text, in the order of [`Lang::ALL`].
    pub fn all(&self) -> impl Iterator<Item = (Lang, &str)> {
        Lang::ALL.into_iter().map(move |l| (l, self.get(l)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_regions_are_ignored() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("fr-BE"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("NL_be"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("it"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn a_name_reads_as_one_string_or_per_language() {
        let same: Name = serde_json::from_str(r#""Safeonweb (CCB)""#).unwrap();
        assert_eq!(same.get(Lang::De), "Safeonweb (CCB)");
        let each: Name =
            serde_json::from_str(r#"{"nl": "GBA", "fr": "APD", "de": "DSB", "en": "DPA"}"#)
                .unwrap();
        assert_eq!((each.get(Lang::Fr), each.get(Lang::En)), ("APD", "DPA"));
        // A one-language pack file: the others read as empty.
        let one: Name = serde_json::from_str(r#"{"fr": "APD"}"#).unwrap();
        assert_eq!((one.get(Lang::Fr), one.get(Lang::Nl)), ("APD", ""));
        assert!(serde_json::from_str::<Name>("12").is_err());
        assert!(serde_json::from_str::<Name>(r#"{"it": "x"}"#).is_err());
        // Written back as read.
        assert_eq!(
            serde_json::to_string(&same).unwrap(),
            r#""Safeonweb (CCB)""#
        );
    }

    #[test]
    fn one_language_files_read_back_with_the_others_empty() {
        let t = Text {
            nl: "Hallo".into(),
            fr: "Bonjour".into(),
            de: "Hallo".into(),
            en: "Hello".into(),
        };
        let json = to_json_in(Lang::Fr, &vec![t.clone()]).unwrap();
        assert_eq!(json, r#"[{"fr":"Bonjour"}]"#);
        let back: Vec<Text> = serde_json::from_str(&json).unwrap();
        assert_eq!(back[0].get(Lang::Fr), "Bonjour");
        assert_eq!(back[0].missing(), vec![Lang::Nl, Lang::De, Lang::En]);
        // Outside `to_json_in`, every language is written.
        let all: Text = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
        assert_eq!(all, t);
    }

    #[test]
    fn missing_lists_blank_languages() {
        let t = Text {
            nl: "a".into(),
            fr: " ".into(),
            de: String::new(),
            en: "b".into(),
        };
        assert_eq!(t.missing(), vec![Lang::Fr, Lang::De]);
    }
}
