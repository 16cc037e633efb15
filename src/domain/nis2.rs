//! The NIS2 indication and the suggested CyberFundamentals level, read from
//! the profile. An indication, never legal advice: the report always points
//! to the CCB's official scope test.
//!
//! # Sources
//! - Directive (EU) 2022/2555 ("NIS2"): Art. 2 (scope), Art. 3 (essential and
//!   important entities), Annex I (sectors of high criticality) and Annex II
//!   (other critical sectors).
//! - Belgian law of 26 April 2024 establishing a framework for the
//!   cybersecurity of network and information systems of general interest for
//!   public security (the Belgian NIS2 law): Art. 3 (scope; §1: Art. 3(4) of the
//!   Recommendation's Annex does not apply; §2: when group figures are added,
//!   the CCB takes into account how independent an entity is from its partner
//!   and linked enterprises, in particular for its network and information
//!   systems), Art. 9-10 (categories of entities), Art. 11 (identification).
//! - Commission Recommendation 2003/361/EC, Annex: Art. 2 (size classes),
//!   Art. 3 and 6 (partner and linked enterprises count), Art. 5 (staff
//!   headcount: employees, persons working for the enterprise who are deemed
//!   employees under national law, owner-managers and partners who work in
//!   the enterprise; in annual work units).
//!
//! # How the indication is found
//! Every answer that is missing or "don't know" leaves a dimension open:
//! the organisation's own size class, the group's size, the sectors, the
//! services that NIS2 covers whatever the size, and (for public bodies) the
//! designation by the authorities. The indication is computed for every
//! possible value of the open dimensions. When all give the same kind, that
//! kind is the indication; otherwise it is [`Nis2Kind::Unclear`], with a
//! reason for each open dimension that changes the outcome.
//!
//! The engine passes only the answers to questions that were asked (visible),
//! so an answer to a hidden question never changes the indication.

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::assessment::Answer;

/// Profile question ids the indication reads (the profile pack must have
/// them; a test checks it).
pub mod ids {
    /// Staff headcount band (`1-9`, `10-49`, `50-249`, `250-plus`).
    pub const STAFF: &str = "profile.staff";
    /// Annual turnover band (`lt2m`, `2m-10m`, `10m-50m`, `gt50m`, `dont_know`).
    pub const TURNOVER: &str = "profile.turnover";
    /// Balance sheet total band (`lt2m`, `2m-10m`, `10m-43m`, `gt43m`, `dont_know`).
    pub const BALANCE: &str = "profile.balance";
    /// Part of a group of partner or linked enterprises (`yes`, `no`, `dont_know`).
    pub const GROUP: &str = "profile.group";
    /// The group's size class (`small`, `medium`, `large`, `dont_know`), asked when in a group.
    pub const GROUP_SIZE: &str = "profile.group_size";
    /// A public body (`yes`, `no`, `dont_know`).
    pub const PUBLIC_BODY: &str = "profile.public_body";
    /// The sectors (multiple choice, see [`super::SECTORS`]; `dont_know` is exclusive).
    pub const SECTOR: &str = "profile.sector";
    /// Services NIS2 covers whatever the size (multiple choice: `telecom`,
    /// `qualified_tsp`, `trust_service`, `dns_tld`, `none`, `dont_know`).
    pub const SPECIAL: &str = "profile.nis2_special";
    /// Customers ask about cyber security (`yes`, `no`, `dont_know`).
    pub const CUSTOMERS_ASK: &str = "profile.customers_ask";
    /// Special categories of personal data (multiple choice; `none`).
    pub const SPECIAL_DATA: &str = "profile.special_data";
}

/// The two annexes of the NIS2 directive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Annex {
    /// Annex I: sectors of high criticality.
    I,
    /// Annex II: other critical sectors.
    II,
}

