//! Ecwid's `yyyy-MM-dd HH:mm:ss Z` dates <-> RFC 3339 instants that keep their offset, read and
//! written by [`ecwid_client::dates`]; this adds the JSON path to a date that does not parse.

use chrono::{DateTime, FixedOffset};
use ecwid_client::dates::{format_response_date, parse_response_date};

use crate::{MappingError, MappingErrorKind};

/// Parse an Ecwid date (`2014-06-06 18:57:19 +0400`), keeping its offset.
pub fn parse_ecwid_date(text: &str, path: &str) -> Result<DateTime<FixedOffset>, MappingError> {
    let text = text.trim();
    parse_response_date(text).map_err(|source| {
        MappingError::new(
            path,
            MappingErrorKind::InvalidDate {
                value: text.to_owned(),
                source,
            },
        )
    })
}

/// Format an instant the way Ecwid writes dates, in its own offset.
pub fn format_ecwid_date(date: &DateTime<FixedOffset>) -> String {
    format_response_date(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_instant_and_the_offset() {
        let date = parse_ecwid_date(" 2014-06-06 18:57:19 +0400", "registered").unwrap();
        assert_eq!(date.to_rfc3339(), "2014-06-06T18:57:19+04:00");
        assert_eq!(format_ecwid_date(&date), "2014-06-06 18:57:19 +0400");
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
