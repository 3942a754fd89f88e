//! Every refusal carries the spec's status, code and `Error` body, and a message naming what was
//! wrong.

use reqwest::Method;
use reqwest::header::{ALLOW, AUTHORIZATION, CONTENT_TYPE};
use serde_json::json;

use crate::support::{Api, KEY};

/// Every operation of the spec, with a body where it takes one.
fn operations() -> [(Method, &'static str, bool); 7] {
    [
        (Method::GET, "/api/v2/customers", false),
        (Method::GET, "/api/v2/customers/count", false),
        (Method::GET, "/api/v2/customers/1001", false),
        (Method::POST, "/api/v2/customers", true),
        (Method::PUT, "/api/v2/customers/1001", true),
        (Method::DELETE, "/api/v2/customers/1001", false),
        (Method::GET, "/api/v2/customers/1001/orders", false),
    ]
}

#[tokio::test]
async fn every_operation_wants_the_key_as_a_bearer_token() {
    let api = Api::sample().await;
    let http = reqwest::Client::new();
    let body = json!({"customer": {"firstName": "A", "lastName": "B"}});
    for (method, path, with_body) in operations() {
        for authorization in [
            None,
            Some("Bearer wrong-key".to_owned()),
            Some(format!("Token {KEY}")),
            Some(format!("Basic {KEY}")),
            Some(KEY.to_owned()),
            Some(format!("Bearer {KEY}x")),
        ] {
            let mut request =
                http.request(method.clone(), format!("{}{path}", api.server.base_url()));
            if let Some(value) = &authorization {
                request = request.header(AUTHORIZATION, value);
            }
            if with_body {
                request = request.json(&body);
            }
            let message = api.send(request).await.error(401, "UNAUTHORIZED");
            assert!(!message.contains(KEY), "{message}");
        }
    }
    // Nothing was created, changed or deleted.
    assert_eq!(api.server.customer_count(), 120);
    let read = api.get("/api/v2/customers/1001").await.ok();
    assert_eq!(read["customer"], canonical_memory::sample_customers(1)[0]);
}

#[tokio::test]
async fn an_unknown_customer_is_not_found_for_every_operation_on_it() {
    let api = Api::sample().await;
    for id in [
        "999999999999",
        "1002",
        "abc",
        "-1",
        "99999999999999999999999",
    ] {
        let one = format!("/api/v2/customers/{id}");
        let message = api.get(&one).await.error(404, "NOT_FOUND");
        assert!(message.contains(id), "{message}");
        api.put(id, &json!({"customer": {"note": "x"}}))
            .await
            .error(404, "NOT_FOUND");
        api.delete(id).await.error(404, "NOT_FOUND");
        api.get(&format!("{one}/orders"))
            .await
            .error(404, "NOT_FOUND");
    }
    assert_eq!(api.server.customer_count(), 120);
}

#[tokio::test]
async fn a_method_a_path_lacks_is_405_with_allow_and_the_error_body() {
    let api = Api::sample().await;
    let cases: [(Method, &str, &[&str]); 4] = [
        (
            Method::PATCH,
            "/api/v2/customers/1001",
            &["GET", "PUT", "DELETE"],
        ),
        (Method::DELETE, "/api/v2/customers", &["GET", "POST"]),
        (Method::POST, "/api/v2/customers/count", &["GET"]),
        (Method::PUT, "/api/v2/customers/1001/orders", &["GET"]),
    ];
    for (method, path, allowed) in cases {
        let answer = api.send(api.request(method.clone(), path)).await;
        let allow = answer
            .headers
            .get(ALLOW)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        answer.error(405, "METHOD_NOT_ALLOWED");
        let listed: Vec<&str> = allow.split(',').map(str::trim).collect();
        for wanted in allowed {
            assert!(listed.contains(wanted), "{method} {path}: {allow}");
        }
        assert!(
            !listed.contains(&method.as_str()),
            "{method} {path}: {allow}"
        );
    }
}

#[tokio::test]
async fn a_path_the_api_lacks_is_404_with_the_error_body() {
    let api = Api::sample().await;
    for path in [
        "/api/v2/no-such-resource",
        "/api/v2/customers/1001/notes",
        "/",
    ] {
        let message = api.get(path).await.error(404, "NOT_FOUND");
        assert!(message.contains(path), "{message}");
    }
}

#[tokio::test]
async fn a_limit_or_page_out_of_range_is_a_bad_request_naming_it() {
    let api = Api::sample().await;
    for (name, value) in [
        ("limit", "0"),
        ("limit", "101"),
        ("limit", "-5"),
        ("limit", "ten"),
        ("limit", "1.5"),
        ("page", "0"),
        ("page", "-1"),
        ("page", "second"),
    ] {
        let message = api.list(&[(name, value)]).await.error(400, "BAD_REQUEST");
        assert!(
            message.starts_with(&format!("{name}: ")) && message.contains(&format!("{value:?}")),
            "{message}"
        );
    }
    // The count has no limit or page: it ignores them, as any parameter it does not know.
    api.count(&[("limit", "0"), ("page", "x"), ("colour", "red")])
        .await
        .ok();
}

#[tokio::test]
async fn a_date_filter_that_is_not_iso_8601_is_a_bad_request_naming_it() {
    let api = Api::sample().await;
    for (name, value) in [
        ("createdAt[from]", "yesterday"),
        ("updatedAt[to]", "2024-13-45T00:00:00Z"),
        ("createdAt[to]", "1704067200"),
        ("updatedAt[from]", "2024-W34-3"),
    ] {
        for answer in [
            api.list(&[(name, value)]).await,
            api.count(&[(name, value)]).await,
        ] {
            let message = answer.error(400, "BAD_REQUEST");
            assert!(message.starts_with(&format!("{name}: ")), "{message}");
            assert!(message.contains(&format!("{value:?}")), "{message}");
        }
    }
}

#[tokio::test]
async fn a_filter_given_twice_or_over_100_ids_is_a_bad_request() {
    let api = Api::sample().await;
    let message = api
        .list(&[("email", "a@example.com"), ("email", "b@example.com")])
        .await
        .error(400, "BAD_REQUEST");
    assert!(message.contains("email"), "{message}");
    let ids: Vec<String> = (0..101).map(|i| (1_001 + 3 * i).to_string()).collect();
    let many = ids.join(",");
    let message = api.list(&[("ids", &many)]).await.error(400, "BAD_REQUEST");
    assert!(message.contains("101"), "{message}");
    let hundred = ids[..100].join(",");
    assert_eq!(
        api.ids(&[("ids", &hundred), ("limit", "100")]).await.len(),
        100
    );
}

#[tokio::test]
async fn a_create_without_a_name_is_a_bad_request_naming_the_field() {
    let api = Api::sample().await;
    for (customer, field) in [
        (json!({"lastName": "B"}), "customer.firstName"),
        (json!({"firstName": "A"}), "customer.lastName"),
        (
            json!({"firstName": "A", "lastName": "  "}),
            "customer.lastName",
        ),
        (
            json!({"firstName": null, "lastName": "B"}),
            "customer.firstName",
        ),
    ] {
        let message = api
            .post(&json!({ "customer": customer }))
            .await
            .error(400, "BAD_REQUEST");
        assert!(message.contains(field), "{message}");
    }
    assert_eq!(api.server.customer_count(), 120);
}

#[tokio::test]
async fn a_body_that_is_not_the_wrapped_customer_is_a_bad_request() {
    let api = Api::sample().await;
    let raw = |body: &'static str| {
        api.request(Method::POST, "/api/v2/customers")
            .header(CONTENT_TYPE, "application/json")
            .body(body)
    };
    for (body, says) in [
        (
            r#"{"customer": {"firstName": "Broken", "lastName": "#,
            "not JSON",
        ),
        (
            r#"{"firstName": "A", "lastName": "B"}"#,
            "{\"customer\": {...}}",
        ),
        (r#"[1, 2]"#, "{\"customer\": {...}}"),
        (r#"{"customer": "A B"}"#, "customer: expected an object"),
        (
            r#"{"customer": {"firstName": "A", "lastName": "B", "note": 42}}"#,
            "customer.note: expected a string, got 42",
        ),
        (
            r#"{"customer": {"firstName": "A", "lastName": "B", "addresses": [{"country": "GE"}]}}"#,
            "customer.addresses[0].country: expected an object",
        ),
        ("", "not JSON"),
    ] {
        let message = api.send(raw(body)).await.error(400, "BAD_REQUEST");
        assert!(message.contains(says), "{body}: {message}");
    }
    assert_eq!(api.server.customer_count(), 120);
}

#[tokio::test]
async fn an_update_of_the_wrong_type_changes_nothing() {
    let api = Api::sample().await;
    let before = api.get("/api/v2/customers/1001").await.ok();
    let message = api
        .put(
            "1001",
            &json!({"customer": {"email": "new@example.com", "note": 42}}),
        )
        .await
        .error(400, "BAD_REQUEST");
    assert!(message.contains("customer.note"), "{message}");
    api.put("1001", &json!({"note": "unwrapped"}))
        .await
        .error(400, "BAD_REQUEST");
    assert_eq!(api.get("/api/v2/customers/1001").await.ok(), before);
}

#[tokio::test]
async fn a_body_that_is_not_json_is_415() {
    let api = Api::sample().await;
    let body = r#"{"customer": {"firstName": "A", "lastName": "B"}}"#;
    for content_type in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        None,
    ] {
        for (method, path) in [
            (Method::POST, "/api/v2/customers"),
            (Method::PUT, "/api/v2/customers/1001"),
        ] {
            let mut request = api.request(method, path).body(body);
            if let Some(content_type) = content_type {
                request = request.header(CONTENT_TYPE, content_type);
            }
            let message = api.send(request).await.error(415, "UNSUPPORTED_MEDIA_TYPE");
            assert!(
                message.contains(content_type.unwrap_or("no Content-Type")),
                "{message}"
            );
        }
    }
    let with_charset = api
        .request(Method::POST, "/api/v2/customers")
        .header(CONTENT_TYPE, "Application/JSON; charset=utf-8")
        .body(body);
    api.send(with_charset).await.ok();
}

#[tokio::test]
async fn a_body_over_the_limit_is_413_and_the_client_reads_the_answer() {
    let api = Api::sample().await;
    for size in [300 * 1024, 1024 * 1024, 8 * 1024 * 1024] {
        let note = "x".repeat(size);
        let body = json!({"customer": {"firstName": "A", "lastName": "B", "note": note}});
        api.post(&body).await.error(413, "PAYLOAD_TOO_LARGE");
        api.put("1001", &body).await.error(413, "PAYLOAD_TOO_LARGE");
    }
    assert_eq!(api.server.customer_count(), 120);
    // Just under the limit is taken.
    let note = "x".repeat(200 * 1024);
    api.create(json!({"firstName": "A", "lastName": "B", "note": note}))
        .await;
}
