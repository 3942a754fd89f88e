//! [`EcartClient`]: the generated client with bearer authentication, retries, a timeout and
//! typed methods.

use std::fmt;
use std::future::Future;
use std::time::Duration;

use client_http::{BearerError, CallRecord, ClientConfig, ClientSetup, Defaults, RetryPolicy};
use secrecy::SecretString;

use crate::hook::RequestHook;
use crate::types::{
    Customer, CustomerCreate, CustomerCreateRequest, CustomerInput, CustomerUpdateRequest,
};
use crate::{Client, ClientInfo as _, Error, GeneratedError, ResponseValue};

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

/// A canonical customers API client: the generated [`Client`] with the key, the retry policy
/// and the timeout in one place.
///
/// Two ways to call the API:
///
/// - typed methods ([`customer`](Self::customer), [`create`](Self::create),
///   [`update`](Self::update), [`delete`](Self::delete)) that return this crate's [`Error`],
///   naming the operation, the attempts, the status and the error body's `code` and `message`;
/// - the generated builders through [`raw`](Self::raw) (`ecart.raw().list_customers()...`),
///   for the list and count filters: they return progenitor's error, which converts into
///   [`Error`] with `?`, or pass their `send()` to [`call`](Self::call) for the full [`Error`].
///
/// Both go through the same request hook, so both get the retries of the [`RetryPolicy`] and
/// the `ecart_request` tracing spans. Clones share the connection pool.
///
/// Every call must run inside a **tokio** runtime with timers enabled (retries sleep on tokio's
/// timer): outside one it panics. Building the client needs none.
#[derive(Clone)]
pub struct EcartClient {
    raw: Client,
    config: ClientConfig,
}

/// Builds an [`EcartClient`] with a custom [`RetryPolicy`], timeout or HTTP client; from
/// [`EcartClient::builder`].
///
/// ```
/// use std::time::Duration;
/// use ecartapi_client::{EcartClient, RetryPolicy};
///
/// let ecart = EcartClient::builder("https://api.ecartapi.com", "key".into())
///     .retry(RetryPolicy::default().with_max_attempts(5))
///     .timeout(Duration::from_secs(10))
///     .build()?;
/// assert_eq!(ecart.config().retry.max_attempts, 5);
/// # Ok::<(), ecartapi_client::BuildError>(())
/// ```
///
/// Without [`http`](Self::http), the crate builds its own HTTP client: user agent
/// [`EcartClient::USER_AGENT`], timeout [`EcartClient::DEFAULT_TIMEOUT`] (30 s). With it, the
/// caller's `reqwest::ClientBuilder` is used as given (its user agent, timeout, proxies, TLS
/// roots, default headers) and only the `Authorization` header is added.
#[must_use = "a builder does nothing until `build` is called"]
#[derive(Debug)]
pub struct EcartClientBuilder(
    /// The URL, the key, the settings and the caller's HTTP client; its `Debug` hides the key.
    ClientSetup,
);

impl EcartClientBuilder {
    /// Retries and waits; default [`RetryPolicy::default`].
    pub fn retry(self, policy: RetryPolicy) -> Self {
        Self(self.0.retry(policy))
    }

    /// Time limit of one attempt, from connecting to the last body byte; default 30 s, or the
    /// timeout of the builder given to [`http`](Self::http). Applies to either.
    pub fn timeout(self, timeout: Duration) -> Self {
        Self(self.0.timeout(timeout))
    }

    /// Everything at once.
    pub fn config(self, config: ClientConfig) -> Self {
        Self(self.0.config(config))
    }

    /// Use a caller's `reqwest::ClientBuilder` (proxies, user agent, timeout, TLS roots) as
    /// given: only the `Authorization` header is added to it, and [`timeout`](Self::timeout)
    /// when that is called. The crate's user agent and default timeout are not applied.
    pub fn http(self, http: reqwest::ClientBuilder) -> Self {
        Self(self.0.http(http))
    }

    /// The client. It needs no async runtime; its calls do.
    pub fn build(self) -> Result<EcartClient, BuildError> {
        let parts = self.0.build()?;
        let hook = RequestHook::new(parts.config.retry.clone());
        Ok(EcartClient {
            raw: Client::new_with_client(&parts.base_url, parts.http, hook),
            config: parts.config,
        })
    }
}

impl From<BearerError> for BuildError {
    fn from(err: BearerError) -> Self {
        match err {
            BearerError::InvalidSecret => Self::InvalidKey,
            BearerError::Http(err) => Self::Http(err),
        }
    }
}

impl EcartClient {
    /// Per-request timeout of the HTTP client the crate builds (without
    /// [`EcartClientBuilder::http`]).
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