/// Every value of `profile.sector` except `dont_know`, with the NIS2 annex its
/// label stands for (none: no sector of the annexes).
///
/// The labels in the profile follow the annexes' sub-sectors and types of
/// entity, so that the value is right about the law:
/// - `care`: Annex I point 5, healthcare providers (Directive 2011/24/EU Art. 3(g)).
/// - `pharma`: Annex I point 5, research and development or manufacturing of
///   medicinal products and basic pharmaceutical products, and medical devices
///   considered critical during a public health emergency. Other medical devices
///   fall under `manufacturing_critical` (Annex II point 5(a)).
/// - `it_services`: Annex I point 9, ICT service management (business-to-business):
///   managed service providers and managed security service providers.
/// - `digital_infra`: Annex I point 8: internet exchange points, DNS service
///   providers, TLD name registries, cloud computing, data centres, content
///   delivery networks, trust service providers, public electronic
///   communications networks and services.
/// - `energy`: Annex I point 1; `transport_critical`: Annex I point 2 (air, rail,
///   water transport and ports, and for road only road authorities and operators
///   of intelligent transport systems); `finance`: Annex I points 3 and 4
///   (credit institutions, financial market infrastructure); `water`: Annex I
///   points 6 and 7; `public_admin`: Annex I point 10 (see [`indicate`]: the
///   designation decides); `space`: Annex I point 11.
/// - `postal`: Annex II point 1; `waste`: Annex II point 2; `chemicals`: Annex II
///   point 3; `food_industry`: Annex II point 4 (industrial production, processing
///   and wholesale only); `manufacturing_critical`: Annex II point 5;
///   `online_platform`: Annex II point 6; `research`: Annex II point 7.
/// - Not in the annexes: `retail`, `hospitality`, `construction`, `professional`,
///   `education` (directive Art. 2(5)(b) lets a Member State add education
///   institutions; the CCB's list of sectors does not have them), `social`,
///   `software`, `manufacturing_other`, `transport_other` (road haulage, logistics,
///   taxi: not a type of entity of Annex I point 2(c)), `other`.
pub const SECTORS: [(&str, Option<Annex>); 27] = [
    ("retail", None),
    ("hospitality", None),
    ("construction", None),
    ("professional", None),
    ("care", Some(Annex::I)),
    ("pharma", Some(Annex::I)),
    ("education", None),
    ("social", None),
    ("it_services", Some(Annex::I)),
    ("software", None),
    ("digital_infra", Some(Annex::I)),
    ("online_platform", Some(Annex::II)),
    ("manufacturing_critical", Some(Annex::II)),
    ("manufacturing_other", None),
    ("food_industry", Some(Annex::II)),
    ("chemicals", Some(Annex::II)),
    ("energy", Some(Annex::I)),
    ("transport_critical", Some(Annex::I)),
    ("transport_other", None),
    ("postal", Some(Annex::II)),
    ("finance", Some(Annex::I)),
    ("water", Some(Annex::I)),
    ("waste", Some(Annex::II)),
    ("research", Some(Annex::II)),
    ("space", Some(Annex::I)),
    ("public_admin", Some(Annex::I)),
    ("other", None),
];

/// The sector value of public administration (Annex I point 10), which the
/// indication treats apart: the designation decides.
pub const PUBLIC_ADMIN: &str = "public_admin";

/// The sectors for which `profile.nis2_special` is asked (besides "don't
/// know"): the profile's condition on that question must list exactly these.
pub const SPECIAL_ASKED_FOR: [&str; 4] = ["digital_infra", "it_services", "software", "dont_know"];

/// The annex of a sector value, if any.
pub fn annex(sector: &str) -> Option<Annex> {
    SECTORS
        .iter()
        .find(|(v, _)| *v == sector)
        .and_then(|(_, a)| *a)
}

/// The indication.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Nis2Kind {
    /// Likely an essential entity.
    Essential,
    /// Likely an important entity.
    Important,
    /// Likely out of scope.
    OutOfScope,
    /// The answers do not decide it (see the reasons).
    Unclear,
}

/// Why the indication says what it says. Serialised in snake case
/// (`essential_any_size`, ...).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Nis2Reason {
    /// A qualified trust service provider, a TLD name registry or a DNS service
    /// provider: essential whatever the size (directive Art. 3(1)(b)).
    EssentialAnySize,
    /// A provider of public electronic communications networks or services of at
    /// least medium size: essential (directive Art. 3(1)(c); large: Art. 3(1)(a)).
    TelecomMediumOrLarge,
    /// A sector of Annex I and a large organisation: essential (Art. 3(1)(a)).
    AnnexILarge,
    /// A sector of Annex I and a medium-sized organisation: important (Art. 3(2)).
    AnnexIMedium,
    /// A small provider of public electronic communications: in scope whatever
    /// the size (Art. 2(2)(a)(i)) and important (Art. 3(2)).
    TelecomSmall,
    /// A (non-qualified) trust service provider that is not large: in scope
    /// whatever the size (Art. 2(2)(a)(ii)) and important (Art. 3(2)).
    TrustService,
    /// A sector of Annex II, medium-sized or large: important (Art. 2(1), 3(2)).
    #[serde(rename = "annex_ii")]
    AnnexII,
    /// A small organisation: below the size cap of Art. 2(1).
    TooSmall,
    /// None of the sectors of the annexes.
    NoSector,
    /// A public body: the Belgian law covers the public administration of the
    /// federal State and of the federated entities (Communities and Regions);
    /// local authorities only through an annex activity of sufficient size or
    /// an identification by the CCB (Art. 11). The designation decides.
    PublicBody,
    /// The sector is not answered, or "don't know".
    SectorUnknown,
    /// Whether the organisation offers telecom, trust or DNS services is not known.
    SpecialUnknown,
    /// Staff, turnover or balance sheet total are not known well enough.
    SizeUnknown,
    /// Part of a group (or not known): the group's figures count
    /// (Recommendation 2003/361/EC, Annex Art. 3 and 6).
    Group,
    /// The group's size was used (Recommendation 2003/361/EC, Annex Art. 6).
    GroupSize,
    /// Whatever the open answers, at least an important entity.
    AtLeastImportant,
}

