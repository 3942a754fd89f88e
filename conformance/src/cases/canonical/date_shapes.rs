//! The date filters in the ISO 8601 shapes clients send besides RFC 3339
//! (specs/ecartapi/customers.yaml, `CreatedAtFrom` and its siblings): a basic offset, any number
//! of fractional digits, no offset (UTC), a date alone (its whole day). Each shape is sent as a
//! raw query string, as a client in another language sends it, and must select the fixture's
//! customers in the list and the count alike.
//!
//! When the run made its fixture, every query also carries `search=conf-<run>`, which only this
//! run's customers match, so a walk stays a page long whatever the store holds; the fixture's two
//! customers are a second apart, which each shape's bound tells apart (a date alone: days apart).
//! The count must agree with the list where the target has `/count`.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta, Utc};
use ecartapi_client::types::{Customer, CustomerCountResponse, CustomerListResponse};

use super::context::{CanonicalCtx, MAX_LIMIT};
use super::filters::{check_found, created, date_within, updated};
use super::fixture::dates;
use crate::capability::Capability;
use crate::case::{Failure, Verdict};
use crate::check::fail;

/// The string openapi-generator's Python client (7.x, `datetime_format` `%Y-%m-%dT%H:%M:%S.%f%z`)
/// sends for midnight UTC on 1 January 2020.
const PYTHON_CLIENT_DATE: &str = "2020-01-01T00:00:00.000000+0000";

/// One date filter as sent: `name=text`.
struct Bound<'a> {
    name: &'a str,
    text: String,
}

impl Bound<'_> {
    fn is_from(&self) -> bool {
        self.name.ends_with("[from]")
    }
}

/// The customers `bound` selects (only the run's own when the fixture has a narrowing search),
/// walking every page of the list, and the count for the same filters, which must agree when
/// the target has `/count`.
async fn select(ctx: &CanonicalCtx, bound: &Bound<'_>) -> Result<Vec<Customer>, Failure> {
    let narrowing = ctx
        .fixture()
        .await?
        .narrowing_search()
        .filter(|_| ctx.has(Capability::FilterSearch))
        .map(str::to_owned);
    let mut filters = vec![(bound.name, bound.text.as_str())];
    if let Some(search) = &narrowing {
        filters.insert(0, ("search", search.as_str()));
    }
    let shown = filters
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let limit = MAX_LIMIT.to_string();
    let mut all = Vec::new();
    for page in 1..=ctx.options().max_pages {
        let page = page.to_string();
        let mut query = filters.clone();
        query.extend([("limit", limit.as_str()), ("page", page.as_str())]);
        let customers = ctx
            .get_json::<CustomerListResponse>("/api/v2/customers", &query)
            .await?
            .customers;
        let short = (customers.len() as u64) < MAX_LIMIT;
        all.extend(customers);
        if short {
            break;
        }
    }
    if !ctx.has(Capability::Count) {
        return Ok(all);
    }
    let count = ctx
        .get_json::<CustomerCountResponse>("/api/v2/customers/count", &filters)
        .await?
        .count;
    if count != all.len() as i64 {
        return Err(fail(format!(
            "GET /api/v2/customers/count?{shown}: {count}, but the list holds {}",
            all.len()
        )));
    }
    Ok(all)
}

/// `bound` must select every customer of `include`, none of `exclude`, and only customers whose
/// date lies within `limit` (the instant the bound names).
async fn check(
    ctx: &CanonicalCtx,
    bound: Bound<'_>,
    limit: DateTime<FixedOffset>,
    include: &[&Customer],
    exclude: &[&Customer],
) -> Verdict {
    let found = select(ctx, &bound).await?;
    let what = format!("GET /api/v2/customers?{}={}", bound.name, bound.text);
    let (field, pick): (_, fn(&Customer) -> _) = if bound.name.starts_with("created") {
        ("dates.createdAt", created)
    } else {
        ("dates.updatedAt", updated)
    };
    check_found(&what, &found, include, exclude, |c| {
        date_within(c, field, pick, limit, bound.is_from())
    })
}

/// The same instant at `hours:minutes` east of UTC.
fn east(at: DateTime<FixedOffset>, hours: i32, minutes: i32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(hours * 3600 + minutes * 60)
        .map_or(at, |offset| at.with_timezone(&offset))
}

/// A basic offset (`+0530`, `+0000`, no colon) names the same instant as RFC 3339's `+05:30`:
/// `createdAt[from]` = the later creation at +0530 returns that customer and not the earlier
/// one, `updatedAt[to]` = the earlier last update at +0000 returns that customer and not the
/// later one (bravo and alpha, in a made fixture).
pub(super) async fn basic_offset(ctx: &CanonicalCtx) -> Verdict {
    let f = ctx.fixture().await?;
    let (created_first, created_last) = f.created_pair()?;
    let (updated_first, updated_last) = f.updated_pair()?;
    let (created, _) = dates(created_last)?;
    let india = east(created, 5, 30);
    let bound = Bound {
        name: "createdAt[from]",
        text: india.format("%Y-%m-%dT%H:%M:%S%.f%z").to_string(),
    };
    check(ctx, bound, created, &[created_last], &[created_first]).await?;
    let (_, updated) = dates(updated_first)?;
    let bound = Bound {
        name: "updatedAt[to]",
        text: updated
            .with_timezone(&Utc)
            .format("%Y-%m-%dT%H:%M:%S%.f%z")
            .to_string(),
    };
    check(ctx, bound, updated, &[updated_first], &[updated_last]).await
}

