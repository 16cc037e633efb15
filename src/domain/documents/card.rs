//! The incident card: a one-page, printable "first hour" sheet with the
//! first steps after a cyber incident or data breach and the numbers to call.
//!
//! The organisation's own numbers (who decides, the IT provider, the bank,
//! the insurer) come from the documents page; the public ones are printed
//! as their owners publish them: Card Stop 078 170 170 (Febelfin, since
//! 10 January 2022), police 101 and emergency number 112, the incident
//! reporting page of the Centre for Cybersecurity Belgium (CCB), the
//! Safeonweb address for suspicious messages, and the data breach
//! notification page and switchboard (+32 2 274 48 00) of the Data
//! Protection Authority (GBA/APD). The steps about personal data rest on
//! GDPR Art. 33 (notify without undue delay and, where feasible, within 72
//! hours, unless a risk to people is unlikely), 33(5) (document every
//! breach) and 34 (inform the people when the risk is high);
//! the other steps are good practice, and the card says so.

use super::super::i18n::Doc;
use super::super::lang::Lang;
use super::html::{escape, link};
use super::{Contact, Request, to_complete};

/// Card Stop, the Belgian banks' line to block payment cards (24/7).
pub const CARD_STOP: &str = "078 170 170";
/// The GBA/APD switchboard.
pub const GBA_PHONE: &str = "+32 2 274 48 00";
/// Urgent police help in Belgium.
pub const POLICE: &str = "101";
/// The European emergency number (fire brigade, ambulance).
pub const EMERGENCY: &str = "112";

/// The CCB's page to report a cyber incident.
pub fn ccb_report_url(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "https://ccb.belgium.be/de/cert/einen-vorfall-melden",
        _ => "https://ccb.belgium.be/en/cert/report-incident",
    }
}

/// The GBA/APD's page to notify a data breach.
pub fn gba_breach_url(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "https://www.gegevensbeschermingsautoriteit.be/melding-van-gegevenslekken",
        Lang::De => "https://www.datenschutzbehorde.be/index.php/einen-datenverlust-melden",
        Lang::En => "https://www.dataprotectionauthority.be/data-breach-notification-form",
        _ => {
            "https://gegevensbeschermingsautoriteit.be/professionnel/actions/fuites-de-donnees-personnelles"
        }
    }
}

/// Where to forward a suspicious message (Safeonweb, CCB).
pub fn suspicious_address(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl | Lang::De => "verdacht@safeonweb.be",
        Lang::Fr => "suspect@safeonweb.be",
        Lang::En => "suspicious@safeonweb.be",
    }
}

/// One number or address on the card.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Who it is ("Your IT provider", "Card Stop").
    pub who: String,
    /// What to call or where to go; "to complete" when the person left it empty.
    pub reach: String,
    /// When to use it.
    pub when: String,
    /// An address to link to, if any.
    pub url: Option<String>,
}

/// The card.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// The language of the card.
    pub lang: Lang,
    /// The card's title, with the organisation's name when there is one.
    pub title: String,
    /// The line every document starts with (see [`super::draft_line`]).
    pub draft: String,
    /// The first steps, in order (each a short heading and a sentence).
    pub steps: Vec<(String, String)>,
    /// The organisation's own numbers.
    pub own: Vec<Line>,
    /// Public numbers and addresses.
    pub public: Vec<Line>,
    /// Sources and the "good practice" note.
    pub sources: String,
}

fn own_line(lang: Lang, who: Doc, when: Doc, contact: &Contact) -> Line {
    let name = contact.name.trim();
    let phone = contact.phone.trim();
    let reach = match (name.is_empty(), phone.is_empty()) {
        (true, true) => to_complete(lang, &Doc::CardFillNumber.get(lang)),
        (false, true) => format!(
            "{name} – {}",
            to_complete(lang, &Doc::CardFillPhone.get(lang))
        ),
        (true, false) => phone.to_string(),
        (false, false) if lang == Lang::Fr => format!("{name}\u{a0}: {phone}"),
        (false, false) => format!("{name}: {phone}"),
    };
    Line {
        who: who.get(lang),
        reach,
        when: when.get(lang),
        url: None,
    }
}

