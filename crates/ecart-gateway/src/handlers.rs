//! One handler per operation of the canonical spec.

use std::sync::Arc;

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, Method, Uri};
use axum::response::{IntoResponse, Response};
use ecartapi_client::types::{
    Customer, CustomerCountResponse, CustomerCreate, CustomerCreateRequest, CustomerDeleteResponse,
    CustomerResponse, CustomerUpdateRequest,
};
use ecwid_client::types::CustomerUpdateRequest as EcwidUpdate;
use ecwid_mapping::{canonical_to_ecwid_create, canonical_to_ecwid_update, ecwid_to_canonical};

use crate::config::GatewayConfig;
use crate::errors::{CanonicalError, Code};
use crate::extract::{CustomerPath, JsonBody};
use crate::filters::{Filters, ListQuery, Query};
use crate::listing::{self, upstream};

/// The response header of a list that counts the Ecwid customers left out because they cannot
/// be converted (each is logged with its id and the JSON path of the bad value). With `ids` or
/// `sinceId` it counts over every matching customer, not only the page's.
pub const SKIPPED_HEADER: &str = "x-ecart-skipped-customers";

type Shared = State<Arc<GatewayConfig>>;

/// The JSON of the spec's `CustomerListResponse`, its customers mapped straight to JSON text
/// where they can be (the conformance suite reads every list through the generated type).
#[derive(serde::Serialize)]
struct ListBody {
    customers: Vec<listing::ListedCustomer>,
    success: bool,
}

/// `GET /api/v2/customers`.
pub(crate) async fn list_customers(
    State(config): Shared,
    RawQuery(raw): RawQuery,
) -> Result<Response, CanonicalError> {
    let query = ListQuery::parse(&Query::new(raw.as_deref()), &config)?;
    let listed = listing::list(&config, &query).await?;
    let skipped = listed.skipped.len();
    report_skipped(&listed.skipped);
    let mut response = Json(ListBody {
        customers: listed.customers,
        success: true,
    })
    .into_response();
    if skipped > 0 {
        response
            .headers_mut()
            .insert(SKIPPED_HEADER, HeaderValue::from(skipped));
    }
    Ok(response)
}

/// `GET /api/v2/customers/count`.
pub(crate) async fn count_customers(
    State(config): Shared,
    RawQuery(raw): RawQuery,
) -> Result<Json<CustomerCountResponse>, CanonicalError> {
    let filters = Filters::parse(&Query::new(raw.as_deref()), &config)?;
    let count = listing::count(&config, &filters).await?;
    Ok(Json(CustomerCountResponse {
        success: true,
        count: i64::try_from(count).unwrap_or(i64::MAX),
    }))
}

/// `GET /api/v2/customers/{id}`.
pub(crate) async fn get_customer(
    State(config): Shared,
    CustomerPath { id, ecwid_id }: CustomerPath,
) -> Result<Json<CustomerResponse>, CanonicalError> {
    let customer = config
        .ecwid
        .customer(ecwid_id)
        .await
        .map_err(|err| upstream(&err, Some(&id)))?;
    respond_with(&customer)
}

/// `POST /api/v2/customers`: create, then read the customer back as Ecwid stored it.
pub(crate) async fn create_customer(
    State(config): Shared,
    JsonBody(request): JsonBody<CustomerCreateRequest>,
) -> Result<Json<CustomerResponse>, CanonicalError> {
    let customer = &request.customer;
    for (field, value) in [
        ("firstName", &customer.first_name),
        ("lastName", &customer.last_name),
    ] {
        if value.trim().is_empty() {
            return Err(CanonicalError::bad_request(format!(
                "customer.{field} is required and must not be blank"
            ))
            .with_detail(format!("customer.{field}")));
        }
    }
    let create = canonical_to_ecwid_create(customer)
        .map_err(|err| CanonicalError::unmappable_request(&err))?;
    let id = config
        .ecwid
        .create(&create)
        .await
        .map_err(|err| upstream(&err, None))?;
    match config.ecwid.customer(id).await {
        Ok(stored) => respond_with(&stored),
        // The customer exists now: answering an error would invite a retry and a duplicate.
        Err(err) => {
            tracing::warn!(error = %err, id, "created, but reading the customer back failed");
            Ok(Json(CustomerResponse {
                success: true,
                customer: echo_created(id, customer),
            }))
        }
    }
}

