//! The assessment engine: which questions are asked, progress, scores,
//! verdicts and the prioritised action plan. A pure function of the
//! catalogue and the answers.
//!
//! # How we score (shown to people as "How we score")
//! - Each answered question scores its option: 0 to 100 (yes 100, partly 50, no 0).
//! - "Don't know" scores 0 (not in place) and adds a "find out" action.
//! - "Not applicable", unanswered and hidden questions are left out.
//! - A section's score is the weighted average of its questions (weights 1-5,
//!   from the packs); a pack's score is the weighted average of all its
//!   questions; the overall score is the average of the CheckUp packs.
//! - Maturity level per section, in the spirit of CyberFundamentals: 1 below 20,
//!   2 below 40, 3 below 60, 4 below 80, 5 from 80.
//! - CyFun BASIC readiness, the CheckUp's own reading inspired by the CCB's
//!   rule that every key measure must be met: each of the 13 key measures of
//!   CyberFundamentals 2025 BASIC (requirement ids) is in place, which means
//!   that every visible question giving key evidence for it is answered at full
//!   score (or "not applicable" where the pack allows it). "Mostly" or "partly"
//!   is a gap. The security score is shown beside the verdict, not part of it.
//! - GDPR readiness: every must-fix item (a legal duty the GBA/APD can
//!   sanction) fully in place (score 100).
//! - Unknown means ask: a condition of a key-measure or must-fix question (or of
//!   the section or pack holding one) treats a profile answer that is missing,
//!   hidden or "don't know" as holding, so no duty is hidden by what the owner
//!   does not know.
//! - Asked once, counted twice: a question's score also counts in the sections
//!   its `also` field names (e.g. disposal of devices in the GDPR CheckUp).
//! - The plan: key-measure gaps and must-fix items first; then, and within
//!   those, by value = impact x gap x weight / 5 / effort, where impact (1-5)
//!   is the action's, gap the largest shortfall of its reasons (1 - score/100),
//!   weight the highest weight of its questions, and effort 1 (hours),
//!   1.25 (days) or 2 (weeks). Ties keep the order the questions are asked.
//!   NIS2 duties (actions the indication adds) rank with the must-fix items.
//!   Then each action gets a horizon (this week, this month, this quarter,
//!   later) by the rules of [`super::horizon`], and the plan is grouped by it.

use std::collections::{BTreeMap, BTreeSet};

use super::assessment::{Answer, Assessment, Depth};
use super::catalog::Catalog;
use super::cyfun;
use super::horizon::{self, Horizon, HorizonReason, SizeClass};
use super::nis2::{self, Nis2, TargetLevel};
use super::pack::{Condition, Effort, Nis2Scope, Operator, OptionRole, PackKind, Question};

/// The numbers behind the scoring policy.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Policy {
    /// Key evidence is in place from this score, 0-100 (100: only full implementation).
    pub key_measure_min: u8,
    /// A must-fix item is in place from this score, 0-100.
    pub must_fix_min: u8,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            key_measure_min: 100,
            must_fix_min: 100,
        }
    }
}

/// The id of the pack whose score is compared with CyFun BASIC.
pub const SECURITY_PACK: &str = "security";
/// The id of the GDPR pack.
pub const GDPR_PACK: &str = "gdpr";
/// The profile question on whose personal data the organisation keeps; its
/// option `none` ("Nobody") leaves out the GDPR sections on the
/// organisation's own files (the GDPR applies to personal data, Art. 2(1)),
/// unless another answer points to personal data (see [`Nobody`]).
pub const DATA_SUBJECTS: &str = "profile.data_subjects";
/// The action every "don't know" adds.
pub const FIND_OUT_ACTION: &str = "act.find-out";

/// Answered and visible (non-optional) questions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Visible, non-optional questions with a usable answer.
    pub answered: usize,
    /// Visible, non-optional questions.
    pub total: usize,
}

impl Progress {
    /// Whether every counted question is answered.
    pub fn done(&self) -> bool {
        self.answered >= self.total
    }

    /// Answered share, percent 0-100; 100 when nothing is to be answered.
    pub fn percent(&self) -> u8 {
        (self.answered * 100)
            .checked_div(self.total)
            .map_or(100, |p| p.min(100) as u8)
    }

    fn add(&mut self, o: Progress) {
        self.answered += o.answered;
        self.total += o.total;
    }
}

/// Weighted sum of scores, to average.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Sum {
    weighted: f64,
    weights: f64,
}

impl Sum {
    fn add(&mut self, score: f64, weight: f64) {
        self.weighted += score * weight;
        self.weights += weight;
    }

