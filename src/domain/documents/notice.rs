//! The privacy notice draft (GDPR Art. 13 and 14), made from the record:
//! who the organisation is and how to reach it, what it uses data for and
//! on which legal basis, who receives the data, transfers outside the EEA,
//! how long data is kept, the rights of the people, and the complaint route
//! to the Belgian Data Protection Authority (GBA/APD). Every section names
//! the article it answers to. One model, written as a DOCX (by
//! `checkup::documents`) and as an HTML snippet for a website ([`html`]).
//!
//! The notice takes the rows of the record that concern people outside the
//! organisation (customers, suppliers' contacts, applicants, patients,
//! visitors...); staff and staff monitoring belong in the staff notice.

use super::super::i18n::Doc;
use super::super::lang::Lang;
use super::html::{escape, escape_lines, link};
use super::{Request, needs_input, to_complete};

/// Record rows about staff: they belong in the notice for staff, not in the public one.
const STAFF_KINDS: &[&str] = &[
    "staff",
    "email_monitoring",
    "location_tracking",
    "badges",
    "biometrics",
    "whistleblowing",
];

/// A part of a section.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A paragraph.
    Paragraph(String),
    /// A bulleted list.
    List(Vec<String>),
    /// A link: the address and the text shown.
    Link {
        /// The address.
        url: String,
        /// The text shown.
        text: String,
    },
}

/// A section of the notice, with the legal source it answers to.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// The heading of the section.
    pub heading: String,
    /// E.g. "Art. 13(1)(c) and (d) GDPR".
    pub source: String,
    /// The section's content, in order.
    pub blocks: Vec<Block>,
}

/// The privacy notice draft.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The language of the notice.
    pub lang: Lang,
    /// The notice's title, with the organisation's name.
    pub title: String,
    /// "Draft made with the CheckUp on ...: check and complete it."
    pub draft: String,
    /// The sections, in order.
    pub sections: Vec<Section>,
    /// "Last updated: ..."
    pub updated: String,
    /// The date it was made, `YYYY-MM-DD` (the file's creation date).
    pub date: String,
    /// The organisation's name as typed, empty when not known: the
    /// document's author in the file's properties.
    pub author: String,
}

/// The complaint page of the GBA/APD in `lang`.
pub fn gba_complaint_url(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "https://www.gegevensbeschermingsautoriteit.be/burger/acties/klacht-indienen",
        Lang::Fr => "https://www.autoriteprotectiondonnees.be/citoyen/agir/introduire-une-plainte",
        Lang::De => "https://datenschutzbehorde.be/zivilist/aktionen/beschwerde-einreichen",
        Lang::En => "https://www.dataprotectionauthority.be/submit-request-or-complaint",
    }
}

/// The home page of the GBA/APD in `lang`.
pub fn gba_url(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "https://www.gegevensbeschermingsautoriteit.be/",
        Lang::Fr => "https://www.autoriteprotectiondonnees.be/",
        Lang::De => "https://www.datenschutzbehorde.be/",
        Lang::En => "https://www.dataprotectionauthority.be/",
    }
}

/// Splits a cell into its parts ("a; b; c"), trimmed, without empties.
fn parts(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(';').map(str::trim).filter(|p| !p.is_empty())
}

