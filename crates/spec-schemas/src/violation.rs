//! [`Violation`]: where a JSON value breaks a schema, and what the schema expected there.

use std::fmt;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{JsonType, ValidationError};
use serde_json::Value;

/// Longest JSON text of a value quoted in a message.
const QUOTED_CHARS: usize = 60;

/// One place where a value breaks a schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The JSON path of the bad value, as this workspace writes paths:
    /// `customer.addresses[0].city`; `$` is the whole document.
    pub path: String,
    /// What the schema expected there, and what it got (`expected a string, got 5`).
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl Violation {
    pub(crate) fn new(error: &ValidationError<'_>) -> Self {
        let path = json_path(error.instance_path().as_str());
        let message = match error.kind() {
            ValidationErrorKind::Type { kind } => {
                let got = error.instance();
                let expected = match kind {
                    TypeKind::Single(ty) => a(*ty),
                    TypeKind::Multiple(types) => {
                        types.iter().map(a).collect::<Vec<_>>().join(" or ")
                    }
                };
                // A null array item has no field to leave out.
                let hint = if got.is_null() && !path.ends_with(']') {
                    "; leave the field out instead"
                } else {
                    ""
                };
                format!("expected {expected}, got {}{hint}", describe(got))
            }
            ValidationErrorKind::Format { format } => {
                let expected = match format.as_str() {
                    "date-time" => "an RFC 3339 date-time".to_owned(),
                    "date" => "an RFC 3339 date".to_owned(),
                    other => format!("a string of format {other:?}"),
                };
                format!("expected {expected}, got {}", describe(error.instance()))
            }
            ValidationErrorKind::Required { property } => match property.as_str() {
                Some(name) => format!("{name} is required and missing"),
                None => error.to_string(),
            },
            _ => error.to_string(),
        };
        Self { path, message }
    }
}

/// A JSON pointer (`/items/1/id`) as a JSON path (`items[1].id`; the root is `$`).
pub fn json_path(pointer: &str) -> String {
    let mut path = String::new();
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        if segment.parse::<usize>().is_ok() {
            path.push('[');
            path.push_str(&segment);
            path.push(']');
        } else {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(&segment);
        }
    }
    if path.is_empty() {
        path.push('$');
    }
    path
}

/// `a string`, `an object`, `null`.
fn a(ty: JsonType) -> String {
    match ty {
        JsonType::Null => "null".to_owned(),
        JsonType::Array | JsonType::Integer | JsonType::Object => format!("an {ty}"),
        _ => format!("a {ty}"),
    }
}

/// A scalar as its JSON text (clipped), an array or object by its type.
fn describe(value: &Value) -> String {
    match value {
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
        scalar => {
            let text = scalar.to_string();
            match text.char_indices().nth(QUOTED_CHARS) {
                Some((end, _)) => format!("{}...", &text[..end]),
                None => text,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_become_paths() {
        assert_eq!(json_path(""), "$");
        assert_eq!(json_path("/items/1/id"), "items[1].id");
        assert_eq!(json_path("/0"), "[0]");
        assert_eq!(json_path("/a~1b/c~0d"), "a/b.c~d");
    }

    #[test]
    fn long_values_are_clipped() {
        let long = Value::from("x".repeat(200));
        let described = describe(&long);
        assert_eq!(described.chars().count(), QUOTED_CHARS + 3);
        assert!(described.ends_with("..."));
        assert_eq!(describe(&Value::from(5)), "5");
        assert_eq!(describe(&serde_json::json!([1])), "an array");
    }
}
