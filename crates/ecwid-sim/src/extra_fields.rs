//! The store's customer extra field definitions (`/store_extrafields/customers`) and the check of
//! the values customers hold for them.

use ecwid_client::types::{
    CustomerExtraFieldDefinition, CustomerExtraFieldDefinitionRequest, CustomerExtraFieldInput,
    ExtraFieldType,
};

use crate::dates::{self, Timestamp};
use crate::errors::EcwidErrorAnswer;
use crate::rng::Rng;

/// The types the reference supports for customer extra fields; another answers 400 (the
/// project's reading). Sent in any case, stored in upper case as Ecwid answers them.
const TYPES: [&str; 2] = ["TEXT", "DATETIME"];

/// What a key is made of: Ecwid's one example, `6r0fUGw`, is seven letters and digits.
const KEY_ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// The customer extra fields a store defines, in creation order.
#[derive(Debug)]
pub(crate) struct ExtraFields {
    fields: Vec<CustomerExtraFieldDefinition>,
    /// Keys drawn so far: key `n` is a pure function of the seed and `n`.
    drawn: u64,
    seed: u64,
}

impl ExtraFields {
    /// The field of the reference's examples (`6r0fUGw`, "Offline card ID"), so that the spec's
    /// examples of customer `extrafields` name a key the store defines.
    pub(crate) fn initial(seed: u64) -> Self {
        let example = CustomerExtraFieldDefinition {
            key: Some("6r0fUGw".to_owned()),
            title: Some("Offline card ID".to_owned()),
            type_: Some(ExtraFieldType("TEXT".to_owned())),
            entity_types: Some(vec!["CUSTOMERS".to_owned()]),
            shown_on_order_details: Some(false),
            linked_with_checkout_field: Some(false),
            created_date: Some("2025-03-26 10:24:22 +0000".to_owned()),
            last_modified_date: Some("2025-03-26 10:24:22 +0000".to_owned()),
        };
        Self {
            fields: vec![example],
            drawn: 0,
            seed,
        }
    }

    /// Every definition, in creation order.
    pub(crate) fn all(&self) -> &[CustomerExtraFieldDefinition] {
        &self.fields
    }

    /// The definition with this key.
    pub(crate) fn get(&self, key: &str) -> Option<&CustomerExtraFieldDefinition> {
        self.fields.iter().find(|f| f.key.as_deref() == Some(key))
    }

    /// Define a new field at `now`: `TEXT` when no type is sent. Returns its generated key.
    pub(crate) fn create(
        &mut self,
        request: CustomerExtraFieldDefinitionRequest,
        now: Timestamp,
    ) -> Result<String, EcwidErrorAnswer> {
        let type_ = checked_type(request.type_)?.unwrap_or_else(|| ExtraFieldType("TEXT".into()));
        let key = self.new_key();
        let stamp = dates::format(now);
        self.fields.push(CustomerExtraFieldDefinition {
            key: Some(key.clone()),
            title: request.title,
            type_: Some(type_),
            entity_types: Some(vec!["CUSTOMERS".to_owned()]),
            shown_on_order_details: Some(request.shown_on_order_details.unwrap_or(false)),
            linked_with_checkout_field: Some(false),
            created_date: Some(stamp.clone()),
            last_modified_date: Some(stamp),
        });
        Ok(key)
    }

    /// Change the fields sent; the others stay.
    pub(crate) fn update(
        &mut self,
        key: &str,
        request: CustomerExtraFieldDefinitionRequest,
        now: Timestamp,
    ) -> Result<(), EcwidErrorAnswer> {
        let type_ = checked_type(request.type_)?;
        let field = self
            .fields
            .iter_mut()
            .find(|f| f.key.as_deref() == Some(key))
            .ok_or_else(|| EcwidErrorAnswer::ExtraFieldNotFound(key.to_owned()))?;
        if let Some(title) = request.title {
            field.title = Some(title);
        }
        if type_.is_some() {
            field.type_ = type_;
        }
        if let Some(shown) = request.shown_on_order_details {
            field.shown_on_order_details = Some(shown);
        }
        field.last_modified_date = Some(dates::format(now));
        Ok(())
    }

    /// Remove the definition with this key.
    pub(crate) fn remove(&mut self, key: &str) -> Result<(), EcwidErrorAnswer> {
        let before = self.fields.len();
        self.fields.retain(|f| f.key.as_deref() != Some(key));
        if self.fields.len() == before {
            return Err(EcwidErrorAnswer::ExtraFieldNotFound(key.to_owned()));
        }
        Ok(())
    }

