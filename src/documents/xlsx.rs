//! The record of processing activities and the two registers as XLSX
//! workbooks, written with `rust_xlsxwriter`.
//!
//! Every data sheet has the same layout: row 1 says the workbook is a draft
//! to check, row 2 holds the column headings (columns the GDPR requires are
//! marked `*` and filled dark red, as the GBA/APD model marks them red),
//! row 3 the legal source of each column, and the data starts on row 4.
//! Cells still "to complete" are filled light yellow. Each workbook ends
//! with an instructions sheet.

use rust_xlsxwriter::{
    Color, DocProperties, Format, FormatAlign, FormatBorder, Formula, Workbook, Worksheet,
    XlsxError,
};
use time::Date;

use crate::domain::documents::deadline;
use crate::domain::documents::{ProcessorColumn, RecordColumn, Request, draft_line, needs_input};
use crate::domain::i18n::{Doc, Msg};
use crate::domain::lang::Lang;

/// The first data row (0-based): after the draft line, the headings and the sources.
const FIRST_ROW: u32 = 3;
/// How many rows of the registers carry the deadline formulas.
const REGISTER_ROWS: u32 = 200;

struct Formats {
    draft: Format,
    heading_required: Format,
    heading: Format,
    source: Format,
    cell: Format,
    todo: Format,
    example: Format,
    date: Format,
    label: Format,
    title: Format,
}

impl Formats {
    fn new() -> Formats {
        let border = |f: Format| {
            f.set_border(FormatBorder::Thin)
                .set_border_color(Color::RGB(0xBFBFBF))
        };
        let top = |f: Format| f.set_align(FormatAlign::Top).set_text_wrap();
        Formats {
            draft: Format::new()
                .set_italic()
                .set_font_color(Color::RGB(0x404040)),
            heading_required: border(top(Format::new()
                .set_bold()
                .set_font_color(Color::White)
                .set_background_color(Color::RGB(0x9C0006)))),
            heading: border(top(Format::new()
                .set_bold()
                .set_font_color(Color::White)
                .set_background_color(Color::RGB(0x44546A)))),
            source: border(top(Format::new()
                .set_italic()
                .set_font_size(9)
                .set_background_color(Color::RGB(0xF2F2F2)))),
            cell: border(top(Format::new())),
            todo: border(top(Format::new().set_background_color(Color::RGB(0xFFF2CC)))),
            example: border(top(Format::new()
                .set_italic()
                .set_font_color(Color::RGB(0x595959)))),
            date: border(
                Format::new()
                    .set_align(FormatAlign::Top)
                    .set_num_format("yyyy-mm-dd"),
            ),
            label: border(top(Format::new().set_bold())),
            title: Format::new().set_bold().set_font_size(13),
        }
    }
}

fn workbook(title: &str, draft: &str) -> Workbook {
    let mut wb = Workbook::new();
    wb.set_properties(&DocProperties::new().set_title(title).set_comment(draft));
    wb
}

/// A sheet with the draft line, the headings (with `*` on required ones) and
/// the sources; `widths` per column.
fn data_sheet(
    ws: &mut Worksheet,
    f: &Formats,
    draft: &str,
    columns: &[(String, String, bool, f64)],
) -> Result<(), XlsxError> {
    ws.write_string_with_format(0, 0, draft, &f.draft)?;
    for (i, (label, source, required, width)) in columns.iter().enumerate() {
        let col = i as u16;
        let (text, fmt) = if *required {
            (format!("{label} *"), &f.heading_required)
        } else {
            (label.clone(), &f.heading)
        };
        ws.write_string_with_format(1, col, &text, fmt)?;
        ws.write_string_with_format(2, col, source, &f.source)?;
        ws.set_column_width(col, *width)?;
    }
    ws.set_row_height(1, 45)?;
    ws.set_freeze_panes(FIRST_ROW, 1)?;
    ws.set_landscape();
    ws.set_repeat_rows(1, 2)?;
    Ok(())
}

