//! The record of processing activities (GDPR Art. 30) proposed from the
//! answers: one row per processing activity the profile reveals (customers
//! and invoicing, suppliers, staff and payroll, job applicants, cameras,
//! direct marketing, the website's contact form and statistics, patients and
//! sensitive data, staff monitoring...), and the processor record of
//! Art. 30(2) for organisations that process personal data for clients.
//!
//! The columns follow the model register of the Belgian Data Protection
//! Authority (GBA/APD, "Model voor een register van de verwerkingsactiviteiten"):
//! the processing, its purposes and legal basis, the categories of personal
//! data and of data subjects, the retention periods, the recipients, the
//! processors, the transfers outside the EEA and the security measures. The
//! columns the GDPR itself requires (Art. 30(1)(b) to (g)) are the ones the
//! model marks in red; the legal basis and the processors are extra columns
//! of the model that the privacy notice needs.
//!
//! What the answers cannot tell is written "To complete: ..." with what to
//! fill in. Retention periods and legal bases are pre-filled only where a
//! Belgian or EU text sets them (the source is named in the cell).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::super::assessment::Extra;
use super::super::i18n::{Doc, Msg};
use super::super::lang::Lang;
use super::{Facts, to_complete};

/// The kind of a row the person added (not proposed from the answers).
pub const OWN: &str = "own";

fn own() -> String {
    OWN.to_string()
}

/// One processing activity of the record (Art. 30(1)). Texts are free: the
/// person edits them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RecordRow {
    /// Which proposal the row came from (`customers`, `staff`, `cameras`...),
    /// or `own` for a row the person added.
    #[serde(default = "own")]
    pub kind: String,
    /// The processing activity, e.g. "Customer administration and invoicing".
    #[serde(default)]
    pub name: String,
    /// Art. 30(1)(b).
    #[serde(default)]
    pub purposes: String,
    /// Art. 6, 9 and 10 (a column of the GBA/APD model).
    #[serde(default)]
    pub legal_basis: String,
    /// Art. 30(1)(c): categories of personal data.
    #[serde(default)]
    pub data: String,
    /// Art. 30(1)(c): categories of data subjects.
    #[serde(default)]
    pub data_subjects: String,
    /// Art. 30(1)(f): time limits for erasure.
    #[serde(default)]
    pub retention: String,
    /// Art. 30(1)(d): categories of recipients.
    #[serde(default)]
    pub recipients: String,
    /// Art. 28: the processors (a column of the GBA/APD model).
    #[serde(default)]
    pub processors: String,
    /// Art. 30(1)(e): transfers outside the EEA and their safeguards.
    #[serde(default)]
    pub transfers: String,
    /// Art. 30(1)(g) and 32(1): technical and organisational security measures.
    #[serde(default)]
    pub security: String,
    /// Fields this version does not know, kept as they are.
    #[serde(flatten, default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: Extra,
}

impl RecordRow {
    /// A new, empty row the person adds.
    pub fn own() -> RecordRow {
        RecordRow {
            kind: own(),
            ..RecordRow::default()
        }
    }
}

/// A column of the record, in the order of the GBA/APD model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordColumn {
    /// The processing activity.
    Name,
    /// The purposes (Art. 30(1)(b) GDPR).
    Purposes,
    /// The legal basis (Art. 6, 9 and 10 GDPR).
    LegalBasis,
    /// The categories of personal data (Art. 30(1)(c) GDPR).
    Data,
    /// The categories of data subjects (Art. 30(1)(c) GDPR).
    DataSubjects,
    /// The time limits for erasure (Art. 30(1)(f) GDPR).
    Retention,
    /// The categories of recipients (Art. 30(1)(d) GDPR).
    Recipients,
    /// The processors (Art. 28 GDPR).
    Processors,
    /// Transfers outside the EEA and their safeguards (Art. 30(1)(e) GDPR).
    Transfers,
    /// Technical and organisational security measures (Art. 30(1)(g) and 32(1) GDPR).
    Security,
}

impl RecordColumn {
    /// Every column, in the model's order.
    pub const ALL: [RecordColumn; 10] = [
        RecordColumn::Name,
        RecordColumn::Purposes,
        RecordColumn::LegalBasis,
        RecordColumn::Data,
        RecordColumn::DataSubjects,
        RecordColumn::Retention,
        RecordColumn::Recipients,
        RecordColumn::Processors,
        RecordColumn::Transfers,
        RecordColumn::Security,
    ];

