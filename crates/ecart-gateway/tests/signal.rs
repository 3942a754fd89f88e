//! `serve_until_signal` stops cleanly on SIGTERM.
//!
//! A test binary of its own: it sends SIGTERM to its own process, which only this binary's
//! handler may receive.
#![cfg(unix)]

use std::time::Duration;

use ecart_gateway::GatewayConfig;
use ecwid_client::{EcwidClient, RetryPolicy};
use ecwid_sim::{Sim, SimConfig};

#[tokio::test]
async fn sigterm_stops_the_server_after_the_requests_in_flight() {
    let sim = Sim::new(SimConfig {
        customers: 0,
        rate_limit_per_minute: 0,
        // A request in flight when the signal comes must still be answered.
        latency: Some(Duration::from_millis(300)),
        ..SimConfig::default()
    });
    let store = sim.spawn(([127, 0, 0, 1], 0).into()).await.unwrap();
    let ecwid = EcwidClient::builder(store.base_url(), 1003, "secret_simtoken".into())
        .retry(RetryPolicy::never())
        .build()
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!(
        "http://{}/api/v2/customers/count",
        listener.local_addr().unwrap()
    );
    let server = tokio::spawn(ecart_gateway::serve_until_signal(
        GatewayConfig::new("k".into(), ecwid),
        listener,
    ));
    let http = reqwest::Client::new();
    // The first answer shows the server (and its signal handlers) running.
    let first = http.get(&url).bearer_auth("k").send().await.unwrap();
    assert_eq!(first.status(), 200);

    let in_flight = tokio::spawn({
        let (http, url) = (http.clone(), url.clone());
        async move { http.get(&url).bearer_auth("k").send().await }
    });
    tokio::time::sleep(Duration::from_millis(100)).await;
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &std::process::id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());

    let stopped = tokio::time::timeout(Duration::from_secs(5), server)
        .await
        .expect("the server stops")
        .unwrap();
    assert!(stopped.is_ok(), "{stopped:?}");
    let answered = in_flight
        .await
        .unwrap()
        .expect("the request in flight is answered");
    assert_eq!(answered.status(), 200);
    assert!(http.get(&url).bearer_auth("k").send().await.is_err());
}