/// `PUT /api/v2/customers/{id}`: read the current customer, send Ecwid only what the request
/// mentions (merged into the current `billingPerson`/`contacts`, which Ecwid replaces whole),
/// then read it back.
pub(crate) async fn update_customer(
    State(config): Shared,
    CustomerPath { id, ecwid_id }: CustomerPath,
    JsonBody(request): JsonBody<CustomerUpdateRequest>,
) -> Result<Json<CustomerResponse>, CanonicalError> {
    let current = config
        .ecwid
        .customer(ecwid_id)
        .await
        .map_err(|err| upstream(&err, Some(&id)))?;
    let changes = canonical_to_ecwid_update(&request.customer, &current)
        .map_err(|err| CanonicalError::unmappable_request(&err))?;
    if changes == EcwidUpdate::default() {
        // Nothing Ecwid can store was mentioned (an empty update, or only currency/status).
        return respond_with(&current);
    }
    config
        .ecwid
        .update(ecwid_id, &changes)
        .await
        .map_err(|err| upstream(&err, Some(&id)))?;
    let updated = config
        .ecwid
        .customer(ecwid_id)
        .await
        .map_err(|err| upstream(&err, Some(&id)))?;
    respond_with(&updated)
}

/// `DELETE /api/v2/customers/{id}`.
pub(crate) async fn delete_customer(
    State(config): Shared,
    CustomerPath { id, ecwid_id }: CustomerPath,
) -> Result<Json<CustomerDeleteResponse>, CanonicalError> {
    let deleted = config
        .ecwid
        .delete(ecwid_id)
        .await
        .map_err(|err| upstream(&err, Some(&id)))?;
    if deleted == 0 {
        return Err(CanonicalError::customer_not_found(&id));
    }
    Ok(Json(CustomerDeleteResponse {
        success: true,
        id: Some(id),
    }))
}

/// `GET /api/v2/customers/{id}/orders`: Ecwid has no customer orders resource.
pub(crate) async fn list_customer_orders() -> CanonicalError {
    CanonicalError::not_available()
}

/// Any path outside the spec.
pub(crate) async fn unknown_path(uri: Uri) -> CanonicalError {
    CanonicalError::new(Code::NotFound, format!("No such path: {}", uri.path()))
}

/// A method the path lacks; axum adds the `Allow` header.
pub(crate) async fn method_not_allowed(method: Method, uri: Uri) -> CanonicalError {
    CanonicalError::new(
        Code::MethodNotAllowed,
        format!("{} does not accept {method}", uri.path()),
    )
}

fn respond_with(
    customer: &ecwid_client::types::Customer,
) -> Result<Json<CustomerResponse>, CanonicalError> {
    let customer = ecwid_to_canonical(customer).map_err(|err| {
        tracing::warn!(error = %err, "Ecwid customer cannot be converted");
        CanonicalError::unconvertible(&err)
    })?;
    Ok(Json(CustomerResponse {
        success: true,
        customer,
    }))
}

/// The created customer as the request described it, for when Ecwid cannot be asked: the fields
/// Ecwid cannot store (`currency`, `status`) are left out, as a read would leave them out.
fn echo_created(id: i64, request: &CustomerCreate) -> Customer {
    Customer {
        id: id.to_string(),
        email: request.email.clone(),
        first_name: Some(request.first_name.clone()),
        last_name: Some(request.last_name.clone()),
        phone: request.phone.clone(),
        note: request.note.clone(),
        addresses: request.addresses.clone(),
        currency: None,
        status: None,
        dates: None,
    }
}

fn report_skipped(skipped: &[listing::Skipped]) {
    for skipped in skipped {
        match skipped {
            listing::Skipped::Unconvertible(err) => tracing::warn!(
                customer = err.customer_id().unwrap_or("?"),
                path = err.path(),
                error = %err,
                "Ecwid customer left out: it cannot be converted"
            ),
            listing::Skipped::Malformed(err) => tracing::warn!(
                error = %err,
                "Ecwid customer left out: Ecwid sent it in a shape its spec does not allow"
            ),
        }
    }
}
