//! The list and count query strings: parsing and validation, what Ecwid can filter itself, and
//! what the gateway must filter (see the crate docs for the plans).

use std::borrow::Cow;
use std::collections::BTreeSet;

use chrono::{DateTime, FixedOffset};
use ecartapi_client::types::Customer;
use ecwid_client::CustomerFilter;
use ecwid_client::types::CustomerSortBy;

use crate::config::GatewayConfig;
use crate::date_filter::{self, Edge};
use crate::errors::CanonicalError;

/// A parsed `GET /api/v2/customers` query: one page of the customers matching the filters.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ListQuery {
    /// Customers per page, 1..=`max_limit`.
    pub(crate) limit: u64,
    /// Page number, from 1.
    pub(crate) page: u64,
    /// What the customers must match.
    pub(crate) filters: Filters,
}

impl ListQuery {
    /// The number of matching customers before this page, or `None` when it is beyond any
    /// possible store (the page is empty without asking Ecwid).
    pub(crate) fn offset(&self) -> Option<u64> {
        let offset = (self.page - 1).checked_mul(self.limit)?;
        // Ecwid's offset is a signed 64-bit integer.
        (offset <= i64::MAX as u64).then_some(offset)
    }
}

/// The filters shared by list and count. `None` is "not filtered"; an empty or blank string
/// parameter is the same as an absent one.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Filters {
    /// `ids`: the Ecwid ids named (only decimal integers can name an Ecwid customer, so other
    /// entries match nothing and are dropped here).
    pub(crate) ids: Option<BTreeSet<i64>>,
    /// `sinceId`: only customers with a larger id.
    pub(crate) since_id: Option<i64>,
    /// `createdAt[from]`, inclusive.
    pub(crate) created_from: Option<DateTime<FixedOffset>>,
    /// `createdAt[to]`, inclusive.
    pub(crate) created_to: Option<DateTime<FixedOffset>>,
    /// `updatedAt[from]`, inclusive.
    pub(crate) updated_from: Option<DateTime<FixedOffset>>,
    /// `updatedAt[to]`, inclusive.
    pub(crate) updated_to: Option<DateTime<FixedOffset>>,
    /// `name` -> Ecwid `name`.
    pub(crate) name: Option<String>,
    /// `search` -> Ecwid `keyword`.
    pub(crate) search: Option<String>,
    /// `email` -> Ecwid `email` with `useExactEmailMatch=true`.
    pub(crate) email: Option<String>,
}

/// How a list or count is answered; see the crate docs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Plan {
    /// Every filter is Ecwid's: one Ecwid search page per canonical page, one count call.
    Ecwid,
    /// `ids`: one Ecwid `GET` per id, the rest filtered here.
    ById(Vec<i64>),
    /// `sinceId` without `ids`: Ecwid's registration order from the cursor's second on
    /// ([`crate::cursor`]).
    Cursor(i64),
    /// `sinceId` without `ids` when the configuration turns the cursor off: walk every Ecwid
    /// customer matching the Ecwid-side filters and filter here.
    Scan,
}

impl Filters {
    /// Parse the filters of a list or count query.
    pub(crate) fn parse(query: &Query<'_>, config: &GatewayConfig) -> Result<Self, CanonicalError> {
        let ids = match query.text("ids")? {
            None => None,
            Some(list) => {
                let named: Vec<&str> = list
                    .split(',')
                    .map(str::trim)
                    .filter(|id| !id.is_empty())
                    .collect();
                if named.len() > config.max_ids {
                    return Err(CanonicalError::bad_request(format!(
                        "ids names {} customers; at most {} are allowed",
                        named.len(),
                        config.max_ids
                    ))
                    .with_detail("ids"));
                }
                Some(named.into_iter().filter_map(ecwid_id).collect())
            }
        };
        // Like an unknown id in `ids`, a `sinceId` this platform cannot have (Ecwid ids are
        // integers) is not an error: no customer comes after it.
        let since_id = query
            .text("sinceId")?
            .map(|text| text.trim().parse::<i64>().unwrap_or(i64::MAX));
        Ok(Self {
            ids,
            since_id,
            created_from: query.date("createdAt[from]", Edge::From)?,
            created_to: query.date("createdAt[to]", Edge::To)?,
            updated_from: query.date("updatedAt[from]", Edge::From)?,
            updated_to: query.date("updatedAt[to]", Edge::To)?,
            name: query.text("name")?.map(str::to_owned),
            search: query.text("search")?.map(str::to_owned),
            email: query.text("email")?.map(str::to_owned),
        })
    }