/// The notice for `request`, in its language.
pub fn build(request: &Request) -> Notice {
    let lang = request.lang;
    let t = |d: Doc| d.get(lang);
    let org = request.organisation();
    let or_todo = |v: &str, what: Doc| {
        if v.trim().is_empty() {
            to_complete(lang, &what.get(lang))
        } else {
            v.trim().to_string()
        }
    };
    let rows: Vec<_> = request
        .record()
        .into_iter()
        .filter(|r| !STAFF_KINDS.contains(&r.kind.as_str()))
        .filter(|r| !r.name.trim().is_empty() || !r.purposes.trim().is_empty())
        .collect();
    let has_staff = request.facts.has("profile.data_subjects", "employees");
    let name = or_todo(&org.name, Doc::NoticeFillName);

    let mut sections = Vec::new();

    // 1. Who we are (Art. 13(1)(a) and (b)).
    let mut who = vec![
        Block::Paragraph(Doc::NoticeWhoIntro.fill(lang, &[("name", &name)])),
        Block::List(
            [
                (
                    Doc::NoticeLabelAddress,
                    or_todo(&org.address, Doc::NoticeFillAddress),
                ),
                (
                    Doc::NoticeLabelEnterprise,
                    or_todo(&org.enterprise_number, Doc::NoticeFillEnterprise),
                ),
                (
                    Doc::NoticeLabelEmail,
                    or_todo(&org.email, Doc::NoticeFillEmail),
                ),
                (
                    Doc::NoticeLabelPhone,
                    or_todo(&org.phone, Doc::NoticeFillPhone),
                ),
            ]
            .into_iter()
            .map(|(label, value)| format!("{}: {value}", label.get(lang)))
            .map(|line| french_colon(lang, line))
            .collect(),
        ),
        Block::Paragraph(Doc::NoticeWhoContact.fill(
            lang,
            &[(
                "contact",
                &or_todo(&org.privacy_contact, Doc::NoticeFillContact),
            )],
        )),
    ];
    if !org.dpo.trim().is_empty() {
        who.push(Block::Paragraph(
            Doc::NoticeWhoDpo.fill(lang, &[("dpo", org.dpo.trim())]),
        ));
    }
    sections.push(Section {
        heading: t(Doc::NoticeWhoHeading),
        source: t(Doc::NoticeWhoSource),
        blocks: who,
    });

    // 2. Purposes and legal bases (Art. 13(1)(c) and (d), 14(1)(c) and (d)).
    let mut uses: Vec<String> = rows
        .iter()
        .map(|r| {
            Doc::NoticeUseItem.fill(
                lang,
                &[
                    ("name", r.name.trim()),
                    ("purposes", r.purposes.trim()),
                    ("data", r.data.trim()),
                    ("basis", r.legal_basis.trim()),
                ],
            )
        })
        .collect();
    if uses.is_empty() {
        uses.push(to_complete(lang, &t(Doc::NoticeFillUses)));
    }
    let mut use_blocks = vec![Block::Paragraph(t(Doc::NoticeUsesIntro)), Block::List(uses)];
    if has_staff {
        use_blocks.push(Block::Paragraph(t(Doc::NoticeStaffElsewhere)));
    }
    sections.push(Section {
        heading: t(Doc::NoticeUsesHeading),
        source: t(Doc::NoticeUsesSource),
        blocks: use_blocks,
    });

    // 3. Recipients (Art. 13(1)(e)).
    let mut recipients: Vec<String> = Vec::new();
    // "None outside the organisation" and the social network (a joint
    // controller, named in its own section) are not recipients to list.
    let skip = [t(Doc::RecipientsNone), t(Doc::ProcessorsJoint)];
    for r in &rows {
        for p in parts(&r.recipients).chain(parts(&r.processors)) {
            if !skip.iter().any(|s| s == p) && !recipients.iter().any(|x| x == p) {
                recipients.push(p.to_string());
            }
        }
    }
    if recipients.is_empty() {
        recipients.push(to_complete(lang, &t(Doc::NoticeFillRecipients)));
    }
    sections.push(Section {
        heading: t(Doc::NoticeRecipientsHeading),
        source: t(Doc::NoticeRecipientsSource),
        blocks: vec![
            Block::Paragraph(t(Doc::NoticeRecipientsIntro)),
            Block::List(recipients),
        ],
    });

    // 4. Transfers outside the EEA (Art. 13(1)(f)).
    let mut transfers: Vec<String> = Vec::new();
    for r in &rows {
        let cell = r.transfers.trim();
        if !cell.is_empty() && !transfers.iter().any(|x| x == cell) {
            transfers.push(cell.to_string());
        }
    }
    let transfer_blocks = if transfers.is_empty() {
        vec![Block::Paragraph(to_complete(lang, &t(Doc::TransfersCheck)))]
    } else {
        vec![
            Block::Paragraph(t(Doc::NoticeTransfersIntro)),
            Block::List(transfers),
        ]
    };
    sections.push(Section {
        heading: t(Doc::NoticeTransfersHeading),
        source: t(Doc::NoticeTransfersSource),
        blocks: transfer_blocks,
    });

    // 5. Retention (Art. 13(2)(a)).
    let mut retention: Vec<String> = rows
        .iter()
        .map(|r| {
            // The row name may hold its own colon ("Site web\u{a0}: statistiques"):
            // only the separator gets the French no-break space.
            let sep = if lang == Lang::Fr { "\u{a0}: " } else { ": " };
            format!("{}{sep}{}", r.name.trim(), r.retention.trim())
        })
        .collect();
    if retention.is_empty() {
        retention.push(to_complete(lang, &t(Doc::RetentionChoose)));
    }
    sections.push(Section {
        heading: t(Doc::NoticeRetentionHeading),
        source: t(Doc::NoticeRetentionSource),
        blocks: vec![Block::List(retention)],
    });

    // 6. Rights (Art. 13(2)(b) and (c), 15-22, 7(3)).
    sections.push(Section {
        heading: t(Doc::NoticeRightsHeading),
        source: t(Doc::NoticeRightsSource),
        blocks: vec![
            Block::Paragraph(t(Doc::NoticeRightsIntro)),
            Block::List(
                [
                    Doc::NoticeRightAccess,
                    Doc::NoticeRightRectification,
                    Doc::NoticeRightErasure,
                    Doc::NoticeRightRestriction,
                    Doc::NoticeRightPortability,
                    Doc::NoticeRightObject,
                    Doc::NoticeRightWithdraw,
                ]
                .into_iter()
                .map(t)
                .collect(),
            ),
            Block::Paragraph(Doc::NoticeRightsHow.fill(
                lang,
                &[(
                    "contact",
                    &or_todo(&org.privacy_contact, Doc::NoticeFillContact),
                )],
            )),
        ],
    });

    // 7. Complaint to the GBA/APD (Art. 13(2)(d), 77).
    sections.push(Section {
        heading: t(Doc::NoticeComplaintHeading),
        source: t(Doc::NoticeComplaintSource),
        blocks: vec![
            Block::Paragraph(t(Doc::NoticeComplaintText)),
            Block::Paragraph(t(Doc::GbaAddress)),
            Block::Link {
                url: gba_complaint_url(lang).to_string(),
                text: gba_complaint_url(lang).to_string(),
            },
        ],
    });

    // 8. Must people give their data? (Art. 13(2)(e)); automated decisions (13(2)(f)).
    sections.push(Section {
        heading: t(Doc::NoticeObligationHeading),
        source: t(Doc::NoticeObligationSource),
        blocks: vec![
            Block::Paragraph(to_complete(lang, &t(Doc::NoticeObligationHint))),
            Block::Paragraph(t(Doc::NoticeAutomated)),
        ],
    });

    // 9. Where data comes from when people did not give it themselves (Art. 14(2)(f)).
    sections.push(Section {
        heading: t(Doc::NoticeSourceHeading),
        source: t(Doc::NoticeSourceSource),
        blocks: vec![Block::Paragraph(to_complete(
            lang,
            &t(Doc::NoticeSourceHint),
        ))],
    });

    // 10. Cookies (art. 10/2 of the Law of 30 July 2018), when there is a website.
    if request.facts.any("profile.website", &["site", "webshop"]) {
        sections.push(Section {
            heading: t(Doc::NoticeCookiesHeading),
            source: t(Doc::NoticeCookiesSource),
            blocks: vec![Block::Paragraph(to_complete(
                lang,
                &t(Doc::NoticeCookiesHint),
            ))],
        });
    }
    if request.facts.has("profile.publishing", "social_page") {
        sections.push(Section {
            heading: t(Doc::NoticeSocialHeading),
            source: t(Doc::NoticeSocialSource),
            blocks: vec![
                Block::Paragraph(t(Doc::NoticeSocialText)),
                Block::Paragraph(to_complete(lang, &t(Doc::NoticeSocialHint))),
            ],
        });
    }

    Notice {
        lang,
        title: Doc::NoticeTitle.fill(lang, &[("name", &name)]),
        draft: super::draft_line(lang, &request.today),
        sections,
        date: request.today.clone(),
        author: org.name.trim().to_string(),
        updated: Doc::NoticeUpdated.fill(
            lang,
            &[(
                "date",
                &super::super::report::long_date(&request.today, lang),
            )],
        ),
    }
}

