//! [`ClientConfig`]: the settings of a client's HTTP layer, the same for both client crates.

use std::time::Duration;

use crate::RetryPolicy;

/// Retries and the time limit of one request: what a client builder can set besides its URL,
/// its secret and its HTTP client. Start from [`ClientConfig::default`] and change what you
/// need:
///
/// ```
/// use std::time::Duration;
/// use client_http::{ClientConfig, RetryPolicy};
///
/// let config = ClientConfig::default()
///     .with_retry(RetryPolicy::never())
///     .with_timeout(Duration::from_secs(5));
/// assert_eq!(config.retry.max_attempts, 1);
/// assert_eq!(config.timeout, Some(Duration::from_secs(5)));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ClientConfig {
    /// Retries and waits; see [`RetryPolicy`]. A create (POST) is never sent twice.
    pub retry: RetryPolicy,
    /// Time limit of one HTTP request (one attempt), from connecting to the last body byte.
    /// `None` (the default) keeps the HTTP client's own: the client crate's default (30 s) for
    /// the one it builds, the caller's for a `reqwest::ClientBuilder` given to the client's
    /// builder (reqwest's default there: none). `Some` applies to either.
    pub timeout: Option<Duration>,
}

impl ClientConfig {
    /// The same settings with [`retry`](Self::retry) set.
    #[must_use]
    pub fn with_retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The same settings with [`timeout`](Self::timeout) set.
    #[must_use]
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }
}
