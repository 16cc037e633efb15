//! When to do each action of the plan: this week, this month, this quarter or
//! later, so that an owner sees what to do on Monday and a plan that fits the
//! organisation's size.
//!
//! # Rules
//! 1. Each action gets a natural horizon:
//!    - **this week**: a quick win, i.e. work of a few hours (`effort: hours`)
//!      that costs little (`free` or `low`) and matters (impact 3 or more);
//!      the "find out" action comes last among them; when the week is full it
//!      is never later than this month, as a duty: what the person finds out
//!      may change the rest of the plan (it may decide a key measure);
//!    - **this month**: an open key measure, a legal must-fix item or an NIS2
//!      duty that is not a quick win. Open key measures count as such duties
//!      only when the organisation aims for CyberFundamentals BASIC or higher:
//!      for a micro-organisation whose target is CyFun Small (see
//!      `nis2::target_level`), BASIC is the next step, so its key measures
//!      are planned by priority (first in their horizon) like other actions;
//!    - **this quarter**: other high- and medium-priority actions;
//!    - **later**: low-priority improvements.
//! 2. Each horizon is capped, in actions and in hours of work, by the size of
//!    the organisation ([`Capacity::for_size`]); actions are placed in plan
//!    order and what does not fit moves to the next horizon, with the reason
//!    kept ([`HorizonReason::Full`]). Key measures, must-fix items and NIS2
//!    duties are never later than this month: the month's cap never moves them.
//!    When dependencies (rule 3) move actions out of a horizon, actions that
//!    moved on only because it was full come back into the room left.
//! 3. Dependencies (`after` in the packs) keep their order: an action is never
//!    in an earlier horizon than an action it needs first (it moves later,
//!    [`HorizonReason::After`]), except that a duty, which is never later than
//!    this month, pulls what it needs into this month
//!    ([`HorizonReason::NeededFor`]). Within a horizon, plan order is kept,
//!    with what is needed first before what needs it.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::catalog::Catalog;
use super::engine::{FIND_OUT_ACTION, PlanItem, Priority};
use super::pack::{Cost, Effort};

/// When to do an action.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Horizon {
    /// This week: quick wins.
    ThisWeek,
    /// This month: open key measures, legal must-fix items and NIS2 duties.
    ThisMonth,
    /// This quarter: other high- and medium-priority actions.
    ThisQuarter,
    /// Later: low-priority improvements.
    Later,
}

impl Horizon {
    /// All horizons, soonest first.
    pub const ALL: [Horizon; 4] = [
        Horizon::ThisWeek,
        Horizon::ThisMonth,
        Horizon::ThisQuarter,
        Horizon::Later,
    ];

    fn previous(self) -> Horizon {
        match self {
            Horizon::Later => Horizon::ThisQuarter,
            Horizon::ThisQuarter => Horizon::ThisMonth,
            _ => Horizon::ThisWeek,
        }
    }

    fn next(self) -> Horizon {
        match self {
            Horizon::ThisWeek => Horizon::ThisMonth,
            Horizon::ThisMonth => Horizon::ThisQuarter,
            _ => Horizon::Later,
        }
    }
}

/// Why an action has its horizon.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HorizonReason {
    /// A few hours' work that costs little and matters.
    QuickWin,
    /// An open key measure, a legal must-fix item or an NIS2 duty.
    Duty,
    /// Its priority.
    Priority,
    /// An earlier horizon was full for an organisation of this size.
    Full {
        /// The last horizon that was full: the one just before the action's
        /// own (an action that wanted this week but found the month full
        /// too says the month).
        wanted: Horizon,
    },
    /// It needs this action (in the plan) done first.
    After {
        /// The id of the action it needs first.
        action: String,
    },
    /// A duty in this horizon needs it first.
    NeededFor {
        /// The id of the duty that needs it.
        action: String,
    },
}

/// The size class that sets the caps, from `profile.staff`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SizeClass {
    /// 1-9 people.
    Micro,
    /// 10-49 people (also when the size is not known).
    Small,
    /// 50-249 people.
    Medium,
    /// 250 people or more.
    Large,
}

impl SizeClass {
    /// From the value of `profile.staff`; unknown sizes count as small.
    pub fn from_staff(staff: Option<&str>) -> SizeClass {
        match staff {
            Some("1-9") => SizeClass::Micro,
            Some("50-249") => SizeClass::Medium,
            Some("250-plus") => SizeClass::Large,
            _ => SizeClass::Small,
        }
    }
}

/// How much fits in one horizon: at most `actions` actions and `hours` hours
/// of work (an action longer than the whole budget still fits in an empty
/// horizon).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capacity {
    /// Most actions in the horizon.
    pub actions: usize,
    /// Most hours of work in the horizon.
    pub hours: u32,
}