    /// The field name in the assessment file (`purposes`, `legal_basis`...).
    pub const fn code(self) -> &'static str {
        match self {
            RecordColumn::Name => "name",
            RecordColumn::Purposes => "purposes",
            RecordColumn::LegalBasis => "legal_basis",
            RecordColumn::Data => "data",
            RecordColumn::DataSubjects => "data_subjects",
            RecordColumn::Retention => "retention",
            RecordColumn::Recipients => "recipients",
            RecordColumn::Processors => "processors",
            RecordColumn::Transfers => "transfers",
            RecordColumn::Security => "security",
        }
    }

    /// The column's heading.
    pub fn label(self, lang: Lang) -> String {
        match self {
            RecordColumn::Name => Msg::DocColName,
            RecordColumn::Purposes => Msg::DocColPurposes,
            RecordColumn::LegalBasis => Msg::DocColLegalBasis,
            RecordColumn::Data => Msg::DocColData,
            RecordColumn::DataSubjects => Msg::DocColSubjects,
            RecordColumn::Retention => Msg::DocColRetention,
            RecordColumn::Recipients => Msg::DocColRecipients,
            RecordColumn::Processors => Msg::DocColProcessors,
            RecordColumn::Transfers => Msg::DocColTransfers,
            RecordColumn::Security => Msg::DocColSecurity,
        }
        .get(lang)
    }

    /// The legal source of the column, e.g. "Art. 30(1)(b) GDPR".
    pub fn source(self, lang: Lang) -> String {
        match self {
            RecordColumn::Name => Msg::DocSrcName,
            RecordColumn::Purposes => Msg::DocSrcPurposes,
            RecordColumn::LegalBasis => Msg::DocSrcLegalBasis,
            RecordColumn::Data | RecordColumn::DataSubjects => Msg::DocSrcData,
            RecordColumn::Retention => Msg::DocSrcRetention,
            RecordColumn::Recipients => Msg::DocSrcRecipients,
            RecordColumn::Processors => Msg::DocSrcProcessors,
            RecordColumn::Transfers => Msg::DocSrcTransfers,
            RecordColumn::Security => Msg::DocSrcSecurity,
        }
        .get(lang)
    }

    /// Whether the GDPR itself requires the column (Art. 30(1)); the GBA/APD
    /// model marks these in red.
    pub const fn required(self) -> bool {
        !matches!(
            self,
            RecordColumn::Name | RecordColumn::LegalBasis | RecordColumn::Processors
        )
    }

    /// The column's text in `row`.
    pub fn get(self, row: &RecordRow) -> &str {
        match self {
            RecordColumn::Name => &row.name,
            RecordColumn::Purposes => &row.purposes,
            RecordColumn::LegalBasis => &row.legal_basis,
            RecordColumn::Data => &row.data,
            RecordColumn::DataSubjects => &row.data_subjects,
            RecordColumn::Retention => &row.retention,
            RecordColumn::Recipients => &row.recipients,
            RecordColumn::Processors => &row.processors,
            RecordColumn::Transfers => &row.transfers,
            RecordColumn::Security => &row.security,
        }
    }

    /// Sets the column's text in `row` to `value`.
    pub fn set(self, row: &mut RecordRow, value: String) {
        *match self {
            RecordColumn::Name => &mut row.name,
            RecordColumn::Purposes => &mut row.purposes,
            RecordColumn::LegalBasis => &mut row.legal_basis,
            RecordColumn::Data => &mut row.data,
            RecordColumn::DataSubjects => &mut row.data_subjects,
            RecordColumn::Retention => &mut row.retention,
            RecordColumn::Recipients => &mut row.recipients,
            RecordColumn::Processors => &mut row.processors,
            RecordColumn::Transfers => &mut row.transfers,
            RecordColumn::Security => &mut row.security,
        } = value;
    }
}

