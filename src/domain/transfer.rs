//! Reading and writing assessment files: export, import with validation and
//! migration, reading what the browser saved, and rescue of damaged saved
//! data. Never panics on any input.
//!
//! Rules that keep a person's data safe (each has a test in `tests/transfer.rs`
//! or `tests/field_cases.rs`):
//! - a byte-order mark is accepted wherever a file or saved text is read;
//! - `"version": 1.0` is version 1; a missing or non-numeric version gets its
//!   own message; a newer format is refused, never rewritten;
//! - question-pack versions newer than this build's are reported and kept
//!   as they are (see [`Imported::newer_packs`]), never silently rewritten;
//! - fields this build does not know are kept (`extra` in the assessment);
//! - answers that no longer fit are kept aside with a reason, and kept-aside
//!   answers are looked at again on every migration, so a question renamed
//!   later gets its answer back;
//! - any assessment the app can hold can be opened again: [`MAX_BYTES`] is
//!   above what browser storage holds, and [`export_size`] lets saving warn
//!   before it writes a file larger than that.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use serde_json::Value;

use super::assessment::{Answer, Assessment, FORMAT, FORMAT_VERSION, PlanEdit};
use super::catalog::Catalog;
use super::engine;
use super::i18n::Msg;
use super::lang::Lang;
use super::pack::Input;

/// Files larger than this (in bytes, UTF-8) are refused before parsing.
///
/// It is above anything browser storage can hold (about 5 million UTF-16
/// code units per origin in Chromium and Firefox, so at most 15 MB of UTF-8
/// for text without emoji), so every assessment the app saved can be opened
/// again; a larger one can only exist in memory, and saving it warns first
/// ([`export_size`]).
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// The Unicode byte-order mark some editors (Notepad, Excel) put at the start.
const BOM: char = '\u{feff}';

/// Why a file cannot be imported. The current work is never touched.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum ImportError {
    /// Over [`MAX_BYTES`].
    TooLarge {
        /// The size of the file, in bytes.
        bytes: usize,
    },
    /// A CheckUp file that is damaged or cut off (it starts like JSON but does not parse).
    NotJson {
        /// Line where it stops parsing, from 1.
        line: usize,
        /// Column where it stops parsing, from 1.
        column: usize,
    },
    /// An empty file (nothing but white space): a save or download that was cut off.
    Empty,
    /// Not a CheckUp assessment: another JSON file, a spreadsheet, a PDF, a picture.
    NotAssessment,
    /// A CheckUp file without `version`.
    NoVersion,
    /// A CheckUp file whose `version` is not a whole number from 1 (`"1"`, `"v1"`, `1.5`).
    BadVersion {
        /// The `version` as written in the file.
        found: String,
    },
    /// Made by a newer CheckUp than this one (a newer file format).
    FromTheFuture {
        /// The file format version the file names.
        version: u32,
    },
    /// An assessment with fields of the wrong type.
    Invalid {
        /// The parser's description of what is wrong (in English).
        detail: String,
    },
}

/// `bytes` as megabytes (1 MB = 1,048,576 bytes) with one decimal, written
/// with the decimal separator of `lang` ("2,2" in nl, fr, de; "2.2" in en).
pub fn megabytes(bytes: usize, lang: Lang) -> String {
    let mb = format!("{:.1}", bytes as f64 / 1_048_576.0);
    match lang {
        Lang::En => mb,
        _ => mb.replace('.', ","),
    }
}

