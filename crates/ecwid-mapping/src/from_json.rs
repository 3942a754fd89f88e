//! [`from_json`]: a document read from JSON text, every failure naming its JSON path. The
//! mapping reads Ecwid's customers and pages through it, and the gateway its request bodies.

use crate::{MappingError, MappingErrorKind};

/// The numeric `id` of a customer whose JSON did not deserialize, to name it in the error.
pub(crate) fn id_of(json: &str) -> Option<i64> {
    let value: serde_json::Value = serde_json::from_str(json).ok()?;
    value.as_object()?.get("id")?.as_i64()
}

/// Any document (an Ecwid customer, a canonical customer, a page) from JSON text: a JSON value
/// that is not an object, a syntax error or a value of the wrong type is a [`MappingError`] naming
/// the JSON path (`shippingAddresses[1].id`; `$` for the document itself).
///
/// ```
/// let err = ecwid_mapping::from_json::<ecartapi_client::types::CustomerInput>(r#"{"addresses": [{"city": 5}]}"#)
///     .unwrap_err();
/// assert_eq!(err.path(), "addresses[0].city");
/// ```
pub fn from_json<'de, T: serde::Deserialize<'de>>(json: &'de str) -> Result<T, MappingError> {
    // serde's derived structs also accept a JSON array (fields by position): a customer or a
    // page is an object, anything else is refused before it can half-parse.
    let start = json.trim_start();
    let found = match start.as_bytes().first() {
        Some(b'[') => Some("an array"),
        Some(b'"') => Some("a string"),
        Some(b'-' | b'0'..=b'9') => Some("a number"),
        _ if start.starts_with("null") => Some("null"),
        _ if start.starts_with("true") || start.starts_with("false") => Some("a boolean"),
        // An object, or not JSON at all: the parser says where.
        _ => None,
    };
    if let Some(found) = found {
        return Err(MappingError::new(
            "$",
            MappingErrorKind::NotAnObject { found },
        ));
    }
    // The fast path parses without tracking the path; only a failure is parsed again to learn
    // where it is (tracking costs about a third of the parse).
    serde_json::from_str(json).map_err(|err| {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let path = match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
            Err(traced) => traced.path().to_string(),
            // The value parsed: the error is after it (trailing characters).
            Ok(_) => String::new(),
        };
        // `?` stands for a key the parser had not read yet (text cut off): the error is in the
        // enclosing value.
        let known = path.trim_end_matches('?').trim_end_matches('.');
        let path = if known.is_empty() { "$" } else { known };
        MappingError::new(path, MappingErrorKind::Json(err))
    })
}