/// Any number of fractional digits names the same instant: the later creation with 3, 6
/// (openapi-generator's Python client: `.000000+0000`), 7 and 12 digits returns that customer
/// and not the earlier one; and the Python client's own `2020-01-01T00:00:00.000000+0000` selects
/// the customers created after it as a
/// lower bound, and none updated after it as an upper one.
pub(super) async fn fractional_digits(ctx: &CanonicalCtx) -> Verdict {
    let f = ctx.fixture().await?;
    let (first, last) = f.created_pair()?;
    let (created, _) = dates(last)?;
    let utc = created.with_timezone(&Utc);
    // Digits are cut, never rounded up, so a lower bound never passes the customer it names.
    for fraction in ["%.3f", "%.6f", "%.9f000"] {
        let bound = Bound {
            name: "createdAt[from]",
            text: utc
                .format(&format!("%Y-%m-%dT%H:%M:%S{fraction}%z"))
                .to_string(),
        };
        check(ctx, bound, created, &[last], &[first]).await?;
    }
    let seven = format!(
        "{}{:07}Z",
        utc.format("%Y-%m-%dT%H:%M:%S."),
        utc.timestamp_subsec_nanos() / 100
    );
    let bound = Bound {
        name: "createdAt[from]",
        text: seven,
    };
    check(ctx, bound, created, &[last], &[first]).await?;

    let python =
        DateTime::parse_from_rfc3339("2020-01-01T00:00:00Z").map_err(|e| fail(e.to_string()))?;
    // Customers created or updated after the Python client's date are on its side of the
    // bound; a found fixture may hold older ones, which are on the other.
    let (_, last_updated) = f.updated_pair()?;
    let mut after: Vec<&Customer> = Vec::new();
    let mut before: Vec<&Customer> = Vec::new();
    for customer in [first, last] {
        if dates(customer)?.0 >= python {
            after.push(customer);
        } else {
            before.push(customer);
        }
    }
    let from = Bound {
        name: "createdAt[from]",
        text: PYTHON_CLIENT_DATE.to_owned(),
    };
    check(ctx, from, python, &after, &before).await?;
    let to = Bound {
        name: "updatedAt[to]",
        text: PYTHON_CLIENT_DATE.to_owned(),
    };
    let exclude: Vec<&Customer> = [first, last_updated]
        .into_iter()
        .filter(|c| dates(c).is_ok_and(|(_, updated)| updated > python))
        .collect();
    check(ctx, to, python, &[], &exclude).await
}

/// A date-time without an offset is UTC: `createdAt[from]` = the later creation in UTC, written
/// without offset, returns that customer and not the earlier one; `createdAt[to]` = the earlier
/// creation returns that one and not the later (with `T` and with a space).
pub(super) async fn without_offset(ctx: &CanonicalCtx) -> Verdict {
    let (first, last) = ctx.fixture().await?.created_pair()?;
    let (last_created, _) = dates(last)?;
    let (first_created, _) = dates(first)?;
    for separator in ["T", " "] {
        let local = |at: DateTime<FixedOffset>| {
            at.with_timezone(&Utc)
                .format(&format!("%Y-%m-%d{separator}%H:%M:%S%.f"))
                .to_string()
        };
        let from = Bound {
            name: "createdAt[from]",
            text: local(last_created),
        };
        check(ctx, from, last_created, &[last], &[first]).await?;
        let to = Bound {
            name: "createdAt[to]",
            text: local(first_created),
        };
        check(ctx, to, first_created, &[first], &[last]).await?;
    }
    Ok(())
}

/// A date alone is its whole day in UTC: `[to]` = the day of the earlier customer's date
/// returns it (though it came after that day's midnight), `[from]` = the day of the later one's
/// returns it; `[to]` = the day before and `[from]` = the day after return neither. For
/// `createdAt` and `updatedAt`, each on the fixture's first and last customer by that date.
pub(super) async fn date_alone(ctx: &CanonicalCtx) -> Verdict {
    let f = ctx.fixture().await?;
    let (created_first, created_last) = f.created_pair()?;
    let (updated_first, updated_last) = f.updated_pair()?;
    let day = |at: DateTime<FixedOffset>| at.with_timezone(&Utc).date_naive();
    let first = |d: NaiveDate| d.and_time(chrono::NaiveTime::MIN).and_utc().fixed_offset();
    let last = |d: NaiveDate| first(d) + TimeDelta::days(1) - TimeDelta::nanoseconds(1);
    let fields = [
        (
            "createdAt",
            (created_first, dates(created_first)?.0),
            (created_last, dates(created_last)?.0),
        ),
        (
            "updatedAt",
            (updated_first, dates(updated_first)?.1),
            (updated_last, dates(updated_last)?.1),
        ),
    ];
    for (field, (earlier, earlier_at), (later, later_at)) in fields {
        let (from, to) = (format!("{field}[from]"), format!("{field}[to]"));
        let bound = |name: &str, d: NaiveDate| Bound {
            name: if name == "from" { &from } else { &to },
            text: d.format("%Y-%m-%d").to_string(),
        };
        let (earlier_day, later_day) = (day(earlier_at), day(later_at));
        let (before, after) = (
            earlier_day - TimeDelta::days(1),
            later_day + TimeDelta::days(1),
        );
        check(
            ctx,
            bound("to", earlier_day),
            last(earlier_day),
            &[earlier],
            &[],
        )
        .await?;
        check(
            ctx,
            bound("from", later_day),
            first(later_day),
            &[later],
            &[],
        )
        .await?;
        let both = [earlier, later];
        check(ctx, bound("to", before), last(before), &[], &both).await?;
        check(ctx, bound("from", after), first(after), &[], &both).await?;
    }
    Ok(())
}
