//! The report model: everything the results page, the plan page and the PDF
//! show, with every string already in the chosen language. Built from the
//! catalogue, the assessment and the engine's evaluation; the PDF renderer
//! only lays it out.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::assessment::{Answer, Assessment, Depth, Status};
use super::catalog::Catalog;
use super::engine::{self, Evaluation, MeasureState, Priority, Readiness};
use super::horizon::{Horizon, HorizonReason};
use super::i18n::Msg;
use super::lang::Lang;
use super::nis2::{Figure, Level, Nis2Kind, Nis2Reason, Pointer, TargetReason};
use super::pack::{Cost, Effort, Input, PackKind, Platform, Question, Who};
use super::tailor::{self, Assignee};

/// A federation's branding, as far as the report shows it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Branding {
    /// The federation or organisation offering the CheckUp.
    pub name: String,
    /// Its helpdesk: a text and an https link (may be empty).
    #[serde(default)]
    pub helpdesk_text: String,
    /// The helpdesk's link (`https://`, `mailto:` or `tel:`; may be empty).
    #[serde(default)]
    pub helpdesk_url: String,
    /// The logo as PNG bytes, base64-encoded (may be empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub logo_png_base64: String,
    /// Main colour, `#rrggbb`.
    #[serde(default)]
    pub colour: String,
}

/// A link a person can follow.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Link {
    /// The title of the guide or text.
    pub title: String,
    /// Its address, in the report's language where there is one.
    pub url: String,
    /// Who publishes it, e.g. `Safeonweb@work (CCB)`.
    pub publisher: String,
}

/// How a verdict reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    /// Good news.
    Good,
    /// Needs work.
    Attention,
    /// Not known yet, or neutral.
    Neutral,
}

/// A verdict: a headline, an explanation and the items behind it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Verdict {
    /// The verdict's name, e.g. "GDPR basics".
    pub title: String,
    /// How it reads: good, needs work, or neutral.
    pub tone: Tone,
    /// The verdict in one sentence.
    pub headline: String,
    /// What lies behind it, one sentence each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<String>,
    /// The questions behind it (blocking key measures, must-fix items).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<VerdictItem>,
    /// A public guide that says more, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<Link>,
    /// The count in words: "Key measures in place: 4 of 13", "3 legal
    /// must-fix items open" (empty for a verdict without a count).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub count: String,
    /// Short names of what is missing (key measures, must-fix items), in
    /// the order of `items`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
    /// The heading of `missing` ("Not yet in place", "Open").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub missing_heading: String,
    /// A caveat shown with the count, never folded away: "3 legal duties
    /// that apply to you are only checked in the full CheckUp".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The NIS2 verdict: the [`Verdict`] fields (in the same JSON object) plus the
/// indication as data, for tools that read the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Nis2Verdict {
    /// The common verdict fields.
    #[serde(flatten)]
    pub verdict: Verdict,
    /// `essential`, `important`, `out_of_scope` or `unclear`.
    pub kind: Nis2Kind,
    /// The reasons as codes (`annex_i_medium`, `group`, `size_unknown`, ...),
    /// the main one first; `details` says the same in words.
    pub reasons: Vec<Nis2Reason>,
}

/// One item behind a verdict: a must-fix question, or a key measure that is
/// not in place (then `text` is its short name with the requirement id,
/// `answer` its state, and `questions` the questions behind it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct VerdictItem {
    /// The question to go to, to change the answer.
    pub question_id: String,
    /// The question, or the key measure's short name with its requirement id.
    pub text: String,
    /// The answer given, or the key measure's state, in words.
    pub answer: String,
    /// GDPR articles and CyFun requirement ids behind it, in words.
    pub refs: Vec<String>,
    /// The section to go to, to change the answer.
    pub section_id: String,
    /// For a key measure: the questions that give evidence for it, with the
    /// answers (shown behind a disclosure).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<VerdictQuestion>,
}

/// A question behind a verdict item, with the answer given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct VerdictQuestion {
    /// The question id.
    pub question_id: String,
    /// The question as asked.
    pub text: String,
    /// The answer given, in words.
    pub answer: String,
    /// The section to go to, to change the answer.
    pub section_id: String,
}

/// Where a key measure stands, as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MeasureCode {
    /// Every key-evidence question is at full score (or not applicable).
    InPlace,
    /// At least one key-evidence question is below full score or "don't know".
    Gap,
    /// Not known yet: some key evidence is unanswered.
    Unknown,
}

/// One of the 13 key measures of CyberFundamentals 2025 BASIC.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct KeyMeasureLine {
    /// The requirement id, e.g. `PR.DS-11.1`.
    pub id: String,
    /// Short name with the id: "Backups on a separate system (PR.DS-11.1)".
    pub name: String,
    /// Where it stands.
    pub state: MeasureCode,
    /// Where it stands, in words.
    pub state_label: String,
}

/// The CyberFundamentals BASIC verdict: the [`Verdict`] fields (in the same
/// JSON object; `items` are the key measures not in place) plus the count.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CyfunReport {
    /// The common verdict fields.
    #[serde(flatten)]
    pub verdict: Verdict,
    /// Key measures in place, 0 to `total`.
    pub in_place: usize,
    /// 13: the key measures of CyberFundamentals 2025 BASIC.
    pub total: usize,
    /// "Key measures in place: 4 of 13", in the report's language.
    pub count_line: String,
    /// All 13, in framework order.
    pub measures: Vec<KeyMeasureLine>,
    /// The label of the disclosure that shows the questions behind a key measure.
    pub show_questions: String,
    /// "Key measures not yet in place": the heading of `items`.
    pub missing_label: String,
}

/// The score of one section of a CheckUp.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SectionScore {
    /// The section id.
    pub id: String,
    /// The section title.
    pub title: String,
    /// 0-100, none when nothing scored is answered.
    pub score: Option<u8>,
    /// Maturity level 1-5, none while fewer than 3 questions are answered.
    pub level: Option<u8>,
    /// The level in words, "No score yet" when nothing scored is answered; empty while the level is not shown.
    pub level_label: String,
    /// Questions answered in the section.
    pub answered: usize,
    /// Questions asked in the section.
    pub total: usize,
}

/// The scores of one CheckUp (a scored pack).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PackScore {
    /// The pack id.
    pub id: String,
    /// The pack title.
    pub title: String,
    /// 0-100, none when nothing scored is answered.
    pub score: Option<u8>,
    /// Its sections that ask something, in order.
    pub sections: Vec<SectionScore>,
}

/// One action of the plan, with the person's edits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PlanEntry {
    /// The action id.
    pub id: String,
    /// Position in the plan, from 1.
    pub rank: usize,
    /// High, medium or low.
    pub priority: PriorityCode,
    /// The priority in words.
    pub priority_label: String,
    /// The action's title.
    pub title: String,
    /// Why it matters.
    pub why: String,
    /// The steps, platform-neutral.
    pub how: Vec<String>,
    /// The kind of work, as the packs say it.
    pub who: Who,
    /// Who does it in this organisation ("Your IT provider", "You or the
    /// person who looks after your computers"): [`PlanEntry::assignee`] in words.
    pub who_label: String,
    /// Who does it in this organisation, from the profile (see [`tailor::assignee`]).
    pub assignee: Assignee,
    /// How much work it is.
    pub effort: Effort,
    /// The effort in words ("A few hours").
    pub effort_label: String,
    /// The effort as words inside a sentence ("a few hours", "einige Stunden").
    pub effort_phrase: String,
    /// What it typically costs.
    pub cost: Cost,
    /// The cost in words ("Under EUR 500").
    pub cost_label: String,
    /// Why it is in the plan: "question — your answer".
    pub reasons: Vec<String>,
    /// GDPR articles and CyFun ids behind it.
    pub refs: Vec<String>,
    /// Reading tips: public guides.
    pub tips: Vec<Link>,
    /// A key-measure gap is among the reasons.
    pub key_measure: bool,
    /// A legal must-fix item is among the reasons.
    pub must_fix: bool,
    /// A duty of an NIS2 entity.
    pub nis2: bool,
    /// One of this week's actions.
    pub quick_win: bool,
    /// When to do it: `this_week`, `this_month`, `this_quarter` or `later`.
    pub horizon: Horizon,
    /// The horizon in words ("This month").
    pub horizon_label: String,
    /// Why it is not in the horizon its priority gives it, when it moved
    /// ("This week is already full for an organisation of your size."); empty otherwise.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub horizon_note: String,
    /// Typical hours of work.
    pub hours: u16,
    /// The hours in words ("about 3 hours").
    pub hours_label: String,
    /// A one-line pointer to getting help, when the action needs a
    /// specialist and the organisation looks after its own IT; empty otherwise.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub help: String,
    /// When the CheckUp drafts the document this action asks for (a record
    /// of processing, a register, a privacy notice, an incident card): a
    /// line that says so and names it; empty otherwise.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub document: String,
    /// Steps for the platforms the organisation uses: shown first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platform_how: Vec<PlatformHow>,
    /// Steps for platforms it may use (it did not say): folded away. A
    /// platform it said it does not use is never here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platform_more: Vec<PlatformHow>,
    /// Who takes it on, as the person entered it.
    pub owner: String,
    /// Due date, `YYYY-MM-DD`, or empty.
    pub due: String,
    /// The due date in words ("15 March 2027"), as the plan page shows it,
    /// or empty.
    #[serde(default)]
    pub due_label: String,
    /// The due date is before the report's date and the action is not done.
    #[serde(default)]
    pub overdue: bool,
    /// To do, doing or done.
    pub status: Status,
    /// The status in words.
    pub status_label: String,
    /// The person's note.
    pub note: String,
}

