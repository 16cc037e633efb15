//! The walk through the questions, as plain methods on the domain types, so
//! that the browser pages only call them and native tests cover them:
//! answering (with multiple-choice options that exclude the others, as the
//! packs declare with `exclusive`), the sections to walk, where to resume,
//! which questions are still open, the count and time shown while answering
//! and why the count changed, what the full CheckUp adds to a quick one, and
//! how a long section is split into parts on a phone.
//!
//! The count of questions is *known* once the profile is answered: from then
//! on it changes only when the person changes an answer that shows or hides
//! questions (in practice a profile answer), and [`count_change`] says which
//! answer did it and by how much.

use super::assessment::{Answer, Assessment, Depth};
use super::catalog::Catalog;
use super::engine::{self, Evaluation, Policy, Progress};
use super::lang::Lang;
use super::nav::Page;
use super::pack::PackKind;

impl Assessment {
    /// Whether there is anything a person entered: answers, plan edits,
    /// answers kept aside, or saved baselines. The one test of "is there
    /// work to keep" (saving, undo backups, resume, clearing in another tab).
    /// The depth and the language alone are not work.
    pub fn has_work(&self) -> bool {
        !(self.answers.is_empty()
            && self.plan.is_empty()
            && self.set_aside.is_empty()
            && self.history.is_empty()
            && self.documents.is_empty())
    }

    /// Records `answer` to `question`, or removes the answer with `None`, at
    /// `now` (ISO 8601): `updated` becomes `now`, and `created` too if it was
    /// empty. An empty multiple choice is no answer.
    pub fn answer(&mut self, question: &str, answer: Option<Answer>, now: &str) {
        match answer {
            Some(Answer::Many(v)) if v.is_empty() => {
                self.answers.remove(question);
            }
            Some(v) => {
                self.answers.insert(question.to_string(), v);
            }
            None => {
                self.answers.remove(question);
            }
        }
        self.touch(now);
    }

    /// Ticks (`on`) or unticks one option of a multiple-choice question. An
    /// option the pack marks `exclusive` ("none", "don't know") clears every
    /// other option when ticked, and ticking any other option clears it.
    /// Ticked values keep the order they were ticked in; unticking the last
    /// one removes the answer. Values the question's scale does not know are
    /// dropped with the others when an exclusive option is ticked.
    pub fn toggle(&mut self, catalog: &Catalog, question: &str, value: &str, on: bool, now: &str) {
        let exclusive = |v: &str| {
            catalog
                .question(question)
                .and_then(|q| catalog.option(q, v))
                .is_some_and(|o| o.exclusive)
        };
        let mut values: Vec<String> = self
            .answers
            .get(question)
            .map(|a| a.values().to_vec())
            .unwrap_or_default();
        values.retain(|v| v != value);
        if on {
            if exclusive(value) {
                values.clear();
            } else {
                values.retain(|v| !exclusive(v));
            }
            values.push(value.to_string());
        }
        self.answer(question, Some(Answer::Many(values)), now);
    }

    /// Chooses how far to go. Every answer is kept: going from the quick to
    /// the full CheckUp only adds questions.
    pub fn set_depth(&mut self, depth: Depth, now: &str) {
        if self.depth != depth {
            self.depth = depth;
            if self.has_work() {
                self.touch(now);
            }
        }
    }

    fn touch(&mut self, now: &str) {
        if self.created.is_empty() {
            self.created = now.to_string();
        }
        self.updated = now.to_string();
    }
}

/// The questions still open in one section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    /// The section id.
    pub section: String,
    /// Question ids, in asking order.
    pub questions: Vec<String>,
}

/// The count shown while answering.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Count {
    /// Questions answered and asked (optional ones aside), profile included.
    pub answered: usize,
    /// Questions asked (optional ones aside), profile included.
    pub total: usize,
    /// The profile's own questions, answered and asked.
    pub profile: Progress,
    /// Minutes the open questions take, by [`engine::time_needed`].
    pub minutes_left: u32,
    /// Every profile question asked is answered: the total is known.
    pub known: bool,
}

impl Evaluation {
    /// The sections to walk, in asking order, as (pack index, section index):
    /// those shown with at least one question asked now.
    pub fn walk(&self, catalog: &Catalog) -> Vec<(usize, usize)> {
        self.sections
            .iter()
            .filter(|s| {
                s.visible
                    && catalog.packs[s.pack].sections[s.section]
                        .questions
                        .iter()
                        .any(|q| self.is_visible(&q.id))
            })
            .map(|s| (s.pack, s.section))
            .collect()
    }

