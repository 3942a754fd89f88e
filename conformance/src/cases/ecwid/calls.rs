//! The calls of the customer group, contact and extra field cases, through the generated
//! client's builders (`EcwidClient::raw()`): one place to switch when `ecwid-client` offers typed
//! methods for them.

use ecwid_client::Error;
use ecwid_client::types::{
    Contact, ContactCreateRequest, ContactUpdateRequest, Customer, CustomerExtraFieldDefinition,
    CustomerExtraFieldDefinitionRequest, CustomerGroup, CustomerGroupCreateRequest,
    CustomerGroupUpdateRequest, CustomerGroupsSearchResult,
};

use super::context::EcwidCtx;

/// `GET /customer_groups` with `keyword`, `customerGroupIds`, `offset` and `limit` when given.
pub(super) async fn search_groups(
    ctx: &EcwidCtx,
    keyword: Option<&str>,
    ids: Option<&str>,
    offset: u64,
    limit: u64,
) -> Result<CustomerGroupsSearchResult, Error> {
    let mut call = ctx
        .client()
        .raw()
        .search_customer_groups()
        .store_id(ctx.store_id())
        .offset(offset)
        .limit(limit);
    if let Some(keyword) = keyword {
        call = call.keyword(keyword);
    }
    if let Some(ids) = ids {
        call = call.customer_group_ids(ids);
    }
    Ok(call.send().await?.into_inner())
}

/// `GET /customer_groups/{groupId}`.
pub(super) async fn group(ctx: &EcwidCtx, id: i64) -> Result<CustomerGroup, Error> {
    let call = ctx.client().raw().get_customer_group();
    Ok(call
        .store_id(ctx.store_id())
        .group_id(id)
        .send()
        .await?
        .into_inner())
}

/// `POST /customer_groups`: the new group's id (the answer must carry one).
pub(super) async fn create_group(
    ctx: &EcwidCtx,
    body: CustomerGroupCreateRequest,
) -> Result<Option<i64>, Error> {
    let call = ctx.client().raw().create_customer_group();
    Ok(call
        .store_id(ctx.store_id())
        .body(body)
        .send()
        .await?
        .into_inner()
        .id)
}

/// `PUT /customer_groups/{groupId}`: `updateCount`.
pub(super) async fn update_group(
    ctx: &EcwidCtx,
    id: i64,
    body: CustomerGroupUpdateRequest,
) -> Result<Option<i64>, Error> {
    let call = ctx.client().raw().update_customer_group();
    Ok(call
        .store_id(ctx.store_id())
        .group_id(id)
        .body(body)
        .send()
        .await?
        .into_inner()
        .update_count)
}

/// `DELETE /customer_groups/{groupId}`: `deleteCount`.
pub(super) async fn delete_group(ctx: &EcwidCtx, id: i64) -> Result<Option<i64>, Error> {
    let call = ctx.client().raw().delete_customer_group();
    Ok(call
        .store_id(ctx.store_id())
        .group_id(id)
        .send()
        .await?
        .into_inner()
        .delete_count)
}

/// `GET /customers/{customerId}/contacts`: the items.
pub(super) async fn contacts(ctx: &EcwidCtx, customer: i64) -> Result<Vec<Contact>, Error> {
    let call = ctx.client().raw().search_customer_contacts();
    Ok(call
        .store_id(ctx.store_id())
        .customer_id(customer)
        .send()
        .await?
        .into_inner()
        .items
        .unwrap_or_default())
}

/// `GET /customers/{customerId}/contacts/{contactId}`.
pub(super) async fn contact(ctx: &EcwidCtx, customer: i64, id: i64) -> Result<Contact, Error> {
    let call = ctx.client().raw().get_customer_contact();
    Ok(call
        .store_id(ctx.store_id())
        .customer_id(customer)
        .contact_id(id)
        .send()
        .await?
        .into_inner())
}

