//! Retries: what is sent again, how long the client waits, when it gives up, and the typed error
//! it gives up with.

use std::time::{Duration, Instant};

use ecwid_client::{ErrorKind, RequestError, types};
use reqwest::StatusCode;
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::support::{
    client, customer_json, cut_answer, ecwid_error, fast_policy, full_answer, raw_server,
};

const CUSTOMER: &str = "/api/v3/1003/customers/42";
const CUSTOMERS: &str = "/api/v3/1003/customers";

/// Answers `first` to the first `times` requests matching `method_name` and `url_path`, then
/// `then` (expected `then_times` times).
async fn failing_then(
    server: &MockServer,
    method_name: &str,
    url_path: &str,
    first: ResponseTemplate,
    times: u64,
    then: ResponseTemplate,
) {
    Mock::given(method(method_name))
        .and(path(url_path))
        .respond_with(first)
        .up_to_n_times(times)
        .expect(times)
        .with_priority(1)
        .mount(server)
        .await;
    Mock::given(method(method_name))
        .and(path(url_path))
        .respond_with(then)
        .expect(1)
        .with_priority(2)
        .mount(server)
        .await;
}

fn create_body() -> types::CustomerCreateRequest {
    serde_json::from_value(json!({"email": "mary@example.com"})).unwrap()
}

#[tokio::test]
async fn a_429_waits_for_retry_after_then_succeeds() {
    let server = MockServer::start().await;
    failing_then(
        &server,
        "GET",
        CUSTOMER,
        ecwid_error(429, "RATE_LIMITED", "Too many requests").insert_header("Retry-After", "1"),
        1,
        ResponseTemplate::new(200).set_body_json(customer_json(42)),
    )
    .await;
    // Backoff alone would wait at most 4 ms: a wait of a second can only come from Retry-After.
    let ecwid = client(&server.uri(), fast_policy(3));
    let started = Instant::now();
    let customer = ecwid.customer(42).await.unwrap();
    let elapsed = started.elapsed();
    assert_eq!(customer.id, Some(42));
    assert!(elapsed >= Duration::from_secs(1), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(4), "{elapsed:?}");
    let stats = ecwid.stats();
    assert_eq!((stats.requests, stats.retries), (2, 1));
    assert_eq!(stats.waited, Duration::from_secs(1));
}

#[tokio::test]
async fn a_429_without_retry_after_backs_off_and_succeeds() {
    let server = MockServer::start().await;
    failing_then(
        &server,
        "GET",
        CUSTOMER,
        ecwid_error(429, "RATE_LIMITED", "Too many requests"),
        2,
        ResponseTemplate::new(200).set_body_json(customer_json(42)),
    )
    .await;
    let ecwid = client(&server.uri(), fast_policy(3));
    assert_eq!(ecwid.customer(42).await.unwrap().id, Some(42));
    assert_eq!(ecwid.stats().retries, 2);
}

#[tokio::test]
async fn a_503_twice_then_success_is_a_success() {
    let server = MockServer::start().await;
    failing_then(
        &server,
        "GET",
        CUSTOMER,
        ecwid_error(503, "INTERNAL_ERROR", "Down for maintenance"),
        2,
        ResponseTemplate::new(200).set_body_json(customer_json(42)),
    )
    .await;
    let ecwid = client(&server.uri(), fast_policy(3));
    assert_eq!(ecwid.customer(42).await.unwrap().id, Some(42));
    let stats = ecwid.stats();
    assert_eq!((stats.requests, stats.retries), (3, 2));
}

#[tokio::test]
async fn giving_up_reports_status_error_code_and_attempts() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ecwid_error(503, "INTERNAL_ERROR", "Down for maintenance"))
        .expect(4)
        .mount(&server)
        .await;
    let ecwid = client(&server.uri(), fast_policy(4));
    let err = ecwid.customer(42).await.unwrap_err();
    assert_eq!(err.operation(), Some("get_customer"));
    assert_eq!(err.attempts(), Some(4));
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(err.error_code(), Some("INTERNAL_ERROR"));
    let api = err.api().unwrap();
    assert_eq!(api.error_message.as_deref(), Some("Down for maintenance"));
    assert_eq!(api.retry_after, None);
    assert_eq!(
        err.to_string(),
        "get_customer: Ecwid answered 503 Service Unavailable INTERNAL_ERROR: Down for \
         maintenance (after 4 attempts)"
    );
    assert_eq!(ecwid.stats().retries, 3);
}

#[tokio::test]
async fn a_retry_after_above_the_cap_gives_up_at_once() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ecwid_error(429, "RATE_LIMITED", "Too many requests")
                .insert_header("Retry-After", "120"),
        )
        .expect(1)
        .mount(&server)
        .await;
    let ecwid = client(&server.uri(), fast_policy(5));
    let started = Instant::now();
    let err = ecwid.customer(42).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(err.attempts(), Some(1));
    assert_eq!(err.error_code(), Some("RATE_LIMITED"));
    let api = err.api().unwrap();
    assert_eq!(api.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(api.retry_after, Some(Duration::from_secs(120)));
    assert_eq!(ecwid.stats().retries, 0);
}