/// One category of processing done for clients (the processor record, Art. 30(2)).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ProcessorRow {
    /// Which proposal the row came from (`services`), or `own`.
    #[serde(default = "own")]
    pub kind: String,
    /// Art. 30(2)(a): the client (controller) for whom the processing is
    /// done, with contact details.
    #[serde(default)]
    pub controller: String,
    /// Art. 30(2)(b): the categories of processing carried out for the client.
    #[serde(default)]
    pub processing: String,
    /// Art. 28(2) and (4): the sub-processors engaged.
    #[serde(default)]
    pub sub_processors: String,
    /// Art. 30(2)(c): transfers outside the EEA and their safeguards.
    #[serde(default)]
    pub transfers: String,
    /// Art. 30(2)(d): technical and organisational security measures.
    #[serde(default)]
    pub security: String,
    /// Fields this version does not know, kept as they are.
    #[serde(flatten, default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: Extra,
}

impl ProcessorRow {
    /// A new, empty row the person adds.
    pub fn own() -> ProcessorRow {
        ProcessorRow {
            kind: own(),
            ..ProcessorRow::default()
        }
    }
}

/// A column of the processor record (Art. 30(2)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProcessorColumn {
    /// The client (controller) for whom the processing is done (Art. 30(2)(a) GDPR).
    Controller,
    /// The categories of processing carried out for the client (Art. 30(2)(b) GDPR).
    Processing,
    /// The sub-processors engaged (Art. 28(2) and (4) GDPR).
    SubProcessors,
    /// Transfers outside the EEA and their safeguards (Art. 30(2)(c) GDPR).
    Transfers,
    /// Technical and organisational security measures (Art. 30(2)(d) GDPR).
    Security,
}

impl ProcessorColumn {
    /// Every column, in the model's order.
    pub const ALL: [ProcessorColumn; 5] = [
        ProcessorColumn::Controller,
        ProcessorColumn::Processing,
        ProcessorColumn::SubProcessors,
        ProcessorColumn::Transfers,
        ProcessorColumn::Security,
    ];

    /// The field name in the assessment file (`controller`, `sub_processors`...).
    pub const fn code(self) -> &'static str {
        match self {
            ProcessorColumn::Controller => "controller",
            ProcessorColumn::Processing => "processing",
            ProcessorColumn::SubProcessors => "sub_processors",
            ProcessorColumn::Transfers => "transfers",
            ProcessorColumn::Security => "security",
        }
    }

    /// The column's heading.
    pub fn label(self, lang: Lang) -> String {
        match self {
            ProcessorColumn::Controller => Msg::DocColController,
            ProcessorColumn::Processing => Msg::DocColProcessing,
            ProcessorColumn::SubProcessors => Msg::DocColSubProcessors,
            ProcessorColumn::Transfers => Msg::DocColTransfers,
            ProcessorColumn::Security => Msg::DocColSecurity,
        }
        .get(lang)
    }

    /// The legal source of the column, e.g. "Art. 30(2)(b) GDPR".
    pub fn source(self, lang: Lang) -> String {
        match self {
            ProcessorColumn::Controller => Msg::DocSrcController,
            ProcessorColumn::Processing => Msg::DocSrcProcessing,
            ProcessorColumn::SubProcessors => Msg::DocSrcSubProcessors,
            ProcessorColumn::Transfers => Msg::DocSrcProcessorTransfers,
            ProcessorColumn::Security => Msg::DocSrcProcessorSecurity,
        }
        .get(lang)
    }

    /// The column's text in `row`.
    pub fn get(self, row: &ProcessorRow) -> &str {
        match self {
            ProcessorColumn::Controller => &row.controller,
            ProcessorColumn::Processing => &row.processing,
            ProcessorColumn::SubProcessors => &row.sub_processors,
            ProcessorColumn::Transfers => &row.transfers,
            ProcessorColumn::Security => &row.security,
        }
    }

    /// Sets the column's text in `row` to `value`.
    pub fn set(self, row: &mut ProcessorRow, value: String) {
        *match self {
            ProcessorColumn::Controller => &mut row.controller,
            ProcessorColumn::Processing => &mut row.processing,
            ProcessorColumn::SubProcessors => &mut row.sub_processors,
            ProcessorColumn::Transfers => &mut row.transfers,
            ProcessorColumn::Security => &mut row.security,
        } = value;
    }
}

