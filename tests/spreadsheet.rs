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
                &l.when,
                &l.priority,
                &l.action,
                &l.why,
                &l.how,
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
            assert_eq!(row[1], e.horizon_label);
            assert_eq!(row[3], e.title, "{lang}: the title comes back whole");
            assert_eq!(row[4], e.why);
            // Every step, numbered, the platform's first.
            for (i, step) in e.how.iter().enumerate() {
                assert!(
                    row[5].contains(&format!("{}. {step}", i + 1)),
                    "{lang}: {}",
                    e.id
                );
            }
            // The platform's steps under its name, then the general ones
            // under "How", each numbered from 1; the colon as the language
            // writes it (a no-break space before it in French).
            let colon = if lang == Lang::Fr { "\u{a0}:" } else { ":" };
            if let Some(p) = e.platform_how.first() {
                assert!(
                    row[5].starts_with(&format!("{}{colon}\n1. {}", p.label, p.how[0])),
                    "{lang}: {}",
                    row[5]
                );
                if let Some(first) = e.how.first() {
                    assert!(
                        row[5].contains(&format!("\n\n{}{colon}\n1. {first}", l.how)),
                        "{lang}: {}",
                        row[5]
                    );
                }
            }
            assert_eq!(row[6], e.who_label);
            assert_eq!(row[11], e.status_label);
        }
        // Grouped by when: this week first, later last, never back.
        let order: Vec<usize> = rows
            .iter()
            .map(|row| r.horizons.iter().position(|h| h.title == row[1]).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] <= w[1]), "{lang}: {order:?}");
        assert!(r.horizons.len() >= 3, "{lang}");
        // The person's own texts: quotes, separators and line breaks come
        // back as typed; what a spreadsheet would run as a formula is text.
        let row = rows
            .iter()
            .find(|row| row[3] == r.plan.iter().find(|e| e.id == first).unwrap().title)
            .unwrap();
        assert_eq!(
            row[9], "'=HYPERLINK(\"https://example.com\";\"klik\")",
            "{lang}"
        );
        assert_eq!(row[10], "2027-01-31");
        assert_eq!(
            row[12],
            "Bel \"Jan\"; daarna, mail.\nTweede regel; ça, Straße"
        );
        let row = rows
            .iter()
            .find(|row| row[3] == r.plan.iter().find(|e| e.id == second).unwrap().title)
            .unwrap();
        assert_eq!(row[9], "'+32 2 123 45 67", "{lang}");
        assert_eq!(row[12], "'@SUM(A1:A3)", "{lang}");
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
