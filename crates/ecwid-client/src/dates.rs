//! Ecwid's dates on the wire: `yyyy-MM-dd HH:mm:ss Z` in every response
//! (`2021-12-21 06:05:58 +0000`), and the four shapes its date filters take (`createdFrom`,
//! `updatedTo`, `from_date`, ...): see <https://api-docs.ecwid.com/reference/rest-api>
//! ("Date/Time formats") and
//! <https://docs.ecwid.com/api-reference/rest-api/customers/search-customers>.
//!
//! The one home of both: the client's own checks, the mapping and the simulated store read and
//! write Ecwid dates through here.
//!
//! ```
//! use ecwid_client::dates::{format_response_date, parse_date_filter, parse_response_date};
//!
//! let date = parse_response_date("2014-06-06 18:57:19 +0400").unwrap();
//! assert_eq!(date.to_rfc3339(), "2014-06-06T18:57:19+04:00");
//! assert_eq!(format_response_date(&date), "2014-06-06 18:57:19 +0400");
//!
//! // A filter names an instant, in seconds since the UNIX epoch; an offset-less one is UTC.
//! assert_eq!(parse_date_filter("2024-02-29").unwrap(), 1_709_164_800);
//! assert_eq!(parse_date_filter("2024-02-29 04:00:00 +0400").unwrap(), 1_709_164_800);
//! assert!(parse_date_filter("2023-02-29").is_err());
//! ```

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Timelike};

/// Ecwid's response date format as a chrono format string: `2021-12-21 06:05:58 +0000`.
pub const RESPONSE_FORMAT: &str = "%Y-%m-%d %H:%M:%S %z";

/// What a date filter accepts, worded as the errors of the client and of the simulated store
/// word it.
pub const DATE_FILTER_SHAPES: &str =
    "a UNIX timestamp or a date as 'yyyy-MM-dd HH:mm:ss Z', 'yyyy-MM-dd HH:mm:ss' or 'yyyy-MM-dd'";

/// A date as Ecwid writes it (`2014-06-06 18:57:19 +0400`), keeping its offset.
///
/// The exact shape `yyyy-MM-dd HH:mm:ss ±hhmm` is read by hand: chrono's format interpreter
/// costs more than the rest of a customer's mapping, and a store of 100,000 customers holds about
/// a million dates. Any other text goes to chrono with [`RESPONSE_FORMAT`], which accepts what it
/// accepts and explains what is wrong.
#[inline]
pub fn parse_response_date(text: &str) -> Result<DateTime<FixedOffset>, chrono::ParseError> {
    match parse_exact(text.as_bytes()) {
        Some(date) => Ok(date),
        None => DateTime::parse_from_str(text, RESPONSE_FORMAT),
    }
}

/// Exactly `yyyy-MM-dd HH:mm:ss ±hhmm`; `None` for any other text or a value out of range.
fn parse_exact(b: &[u8]) -> Option<DateTime<FixedOffset>> {
    if !has_shape(b, b"9999-99-99 99:99:99 +9999") {
        return None;
    }
    // Digits only, checked above.
    let number = |from: usize, to: usize| {
        b[from..to]
            .iter()
            .fold(0u32, |acc, &d| acc * 10 + u32::from(d - b'0'))
    };
    let sign = if b[20] == b'-' { -1 } else { 1 };
    let (offset_hours, offset_minutes) = (number(21, 23), number(23, 25));
    if offset_minutes >= 60 {
        return None;
    }
    let offset = FixedOffset::east_opt(
        sign * i32::try_from(offset_hours * 3600 + offset_minutes * 60).ok()?,
    )?;
    let local = NaiveDate::from_ymd_opt(
        i32::try_from(number(0, 4)).ok()?,
        number(5, 7),
        number(8, 10),
    )?
    .and_hms_opt(number(11, 13), number(14, 16), number(17, 19))?;
    offset.from_local_datetime(&local).single()
}