#[tokio::test]
async fn the_retry_after_cap_is_configurable() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "1"))
        .expect(1)
        .mount(&server)
        .await;
    let policy = fast_policy(3).with_max_retry_after(Duration::from_millis(500));
    let err = client(&server.uri(), policy)
        .customer(42)
        .await
        .unwrap_err();
    assert_eq!(err.attempts(), Some(1));
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
}

#[tokio::test]
async fn a_post_is_never_sent_twice() {
    for answer in [
        ecwid_error(503, "INTERNAL_ERROR", "Down"),
        ecwid_error(500, "INTERNAL_ERROR", "Oops"),
        ecwid_error(429, "RATE_LIMITED", "Slow down").insert_header("Retry-After", "0"),
        ResponseTemplate::new(408),
    ] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path(CUSTOMERS))
            .respond_with(answer)
            .expect(1)
            .mount(&server)
            .await;
        let ecwid = client(&server.uri(), fast_policy(5));
        let err = ecwid.create(&create_body()).await.unwrap_err();
        assert_eq!(err.operation(), Some("create_customer"));
        assert_eq!(err.attempts(), Some(1), "{err}");
        assert!(err.status().is_some_and(|s| s.as_u16() >= 408), "{err}");
        assert_eq!(ecwid.stats().requests, 1);
        server.verify().await;
    }
}

#[tokio::test]
async fn a_post_that_times_out_is_not_sent_again() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"id": 7}))
                .set_delay(Duration::from_millis(800)),
        )
        .expect(1)
        .mount(&server)
        .await;
    let ecwid = ecwid_client::EcwidClient::builder(
        format!("{}/api/v3", server.uri()),
        1003,
        crate::support::TOKEN.into(),
    )
    .retry(fast_policy(5))
    .timeout(Duration::from_millis(100))
    .build()
    .unwrap();
    let err = ecwid.create(&create_body()).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(err.attempts(), Some(1));
}

#[tokio::test]
async fn put_and_delete_are_retried() {
    let server = MockServer::start().await;
    failing_then(
        &server,
        "PUT",
        CUSTOMER,
        ResponseTemplate::new(502),
        1,
        ResponseTemplate::new(200).set_body_json(json!({"updateCount": 1})),
    )
    .await;
    failing_then(
        &server,
        "DELETE",
        CUSTOMER,
        ResponseTemplate::new(504),
        1,
        ResponseTemplate::new(200).set_body_json(json!({"deleteCount": 1})),
    )
    .await;
    let ecwid = client(&server.uri(), fast_policy(3));
    let changes = types::CustomerUpdateRequest {
        private_admin_notes: Some("VIP".into()),
        ..Default::default()
    };
    assert_eq!(ecwid.update(42, &changes).await.unwrap(), 1);
    assert_eq!(ecwid.delete(42).await.unwrap(), 1);
    assert_eq!(ecwid.stats().retries, 2);
    // The repeated PUT carried the same body.
    let puts: Vec<_> = server
        .received_requests()
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.method.as_str() == "PUT")
        .map(|r| r.body)
        .collect();
    assert_eq!(puts.len(), 2);
    assert_eq!(puts[0], puts[1]);
}

#[tokio::test]
async fn statuses_that_will_not_change_are_not_retried() {
    for status in [400, 403, 404, 409, 501] {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ecwid_error(status, "SOME_CODE", "No"))
            .expect(1)
            .mount(&server)
            .await;
        let err = client(&server.uri(), fast_policy(5))
            .customer(42)
            .await
            .unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(err.attempts(), Some(1));
        // 501 is not documented for the operation: it arrives as progenitor's unexpected
        // response and still comes out typed, with the body parsed.
        assert_eq!(err.error_code(), Some("SOME_CODE"), "{status}");
        server.verify().await;
    }
}

#[tokio::test]
async fn a_cut_body_is_retried() {
    let body = customer_json(42).to_string();
    let (url, seen) = raw_server(vec![cut_answer(&body, 10), full_answer(&body)]).await;
    let ecwid = client(&url, fast_policy(3));
    let customer = ecwid.customer(42).await.unwrap();
    assert_eq!(customer.id, Some(42));
    assert_eq!(*seen.lock().unwrap(), 2);
    assert_eq!(ecwid.stats().retries, 1);
}

#[tokio::test]
async fn a_body_cut_every_time_ends_as_an_incomplete_body_error() {
    let body = customer_json(42).to_string();
    let (url, seen) = raw_server(vec![cut_answer(&body, 10)]).await;
    let err = client(&url, fast_policy(3)).customer(42).await.unwrap_err();
    assert!(
        matches!(
            err.kind(),
            ErrorKind::Request(RequestError::IncompleteBody(_))
        ),
        "{err:?}"
    );
    assert_eq!(err.attempts(), Some(3));
    assert_eq!(*seen.lock().unwrap(), 3);
}

