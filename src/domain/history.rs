//! Rounds over time: a finished round is saved as a baseline; later rounds
//! are compared with it.

use std::collections::BTreeMap;

use super::assessment::{Assessment, Baseline, Status};
use super::engine::Evaluation;
use super::report::round;

/// The key of the overall score in a baseline's scores.
pub const OVERALL: &str = "overall";

/// Takes a baseline of the current round.
pub fn baseline(ev: &Evaluation, assessment: &Assessment, saved: &str, label: &str) -> Baseline {
    let mut scores = BTreeMap::new();
    for s in ev.sections.iter().filter(|s| s.visible) {
        if let Some(v) = s.score {
            scores.insert(s.id.clone(), round(v));
        }
    }
    for p in ev.packs.iter().filter(|p| p.visible) {
        if let Some(v) = p.score {
            scores.insert(p.id.clone(), round(v));
        }
    }
    if let Some(v) = ev.overall {
        scores.insert(OVERALL.to_string(), round(v));
    }
    let done = |id: &str| {
        assessment
            .plan
            .get(id)
            .is_some_and(|e| e.status == Status::Done)
    };
    Baseline {
        saved: saved.to_string(),
        label: label.trim().chars().take(60).collect(),
        scores,
        open_actions: ev
            .plan
            .iter()
            .filter(|p| !done(&p.action))
            .map(|p| p.action.clone())
            .collect(),
        done_actions: ev
            .plan
            .iter()
            .filter(|p| done(&p.action))
            .map(|p| p.action.clone())
            .collect(),
        extra: Default::default(),
    }
}

/// Actions open at the baseline that are done now, or no longer needed
/// (the answers that triggered them improved).
pub fn completed_since(base: &Baseline, ev: &Evaluation, assessment: &Assessment) -> Vec<String> {
    base.open_actions
        .iter()
        .filter(|id| {
            ev.plan_item(id).is_none()
                || assessment
                    .plan
                    .get(*id)
                    .is_some_and(|e| e.status == Status::Done)
        })
        .cloned()
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::assessment::{Answer, PlanEdit};
    use crate::domain::{engine, packs};

    #[test]
    fn a_baseline_remembers_scores_and_open_actions_and_progress_shows_later() {
        let c = packs::builtin();
        let mut a = Assessment::default();
        a.answers
            .insert("profile.staff".into(), Answer::One("1-9".into()));
        a.answers
            .insert("sec.backup.regular".into(), Answer::One("no".into()));
        a.answers
            .insert("sec.devices.antimalware".into(), Answer::One("no".into()));
        let ev = engine::evaluate(&c, &a.answers);
        let b = baseline(&ev, &a, "2026-01-10T10:00:00Z", " Spring ");
        assert_eq!(b.label, "Spring");
        assert_eq!(b.scores.get("sec.backup"), Some(&0));
        assert!(b.open_actions.contains(&"act.sec.backup-321".to_string()));

        // Later: backups fixed, anti-malware marked done.
        a.answers
            .insert("sec.backup.regular".into(), Answer::One("yes".into()));
        a.plan.insert(
            "act.sec.antimalware".into(),
            PlanEdit {
                status: Status::Done,
                ..PlanEdit::default()
            },
        );
        let ev = engine::evaluate(&c, &a.answers);
        let done = completed_since(&b, &ev, &a);
        assert!(done.contains(&"act.sec.backup-321".to_string()));
        assert!(done.contains(&"act.sec.antimalware".to_string()));
    }
}
