//! Each operation doing what the spec says, on a store of sample customers.

use canonical_memory::{Config, Server, sample_customers};
use chrono::{DateTime, FixedOffset};
use serde_json::{Value, json};

use crate::support::{Api, ids_of};

fn date(customer: &Value, field: &str) -> DateTime<FixedOffset> {
    let text = customer["dates"][field].as_str().expect("a date");
    DateTime::parse_from_rfc3339(text).expect("RFC 3339")
}

#[tokio::test]
async fn a_list_holds_50_by_default_and_limit_customers_when_given() {
    let api = Api::sample().await;
    let page = api.list(&[]).await.ok();
    assert_eq!(ids_of(&page).len(), 50);
    assert_eq!(api.ids(&[("limit", "7")]).await.len(), 7);
    assert_eq!(api.ids(&[("limit", "100")]).await.len(), 100);
    assert_eq!(api.ids(&[("limit", "50"), ("page", "3")]).await.len(), 20);
    assert_eq!(api.ids(&[("limit", "10"), ("page", "13")]).await.len(), 0);
}

#[tokio::test]
async fn pages_come_oldest_first_and_meet_every_customer_once() {
    let api = Api::sample().await;
    let mut walked: Vec<Value> = Vec::new();
    for page in 1..=5 {
        let page = page.to_string();
        let answer = api.list(&[("limit", "37"), ("page", &page)]).await.ok();
        walked.extend(answer["customers"].as_array().unwrap().iter().cloned());
    }
    assert_eq!(walked.len(), 120);
    // Oldest first; customers registered in the same second ascend by id.
    let key = |c: &Value| {
        (
            date(c, "createdAt"),
            c["id"].as_str().unwrap().parse::<u64>().unwrap(),
        )
    };
    assert!(walked.windows(2).all(|w| key(&w[0]) < key(&w[1])));
    // The sample's dates are not in id order, so the two orders differ.
    let mut by_id = walked.clone();
    by_id.sort_by_key(|c| key(c).1);
    assert_ne!(walked, by_id);
}

#[tokio::test]
async fn count_counts_every_customer() {
    let api = Api::sample().await;
    let answer = api.count(&[]).await.ok();
    assert_eq!(answer, json!({"success": true, "count": 120}));
    assert_eq!(api.server.customer_count(), 120);
}

#[tokio::test]
async fn a_customer_reads_as_it_was_given_and_as_the_list_shows_it() {
    let customers = sample_customers(3);
    let api = Api::with(customers.clone()).await;
    for given in &customers {
        let id = given["id"].as_str().unwrap();
        let read = api.get(&format!("/api/v2/customers/{id}")).await.ok();
        assert_eq!(read["customer"], *given);
    }
    let listed = api.list(&[]).await.ok();
    for customer in listed["customers"].as_array().unwrap() {
        assert!(customers.contains(customer), "{customer}");
    }
}

#[tokio::test]
async fn a_customer_of_the_config_keeps_its_offset() {
    let given = json!({
        "id": "177737165", "email": "[email protected]", "firstName": "Support",
        "lastName": "team", "addresses": [],
        "dates": {"createdAt": "2021-12-21T10:05:58+04:00", "updatedAt": "2024-06-04T21:15:10Z"}
    });
    let api = Api::with(vec![given.clone()]).await;
    let read = api.get("/api/v2/customers/177737165").await.ok();
    assert_eq!(read["customer"], given);
}