    /// User agent of the HTTP client the crate builds (without [`EcartClientBuilder::http`]).
    pub const USER_AGENT: &str = concat!("ecartapi-client/", env!("CARGO_PKG_VERSION"));

    /// The HTTP client the crate builds: [`Self::USER_AGENT`], [`Self::DEFAULT_TIMEOUT`].
    const DEFAULTS: Defaults = Defaults {
        user_agent: Self::USER_AGENT,
        timeout: Self::DEFAULT_TIMEOUT,
    };

    /// A client for `base_url` (`https://api.ecartapi.com`; paths start with `/api/v2`), sending
    /// `Authorization: Bearer <key>` on every request, with the default [`ClientConfig`].
    pub fn new(base_url: impl Into<String>, api_key: SecretString) -> Result<Self, BuildError> {
        Self::builder(base_url, api_key).build()
    }

    /// Like [`Self::new`], with the settings of [`EcartClientBuilder`] open to change.
    pub fn builder(base_url: impl Into<String>, api_key: SecretString) -> EcartClientBuilder {
        EcartClientBuilder(ClientSetup::new(base_url, api_key, Self::DEFAULTS))
    }

    /// Like [`Self::new`] but with a caller's `reqwest::ClientBuilder` (proxies, user agent,
    /// timeout), used as given: only the `Authorization` default header is added to it (see
    /// [`EcartClientBuilder::http`]).
    pub fn with_http(
        base_url: impl Into<String>,
        api_key: &SecretString,
        http: reqwest::ClientBuilder,
    ) -> Result<Self, BuildError> {
        Self::builder(base_url, api_key.clone()).http(http).build()
    }

    /// The generated client, for the operations' builders (list and count filters, the orders
    /// of a customer). Its calls go through the same retries.
    pub fn raw(&self) -> &Client {
        &self.raw
    }

    /// The base URL (`https://api.ecartapi.com`).
    pub fn base_url(&self) -> &str {
        self.raw.baseurl()
    }

    /// The settings this client was built with.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// `GET /api/v2/customers/{id}`: one customer.
    pub async fn customer(&self, id: &str) -> Result<Customer, Error> {
        let answer = self
            .call("get_customer", self.raw.get_customer().id(id).send())
            .await?;
        Ok(answer.customer)
    }

    /// `POST /api/v2/customers`: create a customer and return it as the server stored it.
    /// Never retried (a repeated create would make a duplicate).
    pub async fn create(&self, customer: &CustomerCreate) -> Result<Customer, Error> {
        let body = CustomerCreateRequest {
            customer: customer.clone(),
        };
        let answer = self
            .call(
                "create_customer",
                self.raw.create_customer().body(body).send(),
            )
            .await?;
        Ok(answer.customer)
    }

    /// `PUT /api/v2/customers/{id}`: change the fields that are set and return the customer as
    /// the server stored it.
    pub async fn update(&self, id: &str, changes: &CustomerInput) -> Result<Customer, Error> {
        let body = CustomerUpdateRequest {
            customer: changes.clone(),
        };
        let answer = self
            .call(
                "update_customer",
                self.raw.update_customer().id(id).body(body).send(),
            )
            .await?;
        Ok(answer.customer)
    }

    /// `DELETE /api/v2/customers/{id}`.
    pub async fn delete(&self, id: &str) -> Result<(), Error> {
        self.call("delete_customer", self.raw.delete_customer().id(id).send())
            .await
            .map(drop)
    }

    /// Await one generated call (`ecart.raw().list_customers().limit(5).send()`) and return its
    /// body, or this crate's [`Error`] naming `operation`, the attempts made, the status (also
    /// of an error body that is not the spec's) and the error body's `code` and `message`.
    ///
    /// ```no_run
    /// # async fn demo(ecart: ecartapi_client::EcartClient) -> Result<(), ecartapi_client::Error> {
    /// let page = ecart
    ///     .call("list_customers", ecart.raw().list_customers().email("mary@example.com").send())
    ///     .await?;
    /// println!("{} customers", page.customers.len());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn call<T>(
        &self,
        operation: &'static str,
        send: impl Future<Output = Result<ResponseValue<T>, GeneratedError>>,
    ) -> Result<T, Error> {
        let (result, call) = CallRecord::watch(send).await;
        result
            .map(ResponseValue::into_inner)
            .map_err(|err| Error::from_call(operation, err, call))
    }
}

impl fmt::Debug for EcartClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EcartClient")
            .field("base_url", &self.raw.baseurl())
            .field("api_key", &"[redacted]")
            .field("config", &self.config)
            .finish()
    }
}
