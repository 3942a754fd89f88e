//! A spec as the comparison reads it: a JSON value, where it came from, and local `$ref`s
//! followed to the node they name, with that node's JSON pointer.

use std::path::Path;

use anyhow::{Context, Result, bail};
use serde_json::Value;

use super::git;

/// One OpenAPI document and the name it is reported under.
pub struct Spec {
    /// Where the text came from: a file, or `REV:path` for a git revision.
    pub source: String,
    /// The document, YAML or JSON read as JSON.
    pub doc: Value,
}

impl Spec {
    /// Parse a spec's text; errors name `source`.
    pub fn parse(source: String, text: &str) -> Result<Spec> {
        let doc: Value =
            serde_yaml::from_str(text).with_context(|| format!("{source}: not YAML or JSON"))?;
        if !doc.is_object() || doc.get("openapi").is_none() {
            bail!("{source}: not an OpenAPI document (no `openapi` at the top)");
        }
        Ok(Spec { source, doc })
    }

    /// A spec file.
    pub fn read(path: &Path) -> Result<Spec> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        Spec::parse(path.display().to_string(), &text)
    }

    /// `path` (relative to the repository root) as it was at git revision `rev`, or `None` when
    /// the file did not exist there.
    pub fn at_revision(root: &Path, rev: &str, path: &str) -> Result<Option<Spec>> {
        match git::show(root, rev, path)? {
            Some(text) => Spec::parse(format!("{rev}:{path}"), &text).map(Some),
            None if git::is_revision(root, rev)? => Ok(None),
            None => bail!("{rev} is not a git revision of {}", root.display()),
        }
    }

    /// Follow `node`'s local `$ref`s (a chain of them) to the node they name. Returns that node
    /// and its JSON pointer; `pointer` is `node`'s own, returned when it is not a reference.
    pub fn resolve<'a>(&'a self, node: &'a Value, pointer: &str) -> Result<(&'a Value, String)> {
        resolve(&self.doc, node, pointer).with_context(|| format!("{}: at #{pointer}", self.source))
    }
}

/// [`Spec::resolve`] on a bare document.
pub fn resolve<'a>(doc: &'a Value, node: &'a Value, pointer: &str) -> Result<(&'a Value, String)> {
    let mut node = node;
    let mut pointer = pointer.to_string();
    for _ in 0..32 {
        let Some(reference) = node.get("$ref").and_then(Value::as_str) else {
            return Ok((node, pointer));
        };
        let target = reference
            .strip_prefix('#')
            .with_context(|| format!("only local references are supported: {reference}"))?;
        node = doc
            .pointer(target)
            .with_context(|| format!("dangling reference {reference}"))?;
        pointer = target.to_string();
    }
    bail!("a chain of more than 32 references")
}

/// `pointer` extended by one key, escaped as RFC 6901 says.
pub fn child(pointer: &str, key: &str) -> String {
    format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_chain_of_references_ends_at_the_named_node_with_its_pointer() {
        let doc = json!({
            "components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"type": "string"}}},
            "x": {"$ref": "#/components/schemas/A"}
        });
        let (node, pointer) = resolve(&doc, &doc["x"], "/x").unwrap();
        assert_eq!(node, &json!({"type": "string"}));
        assert_eq!(pointer, "/components/schemas/B");
    }

    #[test]
    fn a_dangling_reference_is_named() {
        let doc = json!({"openapi": "3.0.3", "x": {"$ref": "#/components/schemas/Gone"}});
        let spec = Spec {
            source: "old.yaml".into(),
            doc,
        };
        let err = spec.resolve(&spec.doc["x"], "/x").unwrap_err();
        let text = format!("{err:#}");
        assert!(text.contains("old.yaml: at #/x"), "{text}");
        assert!(
            text.contains("dangling reference #/components/schemas/Gone"),
            "{text}"
        );
    }

    #[test]
    fn pointer_keys_are_escaped() {
        assert_eq!(
            child("/paths", "/customers/{id}"),
            "/paths/~1customers~1{id}"
        );
        assert_eq!(child("", "a~b"), "/a~0b");
    }
}
