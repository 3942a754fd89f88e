//! [`JsonStr`]: a JSON string value that borrows from the document's text when it can.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

/// A JSON string: borrowed from the text when it holds no escape, else an owned copy.
///
/// (serde's own `Cow<str>` inside an `Option` always copies.) The input views of the mapping
/// hold their strings as this type, so JSON text -> canonical JSON text copies no string that
/// needs no unescaping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct JsonStr<'a>(pub(crate) Cow<'a, str>);

impl<'a> JsonStr<'a> {
    /// A string the view borrows from a generated type.
    pub(crate) fn borrowed(value: &'a Option<String>) -> Option<Self> {
        value.as_deref().map(|s| JsonStr(Cow::Borrowed(s)))
    }

    /// A string the view takes over from a generated type.
    pub(crate) fn owned(value: Option<String>) -> Option<Self> {
        value.map(|s| JsonStr(Cow::Owned(s)))
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for JsonStr<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct JsonStrVisitor;

        impl<'de> Visitor<'de> for JsonStrVisitor {
            type Value = JsonStr<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(JsonStr(Cow::Borrowed(v)))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(JsonStr(Cow::Owned(v.to_owned())))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(JsonStr(Cow::Owned(v)))
            }
        }

        deserializer.deserialize_str(JsonStrVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borrows_unless_the_text_has_an_escape() {
        let plain: JsonStr<'_> = serde_json::from_str(r#""Mary""#).unwrap();
        assert!(matches!(plain.0, Cow::Borrowed("Mary")));
        let escaped: JsonStr<'_> = serde_json::from_str(r#""Mary\tAnn""#).unwrap();
        assert!(matches!(escaped.0, Cow::Owned(ref s) if s == "Mary\tAnn"));
        assert!(serde_json::from_str::<JsonStr<'_>>("5").is_err());
    }
}
