//! Reading and writing assessment files: export, import with validation and
//! migration, and rescue of damaged saved data. Never panics on any input.

use std::collections::BTreeMap;

use serde_json::Value;

use super::assessment::{Answer, Assessment, FORMAT, FORMAT_VERSION, PlanEdit};
use super::catalog::Catalog;
use super::engine;
use super::i18n::Msg;
use super::lang::Lang;
use super::pack::Input;

/// Files larger than this are refused before parsing (an assessment is a few KB).
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// Why a file cannot be imported. The current work is never touched.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum ImportError {
    /// Over [`MAX_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON, or cut off.
    NotJson { line: usize, column: usize },
    /// JSON, but not a CheckUp assessment.
    NotAssessment,
    /// Made by a newer CheckUp than this one.
    FromTheFuture { version: u32 },
    /// An assessment with fields of the wrong type.
    Invalid { detail: String },
}

impl ImportError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ImportError::TooLarge { bytes } => {
                let mb = format!("{:.1}", *bytes as f64 / 1_048_576.0);
                Msg::ImportTooLarge.fill(lang, &[("size", &mb)])
            }
            ImportError::NotJson { line, column } => Msg::ImportNotJson.fill(
                lang,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            ImportError::NotAssessment => Msg::ImportNotAssessment.get(lang).to_string(),
            ImportError::FromTheFuture { version } => {
                Msg::ImportFuture.fill(lang, &[("version", &version.to_string())])
            }
            ImportError::Invalid { detail } => Msg::ImportInvalid.fill(lang, &[("detail", detail)]),
        }
    }
}

/// A successful import and what changed on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub assessment: Assessment,
    /// Question ids whose answers were kept aside: the question no longer
    /// exists, or the answer is not one of its options any more.
    pub set_aside: Vec<String>,
    /// Answers moved from an old question id to its new one.
    pub renamed: Vec<(String, String)>,
    /// The file was made with older question packs.
    pub older_questions: bool,
    /// Due dates that are not dates of the calendar, as "action id: text";
    /// each was moved into its action's note (see
    /// [`super::dates::keep_bad_due_dates_in_notes`]).
    pub bad_dates: Vec<String>,
}

/// The assessment as a file: pretty JSON, stable key order.
pub fn export(assessment: &Assessment) -> String {
    serde_json::to_string_pretty(assessment).unwrap_or_default()
}

/// Reads an assessment file and brings it up to date with the catalogue.
pub fn import(text: &str, catalog: &Catalog) -> Result<Imported, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
            ImportError::NotJson {
                line: e.line(),
                column: e.column(),
            }
        }
        _ => ImportError::Invalid {
            detail: e.to_string(),
        },
    })?;
    let Value::Object(obj) = &value else {
        return Err(ImportError::NotAssessment);
    };
    if obj.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotAssessment);
    }
    let version = obj
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(ImportError::NotAssessment)?;
    if version > u64::from(FORMAT_VERSION) {
        return Err(ImportError::FromTheFuture {
            version: u32::try_from(version).unwrap_or(u32::MAX),
        });
    }
    let assessment: Assessment =
        serde_json::from_value(value).map_err(|e| ImportError::Invalid {
            detail: e.to_string(),
        })?;
    Ok(migrate(assessment, catalog))
}

