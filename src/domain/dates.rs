//! Calendar dates that people type (a due date in the plan, `--today` on the
//! command line) or that files carry, checked against the Gregorian calendar
//! with the `time` crate.
//!
//! Dates are written `YYYY-MM-DD` (ISO 8601 calendar date, as an HTML date
//! field gives them). The long form in the report ("29 november 2026") is
//! made by [`super::report::long_date`] with the month names of each
//! language: `time` has no month names in other languages than English.

use time::{Date, Month};

use super::assessment::Assessment;
use super::i18n::Msg;
use super::lang::Lang;

/// Why a text is not a date of the calendar.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum DateError {
    /// Not written `YYYY-MM-DD` (the text as given).
    Format {
        /// The text as given.
        text: String,
    },
    /// A month number outside 01-12.
    NoSuchMonth {
        /// The text as given.
        text: String,
    },
    /// A day the month does not have, e.g. 2026-02-31 (`days`: how many days
    /// that month has in that year).
    NoSuchDay {
        /// The text as given.
        text: String,
        /// The year written.
        year: i32,
        /// The month written, 1-12.
        month: u8,
        /// How many days that month has in that year.
        days: u8,
    },
}

impl DateError {
    /// The message for the person, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            DateError::Format { text } => Msg::DateFormat.fill(lang, &[("text", text)]),
            DateError::NoSuchMonth { text } => Msg::DateNoSuchMonth.fill(lang, &[("date", text)]),
            DateError::NoSuchDay {
                text,
                year,
                month,
                days,
            } => Msg::DateNoSuchDay.fill(
                lang,
                &[
                    ("date", text),
                    ("month", &month_year(*year, *month, lang)),
                    ("days", &days.to_string()),
                ],
            ),
        }
    }
}

/// Reads a `YYYY-MM-DD` date (spaces around it are ignored) and checks it
/// against the calendar with `time` ([`Date::from_calendar_date`]).
///
/// The fixed shape is read here rather than with `time`'s format-description
/// parser, which would add about 20 KB (8 KB compressed) to the browser app
/// for these ten characters; the calendar rules (month lengths, leap years)
/// are `time`'s.
///
/// Errors: [`DateError`] when the text is not written that way, or names a
/// month or day the calendar does not have (2026-02-31, 2027-02-29).
pub fn parse(text: &str) -> Result<Date, DateError> {
    let text = text.trim();
    let format = || DateError::Format { text: text.into() };
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return Err(format());
    }
    let number = |r: std::ops::Range<usize>| text[r].parse::<u16>().map_err(|_| format());
    let (year, month, day) = (i32::from(number(0..4)?), number(5..7)?, number(8..10)?);
    let month = u8::try_from(month)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .ok_or_else(|| DateError::NoSuchMonth { text: text.into() })?;
    let day = u8::try_from(day).unwrap_or(u8::MAX);
    Date::from_calendar_date(year, month, day).map_err(|_| DateError::NoSuchDay {
        text: text.into(),
        year,
        month: month as u8,
        days: time::util::days_in_month(month, year),
    })
}

/// The date as `YYYY-MM-DD`.
pub fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Checks the due dates of a plan read from a file: a due date that is not a
/// date of the calendar (2026-02-31) is taken out of `due` and kept, as
/// typed, at the end of the action's note, so nothing is lost and the date
/// field can show the plan. Returns those dates as "action id: text".
pub fn keep_bad_due_dates_in_notes(a: &mut Assessment) -> Vec<String> {
    let lang = a.lang;
    let mut moved = Vec::new();
    for (id, edit) in &mut a.plan {
        if edit.due.trim().is_empty() {
            continue;
        }
        match parse(&edit.due) {
            Ok(date) => edit.due = iso(date),
            Err(_) => {
                let due = std::mem::take(&mut edit.due);
                let line = Msg::DueKeptInNote.fill(lang, &[("date", &due)]);
                if !edit.note.trim().is_empty() {
                    edit.note.push('\n');
                }
                edit.note.push_str(&line);
                moved.push(format!("{id}: {due}"));
            }
        }
    }
    moved
}

