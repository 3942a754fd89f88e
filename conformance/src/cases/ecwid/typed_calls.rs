//! The calls of the customer group, contact and extra field cases, through `ecwid-client`'s
//! typed methods: an answer without the count or id a case checks is already an error there,
//! naming the operation and the missing field.

use ecwid_client::types::{
    Contact, ContactCreateRequest, ContactUpdateRequest, Customer, CustomerExtraFieldDefinition,
    CustomerExtraFieldDefinitionRequest, CustomerGroup, CustomerGroupCreateRequest,
    CustomerGroupUpdateRequest, CustomerGroupsSearchResult,
};
use ecwid_client::{Error, GroupFilter};

use super::context::EcwidCtx;

/// `GET /customer_groups` with `keyword` and `customerGroupIds` when given, `offset` and `limit`.
pub(super) async fn search_groups(
    ctx: &EcwidCtx,
    keyword: Option<&str>,
    ids: &[i64],
    offset: u64,
    limit: u64,
) -> Result<CustomerGroupsSearchResult, Error> {
    let mut filter = GroupFilter::default().with_ids(ids.iter().copied());
    if let Some(keyword) = keyword {
        filter = filter.with_keyword(keyword);
    }
    ctx.client().search_groups(&filter, offset, limit).await
}

/// `GET /customer_groups/{groupId}`.
pub(super) async fn group(ctx: &EcwidCtx, id: i64) -> Result<CustomerGroup, Error> {
    ctx.client().customer_group(id).await
}

/// `POST /customer_groups`: the new group's id.
pub(super) async fn create_group(
    ctx: &EcwidCtx,
    body: CustomerGroupCreateRequest,
) -> Result<i64, Error> {
    ctx.client().create_group(&body).await
}

/// `PUT /customer_groups/{groupId}`: `updateCount`.
pub(super) async fn update_group(
    ctx: &EcwidCtx,
    id: i64,
    body: CustomerGroupUpdateRequest,
) -> Result<i64, Error> {
    ctx.client().update_group(id, &body).await
}

/// `DELETE /customer_groups/{groupId}`: `deleteCount`.
pub(super) async fn delete_group(ctx: &EcwidCtx, id: i64) -> Result<i64, Error> {
    ctx.client().delete_group(id).await
}

/// `GET /customers/{customerId}/contacts`: the items.
pub(super) async fn contacts(ctx: &EcwidCtx, customer: i64) -> Result<Vec<Contact>, Error> {
    ctx.client().contacts(customer).await
}

/// `GET /customers/{customerId}/contacts/{contactId}`.
pub(super) async fn contact(ctx: &EcwidCtx, customer: i64, id: i64) -> Result<Contact, Error> {
    ctx.client().contact(customer, id).await
}

/// `POST /customers/{customerId}/contacts`: `createCount`.
pub(super) async fn add_contact(
    ctx: &EcwidCtx,
    customer: i64,
    body: ContactCreateRequest,
) -> Result<i64, Error> {
    ctx.client().add_contact(customer, &body).await
}

/// `PUT /customers/{customerId}/contacts/{contactId}`: `updateCount`.
pub(super) async fn update_contact(
    ctx: &EcwidCtx,
    customer: i64,
    id: i64,
    body: ContactUpdateRequest,
) -> Result<i64, Error> {
    ctx.client().update_contact(customer, id, &body).await
}

/// `DELETE /customers/{customerId}/contacts/{contactId}`: `deleteCount`.
pub(super) async fn delete_contact(ctx: &EcwidCtx, customer: i64, id: i64) -> Result<i64, Error> {
    ctx.client().delete_contact(customer, id).await
}

/// `GET /store_extrafields/customers`: the items.
pub(super) async fn extra_fields(
    ctx: &EcwidCtx,
) -> Result<Vec<CustomerExtraFieldDefinition>, Error> {
    ctx.client().extra_fields().await
}

/// `GET /store_extrafields/customers/{key}`.
pub(super) async fn extra_field(
    ctx: &EcwidCtx,
    key: &str,
) -> Result<CustomerExtraFieldDefinition, Error> {
    ctx.client().extra_field(key).await
}

/// `POST /store_extrafields/customers`: `createCount` and the generated key. Through the
/// store-bound builder, not the typed method: the case checks `createCount`, which the typed
/// method (it returns the key) does not hand out.
pub(super) async fn create_extra_field(
    ctx: &EcwidCtx,
    body: CustomerExtraFieldDefinitionRequest,
) -> Result<(Option<i64>, Option<String>), Error> {
    let call = ctx.client().create_customer_extra_field().body(body);
    let answer = call.send().await?.into_inner();
    Ok((answer.create_count, answer.key))
}

/// `PUT /store_extrafields/customers/{key}`: `updateCount`.
pub(super) async fn update_extra_field(
    ctx: &EcwidCtx,
    key: &str,
    body: CustomerExtraFieldDefinitionRequest,
) -> Result<i64, Error> {
    ctx.client().update_extra_field(key, &body).await
}

/// `DELETE /store_extrafields/customers/{key}`: `deleteCount`.
pub(super) async fn delete_extra_field(ctx: &EcwidCtx, key: &str) -> Result<i64, Error> {
    ctx.client().delete_extra_field(key).await
}

/// `GET /customers/{customerId}?responseFields=...`, through the store-bound builder (the
/// typed [`customer`](ecwid_client::EcwidClient::customer) takes no `responseFields`).
pub(super) async fn customer_fields(
    ctx: &EcwidCtx,
    id: i64,
    fields: &str,
) -> Result<Customer, Error> {
    let call = ctx.client().get_customer(id).response_fields(fields);
    Ok(call.send().await?.into_inner())
}
