//! Test support: read the examples embedded in the OpenAPI specs of this workspace.
//!
//! The specs carry the JSON payloads of Ecwid's REST API reference and of ecartAPI's customers page
//! (and our canonical mapping of Ecwid's) as `examples`; tests of the clients, the mapping and the
//! servers feed on them through this crate instead of copying them. The servers' tests also read
//! raw answers through its [`Answer`], which holds them to the canonical spec's envelope.
//!
//! ```
//! use spec_examples::{ECWID, Spec};
//!
//! let spec = Spec::load(ECWID);
//! let page = spec.example("/{storeId}/customers", "get", "responses/200", "twoCustomers");
//! assert_eq!(page["items"].as_array().map(Vec::len), Some(2));
//! ```
#![deny(missing_docs)]

mod answer;
mod arbitrary;

use std::path::PathBuf;

use proptest::strategy::BoxedStrategy;

pub use answer::Answer;
pub use arbitrary::{JsonOptions, date_time, text};

use serde_json::Value;

/// The Ecwid spec, relative to the workspace root.
pub const ECWID: &str = "specs/ecwid/customers.yaml";
/// The canonical ecartAPI spec, relative to the workspace root.
pub const ECARTAPI: &str = "specs/ecartapi/customers.yaml";

/// A parsed spec.
pub struct Spec {
    doc: Value,
}

impl Spec {
    /// Load a spec by its path relative to the workspace root ([`ECWID`], [`ECARTAPI`]).
    ///
    /// # Panics
    /// When the file is missing or not YAML: this is test support, a panic is the report.
    pub fn load(relative: &str) -> Self {
        let path = workspace_root().join(relative);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|err| panic!("reading {}: {err}", path.display()));
        let doc = serde_yaml::from_str(&text)
            .unwrap_or_else(|err| panic!("parsing {}: {err}", path.display()));
        Self { doc }
    }

    /// The whole document.
    pub fn doc(&self) -> &Value {
        &self.doc
    }

    /// A proptest strategy for JSON documents valid against the component schema `name`: every
    /// property present or absent at random, strings from [`text`], dates from [`date_time`],
    /// numbers within the schema's bounds.
    ///
    /// # Panics
    /// When the schema is missing.
    pub fn arbitrary_json(&self, name: &str, options: JsonOptions) -> BoxedStrategy<Value> {
        let schema = self
            .doc
            .pointer(&format!("/components/schemas/{name}"))
            .unwrap_or_else(|| panic!("no schema {name}"));
        arbitrary::json_for(&self.doc, schema, options)
    }

    /// The named examples of the JSON body of an operation: `part` is `requestBody` or
    /// `responses/<code>`. `$ref`s (to responses or examples) are followed.
    ///
    /// # Panics
    /// When the operation, the body or its examples are missing.
    pub fn examples(&self, path: &str, method: &str, part: &str) -> Vec<(String, Value)> {
        let pointer = format!(
            "/paths/{}/{method}/{part}",
            path.replace('~', "~0").replace('/', "~1")
        );
        let holder = self.resolve(
            self.doc
                .pointer(&pointer)
                .unwrap_or_else(|| panic!("nothing at {pointer}")),
        );
        let media = &holder["content"]["application/json"];
        let named = media["examples"]
            .as_object()
            .unwrap_or_else(|| panic!("no examples at {pointer}"));
        named
            .iter()
            .map(|(name, example)| (name.clone(), self.resolve(example)["value"].clone()))
            .collect()
    }

    /// The value of one named example (see [`Self::examples`]).
    ///
    /// # Panics
    /// When there is no such example.
    pub fn example(&self, path: &str, method: &str, part: &str, name: &str) -> Value {
        self.examples(path, method, part)
            .into_iter()
            .find_map(|(n, v)| (n == name).then_some(v))
            .unwrap_or_else(|| panic!("no example {name} at {method} {path} {part}"))
    }

    fn resolve<'a>(&'a self, node: &'a Value) -> &'a Value {
        match node.get("$ref").and_then(Value::as_str) {
            Some(reference) => self
                .doc
                .pointer(reference.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("dangling {reference}")),
            None => node,
        }
    }
}

/// JSON equality where `97` and `97.0` are the same number: money is `number` in the specs, so a
/// typed model holds `f64` and writes `97.0` back.
pub fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

fn workspace_root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn same_json_ignores_integer_versus_float_only() {
        assert!(same_json(&json!({"a": [97]}), &json!({"a": [97.0]})));
        assert!(!same_json(&json!({"a": 1}), &json!({"a": 1, "b": null})));
        assert!(!same_json(&json!([1, 2]), &json!([2, 1])));
        assert!(!same_json(&json!({"a": "1"}), &json!({"a": 1})));
    }

    #[test]
    fn the_ecwid_search_example_is_found() {
        let spec = Spec::load(ECWID);
        let examples = spec.examples("/{storeId}/customers", "get", "responses/200");
        assert!(
            examples
                .iter()
                .any(|(_, v)| v["items"][1]["id"] == json!(277137633))
        );
    }

    #[test]
    fn an_all_of_of_objects_draws_the_properties_of_every_member() {
        use proptest::strategy::{Strategy, ValueTree};
        use proptest::test_runner::TestRunner;
        // A write type, a response type built on it in two steps, and a create body that
        // requires one of its fields: the shapes of the Ecwid spec's contacts.
        let doc = json!({"components": {"schemas": {
            "Update": {"type": "object", "properties": {
                "contact": {"type": "string"}, "note": {"type": "string"}}},
            "Input": {"allOf": [{"$ref": "#/components/schemas/Update"},
                {"type": "object", "properties": {"id": {"type": "integer"}}}]},
            "Read": {"allOf": [{"$ref": "#/components/schemas/Input"},
                {"type": "object", "properties": {"timestamp": {"type": "string"}}}]},
            "Create": {"allOf": [{"$ref": "#/components/schemas/Update"},
                {"type": "object", "required": ["contact"]}]}
        }}});
        let schema = |name: &str| doc["components"]["schemas"][name].clone();
        let read = arbitrary::json_for(&doc, &schema("Read"), JsonOptions::default());
        let create = arbitrary::json_for(&doc, &schema("Create"), JsonOptions::default());
        let mut runner = TestRunner::deterministic();
        let mut keys = std::collections::BTreeSet::new();
        for _ in 0..100 {
            let value = create.new_tree(&mut runner).unwrap().current();
            assert!(value["contact"].is_string(), "{value}");
            assert!(value.get("id").is_none(), "{value}");
            let value = read.new_tree(&mut runner).unwrap().current();
            keys.extend(value.as_object().unwrap().keys().cloned());
        }
        let keys: Vec<_> = keys.iter().map(String::as_str).collect();
        assert_eq!(keys, ["contact", "id", "note", "timestamp"]);
    }

    #[test]
    #[should_panic(expected = "not an object")]
    fn an_all_of_with_a_member_that_is_not_an_object_is_refused() {
        let doc = json!({});
        let schema = json!({"allOf": [{"type": "object"}, {"type": "string"}]});
        let _ = arbitrary::json_for(&doc, &schema, JsonOptions::default());
    }
}
