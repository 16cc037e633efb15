//! The action plan as CSV, for Excel and LibreOffice, written with the `csv`
//! crate: UTF-8 with a byte-order mark (so Excel reads accents right), `;` as
//! separator where the language's spreadsheets expect it (nl, fr, de: a comma
//! is their decimal sign), `,` in English, every field quoted, CRLF line ends,
//! dates as `YYYY-MM-DD`.
//!
//! A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
//! would be run as a formula by the spreadsheet (CSV injection, see the OWASP
//! page "CSV Injection"); such a cell gets a leading `'` so it is shown as
//! text.

use super::lang::Lang;
use super::report::Report;

/// The UTF-8 byte-order mark that starts the file.
pub const BOM: char = '\u{feff}';

/// The separator spreadsheets in this language expect: `,` in English, `;`
/// in Dutch, French and German.
pub fn separator(lang: Lang) -> char {
    match lang {
        Lang::En => ',',
        _ => ';',
    }
}

/// The cell as the spreadsheet should show it: text that a spreadsheet would
/// read as a formula gets a leading `'`.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Writes rows as CSV text for `lang` (byte-order mark, separator, every
/// field quoted, CRLF line ends, cells neutralised).
pub fn write<R, C>(lang: Lang, rows: R) -> String
where
    R: IntoIterator<Item = Vec<C>>,
    C: AsRef<str>,
{
    let mut w = ::csv::WriterBuilder::new()
        .delimiter(separator(lang) as u8)
        .quote_style(::csv::QuoteStyle::Always)
        .terminator(::csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(BOM.to_string().into_bytes());
    for row in rows {
        // Writing to memory cannot fail.
        let _ = w.write_record(row.iter().map(|c| neutralise(c.as_ref()).into_owned()));
    }
    let bytes = w.into_inner().unwrap_or_default();
    // Only valid UTF-8 went in.
    String::from_utf8(bytes).unwrap_or_default()
}

/// The plan as CSV text (with the byte-order mark): a header row of the
/// report's labels, then one row per action, grouped by when to do it (this
/// week, this month, this quarter, later) in plan order. The steps are in
/// one cell, numbered, one per line, the steps for the organisation's own
/// platforms first.
pub fn plan(report: &Report) -> String {
    let l = &report.labels;
    let header: Vec<String> = vec![
        "#".into(),
        l.when.clone(),
        l.priority.clone(),
        l.action.clone(),
        l.why.clone(),
        l.how.clone(),
        l.who.clone(),
        l.effort.clone(),
        l.cost.clone(),
        l.owner.clone(),
        l.due.clone(),
        l.status.clone(),
        l.note.clone(),
        l.because.clone(),
        l.references.clone(),
    ];
    let rows = report.plan.iter().map(|e| {
        vec![
            e.rank.to_string(),
            e.horizon_label.clone(),
            e.priority_label.clone(),
            e.title.clone(),
            e.why.clone(),
            steps(e, l),
            e.who_label.clone(),
            e.hours_label.clone(),
            e.cost_label.clone(),
            e.owner.clone(),
            e.due.clone(),
            e.status_label.clone(),
            e.note.clone(),
            e.reasons.join(" | "),
            e.refs.join(", "),
        ]
    });
    write(report.lang, std::iter::once(header).chain(rows))
}

/// The steps of an action in one cell: per platform the organisation uses
/// its name and numbered steps, then the general steps, numbered, under the
/// label "How" when platform steps come first (as on the plan page). Headings
/// end with the language's colon (`labels.colon`: a no-break space before it
/// in French).
pub fn steps(e: &super::report::PlanEntry, labels: &super::report::Labels) -> String {
    let heading = |text: &str| format!("{text}{}", labels.colon.trim_end());
    let numbered = |list: &[String]| -> Vec<String> {
        list.iter()
            .enumerate()
            .map(|(i, s)| format!("{}. {s}", i + 1))
            .collect()
    };
    let mut blocks: Vec<String> = e
        .platform_how
        .iter()
        .map(|p| {
            std::iter::once(heading(&p.label))
                .chain(numbered(&p.how))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    if !e.how.is_empty() {
        let general = numbered(&e.how).join("\n");
        if blocks.is_empty() {
            blocks.push(general);
        } else {
            blocks.push(format!("{}\n{general}", heading(&labels.how)));
        }
    }
    blocks.join("\n\n")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn read_back(text: &str, lang: Lang) -> Vec<Vec<String>> {
        let body = text.strip_prefix(BOM).expect("byte-order mark");
        ::csv::ReaderBuilder::new()
            .delimiter(separator(lang) as u8)
            .has_headers(false)
            .from_reader(body.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect()
    }

    #[test]
    fn cells_come_back_exactly_and_formulas_stay_text() {
        let rows = vec![
            vec!["a\"b", "Één; twee, drie", "line\r\nbreak"],
            vec!["=SUM(A1)", "+1", "-2"],
            vec!["@cmd", "\tTab", "plain"],
        ];
        for lang in Lang::ALL {
            let text = write(lang, rows.clone());
            let back = read_back(&text, lang);
            assert_eq!(back[0], ["a\"b", "Één; twee, drie", "line\r\nbreak"]);
            assert_eq!(back[1], ["'=SUM(A1)", "'+1", "'-2"]);
            assert_eq!(back[2], ["'@cmd", "'\tTab", "plain"]);
            assert!(text.ends_with("\"plain\"\r\n"), "{text:?}");
        }
    }
}
