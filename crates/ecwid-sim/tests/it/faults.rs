//! Injected faults: each kind as the client sees it, deterministic under a seed; latency.

use std::time::{Duration, Instant};

use ecwid_sim::{FaultConfig, FaultKind, SimConfig};
use reqwest::StatusCode;

use crate::support::{TestStore, expect_error};

fn faulty(kinds: Vec<FaultKind>, rate: f64, seed: u64) -> SimConfig {
    SimConfig {
        customers: 5,
        seed,
        rate_limit_per_minute: 0,
        faults: FaultConfig {
            rate,
            kinds,
            retry_after_secs: 7,
        },
        ..SimConfig::default()
    }
}

#[tokio::test]
async fn each_fault_kind_shows_as_documented() {
    let cases = [
        (FaultKind::InternalError, 500, Some("INTERNAL_ERROR")),
        (FaultKind::ServiceUnavailable, 503, None),
        (FaultKind::RateLimited, 429, Some("RATE_LIMITED")),
    ];
    for (kind, status, code) in cases {
        let store = TestStore::start(faulty(vec![kind], 1.0, 1)).await;
        let response = store.get("/customers").send().await.unwrap();
        if kind == FaultKind::RateLimited {
            assert_eq!(response.headers()["retry-after"], "7");
        }
        expect_error(response, status, code).await;
    }
    let store = TestStore::start(faulty(vec![FaultKind::CutConnection], 1.0, 1)).await;
    let response = store.get("/customers").send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body = response.bytes().await;
    assert!(body.is_err(), "the body must fail half-way, got {body:?}");
}

/// The status of each of `n` sequential requests, `None` for a cut connection.
async fn statuses(store: &TestStore, n: usize) -> Vec<Option<u16>> {
    let mut out = Vec::new();
    for _ in 0..n {
        // A cut connection shows as a failed body read (or, if the server dropped the
        // connection before the client saw the headers, a failed send).
        let status = match store
            .get("/customers")
            .query(&[("limit", "1")])
            .send()
            .await
        {
            Ok(response) => {
                let status = response.status().as_u16();
                response.bytes().await.ok().map(|_| status)
            }
            Err(_) => None,
        };
        out.push(status);
    }
    out
}

#[tokio::test]
async fn faults_follow_the_seed_and_the_request_number() {
    let first = TestStore::start(faulty(vec![], 0.5, 77)).await;
    let second = TestStore::start(faulty(vec![], 0.5, 77)).await;
    let other = TestStore::start(faulty(vec![], 0.5, 78)).await;
    let a = statuses(&first, 40).await;
    assert_eq!(a, statuses(&second, 40).await);
    assert_ne!(a, statuses(&other, 40).await);
    let expected: Vec<Option<u16>> = (0..40)
        .map(|n| match first.sim.planned_fault(n) {
            None => Some(200),
            Some(FaultKind::InternalError) => Some(500),
            Some(FaultKind::ServiceUnavailable) => Some(503),
            Some(FaultKind::RateLimited) => Some(429),
            Some(FaultKind::CutConnection) => None,
        })
        .collect();
    assert_eq!(a, expected);
    let failed = a.iter().filter(|s| **s != Some(200)).count();
    assert!((8..=32).contains(&failed), "{failed} of 40 at rate 0.5");
    assert_eq!(first.sim.request_count(), 40);
}

#[tokio::test]
async fn latency_delays_every_answer() {
    let store = TestStore::start(SimConfig {
        customers: 0,
        latency: Some(Duration::from_millis(150)),
        ..SimConfig::default()
    })
    .await;
    for _ in 0..3 {
        let started = Instant::now();
        let response = store.get("/customers/177737165").send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert!(started.elapsed() >= Duration::from_millis(150));
    }
}
