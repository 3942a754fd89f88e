//! Request bodies: the JSON checked against the canonical spec's schema before the typed parse.

use ecartapi_client::types::{CustomerCreateRequest, CustomerUpdateRequest};
use serde::de::DeserializeOwned;
use serde_json::Value;
use spec_schemas::{Schema, canonical};

use crate::errors::CanonicalError;

/// A request body type and the spec schema it must satisfy.
pub(crate) trait RequestBody: DeserializeOwned {
    /// The body's schema in `specs/ecartapi/customers.yaml`.
    fn schema() -> &'static Schema;
}

impl RequestBody for CustomerCreateRequest {
    fn schema() -> &'static Schema {
        &canonical().create_request
    }
}

impl RequestBody for CustomerUpdateRequest {
    fn schema() -> &'static Schema {
        &canonical().update_request
    }
}

/// The typed body of a create or update: 400 for anything that is not JSON following the spec
/// (with the JSON path of the bad value). The spec is stricter than the typed parse, which would
/// read a `null` as an absent field and an array as an object's fields in order.
pub(crate) fn parse_body<T: RequestBody>(bytes: &[u8]) -> Result<T, CanonicalError> {
    let invalid = |path: &str, what: &dyn std::fmt::Display| {
        CanonicalError::bad_request(format!("Invalid request body: {what}")).with_detail(path)
    };
    let text = std::str::from_utf8(bytes)
        .map_err(|_| CanonicalError::bad_request("The request body is not UTF-8 text"))?;
    let value: Value = serde_json::from_str(text).map_err(|err| invalid("$", &err))?;
    if let Some(violation) = T::schema().first_violation(&value) {
        return Err(invalid(&violation.path, &violation));
    }
    // Only a disagreement between the spec and the generated type can fail here.
    serde_json::from_value(value).map_err(|err| invalid("$", &err))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal<T: RequestBody + std::fmt::Debug>(body: &str) -> (String, Vec<String>) {
        let err = parse_body::<T>(body.as_bytes()).unwrap_err();
        let answer = serde_json::to_value(err.body()).unwrap();
        (
            answer["message"].as_str().unwrap().to_owned(),
            serde_json::from_value(answer["details"].clone()).unwrap(),
        )
    }

    #[test]
    fn a_refusal_names_the_json_path_and_what_was_expected() {
        assert_eq!(
            refusal::<CustomerUpdateRequest>(r#"{"customer": {"note": null}}"#),
            (
                "Invalid request body: customer.note: expected a string, got null; leave the field out instead".to_owned(),
                vec!["customer.note".to_owned()]
            )
        );
        assert_eq!(
            refusal::<CustomerCreateRequest>(r#"{"customer": {"firstName": 5, "lastName": "B"}}"#),
            (
                "Invalid request body: customer.firstName: expected a string, got 5".to_owned(),
                vec!["customer.firstName".to_owned()]
            )
        );
        let (message, details) = refusal::<CustomerCreateRequest>(r#"{"customer": {"#);
        assert!(
            message.starts_with("Invalid request body: EOF while parsing"),
            "{message}"
        );
        assert_eq!(details, ["$"]);
        let typed: CustomerUpdateRequest =
            parse_body(br#"{"customer": {"addresses": null, "x": null}}"#).unwrap();
        assert_eq!(typed.customer.addresses, None);
    }
}
