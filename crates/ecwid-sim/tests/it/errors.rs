//! Every refusal: status, Ecwid error body, and never axum's plain text or a 500.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::support::{STORE, TOKEN, TestStore, expect_error, json};

#[tokio::test]
async fn a_missing_or_wrong_token_is_403_invalid_api_token() {
    let store = TestStore::with_customers(0).await;
    let url = store.url("/customers");
    let missing = store.http.get(&url).send().await.unwrap();
    expect_error(missing, 403, Some("INVALID_API_TOKEN")).await;
    let wrong = store
        .http
        .get(&url)
        .bearer_auth("secret_wrong")
        .send()
        .await
        .unwrap();
    expect_error(wrong, 403, Some("INVALID_API_TOKEN")).await;
    let basic = store
        .http
        .get(&url)
        .header("Authorization", format!("Basic {TOKEN}"))
        .send()
        .await
        .unwrap();
    expect_error(basic, 403, Some("INVALID_API_TOKEN")).await;
    // The `?token=` parameter was disabled in March 2025.
    let query = store
        .http
        .get(&url)
        .query(&[("token", TOKEN)])
        .send()
        .await
        .unwrap();
    expect_error(query, 403, Some("INVALID_API_TOKEN")).await;
    // Writes are refused the same way, before the body is read.
    let create = store
        .http
        .post(&url)
        .json(&json!({"email": "a@b.co"}))
        .send()
        .await
        .unwrap();
    expect_error(create, 403, Some("INVALID_API_TOKEN")).await;
    assert_eq!(store.sim.store().len(), 2);
}

#[tokio::test]
async fn another_store_is_404_store_not_found() {
    let store = TestStore::with_customers(0).await;
    for path in ["/customers", "/customers/177737165", "/customers/deleted"] {
        let url = format!("{}/{}{path}", store.running.base_url(), STORE + 1);
        let response = store
            .http
            .get(&url)
            .bearer_auth(TOKEN)
            .send()
            .await
            .unwrap();
        let error = expect_error(response, 404, Some("STORE_NOT_FOUND")).await;
        assert!(
            error
                .error_message
                .unwrap()
                .contains(&(STORE + 1).to_string())
        );
    }
}

#[tokio::test]
async fn an_unknown_customer_is_404_on_get_and_put_and_deletes_nothing() {
    let store = TestStore::with_customers(0).await;
    let get = store.get("/customers/42").send().await.unwrap();
    let error = expect_error(get, 404, None).await;
    assert_eq!(
        error.error_message.as_deref(),
        Some("Customer #42 not found")
    );
    let put = store
        .call(Method::PUT, "/customers/42")
        .json(&json!({"lang": "en"}))
        .send()
        .await
        .unwrap();
    expect_error(put, 404, None).await;
    let delete = store
        .call(Method::DELETE, "/customers/42")
        .send()
        .await
        .unwrap();
    assert_eq!(
        json(delete).await,
        (StatusCode::OK, json!({"deleteCount": 0}))
    );
    assert!(store.sim.store().deleted().is_empty());
}

#[tokio::test]
async fn a_method_the_path_lacks_is_405_with_allow() {
    let store = TestStore::with_customers(0).await;
    let cases = [
        (
            Method::PATCH,
            "/customers",
            ["GET", "POST"].as_slice(),
            ["PUT", "DELETE"].as_slice(),
        ),
        (Method::DELETE, "/customers", &["GET", "POST"], &["DELETE"]),
        (
            Method::POST,
            "/customers/177737165",
            &["GET", "PUT", "DELETE"],
            &["POST"],
        ),
        (
            Method::PATCH,
            "/customers/177737165",
            &["GET", "PUT", "DELETE"],
            &["PATCH"],
        ),
        (
            Method::POST,
            "/customers/deleted",
            &["GET"],
            &["POST", "PUT", "DELETE"],
        ),
        (Method::OPTIONS, "/customers", &["GET", "POST"], &["PUT"]),
    ];
    for (method, path, allowed, refused) in cases {
        let response = store.call(method.clone(), path).send().await.unwrap();
        let allow = response
            .headers()
            .get("allow")
            .unwrap_or_else(|| panic!("{method} {path}: no Allow header"))
            .to_str()
            .unwrap()
            .to_owned();
        let listed: Vec<&str> = allow.split(',').map(str::trim).collect();
        for m in allowed {
            assert!(
                listed.contains(m),
                "{method} {path}: Allow {allow} lacks {m}"
            );
        }
        for m in refused {
            assert!(
                !listed.contains(m),
                "{method} {path}: Allow {allow} has {m}"
            );
        }
        expect_error(response, 405, Some("METHOD_NOT_ALLOWED")).await;
    }
}

