//! One bad record never loses the others.

use ecwid_mapping::search_result_to_canonical;
use serde_json::json;

#[test]
fn a_page_with_bad_customers_keeps_every_good_one() {
    let page: ecwid_client::types::CustomersSearchResult = serde_json::from_value(json!({
        "total": 4,
        "items": [
            {"id": 1, "name": "Good One"},
            {"id": 2, "updated": "not a date"},
            {"name": "no id"},
            {"id": 4, "name": "Good Four"}
        ]
    }))
    .unwrap();
    let batch = search_result_to_canonical(&page);
    let ids: Vec<_> = batch.customers.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["1", "4"]);
    assert!(!batch.is_complete());
    let failures: Vec<_> = batch.failures.iter().map(ToString::to_string).collect();
    assert_eq!(failures.len(), 2);
    assert!(
        failures[0].starts_with("customer 2: updated: unparseable date"),
        "{failures:?}"
    );
    assert_eq!(failures[1], "items[2].id: missing customer id");
}

#[test]
fn an_empty_or_stripped_page_is_an_empty_batch() {
    let page = ecwid_client::types::CustomersSearchResult::default();
    let batch = search_result_to_canonical(&page);
    assert!(batch.customers.is_empty() && batch.is_complete());
}

#[test]
fn a_page_as_text_keeps_every_good_customer_even_next_to_a_wrong_type() {
    let page = r#"{"total": 4, "count": 4, "items": [
        {"id": 1, "name": "Good One"},
        {"id": 2, "shippingAddresses": [{"id": "not a number"}]},
        [3],
        {"id": 4, "name": "Good Four", "registered": "2024-08-21 07:52:09 +0000"}
    ]}"#;
    let batch = ecwid_mapping::search_result_json_to_canonical(page).unwrap();
    let ids: Vec<_> = batch.customers.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["1", "4"]);
    let failures: Vec<_> = batch.failures.iter().map(ToString::to_string).collect();
    insta::assert_debug_snapshot!(failures, @r#"
    [
        "customer 2: shippingAddresses[0].id: invalid type: string \"not a number\", expected i64 at line 1 column 53",
        "items[2]: expected a JSON object, found an array",
    ]
    "#);
}

#[test]
fn a_page_that_is_not_an_object_fails_as_a_whole() {
    let err = ecwid_mapping::search_result_json_to_canonical(r#"{"items": 3}"#).unwrap_err();
    insta::assert_snapshot!(err, @"items: invalid type: integer `3`, expected a sequence at line 1 column 11");
}
