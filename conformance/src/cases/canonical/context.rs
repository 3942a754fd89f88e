//! [`CanonicalCtx`]: what every canonical case shares in one run: the typed client, a raw HTTP
//! client, the run id, the filter fixture and the customers to delete at the end.

use std::sync::Mutex;

use ecartapi_client::types::{Customer, CustomerCreate, CustomerCreateRequest};
use ecartapi_client::{Client, EcartClient, RetryPolicy};
use reqwest::Method;
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::OnceCell;

use super::expected_answers::{expect_error, expect_ok};
use super::fixture::Fixture;
use super::query::Query;
use crate::capability::{Capabilities, Capability};
use crate::case::Failure;
use crate::check::{fail, skip};
use crate::runner::RunOptions;
use crate::target::CanonicalTarget;

/// The largest page the canonical contract allows; walks use it.
pub(crate) const MAX_LIMIT: u64 = 100;

/// The shared state of the canonical cases of one run.
pub(crate) struct CanonicalCtx {
    client: EcartClient,
    http: reqwest::Client,
    base_url: String,
    api_key: SecretString,
    run: String,
    options: RunOptions,
    fixture: OnceCell<Result<Fixture, Failure>>,
    created: Mutex<Vec<String>>,
    capabilities: Capabilities,
}

impl CanonicalCtx {
    /// The context for `target`; `run` marks every customer the run creates.
    pub(crate) fn new(
        target: &CanonicalTarget,
        run: &str,
        options: &RunOptions,
    ) -> Result<Self, String> {
        let client = Self::build_client(&target.base_url, target.api_key.clone())
            .map_err(|e| format!("cannot build the canonical client: {e}"))?;
        let http = reqwest::Client::builder()
            .timeout(options.request_timeout)
            .build()
            .map_err(|e| format!("cannot build the HTTP client: {e}"))?;
        Ok(Self {
            client,
            http,
            base_url: target.base_url.clone(),
            api_key: target.api_key.clone(),
            run: run.to_owned(),
            options: options.clone(),
            fixture: OnceCell::new(),
            created: Mutex::new(Vec::new()),
            capabilities: Capabilities::default(),
        })
    }

    /// A canonical client that sends every request once: a case judges each answer the target
    /// gives, so none may be hidden behind a retry.
    fn build_client(
        base_url: &str,
        key: SecretString,
    ) -> Result<EcartClient, ecartapi_client::BuildError> {
        EcartClient::builder(base_url, key)
            .retry(RetryPolicy::never())
            .build()
    }

    /// The generated client, with the target's key: the cases judge progenitor's own outcome
    /// (status, body shape) of each call.
    pub(crate) fn client(&self) -> &Client {
        self.client.raw()
    }

    /// A client sending `key` instead of the target's.
    pub(crate) fn client_with_key(&self, key: &str) -> Result<EcartClient, Failure> {
        Self::build_client(&self.base_url, key.into())
            .map_err(|e| fail(format!("cannot build a client with another key: {e}")))
    }

    /// The target's key, for the cases that send it in a wrong way.
    pub(crate) fn api_key(&self) -> &str {
        self.api_key.expose_secret()
    }

    /// This run's id (lower-case hex), part of every name and email the run creates.
    pub(crate) fn run(&self) -> &str {
        &self.run
    }

    /// What the run knows of the target's capabilities.
    pub(crate) fn capabilities(&self) -> &Capabilities {
        &self.capabilities
    }

    /// Set what the run knows of the target's capabilities (once, before the cases run).
    pub(crate) fn set_capabilities(&mut self, capabilities: Capabilities) {
        self.capabilities = capabilities;
    }

    /// Whether the target has `capability` (one the run knows nothing of counts as present).
    pub(crate) fn has(&self, capability: Capability) -> bool {
        self.capabilities.has(capability)
    }

    /// The run's options.
    pub(crate) fn options(&self) -> &RunOptions {
        &self.options
    }

    /// A raw request to `path_and_query` (`/api/v2/customers?limit=0`) with the target's key.
    pub(crate) fn request(&self, method: Method, path_and_query: &str) -> reqwest::RequestBuilder {
        self.request_without_key(method, path_and_query)
            .bearer_auth(self.api_key.expose_secret())
    }

