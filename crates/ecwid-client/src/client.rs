//! [`EcwidClient`]: the generated client bound to one store and one token, with typed
//! convenience methods.

use std::fmt;
use std::future::Future;
use std::time::Duration;

use client_http::{
    BearerError, CallRecord, CallSummary, ClientConfig, ClientSetup, Defaults, RetryPolicy,
};
use secrecy::SecretString;
use serde::de::DeserializeOwned;

use crate::error::GeneratedError;

use crate::hook::RequestHook;
use crate::types::{Customer, CustomerCreateRequest, CustomerUpdateRequest, CustomersSearchResult};
use crate::{Client, CustomerFilter, Error, ResponseValue, Stats, builder};

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
/// Two ways to call Ecwid:
///
/// - typed methods ([`customer`](Self::customer), [`create`](Self::create),
///   [`update`](Self::update), [`delete`](Self::delete), [`search`](Self::search),
///   [`count`](Self::count), [`search_all`](Self::search_all)) that return this crate's
///   [`Error`], with the operation and the attempts made;
/// - the generated builders ([`search_customers`](Self::search_customers), ...) with the store id
///   already set, returning progenitor's error (which converts into [`Error`] with `?`).
///
/// Both go through the same request hook, so both get the retries of the [`RetryPolicy`], the
/// tracing spans and the [`Stats`]. Clones share the connection pool and the counters.
///
/// Every call must run inside a **tokio** runtime with timers enabled (retries sleep on tokio's
/// timer; [`search_all`](Self::search_all) spawns tokio tasks): outside one it panics. Building
/// the client needs none.
#[derive(Clone)]
pub struct EcwidClient {
    raw: Client,
    store_id: i64,
    page_concurrency: usize,
    config: ClientConfig,
}

/// Builds an [`EcwidClient`] with a custom [`RetryPolicy`], timeout, page concurrency or HTTP
/// client; from [`EcwidClient::builder`].
///
/// ```
/// use std::time::Duration;
/// use ecwid_client::{EcwidClient, RetryPolicy};
///
/// let ecwid = EcwidClient::builder("https://app.ecwid.com/api/v3", 1003, "secret_ab".into())
///     .retry(RetryPolicy::default().with_max_attempts(5))
///     .timeout(Duration::from_secs(10))
///     .page_concurrency(2)
///     .build()?;
/// assert_eq!(ecwid.config().retry.max_attempts, 5);
/// # Ok::<(), ecwid_client::BuildError>(())
/// ```
///
/// # The HTTP client
///
/// Without [`http`](Self::http), the crate builds its own: user agent `ecwid-client/<version>`,
/// timeout [`EcwidClient::DEFAULT_TIMEOUT`] (30 s). With it, the caller's `reqwest::ClientBuilder`
/// is used as given (its user agent, timeout, proxies, TLS roots, default headers) and only the
/// `Authorization` header is added: the crate cannot tell what a `reqwest::ClientBuilder` has
/// set, so it sets none of its defaults there. [`timeout`](Self::timeout) (or a
/// [`ClientConfig::timeout`] that is `Some`) is the caller's choice too, and applies to either.
/// Its HTTP part is `client_http`'s `ClientSetup`, which `ecartapi-client`'s builder wraps too.
#[must_use = "a builder does nothing until `build` is called"]
#[derive(Debug)]
pub struct EcwidClientBuilder {
    store_id: i64,
    page_concurrency: usize,
    /// The URL, the token, the settings and the caller's HTTP client; its `Debug` hides the
    /// token.
    setup: ClientSetup,
}

