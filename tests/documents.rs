//! The GDPR starter documents as an owner and a privacy practitioner check
//! them: for each persona, the proposed record has the rows its answers call
//! for, with the right legal basis, retention period and processors; every
//! column of the GBA/APD model register is there; a KMO that processes data
//! for clients gets the processor record of Art. 30(2); the XLSX and DOCX
//! files open and read back, accents intact, in all four languages; the
//! request log works out the one-month deadline; old files keep loading.

use std::io::Read;
use std::sync::OnceLock;

use calamine::{Data, Reader, Xlsx};
use checkup::documents;
use checkup::domain::assessment::Assessment;
use checkup::domain::documents::record::{self, Proposal};
use checkup::domain::documents::{
    DocFile, Documents, Facts, ProcessorColumn, RecordColumn, RecordRow, Request, deadline,
    needs_input,
};
use checkup::domain::i18n::Doc;
use checkup::domain::{Catalog, Lang, Msg, packs, transfer};

const TODAY: &str = "2026-11-30";

fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(packs::builtin)
}

fn persona(name: &str) -> Assessment {
    let path = format!("{}/tests/personas/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    transfer::import(&text, catalog())
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .assessment
}

fn request(name: &str, lang: Lang) -> Request {
    let a = persona(name);
    Request {
        lang,
        today: TODAY.into(),
        facts: Facts::new(catalog(), &a),
        documents: a.documents.clone(),
    }
}

fn proposal(name: &str) -> Proposal {
    let r = request(name, Lang::En);
    record::propose(&r.facts, Lang::En)
}

fn kinds(p: &Proposal) -> Vec<&str> {
    p.record.iter().map(|r| r.kind.as_str()).collect()
}

fn row<'a>(p: &'a Proposal, kind: &str) -> &'a RecordRow {
    p.record
        .iter()
        .find(|r| r.kind == kind)
        .unwrap_or_else(|| panic!("no {kind} row in {:?}", kinds(p)))
}

fn has(cell: &str, parts: &[&str]) {
    for p in parts {
        assert!(cell.contains(p), "{p:?} missing in: {cell}");
    }
}

// ---------------------------------------------------------------------------
// The proposed record, persona by persona
// ---------------------------------------------------------------------------

#[test]
fn the_bakery_gets_customers_staff_marketing_and_web_shop_rows() {
    let p = proposal("bakery");
    assert_eq!(
        kinds(&p),
        [
            "customers",
            "staff",
            "applicants",
            "marketing",
            "website_contact",
            "website_statistics",
            "social_page"
        ]
    );
    let customers = row(&p, "customers");
    // Contract and the accounting obligation; no B2B contacts, so no legitimate interest.
    has(
        &customers.legal_basis,
        &["Art. 6(1)(b)", "Art. 6(1)(c)", "III.88", "VAT Code"],
    );
    assert!(
        !customers.legal_basis.contains("6(1)(f)"),
        "{}",
        customers.legal_basis
    );
    has(
        &customers.retention,
        &[
            "10 years",
            "art. 60 §4",
            "art. 315",
            "20 November 2022",
            "7 years",
        ],
    );
    // Google Workspace for mail, a hosted web-shop platform for the shop.
    has(&customers.processors, &["Google", "web-shop platform"]);
    assert!(!customers.processors.contains("Microsoft"));
    has(&customers.data, &["web-shop accounts"]);
    // E-mail advertising: consent, with the exception for existing customers.
    let marketing = row(&p, "marketing");
    has(
        &marketing.legal_basis,
        &["Art. 6(1)(a)", "XII.13", "4 April 2003"],
    );
    assert!(
        !marketing.legal_basis.contains("6(1)(f)"),
        "e-mail only: {}",
        marketing.legal_basis
    );
    // The purposes name only the channel the bakery uses.
    has(&marketing.purposes, &["e-mail or text message"]);
    assert!(
        !marketing.purposes.contains("calls") && !marketing.purposes.contains("post"),
        "e-mail only: {}",
        marketing.purposes
    );
    // The bakery does its own IT: no IT provider among the processors.
    assert!(!row(&p, "staff").processors.contains("IT provider"));
    // Statistics cookies need consent (art. 10/2 of the Law of 30 July 2018).
    has(
        &row(&p, "website_statistics").legal_basis,
        &["Art. 6(1)(a)", "10/2"],
    );
    // Joint controllers with the platform, not a processor.
    has(&row(&p, "social_page").legal_basis, &["Art. 26"]);
    assert!(
        p.processor_record.is_empty(),
        "the bakery processes no data for clients"
    );
}