/// Priority as data (for filters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PriorityCode {
    /// High priority.
    High,
    /// Medium priority.
    Medium,
    /// Low priority.
    Low,
}

impl From<Priority> for PriorityCode {
    fn from(p: Priority) -> Self {
        match p {
            Priority::High => PriorityCode::High,
            Priority::Medium => PriorityCode::Medium,
            Priority::Low => PriorityCode::Low,
        }
    }
}

/// How many actions fall to whom.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct WhoCount {
    /// The kind of work (one group per kind).
    pub who: Who,
    /// Who does it in this organisation.
    pub assignee: Assignee,
    /// [`WhoCount::assignee`] in words.
    pub label: String,
    /// How many actions.
    pub actions: usize,
    /// Of which high priority.
    pub high: usize,
    /// Typical hours of work, all together.
    pub hours: u32,
    /// "5 actions, about 12 hours of work", in the report's language.
    pub line: String,
    /// The people the plan names for these actions ([`PlanEntry::owner`]),
    /// each once, in plan order; empty when nobody is named yet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub owners: Vec<String>,
    /// How many of these actions have a person in charge.
    #[serde(default)]
    pub assigned: usize,
    /// "Person in charge: Sofie (1 of 35 actions)": the people named, and how
    /// many of the actions they hold when that is not all; empty when nobody
    /// is named yet.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owners_line: String,
}

/// A weak answer and what it triggers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    /// The question as asked.
    pub question: String,
    /// The answer given, in words.
    pub answer: String,
    /// GDPR articles and CyFun requirement ids behind it, in words.
    pub refs: Vec<String>,
    /// Titles of the actions it triggers.
    pub actions: Vec<String>,
}

/// The weak answers of one section.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FindingSection {
    /// The section id.
    pub id: String,
    /// The section title.
    pub title: String,
    /// 0-100, none when nothing scored is answered.
    pub score: Option<u8>,
    /// Visible questions answered below full score or "don't know", in asking order.
    pub findings: Vec<Finding>,
}

/// One question with its answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AnswerLine {
    /// The question as asked.
    pub question: String,
    /// The answer in words.
    pub answer: String,
}

/// The answers of one section.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AppendixSection {
    /// The section title.
    pub title: String,
    /// Every visible question of the section, in asking order.
    pub lines: Vec<AnswerLine>,
}

/// A heading with its paragraphs (method, sources, privacy, disclaimer).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Paragraph {
    /// The heading.
    pub heading: String,
    /// The paragraphs, in order.
    pub text: Vec<String>,
}

/// One row of the comparison with the baseline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ChangeRow {
    /// The overall score, a CheckUp or a section.
    pub title: String,
    /// The score at the baseline, 0-100, if there was one.
    pub before: Option<u8>,
    /// The score now, 0-100, if there is one.
    pub now: Option<u8>,
}

/// One round over time: a baseline, or now.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Round {
    /// The baseline's name, or its date `YYYY-MM-DD`; for the current round "Now".
    pub label: String,
    /// The overall score then, 0-100, if there was one.
    pub overall: Option<u8>,
}

/// The current round compared with the latest baseline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Comparison {
    /// "Progress since 10 January 2026 (Spring)".
    pub title: String,
    /// "Then".
    pub before_label: String,
    /// "Now".
    pub now_label: String,
    /// "Change".
    pub change_label: String,
    /// Overall first, then each CheckUp and section.
    pub rows: Vec<ChangeRow>,
    /// "Completed since then".
    pub completed_label: String,
    /// Titles of the actions completed since the baseline.
    pub completed: Vec<String>,
    /// "Overall score by round".
    pub rounds_label: String,
    /// Every baseline, oldest first, then now.
    pub rounds: Vec<Round>,
}

/// Headings and column names, translated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Labels {
    /// "Summary".
    pub summary: String,
    /// "Overall score".
    pub overall: String,
    /// "Scores by section".
    pub scores: String,
    /// "Section".
    pub section: String,
    /// "Score".
    pub score: String,
    /// "Level".
    pub level: String,
    /// "Answered".
    pub answered: String,
    /// "Start this week".
    pub start_this_week: String,
    /// "Action plan".
    pub action_plan: String,
    /// "Priority".
    pub priority: String,
    /// "Action".
    pub action: String,
    /// "Why".
    pub why: String,
    /// "How".
    pub how: String,
    /// "Who".
    pub who: String,
    /// "Effort".
    pub effort: String,
    /// "Cost".
    pub cost: String,
    /// "Person in charge".
    pub owner: String,
    /// "Due".
    pub due: String,
    /// "overdue", after a due date that has passed.
    #[serde(default)]
    pub overdue: String,
    /// "Status".
    pub status: String,
    /// "Note".
    pub note: String,
    /// "Because".
    pub because: String,
    /// "Based on".
    pub references: String,
    /// "Findings by section".
    pub findings: String,
    /// "Reading tips".
    pub reading_tips: String,
    /// "Appendix: all your answers".
    pub appendix: String,
    /// "Method, sources and disclaimer".
    pub method: String,
    /// "Page {page} of {pages}": a template, the PDF fills in the numbers.
    pub page: String,
    /// "No score yet".
    pub not_scored: String,
    /// "Key measure".
    pub key_measure: String,
    /// "Legal must-fix".
    pub must_fix: String,
    /// "NIS2 duty": an action the NIS2 law asks of an essential or important entity.
    #[serde(default)]
    pub nis2_duty: String,
    /// Said when the plan is empty.
    pub no_actions: String,
    /// "Language".
    pub language: String,
    /// "Date".
    pub date: String,
    /// "Contents".
    pub contents: String,
    /// "Who does what?".
    pub by_who: String,
    /// "When" (the horizon column).
    #[serde(default)]
    pub when: String,
    /// "Your situation on one page".
    #[serde(default)]
    pub situation: String,
    /// "Your plan for this week and this month".
    #[serde(default)]
    pub plan_soon: String,
    /// "The rest of the plan".
    #[serde(default)]
    pub plan_rest: String,
    /// "Sources".
    #[serde(default)]
    pub sources: String,
    /// "Steps for other platforms" (folded platform steps).
    #[serde(default)]
    pub other_platforms: String,
    /// What a score means, in one or two sentences.
    #[serde(default)]
    pub score_explain: String,
    /// The chart's legend: the colours and the dashed line.
    #[serde(default)]
    pub score_legend: String,
    /// What the full report adds (said at the end of the short one).
    #[serde(default)]
    pub full_report_note: String,
    /// What stands between a label and its value: ": ", in French with a
    /// no-break space before the colon.
    #[serde(default = "default_colon")]
    pub colon: String,
}

fn default_colon() -> String {
    ": ".to_string()
}

/// How many questions are answered, of those asked at this depth.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct QuestionCount {
    /// Visible, non-optional questions answered, the profile included.
    pub answered: usize,
    /// Visible, non-optional questions, the profile included.
    pub total: usize,
    /// `quick` or `full`.
    pub depth: Depth,
}

/// Everything a report shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    /// The report's language.
    pub lang: Lang,
    /// The report's title.
    pub title: String,
    /// The report's subtitle.
    pub subtitle: String,
    /// The organisation's name, or a neutral "your organisation".
    pub organisation: String,
    /// The date in words, in the report's language.
    pub date: String,
    /// The date as `YYYY-MM-DD`.
    pub date_iso: String,
    /// The language's own name.
    pub language: String,
    /// The federation's branding, if one is configured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding: Option<Branding>,
    /// Headings and column names.
    pub labels: Labels,
    /// Overall score 0-100, none until something scored is answered.
    pub overall: Option<u8>,
    /// "42 of 60 questions answered".
    pub progress: String,
    /// The same as numbers, with the depth of the CheckUp.
    pub questions: QuestionCount,
    /// The scores of each CheckUp asked, in catalogue order.
    pub packs: Vec<PackScore>,
    /// The CyberFundamentals BASIC verdict.
    pub cyfun: CyfunReport,
    /// The GDPR verdict: the legal must-fix items.
    pub gdpr: Verdict,
    /// The NIS2 indication.
    pub nis2: Nis2Verdict,
    /// The CyberFundamentals level to aim for.
    pub target: Verdict,
    /// Ids of the plan entries to start this week.
    pub quick_wins: Vec<String>,
    /// The plan in horizon order (this week, this month, this quarter,
    /// later), each action once; `rank` numbers it through.
    pub plan: Vec<PlanEntry>,
    /// The plan's horizons, soonest first, only those with actions.
    #[serde(default)]
    pub horizons: Vec<HorizonGroup>,
    /// The questions answered "don't know", by whom to ask.
    #[serde(default)]
    pub ask: AskList,
    /// How much the PDF shows: `short` (the default) or `full`.
    #[serde(default)]
    pub kind: ReportKind,
    /// When the plan is a selection of the whole plan: what was selected
    /// ("This selection: 12 of 40 actions"); empty for the whole plan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub selection: String,
    /// "Answers “don't know”: 19"; empty when there are none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dont_know: String,
    /// The plan by who typically does it.
    pub who: Vec<WhoCount>,
    /// Weak answers by section.
    pub findings: Vec<FindingSection>,
    /// Every answer, by section.
    pub appendix: Vec<AppendixSection>,
    /// Reading tips of the plan, once each.
    pub tips: Vec<Link>,
    /// How the CheckUp scores, its sources, privacy and the disclaimer.
    pub method: Vec<Paragraph>,
    /// The disclaimer: a self-assessment, not an audit, a certification or legal advice.
    pub disclaimer: String,
    /// A short file-name stem: organisation and date, e.g. `checkup-bakkerij-peeters-2026-11-29`.
    pub file_stem: String,
    /// The comparison with the latest baseline, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comparison: Option<Comparison>,
}