/// `POST /customers/{customerId}/contacts`: `createCount`.
pub(super) async fn add_contact(
    ctx: &EcwidCtx,
    customer: i64,
    body: ContactCreateRequest,
) -> Result<Option<i64>, Error> {
    let call = ctx.client().raw().create_customer_contact();
    Ok(call
        .store_id(ctx.store_id())
        .customer_id(customer)
        .body(body)
        .send()
        .await?
        .into_inner()
        .create_count)
}

/// `PUT /customers/{customerId}/contacts/{contactId}`: `updateCount`.
pub(super) async fn update_contact(
    ctx: &EcwidCtx,
    customer: i64,
    id: i64,
    body: ContactUpdateRequest,
) -> Result<Option<i64>, Error> {
    let call = ctx.client().raw().update_customer_contact();
    Ok(call
        .store_id(ctx.store_id())
        .customer_id(customer)
        .contact_id(id)
        .body(body)
        .send()
        .await?
        .into_inner()
        .update_count)
}

/// `DELETE /customers/{customerId}/contacts/{contactId}`: `deleteCount`.
pub(super) async fn delete_contact(
    ctx: &EcwidCtx,
    customer: i64,
    id: i64,
) -> Result<Option<i64>, Error> {
    let call = ctx.client().raw().delete_customer_contact();
    Ok(call
        .store_id(ctx.store_id())
        .customer_id(customer)
        .contact_id(id)
        .send()
        .await?
        .into_inner()
        .delete_count)
}

/// `GET /store_extrafields/customers`: the items.
pub(super) async fn extra_fields(
    ctx: &EcwidCtx,
) -> Result<Vec<CustomerExtraFieldDefinition>, Error> {
    let call = ctx.client().raw().search_customer_extra_fields();
    Ok(call
        .store_id(ctx.store_id())
        .send()
        .await?
        .into_inner()
        .items
        .unwrap_or_default())
}

/// `GET /store_extrafields/customers/{key}`.
pub(super) async fn extra_field(
    ctx: &EcwidCtx,
    key: &str,
) -> Result<CustomerExtraFieldDefinition, Error> {
    let call = ctx.client().raw().get_customer_extra_field();
    Ok(call
        .store_id(ctx.store_id())
        .extrafield_key(key)
        .send()
        .await?
        .into_inner())
}

/// `POST /store_extrafields/customers`: `createCount` and the generated key.
pub(super) async fn create_extra_field(
    ctx: &EcwidCtx,
    body: CustomerExtraFieldDefinitionRequest,
) -> Result<(Option<i64>, Option<String>), Error> {
    let call = ctx.client().raw().create_customer_extra_field();
    let answer = call
        .store_id(ctx.store_id())
        .body(body)
        .send()
        .await?
        .into_inner();
    Ok((answer.create_count, answer.key))
}

/// `PUT /store_extrafields/customers/{key}`: `updateCount`.
pub(super) async fn update_extra_field(
    ctx: &EcwidCtx,
    key: &str,
    body: CustomerExtraFieldDefinitionRequest,
) -> Result<Option<i64>, Error> {
    let call = ctx.client().raw().update_customer_extra_field();
    Ok(call
        .store_id(ctx.store_id())
        .extrafield_key(key)
        .body(body)
        .send()
        .await?
        .into_inner()
        .update_count)
}

/// `DELETE /store_extrafields/customers/{key}`: `deleteCount`.
pub(super) async fn delete_extra_field(ctx: &EcwidCtx, key: &str) -> Result<Option<i64>, Error> {
    let call = ctx.client().raw().delete_customer_extra_field();
    Ok(call
        .store_id(ctx.store_id())
        .extrafield_key(key)
        .send()
        .await?
        .into_inner()
        .delete_count)
}

/// `GET /customers/{customerId}?responseFields=...`.
pub(super) async fn customer_fields(
    ctx: &EcwidCtx,
    id: i64,
    fields: &str,
) -> Result<Customer, Error> {
    let call = ctx.client().raw().get_customer();
    Ok(call
        .store_id(ctx.store_id())
        .customer_id(id)
        .response_fields(fields)
        .send()
        .await?
        .into_inner())
}
