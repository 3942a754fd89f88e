//! [`Error`]: why a call to a canonical API failed, with the operation, the attempts made and
//! the canonical error body's `code` and `message`; never the key.

use std::fmt;

use client_http::{CallError, CallSummary, Cause, RequestError};
use reqwest::StatusCode;

use crate::types::Error as ErrorBody;

/// The error of the generated client's `send()` methods.
pub type GeneratedError = progenitor_client::Error<ErrorBody>;

client_http::client_error! {
    /// A failed call to a canonical API.
    ///
    /// [`Display`](fmt::Display) reads like `get_customer: the server answered 404 Not Found
    /// NOT_FOUND: No customer 7`, with ` (after 3 attempts)` when the call was retried. Match on
    /// [`kind`](CallError::kind) for the cause. The key is never part of it: it travels only in
    /// the `Authorization` header, which no error keeps, and the query string is dropped from the
    /// URLs of transport errors (list filters carry emails and names).
    ///
    /// It dereferences to the [`CallError`] both clients share, for
    /// [`operation`](CallError::operation), [`attempts`](CallError::attempts) and
    /// [`kind`](CallError::kind).
    pub struct Error(CallError<ErrorKind>);
    answer: EcartErrorResponse;
    generated: GeneratedError;
}

/// What went wrong: [`Error`] dereferences to a [`CallError`] whose [`kind`](CallError::kind) it is.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The server answered with an error status (after the retries the policy allows).
    #[error(transparent)]
    Api(EcartErrorResponse),
    /// No answer to read: the request was not built, timed out, found no server, or its answer
    /// was cut off.
    #[error(transparent)]
    Request(RequestError),
    /// A success answer whose body does not have the shape of the spec.
    #[error(
        "the {} response body does not match the spec",
        status.map_or_else(|| "success".to_owned(), |s| s.as_u16().to_string())
    )]
    InvalidResponse {
        /// The HTTP status, when known.
        status: Option<StatusCode>,
        /// What serde found.
        #[source]
        source: serde_json::Error,
    },
}

/// The server's answer to a failed call: the status and the canonical `Error` body
/// (`{"success": false, "message": ..., "code": ...}`), when it sent one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub struct EcartErrorResponse {
    /// The HTTP status (401 for a wrong key, 404 for an unknown customer, ...).
    pub status: StatusCode,
    /// The body's `code` (`NOT_FOUND`, `VALIDATION_ERROR`, ...), what to match on.
    pub code: Option<String>,
    /// The body's `message`, for people.
    pub message: Option<String>,
    /// The body's `details` (the JSON path of each invalid field, ...).
    pub details: Vec<String>,
}

impl fmt::Display for EcartErrorResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (code, message) = (self.code.as_deref(), self.message.as_deref());
        client_http::write_answer(f, "the server", self.status, code, message)
    }
}

impl EcartErrorResponse {
    fn new(status: StatusCode, body: Option<ErrorBody>) -> Self {
        let Some(body) = body else {
            return Self {
                status,
                code: None,
                message: None,
                details: Vec::new(),
            };
        };
        Self {
            status,
            code: body.code,
            message: Some(body.message).filter(|m| !m.is_empty()),
            details: body.details.unwrap_or_default(),
        }
    }
}

impl Error {
    /// The error body's `code`, if the call got one.
    pub fn code(&self) -> Option<&str> {
        self.api()?.code.as_deref()
    }

    /// The error of one call made through [`EcartClient::call`](crate::EcartClient::call), which
    /// knows the operation and what the hook saw.
    pub(crate) fn from_call(
        operation: &'static str,
        err: GeneratedError,
        call: CallSummary,
    ) -> Self {
        let kind = Cause::of_call(err, call).into();
        Self(CallError::new(operation, call.attempts, kind))
    }
}

impl From<Cause<ErrorBody>> for ErrorKind {
    fn from(cause: Cause<ErrorBody>) -> Self {
        match cause {
            Cause::Answer { status, body, .. } => Self::Api(EcartErrorResponse::new(status, body)),
            Cause::Request(err) => Self::Request(err),
            Cause::InvalidResponse { status, source, .. } => {
                Self::InvalidResponse { status, source }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_reads_as_one_line() {
        let err = Error(CallError::new(
            "get_customer",
            Some(3),
            ErrorKind::Api(EcartErrorResponse {
                status: StatusCode::NOT_FOUND,
                code: Some("NOT_FOUND".into()),
                message: Some("No customer 7".into()),
                details: vec![],
            }),
        ));
        assert_eq!(
            err.to_string(),
            "get_customer: the server answered 404 Not Found NOT_FOUND: No customer 7 (after 3 \
             attempts)"
        );
        let bare = Error::from_call(
            "count_customers",
            GeneratedError::InvalidResponsePayload(
                "<html>".into(),
                serde_json::from_str::<ErrorBody>("<html>").unwrap_err(),
            ),
            CallSummary {
                attempts: Some(1),
                status: Some(StatusCode::BAD_GATEWAY),
            },
        );
        assert_eq!(
            bare.to_string(),
            "count_customers: the server answered 502 Bad Gateway"
        );
        assert_eq!(bare.status(), Some(StatusCode::BAD_GATEWAY));
    }
}
