//! Customer groups: paging with General first and counted, both id filters, writes, General
//! refused, deleting moving customers to General, 402 on a plan without groups.

use ecwid_sim::SimConfig;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::support::{TestStore, expect_error, json, ok};

fn ids(page: &Value) -> Vec<i64> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn general_comes_first_is_counted_and_pages_once() {
    let store = TestStore::with_customers(0).await;
    let first = ok(&store, Method::GET, "/customer_groups?limit=2", None).await;
    assert_eq!(
        first,
        json!({"total": 5, "count": 2, "offset": 0, "limit": 2,
               "items": [{"id": 0, "name": "General"}, {"id": 123456, "name": "Wholesale"}]})
    );
    let mut met = Vec::new();
    for offset in (0..5).step_by(2) {
        let page = ok(
            &store,
            Method::GET,
            &format!("/customer_groups?limit=2&offset={offset}"),
            None,
        )
        .await;
        assert_eq!(page["total"], 5);
        met.extend(ids(&page));
    }
    assert_eq!(met, [0, 123_456, 234_567, 345_678, 456_789]);
    let capped = ok(&store, Method::GET, "/customer_groups?limit=1000", None).await;
    assert_eq!(capped["limit"], 100);
}

#[tokio::test]
async fn both_id_filters_the_keyword_and_response_fields() {
    let store = TestStore::with_customers(0).await;
    let singular = ok(
        &store,
        Method::GET,
        "/customer_groups?customerGroupId=234567,%20345678",
        None,
    )
    .await;
    assert_eq!(ids(&singular), [234_567, 345_678]);
    assert_eq!(singular["total"], 2);
    let plural = ok(
        &store,
        Method::GET,
        "/customer_groups?customerGroupIds=0,456789",
        None,
    )
    .await;
    assert_eq!(ids(&plural), [0, 456_789]);
    let keyword = ok(&store, Method::GET, "/customer_groups?keyword=ES", None).await;
    assert_eq!(
        ids(&keyword),
        [123_456, 345_678],
        "case-insensitive part of the name"
    );
    let fields = ok(
        &store,
        Method::GET,
        "/customer_groups?responseFields=total,items(name)&customerGroupIds=0",
        None,
    )
    .await;
    assert_eq!(fields, json!({"total": 1, "items": [{"name": "General"}]}));
    let general = ok(
        &store,
        Method::GET,
        "/customer_groups/0?responseFields=name",
        None,
    )
    .await;
    assert_eq!(general, json!({"name": "General"}));
    let bad = store
        .get("/customer_groups?customerGroupIds=1,x")
        .send()
        .await
        .unwrap();
    expect_error(bad, 400, Some("WRONG_PARAMETER")).await;
}

#[tokio::test]
async fn create_get_update_delete_and_unknown_groups() {
    let store = TestStore::with_customers(0).await;
    let created = ok(
        &store,
        Method::POST,
        "/customer_groups",
        Some(json!({"name": "VIP Customers", "externalReferenceId": "crm-7"})),
    )
    .await;
    let id = created["id"].as_i64().unwrap();
    assert!(
        id > 0 && created.as_object().unwrap().len() == 1,
        "{created}"
    );
    let path = format!("/customer_groups/{id}");
    assert_eq!(
        ok(&store, Method::GET, &path, None).await,
        json!({"id": id, "name": "VIP Customers", "externalReferenceId": "crm-7"})
    );
    let updated = ok(&store, Method::PUT, &path, Some(json!({"name": "Gold"}))).await;
    assert_eq!(updated, json!({"updateCount": 1}));
    assert_eq!(
        ok(&store, Method::GET, &path, None).await,
        json!({"id": id, "name": "Gold", "externalReferenceId": "crm-7"}),
        "a field not sent stays"
    );
    assert_eq!(
        ok(&store, Method::DELETE, &path, None).await,
        json!({"deleteCount": 1})
    );
    let gone = expect_error(store.get(&path).send().await.unwrap(), 404, None).await;
    assert_eq!(
        gone.error_message.as_deref(),
        Some(format!("Customer group #{id} not found").as_str())
    );
    let again = store.call(Method::DELETE, &path).send().await.unwrap();
    expect_error(again, 404, None).await;
    let update_gone = store
        .call(Method::PUT, &path)
        .json(&json!({"name": "x"}))
        .send();
    expect_error(update_gone.await.unwrap(), 404, None).await;

    for body in [json!({}), json!({"name": "  "}), json!({"name": 5})] {
        let refused = store
            .call(Method::POST, "/customer_groups")
            .json(&body)
            .send();
        expect_error(refused.await.unwrap(), 400, Some("WRONG_PARAMETER")).await;
    }
}

