//! GDPR starter documents, filled in from the answers: the record of
//! processing activities (GDPR Art. 30), the data breach register
//! (Art. 33(5)), the log of data subject requests (Art. 12-22), a privacy
//! notice draft (Art. 13-14) and the incident card.
//!
//! This module is the pure part: what the person keeps in the assessment
//! ([`Documents`]), what the documents know from the answers ([`Facts`]), the
//! proposed record ([`record`]), the request deadlines ([`deadline`]), the
//! privacy notice ([`notice`]) and the incident card ([`card`]) as plain
//! models and HTML. The XLSX and DOCX files are written by
//! `checkup::documents` (feature `documents`), in the browser in a module of
//! its own that the app loads only when a document is asked for.
//!
//! Document texts are in `locales/<lang>/documents.ftl` ([`Doc`]); the
//! labels the documents page shows too (column names, "To complete") are
//! interface texts ([`Msg`]).

pub mod card;
pub mod deadline;
pub mod html;
pub mod notice;
pub mod record;

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::assessment::{Answer, Assessment, Extra};
use super::i18n::{Doc, Msg};
use super::lang::Lang;
use super::{Catalog, engine};

pub use record::{ProcessorColumn, ProcessorRow, RecordColumn, RecordRow};

/// The locale file of the document texts (`locales/<lang>/documents.ftl`).
pub const TEXTS_FILE: &str = "documents.ftl";

/// Where the built site keeps a language's document texts (written by
/// `checkup-cli finalize`; fetched only by the documents module).
pub fn texts_path(lang: Lang) -> String {
    format!("locales/documents-{}.ftl", lang.code())
}

/// The documents a CheckUp hands over. Also the value of an action's
/// `document` field in the packs: the plan links such an action to the
/// document that does it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// The record of processing activities (GDPR Art. 30(1)), with the
    /// processor record (Art. 30(2)) for organisations that process data for clients.
    Record,
    /// The internal register of personal data breaches (GDPR Art. 33(5)).
    BreachRegister,
    /// The log of requests from data subjects (GDPR Art. 12-22).
    RequestLog,
    /// The privacy notice draft (GDPR Art. 13-14).
    PrivacyNotice,
    /// The "first hour" incident card.
    IncidentCard,
}

impl DocumentKind {
    /// The five documents, in the order they are offered.
    pub const ALL: [DocumentKind; 5] = [
        DocumentKind::Record,
        DocumentKind::BreachRegister,
        DocumentKind::RequestLog,
        DocumentKind::PrivacyNotice,
        DocumentKind::IncidentCard,
    ];

    /// The id used in addresses and element ids (`record`, `breach_register`...).
    pub const fn code(self) -> &'static str {
        match self {
            DocumentKind::Record => "record",
            DocumentKind::BreachRegister => "breach_register",
            DocumentKind::RequestLog => "request_log",
            DocumentKind::PrivacyNotice => "privacy_notice",
            DocumentKind::IncidentCard => "incident_card",
        }
    }

    /// The document with this code (`record`, `breach_register`...), if any.
    pub fn from_code(code: &str) -> Option<DocumentKind> {
        DocumentKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The document's name, as the documents page and the plan show it.
    pub fn title(self, lang: Lang) -> String {
        match self {
            DocumentKind::Record => Msg::DocRecordTitle,
            DocumentKind::BreachRegister => Msg::DocBreachTitle,
            DocumentKind::RequestLog => Msg::DocRequestsTitle,
            DocumentKind::PrivacyNotice => Msg::DocNoticeTitle,
            DocumentKind::IncidentCard => Msg::DocCardTitle,
        }
        .get(lang)
    }
}

