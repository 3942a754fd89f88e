//! The request hook of the generated client: every operation goes through [`Retrier::execute`],
//! which retries what is safe to retry, traces each attempt and counts what it does.

use std::future::Future;
use std::sync::atomic::{AtomicU16, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use bytes::Bytes;
use progenitor_client::{ClientHooks, OperationInfo};
use reqwest::header::{CONTENT_LENGTH, HeaderMap, HeaderValue, RETRY_AFTER};
use reqwest::{Method, Request, Response, ResponseBuilderExt, StatusCode};
use tracing::{Instrument, Span, field};

use crate::Client;
use crate::config::RetryPolicy;
use crate::stats::{SharedCounters, Stats};

/// The operation id progenitor gives `GET /{storeId}/customers`; its answers are search pages.
pub(crate) const SEARCH_OPERATION: &str = "search_customers";

/// The per-client state of the request hook: the retry policy and the counters behind
/// [`Stats`]. The generated [`Client`] carries it as its `inner` value; an
/// [`EcwidClient`](crate::EcwidClient) builds it for you.
///
/// Cloning shares the counters.
#[derive(Debug, Clone, Default)]
pub struct Retrier {
    policy: RetryPolicy,
    counters: SharedCounters,
}

impl Retrier {
    /// A hook state with fresh counters, for building a raw [`Client`] with
    /// `Client::new_with_client(base_url, http, Retrier::new(policy))`.
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

    /// Send `request`, and send it again while the answer is retryable, the method is idempotent
    /// and the policy allows more attempts. The body of every answer is read here, so a body cut
    /// off mid-way is retried like a failed connection; the caller gets a response whose body is
    /// already in memory.
    pub(crate) async fn execute(
        &self,
        http: &reqwest::Client,
        mut request: Request,
        operation: &'static str,
    ) -> reqwest::Result<Response> {
        let method = request.method().clone();
        // The query is left out of logs: search filters carry customer emails and names.
        let path = request.url().path().to_owned();
        let max_attempts = if is_idempotent(&method) {
            self.policy.max_attempts.max(1)
        } else {
            1
        };
        let mut attempt = 1;
        loop {
            let spare = (attempt < max_attempts)
                .then(|| request.try_clone())
                .flatten();
            let span = tracing::debug_span!(
                "ecwid_request",
                operation,
                method = %method,
                path = %path,
                attempt,
                status = field::Empty,
                elapsed_ms = field::Empty,
            );
            let outcome = self.attempt(http, request).instrument(span.clone()).await;
            CallRecord::note(attempt, &outcome);
            let verdict = self.verdict(&outcome, attempt - 1);
            match (verdict, spare) {
                (Verdict::Retry { wait, reason }, Some(next)) => {
                    tracing::warn!(
                        parent: &span,
                        reason,
                        wait_ms = millis(wait),
                        "retrying Ecwid request"
                    );
                    self.counters.retry(wait);
                    drop(outcome);
                    tokio::time::sleep(wait).await;
                    request = next;
                    attempt += 1;
                    continue;
                }
                (Verdict::Retry { reason, .. }, None) if max_attempts > 1 => {
                    tracing::warn!(
                        parent: &span,
                        reason,
                        attempts = attempt,
                        "giving up on Ecwid request"
                    );
                }
                (Verdict::Retry { reason, .. }, None) => {
                    tracing::debug!(
                        parent: &span,
                        reason,
                        "not retried: the request is not idempotent"
                    );
                }
                (Verdict::RetryAfterTooLong { retry_after }, _) => {
                    tracing::warn!(
                        parent: &span,
                        retry_after_s = retry_after.as_secs(),
                        max_retry_after_s = self.policy.max_retry_after.as_secs(),
                        "giving up on Ecwid request: Retry-After is above the cap"
                    );
                }
                (Verdict::Final, _) => {}
            }
            if operation == SEARCH_OPERATION
                && outcome.as_ref().is_ok_and(|r| r.status().is_success())
            {
                self.counters.page_received();
            }
            return outcome;
        }
    }

    /// One HTTP exchange, body included, recorded on the current span.
    async fn attempt(&self, http: &reqwest::Client, request: Request) -> reqwest::Result<Response> {
        let started = Instant::now();
        self.counters.request_sent();
        let span = Span::current();
        let outcome = match http.execute(request).await {
            Ok(response) => {
                span.record("status", response.status().as_u16());
                buffer(response, CallRecord::wants_body()).await
            }
            Err(err) => Err(err),
        };
        span.record("elapsed_ms", millis(started.elapsed()));
        match &outcome {
            Ok(_) => tracing::debug!("Ecwid answered"),
            Err(err) => tracing::debug!(failure = failure_kind(err), "Ecwid request failed"),
        }
        outcome
    }

    fn verdict(&self, outcome: &reqwest::Result<Response>, retry: u32) -> Verdict {
        let backoff = || self.policy.backoff(retry);
        let response = match outcome {
            Ok(response) => response,
            Err(err) if is_transient(err) => {
                return Verdict::Retry {
                    wait: backoff(),
                    reason: failure_kind(err),
                };
            }
            Err(_) => return Verdict::Final,
        };
        let status = response.status();
        if !is_retryable_status(status) {
            return Verdict::Final;
        }
        let reason = if status == StatusCode::TOO_MANY_REQUESTS {
            "rate limited"
        } else {
            "server error"
        };
        match retry_after(status, response.headers()) {
            Some(retry_after) if retry_after > self.policy.max_retry_after => {
                Verdict::RetryAfterTooLong { retry_after }
            }
            Some(wait) => Verdict::Retry { wait, reason },
            None => Verdict::Retry {
                wait: backoff(),
                reason,
            },
        }
    }
}

impl ClientHooks<Retrier> for Client {
    async fn exec(&self, request: Request, info: &OperationInfo) -> reqwest::Result<Response> {
        self.inner
            .execute(&self.client, request, info.operation_id)
            .await
    }
}

enum Verdict {
    Final,
    Retry {
        wait: Duration,
        reason: &'static str,
    },
    RetryAfterTooLong {
        retry_after: Duration,
    },
}

/// Methods whose repetition leaves the store as one request would. POST (create) is not one.
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

/// Failures where the request may not have reached Ecwid or its answer was lost on the way.
fn is_transient(err: &reqwest::Error) -> bool {
    err.is_timeout() || err.is_connect() || err.is_request() || err.is_body() || err.is_decode()
}

fn failure_kind(err: &reqwest::Error) -> &'static str {
    if err.is_timeout() {
        "timeout"
    } else if err.is_connect() {
        "connection failed"
    } else if err.is_body() || err.is_decode() {
        "body cut off"
    } else {
        "request failed"
    }
}