    /// A raw request to `path_and_query` without an `Authorization` header.
    pub(crate) fn request_without_key(
        &self,
        method: Method,
        path_and_query: &str,
    ) -> reqwest::RequestBuilder {
        self.http
            .request(method, format!("{}{path_and_query}", self.base_url))
    }

    /// Remember `id` for deletion at the end of the run.
    pub(crate) fn remember(&self, id: &str) {
        self.created
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(id.to_owned());
    }

    /// `POST /customers` with `customer`, expecting 200 and the created customer; the customer is
    /// deleted at the end of the run.
    pub(crate) async fn create(&self, customer: CustomerCreate) -> Result<Customer, Failure> {
        let body = CustomerCreateRequest { customer };
        let created = expect_ok(
            "POST /api/v2/customers",
            self.client().create_customer().body(body).send(),
        )
        .await?;
        self.remember(&created.customer.id);
        if !created.success {
            return Err(fail(format!(
                "POST /api/v2/customers: `success` is false in a 200 answer for customer {}",
                created.customer.id
            )));
        }
        Ok(created.customer)
    }

    /// `GET /customers/{id}`, expecting 200.
    pub(crate) async fn get(&self, id: &str) -> Result<Customer, Failure> {
        let answer = expect_ok(
            &format!("GET /api/v2/customers/{id}"),
            self.client().get_customer().id(id).send(),
        )
        .await?;
        Ok(answer.customer)
    }

    /// `DELETE /customers/{id}`, expecting 200.
    pub(crate) async fn delete(&self, id: &str) -> Result<(), Failure> {
        expect_ok(
            &format!("DELETE /api/v2/customers/{id}"),
            self.client().delete_customer().id(id).send(),
        )
        .await
        .map(drop)
    }

    /// One page of `GET /customers` with `query`.
    pub(crate) async fn list(&self, query: &Query) -> Result<Vec<Customer>, Failure> {
        let what = format!("GET /api/v2/customers?{query}");
        let answer = expect_ok(&what, query.list(self.client()).send()).await?;
        Ok(answer.customers)
    }

    /// Every customer matching `query`'s filters, walking pages of `limit` from page 1 until a page
    /// holds fewer than `limit` (the spec's walk). Fails past [`RunOptions::max_pages`].
    pub(crate) async fn list_all(
        &self,
        query: &Query,
        limit: u64,
    ) -> Result<Vec<Customer>, Failure> {
        let mut all = Vec::new();
        for page in 1..=self.options.max_pages {
            let customers = self
                .list(&query.clone().limit(limit).page(page as u64))
                .await?;
            let short = (customers.len() as u64) < limit;
            if customers.len() as u64 > limit {
                return Err(fail(format!(
                    "GET /api/v2/customers?{}: {} customers on a page of limit {limit}",
                    query.clone().limit(limit).page(page as u64),
                    customers.len()
                )));
            }
            all.extend(customers);
            if short {
                return Ok(all);
            }
        }
        Err(fail(format!(
            "GET /api/v2/customers?{query}: still full pages after {} pages of {limit}; raise \
             max_pages or use a smaller store",
            self.options.max_pages
        )))
    }

    /// `GET /customers/count` with `query`'s filters.
    pub(crate) async fn count(&self, query: &Query) -> Result<i64, Failure> {
        let what = format!("GET /api/v2/customers/count?{query}");
        let answer = expect_ok(&what, query.count(self.client()).send()).await?;
        if !answer.success {
            return Err(fail(format!("{what}: `success` is false in a 200 answer")));
        }
        Ok(answer.count)
    }

    /// `GET /customers/{id}` must answer 404 `NOT_FOUND` with the error body.
    pub(crate) async fn expect_gone(&self, id: &str) -> Result<(), Failure> {
        expect_error(
            &format!("GET /api/v2/customers/{id}"),
            self.client().get_customer().id(id).send(),
            404,
            "NOT_FOUND",
        )
        .await
        .map(drop)
    }

    /// The id of some customer: the first listed, or one created for the purpose in an empty
    /// store (skips when the store is empty and the target cannot create).
    pub(crate) async fn any_customer_id(&self) -> Result<String, Failure> {
        let first = self.list(&Query::default().limit(1)).await?;
        match first.into_iter().next() {
            Some(customer) => Ok(customer.id),
            None if !self.has(Capability::Create) => Err(skip(
                "the store has no customers and the target cannot create one (no create)",
            )),
            None => Ok(self
                .create(super::created_customers::plain_customer(&self.run, "any"))
                .await?
                .id),
        }
    }