impl ImportError {
    /// The message for the person, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ImportError::TooLarge { bytes } => Msg::ImportTooLarge.fill(
                lang,
                &[
                    ("size", &megabytes(*bytes, lang)),
                    ("max", &megabytes(MAX_BYTES, lang)),
                ],
            ),
            ImportError::NotJson { line, column } => Msg::ImportNotJson.fill(
                lang,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            ImportError::Empty => Msg::ImportEmpty.get(lang).to_string(),
            ImportError::NotAssessment => Msg::ImportNotAssessment.get(lang).to_string(),
            ImportError::NoVersion => Msg::ImportNoVersion.get(lang).to_string(),
            ImportError::BadVersion { found } => {
                Msg::ImportBadVersion.fill(lang, &[("found", found)])
            }
            ImportError::FromTheFuture { version } => {
                Msg::ImportFuture.fill(lang, &[("version", &version.to_string())])
            }
            ImportError::Invalid { detail } => Msg::ImportInvalid.fill(lang, &[("detail", detail)]),
        }
    }
}

/// Why an answer was kept aside instead of being used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The question no longer exists, and nothing says where it went.
    Removed,
    /// The question was split into other questions (or merged into one whose
    /// wording differs): they are asked again (pack field `split`).
    Split,
    /// The answer choices of the question changed: asked again (pack field
    /// `remap` with `"to": null`).
    ChoicesChanged,
    /// The answer is not one of the question's choices.
    NotAnOption,
}

/// One answer kept aside by a migration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAside {
    /// The question id the answer was given to (the key in `set_aside`).
    pub id: String,
    /// Why it was kept aside.
    pub reason: Reason,
}

/// A question pack whose version in the file differs from this build's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackVersion {
    /// The pack id.
    pub pack: String,
    /// The version the file names.
    pub file: String,
    /// This build's version of the pack.
    pub ours: String,
}

/// A successful import (or migration) and what changed on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The assessment as read, migrated to this build's packs.
    pub assessment: Assessment,
    /// Answers kept aside by this migration, with the reason.
    pub set_aside: Vec<SetAside>,
    /// Question ids whose kept-aside answer fits again and is back.
    pub restored: Vec<String>,
    /// Answers moved from an old question id to its new one.
    pub renamed: Vec<(String, String)>,
    /// The file was made with older question packs.
    pub older_questions: bool,
    /// Packs the file names in a version newer than this build's: the file
    /// keeps naming that version, and this build must not write over it.
    pub newer_packs: Vec<PackVersion>,
    /// Packs whose version in the file cannot be read (`"v2026.1"`): (pack, version).
    pub unreadable_packs: Vec<(String, String)>,
    /// Fields of the file this build does not know (kept unchanged), as paths.
    pub unknown_fields: Vec<String>,
    /// Due dates that are not dates of the calendar, as "action id: text";
    /// each was moved into its action's note (see
    /// [`super::dates::keep_bad_due_dates_in_notes`]).
    pub bad_dates: Vec<String>,
}

impl Imported {
    /// Whether this build must not write over the data (it came from newer packs).
    pub fn is_newer(&self) -> bool {
        !self.newer_packs.is_empty()
    }
}

/// The assessment as a file: pretty JSON, stable key order.
pub fn export(assessment: &Assessment) -> String {
    serde_json::to_string_pretty(assessment).unwrap_or_default()
}

/// The size of the file [`export`] writes, and whether CheckUp could open
/// it again: `Err(bytes)` when it is over [`MAX_BYTES`] (saving warns first).
pub fn export_size(text: &str) -> Result<usize, usize> {
    if text.len() > MAX_BYTES {
        Err(text.len())
    } else {
        Ok(text.len())
    }
}

/// Drops a leading byte-order mark.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix(BOM).unwrap_or(text)
}

/// Compares two question-pack versions, dotted whole numbers (`2026.2`,
/// `2027.1`, `2026.10`). `None` when either is not such a version.
pub fn compare_versions(a: &str, b: &str) -> Option<Ordering> {
    fn parts(v: &str) -> Option<Vec<u64>> {
        v.split('.')
            .map(|p| {
                if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
                    None
                } else {
                    p.parse().ok()
                }
            })
            .collect()
    }
    let (a, b) = (parts(a)?, parts(b)?);
    Some(a.cmp(&b))
}

