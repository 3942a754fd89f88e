//! The sim's time: whole seconds since the UNIX epoch, read from and written as Ecwid's dates
//! through [`ecwid_client::dates`].

use chrono::DateTime;
use ecwid_client::dates::{format_response_date, parse_response_date};

/// Seconds since the UNIX epoch, the sim's internal time.
pub(crate) type Timestamp = i64;

/// The current time, whole seconds.
pub(crate) fn now() -> Timestamp {
    chrono::Utc::now().timestamp()
}

/// `2021-12-21 06:05:58 +0000`, Ecwid's response format (always UTC here).
pub(crate) fn format(ts: Timestamp) -> String {
    format_response_date(
        &DateTime::from_timestamp(ts, 0)
            .unwrap_or_default()
            .fixed_offset(),
    )
}

/// A stored date (`yyyy-MM-dd HH:mm:ss Z`); `None` when it is not one.
pub(crate) fn parse_stored(text: &str) -> Option<Timestamp> {
    parse_response_date(text).ok().map(|at| at.timestamp())
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
}