#[test]
fn the_accountant_keeps_a_processor_record_for_its_clients() {
    let p = proposal("accountant");
    assert!(kinds(&p).contains(&"email_monitoring"), "{:?}", kinds(&p));
    has(
        &row(&p, "email_monitoring").legal_basis,
        &["collective labour agreement no. 81", "6(1)(f)"],
    );
    assert_eq!(p.processor_record.len(), 1);
    let services = &p.processor_record[0];
    // The processing it does on clients' instructions, from its sector.
    has(&services.processing, &["bookkeeping, tax or payroll"]);
    assert!(
        needs_input(&services.controller),
        "each client is named by the owner"
    );
    has(
        &services.sub_processors,
        &["Microsoft", "IT provider", "Art. 28(2)"],
    );
    for col in ProcessorColumn::ALL {
        assert!(!col.get(services).trim().is_empty(), "{col:?}");
    }
    // Staff: social documents 5 years, the social secretariat as processor.
    let staff = row(&p, "staff");
    has(&staff.retention, &["5 years", "8 August 1980", "art. 25"]);
    has(&staff.processors, &["social secretariat", "Microsoft"]);
    has(&staff.legal_basis, &["Art. 6(1)(b)", "Art. 6(1)(c)"]);
    // No health data declared: no Art. 9 exception in the staff row.
    assert!(!staff.legal_basis.contains("9(2)"), "{}", staff.legal_basis);
}

#[test]
fn the_medical_practice_gets_the_patient_record_and_cameras() {
    let p = proposal("medical");
    let patients = row(&p, "patients");
    has(&patients.legal_basis, &["Art. 9(2)(h)", "22 April 2019"]);
    has(&patients.retention, &["30", "50 years", "art. 35"]);
    assert!(!needs_input(&patients.retention), "{}", patients.retention);
    // Health data of staff (sick notes): employment law, Art. 9(2)(b).
    let staff = row(&p, "staff");
    has(&staff.legal_basis, &["Art. 9(2)(b)"]);
    has(&staff.data, &["health data"]);
    let cameras = row(&p, "cameras");
    has(
        &cameras.legal_basis,
        &["Art. 6(1)(f)", "21 March 2007", "no. 68"],
    );
    has(
        &cameras.retention,
        &["one month", "21 March 2007", "art. 6 and 7"],
    );
    has(&cameras.recipients, &["police"]);
    has(&cameras.data_subjects, &["Staff"]);
    assert!(!kinds(&p).contains(&"customers"), "{:?}", kinds(&p));
}

#[test]
fn the_transport_company_gets_monitoring_criminal_records_and_whistleblowing() {
    let p = proposal("transport");
    let k = kinds(&p);
    for kind in [
        "customers",
        "staff",
        "cameras",
        "location_tracking",
        "badges",
        "criminal_records",
        "whistleblowing",
    ] {
        assert!(k.contains(&kind), "{kind} missing in {k:?}");
    }
    has(
        &row(&p, "criminal_records").legal_basis,
        &["Art. 10", "Law of 30 July 2018, art. 10"],
    );
    has(
        &row(&p, "whistleblowing").legal_basis,
        &["Art. 6(1)(c)", "28 November 2022"],
    );
    has(
        &row(&p, "location_tracking").legal_basis,
        &["6(1)(f)", "working time"],
    );
    assert!(!k.contains(&"email_monitoring"));
}

#[test]
fn the_model_company_markets_by_e_mail_and_phone_and_publishes_photos() {
    let p = proposal("model");
    let marketing = row(&p, "marketing");
    has(
        &marketing.purposes,
        &["e-mail or text message", "Sales calls"],
    );
    assert!(
        !marketing.purposes.contains("by post"),
        "{}",
        marketing.purposes
    );
    has(
        &marketing.legal_basis,
        &[
            "Art. 6(1)(a)",
            "XII.13",
            "Art. 6(1)(f)",
            "Art. 21(2)",
            "Do not call me",
        ],
    );
    has(&row(&p, "photos").legal_basis, &["Art. 6(1)(a)", "XI.174"]);
    has(
        &row(&p, "customers").processors,
        &["Microsoft", "IT provider", "host of our website"],
    );
    // Microsoft 365: where the data goes is for the owner to check, with the safeguards to name.
    has(
        &row(&p, "customers").transfers,
        &[
            "Microsoft",
            "Data Privacy Framework",
            "standard contractual clauses",
        ],
    );
    assert!(needs_input(&row(&p, "customers").transfers));
}

