//! [`RetryPolicy`]: how many attempts, how long to wait, and the pure decision taken after each
//! attempt ([`RetryPolicy::decide`]).

use std::time::Duration;

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

/// When and how long to wait before sending a request again.
///
/// Which answers are retried is decided by [`decide`](Self::decide): rate limits (429, honouring
/// `Retry-After` up to [`max_retry_after`](Self::max_retry_after)), 408, 5xx except 501,
/// timeouts, connection failures and cut bodies, for GET, HEAD, PUT, DELETE and OPTIONS. A POST
/// (or PATCH) is never sent twice: a create that reached the server before its answer was lost
/// would make a duplicate. A call sends at most [`max_attempts`](Self::max_attempts) requests;
/// the answer to the last one is what the caller gets.
///
/// The defaults follow Ecwid's official client. Build another policy from them:
///
/// ```
/// use std::time::Duration;
/// use client_http::RetryPolicy;
///
/// let patient = RetryPolicy::default()
///     .with_max_attempts(5)
///     .with_max_delay(Duration::from_secs(30));
/// assert_eq!(patient.max_retry_after, Duration::from_secs(60));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
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

/// What happened to one attempt, as [`RetryPolicy::decide`] reads it.
#[derive(Debug, Clone, Copy)]
pub enum Outcome<'a> {
    /// An answer came, with this status and these headers (its body was read in full).
    Answer {
        /// The status.
        status: StatusCode,
        /// The headers (`Retry-After`).
        headers: &'a HeaderMap,
    },
    /// No complete answer came.
    Failure(Failure),
}

/// Why an attempt got no complete answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Failure {
    /// No answer within the HTTP client's timeout.
    Timeout,
    /// The server could not be reached.
    Connect,
    /// The answer started but its body was cut off (or did not decode).
    BodyCutOff,
    /// The request failed on the way (the connection broke before an answer came).
    Request,
    /// Anything else reqwest reports (a redirect loop, a builder error): not worth repeating.
    Other,
}

impl Failure {
    /// The kind of a reqwest error.
    pub fn of(err: &reqwest::Error) -> Self {
        if err.is_timeout() {
            Self::Timeout
        } else if err.is_connect() {
            Self::Connect
        } else if err.is_body() || err.is_decode() {
            Self::BodyCutOff
        } else if err.is_request() {
            Self::Request
        } else {
            Self::Other
        }
    }

    /// The failure in words, for logs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Timeout => "timeout",
            Self::Connect => "connection failed",
            Self::BodyCutOff => "body cut off",
            Self::Request => "request failed",
            Self::Other => "request error",
        }
    }

    /// Whether the request may not have reached the server or its answer was lost on the way.
    fn is_transient(self) -> bool {
        !matches!(self, Self::Other)
    }
}

/// What to do after an attempt: [`RetryPolicy::decide`]'s answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// The outcome is final: hand it to the caller (a success, or an error not worth repeating).
    Done,
    /// Wait, then send the request again.
    Retry {
        /// How long.
        wait: Wait,
        /// Why, for logs (`rate limited`, `server error`, `timeout`, ...).
        reason: &'static str,
    },
    /// The outcome would be retried, but is handed to the caller as it is.
    GiveUp(GiveUp),
}

/// Why a retryable outcome is handed to the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GiveUp {
    /// The policy's [`max_attempts`](RetryPolicy::max_attempts) were sent.
    AttemptsSpent {
        /// The attempts made.
        attempts: u32,
        /// Why the last one would have been retried.
        reason: &'static str,
    },
    /// The method is not idempotent (POST): sending it again could repeat its effect.
    NotIdempotent {
        /// Why it would have been retried.
        reason: &'static str,
    },
    /// The server asked for a wait above [`max_retry_after`](RetryPolicy::max_retry_after).
    RetryAfterTooLong {
        /// The wait asked for.
        retry_after: Duration,
    },
}

/// How long to wait before the next attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// The server's `Retry-After`, honoured as it is.
    RetryAfter(Duration),
    /// Exponential backoff: a random wait between half of `ceiling` and all of it.
    Backoff {
        /// The exponential value, capped at [`max_delay`](RetryPolicy::max_delay).
        ceiling: Duration,
    },
}