    /// `GET path` with `query` (encoded here) and the key, raw: the status must be 200 and the
    /// body JSON of a `T`.
    pub(crate) async fn get_json<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, &str)],
    ) -> Result<T, Failure> {
        let shown: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let what = if shown.is_empty() {
            format!("GET {path}")
        } else {
            format!("GET {path}?{}", shown.join("&"))
        };
        let response = self
            .request(Method::GET, path)
            .query(query)
            .send()
            .await
            .map_err(|e| {
                fail(format!(
                    "{what}: no answer: {}",
                    super::expected_answers::error_chain(&e)
                ))
            })?;
        let status = response.status();
        let body = response.text().await.unwrap_or_default();
        if status != 200 {
            return Err(fail(format!(
                "{what}: expected 200, got {status} {}",
                crate::check::clip(&body, 400)
            )));
        }
        serde_json::from_str(&body).map_err(|e| {
            fail(format!(
                "{what}: the body does not parse ({e}): {}",
                crate::check::clip(&body, 400)
            ))
        })
    }

    /// The filter fixture, built by the first case that needs it.
    pub(crate) async fn fixture(&self) -> Result<&Fixture, Failure> {
        self.fixture
            .get_or_init(|| Fixture::build(self))
            .await
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Delete every customer the run created that is still there; the messages of the deletes
    /// that failed. First those remembered at their create; then, where the target searches,
    /// any other customer whose email carries this run's mark (`conf-<run>-`): one whose create
    /// answered after its case had timed out, say.
    pub(crate) async fn cleanup(&self) -> Vec<String> {
        let ids = self.take_created();
        if let Some(why) = self.capabilities.missing(&[Capability::Delete]) {
            // Nothing to try: every delete would answer RESOURCE_NOT_AVAILABLE.
            return ids
                .into_iter()
                .map(|id| format!("canonical customer {id} is left on the target: it {why}"))
                .collect();
        }
        let mut problems = Vec::new();
        for id in &ids {
            problems.extend(self.delete_left(id).await);
        }
        if self.has(Capability::Create) && self.has(Capability::FilterSearch) {
            let mark = format!("conf-{}-", self.run);
            let query = Query {
                search: Some(mark.clone()),
                ..Query::default()
            };
            match self.list_all(&query, MAX_LIMIT).await {
                Ok(found) => {
                    for customer in found {
                        let marked = customer
                            .email
                            .as_deref()
                            .is_some_and(|email| email.starts_with(&mark));
                        if marked && !ids.contains(&customer.id) {
                            problems.extend(self.delete_left(&customer.id).await);
                        }
                    }
                }
                Err(Failure::Fail(why) | Failure::Skip(why)) => problems.push(format!(
                    "could not look for customers of this run left on the target: {why}"
                )),
            }
        }
        problems
    }

    /// The ids remembered for deletion, now forgotten.
    fn take_created(&self) -> Vec<String> {
        let mut ids = std::mem::take(
            &mut *self
                .created
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Delete customer `id` if it is still there; why not, if it could not be deleted.
    async fn delete_left(&self, id: &str) -> Option<String> {
        match self.client().delete_customer().id(id).send().await {
            Ok(_) => None,
            Err(e) if e.status().is_some_and(|s| s == 404) => None,
            Err(e) => Some(format!(
                "canonical customer {id} was not deleted: {}",
                super::expected_answers::describe(e).await
            )),
        }
    }
}

/// A run stopped before its clean-up (its future dropped: the caller's time limit, a cancelled
/// task) still deletes what it created: the deletes go on in a task of the runtime, if one runs.
impl Drop for CanonicalCtx {
    fn drop(&mut self) {
        let ids = self.take_created();
        if ids.is_empty() || !self.has(Capability::Delete) {
            return;
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            tracing::warn!(?ids, "no runtime to delete the customers this run created");
            return;
        };
        let client = self.client.clone();
        runtime.spawn(async move {
            for id in ids {
                if let Err(e) = client.raw().delete_customer().id(id.as_str()).send().await {
                    tracing::warn!(%id, status = ?e.status(), "a customer of a stopped run was not deleted");
                }
            }
        });
    }
}
