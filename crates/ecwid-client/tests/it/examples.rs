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

/// Checks one body's examples against a generated type; answers how many there were.
type Check = fn(&str, &str, &str) -> usize;

/// Every JSON body of the spec with the generated type its examples must round-trip through.
const BODIES: &[(&str, &str, &str, Check)] = {
    use types::*;
    const CUSTOMERS: &str = "/{storeId}/customers";
    const CUSTOMER: &str = "/{storeId}/customers/{customerId}";
    const DELETED: &str = "/{storeId}/customers/deleted";
    const GROUPS: &str = "/{storeId}/customer_groups";
    const GROUP: &str = "/{storeId}/customer_groups/{groupId}";
    const CONTACTS: &str = "/{storeId}/customers/{customerId}/contacts";
    const CONTACT: &str = "/{storeId}/customers/{customerId}/contacts/{contactId}";
    const FIELDS: &str = "/{storeId}/store_extrafields/customers";
    const FIELD: &str = "/{storeId}/store_extrafields/customers/{extrafield_key}";
    const OK: &str = "responses/200";
    const BODY: &str = "requestBody";
    &[
        (CUSTOMERS, "get", OK, round_trips::<CustomersSearchResult>),
        (
            CUSTOMERS,
            "post",
            BODY,
            round_trips::<CustomerCreateRequest>,
        ),
        (CUSTOMERS, "post", OK, round_trips::<CustomerCreateResult>),
        (CUSTOMER, "get", OK, round_trips::<Customer>),
        (CUSTOMER, "put", BODY, round_trips::<CustomerUpdateRequest>),
        (CUSTOMER, "put", OK, round_trips::<UpdateResult>),
        (CUSTOMER, "delete", OK, round_trips::<DeleteResult>),
        (
            DELETED,
            "get",
            OK,
            round_trips::<DeletedCustomersSearchResult>,
        ),
        (GROUPS, "get", OK, round_trips::<CustomerGroupsSearchResult>),
        (
            GROUPS,
            "post",
            BODY,
            round_trips::<CustomerGroupCreateRequest>,
        ),
        (GROUPS, "post", OK, round_trips::<CustomerGroupCreateResult>),
        (GROUP, "get", OK, round_trips::<CustomerGroup>),
        (
            GROUP,
            "put",
            BODY,
            round_trips::<CustomerGroupUpdateRequest>,
        ),
        (GROUP, "put", OK, round_trips::<UpdateResult>),
        (GROUP, "delete", OK, round_trips::<DeleteResult>),
        (CONTACTS, "get", OK, round_trips::<ContactsSearchResult>),
        (CONTACTS, "post", BODY, round_trips::<ContactCreateRequest>),
        (CONTACTS, "post", OK, round_trips::<CreateCountResult>),
        (CONTACT, "get", OK, round_trips::<Contact>),
        (CONTACT, "put", BODY, round_trips::<ContactUpdateRequest>),
        (CONTACT, "put", OK, round_trips::<UpdateResult>),
        (CONTACT, "delete", OK, round_trips::<DeleteResult>),
        (
            FIELDS,
            "get",
            OK,
            round_trips::<CustomerExtraFieldDefinitionsResult>,
        ),
        (
            FIELDS,
            "post",
            BODY,
            round_trips::<CustomerExtraFieldDefinitionRequest>,
        ),
        (
            FIELDS,
            "post",
            OK,
            round_trips::<CustomerExtraFieldCreateResult>,
        ),
        (
            FIELD,
            "get",
            OK,
            round_trips::<CustomerExtraFieldDefinition>,
        ),
        (
            FIELD,
            "put",
            BODY,
            round_trips::<CustomerExtraFieldDefinitionRequest>,
        ),
        (FIELD, "put", OK, round_trips::<UpdateResult>),
        (FIELD, "delete", OK, round_trips::<DeleteResult>),
    ]
};

#[test]
fn every_example_round_trips_through_its_generated_type() {
    let checked: usize = BODIES
        .iter()
        .map(|(path, method, part, check)| check(path, method, part))
        .sum();
    assert!(checked >= BODIES.len());
}

#[test]
fn every_json_body_of_the_spec_is_checked() {
    let spec = Spec::load(ECWID);
    let mut in_spec = Vec::new();
    for (path, item) in spec.doc()["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            if operation.get("requestBody").is_some() {
                in_spec.push((path.clone(), method.clone(), "requestBody".to_owned()));
            }
            let responses = operation.get("responses").and_then(Value::as_object);
            for code in responses.into_iter().flat_map(|r| r.keys()) {
                if code.starts_with('2') {
                    in_spec.push((path.clone(), method.clone(), format!("responses/{code}")));
                }
            }
        }
    }
    in_spec.sort();
    let mut listed: Vec<_> = BODIES
        .iter()
        .map(|(path, method, part, _)| (path.to_string(), method.to_string(), part.to_string()))
        .collect();
    listed.sort();
    assert_eq!(
        in_spec, listed,
        "a body without a check, or a check without a body"
    );
}

/// What a client reads and sends back: the write types have no field for what only Ecwid sets,
/// so those fields cannot reach a request body.
#[test]
fn read_only_fields_stay_out_of_the_write_types() {
    let spec = Spec::load(ECWID);
    let customer: types::Customer = serde_json::from_value(
        spec.example(
            "/{storeId}/customers",
            "get",
            "responses/200",
            "twoCustomers",
        )["items"][1]
            .clone(),
    )
    .unwrap();
    let update = types::CustomerUpdateRequest {
        contacts: customer
            .contacts
            .map(|list| list.into_iter().map(Into::into).collect()),
        shipping_addresses: customer
            .shipping_addresses
            .map(|list| list.into_iter().map(Into::into).collect()),
        ..types::CustomerUpdateRequest::default()
    };
    let body = serde_json::to_value(&update).unwrap();
    assert_eq!(body["contacts"][0]["id"], 176135453);
    assert!(body["contacts"][0].get("timestamp").is_none(), "{body}");
    let address = &body["shippingAddresses"][0];
    assert_eq!(address["id"], 193416515);
    assert_eq!(address["countryName"], "Georgia");
    assert!(address.get("createdDate").is_none(), "{body}");
    assert!(address.get("addressFormatted").is_none(), "{body}");
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
