//! Partial updates: what the canonical update mentions changes, everything else stays.

use ecartapi_client::types as canonical;
use ecwid_client::types as ecwid;
use ecwid_mapping::{canonical_to_ecwid_update, ecwid_to_canonical};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::strategies::{as_json, config, ecwid_customer, representable_customer};

/// Ecwid's partial update: every top-level field of the body replaces the stored one (an object
/// or array whole), fields left out stay.
fn apply(current: &ecwid::Customer, body: &ecwid::CustomerUpdateRequest) -> ecwid::Customer {
    let mut stored = as_json(current);
    let Value::Object(fields) = as_json(body) else {
        panic!("an update body is an object")
    };
    for (name, value) in fields {
        stored[name] = value;
    }
    serde_json::from_value(stored).expect("an updated customer is a customer")
}

fn ecwid(value: Value) -> ecwid::Customer {
    serde_json::from_value(value).unwrap()
}

fn input(value: Value) -> canonical::CustomerInput {
    serde_json::from_value(value).unwrap()
}

fn stored() -> ecwid::Customer {
    ecwid(json!({
        "id": 7,
        "email": "old@example.com",
        "name": "Mary Ann Smith",
        "billingPerson": {"name": "Mary Ann Smith", "street": "1 Main St", "city": "Oslo", "countryCode": "NO", "phone": "+47 1"},
        "shippingAddresses": [{"id": 3, "name": "Mary Smith", "street": "2 Side St", "defaultAddress": true}],
        "contacts": [{"type": "EMAIL", "contact": "work@example.com"}, {"type": "PHONE", "contact": "+47 2", "default": true}],
        "taxId": "NO123", "acceptMarketing": true, "customerGroupId": 4
    }))
}

#[test]
fn an_email_change_sends_only_the_email() {
    let body =
        canonical_to_ecwid_update(&input(json!({"email": "new@example.com"})), &stored()).unwrap();
    assert_eq!(as_json(&body), json!({"email": "new@example.com"}));
}

#[test]
fn blank_and_null_fields_are_not_mentioned() {
    let update = input(json!({"email": "  ", "firstName": "", "note": null, "phone": " "}));
    let body = canonical_to_ecwid_update(&update, &stored()).unwrap();
    assert_eq!(as_json(&body), json!({}));
}

#[test]
fn a_last_name_change_keeps_the_first_name_read_from_the_full_name() {
    let body = canonical_to_ecwid_update(&input(json!({"lastName": "Jones"})), &stored()).unwrap();
    let person = body.billing_person.as_ref().unwrap();
    assert_eq!(person.first_name.as_deref(), Some("Mary"));
    assert_eq!(person.last_name.as_deref(), Some("Jones"));
    assert_eq!(person.name.as_deref(), Some("Mary Jones"));
    // billingPerson is replaced whole by Ecwid: the address in it is sent back unchanged.
    assert_eq!(person.street.as_deref(), Some("1 Main St"));
    assert_eq!(person.phone.as_deref(), Some("+47 1"));
    assert!(body.contacts.is_none() && body.shipping_addresses.is_none() && body.tax_id.is_none());
}

#[test]
fn a_phone_change_replaces_the_billing_phone_and_leaves_contacts_alone() {
    let body = canonical_to_ecwid_update(&input(json!({"phone": "+47 9"})), &stored()).unwrap();
    assert_eq!(body.billing_person.unwrap().phone.as_deref(), Some("+47 9"));
    assert!(
        body.contacts.is_none(),
        "billingPerson.phone carries the phone"
    );
}

#[test]
fn addresses_replace_billing_address_and_shipping_addresses() {
    let update = input(json!({"addresses": [
        {"id": "billing", "defaultBilling": true, "address1": "9 New Rd", "address2": "Flat 1", "country": {"code": "SE"}},
        {"id": "3", "firstName": "Mary", "lastName": "Smith", "address1": "2 Side St", "defaultShipping": true},
        {"firstName": "Bo", "city": "Malmö", "defaultShipping": false}
    ]}));
    let after = ecwid_to_canonical(&apply(
        &stored(),
        &canonical_to_ecwid_update(&update, &stored()).unwrap(),
    ))
    .unwrap();
    let addresses = after.addresses.unwrap();
    assert_eq!(addresses.len(), 3);
    assert_eq!(addresses[0].address1.as_deref(), Some("9 New Rd"));
    assert_eq!(addresses[0].address2.as_deref(), Some("Flat 1"));
    assert_eq!(
        addresses[0].city, None,
        "the old billing city is replaced along with the address"
    );
    assert_eq!(
        addresses[0].country.as_ref().unwrap().code_iso3.as_deref(),
        Some("SWE")
    );
    assert_eq!(addresses[2].city.as_deref(), Some("Malmö"));
    assert_eq!(
        after.phone.as_deref(),
        Some("+47 1"),
        "an address without a phone does not clear it"
    );
}