#[tokio::test]
async fn a_create_answers_the_customer_with_an_id_and_dates_and_reads_back() {
    let api = Api::sample().await;
    let sent = json!({
        "firstName": "Mary", "lastName": "Ann Smith", "email": "mary@example.com",
        "phone": "+995 555 123 456", "note": "Prefers email. ✓ 東京 \"q\"",
        "status": {"id": "1", "status": "active"}, "currency": "GEL",
        "addresses": [{
            "firstName": "Mary", "lastName": "Ann Smith", "address1": "12 Rustaveli Ave",
            "city": "Tbilisi", "postalCode": "0108", "defaultBilling": true,
            "defaultShipping": false, "country": {"code": "GE"}, "state": {"code": "TB"}
        }]
    });
    let created = api.create(sent.clone()).await;
    let id = created["id"].as_str().expect("a string id").to_owned();
    // Above every id of the store: ids grow with creation.
    assert!(id.parse::<u64>().unwrap() > 1_001 + 3 * 119, "{id}");
    let created_at = date(&created, "createdAt");
    assert_eq!(created_at, date(&created, "updatedAt"));
    assert!(
        (chrono::Utc::now() - created_at.to_utc())
            .num_seconds()
            .abs()
            < 3600
    );
    let mut expected = sent.clone();
    expected["id"] = json!(id);
    expected["dates"] = created["dates"].clone();
    assert_eq!(created, expected);
    let read = api.get(&format!("/api/v2/customers/{id}")).await.ok();
    assert_eq!(read["customer"], expected);
    assert_eq!(api.server.customer_count(), 121);
}

#[tokio::test]
async fn ids_are_never_given_twice_even_after_a_delete() {
    let api = Api::with(Vec::new()).await;
    let first = api
        .create(json!({"firstName": "A", "lastName": "One"}))
        .await;
    let id = first["id"].as_str().unwrap();
    api.delete(id).await.ok();
    let second = api
        .create(json!({"firstName": "B", "lastName": "Two"}))
        .await;
    assert_ne!(second["id"], first["id"]);
}

#[tokio::test]
async fn an_update_changes_what_it_sends_and_nothing_else() {
    let api = Api::with(Vec::new()).await;
    let created = api
        .create(json!({
            "firstName": "Ann", "lastName": "Lee", "email": "ann@example.com", "phone": "+1 555",
            "note": "Old.", "addresses": [{"city": "Tbilisi"}, {"city": "Berlin"}]
        }))
        .await;
    let id = created["id"].as_str().unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let answered = api
        .put(id, &json!({"customer": {"note": "New.", "firstName": "Anna", "addresses": null, "phone": " "}}))
        .await
        .ok();
    let read = api.get(&format!("/api/v2/customers/{id}")).await.ok();
    assert_eq!(answered["customer"], read["customer"]);
    let after = &read["customer"];
    assert_eq!(after["note"], "New.");
    assert_eq!(after["firstName"], "Anna");
    // Not sent, null or blank: kept.
    assert_eq!(after["lastName"], "Lee");
    assert_eq!(after["email"], "ann@example.com");
    assert_eq!(after["phone"], "+1 555");
    assert_eq!(after["addresses"], created["addresses"]);
    assert_eq!(after["dates"]["createdAt"], created["dates"]["createdAt"]);
    assert!(date(after, "updatedAt") > date(&created, "updatedAt"));
}

#[tokio::test]
async fn a_sent_addresses_array_replaces_the_stored_ones() {
    let api = Api::with(Vec::new()).await;
    let created = api
        .create(
            json!({"firstName": "A", "lastName": "B", "addresses": [{"city": "X"}, {"city": "Y"}]}),
        )
        .await;
    let id = created["id"].as_str().unwrap();
    let one = api
        .put(id, &json!({"customer": {"addresses": [{"city": "Z"}]}}))
        .await
        .ok();
    assert_eq!(one["customer"]["addresses"], json!([{"city": "Z"}]));
    let none = api
        .put(id, &json!({"customer": {"addresses": []}}))
        .await
        .ok();
    assert_eq!(none["customer"]["addresses"], json!([]));
}

#[tokio::test]
async fn a_delete_answers_the_id_and_the_customer_is_gone() {
    let api = Api::sample().await;
    let answer = api.delete("1004").await.ok();
    assert_eq!(answer, json!({"success": true, "id": "1004"}));
    api.get("/api/v2/customers/1004")
        .await
        .error(404, "NOT_FOUND");
    assert_eq!(api.count(&[]).await.ok()["count"], 119);
    assert!(
        !api.ids(&[("limit", "100")])
            .await
            .contains(&"1004".to_owned())
    );
}

