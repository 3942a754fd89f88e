//! Ecwid's `responseFields` grammar: `total,items(id,name,billingPerson(city))` names the fields
//! of the answer to keep, each optionally followed by the fields to keep inside it, to any depth.
//!
//! Ecwid documents it by example (<https://api-docs.ecwid.com/reference/rest-api>, "Response
//! fields specification": `items(id,total)`; `id,email,items(price,sku,name)`;
//! `generalInfo(storeId,storeUrl),settings(storeName)`), and its official client writes nested
//! selections of any depth. A field name is letters, digits and `_`; spaces around names and
//! punctuation are ignored. Nesting is not a regular language, so the spec states this in words
//! and the client and the simulated store both parse it here.
//!
//! ```
//! use ecwid_client::response_fields::ResponseFields;
//!
//! let fields = ResponseFields::parse("total, items(id, billingPerson(city))").unwrap();
//! assert!(fields.get("total").is_some());
//! assert_eq!(fields.to_string(), "total,items(id,billingPerson(city))");
//! assert!(ResponseFields::parse("items(id").is_err());
//! ```

use std::fmt;

/// A parsed `responseFields` value: the fields to keep, in the order given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseFields(Vec<ResponseField>);

/// One field of a [`ResponseFields`] selection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseField {
    name: String,
    children: Option<ResponseFields>,
}

/// A `responseFields` value that does not parse: what was expected and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what} at position {at}")]
pub struct InvalidResponseFields {
    what: String,
    at: usize,
}

impl InvalidResponseFields {
    /// The byte offset in the value where parsing stopped.
    pub fn position(&self) -> usize {
        self.at
    }
}

impl ResponseFields {
    /// Parse a `responseFields` value.
    pub fn parse(text: &str) -> Result<Self, InvalidResponseFields> {
        let mut parser = Parser {
            text: text.as_bytes(),
            at: 0,
        };
        let fields = parser.list()?;
        parser.skip_spaces();
        match parser.peek() {
            None => Ok(fields),
            Some(_) => Err(parser.unexpected()),
        }
    }

    /// The fields, in the order given.
    pub fn fields(&self) -> &[ResponseField] {
        &self.0
    }

    /// The field named `name` at this level, if selected.
    pub fn get(&self, name: &str) -> Option<&ResponseField> {
        self.0.iter().find(|field| field.name == name)
    }

    /// Whether a field named `name` is selected at this level.
    pub fn contains(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Remove from `value` every field this selection does not keep, as Ecwid does to an
    /// answer: at each depth, in each element of an array. A scalar is left as it is.
    ///
    /// ```
    /// use ecwid_client::response_fields::ResponseFields;
    /// use serde_json::json;
    ///
    /// let mut page = json!({"total": 1, "count": 1, "items": [
    ///     {"id": 7, "email": "a@example.com", "billingPerson": {"city": "Oslo", "phone": "1"}}
    /// ]});
    /// ResponseFields::parse("total,items(id,billingPerson(city))").unwrap().retain(&mut page);
    /// assert_eq!(page, json!({"total": 1, "items": [{"id": 7, "billingPerson": {"city": "Oslo"}}]}));
    /// ```
    pub fn retain(&self, value: &mut serde_json::Value) {
        use serde_json::Value;
        match value {
            Value::Object(map) => {
                map.retain(|key, _| self.contains(key));
                for field in &self.0 {
                    if let (Some(children), Some(inner)) =
                        (&field.children, map.get_mut(&field.name))
                    {
                        children.retain(inner);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|item| self.retain(item)),
            _ => {}
        }
    }
}

impl ResponseField {
    /// The field's JSON name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The fields to keep inside this one (`items(id,name)`), or `None` to keep it whole.
    pub fn children(&self) -> Option<&ResponseFields> {
        self.children.as_ref()
    }
}

/// The selection written the way Ecwid's examples write it: no spaces.
impl fmt::Display for ResponseFields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, field) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            f.write_str(&field.name)?;
            if let Some(children) = &field.children {
                write!(f, "({children})")?;
            }
        }
        Ok(())
    }
}

