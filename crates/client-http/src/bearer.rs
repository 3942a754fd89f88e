//! [`bearer_client`]: the HTTP client of a generated client, sending a secret as
//! `Authorization: Bearer` on every request.

use std::time::Duration;

use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};

/// What a crate sets on the HTTP client it builds itself.
#[derive(Debug, Clone, Copy)]
pub struct Defaults {
    /// `User-Agent`, such as `ecwid-client/0.1.0`.
    pub user_agent: &'static str,
    /// Time limit of one request.
    pub timeout: Duration,
}

/// Why [`bearer_client`] failed. Never contains the secret.
#[derive(Debug)]
pub enum BearerError {
    /// The secret holds characters that cannot appear in an HTTP header.
    InvalidSecret,
    /// reqwest could not build the client (TLS backend, ...).
    Http(reqwest::Error),
}

/// A `reqwest::Client` sending `Authorization: Bearer <secret>`, marked sensitive so reqwest's
/// and http's `Debug` print `Sensitive` in its place.
///
/// Without `caller` the client is built with `defaults`. A caller's builder is used as given
/// (its user agent, timeout, proxies, TLS roots, default headers): the crate cannot tell what a
/// `reqwest::ClientBuilder` has set, so it sets none of its defaults there, and the header is
/// added to the caller's default headers, not put in their place. `timeout`, when `Some`,
/// applies to either.
pub fn bearer_client(
    secret: &str,
    caller: Option<reqwest::ClientBuilder>,
    defaults: Defaults,
    timeout: Option<Duration>,
) -> Result<reqwest::Client, BearerError> {
    let mut bearer = HeaderValue::try_from(format!("Bearer {secret}"))
        .map_err(|_| BearerError::InvalidSecret)?;
    bearer.set_sensitive(true);
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, bearer);
    let http = caller.unwrap_or_else(|| {
        reqwest::Client::builder()
            .user_agent(defaults.user_agent)
            .timeout(defaults.timeout)
    });
    let http = match timeout {
        Some(timeout) => http.timeout(timeout),
        None => http,
    };
    http.default_headers(headers)
        .build()
        .map_err(BearerError::Http)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFAULTS: Defaults = Defaults {
        user_agent: "test/1",
        timeout: Duration::from_secs(30),
    };

    #[test]
    fn a_secret_that_is_no_header_value_is_refused_without_showing_it() {
        let err = bearer_client("bad\nSECRET", None, DEFAULTS, None).unwrap_err();
        assert!(matches!(err, BearerError::InvalidSecret));
        assert!(!format!("{err:?}").contains("SECRET"));
        assert!(bearer_client("good", None, DEFAULTS, None).is_ok());
    }
}