/// `Retry-After` in seconds on a 429 or 503. An HTTP-date value counts as absent: Ecwid sends
/// seconds, and a date would need a trustworthy clock.
pub(crate) fn retry_after(status: StatusCode, headers: &HeaderMap) -> Option<Duration> {
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

/// Read the whole body and hand back an equivalent response holding it in memory.
///
/// With `keep_body` (the call runs in [`CallRecord::watch_body`]) and a 2xx status, the body
/// goes to the call's record instead, and the response handed back has the body `{}`. This works
/// around progenitor, whose generated `send()` always parses a success body into the owned
/// generated type (`CustomersSearchResult`, every customer allocated): the search walk reads the
/// kept page text itself, customer by customer, into whatever types its reader wants, and the
/// generated code parses an empty object at no cost. A 2xx is never retried, so the body kept is
/// the call's final answer. Any other status keeps its body here, so the generated code still
/// reads Ecwid's error body.
async fn buffer(response: Response, keep_body: bool) -> reqwest::Result<Response> {
    let status = response.status();
    let version = response.version();
    let url = response.url().clone();
    let mut headers = response.headers().clone();
    let mut body = response.bytes().await?;
    if keep_body && status.is_success() {
        CallRecord::keep_body(body);
        body = Bytes::from_static(b"{}");
        headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
    }
    let mut rebuilt = http::Response::builder()
        .status(status)
        .version(version)
        .url(url);
    if let Some(slot) = rebuilt.headers_mut() {
        *slot = headers;
    }
    let rebuilt = rebuilt
        .body(body)
        .expect("status, version and headers come from a valid response");
    Ok(Response::from(rebuilt))
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

tokio::task_local! {
    static CALL: Arc<CallRecord>;
}

/// What the hook saw during one call of the hand-written layer, which needs it to build a
/// complete [`Error`](crate::Error): progenitor's error keeps neither the attempt count nor, for an
/// error body that is not JSON, the status.
#[derive(Debug, Default)]
pub(crate) struct CallRecord {
    attempts: AtomicU32,
    /// The status of the last answer; 0 when the last attempt got none.
    status: AtomicU16,
    /// Whether the call asked for the body of its success answer ([`Self::watch_body`]).
    wants_body: bool,
    /// That body, once the hook got it.
    body: Mutex<Option<Bytes>>,
}

/// The part of a [`CallRecord`] the error conversion reads.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct CallSummary {
    pub(crate) attempts: Option<u32>,
    pub(crate) status: Option<StatusCode>,
}

impl CallRecord {
    /// Run `call` (one generated `send()`) and report what the hook saw while it ran.
    pub(crate) async fn watch<F: Future>(call: F) -> (F::Output, CallSummary) {
        let (output, summary, _) = Self::watch_inner(call, false).await;
        (output, summary)
    }

    /// Like [`watch`](Self::watch), and keep the body of a success (2xx) answer for the caller:
    /// the generated code gets `{}` in its place (see [`buffer`]). `None` when the call got no
    /// success answer.
    ///
    /// Only for the search pages, which [`search_all`](crate::EcwidClient::search_all) reads
    /// itself; the answer the generated code hands back is then empty.
    pub(crate) async fn watch_body<F: Future>(call: F) -> (F::Output, CallSummary, Option<Bytes>) {
        Self::watch_inner(call, true).await
    }

    async fn watch_inner<F: Future>(
        call: F,
        wants_body: bool,
    ) -> (F::Output, CallSummary, Option<Bytes>) {
        let record = Arc::new(CallRecord {
            wants_body,
            ..CallRecord::default()
        });
        let output = CALL.scope(Arc::clone(&record), call).await;
        let attempts = record.attempts.load(Ordering::Relaxed);
        let status = record.status.load(Ordering::Relaxed);
        let summary = CallSummary {
            attempts: (attempts > 0).then_some(attempts),
            status: StatusCode::from_u16(status).ok(),
        };
        let body = record
            .body
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        (output, summary, body)
    }

    /// Whether the current call asked for the body of its success answer.
    fn wants_body() -> bool {
        CALL.try_with(|record| record.wants_body).unwrap_or(false)
    }

    fn keep_body(body: Bytes) {
        let _ = CALL.try_with(|record| {
            *record.body.lock().unwrap_or_else(PoisonError::into_inner) = Some(body);
        });
    }

    fn note(attempt: u32, outcome: &reqwest::Result<Response>) {
        let status = outcome.as_ref().map_or(0, |r| r.status().as_u16());
        // Outside `watch` (a raw generated call) there is no record to fill.
        let _ = CALL.try_with(|record| {
            record.attempts.store(attempt, Ordering::Relaxed);
            record.status.store(status, Ordering::Relaxed);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(retry_after: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_str(retry_after).unwrap());
        headers
    }

    fn answer(status: u16, body: &'static str) -> Response {
        let response = http::Response::builder()
            .status(status)
            .header(CONTENT_LENGTH, body.len())
            .body(body)
            .unwrap();
        Response::from(response)
    }

    async fn buffered(response: Response) -> (u16, String, Option<String>) {
        let (response, _, kept) =
            CallRecord::watch_body(async { buffer(response, CallRecord::wants_body()).await })
                .await;
        let response = response.unwrap();
        let status = response.status().as_u16();
        assert_eq!(
            response.headers()[CONTENT_LENGTH],
            response.content_length().unwrap().to_string()
        );
        let body = response.text().await.unwrap();
        let kept = kept.map(|bytes| String::from_utf8(bytes.to_vec()).unwrap());
        (status, body, kept)
    }

    #[tokio::test]
    async fn a_call_that_asks_keeps_the_body_of_a_success_only() {
        let page = r#"{"total": 1, "items": [{"id": 7}]}"#;
        assert_eq!(
            buffered(answer(200, page)).await,
            (200, "{}".to_owned(), Some(page.to_owned()))
        );
        let error = r#"{"errorCode": "STORE_NOT_FOUND"}"#;
        assert_eq!(
            buffered(answer(404, error)).await,
            (404, error.to_owned(), None)
        );
        // Outside `watch_body` nothing is kept and the body is left alone.
        let (response, _) =
            CallRecord::watch(async { buffer(answer(200, page), CallRecord::wants_body()).await })
                .await;
        assert_eq!(response.unwrap().text().await.unwrap(), page);
        assert!(!CallRecord::wants_body());
    }

    #[test]
    fn retryable_statuses() {
        for code in [408, 429, 500, 502, 503, 504, 507, 599] {
            assert!(
                is_retryable_status(StatusCode::from_u16(code).unwrap()),
                "{code}"
            );
        }
        for code in [200, 400, 401, 402, 403, 404, 409, 415, 422, 501] {
            assert!(
                !is_retryable_status(StatusCode::from_u16(code).unwrap()),
                "{code}"
            );
        }
    }

    #[test]
    fn only_post_is_never_repeated() {
        assert!(!is_idempotent(&Method::POST));
        assert!(!is_idempotent(&Method::PATCH));
        for method in [Method::GET, Method::PUT, Method::DELETE] {
            assert!(is_idempotent(&method), "{method}");
        }
    }

    #[test]
    fn retry_after_reads_seconds_on_429_and_503_only() {
        let too_many = StatusCode::TOO_MANY_REQUESTS;
        assert_eq!(
            retry_after(too_many, &headers("30")),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            retry_after(StatusCode::SERVICE_UNAVAILABLE, &headers(" 0 ")),
            Some(Duration::ZERO)
        );
        assert_eq!(retry_after(too_many, &headers("-1")), None);
        assert_eq!(
            retry_after(too_many, &headers("Wed, 21 Oct 2015 07:28:00 GMT")),
            None
        );
        assert_eq!(retry_after(too_many, &HeaderMap::new()), None);
        assert_eq!(
            retry_after(StatusCode::INTERNAL_SERVER_ERROR, &headers("5")),
            None
        );
    }
}