impl EcwidClientBuilder {
    /// Retries and waits; default [`RetryPolicy::default`].
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.setup = self.setup.retry(policy);
        self
    }

    /// Time limit of one attempt, from connecting to the last body byte; default 30 s, or the
    /// timeout of the builder given to [`http`](Self::http). Applies to either.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.setup = self.setup.timeout(timeout);
        self
    }

    /// Search pages [`EcwidClient::search_all`] fetches at once (`0` counts as `1`). Default 4:
    /// Ecwid allows 600 requests a minute per token, and 4 pages of 100 in flight keep a large
    /// export well under it while hiding most of the latency.
    pub fn page_concurrency(mut self, pages: usize) -> Self {
        self.page_concurrency = pages;
        self
    }

    /// The retry policy and the timeout at once.
    pub fn config(mut self, config: ClientConfig) -> Self {
        self.setup = self.setup.config(config);
        self
    }

    /// Use a caller's `reqwest::ClientBuilder` (proxies, user agent, timeout, TLS roots) as
    /// given: only the `Authorization` header is added to it, and [`timeout`](Self::timeout)
    /// when that is called. The crate's user agent and default timeout are not applied.
    pub fn http(mut self, http: reqwest::ClientBuilder) -> Self {
        self.setup = self.setup.http(http);
        self
    }

    /// The client. It needs no async runtime; its calls do (see [the crate
    /// docs](crate#the-async-runtime)).
    pub fn build(self) -> Result<EcwidClient, BuildError> {
        let parts = self.setup.build()?;
        let hook = RequestHook::new(parts.config.retry.clone());
        Ok(EcwidClient {
            raw: Client::new_with_client(&parts.base_url, parts.http, hook),
            store_id: self.store_id,
            page_concurrency: self.page_concurrency,
            config: parts.config,
        })
    }
}

impl From<BearerError> for BuildError {
    fn from(err: BearerError) -> Self {
        match err {
            BearerError::InvalidSecret => Self::InvalidToken,
            BearerError::Http(err) => Self::Http(err),
        }
    }
}

impl EcwidClient {
    /// Per-request timeout of the HTTP client the crate builds (without
    /// [`EcwidClientBuilder::http`]).
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

    /// User agent of the HTTP client the crate builds (without [`EcwidClientBuilder::http`]).
    pub const USER_AGENT: &str = concat!("ecwid-client/", env!("CARGO_PKG_VERSION"));

    /// The HTTP client the crate builds: [`Self::USER_AGENT`], [`Self::DEFAULT_TIMEOUT`].
    const DEFAULTS: Defaults = Defaults {
        user_agent: Self::USER_AGENT,
        timeout: Self::DEFAULT_TIMEOUT,
    };

    /// Search pages [`search_all`](Self::search_all) fetches at once unless
    /// [`EcwidClientBuilder::page_concurrency`] says otherwise.
    pub const DEFAULT_PAGE_CONCURRENCY: usize = 4;

    /// A client for `base_url` (`https://app.ecwid.com/api/v3`, no trailing slash needed) and
    /// `store_id`, sending `Authorization: Bearer <token>` on every request, with the default
    /// [`ClientConfig`].
    pub fn new(
        base_url: impl Into<String>,
        store_id: i64,
        token: SecretString,
    ) -> Result<Self, BuildError> {
        Self::builder(base_url, store_id, token).build()
    }

    /// Like [`Self::new`], with the settings of [`EcwidClientBuilder`] open to change.
    pub fn builder(
        base_url: impl Into<String>,
        store_id: i64,
        token: SecretString,
    ) -> EcwidClientBuilder {
        EcwidClientBuilder {
            store_id,
            page_concurrency: Self::DEFAULT_PAGE_CONCURRENCY,
            setup: ClientSetup::new(base_url, token, Self::DEFAULTS),
        }
    }

