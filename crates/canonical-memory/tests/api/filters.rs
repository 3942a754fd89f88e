//! Each filter of the list and the count, checked for what it must include and exclude, on a
//! store made for it.

use serde_json::{Value, json};

use crate::support::Api;

/// Five customers: ids 10, 20, 30, 40, 50, registered in another order (40, 10 and 30 in the
/// same second, 50, 20) and updated at other times still.
fn store() -> Vec<Value> {
    let customer =
        |id: &str, first: &str, last: &str, email: &str, created: &str, updated: &str| {
            json!({
                "id": id, "firstName": first, "lastName": last, "email": email,
                "phone": format!("+1 555 01{id}"),
                "dates": {"createdAt": created, "updatedAt": updated}
            })
        };
    vec![
        customer(
            "10",
            "Ana",
            "Okafor",
            "ana.okafor@example.com",
            "2024-01-02T10:00:00Z",
            "2024-03-01T00:00:00Z",
        ),
        customer(
            "20",
            "Bruno",
            "Łukasiewicz",
            "bruno@example.org",
            "2024-01-05T23:30:00-02:00",
            "2024-01-06T01:30:00Z",
        ),
        customer(
            "30",
            "Chloé",
            "Tanaka 東京",
            "CHLOE@Example.com",
            "2024-01-02T14:00:00+04:00",
            "2024-02-10T08:00:00Z",
        ),
        customer(
            "40",
            "Dmitri",
            "Okafor-Smith",
            "dmitri@example.com",
            "2024-01-02T10:00:00Z",
            "2024-01-02T10:00:00Z",
        ),
        customer(
            "50",
            "Eun-ji",
            "Kim",
            "eunji@example.net",
            "2024-01-03T00:00:00Z",
            "2024-01-04T12:00:00.5Z",
        ),
    ]
}

/// Ids `GET /customers` answers for `query`; `/count` must agree.
async fn selected(api: &Api, query: &[(&str, &str)]) -> Vec<String> {
    let ids = api.ids(query).await;
    let count = api.count(query).await.ok()["count"].as_u64().unwrap();
    assert_eq!(
        count as usize,
        ids.len(),
        "{query:?}: count {count}, list {ids:?}"
    );
    ids
}

#[tokio::test]
async fn without_filters_customers_come_oldest_first_ties_by_id() {
    let api = Api::with(store()).await;
    // 40 and 10 at 10:00Z, 30 at 10:00Z too (14:00+04:00), then 50, then 20 (01:30Z on the 6th).
    assert_eq!(selected(&api, &[]).await, ["10", "30", "40", "50", "20"]);
}

#[tokio::test]
async fn ids_selects_the_named_customers_ascending_by_id() {
    let api = Api::with(store()).await;
    assert_eq!(selected(&api, &[("ids", "50,10")]).await, ["10", "50"]);
    assert_eq!(selected(&api, &[("ids", "30")]).await, ["30"]);
    // An entry that names no customer matches nothing; spaces around entries are fine.
    assert_eq!(selected(&api, &[("ids", "20, 99,abc,")]).await, ["20"]);
    assert_eq!(selected(&api, &[("ids", "99")]).await, Vec::<String>::new());
    // Other filters narrow the named customers.
    assert_eq!(
        selected(&api, &[("ids", "10,40,50"), ("name", "okafor")]).await,
        ["10", "40"]
    );
}

#[tokio::test]
async fn since_id_selects_the_customers_after_the_cursor_ascending_by_id() {
    let api = Api::with(store()).await;
    assert_eq!(
        selected(&api, &[("sinceId", "10")]).await,
        ["20", "30", "40", "50"]
    );
    // The cursor need not name a customer.
    assert_eq!(selected(&api, &[("sinceId", "35")]).await, ["40", "50"]);
    assert_eq!(
        selected(&api, &[("sinceId", "0")]).await,
        ["10", "20", "30", "40", "50"]
    );
    // After the last, and past any id, nothing; a cursor that is no id names nothing.
    for cursor in ["50", "99999999999999999999999", "abc", "-1"] {
        assert_eq!(
            selected(&api, &[("sinceId", cursor)]).await,
            Vec::<String>::new(),
            "{cursor}"
        );
    }
    // Pages of a cursor walk: each page's last id is the next cursor.
    assert_eq!(
        api.ids(&[("sinceId", "10"), ("limit", "2")]).await,
        ["20", "30"]
    );
    assert_eq!(
        api.ids(&[("sinceId", "30"), ("limit", "2")]).await,
        ["40", "50"]
    );
}