/// A file the documents module writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DocFile {
    /// The record of processing activities as an XLSX workbook (identification,
    /// record, processor record when it applies, instructions).
    RecordXlsx,
    /// The controller's record as CSV.
    RecordCsv,
    /// The processor record (Art. 30(2)) as CSV.
    ProcessorCsv,
    /// The data breach register as XLSX.
    BreachXlsx,
    /// The log of data subject requests as XLSX.
    RequestsXlsx,
    /// The privacy notice as an editable DOCX.
    NoticeDocx,
    /// The privacy notice as an HTML snippet for a website.
    NoticeHtml,
    /// The incident card as a printable HTML page.
    CardHtml,
}

impl DocFile {
    /// Every file, in the order they are offered.
    pub const ALL: [DocFile; 8] = [
        DocFile::RecordXlsx,
        DocFile::RecordCsv,
        DocFile::ProcessorCsv,
        DocFile::BreachXlsx,
        DocFile::RequestsXlsx,
        DocFile::NoticeDocx,
        DocFile::NoticeHtml,
        DocFile::CardHtml,
    ];

    /// The id of the file (as in JSON), e.g. `record_xlsx`.
    pub const fn code(self) -> &'static str {
        match self {
            DocFile::RecordXlsx => "record_xlsx",
            DocFile::RecordCsv => "record_csv",
            DocFile::ProcessorCsv => "processor_csv",
            DocFile::BreachXlsx => "breach_xlsx",
            DocFile::RequestsXlsx => "requests_xlsx",
            DocFile::NoticeDocx => "notice_docx",
            DocFile::NoticeHtml => "notice_html",
            DocFile::CardHtml => "card_html",
        }
    }

    /// The file name for `lang`, e.g. `register-verwerkingsactiviteiten.xlsx`
    /// (an interface text: the page names the file without the documents' texts).
    pub fn file_name(self, lang: Lang) -> String {
        let stem = match self {
            DocFile::RecordXlsx | DocFile::RecordCsv => Msg::DocFileRecord,
            DocFile::ProcessorCsv => Msg::DocFileProcessorRecord,
            DocFile::BreachXlsx => Msg::DocFileBreaches,
            DocFile::RequestsXlsx => Msg::DocFileRequests,
            DocFile::NoticeDocx | DocFile::NoticeHtml => Msg::DocFileNotice,
            DocFile::CardHtml => Msg::DocFileCard,
        }
        .get(lang);
        format!("{stem}.{}", self.extension())
    }

    /// The file name for `lang` with the organisation and the date, e.g.
    /// `register-verwerkingsactiviteiten-bakkerij-peeters-2026-11-30.xlsx`
    /// (`today` as `YYYY-MM-DD`; without a name, only the date is added).
    pub fn file_name_for(self, lang: Lang, facts: &Facts, today: &str) -> String {
        let base = self.file_name(lang);
        let stem = base.trim_end_matches(&format!(".{}", self.extension()));
        let org = facts.org_name();
        let org = if org.is_empty() {
            String::new()
        } else {
            format!("-{}", super::report::slug(&org))
        };
        format!("{stem}{org}-{today}.{}", self.extension())
    }

    /// The file name extension, without the dot: `xlsx`, `csv`, `docx` or `html`.
    pub const fn extension(self) -> &'static str {
        match self {
            DocFile::RecordXlsx | DocFile::BreachXlsx | DocFile::RequestsXlsx => "xlsx",
            DocFile::RecordCsv | DocFile::ProcessorCsv => "csv",
            DocFile::NoticeDocx => "docx",
            DocFile::NoticeHtml | DocFile::CardHtml => "html",
        }
    }

    /// The MIME type of the file.
    pub const fn mime(self) -> &'static str {
        match self {
            DocFile::RecordXlsx | DocFile::BreachXlsx | DocFile::RequestsXlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            DocFile::RecordCsv | DocFile::ProcessorCsv => "text/csv;charset=utf-8",
            DocFile::NoticeDocx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            DocFile::NoticeHtml | DocFile::CardHtml => "text/html;charset=utf-8",
        }
    }

    /// The document the file belongs to.
    pub const fn kind(self) -> DocumentKind {
        match self {
            DocFile::RecordXlsx | DocFile::RecordCsv | DocFile::ProcessorCsv => {
                DocumentKind::Record
            }
            DocFile::BreachXlsx => DocumentKind::BreachRegister,
            DocFile::RequestsXlsx => DocumentKind::RequestLog,
            DocFile::NoticeDocx | DocFile::NoticeHtml => DocumentKind::PrivacyNotice,
            DocFile::CardHtml => DocumentKind::IncidentCard,
        }
    }
}

