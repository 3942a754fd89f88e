//! Customer groups: General first and counted, the filters, the create-get-update-delete cycle,
//! and a deleted group's customers moving to General.

use ecwid_client::types::{CustomerGroupCreateRequest, CustomerGroupUpdateRequest};
use serde_json::json;

use super::context::{EcwidCtx, expect_status};
use super::typed_calls;
use crate::case::{Failure, Verdict};
use crate::check::{ensure, expect_eq, fail};

/// An id no store gives a group.
const UNKNOWN_GROUP: i64 = 999_999_999_999;

/// `result`, or a failure naming `what` and the error.
pub(super) fn answered<T>(
    what: &str,
    result: Result<T, ecwid_client::Error>,
) -> Result<T, Failure> {
    result.map_err(|e| fail(format!("{what}: {e}")))
}

/// Create a group of this run named `<label> Conf<run>`; its id.
async fn create(ctx: &EcwidCtx, label: &str) -> Result<(i64, String), Failure> {
    let name = format!("{label} Conf{}", ctx.run());
    let body = CustomerGroupCreateRequest {
        name: name.clone(),
        external_reference_id: Some(format!("conf-{}-{label}", ctx.run())),
    };
    let id = answered(
        "POST /customer_groups",
        typed_calls::create_group(ctx, body).await,
    )?;
    ctx.created_group(id);
    ensure(id > 0, || {
        format!("POST /customer_groups: id {id} is not positive")
    })?;
    Ok((id, name))
}

/// General (id 0) is the first item of the first page, counted in `total`; walking pages of 2
/// meets it once and meets `total` groups.
pub(super) async fn general_first(ctx: &EcwidCtx) -> Verdict {
    create(ctx, "Paged").await?;
    let mut met = Vec::new();
    let mut total = None;
    for _ in 0..ctx.options().max_pages {
        let offset = met.len() as u64;
        let what = format!("GET /customer_groups?offset={offset}&limit=2");
        let page = answered(
            &what,
            typed_calls::search_groups(ctx, None, &[], offset, 2).await,
        )?;
        let items = page.items.unwrap_or_default();
        if offset == 0 {
            expect_eq(
                &format!("{what}: the first item's id"),
                Some(0),
                items.first().and_then(|g| g.id),
            )?;
        }
        expect_eq(
            &format!("{what}: `count`"),
            Some(items.len() as i64),
            page.count,
        )?;
        total = page.total;
        met.extend(items.into_iter().filter_map(|g| g.id));
        if page.count.unwrap_or(0) == 0 || met.len() as i64 >= page.total.unwrap_or(0) {
            break;
        }
    }
    expect_eq(
        "GET /customer_groups: groups met walking every page versus `total`",
        Some(met.len() as i64),
        total,
    )?;
    expect_eq(
        "GET /customer_groups: times General (id 0) was met walking every page",
        1,
        met.iter().filter(|id| **id == 0).count(),
    )
}

/// `keyword` finds the run's group and not General; `customerGroupIds` returns exactly the ids
/// asked for.
pub(super) async fn filters(ctx: &EcwidCtx) -> Verdict {
    let (alpha, name) = create(ctx, "Alpha").await?;
    let (bravo, _) = create(ctx, "Bravo").await?;
    let what = format!("GET /customer_groups?keyword={name}");
    let page = answered(
        &what,
        typed_calls::search_groups(ctx, Some(&name), &[], 0, 100).await,
    )?;
    let ids: Vec<i64> = page
        .items
        .unwrap_or_default()
        .iter()
        .filter_map(|g| g.id)
        .collect();
    expect_eq(&what, vec![alpha], ids)?;
    let what = format!("GET /customer_groups?customerGroupIds=0,{bravo}");
    let page = answered(
        &what,
        typed_calls::search_groups(ctx, None, &[0, bravo], 0, 100).await,
    )?;
    let ids: Vec<i64> = page
        .items
        .unwrap_or_default()
        .iter()
        .filter_map(|g| g.id)
        .collect();
    expect_eq(&what, vec![0, bravo], ids)?;
    expect_eq(&format!("{what}: `total`"), Some(2), page.total)
}

