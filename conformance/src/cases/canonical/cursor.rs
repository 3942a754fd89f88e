//! `sinceId` as a cursor: a walk that sends the last id of each page meets every customer after
//! its start exactly once, ascending by id, customers created during the walk included.

use std::cmp::Ordering;
use std::collections::BTreeSet;

use ecartapi_client::types::Customer;

use super::context::CanonicalCtx;
use super::created_customers::plain_customer;
use super::query::Query;
use crate::capability::Capability;
use crate::case::{Failure, Verdict};
use crate::check::{ensure, expect_eq, fail};

/// Ids in the platform's order: numerically when both are decimal integers (Ecwid's), else as
/// text.
pub(super) fn id_order(a: &str, b: &str) -> Ordering {
    match (a.parse::<u128>(), b.parse::<u128>()) {
        (Ok(x), Ok(y)) => x.cmp(&y),
        _ => a.cmp(b),
    }
}

/// Walk by cursor from `start` with pages of `limit`, checking that each page ascends and starts
/// after its cursor; with `create_mid_walk`, a customer is created after the first page. Every
/// customer met, in order, and the one created.
async fn walk(
    ctx: &CanonicalCtx,
    start: &str,
    limit: u64,
    create_mid_walk: bool,
) -> Result<(Vec<Customer>, Option<Customer>), Failure> {
    let mut cursor = start.to_owned();
    let mut met: Vec<Customer> = Vec::new();
    let mut created = None;
    for page in 1..=ctx.options().max_pages {
        let query = Query {
            since_id: Some(cursor.clone()),
            ..Query::default()
        }
        .limit(limit);
        let customers = ctx.list(&query).await?;
        let mut previous = cursor.clone();
        for customer in &customers {
            ensure(id_order(&previous, &customer.id) == Ordering::Less, || {
                format!(
                    "GET /api/v2/customers?{query}: customer {} comes after {previous}; a page \
                     after sinceId={cursor} must ascend by id from above it",
                    customer.id
                )
            })?;
            previous.clone_from(&customer.id);
        }
        let full = customers.len() as u64 == limit;
        met.extend(customers);
        if page == 1 && create_mid_walk {
            created = Some(
                ctx.create(plain_customer(ctx.run(), "cursor-mid-walk"))
                    .await?,
            );
        }
        if !full {
            return Ok((met, created));
        }
        cursor = previous;
    }
    Err(fail(format!(
        "the sinceId walk from {start} still had full pages after {} pages of {limit}",
        ctx.options().max_pages
    )))
}

/// The ids every page of the store holds, smallest first.
async fn store_ids(ctx: &CanonicalCtx) -> Result<Vec<String>, Failure> {
    let mut ids: Vec<String> = ctx
        .list_all(&Query::default(), super::context::MAX_LIMIT)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    ids.sort_by(|a, b| id_order(a, b));
    Ok(ids)
}

/// Compare what a walk met with what it should have met, naming what is missing or repeated.
fn expect_walk(what: &str, met: &[Customer], expected: &BTreeSet<String>) -> Verdict {
    let ids: Vec<&str> = met.iter().map(|c| c.id.as_str()).collect();
    let distinct: BTreeSet<String> = ids.iter().map(|id| (*id).to_owned()).collect();
    ensure(distinct.len() == ids.len(), || {
        format!(
            "{what}: {} customers met, {} distinct: a customer came twice",
            ids.len(),
            distinct.len()
        )
    })?;
    let missing: Vec<&String> = expected.difference(&distinct).take(5).collect();
    let extra: Vec<&String> = distinct.difference(expected).take(5).collect();
    ensure(missing.is_empty() && extra.is_empty(), || {
        format!("{what}: missing e.g. {missing:?}, unexpected e.g. {extra:?}")
    })
}

/// From the store's smallest id, a `sinceId` walk (pages of 100 and of 37) meets every other
/// customer exactly once, ascending, and `/count?sinceId=` agrees.
pub(super) async fn walk_meets_every_customer_once(ctx: &CanonicalCtx) -> Verdict {
    // The fixture's customers make sure the run's own are in the store.
    if ctx.has(Capability::Create) {
        ctx.fixture().await?;
    }
    let ids = store_ids(ctx).await?;
    let Some(first) = ids.first() else {
        return Err(fail("the store holds no customer to start a walk from"));
    };
    let expected: BTreeSet<String> = ids[1..].iter().cloned().collect();
    for limit in [super::context::MAX_LIMIT, 37] {
        let (met, _) = walk(ctx, first, limit, false).await?;
        expect_walk(
            &format!("sinceId walk from {first}, pages of {limit}"),
            &met,
            &expected,
        )?;
    }
    if !ctx.has(Capability::Count) {
        return Ok(());
    }
    let count = ctx
        .count(&Query {
            since_id: Some(first.clone()),
            ..Query::default()
        })
        .await?;
    expect_eq(
        &format!("GET /api/v2/customers/count?sinceId={first}"),
        expected.len() as i64,
        count,
    )
}

/// A customer created after the first page of a `sinceId` walk is met once, after everyone the
/// walk had to meet.
pub(super) async fn walk_meets_a_customer_created_mid_walk(ctx: &CanonicalCtx) -> Verdict {
    // The fixture's customers make sure the walk has some to meet.
    ctx.fixture().await?;
    let ids = store_ids(ctx).await?;
    let Some(first) = ids.first() else {
        return Err(fail("the store holds no customer to start a walk from"));
    };
    // The first page must be full, or the walk ends before the customer is created: at most
    // half of the customers after the start, so a small store walks two pages at least.
    let limit = ((ids.len() as u64 - 1) / 2).clamp(1, 50);
    let (met, created) = walk(ctx, first, limit, true).await?;
    let created = created.ok_or_else(|| fail("the walk ended before its first page"))?;
    let mut expected: BTreeSet<String> = ids[1..].iter().cloned().collect();
    expected.insert(created.id.clone());
    expect_walk(
        &format!(
            "sinceId walk from {first}, pages of {limit}, customer {} created after page 1",
            created.id
        ),
        &met,
        &expected,
    )?;
    let last = met.last().map(|c| c.id.as_str());
    expect_eq(
        "the last customer of the walk (created during it, so the largest id)",
        Some(created.id.as_str()),
        last,
    )
}
