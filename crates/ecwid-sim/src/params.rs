//! Query parameters read the way Ecwid reads them, with a 400 naming the parameter on bad input.

use ecwid_client::dates::parse_date_filter;

use crate::dates::Timestamp;
use crate::errors::EcwidErrorAnswer;

/// Ecwid's page size: the default, and the cap for larger requests.
pub(crate) const MAX_LIMIT: usize = 100;

/// The decoded query string of one request. Unknown parameters are ignored, as Ecwid does; a
/// repeated parameter counts once, with its first value.
#[derive(Debug, Default)]
pub(crate) struct Params(Vec<(String, String)>);

/// `offset` and `limit` of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Page {
    pub(crate) offset: usize,
    pub(crate) limit: usize,
}

impl Page {
    /// The range of `0..total` this page covers.
    pub(crate) fn range(&self, total: usize) -> std::ops::Range<usize> {
        let start = self.offset.min(total);
        start..start.saturating_add(self.limit).min(total)
    }
}

impl Params {
    pub(crate) fn new(pairs: Vec<(String, String)>) -> Self {
        Self(pairs)
    }

    /// A parameter as sent, empty or not.
    pub(crate) fn raw(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// A text parameter; empty counts as absent.
    pub(crate) fn text(&self, name: &str) -> Option<&str> {
        self.raw(name).filter(|value| !value.is_empty())
    }

    fn parsed<T>(
        &self,
        name: &str,
        expected: &str,
        parse: impl FnOnce(&str) -> Option<T>,
    ) -> Result<Option<T>, EcwidErrorAnswer> {
        parse_value(self.raw(name), name, expected, parse)
    }

    pub(crate) fn integer(&self, name: &str) -> Result<Option<i64>, EcwidErrorAnswer> {
        self.parsed(name, "an integer", |v| v.parse().ok())
    }

    pub(crate) fn number(&self, name: &str) -> Result<Option<f64>, EcwidErrorAnswer> {
        self.parsed(name, "a number", |v| {
            v.parse::<f64>().ok().filter(|n| n.is_finite())
        })
    }

    pub(crate) fn boolean(&self, name: &str) -> Result<Option<bool>, EcwidErrorAnswer> {
        self.parsed(name, "true or false", |v| {
            if v.eq_ignore_ascii_case("true") {
                Some(true)
            } else if v.eq_ignore_ascii_case("false") {
                Some(false)
            } else {
                None
            }
        })
    }

    /// A date filter, read by [`parse_date_filter`] (the client's own check): one of Ecwid's four
    /// shapes, of a day the calendar has. Unlike other text parameters an empty value is
    /// malformed (the spec's pattern does not allow it).
    pub(crate) fn date(&self, name: &str) -> Result<Option<Timestamp>, EcwidErrorAnswer> {
        let Some(value) = self.raw(name) else {
            return Ok(None);
        };
        let text = value.trim();
        parse_date_filter(text)
            .or_else(|err| match with_plus_restored(text) {
                Some(restored) => parse_date_filter(&restored).map_err(|_| err),
                None => Err(err),
            })
            .map(Some)
            .map_err(|err| EcwidErrorAnswer::bad_parameter(name, err.to_string()))
    }

    /// A comma-separated list of integers (`123456,234567`).
    /// An empty list is malformed (the spec's pattern needs at least one id).
    pub(crate) fn integer_list(&self, name: &str) -> Result<Option<Vec<i64>>, EcwidErrorAnswer> {
        self.parsed(name, "a comma-separated list of integers", |v| {
            v.split(',').map(|item| item.trim().parse().ok()).collect()
        })
    }

    /// A comma-separated list of words (`US,GE`); empty items are dropped, empty lists are absent.
    pub(crate) fn text_list(&self, name: &str) -> Option<Vec<String>> {
        let items: Vec<String> = self
            .text(name)?
            .split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(str::to_owned)
            .collect();
        (!items.is_empty()).then_some(items)
    }

    /// `offset` (default 0, not negative) and `limit` (default 100, at least 1; larger values are
    /// capped at 100, as Ecwid does).
    pub(crate) fn page(&self) -> Result<Page, EcwidErrorAnswer> {
        let offset = match self.integer("offset")? {
            None => 0,
            Some(offset) => usize::try_from(offset).map_err(|_| {
                EcwidErrorAnswer::bad_parameter(
                    "offset",
                    format!("must not be negative, got {offset}"),
                )
            })?,
        };
        let limit = match self.integer("limit")? {
            None => MAX_LIMIT,
            Some(limit) if limit < 1 => {
                return Err(EcwidErrorAnswer::bad_parameter(
                    "limit",
                    format!("must be at least 1, got {limit}"),
                ));
            }
            Some(limit) => usize::try_from(limit).unwrap_or(MAX_LIMIT).min(MAX_LIMIT),
        };
        Ok(Page { offset, limit })
    }
}

/// An unencoded `+` in a query string decodes to a space: `19:27:50 0000` was sent as
/// `19:27:50 +0000`.
fn with_plus_restored(text: &str) -> Option<String> {
    let (date_time, offset) = text.rsplit_once(' ')?;
    (offset.len() == 4 && offset.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{} +{offset}", date_time.trim_end()))
}

fn parse_value<T>(
    value: Option<&str>,
    name: &str,
    expected: &str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> Result<Option<T>, EcwidErrorAnswer> {
    let Some(value) = value else {
        return Ok(None);
    };
    parse(value.trim()).map(Some).ok_or_else(|| {
        EcwidErrorAnswer::bad_parameter(name, format!("expected {expected}, got '{value}'"))
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A query string of the tests, as its decoded pairs.
    pub(crate) fn params(query: &[(&str, &str)]) -> Params {
        Params::new(
            query
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        )
    }

    #[test]
    fn page_defaults_caps_and_rejects() {
        assert_eq!(
            params(&[]).page().unwrap(),
            Page {
                offset: 0,
                limit: 100
            }
        );
        assert_eq!(
            params(&[("offset", "5"), ("limit", "1000")])
                .page()
                .unwrap(),
            Page {
                offset: 5,
                limit: 100
            }
        );
        for bad in [
            ("limit", "0"),
            ("limit", "ten"),
            ("offset", "-1"),
            ("limit", ""),
            ("offset", "1.5"),
        ] {
            let err = params(&[bad]).page().unwrap_err();
            assert!(
                matches!(err, EcwidErrorAnswer::BadParameter { ref name, .. } if name == bad.0),
                "{bad:?}"
            );
        }
        assert_eq!(
            Page {
                offset: 8,
                limit: 5
            }
            .range(10),
            8..10
        );
        assert_eq!(
            Page {
                offset: 80,
                limit: 5
            }
            .range(10),
            10..10
        );
    }

    #[test]
    fn typed_parameters() {
        let p = params(&[
            ("ids", "1, 2,3"),
            ("bad", "1,x"),
            ("flag", "TRUE"),
            ("codes", "US,,ge"),
            ("money", "12.5"),
            ("inf", "inf"),
            ("first", "a"),
            ("first", "b"),
        ]);
        assert_eq!(p.integer_list("ids").unwrap(), Some(vec![1, 2, 3]));
        assert!(p.integer_list("bad").is_err());
        assert_eq!(p.boolean("flag").unwrap(), Some(true));
        assert_eq!(
            p.text_list("codes"),
            Some(vec!["US".to_owned(), "ge".to_owned()])
        );
        assert_eq!(p.number("money").unwrap(), Some(12.5));
        assert!(p.number("inf").is_err());
        assert_eq!(p.text("first"), Some("a"));
        assert_eq!(p.integer("missing").unwrap(), None);
        // An empty integer, list of ids or date is malformed: the spec's patterns need a value.
        let empty = params(&[("ids", ""), ("day", ""), ("n", "")]);
        assert!(empty.integer_list("ids").is_err());
        assert!(empty.date("day").is_err());
        assert!(empty.integer("n").is_err());
    }

    /// Every day from 1970 to 2100, in each of Ecwid's four shapes (times and offsets varied
    /// from day to day), is accepted by the client (its check, and the generated builder's
    /// pattern) and by the store, as the same instant.
    #[test]
    fn every_day_from_1970_to_2100_is_a_date_filter_for_the_client_and_the_store() {
        use chrono::{Duration, NaiveDate};
        use ecwid_client::CustomerFilter;
        use ecwid_client::types::SearchCustomersCreatedFrom;

        let first = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        let last = NaiveDate::from_ymd_opt(2100, 12, 31).unwrap();
        let mut days = 0;
        for (i, day) in first.iter_days().take_while(|d| *d <= last).enumerate() {
            days += 1;
            let i = i as i64;
            let at = day
                .and_hms_opt((i % 24) as u32, (i * 7 % 60) as u32, (i * 13 % 60) as u32)
                .unwrap();
            // -12:00 to +14:00 in half hours.
            let offset_minutes = (i % 53 - 24) * 30;
            let sign = if offset_minutes < 0 { '-' } else { '+' };
            let (h, m) = (offset_minutes.abs() / 60, offset_minutes.abs() % 60);
            let midnight = day.and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp();
            let utc = at.and_utc().timestamp();
            let shapes = [
                (utc.to_string(), utc),
                (day.format("%Y-%m-%d").to_string(), midnight),
                (at.format("%Y-%m-%d %H:%M:%S").to_string(), utc),
                (
                    format!("{} {sign}{h:02}{m:02}", at.format("%Y-%m-%d %H:%M:%S")),
                    (at - Duration::minutes(offset_minutes))
                        .and_utc()
                        .timestamp(),
                ),
            ];
            for (value, seconds) in shapes {
                let filter = CustomerFilter::default().with_created_from(value.clone());
                assert_eq!(filter.check(), Ok(()), "{value}");
                assert!(
                    SearchCustomersCreatedFrom::try_from(value.as_str()).is_ok(),
                    "{value}"
                );
                let store = params(&[("createdFrom", value.as_str())]).date("createdFrom");
                assert_eq!(store.unwrap(), Some(seconds), "{value}");
            }
        }
        assert_eq!(days, 47_847);
    }

    #[test]
    fn dates_take_ecwids_four_shapes_and_an_unencoded_plus() {
        let date = |value: &str| params(&[("createdFrom", value)]).date("createdFrom");
        for (value, seconds) in [
            ("1447804800", 1_447_804_800),
            ("2023-01-15 19:27:50", 1_673_810_870),
            ("2023-01-15 21:27:50 +0200", 1_673_810_870),
            ("2023-01-15", 1_673_740_800),
            ("2024-02-29", 1_709_164_800),
            // `+0000` sent without encoding its `+`.
            ("2023-01-15 19:27:50 0000", 1_673_810_870),
            ("2023-01-15 19:27:50  0000", 1_673_810_870),
            (" 2023-01-15 ", 1_673_740_800),
        ] {
            assert_eq!(date(value).unwrap(), Some(seconds), "{value:?}");
        }
        for value in ["2023-02-29", "2023-01-15 19:27:50 00000", "yesterday"] {
            let err = date(value).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!(
                    "Wrong parameter 'createdFrom': expected {}, got '{value}'",
                    ecwid_client::dates::DATE_FILTER_SHAPES
                )
            );
        }
    }
}
