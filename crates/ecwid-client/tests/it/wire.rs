//! What the generated client actually sends: method, path, query, headers and body, captured by
//! a local HTTP server on 127.0.0.1.

use ecwid_client::{CustomerFilter, EcwidClient, ErrorKind, comma_list, types};
use serde_json::{Value, json};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "secret_wire_test_token";

async fn server_answering(body: Value) -> (MockServer, EcwidClient) {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let client = EcwidClient::new(format!("{}/api/v3", server.uri()), 1003, TOKEN.into()).unwrap();
    (server, client)
}

async fn only_request(server: &MockServer) -> wiremock::Request {
    let mut requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1, "exactly one request is sent");
    requests.remove(0)
}

fn query(request: &wiremock::Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// The value of `name` in the one request `server` received.
async fn sent(server: &MockServer, name: &str) -> Option<String> {
    query(&only_request(server).await)
        .into_iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value)
}

fn assert_bearer(request: &wiremock::Request) {
    assert_eq!(
        request.headers.get("authorization").unwrap(),
        &format!("Bearer {TOKEN}")
    );
}

#[tokio::test]
async fn search_sends_filters_lists_and_sort_as_ecwid_expects() {
    let (server, client) = server_answering(json!({"total": 0, "count": 0, "items": []})).await;
    let page = client
        .search_customers()
        .keyword("mary smith")
        .customer_group_ids(comma_list([1, 2]))
        .country_codes(comma_list(["GE", "US"]))
        .min_order_count(1)
        .max_sales_value(99.5)
        .accept_marketing(true)
        .created_from("2023-01-15 19:27:50")
        .sort_by(types::CustomerSortBy::RegisteredDateDesc)
        .offset(200)
        .limit(100)
        .response_fields("total,items(id,name,email)")
        .send()
        .await
        .unwrap();
    assert_eq!(page.total, Some(0));

    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(request.url.path(), "/api/v3/1003/customers");
    assert_bearer(&request);
    let mut sent = query(&request);
    sent.sort();
    let mut expected: Vec<(String, String)> = [
        ("acceptMarketing", "true"),
        ("countryCodes", "GE,US"),
        ("createdFrom", "2023-01-15 19:27:50"),
        ("customerGroupIds", "1,2"),
        ("keyword", "mary smith"),
        ("limit", "100"),
        ("maxSalesValue", "99.5"),
        ("minOrderCount", "1"),
        ("offset", "200"),
        ("responseFields", "total,items(id,name,email)"),
        ("sortBy", "REGISTERED_DATE_DESC"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    expected.sort();
    assert_eq!(sent, expected);
    // The list is one parameter, not `customerGroupIds=1&customerGroupIds=2`.
    assert!(
        request
            .url
            .query()
            .unwrap()
            .contains("customerGroupIds=1%2C2")
    );
}

/// Every `responseFields` shape Ecwid documents, and the nesting and spaces its grammar allows,
/// is sent as given, by the checked search and by the generated builder alike: no value Ecwid
/// accepts is refused before it leaves.
#[tokio::test]
async fn every_documented_response_fields_shape_is_sent_as_given() {
    for fields in [
        // https://api-docs.ecwid.com/reference/rest-api ("Response fields specification")
        "items(id,total)",
        // https://api-docs.ecwid.com/reference/search-customers
        "items(id,email,taxId)",
        // https://api-docs.ecwid.com/reference/get-order
        "id,email,items(price,sku,name)",
        // https://api-docs.ecwid.com/reference/get-store-profile
        "generalInfo(storeId,storeUrl),settings(storeName)",
        // https://docs.ecwid.com/api-reference/rest-api/customers/search-customers
        "total,items(id,name,email)",
        // Deeper than the examples, as Ecwid's own client writes them, and with spaces.
        "total,items(id,shippingAddresses(id,city),contacts(type))",
        "total, items(id, billingPerson(name))",
    ] {
        let (server, client) = server_answering(json!({"total": 0, "items": []})).await;
        let filter = CustomerFilter::default().with_response_fields(fields.to_owned());
        client
            .search(&filter, 0, 10)
            .await
            .unwrap_or_else(|e| panic!("{fields}: {e}"));
        assert_eq!(
            sent(&server, "responseFields").await.as_deref(),
            Some(fields)
        );

        let (server, client) = server_answering(json!({"total": 0, "items": []})).await;
        client
            .search_customers()
            .response_fields(fields)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{fields}: {e}"));
        assert_eq!(
            sent(&server, "responseFields").await.as_deref(),
            Some(fields)
        );
    }
}

/// A date the calendar does not have, or a `responseFields` that does not parse, never leaves
/// the client: the error names the parameter, the value and what is accepted.
#[tokio::test]
async fn a_filter_ecwid_would_refuse_is_not_sent() {
    let (server, client) = server_answering(json!({"total": 0, "items": []})).await;
    let leap_day = CustomerFilter::default().with_updated_to("2024-02-29 23:59:59");
    client.count(&leap_day).await.unwrap();
    for (filter, name) in [
        (
            CustomerFilter::default().with_updated_to("2023-02-29 23:59:59"),
            "updatedTo",
        ),
        (
            CustomerFilter::default().with_response_fields("total,items(id"),
            "responseFields",
        ),
    ] {
        let err = client.search(&filter, 0, 10).await.unwrap_err();
        match err.kind() {
            ErrorKind::InvalidParameter(p) => assert_eq!(p.name(), name),
            other => panic!("{other:?}"),
        }
        assert!(
            err.to_string()
                .starts_with(&format!("search_customers: Wrong parameter '{name}': "))
        );
        let Err(walk) = client.search_all(&filter).await else {
            panic!("the walk of {filter:?} must be refused");
        };
        assert!(
            matches!(walk.kind(), ErrorKind::InvalidParameter(_)),
            "{walk}"
        );
    }
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        1,
        "only the leap day was sent"
    );
}

#[tokio::test]
async fn optional_filters_left_out_are_not_sent() {
    let (server, client) = server_answering(json!({})).await;
    client.search_customers().send().await.unwrap();
    let request = only_request(&server).await;
    assert_eq!(request.url.query(), None);
}

#[tokio::test]
async fn get_update_delete_put_the_customer_id_in_the_path() {
    let (server, client) =
        server_answering(json!({"id": 42, "updateCount": 1, "deleteCount": 1})).await;
    let customer = client.get_customer(42).send().await.unwrap();
    assert_eq!(customer.id, Some(42));
    let update = types::CustomerUpdateRequest {
        private_admin_notes: Some("VIP".into()),
        ..Default::default()
    };
    let updated = client
        .update_customer(42)
        .body(update)
        .send()
        .await
        .unwrap();
    assert_eq!(updated.update_count, Some(1));
    let deleted = client.delete_customer(42).send().await.unwrap();
    assert_eq!(deleted.delete_count, Some(1));

    let requests = server.received_requests().await.unwrap();
    let seen: Vec<_> = requests
        .iter()
        .map(|r| (r.method.as_str().to_owned(), r.url.path().to_owned()))
        .collect();
    assert_eq!(
        seen,
        [
            ("GET".to_owned(), "/api/v3/1003/customers/42".to_owned()),
            ("PUT".to_owned(), "/api/v3/1003/customers/42".to_owned()),
            ("DELETE".to_owned(), "/api/v3/1003/customers/42".to_owned()),
        ]
    );
    requests.iter().for_each(assert_bearer);
    let put = &requests[1];
    assert_eq!(put.headers.get("content-type").unwrap(), "application/json");
    // A partial update carries only what was set.
    let body: Value = serde_json::from_slice(&put.body).unwrap();
    assert_eq!(body, json!({"privateAdminNotes": "VIP"}));
}

#[tokio::test]
async fn create_posts_the_json_body() {
    let (server, client) = server_answering(json!({"id": 277137634})).await;
    let body = types::CustomerCreateRequest {
        email: "mary@example.com".into(),
        billing_person: Some(types::BillingPerson {
            name: Some("Mary Ann Smith".into()),
            street: Some("1 Main St\nApt 2".into()),
            ..Default::default()
        }),
        ..serde_json::from_value(json!({"email": "x"})).unwrap()
    };
    let created = client.create_customer().body(body).send().await.unwrap();
    assert_eq!(created.id, Some(277137634));

    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.url.path(), "/api/v3/1003/customers");
    assert_bearer(&request);
    let sent: Value = serde_json::from_slice(&request.body).unwrap();
    assert_eq!(
        sent,
        json!({
            "email": "mary@example.com",
            "billingPerson": {"name": "Mary Ann Smith", "street": "1 Main St\nApt 2"}
        })
    );
}

#[tokio::test]
async fn deleted_history_uses_ecwid_snake_case_dates() {
    let (server, client) = server_answering(json!({"total": 0, "items": []})).await;
    client
        .search_deleted_customers()
        .from_date("2024-01-01")
        .to_date("1447804800")
        .send()
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/api/v3/1003/customers/deleted");
    let mut sent = query(&request);
    sent.sort();
    assert_eq!(
        sent,
        [
            ("from_date".to_owned(), "2024-01-01".to_owned()),
            ("to_date".to_owned(), "1447804800".to_owned())
        ]
    );
}

#[tokio::test]
async fn an_ecwid_error_body_comes_back_typed_with_its_status() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({
            "errorMessage": "Invalid token", "errorCode": "INVALID_API_TOKEN"
        })))
        .mount(&server)
        .await;
    let client = EcwidClient::new(server.uri(), 1003, TOKEN.into()).unwrap();
    let err = client.get_customer(1).send().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    match err {
        ecwid_client::GeneratedError::ErrorResponse(body) => {
            assert_eq!(body.error_code.as_deref(), Some("INVALID_API_TOKEN"));
        }
        other => panic!("expected a typed error, got {other:?}"),
    }
}