/// What a report is built from.
pub struct ReportInput<'a> {
    /// The loaded packs.
    pub catalog: &'a Catalog,
    /// The assessment: answers and plan edits.
    pub assessment: &'a Assessment,
    /// The engine's evaluation of the assessment.
    pub evaluation: &'a Evaluation,
    /// The report's language.
    pub lang: Lang,
    /// Today, `YYYY-MM-DD` (the core has no clock).
    pub today: &'a str,
    /// The federation's branding, if any.
    pub branding: Option<Branding>,
}

/// Builds the report.
pub fn build(input: &ReportInput) -> Report {
    let ReportInput {
        catalog,
        assessment,
        evaluation: ev,
        lang,
        today,
        ..
    } = *input;
    let l = lang;
    let m = |msg: Msg| msg.get(l).to_string();
    let answers = &assessment.answers;

    let organisation = organisation_name(assessment).unwrap_or_else(|| m(Msg::YourOrganisation));

    let packs: Vec<PackScore> = catalog
        .packs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == PackKind::Checkup)
        .filter(|(_, p)| ev.pack(&p.id).is_some_and(|r| r.visible))
        .map(|(pi, p)| PackScore {
            id: p.id.clone(),
            title: p.title.get(l).to_string(),
            score: ev.pack(&p.id).and_then(|r| r.score).map(round),
            sections: ev
                .sections
                .iter()
                .filter(|s| s.pack == pi && s.visible && s.progress.total > 0)
                .map(|s| {
                    let section = &catalog.packs[pi].sections[s.section];
                    SectionScore {
                        id: s.id.clone(),
                        title: section.title.get(l).to_string(),
                        score: s.score.map(round),
                        // A band from one or two answers would say too much.
                        level: s.level().filter(|_| s.progress.answered >= 3),
                        level_label: match (s.score, s.level()) {
                            (None, _) => m(Msg::NotScoredYet),
                            (Some(_), Some(v)) if s.progress.answered >= 3 => level_label(v, l),
                            _ => String::new(),
                        },
                        answered: s.progress.answered,
                        total: s.progress.total,
                    }
                })
                .collect(),
        })
        .collect();

    let quick: std::collections::BTreeSet<&str> =
        super::order::set_of(ev.quick_wins.iter().map(String::as_str));
    let platforms = tailor::platforms(answers);
    let plan: Vec<PlanEntry> = ev
        .plan
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let a = catalog.action(&item.action)?;
            let edit = assessment.plan.get(&a.id).cloned().unwrap_or_default();
            let mut refs = Vec::new();
            let mut reasons = Vec::new();
            for r in &item.reasons {
                if let Some(q) = catalog.question(&r.question) {
                    reasons.push(Msg::ReasonLine.fill(
                        l,
                        &[
                            ("question", q.text.get(l)),
                            ("answer", &answer_label(catalog, q, answers.get(&q.id), l)),
                        ],
                    ));
                    for r in question_refs(q, l) {
                        if !refs.contains(&r) {
                            refs.push(r);
                        }
                    }
                }
            }
            // The provisions the action itself rests on (NIS2 duties, ...).
            for c in &a.law {
                let r = citation_ref(catalog, c, l);
                if !refs.contains(&r) {
                    refs.push(r);
                }
            }
            let assignee = tailor::assignee(a.who, answers);
            let steps = tailor::steps(a, &platforms);
            let platform_how = |list: &[&super::pack::PlatformSteps]| -> Vec<PlatformHow> {
                list.iter()
                    .map(|p| PlatformHow {
                        platform: p.platform,
                        label: platform_label(p.platform, l),
                        how: p.how.iter().map(|s| s.get(l).to_string()).collect(),
                    })
                    .collect()
            };
            Some(PlanEntry {
                id: a.id.clone(),
                rank: i + 1,
                priority: item.priority.into(),
                priority_label: priority_label(item.priority, l),
                title: a.title.get(l).to_string(),
                why: a.why.get(l).to_string(),
                how: a.how.iter().map(|s| s.get(l).to_string()).collect(),
                who: a.who,
                who_label: assignee_label(assignee, l),
                assignee,
                effort: a.effort,
                effort_label: effort_label(a.effort, l),
                effort_phrase: effort_phrase(a.effort, l),
                cost: a.cost,
                cost_label: cost_label(a.cost, l),
                reasons,
                refs,
                tips: a.tips.iter().filter_map(|t| link(catalog, t, l)).collect(),
                key_measure: item.key_measure,
                must_fix: item.must_fix,
                nis2: item.nis2,
                quick_win: quick.contains(a.id.as_str()),
                horizon: item.horizon,
                horizon_label: horizon_label(item.horizon, l),
                horizon_note: horizon_note(catalog, &item.horizon_reason, l),
                hours: item.hours,
                hours_label: hours_label(u32::from(item.hours), l),
                help: if tailor::needs_help(a, answers) {
                    m(Msg::HelpSpecialist)
                } else {
                    String::new()
                },
                document: a
                    .document
                    .map(|k| Msg::PlanDocumentReady.fill(l, &[("document", &k.title(l))]))
                    .unwrap_or_default(),
                platform_how: platform_how(&steps.first),
                platform_more: platform_how(&steps.folded),
                owner: edit.owner.clone(),
                due_label: if edit.due.trim().is_empty() {
                    String::new()
                } else {
                    long_date(&edit.due, l)
                },
                // ISO dates compare as text.
                overdue: !edit.due.trim().is_empty()
                    && edit.status != Status::Done
                    && edit.due.as_str() < today,
                due: edit.due.clone(),
                status: edit.status,
                status_label: status_label(edit.status, l),
                note: edit.note,
            })
        })
        .collect();

    let mut tips: Vec<Link> = Vec::new();
    for t in plan.iter().flat_map(|p| p.tips.iter()) {
        if !tips.iter().any(|x| x.url == t.url) {
            tips.push(t.clone());
        }
    }

    let findings = findings(catalog, ev, assessment, l);
    let appendix = appendix(catalog, ev, assessment, l);

    let file_stem = format!("checkup-{}-{}", slug(&organisation), today);

    Report {
        lang,
        title: m(Msg::ReportTitle),
        subtitle: m(Msg::ReportSubtitle),
        organisation,
        date: long_date(today, l),
        date_iso: today.to_string(),
        language: l.native_name().to_string(),
        branding: input.branding.clone(),
        labels: labels(l),
        overall: ev.overall.map(round),
        progress: Msg::ProgressLine.fill(
            l,
            &[
                ("answered", &ev.progress.answered.to_string()),
                ("total", &ev.progress.total.to_string()),
            ],
        ),
        questions: QuestionCount {
            answered: ev.progress.answered,
            total: ev.progress.total,
            depth: ev.depth,
        },
        packs,
        cyfun: cyfun_verdict(catalog, ev, assessment, l),
        gdpr: gdpr_verdict(catalog, ev, assessment, l),
        nis2: nis2_verdict(catalog, ev, assessment, l),
        target: target_verdict(catalog, ev, l),
        quick_wins: ev.quick_wins.clone(),
        who: who_counts(&plan, l),
        horizons: horizon_groups(&plan, l),
        ask: ask_list(catalog, ev, assessment, l),
        kind: ReportKind::Short,
        selection: String::new(),
        dont_know: dont_know_line(catalog, ev, assessment, l),
        plan,
        findings,
        appendix,
        tips,
        method: method(l),
        disclaimer: m(Msg::Disclaimer),
        file_stem,
        comparison: comparison(catalog, ev, assessment, l),
    }
}

