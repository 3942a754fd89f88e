//! Clients that send half a request and stop: they are closed after the deadline, and more of
//! them than the connection limit do not keep a normal request from its answer.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::routing::{get, post};
use bounded_server::ServerLimits;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::{mpsc, oneshot};

use crate::support::{read_answer, start};

/// Far longer than any test runs: whatever closes a connection in such a test is not a
/// deadline.
const NEVER: Duration = Duration::from_secs(600);
/// Bound on waiting for something that should happen at once; only a hang reaches it.
const PATIENCE: Duration = Duration::from_secs(10);

fn app() -> Router {
    Router::new()
        .route("/ping", get(|| async { "pong" }))
        .route(
            "/upload",
            post(|body: Bytes| async move { format!("{} bytes", body.len()) }),
        )
}

fn limits(
    max_connections: usize,
    header_timeout: Duration,
    body_timeout: Duration,
) -> ServerLimits {
    let mut limits = ServerLimits::default();
    limits.max_connections = max_connections;
    limits.header_timeout = header_timeout;
    limits.body_timeout = body_timeout;
    limits
}

/// A connection that sent `sent` and nothing more.
async fn stalled(addr: SocketAddr, sent: &str) -> TcpStream {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    stream.write_all(sent.as_bytes()).await.expect("write");
    stream
}

const HALF_A_HEAD: &str = "GET /ping HTTP/1.1\r\nhost: x\r\n";

/// `GET /ping` on a fresh connection, within `PATIENCE`.
async fn ping(addr: SocketAddr) -> String {
    let answer = tokio::time::timeout(PATIENCE, async {
        let mut stream = TcpStream::connect(addr).await?;
        stream
            .write_all(b"GET /ping HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n")
            .await?;
        read_answer(&mut stream).await
    })
    .await;
    match answer {
        Ok(Ok(answer)) => answer,
        Ok(Err(err)) => panic!("the ping failed: {err}"),
        Err(_) => panic!("no answer to the ping within {PATIENCE:?}"),
    }
}

/// The server closed `stream` (end of file or reset) within `within`.
async fn closed_within(stream: &mut TcpStream, within: Duration) -> bool {
    let mut byte = [0; 1];
    match tokio::time::timeout(within, stream.read(&mut byte)).await {
        Ok(Ok(0) | Err(_)) => true,
        Ok(Ok(_)) | Err(_) => false,
    }
}

#[tokio::test]
async fn more_stalled_clients_than_the_limit_do_not_lock_out_a_normal_request() {
    // The deadlines never pass here: only the connection limit can make room.
    let server = start(app(), limits(8, NEVER, NEVER)).await;
    let addr = server.local_addr();
    let mut stalled_heads = Vec::new();
    for _ in 0..20 {
        stalled_heads.push(stalled(addr, HALF_A_HEAD).await);
    }

    let started = Instant::now();
    let answer = ping(addr).await;
    let took = started.elapsed();
    assert!(answer.ends_with("pong"), "{answer}");
    eprintln!("the normal request took {took:?} behind 20 stalled connections, limit 8");

    // Connections are admitted in the order they connected, and each new one closes the one
    // that has waited longest: the 12 over the limit and one more for the ping closed the
    // first 13; the last 7 are still open.
    for (i, stream) in stalled_heads.iter_mut().enumerate() {
        if i < 13 {
            assert!(
                closed_within(stream, PATIENCE).await,
                "connection {i} is closed"
            );
        } else {
            assert!(
                !closed_within(stream, Duration::from_millis(100)).await,
                "connection {i} is still open"
            );
        }
    }
}

#[tokio::test]
async fn stalled_heads_and_idle_connections_are_closed_after_the_header_timeout() {
    let header_timeout = Duration::from_millis(500);
    let server = start(app(), limits(100, header_timeout, NEVER)).await;
    let addr = server.local_addr();
    let started = Instant::now();
    let mut connections = Vec::new();
    for _ in 0..10 {
        connections.push(stalled(addr, HALF_A_HEAD).await);
        connections.push(stalled(addr, "").await);
    }
    // Kept alive after a first answer, then idle.
    let mut idle = stalled(addr, "GET /ping HTTP/1.1\r\nhost: x\r\n\r\n").await;
    let mut answer = [0; 1024];
    let n = idle.read(&mut answer).await.unwrap();
    assert!(String::from_utf8_lossy(&answer[..n]).ends_with("pong"));
    connections.push(idle);

    for (i, stream) in connections.iter_mut().enumerate() {
        assert!(
            closed_within(stream, PATIENCE).await,
            "connection {i} closed"
        );
    }
    assert!(
        started.elapsed() >= header_timeout,
        "not before the deadline"
    );
    assert!(
        ping(addr).await.ends_with("pong"),
        "the server still serves"
    );
}