/// Reads `version`: a whole number (also written `1.0`) from 1.
fn read_version(obj: &serde_json::Map<String, Value>) -> Result<u32, ImportError> {
    let Some(v) = obj.get("version") else {
        return Err(ImportError::NoVersion);
    };
    let bad = || ImportError::BadVersion {
        found: match v {
            Value::String(s) => format!("\"{s}\""),
            other => other.to_string(),
        },
    };
    let n = match v {
        Value::Number(n) => match (n.as_u64(), n.as_f64()) {
            (Some(u), _) => u,
            (None, Some(f)) if f.fract() == 0.0 && (1.0..=f64::from(u32::MAX)).contains(&f) => {
                f as u64
            }
            _ => return Err(bad()),
        },
        _ => return Err(bad()),
    };
    if n == 0 {
        return Err(bad());
    }
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// Reads an assessment file and brings it up to date with the catalogue.
pub fn import(text: &str, catalog: &Catalog) -> Result<Imported, ImportError> {
    let text = strip_bom(text);
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        // Starts like an assessment but does not read: damaged or cut off.
        Err(e) if trimmed.starts_with('{') => {
            return Err(match e.classify() {
                serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                    ImportError::NotJson {
                        line: e.line(),
                        column: e.column(),
                    }
                }
                _ => ImportError::Invalid {
                    detail: e.to_string(),
                },
            });
        }
        // A spreadsheet, a PDF, a picture... renamed to .json.
        Err(_) => return Err(ImportError::NotAssessment),
    };
    let Value::Object(mut obj) = value else {
        return Err(ImportError::NotAssessment);
    };
    if obj.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotAssessment);
    }
    let version = read_version(&obj)?;
    if version > FORMAT_VERSION {
        return Err(ImportError::FromTheFuture { version });
    }
    obj.insert("version".into(), Value::from(version));
    let assessment: Assessment =
        serde_json::from_value(Value::Object(obj)).map_err(|e| ImportError::Invalid {
            detail: e.to_string(),
        })?;
    Ok(migrate(assessment, catalog))
}

/// What the browser had saved, as read by [`read_saved`].
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    /// The assessment as far as it reads.
    pub assessment: Assessment,
    /// Written by a newer CheckUp in a newer file format: shown as far as
    /// it reads, but this build must not write over it.
    pub newer_format: Option<u32>,
    /// It did not read as a whole; what is here was rescued (see [`recover`]).
    pub damaged: bool,
}

/// Reads the text the browser saved (or another tab just saved). Accepts a
/// byte-order mark and `"version": 1.0`; reads a newer format as far as it
/// can (flagged, so it is not written over); rescues damaged text. `None`
/// when nothing usable is in it.
pub fn read_saved(text: &str) -> Option<Saved> {
    let text = strip_bom(text);
    if let Ok(Value::Object(mut obj)) = serde_json::from_str::<Value>(text) {
        let version = read_version(&obj).unwrap_or(FORMAT_VERSION);
        let newer_format = (version > FORMAT_VERSION).then_some(version);
        obj.insert("version".into(), Value::from(FORMAT_VERSION));
        if let Ok(a) = serde_json::from_value::<Assessment>(Value::Object(obj)) {
            return Some(Saved {
                assessment: a,
                newer_format,
                damaged: false,
            });
        }
        let r = recover(text)?;
        return Some(Saved {
            assessment: r.assessment,
            newer_format,
            damaged: true,
        });
    }
    recover(text).map(|r| Saved {
        assessment: r.assessment,
        newer_format: None,
        damaged: true,
    })
}

