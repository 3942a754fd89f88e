//! The generated Ecwid client (progenitor, from the spec) reads every answer of the sim.

use axum::body::Body;
use axum::http::Request;
use ecwid_client::types::{CustomerCreateRequest, CustomerSortBy, CustomerUpdateRequest};
use ecwid_client::{GeneratedError, comma_list};
use ecwid_sim::{Sim, SimConfig};
use tower::ServiceExt;

use crate::support::{STORE, TOKEN, TestStore};

#[tokio::test]
async fn every_operation_round_trips_through_the_generated_client() {
    let store = TestStore::with_customers(120).await;
    let ecwid = store.client();

    let page = ecwid
        .search_customers()
        .customer_group_ids(comma_list([0, 123_456]))
        .sort_by(CustomerSortBy::RegisteredDateDesc)
        .limit(50)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(page.count, Some(50));
    assert!(page.total.unwrap() > 50);

    let mut seen = 0;
    let mut offset = 0;
    loop {
        let page = ecwid
            .search_customers()
            .offset(offset)
            .send()
            .await
            .unwrap()
            .into_inner();
        let count = page.count.unwrap();
        seen += page.items.unwrap().len() as i64;
        offset += count;
        if offset >= page.total.unwrap() {
            break;
        }
    }
    assert_eq!(seen, 122);

    let body: CustomerCreateRequest = serde_json::from_value(serde_json::json!({
        "email": "taras.shevchenko@ukr.net",
        "billingPerson": {"name": "Тарас Шевченко", "countryCode": "UA"},
        "password": "hunter2"
    }))
    .unwrap();
    let id = ecwid
        .create_customer()
        .body(body)
        .send()
        .await
        .unwrap()
        .into_inner()
        .id
        .unwrap();
    let customer = ecwid.get_customer(id).send().await.unwrap().into_inner();
    assert_eq!(customer.name.as_deref(), Some("Тарас Шевченко"));

    let update = CustomerUpdateRequest {
        lang: Some("uk".into()),
        ..CustomerUpdateRequest::default()
    };
    let updated = ecwid
        .update_customer(id)
        .body(update)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(updated.update_count, Some(1));
    assert_eq!(
        ecwid
            .get_customer(id)
            .send()
            .await
            .unwrap()
            .into_inner()
            .lang
            .as_deref(),
        Some("uk")
    );

    let deleted = ecwid.delete_customer(id).send().await.unwrap().into_inner();
    assert_eq!(deleted.delete_count, Some(1));
    let history = ecwid
        .search_deleted_customers()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(history.items.unwrap().iter().any(|d| d.id == Some(id)));

    match ecwid.get_customer(id).send().await {
        Err(GeneratedError::ErrorResponse(error)) => {
            assert_eq!(error.status().as_u16(), 404);
            assert_eq!(
                error.into_inner().error_message,
                Some(format!("Customer #{id} not found"))
            );
        }
        other => panic!("expected a typed 404, got {other:?}"),
    }
    let wrong_store = ecwid
        .raw()
        .search_customers()
        .store_id(STORE + 1)
        .send()
        .await;
    match wrong_store {
        Err(GeneratedError::ErrorResponse(error)) => {
            assert_eq!(
                error.into_inner().error_code.as_deref(),
                Some("STORE_NOT_FOUND")
            );
        }
        other => panic!("expected a typed 404, got {other:?}"),
    }
}

#[tokio::test]
async fn the_router_serves_in_process_without_a_socket() {
    let sim = Sim::new(SimConfig {
        customers: 3,
        ..SimConfig::default()
    });
    let request = Request::get(format!("/api/v3/{STORE}/customers?responseFields=total"))
        .header("authorization", format!("Bearer {TOKEN}"))
        .body(Body::empty())
        .unwrap();
    let response = sim.router().oneshot(request).await.unwrap();
    assert_eq!(response.status(), 200);
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    assert_eq!(&bytes[..], br#"{"total":5}"#);
    assert_eq!(sim.request_count(), 1);
}
