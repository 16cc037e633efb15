//! The question-pack model: the single source of truth for `questions/*.json`
//! and for `questions/schema.json`, which is generated from these types.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::lang::Text;

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
}

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
    pub id: String,
    pub options: Vec<AnswerOption>,
}

/// One option of a scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    /// Stable value saved in answers and used in conditions, e.g. `yes`.
    pub value: String,
    pub label: Text,
    /// How far the measure is in place, 0 to 100. Required on every option of a
    /// scale used by a scored question, except "not applicable".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u8>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub role: OptionRole,
}

/// What an option means for scoring.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OptionRole {
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
    pub id: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible_if: Option<Condition>,
    pub questions: Vec<Question>,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id, unique over all packs, e.g. `sec.backup.offline`.
    pub id: String,
    pub text: Text,
    /// Why this matters, in one to three plain sentences.
    pub why: Text,
    /// Optional extra explanation (what a word means, an example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
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
    /// A legal must-fix item: a gap here blocks GDPR readiness.
    #[serde(default, skip_serializing_if = "is_default")]
    pub must_fix: bool,
    /// CyberFundamentals 2025 requirement ids this question gives evidence for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cyfun: Vec<String>,
    /// GDPR articles this question rests on, e.g. `30` or `30(5)`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gdpr: Vec<String>,
    /// Topics this question covers (see `questions/README.md`), for the coverage check.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    /// Public guides this question rests on, by source id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
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
    Choice { scale: String },
    /// Pick any number of options of a scale (profile only).
    Multi { scale: String },
    /// Free text (profile only), at most `max_len` characters.
    Text {
        #[serde(default = "default_max_len")]
        max_len: u16,
    },
}

fn default_max_len() -> u16 {
    120
}

impl Input {
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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub all: Vec<Test>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub any: Vec<Test>,
}

/// One test on an earlier answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Test {
    /// Id of an earlier question.
    pub question: String,
    pub operator: Operator,
    /// Option values the operator compares with (not used by `answered`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
}

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
    pub effort: Effort,
    pub cost: Cost,
    /// Reading tips: source ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tips: Vec<String>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Who {
    /// The owner or manager.
    Owner,
    /// The external or internal IT provider.
    ItProvider,
    /// The accountant, a lawyer or a privacy adviser.
    AccountantLegal,
    /// Everyone in the organisation.
    AllStaff,
}

impl Who {
    pub const ALL: [Who; 4] = [
        Who::Owner,
        Who::ItProvider,
        Who::AccountantLegal,
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
    pub id: String,
    pub title: Text,
    /// Who publishes it, e.g. `Safeonweb@work (CCB)`.
    pub publisher: String,
    /// The https address in each language (the same address where there is one).
    pub url: Text,
}

/// A question id that changed between versions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Renamed {
    pub from: String,
    pub to: String,
}