/// Newer question versions in words, by the packs' titles: "Security
/// 2099.1 (this version: 2026.2); ...".
pub fn pack_versions(packs: &[PackVersion], catalog: &Catalog, lang: Lang) -> String {
    packs
        .iter()
        .map(|p| {
            let title = catalog
                .pack(&p.pack)
                .map_or(p.pack.as_str(), |c| c.title.get(lang));
            Msg::PackVersionHere.fill(
                lang,
                &[("pack", title), ("file", &p.file), ("ours", &p.ours)],
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Takes data from newer question versions into this catalogue's, for a
/// person who has no newer version of the CheckUp to go to: every pack is
/// named at this catalogue's version from now on. Run [`migrate`] first:
/// answers to questions this version does not know stay in `set_aside`, from
/// where a newer version brings them back when they fit again.
pub fn adopt(mut a: Assessment, catalog: &Catalog) -> Assessment {
    for (id, version) in catalog.versions() {
        a.packs.insert(id, version);
    }
    a
}

/// The packs `a` names in versions newer than the catalogue's.
pub fn newer_packs(a: &Assessment, catalog: &Catalog) -> Vec<PackVersion> {
    a.packs
        .iter()
        .filter_map(|(id, file)| {
            let ours = &catalog.pack(id)?.version;
            (compare_versions(file, ours) == Some(Ordering::Greater)).then(|| PackVersion {
                pack: id.clone(),
                file: file.clone(),
                ours: ours.clone(),
            })
        })
        .collect()
}

/// The old question ids a pack says were split (or merged into a question
/// worded differently), with the ids that ask again.
fn split_targets<'c>(catalog: &'c Catalog, id: &str) -> Option<Vec<&'c str>> {
    catalog
        .packs
        .iter()
        .flat_map(|p| p.split.iter())
        .find(|s| s.from == id)
        .map(|s| s.to.iter().map(String::as_str).collect())
}

/// What a `remap` of the packs does to one answer value.
enum Remapped {
    /// No remap applies.
    Same,
    /// The value is now this one.
    To(String),
    /// Ask again.
    AskAgain,
}

/// Applies the packs' `remap` to one value of an answer to `question`. A
/// value that is still one of the question's choices is left alone (the
/// packs are checked to remap only values that are gone).
fn remap(catalog: &Catalog, question: &str, value: &str) -> Remapped {
    if catalog
        .question(question)
        .is_some_and(|q| catalog.option(q, value).is_some())
    {
        return Remapped::Same;
    }
    match catalog
        .packs
        .iter()
        .flat_map(|p| p.remap.iter())
        .find(|r| r.question == question && r.from == value)
    {
        Some(r) => match &r.to {
            Some(to) => Remapped::To(to.clone()),
            None => Remapped::AskAgain,
        },
        None => Remapped::Same,
    }
}

/// Where one answer goes in the current catalogue: its (possibly new)
/// question id and (possibly mapped) value, or the reason to keep it aside.
fn resolve(
    catalog: &Catalog,
    renames: &BTreeMap<&str, &str>,
    id: &str,
    answer: &Answer,
) -> Result<(String, Answer), Reason> {
    let mut target = id.to_string();
    // Follow chains of renames (a -> b -> c), without looping.
    for _ in 0..8 {
        match renames.get(target.as_str()) {
            Some(to) if catalog.question(&target).is_none() => target = to.to_string(),
            _ => break,
        }
    }
    let Some(q) = catalog.question(&target) else {
        if split_targets(catalog, id).is_some() || split_targets(catalog, &target).is_some() {
            return Err(Reason::Split);
        }
        return Err(Reason::Removed);
    };
    let answer = match (&q.input, answer) {
        (Input::Text { max_len }, Answer::One(t)) => {
            return Ok((
                target,
                Answer::One(t.chars().take(usize::from(*max_len)).collect()),
            ));
        }
        (Input::Text { .. }, _) => return Err(Reason::NotAnOption),
        (_, a) => a.clone(),
    };
    let mut mapped = Vec::with_capacity(answer.values().len());
    for v in answer.values() {
        match remap(catalog, &target, v) {
            Remapped::Same => mapped.push(v.clone()),
            Remapped::To(to) => {
                if !mapped.contains(&to) {
                    mapped.push(to)
                }
            }
            Remapped::AskAgain => return Err(Reason::ChoicesChanged),
        }
    }
    let answer = match answer {
        Answer::One(_) if mapped.len() == 1 => Answer::One(mapped.remove(0)),
        _ => Answer::Many(mapped),
    };
    if !engine::is_answered(catalog, q, Some(&answer)) {
        return Err(Reason::NotAnOption);
    }
    Ok((target, answer))
}

/// Field paths of `extra` fields: `future_field`, `plan.act.x.future_sub`, `history[0].x`.
fn unknown_fields(a: &Assessment) -> Vec<String> {
    let mut out: Vec<String> = a.extra.keys().cloned().collect();
    for (id, e) in &a.plan {
        out.extend(e.extra.keys().map(|k| format!("plan.{id}.{k}")));
    }
    for (i, b) in a.history.iter().enumerate() {
        out.extend(b.extra.keys().map(|k| format!("history[{i}].{k}")));
    }
    out
}

/// Brings an assessment in line with the current packs: follows renamed ids,
/// maps changed answer values, keeps aside answers that no longer fit (with
/// the reason), gives back kept-aside answers that fit again, trims
/// over-long texts, and records the pack versions (a newer version in the
/// file is kept, see [`Imported::newer_packs`]). Unknown fields are kept.
pub fn migrate(mut a: Assessment, catalog: &Catalog) -> Imported {
    let mut older_questions = false;
    let mut newer = Vec::new();
    let mut unreadable = Vec::new();
    for (id, file) in &a.packs {
        let Some(p) = catalog.pack(id) else { continue };
        match compare_versions(file, &p.version) {
            Some(Ordering::Less) => older_questions = true,
            Some(Ordering::Greater) => newer.push(PackVersion {
                pack: id.clone(),
                file: file.clone(),
                ours: p.version.clone(),
            }),
            Some(Ordering::Equal) => {}
            None => unreadable.push((id.clone(), file.clone())),
        }
    }
    let renames: BTreeMap<&str, &str> = super::order::map_of(
        catalog
            .packs
            .iter()
            .flat_map(|p| p.renamed.iter().map(|r| (r.from.as_str(), r.to.as_str()))),
    );
    let mut renamed = Vec::new();
    let mut set_aside = Vec::new();
    let mut answers = BTreeMap::new();
    let mut aside = BTreeMap::new();
    // Answers given to a current question come first: an answer renamed onto
    // a question never overwrites the question's own answer.
    let mut given: Vec<(String, Answer)> = std::mem::take(&mut a.answers).into_iter().collect();
    super::order::sort_by_key(&mut given, |(id, _)| catalog.question(id).is_none());
    for (id, answer) in given {
        match resolve(catalog, &renames, &id, &answer) {
            Ok((target, answer)) if !answers.contains_key(&target) => {
                if target != id {
                    renamed.push((id, target.clone()));
                }
                answers.insert(target, answer);
            }
            // Two old ids now lead to one question: the first answer stays.
            Ok(_) => {
                set_aside.push(SetAside {
                    id: id.clone(),
                    reason: Reason::Removed,
                });
                aside.insert(id, answer);
            }
            Err(reason) => {
                set_aside.push(SetAside {
                    id: id.clone(),
                    reason,
                });
                aside.insert(id, answer);
            }
        }
    }
    // Answers kept aside earlier: back when they fit again (a later rename),
    // unless the question has been answered since.
    let mut restored = Vec::new();
    for (id, answer) in std::mem::take(&mut a.set_aside) {
        if aside.contains_key(&id) {
            continue; // Set aside again just now, with a newer answer.
        }
        match resolve(catalog, &renames, &id, &answer) {
            Ok((target, answer)) if !answers.contains_key(&target) => {
                restored.push(target.clone());
                answers.insert(target, answer);
            }
            _ => {
                aside.insert(id, answer);
            }
        }
    }
    super::order::sort_by(&mut set_aside, |x, y| x.id.cmp(&y.id));
    a.answers = answers;
    let bad_dates = super::dates::keep_bad_due_dates_in_notes(&mut a);
    a.set_aside = aside;
    for (id, version) in catalog.versions() {
        if !newer.iter().any(|n| n.pack == id) {
            a.packs.insert(id, version);
        }
    }
    a.version = FORMAT_VERSION;
    let unknown = unknown_fields(&a);
    Imported {
        assessment: a,
        set_aside,
        restored,
        renamed,
        older_questions,
        newer_packs: newer,
        unreadable_packs: unreadable,
        unknown_fields: unknown,
        bad_dates,
    }
}

/// Quotes a question text the way `lang` does.
fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Fr => format!("« {text} »"),
        Lang::De => format!("„{text}“"),
        Lang::Nl | Lang::En => format!("“{text}”"),
    }
}

