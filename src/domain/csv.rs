//! The action plan as CSV, for Excel and LibreOffice: UTF-8 with a byte-order
//! mark (so Excel reads accents right), `;` as separator where the language's
//! spreadsheets expect it (nl, fr, de: a comma is their decimal sign), `,` in
//! English, every field quoted, CRLF line ends, dates as `YYYY-MM-DD`.

use super::lang::Lang;
use super::report::Report;

/// The separator spreadsheets in this language expect.
pub fn separator(lang: Lang) -> char {
    match lang {
        Lang::En => ',',
        _ => ';',
    }
}

fn field(s: &str) -> String {
    // Quote every field; double quotes inside; neutralise formulas (a cell
    // starting with = + - @ would be run by the spreadsheet).
    let s = s.replace('"', "\"\"");
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s
    };
    format!("\"{s}\"")
}

/// The plan as CSV text (with the byte-order mark).
pub fn plan(report: &Report) -> String {
    let sep = separator(report.lang).to_string();
    let l = &report.labels;
    let header = [
        "#",
        &l.priority,
        &l.action,
        &l.why,
        &l.who,
        &l.effort,
        &l.cost,
        &l.owner,
        &l.due,
        &l.status,
        &l.note,
        &l.because,
        &l.references,
    ];
    let mut out = String::from("\u{feff}");
    out.push_str(
        &header
            .iter()
            .map(|h| field(h))
            .collect::<Vec<_>>()
            .join(&sep),
    );
    out.push_str("\r\n");
    for e in &report.plan {
        let row = [
            e.rank.to_string(),
            e.priority_label.clone(),
            e.title.clone(),
            e.why.clone(),
            e.who_label.clone(),
            e.effort_label.clone(),
            e.cost_label.clone(),
            e.owner.clone(),
            e.due.clone(),
            e.status_label.clone(),
            e.note.clone(),
            e.reasons.join(" | "),
            e.refs.join(", "),
        ];
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(&sep));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_neutralised() {
        assert_eq!(field("a\"b"), "\"a\"\"b\"");
        assert_eq!(field("=SUM(A1)"), "\"'=SUM(A1)\"");
        assert_eq!(field("Één; twee"), "\"Één; twee\"");
    }
}
