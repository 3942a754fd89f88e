//! Customer extra fields: definitions with generated keys, partial updates, customer values only
//! for defined keys, and values kept when a definition is deleted.

use reqwest::Method;
use serde_json::json;
use spec_examples::{ECWID, Spec};

use crate::support::{TestStore, expect_error, ok};

#[tokio::test]
async fn the_store_starts_with_the_references_example_field() {
    let store = TestStore::with_customers(0).await;
    let spec = Spec::load(ECWID);
    let example = spec.example(
        "/{storeId}/store_extrafields/customers",
        "get",
        "responses/200",
        "offlineCardId",
    );
    let listed = ok(&store, Method::GET, "/store_extrafields/customers", None).await;
    assert_eq!(listed, example);
}

#[tokio::test]
async fn create_get_update_delete_a_definition() {
    let store = TestStore::with_customers(0).await;
    let created = ok(
        &store,
        Method::POST,
        "/store_extrafields/customers",
        Some(json!({"title": "Loyalty tier", "type": "text", "shownOnOrderDetails": true})),
    )
    .await;
    assert_eq!(created["createCount"], 1);
    let key = created["key"].as_str().unwrap().to_owned();
    assert!(
        key.len() == 7 && key.bytes().all(|b| b.is_ascii_alphanumeric()),
        "{key}"
    );
    let path = format!("/store_extrafields/customers/{key}");
    let field = ok(&store, Method::GET, &path, None).await;
    assert_eq!(field["title"], "Loyalty tier");
    assert_eq!(field["type"], "TEXT", "stored upper-case");
    assert_eq!(field["entityTypes"], json!(["CUSTOMERS"]));
    assert_eq!(field["linkedWithCheckoutField"], false);
    assert_eq!(field["createdDate"], field["lastModifiedDate"]);
    let listed = ok(&store, Method::GET, "/store_extrafields/customers", None).await;
    assert_eq!(listed["items"].as_array().unwrap().len(), 2);

    let updated = ok(&store, Method::PUT, &path, Some(json!({"title": "Tier"}))).await;
    assert_eq!(updated, json!({"updateCount": 1}));
    let field = ok(&store, Method::GET, &path, None).await;
    assert_eq!(field["title"], "Tier");
    assert_eq!(field["shownOnOrderDetails"], true, "a field not sent stays");

    let refused = store
        .call(Method::PUT, &path)
        .json(&json!({"type": "COLOUR"}))
        .send();
    expect_error(refused.await.unwrap(), 400, Some("WRONG_PARAMETER")).await;
    assert_eq!(
        ok(&store, Method::DELETE, &path, None).await,
        json!({"deleteCount": 1})
    );
    expect_error(store.get(&path).send().await.unwrap(), 404, None).await;
    let again = store.call(Method::DELETE, &path).send().await.unwrap();
    expect_error(again, 404, None).await;
}

#[tokio::test]
async fn customers_hold_values_only_for_defined_keys() {
    let store = TestStore::with_customers(0).await;
    let created = ok(
        &store,
        Method::POST,
        "/customers",
        Some(json!({"email": "x@example.com",
                    "extrafields": [{"key": "6r0fUGw", "value": "A-1024"}]})),
    )
    .await;
    let id = created["id"].as_i64().unwrap();
    let customer = ok(&store, Method::GET, &format!("/customers/{id}"), None).await;
    assert_eq!(
        customer["extrafields"],
        json!([{"key": "6r0fUGw", "title": "Offline card ID", "value": "A-1024", "type": "TEXT",
                "orderBy": 0}]),
        "title and type come from the definition"
    );
    for (method, path) in [
        (Method::POST, "/customers".to_owned()),
        (Method::PUT, format!("/customers/{id}")),
    ] {
        let refused = store
            .call(method, &path)
            .json(&json!({"email": "y@example.com",
                          "extrafields": [{"key": "6r0fUGw", "value": "1"}, {"key": "nope", "value": "2"}]}))
            .send()
            .await
            .unwrap();
        let error = expect_error(refused, 400, Some("WRONG_PARAMETER")).await;
        let message = error.error_message.unwrap();
        assert!(
            message.contains("extrafields[1].key") && message.contains("'nope'"),
            "{message}"
        );
    }
    let unchanged = ok(&store, Method::GET, &format!("/customers/{id}"), None).await;
    assert_eq!(unchanged, customer, "a refused update changes nothing");
}

#[tokio::test]
async fn deleting_a_definition_keeps_the_values_customers_hold() {
    let store = TestStore::with_customers(0).await;
    let created = ok(
        &store,
        Method::POST,
        "/customers",
        Some(json!({"email": "x@example.com",
                    "extrafields": [{"key": "6r0fUGw", "value": "A-1024"}]})),
    )
    .await;
    let id = created["id"].as_i64().unwrap();
    ok(
        &store,
        Method::DELETE,
        "/store_extrafields/customers/6r0fUGw",
        None,
    )
    .await;
    let customer = ok(&store, Method::GET, &format!("/customers/{id}"), None).await;
    assert_eq!(customer["extrafields"][0]["value"], "A-1024");
}