    /// How to answer: see [`Plan`]. `by_registration` is
    /// [`GatewayConfig::since_id_by_registration`].
    pub(crate) fn plan(&self, by_registration: bool) -> Plan {
        match (&self.ids, self.since_id) {
            (Some(ids), _) => Plan::ById(
                ids.iter()
                    .copied()
                    .filter(|&id| self.since_id.is_none_or(|since| id > since))
                    .collect(),
            ),
            (None, Some(since)) if by_registration => Plan::Cursor(since),
            (None, Some(_)) => Plan::Scan,
            (None, None) => Plan::Ecwid,
        }
    }

    /// The filters Ecwid applies itself, sorted oldest first (customers created while a client
    /// walks the pages land after the pages it has read).
    ///
    /// Ecwid compares whole seconds, so a lower bound rounds up and an upper bound rounds down:
    /// the customers of a second are in exactly when the instant comparison puts them in.
    pub(crate) fn ecwid_filter(&self) -> CustomerFilter {
        let seconds_from = |at: &DateTime<FixedOffset>| {
            let floor = at.timestamp();
            let ceil = if at.timestamp_subsec_nanos() > 0 {
                floor.saturating_add(1)
            } else {
                floor
            };
            ecwid_seconds(ceil)
        };
        let seconds_to = |at: &DateTime<FixedOffset>| ecwid_seconds(at.timestamp());
        // Only what the mapping reads: Ecwid sends, and the gateway parses, less.
        let mut filter = CustomerFilter::default()
            .with_sort_by(CustomerSortBy::RegisteredDateAsc)
            .with_response_fields(ecwid_mapping::ECWID_RESPONSE_FIELDS);
        filter.name = self.name.clone();
        filter.keyword = self.search.clone();
        filter.email = self.email.clone();
        filter.use_exact_email_match = self.email.as_ref().map(|_| true);
        filter.created_from = self.created_from.as_ref().map(seconds_from);
        filter.created_to = self.created_to.as_ref().map(seconds_to);
        filter.updated_from = self.updated_from.as_ref().map(seconds_from);
        filter.updated_to = self.updated_to.as_ref().map(seconds_to);
        filter
    }

    /// `sinceId`, applied by the walk of [`Plan::Scan`]. (`id` is the customer's Ecwid id.)
    pub(crate) fn matches_since(&self, id: i64) -> bool {
        self.since_id.is_none_or(|since| id > since)
    }

    /// The date filters, applied here to customers fetched one by one (the [`Plan::ById`] plan):
    /// a customer without the date does not match a filter on it.
    pub(crate) fn matches_dates(&self, customer: &Customer) -> bool {
        let dates = customer.dates.as_ref();
        let within = |at: Option<&DateTime<FixedOffset>>,
                      from: &Option<DateTime<FixedOffset>>,
                      to: &Option<DateTime<FixedOffset>>| {
            if from.is_none() && to.is_none() {
                return true;
            }
            at.is_some_and(|at| {
                from.is_none_or(|from| *at >= from) && to.is_none_or(|to| *at <= to)
            })
        };
        within(
            dates.and_then(|d| d.created_at.as_ref()),
            &self.created_from,
            &self.created_to,
        ) && within(
            dates.and_then(|d| d.updated_at.as_ref()),
            &self.updated_from,
            &self.updated_to,
        )
    }
}

impl ListQuery {
    /// Parse a list query: `limit`, `page` and the [`Filters`].
    pub(crate) fn parse(query: &Query<'_>, config: &GatewayConfig) -> Result<Self, CanonicalError> {
        let limit = query.positive("limit")?.unwrap_or(config.default_limit);
        if limit > config.max_limit {
            return Err(CanonicalError::bad_request(format!(
                "limit must be between 1 and {}, got {limit}",
                config.max_limit
            ))
            .with_detail("limit"));
        }
        Ok(Self {
            limit,
            page: query.positive("page")?.unwrap_or(1),
            filters: Filters::parse(query, config)?,
        })
    }
}

