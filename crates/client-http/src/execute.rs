//! [`execute`]: the I/O loop that sends a request, reads the whole answer, and applies
//! [`RetryPolicy::decide`] until the outcome is final.

use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::header::{CONTENT_LENGTH, HeaderValue};
use reqwest::{Request, Response, ResponseBuilderExt};
use tracing::{Instrument, Span};

use crate::call::CallRecord;
use crate::policy::{Decision, Failure, GiveUp, Outcome, RetryPolicy};

/// What a client adds to the loop: the span of each attempt, and its own counters.
pub trait Observer: Sync {
    /// The span attempt number `attempt` (1 for the first) runs in. The loop records `status`
    /// and `elapsed_ms` on it, so the span should declare both (as `tracing::field::Empty`).
    fn attempt_span(&self, attempt: u32) -> Span;

    /// An attempt is about to be sent.
    fn sent(&self) {}

    /// The loop waits `wait`, then sends the request again.
    fn retrying(&self, wait: Duration) {
        let _ = wait;
    }
}

/// Send `request` with `http`, and send it again while [`RetryPolicy::decide`] says so.
///
/// The body of every answer is read here, so a body cut off mid-way is retried like a failed
/// connection, and the caller gets a response whose body is already in memory. Each attempt
/// runs in the observer's span; retries and give-ups are `WARN` events in it. The waits use
/// tokio's timer: this must run inside a tokio runtime with timers enabled.
pub async fn execute(
    http: &reqwest::Client,
    mut request: Request,
    policy: &RetryPolicy,
    observer: &impl Observer,
) -> reqwest::Result<Response> {
    let method = request.method().clone();
    let may_retry = policy.may_retry(&method);
    let mut attempt = 1;
    loop {
        // Only a request that may be sent again is copied; one with a streaming body cannot be
        // and is sent once.
        let spare = (may_retry && attempt < policy.max_attempts)
            .then(|| request.try_clone())
            .flatten();
        let span = observer.attempt_span(attempt);
        let outcome = send(http, request, observer).instrument(span.clone()).await;
        CallRecord::note(attempt, outcome.as_ref().ok().map(Response::status));
        let seen = match &outcome {
            Ok(response) => Outcome::Answer {
                status: response.status(),
                headers: response.headers(),
            },
            Err(err) => Outcome::Failure(Failure::of(err)),
        };
        match (policy.decide(&method, seen, attempt), spare) {
            (Decision::Retry { wait, reason }, Some(next)) => {
                let wait = wait.sample();
                tracing::warn!(
                    parent: &span,
                    reason,
                    wait_ms = millis(wait),
                    "retrying the request"
                );
                observer.retrying(wait);
                drop(outcome);
                tokio::time::sleep(wait).await;
                request = next;
                attempt += 1;
                continue;
            }
            (Decision::Retry { reason, .. }, None) => {
                tracing::debug!(
                    parent: &span,
                    reason,
                    "not retried: the request body cannot be sent again"
                );
            }
            (Decision::GiveUp(GiveUp::AttemptsSpent { attempts, reason }), _) if attempts > 1 => {
                tracing::warn!(parent: &span, reason, attempts, "giving up on the request");
            }
            (Decision::GiveUp(GiveUp::AttemptsSpent { reason, .. }), _) => {
                tracing::debug!(parent: &span, reason, "not retried: the policy allows one attempt");
            }
            (Decision::GiveUp(GiveUp::NotIdempotent { reason }), _) => {
                tracing::debug!(
                    parent: &span,
                    reason,
                    "not retried: the request is not idempotent"
                );
            }
            (Decision::GiveUp(GiveUp::RetryAfterTooLong { retry_after }), _) => {
                tracing::warn!(
                    parent: &span,
                    retry_after_s = retry_after.as_secs(),
                    max_retry_after_s = policy.max_retry_after.as_secs(),
                    "giving up on the request: Retry-After is above the cap"
                );
            }
            (Decision::Done, _) => {}
        }
        return outcome;
    }
}

/// One HTTP exchange, body included, recorded on the current span.
async fn send(
    http: &reqwest::Client,
    request: Request,
    observer: &impl Observer,
) -> reqwest::Result<Response> {
    let started = Instant::now();
    observer.sent();
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
        Ok(_) => tracing::debug!("answered"),
        Err(err) => tracing::debug!(failure = Failure::of(err).as_str(), "request failed"),
    }
    outcome
}

/// Read the whole body and hand back an equivalent response holding it in memory.
///
/// With `keep_body` (the call runs in [`CallRecord::watch_body`]) and a 2xx status, the body
/// goes to the call's record instead, and the response handed back has the body `{}`.
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
