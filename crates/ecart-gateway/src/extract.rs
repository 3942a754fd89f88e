//! Request extractors whose every rejection is a [`CanonicalError`] with the spec's `Error` body,
//! never axum's plain text (the pattern of axum's `customize-extractor-error` example, as the
//! simulated store uses it).

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;

use request_input::JsonMediaTypes;

use crate::body::{RequestBody, parse_body};
use crate::errors::{CanonicalError, Code};
use crate::filters::ecwid_id;

/// The `{id}` of a customer path: the canonical id as sent, and the Ecwid id it names. An id
/// that names no Ecwid customer (not a positive integer) is a 404 like any other unknown id.
#[derive(Debug)]
pub(crate) struct CustomerPath {
    /// The canonical id, as the client wrote it.
    pub(crate) id: String,
    /// The Ecwid customer id it names.
    pub(crate) ecwid_id: i64,
}

impl<S: Send + Sync> FromRequestParts<S> for CustomerPath {
    type Rejection = CanonicalError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, CanonicalError> {
        let Path(id) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| {
                CanonicalError::bad_request("The customer id in the path is not valid text")
            })?;
        match ecwid_id(&id) {
            Some(ecwid_id) => Ok(Self { id, ecwid_id }),
            None => Err(CanonicalError::customer_not_found(&id)),
        }
    }
}

/// The typed JSON body of a create or update: 415 unless the content type is JSON
/// (`application/json` or `application/*+json`), 413 over the
/// size limit, 400 for anything that is not JSON following the spec's schema for `T` (with the
/// JSON path of the bad value).
#[derive(Debug)]
pub(crate) struct JsonBody<T>(pub(crate) T);

impl<T: RequestBody, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = CanonicalError;

    async fn from_request(request: Request, state: &S) -> Result<Self, CanonicalError> {
        if !JsonMediaTypes::Standard.accepts(request.headers()) {
            return Err(CanonicalError::new(
                Code::UnsupportedMediaType,
                "The request body must be application/json",
            ));
        }
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| {
                if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    CanonicalError::new(
                        Code::PayloadTooLarge,
                        "The request body is over the size limit",
                    )
                } else {
                    CanonicalError::bad_request("The request body could not be read")
                }
            })?;
        parse_body(&bytes).map(Self)
    }
}
