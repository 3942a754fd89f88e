//! The request hook of the generated client: every operation goes through
//! [`client_http::execute`] with this crate's retry policy and its `ecart_request` span.

use client_http::{Observer, RequestLabel, RetryPolicy};
use progenitor_client::{ClientHooks, OperationInfo};
use reqwest::{Request, Response};
use tracing::Span;

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
        let observer = Attempts(RequestLabel::of(info.operation_id, &request));
        client_http::execute(&self.client, request, &self.inner.policy, &observer).await
    }
}

/// One call as the retry loop sees it: the span of each attempt.
struct Attempts(RequestLabel);

impl Observer for Attempts {
    fn attempt_span(&self, attempt: u32) -> Span {
        client_http::attempt_span!("ecart_request", &self.0, attempt)
    }
}
