//! [`Answer`]: one raw answer of a canonical API under test, and what the canonical spec says
//! every answer looks like.

use http::{HeaderMap, StatusCode};
use serde_json::Value;

/// One raw HTTP answer: its status, its headers and its body as JSON (`Value::Null` when the
/// body is empty).
///
/// The servers' tests read answers the generated client cannot (a refused body, a wrong
/// method) through it, and [`error`](Self::error) / [`ok`](Self::ok) hold each answer to the
/// canonical spec's envelope.
#[derive(Debug)]
pub struct Answer {
    /// The status.
    pub status: StatusCode,
    /// The headers.
    pub headers: HeaderMap,
    /// The body as JSON; `Value::Null` when empty.
    pub body: Value,
}

impl Answer {
    /// An answer from its parts.
    ///
    /// # Panics
    /// When `body` is neither empty nor JSON: every answer of the canonical API is JSON.
    #[track_caller]
    pub fn new(status: StatusCode, headers: HeaderMap, body: &[u8]) -> Self {
        let body = if body.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(body)
                .unwrap_or_else(|_| panic!("{status}: not JSON: {}", String::from_utf8_lossy(body)))
        };
        Self {
            status,
            headers,
            body,
        }
    }

    /// The answer must be 200 with `success: true`; its body.
    #[track_caller]
    pub fn ok(self) -> Value {
        assert_eq!(self.status, StatusCode::OK, "{:#}", self.body);
        assert_eq!(self.body["success"], true, "{:#}", self.body);
        self.body
    }

    /// The answer must be `status` with the canonical spec's `Error` body (`success: false`,
    /// `code`, a message that is not blank) sent as `application/json`; its message.
    #[track_caller]
    pub fn error(&self, status: u16, code: &str) -> String {
        assert_eq!(self.status.as_u16(), status, "{:#}", self.body);
        let content_type = self
            .headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok());
        assert_eq!(content_type, Some("application/json"), "{:?}", self.headers);
        assert_eq!(self.body["success"], false, "{:#}", self.body);
        assert_eq!(self.body["code"], code, "{:#}", self.body);
        let message = self.body["message"].as_str().unwrap_or_default().to_owned();
        assert!(!message.trim().is_empty(), "{:#}", self.body);
        message
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_answer(status: u16, body: &str) -> Answer {
        let mut headers = HeaderMap::new();
        headers.insert(
            http::header::CONTENT_TYPE,
            "application/json".parse().unwrap(),
        );
        Answer::new(
            StatusCode::from_u16(status).unwrap(),
            headers,
            body.as_bytes(),
        )
    }

    #[test]
    fn an_error_answer_gives_its_message() {
        let answer = json_answer(
            404,
            r#"{"success": false, "code": "NOT_FOUND", "message": "No customer 7"}"#,
        );
        assert_eq!(answer.error(404, "NOT_FOUND"), "No customer 7");
        assert_eq!(json_answer(204, "").body, Value::Null);
    }

    #[test]
    #[should_panic(expected = "right: \"VALIDATION_ERROR\"")]
    fn an_error_answer_with_another_code_fails() {
        let answer = json_answer(
            404,
            r#"{"success": false, "code": "NOT_FOUND", "message": "x"}"#,
        );
        answer.error(404, "VALIDATION_ERROR");
    }

    #[test]
    #[should_panic(expected = "not JSON")]
    fn a_body_that_is_not_json_fails() {
        json_answer(502, "<html>");
    }

    #[test]
    #[should_panic(expected = "\"message\": \" \"")]
    fn a_blank_message_fails() {
        json_answer(400, r#"{"success": false, "code": "X", "message": " "}"#).error(400, "X");
    }
}
