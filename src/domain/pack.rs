//! The question-pack model: the single source of truth for `questions/*.json`
//! and for `questions/schema.json`, which is generated from these types.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use super::documents::DocumentKind;
use super::lang::{Lang, Name, Text};

/// One file in `questions/`: a set of sections with their questions, plus the
/// answer scales, actions and sources they use. Scales, actions and sources are
/// shared: a question may use those of any loaded pack, by id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// The schema this file follows (for editors); ignored by the app.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Stable id of the pack, e.g. `gdpr`. Lower case letters, digits, `-` and `_`.
    pub id: String,
    /// Version of the pack's questions (`YYYY.N`). Saved with every assessment,
    /// so an older assessment can be recognised and migrated.
    pub version: String,
    /// What the pack is for: the profile drives tailoring and is not scored.
    #[serde(default)]
    pub kind: PackKind,
    /// Name shown to people.
    pub title: Text,
    /// One or two sentences shown before the pack's first section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<Text>,
    /// Ask this pack only when the condition holds (e.g. a sector pack for retail only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible_if: Option<Condition>,
    /// Answer scales, referenced by id from questions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scales: Vec<Scale>,
    /// The pages of questions, in the order they are asked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// Actions that weak answers trigger, referenced by id from questions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// Public guides and texts that questions and actions cite, referenced by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Questions renamed since an earlier version: answers saved under `from` now belong to `to`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub renamed: Vec<Renamed>,
    /// Questions split (or reworded) since an earlier version: the old answer is
    /// set aside and the new questions are asked again, saying why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub split: Vec<Split>,
    /// Answer values changed since an earlier version.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remap: Vec<Remap>,
    /// Acts that citations name (`"<law id>:<article>"`), other than the GDPR,
    /// which is the built-in law id [`GDPR_LAW`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub laws: Vec<Law>,
    /// Technical words explained in place wherever they appear in a question text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<Term>,
}

/// What a pack is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PackKind {
    /// Questions about the organisation, asked first; not scored.
    Profile,
    /// A scored CheckUp.
    #[default]
    Checkup,
    /// Only scales, actions and sources shared by other packs; no sections.
    Library,
}

/// An answer scale: the options a person picks from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Stable id, referenced from questions, e.g. `yes_partly_no`.
    pub id: String,
    /// The options, in the order they are shown.
    pub options: Vec<AnswerOption>,
}

/// One option of a scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    /// Stable value saved in answers and used in conditions, e.g. `yes`.
    pub value: String,
    /// What the person sees.
    pub label: Text,
    /// How far the measure is in place, 0 to 100. Required on every option of a
    /// scale used by a scored question, except "not applicable".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u8>,
    /// What the option means for scoring; `normal` when not set.
    #[serde(default, skip_serializing_if = "is_default")]
    pub role: OptionRole,
    /// In a multiple choice: picking this option clears the others, and picking
    /// another one clears it (for "none" and "don't know").
    #[serde(default, skip_serializing_if = "is_default")]
    pub exclusive: bool,
}

/// What an option means for scoring.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OptionRole {
    /// An ordinary option, scored by its `score`.
    #[default]
    Normal,
    /// "Don't know": scored as not in place, and adds a "find out" action.
    DontKnow,
    /// "Not applicable": left out of the score.
    NotApplicable,
}

