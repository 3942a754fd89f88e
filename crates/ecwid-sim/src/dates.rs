//! Ecwid's date formats: `yyyy-MM-dd HH:mm:ss Z` in responses, four accepted forms in filters.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Timelike};

/// Seconds since the UNIX epoch, the sim's internal time.
pub(crate) type Timestamp = i64;

/// The current time, whole seconds.
pub(crate) fn now() -> Timestamp {
    chrono::Utc::now().timestamp()
}

/// `2021-12-21 06:05:58 +0000`, Ecwid's response format (always UTC here).
pub(crate) fn format(ts: Timestamp) -> String {
    let at = DateTime::from_timestamp(ts, 0).unwrap_or_default();
    // Written digit by digit: `format!` is several times slower, and 100k generated customers
    // carry about a million dates.
    let mut text = *b"0000-00-00 00:00:00 +0000";
    let mut put = |at: usize, width: usize, mut value: u32| {
        for i in (at..at + width).rev() {
            text[i] = b'0' + (value % 10) as u8;
            value /= 10;
        }
    };
    put(0, 4, at.year().clamp(0, 9999) as u32);
    put(5, 2, at.month());
    put(8, 2, at.day());
    put(11, 2, at.hour());
    put(14, 2, at.minute());
    put(17, 2, at.second());
    text.iter().map(|&b| char::from(b)).collect()
}

/// A stored date (`yyyy-MM-dd HH:mm:ss Z`); `None` when it is not one.
pub(crate) fn parse_stored(text: &str) -> Option<Timestamp> {
    parse_canonical(text.as_bytes()).or_else(|| {
        DateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S %z")
            .ok()
            .map(|at| at.timestamp())
    })
}

/// Exactly `yyyy-MM-dd HH:mm:ss ±hhmm`, the form every stored date has: read by hand because
/// building a store of 100k customers parses about half a million of them.
fn parse_canonical(b: &[u8]) -> Option<Timestamp> {
    if b.len() != 25
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b' '
        || b[13] != b':'
        || b[16] != b':'
        || b[19] != b' '
    {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |acc, d| {
            d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
        })
    };
    let sign = match b[20] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let day = NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)?;
    let at = day.and_hms_opt(number(11..13)?, number(14..16)?, number(17..19)?)?;
    let (hours, minutes) = (number(21..23)?, number(23..25)?);
    if minutes >= 60 {
        return None;
    }
    let offset = sign * i64::from(hours * 3600 + minutes * 60);
    Some(at.and_utc().timestamp() - offset)
}

/// A date filter value: a UNIX timestamp, `yyyy-MM-dd HH:mm:ss Z`, `yyyy-MM-dd HH:mm:ss` (UTC) or
/// `yyyy-MM-dd` (midnight UTC). `None` when it is none of these.
pub(crate) fn parse_filter(text: &str) -> Option<Timestamp> {
    let text = text.trim();
    if !text.is_empty()
        && text
            .bytes()
            .enumerate()
            .all(|(i, b)| b.is_ascii_digit() || (i == 0 && b == b'-'))
    {
        return text.parse().ok();
    }
    if let Some(ts) = parse_stored(text) {
        return Some(ts);
    }
    // An unencoded `+0000` in a query string decodes to ` 0000`: read it as the `+` it was.
    if let Some((date_time, offset)) = text.rsplit_once(' ')
        && offset.len() == 4
        && offset.bytes().all(|b| b.is_ascii_digit())
        && let Some(ts) = parse_stored(&format!("{} +{offset}", date_time.trim_end()))
    {
        return Some(ts);
    }
    if let Ok(at) = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S") {
        return Some(at.and_utc().timestamp());
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .and_then(|day| day.and_hms_opt(0, 0, 0))
        .map(|at| at.and_utc().timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_ecwid_and_reads_back() {
        let text = "2021-12-21 06:05:58 +0000";
        let ts = parse_stored(text).unwrap();
        assert_eq!(ts, 1_640_066_758);
        assert_eq!(format(ts), text);
        // The offset is honoured.
        assert_eq!(
            parse_stored("2014-06-06 18:57:19 +0400"),
            parse_stored("2014-06-06 14:57:19 +0000")
        );
    }

    #[test]
    fn filter_accepts_the_four_documented_forms() {
        assert_eq!(parse_filter("1447804800"), Some(1_447_804_800));
        assert_eq!(parse_filter("2023-01-15 19:27:50"), Some(1_673_810_870));
        assert_eq!(
            parse_filter("2023-01-15 19:27:50 +0000"),
            Some(1_673_810_870)
        );
        assert_eq!(
            parse_filter("2023-01-15 21:27:50 +0200"),
            Some(1_673_810_870)
        );
        assert_eq!(
            parse_filter("2023-01-15 19:27:50 0000"),
            Some(1_673_810_870)
        );
        assert_eq!(parse_filter("2023-01-15"), Some(1_673_740_800));
    }

    #[test]
    fn filter_rejects_anything_else() {
        for bad in [
            "",
            "yesterday",
            "2023-13-01",
            "2023-01-15T19:27:50Z",
            "15/01/2023",
            "99999999999999999999",
            "-",
        ] {
            assert_eq!(parse_filter(bad), None, "{bad:?}");
        }
    }
}