/// The card for `request`, in its language.
pub fn build(request: &Request) -> Card {
    let lang = request.lang;
    let t = |d: Doc| d.get(lang);
    let c = &request.documents.contacts;
    let org = request.organisation();
    let steps = [
        (Doc::CardStep1Title, Doc::CardStep1),
        (Doc::CardStep2Title, Doc::CardStep2),
        (Doc::CardStep3Title, Doc::CardStep3),
        (Doc::CardStep4Title, Doc::CardStep4),
        (Doc::CardStep5Title, Doc::CardStep5),
        (Doc::CardStep6Title, Doc::CardStep6),
        (Doc::CardStep7Title, Doc::CardStep7),
    ]
    .into_iter()
    .map(|(h, s)| (t(h), t(s)))
    .collect();
    let own = vec![
        own_line(lang, Doc::CardWhoDecider, Doc::CardWhenDecider, &c.decider),
        own_line(lang, Doc::CardWhoIt, Doc::CardWhenIt, &c.it),
        own_line(lang, Doc::CardWhoBank, Doc::CardWhenBank, &c.bank),
        own_line(lang, Doc::CardWhoInsurer, Doc::CardWhenInsurer, &c.insurer),
    ];
    let public = vec![
        Line {
            who: t(Doc::CardWhoCardStop),
            reach: CARD_STOP.to_string(),
            when: t(Doc::CardWhenCardStop),
            url: None,
        },
        Line {
            who: t(Doc::CardWhoCcb),
            reach: ccb_report_url(lang).to_string(),
            when: t(Doc::CardWhenCcb),
            url: Some(ccb_report_url(lang).to_string()),
        },
        Line {
            who: t(Doc::CardWhoSafeonweb),
            reach: suspicious_address(lang).to_string(),
            when: t(Doc::CardWhenSafeonweb),
            url: Some(format!("mailto:{}", suspicious_address(lang))),
        },
        Line {
            who: t(Doc::CardWhoGba),
            reach: format!("{} – {GBA_PHONE}", gba_breach_url(lang)),
            when: t(Doc::CardWhenGba),
            url: Some(gba_breach_url(lang).to_string()),
        },
        Line {
            who: t(Doc::CardWhoPolice),
            reach: format!("{POLICE} – {EMERGENCY}"),
            when: t(Doc::CardWhenPolice),
            url: None,
        },
    ];
    let name = if org.name.trim().is_empty() {
        String::new()
    } else {
        org.name.trim().to_string()
    };
    Card {
        lang,
        title: if name.is_empty() {
            t(Doc::CardTitle)
        } else {
            Doc::CardTitleNamed.fill(lang, &[("name", &name)])
        },
        draft: super::draft_line(lang, &request.today),
        steps,
        own,
        public,
        sources: t(Doc::CardSources),
    }
}

/// `text` with the spaces inside a phone number ("0470 12 34 56", "+32 2
/// 274 48 00") made no-break, so a number never breaks across two lines.
fn numbers_together(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let digit_before = i > 0 && chars[i - 1].is_ascii_digit();
            let digit_after = chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if c == ' ' && digit_before && digit_after {
                '\u{a0}'
            } else {
                c
            }
        })
        .collect()
}

/// The card as a complete HTML page that prints on one A4 page (styles
/// inline in the page, no scripts, nothing fetched).
pub fn html(card: &Card) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n",
        card.lang.code(),
        escape(&card.title)
    ));
    out.push_str(
        "<style>\n@page { size: A4; margin: 10mm 12mm; }\n\
         body { font: 9.5pt/1.28 system-ui, sans-serif; color: #111; max-width: 190mm; margin: 0 auto; }\n\
         h1 { font-size: 15pt; margin: 0 0 1.5mm; } h2 { font-size: 11pt; margin: 2.5mm 0 1mm; }\n\
         .draft { font-size: 8.5pt; color: #444; margin: 0 0 2mm; }\n\
         ol { margin: 0; padding-left: 6mm; } li { margin: 0 0 0.8mm; }\n\
         table { width: 100%; border-collapse: collapse; } th, td { text-align: left; vertical-align: top; padding: 0.8mm 1.5mm; border-bottom: 0.3mm solid #999; }\n\
         th { width: 22%; } td.reach { width: 30%; }\n\
         td.reach { font-weight: bold; } td.reach a { word-break: break-all; } .to-complete { background: #fff3bf; }\n\
         .sources { font-size: 8pt; color: #444; margin-top: 2mm; }\n\
         </style>\n</head>\n<body>\n",
    );
    out.push_str(&format!("<h1>{}</h1>\n", escape(&card.title)));
    out.push_str(&format!("<p class=\"draft\">{}</p>\n", escape(&card.draft)));
    out.push_str(&format!(
        "<h2>{}</h2>\n<ol>\n",
        escape(&Doc::CardStepsHeading.get(card.lang))
    ));
    for (h, s) in &card.steps {
        out.push_str(&format!(
            "<li><strong>{}</strong> {}</li>\n",
            escape(h),
            escape(s)
        ));
    }
    out.push_str("</ol>\n");
    let table = |out: &mut String, heading: &str, lines: &[Line]| {
        out.push_str(&format!("<h2>{}</h2>\n<table>\n", escape(heading)));
        for l in lines {
            let reach = match &l.url {
                Some(u) if !u.starts_with("mailto:") && l.reach.starts_with(u.as_str()) => {
                    format!(
                        "{}{}",
                        link(u, u),
                        escape(&numbers_together(&l.reach[u.len()..]))
                    )
                }
                Some(u) => link(u, &l.reach),
                None => escape(&numbers_together(&l.reach)),
            };
            let class = if super::needs_input(&l.reach) {
                " to-complete"
            } else {
                ""
            };
            out.push_str(&format!(
                "<tr><th scope=\"row\">{}</th><td class=\"reach{class}\">{reach}</td><td>{}</td></tr>\n",
                escape(&l.who),
                escape(&l.when)
            ));
        }
        out.push_str("</table>\n");
    };
    table(&mut out, &Doc::CardOwnHeading.get(card.lang), &card.own);
    table(
        &mut out,
        &Doc::CardPublicHeading.get(card.lang),
        &card.public,
    );
    out.push_str(&format!(
        "<p class=\"sources\">{}</p>\n",
        escape(&card.sources)
    ));
    out.push_str("</body>\n</html>\n");
    out
}
