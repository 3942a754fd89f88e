//! `EcwidClientBuilder` is wired to `client_http::ClientSetup`, whose tests cover the rules (a
//! caller's `reqwest::ClientBuilder` used as given, its timeout kept, the builder's timeout
//! applied either way): here, that this crate's builder, `with_http` and its own user agent
//! reach the wire, and a timeout comes back as this crate's error.

use std::time::Duration;

use ecwid_client::{ClientConfig, EcwidClient, RetryPolicy};
use wiremock::matchers::{header, method};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::support::{STORE, TOKEN, customer_json};

/// A server that answers a GET carrying `user_agent` and the token with a customer, after
/// `delay`; anything else gets wiremock's 404.
async fn server_expecting(user_agent: &str, delay: Duration) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(header("user-agent", user_agent))
        .and(header("authorization", format!("Bearer {TOKEN}")))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(customer_json(1))
                .set_delay(delay),
        )
        .mount(&server)
        .await;
    server
}

fn builder(server: &MockServer) -> ecwid_client::EcwidClientBuilder {
    EcwidClient::builder(format!("{}/api/v3", server.uri()), STORE, TOKEN.into())
        .retry(RetryPolicy::never())
}

#[tokio::test]
async fn the_callers_builder_reaches_the_wire() {
    let server = server_expecting("billing-sync/2.1", Duration::ZERO).await;
    let http = reqwest::Client::builder().user_agent("billing-sync/2.1");
    let client = builder(&server).http(http).build().unwrap();
    assert_eq!(client.customer(1).await.unwrap().id, Some(1));

    let with_http = EcwidClient::with_http(
        format!("{}/api/v3", server.uri()),
        STORE,
        &TOKEN.into(),
        reqwest::Client::builder().user_agent("billing-sync/2.1"),
    )
    .unwrap();
    assert_eq!(with_http.customer(1).await.unwrap().id, Some(1));
}

#[tokio::test]
async fn without_a_callers_builder_the_crates_user_agent_is_sent() {
    assert_eq!(
        EcwidClient::USER_AGENT,
        concat!("ecwid-client/", env!("CARGO_PKG_VERSION"))
    );
    let server = server_expecting(EcwidClient::USER_AGENT, Duration::ZERO).await;
    let customer = builder(&server).build().unwrap().customer(1).await.unwrap();
    assert_eq!(customer.id, Some(1));
}

#[tokio::test]
async fn the_builders_timeout_ends_a_slow_call_with_a_timeout_error() {
    // The answer takes 3 s; the client gives up after 200 ms. Only the outcome is checked,
    // never how long it took.
    let server = server_expecting("billing-sync/2.1", Duration::from_secs(3)).await;
    let client = builder(&server)
        .http(reqwest::Client::builder().user_agent("billing-sync/2.1"))
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let err = client.customer(1).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(err.operation(), Some("get_customer"));
    assert_eq!(client.config().timeout, Some(Duration::from_millis(200)));
}

#[test]
fn the_settings_and_the_page_concurrency_are_kept_apart() {
    let config = ClientConfig::default().with_timeout(Duration::from_secs(7));
    let client = EcwidClient::builder("https://app.ecwid.com/api/v3", STORE, TOKEN.into())
        .page_concurrency(2)
        .config(config.clone())
        .build()
        .unwrap();
    assert_eq!(client.config(), &config);
    assert_eq!(client.page_concurrency(), 2);
    let default = EcwidClient::new("https://app.ecwid.com/api/v3", STORE, TOKEN.into()).unwrap();
    assert_eq!(default.config(), &ClientConfig::default());
    assert_eq!(default.config().retry.max_attempts, 3);
    assert_eq!(
        default.page_concurrency(),
        EcwidClient::DEFAULT_PAGE_CONCURRENCY
    );
    assert_eq!(EcwidClient::DEFAULT_PAGE_CONCURRENCY, 4);
    assert_eq!(EcwidClient::DEFAULT_TIMEOUT, Duration::from_secs(30));
}