impl Capacity {
    /// The caps for this week, this month (besides duties) and this quarter.
    /// "Later" has none. A micro-enterprise gets at most 3 actions (6 hours)
    /// this week; a medium-sized one 5 (16 hours).
    pub fn for_size(size: SizeClass, horizon: Horizon) -> Option<Capacity> {
        let c = |actions, hours| Some(Capacity { actions, hours });
        match (horizon, size) {
            (Horizon::ThisWeek, SizeClass::Micro) => c(3, 6),
            (Horizon::ThisWeek, SizeClass::Small) => c(4, 10),
            (Horizon::ThisWeek, SizeClass::Medium) => c(5, 16),
            (Horizon::ThisWeek, SizeClass::Large) => c(5, 24),
            (Horizon::ThisMonth, SizeClass::Micro) => c(4, 16),
            (Horizon::ThisMonth, SizeClass::Small) => c(6, 32),
            (Horizon::ThisMonth, SizeClass::Medium) => c(8, 60),
            (Horizon::ThisMonth, SizeClass::Large) => c(10, 100),
            (Horizon::ThisQuarter, SizeClass::Micro) => c(6, 40),
            (Horizon::ThisQuarter, SizeClass::Small) => c(10, 80),
            (Horizon::ThisQuarter, SizeClass::Medium) => c(15, 160),
            (Horizon::ThisQuarter, SizeClass::Large) => c(20, 240),
            (Horizon::Later, _) => None,
        }
    }
}

/// One action's place in time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scheduled {
    /// When to do it.
    pub horizon: Horizon,
    /// Why it has that horizon.
    pub reason: HorizonReason,
    /// Typical hours of work (the action's `hours`, or a default from its effort).
    pub hours: u16,
}

/// A duty of the plan (never later than this month): a legal must-fix item,
/// an NIS2 duty, or an open key measure when `key_measures_due`.
fn is_duty(item: &PlanItem, key_measures_due: bool) -> bool {
    (key_measures_due && item.key_measure) || item.must_fix || item.nis2
}

/// Whether an action is a quick win: hours of work, free or low cost, impact 3+.
pub fn is_quick_win(catalog: &Catalog, item: &PlanItem) -> bool {
    item.impact >= 3
        && catalog
            .action(&item.action)
            .is_some_and(|a| a.effort == Effort::Hours && matches!(a.cost, Cost::Free | Cost::Low))
}

