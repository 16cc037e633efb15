//! Writes the GDPR starter documents as files: the record of processing and
//! the two registers as XLSX workbooks (`rust_xlsxwriter`), the record as CSV
//! (the `csv` crate, as the plan's spreadsheet), the privacy notice as a DOCX
//! (`docx-rs`) and as an HTML snippet, the incident card as an HTML page.
//! The contents come from [`crate::domain::documents`]; this module only
//! lays them out. In the browser it runs in the documents worker
//! (`src/bin/docs_worker.rs`), never in the main app.

mod docx;
mod xlsx;

use crate::domain::csv;
pub use crate::domain::documents::Job;
use crate::domain::documents::{
    DocFile, ProcessorColumn, RecordColumn, Request, card, notice, record,
};
use crate::domain::i18n::Doc;

/// Does `job` for `request`: the bytes of the file, or of the proposal's JSON.
///
/// Errors: a message when a writer fails (it does not for valid text: the
/// writers only fail on limits such as more than a million rows).
pub fn run(job: &Job, request: &Request) -> Result<Vec<u8>, String> {
    match job {
        Job::Propose => serde_json::to_vec(&record::propose(&request.facts, request.lang))
            .map_err(|e| e.to_string()),
        Job::Make { file } => make(*file, request),
    }
}

/// The bytes of `file` for `request`.
///
/// Errors: a message when the XLSX or DOCX writer fails.
pub fn make(file: DocFile, request: &Request) -> Result<Vec<u8>, String> {
    match file {
        DocFile::RecordXlsx => xlsx::record(request).map_err(|e| e.to_string()),
        DocFile::RecordCsv => Ok(record_csv(request).into_bytes()),
        DocFile::ProcessorCsv => Ok(processor_csv(request).into_bytes()),
        DocFile::BreachXlsx => xlsx::breaches(request).map_err(|e| e.to_string()),
        DocFile::RequestsXlsx => xlsx::requests(request).map_err(|e| e.to_string()),
        DocFile::NoticeDocx => docx::notice(&notice::build(request)),
        DocFile::NoticeHtml => Ok(notice::html(&notice::build(request)).into_bytes()),
        DocFile::CardHtml => Ok(card::html(&card::build(request)).into_bytes()),
    }
}

/// The identification block that opens a record as CSV: a heading row
/// (`heading`: the controller, or the processor), one `label, value` row per
/// field of [`Request::identification`], then an empty row; every row
/// `width` cells wide, as the table under it, so that strict CSV readers
/// take the file too.
fn identification_rows(request: &Request, heading: String, width: usize) -> Vec<Vec<String>> {
    std::iter::once(vec![heading])
        .chain(
            request
                .identification()
                .into_iter()
                .map(|(label, value, _)| vec![label, value]),
        )
        .chain(std::iter::once(vec![]))
        .map(|mut row| {
            row.resize(width, String::new());
            row
        })
        .collect()
}

/// The controller's record as CSV: the controller's identification (Art.
/// 30(1)(a) GDPR, see [`identification_rows`]), a header row, the legal
/// sources, then one row per processing activity (see [`crate::domain::csv`]
/// for the form).
pub fn record_csv(request: &Request) -> String {
    let lang = request.lang;
    let mut rows = identification_rows(
        request,
        Doc::IdentificationHeading.get(lang),
        1 + RecordColumn::ALL.len(),
    );
    rows.extend([
        std::iter::once(crate::domain::Msg::DocColNo.get(lang))
            .chain(RecordColumn::ALL.iter().map(|c| c.label(lang)))
            .collect(),
        std::iter::once(String::new())
            .chain(RecordColumn::ALL.iter().map(|c| c.source(lang)))
            .collect(),
    ]);
    for (i, r) in request.record().iter().enumerate() {
        rows.push(
            std::iter::once((i + 1).to_string())
                .chain(RecordColumn::ALL.iter().map(|c| c.get(r).to_string()))
                .collect(),
        );
    }
    csv::write(lang, rows)
}

/// The processor record (Art. 30(2)) as CSV, in the same form, opened by the
/// processor's identification (Art. 30(2)(a)).
pub fn processor_csv(request: &Request) -> String {
    let lang = request.lang;
    let mut rows = identification_rows(
        request,
        Doc::IdentificationHeadingProcessor.get(lang),
        1 + ProcessorColumn::ALL.len(),
    );
    rows.extend([
        std::iter::once(crate::domain::Msg::DocColNo.get(lang))
            .chain(ProcessorColumn::ALL.iter().map(|c| c.label(lang)))
            .collect(),
        std::iter::once(String::new())
            .chain(ProcessorColumn::ALL.iter().map(|c| c.source(lang)))
            .collect(),
    ]);
    for (i, r) in request.processor_record().iter().enumerate() {
        rows.push(
            std::iter::once((i + 1).to_string())
                .chain(ProcessorColumn::ALL.iter().map(|c| c.get(r).to_string()))
                .collect(),
        );
    }
    csv::write(lang, rows)
}