    fn merge(&mut self, o: Sum) {
        self.weighted += o.weighted;
        self.weights += o.weights;
    }

    fn average(&self) -> Option<f64> {
        (self.weights > 0.0).then(|| self.weighted / self.weights)
    }
}

/// The state of one section.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionResult {
    /// Index of the pack in the catalogue.
    pub pack: usize,
    /// Index of the section in its pack.
    pub section: usize,
    /// The section id.
    pub id: String,
    /// Whether the section is asked now (its pack and section conditions hold, and, in the quick CheckUp, it asks something).
    pub visible: bool,
    /// Answered and visible questions of the section.
    pub progress: Progress,
    /// 0-100, none while nothing scored is answered (or for the profile).
    pub score: Option<f64>,
}

impl SectionResult {
    /// Maturity level 1-5 (see the module documentation).
    pub fn level(&self) -> Option<u8> {
        self.score.map(level)
    }
}

/// Maturity level 1-5 for a score 0-100.
pub fn level(score: f64) -> u8 {
    match score {
        s if s < 20.0 => 1,
        s if s < 40.0 => 2,
        s if s < 60.0 => 3,
        s if s < 80.0 => 4,
        _ => 5,
    }
}

/// The state of one pack.
#[derive(Clone, Debug, PartialEq)]
pub struct PackResult {
    /// The pack id.
    pub id: String,
    /// What the pack is for.
    pub kind: PackKind,
    /// Whether the pack is asked now (its condition holds).
    pub visible: bool,
    /// Answered and visible questions of the pack.
    pub progress: Progress,
    /// 0-100, weighted by question weight; none while nothing scored is answered (or for the profile).
    pub score: Option<f64>,
}

/// Where a verdict stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readiness {
    /// Everything needed is in place.
    Reached,
    /// Something blocks it (see the blockers).
    NotReached,
    /// Questions that matter are not answered yet (and nothing blocks it so far).
    Incomplete,
}

/// Where one key measure stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeasureState {
    /// Every visible key-evidence question is at full score (or not applicable).
    InPlace,
    /// At least one key-evidence question is answered below full score or "don't know".
    Gap,
    /// Not known yet: some key evidence is unanswered (and none is a gap).
    Unknown,
}

/// One of the 13 key measures of CyberFundamentals 2025 BASIC.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyMeasure {
    /// The requirement id, e.g. `PR.AA-03.2`.
    pub id: &'static str,
    /// In place, gap or not known yet.
    pub state: MeasureState,
    /// Visible questions giving key evidence for it, in asking order.
    pub questions: Vec<String>,
    /// Those answered below full score (including "don't know").
    pub gaps: Vec<String>,
    /// Those not answered yet.
    pub unanswered: Vec<String>,
}

/// CyFun BASIC readiness: the 13 key measures.
#[derive(Clone, Debug, PartialEq)]
pub struct CyfunVerdict {
    /// Reached when all 13 are in place; not reached when any has a gap.
    pub readiness: Readiness,
    /// Always the 13 key measures, in framework order.
    pub measures: Vec<KeyMeasure>,
    /// The security CheckUp's score 0-100, when any (shown, not part of the verdict).
    pub score: Option<f64>,
}

impl CyfunVerdict {
    /// How many key measures are in place (0-13).
    pub fn in_place(&self) -> usize {
        self.count(MeasureState::InPlace)
    }

    /// How many key measures have a gap.
    pub fn gaps(&self) -> usize {
        self.count(MeasureState::Gap)
    }

    /// How many key measures are not known yet.
    pub fn unknown(&self) -> usize {
        self.count(MeasureState::Unknown)
    }

    fn count(&self, state: MeasureState) -> usize {
        self.measures.iter().filter(|m| m.state == state).count()
    }

    /// The key-evidence questions with a gap, over all measures, once each, in asking order.
    pub fn gap_questions(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for m in &self.measures {
            for q in &m.gaps {
                if !out.contains(q) {
                    out.push(q.clone());
                }
            }
        }
        out
    }
}

/// GDPR readiness.
#[derive(Clone, Debug, PartialEq)]
pub struct GdprVerdict {
    /// Reached when every must-fix item is in place; not reached when any is answered below the threshold.
    pub readiness: Readiness,
    /// Must-fix questions answered below the threshold.
    pub must_fix: Vec<String>,
    /// Must-fix questions not answered yet.
    pub unanswered: Vec<String>,
    /// What the answer "Nobody" to [`DATA_SUBJECTS`] did: `None` when it was
    /// not given.
    pub nobody: Option<Nobody>,
}

