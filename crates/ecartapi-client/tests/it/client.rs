//! `EcartClient`'s own layer: the caller's HTTP builder used as given, retries that never resend
//! a create, and typed errors naming the operation, the status and the error body.

use std::time::Duration;

use ecartapi_client::{EcartClient, ErrorKind, RetryPolicy, types};
use serde_json::json;
use wiremock::matchers::{header, method};
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "ecart_TOPSECRET_key";

/// A server that answers a GET carrying `user_agent` and the key with a customer, after
/// `delay`; anything else gets wiremock's 404.
async fn server_expecting(user_agent: &str, delay: Duration) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(header("user-agent", user_agent))
        .and(header("authorization", format!("Bearer {KEY}")))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"success": true, "customer": {"id": "7"}}))
                .set_delay(delay),
        )
        .mount(&server)
        .await;
    server
}

fn fast() -> RetryPolicy {
    RetryPolicy::default()
        .with_base_delay(Duration::from_millis(2))
        .with_max_delay(Duration::from_millis(4))
}

/// The builder is wired to `client_http::ClientSetup`, whose tests cover the rules (a
/// caller's `reqwest::ClientBuilder` used as given, its timeout kept): here, that the caller's
/// user agent and the crate's own reach the wire, and a caller's timeout comes back as this
/// crate's error. (`with_http` once set the crate's user agent and a 30 s timeout over the
/// caller's.)
#[tokio::test]
async fn with_http_keeps_the_callers_user_agent_and_timeout() {
    let server = server_expecting("billing-sync/2.2", Duration::ZERO).await;
    let http = reqwest::Client::builder().user_agent("billing-sync/2.2");
    let client = EcartClient::with_http(server.uri(), &KEY.into(), http).unwrap();
    assert_eq!(client.customer("7").await.unwrap().id, "7");

    // The crate's own client says who it is.
    let server = server_expecting(EcartClient::USER_AGENT, Duration::ZERO).await;
    let own = EcartClient::new(server.uri(), KEY.into()).unwrap();
    assert_eq!(own.customer("7").await.unwrap().id, "7");

    // A caller's 100 ms timeout holds against a server that takes 5 s (not the crate's 30 s).
    let slow = server_expecting("billing-sync/2.2", Duration::from_secs(5)).await;
    let http = reqwest::Client::builder()
        .user_agent("billing-sync/2.2")
        .timeout(Duration::from_millis(100));
    let client = EcartClient::builder(slow.uri(), KEY.into())
        .http(http)
        .retry(RetryPolicy::never())
        .build()
        .unwrap();
    let err = client.customer("7").await.unwrap_err();
    assert!(err.is_timeout(), "{err}");
    assert_eq!(err.operation(), Some("get_customer"));
}

#[tokio::test]
async fn a_read_is_retried_and_a_create_is_sent_once() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"success": true, "customer": {"id": "7"}})),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503).set_body_json(
            json!({"success": false, "message": "Ecwid is unavailable", "code": "UPSTREAM_UNAVAILABLE"}),
        ))
        .mount(&server)
        .await;
    let client = EcartClient::builder(server.uri(), KEY.into())
        .retry(fast())
        .build()
        .unwrap();

    assert_eq!(client.customer("7").await.unwrap().id, "7");
    let create: types::CustomerCreate =
        serde_json::from_value(json!({"firstName": "Mary", "lastName": "Smith"})).unwrap();
    let err = client.create(&create).await.unwrap_err();
    assert_eq!(err.attempts(), Some(1));
    assert_eq!(err.code(), Some("UPSTREAM_UNAVAILABLE"));
    assert_eq!(
        err.to_string(),
        "create_customer: the server answered 503 Service Unavailable UPSTREAM_UNAVAILABLE: \
         Ecwid is unavailable"
    );
    let sent: Vec<_> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| r.method.to_string())
        .collect();
    assert_eq!(sent, ["GET", "GET", "GET", "POST"]);
}

#[tokio::test]
async fn errors_name_the_operation_status_code_and_message() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(404).set_body_json(
            json!({"success": false, "message": "No customer 8", "code": "NOT_FOUND"}),
        ))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(502).set_body_string("<html>Bad Gateway</html>"))
        .mount(&server)
        .await;
    let client = EcartClient::builder(server.uri(), KEY.into())
        .retry(fast())
        .build()
        .unwrap();

    let err = client.customer("8").await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "get_customer: the server answered 404 Not Found NOT_FOUND: No customer 8"
    );
    let ErrorKind::Api(answer) = err.kind() else {
        panic!("{err:?}")
    };
    assert_eq!(
        (answer.status.as_u16(), answer.code.as_deref()),
        (404, Some("NOT_FOUND"))
    );

    // A body that is not the spec's error keeps its status; a delete is retried.
    let err = client.delete("8").await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(err.attempts(), Some(3));
    assert_eq!(
        err.to_string(),
        "delete_customer: the server answered 502 Bad Gateway (after 3 attempts)"
    );
}
