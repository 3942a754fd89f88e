//! `limit`, `page` and `/count`: pages hold what they should, a walk meets every customer once,
//! and the count agrees with the walk.

use std::collections::{BTreeSet, HashMap};

use ecartapi_client::types::Customer;

use super::context::{CanonicalCtx, MAX_LIMIT};
use super::fixture::dates;
use super::query::Query;
use crate::capability::Capability;
use crate::case::{Failure, Verdict};
use crate::check::{ensure, expect_eq, fail};

/// The spec's default `limit`.
const DEFAULT_LIMIT: i64 = 50;

/// Ids met more than once in `customers`, with how often.
fn duplicates(customers: &[Customer]) -> Vec<(String, usize)> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for customer in customers {
        *seen.entry(customer.id.as_str()).or_default() += 1;
    }
    let mut twice: Vec<(String, usize)> = seen
        .into_iter()
        .filter(|&(_, n)| n > 1)
        .map(|(id, n)| (id.to_owned(), n))
        .collect();
    twice.sort();
    twice
}

/// How many customers the store holds, by walking every page: `/count` is optional
/// ([`Capability::Count`]), and these cases are not about it.
async fn store_size(ctx: &CanonicalCtx) -> Result<i64, Failure> {
    Ok(ctx.list_all(&Query::default(), MAX_LIMIT).await?.len() as i64)
}

/// How many customers the store holds, up to [`MAX_LIMIT`], from one page: all a case asking for
/// a smaller page needs, at one request whatever the store's size.
struct SmallStoreSize(i64);

impl SmallStoreSize {
    async fn read(ctx: &CanonicalCtx) -> Result<Self, Failure> {
        let page = ctx.list(&Query::default().limit(MAX_LIMIT)).await?;
        Ok(Self(page.len() as i64))
    }

    /// The customers a page of `limit` (at most [`MAX_LIMIT`]) must hold.
    fn page_of(&self, limit: i64) -> i64 {
        self.0.min(limit)
    }
}

impl std::fmt::Display for SmallStoreSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0 as u64 >= MAX_LIMIT {
            write!(f, "at least {} customers in the store", self.0)
        } else {
            write!(f, "{} customers in the store", self.0)
        }
    }
}

/// A list without `limit` holds the default 50 customers (fewer only when the store has fewer).
pub(super) async fn default_limit(ctx: &CanonicalCtx) -> Verdict {
    let size = SmallStoreSize::read(ctx).await?;
    let page = ctx.list(&Query::default()).await?;
    expect_eq(
        &format!("GET /api/v2/customers (no limit, {size}): customers"),
        size.page_of(DEFAULT_LIMIT),
        page.len() as i64,
    )
}

/// `limit=7` gives 7 customers (fewer only when the store has fewer).
pub(super) async fn limit_respected(ctx: &CanonicalCtx) -> Verdict {
    let size = SmallStoreSize::read(ctx).await?;
    let page = ctx.list(&Query::default().limit(7)).await?;
    expect_eq(
        &format!("GET /api/v2/customers?limit=7 ({size}): customers"),
        size.page_of(7),
        page.len() as i64,
    )
}

