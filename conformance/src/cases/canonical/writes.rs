//! Create, update and delete: what is sent is what is kept, updates are partial, deletes are
//! final, and bad bodies are refused with the error body.

use ecartapi_client::types::{
    Customer, CustomerCreateRequest, CustomerInput, CustomerUpdateRequest,
};
use reqwest::Method;
use reqwest::header::CONTENT_TYPE;
use serde_json::{Value, json};

use super::compare::{kept, same_customer};
use super::context::CanonicalCtx;
use super::created_customers::{names, plain_customer, rich_customer, shipping_address};
use super::expected_answers::{check_error_body, expect_error, expect_ok};
use super::query::Query;
use crate::case::{Failure, Verdict};
use crate::check::{ensure, expect_eq, fail, json_contains};

/// An id no store holds (the spec's ids are strings; this one is numeric, as Ecwid's are).
pub(super) const UNKNOWN_ID: &str = "999999999999";

/// `POST /customers` answers 200 `{"success": true, "customer": {...}}` with an id and every
/// field as sent.
pub(super) async fn create_echo(ctx: &CanonicalCtx) -> Verdict {
    let sent = rich_customer(ctx.run(), "echo");
    let what = "POST /api/v2/customers";
    let answer = expect_ok(
        what,
        ctx.client()
            .create_customer()
            .body(CustomerCreateRequest {
                customer: sent.clone(),
            })
            .send(),
    )
    .await?;
    ctx.remember(&answer.customer.id);
    expect_eq(&format!("{what}: `success`"), true, answer.success)?;
    if answer.customer.id.is_empty() {
        return Err(fail(format!(
            "{what}: the created customer has an empty id"
        )));
    }
    kept(
        &format!("{what}: the answer differs from what was sent at"),
        &sent,
        &answer.customer,
    )
}

/// A created customer reads back with every field as sent, addresses with country and state
/// included.
pub(super) async fn create_then_get(ctx: &CanonicalCtx) -> Verdict {
    let sent = rich_customer(ctx.run(), "kept");
    let id = ctx.create(sent.clone()).await?.id;
    let got = ctx.get(&id).await?;
    kept(
        &format!("GET /api/v2/customers/{id} after the create differs from what was sent at"),
        &sent,
        &got,
    )
}

/// Unicode (accents, CJK, emoji, quotes) is kept exactly.
pub(super) async fn create_unicode(ctx: &CanonicalCtx) -> Verdict {
    let mut sent = plain_customer(ctx.run(), "unicode");
    sent.first_name = "Zoë".into();
    sent.last_name = format!("Ñandú-Łódź 東京 {}", ctx.run());
    sent.note = Some("Ünïcödé ✓ 😀 «guillemets» \"quotes\" back\\slash".into());
    let id = ctx.create(sent.clone()).await?.id;
    let got = ctx.get(&id).await?;
    kept(
        &format!("GET /api/v2/customers/{id}: Unicode not kept at"),
        &sent,
        &got,
    )
}

/// A raw `POST /customers` with `body` and `content_type`; a customer it creates anyway is
/// deleted at the end of the run. The status and the body text.
async fn raw_create(
    ctx: &CanonicalCtx,
    body: Vec<u8>,
    content_type: &str,
) -> Result<(u16, String), Failure> {
    let response = ctx
        .request(Method::POST, "/api/v2/customers")
        .header(CONTENT_TYPE, content_type)
        .body(body)
        .send()
        .await
        .map_err(|e| {
            fail(format!(
                "POST /api/v2/customers: no answer: {}",
                super::expected_answers::error_chain(&e)
            ))
        })?;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap_or_default();
    if status == 200
        && let Some(id) = serde_json::from_str::<Value>(&text)
            .ok()
            .as_ref()
            .and_then(|v| v.pointer("/customer/id"))
            .and_then(Value::as_str)
    {
        ctx.remember(id);
    }
    Ok((status, text))
}

/// A create body missing `field` (`firstName` or `lastName`) answers 400 `BAD_REQUEST`.
async fn create_without(ctx: &CanonicalCtx, field: &str, label: &str) -> Verdict {
    let n = names(ctx.run(), label);
    let mut customer = json!({"firstName": n.first, "lastName": n.last, "email": n.email});
    if let Some(fields) = customer.as_object_mut() {
        fields.remove(field);
    }
    let body = serde_json::to_vec(&json!({ "customer": customer })).unwrap_or_default();
    let (status, text) = raw_create(ctx, body, "application/json").await?;
    check_error_body(
        &format!("POST /api/v2/customers without `{field}`"),
        status,
        &text,
        400,
        "BAD_REQUEST",
    )
    .map(drop)
}