/// What came of the answer "Nobody" to whose personal data the organisation
/// keeps (the GDPR applies to personal data only, Art. 2(1)).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nobody {
    /// The sections on the organisation's own files were left out.
    LeftOut,
    /// Another answer points to personal data all the same (10 or more
    /// staff, cameras, sensitive data, a web shop) or is not given yet, as
    /// the sections' conditions in the GDPR pack list them: those sections
    /// are asked.
    Contradicted,
}

/// Why an action is in the plan: one weak answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    /// The question id.
    pub question: String,
    /// The option value given.
    pub value: String,
    /// The answer's score (0 for "don't know").
    pub score: u8,
    /// The answer is "don't know".
    pub dont_know: bool,
}

/// How urgent an action is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    /// A key-measure gap, a legal must-fix item, an NIS2 duty, or a value of 3 or more.
    High,
    /// A value from 1.5 to under 3.
    Medium,
    /// A value under 1.5.
    Low,
}

impl Priority {
    /// The three priorities, most urgent first.
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];
}

/// One action of the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanItem {
    /// The action id.
    pub action: String,
    /// The weak answers that put it in the plan, in asking order; empty when only an NIS2 duty did.
    pub reasons: Vec<Reason>,
    /// A key-measure gap is among the reasons.
    pub key_measure: bool,
    /// A legal must-fix item is among the reasons.
    pub must_fix: bool,
    /// A duty of an NIS2 entity (added by the NIS2 indication, not by an answer).
    pub nis2: bool,
    /// The action's impact, 1-5, from the catalogue.
    pub impact: u8,
    /// Highest weight among the reasons, 1-5.
    pub weight: u8,
    /// Largest gap among the reasons, 0-1 (1 - score / 100).
    pub gap: f64,
    /// impact x gap x weight / 5, divided by the effort (hours 1, days 1.25, weeks 2).
    pub value: f64,
    /// High, medium or low, from the tier and the value.
    pub priority: Priority,
    /// When to do it (see [`super::horizon`]).
    pub horizon: Horizon,
    /// Why it has that horizon.
    pub horizon_reason: HorizonReason,
    /// Typical hours of work.
    pub hours: u16,
}

/// Everything the engine concludes from the answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// The depth evaluated: quick or full.
    pub depth: Depth,
    /// Question ids that are asked now, in asking order.
    pub visible: Vec<String>,
    /// Every section of every pack, in catalogue order.
    pub sections: Vec<SectionResult>,
    /// Every pack, in catalogue order.
    pub packs: Vec<PackResult>,
    /// Progress over every visible pack, the profile included.
    pub progress: Progress,
    /// Average of the CheckUp pack scores.
    pub overall: Option<f64>,
    /// CyFun BASIC readiness: the 13 key measures.
    pub cyfun: CyfunVerdict,
    /// GDPR readiness: the legal must-fix items.
    pub gdpr: GdprVerdict,
    /// What NIS2 makes of the organisation.
    pub nis2: Nis2,
    /// The CyberFundamentals level to aim for, and why.
    pub target: TargetLevel,
    /// The action plan, most urgent first.
    pub plan: Vec<PlanItem>,
    /// Ids of this week's actions (quick wins), the find-out action aside.
    pub quick_wins: Vec<String>,
    /// Duties that apply to this profile but are left to the full CheckUp
    /// because the quick one holds at most [`QUICK_LIMIT`] questions, in
    /// catalogue order. Empty in the full CheckUp. Until answered there, an
    /// unanswered one keeps its verdict incomplete.
    pub deferred: Vec<String>,
}

impl Evaluation {
    /// Whether the question is asked now.
    pub fn is_visible(&self, question: &str) -> bool {
        self.visible.iter().any(|q| q == question)
    }

    /// A section's result by id.
    pub fn section(&self, id: &str) -> Option<&SectionResult> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// A pack's result by id.
    pub fn pack(&self, id: &str) -> Option<&PackResult> {
        self.packs.iter().find(|p| p.id == id)
    }

    /// The plan item of an action, if it is in the plan.
    pub fn plan_item(&self, action: &str) -> Option<&PlanItem> {
        self.plan.iter().find(|p| p.action == action)
    }
}

/// Whether a condition holds, given the answers of visible questions.
pub fn holds(
    cond: &Condition,
    answers: &BTreeMap<String, Answer>,
    visible: &BTreeSet<&str>,
) -> bool {
    holds_with(cond, answers, visible, None)
}

