//! Ecwid's `yyyy-MM-dd HH:mm:ss Z` dates <-> RFC 3339 instants that keep their offset.

use chrono::{DateTime, FixedOffset};

use crate::{ErrorKind, MappingError};

const ECWID_FORMAT: &str = "%Y-%m-%d %H:%M:%S %z";

/// Parse an Ecwid date (`2014-06-06 18:57:19 +0400`), keeping its offset.
pub fn parse_ecwid_date(text: &str, path: &str) -> Result<DateTime<FixedOffset>, MappingError> {
    let text = text.trim();
    if let Some(date) = parse_exact(text.as_bytes()) {
        return Ok(date);
    }
    DateTime::parse_from_str(text, ECWID_FORMAT).map_err(|source| {
        MappingError::new(
            path,
            ErrorKind::InvalidDate {
                value: text.to_owned(),
                source,
            },
        )
    })
}

/// Exactly `yyyy-MM-dd HH:mm:ss ±hhmm`, the shape of every date Ecwid writes, read without
/// chrono's format interpreter (which costs more than the rest of a customer's mapping). Any
/// other text, valid or not, goes to chrono, which also explains what is wrong.
fn parse_exact(b: &[u8]) -> Option<DateTime<FixedOffset>> {
    use chrono::{NaiveDate, TimeZone};

    let shape = b.len() == 25
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b' '
        && b[13] == b':'
        && b[16] == b':'
        && b[19] == b' ';
    if !shape {
        return None;
    }
    let number = |from: usize, to: usize| {
        b[from..to].iter().try_fold(0u32, |acc, &d| {
            d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
        })
    };
    let sign = match b[20] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (offset_hours, offset_minutes) = (number(21, 23)?, number(23, 25)?);
    if offset_minutes >= 60 {
        return None;
    }
    let offset = FixedOffset::east_opt(
        sign * i32::try_from(offset_hours * 3600 + offset_minutes * 60).ok()?,
    )?;
    let local = NaiveDate::from_ymd_opt(
        i32::try_from(number(0, 4)?).ok()?,
        number(5, 7)?,
        number(8, 10)?,
    )?
    .and_hms_opt(number(11, 13)?, number(14, 16)?, number(17, 19)?)?;
    offset.from_local_datetime(&local).single()
}

/// Format an instant the way Ecwid writes dates, in its own offset.
pub fn format_ecwid_date(date: &DateTime<FixedOffset>) -> String {
    date.format(ECWID_FORMAT).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_instant_and_the_offset() {
        let date = parse_ecwid_date("2014-06-06 18:57:19 +0400", "registered").unwrap();
        assert_eq!(date.to_rfc3339(), "2014-06-06T18:57:19+04:00");
        assert_eq!(format_ecwid_date(&date), "2014-06-06 18:57:19 +0400");
    }

    #[test]
    fn the_fast_path_agrees_with_chrono() {
        for text in [
            "2014-06-06 18:57:19 +0400",
            "2021-12-21 06:05:58 +0000",
            "1999-02-28 23:59:59 -0930",
            "2024-02-29 00:00:00 +1400",
            "0001-01-01 00:00:00 -1200",
        ] {
            let fast = parse_exact(text.as_bytes()).unwrap();
            let slow = DateTime::parse_from_str(text, ECWID_FORMAT).unwrap();
            assert_eq!((fast, fast.offset()), (slow, slow.offset()), "{text}");
        }
        for text in [
            "2023-02-29 00:00:00 +0000",
            "2014-06-06 24:00:00 +0000",
            "2014-06-06 18:57:19 +0060",
            "2014-06-06T18:57:19 +0000",
        ] {
            assert_eq!(parse_exact(text.as_bytes()), None, "{text}");
            assert!(
                DateTime::parse_from_str(text, ECWID_FORMAT).is_err(),
                "{text}"
            );
        }
    }

    #[test]
    fn rejects_rfc3339_and_garbage_naming_the_path() {
        for bad in [
            "2014-06-06T18:57:19+04:00",
            "yesterday",
            "",
            "2014-13-06 18:57:19 +0000",
        ] {
            let err = parse_ecwid_date(bad, "updated").unwrap_err();
            assert_eq!(err.path(), "updated");
        }
    }
}
