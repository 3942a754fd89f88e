//! The date filters' values: ISO 8601 in the shapes the spec lists for `createdAt[from]` and its
//! siblings. RFC 3339; a basic offset (`+0400`) or one in hours (`+04`); any number of fractional
//! digits (past nanoseconds they are cut); the seconds left out; a space in place of the `T`; no
//! offset for UTC; a date alone, which is its whole UTC day. Anything else is refused.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc};

/// Which end of a range a bound is: a date alone is its day's first instant as a lower bound
/// and its last as an upper one, so the whole day is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum End {
    /// `[from]`: at or after.
    From,
    /// `[to]`: at or before.
    To,
}

/// The instant `text` names, or why it names none.
pub(crate) fn parse_bound(text: &str, end: End) -> Result<DateTime<Utc>, String> {
    let refuse = |why: &str| {
        format!(
            "expected an ISO 8601 date-time (2024-08-21T07:52:09Z) or date (2024-08-21), got \
             {text:?}: {why}"
        )
    };
    let date_part = text.get(..10).ok_or_else(|| refuse("not a date"))?;
    let date = parse_date(date_part).ok_or_else(|| refuse("not a date"))?;
    let rest = &text[10..];
    if rest.is_empty() {
        let first = date.and_time(NaiveTime::MIN).and_utc();
        return Ok(match end {
            End::From => first,
            End::To => first + TimeDelta::days(1) - TimeDelta::nanoseconds(1),
        });
    }
    let Some(time_part) = rest
        .strip_prefix('T')
        .or_else(|| rest.strip_prefix('t'))
        .or_else(|| rest.strip_prefix(' '))
    else {
        return Err(refuse("the date must be followed by T or a space"));
    };
    let (time, offset_seconds) = parse_time(time_part).map_err(|why| refuse(&why))?;
    let local = NaiveDateTime::new(date, time);
    Ok(local.and_utc() - TimeDelta::seconds(i64::from(offset_seconds)))
}

/// `YYYY-MM-DD`, digits and dashes exactly.
fn parse_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shaped {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// `HH:MM[:SS][.fraction][offset]`: the time and the offset east of UTC in seconds.
fn parse_time(text: &str) -> Result<(NaiveTime, i32), String> {
    let mut cursor = Cursor { text, at: 0 };
    let hour = cursor.two_digits("hour")?;
    cursor.expect(b':', "a colon after the hour")?;
    let minute = cursor.two_digits("minute")?;
    let mut second = 0;
    let mut nanos = 0;
    if cursor.eat(b':') {
        second = cursor.two_digits("second")?;
        if cursor.eat(b'.') || cursor.eat(b',') {
            nanos = cursor.fraction()?;
        }
    }
    let offset = cursor.offset()?;
    if cursor.at != text.len() {
        return Err(format!("unexpected {:?}", &text[cursor.at..]));
    }
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)
        .ok_or_else(|| format!("no time {hour:02}:{minute:02}:{second:02}"))?;
    Ok((time, offset))
}

/// Reads a time left to right.
struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), String> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(format!("expected {what}"))
        }
    }

    fn two_digits(&mut self, what: &str) -> Result<u32, String> {
        let digits = self
            .text
            .get(self.at..self.at + 2)
            .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
            .ok_or_else(|| format!("expected two digits of the {what}"))?;
        self.at += 2;
        digits
            .parse()
            .map_err(|_| format!("expected two digits of the {what}"))
    }

    /// One or more digits after the decimal point, as nanoseconds; digits past the ninth are cut.
    fn fraction(&mut self) -> Result<u32, String> {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        let digits = &self.text[start..self.at];
        if digits.is_empty() {
            return Err("expected digits after the decimal point".to_owned());
        }
        let kept: String = digits.chars().take(9).collect();
        let padded = format!("{kept:0<9}");
        padded
            .parse()
            .map_err(|_| format!("bad fraction {digits:?}"))
    }

    /// Nothing or `Z` (UTC), `+HH`, `+HHMM`, `+HH:MM` (or `-`): seconds east of UTC.
    fn offset(&mut self) -> Result<i32, String> {
        let sign = match self.peek() {
            None => return Ok(0),
            Some(b'Z' | b'z') => {
                self.at += 1;
                return Ok(0);
            }
            Some(b'+') => 1,
            Some(b'-') => -1,
            Some(_) => return Err(format!("unexpected {:?}", &self.text[self.at..])),
        };
        self.at += 1;
        let hours = self.two_digits("offset's hours")?;
        let mut minutes = 0;
        if self.peek().is_some() {
            self.eat(b':');
            minutes = self.two_digits("offset's minutes")?;
        }
        if hours > 23 || minutes > 59 {
            return Err(format!("no offset {hours:02}:{minutes:02}"));
        }
        let seconds = i32::try_from(hours * 3600 + minutes * 60)
            .map_err(|_| format!("no offset {hours:02}:{minutes:02}"))?;
        Ok(sign * seconds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn every_shape_the_spec_lists_names_its_instant() {
        let instant = utc("2024-08-21T07:52:09Z");
        for text in [
            "2024-08-21T07:52:09Z",
            "2024-08-21T11:52:09+04:00",
            "2024-08-21T11:52:09+0400",
            "2024-08-21T11:52:09+04",
            "2024-08-21T02:22:09-05:30",
            "2024-08-21T07:52:09.000000+0000",
            "2024-08-21 07:52:09",
            "2024-08-21T07:52:09",
            "2024-08-21t07:52:09z",
        ] {
            assert_eq!(parse_bound(text, End::From), Ok(instant), "{text}");
        }
        assert_eq!(
            parse_bound("2024-08-21T07:52Z", End::From),
            Ok(utc("2024-08-21T07:52:00Z"))
        );
    }

    #[test]
    fn fractional_digits_past_nanoseconds_are_cut_not_rounded() {
        assert_eq!(
            parse_bound("2024-08-21T07:52:09.123456789999Z", End::From),
            Ok(utc("2024-08-21T07:52:09.123456789Z"))
        );
        assert_eq!(
            parse_bound("2024-08-21T07:52:09.5Z", End::To),
            Ok(utc("2024-08-21T07:52:09.5Z"))
        );
    }

    #[test]
    fn a_date_alone_is_its_whole_utc_day() {
        assert_eq!(
            parse_bound("2024-08-21", End::From),
            Ok(utc("2024-08-21T00:00:00Z"))
        );
        assert_eq!(
            parse_bound("2024-08-21", End::To),
            Ok(utc("2024-08-21T23:59:59.999999999Z"))
        );
    }

    #[test]
    fn anything_else_is_refused_naming_the_value() {
        for text in [
            "yesterday",
            "1704067200",
            "2024-13-45T00:00:00Z",
            "2024-08-21T25:00:00Z",
            "2024-08-21T07:52:09+2400",
            "2024-W34-3",
            "2024-08-21T07",
            "2024-08-21T07:52:09.Z",
            "2024-08-21T07:52:09Zjunk",
            "",
        ] {
            let refused = parse_bound(text, End::From).expect_err(text);
            assert!(refused.contains(&format!("{text:?}")), "{refused}");
        }
    }
}