fn comparison(
    catalog: &Catalog,
    ev: &Evaluation,
    assessment: &Assessment,
    l: Lang,
) -> Option<Comparison> {
    use super::history::{OVERALL, completed_since};
    let base = assessment.history.last()?;
    let day = long_date(base.saved.get(..10).unwrap_or(&base.saved), l);
    let title = if base.label.is_empty() {
        Msg::CompareTitle.fill(l, &[("date", &day)])
    } else {
        Msg::CompareTitleNamed.fill(l, &[("date", &day), ("label", &base.label)])
    };
    let mut rows = vec![ChangeRow {
        title: Msg::LOverall.get(l).to_string(),
        before: base.scores.get(OVERALL).copied(),
        now: ev.overall.map(round),
    }];
    for (pi, p) in catalog
        .packs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == PackKind::Checkup)
    {
        rows.push(ChangeRow {
            title: p.title.get(l).to_string(),
            before: base.scores.get(&p.id).copied(),
            now: ev.pack(&p.id).and_then(|r| r.score).map(round),
        });
        for s in ev.sections.iter().filter(|s| s.pack == pi && s.visible) {
            let now = s.score.map(round);
            let before = base.scores.get(&s.id).copied();
            if now.is_some() || before.is_some() {
                rows.push(ChangeRow {
                    title: p.sections[s.section].title.get(l).to_string(),
                    before,
                    now,
                });
            }
        }
    }
    let completed = completed_since(base, ev, assessment)
        .iter()
        .map(|id| {
            catalog
                .action(id)
                .map_or_else(|| id.clone(), |a| a.title.get(l).to_string())
        })
        .collect();
    let mut rounds: Vec<Round> = assessment
        .history
        .iter()
        .map(|b| Round {
            label: if b.label.is_empty() {
                b.saved.get(..10).unwrap_or(&b.saved).to_string()
            } else {
                b.label.clone()
            },
            overall: b.scores.get(OVERALL).copied(),
        })
        .collect();
    rounds.push(Round {
        label: Msg::LNow.get(l).to_string(),
        overall: ev.overall.map(round),
    });
    Some(Comparison {
        title,
        before_label: Msg::LThen.get(l).to_string(),
        now_label: Msg::LNow.get(l).to_string(),
        change_label: Msg::LChange.get(l).to_string(),
        rows,
        completed_label: Msg::LCompletedSince.get(l).to_string(),
        completed,
        rounds_label: Msg::LRounds.get(l).to_string(),
        rounds,
    })
}

/// Rounds a score to a whole number 0-100.
pub fn round(score: f64) -> u8 {
    score.round().clamp(0.0, 100.0) as u8
}

fn labels(l: Lang) -> Labels {
    let m = |msg: Msg| msg.get(l).to_string();
    Labels {
        summary: m(Msg::LSummary),
        overall: m(Msg::LOverall),
        scores: m(Msg::LScores),
        section: m(Msg::LSection),
        score: m(Msg::LScore),
        level: m(Msg::LLevel),
        answered: m(Msg::LAnswered),
        start_this_week: m(Msg::LStartThisWeek),
        action_plan: m(Msg::LActionPlan),
        priority: m(Msg::LPriority),
        action: m(Msg::LAction),
        why: m(Msg::LWhy),
        how: m(Msg::LHow),
        who: m(Msg::LWho),
        effort: m(Msg::LEffort),
        cost: m(Msg::LCost),
        owner: m(Msg::LOwner),
        due: m(Msg::LDue),
        overdue: m(Msg::LOverdue),
        status: m(Msg::LStatus),
        note: m(Msg::LNote),
        because: m(Msg::LBecause),
        references: m(Msg::LReferences),
        findings: m(Msg::LFindings),
        reading_tips: m(Msg::LReadingTips),
        appendix: m(Msg::LAppendix),
        method: m(Msg::LMethod),
        // A template: the PDF fills in the page numbers once it is laid out.
        page: Msg::LPage.fill(l, &[("page", "{page}"), ("pages", "{pages}")]),
        not_scored: m(Msg::NotScoredYet),
        key_measure: m(Msg::LKeyMeasure),
        must_fix: m(Msg::LMustFix),
        nis2_duty: m(Msg::LNis2Duty),
        no_actions: m(Msg::LNoActions),
        language: m(Msg::LanguageLabel),
        date: m(Msg::LDate),
        contents: m(Msg::LContents),
        by_who: m(Msg::LByWho),
        when: m(Msg::LWhen),
        situation: m(Msg::LSituation),
        plan_soon: m(Msg::LPlanSoon),
        plan_rest: m(Msg::LPlanRest),
        sources: m(Msg::LSources),
        other_platforms: m(Msg::LOtherPlatforms),
        score_explain: m(Msg::ScoreExplain),
        score_legend: m(Msg::ScoreLegend),
        full_report_note: m(Msg::FullReportNote),
        colon: m(Msg::Colon),
    }
}

/// The label of an answer as the person gave it (text, option labels, or "not answered").
pub fn answer_label(catalog: &Catalog, q: &Question, answer: Option<&Answer>, l: Lang) -> String {
    let Some(a) = answer else {
        return Msg::NotAnswered.get(l).to_string();
    };
    match &q.input {
        Input::Text { .. } => a.one().map(str::to_string).unwrap_or_default(),
        _ => {
            let labels: Vec<&str> = a
                .values()
                .iter()
                .filter_map(|v| catalog.option(q, v).map(|o| o.label.get(l)))
                .collect();
            if labels.is_empty() {
                Msg::NotAnswered.get(l).to_string()
            } else {
                labels.join(", ")
            }
        }
    }
}

/// "AVG art. 30", "CyFun® GV.PO-01.1", in the report's language; a key
/// measure with its short name: "CyFun® Backups on a separate system (PR.DS-11.1)".
pub fn question_refs(q: &Question, l: Lang) -> Vec<String> {
    let mut refs: Vec<String> = q
        .gdpr
        .iter()
        .map(|a| Msg::RefGdpr.fill(l, &[("article", a)]))
        .collect();
    refs.extend(q.cyfun.iter().map(|id| {
        let key = super::cyfun::requirement(id).is_some_and(|r| r.key_measure);
        let name = if key {
            key_measure_name(id, l)
        } else {
            id.clone()
        };
        Msg::RefCyfun.fill(l, &[("id", &name)])
    }));
    refs
}

/// A citation (`"nis2:23"`, `"be.nis2-act:34-37"`, `"gdpr:30(5)"`) as people
/// read it: "art. 23 NIS2-richtlijn", "Art. 23 NIS2 Directive", "AVG art. 30(5)";
/// an act without an article by its short name; an unknown law id as written.
pub fn citation_ref(catalog: &Catalog, citation: &str, l: Lang) -> String {
    let (law, article) = super::pack::parse_citation(citation);
    if law == super::pack::GDPR_LAW {
        return Msg::RefGdpr.fill(l, &[("article", article.unwrap_or_default())]);
    }
    let Some(act) = catalog.law(law) else {
        return citation.to_string();
    };
    let short = act.short.get(l);
    match article {
        Some(a) => Msg::RefLaw.fill(l, &[("article", a), ("law", short)]),
        None => short.to_string(),
    }
}

fn link(catalog: &Catalog, source: &str, l: Lang) -> Option<Link> {
    let s = catalog.source(source)?;
    Some(Link {
        title: s.title.get(l).to_string(),
        url: s.url.get(l).to_string(),
        publisher: s.publisher.get(l).to_string(),
    })
}

/// A priority in words ("High").
pub fn priority_label(p: Priority, l: Lang) -> String {
    match p {
        Priority::High => Msg::PriorityHigh,
        Priority::Medium => Msg::PriorityMedium,
        Priority::Low => Msg::PriorityLow,
    }
    .get(l)
    .to_string()
}

/// The kind of work in words (see [`assignee_label`] for who does it in this organisation).
pub fn who_label(w: Who, l: Lang) -> String {
    match w {
        Who::Owner => Msg::WhoOwner,
        Who::It => Msg::WhoIt,
        Who::Accountant => Msg::WhoAccountant,
        Who::Payroll => Msg::WhoPayroll,
        Who::Legal => Msg::WhoLegal,
        Who::AllStaff => Msg::WhoAllStaff,
    }
    .get(l)
    .to_string()
}

/// The effort in words ("A few hours").
pub fn effort_label(e: Effort, l: Lang) -> String {
    match e {
        Effort::Hours => Msg::EffortHours,
        Effort::Days => Msg::EffortDays,
        Effort::Weeks => Msg::EffortWeeks,
    }
    .get(l)
    .to_string()
}

/// The effort as words inside a sentence, in the language's own case
/// (German nouns keep their capital).
pub fn effort_phrase(e: Effort, l: Lang) -> String {
    let kind = match e {
        Effort::Hours => "hours",
        Effort::Days => "days",
        Effort::Weeks => "weeks",
    };
    Msg::EffortPhrase.fill(l, &[("effort", kind)])
}

/// The cost in words ("Under EUR 500").
pub fn cost_label(c: Cost, l: Lang) -> String {
    match c {
        Cost::Free => Msg::CostFree,
        Cost::Low => Msg::CostLow,
        Cost::Medium => Msg::CostMedium,
        Cost::High => Msg::CostHigh,
    }
    .get(l)
    .to_string()
}

/// A plan status in words ("In progress").
pub fn status_label(s: Status, l: Lang) -> String {
    match s {
        Status::Todo => Msg::StatusTodo,
        Status::Doing => Msg::StatusDoing,
        Status::Done => Msg::StatusDone,
    }
    .get(l)
    .to_string()
}

/// A maturity level 1-5 in words; any value other than 1-4 reads as level 5.
pub fn level_label(level: u8, l: Lang) -> String {
    match level {
        1 => Msg::Level1,
        2 => Msg::Level2,
        3 => Msg::Level3,
        4 => Msg::Level4,
        _ => Msg::Level5,
    }
    .get(l)
    .to_string()
}