/// What a person should be told after an import or an update of the
/// packs, one sentence each, in `lang`: questions asked again and why (by
/// their current text), answers brought back, answers kept aside, newer or
/// unreadable pack versions, unknown fields kept. Renamed questions need
/// no word: their answers simply follow.
pub fn notes(imported: &Imported, catalog: &Catalog, lang: Lang) -> Vec<String> {
    let text_of = |id: &str| catalog.question(id).map(|q| quoted(lang, q.text.get(lang)));
    let list = |ids: Vec<String>| {
        let mut seen = Vec::new();
        for i in ids {
            if !seen.contains(&i) {
                seen.push(i);
            }
        }
        seen.join("; ")
    };
    let mut out = Vec::new();
    let by = |r: Reason| imported.set_aside.iter().filter(move |s| s.reason == r);
    let split: Vec<String> = by(Reason::Split)
        .flat_map(|s| {
            split_targets(catalog, &s.id)
                .unwrap_or_default()
                .into_iter()
                .filter_map(text_of)
                .collect::<Vec<_>>()
        })
        .collect();
    if by(Reason::Split).next().is_some() {
        out.push(Msg::AskedAgainSplit.fill(lang, &[("questions", &list(split))]));
    }
    let changed: Vec<String> = by(Reason::ChoicesChanged)
        .filter_map(|s| text_of(&s.id))
        .collect();
    if !changed.is_empty() {
        out.push(Msg::AskedAgainChoices.fill(lang, &[("questions", &list(changed))]));
    }
    let invalid: Vec<String> = by(Reason::NotAnOption)
        .filter_map(|s| text_of(&s.id))
        .collect();
    if !invalid.is_empty() {
        out.push(Msg::AskedAgainNotAnOption.fill(lang, &[("questions", &list(invalid))]));
    }
    let removed = by(Reason::Removed).count()
        + by(Reason::NotAnOption)
            .filter(|s| catalog.question(&s.id).is_none())
            .count();
    if removed > 0 {
        out.push(Msg::KeptAsideRemoved.fill(lang, &[("count", &removed.to_string())]));
    }
    if !imported.restored.is_empty() {
        let back: Vec<String> = imported
            .restored
            .iter()
            .filter_map(|id| text_of(id))
            .collect();
        out.push(Msg::AnswersBack.fill(lang, &[("questions", &list(back))]));
    }
    if !imported.newer_packs.is_empty() {
        let packs = pack_versions(&imported.newer_packs, catalog, lang);
        out.push(Msg::NewerQuestions.fill(lang, &[("packs", &packs)]));
    }
    if !imported.unreadable_packs.is_empty() {
        let packs: Vec<String> = imported
            .unreadable_packs
            .iter()
            .map(|(p, v)| format!("{p}: \"{v}\""))
            .collect();
        out.push(Msg::UnreadablePackVersion.fill(lang, &[("packs", &packs.join("; "))]));
    }
    if !imported.unknown_fields.is_empty() {
        out.push(
            Msg::UnknownFieldsKept.fill(lang, &[("fields", &imported.unknown_fields.join(", "))]),
        );
    }
    out
}

