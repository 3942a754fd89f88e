//! [`Refusal`]: every refusal, answered with the spec's `Error` body
//! (`{"success": false, "message": "...", "code": "..."}`).

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// The message the spec fixes for an operation or filter the platform lacks.
pub(crate) const NOT_AVAILABLE: &str = "The resource is not available for this ecommerce";

/// A refusal: its status, the spec's code and a message naming what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refusal {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl Refusal {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    /// 400 `BAD_REQUEST`: a parameter or body the spec refuses.
    pub(crate) fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "BAD_REQUEST", message)
    }

    /// 400 `RESOURCE_NOT_AVAILABLE`: an operation or filter this platform lacks.
    pub(crate) fn not_available() -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "RESOURCE_NOT_AVAILABLE",
            NOT_AVAILABLE,
        )
    }

    /// 401 `UNAUTHORIZED`.
    pub(crate) fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "UNAUTHORIZED",
            "Missing or invalid API key",
        )
    }

    /// 404 `NOT_FOUND` for customer `id`.
    pub(crate) fn no_customer(id: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            format!("No customer with id {id:?}"),
        )
    }

    /// 404 `NOT_FOUND` for a path the API lacks.
    pub(crate) fn no_path(path: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "NOT_FOUND",
            format!("No such path: {path}"),
        )
    }

    /// 405 `METHOD_NOT_ALLOWED` (the router adds `Allow`).
    pub(crate) fn method_not_allowed(method: &str, path: &str) -> Self {
        Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "METHOD_NOT_ALLOWED",
            format!("{path} does not accept {method}"),
        )
    }

    /// 413 `PAYLOAD_TOO_LARGE`.
    pub(crate) fn too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "PAYLOAD_TOO_LARGE",
            format!("The request body is over {limit} bytes"),
        )
    }

    /// 415 `UNSUPPORTED_MEDIA_TYPE`, naming the type sent.
    pub(crate) fn unsupported_media_type(sent: Option<&str>) -> Self {
        let sent = sent.map_or_else(|| "no Content-Type".to_owned(), |t| format!("{t:?}"));
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UNSUPPORTED_MEDIA_TYPE",
            format!("The request body must be application/json, got {sent}"),
        )
    }

    /// 500 `INTERNAL`: the request body could not be read.
    pub(crate) fn internal(message: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "INTERNAL", message)
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let body = json!({"success": false, "message": self.message, "code": self.code});
        (self.status, Json(body)).into_response()
    }
}
