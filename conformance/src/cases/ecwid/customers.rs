//! One customer at a time: dates, the create-get-update-delete cycle, partial updates, deletes,
//! `responseFields`, the deleted-customers history and the token.

use ecwid_client::CustomerFilter;
use ecwid_client::dates::parse_response_date;
use ecwid_client::types::{Customer, CustomerUpdateRequest};
use serde_json::{Value, json};

use super::context::{EcwidCtx, expect_status};
use super::groups::answered;
use super::typed_calls;
use crate::case::{Failure, Verdict};
use crate::check::{ensure, expect_eq, fail};

/// An id no store holds.
const UNKNOWN_ID: i64 = 999_999_999_999;

/// `text` is exactly `yyyy-MM-dd HH:mm:ss Z` (`2021-12-21 06:05:58 +0000`).
fn is_ecwid_date(text: &str) -> bool {
    text.len() == 25 && parse_response_date(text).is_ok()
}

/// The JSON `changes` as an update body.
fn update_body(changes: Value) -> Result<CustomerUpdateRequest, Failure> {
    serde_json::from_value(changes).map_err(|e| {
        fail(format!(
            "the suite's update body does not fit the spec: {e}"
        ))
    })
}

/// `PUT /customers/{id}` with `changes`, which must answer `updateCount: 1`.
async fn update(ctx: &EcwidCtx, id: i64, changes: Value) -> Verdict {
    let what = format!("PUT /customers/{id}");
    let count = ctx
        .client()
        .update(id, &update_body(changes)?)
        .await
        .map_err(|e| fail(format!("{what}: {e}")))?;
    expect_eq(&format!("{what}: `updateCount`"), 1, count)
}

/// `DELETE /customers/{id}`: Ecwid's `deleteCount`.
async fn delete(ctx: &EcwidCtx, id: i64) -> Result<i64, Failure> {
    ctx.client()
        .delete(id)
        .await
        .map_err(|e| fail(format!("DELETE /customers/{id}: {e}")))
}

/// `registered` and `updated` of a created customer and of the first page are in Ecwid's
/// `yyyy-MM-dd HH:mm:ss Z` format.
pub(super) async fn date_format(ctx: &EcwidCtx) -> Verdict {
    let id = ctx
        .create(json!({"email": ctx.email("dates"), "billingPerson": {"name": "Dated Customer"}}))
        .await?;
    let mut customers = vec![ctx.get(id).await?];
    let page = ctx
        .client()
        .search(&CustomerFilter::default(), 0, 100)
        .await
        .map_err(|e| fail(format!("GET /customers: {e}")))?;
    customers.extend(page.items.unwrap_or_default());
    for customer in &customers {
        for (field, value) in [
            ("registered", &customer.registered),
            ("updated", &customer.updated),
        ] {
            let Some(text) = value else {
                return Err(fail(format!("customer {:?}: no `{field}`", customer.id)));
            };
            ensure(is_ecwid_date(text), || {
                format!(
                    "customer {:?}: `{field}` {text:?} is not `yyyy-MM-dd HH:mm:ss Z`",
                    customer.id
                )
            })?;
        }
    }
    Ok(())
}

/// Create answers an id, get returns what was sent, update answers `updateCount: 1` and changes
/// the field, delete answers `deleteCount: 1`, and the customer then reads as 404.
pub(super) async fn crud_cycle(ctx: &EcwidCtx) -> Verdict {
    let email = ctx.email("cycle");
    let name = format!("Cycle Conf{}", ctx.run());
    let id = ctx
        .create(json!({
            "email": email,
            "billingPerson": {"name": name, "city": "Tbilisi", "countryCode": "GE"},
            "privateAdminNotes": "created"
        }))
        .await?;
    ensure(id > 0, || {
        format!("POST /customers: id {id} is not positive")
    })?;
    let got = ctx.get(id).await?;
    let what = format!("GET /customers/{id} after the create");
    expect_eq(
        &format!("{what}: `email`"),
        Some(email.as_str()),
        got.email.as_deref(),
    )?;
    let billing = got.billing_person.clone().unwrap_or_default();
    expect_eq(
        &format!("{what}: `billingPerson.name`"),
        Some(name.as_str()),
        billing.name.as_deref(),
    )?;
    expect_eq(
        &format!("{what}: `billingPerson.city`"),
        Some("Tbilisi"),
        billing.city.as_deref(),
    )?;
    expect_eq(
        &format!("{what}: `privateAdminNotes`"),
        Some("created"),
        got.private_admin_notes.as_deref(),
    )?;
    update(ctx, id, json!({"privateAdminNotes": "updated"})).await?;
    let got = ctx.get(id).await?;
    expect_eq(
        &format!("GET /customers/{id} after the update: `privateAdminNotes`"),
        Some("updated"),
        got.private_admin_notes.as_deref(),
    )?;
    expect_eq(
        &format!("DELETE /customers/{id}: `deleteCount`"),
        1,
        delete(ctx, id).await?,
    )?;
    expect_status(
        &format!("GET /customers/{id} after the delete"),
        ctx.client().customer(id).await,
        404,
        None,
    )
}