struct Parser<'a> {
    text: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn error(&self, what: impl Into<String>) -> InvalidResponseFields {
        InvalidResponseFields {
            what: what.into(),
            at: self.at,
        }
    }

    /// The character at the current position, which has no place there.
    fn unexpected(&self) -> InvalidResponseFields {
        let rest = String::from_utf8_lossy(&self.text[self.at..]);
        let found = rest.chars().next().unwrap_or_default();
        self.error(format!("unexpected {found:?}"))
    }

    fn skip_spaces(&mut self) {
        while self.peek() == Some(b' ') {
            self.at += 1;
        }
    }

    fn list(&mut self) -> Result<ResponseFields, InvalidResponseFields> {
        let mut fields = vec![self.field()?];
        loop {
            self.skip_spaces();
            if self.peek() != Some(b',') {
                return Ok(ResponseFields(fields));
            }
            self.at += 1;
            fields.push(self.field()?);
        }
    }

    fn field(&mut self) -> Result<ResponseField, InvalidResponseFields> {
        self.skip_spaces();
        let start = self.at;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            self.at += 1;
        }
        if start == self.at {
            return Err(self.error("expected a field name"));
        }
        // Only ASCII was consumed, so the slice is valid UTF-8.
        let name = String::from_utf8_lossy(&self.text[start..self.at]).into_owned();
        self.skip_spaces();
        let children = if self.peek() == Some(b'(') {
            self.at += 1;
            let inner = self.list()?;
            self.skip_spaces();
            if self.peek() != Some(b')') {
                return Err(self.error("expected ')'"));
            }
            self.at += 1;
            Some(inner)
        } else {
            None
        };
        Ok(ResponseField { name, children })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_shape_parses() {
        // Ecwid's own examples: https://api-docs.ecwid.com/reference/rest-api,
        // .../reference/search-customers, .../reference/search-orders, .../reference/get-order,
        // .../reference/get-store-profile, and the customer search example of
        // https://docs.ecwid.com/api-reference/rest-api/customers/search-customers.
        for documented in [
            "items(id,total)",
            "items(id,email,taxId)",
            "id,email,items(price,sku,name)",
            "generalInfo(storeId,storeUrl),settings(storeName)",
            "total,items(id,name,email)",
        ] {
            let fields = ResponseFields::parse(documented).unwrap();
            assert_eq!(fields.to_string(), documented);
        }
    }

    #[test]
    fn nesting_goes_to_any_depth_and_spaces_are_ignored() {
        let fields = ResponseFields::parse(
            " total , items ( id , shippingAddresses ( id , a ( b ( c ) ) ) ) ",
        )
        .unwrap();
        assert_eq!(
            fields.to_string(),
            "total,items(id,shippingAddresses(id,a(b(c))))"
        );
        let items = fields.get("items").unwrap();
        assert_eq!(items.name(), "items");
        let addresses = items.children().unwrap().get("shippingAddresses").unwrap();
        assert!(addresses.children().unwrap().contains("a"));
        assert!(fields.get("total").unwrap().children().is_none());
        assert!(!fields.contains("count"));
    }

    #[test]
    fn malformed_selections_say_what_and_where() {
        for (bad, message) in [
            ("", "expected a field name at position 0"),
            (",", "expected a field name at position 0"),
            ("total,", "expected a field name at position 6"),
            ("items(", "expected a field name at position 6"),
            ("items()", "expected a field name at position 6"),
            ("items(id", "expected ')' at position 8"),
            ("items)", "unexpected ')' at position 5"),
            ("a b", "unexpected 'b' at position 2"),
            ("a-b", "unexpected '-' at position 1"),
            ("ité", "unexpected 'é' at position 2"),
        ] {
            let err = ResponseFields::parse(bad).unwrap_err();
            assert_eq!(err.to_string(), message, "{bad:?}");
        }
    }
}