/// Another EU regime the answers point to, shown beside the indication.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Pointer {
    /// Financial entities: Regulation (EU) 2022/2554 (DORA); NIS2 Art. 4 lets
    /// equivalent sector rules take precedence.
    Dora,
    /// Makers of products with digital elements: Regulation (EU) 2024/2847
    /// (Cyber Resilience Act), reporting duties from 11 September 2026 (Art. 14, 71).
    Cra,
}

/// Size class after Commission Recommendation 2003/361/EC, Annex Art. 2.
/// Micro-enterprises (Art. 2(3)) count as small: NIS2 treats them alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Size {
    /// Micro or small: fewer than 50 staff and turnover or balance sheet total at most EUR 10 million (Art. 2(2) and 2(3)).
    Small,
    /// Medium: fewer than 250 staff and turnover at most EUR 50 million or balance sheet total at most EUR 43 million (Art. 2(1)).
    Medium,
    /// Large: every other enterprise.
    Large,
}

/// Staff headcount band, in annual work units as Rec. 2003/361/EC Annex Art. 5 counts them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Staff {
    /// 1 to 9.
    Under10,
    /// 10 to 49.
    Under50,
    /// 50 to 249.
    Under250,
    /// 250 or more.
    From250,
}

/// Annual turnover band, EUR.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Turnover {
    /// Less than 2 million.
    Under2m,
    /// 2 to 10 million (10 million included).
    UpTo10m,
    /// Over 10, up to 50 million (50 million included).
    UpTo50m,
    /// Over 50 million.
    Over50m,
}

/// Annual balance sheet total band, EUR.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Balance {
    /// Less than 2 million.
    Under2m,
    /// 2 to 10 million (10 million included).
    UpTo10m,
    /// Over 10, up to 43 million (43 million included).
    UpTo43m,
    /// Over 43 million.
    Over43m,
}

const ALL_STAFF: [Staff; 4] = [
    Staff::Under10,
    Staff::Under50,
    Staff::Under250,
    Staff::From250,
];
const ALL_TURNOVER: [Turnover; 4] = [
    Turnover::Under2m,
    Turnover::UpTo10m,
    Turnover::UpTo50m,
    Turnover::Over50m,
];
const ALL_BALANCE: [Balance; 4] = [
    Balance::Under2m,
    Balance::UpTo10m,
    Balance::UpTo43m,
    Balance::Over43m,
];

/// The size class of an enterprise, after Commission Recommendation
/// 2003/361/EC, Annex Art. 2:
/// - small (Art. 2(2)): fewer than 50 staff AND (annual turnover at most
///   EUR 10 million OR annual balance sheet total at most EUR 10 million);
/// - medium (Art. 2(1)): fewer than 250 staff AND (annual turnover at most
///   EUR 50 million OR annual balance sheet total at most EUR 43 million);
/// - large: every other enterprise.
///
/// An enterprise belongs to the smallest class whose conditions it meets.
/// So a firm of 40 staff is medium only when both its turnover and its
/// balance sheet total exceed EUR 10 million, and a firm of 120 staff is
/// large only when its turnover exceeds EUR 50 million and its balance sheet
/// total exceeds EUR 43 million.
pub fn class(staff: Staff, turnover: Turnover, balance: Balance) -> Size {
    let under_50 = staff < Staff::Under250;
    let under_250 = staff < Staff::From250;
    if under_50 && (turnover <= Turnover::UpTo10m || balance <= Balance::UpTo10m) {
        Size::Small
    } else if under_250 && (turnover <= Turnover::UpTo50m || balance <= Balance::UpTo43m) {
        Size::Medium
    } else {
        Size::Large
    }
}

