//! Pages of the walkthrough and their addresses. The address lives in the URL
//! fragment (`#/nl/section/gdpr.rights`), so that any static host, in any
//! folder, serves every page from one `index.html`, and the browser's back
//! button and a reload land on the same page.

use super::assessment::Depth;
use super::lang::Lang;

/// A page of the app, as named in the address (`#/<lang>/<page>`).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Page {
    /// The start page; the default.
    #[default]
    Start,
    /// "Start" was chosen before the app had loaded: go to the first open
    /// section. With a depth (`#/nl/begin/quick`), a new CheckUp at that depth.
    Begin(Option<Depth>),
    /// A section of questions, by section id.
    Section(String),
    /// Unanswered questions, with a link to each.
    Review,
    /// The results: the three verdicts, this week's actions and the scores.
    Results,
    /// The action plan.
    Plan,
    /// The GDPR starter documents (record of processing, registers, privacy
    /// notice, incident card); `focus` names a document (`record`...).
    Documents,
    /// How we score, sources, disclaimer.
    About,
}

/// Where the address points: language, page and a question to show.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Route {
    /// The language named in the address, if any.
    pub lang: Option<Lang>,
    /// The page.
    pub page: Page,
    /// A question to bring into view (from the review page).
    pub focus: Option<String>,
    /// On a phone, the part of a long section shown, counted from 1
    /// (`?part=2`); none for the part that holds `focus`, else the first.
    pub part: Option<usize>,
}

impl Route {
    /// A route to `page` in `lang`, with no question to bring into view.
    pub fn new(lang: Lang, page: Page) -> Route {
        Route {
            lang: Some(lang),
            page,
            focus: None,
            part: None,
        }
    }

    /// Parses a URL fragment such as `#/fr/section/sec.backup?q=sec.backup.offline`
    /// or `#/nl/section/gdpr.rights?part=2`.
    /// Anything unknown gives the start page.
    pub fn parse(hash: &str) -> Route {
        let hash = hash.trim_start_matches('#');
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        let mut route = Route::default();
        let mut first = parts.next();
        if let Some(lang) = first
            .and_then(Lang::from_code)
            .filter(|l| first == Some(l.code()))
        {
            route.lang = Some(lang);
            first = parts.next();
        }
        route.page = match (first, parts.next(), parts.next()) {
            (Some("section"), Some(id), None) if is_id(id) => Page::Section(id.to_string()),
            (Some("begin"), None, _) => Page::Begin(None),
            (Some("begin"), Some("quick"), None) => Page::Begin(Some(Depth::Quick)),
            (Some("begin"), Some("full"), None) => Page::Begin(Some(Depth::Full)),
            (Some("review"), None, _) => Page::Review,
            (Some("results"), None, _) => Page::Results,
            (Some("plan"), None, _) => Page::Plan,
            (Some("documents"), None, _) => Page::Documents,
            (Some("about"), None, _) => Page::About,
            _ => Page::Start,
        };
        route.focus = query
            .split('&')
            .find_map(|kv| kv.strip_prefix("q="))
            .filter(|id| is_id(id))
            .map(str::to_string);
        route.part = query
            .split('&')
            .find_map(|kv| kv.strip_prefix("part="))
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| *n >= 1 && matches!(route.page, Page::Section(_)));
        route
    }

    /// The URL fragment for this route, e.g. `#/nl/results`.
    pub fn to_hash(&self) -> String {
        let mut s = String::from("#/");
        if let Some(l) = self.lang {
            s.push_str(l.code());
            s.push('/');
        }
        match &self.page {
            Page::Start => s.push_str("start"),
            Page::Begin(depth) => {
                s.push_str("begin");
                match depth {
                    Some(Depth::Quick) => s.push_str("/quick"),
                    Some(Depth::Full) => s.push_str("/full"),
                    None => {}
                }
            }
            Page::Section(id) => {
                s.push_str("section/");
                s.push_str(id);
            }
            Page::Review => s.push_str("review"),
            Page::Results => s.push_str("results"),
            Page::Plan => s.push_str("plan"),
            Page::Documents => s.push_str("documents"),
            Page::About => s.push_str("about"),
        }
        let mut query = Vec::new();
        if let Some(q) = &self.focus {
            query.push(format!("q={q}"));
        }
        if let (Some(n), Page::Section(_)) = (self.part, &self.page) {
            query.push(format!("part={n}"));
        }
        if !query.is_empty() {
            s.push('?');
            s.push_str(&query.join("&"));
        }
        s
    }
}

fn is_id(s: &str) -> bool {
    super::catalog::valid_id(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_round_trip() {
        for page in [
            Page::Start,
            Page::Begin(None),
            Page::Begin(Some(Depth::Quick)),
            Page::Begin(Some(Depth::Full)),
            Page::Section("gdpr.rights".into()),
            Page::Review,
            Page::Results,
            Page::Plan,
            Page::Documents,
            Page::About,
        ] {
            for lang in Lang::ALL {
                let r = Route {
                    lang: Some(lang),
                    page: page.clone(),
                    focus: Some("gdpr.rights.access".into()),
                    part: matches!(page, Page::Section(_)).then_some(2),
                };
                assert_eq!(Route::parse(&r.to_hash()), r);
            }
        }
    }

    #[test]
    fn unknown_or_hostile_fragments_give_the_start_page() {
        for h in [
            "",
            "#",
            "#/",
            "#/xx/results",
            "#/nl/section/",
            "#/nl/section/<script>",
            "#/nl/section/a/b",
            "#/nl/begin/slow",
            "#//",
        ] {
            let r = Route::parse(h);
            assert!(matches!(r.page, Page::Start), "{h} gave {r:?}");
        }
        assert_eq!(Route::parse("#/de").lang, Some(Lang::De));
        assert_eq!(Route::parse("#/results").page, Page::Results);
        assert_eq!(Route::parse("#/nl/section/x?q=<b>").focus, None);
        // A part only counts from 1, and only in a section.
        assert_eq!(Route::parse("#/nl/section/x?part=0").part, None);
        assert_eq!(Route::parse("#/nl/section/x?part=-1").part, None);
        assert_eq!(Route::parse("#/nl/results?part=2").part, None);
        assert_eq!(Route::parse("#/nl/section/x?part=3").part, Some(3));
    }
}
