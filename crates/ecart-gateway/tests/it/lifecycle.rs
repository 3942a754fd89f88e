//! Starting, stopping, and the router on its own. (The request log is checked in
//! `tests/logs.rs`, a binary of its own: tracing's dispatch state is process-wide.)

use ecart_gateway::GatewayConfig;
use ecwid_client::{EcwidClient, RetryPolicy};

use crate::support::{API_KEY, World, store_of};

#[tokio::test]
async fn shutdown_stops_the_server() {
    let world = World::with_customers(0).await;
    let url = world.url("/api/v2/customers/count");
    assert_eq!(world.count("").await, 2);
    let addr = world.gateway.local_addr();
    assert_eq!(world.gateway.base_url(), format!("http://{addr}"));
    world.gateway.shutdown().await.expect("a clean stop");
    let refused = reqwest::Client::new()
        .get(url)
        .bearer_auth(API_KEY)
        .send()
        .await;
    assert!(refused.is_err(), "{refused:?}");
}

#[tokio::test]
async fn the_router_serves_in_process() {
    use tower::ServiceExt as _;
    let sim = ecwid_sim::Sim::new(store_of(0));
    let running = sim.spawn(([127, 0, 0, 1], 0).into()).await.unwrap();
    let ecwid = EcwidClient::builder(running.base_url(), 1003, "secret_simtoken".into())
        .retry(RetryPolicy::never())
        .build()
        .unwrap();
    let app = ecart_gateway::router(GatewayConfig::new(API_KEY.into(), ecwid));
    let request = axum::http::Request::get("/api/v2/customers/count")
        .header("authorization", format!("Bearer {API_KEY}"))
        .body(axum::body::Body::empty())
        .unwrap();
    let response = app.oneshot(request).await.unwrap();
    assert_eq!(response.status(), 200);
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 16)
        .await
        .unwrap();
    let body: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(body, serde_json::json!({"success": true, "count": 2}));
}

/// `spawn` serves within the configured server limits, the gateway's and the store's: a client
/// that sends half a request head is closed after the head timeout.
#[tokio::test]
async fn spawned_servers_apply_their_server_limits() {
    use std::time::{Duration, Instant};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let header_timeout = Duration::from_millis(300);
    let mut sim = store_of(0);
    sim.server_limits.header_timeout = header_timeout;
    let world = World::start(sim, RetryPolicy::never(), |config| {
        config.server_limits.header_timeout = header_timeout;
    })
    .await;
    for addr in [world.gateway.local_addr(), world.running_sim.local_addr()] {
        let started = Instant::now();
        let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        stream
            .write_all(b"GET / HTTP/1.1\r\nhost: x\r\n")
            .await
            .unwrap();
        let mut rest = Vec::new();
        let closed = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut rest))
            .await
            .is_ok();
        assert!(closed, "{addr}: closed within 10 s");
        assert!(
            started.elapsed() >= header_timeout,
            "{addr}: not before the timeout"
        );
    }
}