fn verdict_items(
    catalog: &Catalog,
    ids: &[String],
    assessment: &Assessment,
    l: Lang,
) -> Vec<VerdictItem> {
    ids.iter()
        .filter_map(|id| {
            let q = catalog.question(id)?;
            let pos = catalog.question_pos(id)?;
            Some(VerdictItem {
                question_id: id.clone(),
                text: q.text.get(l).to_string(),
                answer: answer_label(catalog, q, assessment.answers.get(id), l),
                // A legal must-fix item names the provisions that make it a
                // duty (the GDPR, or the Belgian law it rests on: cookies,
                // direct marketing, cameras); other items their references.
                refs: if q.must_fix && !q.duty.is_empty() {
                    q.duty.iter().map(|c| citation_ref(catalog, c, l)).collect()
                } else {
                    question_refs(q, l)
                },
                section_id: catalog.packs[pos.pack].sections[pos.section].id.clone(),
                questions: vec![],
            })
        })
        .collect()
}

/// The short name of a key measure without its requirement id ("Backups
/// on a separate system"); the id for an id that is not a key measure.
pub fn key_measure_short(id: &str, l: Lang) -> String {
    let full = key_measure_name(id, l);
    full.strip_suffix(&format!(" ({id})"))
        .map(str::to_string)
        .unwrap_or(full)
}

/// A short name for a must-fix item: the title of the first action its
/// answer adds to the plan, else the question itself.
fn must_fix_short(catalog: &Catalog, q: &Question, l: Lang) -> String {
    q.actions
        .iter()
        .find_map(|t| catalog.action(&t.action))
        .map_or_else(|| q.text.get(l).to_string(), |a| a.title.get(l).to_string())
}

/// The short name of a key measure with its requirement id ("Backups on a
/// separate system (PR.DS-11.1)"); the id alone for an id that is not one of
/// the 13 key measures of CyberFundamentals 2025 BASIC.
pub fn key_measure_name(id: &str, l: Lang) -> String {
    let msg = match id {
        "ID.AM-08.2" => Msg::KmIdAm082,
        "PR.AA-01.1" => Msg::KmPrAa011,
        "PR.AA-03.2" => Msg::KmPrAa032,
        "PR.AA-05.1" => Msg::KmPrAa051,
        "PR.AA-05.2" => Msg::KmPrAa052,
        "PR.AA-05.3" => Msg::KmPrAa053,
        "PR.AA-05.4" => Msg::KmPrAa054,
        "PR.DS-11.1" => Msg::KmPrDs111,
        "PR.PS-04.1" => Msg::KmPrPs041,
        "PR.IR-01.1" => Msg::KmPrIr011,
        "PR.IR-01.2" => Msg::KmPrIr012,
        "DE.CM-01.2" => Msg::KmDeCm012,
        "DE.AE-03.1" => Msg::KmDeAe031,
        _ => return id.to_string(),
    };
    format!("{} ({id})", msg.get(l))
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Small => "Small",
        Level::Basic => "BASIC",
        Level::Important => "IMPORTANT",
        Level::Essential => "ESSENTIAL",
    }
}

fn cyfun_verdict(
    catalog: &Catalog,
    ev: &Evaluation,
    assessment: &Assessment,
    l: Lang,
) -> CyfunReport {
    let v = &ev.cyfun;
    let total = v.measures.len();
    let n = v.in_place().to_string();
    let count_line = Msg::KeyMeasuresCount.fill(l, &[("n", &n)]);
    let target = ev.target.level;
    let (tone, headline) = match v.readiness {
        Readiness::Reached => (Tone::Good, Msg::CyfunReached.get(l).to_string()),
        Readiness::NotReached => match target {
            // A micro-organisation aiming for Small: no alarm about BASIC.
            Level::Small => (Tone::Neutral, Msg::CyfunGapsSmall.get(l).to_string()),
            Level::Basic => (Tone::Attention, Msg::CyfunGapsBasic.get(l).to_string()),
            Level::Important | Level::Essential => (
                Tone::Attention,
                Msg::CyfunGapsHigher.fill(l, &[("level", level_name(target))]),
            ),
        },
        Readiness::Incomplete => (Tone::Neutral, Msg::CyfunIncomplete.fill(l, &[("n", &n)])),
    };
    let mut details = vec![Msg::CyfunExplain.get(l).to_string()];
    match target {
        Level::Important => details.push(Msg::CyfunHigherImportant.get(l).to_string()),
        Level::Essential => details.push(Msg::CyfunHigherEssential.get(l).to_string()),
        Level::Small | Level::Basic => {}
    }
    if v.unknown() > 0 && v.readiness != Readiness::Incomplete {
        details.push(Msg::KeyMeasuresUnanswered.fill(l, &[("count", &v.unknown().to_string())]));
    }
    if let Some(score) = v.score {
        details.push(Msg::CyfunScoreInfo.fill(l, &[("score", &round(score).to_string())]));
    }
    let state = |s: MeasureState| match s {
        MeasureState::InPlace => (MeasureCode::InPlace, Msg::MeasureInPlace.get(l).to_string()),
        MeasureState::Gap => (MeasureCode::Gap, Msg::MeasureGap.get(l).to_string()),
        MeasureState::Unknown => (MeasureCode::Unknown, Msg::MeasureUnknown.get(l).to_string()),
    };
    let measures: Vec<KeyMeasureLine> = v
        .measures
        .iter()
        .map(|m| {
            let (code, label) = state(m.state);
            KeyMeasureLine {
                id: m.id.to_string(),
                name: key_measure_name(m.id, l),
                state: code,
                state_label: label,
            }
        })
        .collect();
    // The measures not in place: gaps first, then those not known yet.
    let mut items = Vec::new();
    for wanted in [MeasureState::Gap, MeasureState::Unknown] {
        for m in v.measures.iter().filter(|m| m.state == wanted) {
            let questions: Vec<VerdictQuestion> = m
                .questions
                .iter()
                .filter_map(|id| {
                    let q = catalog.question(id)?;
                    let pos = catalog.question_pos(id)?;
                    Some(VerdictQuestion {
                        question_id: id.clone(),
                        text: q.text.get(l).to_string(),
                        answer: answer_label(catalog, q, assessment.answers.get(id), l),
                        section_id: catalog.packs[pos.pack].sections[pos.section].id.clone(),
                    })
                })
                .collect();
            // Go to the first question that needs work (or is not answered).
            let first = m
                .gaps
                .first()
                .or_else(|| m.unanswered.first())
                .or_else(|| m.questions.first());
            let (question_id, section_id) = first
                .and_then(|id| {
                    let pos = catalog.question_pos(id)?;
                    Some((
                        id.clone(),
                        catalog.packs[pos.pack].sections[pos.section].id.clone(),
                    ))
                })
                .unwrap_or_default();
            items.push(VerdictItem {
                question_id,
                text: key_measure_name(m.id, l),
                answer: state(m.state).1,
                refs: vec![],
                section_id,
                questions,
            });
        }
    }
    let missing = v
        .measures
        .iter()
        .filter(|m| m.state == MeasureState::Gap)
        .chain(
            v.measures
                .iter()
                .filter(|m| m.state == MeasureState::Unknown),
        )
        .map(|m| key_measure_short(m.id, l))
        .collect();
    CyfunReport {
        verdict: Verdict {
            title: Msg::LCyfun.get(l).to_string(),
            tone,
            headline,
            details,
            items,
            link: link(catalog, "src.cyfun", l),
            count: count_line.clone(),
            missing,
            missing_heading: Msg::KeyMeasuresMissing.get(l).to_string(),
            note: String::new(),
        },
        in_place: v.in_place(),
        total,
        count_line,
        measures,
        show_questions: Msg::ShowQuestions.get(l).to_string(),
        missing_label: Msg::KeyMeasuresMissing.get(l).to_string(),
    }
}

fn gdpr_verdict(catalog: &Catalog, ev: &Evaluation, assessment: &Assessment, l: Lang) -> Verdict {
    let v = &ev.gdpr;
    // "Nobody" left the questions on the organisation's own files out: a
    // verdict without them must not read as "your basics are in place".
    let no_personal_data = v.nobody == Some(engine::Nobody::LeftOut);
    let (tone, headline) = match v.readiness {
        Readiness::Reached if no_personal_data => {
            (Tone::Neutral, Msg::GdprNoPersonalData.get(l).to_string())
        }
        Readiness::Reached => (Tone::Good, Msg::GdprReached.get(l).to_string()),
        // The count is said by `count`.
        Readiness::NotReached => (Tone::Attention, Msg::GdprNotMet.get(l).to_string()),
        // Only duties left to the full CheckUp are open: the quick one is done.
        Readiness::Incomplete
            if !v.unanswered.is_empty()
                && v.unanswered.iter().all(|q| ev.deferred.contains(q))
                && ev
                    .packs
                    .iter()
                    .filter(|p| p.id == engine::GDPR_PACK)
                    .all(|p| p.progress.done()) =>
        {
            (Tone::Neutral, Msg::GdprInFull.get(l).to_string())
        }
        Readiness::Incomplete => (Tone::Neutral, Msg::GdprIncomplete.get(l).to_string()),
    };
    let mut details = vec![Msg::GdprExplain.get(l).to_string()];
    let (in_full, open): (Vec<&String>, Vec<&String>) =
        v.unanswered.iter().partition(|q| ev.deferred.contains(q));
    if !open.is_empty() {
        details.push(Msg::MustFixUnanswered.fill(l, &[("count", &open.len().to_string())]));
    }
    // Said on the card, not folded away: what "Nobody" did, and the duties
    // left to the full CheckUp.
    let mut notes: Vec<String> = match v.nobody {
        Some(engine::Nobody::LeftOut) if v.readiness == Readiness::Reached => {
            vec![Msg::GdprNoPersonalDataCheck.get(l).to_string()]
        }
        Some(engine::Nobody::LeftOut) => vec![
            Msg::GdprNoPersonalData.get(l).to_string(),
            Msg::GdprNoPersonalDataCheck.get(l).to_string(),
        ],
        Some(engine::Nobody::Contradicted) => {
            vec![Msg::GdprNobodyContradicted.fill(l, &[("reason", nobody_reason(ev, assessment))])]
        }
        None => vec![],
    };
    if !in_full.is_empty() {
        notes.push(Msg::MustFixInFull.fill(l, &[("count", &in_full.len().to_string())]));
    }
    let note = notes.join(" ");
    let count = match v.readiness {
        Readiness::Incomplete if v.must_fix.is_empty() => String::new(),
        // The card says why the GDPR questions were left out, not "none open".
        Readiness::Reached if no_personal_data => String::new(),
        _ => Msg::MustFixOpen.fill(l, &[("count", &v.must_fix.len().to_string())]),
    };
    Verdict {
        title: Msg::LGdpr.get(l).to_string(),
        tone,
        headline,
        details,
        items: verdict_items(catalog, &v.must_fix, assessment, l),
        link: link(catalog, "src.gba", l),
        count,
        missing: v
            .must_fix
            .iter()
            .filter_map(|id| catalog.question(id))
            .map(|q| must_fix_short(catalog, q, l))
            .collect(),
        missing_heading: Msg::MustFixOpenLabel.get(l).to_string(),
        note,
    }
}

