//! The customer fields a request (or the config) may set, checked by hand against the spec's
//! `CustomerInput` schema (specs/ecartapi/customers.yaml): each field of its type, named by its
//! JSON path when it is not. What passes is kept exactly as sent, less what the spec says means
//! nothing: a `null` field and a blank string (absent, null and empty are one thing). Fields the
//! schema does not name (`id`, `dates`, anything else) are left out: the server manages ids and
//! dates.

use serde_json::{Map, Value};

/// The type the schema gives a field.
enum Kind {
    String,
    Boolean,
    Object(&'static [(&'static str, Kind)]),
    Array(&'static Kind),
}

use Kind::{Array, Boolean, Object, String as Text};

const COUNTRY: &[(&str, Kind)] = &[
    ("code", Text),
    ("name", Text),
    ("codeIso2", Text),
    ("codeIso3", Text),
];

const STATE: &[(&str, Kind)] = &[("code", Text), ("name", Text)];

const ADDRESS: &[(&str, Kind)] = &[
    ("id", Text),
    ("firstName", Text),
    ("lastName", Text),
    ("address1", Text),
    ("address2", Text),
    ("city", Text),
    ("postalCode", Text),
    ("phone", Text),
    ("company", Text),
    ("references", Text),
    ("defaultBilling", Boolean),
    ("defaultShipping", Boolean),
    ("country", Object(COUNTRY)),
    ("state", Object(STATE)),
];

const STATUS: &[(&str, Kind)] = &[("id", Text), ("status", Text)];

/// `CustomerInput`: the `Customer` fields without `id` and `dates`.
const CUSTOMER: &[(&str, Kind)] = &[
    ("email", Text),
    ("firstName", Text),
    ("lastName", Text),
    ("phone", Text),
    ("currency", Text),
    ("note", Text),
    ("status", Object(STATUS)),
    ("addresses", Array(&Object(ADDRESS))),
];

/// The customer fields of `value` (at JSON path `path`), or the first that breaks the schema,
/// named by its path.
pub(crate) fn customer_fields(value: &Value, path: &str) -> Result<Map<String, Value>, String> {
    match check(value, &Object(CUSTOMER), path)? {
        Some(Value::Object(fields)) => Ok(fields),
        _ => Err(format!(
            "{path}: expected an object, got {}",
            describe(value)
        )),
    }
}

/// `value` as `kind` wants it, `None` when it means nothing (null, a blank string).
fn check(value: &Value, kind: &Kind, path: &str) -> Result<Option<Value>, String> {
    if value.is_null() {
        return Ok(None);
    }
    let wrong = |expected: &str| format!("{path}: expected {expected}, got {}", describe(value));
    match (kind, value) {
        (Text, Value::String(text)) if text.trim().is_empty() => Ok(None),
        (Text, Value::String(_)) | (Boolean, Value::Bool(_)) => Ok(Some(value.clone())),
        (Object(fields), Value::Object(given)) => {
            let mut kept = Map::new();
            for (name, kind) in *fields {
                if let Some(field) = given.get(*name)
                    && let Some(field) = check(field, kind, &format!("{path}.{name}"))?
                {
                    kept.insert((*name).to_owned(), field);
                }
            }
            Ok(Some(Value::Object(kept)))
        }
        (Array(item), Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, value)| {
                let at = format!("{path}[{i}]");
                check(value, item, &at)?.ok_or_else(|| {
                    format!("{at}: expected {}, got {}", item.name(), describe(value))
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(|items| Some(Value::Array(items))),
        (kind, _) => Err(wrong(kind.name())),
    }
}

impl Kind {
    fn name(&self) -> &'static str {
        match self {
            Text => "a string",
            Boolean => "a boolean",
            Object(_) => "an object",
            Array(_) => "an array",
        }
    }
}

/// `value` in a few words: its type, and itself when short.
fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
        other => {
            let text = other.to_string();
            if text.chars().count() <= 40 {
                text
            } else {
                format!(
                    "{}...",
                    text.chars().take(40).collect::<std::string::String>()
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn what_the_schema_allows_is_kept_as_sent() {
        let sent = json!({
            "firstName": "Zoë", "lastName": "Łódź 東京", "email": "z@example.com",
            "phone": "+995 555", "currency": "GEL", "note": "\"quotes\" ✓",
            "status": {"id": "1", "status": "active"},
            "addresses": [{
                "id": "a1", "firstName": "Z", "address1": "12 Ave", "defaultBilling": true,
                "country": {"code": "GE", "codeIso3": "GEO"}, "state": {"code": "TB"}
            }]
        });
        assert_eq!(
            customer_fields(&sent, "customer"),
            Ok(sent.as_object().cloned().unwrap())
        );
    }

    #[test]
    fn null_blank_and_unknown_fields_are_left_out() {
        let sent = json!({
            "id": "7", "dates": {"createdAt": "2024-01-01T00:00:00Z"}, "extra": 1,
            "firstName": "Ann", "lastName": " ", "note": null,
            "addresses": [{"city": "", "country": {"code": null, "name": "Georgia"}}]
        });
        assert_eq!(
            customer_fields(&sent, "customer"),
            Ok(
                json!({"firstName": "Ann", "addresses": [{"country": {"name": "Georgia"}}]})
                    .as_object()
                    .cloned()
                    .unwrap()
            )
        );
    }

    #[test]
    fn a_field_of_the_wrong_type_is_named_by_its_path() {
        let cases = [
            (
                json!({"note": 42}),
                "customer.note: expected a string, got 42",
            ),
            (
                json!({"addresses": [{}, {"defaultBilling": "true"}]}),
                "customer.addresses[1].defaultBilling: expected a boolean, got \"true\"",
            ),
            (
                json!({"addresses": [null]}),
                "customer.addresses[0]: expected an object, got null",
            ),
            (
                json!({"addresses": {"city": "x"}}),
                "customer.addresses: expected an array, got an object",
            ),
            (
                json!({"addresses": [{"state": "TB"}]}),
                "customer.addresses[0].state: expected an object, got \"TB\"",
            ),
            (json!(["x"]), "customer: expected an object, got an array"),
        ];
        for (sent, expected) in cases {
            assert_eq!(customer_fields(&sent, "customer"), Err(expected.to_owned()));
        }
    }
}
