//! The first section before the app: on a slow connection, the first screen
//! shows the profile's first section as soon as "Start" is clicked, from a
//! small HTML file written when the site is built
//! (`questions/<lang>/first.html`, see [`file`]), so the first questions
//! can be answered before the full app has loaded. The answers given there
//! are kept in the browser's storage under [`KEY`] as a [`Handoff`] (so a
//! reload loses nothing) and handed to the app when it takes over.
//!
//! Which questions show follows the engine's own rules: the quick CheckUp
//! asks only its questions (`data-quick` in the file), and a question's
//! `visible_if` ([`encode_condition`], in `data-if`) is tested with
//! [`engine::holds`] against the answers of the questions shown before it.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::Lang;
use super::assessment::{Answer, Assessment, Depth};
use super::catalog::Catalog;
use super::engine;
use super::pack::{Condition, Input, Operator, PackKind, Section, Test};

/// The storage key of the answers given on the first screen.
pub const KEY: &str = "checkup.first";

/// The file of the first section in `lang`, relative to `index.html`.
pub fn file(lang: Lang) -> String {
    format!("questions/{}/first.html", lang.code())
}

/// The section the first screen shows: the profile's first section, asked
/// whatever the answers (it has no `visible_if`). `None` when the catalogue
/// has no such section.
pub fn section(catalog: &Catalog) -> Option<&Section> {
    let profile = catalog
        .packs
        .iter()
        .find(|p| p.kind == PackKind::Profile && p.visible_if.is_none())?;
    profile.sections.first().filter(|s| s.visible_if.is_none())
}

/// What the first screen hands to the app: the depth chosen, the section
/// shown and the answers given there, as JSON
/// (`{"depth":"quick","section":"profile.organisation","answers":{"profile.staff":"1-9","profile.sector":["retail"]},"next":true}`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Handoff {
    /// The depth chosen on the start page.
    #[serde(default)]
    pub depth: Depth,
    /// The id of the section shown.
    pub section: String,
    /// The answers, by question id.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// "Next" was clicked: the app opens at the next section.
    #[serde(default)]
    pub next: bool,
}

impl Handoff {
    /// Records the answers in `assessment`, at `now` (ISO 8601), keeping
    /// only what the section asks: answers to questions of that section, with
    /// option values its scales know (a multiple choice keeps the values it
    /// knows), and texts cut to their `max_len` characters. Returns how many
    /// answers were recorded.
    pub fn apply(&self, assessment: &mut Assessment, catalog: &Catalog, now: &str) -> usize {
        let Some((_, section)) = catalog.section(&self.section) else {
            return 0;
        };
        let mut recorded = 0;
        for q in &section.questions {
            let Some(given) = self.answers.get(&q.id) else {
                continue;
            };
            let known = |v: &String| catalog.option(q, v).is_some();
            let answer = match (&q.input, given) {
                (Input::Text { max_len }, Answer::One(t)) if !t.trim().is_empty() => {
                    Some(Answer::One(t.chars().take(usize::from(*max_len)).collect()))
                }
                (Input::Choice { .. }, Answer::One(v)) if known(v) => Some(Answer::One(v.clone())),
                (Input::Multi { .. }, Answer::Many(vs)) => {
                    let vs: Vec<String> = vs.iter().filter(|v| known(v)).cloned().collect();
                    (!vs.is_empty()).then_some(Answer::Many(vs))
                }
                _ => None,
            };
            if let Some(a) = answer {
                if assessment.answers.get(&q.id) != Some(&a) {
                    assessment.answer(&q.id, Some(a), now);
                }
                recorded += 1;
            }
        }
        recorded
    }
}

/// A condition as one line of text, for an HTML attribute: its tests joined
/// by `;`, each `all` or `any`, the question, the operator (`any_of`,
/// `none_of`, `answered`) and the values joined by `,`, separated by `|`:
/// `all|profile.staff|any_of|1-9,10-49`. Ids and option values never hold
/// `|`, `;` or `,` (the pack schema allows letters, digits, `.`, `_` and `-`).
pub fn encode_condition(c: &Condition) -> String {
    let op = |o: Operator| match o {
        Operator::AnyOf => "any_of",
        Operator::NoneOf => "none_of",
        Operator::Answered => "answered",
    };
    c.all
        .iter()
        .map(|t| ("all", t))
        .chain(c.any.iter().map(|t| ("any", t)))
        .map(|(kind, t)| {
            format!(
                "{kind}|{}|{}|{}",
                t.question,
                op(t.operator),
                t.values.join(",")
            )
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// Reads a condition written by [`encode_condition`]; `None` when the text
/// is not one.
pub fn decode_condition(text: &str) -> Option<Condition> {
    let mut c = Condition::default();
    for part in text.split(';').filter(|p| !p.is_empty()) {
        let mut f = part.split('|');
        let (kind, question, op, values) = (f.next()?, f.next()?, f.next()?, f.next()?);
        if f.next().is_some() || question.is_empty() {
            return None;
        }
        let operator = match op {
            "any_of" => Operator::AnyOf,
            "none_of" => Operator::NoneOf,
            "answered" => Operator::Answered,
            _ => return None,
        };
        let test = Test {
            question: question.to_string(),
            operator,
            values: values
                .split(',')
                .filter(|v| !v.is_empty())
                .map(str::to_string)
                .collect(),
        };
        match kind {
            "all" => c.all.push(test),
            "any" => c.any.push(test),
            _ => return None,
        }
    }
    Some(c)
}

/// One question as the first screen knows it: its id, whether the quick
/// CheckUp asks it and its `visible_if`.
#[derive(Clone, Debug, PartialEq)]
pub struct Asked {
    /// The question id.
    pub id: String,
    /// Whether the quick CheckUp asks it ([`engine::in_quick`]).
    pub quick: bool,
    /// When it is asked.
    pub visible_if: Option<Condition>,
}

/// Which of `questions` (in asking order) are shown at `depth` with
/// `answers`: the engine's rule for a section that is asked, where a test
/// reads only the answers of questions shown before.
pub fn shown(questions: &[Asked], depth: Depth, answers: &BTreeMap<String, Answer>) -> Vec<bool> {
    let mut visible: BTreeSet<&str> = BTreeSet::new();
    questions
        .iter()
        .map(|q| {
            let on = (depth == Depth::Full || q.quick)
                && q.visible_if
                    .as_ref()
                    .is_none_or(|c| engine::holds(c, answers, &visible));
            if on {
                visible.insert(q.id.as_str());
            }
            on
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_condition_reads_back_as_written() {
        let c = Condition {
            all: vec![Test {
                question: "profile.staff".into(),
                operator: Operator::AnyOf,
                values: vec!["1-9".into(), "10-49".into()],
            }],
            any: vec![
                Test {
                    question: "profile.group".into(),
                    operator: Operator::Answered,
                    values: vec![],
                },
                Test {
                    question: "profile.sector".into(),
                    operator: Operator::NoneOf,
                    values: vec!["other".into()],
                },
            ],
        };
        let text = encode_condition(&c);
        assert_eq!(decode_condition(&text), Some(c));
        assert_eq!(decode_condition("all|x|maybe|a"), None);
        assert_eq!(decode_condition("some|x|any_of|a"), None);
    }
}