impl Wait {
    /// The wait to sleep: "equal jitter" for a backoff, so waits stay between half and all of the
    /// exponential value: never zero (a burst of clients does not come back at once) and spread
    /// out (they do not come back in lockstep either).
    pub fn sample(self) -> Duration {
        match self {
            Self::RetryAfter(wait) => wait,
            Self::Backoff { ceiling } => {
                let half = ceiling / 2;
                let nanos = fastrand::u64(0..=u64::try_from(half.as_nanos()).unwrap_or(u64::MAX));
                half + Duration::from_nanos(nanos)
            }
        }
    }
}

impl RetryPolicy {
    /// A policy that sends every request once.
    pub fn never() -> Self {
        Self::default().with_max_attempts(1)
    }

    /// The same policy with [`max_attempts`](Self::max_attempts) set.
    #[must_use]
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts;
        self
    }

    /// The same policy with [`base_delay`](Self::base_delay) set.
    #[must_use]
    pub fn with_base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The same policy with [`max_delay`](Self::max_delay) set.
    #[must_use]
    pub fn with_max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The same policy with [`max_retry_after`](Self::max_retry_after) set.
    #[must_use]
    pub fn with_max_retry_after(mut self, wait: Duration) -> Self {
        self.max_retry_after = wait;
        self
    }

    /// The wait before retry number `retry` (0 for the first retry): a sample of
    /// [`Wait::Backoff`] with the ceiling `min(base_delay * 2^retry, max_delay)`.
    pub fn backoff(&self, retry: u32) -> Duration {
        Wait::Backoff {
            ceiling: self.backoff_ceiling(retry),
        }
        .sample()
    }

    fn backoff_ceiling(&self, retry: u32) -> Duration {
        self.base_delay
            .saturating_mul(2u32.saturating_pow(retry.min(31)))
            .min(self.max_delay)
    }

    /// What to do after attempt number `attempt` (1 for the first) of a `method` request ended
    /// in `outcome`. A pure function of its arguments: the I/O loop only applies it.
    ///
    /// | outcome | idempotent method, attempts left | no attempts left | POST, PATCH |
    /// |---|---|---|---|
    /// | 429 or 503 with `Retry-After` ≤ [`max_retry_after`](Self::max_retry_after) | wait `Retry-After`, retry | give up | give up |
    /// | 429 or 503 with `Retry-After` above the cap | give up | give up | give up |
    /// | 429 without `Retry-After` (or with an HTTP date), 408, 5xx except 501 | backoff, retry | give up | give up |
    /// | timeout, connection failure, body cut off | backoff, retry | give up | give up |
    /// | any other status or failure | done | done | done |
    ///
    /// ```
    /// use client_http::{Decision, Outcome, RetryPolicy};
    /// use reqwest::{Method, StatusCode, header::HeaderMap};
    ///
    /// let headers = HeaderMap::new();
    /// let not_found = Outcome::Answer { status: StatusCode::NOT_FOUND, headers: &headers };
    /// assert_eq!(RetryPolicy::default().decide(&Method::GET, not_found, 1), Decision::Done);
    /// ```
    pub fn decide(&self, method: &Method, outcome: Outcome<'_>, attempt: u32) -> Decision {
        let backoff = Wait::Backoff {
            ceiling: self.backoff_ceiling(attempt.saturating_sub(1)),
        };
        let (wait, reason) = match outcome {
            Outcome::Failure(failure) if failure.is_transient() => (backoff, failure.as_str()),
            Outcome::Failure(_) => return Decision::Done,
            Outcome::Answer { status, headers } => {
                if !is_retryable_status(status) {
                    return Decision::Done;
                }
                let reason = if status == StatusCode::TOO_MANY_REQUESTS {
                    "rate limited"
                } else {
                    "server error"
                };
                match retry_after(status, headers) {
                    Some(retry_after) if retry_after > self.max_retry_after => {
                        return Decision::GiveUp(GiveUp::RetryAfterTooLong { retry_after });
                    }
                    Some(wait) => (Wait::RetryAfter(wait), reason),
                    None => (backoff, reason),
                }
            }
        };
        if !is_idempotent(method) {
            Decision::GiveUp(GiveUp::NotIdempotent { reason })
        } else if attempt >= self.max_attempts.max(1) {
            Decision::GiveUp(GiveUp::AttemptsSpent {
                attempts: attempt,
                reason,
            })
        } else {
            Decision::Retry { wait, reason }
        }
    }

    /// Whether a `method` request may be sent more than once under this policy.
    pub fn may_retry(&self, method: &Method) -> bool {
        is_idempotent(method) && self.max_attempts > 1
    }
}

/// Methods whose repetition leaves the server as one request would. POST (create) is not one.
fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
    )
}