/// Ecwid's date filters take UNIX seconds of at most 10 digits (years 1653 to 2286). A bound
/// beyond them is clamped to the nearest one, which selects the same customers from any store
/// (nobody registered before 1653 or after 2286).
const ECWID_MAX_SECONDS: i64 = 9_999_999_999;

fn ecwid_seconds(seconds: i64) -> String {
    seconds
        .clamp(-ECWID_MAX_SECONDS, ECWID_MAX_SECONDS)
        .to_string()
}

/// The Ecwid id a canonical customer id names: a positive decimal integer in its canonical
/// spelling (no sign, no leading zeros), as the gateway writes ids. Anything else names no Ecwid
/// customer.
pub(crate) fn ecwid_id(id: &str) -> Option<i64> {
    let canonical = !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_digit())
        && !(id.len() > 1 && id.starts_with('0'));
    canonical
        .then(|| id.parse::<i64>().ok())
        .flatten()
        .filter(|&n| n > 0)
}

/// A query string split into its decoded parameters.
#[derive(Debug)]
pub(crate) struct Query<'a> {
    pairs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
}

impl<'a> Query<'a> {
    /// Decode `raw` (`application/x-www-form-urlencoded`, so `+` is a space and
    /// `createdAt%5Bfrom%5D` is `createdAt[from]`).
    pub(crate) fn new(raw: Option<&'a str>) -> Self {
        Self {
            pairs: form_urlencoded::parse(raw.unwrap_or_default().as_bytes()).collect(),
        }
    }