fn write_cells(
    ws: &mut Worksheet,
    f: &Formats,
    row: u32,
    cells: &[String],
) -> Result<(), XlsxError> {
    for (i, text) in cells.iter().enumerate() {
        let fmt = if i > 0 && needs_input(text) {
            &f.todo
        } else {
            &f.cell
        };
        ws.write_string_with_format(row, i as u16, text, fmt)?;
    }
    Ok(())
}

fn instructions(
    wb: &mut Workbook,
    f: &Formats,
    lang: Lang,
    draft: &str,
    lines: &[String],
) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(Doc::SheetInstructions.get(lang))?;
    ws.set_column_width(0, 120)?;
    ws.write_string_with_format(0, 0, draft, &f.draft)?;
    for (i, line) in lines.iter().enumerate() {
        ws.write_string_with_format(i as u32 + 2, 0, line, &f.cell)?;
    }
    Ok(())
}

/// The record workbook: identification, record, processor record (when it
/// applies or the person keeps one), instructions.
pub fn record(request: &Request) -> Result<Vec<u8>, XlsxError> {
    let lang = request.lang;
    let f = Formats::new();
    let draft = draft_line(lang, &request.today);
    let mut wb = workbook(&Msg::DocRecordTitle.get(lang), &draft);

    // Identification of the controller (the model's first tab).
    let ws = wb.add_worksheet();
    ws.set_name(Doc::SheetIdentification.get(lang))?;
    ws.set_column_width(0, 45)?;
    ws.set_column_width(1, 70)?;
    ws.write_string_with_format(0, 0, &draft, &f.draft)?;
    ws.write_string_with_format(2, 0, Doc::IdentificationHeading.get(lang), &f.title)?;
    ws.write_string_with_format(3, 0, Doc::IdentificationIntro.get(lang), &f.draft)?;
    for (i, (label, value, todo)) in request.identification().into_iter().enumerate() {
        let row = 5 + i as u32;
        ws.write_string_with_format(row, 0, &label, &f.label)?;
        ws.write_string_with_format(row, 1, &value, if todo { &f.todo } else { &f.cell })?;
    }

    // The record (Art. 30(1)).
    let widths = [30.0, 40.0, 45.0, 40.0, 30.0, 45.0, 40.0, 40.0, 45.0, 50.0];
    let mut columns = vec![(Msg::DocColNo.get(lang), String::new(), false, 5.0)];
    for (c, w) in RecordColumn::ALL.iter().zip(widths) {
        columns.push((c.label(lang), c.source(lang), c.required(), w));
    }
    let rows = request.record();
    let ws = wb.add_worksheet();
    ws.set_name(Doc::SheetRecord.get(lang))?;
    data_sheet(ws, &f, &draft, &columns)?;
    for (i, r) in rows.iter().enumerate() {
        let cells: Vec<String> = std::iter::once((i + 1).to_string())
            .chain(RecordColumn::ALL.iter().map(|c| c.get(r).to_string()))
            .collect();
        write_cells(ws, &f, FIRST_ROW + i as u32, &cells)?;
    }
    ws.autofilter(
        1,
        0,
        FIRST_ROW + rows.len().max(1) as u32 - 1,
        columns.len() as u16 - 1,
    )?;

    // The processor record (Art. 30(2)).
    let processor = request.processor_record();
    if !processor.is_empty() {
        let widths = [45.0, 50.0, 45.0, 45.0, 50.0];
        let mut columns = vec![(Msg::DocColNo.get(lang), String::new(), false, 5.0)];
        for (c, w) in ProcessorColumn::ALL.iter().zip(widths) {
            columns.push((c.label(lang), c.source(lang), true, w));
        }
        let ws = wb.add_worksheet();
        ws.set_name(Doc::SheetProcessor.get(lang))?;
        data_sheet(ws, &f, &draft, &columns)?;
        for (i, r) in processor.iter().enumerate() {
            let cells: Vec<String> = std::iter::once((i + 1).to_string())
                .chain(ProcessorColumn::ALL.iter().map(|c| c.get(r).to_string()))
                .collect();
            write_cells(ws, &f, FIRST_ROW + i as u32, &cells)?;
        }
    }

    let mut help: Vec<String> = [
        Doc::RecordHelp1,
        Doc::RecordHelp2,
        Doc::RecordHelp3,
        Doc::RecordHelp4,
        Doc::RecordHelp5,
        Doc::RecordHelp6,
        Doc::RecordHelp7,
    ]
    .into_iter()
    // The Camera Act's own register: only where there are cameras.
    .filter(|d| {
        *d != Doc::RecordHelp6
            || request.facts.has("profile.cameras", "yes")
            || rows.iter().any(|r| r.kind == "cameras")
    })
    .map(|d| d.get(lang))
    .collect();
    if !processor.is_empty() {
        help.insert(1, Doc::RecordHelpProcessor.get(lang));
    }
    instructions(&mut wb, &f, lang, &draft, &help)?;
    wb.save_to_buffer()
}

