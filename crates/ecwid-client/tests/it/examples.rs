//! Every example of the spec (taken from Ecwid's REST API reference) deserializes into the
//! generated types and serializes back without losing a field the spec defines.

use ecwid_client::types;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use spec_examples::{ECWID, Spec, same_json};

fn round_trips<T: DeserializeOwned + Serialize>(path: &str, method: &str, part: &str) -> usize {
    let pointer = format!("{method} {path} {part}");
    let examples = Spec::load(ECWID).examples(path, method, part);
    assert!(!examples.is_empty());
    for (name, value) in &examples {
        let typed: T = serde_json::from_value(value.clone())
            .unwrap_or_else(|err| panic!("example {name} at {pointer}: {err}"));
        let back = serde_json::to_value(&typed).unwrap();
        assert!(
            same_json(value, &back),
            "example {name} at {pointer} changed:\n{value:#}\n->\n{back:#}"
        );
    }
    examples.len()
}

#[test]
fn search_responses_round_trip() {
    let n =
        round_trips::<types::CustomersSearchResult>("/{storeId}/customers", "get", "responses/200");
    assert!(n >= 2, "the full search and the responseFields example");
}

#[test]
fn the_full_search_example_has_both_customers_with_every_field() {
    let examples = Spec::load(ECWID).examples("/{storeId}/customers", "get", "responses/200");
    let (_, full) = examples
        .iter()
        .find(|(_, v)| {
            v["items"].as_array().is_some_and(|i| i.len() == 2) && v.get("count").is_some()
        })
        .expect("the search response of Ecwid's \"Search customers\" reference");
    let page: types::CustomersSearchResult = serde_json::from_value(full.clone()).unwrap();
    assert_eq!(page.total, Some(2));
    assert_eq!(page.all_customer_count, Some(2));
    let items = page.items.as_deref().unwrap();
    let ids: Vec<_> = items.iter().map(|c| c.id).collect();
    assert_eq!(ids, [Some(177737165), Some(277137633)]);
    let second = &items[1];
    let address = &second.shipping_addresses.as_deref().unwrap()[0];
    assert_eq!(address.id, Some(193416515));
    assert_eq!(address.default_address, Some(true));
    assert_eq!(
        address.created_date.as_deref(),
        Some("2024-08-21 07:52:09 +0000")
    );
    assert_eq!(
        address.address_formatted.as_deref(),
        Some("test, test, test Tbilisi, Georgia")
    );
    let contacts = second.contacts.as_deref().unwrap();
    assert_eq!(contacts[0].type_, Some(ecwid_client::ContactType::Phone));
    assert_eq!(contacts[0].default, Some(true));
    assert_eq!(second.stats.as_ref().unwrap().sales_value, Some(97.0));
    let first = &items[0];
    assert_eq!(
        first.shipping_addresses.as_deref(),
        Some(&[][..]),
        "an empty list stays a list"
    );
    let billing = first.billing_person.as_ref().unwrap();
    assert_eq!(billing.first_name.as_deref(), Some("Support"));
    assert_eq!(billing.last_name.as_deref(), Some("team"));
    assert_eq!(first.private_admin_notes.as_deref(), Some(""));
}

#[test]
fn get_create_update_delete_and_deleted_examples_round_trip() {
    round_trips::<types::Customer>("/{storeId}/customers/{customerId}", "get", "responses/200");
    round_trips::<types::CustomerCreateRequest>("/{storeId}/customers", "post", "requestBody");
    round_trips::<types::CustomerCreateResult>("/{storeId}/customers", "post", "responses/200");
    round_trips::<types::CustomerUpdateRequest>(
        "/{storeId}/customers/{customerId}",
        "put",
        "requestBody",
    );
    round_trips::<types::CustomerUpdateResult>(
        "/{storeId}/customers/{customerId}",
        "put",
        "responses/200",
    );
    round_trips::<types::CustomerDeleteResult>(
        "/{storeId}/customers/{customerId}",
        "delete",
        "responses/200",
    );
    round_trips::<types::DeletedCustomersSearchResult>(
        "/{storeId}/customers/deleted",
        "get",
        "responses/200",
    );
}

#[test]
fn unknown_fields_and_contact_types_do_not_break_deserialization() {
    let customer: types::Customer = serde_json::from_value(serde_json::json!({
        "id": 1,
        "brandNewField": {"nested": [1, 2]},
        "contacts": [{"id": 5, "type": "MASTODON", "contact": "@a@b.c"}],
        "billingPerson": {"name": "A", "futureField": true}
    }))
    .unwrap();
    assert_eq!(
        customer.contacts.as_ref().unwrap()[0].type_,
        Some(ecwid_client::ContactType::Unknown("MASTODON".into()))
    );
    let back = serde_json::to_value(&customer).unwrap();
    assert_eq!(back["contacts"][0]["type"], Value::from("MASTODON"));
}

#[test]
fn null_arrays_read_as_absent() {
    let customer: types::Customer =
        serde_json::from_str(r#"{"id": 1, "contacts": null, "shippingAddresses": []}"#).unwrap();
    assert_eq!(customer.contacts, None);
    assert_eq!(customer.shipping_addresses, Some(vec![]));
}

#[test]
fn a_wrong_type_names_the_field() {
    let err = serde_json::from_str::<types::Customer>(r#"{"id": "not a number"}"#).unwrap_err();
    assert!(err.to_string().contains("invalid type: string"), "{err}");
    assert_eq!((err.line(), err.column()), (1, 21));
}