/// Reads JSON text that holds a whole assessment in the current format,
/// as written by [`export`], with no migration; `None` when it does not
/// read. The text is read as a JSON value first, like [`import`] and
/// [`read_saved`] do, so the browser module carries one reader of the
/// assessment's fields instead of two (duplicate keys: the last one counts).
pub fn parse(text: &str) -> Option<Assessment> {
    serde_json::from_str::<Value>(text)
        .ok()
        .and_then(|v| serde_json::from_value(v).ok())
}

/// What could be rescued from damaged saved data.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    /// What could be read.
    pub assessment: Assessment,
    /// Some parts could not be read and are missing.
    pub partial: bool,
}

/// Rescues what it can from saved text that does not read as an assessment:
/// every answer and plan edit that still reads is kept. Returns `None` when
/// nothing usable is left. Bring the result up to date with [`migrate`].
pub fn recover(text: &str) -> Option<Recovered> {
    let text = strip_bom(text);
    if let Some(a) = parse(text) {
        return Some(Recovered {
            assessment: a,
            partial: false,
        });
    }
    let value: Value = serde_json::from_str(text)
        .ok()
        .or_else(|| repair_truncated(text))?;
    let obj = value.as_object()?;
    let mut a = Assessment::default();
    if let Some(l) = obj
        .get("lang")
        .and_then(Value::as_str)
        .and_then(Lang::from_code)
    {
        a.lang = l;
    }
    let text_of = |key: &str| {
        obj.get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    a.created = text_of("created");
    a.updated = text_of("updated");
    if let Some(Value::Object(packs)) = obj.get("packs") {
        for (k, v) in packs {
            if let Some(v) = v.as_str() {
                a.packs.insert(k.clone(), v.to_string());
            }
        }
    }
    for (key, map) in [("answers", &mut a.answers), ("set_aside", &mut a.set_aside)] {
        if let Some(Value::Object(answers)) = obj.get(key) {
            for (k, v) in answers {
                if let Ok(ans) = serde_json::from_value::<Answer>(v.clone()) {
                    map.insert(k.clone(), ans);
                }
            }
        }
    }
    if let Some(Value::Object(plan)) = obj.get("plan") {
        for (k, v) in plan {
            if let Ok(e) = serde_json::from_value::<PlanEdit>(v.clone()) {
                a.plan.insert(k.clone(), e);
            }
        }
    }
    if let Some(Value::Array(history)) = obj.get("history") {
        a.history = history
            .iter()
            .filter_map(|b| serde_json::from_value(b.clone()).ok())
            .collect();
    }
    if a.answers.is_empty() && a.plan.is_empty() {
        return None;
    }
    // The text did not read as a whole: something was lost, even when every
    // answer that is left could be read.
    Some(Recovered {
        assessment: a,
        partial: true,
    })
}

/// Closes a JSON text that was cut off (an interrupted write): drops the last,
/// incomplete member and closes open strings, arrays and objects.
fn repair_truncated(text: &str) -> Option<Value> {
    let mut cut = text.len();
    // Try shorter and shorter prefixes that end after a complete member.
    for _ in 0..64 {
        let prefix = &text[..cut];
        let mut stack = Vec::new();
        let mut in_str = false;
        let mut escaped = false;
        for c in prefix.chars() {
            if in_str {
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_str = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_str = true,
                '{' => stack.push('}'),
                '[' => stack.push(']'),
                '}' | ']' => {
                    stack.pop();
                }
                _ => {}
            }
        }
        if !in_str {
            let mut candidate = prefix.trim_end().trim_end_matches(',').to_string();
            candidate.extend(stack.iter().rev());
            if let Ok(v) = serde_json::from_str::<Value>(&candidate) {
                return Some(v);
            }
        }
        cut = prefix.rfind([',', '{', '['])?;
        if cut == 0 {
            return None;
        }
    }
    None
}