fn nis2_verdict(
    catalog: &Catalog,
    ev: &Evaluation,
    assessment: &Assessment,
    l: Lang,
) -> Nis2Verdict {
    let n = &ev.nis2;
    let (tone, headline) = match n.kind {
        Nis2Kind::Essential => (Tone::Attention, Msg::Nis2Essential),
        Nis2Kind::Important => (Tone::Attention, Msg::Nis2Important),
        Nis2Kind::OutOfScope => (Tone::Good, Msg::Nis2Out),
        Nis2Kind::Unclear if n.at_least_important() => (Tone::Attention, Msg::Nis2AtLeastImportant),
        Nis2Kind::Unclear => (Tone::Neutral, Msg::Nis2Unclear),
    };
    let mut details: Vec<String> = n
        .reasons
        .iter()
        .map(|r| match (r, n.open_figures.as_slice()) {
            // Name the figures to find out when not all three are.
            (Nis2Reason::SizeUnknown, [one]) => {
                Msg::Nis2WhySizeFigures.fill(l, &[("figures", &figure_name(*one, l))])
            }
            (Nis2Reason::SizeUnknown, [first, second]) => {
                let both = Msg::Nis2FiguresTwo.fill(
                    l,
                    &[
                        ("first", &figure_name(*first, l)),
                        ("second", &figure_name(*second, l)),
                    ],
                );
                Msg::Nis2WhySizeFigures.fill(l, &[("figures", &both)])
            }
            _ => nis2_reason_text(*r, l),
        })
        .collect();
    if n.supplier {
        details.push(Msg::Nis2Supplier.get(l).to_string());
        // Customers already ask about security: say what they will likely want.
        if assessment
            .answers
            .get(super::nis2::ids::CUSTOMERS_ASK)
            .and_then(Answer::one)
            == Some("yes")
        {
            details.push(Msg::Nis2SupplierAsked.get(l).to_string());
        }
    }
    if n.at_least_important() {
        details.push(Msg::Nis2Duties.get(l).to_string());
    }
    if n.kind == Nis2Kind::Essential {
        details.push(Msg::Nis2DutiesEssential.get(l).to_string());
    }
    for p in &n.pointers {
        details.push(
            match p {
                Pointer::Dora => Msg::Nis2PointerDora,
                Pointer::Cra => Msg::Nis2PointerCra,
            }
            .get(l)
            .to_string(),
        );
    }
    details.push(Msg::Nis2NotLegalAdvice.get(l).to_string());
    Nis2Verdict {
        verdict: Verdict {
            title: Msg::LNis2.get(l).to_string(),
            tone,
            headline: headline.get(l).to_string(),
            details,
            items: vec![],
            link: link(catalog, "src.nis2-scope", l),
            count: String::new(),
            missing: vec![],
            missing_heading: String::new(),
            note: String::new(),
        },
        kind: n.kind,
        reasons: n.reasons.clone(),
    }
}

/// Which answer keeps the questions on the organisation's own files when
/// "Nobody" was answered (the first that applies, as the GDPR sections'
/// condition lists them): `staff`, `cameras`, `sensitive`, `webshop`, or
/// `open` when only unanswered questions keep them.
fn nobody_reason(ev: &Evaluation, assessment: &Assessment) -> &'static str {
    let given = |id: &str, values: &[&str]| {
        ev.is_visible(id)
            && assessment
                .answers
                .get(id)
                .is_some_and(|a| values.iter().any(|v| a.has(v)))
    };
    if given("profile.staff", &["10-49", "50-249", "250-plus"]) {
        "staff"
    } else if given("profile.cameras", &["yes"]) {
        "cameras"
    } else if given(
        "profile.special_data",
        &["health", "biometric", "criminal", "other", "dont_know"],
    ) {
        "sensitive"
    } else if given("profile.website", &["webshop"]) {
        "webshop"
    } else {
        "open"
    }
}

/// A size figure as it is named in a sentence ("your balance sheet total").
fn figure_name(f: Figure, l: Lang) -> String {
    match f {
        Figure::Staff => Msg::Nis2FigureStaff,
        Figure::Turnover => Msg::Nis2FigureTurnover,
        Figure::Balance => Msg::Nis2FigureBalance,
    }
    .get(l)
    .to_string()
}

/// A NIS2 reason in words.
pub fn nis2_reason_text(r: Nis2Reason, l: Lang) -> String {
    match r {
        Nis2Reason::EssentialAnySize => Msg::Nis2WhyEssentialAnySize,
        Nis2Reason::TelecomMediumOrLarge => Msg::Nis2WhyTelecomMediumOrLarge,
        Nis2Reason::AnnexILarge => Msg::Nis2WhyAnnexILarge,
        Nis2Reason::AnnexIMedium => Msg::Nis2WhyAnnexIMedium,
        Nis2Reason::TelecomSmall => Msg::Nis2WhyTelecomSmall,
        Nis2Reason::TrustService => Msg::Nis2WhyTrustService,
        Nis2Reason::AnnexII => Msg::Nis2WhyAnnexII,
        Nis2Reason::TooSmall => Msg::Nis2WhyTooSmall,
        Nis2Reason::NoSector => Msg::Nis2WhyNoSector,
        Nis2Reason::PublicBody => Msg::Nis2WhyPublicBody,
        Nis2Reason::SectorUnknown => Msg::Nis2WhySectorUnknown,
        Nis2Reason::SpecialUnknown => Msg::Nis2WhySpecialUnknown,
        Nis2Reason::SizeUnknown => Msg::Nis2WhySizeUnknown,
        Nis2Reason::Group => Msg::Nis2WhyGroup,
        Nis2Reason::GroupSize => Msg::Nis2WhyGroupSize,
        Nis2Reason::AtLeastImportant => Msg::Nis2WhyAtLeastImportant,
    }
    .get(l)
    .to_string()
}

fn target_verdict(catalog: &Catalog, ev: &Evaluation, l: Lang) -> Verdict {
    let level = level_name(ev.target.level);
    let reason = match ev.target.reason {
        TargetReason::Nis2 => Msg::TargetWhyNis2,
        TargetReason::Micro => Msg::TargetWhyMicro,
        TargetReason::Baseline => Msg::TargetWhyBaseline,
        TargetReason::Unclear => Msg::TargetWhyUnclear,
    };
    Verdict {
        title: Msg::LTarget.get(l).to_string(),
        tone: Tone::Neutral,
        // A level that follows the NIS2 indication is the usual one, not a
        // ruling: the CCB's CyFun selection tool sets it (from the sector's
        // risks and the size; atwork.safeonweb.be/cyberfundamentals-toolbox).
        headline: match ev.target.reason {
            TargetReason::Nis2 => Msg::TargetHeadlineLikely,
            _ => Msg::TargetHeadline,
        }
        .fill(l, &[("level", level)]),
        details: vec![reason.get(l).to_string()],
        items: vec![],
        // The CCB's tool that chooses the level from the sector's risks and the size.
        link: link(catalog, "src.cyfun-selection", l),
        count: String::new(),
        missing: vec![],
        missing_heading: String::new(),
        note: String::new(),
    }
}

fn findings(
    catalog: &Catalog,
    ev: &Evaluation,
    assessment: &Assessment,
    l: Lang,
) -> Vec<FindingSection> {
    let mut out = Vec::new();
    for s in ev.sections.iter().filter(|s| s.visible) {
        let pack = &catalog.packs[s.pack];
        if pack.kind != PackKind::Checkup {
            continue;
        }
        let section = &pack.sections[s.section];
        let findings: Vec<Finding> = section
            .questions
            .iter()
            .filter(|q| ev.is_visible(&q.id))
            .filter_map(|q| {
                let answer = assessment.answers.get(&q.id);
                let engine::Scored::Score { score, dont_know } = engine::scored(catalog, q, answer)
                else {
                    return None;
                };
                if score >= 100 && !dont_know {
                    return None;
                }
                let actions = ev
                    .plan
                    .iter()
                    .filter(|p| p.reasons.iter().any(|r| r.question == q.id))
                    .filter_map(|p| {
                        catalog
                            .action(&p.action)
                            .map(|a| a.title.get(l).to_string())
                    })
                    .collect();
                Some(Finding {
                    question: q.text.get(l).to_string(),
                    answer: answer_label(catalog, q, answer, l),
                    refs: question_refs(q, l),
                    actions,
                })
            })
            .collect();
        out.push(FindingSection {
            id: section.id.clone(),
            title: section.title.get(l).to_string(),
            score: s.score.map(round),
            findings,
        });
    }
    out
}

