//! The request hook of the generated client: every operation goes through
//! [`client_http::execute`] with this crate's retry policy and its `ecart_request` span.

use client_http::{Observer, RetryPolicy};
use progenitor_client::{ClientHooks, OperationInfo};
use reqwest::{Request, Response};
use tracing::{Span, field};

use crate::Client;

/// The per-client state of the request hook: the retry policy. The generated [`Client`]
/// carries it as its `inner` value; an [`EcartClient`](crate::EcartClient) builds it for you.
#[derive(Debug, Clone, Default)]
pub struct RequestHook {
    policy: RetryPolicy,
}

impl RequestHook {
    /// A hook state for building a raw [`Client`] with
    /// `Client::new_with_client(base_url, http, RequestHook::new(policy))`.
    pub fn new(policy: RetryPolicy) -> Self {
        Self { policy }
    }

    /// The retry policy.
    pub fn policy(&self) -> &RetryPolicy {
        &self.policy
    }
}

/// Every generated operation's request goes through here.
impl ClientHooks<RequestHook> for Client {
    async fn exec(&self, request: Request, info: &OperationInfo) -> reqwest::Result<Response> {
        let observer = Attempts {
            operation: info.operation_id,
            method: request.method().clone(),
            // The query is left out of logs: list filters carry emails and names.
            path: request.url().path().to_owned(),
        };
        client_http::execute(&self.client, request, &self.inner.policy, &observer).await
    }
}

/// One call as the retry loop sees it: the span of each attempt.
struct Attempts {
    operation: &'static str,
    method: reqwest::Method,
    path: String,
}

impl Observer for Attempts {
    fn attempt_span(&self, attempt: u32) -> Span {
        tracing::debug_span!(
            "ecart_request",
            operation = self.operation,
            method = %self.method,
            path = %self.path,
            attempt,
            status = field::Empty,
            elapsed_ms = field::Empty,
        )
    }
}
