//! Tailoring the plan to the organisation: who really does an action, which
//! platform's steps to show, and which "don't know" answers to ask whom.
//!
//! The profile answers it reads: `profile.it_support` (`external`,
//! `internal`, `both`, `ourselves`), `profile.mail_platform` (`m365`,
//! `google`, `other`, `dont_know`) and `profile.web_platform`
//! (`site_builder`, `cms`, `shop_platform`, `agency`, `dont_know`).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::assessment::Answer;
use super::catalog::Catalog;
use super::engine::{self, Evaluation, Scored};
use super::pack::{Action, PackKind, Platform, PlatformSteps, Who};

/// Profile question ids read here.
pub mod ids {
    /// Who looks after the IT.
    pub const IT_SUPPORT: &str = "profile.it_support";
    /// The mail platform.
    pub const MAIL_PLATFORM: &str = "profile.mail_platform";
    /// The website platform.
    pub const WEB_PLATFORM: &str = "profile.web_platform";
}

/// Who does an action, as the organisation can read it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Assignee {
    /// The owner or management.
    Owner,
    /// "Your IT provider" (`it_support` = external).
    ItProvider,
    /// "Your IT staff" (`it_support` = internal).
    ItStaff,
    /// "Your IT staff or IT provider" (`it_support` = both).
    ItStaffOrProvider,
    /// "You or the person who looks after your computers" (`it_support` = ourselves).
    OwnIt,
    /// IT work when the profile does not say who does it.
    ItUnknown,
    /// The accountant.
    Accountant,
    /// The social secretariat.
    Payroll,
    /// A lawyer or privacy adviser.
    Legal,
    /// Everyone in the organisation.
    AllStaff,
}

impl Assignee {
    /// Every assignee, in the order groups are shown.
    pub const ALL: [Assignee; 10] = [
        Assignee::Owner,
        Assignee::OwnIt,
        Assignee::ItStaff,
        Assignee::ItStaffOrProvider,
        Assignee::ItProvider,
        Assignee::ItUnknown,
        Assignee::Accountant,
        Assignee::Payroll,
        Assignee::Legal,
        Assignee::AllStaff,
    ];
}

fn one<'a>(answers: &'a BTreeMap<String, Answer>, id: &str) -> Option<&'a str> {
    answers.get(id).and_then(Answer::one)
}

/// Who does work of this kind in this organisation: IT work follows
/// `profile.it_support`; the other kinds are the same for everyone.
pub fn assignee(who: Who, answers: &BTreeMap<String, Answer>) -> Assignee {
    match who {
        Who::Owner => Assignee::Owner,
        Who::It => match one(answers, ids::IT_SUPPORT) {
            Some("external") => Assignee::ItProvider,
            Some("internal") => Assignee::ItStaff,
            Some("both") => Assignee::ItStaffOrProvider,
            Some("ourselves") => Assignee::OwnIt,
            _ => Assignee::ItUnknown,
        },
        Who::Accountant => Assignee::Accountant,
        Who::Payroll => Assignee::Payroll,
        Who::Legal => Assignee::Legal,
        Who::AllStaff => Assignee::AllStaff,
    }
}

/// Whether to add a pointer to getting help: the action needs a specialist
/// and the organisation looks after its own IT.
pub fn needs_help(action: &Action, answers: &BTreeMap<String, Answer>) -> bool {
    action.specialist && assignee(action.who, answers) == Assignee::OwnIt
}

/// What the profile says about the platforms the organisation uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Platforms {
    /// Platforms it said it uses.
    pub used: Vec<Platform>,
    /// Platforms it said it does not use (it named another one of the same
    /// kind, "another" e-mail platform, or it has no website).
    pub not_used: Vec<Platform>,
}