/// Whether `text` has the layout of `shape`, where `9` stands for a digit, `+` for `+` or `-`,
/// and any other byte for itself.
fn has_shape(text: &[u8], shape: &[u8]) -> bool {
    text.len() == shape.len()
        && text.iter().zip(shape).all(|(&t, &s)| match s {
            b'9' => t.is_ascii_digit(),
            b'+' => t == b'+' || t == b'-',
            _ => t == s,
        })
}

/// `date` the way Ecwid writes it, in its own offset: `2014-06-06 18:57:19 +0400`.
///
/// Written digit by digit (several times faster than chrono's formatting); a year outside
/// 0..=9999 or an offset with seconds goes to chrono.
pub fn format_response_date(date: &DateTime<FixedOffset>) -> String {
    let local = date.naive_local();
    let offset = date.offset().local_minus_utc();
    let (Ok(year @ 0..=9999), 0) = (u32::try_from(local.year()), offset % 60) else {
        return date.format(RESPONSE_FORMAT).to_string();
    };
    let mut text = *b"0000-00-00 00:00:00 +0000";
    let mut put = |at: usize, width: usize, mut value: u32| {
        for i in (at..at + width).rev() {
            text[i] = b'0' + (value % 10) as u8;
            value /= 10;
        }
    };
    put(0, 4, year);
    put(5, 2, local.month());
    put(8, 2, local.day());
    put(11, 2, local.hour());
    put(14, 2, local.minute());
    put(17, 2, local.second());
    let minutes = offset.unsigned_abs() / 60;
    put(21, 2, minutes / 60);
    put(23, 2, minutes % 60);
    if offset < 0 {
        text[20] = b'-';
    }
    text.iter().map(|&b| char::from(b)).collect()
}

/// A date filter's value, refused: not one of [`DATE_FILTER_SHAPES`], or a date the calendar
/// does not have (`2023-02-29`, `2024-04-31`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected {DATE_FILTER_SHAPES}, got '{value}'")]
pub struct InvalidDateFilter {
    value: String,
}

impl InvalidDateFilter {
    /// The value as given.
    pub fn value(&self) -> &str {
        &self.value
    }
}

/// The instant a date filter's value names, in seconds since the UNIX epoch.
///
/// The four shapes Ecwid documents, exactly: a UNIX timestamp of at most 10 digits
/// (`1447804800`), `yyyy-MM-dd HH:mm:ss Z` (`2023-01-15 19:27:50 +0300`), `yyyy-MM-dd HH:mm:ss`
/// (`2023-01-15 19:27:50`, UTC) or `yyyy-MM-dd` (`2023-01-15`, its midnight UTC). The shape is
/// what the spec's `pattern` states; whether the date exists (29 February in a leap year only,
/// no 31 April) is chrono's to say, which no regular expression can.
pub fn parse_date_filter(text: &str) -> Result<i64, InvalidDateFilter> {
    let b = text.as_bytes();
    let digits = b.strip_prefix(b"-").unwrap_or(b);
    let seconds = if (1..=10).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit) {
        text.parse().ok()
    } else if has_shape(b, b"9999-99-99") {
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .ok()
            .map(|day| day.and_time(chrono::NaiveTime::MIN).and_utc().timestamp())
    } else if has_shape(b, b"9999-99-99 99:99:99") {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S")
            .ok()
            .filter(|at| !is_leap_second(at.nanosecond()))
            .map(|at| at.and_utc().timestamp())
    } else if has_shape(b, b"9999-99-99 99:99:99 +9999") {
        parse_response_date(text)
            .ok()
            .filter(|at| !is_leap_second(at.nanosecond()))
            .map(|at| at.timestamp())
    } else {
        None
    };
    seconds.ok_or_else(|| InvalidDateFilter {
        value: text.to_owned(),
    })
}