fn one<'a>(answers: &'a BTreeMap<String, Answer>, id: &str) -> Option<&'a str> {
    answers.get(id).and_then(Answer::one)
}

fn staff_band(v: &str) -> Option<Staff> {
    Some(match v {
        "1-9" => Staff::Under10,
        "10-49" => Staff::Under50,
        "50-249" => Staff::Under250,
        "250-plus" => Staff::From250,
        _ => return None,
    })
}

fn turnover_band(v: &str) -> Option<Turnover> {
    Some(match v {
        "lt2m" => Turnover::Under2m,
        "2m-10m" => Turnover::UpTo10m,
        "10m-50m" => Turnover::UpTo50m,
        "gt50m" => Turnover::Over50m,
        _ => return None,
    })
}

fn balance_band(v: &str) -> Option<Balance> {
    Some(match v {
        "lt2m" => Balance::Under2m,
        "2m-10m" => Balance::UpTo10m,
        "10m-43m" => Balance::UpTo43m,
        "gt43m" => Balance::Over43m,
        _ => return None,
    })
}

fn size_value(v: &str) -> Option<Size> {
    Some(match v {
        "small" => Size::Small,
        "medium" => Size::Medium,
        "large" => Size::Large,
        _ => return None,
    })
}

/// The size classes the organisation's own figures allow: one class when the
/// answers decide it, several when staff, turnover or balance sheet total are
/// missing or "don't know". Group figures are not included (see [`indicate`]).
pub fn own_sizes(answers: &BTreeMap<String, Answer>) -> BTreeSet<Size> {
    let staff: Vec<Staff> = match one(answers, ids::STAFF).and_then(staff_band) {
        Some(s) => vec![s],
        None => ALL_STAFF.to_vec(),
    };
    let turnover: Vec<Turnover> = match one(answers, ids::TURNOVER).and_then(turnover_band) {
        Some(t) => vec![t],
        None => ALL_TURNOVER.to_vec(),
    };
    let balance: Vec<Balance> = match one(answers, ids::BALANCE).and_then(balance_band) {
        Some(b) => vec![b],
        None => ALL_BALANCE.to_vec(),
    };
    let mut out = BTreeSet::new();
    for &s in &staff {
        for &t in &turnover {
            for &b in &balance {
                out.insert(class(s, t, b));
            }
        }
    }
    out
}

/// The size class when the answers decide it (own figures only).
pub fn size(answers: &BTreeMap<String, Answer>) -> Option<Size> {
    let sizes = own_sizes(answers);
    (sizes.len() == 1).then(|| *sizes.iter().next().expect("one size"))
}

/// One of the three figures that set the size class (Recommendation
/// 2003/361/EC, Annex Art. 2 and 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// The staff headcount, in annual work units.
    Staff,
    /// The annual turnover.
    Turnover,
    /// The annual balance sheet total.
    Balance,
}

/// The figures whose answer is missing or "don't know" and would change the
/// size class ([`class`]) for some value of the other open figures, in the
/// order staff, turnover, balance sheet total. Empty when [`size`] decides.
#[inline(never)]
pub fn open_figures(answers: &BTreeMap<String, Answer>) -> Vec<Figure> {
    // Each figure as an index into its bands; an open one ranges over all.
    let known = [
        one(answers, ids::STAFF)
            .and_then(staff_band)
            .and_then(|s| ALL_STAFF.iter().position(|x| *x == s)),
        one(answers, ids::TURNOVER)
            .and_then(turnover_band)
            .and_then(|t| ALL_TURNOVER.iter().position(|x| *x == t)),
        one(answers, ids::BALANCE)
            .and_then(balance_band)
            .and_then(|b| ALL_BALANCE.iter().position(|x| *x == b)),
    ];
    let size = |at: [usize; 3]| class(ALL_STAFF[at[0]], ALL_TURNOVER[at[1]], ALL_BALANCE[at[2]]);
    let values = |f: usize| known[f].map_or(0..4, |i| i..i + 1);
    let mut open = Vec::new();
    for (f, figure) in [Figure::Staff, Figure::Turnover, Figure::Balance]
        .into_iter()
        .enumerate()
    {
        if known[f].is_some() {
            continue;
        }
        // The other two figures, over their possible values.
        let (a, b) = ((f + 1) % 3, (f + 2) % 3);
        let decides = values(a).any(|x| {
            values(b).any(|y| {
                let mut at = [0; 3];
                at[a] = x;
                at[b] = y;
                (1..4).any(|v| {
                    let mut other = at;
                    other[f] = v;
                    size(other) != size(at)
                })
            })
        });
        if decides {
            open.push(figure);
        }
    }
    open
}