/// Brings an assessment in line with the current packs: follows renamed ids,
/// keeps aside answers to questions that no longer exist or whose value is no
/// longer an option, trims over-long texts, and records the pack versions.
pub fn migrate(mut a: Assessment, catalog: &Catalog) -> Imported {
    let older_questions = catalog
        .versions()
        .iter()
        .any(|(id, v)| a.packs.get(id).is_some_and(|old| old != v));
    let renames: BTreeMap<&str, &str> = catalog
        .packs
        .iter()
        .flat_map(|p| p.renamed.iter().map(|r| (r.from.as_str(), r.to.as_str())))
        .collect();
    let mut renamed = Vec::new();
    let mut set_aside = Vec::new();
    let mut answers = BTreeMap::new();
    for (id, answer) in std::mem::take(&mut a.answers) {
        let mut target = id.clone();
        // Follow chains of renames (a -> b -> c), without looping.
        for _ in 0..8 {
            match renames.get(target.as_str()) {
                Some(to) if catalog.question(&target).is_none() => target = to.to_string(),
                _ => break,
            }
        }
        let Some(q) = catalog.question(&target) else {
            set_aside.push(id.clone());
            a.set_aside.insert(id, answer);
            continue;
        };
        let answer = match (&q.input, answer) {
            (Input::Text { max_len }, Answer::One(t)) => {
                Answer::One(t.chars().take(usize::from(*max_len)).collect())
            }
            (_, answer) => answer,
        };
        if !engine::is_answered(catalog, q, Some(&answer)) && !matches!(q.input, Input::Text { .. })
        {
            set_aside.push(id.clone());
            a.set_aside.insert(id, answer);
            continue;
        }
        if target != id {
            renamed.push((id, target.clone()));
        }
        answers.insert(target, answer);
    }
    a.answers = answers;
    let bad_dates = super::dates::keep_bad_due_dates_in_notes(&mut a);
    a.packs = catalog.versions();
    a.version = FORMAT_VERSION;
    Imported {
        assessment: a,
        set_aside,
        renamed,
        older_questions,
        bad_dates,
    }
}

/// What could be rescued from damaged saved data.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    pub assessment: Assessment,
    /// Some parts could not be read and are missing.
    pub partial: bool,
}

/// Rescues what it can from saved text that does not read as an assessment:
/// every answer and plan edit that still reads is kept. Returns `None` when
/// nothing usable is left. Bring the result up to date with [`migrate`].
pub fn recover(text: &str) -> Option<Recovered> {
    if let Ok(a) = serde_json::from_str::<Assessment>(text) {
        return Some(Recovered {
            assessment: a,
            partial: false,
        });
    }
    let value: Value = serde_json::from_str(text)
        .ok()
        .or_else(|| repair_truncated(text))?;
    let obj = value.as_object()?;
    let mut a = Assessment::default();
    if let Some(l) = obj
        .get("lang")
        .and_then(Value::as_str)
        .and_then(Lang::from_code)
    {
        a.lang = l;
    }
    let text_of = |key: &str| {
        obj.get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    a.created = text_of("created");
    a.updated = text_of("updated");
    if let Some(Value::Object(packs)) = obj.get("packs") {
        for (k, v) in packs {
            if let Some(v) = v.as_str() {
                a.packs.insert(k.clone(), v.to_string());
            }
        }
    }
    if let Some(Value::Object(answers)) = obj.get("answers") {
        for (k, v) in answers {
            if let Ok(ans) = serde_json::from_value::<Answer>(v.clone()) {
                a.answers.insert(k.clone(), ans);
            }
        }
    }
    if let Some(Value::Object(plan)) = obj.get("plan") {
        for (k, v) in plan {
            if let Ok(e) = serde_json::from_value::<PlanEdit>(v.clone()) {
                a.plan.insert(k.clone(), e);
            }
        }
    }
    if a.answers.is_empty() && a.plan.is_empty() {
        return None;
    }
    // The text did not read as a whole: something was lost, even when every
    // answer that is left could be read.
    Some(Recovered {
        assessment: a,
        partial: true,
    })
}

/// Closes a JSON text that was cut off (an interrupted write): drops the last,
/// incomplete member and closes open strings, arrays and objects.
fn repair_truncated(text: &str) -> Option<Value> {
    let mut cut = text.len();
    // Try shorter and shorter prefixes that end after a complete member.
    for _ in 0..64 {
        let prefix = &text[..cut];
        let mut stack = Vec::new();
        let mut in_str = false;
        let mut escaped = false;
        for c in prefix.chars() {
            if in_str {
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_str = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_str = true,
                '{' => stack.push('}'),
                '[' => stack.push(']'),
                '}' | ']' => {
                    stack.pop();
                }
                _ => {}
            }
        }
        if !in_str {
            let mut candidate = prefix.trim_end().trim_end_matches(',').to_string();
            candidate.extend(stack.iter().rev());
            if let Ok(v) = serde_json::from_str::<Value>(&candidate) {
                return Some(v);
            }
        }
        cut = prefix.rfind([',', '{', '['])?;
        if cut == 0 {
            return None;
        }
    }
    None
}