/// "Label: value" with the French no-break space before the colon.
fn french_colon(lang: Lang, line: String) -> String {
    if lang == Lang::Fr {
        line.replacen(": ", "\u{a0}: ", 1)
    } else {
        line
    }
}

/// The notice as an HTML snippet to paste into a website: one `<section>`
/// with headings from `<h2>`, no styles and no scripts. Parts still to
/// complete carry `class="to-complete"`, so they are easy to find.
pub fn html(notice: &Notice) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "<section class=\"privacy-notice\" lang=\"{}\">\n",
        notice.lang.code()
    ));
    out.push_str(&format!("<h2>{}</h2>\n", escape(&notice.title)));
    out.push_str(&format!(
        "<p class=\"draft\"><strong>{}</strong></p>\n",
        escape(&notice.draft)
    ));
    let para = |text: &str| {
        let class = if needs_input(text) {
            " class=\"to-complete\""
        } else {
            ""
        };
        format!("<p{class}>{}</p>\n", escape_lines(text))
    };
    for s in &notice.sections {
        out.push_str(&format!("<h3>{}</h3>\n", escape(&s.heading)));
        for b in &s.blocks {
            match b {
                Block::Paragraph(p) => out.push_str(&para(p)),
                Block::List(items) => {
                    out.push_str("<ul>\n");
                    for i in items {
                        let class = if needs_input(i) {
                            " class=\"to-complete\""
                        } else {
                            ""
                        };
                        out.push_str(&format!("<li{class}>{}</li>\n", escape_lines(i)));
                    }
                    out.push_str("</ul>\n");
                }
                Block::Link { url, text } => {
                    out.push_str(&format!("<p>{}</p>\n", link(url, text)));
                }
            }
        }
        out.push_str(&format!(
            "<p class=\"source\"><small>{}</small></p>\n",
            escape(&s.source)
        ));
    }
    out.push_str(&format!(
        "<p><small>{}</small></p>\n",
        escape(&notice.updated)
    ));
    out.push_str("</section>\n");
    out
}
