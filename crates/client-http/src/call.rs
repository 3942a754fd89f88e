//! [`CallRecord`]: what the request hook saw during one call, read by the hand-written client
//! layers after the generated `send()` returns.
//!
//! progenitor's error keeps neither the attempt count nor, for an error body that is not JSON,
//! the status, and its `send()` always parses a success body into the owned generated type. The
//! hook writes what it saw into a task-local record scoped to the call, and, when the call asks
//! for it, keeps the success body for the caller (see [`CallRecord::watch_body`]).

use std::future::Future;
use std::sync::atomic::{AtomicU16, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use bytes::Bytes;
use reqwest::StatusCode;

tokio::task_local! {
    static CALL: Arc<CallRecord>;
}

/// The record of one call; see the module docs.
#[derive(Debug, Default)]
pub struct CallRecord {
    attempts: AtomicU32,
    /// The status of the last answer; 0 when the last attempt got none.
    status: AtomicU16,
    /// Whether the call asked for the body of its success answer ([`Self::watch_body`]).
    wants_body: bool,
    /// That body, once the hook got it.
    body: Mutex<Option<Bytes>>,
}

/// What the hook saw during a call: the part of a [`CallRecord`] an error is built from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CallSummary {
    /// Requests sent, retries included; `None` when nothing was sent.
    pub attempts: Option<u32>,
    /// The status of the last answer, if it got one.
    pub status: Option<StatusCode>,
}

impl CallRecord {
    /// Run `call` (one generated `send()`) and report what the hook saw while it ran.
    pub async fn watch<F: Future>(call: F) -> (F::Output, CallSummary) {
        let (output, summary, _) = Self::watch_inner(call, false).await;
        (output, summary)
    }

    /// Like [`watch`](Self::watch), and keep the body of a success (2xx) answer for the caller:
    /// the generated code gets `{}` in its place, which any all-optional response type parses at
    /// no cost. `None` when the call got no success answer.
    ///
    /// This works around progenitor, whose generated `send()` always parses a success body into
    /// the owned generated type: a caller that reads the body itself (a search page, customer by
    /// customer) skips that parse. A 2xx is never retried, so the body kept is the call's final
    /// answer; any other status keeps its body, so the generated code still reads the error body.
    pub async fn watch_body<F: Future>(call: F) -> (F::Output, CallSummary, Option<Bytes>) {
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
    pub(crate) fn wants_body() -> bool {
        CALL.try_with(|record| record.wants_body).unwrap_or(false)
    }

    pub(crate) fn keep_body(body: Bytes) {
        let _ = CALL.try_with(|record| {
            *record.body.lock().unwrap_or_else(PoisonError::into_inner) = Some(body);
        });
    }

    pub(crate) fn note(attempt: u32, status: Option<StatusCode>) {
        // Outside `watch` (a raw generated call) there is no record to fill.
        let _ = CALL.try_with(|record| {
            record.attempts.store(attempt, Ordering::Relaxed);
            record
                .status
                .store(status.map_or(0, |s| s.as_u16()), Ordering::Relaxed);
        });
    }
}
