//! The bodies [`serve`](crate::serve) hands to the router and takes back from it.
//!
//! A request body must arrive before its deadline, tells the connection's bookkeeping when it
//! waits on the client, and is read to its end and thrown away when the handler drops it
//! early. Without that last part, hyper closes the connection on a client still writing its
//! body, whose writes then fail (`EPIPE`) before it ever reads the answer; nginx calls its
//! version of the cure "lingering close".

use std::error::Error;
use std::fmt;
use std::future::{Future, poll_fn};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::BoxError;
use axum::body::Bytes;
use http_body::{Body, Frame, SizeHint};
use hyper::body::Incoming;
use tokio::time::{Instant, Sleep};

use crate::connections::InService;

/// Reading a request body failed: the client did not send all of it within
/// [`ServerLimits::body_timeout`](crate::ServerLimits::body_timeout) of its head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyTimedOut {
    /// The limit that passed.
    pub timeout: Duration,
}

impl fmt::Display for BodyTimedOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the request body did not arrive within {} ms of its head",
            self.timeout.as_millis()
        )
    }
}

impl Error for BodyTimedOut {}

/// A request body as the router sees it.
#[derive(Debug)]
pub(crate) struct RequestBody {
    /// `None` once the body failed: hyper then closes the connection after the answer.
    reading: Option<Reading>,
}

#[derive(Debug)]
struct Reading {
    incoming: Incoming,
    timeout: Duration,
    deadline: Instant,
    /// Made the first time the body waits on the client.
    timer: Option<Pin<Box<Sleep>>>,
    waiting: bool,
    request: Arc<InService>,
    max_discarded: u64,
    /// A client that sent `Expect: 100-continue` sends its body only once the handler reads
    /// it; a body never read is then not discarded (hyper answers without the 100 and the
    /// client never sends it).
    discard_on_drop: bool,
}

impl RequestBody {
    /// `incoming`, the body of a request whose head arrived now.
    pub(crate) fn new(
        incoming: Incoming,
        expects_continue: bool,
        request: Arc<InService>,
        limits: &crate::ServerLimits,
    ) -> Self {
        Self {
            reading: Some(Reading {
                incoming,
                timeout: limits.body_timeout,
                deadline: Instant::now() + limits.body_timeout,
                timer: None,
                waiting: false,
                request,
                max_discarded: limits.max_discarded_body_bytes,
                discard_on_drop: !expects_continue,
            }),
        }
    }
}

impl Reading {
    fn poll_frame(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        self.discard_on_drop = true;
        if let Poll::Ready(frame) = Pin::new(&mut self.incoming).poll_frame(cx) {
            self.set_waiting(false);
            return Poll::Ready(frame.map(|frame| frame.map_err(BoxError::from)));
        }
        let deadline = self.deadline;
        let timer = self
            .timer
            .get_or_insert_with(|| Box::pin(tokio::time::sleep_until(deadline)));
        if timer.as_mut().poll(cx).is_ready() {
            self.set_waiting(false);
            return Poll::Ready(Some(Err(BodyTimedOut {
                timeout: self.timeout,
            }
            .into())));
        }
        self.set_waiting(true);
        Poll::Pending
    }

    fn set_waiting(&mut self, waiting: bool) {
        if self.waiting != waiting {
            self.waiting = waiting;
            self.request.waiting_on_client(waiting);
        }
    }

    /// Read the rest of the body and throw it away, up to `max_discarded` bytes and the
    /// deadline; then drop it, which lets hyper serve the connection's next request (all read)
    /// or close it (not).
    async fn discard(mut self) {
        let mut left = self.max_discarded;
        loop {
            match poll_fn(|cx| self.poll_frame(cx)).await {
                None => return,
                Some(Err(error)) => {
                    tracing::debug!(%error, "stopped discarding a request body");
                    return;
                }
                Some(Ok(frame)) => {
                    let len = frame.data_ref().map_or(0, |data| data.len() as u64);
                    let Some(rest) = left.checked_sub(len) else {
                        tracing::debug!(
                            max_discarded = self.max_discarded,
                            "request body too long to discard; closing the connection"
                        );
                        return;
                    };
                    left = rest;
                }
            }
        }
    }
}

impl Body for RequestBody {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let Some(reading) = self.reading.as_mut() else {
            return Poll::Ready(None);
        };
        let polled = reading.poll_frame(cx);
        if let Poll::Ready(Some(Err(_))) = &polled {
            // Nothing more will come: let hyper close the connection after the answer.
            self.reading = None;
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.reading
            .as_ref()
            .is_none_or(|reading| reading.incoming.is_end_stream())
    }

    fn size_hint(&self) -> SizeHint {
        self.reading.as_ref().map_or_else(
            || SizeHint::with_exact(0),
            |reading| reading.incoming.size_hint(),
        )
    }
}

impl Drop for RequestBody {
    fn drop(&mut self) {
        let Some(reading) = self.reading.take() else {
            return;
        };
        if !reading.discard_on_drop
            || reading.incoming.is_end_stream()
            || reading.incoming.size_hint().lower() > reading.max_discarded
        {
            return;
        }
        // Dropped outside a runtime (never while serving): hyper closes the connection.
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(reading.discard());
        }
    }
}

/// A response body holding its request in service until hyper has taken all of it.
#[derive(Debug)]
pub(crate) struct ResponseBody {
    pub(crate) inner: axum::body::Body,
    pub(crate) _request: Arc<InService>,
}

impl Body for ResponseBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