/// A section: a page of questions on one theme.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id, unique over all packs.
    pub id: String,
    /// Title shown above the section's questions.
    pub title: Text,
    /// One or two sentences shown before the section's first question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<Text>,
    /// Ask this section only when the condition holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible_if: Option<Condition>,
    /// The questions, in the order they are asked.
    pub questions: Vec<Question>,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id, unique over all packs, e.g. `sec.backup.offline`.
    pub id: String,
    /// The question as shown.
    pub text: Text,
    /// Why this matters, in one to three plain sentences.
    pub why: Text,
    /// Optional extra explanation (what a word means, an example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    /// One short line shown under the question, always visible: how to answer,
    /// and when "not applicable" is the honest answer. Required on a key-measure
    /// question that offers "not applicable": it is the written rule for when the
    /// measure cannot apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    /// How it is answered.
    pub input: Input,
    /// Relative weight in the section score, 1 (minor) to 5 (critical). Ignored in the profile.
    #[serde(default = "default_weight")]
    pub weight: u8,
    /// A CyberFundamentals key measure: a gap here blocks CyFun BASIC readiness.
    #[serde(default, skip_serializing_if = "is_default")]
    pub key_measure: bool,
    /// An optional question (e.g. the organisation's name): not counted in progress.
    #[serde(default, skip_serializing_if = "is_default")]
    pub optional: bool,
    /// A legal must-fix item: a legal duty whose absence the Belgian Data
    /// Protection Authority (GBA/APD) can sanction. A gap here (any score below
    /// 100) blocks GDPR readiness. Requires [`Question::duty`].
    #[serde(default, skip_serializing_if = "is_default")]
    pub must_fix: bool,
    /// The provisions that make a must-fix item a legal duty, as citations
    /// (`"gdpr:33(5)"`, `"be.privacy-act:10/2"`). Set exactly when `must_fix` is.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duty: Vec<String>,
    /// Whether the quick CheckUp asks it too. By default: every must-fix item
    /// and every key-measure question, and nothing else. `true` adds a question
    /// (a profile question that a duty depends on, say); `false` leaves out a
    /// second piece of key evidence for a key measure that other quick
    /// evidence decides. A must-fix item is always asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quick: Option<bool>,
    /// CyberFundamentals 2025 requirement ids this question gives evidence for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cyfun: Vec<String>,
    /// GDPR articles this question rests on, e.g. `30` or `30(5)`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gdpr: Vec<String>,
    /// Other legal provisions this question rests on, as citations
    /// `"<law id>:<article>"` (e.g. `"be.camera-act:7"`) or `"<law id>"` for a whole text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub law: Vec<String>,
    /// Sections of other CheckUps in which this question's score also counts
    /// (asked once, counted in both). It is shown only in its own section.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
    /// Who can answer a "don't know" here; by default the IT provider in the
    /// security CheckUp and a legal adviser elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ask: Option<Who>,
    /// Topics this question covers (see `questions/README.md`), for the coverage check.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    /// Public guides this question rests on, by source id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Ask this question only when the condition holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible_if: Option<Condition>,
    /// Actions this question's weak answers trigger.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Trigger>,
}

fn default_weight() -> u8 {
    1
}

fn default_impact() -> u8 {
    3
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

/// How a question is answered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Input {
    /// Pick one option of a scale.
    Choice {
        /// Id of the scale.
        scale: String,
    },
    /// Pick any number of options of a scale (profile only).
    Multi {
        /// Id of the scale.
        scale: String,
    },
    /// Free text (profile only), at most `max_len` characters.
    Text {
        /// Most characters accepted; 120 when not set.
        #[serde(default = "default_max_len")]
        max_len: u16,
    },
}

fn default_max_len() -> u16 {
    120
}

impl Input {
    /// The id of the scale the question uses; none for free text.
    pub fn scale(&self) -> Option<&str> {
        match self {
            Input::Choice { scale } | Input::Multi { scale } => Some(scale),
            Input::Text { .. } => None,
        }
    }
}

/// Which answers of a question trigger an action.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Trigger {
    /// Action id.
    pub action: String,
    /// Option values that trigger it. Empty: every option scored below 100, and "don't know".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub on: Vec<String>,
}

/// When a pack, section or question is shown: every test in `all` holds, and,
/// when `any` is not empty, at least one test in `any` holds. A test on a
/// question that is hidden or not answered does not hold.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// Tests that must all hold.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub all: Vec<Test>,
    /// Tests of which at least one must hold, when not empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub any: Vec<Test>,
}

