//! What the native tests of the engine and the NIS2 indication share: the
//! shipped catalogue and a report built from it on a fixed date.

use checkup::domain::assessment::Assessment;
use checkup::domain::engine::Evaluation;
use checkup::domain::report::{self, ReportInput};
use checkup::domain::{Catalog, Lang, packs};

/// The shipped packs, loaded once.
pub fn catalog() -> &'static Catalog {
    static C: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    C.get_or_init(packs::builtin)
}

/// The report of `a` as evaluated in `ev`, in `lang`, on a fixed date.
pub fn report_in(a: &Assessment, ev: &Evaluation, lang: Lang) -> report::Report {
    report::build(&ReportInput {
        catalog: catalog(),
        assessment: a,
        evaluation: ev,
        lang,
        today: "2026-11-29",
        branding: None,
    })
}