    /// The value of `name`; a parameter given twice is refused (which one would count?).
    fn raw(&self, name: &str) -> Result<Option<&str>, CanonicalError> {
        let mut values = self
            .pairs
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.as_ref());
        match (values.next(), values.next()) {
            (value, None) => Ok(value),
            (Some(_), Some(_)) => Err(CanonicalError::bad_request(format!(
                "{name} is given more than once"
            ))
            .with_detail(name.to_owned())),
            (None, Some(_)) => unreachable!("an iterator yields nothing after its end"),
        }
    }

    /// A text parameter, trimmed; blank is absent.
    fn text(&self, name: &str) -> Result<Option<&str>, CanonicalError> {
        Ok(self.raw(name)?.map(str::trim).filter(|t| !t.is_empty()))
    }

    /// An integer parameter of at least 1.
    fn positive(&self, name: &str) -> Result<Option<u64>, CanonicalError> {
        let Some(text) = self.raw(name)? else {
            return Ok(None);
        };
        let invalid = || {
            CanonicalError::bad_request(format!(
                "{name} must be an integer of at least 1, got {text:?}"
            ))
            .with_detail(name.to_owned())
        };
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        // Digits only: the parse fails only on overflow, a number larger than any page or limit
        // can be (a huge page is simply past the end).
        match text.parse::<u64>().unwrap_or(u64::MAX) {
            0 => Err(invalid()),
            n => Ok(Some(n)),
        }
    }

    /// An ISO 8601 date-time or date parameter, the `edge` of its range: see
    /// [`date_filter`].
    fn date(
        &self,
        name: &str,
        edge: Edge,
    ) -> Result<Option<DateTime<FixedOffset>>, CanonicalError> {
        let Some(text) = self.raw(name)? else {
            return Ok(None);
        };
        date_filter::parse(text, edge).map(Some).ok_or_else(|| {
            CanonicalError::bad_request(format!(
                "{name} must be an ISO 8601 date-time such as 2024-08-21T07:52:09Z or \
                 2024-08-21T11:52:09+0400, or a date such as 2024-08-21, got {text:?}"
            ))
            .with_detail(name.to_owned())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ecwid_client::EcwidClient;

    fn config() -> GatewayConfig {
        let ecwid = EcwidClient::new("http://127.0.0.1:9/api/v3", 1, "t".into()).unwrap();
        GatewayConfig::new("k".into(), ecwid)
    }

    fn list(raw: &str) -> Result<ListQuery, CanonicalError> {
        ListQuery::parse(&Query::new(Some(raw)), &config())
    }

    #[test]
    fn defaults_and_bounds_of_limit_and_page() {
        let q = list("").unwrap();
        assert_eq!((q.limit, q.page, q.offset()), (50, 1, Some(0)));
        let q = list("limit=100&page=3").unwrap();
        assert_eq!(q.offset(), Some(200));
        for bad in [
            "limit=0",
            "limit=101",
            "limit=-1",
            "limit=abc",
            "limit=",
            "limit=1.5",
            "limit=+5",
            "page=0",
            "page=-2",
            "page=x",
            "page=",
            "limit=99999999999999999999999",
            "limit=5&limit=6",
        ] {
            let err = list(bad).unwrap_err();
            assert_eq!(err.code().as_str(), "BAD_REQUEST", "{bad}");
        }
        let far = list(&format!("page={}&limit=100", u64::MAX)).unwrap();
        assert_eq!(far.offset(), None);
        let past_u64 = list("page=99999999999999999999999").unwrap();
        assert_eq!(past_u64.offset(), None);
    }

    #[test]
    fn filters_are_decoded_and_blank_is_absent() {
        let q = list("createdAt%5Bfrom%5D=2024-08-21T07%3A52%3A09.5%2B04%3A00&name=+&email=a%40b.c&ids=3,%201,,x,01,3")
            .unwrap();
        let f = &q.filters;
        assert_eq!(f.name, None);
        assert_eq!(f.email.as_deref(), Some("a@b.c"));
        assert_eq!(f.ids, Some(BTreeSet::from([1, 3])));
        let ecwid = f.ecwid_filter();
        // 07:52:09.5+04:00 is 03:52:09.5Z; rounded up to the next whole second.
        assert_eq!(ecwid.created_from.as_deref(), Some("1724212330"));
        assert_eq!(ecwid.use_exact_email_match, Some(true));
        assert_eq!(ecwid.sort_by, Some(CustomerSortBy::RegisteredDateAsc));

        let to = list("createdAt[to]=2024-08-21T03:52:09.9Z").unwrap();
        assert_eq!(
            to.filters.ecwid_filter().created_to.as_deref(),
            Some("1724212329")
        );
        // Far bounds are clamped to what Ecwid accepts.
        let far =
            list("createdAt[from]=0337-07-18T02:08:06-23:10&updatedAt[to]=9999-12-31T23:59:59Z")
                .unwrap()
                .filters
                .ecwid_filter();
        assert_eq!(far.created_from.as_deref(), Some("-9999999999"));
        assert_eq!(far.updated_to.as_deref(), Some("9999999999"));
        for bad in [
            "createdAt[from]=yesterday",
            "updatedAt[to]=1724212329",
            "updatedAt[from]=",
        ] {
            assert!(list(bad).is_err(), "{bad}");
        }
        // A date alone covers its whole day; Ecwid gets its first and last second.
        let day = list("createdAt[from]=2024-08-21&createdAt[to]=2024-08-21")
            .unwrap()
            .filters
            .ecwid_filter();
        assert_eq!(day.created_from.as_deref(), Some("1724198400"));
        assert_eq!(day.created_to.as_deref(), Some("1724284799"));
        // An id Ecwid cannot have is not an error: nothing comes after it.
        assert_eq!(
            list("sinceId=abc").unwrap().filters.since_id,
            Some(i64::MAX)
        );
    }

    #[test]
    fn plans() {
        let plan = |raw: &str| list(raw).unwrap().filters.plan(true);
        assert_eq!(
            plan("name=x&createdAt[from]=2024-01-01T00:00:00Z"),
            Plan::Ecwid
        );
        assert_eq!(plan("ids=5,2,9&sinceId=2"), Plan::ById(vec![5, 9]));
        assert_eq!(plan("ids=5&email=a@b.c"), Plan::ById(vec![5]));
        assert_eq!(plan("sinceId=7&name=x"), Plan::Cursor(7));
        assert_eq!(
            list("sinceId=7").unwrap().filters.plan(false),
            Plan::Scan,
            "the slow path, by configuration"
        );
        let many: Vec<String> = (1..=101).map(|n| n.to_string()).collect();
        assert!(list(&format!("ids={}", many.join(","))).is_err());
    }

    #[test]
    fn only_canonical_decimal_ids_name_ecwid_customers() {
        assert_eq!(ecwid_id("177737165"), Some(177_737_165));
        for other in [
            "",
            "0",
            "-1",
            "+1",
            "01",
            "1.0",
            "abc",
            "99999999999999999999",
            " 1",
        ] {
            assert_eq!(ecwid_id(other), None, "{other:?}");
        }
    }
}