/// One test on an earlier answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Test {
    /// Id of an earlier question.
    pub question: String,
    /// How the answer is compared with `values`.
    pub operator: Operator,
    /// Option values the operator compares with (not used by `answered`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
}

/// How a [`Test`] compares an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Operator {
    /// The answer is one of `values` (for a multiple choice: includes one of them).
    AnyOf,
    /// The answer is none of `values` (for a multiple choice: includes none of them).
    NoneOf,
    /// The question has an answer.
    Answered,
}

/// An action of the catalogue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Stable id, unique over all packs, e.g. `act.backup.offline`. Plan edits are saved under it.
    pub id: String,
    /// Title shown in the plan.
    pub title: Text,
    /// Why it matters, in plain words.
    pub why: Text,
    /// Concrete steps a small organisation can follow.
    pub how: Vec<Text>,
    /// Who typically does it.
    pub who: Who,
    /// How much it lowers the risk for a typical small business, 1 (a little)
    /// to 5 (a lot). Orders the plan together with the gap and the effort.
    #[serde(default = "default_impact")]
    pub impact: u8,
    /// How much work it is; orders the plan and gives the default [`Action::hours`].
    pub effort: Effort,
    /// What it typically costs.
    pub cost: Cost,
    /// Reading tips: source ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tips: Vec<String>,
    /// The action really needs a specialist when the organisation looks after
    /// its own IT: the plan adds a pointer to getting help.
    #[serde(default, skip_serializing_if = "is_default")]
    pub specialist: bool,
    /// Typical hours of work for a small organisation; by default 2 (hours),
    /// 12 (days) or 40 (weeks) from [`Action::effort`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<u16>,
    /// Actions that should be done before this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<String>,
    /// Steps for one platform, shown first to organisations that use it and
    /// never to those that use another one. [`Action::how`] stays platform-neutral.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platform_how: Vec<PlatformSteps>,
    /// NIS2 duties: the action is in the plan whenever the NIS2 indication is
    /// one of these kinds, whatever the answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nis2: Vec<Nis2Scope>,
    /// Legal provisions the action rests on, as citations (see [`Question::law`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub law: Vec<String>,
    /// The starter document that does this action (`record`,
    /// `breach_register`, `request_log`, `privacy_notice`, `incident_card`):
    /// the plan links the action to that document, filled in from the answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentKind>,
}

impl Action {
    /// Typical hours of work: [`Action::hours`], or a default from the effort.
    pub fn work_hours(&self) -> u16 {
        self.hours.unwrap_or(match self.effort {
            Effort::Hours => 2,
            Effort::Days => 12,
            Effort::Weeks => 40,
        })
    }
}

/// Platform-specific steps of an action.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlatformSteps {
    /// The platform the steps are for.
    pub platform: Platform,
    /// The steps on that platform.
    pub how: Vec<Text>,
}

/// A platform the profile asks about (`profile.mail_platform`, `profile.web_platform`).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    /// Microsoft 365 (Exchange Online, Outlook, Teams, OneDrive).
    M365,
    /// Google Workspace or Gmail.
    Google,
    /// A hosted site builder (Wix, Squarespace, Jimdo and the like).
    SiteBuilder,
    /// WordPress or a similar content management system, web shops on it included.
    Cms,
    /// A hosted web-shop platform (Shopify, Lightspeed and the like).
    ShopPlatform,
}

/// An NIS2 entity kind an action applies to (see `nis2::Nis2Kind`).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Nis2Scope {
    /// An essential entity (NIS2 Directive 2022/2555, Art. 3(1)).
    Essential,
    /// An important entity (NIS2 Directive 2022/2555, Art. 3(2)).
    Important,
}

