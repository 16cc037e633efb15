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
//! - CyFun BASIC readiness: every key measure is in place (score at least 75)
//!   and the security score is at least 60. A key measure below 75 blocks it,
//!   whatever the average.
//! - GDPR readiness: every must-fix item fully in place (score 100).
//! - The plan: key-measure gaps and must-fix items first; then, and within
//!   those, by value = impact x gap x weight / 5 / effort, where impact (1-5)
//!   is the action's, gap the largest shortfall of its reasons (1 - score/100),
//!   weight the highest weight of its questions, and effort 1 (hours),
//!   1.25 (days) or 2 (weeks). Ties keep the order the questions are asked.

use std::collections::{BTreeMap, BTreeSet};

use super::assessment::Answer;
use super::catalog::Catalog;
use super::nis2::{self, Nis2, TargetLevel};
use super::pack::{Condition, Effort, Operator, OptionRole, PackKind, Question};

/// The numbers behind the scoring policy.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Policy {
    /// A key measure is in place from this score.
    pub key_measure_min: u8,
    /// The security CheckUp must reach this score for CyFun BASIC readiness.
    pub basic_min: f64,
    /// A must-fix item is in place from this score.
    pub must_fix_min: u8,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            key_measure_min: 75,
            basic_min: 60.0,
            must_fix_min: 100,
        }
    }
}

/// The id of the pack whose score is compared with CyFun BASIC.
pub const SECURITY_PACK: &str = "security";
/// The id of the GDPR pack.
pub const GDPR_PACK: &str = "gdpr";
/// The action every "don't know" adds.
pub const FIND_OUT_ACTION: &str = "act.find-out";

/// Answered and visible (non-optional) questions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    pub fn done(&self) -> bool {
        self.answered >= self.total
    }

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
    pub pack: usize,
    pub section: usize,
    pub id: String,
    pub visible: bool,
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
    pub id: String,
    pub kind: PackKind,
    pub visible: bool,
    pub progress: Progress,
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

/// CyFun BASIC readiness.
#[derive(Clone, Debug, PartialEq)]
pub struct CyfunVerdict {
    pub readiness: Readiness,
    /// Key-measure questions that are answered and below the threshold.
    pub blocking: Vec<String>,
    /// Key-measure questions not answered yet.
    pub unanswered: Vec<String>,
    /// The security score, when any.
    pub score: Option<f64>,
    /// True when the security score is below the BASIC threshold.
    pub score_too_low: bool,
}

/// GDPR readiness.
#[derive(Clone, Debug, PartialEq)]
pub struct GdprVerdict {
    pub readiness: Readiness,
    /// Must-fix questions answered below the threshold.
    pub must_fix: Vec<String>,
    /// Must-fix questions not answered yet.
    pub unanswered: Vec<String>,
}

/// Why an action is in the plan: one weak answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub question: String,
    pub value: String,
    /// The answer's score (0 for "don't know").
    pub score: u8,
    pub dont_know: bool,
}

/// How urgent an action is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    High,
    Medium,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];
}

/// One action of the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanItem {
    pub action: String,
    pub reasons: Vec<Reason>,
    /// A key-measure gap is among the reasons.
    pub key_measure: bool,
    /// A legal must-fix item is among the reasons.
    pub must_fix: bool,
    /// The action's impact, 1-5, from the catalogue.
    pub impact: u8,
    /// Highest weight among the reasons, 1-5.
    pub weight: u8,
    /// Largest gap among the reasons, 0-1 (1 - score / 100).
    pub gap: f64,
    /// impact x gap x weight / 5, divided by the effort (hours 1, days 1.25, weeks 2).
    pub value: f64,
    pub priority: Priority,
}