/// The data breach register (Art. 33(5)): the columns, an example row and
/// instructions.
pub fn breaches(request: &Request) -> Result<Vec<u8>, XlsxError> {
    let lang = request.lang;
    let f = Formats::new();
    let draft = draft_line(lang, &request.today);
    let mut wb = workbook(&Msg::DocBreachTitle.get(lang), &draft);
    let col = |label: Doc, source: Doc, required: bool, width: f64| {
        (label.get(lang), source.get(lang), required, width)
    };
    let columns = vec![
        col(Doc::BreachColNo, Doc::BreachSrcPractice, false, 5.0),
        col(Doc::BreachColFound, Doc::BreachSrcNotified, false, 16.0),
        col(Doc::BreachColWhen, Doc::BreachSrcPractice, false, 16.0),
        col(
            Doc::BreachColReportedBy,
            Doc::BreachSrcPractice,
            false,
            18.0,
        ),
        col(Doc::BreachColWhat, Doc::BreachSrcFacts, true, 45.0),
        col(Doc::BreachColData, Doc::BreachSrcFacts, true, 30.0),
        col(Doc::BreachColPeople, Doc::BreachSrcFacts, true, 25.0),
        col(Doc::BreachColEffects, Doc::BreachSrcEffects, true, 35.0),
        col(Doc::BreachColRisk, Doc::BreachSrcRisk, false, 30.0),
        col(Doc::BreachColMeasures, Doc::BreachSrcMeasures, true, 40.0),
        col(Doc::BreachColNotified, Doc::BreachSrcNotified, false, 30.0),
        col(Doc::BreachColLate, Doc::BreachSrcLate, false, 25.0),
        col(Doc::BreachColInformed, Doc::BreachSrcInformed, false, 30.0),
        col(
            Doc::BreachColProcessor,
            Doc::BreachSrcProcessor,
            false,
            22.0,
        ),
        col(Doc::BreachColClosed, Doc::BreachSrcPractice, false, 14.0),
        col(Doc::BreachColNotes, Doc::BreachSrcPractice, false, 30.0),
    ];
    let ws = wb.add_worksheet();
    ws.set_name(Doc::SheetBreaches.get(lang))?;
    data_sheet(ws, &f, &draft, &columns)?;
    let today = crate::domain::dates::parse(&request.today).ok();
    let example = [
        Doc::BreachExampleReportedBy,
        Doc::BreachExampleWhat,
        Doc::BreachExampleData,
        Doc::BreachExamplePeople,
        Doc::BreachExampleEffects,
        Doc::BreachExampleRisk,
        Doc::BreachExampleMeasures,
        Doc::BreachExampleNotified,
    ];
    ws.write_string_with_format(FIRST_ROW, 0, "1", &f.example)?;
    date_cell(ws, &f, FIRST_ROW, 1, today)?;
    date_cell(ws, &f, FIRST_ROW, 2, today)?;
    for (i, d) in example.into_iter().enumerate() {
        ws.write_string_with_format(FIRST_ROW, 3 + i as u16, d.get(lang), &f.example)?;
    }
    ws.write_string_with_format(FIRST_ROW, 11, "", &f.example)?;
    ws.write_string_with_format(
        FIRST_ROW,
        12,
        Doc::BreachExampleInformed.get(lang),
        &f.example,
    )?;
    date_cell(ws, &f, FIRST_ROW, 14, today)?;
    for row in FIRST_ROW + 1..FIRST_ROW + REGISTER_ROWS {
        for c in [1u16, 2, 14] {
            ws.write_blank(row, c, &f.date)?;
        }
    }
    ws.autofilter(
        1,
        0,
        FIRST_ROW + REGISTER_ROWS - 1,
        columns.len() as u16 - 1,
    )?;
    let help: Vec<String> = [
        Doc::BreachHelp1,
        Doc::BreachHelp2,
        Doc::BreachHelp3,
        Doc::BreachHelp4,
        Doc::BreachHelp5,
        Doc::BreachHelp6,
    ]
    .into_iter()
    .map(|d| d.get(lang))
    .collect();
    instructions(&mut wb, &f, lang, &draft, &help)?;
    wb.save_to_buffer()
}