/// What the person entered for the documents, saved with the assessment.
/// Every field has a default, so files without it (or from older versions)
/// load as "nothing entered yet".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Documents {
    /// How the documents name the organisation and how to reach it (the
    /// identification tab of the GBA/APD model register; the privacy notice).
    #[serde(default, skip_serializing_if = "Organisation::is_empty")]
    pub organisation: Organisation,
    /// The record of processing activities as the person edited it. `None`
    /// until the first change: until then the record proposed from the
    /// answers is shown (and follows the answers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<Vec<RecordRow>>,
    /// The processor record (Art. 30(2)) as edited; `None` until the first change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processor_record: Option<Vec<ProcessorRow>>,
    /// The numbers on the incident card.
    #[serde(default, skip_serializing_if = "Contacts::is_empty")]
    pub contacts: Contacts,
    /// Fields this version does not know, kept as they are.
    #[serde(flatten, default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: Extra,
}

impl Documents {
    /// Whether nothing was entered yet.
    pub fn is_empty(&self) -> bool {
        *self == Documents::default()
    }
}

/// The organisation as the documents name it. Empty fields are "to complete".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Organisation {
    /// Name; empty: the name given in the CheckUp (`profile.org_name`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Enterprise number (KBO/BCE), e.g. `0123.456.789`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub enterprise_number: String,
    /// Postal address.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address: String,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// Phone number.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    /// Website address.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub website: String,
    /// Who handles data protection questions and requests (name, e-mail).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub privacy_contact: String,
    /// The data protection officer (DPO), if one is appointed (name, contact).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dpo: String,
    /// Fields this version does not know, kept as they are.
    #[serde(flatten, default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: Extra,
}

impl Organisation {
    /// Whether nothing was entered.
    pub fn is_empty(&self) -> bool {
        *self == Organisation::default()
    }
}

/// One contact on the incident card.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Contact {
    /// A name (a person or a firm).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// A phone number.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
}

impl Contact {
    /// Whether neither a name nor a number is entered (blanks aside).
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty() && self.phone.trim().is_empty()
    }
}

/// The organisation's own numbers on the incident card.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Contacts {
    /// Who decides during an incident (inside the organisation).
    #[serde(default, skip_serializing_if = "Contact::is_empty")]
    pub decider: Contact,
    /// The IT provider or the person who looks after the computers.
    #[serde(default, skip_serializing_if = "Contact::is_empty")]
    pub it: Contact,
    /// The bank's fraud or blocking line.
    #[serde(default, skip_serializing_if = "Contact::is_empty")]
    pub bank: Contact,
    /// The insurer (cyber insurance, if any).
    #[serde(default, skip_serializing_if = "Contact::is_empty")]
    pub insurer: Contact,
    /// Fields this version does not know, kept as they are.
    #[serde(flatten, default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: Extra,
}

impl Contacts {
    /// Whether no number was entered.
    pub fn is_empty(&self) -> bool {
        *self == Contacts::default()
    }
}

/// What the documents know from the answers: the answers to questions that
/// are visible now (answers kept for hidden questions do not count).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    /// Visible answers by question id.
    pub answers: BTreeMap<String, Answer>,
}

impl Facts {
    /// The visible answers of an assessment, as the engine sees them.
    pub fn new(catalog: &Catalog, assessment: &Assessment) -> Facts {
        let ev = engine::evaluate_assessment(catalog, assessment);
        Facts::from_visible(&assessment.answers, |q| ev.is_visible(q))
    }

