//! Ecwid's failures as the canonical client sees them: 429 with Retry-After, 502, 504, and
//! customers the mapping cannot convert.

use std::time::{Duration, Instant};

use ecart_gateway::{GatewayConfig, SKIPPED_HEADER};
use ecwid_client::types::Customer as EcwidCustomer;
use ecwid_client::{EcwidClient, RetryPolicy};
use ecwid_sim::{FaultConfig, FaultKind, SimConfig};
use reqwest::Method;
use serde_json::json;

use crate::support::{API_KEY, World, send, store_of};

/// An Ecwid client that sends every request once (and gives up at `timeout` when given).
fn ecwid_client(
    base_url: String,
    store_id: i64,
    token: &str,
    timeout: Option<Duration>,
) -> EcwidClient {
    let builder =
        EcwidClient::builder(base_url, store_id, token.into()).retry(RetryPolicy::never());
    match timeout {
        Some(timeout) => builder.timeout(timeout),
        None => builder,
    }
    .build()
    .unwrap()
}

fn faulty(kind: FaultKind) -> SimConfig {
    SimConfig {
        faults: FaultConfig {
            rate: 1.0,
            kinds: vec![kind],
            retry_after_secs: 7,
        },
        ..store_of(5)
    }
}

#[tokio::test]
async fn ecwid_429_is_passed_through_with_retry_after() {
    let world = World::start(faulty(FaultKind::RateLimited), RetryPolicy::never(), |_| {}).await;
    for path in [
        "/api/v2/customers",
        "/api/v2/customers/count",
        "/api/v2/customers/177737165",
        "/api/v2/customers?sinceId=1",
        "/api/v2/customers?ids=177737165",
    ] {
        let answer = world.get(path).await;
        answer.error(429, "RATE_LIMITED");
        assert_eq!(answer.headers["retry-after"], "7", "{path}");
    }
    let answer = send(
        world
            .request(Method::POST, "/api/v2/customers")
            .json(&json!({"customer": {"firstName": "A", "lastName": "B", "email": "a@b.co"}})),
    )
    .await;
    answer.error(429, "RATE_LIMITED");
    assert_eq!(answer.headers["retry-after"], "7");
}

#[tokio::test]
async fn the_recommended_policy_passes_a_long_retry_after_through_at_once() {
    let started = Instant::now();
    let world = World::start(
        faulty(FaultKind::RateLimited),
        GatewayConfig::recommended_retry_policy(),
        |_| {},
    )
    .await;
    let answer = world.get("/api/v2/customers/177737165").await;
    answer.error(429, "RATE_LIMITED");
    assert_eq!(answer.headers["retry-after"], "7");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn ecwid_5xx_and_cut_connections_are_502() {
    for kind in [
        FaultKind::InternalError,
        FaultKind::ServiceUnavailable,
        FaultKind::CutConnection,
    ] {
        let world = World::start(faulty(kind), RetryPolicy::never(), |_| {}).await;
        for path in [
            "/api/v2/customers",
            "/api/v2/customers/count",
            "/api/v2/customers/177737165",
        ] {
            world.get(path).await.error(502, "UPSTREAM_ERROR");
        }
        let answer = send(world.request(Method::DELETE, "/api/v2/customers/177737165")).await;
        answer.error(502, "UPSTREAM_ERROR");
    }
}

#[tokio::test]
async fn transient_ecwid_failures_are_retried_by_the_client_policy() {
    // A third of the requests fail; with retries every canonical request still succeeds.
    let sim = SimConfig {
        faults: FaultConfig {
            rate: 0.3,
            kinds: vec![FaultKind::InternalError, FaultKind::CutConnection],
            retry_after_secs: 1,
        },
        ..store_of(20)
    };
    let retry = RetryPolicy::default()
        .with_max_attempts(8)
        .with_base_delay(Duration::from_millis(1))
        .with_max_delay(Duration::from_millis(5));
    let world = World::start(sim, retry, |_| {}).await;
    for _ in 0..5 {
        assert_eq!(world.count("").await, 22);
        assert_eq!(world.walk(10, "").await.len(), 22);
    }
}

#[tokio::test]
async fn slow_ecwid_is_504() {
    let slow = SimConfig {
        latency: Some(Duration::from_secs(2)),
        ..store_of(0)
    };
    // The whole request over the gateway's limit.
    let world = World::start(slow.clone(), RetryPolicy::never(), |config| {
        config.request_timeout = Duration::from_millis(300);
    })
    .await;
    let started = Instant::now();
    world
        .get("/api/v2/customers")
        .await
        .error(504, "UPSTREAM_TIMEOUT");
    assert!(started.elapsed() < Duration::from_millis(1500));

    // One Ecwid call over the Ecwid client's timeout.
    let world = World::start(slow, RetryPolicy::never(), |config| {
        config.ecwid = ecwid_client(
            config.ecwid.base_url().to_owned(),
            1003,
            "secret_simtoken",
            Some(Duration::from_millis(200)),
        );
    })
    .await;
    world
        .get("/api/v2/customers/177737165")
        .await
        .error(504, "UPSTREAM_TIMEOUT");
}

#[tokio::test]
async fn a_misconfigured_or_unreachable_ecwid_is_502() {
    let sim = store_of(0);
    // The wrong Ecwid token: Ecwid's 403 is the gateway's fault, not the caller's.
    let world = World::start(sim.clone(), RetryPolicy::never(), |config| {
        config.ecwid = ecwid_client(
            config.ecwid.base_url().to_owned(),
            1003,
            "secret_WRONG_TOKEN",
            None,
        );
    })
    .await;
    let answer = world.get("/api/v2/customers/177737165").await;
    answer.error(502, "UPSTREAM_ERROR");
    assert!(!answer.body.to_string().contains("WRONG_TOKEN"));

    // The wrong store: even a customer read is not a 404.
    let world = World::start(sim, RetryPolicy::never(), |config| {
        config.ecwid = ecwid_client(
            config.ecwid.base_url().to_owned(),
            4242,
            "secret_simtoken",
            None,
        );
    })
    .await;
    for path in ["/api/v2/customers/177737165", "/api/v2/customers"] {
        world.get(path).await.error(502, "UPSTREAM_ERROR");
    }

    // Nobody listening.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let world = World::start(store_of(0), RetryPolicy::never(), |config| {
        config.ecwid = ecwid_client(
            format!("http://127.0.0.1:{port}/api/v3"),
            1003,
            "secret_simtoken",
            None,
        );
    })
    .await;
    world
        .get("/api/v2/customers/count")
        .await
        .error(502, "UPSTREAM_ERROR");
}

