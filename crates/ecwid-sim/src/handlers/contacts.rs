//! The customer contact operations (`/customers/{customerId}/contacts`).

use axum::Json;
use axum::extract::State;
use ecwid_client::types::{
    Contact, ContactCreateRequest, ContactUpdateRequest, ContactsSearchResult, CreateCountResult,
    DeleteResult, UpdateResult,
};

use super::Sim;
use crate::dates;
use crate::errors::EcwidErrorAnswer;
use crate::extract::{Authorized, ContactId, CustomerId, JsonBody};

/// `searchCustomerContacts`: `{items}`, no paging.
pub(crate) async fn search_contacts(
    State(sim): Sim,
    _: Authorized,
    CustomerId(customer): CustomerId,
) -> Result<Json<ContactsSearchResult>, EcwidErrorAnswer> {
    Ok(Json(ContactsSearchResult {
        items: Some(sim.store.contacts(customer)?),
    }))
}

/// `getCustomerContact`.
pub(crate) async fn get_contact(
    State(sim): Sim,
    _: Authorized,
    CustomerId(customer): CustomerId,
    ContactId(id): ContactId,
) -> Result<Json<Contact>, EcwidErrorAnswer> {
    Ok(Json(sim.store.contact(customer, id)?))
}

/// `createCustomerContact`: `{createCount}` only, no id.
pub(crate) async fn create_contact(
    State(sim): Sim,
    _: Authorized,
    CustomerId(customer): CustomerId,
    JsonBody(request): JsonBody<ContactCreateRequest>,
) -> Result<Json<CreateCountResult>, EcwidErrorAnswer> {
    sim.store.add_contact(customer, request, dates::now())?;
    tracing::info!(customer, "customer contact created");
    Ok(Json(CreateCountResult {
        create_count: Some(1),
    }))
}

/// `updateCustomerContact`: partial.
pub(crate) async fn update_contact(
    State(sim): Sim,
    _: Authorized,
    CustomerId(customer): CustomerId,
    ContactId(id): ContactId,
    JsonBody(request): JsonBody<ContactUpdateRequest>,
) -> Result<Json<UpdateResult>, EcwidErrorAnswer> {
    sim.store
        .update_contact(customer, id, request, dates::now())?;
    tracing::info!(customer, contact = id, "customer contact updated");
    Ok(Json(UpdateResult {
        update_count: Some(1),
    }))
}

/// `deleteCustomerContact`.
pub(crate) async fn delete_contact(
    State(sim): Sim,
    _: Authorized,
    CustomerId(customer): CustomerId,
    ContactId(id): ContactId,
) -> Result<Json<DeleteResult>, EcwidErrorAnswer> {
    sim.store.delete_contact(customer, id, dates::now())?;
    tracing::info!(customer, contact = id, "customer contact deleted");
    Ok(Json(DeleteResult {
        delete_count: Some(1),
    }))
}
