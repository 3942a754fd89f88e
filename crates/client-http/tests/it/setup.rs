//! [`ClientSetup`] builds the HTTP client both client crates use: a caller's
//! `reqwest::ClientBuilder` is used as given (its user agent, headers and timeout win) and only
//! `Authorization` is added; without one, the crate's [`Defaults`] apply. Each client crate keeps
//! a test that its builder is wired to this.

use std::time::Duration;

use client_http::reqwest::{self, header::HeaderMap};
use client_http::{ClientSetup, Defaults};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const SECRET: &str = "secret_TOPSECRET";

const DEFAULTS: Defaults = Defaults {
    user_agent: "client-http-test/1",
    timeout: Duration::from_secs(30),
};

/// Answers with the request's `User-Agent`, `X-Caller` and `Authorization` headers (or `none`),
/// one a line, after `delay`.
struct Echo {
    delay: Duration,
}

impl Respond for Echo {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let header = |name: &str| {
            request
                .headers
                .get(name)
                .map_or("none", |v| v.to_str().unwrap())
                .to_owned()
        };
        let lines = ["user-agent", "x-caller", "authorization"].map(header);
        ResponseTemplate::new(200)
            .set_body_string(lines.join("\n"))
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

fn setup() -> ClientSetup {
    ClientSetup::new("http://unused.invalid", SECRET.into(), DEFAULTS)
}

/// `[user agent, x-caller, authorization]` as the server saw them, or the request's error.
async fn seen(setup: ClientSetup, server: &MockServer) -> reqwest::Result<Vec<String>> {
    let http = setup.build().unwrap().http;
    let body = http.get(server.uri()).send().await?.text().await?;
    Ok(body.lines().map(str::to_owned).collect())
}

#[tokio::test]
async fn the_callers_user_agent_and_headers_are_sent_with_the_bearer_header() {
    let server = echo_server(Duration::ZERO).await;
    let mut headers = HeaderMap::new();
    headers.insert("x-caller", "billing-sync".parse().unwrap());
    let http = reqwest::Client::builder()
        .user_agent("billing-sync/2.1")
        .default_headers(headers);
    let setup = setup().http(http);
    assert_eq!(
        seen(setup, &server).await.unwrap(),
        [
            "billing-sync/2.1",
            "billing-sync",
            &format!("Bearer {SECRET}")
        ]
    );
}

#[tokio::test]
async fn without_a_callers_builder_the_defaults_user_agent_is_sent() {
    let server = echo_server(Duration::ZERO).await;
    let setup = setup();
    assert_eq!(
        seen(setup, &server).await.unwrap(),
        [DEFAULTS.user_agent, "none", &format!("Bearer {SECRET}")]
    );
}

#[tokio::test]
async fn the_defaults_timeout_applies_to_the_crates_own_client() {
    // The answer takes 3 s; the defaults give up after 200 ms. Only the outcome is checked,
    // never how long it took.
    let server = echo_server(Duration::from_secs(3)).await;
    let defaults = Defaults {
        timeout: Duration::from_millis(200),
        ..DEFAULTS
    };
    let parts = ClientSetup::new(server.uri(), SECRET.into(), defaults)
        .build()
        .unwrap();
    assert_eq!(parts.config.timeout, None);
    let err = parts.http.get(server.uri()).send().await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
}

#[tokio::test]
async fn the_callers_timeout_is_kept() {
    let server = echo_server(Duration::from_secs(3)).await;
    let http = reqwest::Client::builder().timeout(Duration::from_millis(200));
    let err = seen(setup().http(http), &server).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
}

#[tokio::test]
async fn a_timeout_set_on_the_setup_applies_to_the_callers_client_too() {
    let server = echo_server(Duration::from_secs(3)).await;
    let patient = || reqwest::Client::builder().timeout(Duration::from_secs(60));
    // Set before and after `http`: the same.
    let before = setup().timeout(Duration::from_millis(200)).http(patient());
    let after = setup().http(patient()).timeout(Duration::from_millis(200));
    for setup in [before, after] {
        let parts = setup.build().unwrap();
        assert_eq!(parts.config.timeout, Some(Duration::from_millis(200)));
        let err = parts.http.get(server.uri()).send().await.unwrap_err();
        assert!(err.is_timeout(), "{err:?}");
    }
}
