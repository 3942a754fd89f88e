//! What the client crates' errors share: [`CallError`], the envelope of a failed call (the
//! operation, the attempts made, the cause), and [`Cause`], a generated call's error sorted
//! into the causes both clients report.
//!
//! Each client crate keeps its own cause type (`ErrorKind`: Ecwid's answers carry
//! `Retry-After` and a search page can fail one customer at a time) and wraps a
//! `CallError<ErrorKind>` in its `Error`, declared by [`client_error!`](crate::client_error).
//! The wrapping is needed because the `From` conversions from each crate's generated error type
//! must live in that crate.

use std::fmt;

use bytes::Bytes;
use futures::FutureExt as _;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

use crate::{CallSummary, Failure, RequestError, without_query};

/// A failed call: the operation, the requests sent, and the cause `K`.
///
/// [`Display`](fmt::Display) reads `{operation}: {cause}`, with ` (after 3 attempts)` when the
/// call was retried; [`source`](std::error::Error::source) is the cause's own source (the
/// cause's message is already part of the display).
///
/// ```
/// use client_http::CallError;
///
/// let err = CallError::new("get_customer", Some(3), "timed out");
/// assert_eq!(err.to_string(), "get_customer: timed out (after 3 attempts)");
/// assert_eq!(CallError::from("timed out").to_string(), "timed out");
/// ```
#[derive(Debug)]
pub struct CallError<K> {
    operation: Option<&'static str>,
    attempts: Option<u32>,
    kind: K,
}

impl<K> CallError<K> {
    /// The error of `operation` after `attempts` requests (as the call's record counted them).
    pub fn new(operation: &'static str, attempts: Option<u32>, kind: K) -> Self {
        Self {
            operation: Some(operation),
            attempts,
            kind,
        }
    }

    /// The operation that failed (`get_customer`, ...); `None` for an error converted from a
    /// raw generated call.
    pub fn operation(&self) -> Option<&'static str> {
        self.operation
    }

    /// Requests sent for the call, retries included; `None` when unknown (an error converted
    /// from a raw generated call, or one that failed before anything was sent).
    pub fn attempts(&self) -> Option<u32> {
        self.attempts
    }

    /// The cause.
    pub fn kind(&self) -> &K {
        &self.kind
    }

    /// The cause, by value.
    pub fn into_kind(self) -> K {
        self.kind
    }
}

/// A cause without a known operation or attempt count.
impl<K> From<K> for CallError<K> {
    fn from(kind: K) -> Self {
        Self {
            operation: None,
            attempts: None,
            kind,
        }
    }
}

impl<K: fmt::Display> fmt::Display for CallError<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(operation) = self.operation {
            write!(f, "{operation}: ")?;
        }
        write!(f, "{}", self.kind)?;
        match self.attempts {
            Some(n) if n > 1 => write!(f, " (after {n} attempts)"),
            _ => Ok(()),
        }
    }
}

impl<K: std::error::Error + 'static> std::error::Error for CallError<K> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        // The kind's message is already part of ours; hand out what it wraps.
        self.kind.source()
    }
}

/// A generated call's error (`progenitor_client::Error<E>`, `E` the spec's error body), sorted
/// into what both clients report. A client crate turns it into its own `ErrorKind`.
///
/// Exhaustive on purpose: a cause added here must be handled by both clients.
#[derive(Debug)]
pub enum Cause<E> {
    /// The server answered with an error status (after the retries the policy allows).
    Answer {
        /// The status.
        status: StatusCode,
        /// Its headers (`Retry-After`); empty when only the status is known.
        headers: HeaderMap,
        /// The error body, when it parsed as the spec's error type.
        body: Option<E>,
    },
    /// No answer to read: the request was not built, timed out, found no server, or its answer
    /// was cut off.
    Request(RequestError),
    /// A success answer whose body does not have the shape of the spec.
    InvalidResponse {
        /// The HTTP status, when known.
        status: Option<StatusCode>,
        /// The body, for a client that names where it went wrong.
        body: Bytes,
        /// What serde found.
        source: serde_json::Error,
    },
}

impl<E: DeserializeOwned> Cause<E> {
    /// The cause of a raw generated call's error: no record of the call, so an answer that is
    /// neither the spec's success nor its error has no known status.
    pub fn of(err: progenitor_client::Error<E>) -> Self {
        Self::of_call(err, CallSummary::default())
    }

    /// The cause of the error of a call run in [`CallRecord::watch`](crate::CallRecord::watch).
    ///
    /// progenitor reports an error body that is not the spec's (a proxy's HTML page, an empty
    /// body) as an invalid payload and drops the status; the record kept it, so that is an
    /// [`Answer`](Self::Answer) without a body.
    pub fn of_call(err: progenitor_client::Error<E>, call: CallSummary) -> Self {
        use progenitor_client::Error as Generated;
        match err {
            Generated::InvalidResponsePayload(body, source) => match call.status {
                Some(status) if !status.is_success() => Self::Answer {
                    status,
                    headers: HeaderMap::new(),
                    body: None,
                },
                status => Self::InvalidResponse {
                    status,
                    body,
                    source,
                },
            },
            Generated::ErrorResponse(answer) => Self::Answer {
                status: answer.status(),
                headers: answer.headers().clone(),
                body: Some(answer.into_inner()),
            },
            Generated::UnexpectedResponse(response) => {
                let status = response.status();
                let headers = response.headers().clone();
                // The hook buffered the body, so reading it completes at once; a response from
                // elsewhere (still streaming) is reported without its body.
                let body = response
                    .bytes()
                    .now_or_never()
                    .and_then(Result::ok)
                    .and_then(|bytes| serde_json::from_slice(&bytes).ok());
                Self::Answer {
                    status,
                    headers,
                    body,
                }
            }
            Generated::CommunicationError(err)
            | Generated::ResponseBodyError(err)
            | Generated::InvalidUpgrade(err) => Self::transport(err),
            Generated::InvalidRequest(reason) | Generated::Custom(reason) => {
                Self::Request(RequestError::Invalid { reason })
            }
        }
    }