/// The Excel serial number of a date (days since 30 December 1899).
fn serial(date: Date) -> i64 {
    let epoch = Date::from_calendar_date(1899, time::Month::December, 30).unwrap_or(date);
    (date - epoch).whole_days()
}

fn date_cell(
    ws: &mut Worksheet,
    f: &Formats,
    row: u32,
    col: u16,
    date: Option<Date>,
) -> Result<(), XlsxError> {
    match date {
        Some(d) => ws.write_number_with_format(row, col, serial(d) as f64, &f.date)?,
        None => ws.write_blank(row, col, &f.date)?,
    };
    Ok(())
}

/// The deadline formula of a row (Excel row number `n`, 1-based): the same
/// date `months` later (EDATE keeps to the month's last day), moved to the
/// next working day when it is a Saturday or Sunday (WORKDAY from the day
/// before), as [`deadline`] computes it.
fn deadline_formula(n: u32, months: u32) -> String {
    format!("=IF(B{n}=\"\",\"\",WORKDAY(EDATE(B{n},{months})-1,1))")
}

/// The log of data subject requests (Art. 12-22): the columns, the deadline
/// formulas, an example row received today and instructions.
pub fn requests(request: &Request) -> Result<Vec<u8>, XlsxError> {
    let lang = request.lang;
    let f = Formats::new();
    let draft = draft_line(lang, &request.today);
    let mut wb = workbook(&Msg::DocRequestsTitle.get(lang), &draft);
    let col = |label: Doc, source: Doc, required: bool, width: f64| {
        (label.get(lang), source.get(lang), required, width)
    };
    // The GDPR does not require this log (it is good practice, Art. 24(1)):
    // no column is marked as required by law.
    let columns = vec![
        col(Doc::RequestsColNo, Doc::RequestsSrcPractice, false, 5.0),
        col(
            Doc::RequestsColReceived,
            Doc::RequestsSrcDeadline,
            true,
            14.0,
        ),
        col(
            Doc::RequestsColPerson,
            Doc::RequestsSrcPractice,
            false,
            22.0,
        ),
        col(
            Doc::RequestsColChannel,
            Doc::RequestsSrcPractice,
            false,
            22.0,
        ),
        col(Doc::RequestsColRight, Doc::RequestsSrcRights, false, 28.0),
        col(
            Doc::RequestsColIdentity,
            Doc::RequestsSrcIdentity,
            false,
            24.0,
        ),
        col(Doc::RequestsColDue, Doc::RequestsSrcDeadline, false, 16.0),
        col(
            Doc::RequestsColExtended,
            Doc::RequestsSrcDeadline,
            false,
            22.0,
        ),
        col(Doc::RequestsColTold, Doc::RequestsSrcDeadline, false, 16.0),
        col(
            Doc::RequestsColLatest,
            Doc::RequestsSrcDeadline,
            false,
            16.0,
        ),
        col(
            Doc::RequestsColAnswered,
            Doc::RequestsSrcDeadline,
            true,
            14.0,
        ),
        col(Doc::RequestsColAnswer, Doc::RequestsSrcRights, false, 35.0),
        col(
            Doc::RequestsColComplaint,
            Doc::RequestsSrcRefusal,
            false,
            26.0,
        ),
        col(Doc::RequestsColNotes, Doc::RequestsSrcPractice, false, 30.0),
    ];
    let ws = wb.add_worksheet();
    ws.set_name(Doc::SheetRequests.get(lang))?;
    data_sheet(ws, &f, &draft, &columns)?;
    let today = crate::domain::dates::parse(&request.today).ok();
    // Until a date is entered the deadline formulas show nothing, also in
    // viewers that do not calculate (a phone's preview would show a 0
    // as a date in 1900).
    ws.set_formula_result_default("");
    for row in FIRST_ROW..FIRST_ROW + REGISTER_ROWS {
        let n = row + 1;
        let example = row == FIRST_ROW;
        let received = if example { today } else { None };
        date_cell(ws, &f, row, 1, received)?;
        let due = received.map(|d| serial(deadline::due(d)).to_string());
        let latest = received.map(|d| serial(deadline::extended(d)).to_string());
        ws.write_formula_with_format(
            row,
            6,
            Formula::new(deadline_formula(n, 1)).set_result(due.unwrap_or_default()),
            &f.date,
        )?;
        ws.write_formula_with_format(
            row,
            9,
            Formula::new(deadline_formula(n, 3)).set_result(latest.unwrap_or_default()),
            &f.date,
        )?;
        for c in [8u16, 10] {
            if example && c == 10 {
                date_cell(ws, &f, row, c, today)?;
            } else {
                ws.write_blank(row, c, &f.date)?;
            }
        }
    }
    ws.write_string_with_format(FIRST_ROW, 0, "1", &f.example)?;
    for (c, d) in [
        (2u16, Doc::RequestsExamplePerson),
        (3, Doc::RequestsExampleChannel),
        (4, Doc::RequestsExampleRight),
        (5, Doc::RequestsExampleIdentity),
        (7, Doc::RequestsExampleExtended),
        (11, Doc::RequestsExampleAnswer),
        (12, Doc::RequestsExampleComplaint),
    ] {
        ws.write_string_with_format(FIRST_ROW, c, d.get(lang), &f.example)?;
    }
    ws.autofilter(
        1,
        0,
        FIRST_ROW + REGISTER_ROWS - 1,
        columns.len() as u16 - 1,
    )?;
    let help: Vec<String> = [
        Doc::RequestsHelp1,
        Doc::RequestsHelp2,
        Doc::RequestsHelp3,
        Doc::RequestsHelp4,
        Doc::RequestsHelp5,
        Doc::RequestsHelp6,
    ]
    .into_iter()
    .map(|d| d.get(lang))
    .collect();
    instructions(&mut wb, &f, lang, &draft, &help)?;
    wb.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_serials_match_the_spreadsheet_calendar() {
        let d = |y, m: u8, day| {
            Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), day).unwrap()
        };
        assert_eq!(serial(d(1900, 3, 1)), 61);
        assert_eq!(serial(d(2026, 11, 30)), 46356);
        assert_eq!(
            deadline_formula(4, 1),
            "=IF(B4=\"\",\"\",WORKDAY(EDATE(B4,1)-1,1))"
        );
    }
}
