//! `cargo xtask check-specs`: every example embedded in a spec must validate against its schema.
//!
//! The schemas are compiled by `spec-schemas`, as the gateway and the conformance suite compile
//! them. Examples are found wherever the spec allows them: media types and parameters (`example`,
//! `examples`, including `$ref`s into `components/examples`) and schema objects (`example`).

use std::fs;
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde_json::Value;
use spec_schemas::SpecSchemas;

use crate::spec_diff::load;

/// The specs whose examples are checked.
pub const SPECS: [&str; 2] = [
    "specs/ecwid/customers.yaml",
    "specs/ecartapi/customers.yaml",
];

/// One example and the schema it must satisfy.
#[derive(Debug)]
struct Example {
    /// Where the example sits in the spec, e.g. `paths./{storeId}/customers.get.responses.200`.
    location: String,
    /// The example's name (`examples` key), or `example` for the single-example keyword.
    name: String,
    schema: Value,
    value: Value,
}

/// A failed example: its name, where it is, and the first mismatch.
#[derive(Debug, PartialEq)]
pub struct Mismatch {
    /// Example name.
    pub name: String,
    /// Location of the example in the spec.
    pub location: String,
    /// JSON path of the first bad value inside the example (`items[1].id`; `$` is the whole
    /// example).
    pub path: String,
    /// What is wrong there.
    pub message: String,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "example `{}` at {}: {}: {}",
            self.name, self.location, self.path, self.message
        )
    }
}

/// Entry point: `Ok(false)` when any example fails.
pub fn run(root: &Path) -> Result<bool> {
    let mut all_good = true;
    for spec in SPECS {
        let text =
            fs::read_to_string(root.join(spec)).with_context(|| format!("reading {spec}"))?;
        let doc: Value = serde_yaml::from_str(&text).with_context(|| format!("parsing {spec}"))?;
        let (checked, mismatches) = check_document(&doc)?;
        for mismatch in &mismatches {
            eprintln!("{spec}: {mismatch}");
        }
        all_good &= mismatches.is_empty();
        eprintln!(
            "{spec}: {checked} examples checked, {} failed",
            mismatches.len()
        );
    }
    Ok(all_good)
}

/// Validate every example of one OpenAPI document; returns how many were checked and the failures.
pub fn check_document(doc: &Value) -> Result<(usize, Vec<Mismatch>)> {
    let mut examples = Vec::new();
    collect(doc, doc, "", None, &mut examples)?;
    if examples.is_empty() {
        bail!("the spec has no examples: nothing would be checked");
    }
    let schemas = SpecSchemas::new(doc);
    let mut mismatches = Vec::new();
    for example in &examples {
        let schema = schemas.compile(&example.location, &example.schema)?;
        if let Some(violation) = schema.first_violation(&example.value) {
            mismatches.push(Mismatch {
                name: example.name.clone(),
                location: example.location.clone(),
                path: violation.path,
                message: violation.message,
            });
        }
    }
    Ok((examples.len(), mismatches))
}

fn collect(
    doc: &Value,
    node: &Value,
    location: &str,
    parent_key: Option<&str>,
    out: &mut Vec<Example>,
) -> Result<()> {
    match node {
        Value::Object(map) => {
            if let Some(schema) = map.get("schema") {
                // A media type or a parameter.
                if let Some(value) = map.get("example") {
                    out.push(example(location, "example", schema, value));
                }
                if let Some(Value::Object(named)) = map.get("examples") {
                    for (name, entry) in named {
                        // A `$ref` into `components/examples`.
                        let (entry, _) = load::resolve(doc, entry, location)?;
                        let Some(value) = entry.get("value") else {
                            bail!("example `{name}` at {location} has no inline `value`");
                        };
                        out.push(example(location, name, schema, value));
                    }
                }
            } else if let Some(value) = map.get("example")
                && parent_key != Some("properties")
            {
                // A schema object with its own example.
                out.push(example(location, "example", node, value));
            }
            for (key, child) in map {
                if key == "example" || key == "examples" {
                    continue;
                }
                let child_location = if location.is_empty() {
                    key.clone()
                } else {
                    format!("{location}.{key}")
                };
                collect(doc, child, &child_location, Some(key), out)?;
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect(doc, child, &format!("{location}[{i}]"), None, out)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn example(location: &str, name: &str, schema: &Value, value: &Value) -> Example {
    Example {
        location: location.to_owned(),
        name: name.to_owned(),
        schema: schema.clone(),
        value: value.clone(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn spec_with_example(example: Value) -> Value {
        json!({
            "openapi": "3.0.3",
            "paths": {"/x": {"get": {"responses": {"200": {"content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Page"},
                "examples": {
                    "good": {"value": {"items": [{"id": 1, "note": null}]}},
                    "named": {"$ref": "#/components/examples/Page"}
                }
            }}}}}}},
            "components": {
                "schemas": {
                    "Page": {"type": "object", "properties": {
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
                    }},
                    "Item": {"type": "object", "properties": {
                        "id": {"type": "integer", "format": "int64"},
                        "note": {"type": "string", "nullable": true}
                    }}
                },
                "examples": {"Page": {"value": example}}
            }
        })
    }

    #[test]
    fn valid_examples_pass_and_are_counted() {
        let doc = spec_with_example(json!({"items": [{"id": 2}]}));
        let (checked, mismatches) = check_document(&doc).unwrap();
        assert_eq!(checked, 2);
        assert_eq!(mismatches, vec![]);
    }

    #[test]
    fn a_mismatch_names_the_example_and_the_json_path() {
        let doc = spec_with_example(json!({"items": [{"id": 2}, {"id": "three"}]}));
        let (_, mismatches) = check_document(&doc).unwrap();
        assert_eq!(mismatches.len(), 1, "{mismatches:?}");
        let mismatch = &mismatches[0];
        assert_eq!(mismatch.name, "named");
        assert_eq!(mismatch.path, "items[1].id");
        assert_eq!(
            mismatch.location,
            "paths./x.get.responses.200.content.application/json"
        );
        assert!(mismatch.message.contains("integer"), "{}", mismatch.message);
    }

    #[test]
    fn a_schema_level_example_is_checked() {
        let mut doc = spec_with_example(json!({}));
        doc["components"]["schemas"]["Item"]["properties"]["id"]["example"] = json!("x");
        let (_, mismatches) = check_document(&doc).unwrap();
        assert_eq!(mismatches.len(), 1, "{mismatches:?}");
        assert_eq!(
            mismatches[0].location,
            "components.schemas.Item.properties.id"
        );
    }

    #[test]
    fn a_spec_without_examples_is_refused() {
        let doc = json!({"openapi": "3.0.3", "paths": {}});
        assert!(check_document(&doc).is_err());
    }

    #[test]
    fn the_project_specs_examples_all_validate() {
        let root = crate::workspace::root().unwrap();
        for spec in SPECS {
            let text = fs::read_to_string(root.join(spec)).unwrap();
            let doc: Value = serde_yaml::from_str(&text).unwrap();
            let (checked, mismatches) = check_document(&doc).unwrap();
            assert!(checked >= 5, "{spec}: only {checked} examples");
            assert_eq!(mismatches, vec![], "{spec}");
        }
    }
}
