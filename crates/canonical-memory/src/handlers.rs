//! One handler per operation of specs/ecartapi/customers.yaml. Each checks that the platform has
//! the operation, reads and checks its input, and answers the spec's envelope.

use std::sync::Arc;

use axum::Json;
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use chrono::Utc;
use serde_json::{Map, Value, json};

use crate::config::Fault;
use crate::error::Refusal;
use crate::fields::customer_fields;
use crate::query::{self, Operation};
use crate::request::json_body;
use crate::server::App;

/// What a handler answers: 200 with a JSON envelope, or a refusal with the error body.
type Answer = Result<Json<Value>, Refusal>;

/// The decoded query parameters, in order.
type Pairs = Result<Query<Vec<(String, String)>>, QueryRejection>;

fn pairs(query: Pairs) -> Result<Vec<(String, String)>, Refusal> {
    query
        .map(|Query(pairs)| pairs)
        .map_err(|e| Refusal::bad_request(format!("the query string does not decode: {e}")))
}

/// `GET /customers`: one page of the matching customers.
pub(crate) async fn list(State(app): State<Arc<App>>, query: Pairs) -> Answer {
    let (filters, page) = query::read(&pairs(query)?, Operation::List, &app.supports, &app.faults)?;
    let store = app.store();
    let selected = filters.select(&store);
    let drop_last_name = app.has_fault(Fault::ListDropsLastName);
    let customers: Vec<Value> = page
        .of(&selected)
        .iter()
        .map(|customer| {
            let mut json = customer.to_json();
            if drop_last_name && let Some(fields) = json.as_object_mut() {
                fields.remove("lastName");
            }
            json
        })
        .collect();
    Ok(Json(json!({"success": true, "customers": customers})))
}

/// `GET /customers/count`: how many customers match.
pub(crate) async fn count(State(app): State<Arc<App>>, query: Pairs) -> Answer {
    if !app.supports.count {
        return Err(Refusal::not_available());
    }
    let (filters, _) = query::read(&pairs(query)?, Operation::Count, &app.supports, &app.faults)?;
    let mut count = filters.select(&app.store()).len();
    if app.has_fault(Fault::CountOffByOne) {
        count += 1;
    }
    Ok(Json(json!({"success": true, "count": count})))
}

/// `GET /customers/{id}`.
pub(crate) async fn read(State(app): State<Arc<App>>, Path(id): Path<String>) -> Answer {
    let store = app.store();
    let customer = id_of(&id)
        .and_then(|n| store.get(n))
        .ok_or_else(|| Refusal::no_customer(&id))?;
    Ok(Json(
        json!({"success": true, "customer": customer.to_json()}),
    ))
}

/// `POST /customers` with `{"customer": {...}}`: `firstName` and `lastName` required; the server
/// sets the id and the dates.
pub(crate) async fn create(State(app): State<Arc<App>>, headers: HeaderMap, body: Body) -> Answer {
    if !app.supports.create {
        return Err(Refusal::not_available());
    }
    let fields = wrapped_customer(&json_body(&headers, body).await?)?;
    for required in ["firstName", "lastName"] {
        if !fields.contains_key(required) {
            return Err(Refusal::bad_request(format!(
                "customer.{required} is required (a non-blank string)"
            )));
        }
    }
    let now = Utc::now().fixed_offset();
    let mut store = app.store();
    let created = store
        .create(fields, now)
        .ok_or_else(|| Refusal::internal("the store has no id left to give"))?;
    Ok(Json(
        json!({"success": true, "customer": created.to_json()}),
    ))
}

/// `PUT /customers/{id}` with `{"customer": {...}}`: only the fields sent change (null and blank
/// ones are not sent); a sent `addresses` replaces the stored ones.
pub(crate) async fn update(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Answer {
    if !app.supports.update {
        return Err(Refusal::not_available());
    }
    let changes = wrapped_customer(&json_body(&headers, body).await?)?;
    let erase_unsent = app.has_fault(Fault::UpdateErasesUnsentFields);
    let mut store = app.store();
    let customer = id_of(&id)
        .and_then(|n| store.get_mut(n))
        .ok_or_else(|| Refusal::no_customer(&id))?;
    if erase_unsent {
        customer.fields = changes;
    } else {
        customer.fields.extend(changes);
    }
    customer.updated = Some(Utc::now().fixed_offset());
    Ok(Json(
        json!({"success": true, "customer": customer.to_json()}),
    ))
}

/// `DELETE /customers/{id}`.
pub(crate) async fn delete(State(app): State<Arc<App>>, Path(id): Path<String>) -> Answer {
    if !app.supports.delete {
        return Err(Refusal::not_available());
    }
    id_of(&id)
        .and_then(|n| app.store().remove(n))
        .ok_or_else(|| Refusal::no_customer(&id))?;
    Ok(Json(json!({"success": true, "id": id})))
}

/// `GET /customers/{id}/orders`: this store sells nothing, so every customer has no orders.
pub(crate) async fn orders(State(app): State<Arc<App>>, Path(id): Path<String>) -> Answer {
    if !app.supports.orders {
        return Err(Refusal::not_available());
    }
    id_of(&id)
        .and_then(|n| app.store().get(n).map(drop))
        .ok_or_else(|| Refusal::no_customer(&id))?;
    Ok(Json(json!({"success": true, "orders": []})))
}

/// A path's id as this server's ids are (decimal); other text names no customer.
fn id_of(id: &str) -> Option<u64> {
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    id.parse().ok()
}

/// The customer fields of a `{"customer": {...}}` body, or 400 naming what is wrong with it.
fn wrapped_customer(body: &[u8]) -> Result<Map<String, Value>, Refusal> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| Refusal::bad_request(format!("the body is not JSON: {e}")))?;
    let customer = value
        .as_object()
        .and_then(|body| body.get("customer"))
        .ok_or_else(|| {
            Refusal::bad_request("the body must be {\"customer\": {...}}: no `customer` field")
        })?;
    customer_fields(customer, "customer").map_err(Refusal::bad_request)
}