#[test]
fn a_non_numeric_shipping_id_is_an_error_naming_the_customer() {
    let update = input(json!({"addresses": [{"id": "home"}]}));
    let err = canonical_to_ecwid_update(&update, &stored()).unwrap_err();
    insta::assert_snapshot!(err, @r#"customer 7: addresses[0].id: "home" is not an integer id"#);
}

/// A canonical update made of any subset of a representable customer's fields.
fn update() -> impl Strategy<Value = canonical::CustomerInput> {
    (
        representable_customer(),
        proptest::collection::vec(any::<bool>(), 6),
    )
        .prop_map(|(c, keep)| canonical::CustomerInput {
            email: c.email.filter(|_| keep[0]),
            first_name: c.first_name.filter(|_| keep[1]),
            last_name: c.last_name.filter(|_| keep[2]),
            phone: c.phone.filter(|_| keep[3]),
            note: c.note.filter(|_| keep[4]),
            addresses: c.addresses.filter(|_| keep[5]),
            ..canonical::CustomerInput::default()
        })
}

fn billing(customer: &canonical::Customer) -> Option<&canonical::Address> {
    customer
        .addresses
        .iter()
        .flatten()
        .find(|a| a.default_billing == Some(true))
}

fn shipping(addresses: Option<&Vec<canonical::Address>>) -> Value {
    as_json(
        &addresses
            .into_iter()
            .flatten()
            .filter(|a| a.default_billing != Some(true))
            .collect::<Vec<_>>(),
    )
}

/// The billing address's own place: names and phone are the customer's.
fn place(address: Option<&canonical::Address>) -> Value {
    as_json(&address.map(|a| canonical::Address {
        first_name: None,
        last_name: None,
        phone: None,
        ..a.clone()
    }))
}

proptest! {
    #![proptest_config(config())]

    /// Applying an update body the way Ecwid does, then reading the customer back: every field
    /// the update mentions has the update's value, every other field is as before.
    #[test]
    fn prop_update_roundtrip(current in ecwid_customer(), update in update()) {
        let before = ecwid_to_canonical(&current).expect("a valid Ecwid customer maps");
        let body = canonical_to_ecwid_update(&update, &current).expect("a representable update maps");
        let after = ecwid_to_canonical(&apply(&current, &body)).expect("the updated customer maps");

        prop_assert_eq!(after.email.as_ref(), update.email.as_ref().or(before.email.as_ref()));
        prop_assert_eq!(after.first_name.as_ref(), update.first_name.as_ref().or(before.first_name.as_ref()));
        prop_assert_eq!(after.last_name.as_ref(), update.last_name.as_ref().or(before.last_name.as_ref()));
        prop_assert_eq!(after.note.as_ref(), update.note.as_ref().or(before.note.as_ref()));
        // Ecwid keeps one phone for the customer and the billing address.
        let update_billing_phone = update.addresses.iter().flatten()
            .find(|a| a.default_billing == Some(true))
            .and_then(|a| a.phone.as_ref());
        prop_assert_eq!(
            after.phone.as_ref(),
            update.phone.as_ref().or(update_billing_phone).or(before.phone.as_ref())
        );
        prop_assert_eq!(as_json(&after.dates), as_json(&before.dates));
        match &update.addresses {
            Some(sent) => {
                prop_assert_eq!(shipping(after.addresses.as_ref()), shipping(Some(sent)));
                prop_assert_eq!(
                    place(billing(&after)),
                    place(sent.iter().find(|a| a.default_billing == Some(true)))
                );
            }
            None => {
                prop_assert_eq!(shipping(after.addresses.as_ref()), shipping(before.addresses.as_ref()));
                prop_assert_eq!(place(billing(&after)), place(billing(&before)));
            }
        }
        // What the canonical model cannot see is never sent, so never cleared.
        prop_assert!(body.tax_id.is_none() && body.accept_marketing.is_none() && body.customer_group_id.is_none());
    }
}