/// The record proposed from the answers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    /// The controller's record (Art. 30(1) GDPR), one row per processing activity.
    pub record: Vec<RecordRow>,
    /// The processor record (Art. 30(2)); empty unless the organisation
    /// processes data for clients (or does not know).
    pub processor_record: Vec<ProcessorRow>,
}

/// Security measures the CheckUp can vouch for: a question answered at full
/// score ("yes") and the words for it in the record.
const MEASURES: &[(&str, Doc)] = &[
    ("sec.accounts.personal", Doc::MeasurePersonalAccounts),
    ("sec.accounts.mfa_email", Doc::MeasureMfaEmail),
    ("sec.accounts.mfa_remote", Doc::MeasureMfaRemote),
    ("sec.accounts.need_to_know", Doc::MeasureNeedToKnow),
    ("sec.accounts.no_admin", Doc::MeasureNoAdmin),
    ("sec.devices.updates", Doc::MeasureUpdates),
    ("sec.devices.antimalware", Doc::MeasureAntimalware),
    ("sec.devices.encryption", Doc::MeasureEncryption),
    ("sec.devices.screen_lock", Doc::MeasureScreenLock),
    ("sec.devices.disposal", Doc::MeasureDisposal),
    ("sec.backup.regular", Doc::MeasureBackup),
    ("sec.backup.offline", Doc::MeasureBackupOffline),
    ("sec.network.firewall", Doc::MeasureFirewall),
    ("sec.mail.awareness", Doc::MeasureAwareness),
    ("sec.incidents.logs", Doc::MeasureLogs),
    ("gdpr.security.paper-files", Doc::MeasurePaper),
];

/// The security measures in place according to the answers, as one cell.
pub fn security(facts: &Facts, lang: Lang) -> String {
    let known: Vec<String> = MEASURES
        .iter()
        .filter(|(q, _)| facts.has(q, "yes"))
        .map(|(_, d)| d.get(lang))
        .collect();
    if known.is_empty() {
        to_complete(lang, &Doc::SecurityHint.get(lang))
    } else {
        Doc::SecurityKnown.fill(
            lang,
            &[
                ("measures", &known.join("; ")),
                ("more", &to_complete(lang, &Doc::SecurityMore.get(lang))),
            ],
        )
    }
}

/// The general services that handle personal data for the organisation,
/// from the answers (mail platform, IT provider, online services).
fn general_processors(facts: &Facts, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    match facts.one("profile.mail_platform") {
        Some("m365") => out.push(Doc::ProcessorM365.get(lang)),
        Some("google") => out.push(Doc::ProcessorGoogle.get(lang)),
        Some("other") => out.push(Doc::ProcessorMailOther.get(lang)),
        _ => {}
    }
    if facts.any("profile.it_support", &["external", "both"]) {
        out.push(Doc::ProcessorIt.get(lang));
    }
    if facts.has("profile.cloud", "yes") {
        out.push(to_complete(lang, &Doc::ProcessorCloud.get(lang)));
    }
    out
}

/// The website's host or builder, from the answers.
fn web_processor(facts: &Facts, lang: Lang) -> Option<String> {
    Some(
        match facts.one("profile.web_platform")? {
            "site_builder" => Doc::ProcessorSiteBuilder,
            "cms" => Doc::ProcessorCms,
            "shop_platform" => Doc::ProcessorShop,
            "agency" => Doc::ProcessorAgency,
            _ => return None,
        }
        .get(lang),
    )
}

/// The processors cell: the services from the answers plus `extra` ones
/// (proposal-specific), with a "to complete" for the rest.
fn processors(base: &[String], extra: &[String], lang: Lang, hint: Doc) -> String {
    let mut all: Vec<String> = base.to_vec();
    all.extend(extra.iter().cloned());
    all.push(to_complete(lang, &hint.get(lang)));
    all.join("; ")
}

/// The transfers cell: what the answers say about services outside the EEA.
pub fn transfers(facts: &Facts, lang: Lang) -> String {
    if facts.has("gdpr.transfers.safeguards", "not_applicable") {
        return Doc::TransfersNone.get(lang);
    }
    let platform = match facts.one("profile.mail_platform") {
        Some("m365") => Some("Microsoft"),
        Some("google") => Some("Google"),
        _ => None,
    };
    let hint = match platform {
        Some(p) => Doc::TransfersPlatform.fill(lang, &[("platform", p)]),
        None => Doc::TransfersCheck.get(lang),
    };
    to_complete(lang, &hint)
}