/// Schedules the plan (most urgent first, as the engine orders it) and
/// returns it grouped by horizon, soonest first, with each action's schedule.
/// `key_measures_due`: whether open key measures are duties (the target is
/// CyFun BASIC or higher; see the module's rule 1).
pub fn schedule(
    catalog: &Catalog,
    plan: Vec<PlanItem>,
    size: SizeClass,
    key_measures_due: bool,
) -> Vec<(PlanItem, Scheduled)> {
    let is_duty = |item: &PlanItem| is_duty(item, key_measures_due);
    let hours = |item: &PlanItem| {
        catalog
            .action(&item.action)
            .map_or(2, super::pack::Action::work_hours)
    };
    // Dependencies within the plan.
    let index: BTreeMap<&str, usize> = super::order::map_of(
        plan.iter()
            .enumerate()
            .map(|(i, item)| (item.action.as_str(), i)),
    );
    let deps: Vec<Vec<usize>> = plan
        .iter()
        .enumerate()
        .map(|(i, item)| {
            catalog.action(&item.action).map_or_else(Vec::new, |a| {
                a.after
                    .iter()
                    .filter_map(|d| index.get(d.as_str()).copied())
                    .filter(|&d| d != i)
                    .collect()
            })
        })
        .collect();

    // 1. Natural horizons. The order of placing is the plan order, with what an
    // action needs placed before it, and the find-out action last.
    let mut order: Vec<usize> = Vec::with_capacity(plan.len());
    let mut by_plan: Vec<usize> = (0..plan.len()).collect();
    super::order::sort_by_key(&mut by_plan, |&i| {
        u8::from(plan[i].action == FIND_OUT_ACTION)
    });
    fn visit(i: usize, deps: &[Vec<usize>], seen: &mut Vec<bool>, order: &mut Vec<usize>) {
        if std::mem::replace(&mut seen[i], true) {
            return;
        }
        for &d in &deps[i] {
            visit(d, deps, seen, order);
        }
        order.push(i);
    }
    let mut seen = vec![false; plan.len()];
    for &i in &by_plan {
        visit(i, &deps, &mut seen, &mut order);
    }
    let mut wanted: Vec<(Horizon, HorizonReason)> = plan
        .iter()
        .map(|item| {
            if item.action == FIND_OUT_ACTION || is_quick_win(catalog, item) {
                (Horizon::ThisWeek, HorizonReason::QuickWin)
            } else if is_duty(item) {
                (Horizon::ThisMonth, HorizonReason::Duty)
            } else if item.priority == Priority::Low {
                (Horizon::Later, HorizonReason::Priority)
            } else {
                (Horizon::ThisQuarter, HorizonReason::Priority)
            }
        })
        .collect();

    let natural = wanted.clone();

    // 2. Fill each horizon in that order; what does not fit, or needs an action
    // that is not done by then, moves on.
    let finding_out = |i: usize| plan[i].action == FIND_OUT_ACTION;
    let mut placed: Vec<Option<Horizon>> = vec![None; plan.len()];
    for h in Horizon::ALL {
        let cap = Capacity::for_size(size, h);
        let (mut n, mut used) = (0usize, 0u32);
        for &i in &order {
            if placed[i].is_some() || wanted[i].0 != h {
                continue;
            }
            let duty_in_month = h == Horizon::ThisMonth && (is_duty(&plan[i]) || finding_out(i));
            let waits_for = deps[i]
                .iter()
                .find(|&&d| placed[d].is_none_or(|p| p > h))
                .copied();
            let need = u32::from(hours(&plan[i]));
            let fits = match cap {
                None => true,
                Some(c) => n < c.actions && (n == 0 || used + need <= c.hours),
            };
            if duty_in_month || (fits && waits_for.is_none()) {
                placed[i] = Some(h);
                if !duty_in_month {
                    n += 1;
                    used += need;
                }
                continue;
            }
            let next = if is_duty(&plan[i]) || finding_out(i) {
                Horizon::ThisMonth
            } else {
                h.next()
            };
            let reason = match (waits_for, &wanted[i].1) {
                (Some(d), _) => HorizonReason::After {
                    action: plan[d].action.clone(),
                },
                // The last horizon that was full: the one just before the
                // action's own, as the plan says it.
                (None, _) => HorizonReason::Full { wanted: h },
            };
            wanted[i] = (next, reason);
        }
    }
    let mut sched: Vec<(Horizon, HorizonReason)> = placed
        .into_iter()
        .zip(wanted)
        .map(|(p, (_, reason))| (p.unwrap_or(Horizon::Later), reason))
        .collect();

    // 3. A duty is never later than this month: what it needs comes forward
    // (duties, and what a duty needs, are pinned). Anything else that would
    // still come before what it needs moves after it.
    let mut pinned: Vec<bool> = plan.iter().map(is_duty).collect();
    for _ in 0..=plan.len() {
        let mut changed = false;
        for i in 0..plan.len() {
            for &d in &deps[i] {
                if sched[d].0 <= sched[i].0 {
                    continue;
                }
                changed = true;
                if pinned[i] && sched[d].0 > Horizon::ThisMonth {
                    pinned[d] = true;
                    sched[d] = (
                        Horizon::ThisMonth.max(sched[i].0),
                        HorizonReason::NeededFor {
                            action: plan[i].action.clone(),
                        },
                    );
                } else {
                    sched[i] = (
                        sched[d].0,
                        HorizonReason::After {
                            action: plan[d].action.clone(),
                        },
                    );
                }
            }
        }
        if !changed {
            break;
        }
    }

    // 3b. What step 3 moved can leave room in a horizon that was full when it
    // was filled: an action that moved on only because a horizon was full,
    // and that needs nothing later, comes back, in plan order, as far as the
    // caps allow (never earlier than its natural horizon).
    for h in [Horizon::ThisWeek, Horizon::ThisMonth, Horizon::ThisQuarter] {
        let Some(cap) = Capacity::for_size(size, h) else {
            continue;
        };
        // As in step 2: the month's duties (and what they need, and finding
        // out) are not counted against its cap; everything else is.
        let counted: Vec<usize> = (0..plan.len())
            .filter(|&i| {
                sched[i].0 == h && !(h == Horizon::ThisMonth && (pinned[i] || finding_out(i)))
            })
            .collect();
        let mut n = counted.len();
        let mut used: u32 = counted.iter().map(|&i| u32::from(hours(&plan[i]))).sum();
        for &i in &order {
            let moved_on = matches!(sched[i].1, HorizonReason::Full { .. });
            if sched[i].0 <= h || !moved_on || pinned[i] || natural[i].0 > h {
                continue;
            }
            if deps[i].iter().any(|&d| sched[d].0 > h) {
                continue;
            }
            let need = u32::from(hours(&plan[i]));
            if n < cap.actions && (n == 0 || used + need <= cap.hours) {
                n += 1;
                used += need;
                sched[i] = if natural[i].0 == h {
                    (h, natural[i].1.clone())
                } else {
                    (
                        h,
                        HorizonReason::Full {
                            wanted: h.previous(),
                        },
                    )
                };
            }
        }
    }

    // 4. Group by horizon in plan order, with what is needed first before what needs it.
    let mut out_order: Vec<usize> = Vec::with_capacity(plan.len());
    for h in Horizon::ALL {
        let mut todo: Vec<usize> = (0..plan.len()).filter(|&i| sched[i].0 == h).collect();
        while !todo.is_empty() {
            let pos = todo
                .iter()
                .position(|&i| deps[i].iter().all(|d| !todo.contains(d) || *d == i))
                .unwrap_or(0);
            out_order.push(todo.remove(pos));
        }
    }
    let hours_of: Vec<u16> = plan.iter().map(hours).collect();
    let mut slots: Vec<Option<PlanItem>> = plan.into_iter().map(Some).collect();
    out_order
        .into_iter()
        .map(|i| {
            let (horizon, reason) = sched[i].clone();
            (
                slots[i].take().expect("each action once"),
                Scheduled {
                    horizon,
                    reason,
                    hours: hours_of[i],
                },
            )
        })
        .collect()
}
