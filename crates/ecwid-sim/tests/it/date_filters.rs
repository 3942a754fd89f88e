//! Ecwid's date filters as the client and the store read them: a value one accepts the other
//! accepts, and a value both refuse is refused with the same message.

use ecwid_client::{CustomerFilter, ErrorKind};
use reqwest::StatusCode;

use crate::support::{TestStore, json};

/// `createdFrom=value` straight to the store: its status and `errorMessage`.
async fn store_answer(store: &TestStore, value: &str) -> (StatusCode, Option<String>) {
    let (status, body) = json(
        store
            .get("/customers")
            .query(&[("createdFrom", value), ("responseFields", "total")])
            .send()
            .await
            .unwrap(),
    )
    .await;
    let message = body["errorMessage"].as_str().map(str::to_owned);
    (status, message)
}

fn created_from(value: &str) -> CustomerFilter {
    CustomerFilter::default().with_created_from(value.to_owned())
}

#[tokio::test]
async fn a_leap_day_filters_in_every_shape() {
    let store = TestStore::with_customers(20).await;
    let ecwid = store.client();
    let all = ecwid.count(&CustomerFilter::default()).await.unwrap();
    for value in [
        "2024-02-29",
        "2024-02-29 10:00:00",
        "2024-02-29 10:00:00 +0000",
        "2000-02-29 23:59:59 -0530",
        "1709164800",
    ] {
        let count = ecwid
            .count(&created_from(value))
            .await
            .unwrap_or_else(|e| panic!("{value}: {e}"));
        assert!(count <= all, "{value}");
        assert_eq!(
            store_answer(&store, value).await.0,
            StatusCode::OK,
            "{value}"
        );
    }
}

#[tokio::test]
async fn a_day_that_does_not_exist_is_refused_with_the_stores_message() {
    let store = TestStore::with_customers(0).await;
    let ecwid = store.client();
    for value in [
        "2023-02-29",
        "2100-02-29",
        "2024-04-31",
        "2024-13-01",
        "2024-02-30 10:00:00",
        "2024-06-31 10:00:00 +0000",
        "yesterday",
    ] {
        let (status, message) = store_answer(&store, value).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{value}");
        let message = message.expect("an errorMessage");
        let err = ecwid.count(&created_from(value)).await.unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::InvalidParameter(p) if p.name() == "createdFrom"),
            "{value}: {err:?}"
        );
        // The client says what the store says: the parameter, the value and the shapes.
        assert_eq!(err.to_string(), format!("search_customers: {message}"));
        assert!(message.contains(&format!("'{value}'")), "{message}");
        assert!(message.contains("yyyy-MM-dd HH:mm:ss Z"), "{message}");
        assert!(!message.contains("SearchCustomers"), "{message}");
    }
}
