//! The canonical result for every customer of the spec's examples (Ecwid's documented ones) and
//! for edge cases, as reviewed snapshots.

use ecwid_mapping::{ecwid_json_to_canonical, ecwid_json_to_canonical_json};
use insta::assert_json_snapshot;
use serde_json::{Value, json};
use spec_examples::{ECWID, Spec};

/// The canonical customer, checking on the way that the one-pass JSON path writes the same
/// bytes as the typed one (the snapshots pin both).
fn canonical(ecwid: Value) -> ecartapi_client::types::Customer {
    let text = ecwid.to_string();
    let typed = ecwid_json_to_canonical(&text).unwrap();
    let json = ecwid_json_to_canonical_json(&text).unwrap();
    assert_eq!(json.as_str(), serde_json::to_string(&typed).unwrap());
    typed
}

#[test]
fn the_customers_of_the_search_example() {
    let page = Spec::load(ECWID).example(
        "/{storeId}/customers",
        "get",
        "responses/200",
        "twoCustomers",
    );
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_json_snapshot!("search_example_support_team", canonical(items[0].clone()));
    assert_json_snapshot!("search_example_test_georgia", canonical(items[1].clone()));
}

#[test]
fn the_customers_of_the_other_examples() {
    let spec = Spec::load(ECWID);
    let get = spec.examples("/{storeId}/customers/{customerId}", "get", "responses/200");
    for (name, customer) in get {
        assert_json_snapshot!(format!("get_example_{name}"), canonical(customer));
    }
    // The responseFields example keeps only id, name and email.
    let stripped = spec.examples("/{storeId}/customers", "get", "responses/200");
    let (_, small) = stripped.iter().find(|(n, _)| n != "twoCustomers").unwrap();
    let converted: Vec<_> = small["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| canonical(c.clone()))
        .collect();
    assert_json_snapshot!("response_fields_example", converted);
}

#[test]
fn names() {
    assert_json_snapshot!(
        "name_multi_word",
        canonical(json!({"id": 1, "name": "Mary Ann  Smith"}))
    );
    assert_json_snapshot!(
        "name_one_word",
        canonical(json!({"id": 2, "billingPerson": {"name": "Cher"}}))
    );
    assert_json_snapshot!(
        "name_first_last_present",
        canonical(
            json!({"id": 3, "name": "ignored", "billingPerson": {"name": "Also Ignored", "firstName": " Mary Ann ", "lastName": "Smith"}})
        )
    );
    assert_json_snapshot!(
        "name_unicode",
        canonical(json!({"id": 4, "name": "Zoë 山田\u{3000}太郎", "email": "zoë@exämple.org"}))
    );
}

#[test]
fn addresses() {
    assert_json_snapshot!(
        "billing_two_line_street_offset",
        canonical(json!({
            "id": 10,
            "registered": "2014-06-06 18:57:19 +0400",
            "updated": "2024-01-01 00:00:00 -0530",
            "billingPerson": {
                "name": "Ana Lima", "street": "Rua A, 1\nApto 2\nBloco C", "city": "São Paulo",
                "countryCode": "br", "countryName": "Brazil", "postalCode": "01000-000",
                "stateOrProvinceCode": "SP", "stateOrProvinceName": "São Paulo", "phone": "+55 11 5555"
            }
        }))
    );
    assert_json_snapshot!(
        "shipping_several_second_default",
        canonical(json!({
            "id": 11,
            "name": "Ana Lima",
            "shippingAddresses": [
                {"id": 1, "name": "Ana", "street": "A", "countryCode": "US", "defaultAddress": false},
                {"id": 2, "name": "Bo Lima", "street": "B", "countryCode": "XX", "countryName": "Atlantis", "defaultAddress": true, "note": "Ring twice"},
                {"id": 3, "name": "", "street": "C", "defaultAddress": true}
            ]
        }))
    );
    assert_json_snapshot!(
        "shipping_several_none_default",
        canonical(json!({
            "id": 12,
            "shippingAddresses": [{"id": 1, "city": "Oslo", "countryCode": "NO"}, {"id": 2, "city": "Bergen"}]
        }))
    );
}

#[test]
fn blanks_nulls_unknowns() {
    assert_json_snapshot!(
        "empty_strings_and_nulls",
        canonical(json!({
            "id": 20, "email": "  ", "name": "", "privateAdminNotes": null, "registered": "",
            "billingPerson": {"name": " ", "street": "", "city": "  ", "phone": null},
            "shippingAddresses": null, "contacts": null
        }))
    );
    assert_json_snapshot!(
        "unknown_contact_types_and_fields",
        canonical(json!({
            "id": 21, "name": "Kai",
            "futureField": {"x": 1},
            "contacts": [
                {"type": "MASTODON", "contact": "@kai@example.social", "default": true},
                {"type": "PHONE", "contact": "111", "default": false},
                {"type": "PHONE", "contact": "222", "default": true}
            ]
        }))
    );
    assert_json_snapshot!(
        "phone_first_phone_contact_when_none_default",
        canonical(
            json!({"id": 22, "contacts": [{"type": "EMAIL", "contact": "a@b.c"}, {"type": "PHONE", "contact": " 333 "}, {"type": "PHONE", "contact": "444"}]})
        )
    );
}

/// A customer with a group and contacts of several types: only the default PHONE contact's
/// number reaches the canonical customer (see "Customer groups and contacts" in
/// `docs/mapping.md`); the group, the other contacts and their notes and handles do not.
#[test]
fn contacts_and_group() {
    assert_json_snapshot!(
        "contacts_several_types_and_a_group",
        canonical(json!({
            "id": 7,
            "email": "mary@example.com",
            "name": "Mary Smith",
            "customerGroupId": 123456,
            "customerGroupName": "Wholesale",
            "contacts": [
                {"id": 1, "contact": "mary@example.com", "type": "EMAIL", "default": true},
                {"id": 2, "contact": "+995 555 000 001", "type": "PHONE"},
                {"id": 3, "contact": "+995 555 000 002", "type": "PHONE", "default": true,
                 "note": "evenings"},
                {"id": 4, "contact": "https://t.me/marysmith", "handle": "marysmith",
                 "type": "TELEGRAM"},
                {"id": 5, "contact": "+995 555 000 003", "type": "WHATSAPP", "default": true},
                {"id": 6, "contact": "+995 555 000 004", "type": "VIBER"}
            ]
        }))
    );
}
