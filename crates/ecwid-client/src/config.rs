//! [`ClientConfig`]: the knobs of the hand-written layer, with defaults taken from Ecwid's
//! documented limits and its official client. [`RetryPolicy`] is `client_http`'s, shared with
//! `ecartapi-client`.

use std::time::Duration;

pub use client_http::RetryPolicy;

/// Everything [`EcwidClient::builder`](crate::EcwidClient::builder) can set besides the URL, store
/// and token. Start from [`ClientConfig::default`] and change what you need:
///
/// ```
/// use std::time::Duration;
/// use ecwid_client::{ClientConfig, RetryPolicy};
///
/// let config = ClientConfig::default()
///     .with_retry(RetryPolicy::never())
///     .with_timeout(Duration::from_secs(10))
///     .with_page_concurrency(2);
/// assert_eq!(config.page_concurrency, 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ClientConfig {
    /// Retries and waits; see [`RetryPolicy`] and [the crate's retry table](crate#retries).
    pub retry: RetryPolicy,
    /// Time limit of one HTTP request (one attempt), from connecting to the last body byte.
    /// `None` (the default) keeps the HTTP client's own: [`EcwidClient::DEFAULT_TIMEOUT`]
    /// (30 s) for the one the crate builds, the caller's for a builder given to
    /// [`EcwidClientBuilder::http`] (reqwest's default there: none). `Some` applies to either.
    ///
    /// [`EcwidClient::DEFAULT_TIMEOUT`]: crate::EcwidClient::DEFAULT_TIMEOUT
    /// [`EcwidClientBuilder::http`]: crate::EcwidClientBuilder::http
    pub timeout: Option<Duration>,
    /// Search pages fetched at once by [`EcwidClient::search_all`](crate::EcwidClient::search_all)
    /// (`0` counts as `1`). Default 4: Ecwid allows 600 requests a minute per token, and 4 pages of
    /// 100 in flight keep a large export well under it while hiding most of the latency.
    pub page_concurrency: usize,
}

impl Default for ClientConfig {
    fn default() -> Self {
        Self {
            retry: RetryPolicy::default(),
            timeout: None,
            page_concurrency: 4,
        }
    }
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

    /// The same settings with [`page_concurrency`](Self::page_concurrency) set.
    #[must_use]
    pub fn with_page_concurrency(mut self, pages: usize) -> Self {
        self.page_concurrency = pages;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_ecwids_limits_and_official_client() {
        let config = ClientConfig::default();
        assert_eq!(config.retry, RetryPolicy::default());
        assert_eq!(config.retry.max_attempts, 3);
        assert_eq!(config.timeout, None);
        assert_eq!(config.page_concurrency, 4);
        assert_eq!(crate::EcwidClient::DEFAULT_TIMEOUT, Duration::from_secs(30));
    }
}
