//! Every list filter, each checked for a customer it must include and one it must exclude (the
//! [`Fixture`](super::fixture::Fixture)), and, where the spec's meaning is exact, for every
//! customer it returns.

use chrono::{DateTime, FixedOffset};
use ecartapi_client::types::Customer;

use super::context::{CanonicalCtx, MAX_LIMIT};
use super::fixture::dates;
use super::query::Query;
use crate::case::Verdict;
use crate::check::fail;

/// Walk `query`; it must return every customer of `include`, none of `exclude`, and only
/// customers for which `each` holds (`Err` says why one does not).
async fn check_filter(
    ctx: &CanonicalCtx,
    query: Query,
    include: &[&Customer],
    exclude: &[&Customer],
    each: impl Fn(&Customer) -> Result<(), String>,
) -> Verdict {
    let what = format!("GET /api/v2/customers?{query}");
    let found = ctx.list_all(&query, MAX_LIMIT).await?;
    check_found(&what, &found, include, exclude, each)
}

/// `found`, what `what` returned, holds every customer of `include`, none of `exclude`, and only
/// customers for which `each` holds (`Err` says why one does not).
pub(super) fn check_found(
    what: &str,
    found: &[Customer],
    include: &[&Customer],
    exclude: &[&Customer],
    each: impl Fn(&Customer) -> Result<(), String>,
) -> Verdict {
    for wanted in include {
        if !found.iter().any(|c| c.id == wanted.id) {
            return Err(fail(format!(
                "{what}: must return customer {} ({:?}), got {} customers without it",
                wanted.id,
                wanted.email,
                found.len()
            )));
        }
    }
    for unwanted in exclude {
        if found.iter().any(|c| c.id == unwanted.id) {
            return Err(fail(format!(
                "{what}: must not return customer {} ({:?}), but it is among the {} returned",
                unwanted.id,
                unwanted.email,
                found.len()
            )));
        }
    }
    for customer in found {
        each(customer).map_err(|why| fail(format!("{what}: customer {}: {why}", customer.id)))?;
    }
    Ok(())
}

/// Any customer passes.
fn anything(_: &Customer) -> Result<(), String> {
    Ok(())
}

/// The customer's date picked by `pick` lies on the right side of `bound`.
pub(super) fn date_within(
    customer: &Customer,
    field: &str,
    pick: fn(&Customer) -> Option<DateTime<FixedOffset>>,
    bound: DateTime<FixedOffset>,
    from: bool,
) -> Result<(), String> {
    let Some(date) = pick(customer) else {
        return Err(format!(
            "has no `{field}`, so it cannot match a {field} filter"
        ));
    };
    let inside = if from { date >= bound } else { date <= bound };
    if inside {
        Ok(())
    } else {
        let side = if from { "before" } else { "after" };
        Err(format!("`{field}` {date} is {side} the bound {bound}"))
    }
}

pub(super) fn created(customer: &Customer) -> Option<DateTime<FixedOffset>> {
    customer.dates.as_ref()?.created_at
}

pub(super) fn updated(customer: &Customer) -> Option<DateTime<FixedOffset>> {
    customer.dates.as_ref()?.updated_at
}

/// `ids=A` returns A alone; `ids=A,B` both and nothing else; an unknown id among them is left
/// out, not an error.
pub(super) async fn ids(ctx: &CanonicalCtx) -> Verdict {
    let (a, b) = ctx.fixture().await?.id_pair()?;
    let only_a = Query {
        ids: Some(a.id.clone()),
        ..Query::default()
    };
    check_filter(ctx, only_a, &[a], &[b], |c| {
        (c.id == a.id)
            .then_some(())
            .ok_or_else(|| format!("is not among the ids {}", a.id))
    })
    .await?;
    let both = Query {
        ids: Some(format!("{},{}", a.id, b.id)),
        ..Query::default()
    };
    check_filter(ctx, both, &[a, b], &[], |c| {
        (c.id == a.id || c.id == b.id)
            .then_some(())
            .ok_or_else(|| format!("is not among the ids {},{}", a.id, b.id))
    })
    .await?;
    let with_unknown = Query {
        ids: Some(format!("{},{}", a.id, super::writes::UNKNOWN_ID)),
        ..Query::default()
    };
    check_filter(ctx, with_unknown, &[a], &[b], |c| {
        (c.id == a.id)
            .then_some(())
            .ok_or_else(|| format!("is not among the ids {}", a.id))
    })
    .await
}

/// `sinceId=A` returns B (a larger id) and not A itself.
pub(super) async fn since_id(ctx: &CanonicalCtx) -> Verdict {
    let (smaller, larger) = ctx.fixture().await?.id_pair()?;
    let query = Query {
        since_id: Some(smaller.id.clone()),
        ..Query::default()
    };
    check_filter(ctx, query, &[larger], &[smaller], anything).await
}

