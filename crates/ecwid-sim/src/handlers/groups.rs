//! The customer group operations (`/customer_groups`); each answers 402 first when the store's
//! plan lacks customer groups.

use axum::Json;
use axum::extract::State;
use axum::response::Response;
use ecwid_client::types::{
    CustomerGroupCreateRequest, CustomerGroupCreateResult, CustomerGroupUpdateRequest,
    DeleteResult, UpdateResult,
};

use super::Sim;
use crate::errors::EcwidErrorAnswer;
use crate::extract::{Authorized, GroupId, GroupsOnPlan, JsonBody, QueryParams};
use crate::groups::GroupSearch;
use crate::response_fields::selected;

/// `searchCustomerGroups`.
pub(crate) async fn search_groups(
    State(sim): Sim,
    _: Authorized,
    _: GroupsOnPlan,
    QueryParams(params): QueryParams,
) -> Result<Response, EcwidErrorAnswer> {
    let search = GroupSearch::parse(&params)?;
    selected(&sim.store.search_groups(&search), &params)
}

/// `getCustomerGroup`.
pub(crate) async fn get_group(
    State(sim): Sim,
    _: Authorized,
    _: GroupsOnPlan,
    GroupId(id): GroupId,
    QueryParams(params): QueryParams,
) -> Result<Response, EcwidErrorAnswer> {
    let group = sim
        .store
        .group(id)
        .ok_or(EcwidErrorAnswer::GroupNotFound(id))?;
    selected(&group, &params)
}

/// `createCustomerGroup`.
pub(crate) async fn create_group(
    State(sim): Sim,
    _: Authorized,
    _: GroupsOnPlan,
    JsonBody(request): JsonBody<CustomerGroupCreateRequest>,
) -> Result<Json<CustomerGroupCreateResult>, EcwidErrorAnswer> {
    let id = sim.store.create_group(request)?;
    tracing::info!(group = id, "customer group created");
    Ok(Json(CustomerGroupCreateResult { id: Some(id) }))
}

/// `updateCustomerGroup`.
pub(crate) async fn update_group(
    State(sim): Sim,
    _: Authorized,
    _: GroupsOnPlan,
    GroupId(id): GroupId,
    JsonBody(request): JsonBody<CustomerGroupUpdateRequest>,
) -> Result<Json<UpdateResult>, EcwidErrorAnswer> {
    sim.store.update_group(id, request)?;
    tracing::info!(group = id, "customer group updated");
    Ok(Json(UpdateResult {
        update_count: Some(1),
    }))
}

/// `deleteCustomerGroup`: its customers move to General.
pub(crate) async fn delete_group(
    State(sim): Sim,
    _: Authorized,
    _: GroupsOnPlan,
    GroupId(id): GroupId,
) -> Result<Json<DeleteResult>, EcwidErrorAnswer> {
    sim.store.delete_group(id)?;
    tracing::info!(group = id, "customer group deleted");
    Ok(Json(DeleteResult {
        delete_count: Some(1),
    }))
}
