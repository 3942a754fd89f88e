//! [`Error`]: why a call to Ecwid failed, with the operation, the attempts made and Ecwid's own
//! error code; never the token.

use std::fmt;
use std::time::Duration;

use client_http::{CallError, CallSummary, Cause, RequestError, retry_after};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

use crate::types::EcwidError;

/// The error of the generated client's `send()` methods.
pub type GeneratedError = progenitor_client::Error<EcwidError>;

client_http::client_error! {
    /// A failed call to Ecwid.
    ///
    /// [`Display`](fmt::Display) reads like `get_customer: Ecwid answered 404 Not Found
    /// STORE_NOT_FOUND: Store not found`, with ` (after 3 attempts)` when the call was retried.
    /// Match on [`kind`](CallError::kind) for the cause. The token is never part of it: it
    /// travels only in the `Authorization` header, which no error keeps, and the query string is
    /// dropped from the URLs of transport errors (search filters carry customer emails).
    ///
    /// It dereferences to the [`CallError`] both clients share, for
    /// [`operation`](CallError::operation), [`attempts`](CallError::attempts) and
    /// [`kind`](CallError::kind).
    pub struct Error(CallError<ErrorKind>);
    answer: EcwidErrorResponse;
    generated: GeneratedError;
}

/// What went wrong: [`Error`] dereferences to a [`CallError`] whose [`kind`](CallError::kind) it is.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Ecwid answered with an error status (after the retries the policy allows).
    #[error(transparent)]
    Api(EcwidErrorResponse),
    /// No answer to read: the request was not built, timed out, could not reach Ecwid, or
    /// Ecwid's answer was cut off.
    #[error(transparent)]
    Request(RequestError),
    /// A success answer whose body does not have the shape of the spec.
    #[error(
        "the {} response body does not match the spec{}",
        status.map_or_else(|| "success".to_owned(), |s| s.as_u16().to_string()),
        path.as_deref().map_or_else(String::new, |p| format!(" at `{p}`"))
    )]
    InvalidResponse {
        /// The HTTP status, when known.
        status: Option<StatusCode>,
        /// The JSON path of the offending value (`items[3].id`), when known.
        path: Option<String>,
        /// What serde found there.
        #[source]
        source: serde_json::Error,
    },
    /// One customer of a search page does not fit the spec (a wrong type, a malformed value);
    /// the rest of the page was read. [`search_all`](crate::EcwidClient::search_all) yields this
    /// in the customer's place and goes on: see [`Error::is_customer_error`].
    #[error("customer {}at items[{index}]{}: {source}", id.map(|id| format!("{id} ")).unwrap_or_default(), path.as_deref().map(|p| format!(".{p}")).unwrap_or_default())]
    InvalidCustomer {
        /// The customer's position in the whole walk (page offset + position in the page).
        index: u64,
        /// Its `id`, when that at least is an integer.
        id: Option<i64>,
        /// The JSON path of the bad value inside the customer (`shippingAddresses[1].id`).
        path: Option<String>,
        /// What serde found there.
        #[source]
        source: serde_json::Error,
    },
    /// The call was cancelled before it finished: its runtime is shutting down.
    #[error("cancelled: the async runtime is shutting down")]
    Cancelled,
    /// A search filter Ecwid would refuse (a date the calendar does not have, a malformed
    /// `responseFields`): see [`CustomerFilter::check`](crate::CustomerFilter::check). Nothing
    /// was sent.
    #[error(transparent)]
    InvalidParameter(crate::InvalidParameter),
}

/// Ecwid's answer to a failed call: the status and the error body, when Ecwid sent one.
///
/// The body is optional and only `errorMessage` is documented; `errorCode` (`RATE_LIMITED`,
/// `INVALID_API_TOKEN`, ...) is what to match on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub struct EcwidErrorResponse {
    /// The HTTP status (403 for an invalid token, 429 when rate-limited, ...).
    pub status: StatusCode,
    /// Ecwid's `errorCode`, when the body had one.
    pub error_code: Option<String>,
    /// Ecwid's `errorMessage`, when the body had one.
    pub error_message: Option<String>,
    /// Ecwid's `args`, when the body had them.
    pub args: Vec<String>,
    /// The `Retry-After` of a 429 or 503, when present in seconds.
    pub retry_after: Option<Duration>,
}

impl fmt::Display for EcwidErrorResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (code, message) = (self.error_code.as_deref(), self.error_message.as_deref());
        client_http::write_answer(f, "Ecwid", self.status, code, message)?;
        if let Some(wait) = self.retry_after {
            write!(f, " (Retry-After {} s)", wait.as_secs())?;
        }
        Ok(())
    }
}

impl EcwidErrorResponse {
    fn new(status: StatusCode, headers: &HeaderMap, body: EcwidError) -> Self {
        Self {
            status,
            error_code: body.error_code,
            error_message: body.error_message,
            args: body.args.unwrap_or_default(),
            retry_after: retry_after(status, headers),
        }
    }

    /// An answer whose body is not an Ecwid error (empty, HTML from a proxy, ...).
    #[cfg(test)]
    fn bare(status: StatusCode) -> Self {
        Self::new(status, &HeaderMap::new(), EcwidError::default())
    }
}