/// Like [`holds`]; with the set of questions whose answer is unknown,
/// "unknown means ask": a test on one of them holds.
fn holds_with(
    cond: &Condition,
    answers: &BTreeMap<String, Answer>,
    visible: &BTreeSet<&str>,
    unknown: Option<&BTreeSet<&str>>,
) -> bool {
    let test = |t: &super::pack::Test| -> bool {
        if unknown.is_some_and(|u| u.contains(t.question.as_str())) {
            return true;
        }
        let Some(a) = answers
            .get(&t.question)
            .filter(|_| visible.contains(t.question.as_str()))
        else {
            return false;
        };
        match t.operator {
            Operator::Answered => !a.values().is_empty(),
            Operator::AnyOf => t.values.iter().any(|v| a.has(v)),
            Operator::NoneOf => !a.values().is_empty() && !t.values.iter().any(|v| a.has(v)),
        }
    };
    cond.all.iter().all(test) && (cond.any.is_empty() || cond.any.iter().any(test))
}

/// Whether an answer says "don't know": nothing chosen, the value `dont_know`,
/// or an option with the role `dont_know`.
fn says_dont_know(catalog: &Catalog, q: &Question, a: &Answer) -> bool {
    a.values().is_empty()
        || a.values().iter().any(|v| {
            v == "dont_know"
                || catalog
                    .option(q, v)
                    .is_some_and(|o| o.role == OptionRole::DontKnow)
        })
}

/// What one answer means for scoring.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scored {
    /// Counts with this score, 0-100.
    Score {
        /// The option's score, 0-100 (0 for "don't know").
        score: u8,
        /// The option is a "don't know".
        dont_know: bool,
    },
    /// "Not applicable": left out.
    NotApplicable,
    /// No valid answer (none, or a value the scale does not have).
    Unanswered,
}

/// How a question's answer counts.
pub fn scored(catalog: &Catalog, q: &Question, answer: Option<&Answer>) -> Scored {
    let Some(value) = answer.and_then(Answer::one) else {
        return Scored::Unanswered;
    };
    match catalog.option(q, value) {
        None => Scored::Unanswered,
        Some(o) => match o.role {
            OptionRole::NotApplicable => Scored::NotApplicable,
            role => Scored::Score {
                score: o.score.unwrap_or(0),
                dont_know: role == OptionRole::DontKnow,
            },
        },
    }
}

/// Whether a question has a usable answer (a known option, or non-empty text).
pub fn is_answered(catalog: &Catalog, q: &Question, answer: Option<&Answer>) -> bool {
    match (&q.input, answer) {
        (_, None) => false,
        (super::pack::Input::Text { .. }, Some(a)) => a.one().is_some_and(|t| !t.trim().is_empty()),
        (_, Some(a)) => {
            !a.values().is_empty() && a.values().iter().all(|v| catalog.option(q, v).is_some())
        }
    }
}

/// Evaluates the answers against the catalogue, as a full CheckUp.
pub fn evaluate(catalog: &Catalog, answers: &BTreeMap<String, Answer>) -> Evaluation {
    evaluate_with(catalog, answers, &Policy::default(), Depth::Full)
}

/// Evaluates an assessment at the depth it records.
pub fn evaluate_assessment(catalog: &Catalog, assessment: &Assessment) -> Evaluation {
    evaluate_with(
        catalog,
        &assessment.answers,
        &Policy::default(),
        assessment.depth,
    )
}

/// Whether a question is asked in the quick CheckUp: every must-fix item, and
/// every key-measure question unless the pack says `"quick": false` (a second
/// piece of evidence), plus any question marked `"quick": true`.
pub fn in_quick(kind: PackKind, q: &Question) -> bool {
    let duty = kind == PackKind::Checkup && (q.key_measure || q.must_fix);
    (kind == PackKind::Checkup && q.must_fix) || q.quick.unwrap_or(duty)
}

/// The most questions the quick CheckUp asks, the profile included (about
/// ten to twelve minutes).
pub const QUICK_LIMIT: usize = 35;

/// Evaluates the answers at a depth: in the quick CheckUp only the questions
/// of [`in_quick`] are asked, scored and counted, and a section without any
/// of them is not shown.
///
/// When a profile calls for more than [`QUICK_LIMIT`] quick questions, the
/// last ones in catalogue order that are neither profile questions nor
/// key-measure evidence are left to the full CheckUp
/// ([`Evaluation::deferred`]): the profile and the 13 key measures are always
/// asked, and a deferred legal duty that is not answered yet keeps the GDPR
/// verdict incomplete rather than letting it pass unseen.
pub fn evaluate_with(
    catalog: &Catalog,
    answers: &BTreeMap<String, Answer>,
    policy: &Policy,
    depth: Depth,
) -> Evaluation {
    let first = evaluate_deferring(catalog, answers, policy, depth, &BTreeSet::new());
    if depth == Depth::Full || first.progress.total <= QUICK_LIMIT {
        return first;
    }
    let mut over = first.progress.total - QUICK_LIMIT;
    let mut deferred = BTreeSet::new();
    for id in first.visible.iter().rev() {
        if over == 0 {
            break;
        }
        let (Some(pos), Some(q)) = (catalog.question_pos(id), catalog.question(id)) else {
            continue;
        };
        if catalog.packs[pos.pack].kind == PackKind::Checkup && !q.key_measure && !q.optional {
            deferred.insert(id.as_str());
            over -= 1;
        }
    }
    evaluate_deferring(catalog, answers, policy, depth, &deferred)
}

