//! The spec's `Customer` schema checked on raw JSON, field by field, with the JSON path of every
//! problem. The typed client cannot do this: it ignores unknown fields and reads dates leniently.

use chrono::DateTime;
use serde_json::{Map, Value};

/// String fields of a customer.
const CUSTOMER_TEXT: [&str; 6] = [
    "email",
    "firstName",
    "lastName",
    "phone",
    "currency",
    "note",
];
/// String fields of an address.
const ADDRESS_TEXT: [&str; 10] = [
    "id",
    "firstName",
    "lastName",
    "address1",
    "address2",
    "city",
    "postalCode",
    "phone",
    "company",
    "references",
];

/// Everything about `customer` (at `path`) that breaks the spec's `Customer` schema.
pub(crate) fn customer_problems(path: &str, customer: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(fields) = customer.as_object() else {
        problems.push(format!("{path}: expected an object, got {customer}"));
        return problems;
    };
    match fields.get("id") {
        Some(Value::String(id)) if !id.is_empty() => {}
        Some(other) => problems.push(format!(
            "{path}.id: expected a non-empty string, got {other}"
        )),
        None => problems.push(format!("{path}.id: missing (the one required field)")),
    }
    let mut p = Problems {
        list: &mut problems,
    };
    for key in CUSTOMER_TEXT {
        p.text(path, fields, key);
    }
    if let Some(currency) = fields.get("currency").and_then(Value::as_str) {
        p.code(&format!("{path}.currency"), currency, 3, "ISO 4217");
    }
    if let Some(status) = p.object(path, fields, "status") {
        let at = format!("{path}.status");
        p.text(&at, status, "id");
        p.text(&at, status, "status");
    }
    if let Some(dates) = p.object(path, fields, "dates") {
        let at = format!("{path}.dates");
        p.date(&at, dates, "createdAt");
        p.date(&at, dates, "updatedAt");
    }
    match fields.get("addresses") {
        None | Some(Value::Null) => {}
        Some(Value::Array(addresses)) => {
            for (i, address) in addresses.iter().enumerate() {
                p.address(&format!("{path}.addresses[{i}]"), address);
            }
        }
        Some(other) => p.list.push(format!(
            "{path}.addresses: expected an array or null, got {other}"
        )),
    }
    problems
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

struct Problems<'a> {
    list: &'a mut Vec<String>,
}

impl Problems<'_> {
    fn text(&mut self, path: &str, fields: &Map<String, Value>, key: &str) {
        match fields.get(key) {
            None | Some(Value::Null | Value::String(_)) => {}
            Some(other) => self
                .list
                .push(format!("{path}.{key}: expected a string, got {other}")),
        }
    }

    fn flag(&mut self, path: &str, fields: &Map<String, Value>, key: &str) {
        match fields.get(key) {
            None | Some(Value::Null | Value::Bool(_)) => {}
            Some(other) => self
                .list
                .push(format!("{path}.{key}: expected a boolean, got {other}")),
        }
    }

    fn object<'v>(
        &mut self,
        path: &str,
        fields: &'v Map<String, Value>,
        key: &str,
    ) -> Option<&'v Map<String, Value>> {
        match fields.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Object(inner)) => Some(inner),
            Some(other) => {
                self.list
                    .push(format!("{path}.{key}: expected an object, got {other}"));
                None
            }
        }
    }

    fn date(&mut self, path: &str, fields: &Map<String, Value>, key: &str) {
        match fields.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::String(text)) if DateTime::parse_from_rfc3339(text).is_ok() => {}
            Some(other) => self.list.push(format!(
                "{path}.{key}: expected an RFC 3339 date-time, got {other}"
            )),
        }
    }

    fn code(&mut self, path: &str, code: &str, len: usize, standard: &str) {
        if code.len() != len || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            self.list.push(format!(
                "{path}: expected an {standard} code ({len} upper-case letters), got {code:?}"
            ));
        }
    }

    fn address(&mut self, path: &str, address: &Value) {
        let Some(fields) = address.as_object() else {
            self.list
                .push(format!("{path}: expected an object, got {address}"));
            return;
        };
        for key in ADDRESS_TEXT {
            self.text(path, fields, key);
        }
        self.flag(path, fields, "defaultBilling");
        self.flag(path, fields, "defaultShipping");
        if let Some(country) = self.object(path, fields, "country") {
            let at = format!("{path}.country");
            for key in ["code", "name", "codeIso2", "codeIso3"] {
                self.text(&at, country, key);
            }
            if let Some(iso2) = country.get("codeIso2").and_then(Value::as_str) {
                self.code(&format!("{at}.codeIso2"), iso2, 2, "ISO 3166-1 alpha-2");
            }
            if let Some(iso3) = country.get("codeIso3").and_then(Value::as_str) {
                self.code(&format!("{at}.codeIso3"), iso3, 3, "ISO 3166-1 alpha-3");
            }
        }
        if let Some(state) = self.object(path, fields, "state") {
            let at = format!("{path}.state");
            self.text(&at, state, "code");
            self.text(&at, state, "name");
        }
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
                "c.id: expected a non-empty string, got 7",
                "c.email: expected a string, got [\"x\"]",
                "c.dates.createdAt: expected an RFC 3339 date-time, got \"2024-08-21 07:52:09 +0000\"",
                "c.addresses[0].defaultBilling: expected a boolean, got \"true\"",
                "c.addresses[0].country.codeIso3: expected an ISO 3166-1 alpha-3 code (3 upper-case letters), got \"ge\"",
                "c.addresses[0].state: expected an object, got \"TB\"",
            ]
        );
        assert_eq!(blank_strings("c", &customer), ["c.note: \" \""]);
    }
}
