//! Each `Supports` switch: the operation or filter it turns off answers 400
//! `RESOURCE_NOT_AVAILABLE` and nothing else changes.

use canonical_memory::{Supports, sample_customers};
use reqwest::Method;
use serde_json::json;

use crate::support::{Api, NotAvailable as _};

async fn with(supports: Supports) -> Api {
    Api::start(supports, Vec::new(), sample_customers(10)).await
}

const CREATE: &str = r#"{"customer": {"firstName": "A", "lastName": "B"}}"#;

#[tokio::test]
async fn read_only_refuses_every_write_and_changes_nothing() {
    let api = with(Supports::read_only()).await;
    let body: serde_json::Value = serde_json::from_str(CREATE).unwrap();
    api.post(&body).await.not_available();
    api.put("1001", &body).await.not_available();
    api.delete("1001").await.not_available();
    assert_eq!(api.server.customer_count(), 10);
    // Reads are all there.
    assert_eq!(api.ids(&[]).await.len(), 10);
    api.get("/api/v2/customers/1001").await.ok();
    assert_eq!(api.count(&[]).await.ok()["count"], 10);
    let read = api.get("/api/v2/customers/1001").await.ok();
    assert_eq!(read["customer"], sample_customers(1)[0]);
}

#[tokio::test]
async fn without_count_refuses_the_count_alone() {
    let api = with(Supports::without_count()).await;
    api.count(&[]).await.not_available();
    api.count(&[("email", "x@example.com")])
        .await
        .not_available();
    assert_eq!(api.ids(&[]).await.len(), 10);
    api.create(json!({"firstName": "A", "lastName": "B"})).await;
}

#[tokio::test]
async fn each_write_switch_turns_off_its_operation_only() {
    let mut supports = Supports::all();
    supports.create = false;
    let api = with(supports).await;
    api.post(&json!({"customer": {"firstName": "A", "lastName": "B"}}))
        .await
        .not_available();
    api.put("1001", &json!({"customer": {"note": "n"}}))
        .await
        .ok();

    let mut supports = Supports::all();
    supports.update = false;
    let api = with(supports).await;
    api.put("1001", &json!({"customer": {"note": "n"}}))
        .await
        .not_available();
    api.delete("1001").await.ok();

    let mut supports = Supports::all();
    supports.delete = false;
    let api = with(supports).await;
    api.delete("1001").await.not_available();
    api.put("1001", &json!({"customer": {"note": "n"}}))
        .await
        .ok();
    assert_eq!(api.server.customer_count(), 10);
}

#[tokio::test]
async fn without_orders_the_orders_of_a_customer_are_not_available() {
    let mut supports = Supports::all();
    supports.orders = false;
    let api = with(supports).await;
    api.get("/api/v2/customers/1001/orders")
        .await
        .not_available();
}

#[tokio::test]
async fn a_filter_the_platform_lacks_is_refused_when_given_in_list_and_count() {
    type Switch = fn(&mut Supports);
    let switches: [(&str, &str, Switch); 8] = [
        ("name", "Ana", |s| s.filter_name = false),
        ("search", "Ana", |s| s.filter_search = false),
        ("email", "sample1.ana@example.com", |s| {
            s.filter_email = false
        }),
        ("ids", "1001", |s| s.filter_ids = false),
        ("sinceId", "1001", |s| s.filter_since_id = false),
        ("createdAt[from]", "2021-01-01", |s| {
            s.filter_created_at = false
        }),
        ("createdAt[to]", "2030-01-01", |s| {
            s.filter_created_at = false
        }),
        ("updatedAt[from]", "2021-01-01", |s| {
            s.filter_updated_at = false
        }),
    ];
    for (name, value, switch) in switches {
        let mut supports = Supports::all();
        switch(&mut supports);
        let api = with(supports).await;
        api.list(&[(name, value)]).await.not_available();
        api.count(&[(name, value)]).await.not_available();
        // Not given, it is no refusal.
        assert_eq!(api.ids(&[]).await.len(), 10, "{name}");
        assert_eq!(api.count(&[]).await.ok()["count"], 10, "{name}");
    }
    let mut supports = Supports::all();
    supports.filter_updated_at = false;
    let api = with(supports).await;
    api.list(&[("updatedAt[to]", "2030-01-01")])
        .await
        .not_available();
}

#[tokio::test]
async fn all_supports_everything() {
    let api = with(Supports::all()).await;
    for (name, value) in [
        ("name", "Ana"),
        ("search", "ana"),
        ("email", "sample1.ana@example.com"),
        ("ids", "1001"),
        ("sinceId", "1001"),
        ("createdAt[from]", "2021-01-01"),
        ("updatedAt[to]", "2030-01-01"),
    ] {
        api.list(&[(name, value)]).await.ok();
        api.count(&[(name, value)]).await.ok();
    }
    let orders = api
        .send(api.request(Method::GET, "/api/v2/customers/1001/orders"))
        .await;
    orders.ok();
}
