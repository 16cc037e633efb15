//! The NIS2 indication and the suggested CyberFundamentals level, from the
//! profile. An indication, never legal advice: the report always points to
//! the official scope test.

use std::collections::BTreeMap;

use super::assessment::Answer;

/// Profile question ids the indication reads (the profile pack must have them;
/// a test checks it).
pub mod ids {
    pub const STAFF: &str = "profile.staff";
    pub const TURNOVER: &str = "profile.turnover";
    pub const BALANCE: &str = "profile.balance";
    pub const PUBLIC_BODY: &str = "profile.public_body";
    pub const SECTORS: &str = "profile.nis2_sectors";
    pub const REGARDLESS: &str = "profile.nis2_regardless";
    pub const CUSTOMERS_ASK: &str = "profile.customers_ask";
    pub const SPECIAL_DATA: &str = "profile.special_data";
}

/// Sectors of Annex I (high criticality) of the NIS2 directive, as profile values.
pub const ANNEX_I: [&str; 9] = [
    "energy",
    "transport",
    "finance",
    "health",
    "water",
    "digital_infra",
    "ict_services",
    "public_admin",
    "space",
];
/// Sectors of Annex II (other critical sectors).
pub const ANNEX_II: [&str; 7] = [
    "postal",
    "waste",
    "chemicals",
    "food",
    "manufacturing",
    "digital_providers",
    "research",
];

/// The indication.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nis2Kind {
    /// Likely an essential entity.
    Essential,
    /// Likely an important entity.
    Important,
    /// Likely out of scope.
    OutOfScope,
    /// The profile does not say enough, or the case needs a closer look.
    Unclear,
}

/// Why the indication says what it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nis2Reason {
    /// Telecom, DNS, TLD or trust services: in scope whatever the size.
    RegardlessOfSize,
    /// A sector of Annex I and a large organisation.
    AnnexILarge,
    /// A sector of Annex I and a medium-sized organisation.
    AnnexIMedium,
    /// A sector of Annex II, medium-sized or large.
    AnnexII,
    /// A NIS2 sector, but below the size thresholds.
    TooSmall,
    /// None of the NIS2 sectors.
    NoSector,
    /// The sector questions are not answered, or answered "don't know".
    SectorUnknown,
    /// Staff, turnover or balance sheet not known well enough.
    SizeUnknown,
    /// A public body: the Belgian law designates public administrations itself.
    PublicBody,
}

/// Size class after Commission Recommendation 2003/361/EC (simplified).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Size {
    Small,
    Medium,
    Large,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Nis2 {
    pub kind: Nis2Kind,
    pub reasons: Vec<Nis2Reason>,
    /// Out of scope, but customers under NIS2 are likely to ask for CyFun BASIC.
    pub supplier: bool,
}

/// The CyberFundamentals assurance level to aim for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Small,
    Basic,
    Important,
    Essential,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetReason {
    /// Follows the NIS2 indication (essential or important).
    Nis2,
    /// Under 10 people, out of NIS2 scope and no sensitive data or customer demands.
    Micro,
    /// The baseline for every other organisation, and what NIS2 customers ask of suppliers.
    Baseline,
    /// NIS2 scope unclear: BASIC until it is clear.
    Unclear,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TargetLevel {
    pub level: Level,
    pub reason: TargetReason,
}

fn one<'a>(answers: &'a BTreeMap<String, Answer>, id: &str) -> Option<&'a str> {
    answers.get(id).and_then(Answer::one)
}