/// chrono reads a second of `60` as a leap second; a filter has no use for one (and the spec's
/// pattern refuses it).
fn is_leap_second(nanosecond: u32) -> bool {
    nanosecond >= 1_000_000_000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_instant_and_the_offset() {
        let date = parse_response_date("2014-06-06 18:57:19 +0400").unwrap();
        assert_eq!(date.to_rfc3339(), "2014-06-06T18:57:19+04:00");
        assert_eq!(format_response_date(&date), "2014-06-06 18:57:19 +0400");
        assert_eq!(
            parse_response_date("2014-06-06 18:57:19 +0400").unwrap(),
            parse_response_date("2014-06-06 14:57:19 +0000").unwrap()
        );
    }

    #[test]
    fn the_fast_parse_agrees_with_chrono() {
        for text in [
            "2014-06-06 18:57:19 +0400",
            "2021-12-21 06:05:58 +0000",
            "1999-02-28 23:59:59 -0930",
            "2024-02-29 00:00:00 +1400",
            "0001-01-01 00:00:00 -1200",
            "2024-02-29 00:00:00 -2359",
        ] {
            let fast = parse_exact(text.as_bytes()).unwrap();
            let slow = DateTime::parse_from_str(text, RESPONSE_FORMAT).unwrap();
            assert_eq!((fast, fast.offset()), (slow, slow.offset()), "{text}");
        }
        for text in [
            "2023-02-29 00:00:00 +0000",
            "2014-06-06 24:00:00 +0000",
            "2014-06-06 18:57:19 +0060",
            "2014-06-06 18:57:19 +2400",
            "2014-06-06T18:57:19 +0000",
        ] {
            assert_eq!(parse_exact(text.as_bytes()), None, "{text}");
            assert!(
                DateTime::parse_from_str(text, RESPONSE_FORMAT).is_err(),
                "{text}"
            );
        }
    }

    #[test]
    fn the_fast_format_agrees_with_chrono() {
        let offsets = [
            0,
            4 * 3600,
            -(9 * 3600 + 30 * 60),
            14 * 3600,
            -(23 * 3600 + 59 * 60),
        ];
        for seconds in [0, 1_640_066_758, -86_399, 253_402_300_799, -62_135_596_800] {
            for offset in offsets {
                let date = DateTime::from_timestamp(seconds, 0)
                    .unwrap()
                    .with_timezone(&FixedOffset::east_opt(offset).unwrap());
                assert_eq!(
                    format_response_date(&date),
                    date.format(RESPONSE_FORMAT).to_string(),
                    "{date:?}"
                );
            }
        }
        // Out of the fast range: chrono's spelling.
        let far = DateTime::from_timestamp(253_402_300_800, 0)
            .unwrap()
            .fixed_offset();
        assert_eq!(format_response_date(&far), "+10000-01-01 00:00:00 +0000");
    }

    #[test]
    fn a_filter_takes_the_four_documented_shapes() {
        assert_eq!(parse_date_filter("1447804800"), Ok(1_447_804_800));
        assert_eq!(parse_date_filter("-86400"), Ok(-86_400));
        assert_eq!(parse_date_filter("2023-01-15 19:27:50"), Ok(1_673_810_870));
        assert_eq!(
            parse_date_filter("2023-01-15 19:27:50 +0000"),
            Ok(1_673_810_870)
        );
        assert_eq!(
            parse_date_filter("2023-01-15 21:27:50 +0200"),
            Ok(1_673_810_870)
        );
        assert_eq!(parse_date_filter("2023-01-15"), Ok(1_673_740_800));
        assert_eq!(parse_date_filter("2024-02-29"), Ok(1_709_164_800));
    }

    #[test]
    fn a_filter_refuses_other_shapes_and_days_that_do_not_exist() {
        for bad in [
            "",
            "-",
            "yesterday",
            "12345678901",
            "99999999999999999999",
            "2023-02-29",
            "2100-02-29",
            "2024-04-31",
            "2024-13-01",
            "2024-00-10",
            "2024-1-15",
            "2023-01-15T19:27:50Z",
            "2023-01-15 19:27",
            "2023-01-15 24:00:00",
            "2016-12-31 23:59:60",
            "2016-12-31 23:59:60 +0000",
            "2023-01-15 19:27:50 +04:00",
            "2023-01-15 19:27:50 0000",
            " 2023-01-15",
            "15/01/2023",
        ] {
            let err = parse_date_filter(bad).unwrap_err();
            assert_eq!(err.value(), bad);
            assert_eq!(
                err.to_string(),
                format!("expected {DATE_FILTER_SHAPES}, got '{bad}'")
            );
        }
    }
}
