//! The text of every error, pinned.

use ecwid_mapping::{
    MappingErrorKind, canonical_to_ecwid_create, canonical_to_ecwid_customer,
    ecwid_json_to_canonical,
};
use insta::assert_snapshot;
use serde_json::json;

fn canonical(value: serde_json::Value) -> ecartapi_client::types::Customer {
    serde_json::from_value(value).unwrap()
}

#[test]
fn unparseable_date() {
    let err = ecwid_json_to_canonical(r#"{"id": 277137633, "registered": "2024-08-21T07:52:09Z"}"#)
        .unwrap_err();
    assert_snapshot!(err, @r#"customer 277137633: registered: unparseable date "2024-08-21T07:52:09Z" (expected yyyy-MM-dd HH:mm:ss Z, e.g. 2021-12-21 06:05:58 +0000)"#);
    assert!(
        std::error::Error::source(&err).is_some(),
        "the chrono error is kept"
    );
}

#[test]
fn wrong_type_names_the_json_path() {
    let err =
        ecwid_json_to_canonical(r#"{"id": 5, "shippingAddresses": [{"id": 1}, {"id": "x"}]}"#)
            .unwrap_err();
    assert_snapshot!(err, @r#"customer 5: shippingAddresses[1].id: invalid type: string "x", expected i64 at line 1 column 53"#);
    assert!(matches!(err.kind(), MappingErrorKind::Json(_)));
}

#[test]
fn not_json() {
    let err = ecwid_json_to_canonical("{\"id\": 1,").unwrap_err();
    assert_snapshot!(err, @"$: EOF while parsing a value at line 1 column 9");
    let err = ecwid_json_to_canonical("{\"id\": 1} trailing").unwrap_err();
    assert_snapshot!(err, @"$: trailing characters at line 1 column 11");
    let err = ecwid_json_to_canonical(r#"{"id": 1, "billingPerson": {"name": "A", "city": "#)
        .unwrap_err();
    assert_snapshot!(err, @"billingPerson.city: EOF while parsing a value at line 1 column 49");
    let err = ecwid_json_to_canonical("nope").unwrap_err();
    assert_snapshot!(err, @"$: expected ident at line 1 column 2");
    let err = ecwid_json_to_canonical("[1]").unwrap_err();
    assert_snapshot!(err, @"$: expected a JSON object, found an array");
}

#[test]
fn missing_customer_id() {
    let err = ecwid_json_to_canonical(r#"{"name": "No Id"}"#).unwrap_err();
    assert_snapshot!(err, @"id: missing customer id");
}

#[test]
fn non_numeric_ids_towards_ecwid() {
    let err = canonical_to_ecwid_customer(&canonical(json!({"id": "abc"}))).unwrap_err();
    assert_snapshot!(err, @r#"customer abc: id: "abc" is not an integer id"#);
    let err = canonical_to_ecwid_customer(&canonical(json!({
        "id": "7", "addresses": [{"id": "1"}, {"id": "home"}]
    })))
    .unwrap_err();
    assert_snapshot!(err, @r#"customer 7: addresses[1].id: "home" is not an integer id"#);
}

#[test]
fn create_without_email() {
    let err =
        canonical_to_ecwid_create(&canonical(json!({"id": "7", "firstName": "A"}))).unwrap_err();
    assert_snapshot!(err, @"email: missing email (Ecwid requires one)");
}
