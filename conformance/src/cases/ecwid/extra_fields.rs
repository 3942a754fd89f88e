//! Customer extra fields: the definition cycle, customer values for defined keys only, values
//! kept when a definition is deleted.

use ecwid_client::types::{CustomerExtraFieldDefinitionRequest, ExtraFieldType};
use serde_json::json;

use super::context::{EcwidCtx, expect_status};
use super::groups::answered;
use super::typed_calls;
use crate::case::{Failure, Verdict};
use crate::check::{ensure, expect_eq, fail};

/// Define a field of this run titled `<label> Conf<run>`; its key.
async fn define(ctx: &EcwidCtx, label: &str) -> Result<String, Failure> {
    let body = CustomerExtraFieldDefinitionRequest {
        title: Some(format!("{label} Conf{}", ctx.run())),
        type_: Some(ExtraFieldType("TEXT".into())),
        shown_on_order_details: Some(true),
    };
    let what = "POST /store_extrafields/customers";
    let (count, key) = answered(what, typed_calls::create_extra_field(ctx, body).await)?;
    let key = key.ok_or_else(|| fail(format!("{what}: no `key` in the answer")))?;
    ctx.created_extra_field(&key);
    expect_eq(&format!("{what}: `createCount`"), Some(1), count)?;
    ensure(!key.is_empty(), || format!("{what}: an empty `key`"))?;
    Ok(key)
}

/// A customer of this run holding `value` for `key`; its id.
async fn customer_with(
    ctx: &EcwidCtx,
    label: &str,
    key: &str,
    value: &str,
) -> Result<i64, Failure> {
    ctx.create(json!({
        "email": ctx.email(label),
        "billingPerson": {"name": "Extra Fields"},
        "extrafields": [{"key": key, "value": value}]
    }))
    .await
}

async fn value_of(ctx: &EcwidCtx, customer: i64, key: &str) -> Result<Option<String>, Failure> {
    Ok(ctx
        .get(customer)
        .await?
        .extrafields
        .unwrap_or_default()
        .into_iter()
        .find(|v| v.key.as_deref() == Some(key))
        .and_then(|v| v.value))
}

/// Create answers `createCount: 1` and a key; the field is listed and read by key; an update of
/// the title keeps the rest; delete answers `deleteCount: 1`, then the key reads as 404.
pub(super) async fn crud_cycle(ctx: &EcwidCtx) -> Verdict {
    let key = define(ctx, "Cycle").await?;
    let listed = answered(
        "GET /store_extrafields/customers",
        typed_calls::extra_fields(ctx).await,
    )?;
    ensure(
        listed
            .iter()
            .any(|f| f.key.as_deref() == Some(key.as_str())),
        || format!("GET /store_extrafields/customers: the new key {key} is not listed"),
    )?;
    let path = format!("/store_extrafields/customers/{key}");
    let got = answered(
        &format!("GET {path}"),
        typed_calls::extra_field(ctx, &key).await,
    )?;
    let title = format!("Cycle Conf{}", ctx.run());
    expect_eq(
        &format!("GET {path}: `title`"),
        Some(title.as_str()),
        got.title.as_deref(),
    )?;
    let body = CustomerExtraFieldDefinitionRequest {
        title: Some(format!("Renamed Conf{}", ctx.run())),
        ..CustomerExtraFieldDefinitionRequest::default()
    };
    let count = answered(
        &format!("PUT {path}"),
        typed_calls::update_extra_field(ctx, &key, body.clone()).await,
    )?;
    expect_eq(&format!("PUT {path}: `updateCount`"), 1, count)?;
    let after = answered(
        &format!("GET {path}"),
        typed_calls::extra_field(ctx, &key).await,
    )?;
    expect_eq(
        &format!("GET {path} after a PUT of `title` alone: (`type`, `shownOnOrderDetails`)"),
        (got.type_.clone(), got.shown_on_order_details),
        (after.type_.clone(), after.shown_on_order_details),
    )?;
    expect_eq(&format!("GET {path}: `title`"), body.title, after.title)?;
    let count = answered(
        &format!("DELETE {path}"),
        typed_calls::delete_extra_field(ctx, &key).await,
    )?;
    expect_eq(&format!("DELETE {path}: `deleteCount`"), 1, count)?;
    expect_status(
        &format!("GET {path} after the delete"),
        typed_calls::extra_field(ctx, &key).await,
        404,
        None,
    )
}

/// A customer written with a value for a defined key reads back with it.
pub(super) async fn customer_values(ctx: &EcwidCtx) -> Verdict {
    let key = define(ctx, "Card").await?;
    let customer = customer_with(ctx, "extravalue", &key, "A-1024").await?;
    expect_eq(
        &format!("GET /customers/{customer}: the value of extra field {key}"),
        Some("A-1024".to_owned()),
        value_of(ctx, customer, &key).await?,
    )
}

/// A customer write naming a key the store does not define answers 400.
pub(super) async fn undefined_key_refused(ctx: &EcwidCtx) -> Verdict {
    let key = format!("undefined{}", ctx.run());
    let body = json!({
        "email": ctx.email("undefinedkey"),
        "extrafields": [{"key": key, "value": "x"}]
    });
    let request = serde_json::from_value(body).map_err(|e| {
        fail(format!(
            "the suite's create body does not fit the spec: {e}"
        ))
    })?;
    let answer = ctx.client().create(&request).await;
    if let Ok(id) = &answer {
        ctx.created_customer(*id);
    }
    expect_status(
        &format!(
            "POST /customers with a value for extra field {key}, which the store does not define"
        ),
        answer,
        400,
        Some("WRONG_PARAMETER"),
    )
}

/// Deleting a definition leaves the values customers hold for it.
pub(super) async fn delete_keeps_values(ctx: &EcwidCtx) -> Verdict {
    let key = define(ctx, "Kept").await?;
    let customer = customer_with(ctx, "extrakept", &key, "stays").await?;
    let what = format!("DELETE /store_extrafields/customers/{key}");
    answered(&what, typed_calls::delete_extra_field(ctx, &key).await)?;
    expect_eq(
        &format!("GET /customers/{customer} after {what}: the value of {key}"),
        Some("stays".to_owned()),
        value_of(ctx, customer, &key).await?,
    )
}