#[tokio::test]
async fn a_customer_has_no_orders_and_an_unknown_one_is_not_found() {
    let api = Api::sample().await;
    let orders = api.get("/api/v2/customers/1001/orders").await.ok();
    assert_eq!(orders, json!({"success": true, "orders": []}));
    api.get("/api/v2/customers/2/orders")
        .await
        .error(404, "NOT_FOUND");
}

#[tokio::test]
async fn the_sample_is_deterministic_and_varied() {
    let customers = sample_customers(60);
    assert_eq!(customers, sample_customers(60));
    assert_eq!(sample_customers(10), customers[..10]);
    let distinct = |field: &str| {
        let mut values: Vec<String> = customers.iter().map(|c| c[field].to_string()).collect();
        values.sort();
        values.dedup();
        values.len()
    };
    assert_eq!(distinct("lastName"), 60);
    assert_eq!(distinct("email"), 60);
    let created: Vec<DateTime<FixedOffset>> =
        customers.iter().map(|c| date(c, "createdAt")).collect();
    let days: std::collections::BTreeSet<_> = created.iter().map(|d| d.date_naive()).collect();
    assert!(days.len() > 30, "{} days", days.len());
    assert!(
        created.windows(2).any(|w| w[0] == w[1]),
        "some in the same second"
    );
    assert!(customers.iter().any(|c| c["phone"].is_string()));
    assert!(customers.iter().any(|c| c["phone"].is_null()));
    assert!(
        customers
            .iter()
            .any(|c| c["addresses"].as_array().is_some_and(|a| a.len() == 2))
    );
}

#[tokio::test]
async fn a_config_customer_that_is_not_canonical_is_refused_by_name() {
    let mut customers = sample_customers(3);
    customers[2]["id"] = json!(1007);
    let refused = Server::spawn(Config {
        customers,
        ..Config::default()
    })
    .await
    .expect_err("an id that is a number");
    assert_eq!(refused.kind(), std::io::ErrorKind::InvalidInput);
    assert!(
        refused.to_string().starts_with("customers[2].id: "),
        "{refused}"
    );

    let mut customers = sample_customers(2);
    customers[1]["addresses"] = json!([{"defaultBilling": "yes"}]);
    let refused = Server::spawn(Config {
        customers,
        ..Config::default()
    })
    .await
    .expect_err("a string where a boolean goes");
    assert_eq!(
        refused.to_string(),
        "customers[1].addresses[0].defaultBilling: expected a boolean, got \"yes\""
    );
}

#[tokio::test]
async fn shutdown_stops_the_server() {
    let api = Api::with(Vec::new()).await;
    let url = api.server.base_url();
    api.server.shutdown().await;
    let after = reqwest::Client::new()
        .get(format!("{url}/api/v2/customers"))
        .send()
        .await;
    assert!(after.is_err(), "{after:?}");
}

#[tokio::test]
async fn the_spec_examples_of_create_and_update_are_taken_as_the_spec_says() {
    use spec_examples::{ECARTAPI, Spec};
    let spec = Spec::load(ECARTAPI);
    let api = Api::with(Vec::new()).await;
    for (name, create) in spec.examples("/api/v2/customers", "post", "requestBody") {
        let created = api.post(&create).await.ok()["customer"].clone();
        let id = created["id"].as_str().expect(&name).to_owned();
        let mut expected = create["customer"].clone();
        expected["id"] = json!(id);
        expected["dates"] = created["dates"].clone();
        assert_eq!(created, expected, "{name}");
        for (name, update) in spec.examples("/api/v2/customers/{id}", "put", "requestBody") {
            let updated = api.put(&id, &update).await.ok()["customer"].clone();
            let mut expected = expected.clone();
            for (field, value) in update["customer"].as_object().expect(&name) {
                expected[field] = value.clone();
            }
            expected["dates"]["updatedAt"] = updated["dates"]["updatedAt"].clone();
            assert_eq!(updated, expected, "{name}");
        }
    }
}