    /// The questions asked now that still need an answer (optional ones
    /// aside), by section, in asking order. Empty when everything is answered.
    pub fn missing(&self, catalog: &Catalog, assessment: &Assessment) -> Vec<Missing> {
        self.walk(catalog)
            .into_iter()
            .filter_map(|(p, s)| {
                let section = &catalog.packs[p].sections[s];
                let questions: Vec<String> = section
                    .questions
                    .iter()
                    .filter(|q| self.is_visible(&q.id) && !q.optional)
                    .filter(|q| !engine::is_answered(catalog, q, assessment.answers.get(&q.id)))
                    .map(|q| q.id.clone())
                    .collect();
                (!questions.is_empty()).then(|| Missing {
                    section: section.id.clone(),
                    questions,
                })
            })
            .collect()
    }

    /// Where to go on: the section of the first open question, with that
    /// question (to bring into view); the results when nothing is open.
    pub fn resume_at(&self, catalog: &Catalog, assessment: &Assessment) -> (Page, Option<String>) {
        match self.missing(catalog, assessment).into_iter().next() {
            Some(m) => (Page::Section(m.section), m.questions.into_iter().next()),
            None => (Page::Results, None),
        }
    }

    /// Where the full CheckUp goes on after the quick one (`quick`, the
    /// evaluation before the switch): the first question asked now that the
    /// quick CheckUp did not ask and that has no answer yet, optional ones
    /// such as the organisation's name included; else as [`Evaluation::resume_at`].
    pub fn continue_at(
        &self,
        catalog: &Catalog,
        quick: &Evaluation,
        assessment: &Assessment,
    ) -> (Page, Option<String>) {
        let first_new = self.visible.iter().find(|id| {
            !quick.is_visible(id)
                && catalog
                    .question(id)
                    .is_some_and(|q| !engine::is_answered(catalog, q, assessment.answers.get(*id)))
        });
        match first_new.and_then(|id| Some((catalog.question_pos(id)?, id))) {
            Some((pos, id)) => (
                Page::Section(catalog.packs[pos.pack].sections[pos.section].id.clone()),
                Some(id.clone()),
            ),
            None => self.resume_at(catalog, assessment),
        }
    }

    /// The page of [`Evaluation::resume_at`].
    pub fn resume_page(&self, catalog: &Catalog, assessment: &Assessment) -> Page {
        self.resume_at(catalog, assessment).0
    }

    /// Questions of the profile packs asked now, and how many are answered.
    pub fn profile_progress(&self) -> Progress {
        self.packs
            .iter()
            .filter(|p| p.kind == PackKind::Profile && p.visible)
            .fold(Progress::default(), |acc, p| Progress {
                answered: acc.answered + p.progress.answered,
                total: acc.total + p.progress.total,
            })
    }

    /// The count and the time left, in `lang`.
    pub fn count(&self, catalog: &Catalog, assessment: &Assessment, lang: Lang) -> Count {
        let profile = self.profile_progress();
        Count {
            answered: self.progress.answered,
            total: self.progress.total,
            profile,
            minutes_left: engine::time_needed(catalog, self, &assessment.answers, lang).remaining,
            known: profile.done(),
        }
    }
}

/// How an answer changed the number of questions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountChange {
    /// The question whose answer changed it.
    pub question: String,
    /// Questions added (positive) or taken away (negative).
    pub delta: i64,
}

/// The change of the count that answering `question` made, when the count
/// was known before the answer (the profile was answered) and the number of
/// questions changed; `None` otherwise (while the profile is being answered
/// the total is not shown, so there is nothing to explain).
pub fn count_change(
    before: &Evaluation,
    after: &Evaluation,
    question: &str,
) -> Option<CountChange> {
    let delta = after.progress.total as i64 - before.progress.total as i64;
    (before.profile_progress().done() && delta != 0).then(|| CountChange {
        question: question.to_string(),
        delta,
    })
}

/// What the full CheckUp adds to a quick one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FullAdds {
    /// Questions the full CheckUp asks that the quick one does not (optional
    /// ones aside), none of them answered yet.
    pub questions: usize,
    /// Minutes they take, by the formula of [`engine::time_needed`].
    pub minutes: u32,
    /// The sections they are in, in asking order (section ids).
    pub sections: Vec<String>,
    /// How many of them are about the organisation (profile questions): until
    /// they are answered, the number of questions is an estimate, as the
    /// answers may show or hide questions.
    pub profile: usize,
}

