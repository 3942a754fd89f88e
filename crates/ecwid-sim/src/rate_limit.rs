//! Ecwid's rate limit: a number of requests per token and window, then 429 with `Retry-After`.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::errors::EcwidErrorAnswer;

/// Fixed-window counters, one per token.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    limit: u32,
    window: Duration,
    windows: Mutex<HashMap<String, Window>>,
}

#[derive(Debug, Clone, Copy)]
struct Window {
    started: Instant,
    count: u32,
}

impl RateLimiter {
    /// `limit` requests per `window`; `0` never limits.
    pub(crate) fn new(limit: u32, window: Duration) -> Self {
        Self {
            limit,
            window: window.max(Duration::from_millis(1)),
            windows: Mutex::new(HashMap::new()),
        }
    }

    /// Count one request of `token` at `now`, or refuse it with the seconds left in the window.
    pub(crate) fn admit(&self, token: &str, now: Instant) -> Result<(), EcwidErrorAnswer> {
        if self.limit == 0 {
            return Ok(());
        }
        let mut windows = self.windows.lock().unwrap_or_else(PoisonError::into_inner);
        let window = windows.entry(token.to_owned()).or_insert(Window {
            started: now,
            count: 0,
        });
        if now.duration_since(window.started) >= self.window {
            *window = Window {
                started: now,
                count: 0,
            };
        }
        if window.count < self.limit {
            window.count += 1;
            return Ok(());
        }
        let left = self
            .window
            .saturating_sub(now.duration_since(window.started));
        Err(EcwidErrorAnswer::RateLimited {
            // Whole seconds, rounded up, at least 1: a client that waits that long gets through.
            retry_after_secs: (left.as_secs() + u64::from(left.subsec_nanos() > 0)).max(1),
            limit: self.limit,
            window_secs: self.window.as_secs().max(1),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_token_and_window() {
        let limiter = RateLimiter::new(2, Duration::from_secs(60));
        let start = Instant::now();
        assert!(limiter.admit("a", start).is_ok());
        assert!(limiter.admit("a", start).is_ok());
        let Err(EcwidErrorAnswer::RateLimited {
            retry_after_secs, ..
        }) = limiter.admit("a", start + Duration::from_millis(10_500))
        else {
            panic!("third request in the window must be refused");
        };
        assert_eq!(retry_after_secs, 50);
        assert!(
            limiter.admit("b", start).is_ok(),
            "tokens are counted apart"
        );
        assert!(limiter.admit("a", start + Duration::from_secs(60)).is_ok());
    }

    #[test]
    fn zero_is_unlimited() {
        let limiter = RateLimiter::new(0, Duration::from_secs(60));
        let now = Instant::now();
        assert!((0..10_000).all(|_| limiter.admit("a", now).is_ok()));
    }
}