#[tokio::test]
async fn created_at_bounds_are_inclusive_instants_in_any_offset() {
    let api = Api::with(store()).await;
    let from = |at| [("createdAt[from]", at)];
    let to = |at| [("createdAt[to]", at)];
    assert_eq!(
        selected(&api, &from("2024-01-03T00:00:00Z")).await,
        ["50", "20"]
    );
    assert_eq!(
        selected(&api, &from("2024-01-03T05:30:00+05:30")).await,
        ["50", "20"]
    );
    assert_eq!(
        selected(&api, &from("2024-01-03T00:00:00.000000001Z")).await,
        ["20"]
    );
    assert_eq!(
        selected(&api, &to("2024-01-02T10:00:00Z")).await,
        ["10", "30", "40"]
    );
    assert_eq!(
        selected(&api, &to("2024-01-02T09:59:59.999Z")).await,
        Vec::<String>::new()
    );
    // Both ends: a range.
    let range = [
        ("createdAt[from]", "2024-01-02T10:00:00.001Z"),
        ("createdAt[to]", "2024-01-06"),
    ];
    assert_eq!(selected(&api, &range).await, ["50", "20"]);
    // A date alone is its whole UTC day: 20 registered on the 6th at 01:30Z.
    assert_eq!(
        selected(&api, &to("2024-01-05")).await,
        ["10", "30", "40", "50"]
    );
    assert_eq!(selected(&api, &from("2024-01-06")).await, ["20"]);
}

#[tokio::test]
async fn updated_at_bounds_select_by_the_last_update() {
    let api = Api::with(store()).await;
    assert_eq!(
        selected(&api, &[("updatedAt[from]", "2024-02-10T08:00:00Z")]).await,
        ["10", "30"]
    );
    assert_eq!(
        selected(&api, &[("updatedAt[to]", "2024-01-04T12:00:00.5Z")]).await,
        ["40", "50"]
    );
    assert_eq!(
        selected(&api, &[("updatedAt[to]", "2024-01-04T12:00:00.4999Z")]).await,
        ["40"]
    );
    assert_eq!(
        selected(
            &api,
            &[
                ("updatedAt[from]", "2024-01-06"),
                ("updatedAt[to]", "2024-01-06")
            ]
        )
        .await,
        ["20"]
    );
}

#[tokio::test]
async fn name_matches_part_of_the_full_name_in_any_case() {
    let api = Api::with(store()).await;
    assert_eq!(selected(&api, &[("name", "okafor")]).await, ["10", "40"]);
    assert_eq!(selected(&api, &[("name", "Okafor-Smith")]).await, ["40"]);
    assert_eq!(selected(&api, &[("name", "ana okafor")]).await, ["10"]);
    assert_eq!(selected(&api, &[("name", "ŁUKASIEWICZ")]).await, ["20"]);
    assert_eq!(selected(&api, &[("name", "東京")]).await, ["30"]);
    // The name, not the email.
    assert_eq!(
        selected(&api, &[("name", "example")]).await,
        Vec::<String>::new()
    );
}

#[tokio::test]
async fn search_matches_part_of_the_name_email_or_phone() {
    let api = Api::with(store()).await;
    assert_eq!(selected(&api, &[("search", "example.org")]).await, ["20"]);
    assert_eq!(selected(&api, &[("search", "tanaka")]).await, ["30"]);
    assert_eq!(selected(&api, &[("search", "0150")]).await, ["50"]);
    assert_eq!(selected(&api, &[("search", "okafor")]).await, ["10", "40"]);
    assert_eq!(
        selected(&api, &[("search", "nobody")]).await,
        Vec::<String>::new()
    );
}

#[tokio::test]
async fn email_matches_the_whole_address_in_any_case() {
    let api = Api::with(store()).await;
    assert_eq!(
        selected(&api, &[("email", "chloe@example.com")]).await,
        ["30"]
    );
    assert_eq!(
        selected(&api, &[("email", "Ana.Okafor@Example.COM")]).await,
        ["10"]
    );
    // Part of an address is not the address.
    assert_eq!(
        selected(&api, &[("email", "example.com")]).await,
        Vec::<String>::new()
    );
    assert_eq!(
        selected(&api, &[("email", "ana")]).await,
        Vec::<String>::new()
    );
}

#[tokio::test]
async fn filters_combine_and_an_empty_value_is_no_filter() {
    let api = Api::with(store()).await;
    assert_eq!(
        selected(
            &api,
            &[("search", "example.com"), ("createdAt[to]", "2024-01-02")]
        )
        .await,
        ["10", "30", "40"]
    );
    assert_eq!(
        selected(&api, &[("search", "example.com"), ("sinceId", "10")]).await,
        ["30", "40"]
    );
    assert_eq!(
        selected(&api, &[("email", ""), ("name", "")]).await.len(),
        5
    );
    // Paging applies to the filtered customers.
    assert_eq!(
        api.ids(&[("name", "o"), ("limit", "2"), ("page", "2")])
            .await,
        ["40", "20"]
    );
}