    /// Check a customer's `extrafields` as sent: every item names a key the store defines, or
    /// 400 `WRONG_PARAMETER` naming the item (`extrafields[1].key`) and the key. A `title` or
    /// `type` left out is filled in from the definition.
    pub(crate) fn check_values(
        &self,
        values: &mut [CustomerExtraFieldInput],
        any_key: bool,
    ) -> Result<(), EcwidErrorAnswer> {
        for (at, value) in values.iter_mut().enumerate() {
            let name = format!("extrafields[{at}].key");
            let Some(key) = value.key.as_deref() else {
                return Err(EcwidErrorAnswer::bad_parameter(name, "missing"));
            };
            let Some(field) = self.get(key) else {
                if any_key {
                    continue;
                }
                return Err(EcwidErrorAnswer::bad_parameter(
                    name,
                    format!(
                        "the store defines no customer extra field '{key}' (see GET /store_extrafields/customers)"
                    ),
                ));
            };
            if value.title.is_none() {
                value.title = field.title.clone();
            }
            if value.type_.is_none() {
                value.type_ = field.type_.clone();
            }
        }
        Ok(())
    }

    /// A key no field has: seven letters and digits drawn from the seed's stream.
    fn new_key(&mut self) -> String {
        loop {
            let mut rng = Rng::new(Rng::at(self.seed ^ 0xE7F1_E1D5, self.drawn));
            self.drawn += 1;
            let key: String = (0..7)
                .map(|_| char::from(*rng.pick(KEY_ALPHABET)))
                .collect();
            if self.get(&key).is_none() {
                return key;
            }
        }
    }
}

/// The type sent, upper-cased, when it is one the store supports; 400 naming it otherwise.
fn checked_type(sent: Option<ExtraFieldType>) -> Result<Option<ExtraFieldType>, EcwidErrorAnswer> {
    let Some(ExtraFieldType(text)) = sent else {
        return Ok(None);
    };
    let upper = text.to_uppercase();
    if TYPES.contains(&upper.as_str()) {
        Ok(Some(ExtraFieldType(upper)))
    } else {
        Err(EcwidErrorAnswer::bad_parameter(
            "type",
            format!("expected one of {}, got '{text}'", TYPES.join(", ")),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_seven_letters_or_digits_and_the_same_for_the_same_seed() {
        let draw = |seed| {
            let mut fields = ExtraFields::initial(seed);
            (0..3)
                .map(|_| {
                    fields
                        .create(CustomerExtraFieldDefinitionRequest::default(), 0)
                        .unwrap()
                })
                .collect::<Vec<_>>()
        };
        let keys = draw(1);
        assert_eq!(keys, draw(1));
        assert_ne!(keys, draw(2));
        for key in &keys {
            assert_eq!(key.len(), 7);
            assert!(key.bytes().all(|b| b.is_ascii_alphanumeric()), "{key}");
        }
    }

    #[test]
    fn types_are_checked_and_values_need_a_defined_key() {
        let mut fields = ExtraFields::initial(0);
        let request = |t: &str| CustomerExtraFieldDefinitionRequest {
            type_: Some(ExtraFieldType(t.to_owned())),
            ..CustomerExtraFieldDefinitionRequest::default()
        };
        let key = fields.create(request("datetime"), 0).unwrap();
        assert_eq!(
            fields.get(&key).unwrap().type_.as_ref().map(|t| t.as_str()),
            Some("DATETIME")
        );
        assert!(fields.create(request("SELECT"), 0).is_err());
        assert!(fields.update(&key, request("colour"), 0).is_err());

        let mut values = vec![
            CustomerExtraFieldInput {
                key: Some("6r0fUGw".into()),
                value: Some("A-1".into()),
                ..CustomerExtraFieldInput::default()
            },
            CustomerExtraFieldInput {
                key: Some("nope".into()),
                ..CustomerExtraFieldInput::default()
            },
        ];
        let err = fields.check_values(&mut values, false).unwrap_err();
        assert!(err.to_string().contains("'extrafields[1].key'"), "{err}");
        assert!(err.to_string().contains("'nope'"), "{err}");
        fields.check_values(&mut values, true).unwrap();
        assert_eq!(values[0].title.as_deref(), Some("Offline card ID"));
        assert_eq!(values[0].type_.as_ref().map(|t| t.as_str()), Some("TEXT"));
    }
}
