//! [`ClientConfig`] and [`RetryPolicy`]: the knobs of the hand-written layer, with defaults taken
//! from Ecwid's documented limits and its official client.

use std::time::Duration;

/// When and how long to wait before sending a request again.
///
/// Which answers are retried is in [the crate's retry table](crate#retries): rate limits (429,
/// honouring `Retry-After` up to [`max_retry_after`](Self::max_retry_after)), 408, 5xx except 501,
/// timeouts, connection failures and cut bodies, for GET, PUT and DELETE. A POST is never sent
/// twice: a create that reached Ecwid before its answer was lost would make a duplicate customer.
/// PUT (a partial update with the same body) and DELETE end in the same state when repeated; a
/// repeated DELETE may answer `deleteCount: 0`.
///
/// A call sends at most [`max_attempts`](Self::max_attempts) requests; the answer to the last one
/// is what the caller gets.
///
/// ```
/// use std::time::Duration;
/// use ecwid_client::RetryPolicy;
///
/// let patient = RetryPolicy {
///     max_attempts: 5,
///     max_delay: Duration::from_secs(30),
///     ..RetryPolicy::default()
/// };
/// assert_eq!(patient.max_retry_after, Duration::from_secs(60));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Requests sent at most for one call, the first included; `1` (or `0`) disables retries.
    /// Default 3: the first try plus the 2 retries of Ecwid's official client.
    pub max_attempts: u32,
    /// Backoff before the first retry; doubled for each later one. Default 1 s.
    pub base_delay: Duration,
    /// Upper bound of one backoff wait. Default 10 s, the wait Ecwid's official client uses when a
    /// 429 carries no `Retry-After`.
    pub max_delay: Duration,
    /// The longest `Retry-After` honoured; above it the call fails at once with the 429 (or 503)
    /// instead of sleeping. Default 60 s, where Ecwid's official client gives up.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            base_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// A policy that sends every request once.
    pub fn never() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// The wait before retry number `retry` (0 for the first retry): exponential backoff with
    /// "equal jitter". The exponential value `min(base_delay * 2^retry, max_delay)` is halved and a
    /// random amount up to that half is added back, so waits stay between half and all of the
    /// exponential value: never zero (a burst of clients does not come back at once) and spread
    /// out (they do not come back in lockstep either).
    pub fn backoff(&self, retry: u32) -> Duration {
        let exponential = self
            .base_delay
            .saturating_mul(2u32.saturating_pow(retry.min(31)))
            .min(self.max_delay);
        let half = exponential / 2;
        let jitter_nanos = fastrand::u64(0..=u64::try_from(half.as_nanos()).unwrap_or(u64::MAX));
        half + Duration::from_nanos(jitter_nanos)
    }
}

/// Everything [`EcwidClient::builder`](crate::EcwidClient::builder) can set besides the URL, store
/// and token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientConfig {
    /// Retries and waits; see [`RetryPolicy`].
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_stays_within_bounds_and_is_capped() {
        let policy = RetryPolicy {
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(1000),
            ..RetryPolicy::default()
        };
        for _ in 0..200 {
            for (retry, full) in [
                (0, 100),
                (1, 200),
                (2, 400),
                (3, 800),
                (4, 1000),
                (40, 1000),
            ] {
                let wait = policy.backoff(retry);
                let full = Duration::from_millis(full);
                assert!(wait >= full / 2 && wait <= full, "{retry}: {wait:?}");
            }
        }
    }

    #[test]
    fn backoff_is_jittered() {
        let policy = RetryPolicy::default();
        let waits: std::collections::BTreeSet<_> = (0..20).map(|_| policy.backoff(2)).collect();
        assert!(waits.len() > 1, "{waits:?}");
    }

    #[test]
    fn a_huge_base_delay_saturates_instead_of_overflowing() {
        let policy = RetryPolicy {
            base_delay: Duration::MAX,
            max_delay: Duration::from_secs(5),
            ..RetryPolicy::default()
        };
        assert!(policy.backoff(u32::MAX) <= Duration::from_secs(5));
    }

    #[test]
    fn defaults_follow_ecwids_official_client() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.max_attempts, 3);
        assert_eq!(policy.max_retry_after, Duration::from_secs(60));
        assert_eq!(RetryPolicy::never().max_attempts, 1);
        assert_eq!(crate::EcwidClient::DEFAULT_TIMEOUT, Duration::from_secs(30));
    }
}