fn is_retryable_status(status: StatusCode) -> bool {
    status == StatusCode::REQUEST_TIMEOUT
        || status == StatusCode::TOO_MANY_REQUESTS
        || (status.is_server_error() && status != StatusCode::NOT_IMPLEMENTED)
}

/// `Retry-After` in seconds on a 429 or 503. An HTTP-date value counts as absent: the servers
/// these clients talk to send seconds, and a date would need a trustworthy clock.
pub fn retry_after(status: StatusCode, headers: &HeaderMap) -> Option<Duration> {
    if status != StatusCode::TOO_MANY_REQUESTS && status != StatusCode::SERVICE_UNAVAILABLE {
        return None;
    }
    let seconds = headers
        .get(RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(Duration::from_secs(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(retry_after: Option<&str>) -> HeaderMap {
        let mut headers = HeaderMap::new();
        if let Some(value) = retry_after {
            headers.insert(RETRY_AFTER, HeaderValue::from_str(value).unwrap());
        }
        headers
    }

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    /// 100 ms doubling up to 1 s, 3 attempts, `Retry-After` honoured up to 60 s.
    fn policy() -> RetryPolicy {
        RetryPolicy::default()
            .with_base_delay(ms(100))
            .with_max_delay(ms(1000))
    }

    #[test]
    fn decisions_on_answers() {
        use Decision::{Done, GiveUp as G, Retry};
        let backoff = |ceiling| Wait::Backoff {
            ceiling: ms(ceiling),
        };
        let after = |s| Wait::RetryAfter(Duration::from_secs(s));
        let (get, put, delete, post, patch) = (
            Method::GET,
            Method::PUT,
            Method::DELETE,
            Method::POST,
            Method::PATCH,
        );
        #[rustfmt::skip]
        let table: Vec<(&Method, u16, Option<&str>, u32, Decision)> = vec![
            // Successes and client errors are final, whatever the method.
            (&get, 200, None, 1, Done),
            (&post, 201, None, 1, Done),
            (&get, 400, None, 1, Done),
            (&get, 403, None, 1, Done),
            (&get, 404, None, 1, Done),
            (&put, 409, None, 1, Done),
            (&get, 501, None, 1, Done),
            (&get, 501, Some("1"), 1, Done),
            // A 500 with Retry-After ignores it (only 429 and 503 carry one).
            (&get, 500, Some("30"), 1, Retry { wait: backoff(100), reason: "server error" }),
            (&get, 502, None, 2, Retry { wait: backoff(200), reason: "server error" }),
            (&delete, 504, None, 1, Retry { wait: backoff(100), reason: "server error" }),
            (&put, 599, None, 1, Retry { wait: backoff(100), reason: "server error" }),
            (&get, 408, None, 1, Retry { wait: backoff(100), reason: "server error" }),
            (&get, 429, None, 1, Retry { wait: backoff(100), reason: "rate limited" }),
            (&get, 429, Some("Wed, 21 Oct 2015 07:28:00 GMT"), 1, Retry { wait: backoff(100), reason: "rate limited" }),
            (&get, 429, Some("7"), 1, Retry { wait: after(7), reason: "rate limited" }),
            (&get, 503, Some(" 0 "), 2, Retry { wait: after(0), reason: "server error" }),
            (&get, 429, Some("60"), 1, Retry { wait: after(60), reason: "rate limited" }),
            (&get, 429, Some("61"), 1, G(GiveUp::RetryAfterTooLong { retry_after: Duration::from_secs(61) })),
            (&post, 429, Some("600"), 1, G(GiveUp::RetryAfterTooLong { retry_after: Duration::from_secs(600) })),
            // The last attempt gives up.
            (&get, 503, None, 3, G(GiveUp::AttemptsSpent { attempts: 3, reason: "server error" })),
            (&get, 429, Some("1"), 3, G(GiveUp::AttemptsSpent { attempts: 3, reason: "rate limited" })),
            // A create is never sent twice, nor a PATCH.
            (&post, 503, None, 1, G(GiveUp::NotIdempotent { reason: "server error" })),
            (&post, 429, Some("1"), 1, G(GiveUp::NotIdempotent { reason: "rate limited" })),
            (&patch, 502, None, 1, G(GiveUp::NotIdempotent { reason: "server error" })),
        ];
        for (method, status, retry_after, attempt, expected) in table {
            let headers = headers(retry_after);
            let outcome = Outcome::Answer {
                status: StatusCode::from_u16(status).unwrap(),
                headers: &headers,
            };
            assert_eq!(
                policy().decide(method, outcome, attempt),
                expected,
                "{method} {status} Retry-After {retry_after:?}, attempt {attempt}"
            );
        }
    }

    #[test]
    fn decisions_on_failures() {
        let backoff = |ceiling| Wait::Backoff {
            ceiling: ms(ceiling),
        };
        #[rustfmt::skip]
        let table = [
            (Method::GET, Failure::Timeout, 1, Decision::Retry { wait: backoff(100), reason: "timeout" }),
            (Method::GET, Failure::Connect, 2, Decision::Retry { wait: backoff(200), reason: "connection failed" }),
            (Method::PUT, Failure::BodyCutOff, 1, Decision::Retry { wait: backoff(100), reason: "body cut off" }),
            (Method::DELETE, Failure::Request, 1, Decision::Retry { wait: backoff(100), reason: "request failed" }),
            (Method::GET, Failure::Timeout, 3, Decision::GiveUp(GiveUp::AttemptsSpent { attempts: 3, reason: "timeout" })),
            (Method::POST, Failure::Timeout, 1, Decision::GiveUp(GiveUp::NotIdempotent { reason: "timeout" })),
            (Method::POST, Failure::Connect, 1, Decision::GiveUp(GiveUp::NotIdempotent { reason: "connection failed" })),
            (Method::GET, Failure::Other, 1, Decision::Done),
        ];
        for (method, failure, attempt, expected) in table {
            assert_eq!(
                policy().decide(&method, Outcome::Failure(failure), attempt),
                expected,
                "{method} {failure:?}, attempt {attempt}"
            );
        }
    }

    #[test]
    fn one_attempt_or_none_means_no_retry() {
        let headers = headers(None);
        let unavailable = Outcome::Answer {
            status: StatusCode::SERVICE_UNAVAILABLE,
            headers: &headers,
        };
        for policy in [
            RetryPolicy::never(),
            RetryPolicy::default().with_max_attempts(0),
        ] {
            assert_eq!(
                policy.decide(&Method::GET, unavailable, 1),
                Decision::GiveUp(GiveUp::AttemptsSpent {
                    attempts: 1,
                    reason: "server error"
                })
            );
            assert!(!policy.may_retry(&Method::GET));
        }
        assert!(RetryPolicy::default().may_retry(&Method::DELETE));
        assert!(!RetryPolicy::default().may_retry(&Method::POST));
    }

    #[test]
    fn backoff_grows_stays_within_bounds_and_is_capped() {
        let policy = policy();
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
                let full = ms(full);
                assert!(wait >= full / 2 && wait <= full, "{retry}: {wait:?}");
            }
        }
    }

    #[test]
    fn backoff_is_jittered() {
        let policy = RetryPolicy::default();
        let waits: std::collections::BTreeSet<_> = (0..20).map(|_| policy.backoff(2)).collect();
        assert!(waits.len() > 1, "{waits:?}");
        assert_eq!(Wait::RetryAfter(ms(5)).sample(), ms(5));
    }

    #[test]
    fn a_huge_base_delay_saturates_instead_of_overflowing() {
        let policy = RetryPolicy::default()
            .with_base_delay(Duration::MAX)
            .with_max_delay(Duration::from_secs(5));
        assert!(policy.backoff(u32::MAX) <= Duration::from_secs(5));
    }

    #[test]
    fn defaults_follow_ecwids_official_client() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.max_attempts, 3);
        assert_eq!(policy.max_retry_after, Duration::from_secs(60));
        assert_eq!(RetryPolicy::never().max_attempts, 1);
    }

    #[test]
    fn retry_after_reads_seconds_on_429_and_503_only() {
        let too_many = StatusCode::TOO_MANY_REQUESTS;
        let secs = Duration::from_secs;
        assert_eq!(retry_after(too_many, &headers(Some("30"))), Some(secs(30)));
        assert_eq!(
            retry_after(StatusCode::SERVICE_UNAVAILABLE, &headers(Some(" 0 "))),
            Some(Duration::ZERO)
        );
        assert_eq!(retry_after(too_many, &headers(Some("-1"))), None);
        assert_eq!(
            retry_after(too_many, &headers(Some("Wed, 21 Oct 2015 07:28:00 GMT"))),
            None
        );
        assert_eq!(retry_after(too_many, &headers(None)), None);
        assert_eq!(
            retry_after(StatusCode::INTERNAL_SERVER_ERROR, &headers(Some("5"))),
            None
        );
    }
}
