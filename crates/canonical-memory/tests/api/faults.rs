//! Each `Fault` breaks exactly the behaviour its name says: the broken answer differs from the
//! right one, and the neighbouring behaviour is still right.

use canonical_memory::{Fault, Supports, sample_customers};
use serde_json::json;

use crate::support::Api;

async fn with(fault: Fault) -> Api {
    Api::start(Supports::all(), vec![fault], sample_customers(20)).await
}

#[tokio::test]
async fn list_drops_last_name_drops_it_from_lists_only() {
    let api = with(Fault::ListDropsLastName).await;
    let page = api.list(&[("limit", "100")]).await.ok();
    let customers = page["customers"].as_array().unwrap();
    assert_eq!(customers.len(), 20);
    assert!(
        customers.iter().all(|c| c.get("lastName").is_none()),
        "{page}"
    );
    assert!(
        customers.iter().all(|c| c["firstName"].is_string()),
        "{page}"
    );
    let read = api.get("/api/v2/customers/1001").await.ok();
    assert_eq!(read["customer"], sample_customers(1)[0]);
    // The right server keeps it in lists.
    let right = Api::with(sample_customers(20)).await;
    let page = right.list(&[("limit", "100")]).await.ok();
    assert!(
        page["customers"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["lastName"].is_string())
    );
}

#[tokio::test]
async fn count_off_by_one_counts_one_too_many_with_or_without_filters() {
    let api = with(Fault::CountOffByOne).await;
    assert_eq!(api.count(&[]).await.ok()["count"], 21);
    assert_eq!(api.count(&[("ids", "1001,1004")]).await.ok()["count"], 3);
    assert_eq!(api.ids(&[("ids", "1001,1004")]).await.len(), 2);
    assert_eq!(api.ids(&[("limit", "100")]).await.len(), 20);
}

#[tokio::test]
async fn update_erases_unsent_fields_keeps_only_what_was_sent() {
    let api = with(Fault::UpdateErasesUnsentFields).await;
    let before = api.get("/api/v2/customers/1001").await.ok()["customer"].clone();
    assert!(before["lastName"].is_string() && before["email"].is_string());
    let after = api
        .put("1001", &json!({"customer": {"note": "Only this."}}))
        .await
        .ok()["customer"]
        .clone();
    assert_eq!(after["note"], "Only this.");
    assert_eq!(after["id"], "1001");
    for erased in ["firstName", "lastName", "email", "phone"] {
        assert!(after.get(erased).is_none(), "{erased}: {after}");
    }
    assert_eq!(after["dates"]["createdAt"], before["dates"]["createdAt"]);
    // Creates are untouched.
    let created = api
        .create(json!({"firstName": "A", "lastName": "B", "email": "a@b.c"}))
        .await;
    assert_eq!(created["email"], "a@b.c");
}

#[tokio::test]
async fn email_filter_ignored_answers_every_customer() {
    let api = with(Fault::EmailFilterIgnored).await;
    let email = sample_customers(1)[0]["email"].as_str().unwrap().to_owned();
    assert_eq!(
        api.ids(&[("email", &email), ("limit", "100")]).await.len(),
        20
    );
    assert_eq!(api.count(&[("email", &email)]).await.ok()["count"], 20);
    // Other filters still work.
    assert_eq!(api.ids(&[("ids", "1001")]).await, ["1001"]);
    let right = Api::with(sample_customers(20)).await;
    assert_eq!(right.ids(&[("email", &email)]).await, ["1001"]);
}

#[tokio::test]
async fn since_id_inclusive_returns_the_cursor_too() {
    let api = with(Fault::SinceIdInclusive).await;
    let page = api.ids(&[("sinceId", "1004"), ("limit", "2")]).await;
    assert_eq!(page, ["1004", "1007"]);
    assert_eq!(api.count(&[("sinceId", "1058")]).await.ok()["count"], 1);
    // A cursor between ids has nothing to include.
    assert_eq!(
        api.ids(&[("sinceId", "1005"), ("limit", "1")]).await,
        ["1007"]
    );
    let right = Api::with(sample_customers(20)).await;
    assert_eq!(
        right.ids(&[("sinceId", "1004"), ("limit", "2")]).await,
        ["1007", "1010"]
    );
}
