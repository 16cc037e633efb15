//! A federation's configuration: `checkup.config.json` beside `index.html`.
//! Optional; every field is optional. A field that is wrong is reported (for
//! the site owner) and replaced by the default, so the app never breaks.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::i18n::Msg;
use super::lang::Lang;
use super::packs::DEFAULT_FILES;
use super::report::Branding;

/// The file name the app looks for, beside `index.html`.
pub const FILE: &str = "checkup.config.json";

/// The configuration as written in the file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// The schema this file follows (for editors); ignored by the app.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The name of the federation or organisation offering the CheckUp.
    #[serde(default)]
    pub name: Option<String>,
    /// A logo beside `index.html` (relative path, PNG or SVG). The PDF shows PNG logos only.
    #[serde(default)]
    pub logo: Option<String>,
    /// The federation's colours, used instead of the default ones.
    #[serde(default)]
    pub colours: Option<Colours>,
    /// A helpdesk link shown in the app and in the report.
    #[serde(default)]
    pub helpdesk: Option<Helpdesk>,
    /// The language for first-time visitors (until they choose one).
    #[serde(default)]
    pub default_language: Option<String>,
    /// Switch built-in packs off: `{"gdpr": false}`. The profile is always on.
    #[serde(default)]
    pub packs: BTreeMap<String, bool>,
    /// Extra packs (relative paths beside `index.html`), validated and scored like the others.
    #[serde(default)]
    pub extra_packs: Vec<String>,
    /// A short text on the start page, per language.
    #[serde(default)]
    pub intro: BTreeMap<String, String>,
    /// Pages allowed to embed the CheckUp in a frame and to receive its height
    /// messages: origins such as `https://www.example.be`.
    #[serde(default)]
    pub embed_origins: Vec<String>,
}

/// The federation's colours.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Colours {
    /// Buttons, links and headings, `#rrggbb`. Needs 4.5:1 contrast with white.
    pub primary: String,
    /// Text on the primary colour, `#rrggbb` (default white). Needs 4.5:1 contrast with it.
    #[serde(default)]
    pub on_primary: Option<String>,
}

/// A helpdesk link.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Helpdesk {
    /// An https link (a page, or `mailto:` / `tel:`).
    pub url: String,
    /// The link text per language, e.g. `{"nl": "Bel onze helpdesk", ...}`.
    #[serde(default)]
    pub text: BTreeMap<String, String>,
}

/// The configuration the app uses: checked, with defaults filled in.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The name of the federation or organisation, trimmed, at most 80 characters.
    pub name: Option<String>,
    /// The logo file (relative path ending in `.png` or `.svg`).
    pub logo: Option<String>,
    /// Primary colour and text colour on it.
    pub colours: Option<(String, String)>,
    /// The helpdesk link (`https://`, `mailto:` or `tel:`).
    pub helpdesk_url: Option<String>,
    /// The helpdesk link text, by language.
    pub helpdesk_text: BTreeMap<Lang, String>,
    /// The language for first-time visitors.
    pub default_language: Option<Lang>,
    /// Pack files to load, in order: paths relative to `index.html`.
    pub pack_files: Vec<String>,
    /// The start-page text, by language, at most 600 characters each.
    pub intro: BTreeMap<Lang, String>,
    /// Origins allowed to embed the CheckUp, e.g. `https://www.example.be`.
    pub embed_origins: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            name: None,
            logo: None,
            colours: None,
            helpdesk_url: None,
            helpdesk_text: BTreeMap::new(),
            default_language: None,
            pack_files: DEFAULT_FILES
                .iter()
                .map(|f| format!("questions/{f}"))
                .collect(),
            intro: BTreeMap::new(),
            embed_origins: vec![],
        }
    }
}

impl Config {
    /// The branding the report shows, if a federation configured one.
    pub fn branding(&self, lang: Lang) -> Option<Branding> {
        let name = self.name.clone()?;
        Some(Branding {
            name,
            helpdesk_text: self.helpdesk_text(lang).unwrap_or_default(),
            helpdesk_url: self.helpdesk_url.clone().unwrap_or_default(),
            logo_png_base64: String::new(),
            colour: self
                .colours
                .as_ref()
                .map(|c| c.0.clone())
                .unwrap_or_default(),
        })
    }

    /// The helpdesk link text in `lang` (or another language, or the address).
    pub fn helpdesk_text(&self, lang: Lang) -> Option<String> {
        let url = self.helpdesk_url.as_ref()?;
        Some(
            self.helpdesk_text
                .get(&lang)
                .or_else(|| self.helpdesk_text.values().next())
                .cloned()
                .unwrap_or_else(|| url.clone()),
        )
    }
}

/// A problem in the configuration, for the site owner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The field at fault, e.g. `helpdesk.url`.
    pub field: String,
    /// What is wrong with it.
    pub problem: Msg,
    /// The value as written (for a file that is not JSON: the parser's message).
    pub value: String,
}

