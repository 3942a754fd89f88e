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

/// `ids=alpha` returns alpha alone; `ids=alpha,bravo` both and nothing else; an unknown id among
/// them is left out, not an error.
pub(super) async fn ids(ctx: &CanonicalCtx) -> Verdict {
    let f = ctx.fixture().await?;
    let (a, b) = (&f.alpha, &f.bravo);
    let only_alpha = Query {
        ids: Some(a.id.clone()),
        ..Query::default()
    };
    check_filter(ctx, only_alpha, &[a], &[b], |c| {
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

/// `sinceId=alpha` returns bravo (created after alpha) and not alpha itself.
pub(super) async fn since_id(ctx: &CanonicalCtx) -> Verdict {
    let f = ctx.fixture().await?;
    let query = Query {
        since_id: Some(f.alpha.id.clone()),
        ..Query::default()
    };
    check_filter(ctx, query, &[&f.bravo], &[&f.alpha], anything).await
}

/// `createdAt[from]` = bravo's creation returns bravo, not alpha (created a second earlier), and
/// only customers created at or after the bound; in UTC and at +05:30 alike.
pub(super) async fn created_at_from(ctx: &CanonicalCtx) -> Verdict {
    let f = ctx.fixture().await?;
    let (bound, _) = dates(&f.bravo)?;
    // The same instant written with another offset must select the same customers.
    for bound in [bound, in_india(bound)] {
        let query = Query {
            created_at_from: Some(bound),
            ..Query::default()
        };
        check_filter(ctx, query, &[&f.bravo], &[&f.alpha], |c| {
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

/// `createdAt[to]` = alpha's creation returns alpha, not bravo (created a second later), and only
/// customers created at or before the bound.
pub(super) async fn created_at_to(ctx: &CanonicalCtx) -> Verdict {
    let f = ctx.fixture().await?;
    let (bound, _) = dates(&f.alpha)?;
    let query = Query {
        created_at_to: Some(bound),
        ..Query::default()
    };
    check_filter(ctx, query, &[&f.alpha], &[&f.bravo], |c| {
        date_within(c, "dates.createdAt", created, bound, false)
    })
    .await
}

/// `updatedAt[from]` = alpha's last update returns alpha, not bravo (last updated a second
/// earlier), and only customers updated at or after the bound.
pub(super) async fn updated_at_from(ctx: &CanonicalCtx) -> Verdict {
    let f = ctx.fixture().await?;
    let (_, bound) = dates(&f.alpha)?;
    let query = Query {
        updated_at_from: Some(bound),
        ..Query::default()
    };
    check_filter(ctx, query, &[&f.alpha], &[&f.bravo], |c| {
        date_within(c, "dates.updatedAt", updated, bound, true)
    })
    .await
}

/// `updatedAt[to]` = bravo's last update returns bravo, not alpha (updated a second later), and
/// only customers updated at or before the bound.
pub(super) async fn updated_at_to(ctx: &CanonicalCtx) -> Verdict {
    let f = ctx.fixture().await?;
    let (_, bound) = dates(&f.bravo)?;
    let query = Query {
        updated_at_to: Some(bound),
        ..Query::default()
    };
    check_filter(ctx, query, &[&f.bravo], &[&f.alpha], |c| {
        date_within(c, "dates.updatedAt", updated, bound, false)
    })
    .await
}

/// `name` = alpha's unique last name returns alpha, not bravo.
pub(super) async fn name(ctx: &CanonicalCtx) -> Verdict {
    let f = ctx.fixture().await?;
    let query = Query {
        name: f.alpha.last_name.clone(),
        ..Query::default()
    };
    check_filter(ctx, query, &[&f.alpha], &[&f.bravo], anything).await
}

/// `search` = a word only alpha's email holds, then alpha's unique last name, returns alpha and
/// not bravo: the search spans several customer fields.
pub(super) async fn search(ctx: &CanonicalCtx) -> Verdict {
    let f = ctx.fixture().await?;
    for term in [
        Some(format!("conf-{}-alpha", ctx.run())),
        f.alpha.last_name.clone(),
    ] {
        let query = Query {
            search: term,
            ..Query::default()
        };
        check_filter(ctx, query, &[&f.alpha], &[&f.bravo], anything).await?;
    }
    Ok(())
}

/// `name` with accents and CJK finds the customer who has them, and not bravo.
pub(super) async fn name_unicode(ctx: &CanonicalCtx) -> Verdict {
    let f = ctx.fixture().await?;
    let mut customer = super::created_customers::plain_customer(ctx.run(), "unicodename");
    customer.last_name = format!("Łódź東京{}", ctx.run());
    let created = ctx.create(customer.clone()).await?;
    let query = Query {
        name: Some(customer.last_name),
        ..Query::default()
    };
    check_filter(ctx, query, &[&created], &[&f.bravo], anything).await
}

/// `email` = alpha's email returns alpha, not bravo, and only customers whose email holds it.
pub(super) async fn email(ctx: &CanonicalCtx) -> Verdict {
    let f = ctx.fixture().await?;
    let Some(wanted) = f.alpha.email.clone() else {
        return Err(fail(format!(
            "customer {} came back without the email it was created with",
            f.alpha.id
        )));
    };
    let query = Query {
        email: Some(wanted.clone()),
        ..Query::default()
    };
    let lower = wanted.to_lowercase();
    check_filter(ctx, query, &[&f.alpha], &[&f.bravo], |c| {
        match c.email.as_deref().map(str::to_lowercase) {
            Some(email) if email.contains(&lower) => Ok(()),
            other => Err(format!("its email {other:?} does not match {wanted:?}")),
        }
    })
    .await
}
