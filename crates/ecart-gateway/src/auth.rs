//! The API key check: `Authorization: Bearer <key>`, compared in constant time.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::header::AUTHORIZATION;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;

use crate::errors::{CanonicalError, Code};

/// The spec's message for a missing or wrong key (one message for both: the answer does not say
/// which).
const UNAUTHORIZED_MESSAGE: &str = "Missing or invalid API key";

/// Refuse every request whose `Authorization` header is not `Bearer <the configured key>` with
/// 401 and `WWW-Authenticate: Bearer`.
pub(crate) async fn require_api_key(
    State(key): State<Arc<SecretString>>,
    request: Request,
    next: Next,
) -> Response {
    if is_authorized(request.headers(), &key) {
        next.run(request).await
    } else {
        let mut response =
            CanonicalError::new(Code::Unauthorized, UNAUTHORIZED_MESSAGE).into_response();
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        response
    }
}

/// Whether `headers` carry exactly one `Authorization: Bearer <key>`. The scheme is matched
/// without regard to case (RFC 9110); the key byte for byte, in time that does not depend on
/// where the first difference is (only on the lengths).
fn is_authorized(headers: &HeaderMap, key: &SecretString) -> bool {
    let mut values = headers.get_all(AUTHORIZATION).iter();
    let (Some(value), None) = (values.next(), values.next()) else {
        return false;
    };
    let value = value.as_bytes();
    let Some((scheme, token)) = value
        .iter()
        .position(|&b| b == b' ')
        .map(|at| (&value[..at], &value[at + 1..]))
    else {
        return false;
    };
    let token = token.trim_ascii();
    scheme.eq_ignore_ascii_case(b"bearer")
        && !token.is_empty()
        && bool::from(token.ct_eq(key.expose_secret().as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(AUTHORIZATION, HeaderValue::from_str(value).unwrap());
        }
        headers
    }

    #[test]
    fn only_the_exact_bearer_key_passes() {
        let key = SecretString::from("k3y");
        assert!(is_authorized(&headers(&["Bearer k3y"]), &key));
        assert!(is_authorized(&headers(&["bearer k3y"]), &key));
        for refused in [
            &[][..],
            &["Bearer"],
            &["Bearer "],
            &["Bearer k3"],
            &["Bearer k3yy"],
            &["Bearer K3Y"],
            &["Basic k3y"],
            &["k3y"],
            &["Bearer k3y", "Bearer k3y"],
        ] {
            assert!(!is_authorized(&headers(refused), &key), "{refused:?}");
        }
    }

    #[test]
    fn an_empty_configured_key_lets_nobody_in() {
        let key = SecretString::from("");
        assert!(!is_authorized(&headers(&["Bearer "]), &key));
        assert!(!is_authorized(&headers(&["Bearer  "]), &key));
    }
}