/// What NIS2 makes of the organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct Nis2 {
    /// The indication: likely essential, likely important, likely out of scope, or unclear.
    pub kind: Nis2Kind,
    /// The main reason first. For [`Nis2Kind::Unclear`]: one reason per open
    /// answer that changes the outcome, then [`Nis2Reason::AtLeastImportant`]
    /// when every outcome is in scope.
    pub reasons: Vec<Nis2Reason>,
    /// Out of scope (or possibly so): customers under NIS2 are likely to ask
    /// for CyFun BASIC all the same.
    pub supplier: bool,
    /// Other EU regimes the sectors point to.
    pub pointers: Vec<Pointer>,
    /// With [`Nis2Reason::SizeUnknown`]: the figures to find out
    /// ([`open_figures`]); empty otherwise.
    pub open_figures: Vec<Figure>,
}

impl Nis2 {
    /// Whether NIS2 likely applies whatever the open answers: likely
    /// essential or important, or unclear only between the two
    /// ([`Nis2Reason::AtLeastImportant`]). The duties common to both kinds
    /// (registration, incident reporting, management approval and training:
    /// Belgian NIS2 law of 26 April 2024, Art. 13, 31 and 34-37) then apply.
    pub fn at_least_important(&self) -> bool {
        match self.kind {
            Nis2Kind::Essential | Nis2Kind::Important => true,
            Nis2Kind::Unclear => self.reasons.contains(&Nis2Reason::AtLeastImportant),
            Nis2Kind::OutOfScope => false,
        }
    }
}

/// The CyberFundamentals level to aim for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// CyFun SMALL, suggested for micro-organisations (see [`TargetReason::Micro`]).
    Small,
    /// CyFun BASIC, the baseline.
    Basic,
    /// CyFun IMPORTANT, usually what an important entity under NIS2 aims for.
    Important,
    /// CyFun ESSENTIAL, usually what an essential entity under NIS2 aims for.
    Essential,
}

/// Why a CyberFundamentals level is suggested.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetReason {
    /// Follows the NIS2 indication (essential or important): usually the
    /// matching CyFun level; the CCB's CyFun selection tool confirms it.
    Nis2,
    /// Under 10 people, out of NIS2 scope and no sensitive data or customer demands.
    Micro,
    /// The baseline for every other organisation, and what NIS2 customers ask of suppliers.
    Baseline,
    /// NIS2 scope unclear: BASIC until it is clear.
    Unclear,
}

/// The suggested CyberFundamentals level with its reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TargetLevel {
    /// The level to aim for.
    pub level: Level,
    /// Why that level.
    pub reason: TargetReason,
}

/// Out of scope < important < essential.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Scope {
    Out,
    Important,
    Essential,
}

/// What the sectors say, for one possible answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Sectors {
    annex_i: bool,
    annex_ii: bool,
}

/// The services covered whatever the size, for one possible answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Special {
    /// Qualified trust service provider, TLD name registry or DNS service provider.
    essential: bool,
    telecom: bool,
    trust: bool,
}

/// The outcome for one value of every dimension: the highest of the routes
/// into scope, with the reason of that route.
fn outcome(
    size: Size,
    sectors: Sectors,
    special: Special,
    designation: Option<Scope>,
) -> (Scope, Nis2Reason) {
    let mut routes: Vec<(Scope, Nis2Reason)> = Vec::new();
    if special.essential {
        routes.push((Scope::Essential, Nis2Reason::EssentialAnySize));
    }
    if special.telecom {
        routes.push(match size {
            Size::Small => (Scope::Important, Nis2Reason::TelecomSmall),
            _ => (Scope::Essential, Nis2Reason::TelecomMediumOrLarge),
        });
    }
    if special.trust {
        routes.push(match size {
            Size::Large => (Scope::Essential, Nis2Reason::AnnexILarge),
            _ => (Scope::Important, Nis2Reason::TrustService),
        });
    }
    if sectors.annex_i {
        routes.push(match size {
            Size::Large => (Scope::Essential, Nis2Reason::AnnexILarge),
            Size::Medium => (Scope::Important, Nis2Reason::AnnexIMedium),
            Size::Small => (Scope::Out, Nis2Reason::TooSmall),
        });
    }
    if sectors.annex_ii {
        routes.push(match size {
            Size::Small => (Scope::Out, Nis2Reason::TooSmall),
            _ => (Scope::Important, Nis2Reason::AnnexII),
        });
    }
    if let Some(d) = designation {
        routes.push((d, Nis2Reason::PublicBody));
    }
    // The highest scope wins; on a tie, the first route (the most specific).
    let mut best = (Scope::Out, Nis2Reason::NoSector);
    let mut found = false;
    for r in routes {
        if !found || r.0 > best.0 {
            best = r;
            found = true;
        }
    }
    best
}