/// Create answers an id, get returns what was sent, update answers `updateCount: 1` and keeps
/// what it did not send, delete answers `deleteCount: 1`, then the group reads as 404.
pub(super) async fn crud_cycle(ctx: &EcwidCtx) -> Verdict {
    let (id, name) = create(ctx, "Cycle").await?;
    let what = format!("GET /customer_groups/{id}");
    let got = answered(&what, typed_calls::group(ctx, id).await)?;
    expect_eq(
        &format!("{what}: `name`"),
        Some(name.as_str()),
        got.name.as_deref(),
    )?;
    let external = format!("conf-{}-Cycle", ctx.run());
    expect_eq(
        &format!("{what}: `externalReferenceId`"),
        Some(external.as_str()),
        got.external_reference_id.as_deref(),
    )?;
    let renamed = format!("Renamed Conf{}", ctx.run());
    let body = CustomerGroupUpdateRequest {
        name: Some(renamed.clone()),
        external_reference_id: None,
    };
    let count = answered(
        &format!("PUT {what}"),
        typed_calls::update_group(ctx, id, body).await,
    )?;
    expect_eq(&format!("PUT {what}: `updateCount`"), 1, count)?;
    let got = answered(&what, typed_calls::group(ctx, id).await)?;
    expect_eq(
        &format!("{what} after renaming it"),
        json!({"id": id, "name": renamed, "externalReferenceId": external}),
        json!(got),
    )?;
    let count = answered(
        &format!("DELETE {what}"),
        typed_calls::delete_group(ctx, id).await,
    )?;
    expect_eq(&format!("DELETE {what}: `deleteCount`"), 1, count)?;
    expect_status(
        &format!("{what} after the delete"),
        typed_calls::group(ctx, id).await,
        404,
        None,
    )
}

/// General reads by id 0 with its name.
pub(super) async fn general_read(ctx: &EcwidCtx) -> Verdict {
    let got = answered("GET /customer_groups/0", typed_calls::group(ctx, 0).await)?;
    expect_eq(
        "GET /customer_groups/0: `name`",
        Some("General"),
        got.name.as_deref(),
    )
}

/// An unknown group answers 404 on get.
pub(super) async fn unknown(ctx: &EcwidCtx) -> Verdict {
    expect_status(
        &format!("GET /customer_groups/{UNKNOWN_GROUP}"),
        typed_calls::group(ctx, UNKNOWN_GROUP).await,
        404,
        None,
    )
}

/// A customer of a deleted group is then in General: `customerGroupId` 0, `customerGroupName`
/// "General".
pub(super) async fn delete_moves_customers(ctx: &EcwidCtx) -> Verdict {
    let (group, name) = create(ctx, "Doomed").await?;
    let customer = ctx
        .create(json!({
            "email": ctx.email("grouped"),
            "billingPerson": {"name": "Grouped Customer"},
            "customerGroupId": group
        }))
        .await?;
    let before = ctx.get(customer).await?;
    expect_eq(
        &format!(
            "GET /customers/{customer}: `customerGroupName` of a customer put in group {group}"
        ),
        Some(name.as_str()),
        before.customer_group_name.as_deref(),
    )?;
    let count = answered(
        &format!("DELETE /customer_groups/{group}"),
        typed_calls::delete_group(ctx, group).await,
    )?;
    expect_eq(
        &format!("DELETE /customer_groups/{group}: `deleteCount`"),
        1,
        count,
    )?;
    let after = ctx.get(customer).await?;
    let what = format!("GET /customers/{customer} after deleting its group");
    expect_eq(
        &format!("{what}: (`customerGroupId`, `customerGroupName`)"),
        (Some(0), Some("General")),
        (
            after.customer_group_id,
            after.customer_group_name.as_deref(),
        ),
    )
}