/// The size class, or none when the answers do not tell.
pub fn size(answers: &BTreeMap<String, Answer>) -> Option<Size> {
    let staff = one(answers, ids::STAFF)?;
    let turnover = one(answers, ids::TURNOVER);
    if staff == "250-plus" {
        return Some(Size::Large);
    }
    let big_money = |v: Option<&str>| matches!(v, Some("10m-50m" | "gt50m"));
    let huge_money = |v: Option<&str>| matches!(v, Some("gt50m"));
    let balance = one(answers, ids::BALANCE);
    match staff {
        "50-249" => Some(if huge_money(turnover) && huge_money(balance) {
            Size::Large
        } else {
            Size::Medium
        }),
        "1-9" | "10-49" => match turnover {
            Some("lt2m" | "2m-10m") => Some(Size::Small),
            // Turnover over 10 million: the balance sheet decides.
            Some("10m-50m" | "gt50m") => match balance {
                Some("lt2m" | "2m-10m") => Some(Size::Small),
                b if big_money(b) => Some(if huge_money(turnover) && huge_money(b) {
                    Size::Large
                } else {
                    Size::Medium
                }),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// The NIS2 indication from the profile answers.
pub fn indicate(answers: &BTreeMap<String, Answer>) -> Nis2 {
    let customers_ask = one(answers, ids::CUSTOMERS_ASK) == Some("yes");
    let out = |reason: Nis2Reason| Nis2 {
        kind: Nis2Kind::OutOfScope,
        reasons: vec![reason],
        supplier: true,
    };
    let sectors = answers.get(ids::SECTORS);
    if one(answers, ids::REGARDLESS) == Some("yes") {
        return Nis2 {
            kind: Nis2Kind::Essential,
            reasons: vec![Nis2Reason::RegardlessOfSize],
            supplier: false,
        };
    }
    let public = one(answers, ids::PUBLIC_BODY) == Some("yes");
    let Some(sectors) = sectors.filter(|s| !s.values().is_empty() && !s.has("dont_know")) else {
        return Nis2 {
            kind: Nis2Kind::Unclear,
            reasons: vec![Nis2Reason::SectorUnknown],
            supplier: customers_ask,
        };
    };
    let annex_i = ANNEX_I.iter().any(|s| sectors.has(s));
    let annex_ii = ANNEX_II.iter().any(|s| sectors.has(s));
    if public && (sectors.has("public_admin") || !(annex_i || annex_ii)) {
        return Nis2 {
            kind: Nis2Kind::Unclear,
            reasons: vec![Nis2Reason::PublicBody],
            supplier: false,
        };
    }
    if !annex_i && !annex_ii {
        // Most small businesses: out of scope. Suppliers of NIS2 entities are
        // likely asked for CyFun BASIC all the same.
        return out(Nis2Reason::NoSector);
    }
    match size(answers) {
        None => Nis2 {
            kind: Nis2Kind::Unclear,
            reasons: vec![Nis2Reason::SizeUnknown],
            supplier: true,
        },
        Some(Size::Small) => out(Nis2Reason::TooSmall),
        Some(Size::Large) if annex_i => Nis2 {
            kind: Nis2Kind::Essential,
            reasons: vec![Nis2Reason::AnnexILarge],
            supplier: false,
        },
        Some(Size::Medium) if annex_i => Nis2 {
            kind: Nis2Kind::Important,
            reasons: vec![Nis2Reason::AnnexIMedium],
            supplier: false,
        },
        Some(_) => Nis2 {
            kind: Nis2Kind::Important,
            reasons: vec![Nis2Reason::AnnexII],
            supplier: false,
        },
    }
}

/// The CyberFundamentals level to aim for.
pub fn target_level(answers: &BTreeMap<String, Answer>, nis2: &Nis2) -> TargetLevel {
    let t = |level, reason| TargetLevel { level, reason };
    match nis2.kind {
        Nis2Kind::Essential => t(Level::Essential, TargetReason::Nis2),
        Nis2Kind::Important => t(Level::Important, TargetReason::Nis2),
        Nis2Kind::Unclear => t(Level::Basic, TargetReason::Unclear),
        Nis2Kind::OutOfScope => {
            let micro = one(answers, ids::STAFF) == Some("1-9");
            let sensitive = answers
                .get(ids::SPECIAL_DATA)
                .is_some_and(|a| a.values().iter().any(|v| v != "none"));
            let asked = one(answers, ids::CUSTOMERS_ASK) == Some("yes");
            if micro && !sensitive && !asked {
                t(Level::Small, TargetReason::Micro)
            } else {
                t(Level::Basic, TargetReason::Baseline)
            }
        }
    }
}