/// The dimensions the answers may leave open.
const DIM_SIZE: usize = 0;
const DIM_GROUP: usize = 1;
const DIM_SECTOR: usize = 2;
const DIM_SPECIAL: usize = 3;
const DIM_DESIGNATION: usize = 4;

/// The NIS2 indication from the profile answers (only the answers to
/// questions that were asked: see the module documentation).
///
/// Rules, with the provision each rests on:
/// - qualified trust service providers, TLD name registries and DNS service
///   providers: essential whatever the size (directive Art. 3(1)(b));
/// - providers of public electronic communications networks or services:
///   in scope whatever the size (Art. 2(2)(a)(i)); essential from medium size
///   (Art. 3(1)(c), and Art. 3(1)(a) when large), important when small (Art. 3(2));
/// - other (non-qualified) trust service providers: in scope whatever the size
///   (Art. 2(2)(a)(ii)); important (Art. 3(2)), essential when large (Art. 3(1)(a));
/// - a sector of Annex I: essential when large (Art. 3(1)(a)), important when
///   medium (Art. 2(1), 3(2)), out of scope when small;
/// - a sector of Annex II: important when medium or large, out of scope when small;
/// - the size class is [`class`] of the organisation's figures, and, for a
///   member of a group, of the group's figures (Rec. 2003/361/EC Annex Art. 3
///   and 6: partner and linked enterprises count; the group can only be the same
///   size or larger). Without the group's size the indication stays open,
///   unless the outcome does not depend on it;
/// - public bodies: the Belgian law covers the public administration of the
///   federal State and of the federated entities (Belgian NIS2 law, Annex I,
///   public administration; as the Association of Flemish Cities and
///   Municipalities and the Flemish government explain it, local authorities
///   are in principle not covered); local authorities only through an annex
///   activity of sufficient size or an identification by the CCB (Art. 11).
///   A public body without another annex sector, or one that
///   chose "public administration", gets [`Nis2Kind::Unclear`] unless another
///   route makes it essential: the designation decides;
/// - the highest of the routes wins.
pub fn indicate(answers: &BTreeMap<String, Answer>) -> Nis2 {
    // Size: own figures, and the group's.
    let own: Vec<Size> = own_sizes(answers).into_iter().collect();
    let groups: Vec<Size> = match one(answers, ids::GROUP) {
        Some("no") => vec![Size::Small],
        Some("yes") => match one(answers, ids::GROUP_SIZE).and_then(size_value) {
            Some(g) => vec![g],
            None => vec![Size::Small, Size::Medium, Size::Large],
        },
        _ => vec![Size::Small, Size::Medium, Size::Large],
    };
    let group_size_used = one(answers, ids::GROUP) == Some("yes")
        && one(answers, ids::GROUP_SIZE)
            .and_then(size_value)
            .is_some_and(|g| own.iter().any(|s| g > *s));

    // Sectors.
    let public_body = one(answers, ids::PUBLIC_BODY);
    let sector_answer = answers
        .get(ids::SECTOR)
        .filter(|a| !a.values().is_empty() && !a.has("dont_know"));
    let chosen: BTreeSet<&str> = sector_answer
        .map(|a| super::order::set_of(a.values().iter().map(String::as_str)))
        .unwrap_or_default();
    let sector_options: Vec<Sectors> = match sector_answer {
        Some(_) => vec![Sectors {
            annex_i: chosen
                .iter()
                .any(|s| *s != PUBLIC_ADMIN && annex(s) == Some(Annex::I)),
            annex_ii: chosen.iter().any(|s| annex(s) == Some(Annex::II)),
        }],
        None => vec![
            Sectors {
                annex_i: false,
                annex_ii: false,
            },
            Sectors {
                annex_i: true,
                annex_ii: false,
            },
            Sectors {
                annex_i: false,
                annex_ii: true,
            },
        ],
    };
    let has_annex_sector = sector_options[0].annex_i || sector_options[0].annex_ii;

    // Public administration: the designation decides.
    let designation_open = match sector_answer {
        Some(_) => {
            (chosen.contains(PUBLIC_ADMIN) && public_body != Some("no"))
                || (public_body == Some("yes") && !has_annex_sector)
        }
        None => public_body == Some("yes"),
    };
    let designations: Vec<Option<Scope>> = if designation_open {
        vec![
            Some(Scope::Out),
            Some(Scope::Important),
            Some(Scope::Essential),
        ]
    } else {
        vec![None]
    };

    // Services covered whatever the size.
    let special_answer = answers.get(ids::SPECIAL).filter(|a| !a.values().is_empty());
    let special_options: Vec<Special> = match special_answer {
        Some(a) if !a.has("dont_know") => vec![Special {
            essential: a.has("qualified_tsp") || a.has("dns_tld"),
            telecom: a.has("telecom"),
            trust: a.has("trust_service"),
        }],
        // Asked (visible) but not answered or "don't know"; or not asked
        // because the sector is not known.
        Some(_) => all_specials(),
        None if sector_answer.is_none() || chosen.iter().any(|s| SPECIAL_ASKED_FOR.contains(s)) => {
            all_specials()
        }
        None => vec![Special::default()],
    };

    // Every combination of the open dimensions.
    let dims = [
        own.len(),
        groups.len(),
        sector_options.len(),
        special_options.len(),
        designations.len(),
    ];
    let mut results: BTreeMap<[usize; 5], (Scope, Nis2Reason)> = BTreeMap::new();
    for (a, own_size) in own.iter().enumerate() {
        for (b, group_size) in groups.iter().enumerate() {
            for (c, sectors) in sector_options.iter().enumerate() {
                for (d, special) in special_options.iter().enumerate() {
                    for (e, designation) in designations.iter().enumerate() {
                        results.insert(
                            [a, b, c, d, e],
                            outcome(
                                (*own_size).max(*group_size),
                                *sectors,
                                *special,
                                *designation,
                            ),
                        );
                    }
                }
            }
        }
    }
    let scopes: BTreeSet<Scope> = super::order::set_of(results.values().map(|r| r.0));

    let mut pointers = Vec::new();
    if chosen.contains("finance") {
        pointers.push(Pointer::Dora);
    }
    if ["manufacturing_critical", "manufacturing_other", "software"]
        .iter()
        .any(|s| chosen.contains(s))
    {
        pointers.push(Pointer::Cra);
    }

    if scopes.len() == 1 {
        // Decided: the reason of the combination where the open dimensions
        // take their plainest value (no group, no special service, no
        // designation; an unknown sector as Annex I, so that a small
        // organisation reads "too small").
        let neutral = [0, 0, if sector_options.len() > 1 { 1 } else { 0 }, 0, 0];
        let (scope, reason) = results[&neutral];
        let mut reasons = vec![reason];
        if group_size_used && scope != Scope::Out {
            reasons.push(Nis2Reason::GroupSize);
        }
        let kind = match scope {
            Scope::Essential => Nis2Kind::Essential,
            Scope::Important => Nis2Kind::Important,
            Scope::Out => Nis2Kind::OutOfScope,
        };
        return Nis2 {
            kind,
            reasons,
            supplier: scope == Scope::Out,
            pointers,
            open_figures: Vec::new(),
        };
    }

    // Unclear: name each open dimension that changes the outcome.
    let matters = |dim: usize| -> bool {
        results.iter().any(|(key, r)| {
            (0..dims[dim]).any(|other| {
                let mut k = *key;
                k[dim] = other;
                results[&k].0 != r.0
            })
        })
    };
    let mut reasons = Vec::new();
    for (dim, reason) in [
        (DIM_DESIGNATION, Nis2Reason::PublicBody),
        (DIM_SECTOR, Nis2Reason::SectorUnknown),
        (DIM_SPECIAL, Nis2Reason::SpecialUnknown),
        (DIM_SIZE, Nis2Reason::SizeUnknown),
        (DIM_GROUP, Nis2Reason::Group),
    ] {
        if matters(dim) {
            reasons.push(reason);
        }
    }
    if !scopes.contains(&Scope::Out) {
        reasons.push(Nis2Reason::AtLeastImportant);
    }
    let open_figures = if reasons.contains(&Nis2Reason::SizeUnknown) {
        open_figures(answers)
    } else {
        Vec::new()
    };
    Nis2 {
        kind: Nis2Kind::Unclear,
        reasons,
        supplier: scopes.contains(&Scope::Out) && !designation_open,
        pointers,
        open_figures,
    }
}