/// An update that sends `acceptMarketing` alone keeps every other field as stored.
pub(super) async fn update_partial(ctx: &EcwidCtx) -> Verdict {
    let id = ctx
        .create(json!({
            "email": ctx.email("partial"),
            "billingPerson": {"name": "Partial Update", "phone": "+995 555 123 456", "city": "Batumi"},
            "privateAdminNotes": "keep me",
            "taxId": "GE-123",
            "acceptMarketing": false,
            "lang": "en"
        }))
        .await?;
    let before = ctx.get(id).await?;
    update(ctx, id, json!({"acceptMarketing": true})).await?;
    let after = ctx.get(id).await?;
    expect_eq(
        &format!("GET /customers/{id} after the update: `acceptMarketing`"),
        Some(true),
        after.accept_marketing,
    )?;
    let unchanged = |c: &Customer| {
        json!({
            "email": c.email, "billingPerson": c.billing_person, "notes": c.private_admin_notes,
            "taxId": c.tax_id, "lang": c.lang, "contacts": c.contacts,
            "shippingAddresses": c.shipping_addresses, "registered": c.registered
        })
    };
    expect_eq(
        &format!("GET /customers/{id}: fields the update did not send"),
        unchanged(&before),
        unchanged(&after),
    )
}

/// A sent `contacts` array replaces the stored list whole.
pub(super) async fn array_replaced(ctx: &EcwidCtx) -> Verdict {
    let id = ctx
        .create(json!({
            "email": ctx.email("contacts"),
            "billingPerson": {"name": "Contact Replace"},
            "contacts": [
                {"contact": ctx.email("contacts"), "type": "EMAIL", "default": true},
                {"contact": "+995 555 000 222", "type": "PHONE", "default": true}
            ]
        }))
        .await?;
    let page = "https://www.facebook.com/conformance_page";
    update(
        ctx,
        id,
        json!({"contacts": [{"contact": page, "handle": "conformance_page", "type": "FACEBOOK"}]}),
    )
    .await?;
    let after = ctx.get(id).await?;
    let contacts: Vec<String> = after
        .contacts
        .unwrap_or_default()
        .into_iter()
        .filter_map(|c| c.contact)
        .collect();
    expect_eq(
        &format!("GET /customers/{id} after sending one contact: contacts"),
        vec![page.to_owned()],
        contacts,
    )
}

/// Reading a customer that does not exist answers 404.
pub(super) async fn get_unknown(ctx: &EcwidCtx) -> Verdict {
    expect_status(
        &format!("GET /customers/{UNKNOWN_ID}"),
        ctx.client().customer(UNKNOWN_ID).await,
        404,
        None,
    )
}

/// A second delete of the same customer answers `deleteCount: 0`.
pub(super) async fn delete_twice(ctx: &EcwidCtx) -> Verdict {
    let id = ctx
        .create(json!({"email": ctx.email("twice"), "billingPerson": {"name": "Deleted Twice"}}))
        .await?;
    expect_eq(
        &format!("DELETE /customers/{id}: `deleteCount`"),
        1,
        delete(ctx, id).await?,
    )?;
    expect_eq(
        &format!("DELETE /customers/{id} again: `deleteCount`"),
        0,
        delete(ctx, id).await?,
    )
}