#[tokio::test]
async fn a_stalled_body_is_answered_and_closed_after_the_body_timeout() {
    let body_timeout = Duration::from_millis(500);
    let server = start(app(), limits(100, NEVER, body_timeout)).await;
    let addr = server.local_addr();
    let started = Instant::now();
    let mut stream = stalled(
        addr,
        "POST /upload HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\n0123456789",
    )
    .await;
    let answer = tokio::time::timeout(PATIENCE, read_answer(&mut stream))
        .await
        .expect("closed within the patience")
        .expect("read");
    assert!(started.elapsed() >= body_timeout, "not before the deadline");
    // The handler could not read its body: axum's answer to an unreadable body.
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
}

#[tokio::test]
async fn stalled_bodies_make_room_like_stalled_heads() {
    // The handler reads the body: a connection whose body stalls waits on its client.
    let (entered, mut handlers) = mpsc::unbounded_channel::<()>();
    let router = Router::new()
        .route("/ping", get(|| async { "pong" }))
        .route(
            "/upload",
            post(move |body: axum::body::Body| {
                let entered = entered.clone();
                async move {
                    let _ = entered.send(());
                    let read = axum::body::to_bytes(body, usize::MAX).await;
                    format!("{:?}", read.map(|bytes| bytes.len()))
                }
            }),
        );
    let server = start(router, limits(4, NEVER, NEVER)).await;
    let addr = server.local_addr();
    let mut uploads = Vec::new();
    for _ in 0..4 {
        let upload = "POST /upload HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\n0123456789";
        uploads.push(stalled(addr, upload).await);
        tokio::time::timeout(PATIENCE, handlers.recv())
            .await
            .expect("the handler runs")
            .expect("the router lives");
    }
    // Every place is taken by a request whose body stalls; the ping closes the oldest.
    assert!(ping(addr).await.ends_with("pong"));
    assert!(
        closed_within(&mut uploads[0], PATIENCE).await,
        "the oldest upload"
    );
    for (i, upload) in uploads.iter_mut().enumerate().skip(1) {
        assert!(
            !closed_within(upload, Duration::from_millis(100)).await,
            "upload {i} is still open"
        );
    }
}

#[tokio::test]
async fn when_every_connection_is_in_service_a_new_one_is_refused_at_once() {
    let (entered, mut handlers) = mpsc::unbounded_channel::<oneshot::Sender<()>>();
    let router = Router::new().route(
        "/hold",
        get(move || {
            let entered = entered.clone();
            async move {
                let (release, released) = oneshot::channel();
                let _ = entered.send(release);
                let _ = released.await;
                "released"
            }
        }),
    );
    let server = start(router, limits(2, NEVER, NEVER)).await;
    let addr = server.local_addr();
    let hold = "GET /hold HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n";
    let mut held = Vec::new();
    let mut releases = Vec::new();
    for _ in 0..2 {
        held.push(stalled(addr, hold).await);
        releases.push(
            tokio::time::timeout(PATIENCE, handlers.recv())
                .await
                .expect("the handler runs")
                .expect("the router lives"),
        );
    }

    let mut refused = stalled(addr, hold).await;
    assert!(
        closed_within(&mut refused, PATIENCE).await,
        "refused, not left hanging"
    );

    for release in releases {
        release.send(()).unwrap();
    }
    for stream in &mut held {
        let answer = read_answer(stream).await.unwrap();
        assert!(answer.ends_with("released"), "{answer}");
    }
    // Places free again: served.
    let mut again = stalled(addr, hold).await;
    let release = tokio::time::timeout(PATIENCE, handlers.recv())
        .await
        .expect("the handler runs")
        .expect("the router lives");
    release.send(()).unwrap();
    assert!(read_answer(&mut again).await.unwrap().ends_with("released"));
}

#[tokio::test]
async fn the_longest_durations_serve_without_a_limit() {
    let server = start(app(), limits(1, Duration::MAX, Duration::MAX)).await;
    let mut stream = stalled(
        server.local_addr(),
        "POST /upload HTTP/1.1\r\nhost: x\r\ncontent-length: 4\r\nconnection: close\r\n\r\nabcd",
    )
    .await;
    let answer = tokio::time::timeout(PATIENCE, read_answer(&mut stream))
        .await
        .expect("an answer")
        .expect("read");
    assert!(answer.ends_with("4 bytes"), "{answer}");
}