#[test]
fn only_what_the_answers_say_is_prefilled_and_the_rest_asks_for_input() {
    for name in ["bakery", "accountant", "medical", "transport", "model"] {
        let p = proposal(name);
        assert!(!p.record.is_empty(), "{name}");
        for r in &p.record {
            for col in RecordColumn::ALL {
                assert!(
                    !col.get(r).trim().is_empty(),
                    "{name} {} {col:?} is empty",
                    r.kind
                );
            }
            // The purposes and the name always come from the proposal itself.
            assert!(!needs_input(&r.name), "{name} {}", r.kind);
            // A retention period is either sourced (a law, an article) or to complete.
            assert!(
                needs_input(&r.retention) || r.retention.contains("art."),
                "{name} {}: {}",
                r.kind,
                r.retention
            );
        }
        // Answers with a "yes" on a measure show as a measure in place.
        let a = persona(name);
        if a.answers
            .get("sec.accounts.mfa_email")
            .is_some_and(|v| v.has("yes"))
        {
            has(&p.record[0].security, &["two-step verification on e-mail"]);
        } else {
            assert!(
                !p.record[0]
                    .security
                    .contains("two-step verification on e-mail")
            );
        }
    }
}

#[test]
fn a_hidden_answer_does_not_make_a_row() {
    // Marketing channels are asked only when the organisation keeps data on
    // customers or contacts: an answer kept from before does not count.
    let mut a = persona("bakery");
    a.answers.insert(
        "profile.data_subjects".into(),
        checkup::domain::assessment::Answer::Many(vec!["employees".into()]),
    );
    let facts = Facts::new(catalog(), &a);
    let p = record::propose(&facts, Lang::En);
    assert!(!kinds(&p).contains(&"marketing"), "{:?}", kinds(&p));
    assert!(!kinds(&p).contains(&"customers"));
}

#[test]
fn the_proposal_speaks_every_language_with_its_own_legal_words() {
    let words = [
        (Lang::Nl, "AVG", "In te vullen"),
        (Lang::Fr, "RGPD", "À compléter"),
        (Lang::De, "DSGVO", "Zu ergänzen"),
        (Lang::En, "GDPR", "To complete"),
    ];
    for (lang, gdpr, todo) in words {
        let r = request("model", lang);
        let p = record::propose(&r.facts, lang);
        let all: String = p
            .record
            .iter()
            .flat_map(|r| RecordColumn::ALL.map(|c| c.get(r).to_string()))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(all.contains(gdpr) && all.contains(todo), "{lang}");
        for other in words.iter().filter(|w| w.0 != lang) {
            assert!(!all.contains(other.2), "{lang} has {}", other.2);
        }
    }
}

// ---------------------------------------------------------------------------
// The files
// ---------------------------------------------------------------------------

