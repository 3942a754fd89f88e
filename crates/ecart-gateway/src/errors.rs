//! [`CanonicalError`]: every 4xx/5xx answer of the gateway, with the spec's `Error` body, and the
//! translation of Ecwid and mapping failures into it.

use std::fmt;
use std::time::Duration;

use axum::Json;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ecartapi_client::types::Error as ErrorBody;
use ecwid_client::{ErrorKind, RequestError};
use ecwid_mapping::MappingError;

/// The message of an operation Ecwid lacks, fixed by the spec.
pub const NOT_AVAILABLE_MESSAGE: &str = "The resource is not available for this ecommerce";

/// The machine-readable `code` of an error body (the spec's list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    /// 400: a malformed parameter or body, or validation failed.
    BadRequest,
    /// 400: the platform lacks the operation.
    ResourceNotAvailable,
    /// 401: the API key is missing or invalid.
    Unauthorized,
    /// 404: no such customer, or no such path.
    NotFound,
    /// 405: the path does not accept the method.
    MethodNotAllowed,
    /// 409: the platform refused a change that clashes with another record (a taken email).
    Conflict,
    /// 413: the body is over the size limit.
    PayloadTooLarge,
    /// 415: the body is not `application/json`.
    UnsupportedMediaType,
    /// 429: Ecwid throttled the request.
    RateLimited,
    /// 500: a fault in the gateway itself.
    Internal,
    /// 502: Ecwid answered with an error or something unreadable.
    UpstreamError,
    /// 504: Ecwid, or the whole request, did not finish in time.
    UpstreamTimeout,
}

impl Code {
    /// The code as the body carries it (`BAD_REQUEST`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Code::BadRequest => "BAD_REQUEST",
            Code::ResourceNotAvailable => "RESOURCE_NOT_AVAILABLE",
            Code::Unauthorized => "UNAUTHORIZED",
            Code::NotFound => "NOT_FOUND",
            Code::MethodNotAllowed => "METHOD_NOT_ALLOWED",
            Code::Conflict => "CONFLICT",
            Code::PayloadTooLarge => "PAYLOAD_TOO_LARGE",
            Code::UnsupportedMediaType => "UNSUPPORTED_MEDIA_TYPE",
            Code::RateLimited => "RATE_LIMITED",
            Code::Internal => "INTERNAL",
            Code::UpstreamError => "UPSTREAM_ERROR",
            Code::UpstreamTimeout => "UPSTREAM_TIMEOUT",
        }
    }

    /// The HTTP status that goes with the code.
    pub fn status(self) -> StatusCode {
        match self {
            Code::BadRequest | Code::ResourceNotAvailable => StatusCode::BAD_REQUEST,
            Code::Unauthorized => StatusCode::UNAUTHORIZED,
            Code::NotFound => StatusCode::NOT_FOUND,
            Code::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Code::Conflict => StatusCode::CONFLICT,
            Code::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Code::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Code::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            Code::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            Code::UpstreamError => StatusCode::BAD_GATEWAY,
            Code::UpstreamTimeout => StatusCode::GATEWAY_TIMEOUT,
        }
    }

    /// The code for a status the gateway did not produce itself (an axum rejection).
    fn for_status(status: StatusCode) -> Self {
        match status.as_u16() {
            401 => Code::Unauthorized,
            404 => Code::NotFound,
            405 => Code::MethodNotAllowed,
            409 => Code::Conflict,
            413 => Code::PayloadTooLarge,
            415 => Code::UnsupportedMediaType,
            429 => Code::RateLimited,
            502 => Code::UpstreamError,
            504 => Code::UpstreamTimeout,
            500..=599 => Code::Internal,
            _ => Code::BadRequest,
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One error answer: status, the spec's `Error` body, and `Retry-After` for a 429.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CanonicalError {
    code: Code,
    message: String,
    details: Vec<String>,
    retry_after: Option<u64>,
}

impl CanonicalError {
    /// An error with `code`'s status and `message`.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            details: Vec::new(),
            retry_after: None,
        }
    }

    /// A 400 `BAD_REQUEST`.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(Code::BadRequest, message)
    }

    /// The 400 `RESOURCE_NOT_AVAILABLE` of an operation Ecwid lacks.
    pub fn not_available() -> Self {
        Self::new(Code::ResourceNotAvailable, NOT_AVAILABLE_MESSAGE)
    }

    /// The 404 for a customer id Ecwid does not have.
    pub fn customer_not_found(id: &str) -> Self {
        Self::new(Code::NotFound, format!("No customer with id {id:?}"))
    }

    /// The same error with one more fact in `details`.
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.details.push(detail.into());
        self
    }

    /// The code.
    pub fn code(&self) -> Code {
        self.code
    }

    /// An Ecwid failure seen from a call about one customer (`customer` is true: an Ecwid 404
    /// means that customer does not exist) or about the store (a search: a 404 means the
    /// gateway's store is wrong).
    pub(crate) fn from_ecwid(err: &ecwid_client::Error, customer: Option<&str>) -> Self {
        let api = match err.kind() {
            ErrorKind::Api(api) => api,
            ErrorKind::Request(RequestError::Timeout(_)) => {
                return Self::new(Code::UpstreamTimeout, "Ecwid did not answer in time");
            }
            ErrorKind::Request(RequestError::Invalid { .. }) | ErrorKind::InvalidParameter(_) => {
                return Self::new(Code::Internal, "The gateway built an invalid Ecwid request");
            }
            ErrorKind::Request(_) => {
                return Self::new(Code::UpstreamError, "Ecwid could not be reached");
            }
            ErrorKind::InvalidResponse { path, .. } => {
                let error = Self::new(
                    Code::UpstreamError,
                    "Ecwid answered with a body that does not match its spec",
                );
                return match path {
                    Some(path) => error.with_detail(format!("at {path}")),
                    None => error,
                };
            }
            _ => return Self::new(Code::UpstreamError, "Ecwid call failed"),
        };
        let ecwid_says = |error: Self| {
            let error = match &api.error_code {
                Some(code) => error.with_detail(format!("Ecwid errorCode: {code}")),
                None => error,
            };
            match &api.error_message {
                Some(message) => error.with_detail(format!("Ecwid errorMessage: {message}")),
                None => error,
            }
        };
        let store_not_found = api.error_code.as_deref() == Some("STORE_NOT_FOUND");
        match api.status.as_u16() {
            404 if !store_not_found && customer.is_some() => {
                Self::customer_not_found(customer.unwrap_or_default())
            }
            409 => ecwid_says(Self::new(
                Code::Conflict,
                "Ecwid refused the change: it clashes with another customer (an email in use?)",
            )),
            400 | 422 => ecwid_says(Self::bad_request(format!(
                "Ecwid refused the request ({})",
                api.status
            ))),
            429 => {
                let mut error =
                    Self::new(Code::RateLimited, "Ecwid rate limit reached; retry later");
                // Ecwid's official client waits 10 s when a 429 carries no `Retry-After`.
                error.retry_after = Some(api.retry_after.map_or(10, |wait| wait.as_secs()));
                error
            }
            408 => Self::new(Code::UpstreamTimeout, "Ecwid timed out"),
            401 | 403 => ecwid_says(Self::new(
                Code::UpstreamError,
                "Ecwid refused the gateway's credentials for this store",
            )),
            _ => ecwid_says(Self::new(
                Code::UpstreamError,
                format!("Ecwid answered {}", api.status),
            )),
        }
    }

    /// A customer Ecwid returned that cannot be expressed canonically (answered alone, as by
    /// `GET /customers/{id}`; a list skips it instead).
    pub(crate) fn unconvertible(err: &MappingError) -> Self {
        Self::new(
            Code::UpstreamError,
            "The customer Ecwid returned cannot be converted to the canonical model",
        )
        .with_detail(err.to_string())
    }

    /// A request the mapping refuses to send to Ecwid (no email on a create, a non-numeric
    /// shipping address id).
    pub(crate) fn unmappable_request(err: &MappingError) -> Self {
        let path = format!("customer.{}", err.path());
        let message = match err.kind() {
            ecwid_mapping::MappingErrorKind::Missing { .. } if err.path() == "email" => {
                "customer.email is required on this platform (Ecwid)".to_owned()
            }
            _ => format!("{path}: {}", err.kind()),
        };
        Self::bad_request(message).with_detail(path)
    }

    pub(crate) fn body(&self) -> ErrorBody {
        ErrorBody {
            success: false,
            message: self.message.clone(),
            code: Some(self.code.as_str().to_owned()),
            details: (!self.details.is_empty()).then(|| self.details.clone()),
        }
    }
}

