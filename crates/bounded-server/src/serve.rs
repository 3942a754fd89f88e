//! [`serve`]: the accept loop, and one HTTP/1.1 connection per task.

use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::http::{Request, Response, header};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tower::ServiceExt as _;

use crate::ServerLimits;
use crate::body::{RequestBody, ResponseBody};
use crate::connections::{Connections, Slot};

/// Serve `router` on `listener` within `limits` until `shutdown` completes; then stop
/// accepting, let each connection finish the request it is serving (hyper's graceful
/// shutdown) and return once every connection is closed.
///
/// HTTP/1.1 only. Accept errors never end the loop: a connection error is skipped; on any
/// other (most likely the process is out of file descriptors: `max_connections` is over
/// `ulimit -n`) the connection that has waited longest on its client is closed to free one,
/// and the loop pauses for 10 ms.
///
/// ```no_run
/// # async fn demo() -> std::io::Result<()> {
/// let router = axum::Router::new().route("/ping", axum::routing::get(|| async { "pong" }));
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
/// let limits = bounded_server::ServerLimits::default();
/// // Until the process ends; a graceful stop takes a future that completes (a signal, a channel).
/// bounded_server::serve(listener, router, limits, std::future::pending()).await;
/// # Ok(())
/// # }
/// ```
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ServerLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    let limits = limits.normalized();
    let connections = Connections::new(limits.max_connections);
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    let graceful = GracefulShutdown::new();
    let limits = Arc::new(limits);
    let mut pressure = Pressure::default();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let stream = match accepted {
            Ok((stream, _peer)) => stream,
            Err(error) if is_connection_error(&error) => continue,
            Err(error) => {
                // Most likely out of file descriptors: free one if a connection waits on its
                // client, and give its task a moment to close it.
                if connections.close_longest_waiting() {
                    pressure.made_room();
                }
                pressure.accept_failed(&error, limits.max_connections);
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let Some(admitted) = connections.admit() else {
            // Every connection has a request in service: refuse this one at once rather than
            // leave it waiting for a place.
            pressure.refused(limits.max_connections);
            drop(stream);
            continue;
        };
        if admitted.made_room {
            pressure.made_room();
        }
        let service = ConnectionService {
            router: router.clone(),
            slot: Arc::clone(&admitted.slot),
            limits: Arc::clone(&limits),
        };
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        let (slot, closed) = (admitted.slot, admitted.closed);
        tokio::spawn(async move {
            tokio::select! {
                served = connection => {
                    if let Err(error) = served {
                        tracing::debug!(%error, "connection ended with an error");
                    }
                }
                _ = closed => tracing::debug!("closed a waiting connection to make room"),
            }
            drop(slot);
        });
        pressure.report(limits.max_connections);
    }
    drop(listener);
    graceful.shutdown().await;
}

/// Errors of one connection that never reached the server: skip it.
fn is_connection_error(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    )
}

/// The router, serving the requests of one connection.
#[derive(Clone)]
struct ConnectionService {
    router: Router,
    slot: Arc<Slot>,
    limits: Arc<ServerLimits>,
}

impl hyper::service::Service<Request<Incoming>> for ConnectionService {
    type Response = Response<ResponseBody>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn call(&self, request: Request<Incoming>) -> Self::Future {
        let in_service = self.slot.request_started();
        let expects_continue = request
            .headers()
            .get(header::EXPECT)
            .is_some_and(|value| value.as_bytes().eq_ignore_ascii_case(b"100-continue"));
        let request = request.map(|incoming| {
            axum::body::Body::new(RequestBody::new(
                incoming,
                expects_continue,
                Arc::clone(&in_service),
                &self.limits,
            ))
        });
        let router = self.router.clone();
        Box::pin(async move {
            let response = router.oneshot(request).await?;
            Ok(response.map(|inner| ResponseBody {
                inner,
                _request: in_service,
            }))
        })
    }
}

/// What the connection limit did lately, logged at most every 10 s (a flood of connections
/// would otherwise flood the log).
#[derive(Debug, Default)]
struct Pressure {
    made_room: u64,
    refused: u64,
    accept_errors: u64,
    last_accept_error: Option<String>,
    last_report: Option<Instant>,
}

impl Pressure {
    const EVERY: Duration = Duration::from_secs(10);

    fn made_room(&mut self) {
        self.made_room += 1;
    }

    fn refused(&mut self, limit: usize) {
        self.refused += 1;
        self.report(limit);
    }

    fn accept_failed(&mut self, error: &io::Error, limit: usize) {
        self.accept_errors += 1;
        self.last_accept_error = Some(error.to_string());
        self.report(limit);
    }

    fn report(&mut self, limit: usize) {
        if self.made_room == 0 && self.refused == 0 && self.accept_errors == 0 {
            return;
        }
        if self
            .last_report
            .is_some_and(|last| last.elapsed() < Self::EVERY)
        {
            return;
        }
        if let Some(error) = self.last_accept_error.take() {
            tracing::warn!(
                count = self.accept_errors,
                %error,
                "accept errors (out of file descriptors? keep max_connections below ulimit -n)"
            );
        }
        if self.made_room > 0 || self.refused > 0 {
            tracing::warn!(
                max_connections = limit,
                closed_waiting = self.made_room,
                refused = self.refused,
                "at the connection limit: closed connections that waited on their clients, \
                 refused new ones while every connection had a request in service"
            );
        }
        *self = Self {
            last_report: Some(Instant::now()),
            ..Self::default()
        };
    }
}