fn evaluate_deferring(
    catalog: &Catalog,
    answers: &BTreeMap<String, Answer>,
    policy: &Policy,
    depth: Depth,
    deferred: &BTreeSet<&str>,
) -> Evaluation {
    let mut deferred_ids = Vec::new();
    let mut visible_set: BTreeSet<&str> = BTreeSet::new();
    // Questions whose answer is not known: asked and unanswered or "don't
    // know", or hidden by a condition on such a question.
    let mut unknown: BTreeSet<&str> = BTreeSet::new();
    let mut visible = Vec::new();
    let mut sections = Vec::new();
    let mut packs = Vec::new();
    let mut progress = Progress::default();
    let mut pack_sums: Vec<Sum> = Vec::new();
    let mut measures: Vec<KeyMeasure> = cyfun::BASIC
        .iter()
        .filter(|r| r.key_measure)
        .map(|r| KeyMeasure {
            id: r.id,
            state: MeasureState::Unknown,
            questions: vec![],
            gaps: vec![],
            unanswered: vec![],
        })
        .collect();
    // Scores that also count elsewhere (`also`), by target section id.
    let mut also_sums: BTreeMap<&str, Sum> = BTreeMap::new();
    let mut section_sums: Vec<Sum> = Vec::new();
    let mut gdpr = GdprVerdict {
        readiness: Readiness::Reached,
        must_fix: vec![],
        unanswered: vec![],
        nobody: None,
    };
    let mut items: BTreeMap<&str, PlanItem> = BTreeMap::new();
    let mut first_reason: BTreeMap<&str, usize> = BTreeMap::new();
    let mut order = 0usize;

    for (p, pack) in catalog.packs.iter().enumerate() {
        let duties =
            |mut qs: std::slice::Iter<'_, Question>| qs.any(|q| q.key_measure || q.must_fix);
        let pack_visible = pack.visible_if.as_ref().is_none_or(|c| {
            let lenient = pack.sections.iter().any(|s| duties(s.questions.iter()));
            holds_with(c, answers, &visible_set, lenient.then_some(&unknown))
        });
        let scored_pack = pack.kind == PackKind::Checkup;
        let mut pack_progress = Progress::default();
        let mut pack_sum = Sum::default();
        for (s, section) in pack.sections.iter().enumerate() {
            let section_visible = pack_visible
                && section.visible_if.as_ref().is_none_or(|c| {
                    let lenient = duties(section.questions.iter());
                    holds_with(c, answers, &visible_set, lenient.then_some(&unknown))
                });
            // "Nobody": did it leave out a GDPR section that asks for it?
            if pack.id == GDPR_PACK
                && pack_visible
                && visible_set.contains(DATA_SUBJECTS)
                && answers.get(DATA_SUBJECTS).is_some_and(|a| a.has("none"))
                && section.visible_if.as_ref().is_some_and(|c| {
                    c.all.iter().chain(&c.any).any(|t| {
                        t.question == DATA_SUBJECTS
                            && t.operator == Operator::NoneOf
                            && t.values.iter().any(|v| v == "none")
                    })
                })
            {
                gdpr.nobody = Some(match (gdpr.nobody, section_visible) {
                    (Some(Nobody::LeftOut), _) | (_, false) => Nobody::LeftOut,
                    _ => Nobody::Contradicted,
                });
            }
            let mut sp = Progress::default();
            let mut sum = Sum::default();
            for q in &section.questions {
                order += 1;
                let shown = section_visible
                    && (depth == Depth::Full || in_quick(pack.kind, q))
                    && q.visible_if.as_ref().is_none_or(|c| {
                        let lenient = q.key_measure || q.must_fix;
                        holds_with(c, answers, &visible_set, lenient.then_some(&unknown))
                    });
                if shown && deferred.contains(q.id.as_str()) {
                    deferred_ids.push(q.id.clone());
                    match scored(catalog, q, answers.get(&q.id)) {
                        Scored::Unanswered => {
                            unknown.insert(q.id.as_str());
                            if q.must_fix {
                                gdpr.unanswered.push(q.id.clone());
                            }
                        }
                        Scored::Score { score, .. }
                            if q.must_fix && score < policy.must_fix_min =>
                        {
                            gdpr.must_fix.push(q.id.clone())
                        }
                        _ => {}
                    }
                    continue;
                }
                if !shown {
                    let reads_unknown = [&pack.visible_if, &section.visible_if, &q.visible_if]
                        .into_iter()
                        .flatten()
                        .flat_map(|c| c.all.iter().chain(&c.any))
                        .any(|t| unknown.contains(t.question.as_str()));
                    if reads_unknown {
                        unknown.insert(q.id.as_str());
                    }
                    continue;
                }
                if answers
                    .get(&q.id)
                    .is_none_or(|a| says_dont_know(catalog, q, a))
                {
                    unknown.insert(q.id.as_str());
                }
                visible_set.insert(q.id.as_str());
                visible.push(q.id.clone());
                let answer = answers.get(&q.id);
                let answered = is_answered(catalog, q, answer);
                if !q.optional {
                    sp.total += 1;
                    sp.answered += usize::from(answered);
                }
                if !scored_pack {
                    continue;
                }
                let result = scored(catalog, q, answer);
                if q.key_measure {
                    for m in measures
                        .iter_mut()
                        .filter(|m| q.cyfun.iter().any(|c| c == m.id))
                    {
                        m.questions.push(q.id.clone());
                        match result {
                            Scored::Unanswered => m.unanswered.push(q.id.clone()),
                            Scored::Score { score, .. } if score < policy.key_measure_min => {
                                m.gaps.push(q.id.clone())
                            }
                            _ => {}
                        }
                    }
                }
                if q.must_fix {
                    match result {
                        Scored::Unanswered => gdpr.unanswered.push(q.id.clone()),
                        Scored::Score { score, .. } if score < policy.must_fix_min => {
                            gdpr.must_fix.push(q.id.clone())
                        }
                        _ => {}
                    }
                }
                let Scored::Score { score, dont_know } = result else {
                    continue;
                };
                sum.add(f64::from(score), f64::from(q.weight));
                for target in &q.also {
                    also_sums
                        .entry(target.as_str())
                        .or_default()
                        .add(f64::from(score), f64::from(q.weight));
                }
                let value = answer.and_then(Answer::one).unwrap_or_default();
                let reason = Reason {
                    question: q.id.clone(),
                    value: value.to_string(),
                    score,
                    dont_know,
                };
                let mut triggered: Vec<&str> = q
                    .actions
                    .iter()
                    .filter(|t| {
                        if t.on.is_empty() {
                            score < 100 || dont_know
                        } else {
                            t.on.iter().any(|v| v == value)
                        }
                    })
                    .map(|t| t.action.as_str())
                    .collect();
                if dont_know && catalog.action(FIND_OUT_ACTION).is_some() {
                    triggered.push(FIND_OUT_ACTION);
                }
                for action in triggered {
                    let Some(a) = catalog.action(action) else {
                        continue;
                    };
                    let item = items.entry(a.id.as_str()).or_insert_with(|| PlanItem {
                        action: a.id.clone(),
                        reasons: vec![],
                        key_measure: false,
                        must_fix: false,
                        nis2: false,
                        impact: a.impact,
                        weight: 0,
                        gap: 0.0,
                        value: 0.0,
                        priority: Priority::Low,
                        horizon: Horizon::Later,
                        horizon_reason: HorizonReason::Priority,
                        hours: a.work_hours(),
                    });
                    first_reason.entry(a.id.as_str()).or_insert(order);
                    if item.reasons.iter().all(|r| r.question != reason.question) {
                        item.reasons.push(reason.clone());
                    }
                    // Finding out is not itself a key measure or a legal duty.
                    if a.id != FIND_OUT_ACTION {
                        item.key_measure |= q.key_measure && score < policy.key_measure_min;
                        item.must_fix |= q.must_fix && score < policy.must_fix_min;
                    }
                    item.weight = item.weight.max(q.weight);
                    item.gap = item.gap.max(f64::from(100 - score.min(100)) / 100.0);
                }
            }
            pack_progress.add(sp);
            pack_sum.merge(sum);
            section_sums.push(sum);
            let asks_something = depth == Depth::Full
                || section
                    .questions
                    .iter()
                    .any(|q| visible_set.contains(q.id.as_str()));
            sections.push(SectionResult {
                pack: p,
                section: s,
                id: section.id.clone(),
                visible: section_visible && asks_something,
                progress: sp,
                score: if scored_pack { sum.average() } else { None },
            });
        }
        if pack_visible {
            progress.add(pack_progress);
        }
        pack_sums.push(pack_sum);
        packs.push(PackResult {
            id: pack.id.clone(),
            kind: pack.kind,
            visible: pack_visible,
            progress: pack_progress,
            score: if scored_pack {
                pack_sum.average()
            } else {
                None
            },
        });
    }

    // Asked once, counted twice: add `also` scores to their target sections and packs.
    for (target, extra) in also_sums {
        let Some(i) = sections.iter().position(|s| s.id == target && s.visible) else {
            continue;
        };
        section_sums[i].merge(extra);
        sections[i].score = section_sums[i].average();
        let p = sections[i].pack;
        pack_sums[p].merge(extra);
        packs[p].score = pack_sums[p].average();
    }

    let checkup_scores: Vec<f64> = packs
        .iter()
        .filter(|p| p.kind == PackKind::Checkup && p.visible)
        .filter_map(|p| p.score)
        .collect();
    let overall = (!checkup_scores.is_empty())
        .then(|| checkup_scores.iter().sum::<f64>() / checkup_scores.len() as f64);

    // CyFun BASIC readiness: the 13 key measures.
    for m in &mut measures {
        m.state = if !m.gaps.is_empty() {
            MeasureState::Gap
        } else if !m.unanswered.is_empty() || m.questions.is_empty() {
            MeasureState::Unknown
        } else {
            MeasureState::InPlace
        };
    }
    let mut cyfun = CyfunVerdict {
        readiness: Readiness::Reached,
        measures,
        score: packs
            .iter()
            .find(|p| p.id == SECURITY_PACK)
            .and_then(|p| p.score),
    };
    cyfun.readiness = if cyfun.gaps() > 0 {
        Readiness::NotReached
    } else if cyfun.unknown() > 0 {
        Readiness::Incomplete
    } else {
        Readiness::Reached
    };

    // GDPR readiness.
    let gdpr_incomplete = packs
        .iter()
        .find(|p| p.id == GDPR_PACK)
        .is_none_or(|p| !p.progress.done());
    gdpr.readiness = if !gdpr.must_fix.is_empty() {
        Readiness::NotReached
    } else if gdpr_incomplete || !gdpr.unanswered.is_empty() {
        Readiness::Incomplete
    } else {
        Readiness::Reached
    };

    // The profile as asked: answers to hidden questions do not count.
    let asked: BTreeMap<String, Answer> = super::order::map_of(
        answers
            .iter()
            .filter(|(id, _)| visible_set.contains(id.as_str()))
            .map(|(k, v)| (k.clone(), v.clone())),
    );
    let nis2 = nis2::indicate(&asked);
    let target = nis2::target_level(&asked, &nis2);

    // NIS2 duties: actions the indication adds whatever the answers.
    // In scope whatever the open answers: the duties of every NIS2 entity
    // (those an important entity has too).
    let scope = match nis2.kind {
        nis2::Nis2Kind::Essential => Some(Nis2Scope::Essential),
        nis2::Nis2Kind::Important => Some(Nis2Scope::Important),
        _ if nis2.at_least_important() => Some(Nis2Scope::Important),
        _ => None,
    };
    if let Some(scope) = scope {
        for a in catalog.all_actions().filter(|a| a.nis2.contains(&scope)) {
            let item = items.entry(a.id.as_str()).or_insert_with(|| PlanItem {
                action: a.id.clone(),
                reasons: vec![],
                key_measure: false,
                must_fix: false,
                nis2: true,
                impact: a.impact,
                weight: 5,
                gap: 1.0,
                value: 0.0,
                priority: Priority::High,
                horizon: Horizon::ThisMonth,
                horizon_reason: HorizonReason::Duty,
                hours: a.work_hours(),
            });
            item.nis2 = true;
            item.weight = 5;
            item.gap = 1.0;
            first_reason.entry(a.id.as_str()).or_insert(0);
        }
    }

    // The plan: key-measure gaps and must-fix items first, then by impact x gap / effort.
    let mut plan: Vec<PlanItem> = items
        .into_values()
        .map(|mut item| {
            let effort = catalog
                .action(&item.action)
                .map_or(1.0, |a| effort_factor(a.effort));
            item.value = f64::from(item.impact) * item.gap * f64::from(item.weight) / 5.0 / effort;
            item.priority = if item.key_measure || item.must_fix || item.nis2 || item.value >= 3.0 {
                Priority::High
            } else if item.value >= 1.5 {
                Priority::Medium
            } else {
                Priority::Low
            };
            item
        })
        .collect();
    super::order::sort_by(&mut plan, |a, b| {
        let tier = |i: &PlanItem| u8::from(!(i.key_measure || i.must_fix || i.nis2));
        tier(a)
            .cmp(&tier(b))
            .then(b.value.total_cmp(&a.value))
            .then(first_reason[a.action.as_str()].cmp(&first_reason[b.action.as_str()]))
            .then(a.action.cmp(&b.action))
    });

    // When to do each action, for an organisation of this size.
    let size = SizeClass::from_staff(asked.get(nis2::ids::STAFF).and_then(Answer::one));
    // Open key measures are duties when the target is CyFun BASIC or higher.
    let key_measures_due = target.level >= nis2::Level::Basic;
    let plan: Vec<PlanItem> = horizon::schedule(catalog, plan, size, key_measures_due)
        .into_iter()
        .map(|(mut item, s)| {
            item.horizon = s.horizon;
            item.horizon_reason = s.reason;
            item.hours = s.hours;
            item
        })
        .collect();
    // This week's actions, the find-out action aside.
    let quick_wins = plan
        .iter()
        .filter(|i| i.horizon == Horizon::ThisWeek && i.action != FIND_OUT_ACTION)
        .map(|i| i.action.clone())
        .collect();

    Evaluation {
        depth,
        visible,
        sections,
        packs,
        progress,
        overall,
        cyfun,
        gdpr,
        nis2,
        target,
        plan,
        quick_wins,
        deferred: deferred_ids,
    }
}

