//! What the generated canonical client sends, captured by a local server on 127.0.0.1.

use ecartapi_client::{EcartClient, types};
use serde_json::{Value, json};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "ecart_TOPSECRET_key";

async fn server_answering(status: u16, body: Value) -> (MockServer, EcartClient) {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(&server)
        .await;
    let client = EcartClient::new(server.uri(), KEY.into()).unwrap();
    (server, client)
}

async fn requests(server: &MockServer) -> Vec<wiremock::Request> {
    server.received_requests().await.unwrap()
}

fn sorted_query(request: &wiremock::Request) -> Vec<(String, String)> {
    let mut pairs: Vec<_> = request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    pairs.sort();
    pairs
}

#[tokio::test]
async fn list_sends_bracketed_date_filters_and_the_bearer_key() {
    let (server, client) = server_answering(200, json!({"success": true, "customers": []})).await;
    let from: chrono::DateTime<chrono::FixedOffset> = "2024-01-01T00:00:00+02:00".parse().unwrap();
    let page = client
        .raw()
        .list_customers()
        .limit(50)
        .page(2)
        .ids("1,2")
        .created_at_from(from)
        .email("mary@example.com")
        .send()
        .await
        .unwrap();
    assert!(page.success);

    let sent = &requests(&server).await[0];
    assert_eq!(sent.method.as_str(), "GET");
    assert_eq!(sent.url.path(), "/api/v2/customers");
    assert_eq!(
        sent.headers.get("authorization").unwrap(),
        &format!("Bearer {KEY}")
    );
    let expected: Vec<(String, String)> = [
        ("createdAt[from]", "2024-01-01T00:00:00+02:00"),
        ("email", "mary@example.com"),
        ("ids", "1,2"),
        ("limit", "50"),
        ("page", "2"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    assert_eq!(sorted_query(sent), expected);
}

#[tokio::test]
async fn every_operation_hits_its_path() {
    let (server, client) = server_answering(
        200,
        json!({"success": true, "customer": {"id": "7"}, "count": 3, "customers": [], "orders": [], "id": "7"}),
    )
    .await;
    client.raw().count_customers().send().await.unwrap();
    client.raw().get_customer().id("7").send().await.unwrap();
    let create = types::CustomerCreateRequest {
        customer: serde_json::from_value(json!({"firstName": "Mary", "lastName": "Smith"}))
            .unwrap(),
    };
    client
        .raw()
        .create_customer()
        .body(create)
        .send()
        .await
        .unwrap();
    let update = types::CustomerUpdateRequest {
        customer: serde_json::from_value(json!({"note": "VIP"})).unwrap(),
    };
    client
        .raw()
        .update_customer()
        .id("7")
        .body(update)
        .send()
        .await
        .unwrap();
    client.raw().delete_customer().id("7").send().await.unwrap();
    client
        .raw()
        .list_customer_orders()
        .id("7")
        .send()
        .await
        .unwrap();

    let seen: Vec<_> = requests(&server)
        .await
        .iter()
        .map(|r| format!("{} {}", r.method, r.url.path()))
        .collect();
    assert_eq!(
        seen,
        [
            "GET /api/v2/customers/count",
            "GET /api/v2/customers/7",
            "POST /api/v2/customers",
            "PUT /api/v2/customers/7",
            "DELETE /api/v2/customers/7",
            "GET /api/v2/customers/7/orders",
        ]
    );
    let bodies: Vec<Value> = requests(&server)
        .await
        .iter()
        .filter(|r| !r.body.is_empty())
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect();
    assert_eq!(
        bodies,
        [
            json!({"customer": {"firstName": "Mary", "lastName": "Smith"}}),
            json!({"customer": {"note": "VIP"}})
        ]
    );
}

#[tokio::test]
async fn the_canonical_error_body_comes_back_typed() {
    let (_server, client) = server_answering(
        400,
        json!({"success": false, "message": "The resource is not available for this ecommerce", "code": "RESOURCE_NOT_AVAILABLE"}),
    )
    .await;
    let err = client
        .raw()
        .list_customer_orders()
        .id("7")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    match err {
        ecartapi_client::GeneratedError::ErrorResponse(body) => {
            assert_eq!(
                body.message,
                "The resource is not available for this ecommerce"
            );
            assert!(!body.success);
        }
        other => panic!("expected a typed error, got {other:?}"),
    }
}

#[test]
fn debug_hides_the_key() {
    let client = EcartClient::new("https://api.ecartapi.com", KEY.into()).unwrap();
    let shown = format!("{client:?} {client:#?} {:?}", client.raw());
    assert!(!shown.contains("TOPSECRET"), "{shown}");
    let err = EcartClient::new("https://api.ecartapi.com", "bad\nTOPSECRET".into()).unwrap_err();
    assert!(!format!("{err} {err:?}").contains("TOPSECRET"));
}