#[tokio::test]
async fn general_cannot_be_renamed_or_deleted() {
    let store = TestStore::with_customers(0).await;
    let rename = store
        .call(Method::PUT, "/customer_groups/0")
        .json(&json!({"name": "Everyone"}))
        .send()
        .await
        .unwrap();
    expect_error(rename, 400, Some("WRONG_PARAMETER")).await;
    let delete = store
        .call(Method::DELETE, "/customer_groups/0")
        .send()
        .await
        .unwrap();
    expect_error(delete, 400, Some("WRONG_PARAMETER")).await;
    assert_eq!(
        store.sim.store().group(0).unwrap().name.as_deref(),
        Some("General")
    );
}

#[tokio::test]
async fn deleting_a_group_moves_its_customers_to_general_and_renaming_shows_on_them() {
    let store = TestStore::with_customers(300).await;
    let in_vip = |store: &TestStore| {
        store
            .sim
            .store()
            .list()
            .into_iter()
            .filter(|c| c.customer_group_id == Some(234_567))
            .filter_map(|c| c.id)
            .collect::<Vec<_>>()
    };
    let members = in_vip(&store);
    assert!(
        !members.is_empty(),
        "generated customers are spread over the groups"
    );
    ok(
        &store,
        Method::PUT,
        "/customer_groups/234567",
        Some(json!({"name": "Very Important"})),
    )
    .await;
    let customer = ok(
        &store,
        Method::GET,
        &format!("/customers/{}", members[0]),
        None,
    )
    .await;
    assert_eq!(customer["customerGroupName"], "Very Important");

    ok(&store, Method::DELETE, "/customer_groups/234567", None).await;
    assert!(in_vip(&store).is_empty());
    for id in members {
        let customer = ok(&store, Method::GET, &format!("/customers/{id}"), None).await;
        assert_eq!(customer["customerGroupId"], 0, "{customer}");
        assert_eq!(customer["customerGroupName"], "General", "{customer}");
    }
}

#[tokio::test]
async fn a_plan_without_customer_groups_answers_402_on_every_group_endpoint_only() {
    let store = TestStore::start(SimConfig {
        customers: 0,
        customer_groups_on_plan: false,
        ..SimConfig::default()
    })
    .await;
    for (method, path) in [
        (Method::GET, "/customer_groups"),
        (Method::POST, "/customer_groups"),
        (Method::GET, "/customer_groups/0"),
        (Method::PUT, "/customer_groups/123456"),
        (Method::DELETE, "/customer_groups/123456"),
    ] {
        let answer = store
            .call(method.clone(), path)
            .json(&json!({"name": "x"}))
            .send()
            .await
            .unwrap();
        let error = expect_error(answer, 402, Some("NOT_AVAILABLE_ON_CURRENT_PLAN")).await;
        assert!(
            error
                .error_message
                .unwrap()
                .contains("customer groups feature"),
            "{method} {path}"
        );
    }
    // The token is checked first; contacts and extra fields have no plan check.
    let wrong = store
        .http
        .get(store.url("/customer_groups"))
        .bearer_auth("nope");
    expect_error(wrong.send().await.unwrap(), 403, Some("INVALID_API_TOKEN")).await;
    let (status, _) = json(
        store
            .get("/store_extrafields/customers")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}
