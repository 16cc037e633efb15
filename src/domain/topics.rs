//! Topics a question can cover, for the coverage check of the packs.
//! The GDPR topics follow the table in `questions/README.md`.

/// Known topic ids.
pub const TOPICS: &[&str] = &[
    // GDPR (Regulation (EU) 2016/679)
    "gdpr.principles",         // art. 5
    "gdpr.legal-basis",        // art. 6, 7, 8
    "gdpr.special-categories", // art. 9, 10
    "gdpr.information",        // art. 12, 13, 14
    "gdpr.rights",             // art. 15-22, 12(3)
    "gdpr.by-design",          // art. 25
    "gdpr.processors",         // art. 28
    "gdpr.records",            // art. 30, 30(5)
    "gdpr.security",           // art. 32
    "gdpr.breaches",           // art. 33, 34
    "gdpr.dpia",               // art. 35
    "gdpr.dpo",                // art. 37-39
    "gdpr.transfers",          // art. 44-49
    // Belgian specifics
    "be.authority", // GBA / APD
    "be.cameras",   // camera law of 21 March 2007
    "be.cookies",   // electronic communications act, art. 10/2 (formerly 129)
    "be.marketing", // direct marketing, e-mail consent
];

/// The GDPR topics that the GDPR CheckUp must cover.
pub fn gdpr_topics() -> impl Iterator<Item = &'static str> {
    TOPICS.iter().copied().filter(|t| t.starts_with("gdpr."))
}