    /// Like [`Self::new`] but with a caller's `reqwest::ClientBuilder` (proxies, user agent,
    /// timeout), used as given: only the `Authorization` default header is added to it (see
    /// [`EcwidClientBuilder::http`]).
    pub fn with_http(
        base_url: impl Into<String>,
        store_id: i64,
        token: &SecretString,
        http: reqwest::ClientBuilder,
    ) -> Result<Self, BuildError> {
        Self::builder(base_url, store_id, token.clone())
            .http(http)
            .build()
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

    /// The settings this client was built with.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// Search pages [`search_all`](Self::search_all) fetches at once.
    pub fn page_concurrency(&self) -> usize {
        self.page_concurrency
    }

    /// What this client and its clones have done so far: requests, retries, pages, customers.
    pub fn stats(&self) -> Stats {
        self.raw.inner.stats()
    }

    /// `GET /{storeId}/customers/{customerId}`: one customer.
    pub async fn customer(&self, customer_id: i64) -> Result<Customer, Error> {
        self.call("get_customer", self.get_customer(customer_id).send(), Ok)
            .await
    }

    /// `POST /{storeId}/customers`: create a customer and return its ID. Never retried (a
    /// repeated create would make a duplicate).
    pub async fn create(&self, customer: &CustomerCreateRequest) -> Result<i64, Error> {
        self.call(
            "create_customer",
            self.create_customer().body(customer.clone()).send(),
            |created| created.id.ok_or("id"),
        )
        .await
    }

    /// `PUT /{storeId}/customers/{customerId}`: change the fields that are set and return
    /// Ecwid's `updateCount` (1 when updated).
    pub async fn update(
        &self,
        customer_id: i64,
        changes: &CustomerUpdateRequest,
    ) -> Result<i64, Error> {
        self.call(
            "update_customer",
            self.update_customer(customer_id)
                .body(changes.clone())
                .send(),
            |updated| updated.update_count.ok_or("updateCount"),
        )
        .await
    }

    /// `DELETE /{storeId}/customers/{customerId}`: return Ecwid's `deleteCount` (1 when deleted,
    /// 0 when there was nothing to delete, as after a retried delete that had gone through).
    pub async fn delete(&self, customer_id: i64) -> Result<i64, Error> {
        self.call(
            "delete_customer",
            self.delete_customer(customer_id).send(),
            |deleted| deleted.delete_count.ok_or("deleteCount"),
        )
        .await
    }

    /// `GET /{storeId}/customers`: one page of at most `limit` customers (1 to 100) from
    /// `offset` on.
    pub async fn search(
        &self,
        filter: &CustomerFilter,
        offset: u64,
        limit: u64,
    ) -> Result<CustomersSearchResult, Error> {
        let search = filter
            .search(crate::hook::SEARCH_OPERATION, self.search_customers())?
            .offset(offset)
            .limit(limit);
        self.call(crate::hook::SEARCH_OPERATION, search.send(), Ok)
            .await
    }

    /// The number of customers matching `filter`, fetched as one search answer trimmed to
    /// `total` (`limit=1&responseFields=total`).
    pub async fn count(&self, filter: &CustomerFilter) -> Result<u64, Error> {
        let search = filter
            .search(crate::hook::SEARCH_OPERATION, self.search_customers())?
            .limit(1u64)
            .response_fields("total");
        self.call(crate::hook::SEARCH_OPERATION, search.send(), |page| {
            page.total
                .and_then(|t| u64::try_from(t).ok())
                .ok_or("total")
        })
        .await
    }

    /// Run one generated call, keep what the hook saw, and turn the result into this crate's
    /// types; `pick` takes the value out of the answer or names the field that is missing.
    pub(crate) async fn call<T, U>(
        &self,
        operation: &'static str,
        send: impl Future<Output = Result<ResponseValue<T>, GeneratedError>>,
        pick: impl FnOnce(T) -> Result<U, &'static str>,
    ) -> Result<U, Error>
    where
        T: DeserializeOwned,
    {
        let (answer, call) = self.call_with_summary(operation, send).await?;
        pick(answer).map_err(|field| Error::missing_field(operation, field, call))
    }

    pub(crate) async fn call_with_summary<T: DeserializeOwned>(
        &self,
        operation: &'static str,
        send: impl Future<Output = Result<ResponseValue<T>, GeneratedError>>,
    ) -> Result<(T, CallSummary), Error> {
        let (result, call) = CallRecord::watch(send).await;
        match result {
            Ok(answer) => Ok((answer.into_inner(), call)),
            Err(err) => Err(Error::from_call::<T>(operation, err, call)),
        }
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
            .field("config", &self.config)
            .field("page_concurrency", &self.page_concurrency)
            .finish()
    }
}

use crate::ClientInfo as _;
