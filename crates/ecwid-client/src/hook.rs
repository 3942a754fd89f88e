//! The request hook of the generated client: every operation goes through
//! [`client_http::execute`] with this crate's retry policy, its `ecwid_request` tracing span and
//! its [`Stats`] counters.

use std::time::Duration;

use client_http::{Observer, RequestLabel, RetryPolicy};
use progenitor_client::{ClientHooks, OperationInfo};
use reqwest::{Request, Response};
use tracing::Span;

use crate::Client;
use crate::stats::{SharedCounters, Stats};

/// The operation id progenitor gives `GET /{storeId}/customers`; its answers are search pages.
pub(crate) const SEARCH_OPERATION: &str = "search_customers";

/// The per-client state of the request hook: the retry policy and the counters behind
/// [`Stats`]. The generated [`Client`] carries it as its `inner` value; an
/// [`EcwidClient`](crate::EcwidClient) builds it for you.
///
/// Cloning shares the counters.
#[derive(Debug, Clone, Default)]
pub struct RequestHook {
    policy: RetryPolicy,
    counters: SharedCounters,
}

impl RequestHook {
    /// A hook state with fresh counters, for building a raw [`Client`] with
    /// `Client::new_with_client(base_url, http, RequestHook::new(policy))`.
    pub fn new(policy: RetryPolicy) -> Self {
        Self {
            policy,
            counters: SharedCounters::default(),
        }
    }

    /// The retry policy.
    pub fn policy(&self) -> &RetryPolicy {
        &self.policy
    }

    /// What the clients sharing this state have done so far.
    pub fn stats(&self) -> Stats {
        self.counters.snapshot()
    }

    pub(crate) fn counters(&self) -> &SharedCounters {
        &self.counters
    }
}

/// Every generated operation's request goes through here.
impl ClientHooks<RequestHook> for Client {
    async fn exec(&self, request: Request, info: &OperationInfo) -> reqwest::Result<Response> {
        let hook = &self.inner;
        let observer = Attempts {
            label: RequestLabel::of(info.operation_id, &request),
            counters: &hook.counters,
        };
        let outcome = client_http::execute(&self.client, request, &hook.policy, &observer).await;
        if info.operation_id == SEARCH_OPERATION
            && outcome.as_ref().is_ok_and(|r| r.status().is_success())
        {
            hook.counters.page_received();
        }
        outcome
    }
}

/// One call as the retry loop sees it: the span of each attempt and the counters to update.
struct Attempts<'a> {
    label: RequestLabel,
    counters: &'a SharedCounters,
}

impl Observer for Attempts<'_> {
    fn attempt_span(&self, attempt: u32) -> Span {
        client_http::attempt_span!("ecwid_request", &self.label, attempt)
    }

    fn sent(&self) {
        self.counters.request_sent();
    }

    fn retrying(&self, wait: Duration) {
        self.counters.retry(wait);
    }
}