/// A create without `firstName` answers 400 `BAD_REQUEST` with the error body.
pub(super) async fn create_requires_first_name(ctx: &CanonicalCtx) -> Verdict {
    create_without(ctx, "firstName", "nofirst").await
}

/// A create without `lastName` answers 400 `BAD_REQUEST` with the error body.
pub(super) async fn create_requires_last_name(ctx: &CanonicalCtx) -> Verdict {
    create_without(ctx, "lastName", "nolast").await
}

/// A create body that is not wrapped in `{"customer": {...}}` answers 400 `BAD_REQUEST`.
pub(super) async fn create_unwrapped(ctx: &CanonicalCtx) -> Verdict {
    let body = serde_json::to_vec(&plain_customer(ctx.run(), "unwrapped")).unwrap_or_default();
    let (status, text) = raw_create(ctx, body, "application/json").await?;
    check_error_body(
        "POST /api/v2/customers with the customer not wrapped in {\"customer\": ...}",
        status,
        &text,
        400,
        "BAD_REQUEST",
    )
    .map(drop)
}

/// A create whose body is not JSON answers 400 `BAD_REQUEST` with the error body.
pub(super) async fn create_malformed_json(ctx: &CanonicalCtx) -> Verdict {
    let body = br#"{"customer": {"firstName": "Broken", "lastName": "#.to_vec();
    let (status, text) = raw_create(ctx, body, "application/json").await?;
    check_error_body(
        "POST /api/v2/customers with a cut-off JSON body",
        status,
        &text,
        400,
        "BAD_REQUEST",
    )
    .map(drop)
}

/// A create sent as `text/plain` answers 415 `UNSUPPORTED_MEDIA_TYPE` with the error body.
pub(super) async fn create_wrong_content_type(ctx: &CanonicalCtx) -> Verdict {
    let body = serde_json::to_vec(&CustomerCreateRequest {
        customer: plain_customer(ctx.run(), "textplain"),
    })
    .unwrap_or_default();
    let (status, text) = raw_create(ctx, body, "text/plain").await?;
    check_error_body(
        "POST /api/v2/customers as text/plain",
        status,
        &text,
        415,
        "UNSUPPORTED_MEDIA_TYPE",
    )
    .map(drop)
}

/// A create body over the size limit answers 413 `PAYLOAD_TOO_LARGE` with the error body.
pub(super) async fn create_oversized(ctx: &CanonicalCtx) -> Verdict {
    let bytes = ctx.options().oversized_body_bytes;
    let mut customer = plain_customer(ctx.run(), "oversized");
    customer.note = Some("x".repeat(bytes));
    let body = serde_json::to_vec(&CustomerCreateRequest { customer }).unwrap_or_default();
    let (status, text) = raw_create(ctx, body, "application/json").await?;
    check_error_body(
        &format!("POST /api/v2/customers with a {bytes}-byte note"),
        status,
        &text,
        413,
        "PAYLOAD_TOO_LARGE",
    )
    .map(drop)
}

/// `PUT /customers/{id}` with `changes`, expecting 200; the answer's customer.
async fn update(ctx: &CanonicalCtx, id: &str, changes: CustomerInput) -> Result<Customer, Failure> {
    let what = format!("PUT /api/v2/customers/{id}");
    let answer = expect_ok(
        &what,
        ctx.client()
            .update_customer()
            .id(id)
            .body(CustomerUpdateRequest { customer: changes })
            .send(),
    )
    .await?;
    expect_eq(&format!("{what}: `success`"), true, answer.success)?;
    Ok(answer.customer)
}

/// An update that sends `note` and `email` changes those two; every other field (names, phone,
/// addresses, creation date) stays as it was.
pub(super) async fn update_partial(ctx: &CanonicalCtx) -> Verdict {
    let id = ctx.create(rich_customer(ctx.run(), "partial")).await?.id;
    let before = ctx.get(&id).await?;
    let note = format!("Changed by the update. Run {}.", ctx.run());
    let email = names(ctx.run(), "partialchanged").email;
    let changes = CustomerInput {
        note: Some(note.clone()),
        email: Some(email.clone()),
        ..CustomerInput::default()
    };
    update(ctx, &id, changes).await?;
    let after = ctx.get(&id).await?;
    let mut expected = before.clone();
    expected.note = Some(note);
    expected.email = Some(email);
    let created = |c: &Customer| c.dates.as_ref().and_then(|d| d.created_at);
    expect_eq(
        &format!("GET /api/v2/customers/{id} after the update: `dates.createdAt`"),
        created(&before),
        created(&after),
    )?;
    expected.dates = after.dates.clone();
    same_customer(
        &format!("GET /api/v2/customers/{id} after an update of note and email only"),
        &expected,
        &after,
    )
}

