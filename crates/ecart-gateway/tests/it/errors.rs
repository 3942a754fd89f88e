//! The gateway's own refusals: auth, paths, methods, bodies, parameters; always the canonical
//! error body.

use ecartapi_client::EcartClient;
use ecwid_client::RetryPolicy;
use reqwest::Method;
use serde_json::json;

use crate::support::{Answer, World, send, store_of};

#[tokio::test]
async fn a_missing_or_wrong_key_is_401_with_the_spec_body() {
    let world = World::with_customers(0).await;
    let expected = json!({
        "success": false,
        "message": "Missing or invalid API key",
        "code": "UNAUTHORIZED",
    });
    let requests = [
        world.http.get(world.url("/api/v2/customers")),
        world
            .http
            .get(world.url("/api/v2/customers/177737165"))
            .bearer_auth("wrong"),
        world
            .http
            .get(world.url("/api/v2/customers/count"))
            .bearer_auth("test-gateway-ke"),
        world
            .http
            .get(world.url("/api/v2/customers"))
            .bearer_auth("test-gateway-key2"),
        world
            .http
            .get(world.url("/api/v2/customers"))
            .basic_auth("test-gateway-key", None::<&str>),
        world
            .http
            .get(world.url("/api/v2/customers"))
            .header("authorization", "test-gateway-key"),
        world
            .http
            .get(world.url("/api/v2/customers?token=test-gateway-key")),
        world
            .http
            .delete(world.url("/api/v2/customers/177737165"))
            .bearer_auth("nope"),
        world.http.get(world.url("/nowhere")),
    ];
    for request in requests {
        let answer = send(request).await;
        answer.error(401, "UNAUTHORIZED");
        assert_eq!(answer.body, expected);
        assert_eq!(answer.headers["www-authenticate"], "Bearer");
    }
    assert!(
        world.sim.store().get(177_737_165).is_some(),
        "nothing was deleted"
    );

    let wrong = EcartClient::new(world.gateway.base_url(), "wrong".into()).unwrap();
    match wrong.raw().count_customers().send().await {
        Err(ecartapi_client::GeneratedError::ErrorResponse(answer)) => {
            assert_eq!(answer.status().as_u16(), 401);
            assert_eq!(answer.code.as_deref(), Some("UNAUTHORIZED"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_method_the_path_lacks_is_405_with_allow() {
    let world = World::with_customers(0).await;
    for (method, path, allowed) in [
        (Method::PATCH, "/api/v2/customers", &["GET", "POST"][..]),
        (Method::DELETE, "/api/v2/customers", &["GET", "POST"]),
        (Method::POST, "/api/v2/customers/count", &["GET"]),
        (Method::PUT, "/api/v2/customers/count", &["GET"]),
        (
            Method::POST,
            "/api/v2/customers/177737165",
            &["GET", "PUT", "DELETE"],
        ),
        (
            Method::PATCH,
            "/api/v2/customers/177737165",
            &["GET", "PUT", "DELETE"],
        ),
        (Method::DELETE, "/api/v2/customers/1/orders", &["GET"]),
    ] {
        let answer = send(world.request(method.clone(), path)).await;
        answer.error(405, "METHOD_NOT_ALLOWED");
        let allow = answer.headers["allow"].to_str().unwrap().to_owned();
        let listed: Vec<&str> = allow.split(',').map(str::trim).collect();
        for method in allowed {
            assert!(listed.contains(method), "{path}: {allow}");
        }
        assert!(!listed.contains(&method.as_str()), "{path}: {allow}");
    }
}

#[tokio::test]
async fn an_unknown_path_is_404() {
    let world = World::with_customers(0).await;
    for path in [
        "/",
        "/api/v2/orders",
        "/api/v2/customers/",
        "/api/v2/customers/1/2/3",
    ] {
        world.get(path).await.error(404, "NOT_FOUND");
    }
}

#[tokio::test]
async fn bad_list_and_count_parameters_are_400() {
    let world = World::with_customers(0).await;
    for query in [
        "limit=0",
        "limit=101",
        "limit=-1",
        "limit=abc",
        "limit=",
        "limit=2.5",
        "limit=1e3",
        "limit=99999999999999999999999999",
        "page=0",
        "page=-1",
        "page=two",
        "page=",
        "limit=5&limit=6",
        "createdAt[from]=yesterday",
        "createdAt%5Bto%5D=2024-13-01T00:00:00Z",
        // A date alone is a date (the whole day), a UNIX timestamp is not ISO 8601.
        "updatedAt[from]=2024-01-32",
        "updatedAt[to]=1704067200",
    ] {
        let answer = world.get(&format!("/api/v2/customers?{query}")).await;
        let message = answer.error(400, "BAD_REQUEST");
        assert!(answer.body["details"].is_array(), "{query}: {message}");
    }
    // An id Ecwid cannot have is not malformed: no customer comes after it.
    for query in ["sinceId=abc", "sinceId=1.5"] {
        let answer = world.get(&format!("/api/v2/customers?{query}")).await;
        assert_eq!(answer.status, 200, "{query}: {:#}", answer.body);
        assert_eq!(answer.body["customers"], serde_json::json!([]), "{query}");
    }
    for query in ["createdAt[from]=nope", "email=a&email=b"] {
        world
            .get(&format!("/api/v2/customers/count?{query}"))
            .await
            .error(400, "BAD_REQUEST");
    }
    // What the spec does not define is ignored; blank filters are absent.
    let answer = world.get("/api/v2/customers?sort=name&name=&ids=%20").await;
    assert_eq!(answer.status, 200, "{:#}", answer.body);
    assert_eq!(answer.body["customers"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn malformed_or_mistyped_bodies_are_400_with_the_json_path() {
    let world = World::with_customers(0).await;
    let post = |body: &'static str| {
        world
            .request(Method::POST, "/api/v2/customers")
            .header("content-type", "application/json")
            .body(body)
    };
    for (body, path) in [
        ("", "$"),
        ("{", "$"),
        ("[]", "$"),
        ("null", "$"),
        ("{\"customer\": 5}", "customer"),
        (
            "{\"customer\": {\"firstName\": 5, \"lastName\": \"x\"}}",
            "customer.firstName",
        ),
        (
            "{\"customer\": {\"firstName\": \"a\", \"lastName\": \"b\", \"addresses\": [{\"defaultBilling\": \"yes\"}]}}",
            "customer.addresses[0].defaultBilling",
        ),
        (
            "{\"customer\": {\"firstName\": \"a\", \"lastName\": \"b\"}} trailing",
            "$",
        ),
        (
            "{\"customer\": {\"firstName\": \"a\", \"lastName\": \"b\", \"note\": null}}",
            "customer.note",
        ),
        (
            "{\"customer\": {\"firstName\": \"a\", \"lastName\": \"b\", \"addresses\": [{\"state\": {\"name\": null}}]}}",
            "customer.addresses[0].state.name",
        ),
    ] {
        let answer = send(post(body)).await;
        answer.error(400, "BAD_REQUEST");
        assert_eq!(answer.body["details"], json!([path]), "{body}");
    }
    let not_utf8 = send(
        world
            .request(Method::POST, "/api/v2/customers")
            .header("content-type", "application/json")
            .body(vec![0xff, 0xfe, b'{']),
    )
    .await;
    not_utf8.error(400, "BAD_REQUEST");
}

#[tokio::test]
async fn a_body_that_is_not_json_is_415() {
    let world = World::with_customers(0).await;
    let json_text = r#"{"customer": {"firstName": "A", "lastName": "B", "email": "a@b.co"}}"#;
    for content_type in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        None,
    ] {
        let mut request = world
            .request(Method::POST, "/api/v2/customers")
            .body(json_text);
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        send(request).await.error(415, "UNSUPPORTED_MEDIA_TYPE");
        let mut request = world
            .request(Method::PUT, "/api/v2/customers/177737165")
            .body(json_text);
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        send(request).await.error(415, "UNSUPPORTED_MEDIA_TYPE");
    }
    let answer = send(
        world
            .request(Method::POST, "/api/v2/customers")
            .header("content-type", "application/json; charset=utf-8")
            .body(json_text),
    )
    .await;
    assert_eq!(answer.status, 200, "{:#}", answer.body);
}

#[tokio::test]
async fn a_body_over_the_limit_is_413() {
    let world = World::start(store_of(0), RetryPolicy::never(), |config| {
        config.max_body_bytes = 1024;
    })
    .await;
    let note = "x".repeat(2000);
    let body =
        json!({"customer": {"firstName": "A", "lastName": "B", "email": "a@b.co", "note": note}});
    let answer = send(world.request(Method::POST, "/api/v2/customers").json(&body)).await;
    answer.error(413, "PAYLOAD_TOO_LARGE");
    let answer = send(
        world
            .request(Method::PUT, "/api/v2/customers/177737165")
            .json(&body),
    )
    .await;
    answer.error(413, "PAYLOAD_TOO_LARGE");
    // Also without a Content-Length (chunked): the limit counts the bytes read.
    let bytes = serde_json::to_vec(&body).unwrap();
    let chunks = futures::stream::iter(
        bytes
            .chunks(100)
            .map(|c| Ok::<_, std::io::Error>(c.to_vec()))
            .collect::<Vec<_>>(),
    );
    let answer = send(
        world
            .request(Method::POST, "/api/v2/customers")
            .header("content-type", "application/json")
            .body(reqwest::Body::wrap_stream(chunks)),
    )
    .await;
    answer.error(413, "PAYLOAD_TOO_LARGE");
    assert_eq!(world.sim.store().len(), 2, "nothing was created");

    // The default limit is 64 KiB.
    let default = World::with_customers(0).await;
    let note = "x".repeat(70 * 1024);
    let body =
        json!({"customer": {"firstName": "A", "lastName": "B", "email": "a@b.co", "note": note}});
    send(
        default
            .request(Method::POST, "/api/v2/customers")
            .json(&body),
    )
    .await
    .error(413, "PAYLOAD_TOO_LARGE");
}

/// The conformance suite's oversized create (1 MiB), and 8 MiB, many times over: reqwest writes
/// the whole body before it reads, so the gateway must take the rest of the body after its 413
/// (not close the connection under the client's writes) for the 413 to arrive.
#[tokio::test]
async fn every_oversized_body_gets_its_413_however_the_client_writes() {
    let world = World::with_customers(0).await;
    for (bytes, times) in [(1024 * 1024, 20), (8 * 1024 * 1024, 3)] {
        let body = serde_json::to_vec(&json!({"customer": {
            "firstName": "A", "lastName": "B", "email": "a@b.co", "note": "x".repeat(bytes),
        }}))
        .unwrap();
        for attempt in 0..times {
            let response = world
                .request(Method::POST, "/api/v2/customers")
                .header("content-type", "application/json")
                .body(body.clone())
                .send()
                .await
                .unwrap_or_else(|err| panic!("{bytes} bytes, attempt {attempt}: {err:?}"));
            let (status, headers) = (response.status(), response.headers().clone());
            let body = response.bytes().await.expect("a body");
            Answer::new(status, headers, &body).error(413, "PAYLOAD_TOO_LARGE");
        }
    }
    assert_eq!(world.sim.store().len(), 2, "nothing was created");
}