/// `createdAt[from]` = the later customer's creation returns it, not the earlier one, and only
/// customers created at or after the bound; in UTC and at +05:30 alike.
pub(super) async fn created_at_from(ctx: &CanonicalCtx) -> Verdict {
    let (earlier, later) = ctx.fixture().await?.created_pair()?;
    let (bound, _) = dates(later)?;
    // The same instant written with another offset must select the same customers.
    for bound in [bound, in_india(bound)] {
        let query = Query {
            created_at_from: Some(bound),
            ..Query::default()
        };
        check_filter(ctx, query, &[later], &[earlier], |c| {
            date_within(c, "dates.createdAt", created, bound, true)
        })
        .await?;
    }
    Ok(())
}

/// The same instant at +05:30.
fn in_india(at: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(5 * 3600 + 1800).map_or(at, |india| at.with_timezone(&india))
}

/// `createdAt[to]` = the earlier customer's creation returns it, not the later one, and only
/// customers created at or before the bound.
pub(super) async fn created_at_to(ctx: &CanonicalCtx) -> Verdict {
    let (earlier, later) = ctx.fixture().await?.created_pair()?;
    let (bound, _) = dates(earlier)?;
    let query = Query {
        created_at_to: Some(bound),
        ..Query::default()
    };
    check_filter(ctx, query, &[earlier], &[later], |c| {
        date_within(c, "dates.createdAt", created, bound, false)
    })
    .await
}

/// `updatedAt[from]` = the last updated customer's update returns it, not the other, and only
/// customers updated at or after the bound.
pub(super) async fn updated_at_from(ctx: &CanonicalCtx) -> Verdict {
    let (earlier, later) = ctx.fixture().await?.updated_pair()?;
    let (_, bound) = dates(later)?;
    let query = Query {
        updated_at_from: Some(bound),
        ..Query::default()
    };
    check_filter(ctx, query, &[later], &[earlier], |c| {
        date_within(c, "dates.updatedAt", updated, bound, true)
    })
    .await
}

/// `updatedAt[to]` = the first updated customer's update returns it, not the other, and only
/// customers updated at or before the bound.
pub(super) async fn updated_at_to(ctx: &CanonicalCtx) -> Verdict {
    let (earlier, later) = ctx.fixture().await?.updated_pair()?;
    let (_, bound) = dates(earlier)?;
    let query = Query {
        updated_at_to: Some(bound),
        ..Query::default()
    };
    check_filter(ctx, query, &[earlier], &[later], |c| {
        date_within(c, "dates.updatedAt", updated, bound, false)
    })
    .await
}

/// `name` = the probe customer's unique last name returns it, not the other.
pub(super) async fn name(ctx: &CanonicalCtx) -> Verdict {
    let (probe, other) = ctx.fixture().await?.probe_and_other()?;
    let query = Query {
        name: probe.last_name.clone(),
        ..Query::default()
    };
    check_filter(ctx, query, &[probe], &[other], anything).await
}

/// `search` = a word only the probe customer's email holds, then its unique last name, returns
/// it and not the other: the search spans several customer fields.
pub(super) async fn search(ctx: &CanonicalCtx) -> Verdict {
    let f = ctx.fixture().await?;
    let (probe, other) = f.probe_and_other()?;
    for term in f.search_terms() {
        let query = Query {
            search: Some(term.clone()),
            ..Query::default()
        };
        check_filter(ctx, query, &[probe], &[other], anything).await?;
    }
    Ok(())
}

/// `name` with accents and CJK finds the customer who has them, and not another.
pub(super) async fn name_unicode(ctx: &CanonicalCtx) -> Verdict {
    let (_, other) = ctx.fixture().await?.probe_and_other()?;
    let mut customer = super::created_customers::plain_customer(ctx.run(), "unicodename");
    customer.last_name = format!("Łódź東京{}", ctx.run());
    let created = ctx.create(customer.clone()).await?;
    let query = Query {
        name: Some(customer.last_name),
        ..Query::default()
    };
    check_filter(ctx, query, &[&created], &[other], anything).await
}

/// `email` = the probe customer's email returns it, not the other, and only customers whose
/// email holds it.
pub(super) async fn email(ctx: &CanonicalCtx) -> Verdict {
    let (probe, other) = ctx.fixture().await?.probe_and_other()?;
    let Some(wanted) = probe.email.clone() else {
        return Err(fail(format!(
            "customer {} came back without the email it was created with",
            probe.id
        )));
    };
    let query = Query {
        email: Some(wanted.clone()),
        ..Query::default()
    };
    let lower = wanted.to_lowercase();
    check_filter(ctx, query, &[probe], &[other], |c| {
        match c.email.as_deref().map(str::to_lowercase) {
            Some(email) if email.contains(&lower) => Ok(()),
            other => Err(format!("its email {other:?} does not match {wanted:?}")),
        }
    })
    .await
}
