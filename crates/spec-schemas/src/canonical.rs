//! The canonical ecartAPI spec, `specs/ecartapi/customers.yaml`, embedded and compiled once.

use std::sync::LazyLock;

use crate::schemas::{Schema, SpecSchemas};

/// `specs/ecartapi/customers.yaml`, as the crate was built.
pub const CANONICAL_SPEC_YAML: &str = include_str!("../specs/ecartapi-customers.yaml");

/// The canonical spec's schemas that are checked at run time.
#[derive(Debug)]
pub struct CanonicalSchemas {
    /// `Customer`: a customer as a server answers it.
    pub customer: Schema,
    /// `CustomerCreateRequest`: the body of `POST /api/v2/customers`.
    pub create_request: Schema,
    /// `CustomerUpdateRequest`: the body of `PUT /api/v2/customers/{id}`.
    pub update_request: Schema,
}

impl CanonicalSchemas {
    fn compile() -> Result<Self, String> {
        let spec = SpecSchemas::from_yaml(CANONICAL_SPEC_YAML).map_err(|err| err.to_string())?;
        let schema = |name: &str| spec.component(name).map_err(|err| err.to_string());
        Ok(Self {
            customer: schema("Customer")?,
            create_request: schema("CustomerCreateRequest")?,
            update_request: schema("CustomerUpdateRequest")?,
        })
    }
}

/// The canonical schemas, compiled on the first call (a few milliseconds; a server calls this at
/// start-up so no request waits for it).
///
/// # Panics
/// When the embedded spec does not compile: a broken build, which this crate's tests catch
/// before anything ships.
pub fn canonical() -> &'static CanonicalSchemas {
    static CANONICAL: LazyLock<CanonicalSchemas> = LazyLock::new(|| {
        CanonicalSchemas::compile().unwrap_or_else(|err| {
            panic!("specs/ecartapi/customers.yaml, embedded in spec-schemas, is broken: {err}")
        })
    });
    &CANONICAL
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_embedded_spec_compiles() {
        assert!(CanonicalSchemas::compile().is_ok());
    }

    #[test]
    fn request_bodies_follow_the_spec() {
        let create = &canonical().create_request;
        let first = |body| create.first_violation(&body).map(|v| (v.path, v.message));
        assert_eq!(
            first(json!({"customer": {"firstName": "A", "lastName": "B", "addresses": null}})),
            None
        );
        assert_eq!(
            first(json!({"customer": {"firstName": "A", "lastName": "B", "note": null}})),
            Some((
                "customer.note".to_owned(),
                "expected a string, got null; leave the field out instead".to_owned()
            ))
        );
        assert_eq!(
            first(json!({"customer": {"lastName": "B"}})),
            Some((
                "customer".to_owned(),
                "firstName is required and missing".to_owned()
            ))
        );
        assert_eq!(
            first(json!({"customer": ["a@b.c"]})),
            Some((
                "customer".to_owned(),
                "expected an object, got an array".to_owned()
            ))
        );
        assert_eq!(
            first(json!([])),
            Some((
                "$".to_owned(),
                "expected an object, got an array".to_owned()
            ))
        );
        // What the spec does not name may hold anything.
        assert_eq!(
            first(
                json!({"extra": null, "customer": {"firstName": "A", "lastName": "B", "x": null, "status": {"y": [null]}}})
            ),
            None
        );
        let update = &canonical().update_request;
        let violation = update
            .first_violation(
                &json!({"customer": {"addresses": [{"city": "a"}, {"state": {"name": null}}]}}),
            )
            .unwrap();
        assert_eq!(violation.path, "customer.addresses[1].state.name");
        let violation = update
            .first_violation(&json!({"customer": {"addresses": [null]}}))
            .unwrap();
        assert_eq!(
            violation.to_string(),
            "customer.addresses[0]: expected an object, got null"
        );
    }

    #[test]
    fn customers_follow_the_spec() {
        let customer = &canonical().customer;
        let good = json!({
            "id": "277137633",
            "dates": {"createdAt": "2024-08-21T07:52:09Z", "updatedAt": "2024-08-21T07:52:09+04:00"},
            "addresses": [{"defaultBilling": false, "country": {"codeIso2": "GE"}, "state": {"code": "TB"}}]
        });
        assert!(customer.is_valid(&good));
        let bad = json!({
            "id": 7,
            "email": ["x"],
            "dates": {"createdAt": "2024-08-21 07:52:09 +0000"},
            "addresses": [{"defaultBilling": "true", "state": "TB"}]
        });
        let mut found: Vec<String> = customer
            .violations(&bad)
            .iter()
            .map(|v| v.path.clone())
            .collect();
        found.sort();
        assert_eq!(
            found,
            [
                "addresses[0].defaultBilling",
                "addresses[0].state",
                "dates.createdAt",
                "email",
                "id",
            ]
        );
    }
}