/// Today's date in UTC, `YYYY-MM-DD` (native only: the browser asks its own clock).
#[cfg(not(target_arch = "wasm32"))]
pub fn today_utc() -> String {
    iso(time::OffsetDateTime::now_utc().date())
}

/// "februari 2026", "février 2026", "Februar 2026", "February 2026" (the
/// message `month-year`).
pub fn month_year(year: i32, month: u8, lang: Lang) -> String {
    Msg::MonthYear.fill(
        lang,
        &[("month", &month.to_string()), ("year", &year.to_string())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_dates_are_read_and_written_back_the_same() {
        for text in ["2026-11-29", "2028-02-29", "2026-12-31", " 2027-01-01 "] {
            assert_eq!(iso(parse(text).unwrap()), text.trim());
        }
    }

    #[test]
    fn days_the_calendar_does_not_have_are_refused_with_the_reason() {
        let e = parse("2026-02-31").unwrap_err();
        assert_eq!(
            e,
            DateError::NoSuchDay {
                text: "2026-02-31".into(),
                year: 2026,
                month: 2,
                days: 28
            }
        );
        assert_eq!(
            e.message(Lang::Nl),
            "2026-02-31 bestaat niet: februari 2026 heeft 28 dagen."
        );
        assert!(e.message(Lang::Fr).contains("février 2026"));
        assert!(e.message(Lang::De).contains("Februar 2026 hat 28 Tage"));
        assert_eq!(
            e.message(Lang::En),
            "2026-02-31 does not exist: February 2026 has 28 days."
        );
        assert!(matches!(
            parse("2027-02-29"),
            Err(DateError::NoSuchDay { days: 28, .. })
        ));
        assert!(matches!(
            parse("2026-04-31"),
            Err(DateError::NoSuchDay { days: 30, .. })
        ));
        assert!(matches!(
            parse("2026-13-01"),
            Err(DateError::NoSuchMonth { .. })
        ));
    }

    #[test]
    fn text_that_is_not_a_date_says_how_to_write_one() {
        for text in ["31/12/2026", "tomorrow", "2026-1-5", "2026-01-05x", ""] {
            let e = parse(text).unwrap_err();
            assert!(matches!(e, DateError::Format { .. }), "{text}: {e:?}");
            for lang in Lang::ALL {
                assert!(e.message(lang).contains("2026-12-31"), "{lang}");
            }
        }
    }

    #[test]
    fn a_due_date_that_does_not_exist_moves_into_the_note_as_typed() {
        use crate::domain::assessment::PlanEdit;
        let mut a = Assessment {
            lang: Lang::Nl,
            ..Assessment::default()
        };
        let edit = |due: &str, note: &str| PlanEdit {
            due: due.into(),
            note: note.into(),
            ..PlanEdit::default()
        };
        a.plan.insert("act.a".into(), edit("2026-02-31", "Bel Jan"));
        a.plan.insert("act.b".into(), edit(" 2026-03-01 ", ""));
        a.plan.insert("act.c".into(), edit("", "niets"));
        let moved = keep_bad_due_dates_in_notes(&mut a);
        assert_eq!(moved, ["act.a: 2026-02-31"]);
        assert_eq!(a.plan["act.a"].due, "");
        assert_eq!(
            a.plan["act.a"].note,
            "Bel Jan\nDeadline uit het bestand, bestaat niet: 2026-02-31"
        );
        assert_eq!(a.plan["act.b"].due, "2026-03-01");
        assert_eq!(a.plan["act.c"], edit("", "niets"));
    }

    #[test]
    fn every_month_has_a_name_in_every_language() {
        for lang in Lang::ALL {
            let names: std::collections::BTreeSet<String> =
                (1..=12).map(|m| month_year(2026, m, lang)).collect();
            assert_eq!(names.len(), 12, "{lang}");
            assert!(names.iter().all(|n| n.ends_with(" 2026")));
        }
    }
}