/// An update answers `{"success": true, "customer": {...}}` with the customer as it now reads.
pub(super) async fn update_answer(ctx: &CanonicalCtx) -> Verdict {
    let id = ctx.create(plain_customer(ctx.run(), "answer")).await?.id;
    let changes = CustomerInput {
        phone: Some("+995 555 000 111".into()),
        ..CustomerInput::default()
    };
    let answered = update(ctx, &id, changes.clone()).await?;
    kept(
        &format!("PUT /api/v2/customers/{id}: the answer differs from the change at"),
        &changes,
        &answered,
    )?;
    let read = ctx.get(&id).await?;
    same_customer(
        &format!("PUT /api/v2/customers/{id}: the answer differs from a GET after it at"),
        &read,
        &answered,
    )
}

/// An update a second after the create moves `dates.updatedAt` past `dates.createdAt`, which
/// stays as it was.
pub(super) async fn update_advances_updated_at(ctx: &CanonicalCtx) -> Verdict {
    let created = ctx.create(plain_customer(ctx.run(), "touched")).await?;
    let id = created.id;
    let (created_at, _) = super::fixture::dates(&ctx.get(&id).await?)?;
    // Ecwid keeps whole seconds: wait past the next one.
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    let changes = CustomerInput {
        note: Some(format!("Touched. Run {}.", ctx.run())),
        ..CustomerInput::default()
    };
    update(ctx, &id, changes).await?;
    let (created_after, updated_after) = super::fixture::dates(&ctx.get(&id).await?)?;
    expect_eq(
        &format!("GET /api/v2/customers/{id} after the update: `dates.createdAt`"),
        created_at,
        created_after,
    )?;
    ensure(updated_after > created_at, || {
        format!(
            "GET /api/v2/customers/{id}: created at {created_at}, updated a second later, reads \
             updatedAt {updated_after}"
        )
    })
}

/// A sent `addresses` array replaces the stored addresses whole; an empty one clears them.
pub(super) async fn update_addresses_replace(ctx: &CanonicalCtx) -> Verdict {
    let id = ctx.create(rich_customer(ctx.run(), "replace")).await?.id;
    let replacement = vec![shipping_address(ctx.run(), "Replacement")];
    let changes = CustomerInput {
        addresses: Some(replacement.clone()),
        ..CustomerInput::default()
    };
    update(ctx, &id, changes).await?;
    let after = ctx.get(&id).await?;
    let sent = serde_json::to_value(&replacement).unwrap_or_default();
    let got = serde_json::to_value(after.addresses.clone().unwrap_or_default()).unwrap_or_default();
    json_contains(&sent, &got).map_err(|difference| {
        fail(format!(
            "GET /api/v2/customers/{id} after replacing 2 addresses with 1: addresses {difference}"
        ))
    })?;
    let clear = CustomerInput {
        addresses: Some(Vec::new()),
        ..CustomerInput::default()
    };
    update(ctx, &id, clear).await?;
    let left = ctx.get(&id).await?.addresses.unwrap_or_default();
    ensure(left.is_empty(), || {
        format!(
            "GET /api/v2/customers/{id} after sending `addresses: []`: expected no addresses, got \
             {}",
            serde_json::to_string(&left).unwrap_or_default()
        )
    })
}

/// `"addresses": null` in an update means the same as leaving it out: the stored addresses stay.
pub(super) async fn update_null_addresses(ctx: &CanonicalCtx) -> Verdict {
    let id = ctx.create(rich_customer(ctx.run(), "nulladdr")).await?.id;
    let before = ctx.get(&id).await?;
    let what = format!("PUT /api/v2/customers/{id} with \"addresses\": null");
    let note = format!("Null addresses. Run {}.", ctx.run());
    let response = ctx
        .request(Method::PUT, &format!("/api/v2/customers/{id}"))
        .json(&json!({"customer": {"addresses": null, "note": note}}))
        .send()
        .await
        .map_err(|e| {
            fail(format!(
                "{what}: no answer: {}",
                super::expected_answers::error_chain(&e)
            ))
        })?;
    let status = response.status().as_u16();
    if status != 200 {
        let body = response.text().await.unwrap_or_default();
        return Err(fail(format!(
            "{what}: expected 200, got {status} {}",
            crate::check::clip(&body, 400)
        )));
    }
    let after = ctx.get(&id).await?;
    expect_eq(
        &format!("{what}: `note`"),
        Some(note.as_str()),
        after.note.as_deref(),
    )?;
    let addresses = |c: &Customer| serde_json::to_value(&c.addresses).unwrap_or_default();
    expect_eq(
        &format!("GET /api/v2/customers/{id} after {what}: addresses"),
        addresses(&before),
        addresses(&after),
    )
}

