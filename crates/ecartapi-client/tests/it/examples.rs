//! Every example of the canonical spec deserializes into the generated types and serializes back
//! without losing a field the spec defines.

use ecartapi_client::types;
use serde::Serialize;
use serde::de::DeserializeOwned;
use spec_examples::{ECARTAPI, Spec, same_json};

fn round_trips<T: DeserializeOwned + Serialize>(path: &str, method: &str, part: &str) -> usize {
    let examples = Spec::load(ECARTAPI).examples(path, method, part);
    assert!(!examples.is_empty());
    for (name, value) in &examples {
        let typed: T = serde_json::from_value(value.clone())
            .unwrap_or_else(|err| panic!("example {name} of {method} {path} {part}: {err}"));
        let back = serde_json::to_value(&typed).unwrap();
        assert!(
            same_json(value, &back),
            "example {name} of {method} {path} {part} changed:\n{value:#}\n->\n{back:#}"
        );
    }
    examples.len()
}

const LIST: &str = "/api/v2/customers";
const ONE: &str = "/api/v2/customers/{id}";

#[test]
fn every_success_example_round_trips() {
    round_trips::<types::CustomerListResponse>(LIST, "get", "responses/200");
    round_trips::<types::CustomerCreateRequest>(LIST, "post", "requestBody");
    round_trips::<types::CustomerResponse>(LIST, "post", "responses/200");
    round_trips::<types::CustomerCountResponse>("/api/v2/customers/count", "get", "responses/200");
    round_trips::<types::CustomerResponse>(ONE, "get", "responses/200");
    round_trips::<types::CustomerUpdateRequest>(ONE, "put", "requestBody");
    round_trips::<types::CustomerResponse>(ONE, "put", "responses/200");
    round_trips::<types::CustomerDeleteResponse>(ONE, "delete", "responses/200");
}

#[test]
fn the_unsupported_resource_error_example_round_trips() {
    let n = round_trips::<types::Error>("/api/v2/customers/{id}/orders", "get", "responses/400");
    assert!(n >= 1);
    let spec = Spec::load(ECARTAPI);
    let messages: Vec<_> = spec
        .examples("/api/v2/customers/{id}/orders", "get", "responses/400")
        .into_iter()
        .map(|(_, v)| v["message"].clone())
        .collect();
    assert!(
        messages.contains(&"The resource is not available for this ecommerce".into()),
        "{messages:?}"
    );
}

#[test]
fn dates_keep_their_offset() {
    let dates: types::CustomerDates = serde_json::from_str(
        r#"{"createdAt": "2014-06-06T18:57:19+04:00", "updatedAt": "2024-08-21T07:52:09Z"}"#,
    )
    .unwrap();
    let back = serde_json::to_value(&dates).unwrap();
    assert_eq!(back["createdAt"], "2014-06-06T18:57:19+04:00");
    assert_eq!(
        dates.created_at.unwrap().offset().local_minus_utc(),
        4 * 3600
    );
}

#[test]
fn an_unparseable_date_is_an_error_naming_the_field() {
    let err =
        serde_json::from_str::<types::CustomerDates>(r#"{"createdAt": "yesterday"}"#).unwrap_err();
    assert!(err.is_data(), "{err}");
    assert_eq!((err.line(), err.column()), (1, 25), "{err}");
}

#[test]
fn a_loose_but_unambiguous_date_is_tolerated() {
    // chrono reads a space instead of `T` and `+0400` for `+04:00`: the instant and offset are
    // kept, and the date serializes back in the strict form.
    let dates: types::CustomerDates =
        serde_json::from_str(r#"{"createdAt": "2014-06-06 18:57:19 +0400"}"#).unwrap();
    assert_eq!(
        serde_json::to_value(&dates).unwrap()["createdAt"],
        "2014-06-06T18:57:19+04:00"
    );
}

#[test]
fn the_mapped_search_example_has_the_georgian_address() {
    let spec = Spec::load(ECARTAPI);
    let (_, list) = spec
        .examples(LIST, "get", "responses/200")
        .into_iter()
        .next()
        .unwrap();
    let list: types::CustomerListResponse = serde_json::from_value(list).unwrap();
    assert!(list.success);
    let with_address = list
        .customers
        .iter()
        .find(|c| c.id == "277137633")
        .expect("the second customer of Ecwid's search example");
    let address = &with_address.addresses.as_deref().unwrap()[0];
    let country = address.country.as_ref().unwrap();
    assert_eq!(country.code_iso2.as_deref(), Some("GE"));
    assert_eq!(country.code_iso3.as_deref(), Some("GEO"));
    assert_eq!(address.default_shipping, Some(true));
}