fn effort_factor(e: Effort) -> f64 {
    match e {
        Effort::Hours => 1.0,
        Effort::Days => 1.25,
        Effort::Weeks => 2.0,
    }
}

/// The plan grouped by who typically does each action, in plan order within
/// each group; groups in the order owner, IT provider, accountant or legal,
/// all staff, and only those with actions.
pub fn by_who(catalog: &Catalog, plan: &[PlanItem]) -> Vec<(super::pack::Who, Vec<String>)> {
    super::pack::Who::ALL
        .into_iter()
        .map(|w| {
            let ids: Vec<String> = plan
                .iter()
                .filter(|i| catalog.action(&i.action).is_some_and(|a| a.who == w))
                .map(|i| i.action.clone())
                .collect();
            (w, ids)
        })
        .filter(|(_, ids)| !ids.is_empty())
        .collect()
}

/// Seconds a person takes to decide on one question, besides reading it.
pub const DECIDE_SECONDS: u32 = 10;
/// Reading speed assumed for question texts, hints and options (words per minute).
pub const READING_WPM: u32 = 180;

/// How long the questions take, in whole minutes (rounded up).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TimeNeeded {
    /// For every question asked now (optional ones aside).
    pub total: u32,
    /// For those not answered yet.
    pub remaining: u32,
}

