//! [`SpecSchemas`]: the schemas of one OpenAPI 3.0 document, compiled on demand into
//! [`Schema`]s.

use serde_json::{Map, Value, json};

use crate::violation::Violation;

/// The schemas of one OpenAPI 3.0 document: any schema compiled in the context of the document's
/// `components` (so its `$ref`s resolve), with OpenAPI's `nullable` rewritten.
#[derive(Debug, Clone)]
pub struct SpecSchemas {
    /// The document's `components`, `nullable` rewritten.
    components: Value,
}

/// A schema that cannot be compiled: the spec is broken.
#[derive(Debug, thiserror::Error)]
#[error("the schema {what} cannot be compiled: {reason}")]
pub struct SchemaError {
    /// Which schema (a component's name, or where it sits in the spec).
    pub what: String,
    /// Why, as the JSON Schema compiler says.
    pub reason: String,
}

impl SpecSchemas {
    /// The schemas of `doc`, an OpenAPI 3.0 document as JSON.
    pub fn new(doc: &Value) -> Self {
        let components = doc.get("components").cloned().unwrap_or_else(|| json!({}));
        Self {
            components: rewrite_nullable(components),
        }
    }

    /// The schemas of an OpenAPI 3.0 document in YAML.
    ///
    /// # Errors
    /// When `yaml` is not YAML.
    pub fn from_yaml(yaml: &str) -> Result<Self, serde_yaml::Error> {
        let doc: Value = serde_yaml::from_str(yaml)?;
        Ok(Self::new(&doc))
    }

    /// The component schema `name` (`#/components/schemas/{name}`).
    ///
    /// # Errors
    /// When the document has no such schema, or it cannot be compiled.
    pub fn component(&self, name: &str) -> Result<Schema, SchemaError> {
        if self
            .components
            .pointer(&format!("/schemas/{name}"))
            .is_none()
        {
            return Err(SchemaError {
                what: name.to_owned(),
                reason: "the spec has no such component schema".to_owned(),
            });
        }
        self.compile(
            name,
            &json!({ "$ref": format!("#/components/schemas/{name}") }),
        )
    }

    /// Any `schema` of the document (a media type's or a parameter's), its `$ref`s resolved
    /// against the document's components; `what` names it in errors.
    ///
    /// # Errors
    /// When it cannot be compiled.
    pub fn compile(&self, what: &str, schema: &Value) -> Result<Schema, SchemaError> {
        // Draft 4 ignores the siblings of a `$ref`, so the schema goes under `allOf`.
        let root = json!({
            "components": self.components,
            "allOf": [rewrite_nullable(schema.clone())],
        });
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft4)
            .should_validate_formats(true)
            .build(&root)
            .map_err(|err| SchemaError {
                what: what.to_owned(),
                reason: err.to_string(),
            })?;
        Ok(Schema { validator })
    }
}

/// One compiled schema.
#[derive(Debug)]
pub struct Schema {
    validator: jsonschema::Validator,
}

impl Schema {
    /// Whether `value` satisfies the schema.
    pub fn is_valid(&self, value: &Value) -> bool {
        self.validator.is_valid(value)
    }

    /// The first place where `value` breaks the schema, if any.
    pub fn first_violation(&self, value: &Value) -> Option<Violation> {
        self.validator
            .validate(value)
            .err()
            .map(|err| Violation::new(&err))
    }

    /// Every place where `value` breaks the schema.
    pub fn violations(&self, value: &Value) -> Vec<Violation> {
        self.validator
            .iter_errors(value)
            .map(|err| Violation::new(&err))
            .collect()
    }
}

/// OpenAPI 3.0's `nullable: true` becomes JSON Schema's `type: [T, "null"]` (and `null` joins an
/// `enum`).
fn rewrite_nullable(mut value: Value) -> Value {
    fn walk(value: &mut Value) {
        match value {
            Value::Object(map) => {
                if map.remove("nullable") == Some(Value::Bool(true)) {
                    make_nullable(map);
                }
                map.values_mut().for_each(walk);
            }
            Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    fn make_nullable(map: &mut Map<String, Value>) {
        if let Some(Value::String(ty)) = map.get("type") {
            map.insert("type".into(), json!([ty.clone(), "null"]));
        }
        if let Some(Value::Array(values)) = map.get_mut("enum") {
            values.push(Value::Null);
        }
    }
    walk(&mut value);
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schemas() -> SpecSchemas {
        SpecSchemas::new(&json!({
            "openapi": "3.0.3",
            "components": {"schemas": {
                "Page": {"type": "object", "required": ["items"], "properties": {
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
                }},
                "Item": {"type": "object", "properties": {
                    "id": {"type": "integer", "format": "int64"},
                    "note": {"type": "string", "nullable": true},
                    "kind": {"type": "string", "enum": ["a", "b"], "nullable": true},
                    "at": {"type": "string", "format": "date-time"}
                }}
            }}
        }))
    }

    #[test]
    fn nullable_is_a_type_union_and_refs_resolve() {
        let page = schemas().component("Page").unwrap();
        assert!(page.is_valid(&json!({"items": [{"id": 1, "note": null, "kind": null}]})));
        assert!(page.is_valid(&json!({"items": [{"kind": "a", "extra": null}]})));
        let violations = page.violations(&json!({"items": [{"id": null}, {"kind": "c"}]}));
        let paths: Vec<&str> = violations.iter().map(|v| v.path.as_str()).collect();
        assert_eq!(paths, ["items[0].id", "items[1].kind"]);
    }

    #[test]
    fn formats_are_checked() {
        let item = schemas().component("Item").unwrap();
        assert!(item.is_valid(&json!({"at": "2024-08-21T07:52:09+04:00"})));
        for bad in ["2024-08-21 07:52:09 +0000", "2024-08-21", "yesterday"] {
            let violation = item.first_violation(&json!({ "at": bad })).unwrap();
            assert_eq!(violation.path, "at", "{bad}");
            assert_eq!(
                violation.message,
                format!("expected an RFC 3339 date-time, got {:?}", bad)
            );
        }
    }

    #[test]
    fn an_unknown_or_broken_schema_is_an_error() {
        let err = schemas().component("Nope").unwrap_err();
        assert_eq!(err.what, "Nope");
        let err = schemas()
            .compile("broken", &json!({"type": "strin"}))
            .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("the schema broken cannot be compiled")
        );
    }
}
