//! Request extractors whose every rejection is an Ecwid error body, never axum's plain text.

use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Query, RawPathParams, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use request_input::JsonMediaTypes;
use serde::de::DeserializeOwned;

use crate::errors::EcwidErrorAnswer;
use crate::params::Params;
use crate::server::SimState;

/// The request may use the store: `storeId` is an integer, the bearer token is right, the token is
/// within its rate limit, and the store is the simulated one — checked in that order.
#[derive(Debug)]
pub(crate) struct Authorized;

impl FromRequestParts<Arc<SimState>> for Authorized {
    type Rejection = EcwidErrorAnswer;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<SimState>,
    ) -> Result<Self, EcwidErrorAnswer> {
        let store_id = path_id(parts, "storeId").await?;
        let token = bearer_token(&parts.headers).ok_or(EcwidErrorAnswer::InvalidToken)?;
        if token != state.config.token {
            return Err(EcwidErrorAnswer::InvalidToken);
        }
        state.limiter.admit(token, Instant::now())?;
        if store_id != state.config.store_id {
            return Err(EcwidErrorAnswer::StoreNotFound(store_id));
        }
        Ok(Self)
    }
}

/// The `customerId` path parameter.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CustomerId(pub(crate) i64);

impl<S: Send + Sync> FromRequestParts<S> for CustomerId {
    type Rejection = EcwidErrorAnswer;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, EcwidErrorAnswer> {
        path_id(parts, "customerId").await.map(Self)
    }
}

/// The `groupId` path parameter.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GroupId(pub(crate) i64);

impl<S: Send + Sync> FromRequestParts<S> for GroupId {
    type Rejection = EcwidErrorAnswer;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, EcwidErrorAnswer> {
        path_id(parts, "groupId").await.map(Self)
    }
}

/// The `contactId` path parameter.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ContactId(pub(crate) i64);

impl<S: Send + Sync> FromRequestParts<S> for ContactId {
    type Rejection = EcwidErrorAnswer;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, EcwidErrorAnswer> {
        path_id(parts, "contactId").await.map(Self)
    }
}

/// The `extrafield_key` path parameter.
#[derive(Debug, Clone)]
pub(crate) struct ExtraFieldKey(pub(crate) String);

impl<S: Send + Sync> FromRequestParts<S> for ExtraFieldKey {
    type Rejection = EcwidErrorAnswer;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, EcwidErrorAnswer> {
        path_text(parts, "extrafield_key").await.map(Self)
    }
}

/// The store's plan has customer groups ([`crate::SimConfig::customer_groups_on_plan`]), or 402.
/// Taken after [`Authorized`], as Ecwid checks the token before the plan.
#[derive(Debug)]
pub(crate) struct GroupsOnPlan;

impl FromRequestParts<Arc<SimState>> for GroupsOnPlan {
    type Rejection = EcwidErrorAnswer;

    async fn from_request_parts(
        _: &mut Parts,
        state: &Arc<SimState>,
    ) -> Result<Self, EcwidErrorAnswer> {
        if state.config.customer_groups_on_plan {
            Ok(Self)
        } else {
            Err(EcwidErrorAnswer::CustomerGroupsNotOnPlan)
        }
    }
}

/// The decoded query string.
#[derive(Debug)]
pub(crate) struct QueryParams(pub(crate) Params);

impl<S: Send + Sync> FromRequestParts<S> for QueryParams {
    type Rejection = EcwidErrorAnswer;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, EcwidErrorAnswer> {
        let Query(pairs) = Query::<Vec<(String, String)>>::from_request_parts(parts, state)
            .await
            .map_err(|rejection| EcwidErrorAnswer::bad_parameter("query", rejection.body_text()))?;
        Ok(Self(Params::new(pairs)))
    }
}

/// A JSON body: 415 unless the content type is JSON (`application/json`, `text/json` or
/// `application/*+json`), 400 unless it deserializes into `T`.
#[derive(Debug)]
pub(crate) struct JsonBody<T>(pub(crate) T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = EcwidErrorAnswer;

    async fn from_request(request: Request, state: &S) -> Result<Self, EcwidErrorAnswer> {
        if !JsonMediaTypes::WithTextJson.accepts(request.headers()) {
            return Err(EcwidErrorAnswer::UnsupportedMediaType);
        }
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| EcwidErrorAnswer::BadBody {
                reason: rejection.body_text(),
            })?;
        serde_json::from_slice(&bytes)
            .map(Self)
            .map_err(|error| EcwidErrorAnswer::BadBody {
                reason: error.to_string(),
            })
    }
}

async fn path_text(parts: &mut Parts, name: &str) -> Result<String, EcwidErrorAnswer> {
    let params = RawPathParams::from_request_parts(parts, &())
        .await
        .map_err(|rejection| EcwidErrorAnswer::bad_parameter(name, rejection.body_text()))?;
    params
        .iter()
        .find_map(|(key, value)| (key == name).then(|| value.to_owned()))
        .ok_or_else(|| EcwidErrorAnswer::bad_parameter(name, "missing"))
}

async fn path_id(parts: &mut Parts, name: &str) -> Result<i64, EcwidErrorAnswer> {
    let value = path_text(parts, name).await?;
    value.parse().map_err(|_| {
        EcwidErrorAnswer::bad_parameter(name, format!("expected an integer, got '{value}'"))
    })
}

/// The token of `Authorization: Bearer <token>` (the scheme is case-insensitive). The `?token=`
/// query parameter is deliberately not read: Ecwid disabled it in March 2025.
fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|token| !token.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(name: header::HeaderName, value: &'static str) -> HeaderMap {
        let mut map = HeaderMap::new();
        map.insert(name, HeaderValue::from_static(value));
        map
    }

    #[test]
    fn bearer_tokens() {
        assert_eq!(
            bearer_token(&headers(header::AUTHORIZATION, "Bearer abc")),
            Some("abc")
        );
        assert_eq!(
            bearer_token(&headers(header::AUTHORIZATION, "bearer abc")),
            Some("abc")
        );
        assert_eq!(
            bearer_token(&headers(header::AUTHORIZATION, "Basic abc")),
            None
        );
        assert_eq!(
            bearer_token(&headers(header::AUTHORIZATION, "Bearer ")),
            None
        );
        assert_eq!(bearer_token(&HeaderMap::new()), None);
    }
}
