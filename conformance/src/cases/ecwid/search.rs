//! `GET /{storeId}/customers`: the search envelope, its limits, paging, `responseFields` and a
//! filter.

use std::collections::HashSet;

use chrono::{DateTime, Utc};

use ecwid_client::dates::{format_response_date, parse_response_date};
use ecwid_client::types::CustomersSearchResult;
use ecwid_client::{CustomerFilter, Error};
use serde_json::{Value, json};

use super::context::EcwidCtx;
use crate::case::{Failure, Verdict};
use crate::check::{ensure, expect_eq, fail};

/// Ecwid's largest (and default) page.
const MAX_LIMIT: i64 = 100;

/// The page `result`, or a failure naming `what`.
fn page(
    what: &str,
    result: Result<CustomersSearchResult, Error>,
) -> Result<CustomersSearchResult, Failure> {
    result.map_err(|e| fail(format!("{what}: {e}")))
}

/// `total`, `count`, `offset` and `limit` of a page, each of which must be there.
fn numbers(what: &str, page: &CustomersSearchResult) -> Result<[i64; 4], Failure> {
    let field = |name: &str, value: Option<i64>| {
        value.ok_or_else(|| fail(format!("{what}: no `{name}` in the search answer")))
    };
    Ok([
        field("total", page.total)?,
        field("count", page.count)?,
        field("offset", page.offset)?,
        field("limit", page.limit)?,
    ])
}

/// A search answers `{total, count, offset, limit, items}`: count = items, offset and limit as
/// asked, total >= count.
pub(super) async fn envelope(ctx: &EcwidCtx) -> Verdict {
    let what = "GET /customers?offset=0&limit=10";
    let page = page(
        what,
        ctx.client().search(&CustomerFilter::default(), 0, 10).await,
    )?;
    let [total, count, offset, limit] = numbers(what, &page)?;
    let items = page
        .items
        .as_ref()
        .ok_or_else(|| fail(format!("{what}: no `items` in the search answer")))?;
    expect_eq(
        &format!("{what}: `count` versus items"),
        items.len() as i64,
        count,
    )?;
    expect_eq(&format!("{what}: `offset`"), 0, offset)?;
    expect_eq(&format!("{what}: `limit`"), 10, limit)?;
    ensure(total >= count && count <= 10, || {
        format!("{what}: total {total} and count {count} do not fit a page of 10")
    })
}

/// A search without `limit` answers `limit: 100` and at most 100 items.
pub(super) async fn default_limit(ctx: &EcwidCtx) -> Verdict {
    let what = "GET /customers (no limit)";
    let page = page(
        what,
        ctx.client()
            .search_customers()
            .send()
            .await
            .map(|p| p.into_inner())
            .map_err(Error::from),
    )?;
    let [total, count, _, limit] = numbers(what, &page)?;
    expect_eq(&format!("{what}: `limit`"), MAX_LIMIT, limit)?;
    expect_eq(
        &format!("{what}: `count` ({total} in the store)"),
        total.min(MAX_LIMIT),
        count,
    )
}

/// `limit=500` is capped: the answer says `limit: 100` and holds at most 100 items.
pub(super) async fn limit_capped(ctx: &EcwidCtx) -> Verdict {
    let what = "GET /customers?limit=500";
    let page = page(
        what,
        ctx.client()
            .search_customers()
            .limit(500u64)
            .send()
            .await
            .map(|p| p.into_inner())
            .map_err(Error::from),
    )?;
    let [total, count, _, limit] = numbers(what, &page)?;
    expect_eq(&format!("{what}: `limit`"), MAX_LIMIT, limit)?;
    expect_eq(
        &format!("{what}: `count` ({total} in the store)"),
        total.min(MAX_LIMIT),
        count,
    )
}

/// Walking `offset` by pages of 100 until `offset + count >= total` meets every customer once,
/// `total` of them.
pub(super) async fn pagination(ctx: &EcwidCtx) -> Verdict {
    let mut seen = HashSet::new();
    let mut offset = 0u64;
    let mut total = None;
    for _ in 0..ctx.options().max_pages {
        let what = format!("GET /customers?offset={offset}&limit=100");
        let page = page(
            &what,
            ctx.client()
                .search(&CustomerFilter::default(), offset, MAX_LIMIT as u64)
                .await,
        )?;
        let [page_total, count, _, _] = numbers(&what, &page)?;
        if *total.get_or_insert(page_total) != page_total {
            return Err(fail(format!(
                "{what}: `total` changed during the walk ({total:?}, then {page_total}); run \
                 against a quiet store"
            )));
        }
        for customer in page.items.unwrap_or_default() {
            let id = customer
                .id
                .ok_or_else(|| fail(format!("{what}: a customer without `id`")))?;
            if !seen.insert(id) {
                return Err(fail(format!("{what}: customer {id} met a second time")));
            }
        }
        offset += u64::try_from(count).unwrap_or(0);
        if count == 0 || offset >= u64::try_from(page_total).unwrap_or(0) {
            return expect_eq(
                "customers met walking every page versus `total`",
                page_total,
                seen.len() as i64,
            );
        }
    }
    Err(fail(format!(
        "still more pages after {} pages of 100",
        ctx.options().max_pages
    )))
}