    /// The answers for which `visible` holds, and the organisation's name
    /// whenever it is given (the quick CheckUp does not ask it, but the
    /// documents page does).
    pub fn from_visible(
        answers: &BTreeMap<String, Answer>,
        visible: impl Fn(&str) -> bool,
    ) -> Facts {
        Facts {
            answers: crate::domain::order::map_of(
                answers
                    .iter()
                    .filter(|(q, _)| visible(q) || *q == ORG_NAME)
                    .map(|(q, a)| (q.clone(), a.clone())),
            ),
        }
    }

    /// Whether the answer to `question` holds `value`.
    pub fn has(&self, question: &str, value: &str) -> bool {
        self.answers.get(question).is_some_and(|a| a.has(value))
    }

    /// Whether the answer to `question` holds any of `values`.
    pub fn any(&self, question: &str, values: &[&str]) -> bool {
        values.iter().any(|v| self.has(question, v))
    }

    /// The single answer to `question`, if any.
    pub fn one(&self, question: &str) -> Option<&str> {
        self.answers.get(question).and_then(Answer::one)
    }

    /// The organisation's name as given in the CheckUp.
    pub fn org_name(&self) -> String {
        self.one(ORG_NAME).unwrap_or("").trim().to_string()
    }

    /// Whether the organisation processes personal data for clients (or does
    /// not know): then it keeps a processor record (Art. 30(2)).
    pub fn is_processor(&self) -> bool {
        self.any("profile.processor", &["yes", "federal", "dont_know"])
    }
}

/// The question that holds the organisation's name.
pub const ORG_NAME: &str = "profile.org_name";

/// The organisation's details with the CheckUp's name filled in when the
/// person left the name empty.
pub fn organisation(documents: &Documents, facts: &Facts) -> Organisation {
    let mut o = documents.organisation.clone();
    if o.name.trim().is_empty() {
        o.name = facts.org_name();
    }
    o
}

/// A field the person still has to fill in: "To complete: `what`".
pub fn to_complete(lang: Lang, what: &str) -> String {
    Doc::ToComplete.fill(lang, &[("what", what)])
}

/// Whether `text` is a Belgian enterprise number (KBO/BCE/ZDU): ten digits,
/// the first 0 or 1, the last two equal to 97 minus the first eight modulo
/// 97 (the check digits of the numbers the Crossroads Bank for Enterprises
/// gives). Dots, spaces and a leading "BE" are allowed:
/// "0123.456.749" and "BE 0123 456 749" are the same number. An empty
/// text is not a number but not a mistake either: see [`enterprise_number_problem`].
pub fn is_enterprise_number(text: &str) -> bool {
    let t = text.trim();
    let t = t
        .strip_prefix("BE")
        .or_else(|| t.strip_prefix("be"))
        .unwrap_or(t);
    if !t
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ' ')
    {
        return false;
    }
    let digits: Vec<u64> = t
        .chars()
        .filter_map(|c| c.to_digit(10).map(u64::from))
        .collect();
    if digits.len() != 10 || digits[0] > 1 {
        return false;
    }
    let body = digits[..8].iter().fold(0, |n, d| n * 10 + d);
    let check = digits[8] * 10 + digits[9];
    97 - body % 97 == check
}

/// Whether a typed enterprise number is wrong: `true` for text that is not
/// empty and not a valid number (see [`is_enterprise_number`]).
pub fn enterprise_number_problem(text: &str) -> bool {
    !text.trim().is_empty() && !is_enterprise_number(text)
}

/// Whether a typed e-mail address looks mistyped: `true` for text that is
/// not empty and not of the form `name@domain.tld` (one `@`, something
/// before it, a domain of dot-separated parts after it ending in a part of
/// two or more letters, no spaces). A hint against typing errors, not a
/// check that the address exists: `info@bakkerij.be` passes,
/// `info@bakkerij` and `info bakkerij.be` do not.
pub fn email_problem(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() {
        return false;
    }
    let Some((local, domain)) = text.split_once('@') else {
        return true;
    };
    let parts: Vec<&str> = domain.split('.').collect();
    let tld = parts.last().copied().unwrap_or_default();
    local.is_empty()
        || text.chars().any(char::is_whitespace)
        || domain.contains('@')
        || parts.len() < 2
        || parts.iter().any(|p| p.is_empty())
        || tld.chars().count() < 2
        || !tld.chars().all(char::is_alphabetic)
}

