//! [`EcwidClient`]: the generated client bound to one store and one token.

use std::fmt;
use std::time::Duration;

use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};
use secrecy::{ExposeSecret, SecretString};

use crate::{Client, builder};

/// Why an [`EcwidClient`] could not be built. Never contains the token.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The token holds characters that cannot appear in an HTTP header.
    #[error("the Ecwid token is not a valid HTTP header value (it must be visible ASCII)")]
    InvalidToken,
    /// The HTTP client could not be set up (TLS backend, ...).
    #[error("could not build the HTTP client")]
    Http(#[source] reqwest::Error),
}

/// The generated Ecwid client bound to a store id and a secret token.
///
/// Every operation method returns the generated builder with the store id already set, so a
/// call only names what varies. The underlying [`Client`] is available through [`Self::raw`].
#[derive(Clone)]
pub struct EcwidClient {
    raw: Client,
    store_id: i64,
}

impl EcwidClient {
    /// Default per-request timeout.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

    /// A client for `base_url` (`https://app.ecwid.com/api/v3`, no trailing slash needed) and
    /// `store_id`, sending `Authorization: Bearer <token>` on every request.
    pub fn new(
        base_url: impl Into<String>,
        store_id: i64,
        token: SecretString,
    ) -> Result<Self, BuildError> {
        Self::with_http(base_url, store_id, &token, reqwest::Client::builder())
    }

    /// Like [`Self::new`] but starting from a caller's `reqwest::ClientBuilder` (proxies, timeouts,
    /// user agent). The `Authorization` default header is added to it.
    pub fn with_http(
        base_url: impl Into<String>,
        store_id: i64,
        token: &SecretString,
        http: reqwest::ClientBuilder,
    ) -> Result<Self, BuildError> {
        let mut bearer = HeaderValue::try_from(format!("Bearer {}", token.expose_secret()))
            .map_err(|_| BuildError::InvalidToken)?;
        // Sensitive values print as `Sensitive` in reqwest's and http's Debug output.
        bearer.set_sensitive(true);
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, bearer);
        let http = http
            .default_headers(headers)
            .timeout(Self::DEFAULT_TIMEOUT)
            .user_agent(concat!("ecwid-client/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(BuildError::Http)?;
        let base_url = base_url.into();
        Ok(Self {
            raw: Client::new_with_client(base_url.trim_end_matches('/'), http),
            store_id,
        })
    }

    /// The store this client talks to.
    pub fn store_id(&self) -> i64 {
        self.store_id
    }

    /// The base URL, without the store id (`https://app.ecwid.com/api/v3`).
    pub fn base_url(&self) -> &str {
        self.raw.baseurl()
    }

    /// The generated client, for calls on another store with the same token.
    pub fn raw(&self) -> &Client {
        &self.raw
    }

    /// `GET /{storeId}/customers`: search customers; every filter is optional.
    pub fn search_customers(&self) -> builder::SearchCustomers<'_> {
        self.raw.search_customers().store_id(self.store_id)
    }

    /// `GET /{storeId}/customers/{customerId}`.
    pub fn get_customer(&self, customer_id: i64) -> builder::GetCustomer<'_> {
        self.raw
            .get_customer()
            .store_id(self.store_id)
            .customer_id(customer_id)
    }

    /// `POST /{storeId}/customers`; set the body with `.body(...)`.
    pub fn create_customer(&self) -> builder::CreateCustomer<'_> {
        self.raw.create_customer().store_id(self.store_id)
    }

    /// `PUT /{storeId}/customers/{customerId}`: partial update; set the body with `.body(...)`.
    pub fn update_customer(&self, customer_id: i64) -> builder::UpdateCustomer<'_> {
        self.raw
            .update_customer()
            .store_id(self.store_id)
            .customer_id(customer_id)
    }

    /// `DELETE /{storeId}/customers/{customerId}`.
    pub fn delete_customer(&self, customer_id: i64) -> builder::DeleteCustomer<'_> {
        self.raw
            .delete_customer()
            .store_id(self.store_id)
            .customer_id(customer_id)
    }

    /// `GET /{storeId}/customers/deleted`: the history of deleted customers.
    pub fn search_deleted_customers(&self) -> builder::SearchDeletedCustomers<'_> {
        self.raw.search_deleted_customers().store_id(self.store_id)
    }
}

impl fmt::Debug for EcwidClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EcwidClient")
            .field("base_url", &self.raw.baseurl())
            .field("store_id", &self.store_id)
            .field("token", &"[redacted]")
            .finish()
    }
}

use crate::ClientInfo as _;