    /// A transport failure, without the query string of its URL (see [`without_query`]).
    fn transport(err: reqwest::Error) -> Self {
        let err = without_query(err);
        Self::Request(match Failure::of(&err) {
            Failure::Timeout => RequestError::Timeout(err),
            Failure::BodyCutOff => RequestError::IncompleteBody(err),
            _ => RequestError::Connection(err),
        })
    }
}

/// An error answer in one line: `{server} answered {status}`, then ` {code}: {message}` with
/// what of the two the body had. Both clients' error answers open with it.
///
/// ```
/// use client_http::{reqwest::StatusCode, write_answer};
///
/// struct NotFound;
/// impl std::fmt::Display for NotFound {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
///         write_answer(f, "the server", StatusCode::NOT_FOUND, Some("NOT_FOUND"), None)
///     }
/// }
/// assert_eq!(NotFound.to_string(), "the server answered 404 Not Found NOT_FOUND");
/// ```
pub fn write_answer(
    f: &mut fmt::Formatter<'_>,
    server: &str,
    status: StatusCode,
    code: Option<&str>,
    message: Option<&str>,
) -> fmt::Result {
    write!(f, "{server} answered {status}")?;
    match (code, message) {
        (Some(code), Some(message)) => write!(f, " {code}: {message}"),
        (Some(code), None) => write!(f, " {code}"),
        (None, Some(message)) => write!(f, ": {message}"),
        (None, None) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use reqwest::header::{CONTENT_TYPE, HeaderValue, RETRY_AFTER};

    type Generated = progenitor_client::Error<serde_json::Value>;

    fn response(status: u16, body: &'static str) -> reqwest::Response {
        let response = http::Response::builder()
            .status(status)
            .header(RETRY_AFTER, "7")
            .header(CONTENT_TYPE, "application/json")
            .body(body)
            .unwrap();
        reqwest::Response::from(response)
    }

    fn payload_error() -> Generated {
        let source = serde_json::from_str::<serde_json::Value>("<html>").unwrap_err();
        Generated::InvalidResponsePayload(Bytes::from_static(b"<html>"), source)
    }

    #[test]
    fn an_unexpected_answer_keeps_its_status_headers_and_json_body() {
        let cause = Cause::of(Generated::UnexpectedResponse(response(
            429,
            r#"{"code": "RATE_LIMITED"}"#,
        )));
        let Cause::Answer {
            status,
            headers,
            body,
        } = cause
        else {
            panic!("{cause:?}")
        };
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(headers[RETRY_AFTER], HeaderValue::from_static("7"));
        assert_eq!(body, Some(serde_json::json!({"code": "RATE_LIMITED"})));

        // A body that is not JSON is dropped; the status stays.
        let cause = Cause::of(Generated::UnexpectedResponse(response(502, "<html>")));
        assert!(
            matches!(cause, Cause::Answer { status, body: None, .. } if status == 502),
            "{cause:?}"
        );
    }

    #[test]
    fn a_payload_that_is_not_the_spec_is_an_answer_when_the_call_saw_an_error_status() {
        let seen = |status: Option<u16>| CallSummary {
            attempts: Some(1),
            status: status.map(|s| StatusCode::from_u16(s).unwrap()),
        };
        let cause = Cause::of_call(payload_error(), seen(Some(502)));
        assert!(
            matches!(cause, Cause::Answer { status, body: None, .. } if status == 502),
            "{cause:?}"
        );
        let cause = Cause::of_call(payload_error(), seen(Some(200)));
        assert!(
            matches!(&cause, Cause::InvalidResponse { status: Some(s), body, .. } if *s == 200 && body.as_ref() == b"<html>"),
            "{cause:?}"
        );
        // A raw call has no record: the status is unknown.
        let cause = Cause::of(payload_error());
        assert!(
            matches!(cause, Cause::InvalidResponse { status: None, .. }),
            "{cause:?}"
        );
    }

    #[test]
    fn a_request_that_could_not_be_built_keeps_progenitors_reason() {
        let cause = Cause::of(Generated::InvalidRequest("limit: 0 is not allowed".into()));
        assert!(
            matches!(&cause, Cause::Request(RequestError::Invalid { reason }) if reason == "limit: 0 is not allowed"),
            "{cause:?}"
        );
    }

    #[test]
    fn the_envelope_names_the_operation_and_the_retries_only_when_known() {
        let once = CallError::new("delete_customer", Some(1), "gone");
        assert_eq!(once.to_string(), "delete_customer: gone");
        assert_eq!(
            (once.operation(), once.attempts()),
            (Some("delete_customer"), Some(1))
        );
        let raw = CallError::from("gone");
        assert_eq!((raw.operation(), raw.attempts()), (None, None));
        assert_eq!(raw.into_kind(), "gone");
    }

    #[test]
    fn the_source_is_the_causes_source_not_the_cause() {
        #[derive(Debug)]
        struct Inner;
        impl fmt::Display for Inner {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("inner")
            }
        }
        impl std::error::Error for Inner {}
        #[derive(Debug)]
        struct Outer(Inner);
        impl fmt::Display for Outer {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("outer")
            }
        }
        impl std::error::Error for Outer {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                Some(&self.0)
            }
        }
        let err = CallError::new("get_customer", None, Outer(Inner));
        let source = std::error::Error::source(&err).map(ToString::to_string);
        assert_eq!(source.as_deref(), Some("inner"));
    }
}