/// Whether a cell still asks for input (holds the "To complete" label of any language).
pub fn needs_input(text: &str) -> bool {
    text.trim().is_empty()
        || Lang::ALL
            .iter()
            .any(|l| text.contains(Msg::DocToComplete.get(*l).as_str()))
}

/// "Draft made with the CheckUp on 30 November 2026: check and complete it
/// before you use it." (the line every document starts with).
pub fn draft_line(lang: Lang, today: &str) -> String {
    let date = super::report::long_date(today, lang);
    Doc::DraftLine.fill(lang, &[("date", &date)])
}

/// What the documents module is asked to do (sent to the browser's
/// documents module as JSON, e.g. `{"job": "make", "file": "record_xlsx"}`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "job", rename_all = "snake_case")]
pub enum Job {
    /// The record proposed from the answers, as JSON ([`record::Proposal`]).
    Propose,
    /// A file.
    Make {
        /// The file to write.
        file: DocFile,
    },
}

/// Everything the documents module needs to write a file (sent to the
/// browser's documents module as JSON; read from an exported assessment by
/// the command line).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The language of the documents.
    pub lang: Lang,
    /// Today, `YYYY-MM-DD` (the date on the documents and of the example rows).
    pub today: String,
    /// The answers the documents are drawn from.
    pub facts: Facts,
    /// What the person entered for the documents.
    pub documents: Documents,
}

impl Request {
    /// The record as it stands: the person's, or the one proposed from the answers.
    pub fn record(&self) -> Vec<RecordRow> {
        self.documents
            .record
            .clone()
            .unwrap_or_else(|| record::propose(&self.facts, self.lang).record)
    }

    /// The processor record as it stands (empty when it does not apply and
    /// the person added nothing).
    pub fn processor_record(&self) -> Vec<ProcessorRow> {
        self.documents
            .processor_record
            .clone()
            .unwrap_or_else(|| record::propose(&self.facts, self.lang).processor_record)
    }

    /// The organisation, with the CheckUp's name when none was entered.
    pub fn organisation(&self) -> Organisation {
        organisation(&self.documents, &self.facts)
    }