#[tokio::test]
async fn a_body_that_is_not_json_is_415() {
    let store = TestStore::with_customers(0).await;
    let cases = [
        (Method::POST, "/customers", Some("text/plain")),
        (
            Method::POST,
            "/customers",
            Some("application/x-www-form-urlencoded"),
        ),
        (Method::POST, "/customers", None),
        (Method::PUT, "/customers/177737165", Some("text/plain")),
        (Method::PUT, "/customers/177737165", None),
    ];
    for (method, path, content_type) in cases {
        let mut request = store.call(method, path).body(r#"{"email":"a@b.co"}"#);
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        let error = expect_error(request.send().await.unwrap(), 415, None).await;
        assert_eq!(
            error.error_message.as_deref(),
            Some("Unsupported content-type: expected application/json or text/json")
        );
    }
    // Ecwid also takes text/json, and a charset.
    for content_type in ["text/json", "application/json;charset=utf-8"] {
        let response = store
            .call(Method::POST, "/customers")
            .header("content-type", content_type)
            .body(format!(r#"{{"email":"{}@b.co"}}"#, content_type.len()))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{content_type}");
    }
    assert_eq!(store.sim.store().len(), 4);
}

#[tokio::test]
async fn malformed_path_and_query_parameters_are_400_wrong_parameter() {
    let store = TestStore::with_customers(5).await;
    let base = store.running.base_url().to_owned();
    let paths = [
        format!("{base}/abc/customers"),
        format!("{base}/1003.5/customers"),
        format!("{base}/99999999999999999999/customers"),
        format!("{base}/{STORE}/customers/x1"),
        format!("{base}/{STORE}/customers/99999999999999999999"),
    ];
    for url in paths {
        let response = store
            .http
            .get(&url)
            .bearer_auth(TOKEN)
            .send()
            .await
            .unwrap();
        expect_error(response, 400, Some("WRONG_PARAMETER")).await;
    }
    let queries = [
        ("/customers", "limit", "ten"),
        ("/customers", "limit", "0"),
        ("/customers", "limit", "-5"),
        ("/customers", "offset", "-1"),
        ("/customers", "offset", "1.5"),
        ("/customers", "sortBy", "NAME"),
        ("/customers", "sortBy", "name_asc"),
        ("/customers", "createdFrom", "yesterday"),
        ("/customers", "updatedTo", "2024-02-30"),
        ("/customers", "customerGroup", "VIP"),
        ("/customers", "customerGroupIds", "1,VIP"),
        ("/customers", "purchasedProductIds", "1;2"),
        ("/customers", "minOrderCount", "1.5"),
        ("/customers", "maxSalesValue", "lots"),
        ("/customers", "minSalesValue", "NaN"),
        ("/customers", "acceptMarketing", "yes"),
        ("/customers", "taxExempt", "1"),
        ("/customers", "useExactEmailMatch", "maybe"),
        ("/customers", "b2b_b2c", "b2x"),
        ("/customers", "responseFields", "items(id"),
        ("/customers", "responseFields", "total,"),
        ("/customers/deleted", "from_date", "soon"),
        ("/customers/deleted", "limit", "none"),
    ];
    for (path, name, value) in queries {
        let response = store
            .get(path)
            .query(&[(name, value)])
            .send()
            .await
            .unwrap();
        let error = expect_error(response, 400, Some("WRONG_PARAMETER")).await;
        assert!(
            error.error_message.as_deref().unwrap().contains(name),
            "{name}={value}: {:?}",
            error.error_message
        );
    }
}

#[tokio::test]
async fn malformed_bodies_are_400_and_change_nothing() {
    let store = TestStore::with_customers(0).await;
    let creates = [
        "",
        "{",
        "[]",
        "\"a@b.co\"",
        "null",
        r#"{}"#,
        r#"{"email": 5}"#,
        r#"{"email": null}"#,
        r#"{"email": ""}"#,
        r#"{"email": "not-an-email"}"#,
        r#"{"email": "a@b"}"#,
        r#"{"email": "a b@c.de"}"#,
        r#"{"email": "a@b.co", "contacts": {"type": "EMAIL"}}"#,
        r#"{"email": "a@b.co", "customerGroupId": "VIP"}"#,
        r#"{"email": "a@b.co", "acceptMarketing": "yes"}"#,
        r#"{"email": "a@b.co", "billingPerson": []}"#,
        r#"{"email": "a@b.co", "contacts": [{"orderBy": true}]}"#,
    ];
    for body in creates {
        let response = store
            .call(Method::POST, "/customers")
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        expect_error(response, 400, Some("WRONG_PARAMETER")).await;
    }
    let before = store.sim.store().get(177_737_165).unwrap();
    let updates = [
        "[1]",
        r#"{"email": "nope"}"#,
        r#"{"taxExempt": "no"}"#,
        r#"{"shippingAddresses": [{"id": "x"}]}"#,
        r#"{"stats": 1, "lang": 5}"#,
    ];
    for body in updates {
        let response = store
            .call(Method::PUT, "/customers/177737165")
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        expect_error(response, 400, Some("WRONG_PARAMETER")).await;
    }
    assert_eq!(store.sim.store().len(), 2);
    assert_eq!(store.sim.store().get(177_737_165).unwrap(), before);
}

#[tokio::test]
async fn unknown_paths_are_404_with_an_ecwid_body() {
    let store = TestStore::with_customers(0).await;
    let base = store.running.base_url().to_owned();
    let urls = [
        format!("{base}/{STORE}/orders"),
        format!("{base}/{STORE}/customers/1/extra"),
        format!("{base}/{STORE}"),
        format!("{base}/"),
        "http://".to_owned() + &store.running.local_addr().to_string() + "/",
    ];
    for url in urls {
        let response = store
            .http
            .get(&url)
            .bearer_auth(TOKEN)
            .send()
            .await
            .unwrap();
        expect_error(response, 404, None).await;
    }
}

#[tokio::test]
async fn strange_but_well_formed_input_is_never_a_server_error() {
    let store = TestStore::with_customers(20).await;
    let values = [
        "",
        " ",
        "%",
        "\u{1F600}",
        "-9223372036854775808",
        "9223372036854775807",
        "1e309",
        "'; DROP",
        "((",
        "items(id(x(y)))",
    ];
    let names = [
        "keyword",
        "name",
        "email",
        "phone",
        "city",
        "countryCodes",
        "limit",
        "offset",
        "createdFrom",
        "responseFields",
        "sortBy",
        "customerGroupIds",
        "minSalesValue",
    ];
    for name in names {
        for value in values {
            let response = store
                .get("/customers")
                .query(&[(name, value)])
                .send()
                .await
                .unwrap();
            let status = response.status();
            assert!(
                status == StatusCode::OK || status == StatusCode::BAD_REQUEST,
                "{name}={value:?}: {status}"
            );
            let (_, body) = json(response).await;
            assert!(body.is_object(), "{name}={value:?}: {body}");
        }
    }
    let offset = store
        .get("/customers")
        .query(&[("offset", "9223372036854775807")])
        .send()
        .await
        .unwrap();
    let (status, body) = json(offset).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["count"], 0);
}

/// A body over the store's 2 MiB limit is refused with Ecwid's 400 body, and the client that
/// writes its whole body before reading (reqwest) gets that answer, never a broken pipe.
#[tokio::test]
async fn a_body_over_the_limit_is_400_and_reaches_the_client() {
    let store = TestStore::with_customers(0).await;
    let note = "x".repeat(8 * 1024 * 1024);
    let body = serde_json::to_vec(&json!({"email": "big@example.com", "note": note})).unwrap();
    for attempt in 0..5 {
        let response = store
            .call(Method::POST, "/customers")
            .header("content-type", "application/json")
            .body(body.clone())
            .send()
            .await
            .unwrap_or_else(|err| panic!("attempt {attempt}: {err:?}"));
        let error = expect_error(response, 400, Some("WRONG_PARAMETER")).await;
        assert!(
            error.error_message.unwrap().contains("length limit"),
            "attempt {attempt}"
        );
    }
    assert_eq!(store.sim.store().len(), 2, "nothing was created");
}