#[tokio::test]
async fn a_cut_body_of_a_post_is_not_retried() {
    let body = json!({"id": 7}).to_string();
    let (url, seen) = raw_server(vec![cut_answer(&body, 3), full_answer(&body)]).await;
    let err = client(&url, fast_policy(3))
        .create(&create_body())
        .await
        .unwrap_err();
    assert!(
        matches!(
            err.kind(),
            ErrorKind::Request(RequestError::IncompleteBody(_))
        ),
        "{err:?}"
    );
    assert_eq!(*seen.lock().unwrap(), 1);
}

#[tokio::test]
async fn a_timeout_is_retried_and_then_reported() {
    let server = MockServer::start().await;
    let slow = ResponseTemplate::new(200)
        .set_body_json(customer_json(42))
        .set_delay(Duration::from_millis(800));
    failing_then(
        &server,
        "GET",
        CUSTOMER,
        slow.clone(),
        1,
        ResponseTemplate::new(200).set_body_json(customer_json(42)),
    )
    .await;
    let ecwid = ecwid_client::EcwidClient::builder(
        format!("{}/api/v3", server.uri()),
        1003,
        crate::support::TOKEN.into(),
    )
    .retry(fast_policy(3))
    .timeout(Duration::from_millis(150))
    .build()
    .unwrap();
    assert_eq!(ecwid.customer(42).await.unwrap().id, Some(42));
    assert_eq!(ecwid.stats().retries, 1);

    let always_slow = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(slow)
        .expect(2)
        .mount(&always_slow)
        .await;
    let ecwid = ecwid_client::EcwidClient::builder(
        format!("{}/api/v3", always_slow.uri()),
        1003,
        crate::support::TOKEN.into(),
    )
    .retry(fast_policy(2))
    .timeout(Duration::from_millis(150))
    .build()
    .unwrap();
    let started = Instant::now();
    let err = ecwid.customer(42).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(err.attempts(), Some(2));
    assert!(
        err.to_string().starts_with("get_customer: timed out"),
        "{err}"
    );
    assert!(started.elapsed() < Duration::from_millis(1500));
}

#[tokio::test]
async fn a_refused_connection_is_retried_and_reported() {
    let (_taken, url) = crate::support::refusing_server();
    let ecwid = client(&url, fast_policy(3));
    let err = ecwid.customer(42).await.unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::Request(RequestError::Connection(_))),
        "{err:?}"
    );
    assert_eq!(err.attempts(), Some(3));
    assert_eq!(err.status(), None);
    assert_eq!(ecwid.stats().requests, 3);
}

#[tokio::test]
async fn the_generated_builders_are_retried_too() {
    let server = MockServer::start().await;
    failing_then(
        &server,
        "GET",
        CUSTOMER,
        ResponseTemplate::new(503),
        1,
        ResponseTemplate::new(200).set_body_json(customer_json(42)),
    )
    .await;
    let ecwid = client(&server.uri(), fast_policy(3));
    let customer = ecwid.get_customer(42).send().await.unwrap();
    assert_eq!(customer.id, Some(42));
    assert_eq!(ecwid.stats().retries, 1);
}

#[tokio::test]
async fn a_generated_error_converts_without_operation_or_attempts() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ecwid_error(404, "STORE_NOT_FOUND", "Store not found"))
        .mount(&server)
        .await;
    let ecwid = client(&server.uri(), fast_policy(1));
    let err: ecwid_client::Error = ecwid.get_customer(42).send().await.unwrap_err().into();
    assert_eq!(err.operation(), None);
    assert_eq!(err.attempts(), None);
    assert_eq!(err.error_code(), Some("STORE_NOT_FOUND"));
    assert_eq!(
        err.to_string(),
        "Ecwid answered 404 Not Found STORE_NOT_FOUND: Store not found"
    );
}

#[tokio::test]
async fn an_error_body_that_is_not_json_keeps_its_status() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503).set_body_string("<html>Bad gateway</html>"))
        .expect(2)
        .mount(&server)
        .await;
    let err = client(&server.uri(), fast_policy(2))
        .customer(42)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(err.error_code(), None);
    assert_eq!(err.attempts(), Some(2));
}

#[tokio::test]
async fn a_success_body_of_the_wrong_shape_names_the_json_path() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "total": 2, "items": [{"id": 1}, {"id": "two"}]
        })))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server.uri(), fast_policy(3))
        .search(&Default::default(), 0, 100)
        .await
        .unwrap_err();
    match err.kind() {
        ErrorKind::InvalidResponse { status, path, .. } => {
            assert_eq!(*status, Some(StatusCode::OK));
            assert_eq!(path.as_deref(), Some("items[1].id"));
        }
        other => panic!("expected an invalid response, got {other:?}"),
    }
    assert!(
        err.to_string().starts_with(
            "search_customers: the 200 response body does not match the spec at `items[1].id`"
        ),
        "{err}"
    );
}

#[tokio::test]
async fn a_create_answer_without_an_id_is_an_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&server)
        .await;
    let err = client(&server.uri(), fast_policy(3))
        .create(&create_body())
        .await
        .unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::InvalidResponse { path: Some(p), .. } if p == "id"),
        "{err:?}"
    );
}