/// A wrong token answers 403 `INVALID_API_TOKEN` (not 401).
pub(super) async fn wrong_token(ctx: &EcwidCtx) -> Verdict {
    let wrong = ctx.client_with_token(&format!("secret_wrong{}", ctx.run()))?;
    expect_status(
        "GET /customers with a wrong token",
        wrong.search(&CustomerFilter::default(), 0, 1).await,
        403,
        Some("INVALID_API_TOKEN"),
    )
}

/// `GET /customers/deleted` lists a deleted customer's id with a deletion date in Ecwid's format,
/// not before the customer was registered.
pub(super) async fn deleted_history(ctx: &EcwidCtx) -> Verdict {
    let id = ctx
        .create(json!({"email": ctx.email("history"), "billingPerson": {"name": "In History"}}))
        .await?;
    let registered = ctx
        .get(id)
        .await?
        .registered
        .ok_or_else(|| fail(format!("GET /customers/{id}: no `registered`")))?;
    expect_eq(
        &format!("DELETE /customers/{id}: `deleteCount`"),
        1,
        delete(ctx, id).await?,
    )?;
    let mut offset = 0u64;
    for _ in 0..ctx.options().max_pages {
        let what = format!("GET /customers/deleted?from_date={registered}&offset={offset}");
        let page = ctx
            .client()
            .search_deleted_customers()
            .from_date(registered.as_str())
            .offset(offset)
            .limit(100u64)
            .send()
            .await
            .map_err(|e| fail(format!("{what}: {}", ecwid_client::Error::from(e))))?
            .into_inner();
        let items = page.items.unwrap_or_default();
        if let Some(entry) = items.iter().find(|entry| entry.id == Some(id)) {
            let date = entry.date.as_deref().unwrap_or_default();
            ensure(is_ecwid_date(date), || {
                format!(
                    "{what}: deleted customer {id} has date {date:?}, not `yyyy-MM-dd HH:mm:ss Z`"
                )
            })?;
            let parse = |t: &str| parse_response_date(t).ok();
            return ensure(parse(date) >= parse(&registered), || {
                format!(
                    "{what}: customer {id} deleted at {date}, before it was registered at {registered}"
                )
            });
        }
        let total = page.total.unwrap_or(0);
        offset += items.len() as u64;
        if items.is_empty() || offset >= u64::try_from(total).unwrap_or(0) {
            return Err(fail(format!(
                "{what}: customer {id} was deleted but is not among the {total} deleted customers \
                 listed"
            )));
        }
    }
    Err(fail(format!(
        "GET /customers/deleted: still more pages after {}",
        ctx.options().max_pages
    )))
}

/// The token as a `?token=` query parameter instead of the header answers 403
/// `INVALID_API_TOKEN`: that way was disabled in March 2025.
pub(super) async fn query_token_refused(ctx: &EcwidCtx) -> Verdict {
    let what = "GET /customers?token=<the right token> without Authorization";
    let response = ctx
        .get_without_header("/customers", &[("token", ctx.token()), ("limit", "1")])
        .send()
        .await
        .map_err(|e| fail(format!("{what}: no answer: {e}")))?;
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or_default();
    let code = body.get("errorCode").and_then(Value::as_str);
    ensure(status == 403 && code == Some("INVALID_API_TOKEN"), || {
        format!("{what}: expected 403 INVALID_API_TOKEN, got {status} {body}")
    })
}

/// `GET /customers/{id}?responseFields=email,billingPerson(name)` keeps those and strips the
/// rest, `id` included.
pub(super) async fn response_fields(ctx: &EcwidCtx) -> Verdict {
    let email = ctx.email("fields");
    let customer = ctx
        .create(json!({
            "email": email,
            "billingPerson": {"name": "Response Fields", "city": "Kutaisi"},
            "privateAdminNotes": "not asked for"
        }))
        .await?;
    let what = format!("GET /customers/{customer}?responseFields=email,billingPerson(name)");
    let got = answered(
        &what,
        typed_calls::customer_fields(ctx, customer, "email,billingPerson(name)").await,
    )?;
    expect_eq(
        &what,
        json!({"email": email, "billingPerson": {"name": "Response Fields"}}),
        json!(got),
    )
}