impl fmt::Display for CanonicalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code, self.message)
    }
}

impl std::error::Error for CanonicalError {}

impl IntoResponse for CanonicalError {
    fn into_response(self) -> Response {
        let mut response = (self.code.status(), Json(self.body())).into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// The timeout of a whole request: the gateway gives up waiting for Ecwid.
pub(crate) fn request_timed_out(limit: Duration) -> CanonicalError {
    CanonicalError::new(
        Code::UpstreamTimeout,
        format!("The request did not finish within {} ms", limit.as_millis()),
    )
}

/// Safety net: an error answer that does not carry a JSON body (one of axum's or tower's own
/// rejections) gets the canonical body, keeping its status and headers (`Allow`, ...).
pub(crate) async fn canonical_error_bodies(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let (mut parts, _) = response.into_parts();
    let code = Code::for_status(status);
    let message = status
        .canonical_reason()
        .unwrap_or("Request failed")
        .to_owned();
    let body = CanonicalError::new(code, message).body();
    let bytes = serde_json::to_vec(&body).unwrap_or_default();
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_its_documented_status() {
        for (code, status) in [
            (Code::BadRequest, 400),
            (Code::ResourceNotAvailable, 400),
            (Code::Unauthorized, 401),
            (Code::NotFound, 404),
            (Code::MethodNotAllowed, 405),
            (Code::Conflict, 409),
            (Code::PayloadTooLarge, 413),
            (Code::UnsupportedMediaType, 415),
            (Code::RateLimited, 429),
            (Code::Internal, 500),
            (Code::UpstreamError, 502),
            (Code::UpstreamTimeout, 504),
        ] {
            assert_eq!(code.status().as_u16(), status, "{code}");
        }
    }

    #[test]
    fn the_body_has_the_spec_shape() {
        let body = serde_json::to_value(
            CanonicalError::bad_request("limit must be at most 100")
                .with_detail("limit")
                .body(),
        )
        .unwrap();
        assert_eq!(
            body,
            serde_json::json!({
                "success": false,
                "message": "limit must be at most 100",
                "code": "BAD_REQUEST",
                "details": ["limit"],
            })
        );
        let bare = serde_json::to_value(CanonicalError::not_available().body()).unwrap();
        assert_eq!(
            bare,
            serde_json::json!({
                "success": false,
                "message": "The resource is not available for this ecommerce",
                "code": "RESOURCE_NOT_AVAILABLE",
            })
        );
    }
}
