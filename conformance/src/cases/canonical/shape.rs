//! The customers a server answers, checked on their raw JSON against the spec's `Customer`
//! schema (the typed client cannot: it ignores unknown fields and reads dates leniently), and
//! against what the schema's descriptions ask beyond types: a non-empty `id`, ISO codes.

use serde_json::{Map, Value};
use spec_schemas::canonical;

/// Everything about `customer` (at `path`) that breaks the spec's `Customer` schema, each with
/// its JSON path, ordered by path.
pub(crate) fn customer_problems(path: &str, customer: &Value) -> Vec<String> {
    // The spec: "any customer field other than `id` may be absent (or `null`, which means the
    // same)"; its schema says so only for `addresses`.
    let customer = without_null_fields(customer);
    let mut problems: Vec<String> = canonical()
        .customer
        .violations(&customer)
        .into_iter()
        .map(|violation| format!("{}: {}", join(path, &violation.path), violation.message))
        .collect();
    let Some(fields) = customer.as_object() else {
        return problems;
    };
    if fields.get("id").and_then(Value::as_str) == Some("") {
        problems.push(format!("{path}.id: expected a non-empty string, got \"\""));
    }
    let mut code = |at: String, value: Option<&Value>, len: usize, standard: &str| {
        if let Some(code) = value.and_then(Value::as_str)
            && (code.len() != len || !code.bytes().all(|b| b.is_ascii_uppercase()))
        {
            problems.push(format!(
                "{at}: expected an {standard} code ({len} upper-case letters), got {code:?}"
            ));
        }
    };
    code(
        format!("{path}.currency"),
        fields.get("currency"),
        3,
        "ISO 4217",
    );
    let addresses = fields.get("addresses").and_then(Value::as_array);
    for (i, address) in addresses.into_iter().flatten().enumerate() {
        let at = format!("{path}.addresses[{i}].country");
        let country = address.get("country");
        let iso2 = country.and_then(|c| c.get("codeIso2"));
        code(format!("{at}.codeIso2"), iso2, 2, "ISO 3166-1 alpha-2");
        let iso3 = country.and_then(|c| c.get("codeIso3"));
        code(format!("{at}.codeIso3"), iso3, 3, "ISO 3166-1 alpha-3");
    }
    problems.sort();
    problems
}

/// `path` of a document at `at` (`$` is the document itself).
fn join(at: &str, path: &str) -> String {
    match path {
        "$" => at.to_owned(),
        _ if path.starts_with('[') => format!("{at}{path}"),
        _ => format!("{at}.{path}"),
    }
}

/// `value` without the object fields that are `null`, at any depth (array items stay: a `null`
/// address is not an absent one).
fn without_null_fields(value: &Value) -> Value {
    match value {
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .filter(|(_, field)| !field.is_null())
                .map(|(key, field)| (key.clone(), without_null_fields(field)))
                .collect::<Map<String, Value>>(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_null_fields).collect()),
        other => other.clone(),
    }
}

/// Every string under `value` that is empty or blank, by JSON path.
pub(crate) fn blank_strings(path: &str, value: &Value) -> Vec<String> {
    let mut found = Vec::new();
    walk_blank(path, value, &mut found);
    found
}

fn walk_blank(path: &str, value: &Value, found: &mut Vec<String>) {
    match value {
        Value::String(text) if text.trim().is_empty() => {
            found.push(format!("{path}: {value}"));
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk_blank(&format!("{path}[{i}]"), item, found);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                walk_blank(&format!("{path}.{key}"), item, found);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_spec_example_has_the_shape() {
        let customer = json!({
            "id": "277137633",
            "email": "[email protected]",
            "firstName": "test",
            "phone": "00000000000",
            "dates": {"createdAt": "2024-08-21T07:52:09Z", "updatedAt": "2024-08-21T07:52:09+04:00"},
            "addresses": [{
                "id": "193416515", "firstName": "test", "address1": "test", "city": "test",
                "phone": "00000000000", "company": "test", "defaultBilling": false,
                "defaultShipping": true,
                "country": {"code": "GE", "name": "Georgia", "codeIso2": "GE", "codeIso3": "GEO"},
                "state": {"code": "TB", "name": "Tbilisi"}
            }]
        });
        assert_eq!(
            customer_problems("customer", &customer),
            Vec::<String>::new()
        );
        assert_eq!(blank_strings("customer", &customer), Vec::<String>::new());
    }

    #[test]
    fn every_problem_is_named_by_its_path() {
        let customer = json!({
            "id": 7,
            "email": ["x"],
            "dates": {"createdAt": "2024-08-21 07:52:09 +0000"},
            "addresses": [{"defaultBilling": "true", "country": {"codeIso3": "ge"}, "state": "TB"}],
            "note": " "
        });
        assert_eq!(
            customer_problems("c", &customer),
            [
                "c.addresses[0].country.codeIso3: expected an ISO 3166-1 alpha-3 code (3 upper-case letters), got \"ge\"",
                "c.addresses[0].defaultBilling: expected a boolean, got \"true\"",
                "c.addresses[0].state: expected an object, got \"TB\"",
                "c.dates.createdAt: expected an RFC 3339 date-time, got \"2024-08-21 07:52:09 +0000\"",
                "c.email: expected a string, got an array",
                "c.id: expected a string, got 7",
            ]
        );
        // Absent and null are the same for every field but `id`; an empty id is no id.
        let nulls = json!({"id": "", "email": null, "dates": {"createdAt": null}, "currency": "usd", "addresses": [null]});
        assert_eq!(
            customer_problems("n", &nulls),
            [
                "n.addresses[0]: expected an object, got null",
                "n.currency: expected an ISO 4217 code (3 upper-case letters), got \"usd\"",
                "n.id: expected a non-empty string, got \"\"",
            ]
        );
        assert_eq!(
            customer_problems("m", &json!({"email": "a@b.c"})),
            ["m: id is required and missing"]
        );
        assert_eq!(blank_strings("c", &customer), ["c.note: \" \""]);
    }
}
