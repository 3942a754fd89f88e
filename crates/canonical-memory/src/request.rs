//! What a handler reads from a request besides its path and query: the bearer key, whether the
//! body is JSON, and the body itself within its size limit.

use std::pin::Pin;

use axum::body::{Body, HttpBody};
use axum::http::HeaderMap;
use axum::http::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE};

use crate::error::Refusal;

/// The largest request body the server takes.
pub(crate) const MAX_BODY: usize = 256 * 1024;

/// How much of a refused body is still read, so the client, which may be sending it all before
/// it reads the answer, sees the 413 rather than a reset connection.
const DRAIN_LIMIT: usize = 16 * 1024 * 1024;

/// Whether `headers` carry `Authorization: Bearer <key>` (the scheme in any case, as HTTP
/// allows; the key compared in constant time).
pub(crate) fn has_key(headers: &HeaderMap, key: &str) -> bool {
    let Some(value) = headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let Some((scheme, token)) = value.trim().split_once(' ') else {
        return false;
    };
    scheme.eq_ignore_ascii_case("bearer") && same_secret(token.trim().as_bytes(), key.as_bytes())
}

/// `a == b` in a time that depends on their lengths only.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
}

/// The body, if `headers` say it is JSON (`application/json`, any parameters) and it is within
/// [`MAX_BODY`]: else 415 or 413 with the error body.
pub(crate) async fn json_body(headers: &HeaderMap, body: Body) -> Result<Vec<u8>, Refusal> {
    let content_type = headers.get(CONTENT_TYPE).map(|v| v.to_str().unwrap_or("?"));
    let essence = content_type
        .and_then(|t| t.split(';').next())
        .map(|t| t.trim().to_ascii_lowercase());
    if essence.as_deref() != Some("application/json") {
        return Err(Refusal::unsupported_media_type(content_type));
    }
    let announced = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if announced.is_some_and(|n| n > DRAIN_LIMIT) {
        return Err(Refusal::too_large(MAX_BODY));
    }
    read_within_limit(body).await
}

/// The body's bytes; past [`MAX_BODY`] the rest is read and dropped (up to [`DRAIN_LIMIT`]) and
/// the answer is 413.
async fn read_within_limit(mut body: Body) -> Result<Vec<u8>, Refusal> {
    let mut kept = Vec::new();
    let mut read = 0usize;
    while let Some(frame) = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
        let frame =
            frame.map_err(|e| Refusal::internal(format!("cannot read the request body: {e}")))?;
        let Ok(data) = frame.into_data() else {
            continue;
        };
        read = read.saturating_add(data.len());
        if read <= MAX_BODY {
            kept.extend_from_slice(&data);
        } else if read > DRAIN_LIMIT {
            break;
        }
    }
    if read > MAX_BODY {
        Err(Refusal::too_large(MAX_BODY))
    } else {
        Ok(kept)
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn with_authorization(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn only_the_key_under_bearer_passes() {
        assert!(has_key(&with_authorization("Bearer k3y"), "k3y"));
        assert!(has_key(&with_authorization("bearer k3y"), "k3y"));
        for refused in [
            "Token k3y",
            "Basic k3y",
            "k3y",
            "Bearer k3",
            "Bearer k3yy",
            "Bearer ",
        ] {
            assert!(!has_key(&with_authorization(refused), "k3y"), "{refused}");
        }
        assert!(!has_key(&HeaderMap::new(), "k3y"));
    }
}
