//! Awaiting canonical calls: a success must be 200, an error must carry the spec's status, code and
//! `Error` body. Failures say what was sent, what was expected and what came.

use std::future::Future;

use ecartapi_client::types::Error as ErrorBody;
use ecartapi_client::{GeneratedError, ResponseValue};
use serde::Serialize;

use crate::case::Failure;
use crate::check::{clip, fail};

/// What a typed call returns.
pub(crate) type CallResult<T> = Result<ResponseValue<T>, GeneratedError>;

/// Longest body quoted in a failure.
const BODY_CHARS: usize = 400;

/// Await `call`, which must answer 200; its body.
pub(crate) async fn expect_ok<T>(
    what: &str,
    call: impl Future<Output = CallResult<T>>,
) -> Result<T, Failure> {
    match call.await {
        Ok(answer) if answer.status() == 200 => Ok(answer.into_inner()),
        Ok(answer) => Err(fail(format!(
            "{what}: expected 200, got {}",
            answer.status()
        ))),
        Err(e) => Err(fail(format!("{what}: expected 200, {}", describe(e).await))),
    }
}

/// Await `call`, which must fail with `status`, the `Error` body and `code`; the body.
pub(crate) async fn expect_error<T: Serialize>(
    what: &str,
    call: impl Future<Output = CallResult<T>>,
    status: u16,
    code: &str,
) -> Result<ErrorBody, Failure> {
    let expected = format!("expected {status} {code}");
    match call.await {
        Ok(answer) => Err(fail(format!(
            "{what}: {expected}, got {} {}",
            answer.status(),
            clip(
                &serde_json::to_string(&*answer).unwrap_or_default(),
                BODY_CHARS
            )
        ))),
        Err(GeneratedError::ErrorResponse(answer)) => {
            let got = answer.status().as_u16();
            let body = serde_json::to_string(&*answer).unwrap_or_default();
            check_error_body(what, got, &body, status, code)
        }
        Err(GeneratedError::UnexpectedResponse(response)) => {
            let got = response.status().as_u16();
            let body = response.text().await.unwrap_or_default();
            check_error_body(what, got, &body, status, code)
        }
        Err(GeneratedError::InvalidResponsePayload(bytes, e)) => Err(fail(format!(
            "{what}: {expected}, got a body that is not the spec's Error ({e}): {}",
            clip(&String::from_utf8_lossy(&bytes), BODY_CHARS)
        ))),
        Err(other) => Err(fail(format!(
            "{what}: {expected}, {}",
            describe(other).await
        ))),
    }
}

/// A raw `response`, which must have `status`, the `Error` body and `code`; the body.
pub(crate) async fn expect_raw_error(
    what: &str,
    response: Result<reqwest::Response, reqwest::Error>,
    status: u16,
    code: &str,
) -> Result<ErrorBody, Failure> {
    let response =
        response.map_err(|e| fail(format!("{what}: expected {status} {code}, no answer: {e}")))?;
    let got = response.status().as_u16();
    let body = response.text().await.unwrap_or_default();
    check_error_body(what, got, &body, status, code)
}

/// The status is `status` and `body` is `{"success": false, "message": "...", "code": code}`.
pub(crate) fn check_error_body(
    what: &str,
    got: u16,
    body: &str,
    status: u16,
    code: &str,
) -> Result<ErrorBody, Failure> {
    if got != status {
        return Err(fail(format!(
            "{what}: expected {status} {code}, got {got}: {}",
            clip(body, BODY_CHARS)
        )));
    }
    let error: ErrorBody = serde_json::from_str(body).map_err(|e| {
        fail(format!(
            "{what}: the {status} body is not the spec's Error ({e}): {}",
            clip(body, BODY_CHARS)
        ))
    })?;
    if error.success {
        return Err(fail(format!(
            "{what}: the {status} body has `success: true`, expected false: {}",
            clip(body, BODY_CHARS)
        )));
    }
    if error.message.trim().is_empty() {
        return Err(fail(format!(
            "{what}: the {status} body has an empty `message`: {}",
            clip(body, BODY_CHARS)
        )));
    }
    if error.code.as_deref() != Some(code) {
        return Err(fail(format!(
            "{what}: expected code {code:?} in the {status} body, got {:?}: {}",
            error.code,
            clip(body, BODY_CHARS)
        )));
    }
    Ok(error)
}

/// A failed call in words: `got 404 {"success":false,...}`, `no answer: ...`.
pub(crate) async fn describe(error: GeneratedError) -> String {
    match error {
        GeneratedError::ErrorResponse(answer) => format!(
            "got {} {}",
            answer.status(),
            clip(
                &serde_json::to_string(&*answer).unwrap_or_default(),
                BODY_CHARS
            )
        ),
        GeneratedError::UnexpectedResponse(response) => {
            let status = response.status();
            let body = response.text().await.unwrap_or_default();
            format!("got {status} {}", clip(&body, BODY_CHARS))
        }
        GeneratedError::InvalidResponsePayload(bytes, e) => format!(
            "got a body that does not match the spec ({e}): {}",
            clip(&String::from_utf8_lossy(&bytes), BODY_CHARS)
        ),
        GeneratedError::CommunicationError(e)
        | GeneratedError::ResponseBodyError(e)
        | GeneratedError::InvalidUpgrade(e) => {
            format!("no answer: {}", error_chain(&e))
        }
        GeneratedError::InvalidRequest(reason) | GeneratedError::Custom(reason) => {
            format!("the request could not be built: {reason}")
        }
    }
}

/// `e` and its sources, `: `-separated.
pub(crate) fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_body_must_have_status_success_message_and_code() {
        let good = r#"{"success": false, "message": "No customer 7", "code": "NOT_FOUND"}"#;
        assert!(check_error_body("GET x", 404, good, 404, "NOT_FOUND").is_ok());
        let Err(Failure::Fail(why)) = check_error_body("GET x", 400, good, 404, "NOT_FOUND") else {
            panic!("a wrong status passed");
        };
        assert!(
            why.starts_with("GET x: expected 404 NOT_FOUND, got 400"),
            "{why}"
        );
        let no_code = r#"{"success": false, "message": "No customer 7"}"#;
        let Err(Failure::Fail(why)) = check_error_body("GET x", 404, no_code, 404, "NOT_FOUND")
        else {
            panic!("a body without code passed");
        };
        assert!(why.contains("expected code \"NOT_FOUND\""), "{why}");
        let html = "<html>404</html>";
        let Err(Failure::Fail(why)) = check_error_body("GET x", 404, html, 404, "NOT_FOUND") else {
            panic!("an HTML body passed");
        };
        assert!(why.contains("is not the spec's Error"), "{why}");
    }
}
