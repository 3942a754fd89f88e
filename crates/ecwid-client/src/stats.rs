//! [`Stats`]: what a client and its clones have done so far, for summaries like
//! "1050 customers, 11 pages, 2 retries, 3.1 s".

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Counters shared by a client and all its clones; updated by the request hook and the
/// pagination stream.
#[derive(Debug, Default)]
pub(crate) struct Counters {
    requests: AtomicU64,
    retries: AtomicU64,
    pages: AtomicU64,
    customers: AtomicU64,
    waited_nanos: AtomicU64,
}

pub(crate) type SharedCounters = Arc<Counters>;

impl Counters {
    pub(crate) fn request_sent(&self) {
        self.requests.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn retry(&self, wait: Duration) {
        self.retries.fetch_add(1, Ordering::Relaxed);
        let nanos = u64::try_from(wait.as_nanos()).unwrap_or(u64::MAX);
        self.waited_nanos.fetch_add(nanos, Ordering::Relaxed);
    }

    pub(crate) fn page_received(&self) {
        self.pages.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn customers_yielded(&self, n: u64) {
        self.customers.fetch_add(n, Ordering::Relaxed);
    }

    pub(crate) fn snapshot(&self) -> Stats {
        Stats {
            requests: self.requests.load(Ordering::Relaxed),
            retries: self.retries.load(Ordering::Relaxed),
            pages: self.pages.load(Ordering::Relaxed),
            customers: self.customers.load(Ordering::Relaxed),
            waited: Duration::from_nanos(self.waited_nanos.load(Ordering::Relaxed)),
        }
    }
}

/// A snapshot of a client's counters, from [`EcwidClient::stats`](crate::EcwidClient::stats).
///
/// The counters are shared by every clone of the client and only ever grow; subtract two
/// snapshots (`after - before`) to measure one piece of work.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Stats {
    /// HTTP requests sent, retries included.
    pub requests: u64,
    /// Requests sent again after a retryable answer or failure.
    pub retries: u64,
    /// Search pages received with a success status (from any `searchCustomers` call).
    pub pages: u64,
    /// Customers handed out by [`SearchAll`](crate::SearchAll) streams.
    pub customers: u64,
    /// Total time spent waiting before retries (backoff and `Retry-After`).
    pub waited: Duration,
}

impl std::ops::Sub for Stats {
    type Output = Stats;

    fn sub(self, earlier: Stats) -> Stats {
        Stats {
            requests: self.requests.saturating_sub(earlier.requests),
            retries: self.retries.saturating_sub(earlier.retries),
            pages: self.pages.saturating_sub(earlier.pages),
            customers: self.customers.saturating_sub(earlier.customers),
            waited: self.waited.saturating_sub(earlier.waited),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_add_up_and_snapshots_subtract() {
        let counters = Counters::default();
        counters.request_sent();
        let before = counters.snapshot();
        counters.request_sent();
        counters.retry(Duration::from_millis(5));
        counters.page_received();
        counters.customers_yielded(100);
        let after = counters.snapshot();
        assert_eq!(
            after - before,
            Stats {
                requests: 1,
                retries: 1,
                pages: 1,
                customers: 100,
                waited: Duration::from_millis(5),
            }
        );
        assert_eq!(after.requests, 2);
    }
}
