//! Ecwid's `responseFields`: `total,items(id,name,billingPerson(city))` keeps only the listed
//! fields of the response, at any depth.

use serde_json::Value;

use crate::errors::ApiError;

/// A parsed field selection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldSelection(Vec<Field>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Field {
    name: String,
    /// `Some` for `name(...)`: keep only these fields of the value (of each element of an array).
    children: Option<FieldSelection>,
}

impl FieldSelection {
    /// Parse `responseFields`. Names are letters, digits and `_`; spaces around them are ignored.
    pub(crate) fn parse(text: &str) -> Result<Self, ApiError> {
        let mut parser = Parser {
            text: text.as_bytes(),
            at: 0,
        };
        let selection = parser.list()?;
        parser.skip_spaces();
        if parser.at != parser.text.len() {
            return Err(parser.error("unexpected ')'"));
        }
        Ok(selection)
    }

    /// Remove every field of `value` that is not selected.
    pub(crate) fn apply(&self, value: &mut Value) {
        match value {
            Value::Object(map) => {
                map.retain(|key, _| self.0.iter().any(|f| f.name == *key));
                for field in &self.0 {
                    if let (Some(children), Some(inner)) =
                        (&field.children, map.get_mut(&field.name))
                    {
                        children.apply(inner);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|item| self.apply(item)),
            _ => {}
        }
    }
}

struct Parser<'a> {
    text: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> ApiError {
        ApiError::bad_parameter("responseFields", format!("{what} at position {}", self.at))
    }

    fn skip_spaces(&mut self) {
        while self.text.get(self.at) == Some(&b' ') {
            self.at += 1;
        }
    }

    fn list(&mut self) -> Result<FieldSelection, ApiError> {
        let mut fields = vec![self.field()?];
        loop {
            self.skip_spaces();
            if self.text.get(self.at) != Some(&b',') {
                return Ok(FieldSelection(fields));
            }
            self.at += 1;
            fields.push(self.field()?);
        }
    }

    fn field(&mut self) -> Result<Field, ApiError> {
        self.skip_spaces();
        let start = self.at;
        while self
            .text
            .get(self.at)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
        {
            self.at += 1;
        }
        if start == self.at {
            return Err(self.error("expected a field name"));
        }
        // Only ASCII was consumed, so the slice is valid UTF-8.
        let name = String::from_utf8_lossy(&self.text[start..self.at]).into_owned();
        self.skip_spaces();
        let children = if self.text.get(self.at) == Some(&b'(') {
            self.at += 1;
            let inner = self.list()?;
            self.skip_spaces();
            if self.text.get(self.at) != Some(&b')') {
                return Err(self.error("expected ')'"));
            }
            self.at += 1;
            Some(inner)
        } else {
            None
        };
        Ok(Field { name, children })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keeps_only_the_listed_fields_at_every_depth() {
        let mut page = json!({
            "total": 2, "count": 2, "offset": 0, "limit": 100, "allCustomerCount": 2,
            "items": [
                {"id": 1, "name": "a", "email": "a@x.io", "billingPerson": {"name": "a", "city": "Kyiv"}},
                {"id": 2, "name": "b", "lang": "en"}
            ]
        });
        FieldSelection::parse("total, items(id,email, billingPerson(city))")
            .unwrap()
            .apply(&mut page);
        assert_eq!(
            page,
            json!({
                "total": 2,
                "items": [
                    {"id": 1, "email": "a@x.io", "billingPerson": {"city": "Kyiv"}},
                    {"id": 2}
                ]
            })
        );
    }

    #[test]
    fn a_field_without_parentheses_is_kept_whole() {
        let mut page = json!({"total": 1, "items": [{"id": 1, "name": "a"}]});
        FieldSelection::parse("items").unwrap().apply(&mut page);
        assert_eq!(page, json!({"items": [{"id": 1, "name": "a"}]}));
    }

    #[test]
    fn malformed_selections_are_wrong_parameters() {
        for bad in [
            "", ",", "items(", "items(id", "items)", "total,", "items()", "a-b", "ité",
        ] {
            let err = FieldSelection::parse(bad).unwrap_err();
            assert!(
                matches!(err, ApiError::BadParameter { ref name, .. } if name == "responseFields"),
                "{bad:?}"
            );
        }
    }
}