/// Who typically does an action, or can answer a "don't know".
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Who {
    /// The owner or management decides or does it.
    Owner,
    /// IT work: the IT provider, the IT staff, or whoever looks after the
    /// computers, depending on the profile (`profile.it_support`).
    #[serde(alias = "it_provider")]
    It,
    /// The accountant: bookkeeping, tax, finance.
    Accountant,
    /// The social secretariat or HR: payroll, staff rules.
    Payroll,
    /// A lawyer or privacy adviser: contracts, legal texts, the DPO.
    #[serde(alias = "accountant_legal")]
    Legal,
    /// Everyone in the organisation.
    AllStaff,
}

impl Who {
    /// Every kind of person, in the order the plan groups them.
    pub const ALL: [Who; 6] = [
        Who::Owner,
        Who::It,
        Who::Accountant,
        Who::Payroll,
        Who::Legal,
        Who::AllStaff,
    ];
}

/// How much work an action is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Effort {
    /// A few hours.
    Hours,
    /// A few days.
    Days,
    /// Weeks, or a project.
    Weeks,
}

/// What an action typically costs a small organisation.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Cost {
    /// No money, only time.
    Free,
    /// Under EUR 500.
    Low,
    /// EUR 500 to 5,000.
    Medium,
    /// Over EUR 5,000.
    High,
}

/// A public text that questions and actions cite: a guide, a law, a framework.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable id, referenced from questions and actions.
    pub id: String,
    /// The title of the text.
    pub title: Text,
    /// Who publishes it: the same in every language (`Safeonweb@work (CCB)`)
    /// or per language, as the publisher names itself in each.
    pub publisher: Name,
    /// The https address in each language (the same address where there is one).
    pub url: Text,
    /// For a reader language whose address is a page in another language, that
    /// page's language (`{"de": "fr"}`); the app then says so next to the link.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub page_lang: BTreeMap<Lang, Lang>,
}

/// An act that citations name, e.g. the Belgian law of 30 July 2018.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Law {
    /// Stable id used in citations, e.g. `be.privacy-act`.
    pub id: String,
    /// How the act is cited in running text ("wet van 30 juli 2018").
    pub short: Text,
    /// The full title.
    pub title: Text,
    /// Where to read it (an official consolidated text), per language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Text>,
}

/// The law id of the GDPR in citations (`"gdpr:30(5)"`); built in, never declared.
pub const GDPR_LAW: &str = "gdpr";

/// A technical word explained in place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Stable id, e.g. `term.vpn`.
    pub id: String,
    /// The word as it appears in question texts, per language; alternatives
    /// separated by `|` (`"DPIA|GEB"`).
    pub term: Text,
    /// One plain sentence that explains it.
    pub explain: Text,
}

impl Term {
    /// The spellings of the term in `lang`, longest first.
    pub fn variants(&self, lang: Lang) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .term
            .get(lang)
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        super::order::sort_by_key(&mut v, |s| std::cmp::Reverse(s.len()));
        v
    }
}

/// A citation split into its law id and article (`"gdpr:30(5)"` -> `("gdpr", Some("30(5)"))`).
pub fn parse_citation(citation: &str) -> (&str, Option<&str>) {
    match citation.split_once(':') {
        Some((law, article)) => (law.trim(), Some(article.trim()).filter(|a| !a.is_empty())),
        None => (citation.trim(), None),
    }
}

/// A question id that changed between versions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Renamed {
    /// The old question id.
    pub from: String,
    /// The new question id.
    pub to: String,
}

/// A question split into several (or reworded, or moved into another question):
/// the old answer is set aside and the new questions are asked again.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Split {
    /// The old question id.
    pub from: String,
    /// The questions that now ask what the old one asked.
    pub to: Vec<String>,
}

/// An answer value that changed: `to` is the new value, or none to ask again.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Remap {
    /// Id of the question whose values changed.
    pub question: String,
    /// The old value.
    pub from: String,
    /// The new value; none to ask the question again.
    pub to: Option<String>,
}