/// What continuing with the full CheckUp would add, for an assessment at the
/// quick depth (`None` for a full one), with the answers given so far; the
/// full CheckUp's own profile questions can still change the number (see
/// [`FullAdds::profile`]). Every answer is kept when continuing.
pub fn full_adds(catalog: &Catalog, assessment: &Assessment, lang: Lang) -> Option<FullAdds> {
    if assessment.depth != Depth::Quick {
        return None;
    }
    let quick = engine::evaluate_assessment(catalog, assessment);
    let full = engine::evaluate_with(
        catalog,
        &assessment.answers,
        &Policy::default(),
        Depth::Full,
    );
    let mut adds = FullAdds::default();
    let mut tenths = 0;
    for (p, s) in full.walk(catalog) {
        let section = &catalog.packs[p].sections[s];
        let mut here = 0;
        for q in &section.questions {
            if full.is_visible(&q.id)
                && !quick.is_visible(&q.id)
                && !q.optional
                && !engine::is_answered(catalog, q, assessment.answers.get(&q.id))
            {
                here += 1;
                tenths += engine::question_tenths(catalog, q, lang);
            }
        }
        if here > 0 {
            adds.questions += here;
            adds.sections.push(section.id.clone());
            if catalog.packs[p].kind == PackKind::Profile {
                adds.profile += here;
            }
        }
    }
    adds.minutes = tenths.div_ceil(600);
    Some(adds)
}

/// Splits a section into parts for a small screen: the questions shown now
/// (`shown`, in asking order) are grouped into parts of at most `size`, as
/// even as possible; a question not shown now belongs to the part of the
/// question before it, so that a follow-up question a later answer brings
/// up appears right under the question that brought it up, and no question
/// moves to another part while the person answers. Returns the part of each
/// question (0-based); every question is in part 0 when `size` is 0.
pub fn parts(shown: &[bool], size: usize) -> Vec<usize> {
    let n = shown.iter().filter(|s| **s).count();
    if size == 0 || n == 0 {
        return vec![0; shown.len()];
    }
    let count = n.div_ceil(size);
    let mut out = Vec::with_capacity(shown.len());
    let (mut part, mut seen) = (0usize, 0usize);
    for &s in shown {
        if s {
            // The k-th shown question (0-based) goes to part k * count / n: even parts.
            part = seen * count / n;
            seen += 1;
        }
        out.push(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_even_and_keep_follow_up_questions_with_their_question() {
        assert_eq!(parts(&[true; 3], 4), vec![0, 0, 0]);
        assert_eq!(parts(&[true; 5], 4), vec![0, 0, 0, 1, 1]);
        assert_eq!(parts(&[true; 10], 4), vec![0, 0, 0, 0, 1, 1, 1, 2, 2, 2]);
        // A hidden question stays with the one before it; one at the start goes to the first part.
        assert_eq!(
            parts(&[false, true, true, false, true, true, true], 3),
            vec![0, 0, 0, 0, 0, 1, 1]
        );
        assert_eq!(parts(&[false, false], 3), vec![0, 0]);
        assert_eq!(parts(&[true, true], 0), vec![0, 0]);
        // No part holds more than `size` of the questions shown.
        for n in 1..30 {
            for size in 1..6 {
                let p = parts(&vec![true; n], size);
                let count = p.last().unwrap() + 1;
                assert_eq!(count, n.div_ceil(size), "{n} questions, parts of {size}");
                for k in 0..count {
                    let in_part = p.iter().filter(|x| **x == k).count();
                    assert!(
                        in_part <= size && in_part >= size.min(n) / 2,
                        "{n}/{size}: {p:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_depth_and_the_language_alone_are_not_work() {
        let mut a = Assessment {
            lang: Lang::Fr,
            ..Assessment::default()
        };
        a.set_depth(Depth::Quick, "2026-12-01T10:00:00Z");
        assert!(!a.has_work());
        assert_eq!(a.updated, "", "choosing a depth changes nothing to keep");
        a.answer(
            "profile.staff",
            Some(Answer::One("1-9".into())),
            "2026-12-01T10:01:00Z",
        );
        assert!(a.has_work());
        assert_eq!(a.created, "2026-12-01T10:01:00Z");
        a.answer("profile.staff", None, "2026-12-01T10:02:00Z");
        assert!(!a.has_work());
        assert_eq!(
            (a.created.as_str(), a.updated.as_str()),
            ("2026-12-01T10:01:00Z", "2026-12-01T10:02:00Z")
        );
        a.plan.insert("act.x".into(), Default::default());
        assert!(a.has_work());
    }
}
