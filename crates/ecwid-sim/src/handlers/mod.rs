//! One handler per operation of `specs/ecwid/customers.yaml`, plus the 404 and 405 fallbacks:
//! the customer operations here, the other families in their own modules.

mod contacts;
mod extra_fields;
mod groups;

pub(crate) use contacts::*;
pub(crate) use extra_fields::*;
pub(crate) use groups::*;

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::{Method, Uri};
use axum::response::{IntoResponse, Response};
use ecwid_client::types::{
    CustomerCreateRequest, CustomerCreateResult, CustomerUpdateRequest, DeleteResult,
    DeletedCustomersSearchResult, UpdateResult,
};

use crate::config::BrokenRule;
use crate::customer_writes::validate_email;
use crate::dates;
use crate::errors::EcwidErrorAnswer;
use crate::extract::{Authorized, CustomerId, JsonBody, QueryParams};
use crate::response_fields::selected;
use crate::search::CustomerSearch;
use crate::server::SimState;

type Sim = State<Arc<SimState>>;

/// `searchCustomers`.
pub(crate) async fn search_customers(
    State(sim): Sim,
    _: Authorized,
    QueryParams(params): QueryParams,
) -> Result<Response, EcwidErrorAnswer> {
    let search = CustomerSearch::parse(&params)?;
    let result = search.run(&sim.store);
    let Some(fields) = search.fields() else {
        return Ok(Json(result).into_response());
    };
    if let Some(pruned) = fields.prune(&result) {
        return Ok(Json(pruned).into_response());
    }
    let mut value = serde_json::to_value(&result).map_err(|_| EcwidErrorAnswer::Internal)?;
    fields.apply(&mut value);
    Ok(Json(value).into_response())
}

/// `getCustomer`, with `responseFields`.
pub(crate) async fn get_customer(
    State(sim): Sim,
    _: Authorized,
    CustomerId(id): CustomerId,
    QueryParams(params): QueryParams,
) -> Result<Response, EcwidErrorAnswer> {
    let record = sim
        .store
        .get_record(id)
        .ok_or(EcwidErrorAnswer::CustomerNotFound(id))?;
    if sim.config.breaks(BrokenRule::CustomerResponseFieldsIgnored) {
        return Ok(Json(&record.customer).into_response());
    }
    selected(&record.customer, &params)
}

/// `createCustomer`.
pub(crate) async fn create_customer(
    State(sim): Sim,
    _: Authorized,
    JsonBody(request): JsonBody<CustomerCreateRequest>,
) -> Result<Json<CustomerCreateResult>, EcwidErrorAnswer> {
    validate_email(&request.email)?;
    let id = sim.store.create(request, dates::now())?;
    tracing::info!(customer = id, "customer created");
    Ok(Json(CustomerCreateResult { id: Some(id) }))
}

/// `updateCustomer`.
pub(crate) async fn update_customer(
    State(sim): Sim,
    _: Authorized,
    CustomerId(id): CustomerId,
    JsonBody(request): JsonBody<CustomerUpdateRequest>,
) -> Result<Json<UpdateResult>, EcwidErrorAnswer> {
    if let Some(email) = &request.email {
        validate_email(email)?;
    }
    sim.store.update(id, request, dates::now())?;
    tracing::info!(customer = id, "customer updated");
    Ok(Json(UpdateResult {
        update_count: Some(1),
    }))
}

/// `deleteCustomer`: `deleteCount` 0 when there was no such customer.
pub(crate) async fn delete_customer(
    State(sim): Sim,
    _: Authorized,
    CustomerId(id): CustomerId,
) -> Json<DeleteResult> {
    let deleted = sim.store.delete(id, dates::now());
    tracing::info!(customer = id, deleted, "customer delete");
    Json(DeleteResult {
        delete_count: Some(i64::from(deleted)),
    })
}

/// `searchDeletedCustomers`: `from_date`/`to_date` bound the deletion date, inclusive;
/// `responseFields`.
pub(crate) async fn search_deleted_customers(
    State(sim): Sim,
    _: Authorized,
    QueryParams(params): QueryParams,
) -> Result<Response, EcwidErrorAnswer> {
    let from = params.date("from_date")?;
    let to = params.date("to_date")?;
    let page = params.page()?;
    let (total, items) = sim.store.with_deleted(|deleted| {
        let mut total = 0usize;
        let wanted = page.range(usize::MAX);
        let mut items = Vec::new();
        for entry in deleted {
            let at = entry.date.as_deref().and_then(dates::parse_stored);
            let inside =
                at.is_some_and(|at| from.is_none_or(|f| at >= f) && to.is_none_or(|t| at <= t));
            if inside {
                if wanted.contains(&total) {
                    items.push(entry.clone());
                }
                total += 1;
            }
        }
        (total, items)
    });
    let result = DeletedCustomersSearchResult {
        total: Some(total as i64),
        count: Some(items.len() as i64),
        offset: Some(i64::try_from(page.offset).unwrap_or(i64::MAX)),
        limit: Some(page.limit as i64),
        items: Some(items),
    };
    selected(&result, &params)
}

/// Any path no operation serves.
pub(crate) async fn unknown_path(uri: Uri) -> EcwidErrorAnswer {
    EcwidErrorAnswer::UnknownPath(uri.path().to_owned())
}

/// A method the path does not serve; axum adds the `Allow` header to this response.
pub(crate) async fn method_not_allowed(method: Method) -> EcwidErrorAnswer {
    EcwidErrorAnswer::MethodNotAllowed(method.to_string())
}
