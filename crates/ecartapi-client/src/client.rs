//! [`EcartClient`]: the generated client with bearer authentication.

use std::fmt;
use std::ops::Deref;
use std::time::Duration;

use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};
use secrecy::{ExposeSecret, SecretString};

use crate::{Client, ClientInfo as _};

/// Why an [`EcartClient`] could not be built. Never contains the key.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The key holds characters that cannot appear in an HTTP header.
    #[error("the API key is not a valid HTTP header value (it must be visible ASCII)")]
    InvalidKey,
    /// The HTTP client could not be set up (TLS backend, ...).
    #[error("could not build the HTTP client")]
    Http(#[source] reqwest::Error),
}

/// The generated canonical client, sending `Authorization: Bearer <key>` on every request.
///
/// It dereferences to the generated [`Client`], so every operation is a method call away:
/// `ecart.get_customer().id("42").send().await`.
#[derive(Clone)]
pub struct EcartClient {
    raw: Client,
}

impl EcartClient {
    /// Default per-request timeout.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

    /// A client for `base_url` (`https://api.ecartapi.com`; paths start with `/api/v2`).
    pub fn new(base_url: impl Into<String>, api_key: SecretString) -> Result<Self, BuildError> {
        Self::with_http(base_url, &api_key, reqwest::Client::builder())
    }

    /// Like [`Self::new`] but starting from a caller's `reqwest::ClientBuilder`.
    pub fn with_http(
        base_url: impl Into<String>,
        api_key: &SecretString,
        http: reqwest::ClientBuilder,
    ) -> Result<Self, BuildError> {
        let mut bearer = HeaderValue::try_from(format!("Bearer {}", api_key.expose_secret()))
            .map_err(|_| BuildError::InvalidKey)?;
        bearer.set_sensitive(true);
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, bearer);
        let http = http
            .default_headers(headers)
            .timeout(Self::DEFAULT_TIMEOUT)
            .user_agent(concat!("ecartapi-client/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(BuildError::Http)?;
        let base_url = base_url.into();
        Ok(Self {
            raw: Client::new_with_client(base_url.trim_end_matches('/'), http),
        })
    }

    /// The generated client.
    pub fn raw(&self) -> &Client {
        &self.raw
    }
}

impl Deref for EcartClient {
    type Target = Client;

    fn deref(&self) -> &Client {
        &self.raw
    }
}

impl fmt::Debug for EcartClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EcartClient")
            .field("base_url", &self.raw.baseurl())
            .field("api_key", &"[redacted]")
            .finish()
    }
}
