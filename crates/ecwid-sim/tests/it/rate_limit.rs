//! 429 with `Retry-After` over the per-token limit.

use std::time::Duration;

use ecwid_sim::SimConfig;
use reqwest::StatusCode;

use crate::support::{TestStore, expect_error};

#[tokio::test]
async fn over_the_limit_is_429_with_retry_after_until_the_window_ends() {
    let store = TestStore::start(SimConfig {
        customers: 0,
        rate_limit_per_minute: 3,
        rate_limit_window: Duration::from_secs(2),
        ..SimConfig::default()
    })
    .await;
    for _ in 0..3 {
        assert_eq!(
            store
                .get("/customers/177737165")
                .send()
                .await
                .unwrap()
                .status(),
            StatusCode::OK
        );
    }
    let refused = store.get("/customers").send().await.unwrap();
    let retry_after: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=2).contains(&retry_after), "{retry_after}");
    expect_error(refused, 429, Some("RATE_LIMITED")).await;
    // Requests with a bad token are refused before they count.
    let bad = store
        .http
        .get(store.url("/customers"))
        .bearer_auth("nope")
        .send()
        .await
        .unwrap();
    expect_error(bad, 403, Some("INVALID_API_TOKEN")).await;

    tokio::time::sleep(Duration::from_secs(retry_after)).await;
    assert_eq!(
        store.get("/customers").send().await.unwrap().status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_default_is_ecwids_600_per_minute_and_zero_is_unlimited() {
    assert_eq!(SimConfig::default().rate_limit_per_minute, 600);
    let store = TestStore::start(SimConfig {
        customers: 0,
        rate_limit_per_minute: 0,
        ..SimConfig::default()
    })
    .await;
    for _ in 0..700 {
        assert_eq!(
            store
                .get("/customers/177737165")
                .send()
                .await
                .unwrap()
                .status(),
            StatusCode::OK
        );
    }
    assert_eq!(store.sim.request_count(), 700);
}