fn workbook(bytes: Vec<u8>) -> Xlsx<std::io::Cursor<Vec<u8>>> {
    Xlsx::new(std::io::Cursor::new(bytes)).expect("an XLSX calamine can open")
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

#[test]
fn the_record_workbook_has_every_column_of_the_gba_model_in_order_in_every_language() {
    for lang in Lang::ALL {
        let r = request("accountant", lang);
        let mut wb = workbook(documents::make(DocFile::RecordXlsx, &r).unwrap());
        let names = wb.sheet_names();
        assert_eq!(
            names.len(),
            4,
            "{lang}: identification, record, processor record, instructions: {names:?}"
        );
        let record = wb.worksheet_range(&names[1]).unwrap();
        let header: Vec<String> = (0..11).map(|c| text(record.get((1, c)).unwrap())).collect();
        assert_eq!(header[0], Msg::DocColNo.get(lang));
        for (i, col) in RecordColumn::ALL.iter().enumerate() {
            let want = col.label(lang);
            let got = &header[i + 1];
            assert!(
                got == &want || got == &format!("{want} *"),
                "{lang} column {}: {got} / {want}",
                i + 1
            );
            assert_eq!(got.ends_with(" *"), col.required(), "{lang} {col:?}");
            assert_eq!(text(record.get((2, i + 1)).unwrap()), col.source(lang));
        }
        // The rows as proposed, accents and all.
        let rows = r.record();
        for (n, row) in rows.iter().enumerate() {
            for (i, col) in RecordColumn::ALL.iter().enumerate() {
                assert_eq!(
                    text(record.get((3 + n, i + 1)).unwrap()),
                    col.get(row),
                    "{lang} row {n} {col:?}"
                );
            }
        }
        // The draft line comes first on every sheet.
        let draft = text(record.get((0, 0)).unwrap());
        assert!(
            draft.contains("CheckUp") && draft.contains("2026"),
            "{lang}: {draft}"
        );
        // The processor record (Art. 30(2)).
        let processor = wb.worksheet_range(&names[2]).unwrap();
        for (i, col) in ProcessorColumn::ALL.iter().enumerate() {
            assert_eq!(
                text(processor.get((1, i + 1)).unwrap()),
                format!("{} *", col.label(lang))
            );
        }
        assert_eq!(
            text(processor.get((3, 2)).unwrap()),
            r.processor_record()[0].processing
        );
    }
}

#[test]
fn accents_survive_in_every_workbook_and_language() {
    let samples = [
        (Lang::Nl, "Categorieën van persoonsgegevens"),
        (Lang::Fr, "Activité de traitement"),
        (Lang::De, "Übermittlungen außerhalb des EWR und Garantien"),
        (Lang::En, "Categories of personal data"),
    ];
    for (lang, sample) in samples {
        let r = request("bakery", lang);
        let mut wb = workbook(documents::make(DocFile::RecordXlsx, &r).unwrap());
        let names = wb.sheet_names();
        assert_eq!(
            names.len(),
            3,
            "no processor record for the bakery: {names:?}"
        );
        let range = wb.worksheet_range(&names[1]).unwrap();
        let all: Vec<String> = range.cells().map(|(_, _, d)| text(d)).collect();
        assert!(
            all.iter().any(|c| c.starts_with(sample)),
            "{lang}: {sample}"
        );
        // Organisation name from the CheckUp, on the identification sheet.
        let id = wb.worksheet_range(&names[0]).unwrap();
        assert!(
            id.cells().any(|(_, _, d)| text(d) == "Bakkerij Peeters"),
            "{lang}"
        );
        for file in [DocFile::BreachXlsx, DocFile::RequestsXlsx] {
            let mut wb = workbook(documents::make(file, &r).unwrap());
            let names = wb.sheet_names();
            assert_eq!(
                names.len(),
                2,
                "{lang} {file:?}: the register and its instructions"
            );
            let inst = wb.worksheet_range(&names[1]).unwrap();
            assert!(inst.cells().count() >= 6, "{lang} {file:?}");
        }
    }
}

#[test]
fn the_breach_register_has_the_facts_effects_and_remedial_action_of_art_33_5() {
    for lang in Lang::ALL {
        let r = request("model", lang);
        let mut wb = workbook(documents::make(DocFile::BreachXlsx, &r).unwrap());
        let name = wb.sheet_names()[0].clone();
        let range = wb.worksheet_range(&name).unwrap();
        let sources: Vec<String> = (0..16).map(|c| text(range.get((2, c)).unwrap())).collect();
        let gdpr = match lang {
            Lang::Nl => "AVG",
            Lang::Fr => "RGPD",
            Lang::De => "DSGVO",
            Lang::En => "GDPR",
        };
        for art in ["33(5)", "33(1)", "34"] {
            assert!(
                sources.iter().any(|s| s.contains(art) && s.contains(gdpr)),
                "{lang}: no column rests on Art. {art}: {sources:?}"
            );
        }
        // The example row is dated today and filled in.
        assert_eq!(text(range.get((3, 0)).unwrap()), "1");
        assert!(!text(range.get((3, 4)).unwrap()).is_empty());
    }
}

#[test]
fn the_request_log_works_out_the_one_month_deadline_and_the_extension() {
    let serial = |d: time::Date| {
        (d - time::Date::from_calendar_date(1899, time::Month::December, 30).unwrap()).whole_days()
            as f64
    };
    // 30 November 2026 (a Monday): due on Wednesday 30 December, at the
    // latest (extended) on Monday 1 March 2027 (28 February is a Sunday).
    let today = checkup::domain::dates::parse(TODAY).unwrap();
    assert_eq!(
        checkup::domain::dates::iso(deadline::due(today)),
        "2026-12-30"
    );
    assert_eq!(
        checkup::domain::dates::iso(deadline::extended(today)),
        "2027-03-01"
    );
    for lang in Lang::ALL {
        let r = request("bakery", lang);
        let mut wb = workbook(documents::make(DocFile::RequestsXlsx, &r).unwrap());
        let name = wb.sheet_names()[0].clone();
        let values = wb.worksheet_range(&name).unwrap();
        let number = |d: &Data| match d {
            Data::Float(f) => Some(*f),
            Data::Int(i) => Some(*i as f64),
            Data::DateTime(dt) => Some(dt.as_f64()),
            _ => None,
        };
        assert_eq!(
            number(values.get((3, 1)).unwrap()),
            Some(serial(today)),
            "{lang}: received"
        );
        assert_eq!(
            number(values.get((3, 6)).unwrap()),
            Some(serial(deadline::due(today))),
            "{lang}: due"
        );
        assert_eq!(
            number(values.get((3, 9)).unwrap()),
            Some(serial(deadline::extended(today))),
            "{lang}: latest"
        );
        let formulas = wb.worksheet_formula(&name).unwrap();
        let f = formulas.get_value((3, 6)).cloned().unwrap_or_default();
        assert!(
            f.contains("EDATE(B4,1)") && f.contains("WORKDAY"),
            "{lang}: {f}"
        );
        // Empty rows keep the formula, so a date typed later gets its deadline.
        let (_, first_col) = formulas.start().unwrap();
        let later = formulas
            .cells()
            .filter(|(_, c, f)| *c as u32 + first_col == 6 && f.contains("EDATE"))
            .count();
        assert!(later >= 100, "{later}");
        // Until a date is typed they show nothing, not a 0 (a date in 1900
        // in a viewer that does not calculate).
        assert!(
            matches!(values.get((4, 6)), Some(Data::String(s)) if s.is_empty())
                || matches!(values.get((4, 6)), Some(Data::Empty) | None),
            "{lang}: an empty row's deadline is {:?}",
            values.get((4, 6))
        );
    }
}

fn docx_xml(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a DOCX is a zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("word/document.xml")
        .read_to_string(&mut xml)
        .unwrap();
    assert!(zip.by_name("[Content_Types].xml").is_ok());
    assert!(zip.by_name("word/styles.xml").is_ok());
    xml
}

#[test]
fn the_privacy_notice_docx_holds_every_part_of_art_13_in_every_language() {
    let expect = [
        (
            Lang::Nl,
            "Privacyverklaring van Bakkerij Peeters",
            "Drukpersstraat 35",
            "klacht-indienen",
        ),
        (
            Lang::Fr,
            "Déclaration de confidentialité de Bakkerij Peeters",
            "rue de la Presse 35",
            "introduire-une-plainte",
        ),
        (
            Lang::De,
            "Datenschutzerklärung von Bakkerij Peeters",
            "Rue de la Presse 35",
            "beschwerde-einreichen",
        ),
        (
            Lang::En,
            "Privacy notice of Bakkerij Peeters",
            "Rue de la Presse 35",
            "submit-request-or-complaint",
        ),
    ];
    for (lang, title, address, complaint) in expect {
        let r = request("bakery", lang);
        let xml = docx_xml(&documents::make(DocFile::NoticeDocx, &r).unwrap());
        assert!(xml.contains(title), "{lang}: title");
        assert!(xml.contains(address), "{lang}: the GBA/APD's address");
        // The complaint page is a link (its target is in the relationships).
        assert!(
            xml.contains(complaint) || xml.contains("w:hyperlink"),
            "{lang}"
        );
        for part in [
            "13(1)(a)", "13(1)(c)", "13(1)(e)", "13(1)(f)", "13(2)(a)", "13(2)(b)", "13(2)(d)",
            "13(2)(e)",
        ] {
            assert!(xml.contains(part), "{lang}: no section for Art. {part}");
        }
        // Purposes and legal bases come from the record.
        let rows = r.record();
        assert!(
            xml.contains(&quote(&rows[0].name)),
            "{lang}: {}",
            rows[0].name
        );
        // The draft line, highlighted; the staff row stays out of the public notice.
        assert!(
            xml.contains("CheckUp") && xml.contains("w:highlight"),
            "{lang}"
        );
        let staff = rows.iter().find(|r| r.kind == "staff").unwrap();
        assert!(
            !xml.contains(&quote(&staff.purposes)),
            "{lang}: staff purposes in the public notice"
        );
    }
}

/// Text as it appears in the DOCX XML (quick-xml escapes & < > ' ").
fn quote(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&apos;")
        .replace('"', "&quot;")
}

#[test]
fn the_notice_html_and_the_card_escape_what_the_person_typed() {
    let mut r = request("bakery", Lang::En);
    r.documents.organisation.name = "Bakkerij <Peeters> & Zonen".into();
    r.documents.contacts.it.name = "<script>x</script>".into();
    r.documents.contacts.it.phone = "0470 12 34 56".into();
    let html = String::from_utf8(documents::make(DocFile::NoticeHtml, &r).unwrap()).unwrap();
    assert!(html.contains("Bakkerij &lt;Peeters&gt; &amp; Zonen"));
    assert!(!html.contains("<Peeters>") && !html.contains("<script"));
    assert!(html.starts_with("<section class=\"privacy-notice\" lang=\"en\">"));
    let card = String::from_utf8(documents::make(DocFile::CardHtml, &r).unwrap()).unwrap();
    // A phone number never breaks across lines on the printed card.
    assert!(card.contains("&lt;script&gt;x&lt;/script&gt;: 0470\u{a0}12\u{a0}34\u{a0}56"));
    assert!(card.contains("+32\u{a0}2\u{a0}274\u{a0}48\u{a0}00"));
    assert!(!card.contains("<script"));
    let card = card.replace('\u{a0}', " ");
    for number in [
        "078 170 170",
        "101",
        "112",
        "+32 2 274 48 00",
        "suspicious@safeonweb.be",
    ] {
        assert!(card.contains(number), "{number}");
    }
    // Numbers the person did not give are marked to complete.
    assert!(card.matches("to-complete").count() >= 3);
}

#[test]
fn the_csv_record_reads_back_cell_for_cell() {
    for lang in Lang::ALL {
        let r = request("medical", lang);
        let text = String::from_utf8(documents::make(DocFile::RecordCsv, &r).unwrap()).unwrap();
        let body = text.strip_prefix('\u{feff}').unwrap();
        let sep = checkup::domain::csv::separator(lang) as u8;
        let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
            .delimiter(sep)
            .has_headers(false)
            .from_reader(body.as_bytes())
            .records()
            .map(|x| x.unwrap().iter().map(String::from).collect())
            .collect();
        // The controller's identification first (Art. 30(1)(a)), as on the
        // workbook's first tab: its name, and what is still to complete.
        // Every row as wide as the table, so that strict readers take it.
        let ident = r.identification();
        let width = 1 + RecordColumn::ALL.len();
        assert!(rows.iter().all(|row| row.len() == width), "{lang}");
        assert_eq!(rows[0][0], Doc::IdentificationHeading.get(lang), "{lang}");
        for (i, (label, value, _)) in ident.iter().enumerate() {
            assert_eq!(rows[1 + i][..2], [label.clone(), value.clone()], "{lang}");
        }
        assert_eq!(rows[1][1], r.facts.org_name(), "{lang}");
        assert!(!rows[1][1].is_empty(), "{lang}: the persona has a name");
        let dpo = &rows[ident.len()][1];
        assert!(dpo.contains(&Msg::DocOrgDpo.get(lang)), "{lang}: {dpo}");
        assert!(rows[ident.len() + 1].iter().all(String::is_empty), "{lang}");
        // Then the table: headings, legal sources, one row per activity.
        let table = &rows[ident.len() + 2..];
        let record = r.record();
        assert_eq!(table.len(), record.len() + 2, "{lang}");
        assert_eq!(table[0][1], RecordColumn::ALL[0].label(lang), "{lang}");
        assert_eq!(table[2][1], record[0].name);
        assert_eq!(table[2][6], record[0].retention, "{lang}");
    }
}

#[test]
fn the_csv_processor_record_names_the_processor() {
    let mut r = request("accountant", Lang::Fr);
    r.documents.organisation.email = "info@example.be".into();
    assert!(
        !r.processor_record().is_empty(),
        "the accountant acts as a processor"
    );
    let text = String::from_utf8(documents::make(DocFile::ProcessorCsv, &r).unwrap()).unwrap();
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    assert!(lines.next().unwrap().starts_with("\"Sous-traitant\";\"\""));
    assert!(text.contains("info@example.be"), "{text}");
    assert!(text.contains(&r.facts.org_name()), "{text}");
}

// ---------------------------------------------------------------------------
// Saved with the assessment
// ---------------------------------------------------------------------------

#[test]
fn the_edited_record_is_saved_in_the_file_and_used_for_the_documents() {
    let mut a = persona("bakery");
    let mut rows = record::propose(&Facts::new(catalog(), &a), Lang::Nl).record;
    rows[0].retention = "7 jaar na de laatste factuur".into();
    rows.push(RecordRow {
        name: "Klantenkaart".into(),
        ..RecordRow::own()
    });
    a.documents.record = Some(rows.clone());
    a.documents.organisation.address = "Kerkstraat 1, 2000 Antwerpen".into();
    let file = transfer::export(&a);
    let back = transfer::import(&file, catalog()).unwrap().assessment;
    assert_eq!(back.documents, a.documents);
    let r = Request {
        lang: Lang::Nl,
        today: TODAY.into(),
        facts: Facts::new(catalog(), &back),
        documents: back.documents.clone(),
    };
    assert_eq!(r.record(), rows);
    let csv = String::from_utf8(documents::make(DocFile::RecordCsv, &r).unwrap()).unwrap();
    assert!(csv.contains("7 jaar na de laatste factuur") && csv.contains("Klantenkaart"));
    let notice = String::from_utf8(documents::make(DocFile::NoticeHtml, &r).unwrap()).unwrap();
    assert!(notice.contains("Kerkstraat 1, 2000 Antwerpen"));
}

#[test]
fn old_assessment_files_load_with_no_documents() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/export-2026.1.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let a = transfer::import(&text, catalog()).unwrap().assessment;
    assert!(a.documents.is_empty());
    assert!(
        !transfer::export(&a).contains("\"documents\""),
        "nothing entered, nothing written"
    );
    // A file from a newer version with fields this one does not know keeps them.
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["documents"] =
        serde_json::json!({"record": [{"kind": "own", "name": "X", "future": 1}], "later": true});
    let a = transfer::import(&v.to_string(), catalog())
        .unwrap()
        .assessment;
    assert_eq!(a.documents.record.as_ref().unwrap()[0].name, "X");
    let out = transfer::export(&a);
    assert!(
        out.contains("\"future\"") && out.contains("\"later\""),
        "{out}"
    );
    let _: Documents = serde_json::from_str("{}").unwrap();
}