impl Error {
    /// Ecwid's `errorCode`, if the call got one.
    pub fn error_code(&self) -> Option<&str> {
        self.api()?.error_code.as_deref()
    }

    /// Whether this error concerns one customer only ([`ErrorKind::InvalidCustomer`]): a walk
    /// reports it and goes on with the others.
    pub fn is_customer_error(&self) -> bool {
        matches!(self.kind(), ErrorKind::InvalidCustomer { .. })
    }

    /// A customer of a search page that does not deserialize.
    pub(crate) fn invalid_customer(
        index: u64,
        id: Option<i64>,
        path: Option<String>,
        source: serde_json::Error,
    ) -> Self {
        let kind = ErrorKind::InvalidCustomer {
            index,
            id,
            path,
            source,
        };
        Self(CallError::new(crate::hook::SEARCH_OPERATION, None, kind))
    }

    /// The error of one call made through the hand-written layer, which knows the operation,
    /// the expected success type `T` (for the JSON path of a mismatch) and what the hook saw.
    pub(crate) fn from_call<T: DeserializeOwned>(
        operation: &'static str,
        err: GeneratedError,
        call: CallSummary,
    ) -> Self {
        let kind = match Cause::of_call(err, call) {
            Cause::InvalidResponse {
                status,
                body,
                source,
            } => ErrorKind::InvalidResponse {
                status,
                path: json_path::<T>(&body),
                source,
            },
            cause => cause.into(),
        };
        Self(CallError::new(operation, call.attempts, kind))
    }

    /// A search refused before it was sent: a filter Ecwid would refuse.
    pub(crate) fn invalid_parameter(
        operation: &'static str,
        parameter: crate::InvalidParameter,
    ) -> Self {
        let kind = ErrorKind::InvalidParameter(parameter);
        Self(CallError::new(operation, None, kind))
    }

    /// A call whose task was cancelled (runtime shutdown).
    pub(crate) fn cancelled(operation: &'static str) -> Self {
        Self(CallError::new(operation, None, ErrorKind::Cancelled))
    }

    /// A success answer without a field the caller needs (`id` of a create, ...).
    pub(crate) fn missing_field(
        operation: &'static str,
        field: &'static str,
        call: CallSummary,
    ) -> Self {
        let kind = ErrorKind::InvalidResponse {
            status: call.status,
            path: Some(field.to_owned()),
            source: serde::de::Error::missing_field(field),
        };
        Self(CallError::new(operation, call.attempts, kind))
    }
}

impl From<Cause<EcwidError>> for ErrorKind {
    fn from(cause: Cause<EcwidError>) -> Self {
        match cause {
            Cause::Answer {
                status,
                headers,
                body,
            } => Self::Api(EcwidErrorResponse::new(
                status,
                &headers,
                body.unwrap_or_default(),
            )),
            Cause::Request(err) => Self::Request(err),
            // Without the expected type there is no JSON path; `Error::from_call` has one.
            Cause::InvalidResponse { status, source, .. } => Self::InvalidResponse {
                status,
                path: None,
                source,
            },
        }
    }
}

/// Where in `bytes` deserializing a `T` fails, as `items[3].id`; `None` at the top level.
pub(crate) fn json_path<T: DeserializeOwned>(bytes: &[u8]) -> Option<String> {
    let mut json = serde_json::Deserializer::from_slice(bytes);
    let err = serde_path_to_error::deserialize::<_, T>(&mut json).err()?;
    let path = err.path().to_string();
    (path != ".").then_some(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{Customer, CustomersSearchResult};

    #[test]
    fn json_path_names_the_nested_field() {
        let body = br#"{"total": 2, "items": [{"id": 1}, {"id": "two"}]}"#;
        assert_eq!(
            json_path::<CustomersSearchResult>(body).as_deref(),
            Some("items[1].id")
        );
        assert_eq!(json_path::<Customer>(b"\"x\""), None);
        assert_eq!(json_path::<Customer>(br#"{"id": 1}"#), None);
    }

    #[test]
    fn display_reads_as_one_line() {
        let err = Error(CallError::new(
            "get_customer",
            Some(3),
            ErrorKind::Api(EcwidErrorResponse {
                status: StatusCode::TOO_MANY_REQUESTS,
                error_code: Some("RATE_LIMITED".into()),
                error_message: Some("Too many requests".into()),
                args: vec![],
                retry_after: Some(Duration::from_secs(120)),
            }),
        ));
        assert_eq!(
            err.to_string(),
            "get_customer: Ecwid answered 429 Too Many Requests RATE_LIMITED: Too many requests \
             (Retry-After 120 s) (after 3 attempts)"
        );
        let bare = Error::from(ErrorKind::Api(EcwidErrorResponse::bare(
            StatusCode::BAD_GATEWAY,
        )));
        assert_eq!(bare.to_string(), "Ecwid answered 502 Bad Gateway");
        let missing = Error::missing_field(
            "create_customer",
            "id",
            CallSummary {
                attempts: Some(1),
                status: Some(StatusCode::OK),
            },
        );
        assert_eq!(
            missing.to_string(),
            "create_customer: the 200 response body does not match the spec at `id`"
        );
        assert_eq!(
            std::error::Error::source(&missing).unwrap().to_string(),
            "missing field `id`"
        );
    }
}
