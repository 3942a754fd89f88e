//! The customer extra field definition operations (`/store_extrafields/customers`).

use axum::Json;
use axum::extract::State;
use ecwid_client::types::{
    CustomerExtraFieldCreateResult, CustomerExtraFieldDefinition,
    CustomerExtraFieldDefinitionRequest, CustomerExtraFieldDefinitionsResult, DeleteResult,
    UpdateResult,
};

use super::Sim;
use crate::dates;
use crate::errors::EcwidErrorAnswer;
use crate::extract::{Authorized, ExtraFieldKey, JsonBody};

/// `searchCustomerExtraFields`: `{items}`, no paging.
pub(crate) async fn search_extra_fields(
    State(sim): Sim,
    _: Authorized,
) -> Json<CustomerExtraFieldDefinitionsResult> {
    Json(CustomerExtraFieldDefinitionsResult {
        items: Some(sim.store.extra_fields()),
    })
}

/// `getCustomerExtraField`.
pub(crate) async fn get_extra_field(
    State(sim): Sim,
    _: Authorized,
    ExtraFieldKey(key): ExtraFieldKey,
) -> Result<Json<CustomerExtraFieldDefinition>, EcwidErrorAnswer> {
    Ok(Json(sim.store.extra_field(&key)?))
}

/// `createCustomerExtraField`: `{createCount, key}` with a generated key.
pub(crate) async fn create_extra_field(
    State(sim): Sim,
    _: Authorized,
    JsonBody(request): JsonBody<CustomerExtraFieldDefinitionRequest>,
) -> Result<Json<CustomerExtraFieldCreateResult>, EcwidErrorAnswer> {
    let key = sim.store.create_extra_field(request, dates::now())?;
    tracing::info!(key, "customer extra field created");
    Ok(Json(CustomerExtraFieldCreateResult {
        create_count: Some(1),
        key: Some(key),
    }))
}

/// `updateCustomerExtraField`: partial.
pub(crate) async fn update_extra_field(
    State(sim): Sim,
    _: Authorized,
    ExtraFieldKey(key): ExtraFieldKey,
    JsonBody(request): JsonBody<CustomerExtraFieldDefinitionRequest>,
) -> Result<Json<UpdateResult>, EcwidErrorAnswer> {
    sim.store.update_extra_field(&key, request, dates::now())?;
    tracing::info!(key, "customer extra field updated");
    Ok(Json(UpdateResult {
        update_count: Some(1),
    }))
}

/// `deleteCustomerExtraField`: customers keep their values.
pub(crate) async fn delete_extra_field(
    State(sim): Sim,
    _: Authorized,
    ExtraFieldKey(key): ExtraFieldKey,
) -> Result<Json<DeleteResult>, EcwidErrorAnswer> {
    sim.store.delete_extra_field(&key)?;
    tracing::info!(key, "customer extra field deleted");
    Ok(Json(DeleteResult {
        delete_count: Some(1),
    }))
}
