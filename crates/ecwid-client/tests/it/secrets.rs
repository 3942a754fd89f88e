//! The token never shows in `Debug` output or build errors.

use ecwid_client::{BuildError, EcwidClient, Password, types};

const TOKEN: &str = "secret_TOPSECRET123";

#[test]
fn debug_of_the_client_hides_the_token() {
    let client = EcwidClient::new("https://app.ecwid.com/api/v3", 1003, TOKEN.into()).unwrap();
    let shown = format!("{client:?} {client:#?} {:?}", client.raw());
    assert!(!shown.contains("TOPSECRET"), "{shown}");
    assert!(shown.contains("1003"), "{shown}");
}

#[test]
fn an_invalid_token_is_refused_without_echoing_it() {
    let err = EcwidClient::new(
        "https://app.ecwid.com/api/v3",
        1,
        "secret_TOPSECRET\n123".into(),
    )
    .unwrap_err();
    assert!(matches!(err, BuildError::InvalidToken));
    assert!(!format!("{err} {err:?}").contains("TOPSECRET"));
}

#[test]
fn debug_of_a_create_body_hides_the_password() {
    let body = types::CustomerCreateRequest {
        email: "a@example.com".into(),
        password: Some(Password::from("hunter2")),
        ..serde_json::from_value(serde_json::json!({"email": "x"})).unwrap()
    };
    let shown = format!("{body:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
    assert_eq!(serde_json::to_value(&body).unwrap()["password"], "hunter2");
}

mod in_logs_and_errors {
    use std::time::Duration;

    use ecwid_client::{CustomerFilter, EcwidClient, RetryPolicy};
    use serde_json::json;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    use crate::support::{CapturedLogs, customer_json, ecwid_error, fast_policy};

    const TOKEN: &str = "secret_LOGGED_NOWHERE_31337";

    fn assert_clean(text: &str) {
        assert!(
            !text.contains("LOGGED_NOWHERE"),
            "the token leaked:\n{text}"
        );
        assert!(!text.contains("Bearer"), "the header leaked:\n{text}");
    }

    fn shown(err: &ecwid_client::Error) -> String {
        let mut text = format!("{err} | {err:?} | {err:#}");
        let mut source = std::error::Error::source(err);
        while let Some(cause) = source {
            text.push_str(&format!(" | {cause} | {cause:?}"));
            source = cause.source();
        }
        text
    }

    #[tokio::test]
    async fn the_token_shows_in_no_trace_log_and_no_error() {
        let logs = CapturedLogs::default();
        let _guard = logs.install();

        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/api/v3/1003/customers/42"))
            .respond_with(ecwid_error(503, "INTERNAL_ERROR", "Down"))
            .up_to_n_times(1)
            .with_priority(1)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path("/api/v3/1003/customers/42"))
            .respond_with(ResponseTemplate::new(200).set_body_json(customer_json(42)))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path("/api/v3/1003/customers"))
            .respond_with(ecwid_error(403, "INVALID_API_TOKEN", "Invalid API token"))
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "x"})))
            .mount(&server)
            .await;
        let ecwid = EcwidClient::builder(format!("{}/api/v3", server.uri()), 1003, TOKEN.into())
            .retry(fast_policy(3))
            .build()
            .unwrap();

        let mut errors = Vec::new();
        ecwid.customer(42).await.unwrap();
        let filter = CustomerFilter::default().with_email("mary.private@example.com");
        errors.push(ecwid.search(&filter, 0, 100).await.unwrap_err());
        errors.push(
            ecwid
                .create(&serde_json::from_value(json!({"email": "a@b.c"})).unwrap())
                .await
                .unwrap_err(),
        );
        // A refused connection: reqwest's error carries the URL (without its query).
        let (_taken, url) = crate::support::refusing_server();
        let refused = EcwidClient::builder(format!("{url}/api/v3"), 1003, TOKEN.into())
            .retry(
                RetryPolicy::default()
                    .with_max_attempts(2)
                    .with_base_delay(Duration::from_millis(1)),
            )
            .build()
            .unwrap();
        errors.push(refused.search(&filter, 0, 100).await.unwrap_err());
        // And one from a raw generated call, converted.
        errors.push(ecwid.search_customers().send().await.unwrap_err().into());

        for err in &errors {
            let text = shown(err);
            assert_clean(&text);
            assert!(!text.contains("mary.private"), "a query leaked: {text}");
        }
        assert_eq!(errors[0].error_code(), Some("INVALID_API_TOKEN"));

        // The token travels in the header only, never in a URL.
        let requests = server.received_requests().await.unwrap();
        assert!(requests.len() >= 5);
        for request in &requests {
            assert_clean(request.url.as_str());
            assert_eq!(request.headers["authorization"], format!("Bearer {TOKEN}"));
        }

        let text = logs.text();
        assert_clean(&text);
        assert!(!text.contains("mary.private"), "a query leaked:\n{text}");
        // The capture saw the spans, so the checks above looked at something.
        for expected in [
            "ecwid_request",
            "operation=\"get_customer\"",
            "method=GET",
            "path=/api/v3/1003/customers/42",
            "attempt=2",
            "status=503",
            "status=200",
            "elapsed_ms=",
            "retrying the request",
            "operation=\"create_customer\"",
            "giving up on the request",
        ] {
            assert!(text.contains(expected), "no {expected:?} in:\n{text}");
        }
    }

    #[test]
    fn debug_of_the_builder_hides_the_token() {
        let builder = EcwidClient::builder("https://app.ecwid.com/api/v3", 1, TOKEN.into());
        let shown = format!("{builder:?}");
        assert_clean(&shown);
        assert!(shown.contains("[redacted]"), "{shown}");
    }
}