#[tokio::test]
async fn a_customer_the_mapping_rejects_is_left_out_of_lists_not_fatal() {
    let world = World::with_customers(10).await;
    let bad = world.sim.store().insert(EcwidCustomer {
        id: Some(5),
        name: Some("Bad Date".into()),
        email: Some("bad@example.com".into()),
        registered: Some("yesterday".into()),
        updated: Some("2024-01-01 00:00:00 +0000".into()),
        ..EcwidCustomer::default()
    });
    let good = world.store_customers_except(bad);
    assert_eq!(good.len(), 12);

    // Ecwid plan: the page is one short and says so.
    let answer = world.get("/api/v2/customers?limit=100").await;
    assert_eq!(answer.status, 200, "{:#}", answer.body);
    assert_eq!(answer.headers[SKIPPED_HEADER], "1");
    let ids: Vec<&str> = answer.body["customers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 12);
    assert!(!ids.contains(&"5"));

    // The cursor plan, like the Ecwid plan: left out of its page, still in Ecwid's count.
    let answer = world.get("/api/v2/customers?sinceId=1&limit=100").await;
    assert_eq!(answer.headers[SKIPPED_HEADER], "1");
    assert_eq!(answer.body["customers"].as_array().unwrap().len(), 12);
    assert_eq!(world.count("sinceId=1").await, 13);
    // The by-id plan leaves it out of pages and count alike.
    let answer = world.get("/api/v2/customers?ids=5,177737165").await;
    assert_eq!(answer.headers[SKIPPED_HEADER], "1");
    assert_eq!(answer.body["customers"].as_array().unwrap().len(), 1);

    // Alone, it cannot be answered.
    let answer = world.get("/api/v2/customers/5").await;
    answer.error(502, "UPSTREAM_ERROR");
    assert!(
        answer.body["details"].to_string().contains("registered"),
        "{:#}",
        answer.body
    );
    // A page without it carries no header.
    let answer = world.get("/api/v2/customers?ids=177737165").await;
    assert!(answer.headers.get(SKIPPED_HEADER).is_none());
}

impl World {
    fn store_customers_except(&self, id: i64) -> Vec<ecartapi_client::types::Customer> {
        self.sim
            .store()
            .list()
            .iter()
            .filter(|c| c.id != Some(id))
            .map(|c| ecwid_mapping::ecwid_to_canonical(c).unwrap())
            .collect()
    }
}

#[tokio::test]
async fn the_key_works_only_as_a_bearer_header() {
    // The canonical key is not the Ecwid token, and the Ecwid token is no canonical key.
    let world = World::with_customers(0).await;
    let answer = send(
        world
            .http
            .get(world.url("/api/v2/customers"))
            .bearer_auth(&world.sim.config().token),
    )
    .await;
    answer.error(401, "UNAUTHORIZED");
    let answer = send(
        world
            .http
            .get(world.url("/api/v2/customers"))
            .bearer_auth(API_KEY),
    )
    .await;
    assert_eq!(answer.status, 200);
}

#[tokio::test]
async fn a_customer_ecwid_sends_malformed_is_left_out_of_the_list_not_fatal() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let ecwid = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v3/1003/customers"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "total": 3, "count": 3, "offset": 0, "limit": 50,
            "items": [
                {"id": 1, "name": "Ana Lima"},
                {"id": 2, "name": "Bad Type", "shippingAddresses": [{"id": "not a number"}]},
                {"id": 3, "name": "Cy Young"}
            ]
        })))
        .mount(&ecwid)
        .await;
    let client = ecwid_client(format!("{}/api/v3", ecwid.uri()), 1003, "t", None);
    let gateway = ecart_gateway::spawn(
        GatewayConfig::new(API_KEY.into(), client),
        "127.0.0.1:0".parse().unwrap(),
    )
    .await
    .unwrap();
    let answer = send(
        reqwest::Client::new()
            .get(format!("{}/api/v2/customers", gateway.base_url()))
            .bearer_auth(API_KEY),
    )
    .await;
    assert_eq!(answer.status, 200, "{:#}", answer.body);
    assert_eq!(answer.headers[SKIPPED_HEADER], "1");
    let ids: Vec<&str> = answer.body["customers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["1", "3"], "the good customers of the page are kept");
}