fn appendix(
    catalog: &Catalog,
    ev: &Evaluation,
    assessment: &Assessment,
    l: Lang,
) -> Vec<AppendixSection> {
    ev.sections
        .iter()
        .filter(|s| s.visible)
        .filter_map(|s| {
            let section = &catalog.packs[s.pack].sections[s.section];
            let lines: Vec<AnswerLine> = section
                .questions
                .iter()
                .filter(|q| ev.is_visible(&q.id))
                .map(|q| AnswerLine {
                    question: q.text.get(l).to_string(),
                    answer: answer_label(catalog, q, assessment.answers.get(&q.id), l),
                })
                .collect();
            (!lines.is_empty()).then(|| AppendixSection {
                title: section.title.get(l).to_string(),
                lines,
            })
        })
        .collect()
}

fn method(l: Lang) -> Vec<Paragraph> {
    let p = |heading: Msg, text: &[Msg]| Paragraph {
        heading: heading.get(l).to_string(),
        text: text.iter().map(|m| m.get(l).to_string()).collect(),
    };
    vec![
        p(
            Msg::MethodScoringTitle,
            &[
                Msg::MethodScoring1,
                Msg::MethodScoring2,
                Msg::MethodScoring3,
                Msg::MethodScoring5,
                Msg::MethodScoring4,
            ],
        ),
        p(
            Msg::MethodSourcesTitle,
            &[
                Msg::MethodSourcesGdpr,
                Msg::MethodSourcesCyfun,
                Msg::MethodSourcesGuides,
            ],
        ),
        p(Msg::MethodPrivacyTitle, &[Msg::MethodPrivacy]),
        p(Msg::MethodDisclaimerTitle, &[Msg::Disclaimer]),
    ]
}

/// `2026-11-29` as "29 november 2026" in the language: the date is read
/// with [`super::dates::parse`] (the calendar's rules), the words and their
/// order come from the message `long-date` (the translator's). A text that is
/// not a date of the calendar comes back as it is.
pub fn long_date(iso: &str, l: Lang) -> String {
    let Ok(date) = super::dates::parse(iso) else {
        return iso.to_string();
    };
    Msg::LongDate.fill(
        l,
        &[
            ("day", &date.day().to_string()),
            ("month", &u8::from(date.month()).to_string()),
            ("year", &date.year().to_string()),
        ],
    )
}

/// A file-name-safe form of a name: lower-case ASCII letters, digits and `-`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "assessment".to_string()
    } else {
        out
    }
}

fn fold_accent(c: char) -> Vec<char> {
    let s = match c {
        // German umlauts as German writes them without: ä ae, ö oe, ü ue
        // (the documents' own names do the same: "Datenschutzerklaerung").
        'ä' => "ae",
        'Ä' => "Ae",
        'ö' => "oe",
        'Ö' => "Oe",
        'ü' => "ue",
        'Ü' => "Ue",
        'à' | 'á' | 'â' | 'ã' | 'å' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Å' => "A",
        'ç' => "c",
        'Ç' => "C",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'È' | 'É' | 'Ê' | 'Ë' => "E",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' => "I",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' => "O",
        'ù' | 'ú' | 'û' => "u",
        'Ù' | 'Ú' | 'Û' => "U",
        'ß' => "ss",
        'œ' => "oe",
        'æ' => "ae",
        _ => return vec![c],
    };
    s.chars().collect()
}

// ---------------------------------------------------------------------------
// The plan in time, by whom, the questions to ask, and selections.

/// Steps for one platform, in the report's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PlatformHow {
    /// The platform.
    pub platform: Platform,
    /// "In Microsoft 365", "On WordPress or a similar system".
    pub label: String,
    /// The steps on that platform.
    pub how: Vec<String>,
}

/// One horizon of the plan with its total effort.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct HorizonGroup {
    /// The horizon.
    pub horizon: Horizon,
    /// "This week".
    pub title: String,
    /// Typical hours of work of its actions still to do (not marked done),
    /// all together.
    pub hours: u32,
    /// "3 actions, about 6 hours of work": the actions still to do, then
    /// "(1 done)" when some are marked done.
    pub total: String,
    /// Ids of its actions, in plan order.
    pub actions: Vec<String>,
}

/// How much the PDF shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    /// Cover, the situation on one page, this week's and this month's
    /// actions with why and how, the rest of the plan as a table, the
    /// questions to ask, method and sources.
    #[default]
    Short,
    /// Everything: findings per section, every action in detail, all answers.
    Full,
}

/// The questions answered "don't know", by whom can answer them: one list
/// per person, so each can go in one e-mail.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AskList {
    /// "What to ask, and whom".
    pub title: String,
    /// What the list is for.
    pub intro: String,
    /// For the people asked: "In these questions, “you” means Bakkerij
    /// Peeters."; empty when the organisation's name is not known.
    pub you_means: String,
    /// One group per person to ask, in [`Assignee::ALL`] order.
    pub groups: Vec<AskGroup>,
}

/// The questions for one person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AskGroup {
    /// Who to ask.
    pub assignee: Assignee,
    /// "Ask your IT provider".
    pub heading: String,
    /// The questions, in asking order.
    pub questions: Vec<AskItem>,
}

/// One question to ask, as the CheckUp asked it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AskItem {
    /// The question id.
    pub question_id: String,
    /// The section to go to, to fill in the answer.
    pub section_id: String,
    /// The question as asked.
    pub text: String,
}

/// Who does the work, as the organisation reads it ("Your IT provider").
pub fn assignee_label(a: Assignee, l: Lang) -> String {
    match a {
        Assignee::Owner => Msg::AssigneeOwner,
        Assignee::ItProvider => Msg::AssigneeItProvider,
        Assignee::ItStaff => Msg::AssigneeItStaff,
        Assignee::ItStaffOrProvider => Msg::AssigneeItStaffOrProvider,
        Assignee::OwnIt => Msg::AssigneeOwnIt,
        Assignee::ItUnknown => Msg::AssigneeItUnknown,
        Assignee::Accountant => Msg::AssigneeAccountant,
        Assignee::Payroll => Msg::AssigneePayroll,
        Assignee::Legal => Msg::AssigneeLegal,
        Assignee::AllStaff => Msg::AssigneeAllStaff,
    }
    .get(l)
    .to_string()
}

/// The heading of the questions for one person ("Ask your IT provider").
pub fn ask_heading(a: Assignee, l: Lang) -> String {
    match a {
        Assignee::Owner => Msg::AskOwner,
        Assignee::ItProvider => Msg::AskItProvider,
        Assignee::ItStaff => Msg::AskItStaff,
        Assignee::ItStaffOrProvider => Msg::AskItStaffOrProvider,
        Assignee::OwnIt => Msg::AskOwnIt,
        Assignee::ItUnknown => Msg::AskItUnknown,
        Assignee::Accountant => Msg::AskAccountant,
        Assignee::Payroll => Msg::AskPayroll,
        Assignee::Legal => Msg::AskLegal,
        Assignee::AllStaff => Msg::AskAllStaff,
    }
    .get(l)
    .to_string()
}

/// A horizon in words ("This month").
pub fn horizon_label(h: Horizon, l: Lang) -> String {
    match h {
        Horizon::ThisWeek => Msg::HorizonThisWeek,
        Horizon::ThisMonth => Msg::HorizonThisMonth,
        Horizon::ThisQuarter => Msg::HorizonThisQuarter,
        Horizon::Later => Msg::HorizonLater,
    }
    .get(l)
    .to_string()
}

/// The code of a horizon, as in the JSON (`this_week`, ...).
pub fn horizon_code(h: Horizon) -> &'static str {
    match h {
        Horizon::ThisWeek => "this_week",
        Horizon::ThisMonth => "this_month",
        Horizon::ThisQuarter => "this_quarter",
        Horizon::Later => "later",
    }
}

/// Why an action moved away from the horizon its priority gives it; empty
/// when it did not move.
fn horizon_note(catalog: &Catalog, reason: &HorizonReason, l: Lang) -> String {
    let title = |id: &str| {
        catalog
            .action(id)
            .map_or_else(|| id.to_string(), |a| a.title.get(l).to_string())
    };
    match reason {
        HorizonReason::QuickWin | HorizonReason::Duty | HorizonReason::Priority => String::new(),
        HorizonReason::Full { wanted } => {
            Msg::HorizonMovedFull.fill(l, &[("wanted", horizon_code(*wanted))])
        }
        HorizonReason::After { action } => {
            Msg::HorizonMovedAfter.fill(l, &[("action", &title(action))])
        }
        HorizonReason::NeededFor { action } => {
            Msg::HorizonMovedNeeded.fill(l, &[("action", &title(action))])
        }
    }
}

