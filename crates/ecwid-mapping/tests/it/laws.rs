//! The round-trip laws of `docs/mapping.md` as properties, and totality over arbitrary
//! JSON.
//!
//! Results are compared as JSON, not with `PartialEq`: chrono's `DateTime` equality ignores the
//! offset, and the laws promise the offset too.

use ecartapi_client::types as canonical;
use ecwid_client::response_fields::ResponseFields;
use ecwid_client::types as ecwid;
use ecwid_mapping::{
    ECWID_RESPONSE_FIELDS, canonical_to_ecwid_create, canonical_to_ecwid_customer,
    ecwid_json_to_canonical, ecwid_json_to_canonical_json, ecwid_to_canonical,
};
use proptest::prelude::*;
use serde_json::Value;
use spec_examples::{ECARTAPI, ECWID, JsonOptions, Spec, same_json};

use crate::strategies::{
    as_json, config, ecwid_customer, ecwid_customer_json, representable_customer,
};

proptest! {
    #![proptest_config(config())]

    /// Law 1: canonical -> Ecwid customer -> canonical is the identity on the representable
    /// domain.
    #[test]
    fn prop_canonical_ecwid_canonical_roundtrip(customer in representable_customer()) {
        let stored = canonical_to_ecwid_customer(&customer).expect("a representable customer maps");
        let back = ecwid_to_canonical(&stored).expect("a mapped customer maps back");
        prop_assert_eq!(as_json(&back), as_json(&customer));
    }

    /// Law 1 through the create body: what Ecwid stores from it (the body's fields plus an id)
    /// reads back as the customer without its dates, which Ecwid sets itself.
    #[test]
    fn prop_create_body_roundtrip(customer in representable_customer()) {
        let body = canonical_to_ecwid_create(&customer);
        if customer.email.is_none() {
            prop_assert!(body.is_err(), "Ecwid requires an email");
            return Ok(());
        }
        let mut stored: ecwid::Customer = serde_json::from_value(as_json(&body.expect("has an email")))
            .expect("a create body is a customer without id");
        stored.id = Some(customer.id.parse().expect("numeric id"));
        let back = ecwid_to_canonical(&stored).expect("maps back");
        let expected = canonical::Customer { dates: None, ..customer };
        prop_assert_eq!(as_json(&back), as_json(&expected));
    }

    /// Law 2: Ecwid -> canonical -> Ecwid -> canonical equals the first canonical result.
    #[test]
    fn prop_ecwid_canonical_ecwid_roundtrip(customer in ecwid_customer()) {
        let first = ecwid_to_canonical(&customer).expect("an Ecwid customer with an id and valid dates maps");
        let stored = canonical_to_ecwid_customer(&first).expect("a mapped customer maps back");
        let second = ecwid_to_canonical(&stored).expect("and again");
        prop_assert_eq!(as_json(&second), as_json(&first));
    }

    /// The fields `ECWID_RESPONSE_FIELDS` names, at every depth, are all the mapping reads: a
    /// customer stripped to them, as Ecwid strips it, maps to the same canonical customer.
    #[test]
    fn prop_response_fields_roundtrip(customer in ecwid_customer_json(JsonOptions::default())) {
        let stripped = as_ecwid_sends_it(&customer);
        let full = ecwid_json_to_canonical(&customer.to_string()).expect("maps");
        let lean = ecwid_json_to_canonical(&stripped.to_string()).expect("maps");
        prop_assert_eq!(as_json(&lean), as_json(&full));
    }

    /// Law 3, Ecwid: JSON -> typed -> JSON keeps every field the spec defines.
    #[test]
    fn prop_ecwid_json_roundtrip(
        customer in Spec::load(ECWID).arbitrary_json("Customer", JsonOptions::default()),
        create in Spec::load(ECWID).arbitrary_json("CustomerCreateRequest", JsonOptions::default()),
        update in Spec::load(ECWID).arbitrary_json("CustomerUpdateRequest", JsonOptions::default()),
        page in Spec::load(ECWID).arbitrary_json("CustomersSearchResult", JsonOptions::default()),
    ) {
        roundtrip::<ecwid::Customer>(&customer)?;
        roundtrip::<ecwid::CustomerCreateRequest>(&create)?;
        roundtrip::<ecwid::CustomerUpdateRequest>(&update)?;
        roundtrip::<ecwid::CustomersSearchResult>(&page)?;
    }

    /// Law 3, canonical: JSON -> typed -> JSON keeps every field the spec defines.
    #[test]
    fn prop_canonical_json_roundtrip(
        customer in Spec::load(ECARTAPI).arbitrary_json("Customer", JsonOptions::default()),
        create in Spec::load(ECARTAPI).arbitrary_json("CustomerCreate", JsonOptions::default()),
        input in Spec::load(ECARTAPI).arbitrary_json("CustomerInput", JsonOptions::default()),
        list in Spec::load(ECARTAPI).arbitrary_json("CustomerListResponse", JsonOptions::default()),
    ) {
        roundtrip::<canonical::Customer>(&customer)?;
        roundtrip::<canonical::CustomerCreate>(&create)?;
        roundtrip::<canonical::CustomerInput>(&input)?;
        roundtrip::<canonical::CustomerListResponse>(&list)?;
    }

    /// The one-pass JSON path writes exactly the JSON of the typed path, and fails where it
    /// fails with the same error: on spec-shaped customers (strings with escapes and unicode,
    /// nulls, blanks, bad and missing dates, no id) and on the same customers given as Ecwid
    /// sends them for [`ECWID_RESPONSE_FIELDS`].
    #[test]
    fn prop_canonical_json_is_the_typed_json(
        customer in ecwid_customer_json(JsonOptions { nulls: true }),
        stripped in any::<bool>(),
        no_id in proptest::bool::weighted(0.05),
        bad_date in proptest::option::weighted(0.05, "[0-9: +-]{0,25}"),
    ) {
        let mut customer = customer;
        if stripped {
            customer = as_ecwid_sends_it(&customer);
        }
        if no_id {
            customer.as_object_mut().unwrap().remove("id");
        }
        if let Some(date) = bad_date {
            customer["updated"] = Value::from(date);
        }
        let text = customer.to_string();
        match (ecwid_json_to_canonical(&text), ecwid_json_to_canonical_json(&text)) {
            (Ok(typed), Ok(json)) => {
                prop_assert_eq!(json.as_str(), serde_json::to_string(&typed).unwrap());
                prop_assert_eq!(Some(json.id().to_string()), Some(typed.id));
            }
            (Err(typed), Err(json)) => prop_assert_eq!(typed.to_string(), json.to_string()),
            (typed, json) => prop_assert!(false, "typed: {typed:?}\njson: {json:?}"),
        }
    }

    /// Any JSON text, shaped like a customer or not, gives `Ok` or `Err`, never a panic; an `Ok`
    /// carries the input's id.
    #[test]
    fn prop_arbitrary_json_never_panics(
        json in prop_oneof![
            ecwid_customer_json(JsonOptions { nulls: true }).prop_map(|v| v.to_string()),
            Spec::load(ECWID).arbitrary_json("Customer", JsonOptions { nulls: true }).prop_map(|v| v.to_string()),
            any_json().prop_map(|v| v.to_string()),
            ".{0,40}",
        ]
    ) {
        if let Ok(customer) = ecwid_json_to_canonical(&json) {
            let input: Value = serde_json::from_str(&json).expect("accepted text is JSON");
            prop_assert_eq!(Some(customer.id.clone()), input["id"].as_i64().map(|id| id.to_string()));
            // What the typed path accepts, the one-pass path (which checks fewer fields) does too.
            let fast = ecwid_json_to_canonical_json(&json);
            prop_assert!(fast.is_ok(), "{:?}", fast);
        }
    }
}

