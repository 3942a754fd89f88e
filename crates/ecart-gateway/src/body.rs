//! Request bodies: whether the content type is JSON, and the typed parse checked against the
//! spec's shape.

use axum::http::{HeaderMap, header};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::errors::CanonicalError;

/// The typed body of a create or update: 400 for anything that is not the expected JSON (with
/// the JSON path of the bad value).
pub(crate) fn parse_body<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, CanonicalError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| CanonicalError::bad_request("The request body is not UTF-8 text"))?;
    let typed = ecwid_mapping::from_json::<T>(text).map_err(|err| {
        CanonicalError::bad_request(format!("Invalid request body: {err}")).with_detail(err.path())
    })?;
    // The typed parse is more lenient than the spec in two ways; see `first_violation`.
    let value: Value = serde_json::from_str(text)
        .map_err(|_| CanonicalError::bad_request("Invalid request body"))?;
    if let Some((path, wrong)) = first_violation(&value, &BODY, "") {
        return Err(
            CanonicalError::bad_request(format!("Invalid request body: {path} {wrong}"))
                .with_detail(path),
        );
    }
    Ok(typed)
}

/// Where a request body may hold what: the properties of the spec's `CustomerCreateRequest` /
/// `CustomerUpdateRequest` (the two have the same shape apart from what is required). Properties
/// the spec does not name may hold anything.
enum Shape {
    Scalar,
    Object(&'static [Field]),
    Array(&'static Shape),
}

struct Field {
    name: &'static str,
    nullable: bool,
    shape: Shape,
}

const fn scalar(name: &'static str) -> Field {
    Field {
        name,
        nullable: false,
        shape: Shape::Scalar,
    }
}

const fn object(name: &'static str, fields: &'static [Field]) -> Field {
    Field {
        name,
        nullable: false,
        shape: Shape::Object(fields),
    }
}

const COUNTRY: &[Field] = &[
    scalar("code"),
    scalar("name"),
    scalar("codeIso2"),
    scalar("codeIso3"),
];
const STATE: &[Field] = &[scalar("code"), scalar("name")];
const STATUS: &[Field] = &[scalar("id"), scalar("status")];
const ADDRESS: &[Field] = &[
    scalar("id"),
    scalar("firstName"),
    scalar("lastName"),
    scalar("address1"),
    scalar("address2"),
    scalar("city"),
    scalar("postalCode"),
    scalar("phone"),
    scalar("company"),
    scalar("references"),
    scalar("defaultBilling"),
    scalar("defaultShipping"),
    object("country", COUNTRY),
    object("state", STATE),
];
const CUSTOMER: &[Field] = &[
    scalar("email"),
    scalar("firstName"),
    scalar("lastName"),
    scalar("phone"),
    scalar("currency"),
    scalar("note"),
    object("status", STATUS),
    Field {
        name: "addresses",
        nullable: true,
        shape: Shape::Array(&Shape::Object(ADDRESS)),
    },
];
const BODY: Shape = Shape::Object(&[object("customer", CUSTOMER)]);

/// The first value where `shape` allows neither it nor what the typed parse made of it: a `null`
/// where the spec does not say `nullable` (the parse reads it as absent), or an array where an
/// object belongs (the parse reads it as the fields in order). Its JSON path and what is wrong.
fn first_violation(value: &Value, shape: &Shape, path: &str) -> Option<(String, &'static str)> {
    match (shape, value) {
        (Shape::Object(_), Value::Array(_)) => Some((path.to_owned(), "must be an object")),
        (Shape::Object(fields), Value::Object(map)) => fields.iter().find_map(|field| {
            let inner = map.get(field.name)?;
            let path = if path.is_empty() {
                field.name.to_owned()
            } else {
                format!("{path}.{}", field.name)
            };
            match inner {
                Value::Null if field.nullable => None,
                Value::Null => Some((path, "is null; leave the field out instead")),
                _ => first_violation(inner, &field.shape, &path),
            }
        }),
        (Shape::Array(items), Value::Array(values)) => {
            values.iter().enumerate().find_map(|(i, item)| {
                let path = format!("{path}[{i}]");
                match item {
                    Value::Null => Some((path, "is null")),
                    _ => first_violation(item, items, &path),
                }
            })
        }
        _ => None,
    }
}

/// `application/json`, or any `application/*+json`, with or without parameters (`charset`).
pub(crate) fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let essence = value
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;
    use serde_json::json;

    #[test]
    fn nulls_are_refused_where_the_spec_does_not_allow_them() {
        let null_at = |body: Value| first_violation(&body, &BODY, "").map(|(path, _)| path);
        assert_eq!(null_at(json!({"customer": {"note": "x"}})), None);
        assert_eq!(null_at(json!({"customer": {"addresses": null}})), None);
        assert_eq!(
            null_at(json!({"customer": {"note": null}})).as_deref(),
            Some("customer.note")
        );
        assert_eq!(
            null_at(json!({"customer": {"addresses": [{"city": "a"}, {"state": {"name": null}}]}}))
                .as_deref(),
            Some("customer.addresses[1].state.name")
        );
        assert_eq!(
            null_at(json!({"customer": {"addresses": [null]}})).as_deref(),
            Some("customer.addresses[0]")
        );
        assert_eq!(
            null_at(json!({"customer": {"addresses": [{"state": ["TB", "Tbilisi"]}]}})).as_deref(),
            Some("customer.addresses[0].state")
        );
        assert_eq!(
            null_at(json!({"customer": ["a@b.c"]})).as_deref(),
            Some("customer")
        );
        // What the spec does not name may hold anything.
        assert_eq!(
            null_at(json!({"extra": null, "customer": {"x": null, "status": {"y": [null]}}})),
            None
        );
    }

    /// The walker's shapes are the spec's: every property, and `nullable` where it says so.
    #[test]
    fn shapes_follow_the_spec() {
        let spec = spec_examples::Spec::load(spec_examples::ECARTAPI);
        let schemas = &spec.doc()["components"]["schemas"];
        fn check(schemas: &Value, name: &str, fields: &[Field]) {
            let properties = schemas[name]["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("{name} has properties"));
            let ours: Vec<&str> = fields.iter().map(|f| f.name).collect();
            let theirs: Vec<&str> = properties.keys().map(String::as_str).collect();
            let mut sorted = ours.clone();
            sorted.sort_unstable();
            let mut expected = theirs.clone();
            expected.sort_unstable();
            assert_eq!(sorted, expected, "{name}");
            for field in fields {
                let property = &properties[field.name];
                let nullable = property["nullable"].as_bool().unwrap_or(false);
                assert_eq!(field.nullable, nullable, "{name}.{}", field.name);
                let reference = property["$ref"]
                    .as_str()
                    .or(property["items"]["$ref"].as_str())
                    .map(|r| r.trim_start_matches("#/components/schemas/"));
                match (&field.shape, reference) {
                    (Shape::Scalar, None) => {}
                    (Shape::Object(inner), Some(target)) => check(schemas, target, inner),
                    (Shape::Array(items), Some(target)) => match items {
                        Shape::Object(inner) => check(schemas, target, inner),
                        _ => panic!("{name}.{}: array of objects", field.name),
                    },
                    _ => panic!("{name}.{}: shape differs from the spec", field.name),
                }
            }
        }
        check(schemas, "CustomerCreate", CUSTOMER);
        check(schemas, "CustomerInput", CUSTOMER);
        for request in ["CustomerCreateRequest", "CustomerUpdateRequest"] {
            let properties = schemas[request]["properties"].as_object().unwrap();
            assert_eq!(properties.keys().collect::<Vec<_>>(), ["customer"]);
        }
    }

    #[test]
    fn json_content_types() {
        let with = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_str(value).unwrap());
            is_json(&headers)
        };
        assert!(with("application/json"));
        assert!(with("Application/JSON; charset=utf-8"));
        assert!(with("application/merge-patch+json"));
        assert!(!with("text/plain"));
        assert!(!with("application/x-www-form-urlencoded"));
        assert!(!with("text/json+xml"));
        assert!(!is_json(&HeaderMap::new()));
    }
}