/// `responseFields=total,items(id,name,email)` answers `total` and items with only those
/// three fields.
pub(super) async fn response_fields(ctx: &EcwidCtx) -> Verdict {
    let fields = "total,items(id,name,email)";
    let what = format!("GET /customers?limit=5&responseFields={fields}");
    let page = page(
        &what,
        ctx.client()
            .search_customers()
            .limit(5u64)
            .response_fields(fields)
            .send()
            .await
            .map(|p| p.into_inner())
            .map_err(Error::from),
    )?;
    let body = serde_json::to_value(&page).unwrap_or_default();
    let top: Vec<&String> = body
        .as_object()
        .map(|o| o.keys().collect())
        .unwrap_or_default();
    ensure(
        top.iter().all(|k| ["total", "items"].contains(&k.as_str())) && page.total.is_some(),
        || format!("{what}: expected only `total` and `items` at the top, got {top:?}"),
    )?;
    for item in body
        .get("items")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let keys: Vec<&String> = item
            .as_object()
            .map(|o| o.keys().collect())
            .unwrap_or_default();
        ensure(
            keys.iter()
                .all(|k| ["id", "name", "email"].contains(&k.as_str()))
                && item.get("id").is_some(),
            || format!("{what}: expected items with only id, name, email, got keys {keys:?}"),
        )?;
    }
    Ok(())
}

/// `email` finds the customer with that email and not another made by the same run.
pub(super) async fn email_filter(ctx: &EcwidCtx) -> Verdict {
    let wanted = ctx.email("findme");
    let found_id = ctx
        .create(json!({"email": wanted, "billingPerson": {"name": "Find Me"}}))
        .await?;
    let other_id = ctx
        .create(json!({"email": ctx.email("other"), "billingPerson": {"name": "Other One"}}))
        .await?;
    let filter = CustomerFilter::default().with_email(wanted.clone());
    let what = format!("GET /customers?email={wanted}");
    let page = page(
        &what,
        ctx.client().search(&filter, 0, MAX_LIMIT as u64).await,
    )?;
    let ids: Vec<i64> = page
        .items
        .unwrap_or_default()
        .iter()
        .filter_map(|c| c.id)
        .collect();
    ensure(ids.contains(&found_id), || {
        format!("{what}: must return customer {found_id}, got {ids:?}")
    })?;
    ensure(!ids.contains(&other_id), || {
        format!(
            "{what}: must not return customer {other_id} ({})",
            ctx.email("other")
        )
    })
}

/// `createdFrom`/`createdTo` accept a UNIX timestamp, `yyyy-MM-dd HH:mm:ss Z`,
/// `yyyy-MM-dd HH:mm:ss` and `yyyy-MM-dd`: a bound a day before or after the registration
/// includes the customer, one two days beyond it excludes it. The margins of days keep the
/// check true whatever time zone the store reads an offset-less date in.
pub(super) async fn created_date_formats(ctx: &EcwidCtx) -> Verdict {
    let email = ctx.email("dated");
    let id = ctx
        .create(json!({"email": email, "billingPerson": {"name": "Date Formats"}}))
        .await?;
    let registered = ctx
        .get(id)
        .await?
        .registered
        .ok_or_else(|| fail(format!("GET /customers/{id}: no `registered`")))?;
    let at = parse_response_date(&registered)
        .map_err(|e| {
            fail(format!(
                "GET /customers/{id}: `registered` {registered:?}: {e}"
            ))
        })?
        .with_timezone(&Utc);
    let forms = |t: DateTime<Utc>| {
        [
            t.timestamp().to_string(),
            format_response_date(&t.fixed_offset()),
            t.format("%Y-%m-%d %H:%M:%S").to_string(),
            t.format("%Y-%m-%d").to_string(),
        ]
    };
    let days = chrono::Duration::days;
    let bounds = [
        ("createdFrom", at - days(1), true),
        ("createdTo", at + days(1), true),
        ("createdFrom", at + days(2), false),
        ("createdTo", at - days(2), false),
    ];
    for (name, bound, includes) in bounds {
        for text in forms(bound) {
            let mut filter = CustomerFilter::default().with_email(email.clone());
            if name == "createdFrom" {
                filter.created_from = Some(text.clone());
            } else {
                filter.created_to = Some(text.clone());
            }
            let what =
                format!("GET /customers?email={email}&{name}={text} (registered {registered})");
            let found = page(&what, ctx.client().search(&filter, 0, 10).await)?
                .items
                .unwrap_or_default()
                .iter()
                .any(|c| c.id == Some(id));
            ensure(found == includes, || {
                let verb = if includes { "must" } else { "must not" };
                format!("{what}: {verb} return customer {id}")
            })?;
        }
    }
    Ok(())
}