/// `customer` as Ecwid sends it in a page asked for with [`ECWID_RESPONSE_FIELDS`]: only the
/// fields `items(...)` selects, at every depth.
fn as_ecwid_sends_it(customer: &Value) -> Value {
    let mut page = serde_json::json!({ "items": [customer] });
    ResponseFields::parse(ECWID_RESPONSE_FIELDS)
        .expect("parses")
        .retain(&mut page);
    page["items"][0].take()
}

/// The selection strips what the mapping does not read, inside the nested objects too.
#[test]
fn the_response_fields_strip_nested_fields_the_mapping_does_not_read() {
    let customer = serde_json::json!({
        "id": 1, "email": "a@example.com", "lang": "en",
        "shippingAddresses": [{"id": 2, "city": "Oslo", "addressFormatted": "Oslo", "orderBy": 0}],
        "contacts": [{"id": 3, "contact": "a@example.com", "type": "EMAIL", "timestamp": "x"}],
        "billingPerson": {"name": "A B", "city": "Oslo"}
    });
    assert_eq!(
        as_ecwid_sends_it(&customer),
        serde_json::json!({
            "id": 1, "email": "a@example.com",
            "shippingAddresses": [{"id": 2, "city": "Oslo"}],
            "contacts": [{"contact": "a@example.com", "type": "EMAIL"}],
            "billingPerson": {"name": "A B", "city": "Oslo"}
        })
    );
}

fn roundtrip<T: serde::de::DeserializeOwned + serde::Serialize>(
    json: &Value,
) -> Result<(), TestCaseError> {
    let typed: T = serde_json::from_value(json.clone())
        .map_err(|err| TestCaseError::fail(format!("{err} in {json}")))?;
    let back = as_json(&typed);
    prop_assert!(
        same_json(&back, json),
        "lost or changed a field:\n in:  {json}\n out: {back}"
    );
    Ok(())
}

/// Arbitrary JSON values, nested.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,10}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    "id|name|email|registered|billingPerson|shippingAddresses|contacts",
                    ".{0,6}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