/// Hours of work in words ("about 3 hours").
pub fn hours_label(hours: u32, l: Lang) -> String {
    Msg::HoursAbout.fill(l, &[("hours", &hours.to_string())])
}

/// A platform as the steps' heading names it ("In Microsoft 365").
pub fn platform_label(p: Platform, l: Lang) -> String {
    match p {
        Platform::M365 => Msg::PlatformM365,
        Platform::Google => Msg::PlatformGoogle,
        Platform::SiteBuilder => Msg::PlatformSiteBuilder,
        Platform::Cms => Msg::PlatformCms,
        Platform::ShopPlatform => Msg::PlatformShopPlatform,
    }
    .get(l)
    .to_string()
}

/// The plan by who does the work: one group per kind of work with actions,
/// in the order of [`Who::ALL`], labelled as the organisation reads it.
fn who_counts(plan: &[PlanEntry], l: Lang) -> Vec<WhoCount> {
    Who::ALL
        .into_iter()
        .filter_map(|w| {
            let mine: Vec<&PlanEntry> = plan.iter().filter(|e| e.who == w).collect();
            let first = mine.first()?;
            let hours: u32 = mine.iter().map(|e| u32::from(e.hours)).sum();
            let mut owners: Vec<String> = vec![];
            for e in &mine {
                let owner = e.owner.trim();
                if !owner.is_empty() && !owners.iter().any(|o| o == owner) {
                    owners.push(owner.to_string());
                }
            }
            let assigned = mine.iter().filter(|e| !e.owner.trim().is_empty()).count();
            let owners_line = if owners.is_empty() {
                String::new()
            } else {
                let mut line = format!(
                    "{}{}{}",
                    Msg::LOwner.get(l),
                    Msg::Colon.get(l),
                    owners.join(", ")
                );
                if assigned < mine.len() {
                    line.push(' ');
                    line.push_str(&Msg::WhoOwnersPart.fill(
                        l,
                        &[
                            ("assigned", &assigned.to_string()),
                            ("total", &mine.len().to_string()),
                        ],
                    ));
                }
                line
            };
            Some(WhoCount {
                owners,
                assigned,
                owners_line,
                who: w,
                assignee: first.assignee,
                label: first.who_label.clone(),
                actions: mine.len(),
                high: mine
                    .iter()
                    .filter(|e| e.priority == PriorityCode::High)
                    .count(),
                hours,
                line: Msg::WhoLine.fill(
                    l,
                    &[
                        ("actions", &mine.len().to_string()),
                        ("hours", &hours.to_string()),
                    ],
                ),
            })
        })
        .collect()
}

/// The plan's horizons that have actions, soonest first, with their totals.
fn horizon_groups(plan: &[PlanEntry], l: Lang) -> Vec<HorizonGroup> {
    Horizon::ALL
        .into_iter()
        .filter_map(|h| {
            let mine: Vec<&PlanEntry> = plan.iter().filter(|e| e.horizon == h).collect();
            if mine.is_empty() {
                return None;
            }
            // The work still to do: actions marked done are counted apart.
            let open: Vec<&&PlanEntry> = mine.iter().filter(|e| e.status != Status::Done).collect();
            let hours: u32 = open.iter().map(|e| u32::from(e.hours)).sum();
            let done = mine.len() - open.len();
            let mut total = Msg::HorizonTotal.fill(
                l,
                &[
                    ("actions", &open.len().to_string()),
                    ("hours", &hours.to_string()),
                ],
            );
            if done > 0 {
                total.push(' ');
                total.push_str(&Msg::HorizonDone.fill(l, &[("done", &done.to_string())]));
            }
            Some(HorizonGroup {
                horizon: h,
                title: horizon_label(h, l),
                hours,
                total,
                actions: mine.iter().map(|e| e.id.clone()).collect(),
            })
        })
        .collect()
}

/// The organisation's name: the answer to `profile.org_name`, else the
/// name typed on the documents page; `None` when neither gives one (the
/// quick CheckUp does not ask it).
fn organisation_name(assessment: &Assessment) -> Option<String> {
    assessment
        .answers
        .get("profile.org_name")
        .and_then(Answer::one)
        .into_iter()
        .chain([assessment.documents.organisation.name.as_str()])
        .map(str::trim)
        .find(|s| !s.is_empty())
        .map(str::to_string)
}

/// The questions answered "don't know", grouped by whom to ask (see
/// [`tailor::ask_list`]), in the report's language.
fn ask_list(catalog: &Catalog, ev: &Evaluation, assessment: &Assessment, l: Lang) -> AskList {
    let organisation = organisation_name(assessment);
    let groups = tailor::ask_list(catalog, ev, &assessment.answers)
        .into_iter()
        .map(|(who, ids)| AskGroup {
            assignee: who,
            heading: ask_heading(who, l),
            questions: ids
                .iter()
                .filter_map(|id| {
                    let q = catalog.question(id)?;
                    let pos = catalog.question_pos(id)?;
                    Some(AskItem {
                        question_id: id.clone(),
                        section_id: catalog.packs[pos.pack].sections[pos.section].id.clone(),
                        text: q.text.get(l).to_string(),
                    })
                })
                .collect(),
        })
        .collect();
    AskList {
        title: Msg::AskTitle.get(l),
        intro: Msg::AskIntro.get(l),
        you_means: organisation
            .map(|o| Msg::AskYouMeans.fill(l, &[("organisation", &o)]))
            .unwrap_or_default(),
        groups,
    }
}

/// "Answers “don't know”: 19", or empty when there are none.
fn dont_know_line(catalog: &Catalog, ev: &Evaluation, assessment: &Assessment, l: Lang) -> String {
    let n: usize = tailor::ask_list(catalog, ev, &assessment.answers)
        .iter()
        .map(|(_, ids)| ids.len())
        .sum();
    if n == 0 {
        String::new()
    } else {
        Msg::ScoreDontKnow.fill(l, &[("count", &n.to_string())])
    }
}

impl Report {
    /// The PDF's file name: the file stem, and for the full report a word
    /// that says so in the report's language ("…-volledig.pdf"), so the
    /// short and the full report never share a name.
    pub fn pdf_file_name(&self) -> String {
        match self.kind {
            ReportKind::Short => format!("{}.pdf", self.file_stem),
            ReportKind::Full => format!(
                "{}-{}.pdf",
                self.file_stem,
                slug(&Msg::FileFull.get(self.lang))
            ),
        }
    }

    /// Keeps only the listed actions of the plan (a filter on the plan
    /// page), in plan order, and says so in [`Report::selection`]; the
    /// horizons, this week's actions and the counts by whom follow. Ids not
    /// in the plan are ignored. Keeping every action changes nothing.
    pub fn select(&mut self, ids: &[String]) {
        let total = self.plan.len();
        self.plan.retain(|e| ids.contains(&e.id));
        if self.plan.len() == total {
            return;
        }
        let l = self.lang;
        self.quick_wins.retain(|id| ids.contains(id));
        self.who = who_counts(&self.plan, l);
        self.horizons = horizon_groups(&self.plan, l);
        self.selection = Msg::SelectionLine.fill(
            l,
            &[
                ("shown", &self.plan.len().to_string()),
                ("total", &total.to_string()),
            ],
        );
    }

    /// The questions to ask as a plain-text file (UTF-8, CRLF line ends)
    /// that can be attached to an e-mail or pasted into one: a heading per
    /// person, numbered questions, room for the answers. Empty when there is
    /// nothing to ask.
    pub fn ask_text(&self) -> String {
        if self.ask.groups.is_empty() {
            return String::new();
        }
        let mut out = String::new();
        let mut line = |s: &str| {
            out.push_str(s);
            out.push_str("\r\n");
        };
        line(&format!("{} – {}", self.ask.title, self.organisation));
        line(&self.date);
        line("");
        line(&self.ask.intro);
        if !self.ask.you_means.is_empty() {
            line(&self.ask.you_means);
        }
        let answer = Msg::AskAnswer.get(self.lang);
        for g in &self.ask.groups {
            line("");
            line(&g.heading);
            line(&"=".repeat(g.heading.chars().count()));
            for (i, q) in g.questions.iter().enumerate() {
                line("");
                line(&format!("{}. {}", i + 1, q.text));
                line(&format!("   {answer}"));
            }
        }
        line("");
        line(&format!("-- {}", self.title));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_in_each_language() {
        assert_eq!(long_date("2026-11-29", Lang::Nl), "29 november 2026");
        assert_eq!(long_date("2026-03-01", Lang::Fr), "1er mars 2026");
        assert_eq!(long_date("2026-08-05", Lang::De), "5. August 2026");
        assert_eq!(long_date("2026-12-31", Lang::En), "31 December 2026");
        assert_eq!(long_date("not a date", Lang::En), "not a date");
        assert_eq!(long_date("2026-13-01", Lang::En), "2026-13-01");
        assert_eq!(long_date("2026-02-31", Lang::Nl), "2026-02-31");
    }

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(slug("Bakkerij Peeters & Zonen"), "bakkerij-peeters-zonen");
        assert_eq!(slug("Café Élysée — Straße 5"), "cafe-elysee-strasse-5");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(
            slug("Steuerbüro Kremer & Partner"),
            "steuerbuero-kremer-partner"
        );
        assert_eq!(slug("   "), "assessment");
        assert!(slug(&"x".repeat(500)).len() <= 40);
    }
}