/// Everything the engine concludes from the answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// Question ids that are asked now, in asking order.
    pub visible: Vec<String>,
    pub sections: Vec<SectionResult>,
    pub packs: Vec<PackResult>,
    /// Progress over every visible pack, the profile included.
    pub progress: Progress,
    /// Average of the CheckUp pack scores.
    pub overall: Option<f64>,
    pub cyfun: CyfunVerdict,
    pub gdpr: GdprVerdict,
    pub nis2: Nis2,
    pub target: TargetLevel,
    /// The action plan, most urgent first.
    pub plan: Vec<PlanItem>,
    /// Ids of 3-5 high-impact, low-effort actions to start this week.
    pub quick_wins: Vec<String>,
}

impl Evaluation {
    pub fn is_visible(&self, question: &str) -> bool {
        self.visible.iter().any(|q| q == question)
    }

    pub fn section(&self, id: &str) -> Option<&SectionResult> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn pack(&self, id: &str) -> Option<&PackResult> {
        self.packs.iter().find(|p| p.id == id)
    }

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
    let test = |t: &super::pack::Test| -> bool {
        if !visible.contains(t.question.as_str()) {
            return false;
        }
        let Some(a) = answers.get(&t.question) else {
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

/// What one answer means for scoring.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scored {
    /// Counts with this score, 0-100.
    Score { score: u8, dont_know: bool },
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

/// Evaluates the answers against the catalogue.
pub fn evaluate(catalog: &Catalog, answers: &BTreeMap<String, Answer>) -> Evaluation {
    evaluate_with(catalog, answers, &Policy::default())
}

pub fn evaluate_with(
    catalog: &Catalog,
    answers: &BTreeMap<String, Answer>,
    policy: &Policy,
) -> Evaluation {
    let mut visible_set: BTreeSet<&str> = BTreeSet::new();
    let mut visible = Vec::new();
    let mut sections = Vec::new();
    let mut packs = Vec::new();
    let mut progress = Progress::default();
    let mut pack_sums: Vec<Sum> = Vec::new();
    let mut cyfun = CyfunVerdict {
        readiness: Readiness::Reached,
        blocking: vec![],
        unanswered: vec![],
        score: None,
        score_too_low: false,
    };
    let mut gdpr = GdprVerdict {
        readiness: Readiness::Reached,
        must_fix: vec![],
        unanswered: vec![],
    };
    let mut items: BTreeMap<&str, PlanItem> = BTreeMap::new();
    let mut first_reason: BTreeMap<&str, usize> = BTreeMap::new();
    let mut order = 0usize;

    for (p, pack) in catalog.packs.iter().enumerate() {
        let pack_visible = pack
            .visible_if
            .as_ref()
            .is_none_or(|c| holds(c, answers, &visible_set));
        let scored_pack = pack.kind == PackKind::Checkup;
        let mut pack_progress = Progress::default();
        let mut pack_sum = Sum::default();
        for (s, section) in pack.sections.iter().enumerate() {
            let section_visible = pack_visible
                && section
                    .visible_if
                    .as_ref()
                    .is_none_or(|c| holds(c, answers, &visible_set));
            let mut sp = Progress::default();
            let mut sum = Sum::default();
            for q in &section.questions {
                order += 1;
                let shown = section_visible
                    && q.visible_if
                        .as_ref()
                        .is_none_or(|c| holds(c, answers, &visible_set));
                if !shown {
                    continue;
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
                if q.key_measure && pack.id == SECURITY_PACK {
                    match result {
                        Scored::Unanswered => cyfun.unanswered.push(q.id.clone()),
                        Scored::Score { score, .. } if score < policy.key_measure_min => {
                            cyfun.blocking.push(q.id.clone())
                        }
                        _ => {}
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
                        impact: a.impact,
                        weight: 0,
                        gap: 0.0,
                        value: 0.0,
                        priority: Priority::Low,
                    });
                    first_reason.entry(a.id.as_str()).or_insert(order);
                    if item.reasons.iter().all(|r| r.question != reason.question) {
                        item.reasons.push(reason.clone());
                    }
                    item.key_measure |= q.key_measure && score < policy.key_measure_min;
                    item.must_fix |= q.must_fix && score < policy.must_fix_min;
                    item.weight = item.weight.max(q.weight);
                    item.gap = item.gap.max(f64::from(100 - score.min(100)) / 100.0);
                }
            }
            pack_progress.add(sp);
            pack_sum.merge(sum);
            sections.push(SectionResult {
                pack: p,
                section: s,
                id: section.id.clone(),
                visible: section_visible,
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

    let checkup_scores: Vec<f64> = packs
        .iter()
        .filter(|p| p.kind == PackKind::Checkup && p.visible)
        .filter_map(|p| p.score)
        .collect();
    let overall = (!checkup_scores.is_empty())
        .then(|| checkup_scores.iter().sum::<f64>() / checkup_scores.len() as f64);

    // CyFun BASIC readiness.
    let security = packs.iter().find(|p| p.id == SECURITY_PACK);
    cyfun.score = security.and_then(|p| p.score);
    cyfun.score_too_low = cyfun.score.is_some_and(|s| s < policy.basic_min);
    let security_incomplete = security.is_none_or(|p| !p.progress.done() || p.score.is_none());
    cyfun.readiness = if !cyfun.blocking.is_empty() || cyfun.score_too_low {
        Readiness::NotReached
    } else if security_incomplete || !cyfun.unanswered.is_empty() {
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
    let asked: BTreeMap<String, Answer> = answers
        .iter()
        .filter(|(id, _)| visible_set.contains(id.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let nis2 = nis2::indicate(&asked);
    let target = nis2::target_level(&asked, &nis2);

    // The plan: key-measure gaps and must-fix items first, then by impact x gap / effort.
    let mut plan: Vec<PlanItem> = items
        .into_values()
        .map(|mut item| {
            let effort = catalog
                .action(&item.action)
                .map_or(1.0, |a| effort_factor(a.effort));
            item.value = f64::from(item.impact) * item.gap * f64::from(item.weight) / 5.0 / effort;
            item.priority = if item.key_measure || item.must_fix || item.value >= 3.0 {
                Priority::High
            } else if item.value >= 1.5 {
                Priority::Medium
            } else {
                Priority::Low
            };
            item
        })
        .collect();
    plan.sort_by(|a, b| {
        let tier = |i: &PlanItem| u8::from(!(i.key_measure || i.must_fix));
        tier(a)
            .cmp(&tier(b))
            .then(b.value.total_cmp(&a.value))
            .then(first_reason[a.action.as_str()].cmp(&first_reason[b.action.as_str()]))
            .then(a.action.cmp(&b.action))
    });

    let quick_wins = quick_wins(catalog, &plan);

    Evaluation {
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
    }
}

fn effort_factor(e: Effort) -> f64 {
    match e {
        Effort::Hours => 1.0,
        Effort::Days => 1.25,
        Effort::Weeks => 2.0,
    }
}

/// Up to five actions that take hours, cost little and matter (impact 3 or
/// more), most valuable first, shown in plan order. Big gaps first; small gaps
/// only when fewer than three big ones qualify.
fn quick_wins(catalog: &Catalog, plan: &[PlanItem]) -> Vec<String> {
    use super::pack::Cost;
    let candidates: Vec<&PlanItem> = plan
        .iter()
        .filter(|i| i.impact >= 3 && i.action != FIND_OUT_ACTION)
        .filter(|i| {
            catalog.action(&i.action).is_some_and(|a| {
                a.effort == Effort::Hours && matches!(a.cost, Cost::Free | Cost::Low)
            })
        })
        .collect();
    let mut wins: Vec<&PlanItem> = candidates
        .iter()
        .copied()
        .filter(|i| i.gap >= 0.5)
        .collect();
    if wins.len() < 3 {
        wins = candidates;
    }
    wins.sort_by(|a, b| b.value.total_cmp(&a.value));
    wins.truncate(5);
    // Keep plan order among the chosen ones.
    let chosen: BTreeSet<&str> = wins.iter().map(|i| i.action.as_str()).collect();
    plan.iter()
        .filter(|i| chosen.contains(i.action.as_str()))
        .map(|i| i.action.clone())
        .collect()
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
