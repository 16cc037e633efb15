//! The person's own planning of the action plan: who takes an action on, by
//! when, how far it is, a note. Plain methods on [`Assessment`], so the
//! plan page only calls them and the rules are tested natively.

use super::assessment::{Assessment, PlanEdit};

impl Assessment {
    /// Changes the person's edits of one action with `f` and stamps the
    /// change with `now` (ISO 8601). An edit that ends up empty (no owner,
    /// no due date, "to do", no note) is removed, so the file keeps only
    /// what the person entered. Returns whether anything changed (no
    /// change, no new time stamp).
    pub fn edit_plan(&mut self, action: &str, now: &str, f: impl FnOnce(&mut PlanEdit)) -> bool {
        let before = self.plan.get(action).cloned().unwrap_or_default();
        let mut after = before.clone();
        f(&mut after);
        if after == before {
            return false;
        }
        if after.is_empty() {
            self.plan.remove(action);
        } else {
            self.plan.insert(action.to_string(), after);
        }
        self.updated = now.to_string();
        true
    }

    /// Gives every listed action to one person: `owner` (trimmed) becomes
    /// the person in charge of each, replacing whoever was named before; an
    /// empty name takes the actions back from everyone. Due dates, status
    /// and notes stay. Returns how many actions changed.
    pub fn assign_group(&mut self, actions: &[String], owner: &str, now: &str) -> usize {
        let owner = owner.trim();
        actions
            .iter()
            .filter(|id| self.edit_plan(id, now, |e| e.owner = owner.to_string()))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::Status;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn an_edit_is_kept_and_stamped_and_an_emptied_one_goes() {
        let mut a = Assessment::default();
        assert!(a.edit_plan("act.mfa", "2026-11-29T10:00:00Z", |e| e.note =
            "Bel Jan".into()));
        assert_eq!(a.plan["act.mfa"].note, "Bel Jan");
        assert_eq!(a.updated, "2026-11-29T10:00:00Z");
        // The same value again: nothing changes, not even the time.
        assert!(!a.edit_plan("act.mfa", "2026-11-29T11:00:00Z", |e| e.note =
            "Bel Jan".into()));
        assert_eq!(a.updated, "2026-11-29T10:00:00Z");
        // Emptied: the action has no edits left and leaves the file.
        assert!(a.edit_plan("act.mfa", "2026-11-29T12:00:00Z", |e| e.note.clear()));
        assert!(a.plan.is_empty());
        assert!(!a.has_work(), "nothing the person entered is left");
    }

    #[test]
    fn a_group_goes_to_one_person_and_keeps_dates_status_and_notes() {
        let mut a = Assessment::default();
        a.edit_plan("act.backup", "t0", |e| {
            e.owner = "Jan".into();
            e.due = "2026-12-15".into();
            e.status = Status::Doing;
        });
        a.edit_plan("act.firewall", "t0", |e| {
            e.note = "Router in de kelder".into()
        });
        let group = ids(&["act.backup", "act.firewall", "act.mfa"]);
        assert_eq!(a.assign_group(&group, "  IT Partners BV ", "t1"), 3);
        for id in &group {
            assert_eq!(a.plan[id].owner, "IT Partners BV", "{id}");
        }
        assert_eq!(a.plan["act.backup"].due, "2026-12-15");
        assert_eq!(a.plan["act.backup"].status, Status::Doing);
        assert_eq!(a.plan["act.firewall"].note, "Router in de kelder");
        assert_eq!(a.updated, "t1");
        // Again with the same name: nothing to change.
        assert_eq!(a.assign_group(&group, "IT Partners BV", "t2"), 0);
        assert_eq!(a.updated, "t1");
        // Other actions are untouched.
        assert!(!a.plan.contains_key("act.other"));
    }

    #[test]
    fn an_empty_name_takes_a_group_back() {
        let mut a = Assessment::default();
        let group = ids(&["act.a", "act.b"]);
        a.assign_group(&group, "Marie", "t0");
        a.edit_plan("act.b", "t0", |e| e.note = "keep".into());
        assert_eq!(a.assign_group(&group, "   ", "t1"), 2);
        assert!(!a.plan.contains_key("act.a"), "nothing left on act.a");
        assert_eq!(a.plan["act.b"].owner, "");
        assert_eq!(a.plan["act.b"].note, "keep");
    }
}
