//! A caller's `reqwest::ClientBuilder` (`EcwidClientBuilder::http`) is used as given: its user
//! agent, timeout and headers win; the crate only adds `Authorization`.

use std::time::Duration;

use ecwid_client::{EcwidClient, RetryPolicy};
use serde_json::json;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::support::{STORE, TOKEN};

/// Answers every request with a customer whose `name` is the request's `User-Agent` (or
/// `"none"`) and whose `email` is its `X-Caller` header, after `delay`.
struct Echo {
    delay: Duration,
}

impl Respond for Echo {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let header = |name: &str| {
            request
                .headers
                .get(name)
                .map_or("none".to_owned(), |v| v.to_str().unwrap().to_owned())
        };
        assert_eq!(header("authorization"), format!("Bearer {TOKEN}"));
        ResponseTemplate::new(200)
            .set_body_json(json!({
                "id": 1,
                "name": header("user-agent"),
                "email": header("x-caller"),
            }))
            .set_delay(self.delay)
    }
}

async fn echo_server(delay: Duration) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(Echo { delay })
        .mount(&server)
        .await;
    server
}

fn builder(server: &MockServer) -> ecwid_client::EcwidClientBuilder {
    EcwidClient::builder(format!("{}/api/v3", server.uri()), STORE, TOKEN.into())
        .retry(RetryPolicy::never())
}

#[tokio::test]
async fn the_callers_user_agent_and_headers_are_sent() {
    let server = echo_server(Duration::ZERO).await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-caller", "billing-sync".parse().unwrap());
    let http = reqwest::Client::builder()
        .user_agent("billing-sync/2.1")
        .default_headers(headers);
    let customer = builder(&server)
        .http(http)
        .build()
        .unwrap()
        .customer(1)
        .await;
    let customer = customer.unwrap();
    assert_eq!(customer.name.as_deref(), Some("billing-sync/2.1"));
    assert_eq!(customer.email.as_deref(), Some("billing-sync"));

    let with_http = EcwidClient::with_http(
        format!("{}/api/v3", server.uri()),
        STORE,
        &TOKEN.into(),
        reqwest::Client::builder().user_agent("billing-sync/2.2"),
    )
    .unwrap();
    let customer = with_http.customer(1).await.unwrap();
    assert_eq!(customer.name.as_deref(), Some("billing-sync/2.2"));
}

#[tokio::test]
async fn without_a_callers_builder_the_crates_user_agent_is_sent() {
    let server = echo_server(Duration::ZERO).await;
    let customer = builder(&server).build().unwrap().customer(1).await.unwrap();
    assert_eq!(
        customer.name.as_deref(),
        Some(concat!("ecwid-client/", env!("CARGO_PKG_VERSION")))
    );
}

#[tokio::test]
async fn the_callers_timeout_is_kept() {
    // The answer takes 3 s; the caller's client gives up after 200 ms. Only the outcome is
    // checked, never how long it took.
    let server = echo_server(Duration::from_secs(3)).await;
    let http = reqwest::Client::builder().timeout(Duration::from_millis(200));
    let err = builder(&server)
        .http(http)
        .build()
        .unwrap()
        .customer(1)
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
}

#[tokio::test]
async fn a_timeout_set_on_the_builder_applies_to_the_callers_client_too() {
    let server = echo_server(Duration::from_secs(3)).await;
    // Set before and after `http`: the same.
    let before = builder(&server)
        .timeout(Duration::from_millis(200))
        .http(reqwest::Client::builder().timeout(Duration::from_secs(60)))
        .build()
        .unwrap();
    let after = builder(&server)
        .http(reqwest::Client::builder().timeout(Duration::from_secs(60)))
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    for client in [before, after] {
        let err = client.customer(1).await.unwrap_err();
        assert!(err.is_timeout(), "{err:?}");
        assert_eq!(client.config().timeout, Some(Duration::from_millis(200)));
    }
}
