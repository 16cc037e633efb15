//! When an answer to a data subject's request is due.
//!
//! GDPR Art. 12(3): the controller answers "without undue delay and in any
//! event within one month of receipt of the request"; that period "may be
//! extended by two further months where necessary", if the person is told
//! so, with the reasons, within the first month.
//!
//! A period in months is counted as Regulation (EEC, Euratom) No 1182/71
//! (art. 3) counts it, which the European Data Protection Board follows for
//! these requests: it ends on the same date of the following month (a
//! request received on 5 March is due on 5 April); when that month has no
//! such date, on its last day (31 January -> 28 or 29 February); when the
//! last day is a Saturday or Sunday, on the following Monday. Public holidays
//! also move the end to the next working day: they differ per region and
//! year, so the log says so instead of computing them.

use time::{Date, Duration, Month, Weekday};

/// `months` calendar months after `date`: the same day of that month, or its
/// last day when it has no such day.
pub fn add_months(date: Date, months: u32) -> Date {
    let total = date.year() * 12 + i32::from(u8::from(date.month())) - 1 + months as i32;
    let (year, month0) = (total.div_euclid(12), total.rem_euclid(12));
    let month = Month::try_from(month0 as u8 + 1).unwrap_or(Month::January);
    let day = date.day().min(time::util::days_in_month(month, year));
    Date::from_calendar_date(year, month, day).unwrap_or(date)
}

/// The next Monday when `date` is a Saturday or Sunday, else `date`.
pub fn skip_weekend(date: Date) -> Date {
    match date.weekday() {
        Weekday::Saturday => date + Duration::days(2),
        Weekday::Sunday => date + Duration::days(1),
        _ => date,
    }
}

/// The answer to a request received on `received` is due on this date
/// (one month, Art. 12(3) GDPR).
pub fn due(received: Date) -> Date {
    skip_weekend(add_months(received, 1))
}

/// The latest date when the period is extended by two further months
/// (three months after receipt, Art. 12(3) GDPR).
pub fn extended(received: Date) -> Date {
    skip_weekend(add_months(received, 3))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::from_calendar_date(y, Month::try_from(m).unwrap(), day).unwrap()
    }

    #[test]
    fn one_month_is_the_same_date_of_the_next_month() {
        // Thursday 5 March 2026 -> Sunday 5 April 2026 -> Monday 6 April.
        assert_eq!(add_months(d(2026, 3, 5), 1), d(2026, 4, 5));
        assert_eq!(due(d(2026, 3, 5)), d(2026, 4, 6));
        // Tuesday 10 November 2026 -> Thursday 10 December 2026.
        assert_eq!(due(d(2026, 11, 10)), d(2026, 12, 10));
    }

    #[test]
    fn a_month_without_that_date_ends_on_its_last_day() {
        assert_eq!(add_months(d(2026, 1, 31), 1), d(2026, 2, 28));
        assert_eq!(add_months(d(2028, 1, 31), 1), d(2028, 2, 29));
        assert_eq!(add_months(d(2026, 8, 31), 1), d(2026, 9, 30));
        // Saturday 28 February 2026 -> Monday 2 March.
        assert_eq!(due(d(2026, 1, 31)), d(2026, 3, 2));
    }

    #[test]
    fn the_year_turns_and_the_extension_adds_two_months() {
        assert_eq!(add_months(d(2026, 12, 15), 1), d(2027, 1, 15));
        assert_eq!(add_months(d(2026, 11, 30), 3), d(2027, 2, 28));
        // 15 December 2026 + 3 months = Monday 15 March 2027.
        assert_eq!(extended(d(2026, 12, 15)), d(2027, 3, 15));
        // 20 November 2026 + 3 months = Saturday 20 February 2027 -> Monday 22.
        assert_eq!(extended(d(2026, 11, 20)), d(2027, 2, 22));
    }
}