#[test]
fn an_action_names_only_documents_that_exist() {
    use checkup::domain::documents::DocumentKind;
    let c = catalog();
    let linked: Vec<(&str, DocumentKind)> = c
        .all_actions()
        .filter_map(|a| a.document.map(|d| (a.id.as_str(), d)))
        .collect();
    assert!(
        linked.contains(&("act.gdpr.register", DocumentKind::Record)),
        "{linked:?}"
    );
    assert!(linked.contains(&("act.gdpr.breach-register", DocumentKind::BreachRegister)));
    assert!(linked.contains(&("act.gdpr.privacy-notice", DocumentKind::PrivacyNotice)));
    assert!(linked.contains(&("act.gdpr.rights-procedure", DocumentKind::RequestLog)));
    // A misspelt document is refused when the pack is read.
    let gdpr = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/questions/gdpr.json"))
        .unwrap();
    let bad = gdpr.replacen("\"document\": \"record\"", "\"document\": \"recrod\"", 1);
    let mut files: Vec<(String, String)> = packs::DEFAULT_FILES
        .iter()
        .map(|f| {
            let t =
                std::fs::read_to_string(format!("{}/questions/{f}", env!("CARGO_MANIFEST_DIR")))
                    .unwrap();
            (
                f.to_string(),
                if *f == "gdpr.json" { bad.clone() } else { t },
            )
        })
        .collect();
    files.sort();
    let (_, errors) = packs::load(&files);
    let messages: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
    assert!(
        messages.iter().any(|m| m.contains("recrod")),
        "{messages:?}"
    );
}

