//! The date filters' `pattern` (specs/ecwid/customers.yaml, checked by the generated builders)
//! and [`parse_date_filter`] agree: the pattern states the shape and each field's range, the
//! parse adds only the calendar. So a value the client's check accepts is never refused by a
//! generated builder, and a value both accept is a day that exists.

use chrono::NaiveDate;
use ecwid_client::dates::parse_date_filter;
use ecwid_client::types::{
    SearchCustomersCreatedFrom, SearchCustomersCreatedTo, SearchCustomersUpdatedFrom,
    SearchCustomersUpdatedTo, SearchDeletedCustomersFromDate, SearchDeletedCustomersToDate,
};
use proptest::prelude::*;

/// Whether each of the six generated date filter types takes `value`.
fn patterns(value: &str) -> [bool; 6] {
    [
        SearchCustomersCreatedFrom::try_from(value).is_ok(),
        SearchCustomersCreatedTo::try_from(value).is_ok(),
        SearchCustomersUpdatedFrom::try_from(value).is_ok(),
        SearchCustomersUpdatedTo::try_from(value).is_ok(),
        SearchDeletedCustomersFromDate::try_from(value).is_ok(),
        SearchDeletedCustomersToDate::try_from(value).is_ok(),
    ]
}

/// The calendar alone: the date part of `value`, if it has one, is a day that exists.
fn day_exists(value: &str) -> bool {
    let Some(date) = value
        .get(..10)
        .filter(|d| d.as_bytes().get(4) == Some(&b'-'))
    else {
        return true;
    };
    let field = |range: std::ops::Range<usize>| date[range].parse::<u32>().unwrap_or(0);
    NaiveDate::from_ymd_opt(field(0..4) as i32, field(5..7), field(8..10)).is_some()
}

/// A value of one of the four shapes, each field drawn a little beyond its range.
fn shaped() -> impl Strategy<Value = String> {
    let date =
        (0u32..10_000, 0u32..14, 0u32..33).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
    let time = (0u32..25, 0u32..61, 0u32..62).prop_map(|(h, m, s)| format!("{h:02}:{m:02}:{s:02}"));
    let offset = (prop_oneof![Just('+'), Just('-')], 0u32..26, 0u32..61)
        .prop_map(|(sign, h, m)| format!("{sign}{h:02}{m:02}"));
    prop_oneof![
        (-99_999_999_999i64..99_999_999_999).prop_map(|t| t.to_string()),
        date.clone(),
        (date.clone(), time.clone()).prop_map(|(d, t)| format!("{d} {t}")),
        (date, time, offset).prop_map(|(d, t, o)| format!("{d} {t} {o}")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn the_parse_accepts_what_the_pattern_accepts_on_days_that_exist(value in shaped()) {
        let by_pattern = patterns(&value);
        prop_assert!(by_pattern.iter().all(|&ok| ok == by_pattern[0]), "{value}: {by_pattern:?}");
        let parsed = parse_date_filter(&value);
        prop_assert_eq!(parsed.is_ok(), by_pattern[0] && day_exists(&value), "{}", value);
    }

    #[test]
    fn nothing_else_is_a_date_filter(value in "[ -~]{0,30}") {
        if parse_date_filter(&value).is_ok() {
            prop_assert!(patterns(&value)[0], "{value}");
        }
    }
}

#[test]
fn the_leap_days_of_leap_years_only() {
    for accepted in [
        "2024-02-29",
        "2000-02-29 12:00:00",
        "1972-02-29 00:00:00 -1200",
    ] {
        assert!(parse_date_filter(accepted).is_ok(), "{accepted}");
        assert_eq!(patterns(accepted), [true; 6], "{accepted}");
    }
    for calendar in [
        "2023-02-29",
        "2100-02-29",
        "1900-02-29 00:00:00",
        "2024-04-31",
    ] {
        assert!(parse_date_filter(calendar).is_err(), "{calendar}");
        // The shape is fine: only the parse knows the calendar.
        assert_eq!(patterns(calendar), [true; 6], "{calendar}");
    }
}