/// One proposed row, from its texts.
struct Texts {
    kind: &'static str,
    name: Doc,
    purposes: String,
    basis: String,
    data: String,
    subjects: String,
    retention: String,
    recipients: String,
    processors: String,
}

/// French typography: a no-break space before every semicolon that joins
/// the parts of a cell (the French texts carry it already; the joins here
/// add a plain "; ").
fn french_semicolons(lang: Lang, cell: String) -> String {
    if lang == Lang::Fr {
        cell.replace("\u{a0}; ", "; ").replace("; ", "\u{a0}; ")
    } else {
        cell
    }
}

fn row(t: Texts, facts: &Facts, lang: Lang) -> RecordRow {
    let fr = |cell: String| french_semicolons(lang, cell);
    RecordRow {
        kind: t.kind.to_string(),
        name: t.name.get(lang),
        purposes: fr(t.purposes),
        legal_basis: fr(t.basis),
        data: fr(t.data),
        data_subjects: fr(t.subjects),
        retention: fr(t.retention),
        recipients: fr(t.recipients),
        processors: fr(t.processors),
        transfers: fr(transfers(facts, lang)),
        security: fr(security(facts, lang)),
        extra: Extra::new(),
    }
}

/// Joins the texts that apply with "; ".
fn join(parts: &[(bool, String)]) -> String {
    parts
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The record proposed from the answers, in `lang`.
pub fn propose(facts: &Facts, lang: Lang) -> Proposal {
    let t = |d: Doc| d.get(lang);
    let todo = |d: Doc| to_complete(lang, &d.get(lang));
    let base = general_processors(facts, lang);
    let web = web_processor(facts, lang);
    let subjects = |v: &str| facts.has("profile.data_subjects", v);
    let customers = subjects("customers");
    let contacts = subjects("contacts");
    let employees = subjects("employees");
    let webshop = facts.has("profile.website", "webshop");
    let website = facts.any("profile.website", &["site", "webshop"]);
    let health = facts.has("profile.special_data", "health");
    let care = facts.has("profile.sector", "care");
    let mut record = Vec::new();

    if customers || contacts {
        let shop: Vec<String> = if webshop {
            web.iter().cloned().collect()
        } else {
            vec![]
        };
        record.push(row(
            Texts {
                kind: "customers",
                name: Doc::RowCustomersName,
                purposes: t(Doc::RowCustomersPurposes),
                basis: join(&[
                    (true, t(Doc::RowCustomersBasis)),
                    (contacts, t(Doc::RowCustomersBasisContacts)),
                ]),
                data: join(&[
                    (true, t(Doc::RowCustomersData)),
                    (webshop, t(Doc::RowCustomersDataShop)),
                ]),
                subjects: join(&[
                    (customers, t(Doc::SubjectsCustomers)),
                    (contacts, t(Doc::SubjectsCustomerContacts)),
                ]),
                retention: format!(
                    "{} {}",
                    t(Doc::RetentionAccounting),
                    todo(Doc::RetentionCustomersOther)
                ),
                recipients: format!(
                    "{}; {}",
                    t(Doc::RecipientsCustomers),
                    todo(Doc::RecipientsCustomersMore)
                ),
                processors: processors(&base, &shop, lang, Doc::ProcessorsInvoicing),
            },
            facts,
            lang,
        ));
    }
    if contacts {
        record.push(row(
            Texts {
                kind: "suppliers",
                name: Doc::RowSuppliersName,
                purposes: t(Doc::RowSuppliersPurposes),
                basis: t(Doc::RowSuppliersBasis),
                data: t(Doc::RowSuppliersData),
                subjects: t(Doc::SubjectsSupplierContacts),
                retention: format!(
                    "{} {}",
                    t(Doc::RetentionAccounting),
                    todo(Doc::RetentionContactsOther)
                ),
                recipients: t(Doc::RecipientsSuppliers),
                processors: processors(&base, &[], lang, Doc::ProcessorsOther),
            },
            facts,
            lang,
        ));
    }
    if employees {
        record.push(row(
            Texts {
                kind: "staff",
                name: Doc::RowStaffName,
                purposes: t(Doc::RowStaffPurposes),
                basis: join(&[
                    (true, t(Doc::RowStaffBasis)),
                    (health, t(Doc::RowStaffBasisHealth)),
                ]),
                data: join(&[
                    (true, t(Doc::RowStaffData)),
                    (health, t(Doc::RowStaffDataHealth)),
                ]),
                subjects: t(Doc::SubjectsStaff),
                retention: format!(
                    "{} {}",
                    t(Doc::RetentionSocial),
                    todo(Doc::RetentionStaffOther)
                ),
                recipients: t(Doc::RecipientsStaff),
                processors: processors(
                    &base,
                    &[t(Doc::ProcessorSocialSecretariat)],
                    lang,
                    Doc::ProcessorsOther,
                ),
            },
            facts,
            lang,
        ));
        record.push(row(
            Texts {
                kind: "applicants",
                name: Doc::RowApplicantsName,
                purposes: t(Doc::RowApplicantsPurposes),
                basis: t(Doc::RowApplicantsBasis),
                data: t(Doc::RowApplicantsData),
                subjects: t(Doc::SubjectsApplicants),
                retention: todo(Doc::RetentionApplicants),
                recipients: todo(Doc::RecipientsApplicants),
                processors: processors(&base, &[], lang, Doc::ProcessorsRecruitment),
            },
            facts,
            lang,
        ));
    }
    if subjects("patients") {
        let (name, purposes, basis, retention) = if care {
            (
                Doc::RowPatientsName,
                t(Doc::RowPatientsPurposes),
                t(Doc::RowPatientsBasis),
                t(Doc::RetentionPatients),
            )
        } else {
            (
                Doc::RowClientsName,
                t(Doc::RowClientsPurposes),
                todo(Doc::RowClientsBasis),
                todo(Doc::RetentionClients),
            )
        };
        record.push(row(
            Texts {
                kind: if care { "patients" } else { "care_clients" },
                name,
                purposes,
                basis,
                data: t(Doc::RowPatientsData),
                subjects: t(Doc::SubjectsPatients),
                retention,
                recipients: todo(Doc::RecipientsPatients),
                processors: processors(&base, &[], lang, Doc::ProcessorsCareSoftware),
            },
            facts,
            lang,
        ));
    }
    if subjects("children") {
        record.push(row(
            Texts {
                kind: "children",
                name: Doc::RowChildrenName,
                purposes: t(Doc::RowChildrenPurposes),
                basis: todo(Doc::RowChildrenBasis),
                data: t(Doc::RowChildrenData),
                subjects: t(Doc::SubjectsChildren),
                retention: todo(Doc::RetentionChoose),
                recipients: todo(Doc::RecipientsChoose),
                processors: processors(&base, &[], lang, Doc::ProcessorsOther),
            },
            facts,
            lang,
        ));
    }
    if facts.has("profile.cameras", "yes") {
        record.push(row(
            Texts {
                kind: "cameras",
                name: Doc::RowCamerasName,
                purposes: t(Doc::RowCamerasPurposes),
                basis: join(&[
                    (true, t(Doc::RowCamerasBasis)),
                    (employees, t(Doc::RowCamerasBasisStaff)),
                ]),
                data: t(Doc::RowCamerasData),
                subjects: join(&[
                    (true, t(Doc::SubjectsCameras)),
                    (employees, t(Doc::SubjectsStaff)),
                ]),
                retention: t(Doc::RetentionCameras),
                recipients: t(Doc::RecipientsCameras),
                processors: processors(&[], &[], lang, Doc::ProcessorsCameras),
            },
            facts,
            lang,
        ));
    }
    let channels = |c: &str| facts.has("profile.marketing_channels", c);
    let (email, phone, post) = (channels("email"), channels("phone"), channels("post"));
    if email || phone || post {
        record.push(row(
            Texts {
                kind: "marketing",
                name: Doc::RowMarketingName,
                // Only the channels the person uses (profile.marketing_channels).
                purposes: [
                    (email, Doc::RowMarketingPurposesEmail),
                    (phone, Doc::RowMarketingPurposesPhone),
                    (post, Doc::RowMarketingPurposesPost),
                ]
                .into_iter()
                .filter(|(on, _)| *on)
                .map(|(_, d)| t(d))
                .collect::<Vec<_>>()
                .join(" "),
                basis: join(&[
                    (email, t(Doc::RowMarketingBasisEmail)),
                    (phone || post, t(Doc::RowMarketingBasisPhonePost)),
                ]),
                data: t(Doc::RowMarketingData),
                subjects: join(&[
                    (customers, t(Doc::SubjectsCustomers)),
                    (contacts, t(Doc::SubjectsCustomerContacts)),
                ]),
                retention: todo(Doc::RetentionMarketing),
                recipients: t(Doc::RecipientsNone),
                processors: processors(&base, &[], lang, Doc::ProcessorsMarketing),
            },
            facts,
            lang,
        ));
    }
    if website {
        let host: Vec<String> = web.iter().cloned().collect();
        record.push(row(
            Texts {
                kind: "website_contact",
                name: Doc::RowWebContactName,
                purposes: t(Doc::RowWebContactPurposes),
                basis: t(Doc::RowWebContactBasis),
                data: t(Doc::RowWebContactData),
                subjects: t(Doc::SubjectsWebsite),
                retention: todo(Doc::RetentionWebContact),
                recipients: t(Doc::RecipientsNone),
                processors: processors(&base, &host, lang, Doc::ProcessorsOther),
            },
            facts,
            lang,
        ));
        record.push(row(
            Texts {
                kind: "website_statistics",
                name: Doc::RowCookiesName,
                purposes: t(Doc::RowCookiesPurposes),
                basis: t(Doc::RowCookiesBasis),
                data: t(Doc::RowCookiesData),
                subjects: t(Doc::SubjectsWebsite),
                retention: todo(Doc::RetentionCookies),
                recipients: todo(Doc::RecipientsCookies),
                processors: processors(&[], &host, lang, Doc::ProcessorsStatistics),
            },
            facts,
            lang,
        ));
    }
    let publishing = |v: &str| facts.has("profile.publishing", v);
    if publishing("social_page") {
        record.push(row(
            Texts {
                kind: "social_page",
                name: Doc::RowSocialName,
                purposes: t(Doc::RowSocialPurposes),
                basis: t(Doc::RowSocialBasis),
                data: t(Doc::RowSocialData),
                subjects: t(Doc::SubjectsSocial),
                retention: todo(Doc::RetentionChoose),
                recipients: t(Doc::RecipientsSocial),
                processors: t(Doc::ProcessorsJoint),
            },
            facts,
            lang,
        ));
    }
    if publishing("photos") {
        record.push(row(
            Texts {
                kind: "photos",
                name: Doc::RowPhotosName,
                purposes: t(Doc::RowPhotosPurposes),
                basis: t(Doc::RowPhotosBasis),
                data: t(Doc::RowPhotosData),
                subjects: todo(Doc::SubjectsPhotos),
                retention: todo(Doc::RetentionPhotos),
                recipients: t(Doc::RecipientsPublic),
                processors: processors(
                    &[],
                    &web.iter().cloned().collect::<Vec<_>>(),
                    lang,
                    Doc::ProcessorsOther,
                ),
            },
            facts,
            lang,
        ));
    }
    let monitoring = |v: &str| facts.has("profile.monitoring", v);
    let monitored: [(&str, bool, Doc, Doc, Doc, Doc); 3] = [
        (
            "email_monitoring",
            monitoring("email_internet"),
            Doc::RowEmailCheckName,
            Doc::RowEmailCheckPurposes,
            Doc::RowEmailCheckBasis,
            Doc::RowEmailCheckData,
        ),
        (
            "location_tracking",
            monitoring("gps"),
            Doc::RowGpsName,
            Doc::RowGpsPurposes,
            Doc::RowGpsBasis,
            Doc::RowGpsData,
        ),
        (
            "badges",
            monitoring("badges"),
            Doc::RowBadgesName,
            Doc::RowBadgesPurposes,
            Doc::RowBadgesBasis,
            Doc::RowBadgesData,
        ),
    ];
    for (kind, on, name, purposes, basis, data) in monitored {
        if on {
            record.push(row(
                Texts {
                    kind,
                    name,
                    purposes: t(purposes),
                    basis: t(basis),
                    data: t(data),
                    subjects: t(Doc::SubjectsStaff),
                    retention: todo(Doc::RetentionChoose),
                    recipients: t(Doc::RecipientsNone),
                    processors: processors(&base, &[], lang, Doc::ProcessorsOther),
                },
                facts,
                lang,
            ));
        }
    }
    let special = |v: &str| facts.has("profile.special_data", v);
    if special("biometric") {
        record.push(row(
            Texts {
                kind: "biometrics",
                name: Doc::RowBiometricName,
                purposes: t(Doc::RowBiometricPurposes),
                basis: t(Doc::RowBiometricBasis),
                data: t(Doc::RowBiometricData),
                subjects: t(Doc::SubjectsStaff),
                retention: todo(Doc::RetentionChoose),
                recipients: t(Doc::RecipientsNone),
                processors: processors(&[], &[], lang, Doc::ProcessorsOther),
            },
            facts,
            lang,
        ));
    }
    if special("criminal") {
        record.push(row(
            Texts {
                kind: "criminal_records",
                name: Doc::RowCriminalName,
                purposes: t(Doc::RowCriminalPurposes),
                basis: t(Doc::RowCriminalBasis),
                data: t(Doc::RowCriminalData),
                subjects: t(Doc::SubjectsApplicantsStaff),
                retention: todo(Doc::RetentionChoose),
                recipients: t(Doc::RecipientsNone),
                processors: processors(&[], &[], lang, Doc::ProcessorsOther),
            },
            facts,
            lang,
        ));
    }
    if special("other") || special("dont_know") || (health && !employees && !subjects("patients")) {
        record.push(row(
            Texts {
                kind: "sensitive_data",
                name: Doc::RowSensitiveName,
                purposes: todo(Doc::RowSensitivePurposes),
                basis: todo(Doc::RowSensitiveBasis),
                data: todo(Doc::RowSensitiveData),
                subjects: todo(Doc::SubjectsChoose),
                retention: todo(Doc::RetentionChoose),
                recipients: todo(Doc::RecipientsChoose),
                processors: processors(&base, &[], lang, Doc::ProcessorsOther),
            },
            facts,
            lang,
        ));
    }
    if employees && facts.any("profile.staff", &["50-249", "250-plus"]) {
        record.push(row(
            Texts {
                kind: "whistleblowing",
                name: Doc::RowWhistleName,
                purposes: t(Doc::RowWhistlePurposes),
                basis: t(Doc::RowWhistleBasis),
                data: t(Doc::RowWhistleData),
                subjects: t(Doc::SubjectsWhistle),
                retention: todo(Doc::RetentionWhistle),
                recipients: todo(Doc::RecipientsWhistle),
                processors: processors(&[], &[], lang, Doc::ProcessorsOther),
            },
            facts,
            lang,
        ));
    }

    let processor_record = if facts.is_processor() {
        vec![ProcessorRow {
            kind: "services".to_string(),
            controller: to_complete(lang, &Doc::ProcessorControllerHint.get(lang)),
            processing: french_semicolons(lang, processing_for_clients(facts, lang)),
            sub_processors: french_semicolons(
                lang,
                processors(&base, &[], lang, Doc::ProcessorsSub),
            ),
            transfers: transfers(facts, lang),
            security: french_semicolons(lang, security(facts, lang)),
            extra: Extra::new(),
        }]
    } else {
        vec![]
    };
    Proposal {
        record,
        processor_record,
    }
}

/// The processing done for clients, from the sector: IT services,
/// bookkeeping and payroll, software and marketing agencies, hosting.
fn processing_for_clients(facts: &Facts, lang: Lang) -> String {
    let sector = |v: &str| facts.has("profile.sector", v);
    let mut parts: Vec<String> = [
        ("it_services", Doc::ProcessingIt),
        ("professional", Doc::ProcessingProfessional),
        ("software", Doc::ProcessingSoftware),
        ("digital_infra", Doc::ProcessingHosting),
        ("online_platform", Doc::ProcessingPlatform),
    ]
    .into_iter()
    .filter(|(s, _)| sector(s))
    .map(|(_, d)| d.get(lang))
    .collect();
    parts.push(to_complete(lang, &Doc::ProcessingHint.get(lang)));
    parts.join("; ")
}
