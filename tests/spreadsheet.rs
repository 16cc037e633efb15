//! The plan as a spreadsheet: what Excel and LibreOffice read back from the
//! CSV file, read here with the `csv` crate's own reader.

use checkup::domain::assessment::{Assessment, PlanEdit, Status};
use checkup::domain::{Catalog, Lang, csv, engine, packs, report, transfer};

fn catalog() -> &'static Catalog {
    static C: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    C.get_or_init(packs::builtin)
}

fn bakery() -> Assessment {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/personas/bakery.json"
    ))
    .unwrap();
    transfer::import(&text, catalog()).unwrap().assessment
}

/// The file as a spreadsheet reads it: the byte-order mark, then records.
fn read(text: &str, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let body = text
        .strip_prefix('\u{feff}')
        .expect("a UTF-8 byte-order mark first, so Excel reads accents right");
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(csv::separator(lang) as u8)
        .from_reader(body.as_bytes());
    let header = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| {
            r.expect("a well-formed record")
                .iter()
                .map(String::from)
                .collect()
        })
        .collect();
    (header, rows)
}

#[test]
fn the_plan_reads_back_cell_for_cell_in_every_language() {
    let mut a = bakery();
    let ev = engine::evaluate(catalog(), &a.answers);
    let first = ev.plan[0].action.clone();
    let second = ev.plan[1].action.clone();
    a.plan.insert(
        first.clone(),
        PlanEdit {
            owner: "=HYPERLINK(\"https://example.com\";\"klik\")".into(),
            due: "2027-01-31".into(),
            status: Status::Doing,
            note: "Bel \"Jan\"; daarna, mail.\nTweede regel; ça, Straße".into(),
            ..PlanEdit::default()
        },
    );
    a.plan.insert(
        second.clone(),
        PlanEdit {
            owner: "+32 2 123 45 67".into(),
            note: "@SUM(A1:A3)".into(),
            ..PlanEdit::default()
        },
    );
    for lang in Lang::ALL {
        let r = report::build(&report::ReportInput {
            catalog: catalog(),
            assessment: &a,
            evaluation: &ev,
            lang,
            today: "2026-11-29",
            branding: None,
        });
        let text = csv::plan(&r);
        assert_eq!(
            csv::separator(lang),
            if lang == Lang::En { ',' } else { ';' },
            "{lang}"
        );
        assert!(text.ends_with("\r\n"), "CRLF line ends");
        let (header, rows) = read(&text, lang);
        let l = &r.labels;
        assert_eq!(
            header,
            [
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
            ],
            "{lang}"
        );
        assert_eq!(rows.len(), r.plan.len(), "{lang}: one row per action");
        for (row, e) in rows.iter().zip(&r.plan) {
            assert_eq!(row.len(), header.len(), "{lang}: {}", e.title);
            assert_eq!(row[0], e.rank.to_string());
            assert_eq!(row[2], e.title, "{lang}: the title comes back whole");
            assert_eq!(row[3], e.why);
            assert_eq!(row[9], e.status_label);
        }
        // The person's own texts: quotes, separators and line breaks come
        // back as typed; what a spreadsheet would run as a formula is text.
        let row = &rows[0];
        assert_eq!(
            row[7], "'=HYPERLINK(\"https://example.com\";\"klik\")",
            "{lang}"
        );
        assert_eq!(row[8], "2027-01-31");
        assert_eq!(
            row[10],
            "Bel \"Jan\"; daarna, mail.\nTweede regel; ça, Straße"
        );
        let row = &rows[1];
        assert_eq!(row[7], "'+32 2 123 45 67", "{lang}");
        assert_eq!(row[10], "'@SUM(A1:A3)", "{lang}");
        // No cell of any row starts like a formula.
        for row in &rows {
            for cell in row {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{lang}: {cell:?}"
                );
            }
        }
    }
}