#[test]
fn the_command_line_writes_every_document() {
    let out = std::env::temp_dir().join(format!("checkup-docs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_checkup-cli"))
        .args([
            "documents",
            "tests/personas/accountant.json",
            "--lang",
            "de",
            "--today",
            TODAY,
            "--out",
        ])
        .arg(&out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    for f in DocFile::ALL {
        let path = out.join(f.file_name(Lang::De));
        let bytes = std::fs::read(&path).unwrap_or_else(|_| panic!("{} missing", path.display()));
        assert!(!bytes.is_empty());
    }
    let help = std::process::Command::new(env!("CARGO_BIN_EXE_checkup-cli"))
        .args(["documents", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        help.contains("--out") && help.contains("--lang") && help.contains("Exit codes:"),
        "{help}"
    );
    let _ = std::fs::remove_dir_all(&out);
}

/// The incident card is meant to hang by the desk: printed from the browser
/// (headless Chromium, A4, no header or footer), it takes one page for every
/// persona in every language.
#[test]
fn the_incident_card_prints_on_one_a4_page_in_every_language() {
    let chrome = std::env::var("CHROME_PATH").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let dir = std::env::temp_dir().join(format!("checkup-card-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for name in ["bakery", "accountant", "medical", "transport", "model"] {
        for lang in Lang::ALL {
            let html = documents::make(DocFile::CardHtml, &request(name, lang)).unwrap();
            let page = dir.join(format!("{name}-{lang}.html"));
            let pdf = dir.join(format!("{name}-{lang}.pdf"));
            std::fs::write(&page, html).unwrap();
            let status = std::process::Command::new(&chrome)
                .args([
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-pdf-header-footer",
                    &format!("--user-data-dir={}", dir.join("profile").display()),
                    &format!("--print-to-pdf={}", pdf.display()),
                    &format!("file://{}", page.display()),
                ])
                .stderr(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .status()
                .expect("Chromium (installed by ./setup.sh test)");
            assert!(status.success(), "{name} {lang}: Chromium printed nothing");
            let info = std::process::Command::new("pdfinfo")
                .arg(&pdf)
                .output()
                .expect("pdfinfo (poppler-utils)");
            let info = String::from_utf8_lossy(&info.stdout);
            let pages = info
                .lines()
                .find_map(|l| l.strip_prefix("Pages:"))
                .map(str::trim)
                .unwrap_or_default()
                .to_string();
            assert_eq!(pages, "1", "{name} {lang}: the card takes {pages} pages");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The record's instructions name the Camera Act's own register only to an
/// organisation with cameras.
#[test]
fn the_camera_register_is_mentioned_only_where_there_are_cameras() {
    use checkup::domain::i18n::Doc;
    for lang in Lang::ALL {
        let line = Doc::RecordHelp6.get(lang);
        for (name, cameras) in [("bakery", false), ("medical", true)] {
            let r = request(name, lang);
            let mut wb = workbook(documents::make(DocFile::RecordXlsx, &r).unwrap());
            let last = wb.sheet_names().last().cloned().unwrap();
            let sheet = wb.worksheet_range(&last).unwrap();
            let found = sheet.cells().any(|(_, _, c)| text(c).contains(&line));
            assert_eq!(found, cameras, "{name} {lang}: camera register mentioned");
        }
    }
}

/// The privacy notice's file carries the day it was made, not 1 January 1970.
#[test]
fn the_privacy_notice_docx_is_dated_the_day_it_was_made() {
    let bytes = documents::make(DocFile::NoticeDocx, &request("bakery", Lang::Fr)).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut core = String::new();
    zip.by_name("docProps/core.xml")
        .unwrap()
        .read_to_string(&mut core)
        .unwrap();
    assert!(
        core.contains(&format!(
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{TODAY}T"
        )),
        "{core}"
    );
    assert!(!core.contains("1970"), "{core}");
}

fn docx_part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// Word checks the notice's spelling in its own language and names the
/// organisation as its author (not "unknown"); without a name, no author.
#[test]
fn the_privacy_notice_docx_has_its_language_and_author() {
    for (lang, tag) in [
        (Lang::Nl, "nl-BE"),
        (Lang::Fr, "fr-BE"),
        (Lang::De, "de-DE"),
        (Lang::En, "en-GB"),
    ] {
        let mut r = request("bakery", lang);
        r.documents.organisation.name = "Bakkerij <Peeters> & Zoon".into();
        let bytes = documents::make(DocFile::NoticeDocx, &r).unwrap();
        let styles = docx_part(&bytes, "word/styles.xml");
        let defaults = &styles[..styles.find("</w:docDefaults>").unwrap()];
        assert!(
            defaults.contains(&format!("<w:lang w:val=\"{tag}\"")),
            "{styles}"
        );
        let core = docx_part(&bytes, "docProps/core.xml");
        assert!(
            core.contains(&format!("<dc:language>{tag}</dc:language>")),
            "{core}"
        );
        assert!(
            core.contains("<dc:creator>Bakkerij &lt;Peeters&gt; &amp; Zoon</dc:creator>"),
            "{core}"
        );
        assert!(
            core.contains("<dc:title>") && !core.contains("unknown"),
            "{core}"
        );
    }
    let mut r = request("bakery", Lang::Nl);
    r.documents.organisation.name.clear();
    r.facts = Facts::new(catalog(), &Assessment::default());
    let core = docx_part(
        &documents::make(DocFile::NoticeDocx, &r).unwrap(),
        "docProps/core.xml",
    );
    assert!(core.contains("<dc:creator></dc:creator>"), "{core}");
}
