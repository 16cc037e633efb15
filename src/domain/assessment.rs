//! The assessment file: one organisation's answers and plan edits, versioned.
//! It is what the browser saves, exports and imports, and what the command line reads.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::documents::Documents;
use super::lang::Lang;

/// Fields a newer version of CheckUp wrote that this version does not know:
/// kept as they are and written back unchanged, never dropped.
pub type Extra = BTreeMap<String, serde_json::Value>;

/// The value of `format` in every assessment file.
pub const FORMAT: &str = "checkup-assessment";
/// The newest version of the file format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// One assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Assessment {
    /// Always `checkup-assessment`.
    pub format: String,
    /// Version of this file format (not of the questions).
    pub version: u32,
    /// The language the person last used.
    #[serde(default)]
    pub lang: Lang,
    /// How far the person chose to go: the quick CheckUp or the full one.
    /// Files without it are full CheckUps.
    #[serde(default)]
    pub depth: Depth,
    /// When the assessment was started (ISO 8601, UTC).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub created: String,
    /// When the assessment was last changed (ISO 8601, UTC).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub updated: String,
    /// The version of each pack the answers were given to, by pack id.
    #[serde(default)]
    pub packs: BTreeMap<String, String>,
    /// Answers by question id. Answers to questions that are hidden now are kept.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// The person's edits to the action plan, by action id.
    #[serde(default)]
    pub plan: BTreeMap<String, PlanEdit>,
    /// Answers to questions that no longer exist, kept aside after an import or update.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub set_aside: BTreeMap<String, Answer>,
    /// Earlier rounds saved as baselines, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Baseline>,
    /// What the person entered for the GDPR starter documents (the record of
    /// processing as edited, the organisation's details, the numbers on the
    /// incident card). Files without it load as "nothing entered yet".
    #[serde(default, skip_serializing_if = "Documents::is_empty")]
    pub documents: Documents,
    /// Fields this version does not know (from a newer version or a hand edit), kept as they are.
    #[serde(flatten, default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: Extra,
}

impl Default for Assessment {
    fn default() -> Self {
        Assessment {
            format: FORMAT.to_string(),
            version: FORMAT_VERSION,
            lang: Lang::default(),
            depth: Depth::default(),
            created: String::new(),
            updated: String::new(),
            packs: BTreeMap::new(),
            answers: BTreeMap::new(),
            plan: BTreeMap::new(),
            set_aside: BTreeMap::new(),
            history: Vec::new(),
            documents: Documents::default(),
            extra: Extra::new(),
        }
    }
}

/// The depth of a CheckUp.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Depth {
    /// The quick CheckUp: a short profile, every key measure and every legal
    /// must-fix item for this profile (at most 35 questions), enough for the
    /// three verdicts and a first plan.
    Quick,
    /// Every question that applies to this profile.
    #[default]
    Full,
}

/// An answer: one option value (or the text of a free-text question), or
/// several option values for a multiple-choice question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Answer {
    /// A single option value, or the text of a free-text question.
    One(String),
    /// Several option values, for a multiple-choice question.
    Many(Vec<String>),
}

impl Answer {
    /// Whether the answer holds `value` (is it, or includes it).
    pub fn has(&self, value: &str) -> bool {
        match self {
            Answer::One(v) => v == value,
            Answer::Many(vs) => vs.iter().any(|v| v == value),
        }
    }

    /// The single value, if this is a single answer.
    pub fn one(&self) -> Option<&str> {
        match self {
            Answer::One(v) => Some(v),
            Answer::Many(_) => None,
        }
    }

    /// The values of the answer as a slice: one element for a single answer.
    pub fn values(&self) -> &[String] {
        match self {
            Answer::One(v) => std::slice::from_ref(v),
            Answer::Many(vs) => vs,
        }
    }
}

/// What a person changed on one action of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PlanEdit {
    /// Who takes it on (a name).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Due date, `YYYY-MM-DD`, or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
    /// Where the action stands; `todo` when not set.
    #[serde(default)]
    pub status: Status,
    /// The person's free-text note on the action.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Fields this version does not know, kept as they are.
    #[serde(flatten, default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: Extra,
}

impl PlanEdit {
    /// Whether nothing was changed (every field at its default).
    pub fn is_empty(&self) -> bool {
        *self == PlanEdit::default()
    }
}

/// Where one action of the plan stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Not started yet; the default.
    #[default]
    Todo,
    /// Started, not finished.
    Doing,
    /// Done.
    Done,
}

impl Status {
    /// The three statuses in plan order: to do, doing, done.
    pub const ALL: [Status; 3] = [Status::Todo, Status::Doing, Status::Done];
}

/// A finished round, saved to compare later rounds with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Baseline {
    /// When it was saved (ISO 8601, UTC).
    pub saved: String,
    /// A name the person gave it, e.g. "Spring 2026".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// Scores at that time, 0-100, by section id, pack id and `overall`.
    pub scores: BTreeMap<String, u8>,
    /// Actions that were open then, by id.
    #[serde(default)]
    pub open_actions: Vec<String>,
    /// Actions marked done then, by id.
    #[serde(default)]
    pub done_actions: Vec<String>,
    /// Fields this version does not know, kept as they are.
    #[serde(flatten, default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: Extra,
}
