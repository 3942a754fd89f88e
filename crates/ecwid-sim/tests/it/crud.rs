//! Create, get, partial update, delete and the deleted history.

use ecwid_client::dates::parse_response_date;
use ecwid_client::types::{Customer, DeletedCustomersSearchResult};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use spec_examples::{ECWID, Spec};

use crate::support::{TestStore, expect_error, json};

fn is_ecwid_date(text: &Value) -> bool {
    text.as_str()
        .is_some_and(|t| parse_response_date(t).is_ok() && t.ends_with(" +0000"))
}

async fn create(store: &TestStore, body: Value) -> i64 {
    let (status, created) = json(
        store
            .call(Method::POST, "/customers")
            .json(&body)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{created}");
    assert_eq!(
        created.as_object().unwrap().len(),
        1,
        "only the id: {created}"
    );
    created["id"].as_i64().unwrap()
}

#[tokio::test]
async fn create_answers_an_id_and_the_customer_is_filled_in_like_ecwid() {
    let store = TestStore::with_customers(10).await;
    let spec = Spec::load(ECWID);
    let example = spec.example("/{storeId}/customers", "post", "requestBody", "newCustomer");
    let id = create(&store, example.clone()).await;
    assert!(
        store.sim.store().ids().iter().all(|other| *other <= id),
        "new ids come last"
    );

    let (status, customer) =
        json(store.get(&format!("/customers/{id}")).send().await.unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(customer["id"], id);
    assert_eq!(customer["email"], example["email"]);
    assert_eq!(customer["name"], "test");
    assert_eq!(customer["customerGroupName"], "General");
    assert_eq!(customer["billingPerson"], example["billingPerson"]);
    assert_eq!(customer["totalOrderCount"], 0);
    assert_eq!(customer["stats"]["numberOfOrders"], 0);
    assert_eq!(customer["privateAdminNotes"], example["privateAdminNotes"]);
    assert!(
        is_ecwid_date(&customer["registered"]) && customer["registered"] == customer["updated"]
    );
    assert!(customer.get("password").is_none());
    let contacts = customer["contacts"].as_array().unwrap();
    assert_eq!(contacts.len(), 2);
    assert!(
        contacts
            .iter()
            .all(|c| c["id"].is_i64() && is_ecwid_date(&c["timestamp"]))
    );
    assert_eq!(contacts[1]["handle"], "myshop_page");
    let address = &customer["shippingAddresses"][0];
    assert!(address["id"].is_i64() && is_ecwid_date(&address["createdDate"]));
    assert_eq!(address["defaultAddress"], true);
    assert_eq!(address["addressFormatted"], "test, test, Tbilisi, Georgia");
    let typed: Customer = serde_json::from_value(customer.clone()).unwrap();
    assert_eq!(store.sim.store().get(id), Some(typed));

    // Found by search right away, and counted.
    let (_, page) = json(
        store
            .get("/customers")
            .query(&[
                ("email", "ec.apps@lightspeedhq.com"),
                ("useExactEmailMatch", "true"),
            ])
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(page["total"], 1);
    assert_eq!(page["items"][0]["id"], id);
    assert_eq!(page["allCustomerCount"], 13);
}

#[tokio::test]
async fn a_minimal_create_and_a_duplicate_email() {
    let store = TestStore::with_customers(0).await;
    let id = create(&store, json!({"email": "Nino@Example.ge"})).await;
    let customer = store.sim.store().get(id).unwrap();
    assert_eq!(customer.email.as_deref(), Some("Nino@Example.ge"));
    assert_eq!(customer.name.as_deref(), Some(""));
    assert_eq!(customer.b2b_b2c.as_deref(), Some("b2c"));
    assert_eq!(customer.contacts, Some(vec![]));
    // Emails are unique, ignoring case.
    let again = store
        .call(Method::POST, "/customers")
        .json(&json!({"email": "nino@example.GE"}))
        .send()
        .await
        .unwrap();
    let error = expect_error(again, 409, Some("CONSTRAINT_VIOLATION")).await;
    assert!(error.error_message.unwrap().contains(&id.to_string()));
    assert_eq!(store.sim.store().len(), 3);
}

#[tokio::test]
async fn update_is_partial_at_the_top_level() {
    let store = TestStore::with_customers(0).await;
    let id = 277_137_633;
    let before = store.sim.store().get(id).unwrap();
    assert!(before.accept_marketing.is_none());

    let (status, body) = json(
        store
            .call(Method::PUT, &format!("/customers/{id}"))
            .json(&json!({"acceptMarketing": true, "lang": "de"}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((status, body), (StatusCode::OK, json!({"updateCount": 1})));
    let after = store.sim.store().get(id).unwrap();
    assert_eq!(after.accept_marketing, Some(true));
    assert_eq!(after.lang.as_deref(), Some("de"));
    assert_ne!(after.updated, before.updated);
    // Everything else is exactly as it was.
    let restored = Customer {
        accept_marketing: before.accept_marketing,
        lang: before.lang.clone(),
        updated: before.updated.clone(),
        ..after.clone()
    };
    assert_eq!(restored, before);

    // A sent array replaces the stored one whole; an object too.
    let spec = Spec::load(ECWID);
    let contacts = spec.example(
        "/{storeId}/customers/{customerId}",
        "put",
        "requestBody",
        "changeMarketingAndContacts",
    )["contacts"]
        .clone();
    let response = store
        .call(Method::PUT, &format!("/customers/{id}"))
        .json(&json!({"contacts": contacts, "billingPerson": {"name": "Nino Beridze"}, "shippingAddresses": []}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let replaced = store.sim.store().get(id).unwrap();
    let got: Vec<_> = replaced
        .contacts
        .as_ref()
        .unwrap()
        .iter()
        .map(|c| (c.contact.clone(), c.type_.as_ref().map(|t| t.to_string())))
        .collect();
    assert_eq!(
        got,
        [
            (Some("00000000000".to_owned()), Some("PHONE".to_owned())),
            (
                Some("https://www.facebook.com/myshop_page".to_owned()),
                Some("FACEBOOK".to_owned())
            ),
        ]
    );
    assert_eq!(
        replaced.contacts.as_ref().unwrap()[0].id,
        Some(176_135_453),
        "a sent id is kept"
    );
    assert!(
        replaced.contacts.as_ref().unwrap()[1].id.is_some(),
        "a new contact gets an id"
    );
    assert_eq!(
        replaced.billing_person.as_ref().unwrap().name.as_deref(),
        Some("Nino Beridze")
    );
    assert_eq!(replaced.billing_person.as_ref().unwrap().first_name, None);
    assert_eq!(replaced.name.as_deref(), Some("Nino Beridze"));
    assert_eq!(replaced.shipping_addresses, Some(vec![]));
    assert_eq!(replaced.stats, before.stats);
    assert_eq!(replaced.email, before.email);

    // An empty body changes nothing but the update date; `null` arrays are left alone.
    let response = store
        .call(Method::PUT, &format!("/customers/{id}"))
        .json(&json!({"contacts": null}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        store.sim.store().get(id).unwrap().contacts,
        replaced.contacts
    );

    // Taking another customer's email is a conflict; keeping one's own is not.
    let taken = store
        .call(Method::PUT, &format!("/customers/{id}"))
        .json(&json!({"email": "x@y.zz"}))
        .send()
        .await
        .unwrap();
    assert_eq!(taken.status(), StatusCode::OK);
    let other = create(&store, json!({"email": "other@y.zz"})).await;
    let clash = store
        .call(Method::PUT, &format!("/customers/{other}"))
        .json(&json!({"email": "X@Y.ZZ"}))
        .send()
        .await
        .unwrap();
    expect_error(clash, 409, Some("CONSTRAINT_VIOLATION")).await;
    let own = store
        .call(Method::PUT, &format!("/customers/{other}"))
        .json(&json!({"email": "Other@y.zz"}))
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), StatusCode::OK);
}

#[tokio::test]
async fn delete_removes_once_and_records_the_history() {
    let store = TestStore::with_customers(0).await;
    let id = create(&store, json!({"email": "gone@example.com"})).await;
    let (status, body) = json(
        store
            .call(Method::DELETE, &format!("/customers/{id}"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((status, body), (StatusCode::OK, json!({"deleteCount": 1})));
    expect_error(
        store.get(&format!("/customers/{id}")).send().await.unwrap(),
        404,
        None,
    )
    .await;
    let (_, again) = json(
        store
            .call(Method::DELETE, &format!("/customers/{id}"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(again, json!({"deleteCount": 0}));
    let (_, page) = json(store.get("/customers").send().await.unwrap()).await;
    assert_eq!(page["total"], 2);

    let (status, deleted) = json(store.get("/customers/deleted").send().await.unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    let typed: DeletedCustomersSearchResult = serde_json::from_value(deleted.clone()).unwrap();
    assert_eq!(
        (typed.total, typed.count, typed.offset, typed.limit),
        (Some(1), Some(1), Some(0), Some(100))
    );
    assert_eq!(deleted["items"][0]["id"], id);
    assert!(is_ecwid_date(&deleted["items"][0]["date"]));
    for (filter, value, total) in [
        ("from_date", "2999-01-01", 0),
        ("to_date", "1447804800", 0),
        ("from_date", "2020-01-01 00:00:00", 1),
    ] {
        let request = store.get("/customers/deleted").query(&[(filter, value)]);
        let (_, page) = json(request.send().await.unwrap()).await;
        assert_eq!(page["total"], total, "{filter}={value}");
    }
}

#[tokio::test]
async fn the_generated_deleted_history_pages_and_filters_by_date() {
    let store = TestStore::with_customers(3_000).await;
    let history = store.sim.store().deleted();
    assert!(history.len() > 20, "{}", history.len());
    let live = store.sim.store().ids();
    let mut walked = Vec::new();
    loop {
        let offset = walked.len().to_string();
        let (_, page) = json(
            store
                .get("/customers/deleted")
                .query(&[("offset", offset.as_str()), ("limit", "7")])
                .send()
                .await
                .unwrap(),
        )
        .await;
        let items = page["items"].as_array().unwrap();
        if items.is_empty() {
            break;
        }
        assert_eq!(page["total"].as_u64().unwrap() as usize, history.len());
        walked.extend(items.iter().cloned());
    }
    assert_eq!(walked.len(), history.len());
    let dates: Vec<&str> = walked.iter().map(|d| d["date"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "oldest first");
    assert!(
        walked
            .iter()
            .all(|d| live.binary_search(&d["id"].as_i64().unwrap()).is_err())
    );
    let middle = dates[dates.len() / 2];
    let (_, from) = json(
        store
            .get("/customers/deleted")
            .query(&[("from_date", middle)])
            .send()
            .await
            .unwrap(),
    )
    .await;
    let expected = dates.iter().filter(|d| **d >= middle).count();
    assert_eq!(from["total"].as_u64().unwrap() as usize, expected);
}

#[tokio::test]
async fn get_customer_and_the_deleted_history_apply_response_fields() {
    let store = TestStore::with_customers(20).await;
    let id = store.sim.store().ids()[0];
    let (status, customer) = json(
        store
            .get(&format!("/customers/{id}"))
            .query(&[("responseFields", "email,billingPerson(name)")])
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{customer}");
    let stored = store.sim.store().get(id).unwrap();
    assert_eq!(
        customer,
        json!({"email": stored.email, "billingPerson": {"name": stored.billing_person.unwrap().name}}),
        "everything else is stripped, the id included"
    );
    let (status, page) = json(
        store
            .get("/customers/deleted")
            .query(&[("responseFields", "total,items(id)")])
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page.as_object().unwrap().len(), 2, "{page}");
    assert!(
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i.get("date").is_none())
    );
    let bad = store
        .get(&format!("/customers/{id}"))
        .query(&[("responseFields", "email(")])
        .send()
        .await
        .unwrap();
    expect_error(bad, 400, Some("WRONG_PARAMETER")).await;
}
