//! The canonical dates as the generated types serialize them, written without chrono's
//! formatter where it can be.
//!
//! chrono serializes a `DateTime<FixedOffset>` as RFC 3339 (`2014-06-06T18:57:19+04:00`, `Z` for
//! UTC, fractional seconds only when there are any) through `fmt::Display`, one formatting call
//! per piece; on an export that was about 7% of all the instructions spent (callgrind). Ecwid's
//! dates have whole seconds, four-digit years and whole-minute offsets: those are written here
//! into a buffer of 25 bytes; any other date goes to chrono. A property test holds the two to the
//! same text.

use chrono::{DateTime, Datelike, FixedOffset, Timelike};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use ecartapi_client::types as canonical;

/// `dates` serialized as the generated `canonical::CustomerDates` serializes it.
pub(crate) fn customer_dates<S: Serializer>(
    dates: &Option<canonical::CustomerDates>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    // Every field named: a field the spec adds fails to compile here instead of going missing.
    let Some(canonical::CustomerDates {
        created_at,
        updated_at,
    }) = dates
    else {
        return serializer.serialize_none();
    };
    let entries = [
        ("createdAt", created_at.as_ref()),
        ("updatedAt", updated_at.as_ref()),
    ];
    let len = entries.iter().filter(|(_, date)| date.is_some()).count();
    let mut map = serializer.serialize_map(Some(len))?;
    for (name, date) in entries {
        if let Some(date) = date {
            map.serialize_entry(name, &Rfc3339(date))?;
        }
    }
    map.end()
}

/// A date serialized as chrono serializes it.
struct Rfc3339<'a>(&'a DateTime<FixedOffset>);

impl Serialize for Rfc3339<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut buffer = [0u8; 25];
        match write_simple(self.0, &mut buffer) {
            Some(text) => serializer.serialize_str(text),
            None => self.0.serialize(serializer),
        }
    }
}

/// `date` as `yyyy-MM-ddTHH:mm:ss` and `Z` or `+HH:MM`, when it has a year of four digits, no
/// fraction of a second and an offset of whole minutes; `None` otherwise.
fn write_simple<'b>(date: &DateTime<FixedOffset>, buffer: &'b mut [u8; 25]) -> Option<&'b str> {
    let local = date.naive_local();
    let offset = date.offset().local_minus_utc();
    let year = local.year();
    if !(0..=9999).contains(&year) || local.nanosecond() != 0 || offset % 60 != 0 {
        return None;
    }
    let mut out = Out { buffer, at: 0 };
    out.digits(year as u32, 4);
    out.byte(b'-');
    out.digits(local.month(), 2);
    out.byte(b'-');
    out.digits(local.day(), 2);
    out.byte(b'T');
    out.digits(local.hour(), 2);
    out.byte(b':');
    out.digits(local.minute(), 2);
    out.byte(b':');
    out.digits(local.second(), 2);
    if offset == 0 {
        out.byte(b'Z');
    } else {
        out.byte(if offset < 0 { b'-' } else { b'+' });
        let minutes = offset.unsigned_abs() / 60;
        out.digits(minutes / 60, 2);
        out.byte(b':');
        out.digits(minutes % 60, 2);
    }
    let Out { buffer, at } = out;
    std::str::from_utf8(&buffer[..at]).ok()
}

/// A cursor writing ASCII into the date buffer.
struct Out<'b> {
    buffer: &'b mut [u8; 25],
    at: usize,
}

impl Out<'_> {
    fn byte(&mut self, byte: u8) {
        self.buffer[self.at] = byte;
        self.at += 1;
    }

    /// `value`'s last `count` decimal digits, zero-padded.
    fn digits(&mut self, value: u32, count: u32) {
        for place in (0..count).rev() {
            self.byte(b'0' + (value / 10u32.pow(place) % 10) as u8);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn as_chrono_writes_it(date: &DateTime<FixedOffset>) -> String {
        serde_json::to_string(date).unwrap()
    }

    fn as_written_here(date: &DateTime<FixedOffset>) -> String {
        serde_json::to_string(&Rfc3339(date)).unwrap()
    }

    #[test]
    fn utc_is_z_and_other_offsets_keep_their_sign() {
        let utc = FixedOffset::east_opt(0).unwrap();
        let date = utc.with_ymd_and_hms(2016, 1, 1, 1, 43, 2).unwrap();
        assert_eq!(as_written_here(&date), r#""2016-01-01T01:43:02Z""#);
        let west = FixedOffset::west_opt(3 * 3600 + 30 * 60).unwrap();
        let date = west.with_ymd_and_hms(2014, 6, 6, 18, 57, 19).unwrap();
        assert_eq!(as_written_here(&date), r#""2014-06-06T18:57:19-03:30""#);
    }

    proptest! {
        /// Every date, simple or not (fractions, odd offsets, years past 9999), is written as
        /// chrono writes it.
        #[test]
        fn prop_the_same_text_as_chrono(
            seconds in -62_000_000_000i64..250_000_000_000,
            nanos in prop_oneof![3 => Just(0u32), 1 => 0u32..1_000_000_000],
            offset in prop_oneof![
                2 => Just(0i32),
                4 => (-1439i32..=1439).prop_map(|minutes| minutes * 60),
                1 => -86_399i32..=86_399,
            ],
        ) {
            let offset = FixedOffset::east_opt(offset).unwrap();
            let date = DateTime::from_timestamp(seconds, nanos).unwrap().with_timezone(&offset);
            prop_assert_eq!(as_written_here(&date), as_chrono_writes_it(&date));
        }
    }
}