fn all_specials() -> Vec<Special> {
    vec![
        Special::default(),
        Special {
            telecom: true,
            ..Special::default()
        },
        Special {
            trust: true,
            ..Special::default()
        },
        Special {
            essential: true,
            ..Special::default()
        },
    ]
}

/// The CyberFundamentals level to aim for: the level that matches the NIS2
/// indication (usually; the CCB's CyFun selection tool confirms it), BASIC
/// while the indication is unclear, Small for a micro-organisation out of
/// scope without special categories of data or customers who ask, BASIC for
/// everyone else.
pub fn target_level(answers: &BTreeMap<String, Answer>, nis2: &Nis2) -> TargetLevel {
    let t = |level, reason| TargetLevel { level, reason };
    match nis2.kind {
        Nis2Kind::Essential => t(Level::Essential, TargetReason::Nis2),
        Nis2Kind::Important => t(Level::Important, TargetReason::Nis2),
        // In scope whatever the open answers: at least an important entity.
        Nis2Kind::Unclear if nis2.at_least_important() => t(Level::Important, TargetReason::Nis2),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> BTreeMap<String, Answer> {
        pairs
            .iter()
            .map(|(k, v)| {
                let a = if *k == ids::SECTOR || *k == ids::SPECIAL {
                    Answer::Many(v.split(',').map(str::to_string).collect())
                } else {
                    Answer::One(v.to_string())
                };
                (k.to_string(), a)
            })
            .collect()
    }

    #[test]
    fn the_size_rule_takes_either_financial_figure() {
        use Balance as B;
        use Staff as S;
        use Turnover as T;
        // 40 staff: small when either figure is at most 10 million.
        assert_eq!(class(S::Under50, T::UpTo50m, B::UpTo10m), Size::Small);
        assert_eq!(class(S::Under50, T::UpTo10m, B::Over43m), Size::Small);
        assert_eq!(class(S::Under50, T::UpTo50m, B::UpTo43m), Size::Medium);
        // Large only when both ceilings are exceeded.
        assert_eq!(class(S::Under50, T::Over50m, B::UpTo43m), Size::Medium);
        assert_eq!(class(S::Under50, T::Over50m, B::Over43m), Size::Large);
        assert_eq!(class(S::Under250, T::Over50m, B::Over43m), Size::Large);
        assert_eq!(class(S::Under250, T::Under2m, B::Under2m), Size::Medium);
        assert_eq!(class(S::From250, T::Under2m, B::Under2m), Size::Large);
    }

    #[test]
    fn the_balance_is_needed_only_when_staff_and_turnover_do_not_decide() {
        let a = answers(&[(ids::STAFF, "10-49"), (ids::TURNOVER, "2m-10m")]);
        assert_eq!(size(&a), Some(Size::Small));
        let a = answers(&[(ids::STAFF, "10-49"), (ids::TURNOVER, "10m-50m")]);
        assert_eq!(size(&a), None);
        let a = answers(&[(ids::STAFF, "50-249"), (ids::TURNOVER, "10m-50m")]);
        assert_eq!(size(&a), Some(Size::Medium));
        let a = answers(&[(ids::STAFF, "50-249"), (ids::TURNOVER, "gt50m")]);
        assert_eq!(size(&a), None);
        let a = answers(&[
            (ids::STAFF, "50-249"),
            (ids::TURNOVER, "dont_know"),
            (ids::BALANCE, "10m-43m"),
        ]);
        assert_eq!(size(&a), Some(Size::Medium));
    }

    #[test]
    fn every_sector_value_is_listed_once() {
        let values: BTreeSet<&str> = SECTORS.iter().map(|(v, _)| *v).collect();
        assert_eq!(values.len(), SECTORS.len());
        assert_eq!(annex("transport_other"), None);
        assert_eq!(annex("transport_critical"), Some(Annex::I));
    }

    #[test]
    fn a_small_telecom_operator_is_important_and_a_small_dns_provider_essential() {
        let base = [
            (ids::STAFF, "1-9"),
            (ids::TURNOVER, "lt2m"),
            (ids::GROUP, "no"),
            (ids::SECTOR, "digital_infra"),
        ];
        let mut a = answers(&base);
        a.insert(ids::SPECIAL.into(), Answer::Many(vec!["telecom".into()]));
        assert_eq!(indicate(&a).kind, Nis2Kind::Important);
        a.insert(ids::SPECIAL.into(), Answer::Many(vec!["dns_tld".into()]));
        assert_eq!(indicate(&a).kind, Nis2Kind::Essential);
    }
}