/// An update of `firstName` alone changes it and keeps `lastName` (a platform that stores one
/// full name must not lose the other half).
pub(super) async fn update_one_name(ctx: &CanonicalCtx) -> Verdict {
    let sent = plain_customer(ctx.run(), "onename");
    let id = ctx.create(sent.clone()).await?.id;
    let changes = CustomerInput {
        first_name: Some("Renamed".into()),
        ..CustomerInput::default()
    };
    update(ctx, &id, changes).await?;
    let after = ctx.get(&id).await?;
    let what = format!("GET /api/v2/customers/{id} after an update of firstName alone");
    expect_eq(
        &format!("{what}: `firstName`"),
        Some("Renamed"),
        after.first_name.as_deref(),
    )?;
    expect_eq(
        &format!("{what}: `lastName`"),
        Some(sent.last_name.as_str()),
        after.last_name.as_deref(),
    )?;
    expect_eq(
        &format!("{what}: `email`"),
        sent.email.as_deref(),
        after.email.as_deref(),
    )
}

/// An update with a field of the wrong type (`"note": 42`) answers 400 `BAD_REQUEST` and changes
/// nothing.
pub(super) async fn update_wrong_type(ctx: &CanonicalCtx) -> Verdict {
    let id = ctx.create(plain_customer(ctx.run(), "wrongtype")).await?.id;
    let before = ctx.get(&id).await?;
    let what = format!("PUT /api/v2/customers/{id} with \"note\": 42");
    let response = ctx
        .request(Method::PUT, &format!("/api/v2/customers/{id}"))
        .json(&json!({"customer": {"note": 42, "email": names(ctx.run(), "wrongtype2").email}}))
        .send()
        .await;
    super::expected_answers::expect_raw_error(&what, response, 400, "BAD_REQUEST").await?;
    let after = ctx.get(&id).await?;
    same_customer(
        &format!("GET /api/v2/customers/{id} after a refused update"),
        &before,
        &after,
    )
}

/// Updating a customer that does not exist answers 404 `NOT_FOUND` with the error body.
pub(super) async fn update_unknown(ctx: &CanonicalCtx) -> Verdict {
    let changes = CustomerUpdateRequest {
        customer: CustomerInput {
            note: Some("Nobody".into()),
            ..CustomerInput::default()
        },
    };
    expect_error(
        &format!("PUT /api/v2/customers/{UNKNOWN_ID}"),
        ctx.client()
            .update_customer()
            .id(UNKNOWN_ID)
            .body(changes)
            .send(),
        404,
        "NOT_FOUND",
    )
    .await
    .map(drop)
}

/// A delete answers `{"success": true}` (with the id when it names one), and the customer then
/// reads as 404 `NOT_FOUND`.
pub(super) async fn delete_then_get(ctx: &CanonicalCtx) -> Verdict {
    let id = ctx.create(plain_customer(ctx.run(), "gone")).await?.id;
    let what = format!("DELETE /api/v2/customers/{id}");
    let answer = expect_ok(&what, ctx.client().delete_customer().id(id.as_str()).send()).await?;
    expect_eq(&format!("{what}: `success`"), true, answer.success)?;
    if let Some(said) = &answer.id {
        expect_eq(&format!("{what}: `id`"), &id, said)?;
    }
    ctx.expect_gone(&id).await
}

/// A delete lowers `/count` by one.
pub(super) async fn delete_lowers_count(ctx: &CanonicalCtx) -> Verdict {
    let id = ctx.create(plain_customer(ctx.run(), "counted")).await?.id;
    let before = ctx.count(&Query::default()).await?;
    ctx.delete(&id).await?;
    let after = ctx.count(&Query::default()).await?;
    expect_eq(
        &format!("GET /api/v2/customers/count after deleting customer {id} (was {before})"),
        before - 1,
        after,
    )
}

/// Deleting a customer that does not exist answers 404 `NOT_FOUND` with the error body.
pub(super) async fn delete_unknown(ctx: &CanonicalCtx) -> Verdict {
    expect_error(
        &format!("DELETE /api/v2/customers/{UNKNOWN_ID}"),
        ctx.client().delete_customer().id(UNKNOWN_ID).send(),
        404,
        "NOT_FOUND",
    )
    .await
    .map(drop)
}

/// Reading a customer that does not exist answers 404 `NOT_FOUND` with the error body.
pub(super) async fn get_unknown(ctx: &CanonicalCtx) -> Verdict {
    ctx.expect_gone(UNKNOWN_ID).await
}
