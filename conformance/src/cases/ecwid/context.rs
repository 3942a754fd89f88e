//! [`EcwidCtx`]: what every Ecwid case shares in one run: the client, the run id and the
//! customers to delete at the end.

use std::sync::Mutex;

use ecwid_client::types::{Customer, CustomerCreateRequest};
use ecwid_client::{EcwidClient, Error};
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;

use crate::case::Failure;
use crate::check::fail;
use crate::runner::RunOptions;
use crate::target::EcwidTarget;

/// The shared state of the Ecwid cases of one run.
pub(crate) struct EcwidCtx {
    client: EcwidClient,
    http: reqwest::Client,
    token: SecretString,
    base_url: String,
    store_id: i64,
    run: String,
    options: RunOptions,
    created: Mutex<Vec<i64>>,
    created_groups: Mutex<Vec<i64>>,
    created_extra_fields: Mutex<Vec<String>>,
}

impl EcwidCtx {
    /// The context for `target`; `run` marks every customer the run creates.
    pub(crate) fn new(
        target: &EcwidTarget,
        run: &str,
        options: &RunOptions,
    ) -> Result<Self, String> {
        let client = EcwidClient::builder(&target.base_url, target.store_id, target.token.clone())
            .timeout(options.request_timeout)
            .build()
            .map_err(|e| format!("cannot build the Ecwid client: {e}"))?;
        let http = reqwest::Client::builder()
            .timeout(options.request_timeout)
            .build()
            .map_err(|e| format!("cannot build the HTTP client: {e}"))?;
        Ok(Self {
            client,
            http,
            token: target.token.clone(),
            base_url: target.base_url.clone(),
            store_id: target.store_id,
            run: run.to_owned(),
            options: options.clone(),
            created: Mutex::new(Vec::new()),
            created_groups: Mutex::new(Vec::new()),
            created_extra_fields: Mutex::new(Vec::new()),
        })
    }

    /// The client, with the target's token.
    pub(crate) fn client(&self) -> &EcwidClient {
        &self.client
    }

    /// A client for the same store sending `token` instead.
    pub(crate) fn client_with_token(&self, token: &str) -> Result<EcwidClient, Failure> {
        EcwidClient::builder(&self.base_url, self.store_id, token.into())
            .timeout(self.options.request_timeout)
            .build()
            .map_err(|e| fail(format!("cannot build a client with another token: {e}")))
    }

    /// A raw `GET {base}/{store}{path}` without an `Authorization` header, with `query`.
    pub(crate) fn get_without_header(
        &self,
        path: &str,
        query: &[(&str, &str)],
    ) -> reqwest::RequestBuilder {
        self.http
            .get(format!("{}/{}{path}", self.base_url, self.store_id))
            .query(query)
    }

    /// Remember customer `id` (created without [`Self::create`]), to delete at the end of the run.
    pub(crate) fn created_customer(&self, id: i64) {
        lock(&self.created).push(id);
    }

    /// Remember customer group `id`, to delete at the end of the run.
    pub(crate) fn created_group(&self, id: i64) {
        lock(&self.created_groups).push(id);
    }

    /// Remember extra field `key`, to delete at the end of the run.
    pub(crate) fn created_extra_field(&self, key: &str) {
        lock(&self.created_extra_fields).push(key.to_owned());
    }

    /// The target's token, for the cases that send it in a wrong way.
    pub(crate) fn token(&self) -> &str {
        self.token.expose_secret()
    }

    /// This run's id, part of every email the run creates.
    pub(crate) fn run(&self) -> &str {
        &self.run
    }

    /// The run's options.
    pub(crate) fn options(&self) -> &RunOptions {
        &self.options
    }

    /// `ecwid-<run>-<label>@example.com`.
    pub(crate) fn email(&self, label: &str) -> String {
        format!("ecwid-{}-{label}@example.com", self.run)
    }

    /// `POST /customers` with the JSON `body`; the new id, deleted at the end of the run.
    pub(crate) async fn create(&self, body: Value) -> Result<i64, Failure> {
        let request: CustomerCreateRequest = serde_json::from_value(body).map_err(|e| {
            fail(format!(
                "the suite's create body does not fit the spec: {e}"
            ))
        })?;
        let id = self
            .client
            .create(&request)
            .await
            .map_err(|e| fail(format!("POST /customers: {e}")))?;
        self.created
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(id);
        Ok(id)
    }

    /// `GET /customers/{id}`, expecting the customer.
    pub(crate) async fn get(&self, id: i64) -> Result<Customer, Failure> {
        self.client
            .customer(id)
            .await
            .map_err(|e| fail(format!("GET /customers/{id}: {e}")))
    }

    /// Delete every customer the run created that is still there; the messages of the deletes
    /// that failed.
    pub(crate) async fn cleanup(&self) -> Vec<String> {
        let ids = std::mem::take(
            &mut *self
                .created
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        let mut problems = Vec::new();
        for id in ids {
            match self.client.delete(id).await {
                Ok(_) => {}
                Err(e) if e.status().is_some_and(|s| s == 404) => {}
                Err(e) => problems.push(format!("Ecwid customer {id} was not deleted: {e}")),
            }
        }
        let groups = std::mem::take(&mut *lock(&self.created_groups));
        for id in groups {
            match super::typed_calls::delete_group(self, id).await {
                Ok(_) => {}
                Err(e) if e.status().is_some_and(|s| s == 404) => {}
                Err(e) => problems.push(format!("Ecwid customer group {id} was not deleted: {e}")),
            }
        }
        let keys = std::mem::take(&mut *lock(&self.created_extra_fields));
        for key in keys {
            match super::typed_calls::delete_extra_field(self, &key).await {
                Ok(_) => {}
                Err(e) if e.status().is_some_and(|s| s == 404) => {}
                Err(e) => problems.push(format!(
                    "Ecwid customer extra field {key} was not deleted: {e}"
                )),
            }
        }
        problems
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// `result` must be an error with `status` (and Ecwid's `errorCode` `code`, when given).
pub(crate) fn expect_status<T: std::fmt::Debug>(
    what: &str,
    result: Result<T, Error>,
    status: u16,
    code: Option<&str>,
) -> Result<(), Failure> {
    let expected = match code {
        Some(code) => format!("expected {status} {code}"),
        None => format!("expected {status}"),
    };
    match result {
        Ok(answer) => Err(fail(format!(
            "{what}: {expected}, got success: {}",
            crate::check::clip(&format!("{answer:?}"), 300)
        ))),
        Err(e) if e.status().map(|s| s.as_u16()) != Some(status) => {
            Err(fail(format!("{what}: {expected}, got {e}")))
        }
        Err(e) => match code {
            Some(code) if e.error_code() != Some(code) => Err(fail(format!(
                "{what}: {expected}, got errorCode {:?}: {e}",
                e.error_code()
            ))),
            _ => Ok(()),
        },
    }
}