impl ConfigProblem {
    /// The message for the site owner, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        if matches!(self.problem, Msg::ConfigNotJson | Msg::ConfigUnreachable) {
            // The whole file: the parser's or the network's message is the detail, not a value.
            return self
                .problem
                .fill(lang, &[("file", FILE), ("detail", &self.value)]);
        }
        Msg::ConfigProblem.fill(
            lang,
            &[
                ("file", FILE),
                ("field", &self.field),
                ("value", &self.value),
                ("problem", &self.problem.get(lang)),
            ],
        )
    }
}

/// The outcome of fetching the configuration file: its text, `Ok(None)`
/// when there is none (HTTP 404: no configuration, the defaults apply
/// without a word), or the network's or server's error (e.g. `HTTP 500`).
/// Never fails: a file that could not be fetched or read is a problem for
/// the site owner, and the defaults take its place.
pub fn from_fetch(fetched: Result<Option<String>, String>) -> (Config, Vec<ConfigProblem>) {
    match fetched {
        Ok(Some(text)) => parse(&text),
        Ok(None) => (Config::default(), vec![]),
        Err(detail) => (
            Config::default(),
            vec![ConfigProblem {
                field: String::new(),
                problem: Msg::ConfigUnreachable,
                value: detail,
            }],
        ),
    }
}

/// Reads and checks a configuration file. Never fails: problems are returned
/// and the defaults take their place.
pub fn parse(text: &str) -> (Config, Vec<ConfigProblem>) {
    let mut problems = Vec::new();
    let file: ConfigFile = match serde_json::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            problems.push(ConfigProblem {
                field: String::new(),
                problem: Msg::ConfigNotJson,
                value: e.to_string(),
            });
            return (Config::default(), problems);
        }
    };
    let mut c = Config::default();
    let mut bad = |field: &str, problem: Msg, value: &str| {
        problems.push(ConfigProblem {
            field: field.into(),
            problem,
            value: value.into(),
        })
    };

    c.name = file
        .name
        .map(|n| n.trim().chars().take(80).collect::<String>())
        .filter(|n| !n.is_empty());
    if let Some(logo) = file.logo {
        if relative_path(&logo) && (logo.ends_with(".png") || logo.ends_with(".svg")) {
            c.logo = Some(logo);
        } else {
            bad("logo", Msg::ConfigBadPath, &logo);
        }
    }
    if let Some(col) = file.colours {
        let on = col.on_primary.clone().unwrap_or_else(|| "#ffffff".into());
        match (parse_hex(&col.primary), parse_hex(&on)) {
            (Some(p), Some(o)) => {
                if contrast(p, [255, 255, 255]) < 4.5 {
                    bad("colours.primary", Msg::ConfigLowContrast, &col.primary);
                } else if contrast(p, o) < 4.5 {
                    bad("colours.on_primary", Msg::ConfigLowContrast, &on);
                } else {
                    c.colours = Some((col.primary.to_ascii_lowercase(), on.to_ascii_lowercase()));
                }
            }
            (None, _) => bad("colours.primary", Msg::ConfigBadColour, &col.primary),
            (_, None) => bad("colours.on_primary", Msg::ConfigBadColour, &on),
        }
    }
    if let Some(h) = file.helpdesk {
        if h.url.starts_with("https://")
            || h.url.starts_with("mailto:")
            || h.url.starts_with("tel:")
        {
            c.helpdesk_url = Some(h.url);
            for (code, text) in h.text {
                match Lang::from_code(&code) {
                    Some(l) if l.code() == code => {
                        c.helpdesk_text.insert(l, text);
                    }
                    _ => bad("helpdesk.text", Msg::ConfigBadLanguage, &code),
                }
            }
        } else {
            bad("helpdesk.url", Msg::ConfigBadLink, &h.url);
        }
    }
    if let Some(code) = file.default_language {
        match Lang::from_code(&code) {
            Some(l) => c.default_language = Some(l),
            None => bad("default_language", Msg::ConfigBadLanguage, &code),
        }
    }
    for (id, on) in file.packs {
        let known = ["gdpr", "security"];
        if !known.contains(&id.as_str()) {
            bad("packs", Msg::ConfigUnknownPack, &id);
        } else if !on {
            c.pack_files
                .retain(|f| f != &format!("questions/{id}.json"));
        }
    }
    for extra in file.extra_packs {
        if relative_path(&extra) && extra.ends_with(".json") {
            c.pack_files.push(extra);
        } else {
            bad("extra_packs", Msg::ConfigBadPath, &extra);
        }
    }
    for (code, text) in file.intro {
        match Lang::from_code(&code) {
            Some(l) if l.code() == code => {
                c.intro.insert(l, text.chars().take(600).collect());
            }
            _ => bad("intro", Msg::ConfigBadLanguage, &code),
        }
    }
    for origin in file.embed_origins {
        if is_origin(&origin) {
            c.embed_origins.push(origin);
        } else {
            bad("embed_origins", Msg::ConfigBadOrigin, &origin);
        }
    }
    (c, problems)
}

