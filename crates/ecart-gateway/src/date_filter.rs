//! The canonical date filters (`createdAt[from]`, `updatedAt[to]`, ...) read as the ISO 8601
//! strings clients send, with chrono.
//!
//! RFC 3339 is the contract's own shape, but clients send ISO 8601 in its other common shapes
//! too: openapi-generator's Python client writes `2020-01-01T00:00:00.000000+0000` (a basic
//! offset), .NET seven fractional digits, an HTML `datetime-local` input no seconds and no
//! offset, a date picker a date alone. Accepted:
//!
//! | shape | example | the instant it names |
//! |---|---|---|
//! | an offset, extended, basic or hours only, or `Z` | `2024-08-21T11:52:09+04:00`, `...+0400`, `...+04`, `2024-08-21T07:52:09Z` | that instant |
//! | any number of fractional digits | `2020-01-01T00:00:00.000000+0000` | to the nanosecond (digits past the ninth are dropped) |
//! | no seconds | `2024-08-21T07:52Z` | second 0 |
//! | no offset | `2024-08-21T07:52:09` | that time in UTC |
//! | a date alone | `2024-08-21` | `[from]`: the day's first instant in UTC; `[to]`: its last, so the whole day is in |
//!
//! A space may stand for the `T`, and a `+` sent unencoded in a query string (which arrives as a
//! space) is read as the `+` it was. Not accepted: week and ordinal dates, the basic format of the
//! date and time themselves (`20240821T075209Z`), durations, intervals, UNIX timestamps.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};

/// Which end of a range a filter is: what a date alone stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Edge {
    /// `[from]`: a date alone is its first instant.
    From,
    /// `[to]`: a date alone is its last instant.
    To,
}

/// Date and time with an offset (`%#z`: `Z`, `+04`, `+0400` or `+04:00`).
const WITH_OFFSET: [&str; 4] = [
    "%Y-%m-%dT%H:%M:%S%.f%#z",
    "%Y-%m-%d %H:%M:%S%.f%#z",
    "%Y-%m-%dT%H:%M%#z",
    "%Y-%m-%d %H:%M%#z",
];

/// Date and time without an offset: UTC.
const LOCAL: [&str; 4] = [
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M",
];

/// The instant `text` names as the `edge` of a range; `None` when it is not an ISO 8601 date or
/// date-time of the shapes above.
pub(crate) fn parse(text: &str, edge: Edge) -> Option<DateTime<FixedOffset>> {
    read(text, edge).or_else(|| read(&with_plus_restored(text)?, edge))
}

fn read(text: &str, edge: Edge) -> Option<DateTime<FixedOffset>> {
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Some(at);
    }
    if let Some(at) = WITH_OFFSET
        .iter()
        .find_map(|format| DateTime::parse_from_str(text, format).ok())
    {
        return Some(at);
    }
    if let Some(at) = LOCAL
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
    {
        return Some(at.and_utc().fixed_offset());
    }
    let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    let at = match edge {
        Edge::From => day.and_time(NaiveTime::MIN),
        Edge::To => day.succ_opt()?.and_time(NaiveTime::MIN) - TimeDelta::nanoseconds(1),
    };
    Some(at.and_utc().fixed_offset())
}

/// An unencoded `+` in a query string decodes to a space: `...T00:00:00.000000 0000` was sent
/// as `...T00:00:00.000000+0000`. Only after a time (`:` before the space) and before digits.
fn with_plus_restored(text: &str) -> Option<String> {
    let (date_time, offset) = text.rsplit_once(' ')?;
    let restorable = date_time.contains(':') && offset.starts_with(|c: char| c.is_ascii_digit());
    restorable.then(|| format!("{}+{offset}", date_time.trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(rfc3339: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap()
    }

    #[test]
    fn reads_the_shapes_clients_send() {
        let instant = at("2024-08-21T07:52:09Z");
        for text in [
            "2024-08-21T07:52:09Z",
            "2024-08-21t07:52:09z",
            "2024-08-21T07:52:09+00:00",
            "2024-08-21T07:52:09+0000",
            "2024-08-21T07:52:09+00",
            "2024-08-21T11:52:09+04:00",
            "2024-08-21T11:52:09+0400",
            "2024-08-21T13:22:09+05:30",
            "2024-08-21T13:22:09+0530",
            "2024-08-21T01:52:09-0600",
            "2024-08-21 07:52:09Z",
            "2024-08-21 11:52:09+0400",
            "2024-08-21T07:52:09.000Z",
            "2024-08-21T07:52:09.000000+0000",
            "2024-08-21T07:52:09.0000000+00:00",
            "2024-08-21T07:52:09.000000000000Z",
            "2024-08-21T07:52:09",
            "2024-08-21 07:52:09",
            "2024-08-21T07:52:09.000",
            // `+` sent unencoded.
            "2024-08-21T07:52:09.000000 0000",
            "2024-08-21T11:52:09 04:00",
            "2024-08-21 07:52:09 0000",
        ] {
            for edge in [Edge::From, Edge::To] {
                assert_eq!(parse(text, edge), Some(instant), "{text} {edge:?}");
            }
        }
        assert_eq!(
            parse("2024-08-21T07:52Z", Edge::From),
            Some(at("2024-08-21T07:52:00Z"))
        );
        assert_eq!(
            parse("2024-08-21T07:52", Edge::To),
            Some(at("2024-08-21T07:52:00Z"))
        );
        assert_eq!(
            parse("2020-01-01T00:00:00.123456789987Z", Edge::From),
            Some(at("2020-01-01T00:00:00.123456789Z"))
        );
    }

    #[test]
    fn an_offset_is_kept_and_no_offset_is_utc() {
        let india = parse("2024-08-21T13:22:09+0530", Edge::From).unwrap();
        assert_eq!(india.offset().local_minus_utc(), 5 * 3600 + 1800);
        let local = parse("2024-08-21T07:52:09", Edge::From).unwrap();
        assert_eq!(local.offset().local_minus_utc(), 0);
    }

    #[test]
    fn a_date_alone_is_the_whole_day() {
        assert_eq!(
            parse("2024-02-29", Edge::From),
            Some(at("2024-02-29T00:00:00Z"))
        );
        assert_eq!(
            parse("2024-02-29", Edge::To),
            Some(at("2024-02-29T23:59:59.999999999Z"))
        );
        assert_eq!(
            parse("2024-12-31", Edge::To),
            Some(at("2024-12-31T23:59:59.999999999Z"))
        );
    }

    #[test]
    fn what_is_not_a_date_is_refused() {
        for text in [
            "",
            " ",
            "yesterday",
            "1704067200",
            "2024-13-01",
            "2023-02-29",
            "2024-08-21T25:00:00Z",
            "2024-13-45T00:00:00Z",
            "2024-08-21T07:52:09+24:00",
            "2024-08-21T07:52:09 +",
            "2024-08-21 0000",
            "20240821T075209Z",
            "2024-W34-3",
            "2024-08-21T07:52:09ZZ",
            "2024-08-21T07:52:09.Z",
        ] {
            for edge in [Edge::From, Edge::To] {
                assert_eq!(parse(text, edge), None, "{text:?} {edge:?}");
            }
        }
    }
}