    /// The organisation's identification, as the GBA/APD model register's
    /// first tab gives it: the name and contact details of the controller
    /// (Art. 30(1)(a) GDPR), or of the processor in the processor record
    /// (Art. 30(2)(a)), and of the data protection officer where there is
    /// one. One `(label, value, to_complete)` per field, in the register's
    /// order: an empty field's value is "To complete: <label>".
    pub fn identification(&self) -> Vec<(String, String, bool)> {
        let o = self.organisation();
        [
            (Msg::DocOrgName, &o.name),
            (Msg::DocOrgEnterprise, &o.enterprise_number),
            (Msg::DocOrgAddress, &o.address),
            (Msg::DocOrgEmail, &o.email),
            (Msg::DocOrgPhone, &o.phone),
            (Msg::DocOrgWebsite, &o.website),
            (Msg::DocOrgPrivacyContact, &o.privacy_contact),
            (Msg::DocOrgDpo, &o.dpo),
        ]
        .into_iter()
        .map(|(label, value)| {
            let label = label.get(self.lang);
            match value.trim() {
                "" => {
                    let todo = to_complete(self.lang, &label);
                    (label, todo, true)
                }
                v => (label, v.to_string(), false),
            }
        })
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mistyped_e_mail_addresses_are_told() {
        for ok in [
            "",
            "  ",
            "info@bakkerij.be",
            " Jan.Peeters@mail.example.com ",
            "é@café.be",
        ] {
            assert!(!email_problem(ok), "{ok}");
        }
        for bad in [
            "info@bakkerij",
            "info bakkerij.be",
            "@bakkerij.be",
            "info@bakkerij..be",
            "info@.be",
            "info@bakkerij.b",
            "info@bakkerij.be3",
            "a@b@c.be",
            "info @bakkerij.be",
        ] {
            assert!(email_problem(bad), "{bad}");
        }
    }

    #[test]
    fn enterprise_numbers_are_checked_on_their_check_digits() {
        // 01234567 mod 97 = 48: the check is 97 - 48 = 49.
        for ok in [
            "0123.456.749",
            "0123456749",
            "BE 0123 456 749",
            "BE0123456749",
        ] {
            assert!(is_enterprise_number(ok), "{ok}");
            assert!(!enterprise_number_problem(ok), "{ok}");
        }
        for wrong in [
            "123",
            "0123.456.748",
            "2123.456.749",
            "0123.456.7490",
            "0123-456-749",
        ] {
            assert!(enterprise_number_problem(wrong), "{wrong}");
        }
        assert!(!enterprise_number_problem(""));
        assert!(!enterprise_number_problem("  "));
    }

    #[test]
    fn the_to_complete_mark_is_found_in_every_language() {
        for lang in Lang::ALL {
            let cell = to_complete(lang, "x");
            assert!(
                cell.starts_with(&Msg::DocToComplete.get(lang)),
                "{lang}: {cell}"
            );
            assert!(needs_input(&cell), "{lang}");
        }
        assert!(needs_input("  "));
        assert!(!needs_input("Art. 6(1)(b) GDPR"));
    }

    #[test]
    fn document_kinds_read_back_from_their_codes() {
        for k in DocumentKind::ALL {
            assert_eq!(DocumentKind::from_code(k.code()), Some(k));
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.code()));
        }
    }

    #[test]
    fn file_codes_are_the_json_names() {
        for f in DocFile::ALL {
            assert_eq!(serde_json::to_value(f).unwrap(), f.code());
        }
    }

    #[test]
    fn a_saved_document_names_the_organisation_and_the_day() {
        let facts = Facts {
            answers: [(
                ORG_NAME.to_string(),
                Answer::One("Bakkerij Peeters & Zonen".into()),
            )]
            .into(),
        };
        assert_eq!(
            DocFile::RecordXlsx.file_name_for(Lang::Nl, &facts, "2026-11-30"),
            "register-verwerkingsactiviteiten-bakkerij-peeters-zonen-2026-11-30.xlsx"
        );
        assert_eq!(
            DocFile::CardHtml.file_name_for(Lang::En, &Facts::default(), "2026-11-30"),
            format!(
                "{}-2026-11-30.html",
                DocFile::CardHtml
                    .file_name(Lang::En)
                    .trim_end_matches(".html")
            )
        );
    }

    #[test]
    fn file_names_are_plain_and_differ_per_file() {
        for lang in Lang::ALL {
            let names: std::collections::BTreeSet<String> =
                DocFile::ALL.iter().map(|f| f.file_name(lang)).collect();
            assert_eq!(names.len(), DocFile::ALL.len(), "{lang}: {names:?}");
            for n in &names {
                assert!(
                    n.chars().all(|c| c.is_ascii_lowercase()
                        || c.is_ascii_digit()
                        || c == '-'
                        || c == '.'),
                    "{lang}: {n}"
                );
            }
        }
    }

    #[test]
    fn old_files_without_documents_load_as_nothing_entered() {
        let d: Documents = serde_json::from_str("{}").unwrap();
        assert!(d.is_empty());
        let d: Documents =
            serde_json::from_str(r#"{"organisation": {"name": "X", "fax": "1"}, "future": true}"#)
                .unwrap();
        assert_eq!(d.organisation.name, "X");
        assert!(d.extra.contains_key("future") && d.organisation.extra.contains_key("fax"));
        let back = serde_json::to_value(&d).unwrap();
        assert_eq!(back["future"], true);
        assert_eq!(back["organisation"]["fax"], "1");
    }
}