/// The platforms from `profile.mail_platform`, `profile.web_platform` and
/// `profile.website`. "Don't know", an agency-run site or no answer leave a
/// platform neither used nor excluded.
pub fn platforms(answers: &BTreeMap<String, Answer>) -> Platforms {
    const MAIL: [Platform; 2] = [Platform::M365, Platform::Google];
    const WEB: [Platform; 3] = [Platform::SiteBuilder, Platform::Cms, Platform::ShopPlatform];
    let mut p = Platforms::default();
    let mut pick = |family: &[Platform], chosen: Option<Platform>| {
        if let Some(c) = chosen {
            p.used.push(c);
        }
        p.not_used
            .extend(family.iter().copied().filter(|f| Some(*f) != chosen));
    };
    match one(answers, ids::MAIL_PLATFORM) {
        Some("m365") => pick(&MAIL, Some(Platform::M365)),
        Some("google") => pick(&MAIL, Some(Platform::Google)),
        Some("other") => pick(&MAIL, None),
        _ => {}
    }
    if one(answers, "profile.website") == Some("none") {
        pick(&WEB, None);
    } else {
        match one(answers, ids::WEB_PLATFORM) {
            Some("site_builder") => pick(&WEB, Some(Platform::SiteBuilder)),
            Some("cms") => pick(&WEB, Some(Platform::Cms)),
            Some("shop_platform") => pick(&WEB, Some(Platform::ShopPlatform)),
            _ => {}
        }
    }
    p
}

/// An action's platform steps, split for this organisation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Steps<'a> {
    /// Steps for the platforms it uses: shown first.
    pub first: Vec<&'a PlatformSteps>,
    /// Steps for platforms it may use (it did not say): folded away.
    pub folded: Vec<&'a PlatformSteps>,
}

/// Splits an action's `platform_how`: the steps of a platform the organisation
/// uses come first, those of a platform it does not use are left out, the
/// others are folded away.
pub fn steps<'a>(action: &'a Action, platforms: &Platforms) -> Steps<'a> {
    let mut out = Steps::default();
    for s in &action.platform_how {
        if platforms.used.contains(&s.platform) {
            out.first.push(s);
        } else if !platforms.not_used.contains(&s.platform) {
            out.folded.push(s);
        }
    }
    out
}

/// Who can answer a "don't know" on a question: its `ask`, else the IT
/// provider for the security CheckUp and a legal adviser elsewhere, as the
/// organisation reads it.
pub fn ask_whom(
    catalog: &Catalog,
    question: &str,
    answers: &BTreeMap<String, Answer>,
) -> Option<Assignee> {
    let q = catalog.question(question)?;
    let pos = catalog.question_pos(question)?;
    let who = q
        .ask
        .unwrap_or(if catalog.packs[pos.pack].id == engine::SECURITY_PACK {
            Who::It
        } else {
            Who::Legal
        });
    Some(assignee(who, answers))
}

/// The "ask your IT provider" list: every visible scored question answered
/// "don't know", grouped by whom to ask (in [`Assignee::ALL`] order), each
/// group in asking order.
pub fn ask_list(
    catalog: &Catalog,
    ev: &Evaluation,
    answers: &BTreeMap<String, Answer>,
) -> Vec<(Assignee, Vec<String>)> {
    let mut groups: BTreeMap<Assignee, Vec<String>> = BTreeMap::new();
    for id in &ev.visible {
        let Some(q) = catalog.question(id) else {
            continue;
        };
        let scored_pack = catalog
            .question_pos(id)
            .is_some_and(|p| catalog.packs[p.pack].kind == PackKind::Checkup);
        if !scored_pack {
            continue;
        }
        if let Scored::Score {
            dont_know: true, ..
        } = engine::scored(catalog, q, answers.get(id))
            && let Some(whom) = ask_whom(catalog, id, answers)
        {
            groups.entry(whom).or_default().push(id.clone());
        }
    }
    Assignee::ALL
        .into_iter()
        .filter_map(|a| groups.remove(&a).map(|ids| (a, ids)))
        .collect()
}
