//! Customer contacts: the sub-resource and the customer's `contacts` are one list, a PUT is
//! partial, the newest default of a type wins, unknown customers and contacts are 404.

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::{TestStore, expect_error, ok};

async fn customer(store: &TestStore) -> i64 {
    let created = ok(
        store,
        Method::POST,
        "/customers",
        Some(json!({"email": "c@example.com",
                    "contacts": [{"contact": "c@example.com", "type": "EMAIL", "default": true}]})),
    )
    .await;
    created["id"].as_i64().unwrap()
}

#[tokio::test]
async fn a_contact_added_through_the_sub_resource_shows_on_the_customer_and_back() {
    let store = TestStore::with_customers(0).await;
    let id = customer(&store).await;
    let path = format!("/customers/{id}/contacts");
    let created = ok(
        &store,
        Method::POST,
        &path,
        Some(json!({"contact": "+995 555 000 111", "type": "PHONE", "note": "evenings"})),
    )
    .await;
    assert_eq!(created, json!({"createCount": 1}), "no id in the answer");
    let listed = ok(&store, Method::GET, &path, None).await;
    assert_eq!(listed.as_object().unwrap().len(), 1, "only items: {listed}");
    let items = listed["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    let phone = &items[1];
    assert_eq!(phone["orderBy"], 1);
    assert_eq!(phone["default"], false);
    assert!(phone["timestamp"].as_str().unwrap().ends_with(" +0000"));
    let contact_id = phone["id"].as_i64().unwrap();
    let one = ok(&store, Method::GET, &format!("{path}/{contact_id}"), None).await;
    assert_eq!(&one, phone);
    let on_customer = ok(&store, Method::GET, &format!("/customers/{id}"), None).await;
    assert_eq!(on_customer["contacts"], listed["items"]);

    ok(
        &store,
        Method::PUT,
        &format!("/customers/{id}"),
        Some(json!({"contacts": [{"contact": "https://t.me/c", "type": "TELEGRAM"}]})),
    )
    .await;
    let listed = ok(&store, Method::GET, &path, None).await;
    let items = listed["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["contact"], "https://t.me/c");
}

#[tokio::test]
async fn an_update_is_partial_and_a_delete_removes_one_contact() {
    let store = TestStore::with_customers(0).await;
    let id = customer(&store).await;
    let path = format!("/customers/{id}/contacts");
    ok(
        &store,
        Method::POST,
        &path,
        Some(
            json!({"contact": "https://www.facebook.com/myshop_page", "handle": "myshop_page",
                    "type": "FACEBOOK"}),
        ),
    )
    .await;
    let before = ok(&store, Method::GET, &path, None).await["items"][1].clone();
    let contact = format!("{path}/{}", before["id"]);
    let updated = ok(
        &store,
        Method::PUT,
        &contact,
        Some(json!({"note": "shop page"})),
    )
    .await;
    assert_eq!(updated, json!({"updateCount": 1}));
    let after = ok(&store, Method::GET, &contact, None).await;
    let mut expected = before.clone();
    expected["note"] = json!("shop page");
    assert_eq!(after, expected, "only the note changed");

    assert_eq!(
        ok(&store, Method::DELETE, &contact, None).await,
        json!({"deleteCount": 1})
    );
    let left = ok(&store, Method::GET, &path, None).await;
    assert_eq!(left["items"].as_array().unwrap().len(), 1);
    expect_error(store.get(&contact).send().await.unwrap(), 404, None).await;
    let again = store.call(Method::DELETE, &contact).send().await.unwrap();
    expect_error(again, 404, None).await;
}

#[tokio::test]
async fn the_newest_default_of_a_type_wins() {
    let store = TestStore::with_customers(0).await;
    let id = customer(&store).await;
    let path = format!("/customers/{id}/contacts");
    ok(
        &store,
        Method::POST,
        &path,
        Some(json!({"contact": "+1 555 0100", "type": "PHONE", "default": true})),
    )
    .await;
    ok(
        &store,
        Method::POST,
        &path,
        Some(json!({"contact": "new@example.com", "type": "EMAIL", "default": true})),
    )
    .await;
    let defaults = |listed: &Value| -> Vec<(String, bool)> {
        listed["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["contact"].as_str().unwrap().to_owned(),
                    c["default"] == true,
                )
            })
            .collect()
    };
    let listed = ok(&store, Method::GET, &path, None).await;
    assert_eq!(
        defaults(&listed),
        [
            ("c@example.com".to_owned(), false),
            ("+1 555 0100".to_owned(), true),
            ("new@example.com".to_owned(), true)
        ]
    );
    let first = listed["items"][0]["id"].clone();
    ok(
        &store,
        Method::PUT,
        &format!("{path}/{first}"),
        Some(json!({"default": true})),
    )
    .await;
    let listed = ok(&store, Method::GET, &path, None).await;
    assert_eq!(
        defaults(&listed)
            .iter()
            .map(|(_, d)| *d)
            .collect::<Vec<_>>(),
        [true, true, false]
    );
}

#[tokio::test]
async fn bad_contacts_and_unknown_customers_are_refused() {
    let store = TestStore::with_customers(0).await;
    let id = customer(&store).await;
    let path = format!("/customers/{id}/contacts");
    for body in [
        json!({"type": "EMAIL"}),
        json!({"contact": "a@b.co"}),
        json!({"contact": " ", "type": "EMAIL"}),
        json!({"contact": "a@b.co", "type": "EMAIL", "orderBy": "first"}),
    ] {
        let refused = store
            .call(Method::POST, &path)
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_error(refused, 400, Some("WRONG_PARAMETER")).await;
    }
    let text = store
        .call(Method::POST, &path)
        .body("{}")
        .send()
        .await
        .unwrap();
    expect_error(text, 415, None).await;
    let unknown = 999_999_999;
    let listed = store
        .get(&format!("/customers/{unknown}/contacts"))
        .send()
        .await
        .unwrap();
    let error = expect_error(listed, 404, None).await;
    assert_eq!(
        error.error_message.as_deref(),
        Some(format!("Customer #{unknown} not found").as_str())
    );
    let added = store
        .call(Method::POST, &format!("/customers/{unknown}/contacts"))
        .json(&json!({"contact": "a@b.co", "type": "EMAIL"}))
        .send()
        .await
        .unwrap();
    expect_error(added, 404, None).await;
    let contact = store
        .get(&format!("{path}/{unknown}"))
        .send()
        .await
        .unwrap();
    let error = expect_error(contact, 404, None).await;
    assert!(
        error
            .error_message
            .unwrap()
            .contains(&format!("#{unknown}"))
    );
}

#[tokio::test]
async fn generated_customers_have_many_contact_types() {
    let store = TestStore::with_customers(1_000).await;
    let mut types = std::collections::BTreeSet::new();
    for customer in store.sim.store().list() {
        for contact in customer.contacts.unwrap_or_default() {
            types.insert(contact.type_.unwrap().to_string());
        }
    }
    assert!(types.len() >= 12, "{types:?}");
}