/// Walking the pages meets every customer exactly once, the suite's own customers included (when
/// it can create them), and two page sizes meet the same customers.
pub(super) async fn pagination_exactly_once(ctx: &CanonicalCtx) -> Verdict {
    let own: Vec<Customer> = if ctx.has(Capability::Create) {
        ctx.fixture()
            .await?
            .customers()
            .into_iter()
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    let mut sets = Vec::new();
    for limit in [MAX_LIMIT, 37] {
        let all = ctx.list_all(&Query::default(), limit).await?;
        let twice = duplicates(&all);
        ensure(twice.is_empty(), || {
            format!(
                "pages of {limit}: {} customers met more than once, e.g. {:?}",
                twice.len(),
                &twice[..twice.len().min(5)]
            )
        })?;
        let ids: BTreeSet<String> = all.into_iter().map(|c| c.id).collect();
        for own in &own {
            ensure(ids.contains(&own.id), || {
                format!(
                    "pages of {limit}: the {} customers met do not include customer {} ({:?}), \
                     created by this run",
                    ids.len(),
                    own.id,
                    own.email
                )
            })?;
        }
        sets.push((limit, ids));
    }
    let (a, b) = (&sets[0], &sets[1]);
    let only_a: Vec<&String> = a.1.difference(&b.1).take(5).collect();
    let only_b: Vec<&String> = b.1.difference(&a.1).take(5).collect();
    ensure(only_a.is_empty() && only_b.is_empty(), || {
        format!(
            "pages of {} met {} customers, pages of {} met {}: only in the first {only_a:?}, only \
             in the second {only_b:?}",
            a.0,
            a.1.len(),
            b.0,
            b.1.len()
        )
    })
}

/// A page past the last one answers 200 with no customers.
pub(super) async fn page_past_end(ctx: &CanonicalCtx) -> Verdict {
    let total = store_size(ctx).await?;
    let page = u64::try_from(total).unwrap_or(0) / 10 + 2;
    let query = Query::default().limit(10).page(page);
    let customers = ctx.list(&query).await?;
    ensure(customers.is_empty(), || {
        format!(
            "GET /api/v2/customers?{query} ({total} customers in the store): expected no \
             customers, got {}",
            customers.len()
        )
    })
}

/// `/count` equals the number of customers a full walk of the pages meets.
pub(super) async fn count_agrees_with_list(ctx: &CanonicalCtx) -> Verdict {
    let before = ctx.count(&Query::default()).await?;
    let all = ctx.list_all(&Query::default(), MAX_LIMIT).await?;
    let after = ctx.count(&Query::default()).await?;
    if before != after {
        return Err(fail(format!(
            "the store changed during the walk (count {before}, then {after}); run the suite \
             against a quiet store"
        )));
    }
    expect_eq(
        "GET /api/v2/customers/count versus the customers met walking every page",
        before,
        all.len() as i64,
    )
}

/// `/count` takes the list's filters the target has: for each it equals the number of customers
/// a walk of the filtered list meets (one by email, two by ids).
pub(super) async fn count_filtered(ctx: &CanonicalCtx) -> Verdict {
    let f = ctx.fixture().await?;
    let probe = f.probe()?;
    let (smaller, larger) = f.id_pair()?;
    let mut queries: Vec<(Capability, Query, Option<i64>)> = vec![
        (
            Capability::FilterEmail,
            Query {
                email: probe.email.clone(),
                ..Query::default()
            },
            Some(1),
        ),
        (
            Capability::FilterIds,
            Query {
                ids: Some(format!("{},{}", smaller.id, larger.id)),
                ..Query::default()
            },
            Some(2),
        ),
        (
            Capability::FilterName,
            Query {
                name: probe.last_name.clone(),
                ..Query::default()
            },
            None,
        ),
        (
            Capability::FilterSinceId,
            Query {
                since_id: Some(smaller.id.clone()),
                ..Query::default()
            },
            None,
        ),
    ];
    if let Some(term) = f.narrowing_search() {
        queries.push((
            Capability::FilterSearch,
            Query {
                search: Some(term.to_owned()),
                ..Query::default()
            },
            None,
        ));
    }
    if let Ok((_, later)) = f.created_pair() {
        let (created, _) = dates(later)?;
        queries.push((
            Capability::FilterCreatedAt,
            Query {
                created_at_from: Some(created),
                ..Query::default()
            },
            None,
        ));
    }
    if let Ok((_, later)) = f.updated_pair() {
        let (_, updated) = dates(later)?;
        queries.push((
            Capability::FilterUpdatedAt,
            Query {
                updated_at_from: Some(updated),
                ..Query::default()
            },
            None,
        ));
    }
    for (needs, query, exact) in queries {
        if !ctx.has(needs) {
            continue;
        }
        let count = ctx.count(&query).await?;
        let listed = ctx.list_all(&query, MAX_LIMIT).await?.len() as i64;
        expect_eq(
            &format!("GET /api/v2/customers/count?{query} versus the customers the list walks"),
            listed,
            count,
        )?;
        if let Some(exact) = exact {
            expect_eq(
                &format!("GET /api/v2/customers/count?{query}"),
                exact,
                count,
            )?;
        }
    }
    Ok(())
}