/// A path beside `index.html`: no scheme, not absolute, no `..`.
fn relative_path(p: &str) -> bool {
    !p.is_empty()
        && !p.contains("://")
        && !p.starts_with('/')
        && !p.starts_with("data:")
        && !p.contains('\\')
        && p.split('/').all(|s| !s.is_empty() && s != ".." && s != ".")
        && p.chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-/".contains(c))
}

/// `https://host[:port]` (or `http://localhost...` for testing), without a path.
fn is_origin(o: &str) -> bool {
    let rest = o.strip_prefix("https://").or_else(|| {
        o.strip_prefix("http://")
            .filter(|r| r.starts_with("localhost") || r.starts_with("127.0.0.1"))
    });
    rest.is_some_and(|r| {
        !r.is_empty()
            && !r.contains('/')
            && r.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:".contains(c))
    })
}

/// `#rrggbb` to RGB.
pub fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let h = s.strip_prefix('#')?;
    if h.len() != 6 || !h.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let v = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    Some([v(0)?, v(2)?, v(4)?])
}

/// WCAG 2.1 contrast ratio of two colours (1 to 21).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    fn lum(c: [u8; 3]) -> f64 {
        let ch = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.039_28 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2])
    }
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_config_means_the_neutral_defaults() {
        let (c, p) = parse("{}");
        assert!(p.is_empty());
        assert_eq!(c, Config::default());
        assert_eq!(c.pack_files.len(), DEFAULT_FILES.len());
        assert!(c.pack_files.iter().all(|f| f.starts_with("questions/")));
    }

    #[test]
    fn a_full_config_is_read() {
        let (c, p) = parse(
            r##"{"name": "Unizo", "logo": "brand/logo.png", "colours": {"primary": "#00558C"},
                "helpdesk": {"url": "https://www.unizo.be/contact", "text": {"nl": "Bel ons"}},
                "default_language": "nl", "packs": {"gdpr": false}, "extra_packs": ["sector/retail.json"],
                "intro": {"nl": "Welkom", "fr": "Bienvenue"}, "embed_origins": ["https://www.unizo.be"]}"##,
        );
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(c.name.as_deref(), Some("Unizo"));
        assert_eq!(c.colours, Some(("#00558c".into(), "#ffffff".into())));
        assert_eq!(
            c.pack_files,
            [
                "questions/common.json",
                "questions/profile.json",
                "questions/security.json",
                "sector/retail.json"
            ]
        );
        assert_eq!(c.default_language, Some(Lang::Nl));
        assert_eq!(c.helpdesk_text(Lang::Fr).as_deref(), Some("Bel ons"));
        assert_eq!(c.branding(Lang::Nl).unwrap().name, "Unizo");
    }

    #[test]
    fn bad_fields_are_reported_and_replaced_by_defaults() {
        let (c, p) = parse(
            r##"{"name": "X", "logo": "https://evil.example/x.png", "colours": {"primary": "#ffff00"},
                "helpdesk": {"url": "javascript:alert(1)"}, "default_language": "it",
                "packs": {"cooking": true}, "extra_packs": ["../secret.json"], "embed_origins": ["*"]}"##,
        );
        let fields: Vec<&str> = p.iter().map(|x| x.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "logo",
                "colours.primary",
                "helpdesk.url",
                "default_language",
                "packs",
                "extra_packs",
                "embed_origins"
            ]
        );
        assert_eq!(c.name.as_deref(), Some("X"));
        assert!(c.logo.is_none() && c.colours.is_none() && c.helpdesk_url.is_none());
        assert_eq!(c.pack_files, Config::default().pack_files);
        let msg = p[1].message(Lang::En);
        assert!(
            msg.contains("checkup.config.json")
                && msg.contains("#ffff00")
                && msg.contains("contrast"),
            "{msg}"
        );
        // Not JSON at all: one problem, all defaults.
        let (c, p) = parse("{name: Unizo");
        assert_eq!(p.len(), 1);
        assert_eq!(c, Config::default());
        // Unknown fields are a problem too (a typo would otherwise go unnoticed).
        assert_eq!(parse(r##"{"colour": "#000000"}"##).1.len(), 1);
    }

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 0.01);
        assert!(contrast([0x0b, 0x5c, 0xad], [255, 255, 255]) >= 4.5);
        assert!(contrast([0xff, 0xff, 0x00], [255, 255, 255]) < 4.5);
    }

    #[test]
    fn a_missing_configuration_is_silent_and_a_failed_fetch_is_reported() {
        let (config, problems) = from_fetch(Ok(None));
        assert_eq!(config, Config::default());
        assert!(problems.is_empty());
        let (config, problems) = from_fetch(Err("HTTP 500".into()));
        assert_eq!(config, Config::default());
        assert_eq!(problems.len(), 1);
        for lang in Lang::ALL {
            let m = problems[0].message(lang);
            assert!(m.contains(FILE) && m.contains("HTTP 500"), "{m}");
        }
        let (_, problems) = from_fetch(Ok(Some("{ nope".into())));
        assert_eq!(problems[0].problem, Msg::ConfigNotJson);
    }
}