/// The time the asked questions take, in `lang`: per question
/// [`DECIDE_SECONDS`] plus the time to read its text, hint and answer options
/// at [`READING_WPM`] words per minute.
pub fn time_needed(
    catalog: &Catalog,
    ev: &Evaluation,
    answers: &BTreeMap<String, Answer>,
    lang: super::lang::Lang,
) -> TimeNeeded {
    let (mut total, mut remaining) = (0u32, 0u32);
    for id in &ev.visible {
        let Some(q) = catalog.question(id) else {
            continue;
        };
        if q.optional {
            continue;
        }
        let tenths = question_tenths(catalog, q, lang);
        total += tenths;
        if !is_answered(catalog, q, answers.get(id)) {
            remaining += tenths;
        }
    }
    let minutes = |tenths: u32| tenths.div_ceil(600);
    TimeNeeded {
        total: minutes(total),
        remaining: minutes(remaining),
    }
}

/// The time one question takes, in tenths of a second (to round once, at the
/// end, to whole minutes): [`DECIDE_SECONDS`] plus its text, hint and answer
/// options in `lang` read at [`READING_WPM`] words per minute.
pub fn question_tenths(catalog: &Catalog, q: &Question, lang: super::lang::Lang) -> u32 {
    let words = |s: &str| s.split_whitespace().count() as u32;
    let mut w = words(q.text.get(lang)) + q.hint.as_ref().map_or(0, |h| words(h.get(lang)));
    if let Some(scale) = catalog.scale_of(q) {
        w += scale
            .options
            .iter()
            .map(|o| words(o.label.get(lang)))
            .sum::<u32>();
    }
    DECIDE_SECONDS * 10 + w * 600 / READING_WPM
}
